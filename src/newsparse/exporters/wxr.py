"""WordPress eXtended RSS (WXR) 1.2, the format of WordPress's Tools > Import > WordPress.

One ``<item>`` per article (``wp:post_type`` post). The WordPress importer reads authors and
categories from the channel header, *before* the items, so the writer makes two passes
without holding articles: items stream into a spooled temporary file (in memory up to
``SPOOL_BYTES``, then on disk) while the distinct authors and categories are collected; then
the header, the author and category declarations and the spooled items are written out.
Memory is bounded by the spool size plus one entry per *distinct* author and category,
whatever the number of articles (see ``tests/benchmarks/bench_export.py``).

Escaping: WordPress treats the title, excerpt and content as HTML and themes print titles
unescaped, so every text field (title, excerpt, content, author display names, category
names, post-meta values) carries *HTML-escaped* text inside CDATA; URLs are kept only when
http(s) and have quote and angle-bracket characters percent-encoded. CDATA sections are split
around any ``]]>``, and characters XML 1.0 forbids are removed.

Dates: with a known zone, ``wp:post_date`` is the article's local wall time and
``wp:post_date_gmt`` the same instant in UTC (and ``pubDate`` is written). A naive date
(the page stated no zone and no ``default_tz`` was given) gives ``wp:post_date`` only, with
``wp:post_date_gmt`` ``0000-00-00 00:00:00``, as WordPress itself exports posts whose GMT
date is unknown; on import ``wp_insert_post`` then derives the GMT time from the *site's*
time zone. An article without any date gets neither (WordPress uses the import time).
A day-precision date is filed at 00:00:00.

WordPress's fallback parser (``WXR_Parser_Regex``, used when PHP has no XML extension) reads
line by line: each ``wp:author`` is written on one line (names made one line), and item
categories as ``<category domain="category" nicename="...">`` in that attribute order.

Slugs (``wp:post_name``) are stable (title words + hash) but not de-duplicated here:
WordPress makes post names unique on import, and tracking them would grow with the run.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timezone
from email.utils import format_datetime
from tempfile import SpooledTemporaryFile
from typing import TextIO
from xml.sax.saxutils import escape as xml_escape

from ..model import Article
from ._common import (
    article_identity,
    article_slug,
    ascii_words,
    categories,
    clean_text,
    has_zone,
    html_text,
    iso_date,
    localize,
    one_line,
    safe_url,
    stable_hash,
    wp_sanitize_title,
)
from .html import body_html
from .options import ExportOptions

WXR_VERSION = "1.2"
#: items are kept in memory up to this many characters, then spooled to a temporary file
SPOOL_BYTES = 4 * 1024 * 1024
NAMESPACES = {
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wp": "http://wordpress.org/export/1.2/",
}
ZERO_DATE = "0000-00-00 00:00:00"
_WP_DATE = "%Y-%m-%d %H:%M:%S"


def cdata(text: str) -> str:
    """``text`` as CDATA, split so a ``]]>`` inside cannot end the section early."""
    return "<![CDATA[" + clean_text(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def xml_text(text: str) -> str:
    return xml_escape(clean_text(text))


def _tag(name: str, text: str, indent: str = "\t\t") -> str:
    return f"{indent}<{name}>{cdata(text)}</{name}>\n"


@dataclass
class _Registry:
    """The distinct authors and categories seen so far (declared in the channel header)."""

    authors: dict[str, str] = field(default_factory=dict)  # login -> display name
    author_logins: dict[str, str] = field(default_factory=dict)  # display name -> login
    categories: dict[str, str] = field(default_factory=dict)  # every name seen -> nicename
    nicenames: dict[str, str] = field(default_factory=dict)  # nicename -> declared (first) name

    def login_for(self, name: str) -> str:
        """A WordPress-safe login for a credited name (``[a-z0-9_.@-]``, at most 60 chars)."""
        if name in self.author_logins:
            return self.author_logins[name]
        words = ascii_words(name)
        base = "-".join(words)[:50]
        if not base or any(not ch.isascii() and ch.isalpha() for ch in name):
            base = "-".join(filter(None, [base or "author", stable_hash(name, length=6)]))
        login = base if base not in self.authors else f"{base[:50]}-{stable_hash(name, length=6)}"
        self.authors[login] = name
        self.author_logins[name] = login
        return login

    def category_for(self, name: str) -> tuple[str, str]:
        """(nicename, declared name): names WordPress would slug alike share one category."""
        if name in self.categories:
            nicename = self.categories[name]
            return nicename, self.nicenames[nicename]
        nicename = wp_sanitize_title(name)
        if nicename not in self.nicenames:
            self.nicenames[nicename] = name
        self.categories[name] = nicename
        return nicename, self.nicenames[nicename]

    def declared_categories(self) -> list[tuple[str, str]]:
        """(name, nicename) of each category, once."""
        return [(name, nicename) for nicename, name in self.nicenames.items()]


def _dates(article: Article, options: ExportOptions) -> list[str]:
    value = localize(article.published or article.updated, options)
    if value is None:
        return []
    if not has_zone(value):
        return [_tag("wp:post_date", value.strftime(_WP_DATE)), _tag("wp:post_date_gmt", ZERO_DATE)]
    utc = value.astimezone(timezone.utc)
    return [
        f"\t\t<pubDate>{format_datetime(utc)}</pubDate>\n",
        _tag("wp:post_date", value.strftime(_WP_DATE)),
        _tag("wp:post_date_gmt", utc.strftime(_WP_DATE)),
    ]


def _postmeta(key: str, value: str) -> str:
    return f"\t\t<wp:postmeta>\n\t{_tag('wp:meta_key', key)}\t{_tag('wp:meta_value', value)}\t\t</wp:postmeta>\n"


def _meta_values(article: Article, options: ExportOptions) -> list[tuple[str, str]]:
    published = localize(article.published, options)
    pairs = [
        ("source", html_text(article.source)),
        ("original_url", safe_url(article.url) or ""),
        ("authors", html_text("; ".join(article.authors))),
        ("editors", html_text("; ".join(article.editors))),
        ("site_name", html_text(article.site_name)),
        ("breadcrumb", html_text(" > ".join(article.breadcrumb))),
        ("language", html_text(article.language)),
        ("published", iso_date(published, article.published_precision) if published else ""),
        ("published_precision", article.published_precision.value if article.published_precision else ""),
    ]
    return [(options.meta_prefix + key, value) for key, value in pairs if value]


def _fallback_title(article: Article) -> str:
    first = next((p for p in article.paragraphs if p.strip()), "")
    return first.strip()[:80]


def item_xml(article: Article, post_id: int, options: ExportOptions, registry: _Registry) -> str:
    """One ``<item>``; records the article's authors and categories in ``registry``."""
    # names are one line: WordPress's fallback parser reads a wp:author only from one line
    logins = [registry.login_for(one_line(name)) for name in article.authors if one_line(name)]
    creator = logins[0] if logins else options.default_author
    if not logins and creator not in registry.authors:
        registry.authors[creator] = creator
    url = safe_url(article.url)
    guid = url or f"{options.base_site_url}/?newsparse={stable_hash(*article_identity(article), length=16)}"
    parts = [
        "\t<item>\n",
        _tag("title", html_text(article.title or _fallback_title(article))),
        f"\t\t<link>{xml_text(url or '')}</link>\n",
        f"\t\t<dc:creator>{cdata(creator)}</dc:creator>\n",
        f'\t\t<guid isPermaLink="false">{xml_text(guid)}</guid>\n',
        "\t\t<description></description>\n",
        _tag("content:encoded", body_html(article)),
        _tag("excerpt:encoded", html_text(article.kicker)),
        f"\t\t<wp:post_id>{post_id}</wp:post_id>\n",
        *_dates(article, options),
        _tag("wp:comment_status", "closed"),
        _tag("wp:ping_status", "closed"),
        _tag("wp:post_name", article_slug(article)),
        _tag("wp:status", options.post_status),
        "\t\t<wp:post_parent>0</wp:post_parent>\n",
        "\t\t<wp:menu_order>0</wp:menu_order>\n",
        _tag("wp:post_type", "post"),
        _tag("wp:post_password", ""),
        "\t\t<wp:is_sticky>0</wp:is_sticky>\n",
    ]
    seen: set[str] = set()
    for nicename, name in map(registry.category_for, categories(article, options)):
        if nicename in seen:
            continue
        seen.add(nicename)
        parts.append(
            f'\t\t<category domain="category" nicename="{xml_text(nicename)}">{cdata(html_text(name))}</category>\n'
        )
    parts.extend(_postmeta(key, value) for key, value in _meta_values(article, options))
    parts.append("\t</item>\n")
    return "".join(parts)


