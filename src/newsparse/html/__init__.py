"""The HTML path: page -> labelled blocks + metadata candidates, for the shared field readers.

    tree.py     safe lxml parse of str / bytes / BeautifulSoup / lxml input
    blocks.py   one walk: typed blocks with structure features, container ranges, <time>, itemprop
    content.py  container choice and in-container chrome removal; every block labelled with a rule
    meta.py     JSON-LD, OpenGraph, <meta>, CMS tags, <time>, URL, <title> -> ranked Candidates
    visible.py  fallbacks from visible lines near the headline; byline clean-up
    crumbs.py   the breadcrumb from JSON-LD BreadcrumbList or the breadcrumb-classed element
    ranks.py    the candidates' ranks: the documented order of trust

Visible meta lines (bylines, "来源：…", "发布时间：…") are labelled META/CREDIT here and read by
:func:`newsparse.fields.meta_candidates`, exactly as in the text path.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from ftfy.badness import is_bad
from lxml import etree

from ..blocks import BODY_LABELS, Block, Label
from ..fields import Candidate, choose, meta_candidates
from ..fields.copyright import text_floor
from ..model import ParseWarning, Precision
from ..options import Options
from ..repair import normalise_whitespace, repair_text
from .blocks import walk
from .content import (
    MAX_LEAD_GAP,
    MAX_NEGATIVE_CONTAINER_SHARE,
    MAX_NEGATIVE_PAGE_SHARE,
    THIN_CONTAINER_SCORE,
    anchored_negatives,
    block_score,
    choose_container,
    container_score,
    effective_scores,
    find_headline,
    find_title,
    first_authored_after,
    first_prose_after,
    label_blocks,
    semantic_article_below_thin_lead,
    unanchored,
    valid_negatives,
    with_short_lines,
)
from .crumbs import breadcrumb_candidates
from .meta import metadata_candidates, metadata_titles
from .ranks import PRIORITY, TAIL_BYLINE_DEMOTION
from .tree import as_root, parse_html
from .visible import (
    byline_after_date_candidates,
    copyright_holder_authors_demoted,
    header_byline_candidates,
    header_outlet_candidates,
    looks_like_outlet,
    page_date_candidates,
    visible_date_candidates,
)

__all__ = ["html_blocks_and_hints"]

#: a visible time and a metadata time at most this far apart (seconds) may be one instant in two zones
MAX_ZONE_SHIFT = 14 * 3600
#: the westernmost zone's offset from UTC (seconds)
MIN_ZONE_OFFSET = -12 * 3600
#: chrome tokens that leave less than this share of the page's prose are ignored
MIN_KEPT_PROSE = 0.2
#: blocks around the headline / container start searched for a date when nothing labels one
NEAR_TITLE = 8


def html_blocks_and_hints(source: Any, opts: Options) -> tuple[list[Block], list[Candidate], list[ParseWarning]]:
    """Labelled blocks, metadata candidates and warnings for one HTML page."""
    root, warnings = as_root(source)
    now = datetime.now()
    try:
        page = walk(root)
    except RecursionError:
        # a tree built outside our parser, nested too deep: re-parse it within libxml2's limits
        root, more = parse_html(etree.tostring(root, encoding="unicode"))
        warnings += more
        page = walk(root)
    hints, raw_title = metadata_candidates(root, page, opts.url, now, opts.languages)
    raw = [block_score(b) for b in page.blocks]
    titles = metadata_titles(hints, raw_title)
    headline = find_headline(page.blocks, titles)
    shown_title = [page.blocks[headline].text] if headline is not None else []
    hints += breadcrumb_candidates(root, page.crumbs, titles + shown_title, opts.languages)
    lead = first_prose_after(page.blocks, raw, headline) if headline is not None else None
    # the headline and a first paragraph right below it are the article, whatever their classes say
    anchors = [headline, lead] if lead is not None and lead - headline <= MAX_LEAD_GAP else []
    negatives = unanchored(page, valid_negatives(page, raw, MAX_NEGATIVE_PAGE_SHARE), anchors)
    if lead is not None:
        negatives = negatives | anchored_negatives(page, raw, [headline, lead])
    scores = effective_scores(page, raw, negatives)
    if sum(max(x, 0.0) for x in scores) < MIN_KEPT_PROSE * sum(max(x, 0.0) for x in raw):
        # the chrome tokens would leave next to no prose: they are the site's naming, not chrome
        negatives, scores = frozenset(), raw
    container = choose_container(page.elements, scores, lead)
    if container is None or container_score(container, scores) < THIN_CONTAINER_SCORE:
        # next to no prose: the article may be written in short lines (a blog, a poem)
        holds = lead if lead is not None or headline is None else first_authored_after(page.blocks, raw, headline)
        container = choose_container(page.elements, with_short_lines(page, raw, negatives), holds) or container
    if container is not None and lead is not None and headline is not None:
        container = semantic_article_below_thin_lead(page.elements, scores, container, headline) or container
    if container is not None:
        span = (container.first, container.end)
        negatives = unanchored(page, valid_negatives(page, raw, MAX_NEGATIVE_CONTAINER_SHARE, span), anchors)
    title_at, title_rule = (None, "")
    if container is not None:
        title_at, title_rule = find_title(page.blocks, container, titles, raw)
    blocks = repaired(label_blocks(page, container, title_at, title_rule, negatives, opts.languages, raw))
    if not page.blocks:
        warnings.append(ParseWarning("empty_html", "the HTML holds no text"))
    if container is None and root.find(".//frameset") is not None:
        warnings.append(ParseWarning("frameset", "the page is a frameset; its content is in other documents"))
    visible = meta_candidates([b for b in blocks if b.label is Label.META], opts.languages, now)
    if container is not None:
        top = title_at if title_at is not None and title_at < container.first else container.first
        near = range(max(0, top - NEAR_TITLE), min(len(blocks), container.first + NEAR_TITLE))
        if title_at is not None:
            near = range(title_at + 1, near.stop)
        hints += header_outlet_candidates(blocks, near, opts.languages)
        hints += header_byline_candidates(blocks, near, opts.languages)
        hints += byline_after_date_candidates(blocks, near, opts.languages)
        visible += visible_date_candidates(blocks, near, now, opts.languages)
    hints += refined_dates(hints, visible)
    if not any(c.field == "published" for c in hints):
        hints += [c for c in visible if c.rule != "labelled date"] or page_date_candidates(blocks, now, opts.languages)
    hints = copyright_holder_authors_demoted(hints, blocks)
    hints = _without_outlets(_tail_bylines_demoted(hints, blocks), opts.languages)
    return blocks, hints + _footer_element_floor(page.footer, now), warnings


#: a <footer> holds at most this much text worth reading for its copyright line
MAX_FOOTER_CHARS = 5000


def _footer_element_floor(footer: Any, now: datetime) -> list[Candidate]:
    """The copyright range of the page's last ``<footer>`` that the walk skipped: its lines are
    no blocks for :func:`newsparse.fields.copyright.copyright_floor`."""
    if footer is None:
        return []
    text = etree.tostring(footer, method="text", encoding="unicode", with_tail=False)  # in C
    return text_floor(" ".join(text[-MAX_FOOTER_CHARS:].split()), now)


def _tail_bylines_demoted(hints: list[Candidate], blocks: list[Block]) -> list[Candidate]:
    """A byline element after the article (a comment's or a teaser's author) ranks below the
    credits that close the article ("文/栗思")."""
    end = max((i for i, b in enumerate(blocks) if b.label in BODY_LABELS), default=len(blocks))
    return [
        Candidate(c.field, c.value, c.rule, c.rank + TAIL_BYLINE_DEMOTION, c.block, c.precision)
        if c.field == "authors" and c.block is not None and end < c.block < len(blocks)
        else c
        for c in hints
    ]


#: labels whose text is never output, so never worth repairing
_DISCARDED = frozenset({Label.CHROME, Label.TAIL, Label.BLANK, Label.FOOTER})


def repaired(blocks: list[Block]) -> list[Block]:
    """Mojibake and odd spaces fixed in the blocks that are kept (cheaper than the whole markup)."""
    out = []
    for b in blocks:
        if b.label not in _DISCARDED and not b.text.isascii():
            text = "\t".join(_repair_line(cell) for cell in b.text.split("\t"))  # table cells stay apart
            if text != b.text:
                b = replace(b, text=text)
        out.append(b)
    return out


def _without_outlets(hints: list[Candidate], languages: tuple[str, ...]) -> list[Candidate]:
    """An "author" that is the site or the source (``<meta article:author content="新京报">``) is no person."""
    # an outlet that a better-ranked author candidate names is a person ("28. Jan. 2022 Paula Balov"
    # read as an outlet after the date, while <span class="author"> says it is the author), unless
    # its name is an outlet's ("法新社" credited as the author of a wire story)
    best_author = {
        n.casefold(): c.rank for c in sorted(hints, key=lambda c: -c.rank) if c.field == "authors" for n in c.value
    }
    hints = [
        c
        for c in hints
        if c.field not in ("source", "site_name")
        or best_author.get(str(c.value).casefold(), c.rank) >= c.rank
        or looks_like_outlet(str(c.value), languages)
    ]
    outlets = {str(c.value).casefold() for c in hints if c.field in ("source", "site_name")}
    out = []
    for c in hints:
        if c.field == "authors":
            names = [n for n in c.value if n.casefold() not in outlets]
            if not names:
                continue
            c = Candidate(c.field, names, c.rule, c.rank, c.block, c.precision)
        out.append(c)
    return out


#: a Latin-1 letter followed by a byte-like character: how UTF-8 read as cp1252/Latin-1 looks
_MOJIBAKE_HINT = re.compile(
    "[\u00c0-\u00ff][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def _repair_line(text: str) -> str:
    # a cheap hint, then ftfy's own badness test: fix_text costs ~0.2 ms even on clean text
    if _MOJIBAKE_HINT.search(text) and is_bad(text):
        return repair_text(text)
    return normalise_whitespace(text)


def refined_dates(hints: list[Candidate], visible: list[Candidate]) -> list[Candidate]:
    """The page's visible time of the metadata date wins over the metadata's own form of it.

    Visible means a header meta line or a short dated line near the headline. It refines
    the metadata date when it is the same day with a finer precision (``<meta>`` often has
    only the day), or the same instant in another zone (JSON-LD in UTC, the page in local
    time: a whole number of quarter hours apart, at most 14 hours).
    """
    best = choose([c for c in hints if c.field == "published"]).get("published")
    if best is None:
        return []
    url_day = next((c for c in hints if c.rule == "date in the URL"), None)
    if (
        url_day is not None
        and best.value.tzinfo is not None
        and abs((url_day.value.date() - best.value.date()).days) == 1
    ):
        # a zoned metadata time a day off the URL's date: the URL has the publisher's local day
        return [
            Candidate("published", url_day.value, f"URL day over {best.rule}", best.rank - 1, None, url_day.precision)
        ]
    local = _local_form(best, hints)
    if local is not None:
        return [local]
    for cand in visible:
        if cand.field == "published" and _same_day_finer(cand, best):
            rule = f"visible time refining {best.rule}"
            return [Candidate("published", cand.value, rule, best.rank - 1, cand.block, cand.precision)]
    # the header's time, not any time of a list of comments or teasers further down
    shown = [c for c in visible if c.field == "published"]
    top = min(shown, key=lambda c: c.rank) if shown else None
    if top is not None and _same_instant_elsewhere(top, best):
        rule = f"visible time refining {best.rule}"
        return [Candidate("published", top.value, rule, best.rank - 1, top.block, top.precision)]
    on_meta_line = top is not None and top.rank < PRIORITY["date near the headline"]
    if on_meta_line and _same_day_other_time(top, best) and not _minute_shown(best, shown):
        # the metadata time is often the CMS's last save ("05:54:20" for a story shown as "00:26");
        # a meta line's time only: the first date of any short line near the headline may be an update's
        rule = f"visible time of the day of {best.rule}"
        return [Candidate("published", top.value, rule, best.rank - 1, top.block, top.precision)]
    return []


def _same_day_other_time(a: Candidate, b: Candidate) -> bool:
    timed = (Precision.MINUTE, Precision.SECOND)
    if a.precision not in timed or b.precision not in timed:
        return False
    return a.value.date() == b.value.date() and _to_minute(a.value) != _to_minute(b.value)


def _minute_shown(best: Candidate, shown: list[Candidate]) -> bool:
    """The metadata's own time is on the page too ("Updated 18:13 · Published 13:00"): it stands."""
    return any(_to_minute(c.value) == _to_minute(best.value) for c in shown)


