"""Dates: find_dates on single lines, and the page-level choice of the publication date.

The golden cases of ``tests/cases/*.json`` (see the README there) are run by
:func:`test_golden_case`, here, for both dates and labels.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Precision
from newsparse.fields.dates import find_dates
from newsparse.fields.metaline import read_meta_line

CASES = Path(__file__).resolve().parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(reason=case["comment"], strict=True)] if case["expect"] == "fail" else []
            params.append(pytest.param(case, id=f"{path.stem}:{case['label']}", marks=marks))
    return params


def _check_page(case: dict[str, Any]) -> None:
    article = newsparse.parse(case["input"], kind="text")
    for field, expected in case["expected"].items():
        got = getattr(article, field)
        if isinstance(got, datetime):
            got = got.isoformat()
        elif isinstance(got, Precision):
            got = got.value
        assert got == expected, f"{field}: {got!r} != {expected!r}"


@pytest.mark.parametrize("case", _load_cases())
def test_golden_case(case: dict[str, Any]) -> None:
    if case["kind"] == "dates":
        found = [[d.value.isoformat(), d.precision.value] for d in find_dates(case["input"])]
        assert found == case["expected"]
    elif case["kind"] == "meta":
        reading = read_meta_line(case["input"])
        assert [[v.field.value, v.value] for v in reading.values] == case["expected"]["values"]
        assert reading.is_meta is case["expected"]["is_meta"]
    else:
        _check_page(case)


def test_day_and_stated_midnight_are_told_apart() -> None:
    (day,) = find_dates("2024-02-28")
    (midnight,) = find_dates("2024-02-28 00:00")
    assert day.value == midnight.value == datetime(2024, 2, 28)
    assert day.precision is Precision.DAY
    assert midnight.precision is Precision.MINUTE


def test_no_zone_is_invented() -> None:
    (naive,) = find_dates("2024-02-28 10:30")
    (stated,) = find_dates("2024-02-28 10:30 +08:00")
    assert naive.value.tzinfo is None
    assert stated.value.utcoffset() == timedelta(hours=8)


def test_default_zone_option_fills_naive_dates_only() -> None:
    page = "Home > News\n\nA headline for the story\n\nTime: 2024-02-28 10:30\n\n" + "Body text of the story. " * 8
    article = newsparse.parse(page, kind="text", default_tz=timezone(timedelta(hours=8)))
    assert article.published == datetime(2024, 2, 28, 10, 30, tzinfo=timezone(timedelta(hours=8)))


def test_future_dates_are_not_found_when_now_is_given() -> None:
    now = datetime(2024, 3, 1)
    assert find_dates("2024-02-28 and 2030-01-01", now=now)[0].value == datetime(2024, 2, 28)
    assert len(find_dates("2024-02-28 and 2030-01-01", now=now)) == 1


def test_ambiguous_order_keeps_both_readings() -> None:
    (d,) = find_dates("02/11/2023")
    assert d.value == datetime(2023, 11, 2)
    assert d.swapped == datetime(2023, 2, 11)
    assert d.order is None
    (us,) = find_dates("12/30/2019")
    assert us.value == datetime(2019, 12, 30) and us.order == "mdy"


def test_am_pm_markers() -> None:
    assert find_dates("Jan 05,2021 11:22 PM")[0].value == datetime(2021, 1, 5, 23, 22)
    assert find_dates("Jan 05,2021 12:10 AM")[0].value == datetime(2021, 1, 5, 0, 10)
    assert find_dates("2024年5月22日週三上午8:21")[0].value == datetime(2024, 5, 22, 8, 21)


def test_several_dates_on_one_line_in_order() -> None:
    found = find_dates("Pubblicato il 19 Febbraio 2020 Ultima modifica 20 Febbraio 2020 12:02")
    assert [d.value for d in found] == [datetime(2020, 2, 19), datetime(2020, 2, 20, 12, 2)]


def test_long_lines_of_blanks_and_years_stay_cheap() -> None:
    # these used to backtrack for minutes; they must come back at all (no timing asserted)
    assert find_dates("2020-01-01" + " " * 5000 + "x")[0].value == datetime(2020, 1, 1)
    assert find_dates("2020 " * 5000) == []


def test_form_lookaheads_change_no_match() -> None:
    """Each date form runs behind a lookahead for its first character (a speed-up): on dates of
    every month name, in every case, and on digits around them, the forms match exactly as without it."""
    import re

    from newsparse.fields.dates import _compiled, form_pattern
    from newsparse.patterns import ALL_LANGUAGES, merged
    from newsparse.patterns.common import DATE_FORMS

    texts = ["Stand: 02/11/2023, 24-02-28 10:30, 2020. 08. 18., 1.2.2022 und 2005.08.2605:39"]
    for month in merged(ALL_LANGUAGES).months:
        for name in (month, month.upper(), month.title()):
            texts += [f"Posted {name} 5th, 2021 | 9 de {name} de 2020", f"x{name} 3 2019 2024-{name}-07 12{name}2020"]
    text = "\n".join(texts)
    compiled = dict(_compiled(ALL_LANGUAGES).forms)
    for name, form in DATE_FORMS:
        plain = re.compile(form_pattern(form, ALL_LANGUAGES), re.IGNORECASE)
        spans = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert spans, name
        assert [(m.span(), m.groupdict()) for m in compiled[name].finditer(text)] == spans, name
