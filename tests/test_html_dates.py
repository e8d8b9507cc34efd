"""HTML path, dates: which of the page's dates is its publication date, and why."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import newsparse

PROSE = "<p>The council met on Monday and agreed the new harbour plan after a long and careful debate.</p>" * 4


def page(head: str, header: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Harbour plan agreed</h1>"
        f"<div class='meta'>{header}</div><div class='content'>{PROSE}</div></article></body></html>"
    )


def rules(html: str) -> dict[str, str]:
    return {e.field: e.rule for e in newsparse.explain(html, kind="html").evidence}


JSONLD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour plan agreed",'
    ' "datePublished": "2019-01-10T08:00:00+01:00", "dateModified": "2021-05-03T09:30:00+02:00"}</script>'
)


def test_shown_update_day_wins_when_the_first_publication_is_shown_nowhere() -> None:
    article = newsparse.parse(page(JSONLD, "By Ann Lee | May 3, 2021"))
    assert article.published is not None and article.published.date() == date(2021, 5, 3)
    assert article.updated is not None and article.updated.date() == date(2021, 5, 3)
    assert "shown nowhere" in rules(page(JSONLD, "By Ann Lee | May 3, 2021"))["published"]


def test_metadata_publication_stands_when_the_page_shows_it() -> None:
    html = page(JSONLD, "Published January 10, 2019 · Updated May 3, 2021")
    article = newsparse.parse(html)
    assert article.published is not None and article.published.date() == date(2019, 1, 10)
    assert rules(html)["published"] == "JSON-LD article.datePublished"


def test_header_date_beats_a_loose_meta_date_shown_nowhere() -> None:
    html = page('<meta name="date" content="2020-02-12">', "Von Ann Lee, 05.02.2020")
    assert newsparse.parse(html).published.date() == date(2020, 2, 5)  # type: ignore[union-attr]
    assert rules(html)["published"] == "date on a meta line; <meta date> is shown nowhere"


def test_loose_meta_date_stands_when_shown() -> None:
    html = page('<meta name="date" content="2020-02-12">', "Von Ann Lee, 12.02.2020 (Termin: 05.02.2020)")
    assert newsparse.parse(html).published.date() == date(2020, 2, 12)  # type: ignore[union-attr]


ZH_PROSE = (
    "<p>会议听取了今年以来全市重点项目建设情况的汇报，研究部署下一阶段工作，要求各部门压实责任、加快进度。</p>" * 4
)


def zh_page(head: str, header: str) -> str:
    return (
        f"<html><head>{head}</head><body><div class='article'><h1>全市重点项目建设推进会召开</h1>"
        f"{header}<div class='content'>{ZH_PROSE}</div></div></body></html>"
    )


def test_visible_local_time_of_a_utc_metadata_time_to_the_minute() -> None:
    head = '<meta property="article:published_time" content="2024-05-20T06:05:02Z">'
    article = newsparse.parse(zh_page(head, "<div class='time'>2024年5月20日週一 下午2:05</div>"))
    assert article.published == datetime(2024, 5, 20, 14, 5)


def test_header_time_wins_over_another_metadata_time_of_the_same_day() -> None:
    head = '<meta property="article:published_time" content="2024-05-10T05:54:20+08:00">'
    html = zh_page(head, "<div class='info'>2024年05月10日 00:26 每日经济新闻</div>")
    article = newsparse.parse(html)
    assert article.published == datetime(2024, 5, 10, 0, 26)
    assert article.source == "每日经济新闻"
    assert rules(html)["published"] == "visible time of the day of <meta article:published_time>"


def test_outlet_named_alone_above_a_date_only_header_line() -> None:
    header = "<div class='author'><a href='/u/1'>中国新闻网</a></div><div class='time'>2024-05-20 13:09</div>"
    html = zh_page("", header)
    article = newsparse.parse(html)
    assert article.source == "中国新闻网"
    assert article.authors == []
    assert rules(html)["source"] == "outlet above the header date"


def test_person_above_a_date_only_header_line_is_no_source() -> None:
    header = "<div class='author'><a href='/u/1'>王之言</a></div><div class='time'>2024-05-20 13:09</div>"
    assert newsparse.parse(zh_page("", header)).source is None


def test_a_comment_time_a_zone_away_does_not_move_the_day() -> None:
    head = '<meta property="article:published_time" content="2020-01-13T18:54:00+01:00">'
    comment = (
        "<li><span class='date'>14. 01. 2020, {}</span><p>Ein guter Artikel, vielen Dank für die Recherche.</p></li>"
    )
    comments = "".join(comment.format(t) for t in ("13:47", "11:22", "08:24", "03:54"))
    html = page(head, "Von Ann Lee").replace("</article>", f"<ol>{comments}</ol></article>")
    assert newsparse.parse(html).published == datetime(2020, 1, 13, 18, 54, tzinfo=timezone(timedelta(hours=1)))


def test_no_visible_date_before_the_period_the_url_files_the_page_under() -> None:
    html = page("", "Rezension vom 9. September 2017<br>Erschienen am: 14. August 2017")
    article = newsparse.parse(html, url="https://blog.example/2017/09/rezension-love-is-war.html")
    assert article.published is not None and article.published.date() == date(2017, 9, 9)


def test_a_visible_time_equal_to_the_metadata_time_keeps_its_zone_and_seconds() -> None:
    head = '<meta property="article:published_time" content="2024-05-16T17:02:38+08:00">'
    article = newsparse.parse(zh_page(head, "<div class='time'>2024-05-16 17:02 新京报</div>"))
    assert article.published == datetime(2024, 5, 16, 17, 2, 38, tzinfo=timezone(timedelta(hours=8)))


def test_the_metadata_time_stands_when_the_header_shows_it_beside_another() -> None:
    head = '<meta property="article:published_time" content="2024-05-13T13:00:00+07:00">'
    header = "<div class='time'>2024-05-13 18:13</div><div class='time'>2024-05-13 13:00</div>"
    article = newsparse.parse(zh_page(head, header))
    assert article.published == datetime(2024, 5, 13, 13, 0, tzinfo=timezone(timedelta(hours=7)))
