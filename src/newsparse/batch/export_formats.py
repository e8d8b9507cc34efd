"""The CMS exporters (markdown, html, wxr) as ``newsparse clean --format`` outputs.

- ``markdown`` and ``html`` write one file per article, ``YYYY-MM-DD-slug-<id8>.<ext>``: the
  Jekyll/Hugo post name, with the record id's start so two records never share a file.
- ``wxr`` is one document whose channel must declare every author and category before the
  items, so it cannot be appended to record by record. Articles go to a resumable JSONL spool
  (``OUT.spool.jsonl``) during the run; when the run ends the spool is streamed through the
  WXR exporter into ``OUT``. The spool stays beside the journal, so ``--resume`` after an
  interruption (or to extend a finished run) continues it and renders ``OUT`` again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from ..exporters import ExportOptions, get
from ..exporters._common import article_slug, post_date
from ..model import Article
from .records import Outcome
from .writers import DirectoryWriter, OutputFormat, StreamWriter, article_line, register_format

SPOOL_SUFFIX = ".spool.jsonl"
#: how many characters of the record id make a post's file name unique
ID_CHARS = 8


def dated_file_name(outcome: Outcome, extension: str) -> str:
    """``2024-02-28-nanling-procurator-3f9a2c1b-0a1b2c3d.md``: Jekyll's and Hugo's post name."""
    assert outcome.article is not None
    day, _ = post_date(outcome.article, ExportOptions())
    return f"{day.isoformat()}-{article_slug(outcome.article)}-{outcome.id[:ID_CHARS]}{extension}"


def _renderer(name: str):  # type: ignore[no-untyped-def]
    exporter = get(name)

    def render(outcome: Outcome) -> bytes:
        assert outcome.article is not None
        return exporter.render(outcome.article).encode("utf-8", "backslashreplace")

    return render


class SpooledDocumentWriter:
    """Articles to a resumable JSONL spool; on close, the spool rendered as one document."""

    def __init__(self, path: str, position: int | None, exporter_name: str) -> None:
        self.path = path
        self.spool_path = path + SPOOL_SUFFIX
        self.exporter = get(exporter_name)
        self.spool = StreamWriter(self.spool_path, position, article_line)

    def write(self, outcome: Outcome) -> None:
        self.spool.write(outcome)

    def commit(self) -> int:
        return self.spool.commit()

    def close(self) -> None:
        self.spool.close()
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline=self.exporter.newline) as fh:
            self.exporter.write(_spooled_articles(self.spool_path), fh)
        os.replace(tmp, self.path)


def _spooled_articles(path: str) -> Iterator[Article]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Article.from_dict(json.loads(line))


def register_exporter_formats() -> None:
    for name in ("markdown", "html"):
        extension = get(name).extension
        register_format(
            OutputFormat(
                name,
                lambda path, _pos, n=name, e=extension: DirectoryWriter(path, _renderer(n), e, dated_file_name),
                directory=True,
                description=f"a directory of {name} files, one per article, named YYYY-MM-DD-slug",
            )
        )
    register_format(
        OutputFormat(
            "wxr",
            lambda path, pos: SpooledDocumentWriter(path, pos, "wxr"),
            (".wxr", ".xml"),
            description="one WordPress WXR 1.2 file (rendered at the end from a resumable spool)",
            spool_suffix=SPOOL_SUFFIX,
        )
    )


register_exporter_formats()
