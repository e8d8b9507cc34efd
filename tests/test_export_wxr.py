"""WordPress WXR 1.2: structure the importer accepts, dates, authors, categories, streaming."""

from __future__ import annotations

import html
import io
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from newsparse import Article, OptionsError, Precision, Section
from newsparse.exporters import ExportOptions, export, get, wxr
from test_export_checkers import NS, check_wxr, parse_xml, sample_articles

CST = timezone(timedelta(hours=8))


def item_of(article: Article, **options: object) -> object:
    root = check_wxr(export(article, "wxr", **options))
    item = root.find("channel/item")
    assert item is not None
    return item


def meta(item: object) -> dict[str, str]:
    return {
        m.findtext("wp:meta_key", namespaces=NS): m.findtext("wp:meta_value", namespaces=NS) or ""
        for m in item.iterfind("wp:postmeta", NS)  # type: ignore[attr-defined]
    }


def test_real_pages_make_one_valid_document() -> None:
    articles = sample_articles()
    buffer = io.StringIO()
    assert get("wxr").write(iter(articles), buffer) == len(articles)
    root = check_wxr(buffer.getvalue())
    items = root.findall("channel/item")
    assert len(items) == len(articles)
    for article, item in zip(articles, items, strict=True):
        if article.title:
            assert html.unescape(item.findtext("title") or "") == article.title


def test_known_zone_gives_local_and_gmt_dates() -> None:
    article = Article(
        title="T", published=datetime(2024, 2, 28, 10, 30, tzinfo=CST), published_precision=Precision.MINUTE
    )
    item = item_of(article)
    assert item.findtext("wp:post_date", namespaces=NS) == "2024-02-28 10:30:00"
    assert item.findtext("wp:post_date_gmt", namespaces=NS) == "2024-02-28 02:30:00"
    assert item.findtext("pubDate") == "Wed, 28 Feb 2024 02:30:00 +0000"


def test_naive_date_leaves_gmt_to_wordpress() -> None:
    article = Article(title="T", published=datetime(2024, 2, 28), published_precision=Precision.DAY)
    item = item_of(article)
    assert item.findtext("wp:post_date", namespaces=NS) == "2024-02-28 00:00:00"
    assert item.findtext("wp:post_date_gmt", namespaces=NS) == "0000-00-00 00:00:00"
    assert item.find("pubDate") is None
    assert meta(item)["newsparse_published"] == "2024-02-28"


def test_default_tz_makes_the_zone_known() -> None:
    article = Article(title="T", published=datetime(2024, 2, 28, 10, 30), published_precision=Precision.MINUTE)
    item = item_of(article, default_tz=ZoneInfo("Asia/Shanghai"))
    assert item.findtext("wp:post_date_gmt", namespaces=NS) == "2024-02-28 02:30:00"
    assert meta(item)["newsparse_published"] == "2024-02-28T10:30:00+08:00"


def test_undated_article_has_no_dates() -> None:
    item = item_of(Article(title="T", sections=[Section(None, ["x"])]))
    assert item.find("wp:post_date", NS) is None and item.find("wp:post_date_gmt", NS) is None


def test_authors_are_declared_and_mapped_to_logins() -> None:
    articles = [
        Article(title="A", authors=["Ann Lee", "王小明"]),
        Article(title="B", authors=["王小明"]),
        Article(title="C"),
    ]
    buffer = io.StringIO()
    get("wxr").write(articles, buffer, ExportOptions(default_author="desk"))
    root = check_wxr(buffer.getvalue())
    declared = {
        a.findtext("wp:author_login", namespaces=NS): a.findtext("wp:author_display_name", namespaces=NS)
        for a in root.iterfind("channel/wp:author", NS)
    }
    assert declared["ann-lee"] == "Ann Lee"
    chinese = next(login for login, name in declared.items() if name == "王小明")
    assert chinese.startswith("author-") and chinese.isascii()
    assert declared["desk"] == "desk"
    creators = [i.findtext("dc:creator", namespaces=NS) for i in root.iterfind("channel/item")]
    assert creators == ["ann-lee", chinese, "desk"]
    first = root.find("channel/item")
    assert meta(first)["newsparse_authors"] == "Ann Lee; 王小明"


