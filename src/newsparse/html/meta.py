"""Stage 3c (HTML path): the page's metadata -> ranked field :class:`Candidate` s.

Every source (JSON-LD incl. ``@graph`` and ``@id`` references, OpenGraph/Twitter, Dublin
Core and other ``<meta name>`` matched case-insensitively, Chinese CMS tags, microdata,
``<time datetime>``, byline elements, the URL, ``<title>``) becomes candidates ranked by
:data:`.ranks.PRIORITY`, and the source is the candidate's rule, so explain mode names it.
Dates in the future are rejected, and updated dates are kept apart from published ones.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, tzinfo
from functools import cache, lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..fields import DATE_FLOOR, Candidate
from ..fields.dates import MAX_FUTURE, find_dates
from ..fields.names import clean_name, is_placeholder, split_names
from ..fields.titles import strip_site_suffix
from ..model import Precision
from ..patterns import alt
from ..patterns.html import (
    BYLINE_META_LABELS,
    CCTLD_ZONES,
    CMS_META,
    GENERIC_META,
    ITEMPROP,
    JSONLD_ARTICLE_TYPES,
    JSONLD_FALLBACK_TYPES,
    JSONLD_KEYS,
    NOT_A_PERSON,
    OPENGRAPH,
    ORGANISATION_AUTHOR,
    SCRIPT_DATE_KEYS,
    UPDATED_TOKENS,
    URL_DATES,
    URL_PERIOD,
)
from .blocks import Walk
from .ranks import ORGANISATION_AUTHOR_DEMOTION, PRIORITY, TITLE_DEMOTION
from .visible import byline_value, clean_byline

#: JSON-LD scripts larger than this are skipped (bounded work on hostile pages)
MAX_JSONLD_CHARS = 1_000_000
_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net|html?)\b", re.IGNORECASE)


@cache
def _organisation() -> re.Pattern[str]:
    return re.compile(alt(ORGANISATION_AUTHOR))


@cache
def _url_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in URL_DATES)


# --- reading values ---------------------------------------------------------------------------------


def parse_date(raw: str, now: datetime) -> tuple[datetime, Precision] | None:
    """A metadata date string (ISO 8601 or anything :func:`find_dates` reads), if plausible.

    >>> parse_date("2019-12-12T05:00:00+01:00", datetime(2024, 1, 1))[0].isoformat()
    '2019-12-12T05:00:00+01:00'
    >>> parse_date("2999-01-01", datetime(2024, 1, 1)) is None
    True
    """
    raw = raw.strip()
    value, precision = _iso(raw)
    if value is None:
        found = find_dates(raw)
        if not found:
            return None
        value, precision = found[0].value, found[0].precision
    if value.year < 1990 or value.replace(tzinfo=None) > now + MAX_FUTURE:
        return None
    return value, precision


def _iso(raw: str) -> tuple[datetime | None, Precision]:
    text = raw.replace("Z", "+00:00") if raw.endswith("Z") else raw
    if len(text) > 10 and text[10] == " ":
        text = text[:10] + "T" + text[11:]
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None, Precision.DAY
    if len(text) <= 10:
        return value, Precision.DAY
    return value, Precision.SECOND if value.second else Precision.MINUTE


def _people(value: Any) -> list[str]:
    """Names from a JSON-LD author value: a string, a Person object, or a list of them."""
    if isinstance(value, str):
        return [html.unescape(value)]
    if isinstance(value, dict):
        name = value.get("name")
        return _people(name) if name else []
    if isinstance(value, list):
        return [n for v in value for n in _people(v)]
    return []


def clean_authors(raw: list[str], site: str | None, languages: tuple[str, ...]) -> list[str]:
    """People only: no URLs, handles, placeholders or the site's own name."""
    names: list[str] = []
    site_key = (site or "").casefold()
    for value in raw:
        value = " ".join(value.split())
        if not value or _URLISH.search(value) or _account(value):
            continue
        for name in (
            split_names(value, languages) if len(value) > 40 or ";" in value else [clean_name(value, languages)]
        ):
            key = name.casefold()
            if not name or key in NOT_A_PERSON or key == site_key or is_placeholder(name, languages) or name in names:
                continue
            names.append(name)
    return names


