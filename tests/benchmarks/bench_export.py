"""Export N synthetic articles (default 100,000) and report time, output size and peak RSS.

    python tests/benchmarks/bench_export.py [--n 100000] [--format wxr] [--out /dev/null]

Articles are generated one at a time (never a list), so the peak RSS is the exporter's own
footprint: flat in N for a streaming writer. Each article is about 2.5 kB of text in 6
paragraphs (English and Chinese), credited to one of 500 reporters, filed under two of
60 breadcrumb sections, with a zone-aware or naive date. Run it twice (``--n 10000`` and the
default) to see that the peak does not grow with N.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from newsparse import Article, BlockKind, Precision, Section
from newsparse.exporters import get, names

CST = timezone(timedelta(hours=8))
EN = "The county procuratorate held a meeting to convey the spirit of the city conference. "
ZH = "南陵县人民检察院召开全院干警大会，传达全市检察长会议和党风廉政建设工作会议精神。"


def articles(n: int) -> Iterator[Article]:
    base = datetime(2020, 1, 1, 8, 0)
    for i in range(n):
        published = base + timedelta(minutes=37 * i)
        kinds = [BlockKind.PARAGRAPH] * 2 + [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
        yield Article(
            title=f"Story {i}: procurators <meet> again" if i % 2 else f"第{i}号 检察长会议召开",
            kicker="Implement the spirit of the conference",
            published=published.replace(tzinfo=CST) if i % 3 else published,
            published_precision=Precision.MINUTE,
            authors=[f"Reporter {i % 500}"] if i % 4 else [f"记者{i % 500}"],
            editors=["李四"],
            source="Xinhua",
            site_name="Example News",
            breadcrumb=["Home", f"Section {i % 60}", f"Sub {i % 7}"],
            sections=[
                Section(None, [EN * 5, ZH * 4]),
                Section("Meeting requirements", [EN * 4, ZH * 3, "First item", "Second item"], kinds),
            ],
            language="en" if i % 2 else "zh",
            url=f"https://news.example.com/{i // 1000}/{i}.html",
        )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--format", default="wxr", choices=names())
    parser.add_argument("--out", default=os.devnull, help="output file (default: discard)")
    args = parser.parse_args(argv)

    exporter = get(args.format)
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    with open(args.out, "w", encoding="utf-8", newline=exporter.newline) as fh:
        count = exporter.write(articles(args.n), fh)
        size = fh.tell() if args.out != os.devnull else None
    elapsed = time.perf_counter() - start
    print(f"format={args.format} articles={count} time={elapsed:.1f}s ({count / elapsed:,.0f} articles/s)")
    if size is not None:
        print(f"output={size / 1e6:,.1f} MB")
    print(f"peak RSS={peak_rss_mb():.1f} MB (before export: {rss_before:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
