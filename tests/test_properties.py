"""Properties that hold for any input (hypothesis).

- ``parse`` never raises anything but a :class:`NewsparseError` (and, for bytes or str, nothing);
- every Article's ``to_dict()`` fits the shipped JSON Schema and round-trips losslessly.

Examples are kept modest (the suite stays fast); ``deadline=None`` because the machine is shared.
For a longer hunt: ``NEWSPARSE_HYPOTHESIS_EXAMPLES=2000 python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, BlockKind, NewsparseError, ParseWarning, Precision, Section

EXAMPLES = int(os.environ.get("NEWSPARSE_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALIDATOR = jsonschema.Draft202012Validator(newsparse.json_schema())

#: fragments a page is made of: chrome, labels, dates, separators, prose (both languages)
FRAGMENTS = [
    "当前位置：",
    "首页",
    " >> ",
    " > ",
    " » ",
    " -> ",
    " / ",
    "Current location: ",
    "home page",
    "【字号：大 中 小】",
    "[Font size: large | in | Small",
    "时间：",
    "发布时间：",
    "来源：",
    "作者：",
    "责任编辑：",
    "Time: ",
    "Author: ",
    "News source: ",
    "Editor: ",
    "2024-02-28",
    "2024-02-28 10:30:15",
    "2024年02月28日 10:30",
    "2024/2/28",
    "2024.02.28",
    "February 28, 2024",
    "28 February 2024",
    "Feb. 28, 2024",
    "9999-99-99",
    "0000年13月32日",
    "今天是",
    "【",
    "】",
    "[",
    "]",
    "（完）",
    "(责编：王五)",
    "（记者 张三）",
    "上一篇：",
    "下一篇：",
    "版权所有",
    "皖ICP备05012345号",
    "公网安备",
    "主办单位：",
    "打印",
    "关闭",
    "分享到：",
    "扫描二维码",
    "Print | Close",
    "Copyright © 2024",
    "一、",
    "会议强调，要坚持问题导向，推动检察工作高质量发展。",
    "The meeting emphasized that the work must go on with high quality and efficiency. ",
    "\n",
    "\n\n",
    "  ",
    "|",
    ":",
    "：",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\r\n",
    "\t",
    "\ufeff",
]
HTML_FRAGMENTS = [
    "<html>",
    "<head>",
    "<meta charset='gbk'>",
    '<meta charset="utf-8">',
    "<title>",
    "</title>",
    "<body>",
    "<div class='article'>",
    "</div>",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<span>",
    "<br>",
    "<script>var a = '<p>x</p>';</script>",
    "<!-- c -->",
    "<table><tr><td>",
    "</td></tr></table>",
    "&nbsp;",
    "&amp;",
    "&#x4e2d;",
    "<",
    ">",
    "</",
    "<!DOCTYPE html>",
    '<meta property="article:published_time" content="2024-02-28T10:30:00+08:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-28"}</script>',
]

text_pages = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=30), max_size=60).map("".join)
html_pages = st.lists(st.sampled_from(HTML_FRAGMENTS + FRAGMENTS) | st.text(max_size=20), max_size=60).map("".join)
encodings = st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-16-le", "big5", "cp1252", "latin-1"])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace")


def _check(article: Article) -> None:
    """Every Article fits the schema and round-trips through JSON."""
    data = article.to_dict()
    VALIDATOR.validate(json.loads(json.dumps(data, ensure_ascii=False)))
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_parse(data: bytes) -> None:
    _check(newsparse.parse(data))


@SETTINGS
@given(st.text(max_size=2000))
def test_any_str_parses(data: str) -> None:
    _check(newsparse.parse(data))


@SETTINGS
@given(text_pages, encodings)
def test_text_like_pages_parse_in_any_encoding(page: str, encoding: str) -> None:
    _check(newsparse.parse(page))
    _check(newsparse.parse(_encode(page, encoding)))


@SETTINGS
@given(html_pages, st.sampled_from(["utf-8", "gb18030"]), st.sampled_from([None, "html", "text"]))
def test_html_like_pages_parse(page: str, encoding: str, kind: str | None) -> None:
    _check(newsparse.parse(_encode(page, encoding), kind=kind))


@SETTINGS
@given(text_pages)
def test_explain_agrees_with_parse(page: str) -> None:
    explanation = newsparse.explain(page)
    assert explanation.article == newsparse.parse(page)
    assert isinstance(explanation.format(), str)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(
        st.integers(),
        st.none(),
        st.lists(st.text(max_size=5), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        st.floats(allow_nan=True),
        st.tuples(st.binary(max_size=5)),
    ),
    st.one_of(st.none(), st.text(max_size=6), st.integers()),
)
def test_anything_else_raises_only_our_errors(data: Any, kind: Any) -> None:
    try:
        newsparse.parse(data, kind=kind)
    except NewsparseError:
        return
    raise AssertionError(f"parse({data!r}, kind={kind!r}) did not raise a NewsparseError")


# --- model round trip --------------------------------------------------------------------

short_text = st.text(max_size=40)
naive_dates = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1))
zones = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))])


@st.composite
def dates(draw: st.DrawFn) -> datetime:
    value = draw(naive_dates)
    zone = draw(zones)
    return value.replace(tzinfo=zone) if zone else value


@st.composite
def sections(draw: st.DrawFn) -> Section:
    paragraphs = draw(st.lists(short_text, max_size=4))
    with_kinds = draw(st.booleans())
    kinds = [draw(st.sampled_from(list(BlockKind))) for _ in paragraphs] if with_kinds else []
    return Section(draw(st.none() | short_text), paragraphs, kinds)


articles = st.builds(
    Article,
    title=st.none() | short_text,
    kicker=st.none() | short_text,
    published=st.none() | dates(),
    published_precision=st.none() | st.sampled_from(list(Precision)),
    updated=st.none() | dates(),
    updated_precision=st.none() | st.sampled_from(list(Precision)),
    authors=st.lists(short_text, max_size=3),
    editors=st.lists(short_text, max_size=3),
    source=st.none() | short_text,
    site_name=st.none() | short_text,
    breadcrumb=st.lists(short_text, max_size=4),
    sections=st.lists(sections(), max_size=3),
    language=st.none() | st.sampled_from(["en", "zh", "ja"]),
    url=st.none() | short_text,
    warnings=st.lists(st.builds(ParseWarning, code=short_text, message=short_text), max_size=3),
)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(articles)
def test_any_article_round_trips_and_fits_the_schema(article: Article) -> None:
    _check(article)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=500))
def test_lone_surrogates_and_controls_never_reach_the_output(data: str) -> None:
    article = newsparse.parse(data)
    _check(article)
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # printable by the CLI
