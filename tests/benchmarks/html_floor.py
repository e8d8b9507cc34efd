"""How fast the HTML path's mandatory stages run, and what 5x trafilatura leaves for the rest.

    python tests/benchmarks/html_floor.py ../shared/datasets [--set traf-dev] [--target 5]

Times (CPU) the pages of one dev set through growing prefixes of the HTML path: decoding;
lxml's parse; a bare Python visit of every element (tag, class, id, text and tail: the least
any extractor written in Python does with a tree); our block walk; the whole parse. Then
trafilatura (with and without metadata, when it is installed) on the same pages in the same
run, and the time per page that ``--target`` times trafilatura allows against the stages.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse
from newsparse.html.blocks import walk
from newsparse.html.tree import parse_html
from newsparse.options import Options
from newsparse.pipeline import _decode


def bare_visit(el: Any) -> int:
    """Touch every element as a walker must: its tag, class, id, text and tail."""
    n = 1
    _ = el.get("class"), el.get("id"), el.text
    for child in el:
        if child.tag.__class__ is str:
            n += bare_visit(child)
        _ = child.tail
    return n


def trafilatura_runs() -> list[tuple[str, Callable[[bytes, str | None], object]]]:
    try:
        import trafilatura
    except ImportError:
        return []
    return [
        ("trafilatura, with metadata", lambda p, u: trafilatura.bare_extraction(p, url=u, with_metadata=True)),
        ("trafilatura, default", lambda p, u: trafilatura.bare_extraction(p, url=u)),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--set", default="traf-dev")
    ap.add_argument("--target", type=float, default=5.0, help="times trafilatura to budget for (default 5)")
    args = ap.parse_args()
    pages = [(label.get("url"), data) for label, data in metrics.iter_pages(args.datasets / args.set, "html")]
    opts = Options(kind="html")

    def text(p: bytes, u: str | None) -> str:
        return _decode(p, opts).text

    stages: list[tuple[str, Callable[[bytes, str | None], object]]] = [
        ("decode", text),
        ("+ lxml parse", lambda p, u: parse_html(text(p, u))),
        ("+ bare Python visit of every element", lambda p, u: bare_visit(parse_html(text(p, u))[0])),
        ("+ newsparse block walk", lambda p, u: walk(parse_html(text(p, u))[0])),
        ("newsparse whole parse", lambda p, u: newsparse.parse(p, kind="html", url=u)),
        *trafilatura_runs(),
    ]
    ms = {}
    for name, stage in stages:
        stage(*pages[0][::-1])  # imports and first caches outside the timing
        start = time.process_time()
        for url, data in pages:
            with contextlib.suppress(Exception):  # a page trafilatura or lxml rejects still counts
                stage(data, url)
        ms[name] = 1000 * (time.process_time() - start) / len(pages)
        print(f"{name:<40} {ms[name]:7.2f} ms/page  {1000 / ms[name]:7.1f} pages/s")
    floor = ms["+ bare Python visit of every element"]
    for name, _ in trafilatura_runs():
        budget = ms[name] / args.target
        print(
            f"{args.target:g}x {name}: {budget:.2f} ms/page; the bare visit takes {floor:.2f}, leaving"
            f" {budget - floor:.2f} for everything else (newsparse takes {ms['newsparse whole parse'] - floor:.2f})"
        )


if __name__ == "__main__":
    main()
