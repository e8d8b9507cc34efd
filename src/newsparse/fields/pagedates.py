"""Which date on a page is its publication date: every date is a candidate, ranked by evidence.

A page shows many dates: the publication date, an update stamp, "today is" widgets, archive
stamps, dates of related articles and comments, dates inside the story. We read every date on
every line and give each a *cost* (lower wins) from three kinds of evidence:

- **label**: a publication label right before it (``发布时间：``, ``Published on``,
  ``Veröffentlicht am``) costs nothing; no label costs :data:`UNLABELLED`; an update label
  makes it the ``updated`` candidate (and a weak publication fallback); an archive/validity
  label or a "today is" context rules it out;
- **line shape**: a date on a meta line or a short dateline costs nothing, one inside prose
  costs :data:`IN_PROSE`;
- **place**: its distance (in non-blank lines) from the headline, or from the body's start
  when no headline was found; lines after the body (comments, related lists) and footers cost more.

Numeric dates whose order is ambiguous (``02/11/2023``) are read in the order the page's
unambiguous dates show (``Nov 8, 2023`` -> month first), day first when it shows none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import accumulate

from ..blocks import BODY_LABELS, Block, Label
from ..model import Precision
from ..patterns import FieldName, alt, merged
from .dates import DATE_HINT_PATTERN, DateMatch
from .metaline import DATE_FIELD_ORDER, DATE_FIELDS, MetaReading, line_dates, read_meta_line

#: labels the per-block loops below read, bound once: on Python 3.11 every read of a member
#: off its Enum class (``Label.BLANK``) goes through ``EnumType.__getattr__``'s slot hook
#: (~0.2 µs), and the text path made ~12 million of them over the dev dumps
_BLANK = Label.BLANK

#: cost of a date with no label before it
UNLABELLED = 16
#: cost of a date inside a long line of prose ("Am 8. November 2021 findet … statt")
IN_PROSE = 25
#: cost of a date on a mid-length line that is neither a meta line nor prose
IN_SHORT_LINE = 5
#: a line whose text besides dates and labels is at most this long is a dateline
DATELINE_REST = 40
#: a line at most this wide is not prose
SHORT_LINE = 120
#: cost per non-blank line between the date and the headline (after it / before it)
PER_LINE_AFTER = 0.5
PER_LINE_BEFORE = 1.2
#: distance stops counting here
MAX_DISTANCE = 40
#: extra cost of dates in blocks after the body, in footers, and in chrome rows
ZONE_COST = {Label.TAIL: 20.0, Label.FOOTER: 30.0, Label.CHROME: 6.0, Label.CREDIT: 4.0}
#: an update stamp stands in for a missing publication date at this extra cost
UPDATE_AS_PUBLISHED = 30
#: a drafting / issue date (成文日期) ranks below a publication label, above an unlabelled date
WRITTEN_AS_PUBLISHED = 8
#: how far before a date its label or context may start
CONTEXT_WINDOW = 40


@dataclass(frozen=True)
class DateCandidate:
    """One date on the page and what it costs to believe it is the publication (or update) date."""

    field: str  # "published" or "updated"
    value: datetime
    precision: Precision
    cost: float
    block: int
    rule: str
    #: the text before the date on its line (a byline often sits there: "Bettina Kugler 19.10.2019")
    before: str = ""


@dataclass(frozen=True)
class _Context:
    labelled: re.Pattern[str]
    owners: dict[str, FieldName]
    not_pub: re.Pattern[str]


@cache
def _context(languages: tuple[str, ...]) -> _Context:
    """Patterns that must end right before a date: a date label, or a not-a-publication-date context."""
    lex = merged(languages)
    groups, owners = [], {}
    for i, field in enumerate(DATE_FIELD_ORDER):
        labels = (*lex.field_labels.get(field, ()), *lex.bare_labels.get(field, ()))
        if labels:
            groups.append(f"(?P<k{i}>{alt(labels)})")
            owners[f"k{i}"] = field
    weekday = alt(lex.weekdays)
    labelled = re.compile(
        r"(?<![A-Za-z\u00c0-\u024f])(?:" + "|".join(groups) + r")\s*[:：]?\s*(?:" + weekday + r"\.?,?\s*)?\Z",
        re.IGNORECASE,
    )
    not_pub = re.compile(alt(lex.not_pub_date_context), re.IGNORECASE)
    return _Context(labelled, owners, not_pub)


def _label_before(line: str, date: DateMatch, ctx: _Context) -> tuple[FieldName | None, int]:
    """The date label right before a date ("Stand", "Published on"), and where the label starts."""
    m = ctx.labelled.search(line, max(0, date.start - CONTEXT_WINDOW), date.start)
    if not m:
        return None, date.start
    return next(ctx.owners[k] for k, v in m.groupdict().items() if v is not None), m.start()


def _excluded(line: str, date: DateMatch, ctx: _Context) -> bool:
    """ "today is …", "归档", "valid until": the date is not a publication date."""
    return bool(ctx.not_pub.search(line, max(0, date.start - CONTEXT_WINDOW // 2), date.start))


def page_order(readings: Iterable[MetaReading]) -> str:
    """``"mdy"`` when the page's unambiguous dates put the month first, else ``"dmy"``."""
    votes = {"dmy": 0, "mdy": 0}
    for reading in readings:
        for d in reading.dates:
            if d.order:
                votes[d.order] += 1
    return "mdy" if votes["mdy"] > votes["dmy"] else "dmy"


