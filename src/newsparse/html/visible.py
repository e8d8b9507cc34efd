"""Stage 3c (HTML path): fields read from visible lines near the headline, and byline cleaning.

These are the fallbacks of :mod:`.meta`: a dated line near the headline, a month name of a
language without a lexicon, the outlet printed after the header date, a "Von …" line, and
the clean-up every author value goes through (prefixes, trailing dates, "am").
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from ..blocks import Block, Label
from ..fields import Candidate
from ..fields.dates import find_dates
from ..fields.metaline import MetaReading, line_dates, read_meta_line
from ..fields.names import clean_source, split_names, unlabelled_source
from ..patterns import FieldName, alt, merged
from ..patterns.html import BYLINE_PREFIXES, BYLINE_STOP, BYLINE_TRAILERS
from .ranks import ORGANISATION_AUTHOR_DEMOTION, PRIORITY


@cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    prefix = re.compile(r"^\s*" + alt(re.escape(p) for p in BYLINE_PREFIXES) + r"\s*[:：]?(?:\s+|$)", re.IGNORECASE)
    trailer = re.compile(r"\s+" + alt(re.escape(t) for t in BYLINE_TRAILERS) + r"$", re.IGNORECASE)
    return prefix, re.compile(BYLINE_STOP), trailer


def byline_value(text: str, languages: tuple[str, ...]) -> str:
    """The author part of a byline element: its ``作者：`` value when it labels fields, none when it
    labels only others (``编辑：`` is an editor line styled as a byline)."""
    labelled = read_meta_line(text, languages).values
    if not labelled:
        return clean_byline(text)
    return " ".join(v.value for v in labelled if v.field is FieldName.AUTHOR)


def clean_byline(text: str) -> str:
    """The names in a byline element's text.

    >>> clean_byline("von Limespacer · 22. Oktober 2019")
    'Limespacer'
    >>> clean_byline("By Glen Owen and Brendan Carlin")
    'Glen Owen and Brendan Carlin'
    >>> clean_byline("Erstellt von Andri Bryner am 12.03.2021"), clean_byline("By")
    ('Andri Bryner', '')
    """
    prefix, stop, trailer = _byline_patterns()
    text = stop.split(text, maxsplit=1)[0]
    return trailer.sub("", prefix.sub("", text).strip(" ,;:")).strip(" ,;:")


#: a dateline opening a paragraph lies within this many characters
DATELINE_CHARS = 30
#: blocks wider than this are prose: their dates are events, not the page's date
MAX_DATE_LINE_WIDTH = 200


def visible_date_candidates(
    blocks: list[Block], near: range, now: datetime, languages: tuple[str, ...]
) -> list[Candidate]:
    """The first date in a short line near the headline."""
    rule, rank = "date in a short line near the headline", PRIORITY["date near the headline"]
    return _first_date(blocks, near, rule, rank, now, languages)


def page_date_candidates(blocks: list[Block], now: datetime, languages: tuple[str, ...]) -> list[Candidate]:
    """The last resort: the first date in any short line of the page."""
    rule, rank = "first date in a short line of the page", PRIORITY["date on the page"]
    return _first_date(blocks, range(len(blocks)), rule, rank, now, languages)


def _first_date(
    blocks: list[Block], indices: range, rule: str, rank: int, now: datetime, languages: tuple[str, ...]
) -> list[Candidate]:
    for i in indices:
        block = blocks[i]
        if block.label in (Label.FOOTER, Label.TAIL):
            continue
        # a long block counts only with a dateline at its start ("01.02.2022 „Der Arbeitsmarkt …")
        text = block.text if len(block.text) <= MAX_DATE_LINE_WIDTH else block.text[:DATELINE_CHARS]
        if not _HAS_YEAR.search(text):
            continue
        found = find_dates(text, languages=languages, now=now)
        if found:
            return [Candidate("published", found[0].value, rule, rank, i, found[0].precision, shown=True)]
    return []


#: every date form we read has a four-digit year (or a two-digit one before a time); a cheap pre-test
_HAS_YEAR = re.compile(r"(?:19|20)\d\d|\d-\d\d\s+\d")


#: a byline line near the headline is at most this long
MAX_BYLINE_LINE = 80
#: an outlet name after the header date is this short and holds no sentence punctuation or digits
MAX_OUTLET_CHARS = 20
_NOT_OUTLET = re.compile(r"[。！？!?，,；;：:]|^\d+$")
_OUTLET_EDGE = " ·•|｜丨/:：-—_"


#: a word this close before a second date is that date's label ("Letztes Update 12.03.2024"), no outlet
MAX_LABEL_GAP = 4


def _date_within(reading: MetaReading, start: int, stop: int) -> bool:
    return any(start <= d.start <= stop for d in reading.dates[1:])


def header_outlet_candidates(blocks: list[Block], near: range, languages: tuple[str, ...]) -> list[Candidate]:
    """``2016年05月25日10:10 新浪财经``: a short unlabelled name right after the header date is the source.

    Only the first short dated line near the headline is read, and only when it labels no source.
    """
    for i in near:
        block = blocks[i]
        if block.label in (Label.TITLE, Label.FOOTER, Label.TAIL) or len(block.text) > MAX_DATE_LINE_WIDTH // 2:
            continue
        if not line_dates(block.text, languages):
            continue  # the dates of its reading, without reading its labels
        reading = read_meta_line(block.text, languages)
        if any(v.field is FieldName.SOURCE for v in reading.values):
            return []
        end = reading.dates[0].end
        stop = min((v.start for v in reading.values if v.start >= end), default=len(reading.cleaned))
        rest = re.split(r"\s{3,}", reading.cleaned[end:stop].strip(_OUTLET_EDGE))[0].strip(_OUTLET_EDGE)
        if rest and _date_within(reading, end, reading.cleaned.find(rest, end) + len(rest) + MAX_LABEL_GAP):
            rest = ""  # another date (the updated stamp), or its label, follows the first date: no outlet
        if 2 <= len(rest) <= MAX_OUTLET_CHARS and not _NOT_OUTLET.search(rest):
            source, self_ref = clean_source(rest, languages)
            if source and not self_ref:
                return [Candidate("source", source, "name after the header date", PRIORITY["outlet after the date"], i)]
        if reading.values or reading.coverage < DATE_ONLY_COVERAGE:
            return []
        return _outlet_above(blocks, i, languages)
    return []


#: a header line this much covered by its date holds nothing else ("2024-05-20 13:09")
DATE_ONLY_COVERAGE = 0.9


def _outlet_above(blocks: list[Block], at: int, languages: tuple[str, ...]) -> list[Candidate]:
    """The account or outlet named alone on the line above a header line that holds only a date
    (portals and apps: ``中国新闻网`` ⏎ ``2024-05-20 13:09``); Chinese names only."""
    above = next((j for j in range(at - 1, -1, -1) if blocks[j].label is not Label.BLANK), None)
    if above is None or blocks[above].label in (Label.TITLE, Label.META, Label.FOOTER):
        return []
    text = blocks[above].text.strip()
    if _NOT_OUTLET.search(text) or unlabelled_source(text, languages) != text or not looks_like_outlet(text, languages):
        return []
    return [Candidate("source", text, "outlet above the header date", PRIORITY["outlet above the date"], above)]


@cache
def _outlet_ending(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alt(merged(languages).outlet_endings) + r"$")


def looks_like_outlet(name: str, languages: tuple[str, ...]) -> bool:
    """A name that ends as a news outlet's does (``法新社``, ``中国新闻网``, ``香港電台-財經``).

    >>> looks_like_outlet("中国新闻网", ("zh",)), looks_like_outlet("王之言", ("zh",))
    (True, False)
    """
    return bool(_outlet_ending(languages).search(name.strip()))


#: a name in a byline: capitalised words (initials allowed), at most this many
MAX_NAME_WORDS = 4
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\.?\s*){1,4}$")


def header_byline_candidates(blocks: list[Block], near: range, languages: tuple[str, ...]) -> list[Candidate]:
    """A short line near the headline that starts with a byline word: ``Von Katrin Weber``, ``By Jo Li``."""
    prefix, _, _ = _byline_patterns()
    for i in near:
        text = blocks[i].text
        if len(text) > MAX_BYLINE_LINE or not prefix.match(text) or blocks[i].label in (Label.TITLE, Label.TAIL):
            continue
        value, rule = clean_byline(text), "byline line near the headline"
        if not value.strip() and i + 1 < len(blocks) and len(blocks[i + 1].text) <= MAX_BYLINE_LINE:
            # "Autor" as a heading of its own, the name in the next block
            value, rule, i = blocks[i + 1].text, "name after a byline label near the headline", i + 1
        names = [n for n in split_names(value, languages) if _NAME.match(n)]
        if names:
            return [Candidate("authors", names, rule, PRIORITY["byline line"], i)]
    return []


#: a name after the date ends at these: the line's separators, a dash between spaces
_AFTER_DATE_SEPARATORS = re.compile(r"\s*(?:[|｜·•]|\s[–—-]\s)\s*")
#: what a renderer leaves of a time after its date ("13:10 Uhr")
_TIME_WORD = re.compile(r"^(?:uhr|h|hrs?|gmt|utc|cet|cest)\b\.?", re.IGNORECASE)


def byline_after_date_candidates(blocks: list[Block], near: range, languages: tuple[str, ...]) -> list[Candidate]:
    """A short dated line near the headline that ends with a name: ``04.02.2022 | 13:10 Uhr | Uta
    Helkenberg``, ``11.12.2019 - Amelie Loevenich``, ``06.11.2023 13:30 von Olga``.

    Without a byline word the name needs two words, or three with an initial in the middle
    (one capitalised word after a date is a place as often as a person, three are German
    nouns: "07.12.2022 Wissenschaft Atmosphäre Klima"); only the first short dated line is read.
    """
    prefix, _, _ = _byline_patterns()
    for i in near:
        block = blocks[i]
        if block.label in (Label.TITLE, Label.FOOTER, Label.TAIL) or len(block.text) > MAX_BYLINE_LINE:
            continue
        found = find_dates(block.text, languages=languages)
        if not found:
            continue
        rest = _TIME_WORD.sub("", block.text[found[-1].end :].strip(" ,|｜·•-–—")).strip()
        parts = [p for p in _AFTER_DATE_SEPARATORS.split(rest) if p]
        if not parts:
            return []
        labelled = bool(prefix.match(parts[0]))
        value = clean_byline(parts[0])
        names = [n for n in split_names(value, languages) if _NAME.match(n)] if value == parts[0] or labelled else []
        if names and (labelled or all(_two_part_name(n) for n in names)):
            return [Candidate("authors", names, "name after the header date", PRIORITY["byline line"], i)]
        return []
    return []


def _two_part_name(name: str) -> bool:
    """ "Amelie Loevenich", "Markus M. Haefliger": a given name and a family name."""
    words = name.split()
    return len(words) == 2 or (len(words) == 3 and bool(re.fullmatch(r"[A-Z]\.", words[1])))


#: "Copyright © 2024 Acme News.", "Copyright © 데일리안. 무단전재 …": the holder after the mark (and
#: a year), up to a full stop, a separator or "All rights reserved"
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|ⓒ|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^\s\d.,;|©ⓒ].{0,40}?)(?=\s*(?:[.,;|·]|all\s+rights|alle\s+rechte|版权所有|$))",
    re.IGNORECASE,
)
#: a copyright line is short
MAX_COPYRIGHT_LINE = 300


def _squeezed(name: str) -> str:
    return "".join(name.split()).casefold()


def copyright_holders(blocks: list[Block]) -> frozenset[str]:
    """The names the page's copyright lines give as the holder (squeezed, casefolded)."""
    out: set[str] = set()
    for b in blocks:
        text = b.text
        if len(text) > MAX_COPYRIGHT_LINE or not ("©" in text or "ⓒ" in text or "(c)" in text.lower()):
            continue
        out.update(_squeezed(m.group("name")) for m in _COPYRIGHT_HOLDER.finditer(text))
    return frozenset(out)


def copyright_holder_authors_demoted(hints: list[Candidate], blocks: list[Block]) -> list[Candidate]:
    """A metadata author that the page's copyright line names as the holder ("Copyright © 데일리안"
    under ``og:article:author = 데일리안``) is the outlet the story came from, not its writer: it
    ranks below the visible bylines ("김수아 인턴 기자"), as an organisation does (ranks.py)."""
    holders = copyright_holders(blocks)
    if not holders:
        return hints
    return [
        Candidate(c.field, c.value, c.rule, c.rank + ORGANISATION_AUTHOR_DEMOTION, c.block, c.precision)
        if c.field == "authors" and c.block is None and c.value and all(_squeezed(n) in holders for n in c.value)
        else c
        for c in hints
    ]
