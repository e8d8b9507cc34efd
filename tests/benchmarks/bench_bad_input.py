"""Time per MB of ``newsparse.parse`` on bad input (issue #2: "within a second per MB").

Usage::

    python tests/benchmarks/bench_bad_input.py            # full sizes (20 MB text, 5 MB line ...)
    python tests/benchmarks/bench_bad_input.py --scale 0.1  # a tenth of the sizes, for a quick look

Prints one row per input: size, seconds, seconds per MB, and the warnings the Article
carries. Each input is parsed once (the machine is shared; keep runs short). Not collected
by pytest: timings never go in tests.
"""

from __future__ import annotations

import argparse
import codecs
import random
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
MB = 1_000_000


def _page(lang: str, name: str) -> str:
    return (FIXTURES / lang / f"{name}.txt").read_text(encoding="utf-8")


def _repeat_to(text: str, size: int, encoding: str = "utf-8") -> bytes:
    """``text`` repeated until its encoding is ``size`` bytes, cut on a character boundary."""
    unit = text.encode(encoding)
    data = unit * (size // len(unit) + 1)
    return data[:size].decode(encoding, "ignore").encode(encoding)


def inputs(scale: float) -> dict[str, Callable[[], bytes | str]]:
    """Input name -> a function building it (built lazily, one at a time, to bound memory)."""
    rng = random.Random(20240228)
    zh = _page("zh", "fanchang-jcy-template")
    en = _page("en", "procuratorate-seed")

    def size(mb: float) -> int:
        return max(int(mb * MB * scale), 1000)

    def mixed() -> bytes:
        lines = zh.split("\n")
        unit = b"\n".join(line.encode("gbk" if i % 3 == 0 else "utf-8") for i, line in enumerate(lines))
        return (unit * (size(2) // len(unit) + 1))[: size(2)]

    return {
        "empty bytes": lambda: b"",
        "whitespace str": lambda: " \n\t\u3000\n" * 1000,
        "random bytes 1 MB": lambda: rng.randbytes(size(1)),
        "PNG header + bytes 1 MB": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(size(1)),
        "NUL-laced text 1 MB": lambda: _repeat_to(en.replace(" ", " \x00"), size(1)),
        "text 20 MB (zh)": lambda: _repeat_to(zh, size(20)),
        "text 20 MB (en)": lambda: _repeat_to(en, size(20)),
        "one 5 MB line (en words)": lambda: ("procuratorial work " * (size(5) // 19)).encode(),
        "one 5 MB line (zh)": lambda: _repeat_to("会议强调要坚持问题导向推动检察工作高质量发展", size(5)),
        "one 5 MB line (no spaces)": lambda: b"x" * size(5),
        "mixed UTF-8 + GBK lines 2 MB": mixed,
        "GBK, no declaration 2 MB": lambda: _repeat_to(zh, size(2), "gbk"),
        "GB18030 declared 2 MB": lambda: b'<meta charset="gb2312">\n' + _repeat_to(zh, size(2), "gb18030"),
        "UTF-16 with BOM 2 MB": lambda: codecs.BOM_UTF16_LE + _repeat_to(zh, size(2), "utf-16-le"),
        "UTF-16 no BOM 2 MB": lambda: _repeat_to(zh, size(2), "utf-16-le"),
        "UTF-8 BOM 2 MB": lambda: codecs.BOM_UTF8 + _repeat_to(zh, size(2)),
        "wrong declared charset 2 MB": lambda: b'<meta charset="big5">\n' + _repeat_to(zh, size(2)),
    }


def measure(build: Callable[[], bytes | str]) -> tuple[float, float, list[str]]:
    data = build()
    megabytes = len(data.encode("utf-8") if isinstance(data, str) else data) / MB
    start = time.perf_counter()
    article = newsparse.parse(data)
    seconds = time.perf_counter() - start
    return megabytes, seconds, [w.code for w in article.warnings]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every input size by this")
    args = parser.parse_args()
    newsparse.parse(_page("zh", "fanchang-jcy-template").encode())  # compile the pattern tables first
    print(f"{'input':32} {'MB':>7} {'seconds':>8} {'s/MB':>7}  warnings")
    worst = 0.0
    for name, build in inputs(args.scale).items():
        megabytes, seconds, warnings = measure(build)
        per_mb = seconds / megabytes if megabytes >= 0.01 else 0.0
        worst = max(worst, per_mb)
        print(f"{name:32} {megabytes:7.2f} {seconds:8.3f} {per_mb:7.3f}  {','.join(warnings)}")
    print(f"worst: {worst:.3f} s/MB ({'within' if worst <= 1.0 else 'OVER'} the 1 s/MB bound)")


if __name__ == "__main__":
    main()
