"""Quality and speed of the text-dump path on ../shared/datasets/*/text/.

    python tests/benchmarks/bench_text.py ../shared/datasets [--only traf-dev,mh-dev,date-dev] [--wrap 80] [--profile]
        [--warm] [--renderer lynx|links2|elinks|w3m-dump|html2text|inscriptis]

``--wrap N`` re-wraps every dump at N columns first (like lynx or w3m at 80 columns), to
check that wrapped renderings score the same. ``--profile`` parses the pages once more
under cProfile and prints where the time goes (newsparse functions, cumulative).
``--renderer R`` scores dumps of another renderer instead of the dataset's own ``text/``: each
page (``pages/*.html.gz``, decoded with newsparse's decoder, charset declarations rewritten to
utf-8) is rendered by R at its default width and cached under /tmp (see ``render.py``).
Speed is reported as wall time and as CPU time of this process (the machine may be shared).
``--warm`` adds a second speed figure: each set timed in a fresh process right after that
process parsed a *different* set untimed (:data:`WARM_ON`), as a long-running batch worker
would be, with its compiled tables and caches filled by other pages. traf-dev and date-dev share
400 byte-identical dumps, so neither warms the other, and no set is timed twice.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics
import render

import newsparse


def rewrap(data: bytes, width: int) -> bytes:
    lines = data.decode("utf-8", "replace").split("\n")
    out = []
    for line in lines:
        out.extend(textwrap.wrap(line, width, break_long_words=True, break_on_hyphens=False) or [""])
    return "\n".join(out).encode("utf-8")


def load(dataset: Path, wrap: int | None, renderer: str | None = None) -> list[tuple[dict, bytes]]:
    pages = render.rendered_pages(dataset, renderer) if renderer else list(metrics.iter_pages(dataset, "text"))
    if wrap:
        pages = [(label, rewrap(data, wrap)) for label, data in pages]
    return pages


def parse_all(pages: list[tuple[dict, bytes]]) -> tuple[list[tuple[dict, newsparse.Article]], float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    results = [(label, newsparse.parse(data, kind="text")) for label, data in pages]
    return results, time.perf_counter() - start, time.process_time() - cpu


def profile(pages: list[tuple[dict, bytes]], top: int = 25) -> None:
    prof = cProfile.Profile()
    prof.enable()
    for _, data in pages:
        newsparse.parse(data, kind="text")
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats("newsparse|ftfy", top)


def bench_traf(results: list) -> dict:
    snip = metrics.SnippetScore()
    dates = metrics.DateScore()
    for label, art in results:
        snip.add(art.text, label.get("with", []), label.get("without", []))
        if label.get("date") and label.get("date_in_text"):
            dates.add(art.published.isoformat() if art.published else None, label["date"])
    return {"snippets": snip.report(), "date(date_in_text)": dates.report()}


def bench_mh(results: list) -> dict:
    body, body_zh = metrics.ShingleScore(), metrics.ShingleScore()
    fields = metrics.zh_field_scores()
    for label, art in results:
        if label.get("remark") == "列表页":
            continue
        body.add(art.text, label.get("body", ""))
        if label.get("lang") != "zh":
            continue
        body_zh.add(art.text, label.get("body", ""))
        metrics.score_zh_fields(fields, label, art)
    return {"body": body.report(), "body_zh": body_zh.report(), **{k: v.report() for k, v in fields.items()}}


def bench_dates(results: list) -> dict:
    dates = metrics.DateScore()
    for label, art in results:
        if label.get("date") and label.get("date_in_text"):
            dates.add(art.published.isoformat() if art.published else None, label["date"])
    return {"date(date_in_text)": dates.report()}


BENCHES = {"traf-dev": bench_traf, "mh-dev": bench_mh, "date-dev": bench_dates}
#: the set each timed set is warmed on for the ``--warm`` figure (never one sharing its dumps)
WARM_ON = {"traf-dev": "mh-dev", "mh-dev": "traf-dev", "date-dev": "mh-dev"}


def warm_child(datasets: Path, name: str, warm_on: str, wrap: int | None) -> None:
    """Parse ``warm_on`` untimed, then time ``name``; print the figures as one JSON line."""
    for _, data in load(datasets / warm_on, wrap):
        newsparse.parse(data, kind="text")
    pages = load(datasets / name, wrap)
    _, elapsed, cpu = parse_all(pages)
    print(json.dumps({"bytes": sum(len(d) for _, d in pages), "pages": len(pages), "wall": elapsed, "cpu": cpu}))


def warm_speed(datasets: Path, names: list[str], wrap: int | None) -> str:
    """The ``--warm`` speed line: each set in its own process, after its WARM_ON set."""
    size, pages, wall, cpu = 0, 0, 0.0, 0.0
    for name in names:
        cmd = [sys.executable, __file__, str(datasets), "--only", name, "--warm-child", WARM_ON[name]]
        out = subprocess.run(cmd + (["--wrap", str(wrap)] if wrap else []), capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        size, pages, wall, cpu = size + row["bytes"], pages + row["pages"], wall + row["wall"], cpu + row["cpu"]
    warmed = ", ".join(f"{n} after {WARM_ON[n]}" for n in names)
    return (
        f"== warm speed ({warmed}): {size / 1e6 / wall:.2f} MB/s, {pages / wall:.0f} dumps/s (wall); "
        f"{size / 1e6 / cpu:.2f} MB/s, {pages / cpu:.0f} dumps/s (CPU time, one core)"
    )


def fmt(report: dict) -> str:
    return "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in report.items())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--only", default=",".join(BENCHES))
    ap.add_argument("--wrap", type=int, default=None)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--renderer", choices=render.RENDERERS, default=None)
    ap.add_argument("--warm", action="store_true", help="also time each set after parsing another set untimed")
    ap.add_argument("--warm-child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.warm_child:
        warm_child(args.datasets, args.only, args.warm_child, args.wrap)
        return
    if args.renderer and not render.available(args.renderer):
        print(f"renderer {args.renderer} is not installed here: skipped")
        return
    newsparse.parse(b"warm-up: build the compiled tables\n\nA line of text.", kind="text")
    total_bytes, total_time, total_cpu, total_pages = 0, 0.0, 0.0, 0
    everything: list[tuple[dict, bytes]] = []
    for name in args.only.split(","):
        pages = load(args.datasets / name, args.wrap, args.renderer)
        everything += pages
        results, elapsed, cpu = parse_all(pages)
        size = sum(len(d) for _, d in pages)
        total_bytes, total_time, total_cpu = total_bytes + size, total_time + elapsed, total_cpu + cpu
        total_pages += len(results)
        failed = render.failures(args.datasets / name, args.renderer) if args.renderer else 0
        note = f", renderer {args.renderer}: {failed} pages failed (empty dump)" if args.renderer else ""
        print(f"== {name} ({len(results)} dumps, {size / 1e6:.1f} MB, {size / 1e6 / elapsed:.2f} MB/s{note})")
        for key, report in BENCHES[name](results).items():
            print(f"  {key:<20} {fmt(report)}")
    print(
        f"== speed: {total_bytes / 1e6 / total_time:.2f} MB/s, {total_pages / total_time:.0f} dumps/s (wall); "
        f"{total_bytes / 1e6 / total_cpu:.2f} MB/s, {total_pages / total_cpu:.0f} dumps/s (CPU time, one core)"
    )
    if args.warm:
        print(warm_speed(args.datasets, args.only.split(","), args.wrap))
    if args.profile:
        profile(everything)


if __name__ == "__main__":
    main()
