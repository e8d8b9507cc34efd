"""Outcomes -> files: JSONL (default), a directory of JSON files, CSV of the flat fields.

A format is a name resolving to an :class:`OutputFormat` in :data:`FORMATS`; more formats
(e.g. the exporters' markdown / html / wxr) plug in with :func:`register_format`, or
:func:`exporter_format` for anything that renders one Article to text. Stream formats gzip
their output when the file name ends in ``.gz``.

Writers are append-only and commit in steps: :meth:`Writer.commit` makes everything written
so far durable and returns the file position it reached, which the resume journal records
(see :mod:`newsparse.batch.resume`). For gzip output each commit is one complete gzip
member, so a file cut back to a committed position is still a valid ``.gz``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import IO, Protocol

from ..errors import OptionsError
from ..exporters import ExportOptions, csv_export
from ..model import Article
from .records import Outcome

#: flat columns of the CSV format, in order: the record's id and origin, then the exporters' CSV columns
CSV_COLUMNS: tuple[str, ...] = ("id", "origin", *csv_export.COLUMNS)


class Writer(Protocol):
    """Where articles go. ``write`` gets outcomes whose ``article`` is set."""

    def write(self, outcome: Outcome) -> None: ...

    def commit(self) -> int:
        """Make what was written durable; return the position to truncate back to on resume."""
        ...

    def close(self) -> None: ...


#: (path, position) -> Writer; position None = start afresh, an int = resume from that byte
WriterFactory = Callable[[str, "int | None"], Writer]


@dataclass(frozen=True)
class OutputFormat:
    name: str
    open: WriterFactory
    suffixes: tuple[str, ...] = ()
    directory: bool = False
    description: str = ""
    #: formats rendered at the end from a resumable spool record the spool's positions
    spool_suffix: str = ""


def encode_line(obj: dict[str, object]) -> bytes:
    """One JSON line, UTF-8; lone surrogates (from broken input) are escaped, never fatal."""
    return (json.dumps(obj, ensure_ascii=False, default=str) + "\n").encode("utf-8", "backslashreplace")


class StreamWriter:
    """An append-only file (or stdout) of serialised outcomes, gzipped per commit if ``.gz``."""

    def __init__(
        self,
        path: str,
        position: int | None,
        serialise: Callable[[Outcome], bytes],
        header: bytes = b"",
    ) -> None:
        self.path = path
        self.serialise = serialise
        self.gzip = path.endswith(".gz")
        self.buffer: list[bytes] = []
        self.stream: IO[bytes] = sys.stdout.buffer if path == "-" else _open_at(path, position)
        if header and (position or 0) == 0:
            self.buffer.append(header)

    def write(self, outcome: Outcome) -> None:
        self.buffer.append(self.serialise(outcome))

    def commit(self) -> int:
        if self.buffer:
            data = b"".join(self.buffer)
            self.buffer.clear()
            self.stream.write(gzip.compress(data, mtime=0) if self.gzip else data)
        self.stream.flush()
        if self.path == "-":
            return 0
        os.fsync(self.stream.fileno())
        return self.stream.tell()

    def close(self) -> None:
        self.commit()
        if self.path != "-":
            self.stream.close()


def _open_at(path: str, position: int | None) -> IO[bytes]:
    """Open for appending at ``position`` (cutting off anything after it), or afresh."""
    parent = os.path.dirname(path)
    if parent:
        os.makedirs(parent, exist_ok=True)
    if position is None or not os.path.exists(path):
        return open(path, "wb")
    stream = open(path, "r+b")  # noqa: SIM115
    stream.truncate(position)
    stream.seek(position)
    return stream


def id_file_name(outcome: Outcome, extension: str) -> str:
    return outcome.id + extension


class DirectoryWriter:
    """One file per article, ``<dir>/<name>`` (``<id><extension>`` by default), each written atomically."""

    def __init__(
        self,
        path: str,
        render: Callable[[Outcome], bytes],
        extension: str,
        name: Callable[[Outcome, str], str] = id_file_name,
    ) -> None:
        self.path = path
        self.render = render
        self.extension = extension
        self.name = name
        os.makedirs(path, exist_ok=True)

    def write(self, outcome: Outcome) -> None:
        target = os.path.join(self.path, self.name(outcome, self.extension))
        tmp = target + ".tmp"
        with open(tmp, "wb") as handle:
            handle.write(self.render(outcome))
        os.replace(tmp, target)

    def commit(self) -> int:
        return 0

    def close(self) -> None:
        pass


def article_line(outcome: Outcome) -> bytes:
    return encode_line(outcome.article_dict())


def reject_line(outcome: Outcome) -> bytes:
    return encode_line(outcome.reject_dict())


def csv_row(outcome: Outcome) -> bytes:
    assert outcome.article is not None
    article = outcome.article if outcome.article.url else replace(outcome.article, url=outcome.url)
    out = io.StringIO()
    csv.writer(out).writerow([outcome.id, outcome.origin, *csv_export.row(article, ExportOptions())])
    return out.getvalue().encode("utf-8", "backslashreplace")


def csv_header() -> bytes:
    out = io.StringIO()
    csv.writer(out).writerow(CSV_COLUMNS)
    return out.getvalue().encode("utf-8")


def _json_document(outcome: Outcome) -> bytes:
    return (json.dumps(outcome.article_dict(), ensure_ascii=False, indent=2, default=str) + "\n").encode(
        "utf-8", "backslashreplace"
    )


FORMATS: dict[str, OutputFormat] = {}


def register_format(fmt: OutputFormat) -> None:
    """Add (or replace) an output format, usable as ``--format NAME``."""
    FORMATS[fmt.name] = fmt


def exporter_format(
    name: str, render: Callable[[Article], str | bytes], extension: str, description: str = ""
) -> OutputFormat:
    """A directory format from any ``Article -> text`` renderer (markdown, html, ...).

    This is the hook for the exporter registry: for each exporter,
    ``register_format(exporter_format(exp.name, exp.render, exp.extension))``.
    """

    def render_outcome(outcome: Outcome) -> bytes:
        assert outcome.article is not None
        out = render(outcome.article)
        return out if isinstance(out, bytes) else out.encode("utf-8", "backslashreplace")

    return OutputFormat(
        name, lambda path, _pos: DirectoryWriter(path, render_outcome, extension), (), True, description
    )


register_format(
    OutputFormat(
        "jsonl",
        lambda path, pos: StreamWriter(path, pos, article_line),
        (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"),
        description="one JSON object per line: id, origin, then the Article's fields (default)",
    )
)
register_format(
    OutputFormat(
        "csv",
        lambda path, pos: StreamWriter(path, pos, csv_row, csv_header()),
        (".csv", ".csv.gz"),
        description="the flat fields, one row per article",
    )
)
register_format(
    OutputFormat(
        "json",
        lambda path, _pos: DirectoryWriter(path, _json_document, ".json"),
        (),
        directory=True,
        description="a directory of <id>.json files",
    )
)


def resolve_format(name: str | None, path: str) -> OutputFormat:
    """The format named, or the one the output's name implies (a name without suffix = directory).

    >>> resolve_format(None, "out.jsonl.gz").name, resolve_format(None, "rows.csv").name
    ('jsonl', 'csv')
    >>> resolve_format(None, "articles/").name, resolve_format(None, "-").name
    ('json', 'jsonl')
    """
    if name is not None:
        if name not in FORMATS:
            raise OptionsError(f"unknown format {name!r}; known: {', '.join(sorted(FORMATS))}")
        return FORMATS[name]
    if path == "-":
        return FORMATS["jsonl"]
    lower = path.lower()
    for fmt in FORMATS.values():
        if any(lower.endswith(s) for s in fmt.suffixes):
            return fmt
    if path.endswith(("/", os.sep)) or os.path.isdir(path) or "." not in os.path.basename(path):
        return FORMATS["json"]
    raise OptionsError(f"cannot tell the output format from {path!r}; pass --format ({', '.join(sorted(FORMATS))})")
