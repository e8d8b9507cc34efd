"""Markdown with YAML front matter, for Hugo, Jekyll, Decap and other static-site CMSs.

Front matter is written without a YAML library: every string is a double-quoted scalar with
JSON-style escapes (which YAML accepts), every other non-printable or line-breaking character
(U+0085, U+2028, U+2029 ...) escaped, and ``< > { }`` written as ``\\x3C`` ... ``\\x7D`` so the
file holds no markup or template syntax while YAML parsers still read the exact text. Keys:

- ``title``, ``date`` (required by Hugo and Jekyll; ``2024-02-28`` for a day-precision date,
  ``2024-02-28T10:30:00`` for a naive time, ``...+08:00`` when the zone is known), ``lastmod``,
  ``slug``, ``authors``, ``source``, ``categories`` (the breadcrumb), ``original_url`` (not
  ``url``, which Hugo would take as the page's own address), ``kicker`` (also as
  ``description``), ``draft: true`` when the post status is not "publish" (Hugo; Jekyll keeps
  drafts in ``_drafts/``, and Hugo would read Jekyll's ``published: false`` as a date);
- ``params``: ``editors``, ``site_name``, ``language``, ``breadcrumb``, ``precision`` (of the
  date), ``updated_precision``, ``date_unknown``.

The body escapes page text so it renders as the same text and never as markup: ``& < >`` and
braces become entities (so neither raw HTML, nor Liquid ``{{ }}`` / ``{% %}``, nor Hugo
shortcodes, nor kramdown ``{: }`` attribute lists can form), inline Markdown punctuation is
backslash-escaped, and line-start markers (``#``, ``-``, ``1.``) are neutralised.

File names are ``YYYY-MM-DD-slug.md``: Jekyll's ``_posts`` form, which Hugo also accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from ..model import Article, BlockKind, Section
from ._common import SlugRegistry, article_slug, categories, clean_text, iso_date, localize, post_date, safe_url
from .options import ExportOptions

# ---------------------------------------------------------------- YAML scalars

#: YAML's printable set (1.1 and 1.2), minus the characters YAML reads as line breaks
_YAML_PLAIN = re.compile("[\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_YAML_SHORT = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "<": "\\x3C",
    ">": "\\x3E",
    "{": "\\x7B",
    "}": "\\x7D",
}


def _yaml_char(ch: str) -> str:
    if ch in _YAML_SHORT:
        return _YAML_SHORT[ch]
    if _YAML_PLAIN.match(ch):
        return ch
    code = ord(ch)
    return f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"


#: what needs an escape: the short escapes and everything outside the plain set
_YAML_SPECIAL = re.compile(
    '[\\\\"\n\r\t<>{}]|[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]'
)


def yaml_str(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that any YAML 1.1/1.2 parser reads back exactly."""
    return '"' + _YAML_SPECIAL.sub(lambda m: _yaml_char(m.group(0)), text) + '"'


def yaml_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(yaml_str(i) for i in items) + "]"


# ---------------------------------------------------------------- Markdown text

#: inline Markdown (emphasis, code, links, tables, strike, math) is backslash-escaped;
#: characters that could form HTML, entities, Liquid, shortcodes or attribute lists
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;"}
_ESCAPE = re.compile(r"[\\`*_\[\]|~$^&<>{}]")
#: line starts that Markdown reads as headings, lists, rules, definitions or setext underlines
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=:])|(\d+)([.)]))")


def md_text(text: str) -> str:
    """One line of page text as Markdown that renders as exactly that text."""
    line = clean_text(text).strip()
    escaped = _ESCAPE.sub(lambda m: _ENTITIES.get(m.group(0)) or "\\" + m.group(0), line)
    start = _LINE_START.match(escaped)
    if start:
        if start.group(2):
            escaped = "\\" + escaped[start.end(1) :]
        else:
            escaped = f"{start.group(3)}\\{start.group(4)}{escaped[start.end() :]}"
    return escaped


def _paragraph(text: str, prefix: str = "") -> str:
    """A paragraph; its own line breaks kept as hard breaks (two trailing spaces)."""
    lines = [md_text(line) for line in text.split("\n") if line.strip()]
    return "  \n".join(prefix + line for line in lines)


