"""Inputs -> :class:`Record` s: files, directories, stdin, JSONL(.gz), WARC(.gz), tar and zip.

Everything is streamed: archives are read member by member without extracting to disk, WARC
records one at a time, JSONL line by line, so memory stays flat however large the input.
The order of records is deterministic (directories sorted), which ``--resume`` relies on.

Every record the reader meets comes out, either as a page or *refused* with a reason
(``unreadable``, ``bad_json``, ``no_content``, ``not_html``, ``http_status``,
``truncated_record``, ``bad_archive`` …); nothing is dropped silently.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
import shutil
import stat
import sys
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from .records import Record, display_name

#: name endings -> input kind (checked in order, lower-cased)
KIND_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".tar.gz", "tar"),
    (".tgz", "tar"),
    (".tar.bz2", "tar"),
    (".tbz2", "tar"),
    (".tar.xz", "tar"),
    (".txz", "tar"),
    (".tar", "tar"),
    (".zip", "zip"),
    (".gz", "gzip"),
)

#: HTTP content types that hold a page newsparse can read (HTML or a text dump)
PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")

#: bytes read to tell what stdin holds
SNIFF_BYTES = 4096

GZIP_MAGIC = b"\x1f\x8b"

#: a record larger than this is refused (``too_large``) instead of read: memory stays bounded
#: (parse() would cut the text at 20 M characters anyway)
MAX_RECORD_BYTES = 64 << 20


@dataclass(frozen=True)
class JsonlFields:
    """Which keys of a JSONL object hold the page and its URL (first present key wins)."""

    html: tuple[str, ...] = ("html", "raw_html", "content", "body")
    text: tuple[str, ...] = ("text",)
    url: tuple[str, ...] = ("url", "uri", "link")
    content_type: tuple[str, ...] = ("content_type",)


@dataclass(frozen=True)
class Selection:
    """``--include`` / ``--exclude`` globs, matched against a member's relative path and its name."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def wants(self, relpath: str) -> bool:
        """
        >>> s = Selection(include=("*.html",), exclude=("*/drafts/*",))
        >>> s.wants("news/a.html"), s.wants("news/drafts/b.html"), s.wants("a.css")
        (True, False, False)
        """
        name = relpath.rsplit("/", 1)[-1]

        def hit(patterns: tuple[str, ...]) -> bool:
            return any(fnmatch.fnmatchcase(relpath, p) or fnmatch.fnmatchcase(name, p) for p in patterns)

        return (not self.include or hit(self.include)) and not hit(self.exclude)


def input_kind(name: str) -> str:
    """The kind of an input, from its name: warc, jsonl, tar, zip, gzip (one page) or page.

    >>> [input_kind(n) for n in ("a.WARC.GZ", "b.jsonl", "c.tgz", "d.html.gz", "e.html")]
    ['warc', 'jsonl', 'tar', 'gzip', 'page']
    """
    lower = name.lower()
    for suffix, kind in KIND_BY_SUFFIX:
        if lower.endswith(suffix):
            return kind
    return "page"


def sniff_kind(head: bytes) -> str:
    """The kind of a stream from its first bytes (for stdin, which has no name).

    >>> sniff_kind(b"WARC/1.1\\r\\n"), sniff_kind(b'{"url": 1}\\n'), sniff_kind(b"<html>")
    ('warc', 'jsonl', 'page')
    """
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "page"


def iter_records(
    inputs: Sequence[str],
    *,
    selection: Selection | None = None,
    fields: JsonlFields | None = None,
    stdin: IO[bytes] | None = None,
    skip: Iterable[str] = (),
) -> Iterator[Record]:
    """Every record of every input, in a stable order.

    ``skip``: files a directory walk must not read (the run's own output, rejects and journal,
    when they are written inside an input directory).
    """
    selection = selection or Selection()
    fields = fields or JsonlFields()
    own = frozenset(os.path.abspath(p) for p in skip)
    for path in inputs:
        if path == "-":
            yield from _stdin_records(stdin or sys.stdin.buffer, fields, selection)
        elif os.path.isdir(path):
            yield from _directory_records(path, selection, fields, own)
        else:
            yield from _file_records(path, display_name(path), fields, selection)


