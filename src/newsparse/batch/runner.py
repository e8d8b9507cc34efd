"""Parse records in worker processes, with a per-record time limit that cannot be escaped.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot stop one task that loops
(``future.cancel()`` does nothing once it runs), and a worker that dies breaks the whole
pool. Here each worker is a process with its own pipe; the parent waits on the pipes and
on the processes' sentinels, and

- a record still running after ``timeout`` seconds gets its worker killed and replaced,
  and becomes a ``timeout`` reject;
- a worker that dies (segfault, ``os._exit``, OOM kill) turns its record into a
  ``worker_crashed`` reject and is replaced;
- an exception inside ``parse`` becomes a ``parse_error`` reject.

So every record that goes in comes out exactly once, as an Article or a reject. At most
``window`` records are in flight or waiting to be put in order, so memory stays flat; and a
worker is recycled after ``max_tasks`` records so that whatever a parser leaks cannot grow.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from ..model import Article
from .records import Outcome, Record

#: the parse function workers call; tests point this at a function that loops or crashes
DEFAULT_PARSE = "newsparse:parse"

ParseFunction = Callable[..., Article]

#: what a worker sends once it can take records; and how long it may take to get there
READY = "ready"
STARTUP_SECONDS = 120.0

#: workers failing to start this many times in a row means none ever will: the run fails
MAX_START_FAILURES = 3


class WorkersCannotStart(RuntimeError):
    """Worker processes die before taking a record (bad parse function, broken install, ...)."""


#: parse warnings that mean the record holds no page at all: such records become rejects
NOT_A_PAGE: frozenset[str] = frozenset({"empty_input", "binary_input"})


@dataclass(frozen=True)
class PoolOptions:
    """How records are parsed: ``jobs`` worker processes (0 = in this process, no time limit)."""

    jobs: int = 1
    timeout: float | None = 10.0
    ordered: bool = True
    max_tasks: int = 1000
    parse: str | ParseFunction = DEFAULT_PARSE
    parse_kwargs: dict[str, Any] = field(default_factory=dict)
    #: multiprocessing start method; None = forkserver where available (safe with threads), else spawn
    start_method: str | None = None

    @property
    def window(self) -> int:
        """Records allowed in flight or in the reorder buffer at once."""
        return max(8, self.jobs * 8)


def resolve_parse(spec: str | ParseFunction) -> ParseFunction:
    """``"module:function"`` -> the function (so that a worker can import it by name)."""
    if callable(spec):
        return spec
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "parse")  # type: ignore[no-any-return]


def parse_one(parse: ParseFunction, record: Record, kwargs: dict[str, Any]) -> Outcome:
    """Parse one record in this process; an exception becomes a ``parse_error`` reject."""
    if record.reject is not None:
        return Outcome.rejected(record, record.reject, record.detail or "")
    try:
        article = parse(record.data, url=record.url, kind=None, content_type=record.content_type, **kwargs)
    except Exception as exc:
        return Outcome.rejected(record, "parse_error", f"{type(exc).__name__}: {exc}"[:300])
    refusal = next((w for w in article.warnings if w.code in NOT_A_PAGE), None)
    if refusal is not None:  # nothing to clean: a reject, not an empty article
        return Outcome.rejected(record, refusal.code, refusal.message)
    return Outcome(record.id, record.origin, record.url, article)


def parse_records(records: Iterable[Record], options: PoolOptions | None = None) -> Iterator[Outcome]:
    """One :class:`Outcome` per record, in input order unless ``options.ordered`` is False."""
    options = options or PoolOptions()
    if options.jobs <= 0:
        parse = resolve_parse(options.parse)
        for record in records:
            yield parse_one(parse, record, options.parse_kwargs)
        return
    pool = _Pool(options)
    try:
        yield from pool.run(iter(records))
    finally:
        pool.close()


# --- worker side ---------------------------------------------------------------------------


def _worker_main(conn: Connection, spec: str | ParseFunction, kwargs: dict[str, Any]) -> None:
    """Loop: receive (seq, record), send (seq, outcome). ``None`` means stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parse = resolve_parse(spec)
    conn.send(READY)  # the time limit starts after start-up (imports can take seconds on a busy machine)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, record = task
        outcome = parse_one(parse, record, kwargs)
        try:
            conn.send((seq, outcome))
        except Exception as exc:  # an Article that does not pickle: report it, do not die
            conn.send((seq, Outcome.rejected(record, "parse_error", f"result not transferable: {exc}"[:300])))


# --- parent side ---------------------------------------------------------------------------


@dataclass
class _Worker:
    process: Any
    conn: Connection
    seq: int | None = None
    record: Record | None = None
    started: float = 0.0
    done: int = 0
    ready: bool = False

    def wait_ready(self) -> bool:
        """Block until the worker has started (once); False if it died or hung on the way."""
        if not self.ready:
            try:
                self.ready = self.conn.poll(STARTUP_SECONDS) and self.conn.recv() == READY
            except (EOFError, OSError):
                self.ready = False
        return self.ready


