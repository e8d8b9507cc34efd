"""HTML built from the Article's sections and block kinds; every piece of page text escaped.

Nothing from the page becomes markup: headings, paragraphs, list items, table cells, quotes
and captions are all ``html.escape``-d text inside tags we choose, so ``<script>`` on the page
arrives as ``&lt;script&gt;``. :func:`body_html` is also WXR's ``content:encoded``.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from ..model import Article, BlockKind, Section
from ._common import html_attr, html_text, iso_date, localize, safe_url
from .options import ExportOptions


def _lines_html(text: str) -> str:
    """Escaped text; line breaks inside one paragraph become ``<br>``."""
    return "<br>\n".join(html_text(line) for line in text.split("\n"))


def _table_html(rows: list[str]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{_lines_html(cell)}</td>" for cell in row.split("\t")) + "</tr>\n" for row in rows
    )
    return f"<table>\n<tbody>\n{body}</tbody>\n</table>"


def _run_html(kind: BlockKind, texts: list[str]) -> str:
    """One run of same-kind paragraphs as HTML (a run of list items is one list)."""
    if kind is BlockKind.LIST_ITEM:
        return "<ul>\n" + "".join(f"<li>{_lines_html(t)}</li>\n" for t in texts) + "</ul>"
    if kind is BlockKind.TABLE_ROW:
        return _table_html(texts)
    if kind is BlockKind.QUOTE:
        return "<blockquote>\n" + "\n".join(f"<p>{_lines_html(t)}</p>" for t in texts) + "\n</blockquote>"
    if kind is BlockKind.CAPTION:
        return "\n".join(f"<figure><figcaption>{_lines_html(t)}</figcaption></figure>" for t in texts)
    if kind is BlockKind.CODE:
        return "\n".join(f"<pre><code>{html_text(t)}</code></pre>" for t in texts)
    return "\n".join(f"<p>{_lines_html(t)}</p>" for t in texts)


def section_html(section: Section, heading_level: int = 2) -> str:
    parts = [f"<h{heading_level}>{html_text(section.heading)}</h{heading_level}>"] if section.heading else []
    indexed = [(section.kind_of(i), text) for i, text in enumerate(section.paragraphs)]
    for kind, run in groupby(indexed, key=lambda pair: pair[0]):
        parts.append(_run_html(kind, [text for _, text in run]))
    return "\n".join(parts)


def body_html(article: Article) -> str:
    """The body as an HTML fragment: ``<h2>`` per section heading, then its blocks."""
    return "\n".join(section_html(s) for s in article.sections if s.heading or s.paragraphs)


def _byline(article: Article, options: ExportOptions) -> str:
    items: list[str] = []
    published = localize(article.published, options)
    if published is not None:
        stamp = iso_date(published, article.published_precision)
        items.append(f'<time datetime="{html_attr(stamp)}">{html_text(stamp)}</time>')
    if article.authors:
        items.append(f'<span class="authors">{html_text("; ".join(article.authors))}</span>')
    if article.source:
        items.append(f'<span class="source">{html_text(article.source)}</span>')
    return f'<p class="byline">{" · ".join(items)}</p>' if items else ""


def article_html(article: Article, options: ExportOptions) -> str:
    """One ``<article>`` element: kicker, title, byline, body, link to the original."""
    parts = ["<article>"]
    if article.kicker:
        parts.append(f'<p class="kicker">{html_text(article.kicker)}</p>')
    if article.title:
        parts.append(f"<h1>{html_text(article.title)}</h1>")
    byline = _byline(article, options)
    if byline:
        parts.append(byline)
    body = body_html(article)
    if body:
        parts.append(body)
    url = safe_url(article.url)
    if url:
        parts.append(f'<p class="original"><a href="{html_attr(url)}" rel="nofollow noopener">{html_text(url)}</a></p>')
    parts.append("</article>")
    return "\n".join(parts)


def _head(title: str, language: str | None) -> str:
    lang = f' lang="{html_attr(language)}"' if language else ""
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html_text(title)}</title>\n</head>\n<body>\n"
    )


_TAIL = "</body>\n</html>\n"


def render(article: Article, options: ExportOptions) -> str:
    """A complete HTML document for one article."""
    return _head(article.title or options.site_title, article.language) + article_html(article, options) + "\n" + _TAIL


def write(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    """One HTML document holding one ``<article>`` per article; returns how many."""
    fh.write(_head(options.site_title, options.site_language))
    count = 0
    for article in articles:
        fh.write(article_html(article, options) + "\n")
        count += 1
    fh.write(_TAIL)
    return count
