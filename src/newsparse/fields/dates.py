"""Find and parse dates in a line of text, keeping the precision the page gave.

The standard library and dateutil parse *one* date string; here we must find every date
inside a meta line (``时间:2014-07-09 10:09:43 作者:…``), in numeric, CJK and month-name
forms, and tell a bare day from a stated midnight. The forms are data in
``patterns/common.py`` and the month names in each language's lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache

from ..model import Precision
from ..patterns import alt, merged
from ..patterns.common import LEADING_TIME, NAMED_DATES, NUMERIC_DATES, TIME

#: dates outside this range are not publication dates of web pages
MIN_YEAR = 1990
MAX_FUTURE = timedelta(days=2)
#: a time must follow the date within this many characters ("2024-02-28 10:30")
_TIME_AFTER = re.compile(r"^\s{0,3}(?:,\s*)?" + TIME.replace("[T\\s\\-]*", "[T\\s\\-]?"))
_LEADING_TIME = re.compile(LEADING_TIME)
_TZ_OFFSET = re.compile(r"([+-])\s*(\d{1,2}):?(\d{2})?")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: datetime
    precision: Precision


@cache
def _date_patterns(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    lex = merged(languages)
    month = alt(re.escape(m) for m in lex.months) if lex.months else "(?!x)x"
    forms = NUMERIC_DATES + tuple(f.replace("{MONTH}", month) for f in NAMED_DATES)
    return tuple(re.compile(f, re.IGNORECASE) for f in forms)


def _year(groups: dict[str, str | None]) -> int:
    if groups.get("y"):
        return int(groups["y"] or 0)
    return 2000 + int(groups.get("y2") or 0)


def _month(groups: dict[str, str | None], months: dict[str, int]) -> int:
    if groups.get("m"):
        return int(groups["m"] or 0)
    return months.get((groups.get("mon") or "").lower().rstrip("."), 0)


def _zone(raw: str | None) -> tzinfo | None:
    if not raw:
        return None
    if raw.upper() == "Z":
        return timezone.utc
    match = _TZ_OFFSET.search(raw)
    if not match:
        return timezone.utc  # "GMT" / "UTC" alone
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _with_time(day: datetime, text: str, end: int) -> tuple[datetime, Precision, int]:
    """Attach a time written right after the date, if any."""
    match = _TIME_AFTER.match(text[end : end + 40])
    if not match or match.group("M") is None:
        return day, Precision.DAY, end
    hour = int(match.group("H"))
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    seconds = match.group("S")
    value = day.replace(
        hour=hour, minute=int(match.group("M")), second=int(seconds or 0), tzinfo=_zone(match.group("tz"))
    )
    return value, Precision.SECOND if seconds else Precision.MINUTE, end + match.end()


def _with_leading_time(day: datetime, text: str, start: int) -> tuple[datetime, Precision] | None:
    """'10:12, October 31, 2020': the time comes before the date."""
    match = _LEADING_TIME.search(text[max(0, start - 12) : start])
    if not match:
        return None
    return day.replace(hour=int(match.group("lH")), minute=int(match.group("lM"))), Precision.MINUTE


def _plausible(value: datetime, now: datetime | None) -> bool:
    if value.year < MIN_YEAR:
        return False
    if now is None:
        return True
    naive = value.replace(tzinfo=None)
    return naive <= now + MAX_FUTURE


def find_dates(text: str, *, languages: tuple[str, ...] = ("en", "zh"), now: datetime | None = None) -> list[DateMatch]:
    """Every date in ``text``, left to right, with its time when one follows.

    >>> [(d.value.isoformat(), d.precision.value) for d in find_dates("时间:2014-07-09 10:09:43 作者:x")]
    [('2014-07-09T10:09:43', 'second')]
    >>> [d.value.isoformat() for d in find_dates("Time: February 28, 2024 Author:")]
    ['2024-02-28T00:00:00']
    """
    months = merged(languages).months
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _date_patterns(languages):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            parsed = _parse_match(match, text, months, now)
            if parsed:
                found.append(parsed)
                taken.append((parsed.start, parsed.end))
    return sorted(found, key=lambda d: d.start)


def _parse_match(match: re.Match[str], text: str, months: dict[str, int], now: datetime | None) -> DateMatch | None:
    groups = match.groupdict()
    try:
        day = datetime(_year(groups), _month(groups, months), int(groups["d"] or 0))
    except ValueError:
        return None
    if not _plausible(day, now):
        return None
    value, precision, end = _with_time(day, text, match.end())
    if precision is Precision.DAY:
        leading = _with_leading_time(day, text, match.start())
        if leading:
            value, precision = leading
    return DateMatch(match.start(), end, value, precision)


def iter_dates(texts: list[str], **kwargs: object) -> Iterator[tuple[int, DateMatch]]:
    for i, text in enumerate(texts):
        for match in find_dates(text, **kwargs):  # type: ignore[arg-type]
            yield i, match
