"""How fast the text path's mandatory stages run, and what 5 MB/s leaves for the rules.

    python tests/benchmarks/text_floor.py ../shared/datasets

Times (CPU) every dev dump through growing prefixes of the text path: decoding; ftfy repair;
the renderer pre-pass and line blocks; the line and layout rules; the whole parse. Then prints
the lines per MB and the time per line a given throughput allows, against what the stages take.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse
from newsparse.blocks import Block
from newsparse.layout import label_text_page
from newsparse.options import Options
from newsparse.pipeline import _decode
from newsparse.repair import repair_text
from newsparse.text_blocks import text_to_blocks
from newsparse.text_render import clean_rendering

SETS = ("traf-dev", "mh-dev", "date-dev")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--target", type=float, default=5.0, help="MB/s to budget for (default 5)")
    args = ap.parse_args()
    pages = [data for name in SETS for _, data in metrics.iter_pages(args.datasets / name, "text")]
    size = sum(len(p) for p in pages) / 1e6
    opts = Options(kind="text")

    def text(p: bytes) -> str:
        return _decode(p, opts).text

    def blocks(p: bytes) -> list[Block]:
        return text_to_blocks(clean_rendering(repair_text(text(p))).text, opts.max_line_chars)

    stages: list[tuple[str, Callable[[bytes], object]]] = [
        ("decode", text),
        ("+ ftfy repair", lambda p: repair_text(text(p))),
        ("+ renderer pre-pass + line blocks", blocks),
        ("+ line and layout rules", lambda p: label_text_page(blocks(p), opts.languages)),
        ("whole parse", lambda p: newsparse.parse(p, kind="text")),
    ]
    seconds = {}
    for name, stage in stages:
        start = time.process_time()
        for p in pages:
            stage(p)
        seconds[name] = time.process_time() - start
        print(f"{name:<36} {size / seconds[name]:8.2f} MB/s")
    lines = sum(len(blocks(p)) for p in pages)
    per_line = 1e6 / lines  # µs per line, per second of CPU
    print(f"{lines} lines, {lines / size:.0f} per MB")
    print(f"at {args.target:g} MB/s: {per_line * size / args.target:.1f} µs per line for everything")
    floor = seconds["+ renderer pre-pass + line blocks"] * per_line
    print(
        f"decode + repair + line blocks take {floor:.1f} µs per line; the rest of the parse {seconds['whole parse'] * per_line - floor:.1f}"
    )


if __name__ == "__main__":
    main()
