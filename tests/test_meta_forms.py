"""Header-line forms the shared field reader reads: a time before its date, a byline glued to
its date, published and updated dates glued by the renderer, Korean and Hindi header lines."""

from __future__ import annotations

from datetime import timedelta

import pytest

import newsparse
from newsparse.blocks import Block, Label
from newsparse.chrome import classify_block
from newsparse.fields.dates import find_dates
from newsparse.fields.metaline import read_meta_line
from newsparse.model import Precision
from newsparse.options import ALL_LANGUAGES


def label_of(line: str) -> Label:
    return classify_block(Block(0, line), ALL_LANGUAGES).label


# --- 1. a time before the date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("4:45 AM EST • March 3, 2023", "2023-03-03T04:45:00-05:00"),
        ("09:05 pm · 12 July 2022", "2022-07-12T21:05:00"),
        ("(Xinhua) 07:20, April 2, 2021", "2021-04-02T07:20:00"),
        ("16:10 | 05.11.2021", "2021-11-05T16:10:00"),
        ("08:15 - 2021-11-05", "2021-11-05T08:15:00"),
    ],
)
def test_time_before_the_date_is_read_and_the_line_is_meta(line: str, iso: str) -> None:
    reading = read_meta_line(line)
    assert [d.value.isoformat() for d in reading.dates] == [iso]
    assert reading.dates[0].precision is Precision.MINUTE
    assert reading.is_meta
    assert label_of(line) is Label.META


def test_time_before_the_date_keeps_a_stated_zone_only() -> None:
    (pdt,) = find_dates("11:40 PM PDT • June 7, 2023")
    assert pdt.value.utcoffset() == timedelta(hours=-7)
    (naive,) = find_dates("11:40 PM • June 7, 2023")
    assert naive.value.tzinfo is None


def test_trailing_time_of_one_date_is_not_read_as_the_leading_time_of_the_next() -> None:
    first, second = find_dates("2023-06-07 14:20 08.06.2023")
    assert first.value.isoformat() == "2023-06-07T14:20:00"
    assert second.precision is Precision.DAY
    assert second.start >= first.end


def test_a_leading_time_with_seconds_is_read_from_its_hour() -> None:
    (d,) = find_dates("12:10:30 | 05.11.2021")
    assert (d.value.hour, d.value.minute) == (12, 10)
    (later,) = find_dates("Stand 8:12:10:30 05.11.2021")  # no hour starts inside a longer number run
    assert later.precision is Precision.DAY


# --- 2. a byline glued to its date ------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Jana Novak 14.03.2023, 09:41", "Peter Brandt, 02.11.2021", "Laura Becker 7. April 2022, 18:05 Uhr"]
)
def test_name_then_date_alone_on_a_line_is_a_meta_line(line: str) -> None:
    assert read_meta_line(line).is_meta
    assert label_of(line) is Label.META


@pytest.mark.parametrize(
    "line",
    [
        "The council will meet again to discuss the plan on 14.03.2023",
        "News Home Science & Climate Change   •   March 14, 2023",  # a breadcrumb, not a byline
        "Original Article14 March 2023",  # a category glued to the date
        "Dreisprung Jugend B W15\t14.03.2023",  # a results table's row
    ],
)
def test_other_text_before_a_date_is_not_a_byline(line: str) -> None:
    assert not read_meta_line(line).is_meta


def test_byline_glued_to_its_date_leaves_the_body_and_gives_the_author() -> None:
    text = "Stadtrat beschließt neuen Radweg am Ufer\n\nJana Novak 14.03.2023, 09:41\n\n" + "\n\n".join(
        f"Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang des Ufers "
        f"beschlossen, der die Innenstadt mit den östlichen Stadtteilen verbinden soll (Absatz {i})."
        for i in range(5)
    )
    article = newsparse.parse(text, kind="text")
    assert "Jana Novak" not in article.text
    assert article.authors == ["Jana Novak"]
    assert article.published is not None and article.published.isoformat() == "2023-03-14T09:41:00"


# --- 3. published and updated dates glued by the renderer -------------------------------------


