"""Quality and speed of the HTML path on ../shared/datasets/*/pages/, side by side with trafilatura.

    python tests/benchmarks/bench_html.py ../shared/datasets [--only traf-dev,mh-dev,date-dev] [--no-traf]
        [--no-speed | --no-quality] [--no-warm] [--bad-input]

Quality: the dataset README metrics (``metrics.py``) for newsparse and, on traf-dev, for
``trafilatura.bare_extraction(with_metadata=True)`` (title, author and date need metadata).
Speed is measured for that call and for ``bare_extraction`` with all defaults
(``trafilatura-default``: no metadata, so faster). Speed: pages/s on traf-dev for
newsparse, trafilatura and a bare ``lxml.html.document_fromstring``, each in its own
subprocess so that ``ru_maxrss`` (peak RSS) is that extractor's alone. Two figures: cold (each
extractor warmed with one page, so one-time work such as compiling patterns is timed) and warm
(each extractor first reads the mh-dev pages untimed, the steady state of a batch job; never a
second pass over the timed pages). trafilatura is a
benchmark extra (``pip install -e .[bench]``), never a runtime dependency.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metrics

import newsparse


def _ws(text: str | None) -> str:
    return " ".join((text or "").split())


# --- extractors: each returns (body text, title, authors "; "-joined, date YYYY-MM-DD or None) ----------


def run_newsparse(data: bytes, url: str | None) -> tuple[str, str, str, str | None, Any]:
    art = newsparse.parse(data, kind="html", url=url)
    date = art.published.date().isoformat() if art.published else None
    return art.text, art.title or "", "; ".join(art.authors), date, art


def run_trafilatura(data: bytes, url: str | None) -> tuple[str, str, str, str | None, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    if doc is None:
        return "", "", "", None, None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return get("text") or "", get("title") or "", get("author") or "", get("date"), doc


def run_trafilatura_default(data: bytes, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(data, url=url)


EXTRACTORS = {
    "newsparse": run_newsparse,
    "trafilatura": run_trafilatura,
    "trafilatura-default": run_trafilatura_default,
}


# --- quality ------------------------------------------------------------------------------------------


def bench_traf(dataset: Path, run: Any) -> dict[str, dict[str, float]]:
    snip, dates = metrics.SnippetScore(), metrics.DateScore()
    title, author = metrics.ExactScore(), metrics.ExactScore()
    for label, data in metrics.iter_pages(dataset, "html"):
        text, t, a, d, _ = run(data, label.get("url"))
        snip.add(text, label.get("with", []), label.get("without", []))
        if label.get("title"):
            title.add(_ws(t) == _ws(label["title"]))
        if label.get("author"):
            author.add(_ws(a) == _ws(label["author"]))
        if label.get("date"):
            dates.add(d, label["date"])
    return {"snippets": snip.report(), "title": title.report(), "author": author.report(), "date": dates.report()}


def bench_mh(dataset: Path, run: Any) -> dict[str, dict[str, float]]:
    body, body_zh = metrics.ShingleScore(), metrics.ShingleScore()
    fields = metrics.zh_field_scores()
    for label, data in metrics.iter_pages(dataset, "html"):
        if label.get("remark") == "列表页":
            continue
        text, _, _, _, art = run(data, label.get("url"))
        body.add(text, label.get("body", ""))
        if label.get("lang") != "zh":
            continue
        body_zh.add(text, label.get("body", ""))
        if art is None or not hasattr(art, "sections"):
            continue
        metrics.score_zh_fields(fields, label, art)
    out = {"body": body.report(), "body_zh": body_zh.report()}
    if any(v.total for v in fields.values()):
        out.update({f"zh_{k}": v.report() for k, v in fields.items()})
    return out


def bench_dates(dataset: Path, run: Any) -> dict[str, dict[str, float]]:
    dates = metrics.DateScore()
    for label, data in metrics.iter_pages(dataset, "html"):
        if label.get("date"):
            dates.add(run(data, label.get("url"))[3], label["date"])
    return {"date": dates.report()}


BENCHES = {"traf-dev": bench_traf, "mh-dev": bench_mh, "date-dev": bench_dates}


# --- speed (one subprocess per extractor, so peak RSS is its own) -----------------------------------


def peak_rss_mb() -> float:
    """Peak resident memory of this process. Linux's ``ru_maxrss`` survives exec, so a worker
    started from a big parent would report the parent's peak; ``VmHWM`` belongs to the new
    address space and does not."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def speed_worker(dataset: Path, name: str, warm_on: Path | None = None) -> None:
    """Time ``name`` over the pages of ``dataset``. Cold: warmed with one page (imports, first
    caches). Warm (``warm_on``): first runs over the pages of *another* dataset, untimed, as a
    batch job does before it reaches these pages; the timed pages are never seen twice."""
    pages = [(label.get("url"), data) for label, data in metrics.iter_pages(dataset, "html")]
    if name == "lxml":
        import lxml.html

        def run(data: bytes, url: str | None) -> Any:
            return lxml.html.document_fromstring(data)
    else:
        run = EXTRACTORS[name]
    warm = [(label.get("url"), data) for label, data in metrics.iter_pages(warm_on, "html")] if warm_on else pages[:1]
    for url, data in warm:  # imports and caches outside the timing
        with contextlib.suppress(Exception):
            run(data, url)
    start, cpu_start = time.perf_counter(), time.process_time()
    for url, data in pages:
        with contextlib.suppress(Exception):  # lxml raises on a few empty documents; count the page anyway
            run(data, url)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rss_mb = peak_rss_mb()
    print(json.dumps({"name": name, "pages": len(pages), "seconds": elapsed, "cpu": cpu, "rss_mb": rss_mb}))


