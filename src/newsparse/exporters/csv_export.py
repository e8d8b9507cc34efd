"""CSV of the flat fields, one row per article, with a header row.

Columns: title, kicker, published, precision, authors ("; "-joined), editors, source,
site_name, breadcrumb (" > "-joined), language, url, text (the body, paragraphs separated by
blank lines). Values are plain text (a CSV is data; whoever shows it as HTML escapes it);
characters XML cannot carry are removed and, with ``csv_guard_formulas``, a cell that a
spreadsheet would run as a formula gets a leading ``'``. Open the output with
``newline=""`` (``Exporter.newline``) so the ``csv`` module controls line endings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TextIO

from ..model import Article
from ._common import clean_text, iso_date, localize
from .options import ExportOptions

#: the flat fields, in order; the batch CSV puts ``id`` and ``origin`` before them
COLUMNS = (
    "title",
    "kicker",
    "published",
    "published_precision",
    "updated",
    "updated_precision",
    "authors",
    "editors",
    "source",
    "site_name",
    "breadcrumb",
    "language",
    "url",
    "text",
    "warnings",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None, options: ExportOptions) -> str:
    text = clean_text(value)
    if options.csv_guard_formulas and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def row(article: Article, options: ExportOptions) -> list[str]:
    """The article's cells in :data:`COLUMNS` order, formula-guarded for spreadsheets."""
    published, updated = localize(article.published, options), localize(article.updated, options)
    values = [
        article.title,
        article.kicker,
        iso_date(published, article.published_precision) if published else None,
        article.published_precision.value if article.published_precision else None,
        iso_date(updated, article.updated_precision) if updated else None,
        article.updated_precision.value if article.updated_precision else None,
        "; ".join(article.authors),
        "; ".join(article.editors),
        article.source,
        article.site_name,
        " > ".join(article.breadcrumb),
        article.language,
        article.url,
        article.text,
        " ".join(w.code for w in article.warnings),
    ]
    return [_cell(v, options) for v in values]


def write(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    writer = csv.writer(fh)
    writer.writerow(COLUMNS)
    count = 0
    for article in articles:
        writer.writerow(row(article, options))
        count += 1
    return count


def render(article: Article, options: ExportOptions) -> str:
    """The header row and the article's row."""
    buffer = io.StringIO(newline="")
    write([article], buffer, options)
    return buffer.getvalue()