def _account(value: str) -> bool:
    """A CMS account, handle or e-mail address, not a name: ``@jsmith``, ``cn@people``, ``news@site.de``."""
    return value.startswith("@") or ("@" in value and " " not in value)


_BYLINE_LABEL = re.compile(r"^\s*" + alt(BYLINE_META_LABELS) + r"\b", re.IGNORECASE)


# --- sources ----------------------------------------------------------------------------------------


def metas_and_scripts(root: Any) -> tuple[list[Any], list[Any]]:
    """Every ``<meta>`` and ``<script>`` of the page, in document order, from one pass over the
    tree: each pass costs about as much as reading all the meta tags."""
    metas: list[Any] = []
    scripts: list[Any] = []
    for el in root.iter("meta", "script"):
        (metas if el.tag == "meta" else scripts).append(el)
    return metas, scripts


def iter_jsonld(scripts: list[Any]) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """Article objects of every JSON-LD script (``@graph`` unrolled), their source key, and the
    script's nodes by ``@id`` (authors are often references: ``{"@id": ".../#/schema/person/1"}``).
    Fallback objects (a recipe) come only when no script holds an article object."""
    found = list(_jsonld_objects(scripts))
    articles = [f for f in found if f[1] != "fallback"]
    yield from articles or [(node, "json-ld", by_id) for node, _, by_id in found]


def jsonld_documents(scripts: Iterable[Any]) -> Iterator[Any]:
    """The parsed documents of the JSON-LD scripts among ``scripts`` (broken or oversized ones left out)."""
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue  # before reading the text: most scripts are code, some of them long
        text = script.text or ""
        if text.strip() and len(text) <= MAX_JSONLD_CHARS:
            data = _parsed_json(text)
            if data is not None:
                yield data


