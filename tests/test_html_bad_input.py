"""HTML path, bad input: every case ends as an Article with warnings (or a typed error), bounded."""

from __future__ import annotations

import lxml.html
import pytest
from bs4 import BeautifulSoup

import newsparse
from newsparse.errors import InputTypeError


def codes(article: newsparse.Article) -> set[str]:
    return {w.code for w in article.warnings}


def test_empty_html() -> None:
    article = newsparse.parse(b"<html><body></body></html>", kind="html")
    assert article.sections == []
    assert {"empty_html", "no_body"} <= codes(article)


def test_frameset_only() -> None:
    html = b'<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'
    article = newsparse.parse(html)
    assert article.sections == []
    assert "frameset" in codes(article)


def test_very_large_page_is_cut_with_a_warning() -> None:
    paragraph = "<p>" + "The council met again today to discuss the harbour plan. " * 20 + "</p>\n"
    data = ("<html><body>" + paragraph * (50_000_000 // len(paragraph) + 1)).encode()
    assert len(data) > 50_000_000
    article = newsparse.parse(data, max_chars=5_000_000)
    assert "truncated" in codes(article)
    assert article.sections


def test_deep_nesting_is_cut_not_a_recursion_error() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "<p>after</p></body></html>"
    article = newsparse.parse(html)
    assert "html_too_deep" in codes(article)


def test_entity_expansion_bomb_is_not_expanded() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    html = f"<!DOCTYPE html [{entities}]><html><body><p>&i;&i;&i;</p></body></html>"
    article = newsparse.parse(html, kind="html")
    assert len(article.text) < 1000


def test_binary_with_an_html_header() -> None:
    data = b"<html><head><title>x</title></head><body>" + bytes(range(256)) * 400
    article = newsparse.parse(data)
    assert "binary_input" in codes(article)


def test_declared_charset_is_wrong() -> None:
    body = "<p>南陵县人民检察院召开全院干警大会，传达学习全市检察长会议精神，部署重点工作。</p>" * 3
    data = f'<html><head><meta charset="gb2312"></head><body>{body}</body></html>'.encode()
    article = newsparse.parse(data)
    assert "南陵县人民检察院召开全院干警大会" in article.text
    assert "charset_mismatch" in codes(article)


def test_http_content_type_outranks_the_page() -> None:
    body = "<p>" + "Überraschung in der Stadt: der Rat stimmt zu und beschließt den Plan. " * 3 + "</p>"
    data = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("cp1252")
    article = newsparse.parse(data, content_type="text/html; charset=windows-1252")
    assert "Überraschung" in article.text


def test_soup_and_lxml_trees_are_accepted() -> None:
    html = "<html><body><div class='article'>" + "<p>A sentence of real article text, long enough to keep.</p>" * 3
    html += "</div></body></html>"
    expected = newsparse.parse(html).text
    assert newsparse.parse(BeautifulSoup(html, "html.parser")).text == expected
    assert newsparse.parse(lxml.html.document_fromstring(html)).text == expected
    assert newsparse.parse(lxml.html.document_fromstring(html).getroottree()).text == expected


def test_wrong_input_type_is_a_typed_error() -> None:
    with pytest.raises(InputTypeError):
        newsparse.parse(12345)  # type: ignore[arg-type]


def test_deep_tree_built_elsewhere_is_reparsed_within_limits() -> None:
    from lxml import etree

    html = "<html><body>" + "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000 + "</body></html>"
    tree = etree.fromstring(html, etree.HTMLParser(huge_tree=True))
    article = newsparse.parse(tree)
    assert "html_too_deep" in codes(article)
