"""HTML path, metadata: every source becomes a ranked candidate; the winner's rule is recorded."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse import Precision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def rules(data: bytes | str, **kwargs: object) -> dict[str, str]:
    explanation = newsparse.explain(data, kind="html", **kwargs)  # type: ignore[arg-type]
    return {e.field: e.rule for e in explanation.evidence}


def page(head: str, body: str = "") -> str:
    prose = "<p>The committee met on Monday and agreed the new plan after a long and careful debate.</p>" * 3
    return f"<html><head>{head}</head><body><h1>Plan agreed</h1>{body}<div class='content'>{prose}</div></body></html>"


def test_jsonld_graph_wins_and_keeps_updated_apart() -> None:
    data = (FIXTURES / "en/news-jsonld.html").read_bytes()
    article = newsparse.parse(data)
    assert article.authors == ["Jane Porter", "Sam Okafor"]
    assert article.published == datetime(2023, 3, 14, 9, 30, tzinfo=timezone.utc)
    assert article.updated == datetime(2023, 3, 15, 11, 0, tzinfo=timezone.utc)
    assert article.site_name == "The Coastal Herald"
    assert rules(data)["published"] == "JSON-LD article.datePublished"


def test_meta_names_match_case_insensitively() -> None:
    html = page('<meta name="AUTHOR" content="Ana Silva"><meta name="PubDate" content="2021-06-01">')
    article = newsparse.parse(html)
    assert article.authors == ["Ana Silva"]
    assert article.published == datetime(2021, 6, 1)
    assert article.published_precision is Precision.DAY


def test_chinese_cms_tags_and_visible_meta_line() -> None:
    data = (FIXTURES / "zh/gov-trs.html").read_bytes()
    article = newsparse.parse(data)
    assert article.title == "南陵县检察院召开全院干警大会"
    assert article.published == datetime(2024, 2, 28, 10, 30)
    assert article.source == "南陵县人民检察院"
    assert article.authors == ["刘静", "齐绍杰"]
    assert article.editors == ["王敏"]
    assert article.site_name == "芜湖市人民检察院"
    assert article.breadcrumb == ["首页", "工作动态"]


def test_cms_source_tag_when_no_line_shows_one() -> None:
    html = page('<meta name="ContentSource" content="新华社"><meta name="SiteName" content="某市政府网">')
    article = newsparse.parse(html)
    assert article.source == "新华社"
    assert rules(html)["source"] == "<meta contentsource>"


def test_byline_element_and_short_date_line() -> None:
    article = newsparse.parse_file(FIXTURES / "de/regional-byline.html")
    assert article.authors == ["Katrin Weber"]
    assert article.published == datetime(2022, 5, 12)


def test_future_dates_are_rejected() -> None:
    future = (datetime.now() + timedelta(days=400)).strftime("%Y-%m-%d")
    html = page(f'<meta property="article:published_time" content="{future}">')
    assert newsparse.parse(html).published is None


def test_url_date_forms() -> None:
    html = page("")
    assert newsparse.parse(html, url="https://x.example/news/2024/02/28/plan.html").published == datetime(2024, 2, 28)
    assert newsparse.parse(html, url="http://www.gov.example/xwdt/202402/t20240228_123.html").published == datetime(
        2024, 2, 28
    )
    assert rules(html, url="https://x.example/2024/02/28/a.html")["published"] == "date in the URL"


def test_time_element_and_itemprop() -> None:
    body = '<time datetime="2020-05-04T08:15:00">4 May</time><span itemprop="author">Lee Chan</span>'
    article = newsparse.parse(page("", body))
    assert article.published == datetime(2020, 5, 4, 8, 15)
    assert article.authors == ["Lee Chan"]


def test_title_element_loses_its_site_suffix() -> None:
    html = "<html><head><title>Rates held steady | Money Daily</title></head><body><p>Short.</p></body></html>"
    assert newsparse.parse(html).title == "Rates held steady"


def test_visible_local_time_refines_utc_metadata() -> None:
    head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-20T06:33:00Z"}</script>'
    html = page(head, "<div>2024-05-20 14:33 新华社</div>")
    article = newsparse.parse(html)
    assert article.published == datetime(2024, 5, 20, 14, 33)
    assert article.source == "新华社"
    assert rules(html)["published"].startswith("visible time refining JSON-LD")


def test_site_name_is_not_an_author() -> None:
    html = page('<meta property="article:author" content="新京报"><meta property="og:site_name" content="新京报">')
    assert newsparse.parse(html).authors == []


def test_byline_classed_name_after_the_date_is_an_author_not_an_outlet() -> None:
    prose = "<p>The committee published its report on Friday after two years of hearings and interviews.</p>"
    html = (
        "<html><head><title>Report published</title></head><body><article><h1>Report published</h1>"
        '<div class="info"><span>28. Jan. 2022</span> <span class="author">Paula Balov</span></div>'
        f"{prose * 3}</article></body></html>"
    )
    article = newsparse.parse(html)
    assert article.authors == ["Paula Balov"]
    assert article.source != "Paula Balov"


def test_byline_label_on_its_own_line_names_the_next_block() -> None:
    prose = "<p>The committee published its report on Friday after two years of hearings and interviews.</p>"
    html = (
        "<html><head><title>Report published</title></head><body><article><h1>Report published</h1>"
        f"<h4>Autor</h4><p>Nikolai Huke</p>{prose * 3}</article></body></html>"
    )
    assert newsparse.parse(html).authors == ["Nikolai Huke"]


def test_utc_metadata_time_takes_the_local_day_another_source_gives() -> None:
    prose = "<p>Police are investigating after two people were stabbed late on Wednesday evening.</p>"
    html = (
        '<html><head><title>Two stabbed</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Two stabbed", "datePublished": "2023-11-09T02:11:03+00:00"}'
        "</script></head><body><article><h1>Two stabbed</h1>"
        f'<time datetime="2023-11-08T21:11:03-05:00">November 8</time>{prose * 3}</article></body></html>'
    )
    published = newsparse.parse(html).published
    assert published is not None and published.date().isoformat() == "2023-11-08"


def test_day_first_date_in_the_url() -> None:
    from newsparse.html.meta import url_date_candidates

    (cand,) = url_date_candidates("https://example.org/media-news/meldungen/29-10-2021", datetime(2024, 1, 1))
    assert cand.value == datetime(2021, 10, 29)


def test_publication_key_in_an_inline_app_state_script_is_a_fallback() -> None:
    state = '<script>window.__STATE__={"title":"Plan","createdAt":"2021-01-02T08:00:00Z","published_at":"2022-01-31T15:58:43+01:00"}</script>'
    html = page("", state)
    assert newsparse.parse(html).published == datetime(2022, 1, 31, 15, 58, 43, tzinfo=timezone(timedelta(hours=1)))
    assert rules(html)["published"] == "inline script published_at"
    # escaped JSON inside a string, as Next.js and Shopify pages write it
    escaped = page("", r'<script>var s = "{\"datePublished\":\"2020-05-04\"}";</script>')
    assert newsparse.parse(escaped).published == datetime(2020, 5, 4)
    # metadata wins over the script
    meta = page('<meta property="article:published_time" content="2019-03-02">', state)
    assert newsparse.parse(meta).published == datetime(2019, 3, 2)


def test_date_written_by_a_short_body_script() -> None:
    html = page("", '<p class="info"><script>showDate("2020/04/17 01:43:09")</script></p>')
    assert newsparse.parse(html).published == datetime(2020, 4, 17, 1, 43, 9)
    assert rules(html)["published"] == "date written by a short inline script"


def test_date_older_than_the_url_period_is_rejected() -> None:
    html = page('<meta property="article:published_time" content="2018-02-28T20:00:18+00:00">')
    assert newsparse.parse(html, url="https://x.example/politics/2021/03/plan").published is None
    kept = newsparse.parse(html, url="https://x.example/politics/2018/02/plan")
    assert kept.published == datetime(2018, 2, 28, 20, 0, 18, tzinfo=timezone.utc)
    # a day of slack for time zones at the start of the period
    edge = page('<meta property="article:published_time" content="2020-12-31T23:30:00-05:00">')
    assert newsparse.parse(edge, url="https://x.example/2021/a-story").published is not None


def test_utc_head_metadata_takes_the_local_day_of_the_site_country() -> None:
    html = page('<meta property="article:published_time" content="2022-11-06T23:00:00+00:00">')
    german = newsparse.parse(html, url="https://www.example.de/reisen/provence")
    assert german.published is not None and german.published.date().isoformat() == "2022-11-07"
    assert german.published == datetime(2022, 11, 6, 23, tzinfo=timezone.utc)  # the same instant
    # no country code domain: the UTC day stays
    generic = newsparse.parse(html, url="https://www.example.com/travel/provence")
    assert generic.published is not None and generic.published.date().isoformat() == "2022-11-06"


def _story_with_header(header: str) -> str:
    paragraphs = "".join(
        f"<p>Der Bundestag hat am Freitag den Haushalt beschlossen, Absatz {i}. Die Koalition setzte sich mit ihrer "
        "Mehrheit gegen die Stimmen der Opposition durch, und der Bundesrat soll im März folgen.</p>"
        for i in range(4)
    )
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Bundestag beschließt Etat | Zeitung</title></head>'
        f"<body><main><article><header>{header}</header>{paragraphs}</article></main></body></html>"
    )


def test_the_overline_above_the_headline_is_the_kicker() -> None:

    article = newsparse.parse(_story_with_header('<p class="overline">Haushalt</p><h1>Bundestag beschließt Etat</h1>'))
    assert (article.kicker, article.title) == ("Haushalt", "Bundestag beschließt Etat")
    assert "Haushalt\n" not in article.text


@pytest.mark.parametrize(
    "above",
    [
        '<p><a href="/politik">Politik</a></p>',  # the section's link: a menu
        "<p>02.02.2024, 14:35 Uhr</p>",  # a date line
        "<p>Der Haushalt steht nach langem Streit.</p>",  # a sentence
    ],
)
def test_no_kicker_from_a_link_a_date_or_a_sentence_above_the_headline(above: str) -> None:

    article = newsparse.parse(_story_with_header(f"{above}<h1>Bundestag beschließt Etat</h1>"))
    assert article.kicker is None
    assert article.title == "Bundestag beschließt Etat"


def test_an_overline_naming_the_author_is_no_kicker() -> None:
    html = _story_with_header("<div>Katrin Weber</div><h1>Bundestag beschließt Etat</h1>").replace(
        "</title>", '</title><meta name="author" content="Katrin Weber">'
    )
    article = newsparse.parse(html)
    assert article.authors == ["Katrin Weber"]
    assert article.kicker is None


def test_metadata_author_named_by_the_copyright_line_yields_to_the_visible_byline() -> None:
    # a portal's og:article:author is the outlet the story came from; the reporter is in the header
    prose = (
        "<p>서울시는 다음 달부터 한강 다리 두 곳의 보수 공사를 시작한다고 22일 밝혔다. "
        "공사 기간에는 차량 통행이 일부 제한된다.</p>"
    )
    html = (
        '<html><head><meta property="og:article:author" content="한빛일보"><title>한강 다리 보수</title></head>'
        "<body><article><h1>한강 다리 보수</h1><p>김수아 인턴 기자   2024. 5. 22. 08:37</p>"
        f"{prose * 4}<p>Copyright © 한빛일보. 무단전재 및 재배포 금지.</p></article></body></html>"
    )
    article = newsparse.parse(html, languages=("ko", "en"))
    assert article.authors == ["김수아"]


def test_metadata_author_not_named_by_the_copyright_line_keeps_its_rank() -> None:
    html = page(
        '<meta name="author" content="Jane Porter"><title>Plan agreed</title>',
        "<p>By Sam Okafor</p>",
    ).replace("</body>", "<p>© 2024 Acme News. All rights reserved.</p></body>")
    assert newsparse.parse(html).authors == ["Jane Porter"]