def test_categories_from_breadcrumb_with_nicenames() -> None:
    article = Article(title="标题", breadcrumb=["首页", "新闻中心", "Local News", "正文"])
    item = item_of(article)
    terms = [(c.get("nicename"), c.text) for c in item.iterfind("category")]
    assert terms == [("%e6%96%b0%e9%97%bb%e4%b8%ad%e5%bf%83", "新闻中心"), ("local-news", "Local News")]


def test_category_map_renames_and_drops() -> None:
    article = Article(title="T", breadcrumb=["Home", "Procuratorial window", "Misc"])
    item = item_of(article, category_map={"procuratorial WINDOW": "Procuratorate", "Misc": None})
    assert [c.text for c in item.iterfind("category")] == ["Procuratorate"]
    kept = item_of(article, exclude_home_crumbs=False)
    assert [c.text for c in kept.iterfind("category")] == ["Home", "Procuratorial window", "Misc"]


def test_source_and_original_url_are_postmeta() -> None:
    article = Article(title="T", source="Xinhua", url='https://example.com/a b?x=1&y="2"')
    values = meta(item_of(article))
    assert values["newsparse_source"] == "Xinhua"
    assert values["newsparse_original_url"] == "https://example.com/a%20b?x=1&y=%222%22"


def test_status_and_post_type() -> None:
    item = item_of(Article(title="T"), post_status="draft")
    assert item.findtext("wp:status", namespaces=NS) == "draft"
    assert item.findtext("wp:post_type", namespaces=NS) == "post"


def test_cdata_is_split_around_its_terminator() -> None:
    text = "a]]>b]]]]>c<![CDATA[d"
    doc = parse_xml(f"<x>{wxr.cdata(text)}</x>")
    assert doc.text == text
    item = item_of(Article(title="x]]>y", kicker="]]>", sections=[Section("h]]>", ["p ]]> q"])]))
    assert html.unescape(item.findtext("title") or "") == "x]]>y"


def test_control_characters_are_removed() -> None:
    item = item_of(Article(title="a\x00b\x1bc\ufffed", authors=["x\x0by"]))
    assert html.unescape(item.findtext("title") or "") == "abcd"


def _many(n: int) -> Iterator[Article]:
    for i in range(n):
        yield Article(
            title=f"Story {i}",
            authors=[f"Reporter {i % 7}"],
            breadcrumb=["Home", f"Section {i % 5}"],
            published=datetime(2024, 1, 1, tzinfo=CST) + timedelta(hours=i),
            published_precision=Precision.MINUTE,
            sections=[Section(None, [f"Paragraph {i} " * 20])],
        )


def test_spooling_to_disk_gives_the_same_document(monkeypatch: pytest.MonkeyPatch) -> None:
    in_memory = io.StringIO()
    get("wxr").write(_many(300), in_memory)
    monkeypatch.setattr(wxr, "SPOOL_BYTES", 1024)
    on_disk = io.StringIO()
    assert get("wxr").write(_many(300), on_disk) == 300
    assert on_disk.getvalue() == in_memory.getvalue()
    root = check_wxr(on_disk.getvalue())
    assert len(root.findall("channel/wp:author", NS)) == 7
    assert len(root.findall("channel/wp:category", NS)) == 5
    assert [int(i.findtext("wp:post_id", namespaces=NS) or 0) for i in root.iterfind("channel/item")] == list(
        range(1, 301)
    )


def test_empty_export_is_still_valid() -> None:
    buffer = io.StringIO()
    assert get("wxr").write([], buffer) == 0
    check_wxr(buffer.getvalue())


@pytest.mark.parametrize(
    "bad",
    [
        {"post_status": "published"},
        {"default_author": "Not A Login"},
        {"base_site_url": "javascript:alert(1)"},
        {"default_tz": "+08:00"},
        {"no_such_option": 1},
    ],
)
def test_bad_options_raise_options_error(bad: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        export(Article(title="T"), "wxr", **bad)
