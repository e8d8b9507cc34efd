"""Find and parse dates in a line of text, keeping the precision the page gave.

The standard library and dateutil parse *one* date string; here we must find every date
inside a meta line (``时间:2014-07-09 10:09:43 作者:…``), in numeric, CJK and month-name
forms, and tell a bare day from a stated midnight. The forms are data in
``patterns/common.py``; month names, weekdays and connectors come from each language's lexicon.

Two rules keep the reading honest:

- a time zone is attached only when the text states one (``GMT+8``, ``+08:00``, ``CET``);
- ``00:00:00`` after a date is a CMS placeholder, not a stated midnight: day precision.

A numeric date whose order is ambiguous (``02/11/2023``) is read day first and carries the
month-first reading in :attr:`DateMatch.swapped`; the page decides (see ``fields.pagedates``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache

from ..model import Precision
from ..patterns import ALL_LANGUAGES, alt, alt_words, merged
from ..patterns.common import (
    DATE_FORMS,
    DAY,
    LATIN_WORD_END,
    LEADING_TIME,
    MONTH_NUMBER,
    TIME,
    YEAR,
    ZONE,
    ZONE_ABBREVIATIONS,
)

#: dates outside this range are not publication dates of web pages
MIN_YEAR = 1990
MAX_FUTURE = timedelta(days=2)
#: how far after a date its time may start, and how far before it a leading time may end
TIME_WINDOW = 60
LEADING_WINDOW = 24
#: a text can hold a date only where this matches (a year, or yy-mm-dd): DATE_HINT written to
#: start with one character class, with the same matches (sre then skips to the next digit in a
#: C loop instead of trying both branches at every position)
DATE_HINT_PATTERN = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|\d-\d\d-\d\d)")
#: a date reaches at most this far from its year ("Miércoles, 15 de Abril de 2020")
DATE_REACH = 40
#: a text holding more years than this is a table or garbage: only its first ones are read
MAX_YEARS_PER_TEXT = 64
#: a year glued to the next date's first digit ("26.10.202326.10.2023", "2. Februar 20202. Februar 2020"):
#: WordPress themes print the published and updated dates side by side, and renderers join them
_GLUED_YEAR = re.compile(r"(?:19|20)\d\d(?=\d)")
_TZ_OFFSET = re.compile(r"([+\-−])\s*(\d{1,2}):?(\d{2})?")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: where, its value, how precise, and by which form."""

    start: int
    end: int
    value: datetime
    precision: Precision
    form: str = ""
    #: the month-first reading of an order-ambiguous numeric date (02/11/2023), if valid
    swapped: datetime | None = None

    #: what this date tells about the page's numeric order: "dmy", "mdy" or None
    order: str | None = None


@dataclass(frozen=True)
class _Compiled:
    forms: tuple[tuple[str, re.Pattern[str]], ...]
    time: re.Pattern[str]
    months: dict[str, int]
    am: re.Pattern[str]
    pm: re.Pattern[str]
    leading: re.Pattern[str]


#: a lookbehind opening a form: it consumes nothing, so the form's first character comes after it
_OPENING_LOOKBEHIND = re.compile(r"^\(\?<[!=][^()]*\)")
#: form starts (after the lookbehind) whose first character is a digit, and the month-name start
_DIGIT_STARTS = (DAY, MONTH_NUMBER, "(?P<a>[0-3]?\\d)", "(?P<y2>[0-3]\\d)")
_MONTH_START = "(?P<mon>{MONTH})"


def _first_character(form: str, months: dict[str, int]) -> str:
    """A lookahead for the first character every match of ``form`` starts with, or "" if unknown.

    sre tries a form at every position of a window; the month-name forms set up the whole
    month alternation at each one. A one-character class up front rejects most positions at
    once (a third of the forms' time), and changes no match: it only states what the form's
    first token needs anyway.
    """
    body = _OPENING_LOOKBEHIND.sub("", form)
    if body.startswith(YEAR):
        return "(?=[12])"
    if body.startswith(_DIGIT_STARTS):
        return r"(?=\d)"
    if body.startswith(_MONTH_START) and months:
        return "(?=[" + "".join(sorted({re.escape(m[0]) for m in months})) + "])"
    return ""


def form_pattern(form: str, languages: tuple[str, ...]) -> str:
    """A date form with the languages' month names and fillers filled in."""
    lex = merged(languages)
    month = alt_words(lex.months) if lex.months else "(?!)"
    return form.replace("{MONTH}", month).replace("{FILL}", alt(lex.date_fillers))


