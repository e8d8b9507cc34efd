"""Readers over real formats generated here: every input record ends as an article or a reject."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from newsparse.batch import JsonlFields, Outcome, Selection, iter_articles, iter_records, record_id

PAGE_HTML = """<!DOCTYPE html><html><head>{meta}<title>{title} | Daily Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By Jane Roe · 2024-03-0{day} 09:15</p>
<p>The council voted on Tuesday to extend the river crossing, after a decade of debate over its cost.</p>
<p>Residents on both banks said the new bridge would cut their commute by half an hour each day.</p>
<p>Construction is expected to start in the spring and to last about three years, officials said.</p>
</article><footer>Copyright Daily Courier</footer></body></html>"""

TEXT_DUMP = (
    "Current location: Home >> News\n{title}\nTime: 2024-02-28 10:30 Source: Xinhua\n\n"
    + "The county court opened a new service hall for residents on Monday morning. " * 4
)


def html_page(title: str, day: int = 1, charset: str = "utf-8", declare: bool = True) -> bytes:
    meta = f'<meta charset="{charset}">' if declare else ""
    return PAGE_HTML.format(title=title, day=day, meta=meta).encode(charset)


def tally(outcomes: list[Outcome]) -> tuple[int, Counter[str]]:
    articles = sum(1 for o in outcomes if o.ok)
    return articles, Counter(o.reason for o in outcomes if not o.ok)


# --- WARC -------------------------------------------------------------------------------


def write_warc(path: Path, *, gzip_records: bool, truncate_last: bool) -> dict[str, int]:
    """A crawl-like WARC (warcio): warcinfo, request+response pairs, an image, a 404, a
    resource, and a final HTML response cut short. Returns the expected outcome counts."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(f"GET {url} HTTP/1.1\r\n\r\n".encode())
            )
            writer.write_record(request)
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

        # page 0: windows-1251 declared only in the HTTP header (detection alone would misread it);
        # page 1: GBK declared in the page
        response(
            "https://news.example/0",
            html_page("Мост через реку", 1, "cp1251", False),
            "text/html; charset=windows-1251",
        )
        response("https://news.example/1", html_page("大桥表决", 2, "gbk"), "text/html")
        for i in range(2, 5):
            response(f"https://news.example/{i}", html_page(f"Bridge vote {i}", day=i + 1), "text/html; charset=utf-8")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png")
        response("https://news.example/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found")
        resource = writer.create_warc_record(
            "file:///dump/page.txt",
            "resource",
            payload=io.BytesIO(TEXT_DUMP.format(title="A resource page").encode()),
            warc_content_type="text/plain",
        )
        writer.write_record(resource)
        response("https://news.example/last", html_page("The cut one") * 20, "text/html")
    if truncate_last:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 700])
    return {"articles": 6, "not_html": 1, "http_status": 1, "truncated_record": 1}


@pytest.mark.parametrize("library", ["fastwarc", "warcio"])
@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_warc_every_capture_accounted_for(
    tmp_path: Path, gzip_records: bool, library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    expected = write_warc(path, gzip_records=gzip_records, truncate_last=True)
    fastwarc_origins = [r.origin for r in iter_records([str(path)])]
    if library == "warcio":
        monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # as if the warc extra were not installed
    outcomes = list(iter_articles([str(path)]))
    assert [o.origin for o in outcomes] == fastwarc_origins  # same records, same ids, either library
    articles, reasons = tally(outcomes)
    assert articles == expected["articles"]
    assert reasons == Counter({k: v for k, v in expected.items() if k != "articles"})
    assert len({o.id for o in outcomes}) == len(outcomes)  # ids are unique


@pytest.mark.parametrize("library", ["fastwarc", "warcio"])
def test_warc_http_header_gives_url_and_charset(tmp_path: Path, library: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip_records=True, truncate_last=False)
    if library == "warcio":
        monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    outcomes = [o for o in iter_articles([str(path)]) if o.ok]
    by_url = {o.url: o.article for o in outcomes}
    assert by_url["https://news.example/0"].title == "Мост через реку"  # charset from the HTTP header
    assert by_url["https://news.example/1"].title == "大桥表决"
    assert by_url["https://news.example/3"].title == "Bridge vote 3"
    assert by_url["https://news.example/3"].url == "https://news.example/3"
    assert len(outcomes) == 7  # untruncated: the last page is an article too


def test_record_ids_are_stable_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip_records=True, truncate_last=True)
    first = [r.id for r in iter_records([str(path)])]
    assert first == [r.id for r in iter_records([str(path)])]
    assert all(r.id == record_id(r.origin) for r in iter_records([str(path)]))


