"""HTML path, block labelling: the shortcuts taken for speed give what the plain code gives."""

from __future__ import annotations

from newsparse.blocks import Block, Label
from newsparse.html.blocks import walk
from newsparse.html.content import _block, block_score, choose_container, find_title, label_blocks
from newsparse.html.tree import parse_html

PAGE = """<html><head><title>Flood barrier approved - Harbour Times</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="breadcrumb">Home &gt; News &gt; Local</div>
<h1>Flood barrier approved</h1>
<p class="byline">By Ann Lee | 12 March 2024, 09:30</p>
<div class="article-body">
<p>The council approved a movable flood barrier across the old port entrance on Tuesday, after a decade of
debate about the cost of the project and the harm it could do to the harbour's fishing fleet.</p>
<p>Engineers say the barrier will close within twenty minutes when a storm surge is forecast, and stay open
for the rest of the year so that boats can pass as they do today.</p>
<div class="share-bar"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a></div>
<h2>Opposition</h2>
<p>Residents of the lower town, whose streets flooded twice last winter, asked for a second review of the
plans, but the council said that the work must begin before the autumn storms.</p>
<p>Photo: Reuters</p>
<p>Editor: Mark Evans</p>
</div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Storm surge floods lower town again</a></li>
<li><a href="/b">Harbour fees to rise</a></li></ul></div>
<footer>Copyright 2024 Harbour Times. All rights reserved.</footer>
</body></html>"""


def _page() -> tuple:
    root, _ = parse_html(PAGE)
    page = walk(root)
    raw = [block_score(b) for b in page.blocks]
    container = choose_container(page.elements, raw)
    assert container is not None
    return page, raw, container


def test_fast_block_equals_the_dataclass_constructor() -> None:
    page, _, _ = _page()
    for i, hb in enumerate(page.blocks):
        for label in (Label.PARAGRAPH, Label.META):
            made = _block(i, hb, label, "rule", True)
            text = (hb.segmented or hb.text) if label is Label.META else hb.text
            assert made == Block(i, text, label, "rule", hb.kind, hb.link_density, hb.tag, True)
            assert made.width == Block(i, text).width


def test_labels_are_the_same_with_the_callers_scores() -> None:
    page, raw, container = _page()
    titles = ["Flood barrier approved"]
    assert find_title(page.blocks, container, titles, raw) == find_title(page.blocks, container, titles)
    title_at, rule = find_title(page.blocks, container, titles, raw)
    assert title_at is not None
    languages = ("en",)
    with_scores = label_blocks(page, container, title_at, rule, frozenset(), languages, raw)
    without = label_blocks(page, container, title_at, rule, frozenset(), languages)
    assert with_scores == without
    labels = {b.text: b.label for b in with_scores}
    assert labels["Flood barrier approved"] is Label.TITLE
    assert any(label is Label.PARAGRAPH for label in labels.values())


def test_photo_credit_test_reads_only_the_line_ends() -> None:
    from newsparse.html.content import _PHOTO_CREDIT, _is_photo_credit

    lines = [
        "Foto: Max Muster",
        "Getty Images / Alex Caparros / Staff",
        "The minister spoke in Berlin on Monday. (AFP)",
        "The minister spoke in Berlin on Monday. ( AFP )\n",
        "Protesters outside the parliament  REUTERS ",
        "Protesters outside the parliament Reuters.",
        "Reuters reported the talks had failed on Monday",
        "Bild: picture alliance",
        "Ein Foto von dpa]",
        "dpa)) ",
        "",
    ]
    for line in lines:
        assert _is_photo_credit(line) == bool(_PHOTO_CREDIT.search(line)), line
    assert _is_photo_credit("The minister spoke in Berlin on Monday. (AFP)")
    assert not _is_photo_credit("Reuters reported the talks had failed on Monday")