class _Pool:
    def __init__(self, options: PoolOptions) -> None:
        self.options = options
        methods = multiprocessing.get_all_start_methods()
        # forkserver: workers forked from a clean single-threaded server (safe with threads in
        # the parent, e.g. tqdm's monitor), and cheap to replace after a timeout.
        method = options.start_method or ("forkserver" if "forkserver" in methods else "spawn")
        self.ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self.ctx.set_forkserver_preload(["newsparse", __name__])  # workers start with this very code
        self.start_failures = 0
        self.workers = [self._spawn() for _ in range(options.jobs)]

    def _spawn(self) -> _Worker:
        parent_conn, child_conn = self.ctx.Pipe()
        spec = self.options.parse
        process = self.ctx.Process(
            target=_worker_main,
            args=(child_conn, spec, self.options.parse_kwargs),
            daemon=True,
            name="newsparse-worker",
        )
        process.start()
        child_conn.close()
        return _Worker(process, parent_conn)

    def _replace(self, worker: _Worker, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()

    def _retire(self, worker: _Worker) -> None:
        """Recycle a worker that has parsed ``max_tasks`` records (bounds any leak)."""
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        self._replace(worker, kill=False)

    def run(self, records: Iterator[Record]) -> Iterator[Outcome]:
        ordered = self.options.ordered
        waiting: dict[int, Outcome] = {}  # finished, waiting for their turn (ordered mode)
        next_out = 0
        seq = 0
        exhausted = False
        while True:
            # hand out records while there is an idle worker and room in the window
            while not exhausted:
                idle = next((w for w in self.workers if w.seq is None), None)
                in_flight = sum(1 for w in self.workers if w.seq is not None)
                if idle is None or in_flight + len(waiting) >= self.options.window:
                    break
                record = next(records, None)
                if record is None:
                    exhausted = True
                    break
                if record.reject is not None:  # refused by the reader: no need for a worker
                    waiting[seq] = Outcome.rejected(record, record.reject, record.detail or "")
                else:
                    refused = self._send(idle, seq, record)
                    if refused is not None:
                        waiting[seq] = refused
                seq += 1
            if not ordered:
                yield from waiting.values()
                waiting.clear()
            else:
                while next_out in waiting:
                    yield waiting.pop(next_out)
                    next_out += 1
            busy = [w for w in self.workers if w.seq is not None]
            if not busy:
                if exhausted and not waiting:
                    return
                continue
            for seq_done, outcome in self._collect(busy):
                waiting[seq_done] = outcome

    def _send(self, worker: _Worker, seq: int, record: Record) -> Outcome | None:
        """Give ``record`` to an idle worker; a reject if even a fresh worker cannot take it."""
        index = self.workers.index(worker)
        for _attempt in range(2):
            worker = self.workers[index]
            try:
                if not worker.wait_ready():
                    self.start_failures += 1
                    if self.start_failures >= MAX_START_FAILURES:
                        raise WorkersCannotStart(
                            f"{self.start_failures} worker processes in a row died on start-up "
                            f"(parse function {self.options.parse!r}); see their error output above"
                        )
                    raise OSError("worker did not start")
                self.start_failures = 0
                worker.seq, worker.record, worker.started = seq, record, time.monotonic()
                worker.conn.send((seq, record))
                return None
            except (OSError, ValueError):  # the worker died while idle: replace it and retry
                worker.seq, worker.record = None, None
                self._replace(worker, kill=True)
        return Outcome.rejected(record, "worker_crashed", "no worker could take the record")

    def _collect(self, busy: list[_Worker]) -> list[tuple[int, Outcome]]:
        """Wait for results, deaths or the first deadline; return what finished."""
        timeout = self.options.timeout
        now = time.monotonic()
        wait_for = None if timeout is None else max(0.0, min(w.started + timeout for w in busy) - now)
        by_handle: dict[Any, _Worker] = {}
        for w in busy:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        ready = wait(list(by_handle), timeout=wait_for)
        finished: list[tuple[int, Outcome]] = []
        seen: set[int] = set()
        for handle in ready:
            worker = by_handle[handle]
            if id(worker) in seen:
                continue
            seen.add(id(worker))
            finished.append(self._finish(worker))
        if timeout is not None:
            now = time.monotonic()
            for worker in busy:
                if id(worker) not in seen and now - worker.started >= timeout:
                    finished.append(self._fail(worker, "timeout", f"no result after {timeout:g} s; worker killed"))
        return finished

    def _finish(self, worker: _Worker) -> tuple[int, Outcome]:
        assert worker.seq is not None and worker.record is not None
        try:
            if worker.conn.poll():
                seq, outcome = worker.conn.recv()
                worker.seq, worker.record = None, None
                worker.done += 1
                if worker.done >= self.options.max_tasks:
                    self._retire(worker)
                return seq, outcome
        except (EOFError, OSError):
            pass
        worker.process.join(1)  # the pipe closes a moment before the exit code is known
        code = worker.process.exitcode
        return self._fail(worker, "worker_crashed", f"worker exited with code {code}")

    def _fail(self, worker: _Worker, reason: str, detail: str) -> tuple[int, Outcome]:
        assert worker.seq is not None and worker.record is not None
        result = worker.seq, Outcome.rejected(worker.record, reason, detail)
        self._replace(worker, kill=True)
        return result

    def close(self) -> None:
        for worker in self.workers:
            try:
                if worker.seq is None:
                    worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
            worker.conn.close()
