"""The Article model: frozen, lossless JSON round trip, precision beside dates, schema-valid dicts."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest

import newsparse
from newsparse import Article, BlockKind, ParseWarning, Precision, Section

FULL = Article(
    title="南陵县检察院召开全院干警大会",
    kicker="学习贯彻",
    published=datetime(2024, 2, 28, 10, 30, tzinfo=timezone(timedelta(hours=8))),
    published_precision=Precision.MINUTE,
    updated=datetime(2024, 2, 29, 8, 0, 5),
    updated_precision=Precision.SECOND,
    authors=["张三", "李四"],
    editors=["王五"],
    source="芜湖市人民检察院",
    site_name="南陵检察",
    breadcrumb=["首页", "检察动态"],
    sections=[
        Section(None, ["导语。"]),
        Section("一、会议要求", ["第一段。", "第二段。"]),
        Section("表格", ["姓名\t职务", "张三\t检察长"], [BlockKind.TABLE_ROW, BlockKind.TABLE_ROW]),
    ],
    language="zh",
    url="http://www.example.gov.cn/a/1.html",
    warnings=[ParseWarning("no_title", "no headline was found")],
)


def _json_round_trip(article: Article) -> Article:
    return Article.from_dict(json.loads(json.dumps(article.to_dict(), ensure_ascii=False)))


@pytest.mark.parametrize("article", [FULL, Article()], ids=["full", "empty"])
def test_round_trip_through_json_is_lossless(article: Article) -> None:
    assert _json_round_trip(article) == article


@pytest.mark.parametrize("article", [FULL, Article()], ids=["full", "empty"])
def test_to_dict_fits_the_shipped_schema(article: Article) -> None:
    jsonschema.Draft202012Validator.check_schema(newsparse.json_schema())
    jsonschema.validate(article.to_dict(), newsparse.json_schema())


def test_the_schema_names_every_key_of_to_dict() -> None:
    schema = newsparse.json_schema()
    assert set(schema["required"]) == set(Article().to_dict()) == set(schema["properties"])


def test_a_day_stays_distinguishable_from_midnight() -> None:
    day = Article(published=datetime(2024, 2, 28), published_precision=Precision.DAY)
    midnight = Article(published=datetime(2024, 2, 28), published_precision=Precision.MINUTE)
    assert day.to_dict()["published_precision"] == "day"
    assert _json_round_trip(day) != _json_round_trip(midnight)


def test_dates_are_iso_8601_and_keep_their_zone_or_none() -> None:
    data = FULL.to_dict()
    assert data["published"] == "2024-02-28T10:30:00+08:00"
    assert data["updated"] == "2024-02-29T08:00:05"
    assert _json_round_trip(FULL).updated.tzinfo is None  # type: ignore[union-attr]


def test_articles_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FULL.title = "x"  # type: ignore[misc]


def test_text_joins_headings_and_paragraphs_with_blank_lines() -> None:
    assert FULL.text == "导语。\n\n一、会议要求\n\n第一段。\n\n第二段。\n\n表格\n\n姓名\t职务\n\n张三\t检察长"
    assert FULL.paragraphs[:2] == ["导语。", "第一段。"]
    assert Article().text == "" and Article().paragraphs == []


def test_section_kinds_must_match_paragraphs() -> None:
    with pytest.raises(ValueError, match="kinds"):
        Section("h", ["a", "b"], [BlockKind.LIST_ITEM])
    assert Section("h", ["a"]).kind_of(0) is BlockKind.PARAGRAPH
    assert "kinds" not in Section("h", ["a"]).to_dict()


def test_from_dict_accepts_missing_optional_keys() -> None:
    article = Article.from_dict({"title": "T", "sections": [{"heading": None, "paragraphs": ["p"]}]})
    assert article.title == "T" and article.text == "p" and article.authors == []


def test_from_dict_rejects_a_bad_precision() -> None:
    with pytest.raises(ValueError):
        Article.from_dict({"published": "2024-02-28T00:00:00", "published_precision": "week"})


def test_new_lists_per_instance() -> None:
    a, b = Article(), Article()
    assert a.authors is not b.authors and a.sections is not b.sections