@pytest.mark.parametrize(
    ("line", "isos"),
    [
        ("14. März 202315. März 2023", ["2023-03-14", "2023-03-15"]),
        ("05.11.202106.11.2021", ["2021-11-05", "2021-11-06"]),
        ("March 14, 2023March 15, 2023", ["2023-03-14", "2023-03-15"]),
        ("Posted on 3. Mai 20213. Mai 2021 by Redaktion", ["2021-05-03", "2021-05-03"]),
    ],
)
def test_glued_published_and_updated_dates_are_both_read(line: str, isos: list[str]) -> None:
    reading = read_meta_line(line)
    assert [d.value.date().isoformat() for d in reading.dates] == isos
    assert reading.is_meta


def test_a_year_followed_by_digits_that_start_no_date_is_one_date() -> None:
    assert [d.value.date().isoformat() for d in find_dates("4. März 20208. Fachkonferenz")] == ["2020-03-04"]
    assert find_dates("Bestellnummer 201912311230") == []


# --- 4. Korean and Hindi header lines ---------------------------------------------------------


def test_korean_published_and_updated_labels_without_colon() -> None:
    reading = read_meta_line("입력 2023.06.07 14:20 수정 2023.06.08 09:05")
    assert [(v.field.value, v.value) for v in reading.values] == [
        ("published", "2023.06.07 14:20"),
        ("updated", "2023.06.08 09:05"),
    ]
    (pm,) = find_dates("입력 2023-06-07 오후 2:20")
    assert pm.value.isoformat() == "2023-06-07T14:20:00"


@pytest.mark.parametrize(
    "line",
    [
        "자동요약",
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
        "5시간 전",
        "3 दिन पहले",
        "जयपुर2 घंटे पहले",
    ],
)
def test_korean_summary_box_and_relative_age_stamps_are_chrome(line: str) -> None:
    assert label_of(line) is Label.CHROME


def test_hindi_sentence_opening_with_an_age_is_not_chrome() -> None:
    assert label_of("2 दिन पहले भारत ने मैच जीता और पूरे देश ने जश्न मनाया") is not Label.CHROME


def test_hindi_month_names_are_read() -> None:
    (d,) = find_dates("अपडेट: 23 मई 2024, 10:15")
    assert d.value.isoformat() == "2024-05-23T10:15:00"


# --- HTML path: the header line of a glued or labelled second date ----------------------------

PROSE = "<p>The council met on Monday and agreed the new harbour plan after a long and careful debate.</p>" * 4


def html_page(header: str) -> str:
    return (
        "<html><head></head><body><article><h1>Harbour plan agreed</h1>"
        f"<div class='meta'>{header}</div><div class='content'>{PROSE}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "header",
    [
        "<span>14. März 2023</span><span>15. März 2023</span>",
        "<span>14.03.2023</span> <span>Zuletzt geändert</span> <span>15.03.2023</span>",
    ],
)
def test_a_second_date_or_its_label_after_the_header_date_is_no_source(header: str) -> None:
    article = newsparse.parse(html_page(header), kind="html")
    assert article.source is None
    assert article.published is not None and article.published.date().isoformat() == "2023-03-14"


def test_time_before_the_date_in_an_html_header() -> None:
    article = newsparse.parse(html_page("<span>Jane Doe</span> <time>4:45 AM EST • March 3, 2023</time>"), kind="html")
    assert article.published is not None and article.published.isoformat() == "2023-03-03T04:45:00-05:00"
    assert "4:45" not in article.text


def test_korean_byline_with_the_role_after_the_name() -> None:
    reading = read_meta_line("김민지 수습 기자   2023. 6. 7. 14:20")
    assert [(v.field.value, v.value) for v in reading.values] == [("author", "김민지")]
    assert reading.is_meta
    labelled = read_meta_line("입력 2023.06.07 14:20 | 이서준 기자")
    assert [(v.field.value, v.value) for v in labelled.values] == [
        ("published", "2023.06.07 14:20"),
        ("author", "이서준"),
    ]
    # inside a sentence the role word names nobody: no byline start before it
    assert read_meta_line("그는 지난해 기자 회견에서 입장을 밝혔다 2023. 6. 7.").values == ()
