"""Helpers every exporter shares: text cleaning, escaping, slugs, dates, categories, URLs."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from datetime import date, datetime
from functools import cache
from urllib.parse import quote, urlsplit

from ..model import Article, Precision
from ..patterns import compile_alt, merged
from .options import ExportOptions

#: characters XML 1.0 forbids (C0 controls but TAB/LF/CR, surrogates, U+FFFE/F) and the C1
#: controls, which are legal but never text in a news page (they are decoding debris)
_ILLEGAL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_MAX_SLUG_WORDS = 8
_MAX_SLUG_CHARS = 60
_HASH_CHARS = 8


def clean_text(text: str | None) -> str:
    """``text`` without characters XML cannot carry (so every exporter writes the same text).

    Line ends become ``\\n`` (XML parsers turn a CR into LF even inside CDATA), and so does
    NEL (U+0085), a C1 control that some encodings use as a line break.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    return _ILLEGAL_CHARS.sub("", text)


def one_line(text: str | None) -> str:
    """``text`` cleaned, with every run of whitespace (line breaks too) made one space."""
    return " ".join(clean_text(text).split())


def html_text(text: str | None) -> str:
    """``text`` as HTML character data: cleaned, then ``& < >`` escaped."""
    return html.escape(clean_text(text), quote=False)


def html_attr(text: str | None) -> str:
    """``text`` as a double-quoted HTML attribute value: ``& < > " '`` escaped."""
    return html.escape(clean_text(text), quote=True)


def stable_hash(*parts: str | None, length: int = _HASH_CHARS) -> str:
    """A short hex digest of ``parts``: the same article gives the same hash in every run."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


def article_identity(article: Article) -> tuple[str, ...]:
    """What tells two articles apart: the URL when known, else title, date and text start."""
    if article.url:
        return (article.url,)
    published = article.published.isoformat() if article.published else ""
    return (article.title or "", published, article.text[:500])


def ascii_words(text: str | None) -> list[str]:
    """The ASCII letter/digit runs of ``text``, lower-cased (accents folded: "café" -> "cafe")."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    return [w.lower() for w in _ASCII_WORD.findall(folded)]


def article_slug(article: Article) -> str:
    """A stable, URL-safe slug: up to 8 ASCII title words, then a hash of the article.

    Chinese titles have no ASCII words (bar numbers), so their slug is mostly the hash:
    ``"2024-3f9a2c1b"`` for "2024年全市检察长会议". The hash keeps slugs of same-worded
    titles apart; :class:`SlugRegistry` makes them unique within one export run.
    """
    words: list[str] = []
    length = 0
    for word in ascii_words(article.title):
        if len(words) >= _MAX_SLUG_WORDS or length + len(word) + 1 > _MAX_SLUG_CHARS:
            break
        words.append(word)
        length += len(word) + 1
    return "-".join([*words, stable_hash(*article_identity(article))])


class SlugRegistry:
    """Hands out slugs unique within one export run ("slug", "slug-2", "slug-3", ...).

    Holds every slug given out, so it grows with the run (about 100 bytes a slug); the
    WXR writer does not use it (WordPress makes ``post_name`` unique on import).
    """

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, slug: str) -> str:
        candidate, n = slug, 1
        while candidate in self._used:
            n += 1
            candidate = f"{slug}-{n}"
        self._used.add(candidate)
        return candidate


def wp_sanitize_title(name: str) -> str:
    """A WordPress-style slug (``sanitize_title_with_dashes``): lower-case ASCII, ``-`` for
    spaces, other non-ASCII letters percent-encoded as UTF-8 (as WordPress stores them), so
    an imported category matches one the site already has."""
    out: list[str] = []
    for ch in clean_text(name).strip().lower():
        if ch.isascii():
            if ch.isalnum() or ch in "_-":
                out.append(ch)
            elif ch.isspace() or ch in ".":
                out.append("-")
        elif ch.isalnum():
            out.append(quote(ch, safe="").lower())
        elif ch.isspace():
            out.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(out)).strip("-")
    return slug[:200] or stable_hash(name)


@cache
def _crumb_noise() -> re.Pattern[str]:
    lexicon = merged()
    return compile_alt((*lexicon.home_crumbs, *lexicon.crumb_placeholders), template=r"^\s*{}\s*$")


def categories(article: Article, options: ExportOptions) -> list[str]:
    """Category names from the breadcrumb: noise crumbs dropped, the mapping applied, deduplicated."""
    crumbs = [one_line(c) for c in article.breadcrumb]
    crumbs = [c for c in crumbs if c]
    if options.exclude_home_crumbs:
        crumbs = [c for c in crumbs if not _crumb_noise().match(c)]
        if crumbs and article.title and crumbs[-1] == one_line(article.title):
            crumbs.pop()
    folded = {k.casefold(): v for k, v in options.category_map.items()}
    out: list[str] = []
    for crumb in crumbs:
        name = options.category_map[crumb] if crumb in options.category_map else folded.get(crumb.casefold(), crumb)
        if name and name not in out:
            out.append(name)
    return out


def localize(value: datetime | None, options: ExportOptions) -> datetime | None:
    """``value`` with ``options.default_tz`` given to it when it is naive."""
    if value is not None and value.tzinfo is None and options.default_tz is not None:
        return value.replace(tzinfo=options.default_tz)
    return value


def has_zone(value: datetime) -> bool:
    return value.tzinfo is not None and value.utcoffset() is not None


def iso_date(value: datetime, precision: Precision | None) -> str:
    """ISO 8601 as precise as the page was: ``2024-02-28`` for a day, else a date-time to the
    second (the form Hugo and Jekyll both read) with the offset only when the zone is known."""
    if precision is Precision.DAY:
        return value.date().isoformat()
    return value.isoformat(timespec="seconds")


def post_date(article: Article, options: ExportOptions) -> tuple[date, bool]:
    """The date a post is filed under, and whether it is a stand-in (``options.undated``)."""
    value = localize(article.published or article.updated, options)
    return (value.date(), False) if value is not None else (options.undated, True)


_URL_UNSAFE = re.compile(r"[\s\"'<>`\\^{|}]")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL with a host, with characters that could break out of
    an HTML attribute percent-encoded; None for ``javascript:``, ``data:`` and the like."""
    text = clean_text(url).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), text)