def _local_form(best: Candidate, hints: list[Candidate]) -> Candidate | None:
    """A UTC metadata time that another source gives in the publisher's zone: the same instant,
    written with its local offset (JSON-LD ``2023-11-09T02:11Z``, ``<time datetime=
    "2023-11-08T21:11-05:00">``). The page's day is the local one."""
    offset = best.value.utcoffset()
    if offset is None or offset.total_seconds() != 0:
        return None
    for c in hints:
        if c.field != "published" or c.value.tzinfo is None:
            continue
        shift = c.value.utcoffset()
        if shift is not None and shift.total_seconds() != 0 and c.value == best.value:
            rule = f"local time of {best.rule} ({c.rule})"
            return Candidate("published", c.value, rule, best.rank - 1, c.block, best.precision)
    return None


def _same_day_finer(a: Candidate, b: Candidate) -> bool:
    order = {None: 0, "day": 1, "minute": 2, "second": 3}
    finer = order[getattr(a.precision, "value", None)] > order[getattr(b.precision, "value", None)]
    return finer and a.value.date() == b.value.date()


def _same_instant_elsewhere(a: Candidate, b: Candidate) -> bool:
    if getattr(a.precision, "value", "day") == "day" or getattr(b.precision, "value", "day") == "day":
        return False
    if b.value.tzinfo is None or a.value == b.value:
        return False
    # to the minute: the page shows "08:21" for the metadata's "00:21:04Z"
    shift = (_to_minute(a.value) - _to_minute(b.value)).total_seconds()
    if shift == 0:  # the same wall-clock time: the metadata's own form (zone, seconds) stands
        return False
    offset = b.value.utcoffset()
    # the visible time's own offset from UTC must be one that a zone has (-12 h … +14 h)
    shown_offset = shift + (offset.total_seconds() if offset is not None else 0)
    in_range = MIN_ZONE_OFFSET <= shown_offset <= MAX_ZONE_SHIFT
    return abs(shift) <= MAX_ZONE_SHIFT and shift % 900 == 0 and in_range


def _to_minute(value: datetime) -> datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)