# --- JSONL ------------------------------------------------------------------------------


def write_jsonl(path: Path) -> None:
    lines = [
        json.dumps({"url": "https://a.example/1", "html": html_page("JSONL one").decode()}),
        "{not json at all",
        json.dumps({"url": "https://a.example/2", "text": TEXT_DUMP.format(title="JSONL two")}),
        "",  # blank lines are not records
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://a.example/3", "title": "no page in here"}),
        json.dumps({"link": "https://a.example/4", "page_html": html_page("Custom key").decode()}),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b'{"html": "\xff\xfe broken utf-8"}\n'
    path.write_bytes(gzip.compress(raw) if path.name.endswith(".gz") else raw)


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_bad_lines_become_rejects(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_jsonl(path)
    outcomes = list(iter_articles([str(path)]))
    articles, reasons = tally(outcomes)
    assert articles == 2
    assert reasons == Counter({"bad_json": 3, "no_content": 2})
    assert [o.origin.rsplit(":", 1)[1] for o in outcomes] == ["1", "2", "3", "5", "6", "7", "8"]
    assert outcomes[0].article is not None and outcomes[0].article.title == "JSONL one"


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    write_jsonl(path)
    fields = JsonlFields(html=("page_html",), text=(), url=("link",))
    ok = [o for o in iter_articles([str(path)], fields=fields) if o.ok]
    assert [(o.url, o.article.title) for o in ok if o.article] == [("https://a.example/4", "Custom key")]


def test_truncated_jsonl_gz_is_accounted_for(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    noise = [hashlib.sha256(str(i).encode()).hexdigest() * 20 for i in range(50)]  # barely compressible
    lines = "".join(json.dumps({"html": html_page(f"Story {n}").decode()}) + "\n" for n in noise)
    data = gzip.compress(lines.encode())
    path.write_bytes(data[: len(data) // 2])
    outcomes = list(iter_articles([str(path)]))
    assert outcomes[-1].reason == "truncated_input"
    assert all(o.ok for o in outcomes[:-1]) and len(outcomes) > 1


# --- tar and zip ------------------------------------------------------------------------

LATIN1_NAME = "café-é.html".encode("latin-1")  # not UTF-8


def archive_members() -> list[tuple[bytes, bytes]]:
    return [
        (b"site/2024/03/bridge.html", html_page("Bridge in tar")),
        (b"site/2024/03/deep/nested/dump.txt", TEXT_DUMP.format(title="Deep text dump").encode()),
        (b"site/" + LATIN1_NAME, html_page("Latin-1 name")),
        (b"site/empty.html", b""),
        (b"site/style.css", b"body { color: red }"),
    ]


def write_tar_gz(path: Path) -> None:
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT, encoding="utf-8", errors="surrogateescape") as archive:
        for name, data in archive_members():
            info = tarfile.TarInfo(name.decode("utf-8", "surrogateescape"))
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        folder = tarfile.TarInfo("site/2024")
        folder.type = tarfile.DIRTYPE
        archive.addfile(folder)


def write_zip(path: Path) -> None:
    """Old zippers store names as raw bytes without the UTF-8 flag; zipfile would write UTF-8,
    so the Latin-1 name is patched in afterwards (names are outside the CRC)."""
    placeholder = b"cafX-X.html"
    assert len(placeholder) == len(LATIN1_NAME)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in archive_members():
            archive.writestr(name.replace(LATIN1_NAME, placeholder).decode(), data)
        archive.writestr(zipfile.ZipInfo("site/2024/"), b"")
    path.write_bytes(path.read_bytes().replace(placeholder, LATIN1_NAME))


@pytest.mark.parametrize("name", ["pages.tar.gz", "pages.zip"])
def test_archives_streamed_with_nested_folders_and_non_utf8_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    (write_tar_gz if name.endswith(".tar.gz") else write_zip)(path)
    outcomes = list(iter_articles([str(path)]))
    assert len(outcomes) == 5  # every file member, folders are not records
    members = [o.origin.split("!", 1)[1] for o in outcomes]
    assert "site/2024/03/deep/nested/dump.txt" in members
    assert "site/caf\\xe9-\\xe9.html" in members  # undecodable bytes kept visible, JSON-safe
    assert [o.reason for o in outcomes if not o.ok] == ["empty_input"]  # site/empty.html
    titles = {o.article.title for o in outcomes if o.article}
    assert {"Bridge in tar", "Deep text dump", "Latin-1 name"} <= titles
    json.dumps([o.origin for o in outcomes], ensure_ascii=False).encode("utf-8")  # no lone surrogates


def test_archive_members_filtered_by_globs(tmp_path: Path) -> None:
    path = tmp_path / "pages.tar.gz"
    write_tar_gz(path)
    selection = Selection(include=("*.html", "*.txt"), exclude=("*/deep/*",))
    members = [o.origin.split("!", 1)[1] for o in iter_articles([str(path)], selection=selection)]
    assert members == ["site/2024/03/bridge.html", "site/caf\\xe9-\\xe9.html", "site/empty.html"]


def test_corrupt_archive_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "pages.tar.gz"
    write_tar_gz(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    outcomes = list(iter_articles([str(path)]))
    assert outcomes and outcomes[-1].reason == "bad_archive"


# --- directories ------------------------------------------------------------------------


def test_directory_with_unreadable_entries(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    (root / "2024" / "03").mkdir(parents=True)
    (root / "2024" / "03" / "a.html").write_bytes(html_page("Dir page A"))
    (root / "2024" / "b.txt").write_text(TEXT_DUMP.format(title="Dir page B"), encoding="utf-8")
    (root / os.fsdecode(LATIN1_NAME)).write_bytes(html_page("Latin-1 file name"))
    (root / "broken-link.html").symlink_to(root / "does-not-exist.html")  # unreadable even for root
    os.mkfifo(root / "pipe.html")  # opening it would block: must be refused, not read
    write_jsonl(root / "nested.jsonl")  # a dump inside the directory is read as a dump
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # not a page
    (root / "empty.html").write_bytes(b"")
    locked = root / "locked.html"
    locked.write_bytes(html_page("Locked"))
    locked.chmod(0)
    root_user = os.geteuid() == 0  # root reads chmod-000 files; the symlink and FIFO still test it
    try:
        outcomes = list(iter_articles([str(root)]))
    finally:
        locked.chmod(0o644)
    articles, reasons = tally(outcomes)
    expected_reasons = Counter(
        {"unreadable": 1 if root_user else 2, "not_a_file": 1, "bad_json": 3, "no_content": 2}
        | {"binary_input": 1, "empty_input": 1}
    )
    assert reasons == expected_reasons
    assert articles == 3 + 2 + (1 if root_user else 0)
    assert len(outcomes) == sum(expected_reasons.values()) + articles


def test_stdin_is_sniffed(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip_records=True, truncate_last=False)
    with open(warc, "rb") as handle:
        outcomes = [o for o in iter_records(["-"], stdin=handle)]
    assert len(outcomes) == 9 and outcomes[0].origin.startswith("-@")
    one_page = io.BytesIO(gzip.compress(html_page("From stdin")))
    (record,) = iter_records(["-"], stdin=one_page)
    assert record.data == html_page("From stdin")


def test_records_over_the_size_limit_are_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.batch import readers

    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 5000)
    (tmp_path / "small.html").write_bytes(html_page("Small enough"))
    (tmp_path / "huge.html").write_bytes(html_page("Too big") * 20)
    write_tar_gz(tmp_path / "pages.tar.gz")
    write_warc(tmp_path / "crawl.warc.gz", gzip_records=True, truncate_last=False)  # its last page is ~20 KB
    outcomes = list(iter_articles([str(tmp_path)]))
    too_large = [o.url or o.origin.rsplit("/", 1)[1] for o in outcomes if o.reason == "too_large"]
    assert too_large == ["https://news.example/last", "huge.html"]
    assert sum(o.ok for o in outcomes) == 6 + 4 + 1  # WARC pages, tar members (one empty), small.html