def _header(options: ExportOptions, registry: _Registry) -> str:
    xmlns = "\n".join(f'\txmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
    base = xml_text(options.base_site_url)
    parts = [
        '<?xml version="1.0" encoding="UTF-8" ?>\n',
        "<!-- WordPress eXtended RSS (WXR) 1.2, written by newsparse; import with Tools > Import > WordPress -->\n",
        f'<rss version="2.0"\n{xmlns}\n>\n<channel>\n',
        f"\t<title>{xml_text(html_text(options.site_title))}</title>\n",
        f"\t<link>{base}</link>\n",
        "\t<description></description>\n",
        f"\t<language>{xml_text(options.site_language)}</language>\n",
        f"\t<wp:wxr_version>{WXR_VERSION}</wp:wxr_version>\n",
        f"\t<wp:base_site_url>{base}</wp:base_site_url>\n",
        f"\t<wp:base_blog_url>{base}</wp:base_blog_url>\n",
    ]
    for author_id, (login, name) in enumerate(registry.authors.items(), start=1):
        parts.append(
            "\t<wp:author>"
            f"<wp:author_id>{author_id}</wp:author_id>"
            f"<wp:author_login>{cdata(login)}</wp:author_login>"
            f"<wp:author_email>{cdata('')}</wp:author_email>"
            f"<wp:author_display_name>{cdata(html_text(name))}</wp:author_display_name>"
            f"<wp:author_first_name>{cdata('')}</wp:author_first_name>"
            f"<wp:author_last_name>{cdata('')}</wp:author_last_name>"
            "</wp:author>\n"
        )
    for term_id, (name, nicename) in enumerate(registry.declared_categories(), start=1):
        parts.append(
            "\t<wp:category>"
            f"<wp:term_id>{term_id}</wp:term_id>"
            f"<wp:category_nicename>{cdata(nicename)}</wp:category_nicename>"
            f"<wp:category_parent>{cdata('')}</wp:category_parent>"
            f"<wp:cat_name>{cdata(html_text(name))}</wp:cat_name>"
            "</wp:category>\n"
        )
    parts.append("\t<generator>newsparse</generator>\n")
    return "".join(parts)


_FOOTER = "</channel>\n</rss>\n"


def write(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    """Write one WXR document for ``articles`` (any iterable, consumed once); returns how many."""
    registry = _Registry()
    count = 0
    with SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="\n") as spool:
        for count, article in enumerate(articles, start=1):
            spool.write(item_xml(article, options.first_post_id + count - 1, options, registry))
        fh.write(_header(options, registry))
        spool.seek(0)
        shutil.copyfileobj(spool, fh, 1 << 16)
    fh.write(_FOOTER)
    return count


def render(article: Article, options: ExportOptions) -> str:
    """A complete WXR document holding one article."""
    registry = _Registry()
    item = item_xml(article, options.first_post_id, options, registry)
    return _header(options, registry) + item + _FOOTER
