"""Property tests: any text in any field gives valid, markup-free WXR, HTML and Markdown."""

from __future__ import annotations

import html
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Article, BlockKind, Section
from newsparse.exporters import export
from newsparse.exporters._common import clean_text
from test_export_checkers import NS, check_html_safe, check_wxr

# any code point, surrogates included, with markup-ish characters made likely
TEXT = st.text(
    st.one_of(st.characters(), st.sampled_from(list("<>&\"'{}[]]]>\\`*_#-|\n\t\x00\x85\u2028"))), max_size=40
)
SAFE_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def articles(draw: st.DrawFn, text: st.SearchStrategy[str] = TEXT) -> Article:
    paragraphs = draw(st.lists(text, max_size=4))
    kinds = draw(st.lists(st.sampled_from(list(BlockKind)), min_size=len(paragraphs), max_size=len(paragraphs)))
    return Article(
        title=draw(st.none() | text),
        kicker=draw(st.none() | text),
        authors=draw(st.lists(text, max_size=2)),
        editors=draw(st.lists(text, max_size=1)),
        source=draw(st.none() | text),
        breadcrumb=draw(st.lists(text, max_size=3)),
        sections=[Section(draw(st.none() | text), paragraphs, kinds)],
        url=draw(st.none() | text),
    )


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(articles())
def test_wxr_is_valid_and_fields_are_escaped(article: Article) -> None:
    root = check_wxr(export(article, "wxr"))
    item = root.find("channel/item")
    assert item is not None
    title = item.findtext("title") or ""
    assert "<" not in title
    if article.title:
        assert html.unescape(title) == clean_text(article.title)
    check_html_safe(item.findtext("content:encoded", namespaces=NS) or "")


@FAST
@given(articles())
def test_html_is_safe(article: Article) -> None:
    check_html_safe(export(article, "html"))


@FAST
@given(articles())
def test_markdown_front_matter_parses(article: Article) -> None:
    text = export(article, "markdown")
    assert "<" not in text
    data = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(data["title"], str) and data["title"] and isinstance(data["date"], str)
    if article.authors and any(clean_text(a) for a in article.authors):
        assert data["authors"] == [clean_text(a) for a in article.authors if clean_text(a)]


@FAST
@given(articles(SAFE_TEXT))
def test_json_round_trips(article: Article) -> None:
    assert Article.from_dict(json.loads(export(article, "jsonl"))) == article
