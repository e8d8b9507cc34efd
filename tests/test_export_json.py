"""JSON / JSONL: every record validates against the shipped schema, and round-trips exactly."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import newsparse
from newsparse import Article, BlockKind, ParseWarning, Precision, Section
from newsparse.exporters import EXPORTERS, export, get
from test_export_checkers import datasets_dir, dev_articles, fixture_articles, sample_articles

RICH = Article(
    title="Headline <with> “quotes” & 中文",
    kicker="Kicker",
    published=datetime(2024, 2, 28, 10, 30, 15, 250000, tzinfo=timezone(timedelta(hours=8))),
    published_precision=Precision.SECOND,
    updated=datetime(2024, 2, 29, 9, 0),
    updated_precision=Precision.MINUTE,
    authors=["Ann Lee", "王小明"],
    editors=["李四"],
    source="Xinhua",
    site_name="Example News",
    breadcrumb=["首页", "新闻", "国内"],
    sections=[
        Section(None, ["Lead paragraph."]),
        Section(
            "Data",
            ["a\tb", "1\t2", "item", "quoted"],
            [BlockKind.TABLE_ROW, BlockKind.TABLE_ROW, BlockKind.LIST_ITEM, BlockKind.QUOTE],
        ),
    ],
    language="zh",
    url="https://example.com/news/1.html?a=1&b=2",
    warnings=[ParseWarning("no_body", "none")],
)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = newsparse.json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def round_trip(article: Article) -> Article:
    return Article.from_dict(json.loads(json.dumps(article.to_dict())))


def test_fixture_pages_exist() -> None:
    assert fixture_articles(), "no fixture pages found"


@pytest.mark.parametrize("article", [RICH, Article()], ids=["rich", "empty"])
def test_synthetic_articles_round_trip_and_validate(article: Article, validator: Draft202012Validator) -> None:
    assert round_trip(article) == article
    for name in ("json", "jsonl"):
        record = json.loads(export(article, name))
        validator.validate(record)
        assert Article.from_dict(record) == article


def test_every_fixture_round_trips_and_validates(validator: Draft202012Validator) -> None:
    for article in fixture_articles():
        assert round_trip(article) == article
        validator.validate(json.loads(export(article, "json")))


@pytest.mark.skipif(datasets_dir() is None, reason="dev datasets not present")
def test_dev_sample_round_trips_and_validates(validator: Draft202012Validator) -> None:
    articles = dev_articles()
    assert len(articles) >= 50
    for article in articles:
        assert round_trip(article) == article
        record = json.loads(export(article, "jsonl"))
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{article.url}: {errors[0].message}"
        assert Article.from_dict(record) == article


def test_json_writer_streams_an_array() -> None:
    articles = [*sample_articles()[:5], RICH]
    buffer = io.StringIO()
    assert get("json").write(iter(articles), buffer) == len(articles)
    assert [Article.from_dict(d) for d in json.loads(buffer.getvalue())] == articles
    empty = io.StringIO()
    assert get("json").write([], empty) == 0 and json.loads(empty.getvalue()) == []


def test_jsonl_writer_one_record_per_line() -> None:
    buffer = io.StringIO()
    assert get("jsonl").write([RICH, RICH], buffer, {"json_indent": 4}) == 2
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2 and all(Article.from_dict(json.loads(line)) == RICH for line in lines)


def test_html_safe_json_escapes_only_inside_strings() -> None:
    text = export(RICH, "json")
    assert "<" not in text and "&" not in text and "\\u003cwith\\u003e" in text
    plain = export(RICH, "json", html_safe_json=False)
    assert "<with>" in plain and json.loads(plain) == json.loads(text)


def test_schema_matches_the_model() -> None:
    schema = newsparse.json_schema()
    assert set(schema["properties"]) == set(RICH.to_dict()) == set(schema["required"])
    section = schema["$defs"]["section"]["properties"]
    assert set(section) == set(RICH.sections[1].to_dict())
    assert section["kinds"]["items"]["enum"] == [k.value for k in BlockKind]
    assert schema["$defs"]["precision"]["enum"] == [p.value for p in Precision] + [None]
    assert set(schema["$defs"]["warning"]["properties"]) == set(ParseWarning("a", "b").to_dict())


def test_schema_rejects_what_the_model_cannot_read(validator: Draft202012Validator) -> None:
    record = RICH.to_dict()
    for field, bad in [("published", "28 Feb 2024"), ("published_precision", "hour"), ("authors", "Ann"), ("extra", 1)]:
        broken = dict(record, **{field: bad})
        assert list(validator.iter_errors(broken)), field


def test_readme_publishes_the_schema_and_the_formats() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Exporting to a CMS") :]
    for key in newsparse.json_schema()["properties"]:
        assert f"`{key}`" in section, key
    for name in EXPORTERS:
        assert f"`{name}`" in section, name
    assert "newsparse.json_schema()" in section