@lru_cache(maxsize=8)
def _parsed_json(text: str) -> Any | None:
    """A JSON-LD script's document, read once for the metadata and the breadcrumb (html/crumbs.py);
    callers only read it."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return None


def _jsonld_objects(scripts: list[Any]) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    for data in jsonld_documents(scripts):
        nodes = list(_nodes(data))
        by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
        for node in nodes:
            types = node.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types]) if t}
            if names & JSONLD_ARTICLE_TYPES:
                webpage = all(t.endswith("page") for t in names & JSONLD_ARTICLE_TYPES)
                yield node, "json-ld webpage" if webpage else "json-ld", by_id
            elif names & JSONLD_FALLBACK_TYPES:
                yield node, "fallback", by_id


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            yield item


def _resolved(value: Any, by_id: dict[str, Any]) -> Any:
    """A JSON-LD value with ``{"@id": …}`` references replaced by the nodes they name."""
    if isinstance(value, list):
        return [_resolved(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def jsonld_candidates(scripts: list[Any], now: datetime, languages: tuple[str, ...]) -> list[Candidate]:
    out: list[Candidate] = []
    for obj, source, by_id in iter_jsonld(scripts):
        rank = PRIORITY[source]
        kind = "WebPage" if source == "json-ld webpage" else "article"
        for field, keys in JSONLD_KEYS.items():
            for key in keys:
                value = _resolved(obj.get(key), by_id)
                if not value:
                    continue
                rule = f"JSON-LD {kind}.{key}"
                out.extend(_typed(field, value, rule, rank, now, languages))
                break
    return out


def _typed(field: str, value: Any, rule: str, rank: int, now: datetime, languages: tuple[str, ...]) -> list[Candidate]:
    """One candidate of the right type for ``field`` from a raw metadata value."""
    if field in ("published", "updated"):
        parsed = parse_date(value, now) if isinstance(value, str) else None
        return [Candidate(field, parsed[0], rule, rank, None, parsed[1])] if parsed else []
    if field == "authors":
        names = clean_authors([clean_byline(p) for p in _people(value)], None, languages)
        if names and all(_organisation().search(n) for n in names):
            rank += ORGANISATION_AUTHOR_DEMOTION
        return [Candidate("authors", names, rule, rank)] if names else []
    if field == "site_name" and isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = value[0] if value and isinstance(value[0], str) else None
    if not isinstance(value, str) or not value.strip():
        return []
    text = " ".join(html.unescape(value).split())
    if field == "title":
        return [Candidate("title", text, rule, rank + TITLE_DEMOTION)]
    return [Candidate(field, text, rule, rank)]


def meta_tag_candidates(
    metas: list[Any], now: datetime, languages: tuple[str, ...]
) -> tuple[list[Candidate], str | None]:
    """Candidates of every ``<meta>`` (OpenGraph, generic, CMS), and the URL it declares."""
    out: list[Candidate] = []
    seen: dict[str, str] = {}
    url = None
    fields = _meta_fields()
    for meta in metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if not key or not content or key in seen:
            continue
        seen[key] = content
        if key.startswith("twitter:data") and _BYLINE_LABEL.match(seen.get("twitter:label" + key[12:], "")):
            # Yoast's "twitter:label1 = Written by / Verfasst von" + "twitter:data1 = <name>"
            out.extend(_typed("authors", content, f"<meta {key}> labelled as author", PRIORITY["meta"], now, languages))
            continue
        if key == "og:url":
            url = content
        read = fields.get(key)
        if read is not None:
            field, source = read
            out.extend(_typed(field, content, f"<meta {key}>", PRIORITY[source], now, languages))
    return out, url


@cache
def _meta_fields() -> dict[str, tuple[str, str]]:
    """``<meta>`` key -> (field, source) of the first table that reads it: one lookup per tag."""
    out: dict[str, tuple[str, str]] = {}
    for table, source in ((OPENGRAPH, "opengraph"), (GENERIC_META, "meta"), (CMS_META, "cms")):
        for key, field in table.items():
            if field and field != "column" and key not in out:
                out[key] = (field, source)
    return out


def walk_candidates(walk: Walk, now: datetime, languages: tuple[str, ...]) -> list[Candidate]:
    """Candidates from elements met during the block walk: itemprop, <time>, bylines."""
    out: list[Candidate] = []
    for block, prop, value in walk.itemprops:
        field = ITEMPROP.get(prop)
        if field:
            for c in _typed(field, value, f"itemprop={prop}", PRIORITY["itemprop"], now, languages):
                out.append(Candidate(c.field, c.value, c.rule, c.rank, block, c.precision))
    for block, raw, tokens in walk.times:
        parsed = parse_date(raw, now)
        if parsed:
            field = "updated" if tokens & UPDATED_TOKENS else "published"
            out.append(Candidate(field, parsed[0], "<time datetime>", PRIORITY["time element"], block, parsed[1]))
    bylines = [
        (block, text, clean_authors(split_names(byline_value(text, languages), languages), None, languages))
        for block, text in walk.bylines
    ]
    for k, (block, text, names) in enumerate(bylines):
        if names:
            names = _inner_name(names, text, bylines[k + 1 :])
            out.append(Candidate("authors", names, "byline-classed element", PRIORITY["byline element"], block))
    return out


#: what may follow a name in a byline and still be more names ("Glen Owen and Brendan Carlin")
_MORE_NAMES = re.compile(r"^\s*(?:[,;&/、]|and\b|und\b|et\b|y\b)", re.IGNORECASE)


def _inner_name(names: list[str], text: str, inner: list[tuple[Any, str, list[str]]]) -> list[str]:
    """The name of a byline element nested in this one, when this one's name is that name plus
    whatever the element holds besides ("Matthias herrpfleger" around "Matthias", "Houzz
    Deutschlandvor 5 Stunden" around "Houzz Deutschland"): the innermost element is the name."""
    if len(names) != 1:
        return names
    for _, inner_text, inner_names in inner:
        if inner_text not in text or len(inner_names) != 1:
            continue
        name = inner_names[0]
        rest = names[0][len(name) :]
        if names[0].startswith(name) and rest and not _MORE_NAMES.match(rest):
            return [name]
    return names


def _url_path(url: str) -> str:
    path = url.split("?", 1)[0].split("//", 1)[-1]
    return path[path.find("/") :] if "/" in path else ""


def url_floor(url: str | None) -> datetime | None:
    """The earliest publication the URL's period allows (a day of slack for time zones).

    >>> url_floor("https://example.com/politics/2021/03/some-story").isoformat()
    '2021-02-28T00:00:00'
    >>> url_floor("https://example.com/story?id=2021") is None
    True
    """
    m = re.search(URL_PERIOD, _url_path(url)) if url else None
    if not m:
        return None
    return datetime(int(m.group("y")), int(m.group("m") or 1), 1) - timedelta(days=1)


@cache
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # no time zone database on this system: keep UTC


def site_zone(url: str | None) -> tzinfo | None:
    """The time zone of the URL's country code domain, if that country has one.

    >>> str(site_zone("https://www.taz.de/!5655255/"))
    'Europe/Berlin'
    >>> site_zone("https://edition.cnn.com/2021/03/08/") is None
    True
    """
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].rstrip(".")
    name = CCTLD_ZONES.get(host.rsplit(".", 1)[-1].lower())
    return _zone(name) if name else None


