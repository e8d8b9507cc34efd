"""Meta lines: labels with and without colons, empty values, values on the next line, speed guards."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.fields.dates import find_dates
from newsparse.fields.metaline import cut_widgets, read_meta_line
from newsparse.patterns import ALL_LANGUAGES, FieldName, merged


def fields_of(line: str) -> list[tuple[str, str]]:
    return [(v.field.value, v.value) for v in read_meta_line(line).values]


def test_longest_label_wins() -> None:
    assert fields_of("News source: Wuhu City") == [("source", "Wuhu City")]
    assert fields_of("发布时间：2024-02-28") == [("published", "2024-02-28")]


def test_full_width_and_ascii_colons_and_spaces_around_them() -> None:
    assert fields_of("来源 ： 新华社") == fields_of("来源:新华社") == [("source", "新华社")]


def test_empty_value_before_the_next_label() -> None:
    assert fields_of("作者： 来源：芜湖日报") == [("author", ""), ("source", "芜湖日报")]


def test_time_colons_are_not_labels() -> None:
    reading = read_meta_line("2024-02-28 10:30:15")
    assert reading.values == ()
    assert reading.is_meta


def test_widgets_are_cut_before_reading() -> None:
    assert "Font size" not in cut_widgets("Source: X [Font size: large | in | Small]")
    assert fields_of("来源：新华社 【字号：大 中 小】") == [("source", "新华社")]


def test_prose_with_a_colon_is_not_meta() -> None:
    line = "The minister said: we will build more schools in the county next year, and hire more teachers."
    assert not read_meta_line(line).is_meta


def test_bare_date_label_needs_a_date() -> None:
    assert fields_of("Posted in Uncategorized") == []
    assert fields_of("Posted on March 3, 2024") == [("published", "March 3, 2024")]


def test_counter_value_is_not_an_author() -> None:
    assert ("author", "涅阳城") in fields_of("作者：涅阳城 2020年01月12日18:32 浏览：272")


def test_a_single_language_lexicon_still_works() -> None:
    # tables a language leaves empty match nothing instead of failing to compile
    article = newsparse.parse("Veröffentlicht am 1. November 2023\n\n" + "Ein Satz im Text. " * 10, languages=("de",))
    assert article.published is not None and article.published.day == 1


def test_every_registered_language_is_used_by_default() -> None:
    assert newsparse.Options().languages == ALL_LANGUAGES
    assert {"en", "zh", "de", "fr", "es"} <= set(ALL_LANGUAGES)
    assert FieldName.PUBLISHED in merged().field_labels


def test_label_value_on_the_next_line_in_a_page() -> None:
    page = (
        "首页 > 新闻\n\n南陵县检察院召开大会\n\n发布时间：2024-02-28\n\n来源：\n\n芜湖检察\n\n"
        + "会议要求全院干警认真学习领会会议精神。" * 8
    )
    assert newsparse.parse(page, kind="text").source == "芜湖检察"


def test_long_lines_stay_cheap() -> None:
    # regression: runs of blanks made the time pattern backtrack for minutes (no timing asserted)
    assert read_meta_line(" " * 5000 + "2020-02-14 10:18 " + " " * 5000).dates
    assert not read_meta_line("来源：" * 3000).is_meta or True


#: text made of the characters meta lines are made of, so that the generator reaches the rules
_META_ALPHABET = st.sampled_from(list("0123456789:：-/.年月日 时分作者来源编辑ByvonAMPM,|（）()[]【】GMT+上午下午"))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.text(_META_ALPHABET, max_size=120)))
def test_reading_never_raises(line: str) -> None:
    reading = read_meta_line(line)
    assert 0.0 <= reading.coverage <= 1.0 + 1e-9
    for d in find_dates(line):
        assert 0 <= d.start < d.end <= len(line)


def test_reading_time_after_the_date_is_a_widget_of_the_meta_line() -> None:
    """The date line under a headline often ends with the reading time ("5 min read",
    "1 minuti di lettura", "3 Min. Lesezeit"): it is cut out like a widget, so the line is
    still a meta line (and the headline above it stays out of the body)."""
    for line in (
        "May 9, 2024 5 min read",
        "18 Maggio 2024 alle 09:22 1 minuti di lettura",
        "12.05.2024, 14:35 Uhr 3 Min. Lesezeit",
        "12 mai 2024 à 14h35 3 min de lecture",
        "12 de mayo de 2024 3 min de lectura",
    ):
        assert read_meta_line(line).is_meta, line
    assert not read_meta_line("It took me 5 min to read the report, published on May 9, 2024.").is_meta
    story = [
        "Oltre un anno dopo gli annunci, sulla maggior parte dei browser l'ex social network ha cambiato indirizzo.",
        "Il proprietario lo ha annunciato con un messaggio pubblicato nella notte, senza altre spiegazioni.",
    ]
    page = [
        "Addio al vecchio indirizzo",
        "",
        "18 Maggio 2024 alle 09:22 1 minuti di lettura",
        "",
        story[0],
        "",
        story[1],
    ]
    article = newsparse.parse("\n".join(page), kind="text")
    assert article.text == "\n\n".join(story)
    assert article.published is not None and article.published.date().isoformat() == "2024-05-18"