@cache
def _compiled(languages: tuple[str, ...]) -> _Compiled:
    lex = merged(languages)
    forms = tuple(
        (name, re.compile(_first_character(form, lex.months) + form_pattern(form, languages), re.IGNORECASE))
        for name, form in DATE_FORMS
    )
    word = alt((*lex.weekdays, *lex.time_connectors)) + LATIN_WORD_END
    zone = ZONE.replace("{ABBR}", alt(re.escape(z) for z in ZONE_ABBREVIATIONS) + r"(?![^\W\d_])")
    am, pm = alt(lex.am_markers), alt(lex.pm_markers)
    time = TIME.replace("{WORD}", word).replace("{AM}", am).replace("{PM}", pm).replace("{ZONE}", zone)
    return _Compiled(
        forms,
        re.compile(time, re.IGNORECASE),
        {k.lower(): v for k, v in lex.months.items()},
        re.compile(am, re.IGNORECASE),
        re.compile(pm, re.IGNORECASE),
        re.compile(LEADING_TIME.replace("{ZONE}", zone)),
    )


def _zone(raw: str | None) -> tzinfo | None:
    """The zone a page states; None when it states none (never a guessed one)."""
    if not raw:
        return None
    raw = raw.strip()
    if raw.upper() == "Z":
        return timezone.utc
    if raw.upper() in ZONE_ABBREVIATIONS or raw in ZONE_ABBREVIATIONS:
        hours = ZONE_ABBREVIATIONS.get(raw.upper(), ZONE_ABBREVIATIONS.get(raw, 0))
        return timezone(timedelta(hours=hours))
    match = _TZ_OFFSET.search(raw)
    if not match:
        return timezone.utc  # "GMT" / "UTC" alone
    sign = 1 if match.group(1) == "+" else -1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _hour(hour: int, am: bool, pm: bool) -> int:
    if pm and hour < 12:
        return hour + 12
    if am and hour == 12:
        return 0
    return hour


def _with_time(day: datetime, text: str, end: int, c: _Compiled) -> tuple[datetime, Precision, int]:
    """Attach a time written right after the date, if any."""
    match = c.time.match(text, end, min(len(text), end + TIME_WINDOW))
    if not match:
        return day, Precision.DAY, end
    g = match.groupdict()
    am = bool(g["pre_am"] or g["post_am"])
    pm = bool(g["pre_pm"] or g["post_pm"])
    hour = _hour(int(g["H"]), am, pm)
    minute = int(g["M"] or g["M2"])
    second = int(g["S"] or 0)
    if hour == minute == second == 0 and g["S"] is not None:
        return day, Precision.DAY, match.end()  # "2011-06-18 00:00:00": a placeholder, not a time
    value = day.replace(hour=hour, minute=minute, second=second, tzinfo=_zone(g["tz"]))
    return value, Precision.SECOND if g["S"] is not None else Precision.MINUTE, match.end()


def _with_leading_time(day: datetime, text: str, start: int, c: _Compiled) -> tuple[datetime, Precision, int] | None:
    """'10:12, October 31, 2020', '11:09 PM PDT • May 19, 2024': the time comes before the date.
    Returns the value, its precision and where the time starts (the date's match then covers it)."""
    lo = max(0, start - LEADING_WINDOW)
    if ":" not in text[lo:start]:
        return None  # no time there (the common case: skip the regex)
    match = c.leading.search(text, lo, start)
    if not match:
        return None
    ampm = (match.group("lampm") or "").lower()
    hour = _hour(int(match.group("lH")), ampm.startswith("a"), ampm.startswith("p"))
    value = day.replace(hour=hour, minute=int(match.group("lM")), tzinfo=_zone(match.group("ltz")))
    return value, Precision.MINUTE, match.start()


def _without_leading_time(d: DateMatch, start: int) -> DateMatch:
    day = d.value.replace(hour=0, minute=0, second=0, tzinfo=None)
    swapped = d.swapped.replace(hour=0, minute=0, second=0, tzinfo=None) if d.swapped else None
    return replace(d, start=start, value=day, precision=Precision.DAY, swapped=swapped)


def _plausible(value: datetime, now: datetime | None) -> bool:
    if value.year < MIN_YEAR:
        return False
    return now is None or value.replace(tzinfo=None) <= now + MAX_FUTURE


#: the passes over a page read the same lines (meta lines, bylines near the headline, title
#: candidates): a line with a year is read once per page
DATE_CACHE_SIZE = 4096


def find_dates(
    text: str, *, languages: tuple[str, ...] = ALL_LANGUAGES, now: datetime | None = None
) -> list[DateMatch]:
    """Every date in ``text``, left to right, with its time when one follows.

    >>> [(d.value.isoformat(), d.precision.value) for d in find_dates("时间:2014-07-09 10:09:43 作者:x")]
    [('2014-07-09T10:09:43', 'second')]
    >>> [d.value.isoformat() for d in find_dates("Time: February 28, 2024 Author:")]
    ['2024-02-28T00:00:00']
    >>> [d.value.isoformat() for d in find_dates("Mittwoch, 03. November 2021, 16.45 Uhr")]
    ['2021-11-03T16:45:00']
    """
    if not _windows(text):
        return []  # no year: most lines, not worth remembering
    return list(_dates_of(text, languages, now))


