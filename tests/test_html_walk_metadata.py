"""The block walk collects itemprop, <time datetime> and rel=author elements itself, including
those in the parts it skips (head, navigation, hidden blocks): the same elements, in document
order, as one XPath over the whole tree."""

from __future__ import annotations

from lxml import etree

from newsparse.html.blocks import walk
from newsparse.html.tree import parse_html

PAGE = """<html><head><meta itemprop="datePublished" content="2024-03-01T08:00:00+01:00"></head><body>
<nav><a rel="author" href="/team/anna">Anna Berg</a></nav>
<article>
  <h1 itemprop="headline">Council approves the harbour plan</h1>
  <div class="byline">By <span itemprop="author">Jonas Weber</span></div>
  <time datetime="2024-03-01T09:30:00+01:00" class="published">1 March 2024</time>
  <p>The council approved the harbour plan on Friday after a debate of four hours.</p>
  <p hidden><time datetime="2023-01-01">old</time></p>
  <p>Work starts in May, the mayor said.</p>
</article>
<footer><a rel="author" href="/team/lea">Lea Roth</a></footer>
</body></html>"""

_ALL = etree.XPath("//*[@itemprop] | //time[@datetime] | //a[@rel='author']")


def test_walk_reads_metadata_elements_in_document_order_even_where_it_skips() -> None:
    root, _ = parse_html(PAGE)
    page = walk(root)
    assert [p for _, p, _ in page.itemprops] == ["datepublished", "headline", "author"]
    assert [v for _, p, v in page.itemprops if p == "author"] == ["Jonas Weber"]
    assert [t for _, t, _ in page.times] == ["2024-03-01T09:30:00+01:00", "2023-01-01"]
    assert "published" in page.times[0][2]
    # byline-classed elements first, then the rel=author links (in the nav and the footer)
    assert [t for _, t in page.bylines] == ["By Jonas Weber", "Anna Berg", "Lea Roth"]
    assert len(_ALL(root)) == len(page.itemprops) + len(page.times) + 2


def test_byline_class_on_a_wrapper_around_the_article_is_an_author_box_not_a_byline() -> None:
    # the byline class sits on the wrapper of a long text: it is read only up to the byline limit,
    # found too long for a byline, and marked as an author box; the short byline inside still counts
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story, with a sentence or two of text in it.</p>" for i in range(300)
    )
    root, _ = parse_html(
        f'<html><body><div class="post-author-wrap"><span class="byline">By Jane Doe</span>{paragraphs}</div></body></html>'
    )
    page = walk(root)
    assert [text for _, text in page.bylines] == ["By Jane Doe"]
    assert all(b.bio for b in page.blocks)
