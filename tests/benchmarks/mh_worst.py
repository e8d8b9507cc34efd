"""The mh-dev pages that lose the most body F1, with the extra and the missing text.

    python tests/benchmarks/mh_worst.py ../shared/datasets [--top 20] [--lang zh] [--show 5] [--id ID]
        [--tsv out.tsv]

Per page: shingle precision / recall (``metrics.py``) and the loss each half adds to the
averages. For the pages shown, the output blocks whose shingles are mostly not in the reference
(extra: what precision loses, with each block's label rule) and the reference lines mostly
missing from the output (what recall loses).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse
from newsparse.blocks import BODY_LABELS


def _ratio_in(text: str, pool: Counter[tuple[str, ...]]) -> float:
    sh = metrics.shingles(text)
    total = sum(sh.values())
    return sum((sh & pool).values()) / total if total else 1.0


def page_rows(dataset: Path, lang: str | None, only: str | None) -> list[dict]:
    rows = []
    for label, data in metrics.iter_pages(dataset, "html"):
        if label.get("remark") == "列表页" or (lang and label.get("lang") != lang):
            continue
        if only and not label["id"].startswith(only):
            continue
        ex = newsparse.explain(data, kind="html", url=label.get("url"))
        art = ex.article
        out, ref = metrics.shingles(art.text), metrics.shingles(label.get("body", ""))
        tp = sum((out & ref).values())
        p = tp / sum(out.values()) if out else 0.0
        r = tp / sum(ref.values()) if ref else 1.0
        rows.append(
            {
                "id": label["id"],
                "lang": label.get("lang"),
                "p": p,
                "r": r,
                "art": art,
                "blocks": ex.blocks,
                "label": label,
            }
        )
    return rows


def show(row: dict, width: int) -> None:
    art, ref_text = row["art"], row["label"].get("body", "")
    ref = metrics.shingles(ref_text)
    print(f"\n### {row['id']} {row['lang']} P={row['p']:.3f} R={row['r']:.3f}  {row['label'].get('url')}")
    print("  -- extra (kept blocks mostly not in the reference):")
    for b in row["blocks"]:
        if b.label in BODY_LABELS and _ratio_in(b.text, ref) < 0.5:
            print(f"    +{b.index} [{b.label.value}|{b.rule[:50]}] {b.text[:width]}")
    print("  -- missing (dropped blocks mostly in the reference):")
    for b in row["blocks"]:
        if b.label not in BODY_LABELS and len(metrics.tokens(b.text)) >= 4 and _ratio_in(b.text, ref) >= 0.5:
            print(f"    -{b.index} [{b.label.value}|{b.rule[:50]}] {b.text[:width]}")
    print("  -- token runs: + output only, - reference only (difflib on metrics.tokens):")
    out_toks, ref_toks = metrics.tokens(art.text), metrics.tokens(ref_text)
    matcher = difflib.SequenceMatcher(None, out_toks, ref_toks, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("replace", "delete") and a2 - a1 >= 2:
            print(f"    + {' '.join(out_toks[a1:a2])[:width]}")
        if op in ("replace", "insert") and b2 - b1 >= 2:
            print(f"    - {' '.join(ref_toks[b1:b2])[:width]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--show", type=int, default=0, help="print extra/missing text of the N worst pages")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--id", default=None)
    ap.add_argument("--width", type=int, default=160)
    ap.add_argument("--tsv", type=Path, default=None, help="write id, lang, P, R of every page")
    args = ap.parse_args()
    rows = page_rows(args.datasets / "mh-dev", args.lang, args.id)
    n = len(rows)
    for row in rows:
        row["loss"] = (1 - row["p"]) / n + (1 - row["r"]) / n
    rows.sort(key=lambda r: -r["loss"])
    p = sum(r["p"] for r in rows) / n
    r = sum(r["r"] for r in rows) / n
    print(f"pages={n} P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f}")
    for row in rows[: args.top]:
        print(f"{row['id']} {row['lang']:<3} P={row['p']:.3f} R={row['r']:.3f} loss={row['loss'] * 100:.2f}")
    if args.tsv:
        args.tsv.write_text("".join(f"{x['id']}\t{x['lang']}\t{x['p']:.4f}\t{x['r']:.4f}\n" for x in rows))
    for row in rows[: args.show] if not args.id else rows:
        show(row, args.width)


if __name__ == "__main__":
    main()
