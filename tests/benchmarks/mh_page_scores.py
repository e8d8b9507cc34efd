"""Per-page shingle precision / recall of the HTML path on mh-dev, saved to compare two versions.

    python tests/benchmarks/mh_page_scores.py ../shared/datasets OUT.json [--diff OLD.json]

``--diff`` prints the pages whose precision or recall moved by more than 0.01, worst first.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse


def page_scores(dataset: Path) -> dict[str, tuple[float, float]]:
    out = {}
    for label, data in metrics.iter_pages(dataset, "html"):
        if label.get("remark") == "列表页":
            continue
        score = metrics.ShingleScore()
        score.add(newsparse.parse(data, kind="html", url=label.get("url")).text, label.get("body", ""))
        rep = score.report()
        out[label["id"]] = (rep["precision"], rep["recall"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args()
    scores = page_scores(args.datasets / "mh-dev")
    args.out.write_text(json.dumps(scores))
    if args.diff:
        old = json.loads(args.diff.read_text())
        moved = [
            (new[0] - old[k][0] + new[1] - old[k][1], k, old[k], new)
            for k, new in scores.items()
            if k in old and max(abs(new[0] - old[k][0]), abs(new[1] - old[k][1])) > 0.01
        ]
        for delta, k, (p0, r0), (p1, r1) in sorted(moved):
            print(f"{k}  P {p0:.3f}->{p1:.3f}  R {r0:.3f}->{r1:.3f}  ({delta:+.3f})")


if __name__ == "__main__":
    main()
