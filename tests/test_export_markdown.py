"""Markdown + YAML front matter: parses with PyYAML, has Hugo/Jekyll's keys, Jekyll file names."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import lxml.html
import pytest
import yaml
from markdown_it import MarkdownIt

from newsparse import Article, BlockKind, Precision, Section
from newsparse.exporters import export, get
from newsparse.exporters._common import article_slug
from newsparse.exporters.markdown import yaml_str
from test_export_checkers import check_html_safe, sample_articles

JEKYLL_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9][a-z0-9-]*\.md$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$")
RENDER = MarkdownIt("commonmark", {"html": True}).enable("table")


def split(document: str) -> tuple[dict[str, object], str]:
    assert document.startswith("---\n")
    _, front, body = document.split("---\n", 2)
    data = yaml.safe_load(front)
    assert isinstance(data, dict)
    return data, body


def test_real_pages_have_required_keys_and_jekyll_names(tmp_path: Path) -> None:
    articles = sample_articles()
    assert get("markdown").write_files(articles, tmp_path) == len(articles)
    files = sorted(tmp_path.iterdir())
    assert len(files) == len(articles), "file names must be unique within a run"
    for path in files:
        assert JEKYLL_NAME.match(path.name), path.name
        data, body = split(path.read_text(encoding="utf-8"))
        assert isinstance(data["title"], str) and data["title"]
        assert isinstance(data["date"], str) and ISO_DATE.match(data["date"])
        assert path.name.startswith(data["date"][:10])
        assert path.name[11:-3] == data["slug"]
        check_html_safe(RENDER.render(body))


def test_dates_are_as_precise_as_the_page() -> None:
    day = Article(title="T", published=datetime(2024, 2, 28), published_precision=Precision.DAY)
    naive = Article(title="T", published=datetime(2024, 2, 28, 10, 30), published_precision=Precision.MINUTE)
    aware = Article(
        title="T",
        published=datetime(2024, 2, 28, 10, 30, 5, tzinfo=timezone(timedelta(hours=8))),
        published_precision=Precision.SECOND,
    )
    assert split(export(day, "markdown"))[0]["date"] == "2024-02-28"
    assert split(export(naive, "markdown"))[0]["date"] == "2024-02-28T10:30:00"
    assert split(export(aware, "markdown"))[0]["date"] == "2024-02-28T10:30:05+08:00"
    zoned = split(export(naive, "markdown", default_tz=ZoneInfo("Asia/Shanghai")))[0]
    assert zoned["date"] == "2024-02-28T10:30:00+08:00"


def test_undated_article_gets_the_stand_in_date() -> None:
    data, _ = split(export(Article(title="T"), "markdown", undated=date(2000, 1, 2)))
    assert data["date"] == "2000-01-02"
    assert data["params"] == {"date_unknown": True}


def test_front_matter_fields() -> None:
    article = Article(
        title="Nanling: a “title”",
        kicker="Kicker",
        published=datetime(2024, 2, 28),
        published_precision=Precision.DAY,
        authors=["Ann Lee"],
        editors=["李四"],
        source="Wuhu City",
        site_name="Site",
        breadcrumb=["home page", "Procuratorial window"],
        language="en",
        url="https://example.com/a.html",
    )
    data, _ = split(export(article, "markdown", post_status="draft"))
    assert data["title"] == "Nanling: a “title”"
    assert data["authors"] == ["Ann Lee"]
    assert data["source"] == "Wuhu City"
    assert data["categories"] == ["Procuratorial window"]
    assert data["original_url"] == "https://example.com/a.html"
    assert data["kicker"] == "Kicker"
    assert data["description"] == "Kicker"
    assert data["draft"] is True and "published" not in data
    assert data["params"] == {
        "editors": ["李四"],
        "site_name": "Site",
        "language": "en",
        "breadcrumb": ["home page", "Procuratorial window"],
        "precision": "day",
    }


def test_chinese_titles_get_stable_url_safe_unique_slugs(tmp_path: Path) -> None:
    article = Article(title="2024年全市检察长会议召开", sections=[Section(None, ["正文。"])])
    slug = article_slug(article)
    assert re.fullmatch(r"2024-[0-9a-f]{8}", slug)
    assert article_slug(Article.from_dict(article.to_dict())) == slug
    other = Article(title="全市检察长会议召开", url="https://example.cn/b.html")
    assert re.fullmatch(r"[0-9a-f]{8}", article_slug(other))
    get("markdown").write_files([article, article, other], tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"1970-01-01-{slug}.md", f"1970-01-01-{slug}-2.md", f"1970-01-01-{article_slug(other)}.md"])
    again = tmp_path / "again"
    get("markdown").write_files([article, article, other], again)
    assert sorted(p.name for p in again.iterdir()) == names


def test_body_structure_from_block_kinds() -> None:
    kinds = [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW]
    kinds += [BlockKind.QUOTE, BlockKind.CAPTION]
    section = Section("Results", ["Intro.", "first", "second", "Name\tVotes", "Ann | B\t42", "Said.", "Photo."], kinds)
    _, body = split(export(Article(title="T", sections=[section]), "markdown"))
    assert "## Results" in body
    assert "- first\n- second" in body
    assert "| Name | Votes |\n| --- | --- |\n| Ann \\| B | 42 |" in body
    tree = lxml.html.fragment_fromstring(RENDER.render(body), create_parent="div")
    assert [h.text_content() for h in tree.iter("h2")] == ["Results"]
    assert [li.text_content() for li in tree.iter("li")] == ["first", "second"]
    assert [td.text_content() for td in tree.iter("td")] == ["Ann | B", "42"]
    assert [b.text_content().strip() for b in tree.iter("blockquote")] == ["Said."]


@pytest.mark.parametrize(
    "text",
    [
        "1. not a list",
        "# not a heading",
        "- not a list",
        "+ not a list",
        "=== not a setext",
        "*not em* _nor this_ `nor code`",
        "[not](a link) ![nor](an image)",
        "a \\ backslash & ampersand",
        "<b>not bold</b> &amp; entity text",
        "two\nlines",
        "| not | a table |",
    ],
)
def test_page_text_renders_as_the_same_text(text: str) -> None:
    _, body = split(export(Article(title="T", sections=[Section(None, [text])]), "markdown"))
    tree = lxml.html.fragment_fromstring(RENDER.render(body), create_parent="div")
    assert [el.tag for el in tree] == ["p"]
    assert " ".join(tree.text_content().split()) == " ".join(text.split())


@pytest.mark.parametrize(
    "text", ["plain", 'quote " and \\ back', "tab\tnew\nline", "\u2028\u2029\x85", "<{}>", "😀 中文"]
)
def test_yaml_scalars_round_trip(text: str) -> None:
    assert yaml.safe_load("k: " + yaml_str(text)) == {"k": text}


def test_stream_of_documents() -> None:
    buffer = io.StringIO()
    articles = [Article(title="A"), Article(title="B")]
    assert get("markdown").write(articles, buffer) == 2
    assert buffer.getvalue().count("\n---\n") == 3  # closing line of the first, both of the second
