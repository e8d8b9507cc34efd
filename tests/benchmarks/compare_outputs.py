"""Check that a speed change leaves results unchanged: dump every dev Article, then diff two dumps.

    python tests/benchmarks/compare_outputs.py dump ../shared/datasets before.jsonl   # on the old code
    python tests/benchmarks/compare_outputs.py dump ../shared/datasets after.jsonl    # on the new code
    python tests/benchmarks/compare_outputs.py diff before.jsonl after.jsonl
    (add ``--kind html`` to ``dump`` for the HTML pages, parsed with their URL as in bench_html.py)

``dump`` also prints the CPU time of the parses. Run the old code with
``PYTHONPATH=<checkout of the old src>`` (e.g. ``git archive main src | tar -x -C /tmp/old``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse

DATASETS = ("traf-dev", "mh-dev", "date-dev")


def dump(root: Path, out: Path, kind: str = "text") -> None:
    count, size, cpu = 0, 0, 0.0
    with out.open("w", encoding="utf-8") as f:
        for name in DATASETS:
            for i, (label, data) in enumerate(metrics.iter_pages(root / name, kind)):
                url = label.get("url") if kind == "html" else None
                start = time.process_time()
                article = newsparse.parse(data, kind=kind, url=url)
                cpu += time.process_time() - start
                row = {"key": f"{name}/{i}", "article": article.to_dict()}
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
                count, size = count + 1, size + len(data)
    print(f"{count} dumps, {size / 1e6:.1f} MB, {cpu:.1f} s CPU, {size / 1e6 / cpu:.2f} MB/s")


def diff(a: Path, b: Path, show: int = 5) -> int:
    rows_a = [json.loads(line) for line in a.open(encoding="utf-8")]
    rows_b = [json.loads(line) for line in b.open(encoding="utf-8")]
    if len(rows_a) != len(rows_b):
        print(f"different page counts: {len(rows_a)} vs {len(rows_b)}")
        return 1
    changed = 0
    for x, y in zip(rows_a, rows_b, strict=True):
        if x == y:
            continue
        changed += 1
        if changed <= show:
            print("changed:", x["key"])
            for key in sorted(set(x["article"]) | set(y["article"])):
                if x["article"].get(key) != y["article"].get(key):
                    print(f"  {key}: {x['article'].get(key)!r:.200}\n    -> {y['article'].get(key)!r:.200}")
    print(f"{changed} of {len(rows_a)} Articles differ")
    return 1 if changed else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("datasets", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--kind", choices=("text", "html"), default="text", help="dump the text dumps or the HTML pages")
    c = sub.add_parser("diff")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.datasets, args.out, args.kind)
    else:
        sys.exit(diff(args.a, args.b))


if __name__ == "__main__":
    main()
