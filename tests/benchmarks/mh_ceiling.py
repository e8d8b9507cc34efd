"""Ceilings of the HTML path's body F1 on mh-dev: what a block selector could score at best.

    python tests/benchmarks/mh_ceiling.py ../shared/datasets [--out per_page.json]

Per page, three outputs are scored against the reference (word 4-gram shingles, ``metrics.py``):

- ours: the body newsparse extracts;
- oracle: every block of the page whose text the reference holds (>= half of its shingles; a
  block under 4 tokens when its tokens occur in the reference), in page order: the best any block
  selector scores against these references, copying their truncations and kept ads too;
- faithful: what an extractor that outputs the article as the page holds it would score. On the
  pages whose reference is at fault (``mh_reference_faults.json``, by hand): class A (the
  reference omits part of the article) and C (its text differs from the page's: CJK tokens split
  at links, edited text) score the oracle's blocks plus ours; class B (the reference keeps page
  chrome) scores ours; B2 (B, and we fail too) scores the oracle's blocks minus link-dense ones.
  Elsewhere the oracle.

Precision and recall are averaged over pages and F1 taken of the averages, as in bench_html.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse
from newsparse.blocks import BODY_LABELS

FAULTS = Path(__file__).resolve().parent / "mh_reference_faults.json"


def _pr(out: Counter[tuple[str, ...]], ref: Counter[tuple[str, ...]]) -> tuple[float, float]:
    tp = sum((out & ref).values())
    return (tp / sum(out.values()) if out else 0.0), (tp / sum(ref.values()) if ref else 1.0)


def _in_reference(text: str, ref: Counter[tuple[str, ...]], ref_tokens: str) -> bool:
    toks = metrics.tokens(text)
    if not toks:
        return False
    if len(toks) < 4:
        return f" {' '.join(toks)} " in ref_tokens
    sh = metrics.shingles(text)
    return sum((sh & ref).values()) / sum(sh.values()) >= 0.5


def _score(keep: set[int], text: dict[int, str], ref: Counter[tuple[str, ...]]) -> tuple[float, float]:
    return _pr(metrics.shingles("\n".join(text[i] for i in sorted(keep))), ref)


def page_rows(dataset: Path, faults: dict[str, dict[str, str]]) -> dict[str, dict]:
    rows = {}
    for label, data in metrics.iter_pages(dataset, "html"):
        if label.get("remark") == "列表页":
            continue
        body = label.get("body", "")
        ref, ref_tokens = metrics.shingles(body), f" {' '.join(metrics.tokens(body))} "
        ex = newsparse.explain(data, kind="html", url=label.get("url"))
        text = {b.index: b.text for b in ex.blocks}
        oracle = {b.index for b in ex.blocks if _in_reference(b.text, ref, ref_tokens)}
        kept = {b.index for b in ex.blocks if b.label in BODY_LABELS}
        dense = {b.index for b in ex.blocks if b.link_density > 0.5}

        ours = _pr(metrics.shingles(ex.article.text), ref)
        cls = faults.get(label["id"], {}).get("class", "")
        union = _score(oracle | kept, text, ref)
        faithful = {"A": union, "C": union, "B": ours, "B2": _score(oracle - dense, text, ref)}
        rows[label["id"]] = {
            "lang": label.get("lang"),
            "class": cls,
            "ours": ours,
            "oracle": _score(oracle, text, ref),
            "faithful": faithful.get(cls, _score(oracle, text, ref)),
        }
    return rows


def _f1(rows: list[dict], key: str) -> str:
    p = sum(r[key][0] for r in rows) / len(rows)
    r = sum(r[key][1] for r in rows) / len(rows)
    return f"P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    faults = json.loads(FAULTS.read_text(encoding="utf-8"))
    rows = page_rows(args.datasets / "mh-dev", faults)
    if args.out:
        args.out.write_text(json.dumps(rows))
    groups = {
        "all pages": list(rows.values()),
        "pages whose reference is at fault": [r for r in rows.values() if r["class"]],
        "other pages": [r for r in rows.values() if not r["class"]],
    }
    for name, group in groups.items():
        print(f"== {name} ({len(group)})")
        for key in ("ours", "oracle", "faithful"):
            print(f"  {key:<9} {_f1(group, key)}")


if __name__ == "__main__":
    main()
