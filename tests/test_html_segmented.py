"""HTML path, meta lines read field by field: where inline elements leave a gap and where they join."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse
from newsparse.html.blocks import _segmented

#: the walk's mark for an inline element's start or end
S = "\x1e"


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        # whitespace between two elements in the markup: a gap that ends the first field's value
        (f"{S}来源：北青网{S} {S}北京{S}", "来源：北青网   北京"),
        (f"{S}By Ann Lee{S}\n{S}May 3, 2021{S}", "By Ann Lee   May 3, 2021"),
        # no whitespace, inside one word: the elements join with nothing
        (f"{S}2024{S}{S}年{S}2月28日", "2024年2月28日"),
        (f"2024年{S}2{S}月{S}28{S}日", "2024年2月28日"),
        (f"作者：{S}张{S}{S}三{S}", "作者： 张三"),
        (f"{S}J{S}ohn Smith", "John Smith"),
        (f"{S}Dü{S}sseldorf", "Düsseldorf"),
        # no whitespace, but no word goes on: side by side items the page's CSS sets apart
        (f"{S}macbacchi{S}{S}28.09.19 12:44{S}", "macbacchi   28.09.19 12:44"),
        (f"Published{S}May 11, 2024{S}", "Published   May 11, 2024"),
        (f"May 10, 2024{S}3:55 PM ET{S}", "May 10, 2024   3:55 PM ET"),
        (f"Sopocie{S}Źródło: PAP{S}", "Sopocie   Źródło: PAP"),
        (f"古代{S}[{S}编辑{S}]{S}", "古代   [   编辑   ]"),
        # a label's colon keeps its value, gap or not
        (f"来源：{S} {S}1905电影网{S}", "来源： 1905电影网"),
        (f"来源：{S}人民网{S}", "来源： 人民网"),
    ],
)
def test_segmented_gaps_only_where_the_markup_parts_the_elements(marked: str, expected: str) -> None:
    assert _segmented(marked) == expected


PROSE = "<p>市政府今天召开新闻发布会，介绍了新的港口建设规划，并回答了记者关于资金来源和工期安排的提问。</p>" * 4


def page(meta: str) -> str:
    return (
        "<html><body><article><h1>港口建设规划公布</h1>"
        f"<div class='info'>{meta}</div><div class='content'>{PROSE}</div></article></body></html>"
    )


def test_date_split_over_adjacent_elements_leaves_the_source_readable() -> None:
    html = page("<span class='date'><b>2024</b><b>年</b>2月28日 10:30</span> <span>来源：<a>人民网</a></span>")
    article = newsparse.parse(html, kind="html")
    assert article.published == datetime(2024, 2, 28, 10, 30)
    assert article.source == "人民网"


def test_highlighted_date_digits_join_their_units() -> None:
    article = newsparse.parse(page("<span>2024年<b>2</b>月<b>28</b>日 10:30</span> <span>来源：人民网</span>"))
    assert article.published == datetime(2024, 2, 28, 10, 30)
    assert article.source == "人民网"


def test_name_split_over_adjacent_links_is_one_name() -> None:
    article = newsparse.parse(page("<span>作者：<a>张</a><a>三</a></span> <span>来源：人民网</span>"))
    assert article.authors == ["张三"]
    assert article.source == "人民网"


def test_source_split_over_adjacent_elements_ends_at_the_spaced_one() -> None:
    html = page("<span>2024-02-28 10:30</span> <span>来源：<b>人民</b><b>网</b></span> <span>北京</span>")
    assert newsparse.parse(html).source == "人民网"
