"""The page's copyright range as evidence about its date: "© 2008–2024" says the site (so the page)
exists since 2008, so a publication date before that is another story's or a quoted one.

Only a range gives a floor: a single year ("© 2024") is the year the footer was rendered, and
pages of any age carry it. The floor joins the URL's (``html/meta.py``): the later one holds.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..blocks import BODY_LABELS, Block
from ..patterns import alt
from ..patterns.common import COPYRIGHT_RANGE_MARKS, YEAR_RANGE_SEPARATORS
from . import DATE_FLOOR, Candidate

__all__ = ["copyright_floor", "text_floor"]

#: the first year of a site's copyright range is at least this (no web page is older)
FIRST_WEB_YEAR = 1991

_RANGE = re.compile(
    alt(COPYRIGHT_RANGE_MARKS)
    + r"[^0-9\n]{0,40}?((?:19|20)\d{2})\s*"
    + alt(YEAR_RANGE_SEPARATORS)
    + r"\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def copyright_floor(blocks: list[Block], now: datetime) -> list[Candidate]:
    """A date floor at the first year of the last copyright range outside the body, if any."""
    for block in reversed(blocks):
        if block.label not in BODY_LABELS:
            floor = text_floor(block.text, now, block.index)
            if floor:
                return floor
    return []


def text_floor(text: str, now: datetime, block: int | None = None) -> list[Candidate]:
    """The floor the first copyright range in ``text`` gives (``block``: where it was read)."""
    if not _may_hold_range(text):
        return []
    found = _RANGE.search(text)
    if found is None:
        return []
    first, last = int(found.group(1)), int(found.group(2))
    if not FIRST_WEB_YEAR <= first <= last <= now.year:
        return []
    return [Candidate(DATE_FLOOR, datetime(first, 1, 1), "the copyright's first year", 0, block)]


def _may_hold_range(text: str) -> bool:
    # the cheap test first: most lines hold no copyright mark
    return ("©" in text or "opyright" in text or "版" in text or "(c)" in text or "(C)" in text) and (
        "19" in text or "20" in text
    )