def speed(dataset: Path, names: list[str], warm_on: str | None = None) -> None:
    rows = {}
    for name in names:
        command = [sys.executable, __file__, str(dataset.parent), "--speed-worker", name, "--only", dataset.name]
        out = subprocess.run(
            command + (["--warm-on", warm_on] if warm_on else []), capture_output=True, text=True, check=True
        )
        rows[name] = json.loads(out.stdout.strip().splitlines()[-1])
    how = f"warm: after the pages of {warm_on}, untimed" if warm_on else "cold: warmed with one page"
    print(f"== speed on {dataset.name}, {how} (one process each; wall-clock and CPU pages/s, peak RSS)")
    for name, row in rows.items():
        pps, cpu_pps = row["pages"] / row["seconds"], row["pages"] / row["cpu"]
        print(
            f"  {name:<12} {pps:8.1f} pages/s wall ({row['seconds']:6.2f} s)  {cpu_pps:8.1f} pages/s CPU"
            f" ({row['cpu']:6.2f} s)  peak RSS {row['rss_mb']:6.0f} MB"
        )
    for other in ("trafilatura", "trafilatura-default"):
        if other in rows and "newsparse" in rows:
            wall = rows[other]["seconds"] / rows["newsparse"]["seconds"]
            cpu = rows[other]["cpu"] / rows["newsparse"]["cpu"]
            print(f"  newsparse speed / {other}: {wall:.2f}x wall-clock, {cpu:.2f}x CPU time")
    if "lxml" in rows and "newsparse" in rows:
        print(f"  newsparse time / bare lxml parse time: {rows['newsparse']['cpu'] / rows['lxml']['cpu']:.2f}x (CPU)")


def bad_inputs() -> dict[str, bytes]:
    """The bad inputs of tests/test_html_bad_input.py at full size (the tests shrink some)."""
    paragraph = b"<p>" + b"The council met again today to discuss the harbour plan. " * 20 + b"</p>\n"
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    return {
        "empty": b"<html><body></body></html>",
        "frameset": b'<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
        "50 MB page": b"<html><body>" + paragraph * (50_000_000 // len(paragraph) + 1),
        "100000 nested divs": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
        "entity bomb": f"<!DOCTYPE html [{entities}]><html><body><p>&i;&i;&i;</p></body></html>".encode(),
        "binary with HTML header": b"<html><head><title>x</title></head><body>" + bytes(range(256)) * 40_000,
        "wrong charset": '<meta charset="gb2312"><p>南陵县人民检察院召开全院干警大会。</p>'.encode() * 1000,
    }


def bench_bad_inputs() -> None:
    print("== bad input (default options; seconds, warnings)")
    for name, data in bad_inputs().items():
        start = time.perf_counter()
        article = newsparse.parse(data)
        elapsed = time.perf_counter() - start
        codes = ",".join(sorted({w.code for w in article.warnings}))
        print(f"  {name:<24} {len(data) / 1e6:7.1f} MB  {elapsed:6.2f} s  {codes}")


def fmt(report: dict[str, float]) -> str:
    return "  ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in report.items())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datasets", type=Path)
    ap.add_argument("--only", default=",".join(BENCHES))
    ap.add_argument("--no-traf", action="store_true", help="skip trafilatura's quality run")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-quality", action="store_true", help="speed only")
    ap.add_argument("--bad-input", action="store_true", help="time the bad inputs of the tests at full size")
    ap.add_argument("--no-warm", action="store_true", help="speed: the cold figure only")
    ap.add_argument("--speed-worker", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--warm-on", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    only = args.only.split(",")
    if args.speed_worker:
        warm_on = args.datasets / args.warm_on if args.warm_on else None
        speed_worker(args.datasets / only[0], args.speed_worker, warm_on)
        return
    for name in [] if args.no_quality else only:
        extractors = ["newsparse"] if args.no_traf or name != "traf-dev" else ["newsparse", "trafilatura"]
        for ex in extractors:
            print(f"== {name} [{ex}]")
            for key, report in BENCHES[name](args.datasets / name, EXTRACTORS[ex]).items():
                print(f"  {key:<14} {fmt(report)}")
    if args.bad_input:
        bench_bad_inputs()
    if not args.no_speed and "traf-dev" in only:
        names = ["lxml", "newsparse", "trafilatura", "trafilatura-default"]
        speed(args.datasets / "traf-dev", names)
        if not args.no_warm:
            # the steady state of a batch job: every extractor has first read another dataset's pages
            speed(args.datasets / "traf-dev", names, warm_on="mh-dev")


if __name__ == "__main__":
    main()
