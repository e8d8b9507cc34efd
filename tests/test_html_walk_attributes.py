"""The walk reads each element's attribute names once and fetches only the attributes present:
hidden elements (by attribute, style or dialog role) are skipped, an inline leaf with a neutral
class is plain text, one with a chrome class or id is its own chrome element."""

from __future__ import annotations

from newsparse.html.blocks import _flags, _tokens, walk
from newsparse.html.tree import parse_html

PAGE = """<html><body><article class="post-body">
<p>The harbour plan passed <b class="highlight">on Friday</b> after a long debate.</p>
<p hidden>Hidden by attribute.</p>
<div style="display: none"><p>Hidden by style.</p></div>
<div role="dialog"><p>We use cookies.</p></div>
<p>Share it: <a class="share-button" href="/s">Share</a> <a id="comments" href="/c">Comments</a></p>
<p id="lead-para" data-x="1">Work starts in May, the mayor said.</p>
</article></body></html>"""


def test_hidden_elements_are_skipped_and_attributes_read_once() -> None:
    root, _ = parse_html(PAGE)
    page = walk(root)
    texts = [b.text for b in page.blocks]
    assert texts == [
        "The harbour plan passed on Friday after a long debate.",
        "Share it: Share Comments",
        "Work starts in May, the mayor said.",
    ]
    # the neutral class leaves the emphasis plain; the share link and the comments id are chrome
    assert sorted(page.negative_tokens.values()) == ["comments", "share"]
    assert all(b.positive for b in page.blocks)  # inside the post-body article


def test_flags_of_a_class_do_not_depend_on_an_ordinary_tag() -> None:
    assert _flags("share-bar", "", "div") == _flags("share-bar", "", "span")
    assert _flags("nav-links", "", "body")[2] is False  # <body> is never chrome
    assert "nav" in _flags("", "", "nav")[0]  # a token tag is a token itself
    assert _flags("post", "comments", "div")[0] == _tokens("post") | _tokens("comments")