def _table(rows: list[str]) -> str:
    cells = [[md_text(c.replace("\n", " ")) for c in row.split("\t")] for row in rows]
    width = max(len(r) for r in cells)
    lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _run(kind: BlockKind, texts: list[str]) -> str:
    if kind is BlockKind.LIST_ITEM:
        return "\n".join("- " + _paragraph(t).replace("  \n", "  \n  ") for t in texts)
    if kind is BlockKind.TABLE_ROW:
        return _table(texts)
    if kind is BlockKind.QUOTE:
        return "\n>\n".join(_paragraph(t, prefix="> ") for t in texts)
    if kind is BlockKind.CAPTION:
        return "\n\n".join(f"*{_paragraph(t)}*" for t in texts)
    return "\n\n".join(_paragraph(t) for t in texts)  # paragraphs, and code kept as text lines


def section_markdown(section: Section) -> str:
    parts = [f"## {md_text(section.heading)}"] if section.heading else []
    indexed = [(section.kind_of(i), t) for i, t in enumerate(section.paragraphs) if clean_text(t).strip()]
    parts.extend(_run(kind, [t for _, t in run]) for kind, run in groupby(indexed, key=lambda p: p[0]))
    return "\n\n".join(p for p in parts if p)


def body_markdown(article: Article) -> str:
    return "\n\n".join(s for s in (section_markdown(sec) for sec in article.sections) if s)


# ---------------------------------------------------------------- front matter


def _fallback_title(article: Article) -> str:
    first = next((p for p in article.paragraphs if p.strip()), "")
    return clean_text(first).strip()[:80] or "Untitled"


def front_matter(article: Article, options: ExportOptions, slug: str) -> str:
    lines = ["---"]

    def put(key: str, value: str | None, indent: str = "") -> None:
        if value:
            lines.append(f"{indent}{key}: {yaml_str(clean_text(value))}")

    def put_list(key: str, values: list[str], indent: str = "") -> None:
        values = [clean_text(v) for v in values if clean_text(v)]
        if values:
            lines.append(f"{indent}{key}: {yaml_list(values)}")

    put("title", clean_text(article.title).strip() or _fallback_title(article))
    published = localize(article.published, options)
    updated = localize(article.updated, options)
    day, undated = post_date(article, options)
    if published is not None:
        put("date", iso_date(published, article.published_precision))
    elif updated is not None:
        put("date", iso_date(updated, article.updated_precision))
    else:
        put("date", day.isoformat())
    if updated is not None and published is not None:
        put("lastmod", iso_date(updated, article.updated_precision))
    put("slug", slug)
    if options.post_status != "publish":
        lines.append("draft: true")  # not Jekyll's "published: false": Hugo reads "published" as a date
    put_list("authors", article.authors)
    put("source", article.source)
    put_list("categories", categories(article, options))
    put("original_url", safe_url(article.url))
    put("kicker", article.kicker)
    put("description", article.kicker)  # the summary Hugo and jekyll-seo-tag put in <meta>
    lines.append("params:")
    mark = len(lines)
    put_list("editors", article.editors, "  ")
    put("site_name", article.site_name, "  ")
    put("language", article.language, "  ")
    put_list("breadcrumb", article.breadcrumb, "  ")
    put("precision", article.published_precision.value if article.published_precision else None, "  ")
    put("updated_precision", article.updated_precision.value if article.updated_precision else None, "  ")
    if undated:
        lines.append("  date_unknown: true")
    if len(lines) == mark:
        lines[-1] = "params: {}"
    lines.append("---")
    return "\n".join(lines) + "\n"


def render_with_slug(article: Article, options: ExportOptions, slug: str) -> str:
    body = body_markdown(article)
    return front_matter(article, options, slug) + ("\n" + body + "\n" if body else "")


def render(article: Article, options: ExportOptions) -> str:
    """One Markdown document (front matter + body) for one article."""
    return render_with_slug(article, options, article_slug(article))


def write(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    """Documents one after another (each opens with its own front matter); for one file per
    article, which is what static-site generators read, use ``write_files``."""
    slugs = SlugRegistry()
    count = 0
    for article in articles:
        if count:
            fh.write("\n")
        fh.write(render_with_slug(article, options, slugs.claim(article_slug(article))))
        count += 1
    return count