@lru_cache(maxsize=DATE_CACHE_SIZE)
def _dates_of(text: str, languages: tuple[str, ...], now: datetime | None) -> tuple[DateMatch, ...]:
    c = _compiled(languages)
    cuts = _glue_points(text, c, now)
    if cuts:
        return tuple(_dates_between(text, cuts, c, now))
    return tuple(_find(text, _windows(text), c, now))


def _find(text: str, windows: list[tuple[int, int]], c: _Compiled, now: datetime | None) -> list[DateMatch]:
    found: list[DateMatch] = []
    for lo, hi in windows:
        for name, pattern in c.forms:
            for match in pattern.finditer(text, lo, hi):
                if any(d.start < match.end() and match.start() < d.end for d in found):
                    continue
                parsed = _parse_match(name, match, text, c, now)
                if parsed:
                    found.append(parsed)
    found.sort(key=lambda d: d.start)
    for i in range(1, len(found)):
        if found[i].start < found[i - 1].end:  # its leading time is the trailing time of the date before
            found[i] = _without_leading_time(found[i], found[i - 1].end)
    return found


def _glue_points(text: str, c: _Compiled, now: datetime | None) -> list[int]:
    """Where one date ends and the next starts with no space between them: a date must end right
    at the year's last digit and another start right after it ("19.11.202119.11.2021")."""
    cuts = []
    for m in _GLUED_YEAR.finditer(text):
        p = m.end()
        left = text[max(0, p - DATE_REACH) : p]
        right = text[p : p + DATE_REACH]
        if any(d.end == len(left) for d in _find(left, _windows(left), c, now)) and any(
            d.start == 0 for d in _find(right, _windows(right), c, now)
        ):
            cuts.append(p)
    return cuts


def _dates_between(text: str, cuts: list[int], c: _Compiled, now: datetime | None) -> list[DateMatch]:
    """The dates of each piece of ``text`` between glue points, at their places in ``text``."""
    out: list[DateMatch] = []
    for lo, hi in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[lo:hi]
        out.extend(replace(d, start=d.start + lo, end=d.end + lo) for d in _find(piece, _windows(piece), c, now))
    return out


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each year (or yy-mm-dd): the only places a date can be.

    Running the forms only there keeps long lines cheap: the month-name forms try every
    month of every language at each position they visit.
    """
    out: list[tuple[int, int]] = []
    for count, m in enumerate(DATE_HINT_PATTERN.finditer(text)):
        if count >= MAX_YEARS_PER_TEXT:
            break
        lo, hi = max(0, m.start() - DATE_REACH), min(len(text), m.end() + DATE_REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


#: what each named form tells about the order a page writes numeric dates in
_FORM_ORDER = {"month day, year": "mdy", "day month year": "dmy", "day.month.year": "dmy"}


def _day(name: str, g: dict[str, str | None], months: dict[str, int]) -> tuple[datetime, datetime | None, str | None]:
    """The date a match names, its month-first reading if the order is ambiguous, and the order it shows.

    Raises ValueError when the numbers name no date.
    """
    year = int(g["y"]) if g.get("y") else 2000 + int(g.get("y2") or 0)
    if name != "a/b/year":
        month = int(g["m"]) if g.get("m") else months.get((g.get("mon") or "").lower().rstrip("."), 0)
        return datetime(year, month, int(g["d"] or 0)), None, _FORM_ORDER.get(name)
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    if a > 12:
        return datetime(year, b, a), None, "dmy"
    if b > 12:
        return datetime(year, a, b), None, "mdy"
    day_first = datetime(year, b, a)
    return day_first, (datetime(year, a, b) if a != b else None), None


def _parse_match(name: str, match: re.Match[str], text: str, c: _Compiled, now: datetime | None) -> DateMatch | None:
    try:
        day, swapped, order = _day(name, match.groupdict(), c.months)
    except ValueError:
        return None
    if not _plausible(day, now):
        return None
    value, precision, end = _with_time(day, text, match.end(), c)
    start = match.start()
    if precision is Precision.DAY:
        leading = _with_leading_time(day, text, start, c)
        if leading:
            value, precision, start = leading
    if swapped is not None:
        swapped = swapped.replace(hour=value.hour, minute=value.minute, second=value.second, tzinfo=value.tzinfo)
        swapped = swapped if _plausible(swapped, now) else None
    return DateMatch(start, end, value, precision, name, swapped, order)


def iter_dates(texts: list[str], **kwargs: object) -> Iterator[tuple[int, DateMatch]]:
    for i, text in enumerate(texts):
        for match in find_dates(text, **kwargs):  # type: ignore[arg-type]
            yield i, match
