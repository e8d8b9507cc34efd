"""``clean()``: inputs -> records -> worker pool -> output + rejects, resumable, with a summary."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from ..errors import OptionsError
from .progress import Progress, Summary
from .readers import JsonlFields, Selection, iter_records
from .records import Outcome, Record
from .resume import Journal, ResumeState, journal_path
from .runner import DEFAULT_PARSE, ParseFunction, PoolOptions, parse_records
from .writers import StreamWriter, reject_line, resolve_format

#: commit (flush + fsync + journal) at least this often, in seconds and in records
COMMIT_SECONDS = 1.0
COMMIT_RECORDS = 1000


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass(frozen=True)
class CleanOptions:
    """Everything ``newsparse clean`` can be told; the CLI only fills this in.

    ``rejects`` defaults to the output's name with ``.rejects.jsonl`` in place of its extension.
    ``timeout`` (seconds per record) needs ``jobs >= 1``: with ``jobs=0`` records are parsed in
    this process, without a time limit.
    """

    inputs: tuple[str, ...]
    output: str
    rejects: str | None = None
    format: str | None = None
    jobs: int = field(default_factory=default_jobs)
    timeout: float | None = 10.0
    resume: bool = False
    ordered: bool = True
    selection: Selection = field(default_factory=Selection)
    fields: JsonlFields = field(default_factory=JsonlFields)
    progress: bool | None = None
    parse: str | ParseFunction = DEFAULT_PARSE
    parse_kwargs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.inputs:
            raise OptionsError("no inputs given")
        missing = [p for p in self.inputs if p != "-" and not os.path.lexists(p)]
        if missing:
            raise OptionsError(f"no such input: {', '.join(missing)}")
        if self.jobs < 0:
            raise OptionsError("jobs must be >= 0")
        if self.timeout is not None and self.timeout <= 0:
            raise OptionsError("timeout must be positive")
        if self.resume and self.output == "-":
            raise OptionsError("--resume needs an output file, not stdout")

    @property
    def rejects_path(self) -> str:
        return self.rejects or default_rejects_path(self.output)

    def pool_options(self) -> PoolOptions:
        return PoolOptions(self.jobs, self.timeout, self.ordered, parse=self.parse, parse_kwargs=self.parse_kwargs)


def default_rejects_path(output: str) -> str:
    """
    >>> default_rejects_path("out.jsonl"), default_rejects_path("out.jsonl.gz"), default_rejects_path("dir/")
    ('out.rejects.jsonl', 'out.rejects.jsonl.gz', 'dir.rejects.jsonl')
    """
    if output == "-":
        return "newsparse.rejects.jsonl"
    base = output.rstrip("/" + os.sep)
    gz = base.endswith(".gz")
    stem = base[:-3] if gz else base
    head, name = os.path.split(stem)
    if "." in name.lstrip("."):
        name = name.rsplit(".", 1)[0]
    return os.path.join(head, name + ".rejects.jsonl" + (".gz" if gz else ""))


def clean(options: CleanOptions, stdin: IO[bytes] | None = None) -> Summary:
    """Run a whole batch; return its :class:`Summary` (``summary.exit_code`` for a CLI).

    On KeyboardInterrupt everything finished is committed first, so ``resume=True`` continues.
    """
    fmt = resolve_format(options.format, options.output)
    if fmt.directory and options.output == "-":
        raise OptionsError(f"format {fmt.name!r} writes a directory of files: give -o a directory, not stdout")
    journal = Journal(journal_path(options.output), fmt.name) if options.output != "-" else None
    state = journal.load() if (journal and options.resume) else ResumeState()
    fresh = state.out_pos is None and not state.done
    if not fresh:
        _check_resumable(options.output + fmt.spool_suffix if not fmt.directory else None, state.out_pos)
        _check_resumable(options.rejects_path, state.rej_pos)
    writer = fmt.open(options.output, None if fresh else state.out_pos)
    rejects = StreamWriter(options.rejects_path, None if fresh else state.rej_pos, reject_line)
    if journal:
        journal.open(fresh)
    summary = Summary(earlier_articles=state.articles, earlier_rejects=state.rejects)
    progress = Progress(options.progress)
    pending_a: list[str] = []
    pending_r: list[str] = []

    def commit() -> None:
        out_pos, rej_pos = writer.commit(), rejects.commit()
        if journal and (pending_a or pending_r):
            journal.commit(pending_a, pending_r, out_pos, rej_pos)
        progress.update(len(pending_a) + len(pending_r), summary.rejects)
        pending_a.clear()
        pending_r.clear()

    own_files = (options.output, options.rejects_path, journal.path if journal else "")
    found = iter_records(
        options.inputs, selection=options.selection, fields=options.fields, stdin=stdin, skip=own_files
    )
    records = _skip_done(found, state, summary)
    last_commit = time.monotonic()
    try:
        for outcome in parse_records(records, options.pool_options()):
            if outcome.article is not None:
                writer.write(outcome)
                pending_a.append(outcome.id)
            else:
                rejects.write(outcome)
                pending_r.append(outcome.id)
            summary.add(outcome)
            if len(pending_a) + len(pending_r) >= COMMIT_RECORDS or time.monotonic() - last_commit >= COMMIT_SECONDS:
                commit()
                last_commit = time.monotonic()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        commit()
        writer.close()
        rejects.close()
        if journal:
            journal.close()
        progress.close()
        summary.finish()
    return summary


def _check_resumable(path: str | None, position: int | None) -> None:
    """The journal says ``position`` bytes of ``path`` were committed: they must still be there."""
    if path is None or not position:
        return
    size = os.path.getsize(path) if os.path.exists(path) else -1
    if size < position:
        raise OptionsError(
            f"cannot resume: {path} is shorter than the {position} bytes its journal records; "
            "run again without --resume to start over"
        )


def _skip_done(records: Iterable[Record], state: ResumeState, summary: Summary) -> Iterator[Record]:
    if not state.done:
        yield from records
        return
    for record in records:
        if state.is_done(record.id):
            summary.skipped_done += 1
        else:
            yield record


def iter_articles(
    inputs: Sequence[str] | str,
    *,
    jobs: int = 0,
    timeout: float | None = None,
    ordered: bool = True,
    selection: Selection | None = None,
    fields: JsonlFields | None = None,
    parse: str | ParseFunction = DEFAULT_PARSE,
    **parse_kwargs: Any,
) -> Iterator[Outcome]:
    """Every record of the inputs as an :class:`Outcome` (``.article`` or ``.reason``).

    ``jobs=0`` (the default) parses in this process; ``jobs>=1`` uses worker processes and
    enforces ``timeout`` seconds per record. Extra keyword arguments go to ``newsparse.parse``
    (e.g. ``default_tz``).
    """
    paths = (inputs,) if isinstance(inputs, str) else tuple(inputs)
    records = iter_records(paths, selection=selection, fields=fields)
    options = PoolOptions(jobs, timeout, ordered, parse=parse, parse_kwargs=parse_kwargs)
    yield from parse_records(records, options)
