"""Batch throughput and memory: traf-dev pages packed as a WARC, ``newsparse clean`` over it.

    python tests/benchmarks/bench_batch.py ../shared/datasets [--records 10000] [--skip-rss]

1. records/s with ``--jobs 1`` and ``--jobs 2`` over the traf-dev pages (one WARC, gzip per
   record, URL and Content-Type in the headers), and the speed-up;
2. peak RSS of the main process and of each worker while cleaning ``--records`` records
   (the dataset repeated), sampled every second, to show that memory stays flat;
3. the pool's concurrency alone: 300 records whose parse function sleeps 20 ms (no CPU), with
   ``--jobs 1, 2, 4`` — on a machine whose cores are busy with other work, this shows whether
   the pool scales when the CPU time figures of (1) cannot.

The load average is printed with each figure: on a shared machine it explains the numbers.
Not a test: pytest does not collect this directory.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def pack_warc(dataset: Path, target: Path, records: int | None = None) -> int:
    """Write the dataset's pages into one WARC (repeated to ``records`` if given); return the count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    labels = [json.loads(line) for line in (dataset / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = [(d["url"], gzip.decompress((dataset / "pages" / f"{d['id']}.html.gz").read_bytes())) for d in labels]
    total = records or len(pages)
    with open(target, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(total):
            url, body = pages[i % len(pages)]
            url = url if i < len(pages) else f"{url}#copy{i // len(pages)}"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
    return total


NAP_SECONDS = 0.02


def nap_parse(data: bytes, **kwargs: object) -> object:
    """A parse function that only waits (``--parse-function bench_batch:nap_parse``)."""
    import newsparse

    time.sleep(NAP_SECONDS)
    return newsparse.Article(title=data.decode(errors="replace")[:20])


def pool_check(tmp: Path) -> None:
    dump = tmp / "nap.jsonl"
    dump.write_text("".join(json.dumps({"html": f"page {i}"}) + "\n" for i in range(300)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent)}
    base = None
    for jobs in (1, 2, 4):
        out = tmp / f"nap{jobs}.jsonl"
        command = [*clean_command(dump, out, jobs), "--parse-function", "bench_batch:nap_parse"]
        start = time.monotonic()
        subprocess.run(command, env=env, check=False)
        seconds = time.monotonic() - start
        base = base or seconds
        print(
            f"pool check --jobs {jobs}: 300 records x {NAP_SECONDS * 1000:.0f} ms sleep in {seconds:.2f} s "
            f"({base / seconds:.2f}x; start-up included)"
        )


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def clean_command(warc: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "newsparse", "clean", str(warc), "-o", str(out), "--jobs", str(jobs), "-q"]


def descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def timed_run(warc: Path, out: Path, jobs: int, sample_rss: bool = False) -> dict[str, object]:
    start = time.monotonic()
    proc = subprocess.Popen(clean_command(warc, out, jobs))
    samples: list[tuple[float, float, float, int]] = []  # (seconds, main MB, max worker MB, bytes out)
    cpu: dict[int, float] = {}  # last CPU time seen per process of the tree
    last_rss = 0.0
    while proc.poll() is None:
        pids = descendants(proc.pid)
        for pid in pids:
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        now = time.monotonic()
        if sample_rss and now - last_rss >= 1.0:
            last_rss = now
            others = [rss_mb(p) for p in pids if p != proc.pid]
            size = out.stat().st_size if out.exists() else 0
            samples.append((now - start, rss_mb(proc.pid), max(others, default=0.0), size))
        time.sleep(0.2)
    seconds = time.monotonic() - start
    with open(out, "rb") as handle:
        articles = sum(1 for _ in handle)
    rejects_path = out.with_name(out.stem + ".rejects.jsonl")
    rejects = len(rejects_path.read_bytes().splitlines()) if rejects_path.exists() else 0
    main_cpu = cpu.pop(proc.pid, 0.0)
    return {
        "jobs": jobs,
        "seconds": seconds,
        "articles": articles,
        "rejects": rejects,
        "returncode": proc.returncode,
        "samples": samples,
        "main_cpu": main_cpu,
        "worker_cpu": sum(cpu.values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", type=Path)
    parser.add_argument("--records", type=int, default=10_000, help="records for the memory run")
    parser.add_argument(
        "--speed-records", type=int, default=None, help="records for the speed runs (default: the dataset once)"
    )
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-pool-check", action="store_true")
    args = parser.parse_args()
    dataset = args.datasets / "traf-dev"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if not args.skip_pool_check:
            pool_check(tmp)
        if not args.skip_speed:
            warc = tmp / "traf-dev.warc.gz"
            n = pack_warc(dataset, warc, args.speed_records)
            print(f"traf-dev packed: {n} records, {warc.stat().st_size / 1e6:.1f} MB WARC (gzip per record)")
            results = {}
            for jobs in (1, 2):
                before = load()
                r = timed_run(warc, tmp / f"out{jobs}.jsonl", jobs)
                results[jobs] = r
                print(
                    f"--jobs {jobs}: {n} records in {r['seconds']:.1f} s = {n / r['seconds']:.1f} records/s "
                    f"({r['articles']} articles + {r['rejects']} rejects, exit {r['returncode']}; load avg before {before}, after {load()})\n"
                    f"    CPU: main {r['main_cpu']:.1f} s, workers {r['worker_cpu']:.1f} s "
                    f"= {(r['main_cpu'] + r['worker_cpu']) / r['seconds']:.2f} cores busy on average; "
                    f"{n / max(r['worker_cpu'], 1e-9):.1f} records per worker CPU-second"
                )
            speedup = results[1]["seconds"] / results[2]["seconds"]  # type: ignore[operator]
            print(f"speed-up --jobs 2 vs --jobs 1: {speedup:.2f}x on {os.cpu_count()} cores")
        if not args.skip_rss:
            warc = tmp / "repeated.warc.gz"
            n = pack_warc(dataset, warc, args.records)
            before = load()
            r = timed_run(warc, tmp / "big.jsonl", 2, sample_rss=True)
            samples = r["samples"]
            print(
                f"memory run: {n} records, --jobs 2, {r['seconds']:.0f} s = {n / r['seconds']:.1f} records/s, "
                f"{r['articles']} articles + {r['rejects']} rejects, exit {r['returncode']} "
                f"(load avg before {before}, after {load()})\n"
                f"    CPU: main {r['main_cpu']:.1f} s, workers {r['worker_cpu']:.1f} s"
            )
            if samples:
                peak_main = max(s[1] for s in samples)
                peak_worker = max(s[2] for s in samples)
                print(f"peak RSS: main process {peak_main:.0f} MB, largest worker/forkserver {peak_worker:.0f} MB")
                for frac in (0.1, 0.25, 0.5, 0.75, 0.95):
                    s = samples[min(len(samples) - 1, int(frac * len(samples)))]
                    print(f"  at {s[0]:6.0f} s: main {s[1]:5.0f} MB, largest worker {s[2]:5.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