def _in_local_zone(c: Candidate, zone: tzinfo | None) -> Candidate:
    """A UTC time of the head's metadata as the site shows it: ``2022-11-06T23:00:00Z`` on a German
    site is 7 November. Dates of elements on the page (``<time>``, ``itemprop``) stay: the page
    shows their day beside them, and the visible refinement reads it."""
    if zone is None or c.block is not None or c.field not in ("published", "updated"):
        return c
    if c.precision not in (Precision.MINUTE, Precision.SECOND):
        return c
    offset = c.value.utcoffset()
    if offset is None or offset:
        return c
    return Candidate(c.field, c.value.astimezone(zone), c.rule, c.rank, c.block, c.precision)


def _after_floor(c: Candidate, floor: datetime | None) -> bool:
    return floor is None or c.field != "published" or c.value.replace(tzinfo=None) >= floor


def url_date_candidates(url: str | None, now: datetime) -> list[Candidate]:
    if not url:
        return []
    path = _url_path(url)
    for pattern in _url_patterns():
        for m in pattern.finditer(path):
            try:
                value = datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if value <= now:
                return [Candidate("published", value, "date in the URL", PRIORITY["url"], None, Precision.DAY)]
    return []


_QUOTE = r"""(?:\\?["']|&quot;)?"""
_ISO_VALUE = r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)"


@cache
def _script_date_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(r"\b(" + "|".join(keys) + r")\b" + _QUOTE + r"\s*[:=]\s*" + _QUOTE + _ISO_VALUE)
        for keys in SCRIPT_DATE_KEYS
    )


def script_date_candidates(root: Any, scripts: list[Any], now: datetime) -> list[Candidate]:
    """A publication date written into an inline script that is not JSON-LD (app state, shop
    data): the first value of the best key group, as a last fallback (rank 90)."""
    texts = [
        (s.text or "")[:MAX_JSONLD_CHARS]
        for s in scripts
        if "ld+json" not in (s.get("type") or "").lower() and s.text and "-" in s.text
    ]
    for keys, pattern in zip(SCRIPT_DATE_KEYS, _script_date_patterns(), strict=True):
        for text in texts:
            if not any(key in text for key in keys):
                continue  # the pattern needs a key: a substring test is far cheaper than the scan
            for m in pattern.finditer(text):
                parsed = parse_date(m.group(2), now)
                if parsed:
                    rule = f"inline script {m.group(1)}"
                    return [Candidate("published", parsed[0], rule, PRIORITY["script date"], None, parsed[1])]
    return _written_by_script(root, now)


#: a body script this short that holds a date writes it into the page (``showDate("2020/04/17")``)
MAX_WRITER_SCRIPT_CHARS = 200


def _written_by_script(root: Any, now: datetime) -> list[Candidate]:
    body = root.find("body")
    for script in body.iter("script") if body is not None else ():
        text = script.text or ""
        if script.get("src") or len(text) > MAX_WRITER_SCRIPT_CHARS:
            continue
        found = find_dates(text)
        if found and found[0].value.replace(tzinfo=None) <= now + MAX_FUTURE and found[0].value.year >= 1990:
            rule = "date written by a short inline script"
            return [Candidate("published", found[0].value, rule, PRIORITY["script date"], None, found[0].precision)]
    return []


def title_element_candidates(root: Any) -> tuple[list[Candidate], str | None]:
    head = root.find("head")
    title = head.findtext("title") if head is not None else None
    if title is None:
        title = root.findtext(".//title")
    if not title or not title.strip():
        return [], None
    raw = " ".join(title.split())
    return [Candidate("title", strip_site_suffix(raw), "<title> minus the site suffix", PRIORITY["title element"])], raw