def _anchor(blocks: list[Block]) -> int | None:
    """Where the article starts: the headline, else the first body block, else the first meta line."""
    for wanted in ({Label.TITLE}, BODY_LABELS, {Label.META}):
        for pos, b in enumerate(blocks):
            if b.label in wanted:
                return pos
    return None


class _Distances:
    """The cost of a block's distance from the anchor, in non-blank lines. Only the few blocks
    that hold a date are asked: a running count of non-blank blocks answers each in one step."""

    def __init__(self, blocks: list[Block], anchor: int | None) -> None:
        self.anchor = anchor
        #: non_blank[i]: how many of blocks[:i] are not blank
        self.non_blank = list(accumulate([b.label is not _BLANK for b in blocks], initial=0))

    def __getitem__(self, pos: int) -> float:
        anchor, count = self.anchor, self.non_blank
        if anchor is None or pos == anchor:
            return 0.0
        if pos > anchor:  # the blocks after the anchor up to this one
            return min(count[pos + 1] - count[anchor + 1], MAX_DISTANCE) * PER_LINE_AFTER
        return min(count[anchor] - count[pos], MAX_DISTANCE) * PER_LINE_BEFORE  # this one up to the anchor


def _shape_cost(block: Block, reading: MetaReading) -> float:
    if block.label in (Label.META, Label.CREDIT) or reading.is_meta:
        return 0.0
    spans = [(d.start, d.end) for d in reading.dates] + [(v.start, v.end + len(v.value)) for v in reading.values]
    covered = sum(e - s for s, e in spans)
    rest = len(reading.cleaned.replace(" ", "")) - covered
    if rest <= DATELINE_REST:
        return 0.0
    return IN_SHORT_LINE if len(block.text) <= SHORT_LINE else IN_PROSE


#: only the start of a longer block is read for dates: a meta line is short, a date deep in a
#: long paragraph is weak evidence, and reading a megabyte-long block would cost seconds
MAX_DATE_LINE_CHARS = 2000


def date_candidates(blocks: list[Block], languages: tuple[str, ...], now: datetime | None) -> list[DateCandidate]:
    """Every plausible date on the page with its cost; see the module docstring."""
    ctx = _context(languages)
    # a reading without dates adds no candidate and no vote on the order: only the lines whose
    # date grammar finds something get the full reading (labels, coverage)
    readings = {
        pos: read_meta_line(line, languages)
        for pos, line in ((pos, blocks[pos].text[:MAX_DATE_LINE_CHARS]) for pos in _may_hold_dates(blocks))
        if line_dates(line, languages)
    }
    if not readings:
        return []
    order = page_order(readings.values())
    distance = _Distances(blocks, _anchor(blocks))
    out: list[DateCandidate] = []
    for pos, reading in readings.items():
        block = blocks[pos]
        base = distance[pos] + ZONE_COST.get(block.label, 0.0) + _shape_cost(block, reading)
        for d in reading.dates:
            cand = _candidate(block, reading, d, base, order, ctx, now)
            if cand is not None:
                out.extend(cand)
    return out


def _may_hold_dates(blocks: list[Block]) -> list[int]:
    """Positions of the blocks with a year (or yy-mm-dd) in the part that is read.

    Every hint holds "19", "20" or "-": those substring tests are several times cheaper than the
    regex on the ~90% of blocks without. One comprehension, no call per block: a text dump has
    ~300 blocks a page.
    """
    hint = DATE_HINT_PATTERN.search
    return [
        pos
        for pos, b in enumerate(blocks)
        if b.label is not _BLANK
        and ("20" in (text := b.text) or "19" in text or "-" in text)
        and hint(text, 0, MAX_DATE_LINE_CHARS) is not None
    ]


def _candidate(
    block: Block,
    reading: MetaReading,
    d: DateMatch,
    base: float,
    order: str,
    ctx: _Context,
    now: datetime | None,
) -> list[DateCandidate]:
    value = d.swapped if (order == "mdy" and d.swapped is not None) else d.value
    if now is not None and value.replace(tzinfo=None) > now:
        return []
    if _excluded(reading.cleaned, d, ctx):
        return []
    owner = reading.owner(d)
    label, label_start = _label_before(reading.cleaned, d, ctx)
    field = label or (owner.field if owner and owner.field in DATE_FIELDS else None)
    if field is FieldName.NOT_DATE:
        return []
    where = block.label.value
    before = reading.cleaned[:label_start]
    if field is FieldName.UPDATED:
        return [
            DateCandidate("updated", value, d.precision, base, block.index, f"update label ({where} line)", before),
            DateCandidate(
                "published",
                value,
                d.precision,
                base + UPDATE_AS_PUBLISHED,
                block.index,
                f"update date, no publication date ({where} line)",
                before,
            ),
        ]
    if field is FieldName.WRITTEN:
        rule = f"drafting date, a publication date only failing a labelled one ({where} line)"
        return [DateCandidate("published", value, d.precision, base + WRITTEN_AS_PUBLISHED, block.index, rule, before)]
    if field is FieldName.PUBLISHED:
        return [
            DateCandidate(
                "published", value, d.precision, base, block.index, f"publication label ({where} line)", before
            )
        ]
    return [
        DateCandidate(
            "published", value, d.precision, base + UNLABELLED, block.index, f"date on a {where} line", before
        )
    ]