def _directory_records(
    root: str, selection: Selection, fields: JsonlFields, own: frozenset[str] = frozenset()
) -> Iterator[Record]:
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append, followlinks=False):
        while failed:  # a sub-directory os.walk could not list: account for it, do not skip it silently
            err = failed.pop()
            yield Record.refused(display_name(str(err.filename)), "unreadable", _os_detail(err))
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if selection.wants(rel) and not (own and os.path.abspath(path) in own):
                yield from _file_records(path, display_name(path), fields, selection)
    while failed:
        err = failed.pop()
        yield Record.refused(display_name(str(err.filename)), "unreadable", _os_detail(err))


def _file_records(path: str, origin: str, fields: JsonlFields, selection: Selection) -> Iterator[Record]:
    try:
        st = os.stat(path)  # follows symlinks: a broken one fails here
    except OSError as exc:
        yield Record.refused(origin, "unreadable", _os_detail(exc))
        return
    if not stat.S_ISREG(st.st_mode):  # FIFO, socket, device: opening could block forever
        yield Record.refused(origin, "not_a_file", "not a regular file")
        return
    kind = input_kind(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as exc:
        yield Record.refused(origin, "unreadable", _os_detail(exc))
        return
    with stream:
        yield from _stream_records(stream, kind, origin, fields, selection)


def _stream_records(
    stream: IO[bytes], kind: str, origin: str, fields: JsonlFields, selection: Selection
) -> Iterator[Record]:
    if kind == "warc":
        yield from warc_records(stream, origin)
    elif kind == "jsonl":
        yield from jsonl_records(stream, origin, fields)
    elif kind == "tar":
        yield from tar_records(stream, origin, selection)
    elif kind == "zip":
        yield from zip_records(stream, origin, selection)
    elif kind == "gzip":
        yield _read_page(origin, gzip.GzipFile(fileobj=stream).read)
    else:
        yield _read_page(origin, stream.read)


def _read_page(origin: str, read: Any) -> Record:
    """One page from ``read(n)``, refused if unreadable or larger than :data:`MAX_RECORD_BYTES`."""
    try:
        data = read(MAX_RECORD_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Record.refused(origin, "unreadable", _os_detail(exc))
    if len(data) > MAX_RECORD_BYTES:
        return Record.refused(origin, "too_large", f"more than {MAX_RECORD_BYTES} bytes")
    return Record.page(origin, data)


def _stdin_records(stdin: IO[bytes], fields: JsonlFields, selection: Selection) -> Iterator[Record]:
    head = stdin.read(SNIFF_BYTES)
    stream: IO[bytes] = io.BufferedReader(_Prefixed(head, stdin))
    kind = sniff_kind(head)
    if kind == "gzip":  # look inside: a gzipped WARC, JSONL or tar reads as that kind
        try:
            inner_head = zlib.decompressobj(31).decompress(head, SNIFF_BYTES)
        except zlib.error:
            inner_head = b""
        kind = sniff_kind(inner_head)
        if kind in ("page", "zip"):
            yield _read_page("-", gzip.GzipFile(fileobj=stream).read)
            return
    if kind == "zip":  # the zip directory is at the end: needs a seekable copy
        stream = io.BytesIO(stream.read())
    yield from _stream_records(stream, kind, "-", fields, selection)


class _Prefixed(io.RawIOBase):
    """A read-only stream that replays the sniffed head, then continues with the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --- JSONL -----------------------------------------------------------------------------


def jsonl_records(stream: IO[bytes], origin: str, fields: JsonlFields) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object with a page is refused."""
    lines: Iterable[bytes] = _gunzip_lines(stream) if _is_gzip(stream) else stream
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _jsonl_record(line, f"{origin}:{number}", fields)
    except (OSError, EOFError, zlib.error) as exc:  # a cut or corrupt .gz: the rest cannot be read
        yield Record.refused(f"{origin}:{number + 1}", "truncated_input", _os_detail(exc))


def _jsonl_record(line: bytes, origin: str, fields: JsonlFields) -> Record:
    try:
        obj = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return Record.refused(origin, "bad_json", str(exc)[:200])
    if not isinstance(obj, dict):
        return Record.refused(origin, "bad_json", f"a JSON {type(obj).__name__}, not an object")
    url = _first_str(obj, fields.url)
    page = _first_str(obj, fields.html + fields.text)
    if page is None:
        wanted = ", ".join(fields.html + fields.text)
        return Record.refused(origin, "no_content", f"none of the keys {wanted} holds a string", url)
    return Record.page(origin, page.encode("utf-8", "surrogatepass"), url, _first_str(obj, fields.content_type))


def _first_str(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str):
            return value
    return None


def _gunzip_lines(stream: IO[bytes], chunk_size: int = 1 << 16) -> Iterator[bytes]:
    """Lines of a (multi-member) gzip stream. Every complete line of a cut file comes out
    before the ``EOFError`` (``gzip.GzipFile`` would lose its last buffer of them)."""
    decomp = zlib.decompressobj(31)
    fed = False  # has the current member received any bytes?
    tail = b""
    while chunk := stream.read(chunk_size):
        while chunk:
            fed = True
            data = decomp.decompress(chunk)
            chunk = b""
            if decomp.eof:  # the next gzip member, if any, starts in unused_data
                chunk = decomp.unused_data
                decomp, fed = zlib.decompressobj(31), False
            lines = (tail + data).split(b"\n")
            tail = lines.pop()
            yield from (line + b"\n" for line in lines)
    if fed and not decomp.eof:
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
    if tail:
        yield tail


def _is_gzip(stream: IO[bytes]) -> bool:
    peek = getattr(stream, "peek", None)
    head = peek(2)[:2] if peek else b""
    return head == GZIP_MAGIC


# --- tar and zip -------------------------------------------------------------------------


def tar_records(stream: IO[bytes], origin: str, selection: Selection) -> Iterator[Record]:
    """Regular-file members of a tar (any compression), read as a stream (``r|*``)."""
    member_origin = f"{origin}!"
    try:
        with tarfile.open(fileobj=stream, mode="r|*") as archive:
            for member in archive:
                member_origin = f"{origin}!{display_name(member.name)}"
                if not member.isfile() or not selection.wants(display_name(member.name)):
                    continue
                handle = archive.extractfile(member)
                yield _read_page(member_origin, handle.read if handle else lambda _n: b"")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield Record.refused(f"{member_origin}#rest", "bad_archive", _os_detail(exc))


def zip_records(stream: IO[bytes], origin: str, selection: Selection) -> Iterator[Record]:
    """File members of a zip, decompressed one at a time (nothing is extracted to disk)."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Record.refused(origin, "bad_archive", _os_detail(exc))
        return
    with archive:
        for info in archive.infolist():
            name = _zip_name(info)
            if info.is_dir() or not selection.wants(name):
                continue
            member_origin = f"{origin}!{name}"
            if info.file_size > MAX_RECORD_BYTES:
                yield Record.refused(member_origin, "too_large", f"{info.file_size} bytes")
                continue
            try:
                yield Record.page(member_origin, archive.read(info))
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
                yield Record.refused(member_origin, "bad_archive", _os_detail(exc))


def _zip_name(info: zipfile.ZipInfo) -> str:
    """A member name as its bytes were written: names without the UTF-8 flag are raw bytes
    (zipfile reads them as cp437); show them as UTF-8 when they are, ``\\xNN`` when not."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return display_name(info.filename.encode("cp437"))
    except UnicodeEncodeError:
        return info.filename


# --- WARC --------------------------------------------------------------------------------


def warc_records(stream: IO[bytes], origin: str) -> Iterator[Record]:
    """The captures (``response`` and ``resource`` records) of a WARC or WARC.gz.

    Other record types (warcinfo, request, metadata, revisit) hold no page and are not records.
    A capture that is not HTML/text, or whose HTTP status is not 2xx, is refused with the reason;
    a record cut short (a partial download) is refused as ``truncated_record``.
    """
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:  # the warc extra is not installed: warcio, if present
        if not stream.seekable():
            with tempfile.TemporaryFile() as spooled:
                shutil.copyfileobj(stream, spooled, 1 << 20)
                spooled.seek(0)
                yield from _warcio_records(spooled, origin)
        else:
            yield from _warcio_records(stream, origin)
        return
    if not stream.seekable():  # FastWARC seeks: spool a pipe to an anonymous temporary file
        with tempfile.TemporaryFile() as spooled:
            shutil.copyfileobj(stream, spooled, 1 << 20)
            spooled.seek(0)
            yield from warc_records(spooled, origin)
        return
    start = stream.tell()
    last_pos = 0
    captures = WarcRecordType.response | WarcRecordType.resource
    try:
        for rec in ArchiveIterator(stream, record_types=captures, parse_http=True):
            last_pos = rec.stream_pos
            url = rec.headers.get("WARC-Target-URI")
            # the whole header: FastWARC's http_content_type drops the charset parameter
            content_type = (rec.http_headers if rec.is_http else rec.headers).get("Content-Type")
            status = rec.http_headers.status_code if rec.is_http else None
            expected = rec.content_length
            if expected > MAX_RECORD_BYTES:
                yield Record.refused(f"{origin}@{last_pos}", "too_large", f"{expected} bytes", url)
                continue
            body = rec.reader.read()
            yield _warc_record(f"{origin}@{last_pos}", body, url, content_type, status, expected)
    except (GeneratorExit, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # FastWARC raises plain exceptions, even Rust panics, on corrupt data
        yield Record.refused(f"{origin}@{last_pos}#rest", "bad_archive", str(exc)[:200])
        return
    cut = _gzip_tail_cut(stream, start, last_pos)
    if cut is not None:
        yield Record.refused(f"{origin}@{cut}", "truncated_record", "the WARC ends inside a record")


def _warc_record(
    origin: str, body: bytes, url: str | None, content_type: str | None, status: int | None, expected: int
) -> Record:
    if len(body) < expected:
        return Record.refused(origin, "truncated_record", f"{len(body)} of {expected} bytes", url)
    if status is not None and not 200 <= status < 300:
        return Record.refused(origin, "http_status", str(status), url)
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and mime not in PAGE_CONTENT_TYPES:
        return Record.refused(origin, "not_html", mime, url)
    return Record.page(origin, body, url, content_type)


def _gzip_tail_cut(stream: IO[bytes], start: int, last_pos: int) -> int | None:
    """Where a record-gzipped WARC stops being whole, or None.

    FastWARC quietly stops at a gzip member that is cut short. Walk the members from the last
    capture it gave us to the end: one that does not decompress to its end is the cut.
    """
    stream.seek(start)
    if stream.read(2) != GZIP_MAGIC:
        return None
    pos = last_pos
    stream.seek(start + pos)
    pending = b""
    while True:
        member_start = pos
        decomp = zlib.decompressobj(31)
        data = pending or stream.read(1 << 16)
        if not data:
            return None
        while True:
            try:
                decomp.decompress(data)
            except zlib.error:
                return member_start
            if decomp.eof:
                pending = decomp.unused_data
                pos += len(data) - len(pending)
                break
            pos += len(data)
            data = stream.read(1 << 16)
            if not data:
                return member_start


def _warcio_records(stream: IO[bytes], origin: str) -> Iterator[Record]:
    """The same with warcio, for installs without FastWARC (slower, same records and ids)."""
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    start = stream.tell()
    iterator = WarcioIterator(stream)
    last_pos = 0
    try:
        for rec in iterator:
            if rec.rec_type not in ("response", "resource"):
                continue
            http = rec.http_headers if rec.rec_type == "response" else None
            body = rec.content_stream().read(MAX_RECORD_BYTES + 1)  # before get_record_offset, which moves on
            last_pos = iterator.get_record_offset()
            url = rec.rec_headers.get_header("WARC-Target-URI")
            if len(body) > MAX_RECORD_BYTES:
                yield Record.refused(f"{origin}@{last_pos}", "too_large", f"more than {MAX_RECORD_BYTES} bytes", url)
                continue
            expected = rec.length - (len(http.to_bytes()) if http is not None else 0)
            status = int(http.get_statuscode()) if http is not None else None
            content_type = http.get_header("Content-Type") if http is not None else rec.content_type
            yield _warc_record(f"{origin}@{last_pos}", body, url, content_type, status, expected)
    except (GeneratorExit, KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # warcio raises on a cut gzip member or a bad header
        yield Record.refused(f"{origin}@{last_pos}#rest", "truncated_record", str(exc)[:200])
        return
    cut = _gzip_tail_cut(stream, start, last_pos)
    if cut is not None:
        yield Record.refused(f"{origin}@{cut}", "truncated_record", "the WARC ends inside a record")


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return f"{type(exc).__name__}: {exc}"[:200]
