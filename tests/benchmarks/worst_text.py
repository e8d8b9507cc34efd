"""Per-page body scores of the text-dump path, worst first: where the body span goes wrong.

    python tests/benchmarks/worst_text.py ../shared/datasets [--only mh-dev] [--wrap 80] [--lang zh] [--top 30]
        [--save out.json] [--diff old.json]

mh-dev: shingle precision and recall per page (low P: chrome kept; low R: body cut or lost).
traf-dev: the with-snippets missed and the without-snippets kept, per page.
``--save`` writes every page's figures; ``--diff`` lists the pages whose figures moved.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics
from bench_text import load

import newsparse


def mh_rows(pages: list[tuple[dict, bytes]], lang: str | None) -> dict[str, dict]:
    rows = {}
    for label, data in pages:
        if label.get("remark") == "列表页" or (lang and label.get("lang") != lang):
            continue
        art = newsparse.parse(data, kind="text")
        score = metrics.ShingleScore()
        score.add(art.text, label.get("body", ""))
        p = score.precisions[0] if score.precisions else 0.0
        r = score.recalls[0] if score.recalls else 0.0
        rows[label["id"]] = {
            "lang": label.get("lang"),
            "p": round(p, 3),
            "r": round(r, 3),
            "f": round(2 * p * r / max(p + r, 1e-9), 3),
        }
    return rows


def traf_rows(pages: list[tuple[dict, bytes]]) -> dict[str, dict]:
    rows = {}
    for label, data in pages:
        art = newsparse.parse(data, kind="text")
        out = metrics._ws(art.text)
        missed = [s for s in label.get("with", []) if metrics._ws(s) not in out]
        kept = [s for s in label.get("without", []) if metrics._ws(s) in out]
        if missed or kept:
            rows[label["id"]] = {"missed": missed, "kept": kept, "chars": len(art.text)}
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--only", default="mh-dev")
    ap.add_argument("--wrap", type=int, default=None)
    ap.add_argument("--lang", default=None)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args()
    pages = load(args.datasets / args.only, args.wrap)
    rows = traf_rows(pages) if args.only == "traf-dev" else mh_rows(pages, args.lang)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False, indent=0))
    if args.diff:
        old = json.loads(args.diff.read_text())
        for key in sorted(set(old) | set(rows)):
            if old.get(key) != rows.get(key):
                print(key, "OLD", old.get(key), "\n   NEW", rows.get(key))
        return
    if args.only == "traf-dev":
        for key, row in sorted(rows.items(), key=lambda kv: -len(kv[1]["missed"]) - len(kv[1]["kept"]))[: args.top]:
            print(key, row["chars"], "MISSED", [s[:60] for s in row["missed"]], "KEPT", [s[:60] for s in row["kept"]])
        return
    for key, row in sorted(rows.items(), key=lambda kv: kv[1]["f"])[: args.top]:
        print(key, row)


if __name__ == "__main__":
    main()