def metadata_candidates(
    root: Any, walk: Walk, url: str | None, now: datetime, languages: tuple[str, ...]
) -> tuple[list[Candidate], str | None]:
    """All metadata candidates of the page (see the priority table in the module docstring),
    and the page's ``<title>`` as written (the headline search matches it too)."""
    metas, scripts = metas_and_scripts(root)
    tags, declared_url = meta_tag_candidates(metas, now, languages)
    title, raw_title = title_element_candidates(root)
    out = jsonld_candidates(scripts, now, languages) + tags + walk_candidates(walk, now, languages) + title
    out += url_date_candidates(url or declared_url, now)
    # a date older than the period the URL files the page under is another page's (a related story)
    floor = url_floor(url or declared_url)
    out = [c for c in out if _after_floor(c, floor)]
    if floor is not None:  # the page's visible dates are held to it too (fields/__init__.py)
        out.append(Candidate(DATE_FLOOR, floor, "the URL's period", 0))
    if not any(c.field == "published" for c in out):
        out += [c for c in script_date_candidates(root, scripts, now) if _after_floor(c, floor)]
    zone = site_zone(url or declared_url)
    out = [_in_local_zone(c, zone) for c in out]
    site = next((c.value for c in sorted(out, key=lambda c: c.rank) if c.field == "site_name"), None)
    if site:
        out = [_without_site(c, site) for c in out]
    out = [_site_author_demoted(c, raw_title) for c in out]
    return [c for c in out if c.value], raw_title


def _names_site(name: str, suffix: str) -> bool:
    """The site suffix is the name, or a Chinese name plus a word ("网易" in "网易订阅"); a Latin name
    that starts a longer handle ("happyface" in "happyface313") is a person's blog name."""
    if not name:
        return False
    return name == suffix or (bool(re.match(r"[\u4e00-\u9fff]", name)) and suffix.startswith(name))


def _site_author_demoted(c: Candidate, raw_title: str | None) -> Candidate:
    """A metadata author that the ``<title>``'s site suffix names ("网易" in "…_网易订阅", "The
    Guardian" in "… | The Guardian") is the site: it ranks below the visible credits."""
    if c.field != "authors" or c.block is not None or not raw_title:
        return c
    parts = _TITLE_SEPARATORS.split(raw_title)
    suffix = _squeezed(parts[-1]) if len(parts) > 1 else ""
    if suffix and all(_names_site(_squeezed(n), suffix) for n in c.value):
        return Candidate(c.field, c.value, c.rule, c.rank + ORGANISATION_AUTHOR_DEMOTION, c.block, c.precision)
    return c


_TITLE_SEPARATORS = re.compile(r"\s*(?:[|｜_–—»«:]|\s-\s)\s*")


def _title_without_site(title: str, site: str) -> str:
    """``Headline | Site`` -> ``Headline`` when the part cut off names the site.

    >>> _title_without_site("Was wir hören wollen | FASSETTE.NET", "fassette.net")
    'Was wir hören wollen'
    """
    key = _squeezed(site)
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) > 1 and key and (_squeezed(parts[-1]) in key or key in _squeezed(parts[-1])):
        title = title[: title.rfind(parts[-1])].rstrip(" |｜_–—»«:-")
        parts = parts[:-1]
    return title.strip()


def _squeezed(text: str) -> str:
    return "".join(text.casefold().split())


def _without_site(c: Candidate, site: str) -> Candidate:
    """The site's own name is not an author, and a title's site suffix goes."""
    if c.field == "title":
        title = _title_without_site(c.value, site)
        value = title if title and title.casefold() != site.casefold() else ""
        return Candidate(c.field, value, c.rule, c.rank, c.block, c.precision)
    if c.field != "authors":
        return c
    names = [n for n in c.value if n.casefold() != site.casefold()]
    return Candidate(c.field, names, c.rule, c.rank, c.block, c.precision)


def metadata_titles(candidates: list[Candidate], raw_title: str | None) -> list[str]:
    """Every title the metadata offers, for matching the visible headline."""
    titles = [c.value for c in candidates if c.field == "title"]
    return [*titles, raw_title] if raw_title else titles
