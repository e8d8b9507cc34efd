"""Stage 3 (HTML path): find the article container, then label every block.

1. Each block gets a *content score*: its non-link text width minus a short-line
   allowance, plus a bonus for sentence punctuation; link-heavy blocks score negative.
   Blocks under an element whose class/id marks it as chrome (share, related, comment,
   ``patterns/html.py``) score negative too, unless that element holds most of the page's
   prose (then the token is a false alarm, e.g. ``<div class="post-share-wrapper">`` around
   everything).
2. The container is the element whose blocks sum to the highest score (prefix sums over
   the block ranges the walk recorded): it takes all the prose and as little chrome as
   possible. Containers whose class/id says ``article``/``content``/``TRS_Editor`` get a bonus.
3. Inside the container, chrome is dropped block by block: chrome-classed subtrees, link
   lists, lines :func:`chrome.classify_block` recognises (share bars, "您的浏览器暂时无法播放此视频",
   editor lines, which become credits), repeated captions, and everything after a
   "related reading" marker. Outside it, meta lines near the headline are kept for the
   field readers, the rest is chrome or tail.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from ..blocks import BODY_LABELS, Block, Label
from ..chrome import classify_block, compiled, is_chrome_phrase, is_footer, is_tail_marker
from ..fields import is_credit_line
from ..fields.metaline import read_meta_line
from ..model import BlockKind
from ..patterns import FieldName, alt
from ..patterns.html import (
    CITATION_BACKLINKS,
    COPYRIGHT_MARKS,
    MAX_CREDIT_LINE,
    NOTICE_LABELS,
    PHOTO_CREDIT_LABELS,
    PICTURE_AGENCIES,
    TAG_TOKENS,
)
from .blocks import Element, HtmlBlock, Walk, fast_width

#: a block's width up to this counts against it: short lines are rarely article prose
SHORT_WIDTH = 25
#: score per sentence punctuation mark (capped)
PUNCT_BONUS = 4
MAX_PUNCT = 8
#: link density above which a block is navigation
MAX_LINK_DENSITY = 0.5
#: a chrome-classed element holding more than this share of the page's prose is not chrome
#: (when choosing the container), or of the container's prose (when cleaning inside it)
MAX_NEGATIVE_PAGE_SHARE = 0.2
MAX_NEGATIVE_CONTAINER_SHARE = 0.3
#: score multiplier of a container whose class/id names article content
POSITIVE_BONUS = 1.15
#: an inner element with this share of the container's prose becomes the container
DOMINANT_SHARE = 0.85
#: the best run of blocks replaces the best element only when it scores this much higher
RUN_ADVANTAGE = 1.3
#: how many blocks around the container are read for meta lines and the headline
HEADER_WINDOW = 12
FOOTER_WINDOW = 12
#: blocks wider than this are prose: the line rules (meta, chrome phrase ...) are not tried
MAX_CLASSIFIED_WIDTH = 160
#: a line this wide ending a sentence is prose, not a meta line or a widget
MIN_SENTENCE_WIDTH = 60
_SENTENCE_FINAL = frozenset('。！？.!?"”')
#: how a closing sentence ends
_CLOSING = frozenset('。！？.!?…"”»)）」』')
#: blocks at each end of the body where meta lines and credits are looked for
EDGE_BLOCKS = 10
#: in the middle of the body only lines up to this wide are tried as widgets
MAX_WIDGET_WIDTH = 60
#: a related-reading marker is a short line
MAX_MARKER_WIDTH = 60
#: how many blocks around the container start the headline is looked for
TITLE_WINDOW = 40
#: a chrome-classed element with this share of its text in links is a teaser list
MIN_TEASER_LINK_SHARE = 0.2
#: a chrome-classed element away from the headline with less than this share of the prose is chrome
MAX_TEASER_SHARE = 0.5
#: a lead above the container is at most this many blocks below the headline
MAX_LEAD_GAP = 8
#: a block scoring this much is prose (a sentence or more); the body ends with one
PROSE_SCORE = 40
#: the first prose after the headline is at most this many blocks below it
HEADLINE_REACH = 60
#: a heading is at most this wide
MAX_HEADING_WIDTH = 200
_TAG_TOKENS = frozenset(TAG_TOKENS.values())

#: the labels the per-block loops below read, bound once: reading a member off its Enum class goes
#: through ``EnumType.__getattr__`` (~0.15 µs), and labelling read ~900 of them a page
_CHROME = Label.CHROME
_CREDIT = Label.CREDIT
_FOOTER = Label.FOOTER
_HEADING = Label.HEADING
_META = Label.META
_PARAGRAPH = Label.PARAGRAPH
_TAIL = Label.TAIL
_TITLE = Label.TITLE
_UNKNOWN = Label.UNKNOWN


@dataclass(frozen=True)
class Container:
    """The chosen main-content element and the rule that chose it."""

    first: int
    end: int
    ordinal: int
    rule: str


#: a licence / disclaimer notice: a label and a colon at the start of the block
_NOTICE = re.compile(r"\W{0,3}" + alt(re.escape(n) for n in NOTICE_LABELS) + r"\s*[:：]", re.IGNORECASE)


def is_notice(text: str) -> bool:
    """A platform's licence or disclaimer paragraph ("版权声明：本文为博主原创文章 …")."""
    return _NOTICE.match(text) is not None


def block_score(b: HtmlBlock) -> float:
    """What a block adds to a container: prose scores up, links and short lines down; a licence
    notice scores as chrome (it must not draw the container to itself)."""
    if b.link_density > MAX_LINK_DENSITY or is_notice(b.text):
        return -0.5 * b.width - 5
    nonlink = b.width * (1 - b.link_density)
    return nonlink - SHORT_WIDTH + PUNCT_BONUS * min(b.punct, MAX_PUNCT)


def valid_negatives(walk: Walk, raw: list[float], share: float, span: tuple[int, int] | None = None) -> frozenset[int]:
    """Chrome-classed elements that really are chrome: they hold at most ``share`` of the prose
    of ``span`` (the page, or the chosen container). A token on an element around most of the
    text is a false alarm (``<div class="post-share-wrapper">`` around everything)."""
    positive = list(accumulate((max(s, 0.0) for s in raw), initial=0.0))
    lo, hi = span or (0, len(raw))
    total = (positive[hi] - positive[lo]) or 1.0
    repeated = _repeated_prose(walk, positive, lo, hi)
    small = [
        ordinal
        for ordinal, (first, end) in walk.negative_ranges.items()
        if lo <= first
        and end <= hi
        and (positive[end] - positive[first]) / total <= share
        and repeated.get(walk.negative_classes[ordinal], 0.0) / total <= share
    ]
    naming = _naming_tokens(walk, raw, positive, small, share * total)
    return frozenset(o for o in small if walk.negative_tokens[o] not in naming)


def _naming_tokens(
    walk: Walk, raw: list[float], positive: list[float], ordinals: list[int], most: float
) -> frozenset[str]:
    """Chrome tokens that the site gives to many small elements which together hold more than
    ``most`` of the prose (Elementor's ``elementor-widget`` around every paragraph): a naming
    habit, not chrome. ``positive``: prefix sums of the positive ``raw`` scores."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for o in ordinals:
        ranges.setdefault(walk.negative_tokens[o], []).append(walk.negative_ranges[o])
    # most tokens hold far less than ``most`` even counting nested elements twice: only the others
    # are summed block by block (over the blocks their elements cover, as sets, nested once)
    margin = _SUM_ERROR * (positive[-1] + 1.0)
    naming = []
    for token, spans in ranges.items():
        if sum(positive[end] - positive[first] for first, end in spans) < most - margin:
            continue
        blocks: set[int] = set()
        for first, end in spans:
            blocks.update(range(first, end))
        if sum(max(raw[i], 0.0) for i in blocks) > most:
            naming.append(token)
    return frozenset(naming)


#: bound on the rounding of a difference of prefix sums, relative to the page's prose
_SUM_ERROR = 1e-9


def _repeated_prose(walk: Walk, positive: list[float], lo: int, hi: int) -> dict[frozenset[str], float]:
    """Prose held by all the chrome-classed elements of one class together. Each item of a list
    article (``<div class="subbuzz__figure-footer">`` under every product) holds little, but
    together they hold the article: their token is a false alarm, as on one big element."""
    held: dict[frozenset[str], float] = {}
    for ordinal, (first, end) in walk.negative_ranges.items():
        if lo <= first and end <= hi:
            key = walk.negative_classes[ordinal]
            held[key] = held.get(key, 0.0) + positive[end] - positive[first]
    return held


def effective_scores(walk: Walk, raw: list[float], negatives: frozenset[int]) -> list[float]:
    return [
        -abs(s) - 5 if b.negative and negatives.intersection(b.negative) else s
        for b, s in zip(walk.blocks, raw, strict=True)
    ]


#: a short unlinked <p> is written text (a blog's one-phrase lines, a poem's verses): its width
#: up to this counts against it, not up to SHORT_WIDTH (menus and player widgets are <li>/<div>)
AUTHORED_SHORT_WIDTH = 10
#: a container summing less than this holds a paragraph or two at most: the article may be
#: written in short lines that the first scoring counted against it
THIN_CONTAINER_SCORE = 100


def _authored_line_bonus(b: HtmlBlock) -> float:
    return SHORT_WIDTH - AUTHORED_SHORT_WIDTH if b.tag == "p" and not b.link_chars and not b.level else 0.0


def with_short_lines(walk: Walk, raw: list[float], negatives: frozenset[int]) -> list[float]:
    """:func:`effective_scores` with short unlinked <p> lines counted as written text."""
    return [
        s if b.negative and negatives.intersection(b.negative) else s + _authored_line_bonus(b)
        for b, s in zip(walk.blocks, effective_scores(walk, raw, negatives), strict=True)
    ]


def container_score(container: Container, scores: list[float]) -> float:
    return sum(scores[container.first : container.end])


def choose_container(elements: list[Element], scores: list[float], must_hold: int | None = None) -> Container | None:
    """The element whose blocks sum highest; children come first, so ties go to the tighter one.

    When the prose does not sit under one element (paragraphs straight under ``<body>``
    between link lists), the best run of blocks in document order is taken instead.
    """
    prefix = list(accumulate(scores, initial=0.0))
    best: Element | None = None
    best_score = 0.0
    for el in elements:
        if must_hold is not None and not el.first <= must_hold < el.end:
            continue
        score = prefix[el.end] - prefix[el.first]
        if el.positive and not el.negative and score > 0:
            score *= POSITIVE_BONUS
        if score > best_score:
            best, best_score = el, score
    run_score, first, end = best_run(scores)
    if must_hold is not None and not first <= must_hold < end and best is not None:
        run_score = 0.0
    if run_score > RUN_ADVANTAGE * best_score:
        return Container(first, end, 0, f"best run of blocks, score {run_score:.0f} (no element holds the prose)")
    if best is None:
        return None
    inner = dominant_child(elements, scores, best, must_hold)
    if inner is not None:
        rule = f"<{inner.tag}> holding most of the prose of the best-scoring <{best.tag}>"
        return Container(inner.first, inner.end, inner.ordinal, rule)
    return Container(best.first, best.end, best.ordinal, f"<{best.tag}> with the best content score {best_score:.0f}")


#: HTML5 elements that say they hold the page's main content
_SEMANTIC_MAIN = frozenset({"article", "main"})


def semantic_article_below_thin_lead(
    elements: list[Element], scores: list[float], container: Container, headline: int
) -> Container | None:
    """The container the lead anchored is thin (the headline's dek alone), and the page's one
    ``<article>`` / ``<main>`` element lies below it and holds more prose: a video page's text
    sits there, under the player and its playlist. Several ``<article>`` elements below the
    headline are teaser cards, not the article: then nothing is said."""
    held = container_score(container, scores)
    if held >= THIN_CONTAINER_SCORE:
        return None
    below = {
        (el.first, el.end): el
        for el in elements
        if el.tag in _SEMANTIC_MAIN and not el.negative and el.first >= container.end and el.first > headline
    }
    if len(below) != 1:
        return None
    el = next(iter(below.values()))
    if sum(scores[el.first : el.end]) <= held:
        return None
    return Container(el.first, el.end, el.ordinal, f"the page's one <{el.tag}> below a thin lead")


def dominant_child(
    elements: list[Element], scores: list[float], outer: Element, must_hold: int | None
) -> Element | None:
    """The tightest element inside ``outer`` that holds nearly all of its prose.

    The best-scoring element often wraps the article *and* a stream of teasers whose
    summaries score up too; when one inner element holds nearly all the prose, it is the
    article and the rest goes.
    """
    positive = list(accumulate((max(s, 0.0) for s in scores), initial=0.0))
    total = positive[outer.end] - positive[outer.first]
    best: Element | None = None
    for el in elements:
        if (
            el is outer
            or not outer.first <= el.first <= el.end <= outer.end
            or (el.first, el.end) == (outer.first, outer.end)
        ):
            continue
        if must_hold is not None and not el.first <= must_hold < el.end:
            continue
        if positive[el.end] - positive[el.first] >= DOMINANT_SHARE * total and (
            best is None or el.end - el.first < best.end - best.first
        ):
            best = el
    return best


def best_run(scores: list[float]) -> tuple[float, int, int]:
    """Maximum-sum run of consecutive blocks: (score, first, end)."""
    best, best_span = 0.0, (0, 0)
    run, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if run <= 0:
            run, run_start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best, best_span[0], best_span[1]


def _norm(text: str) -> str:
    # str.split() drops exactly what the regex ``\s`` matches (str.isspace), several times faster
    return "".join(text.split()).casefold()


def find_headline(blocks: list[HtmlBlock], meta_titles: list[str]) -> int | None:
    """A heading anywhere on the page that matches a metadata title (``<h1>`` first, then exact).

    The headline anchors the article: its container must hold the first prose after it.
    """
    wanted = {_norm(t) for t in meta_titles if t}
    if not wanted:
        return None
    best: tuple[int, int] | None = None
    for i, b in enumerate(blocks):
        if not b.level or b.width > MAX_HEADING_WIDTH:
            continue
        text = _norm(b.text)
        if not text:
            continue
        quality = max(_title_match(text, w) for w in wanted)
        if quality:
            key = (0 if b.level == 1 else 1) * 4 + 3 - quality
            if best is None or key < best[0]:
                best = (key, i)
    return best[1] if best else None


def first_prose_after(blocks: list[HtmlBlock], raw: list[float], start: int) -> int | None:
    """The first prose paragraph after ``start`` (the article's first paragraph after its headline);
    captions, list items and an author's biography do not count."""
    stop = min(len(raw), start + 1 + HEADLINE_REACH)
    return next(
        (
            i
            for i in range(start + 1, stop)
            if raw[i] >= PROSE_SCORE and blocks[i].kind is BlockKind.PARAGRAPH and not blocks[i].bio
        ),
        None,
    )


def first_authored_after(blocks: list[HtmlBlock], raw: list[float], start: int) -> int | None:
    """On a page without prose, the first written line below the headline: a short unlinked
    ``<p>`` that is not the headline again (a blog post of one or two lines under its metadata)."""
    stop = min(len(raw), start + 1 + HEADLINE_REACH)
    title = _norm(blocks[start].text)
    return next(
        (
            i
            for i in range(start + 1, stop)
            if _authored_line_bonus(blocks[i])
            and raw[i] + _authored_line_bonus(blocks[i]) > 0
            and not blocks[i].negative
            and _norm(blocks[i].text) != title
        ),
        None,
    )


def anchored_negatives(walk: Walk, raw: list[float], holds: list[int]) -> frozenset[int]:
    """Chrome-classed elements away from the headline and its first prose: teasers, related stories.

    An element holding the headline or the first prose is never chrome. Others are when they
    are link lists, or hold less than half of the page's prose (more is the rest of the
    article behind a "read more" or paywall class).
    """
    links = list(accumulate((b.link_chars for b in walk.blocks), initial=0))
    chars = list(accumulate((len(b.text) for b in walk.blocks), initial=0))
    positive = list(accumulate((max(s, 0.0) for s in raw), initial=0.0))
    total = positive[-1] or 1.0
    repeated = _repeated_prose(walk, positive, 0, len(raw))
    found = [
        ordinal
        for ordinal, (first, end) in walk.negative_ranges.items()
        if not any(first <= i < end for i in holds)
        and (
            (links[end] - links[first]) >= MIN_TEASER_LINK_SHARE * (chars[end] - chars[first])
            or (
                (positive[end] - positive[first]) / total <= MAX_TEASER_SHARE
                and repeated[walk.negative_classes[ordinal]] / total <= MAX_TEASER_SHARE
            )
        )
    ]
    # sectioning tags (<aside>, <nav>) mean what they say, however much prose they hold together
    naming = _naming_tokens(walk, raw, positive, found, MAX_TEASER_SHARE * total) - _TAG_TOKENS
    return frozenset(o for o in found if walk.negative_tokens[o] not in naming)


def unanchored(walk: Walk, negatives: frozenset[int], anchors: list[int]) -> frozenset[int]:
    """Chrome-classed elements that hold neither the headline nor its first prose paragraph.

    The element around the headline and the article's first paragraph is the article, whatever
    its class says (``enableInArticleAd``, a theme's ``ad-wrapper`` around everything).
    """
    if not anchors:
        return negatives
    return frozenset(
        n for n in negatives if not any(walk.negative_ranges[n][0] <= a < walk.negative_ranges[n][1] for a in anchors)
    )


def find_title(
    blocks: list[HtmlBlock], container: Container, meta_titles: list[str], raw: list[float] | None = None
) -> tuple[int | None, str]:
    """The headline block: a heading matching a metadata title, else the nearest <h1>. ``raw``: the
    blocks' :func:`block_score` if the caller has them."""
    scores = raw if raw is not None else [block_score(b) for b in blocks]
    lo, hi = max(0, container.first - TITLE_WINDOW), min(len(blocks), container.first + TITLE_WINDOW)
    wanted = [_norm(t) for t in meta_titles if t]
    headings = [i for i in range(lo, hi) if blocks[i].level and blocks[i].width <= MAX_HEADING_WIDTH * 2]
    best: tuple[int, int] | None = None  # (match quality, block)
    for i in headings:
        text = _norm(blocks[i].text)
        if _prose_between(blocks, scores, container.first, i):
            break  # a heading below the article's prose is a teaser or a repeat, not the headline
        quality = max((_title_match(text, w) for w in wanted), default=0)
        if quality and (best is None or quality > best[0]):
            best = (quality, i)
    if best is not None:
        return best[1], f"<{blocks[best[1]].tag}> matching the metadata title"
    if wanted:
        for i in range(lo, hi):
            if blocks[i].width <= MAX_HEADING_WIDTH and _norm(blocks[i].text) in wanted:
                return i, "block equal to the metadata title"
    h1 = [i for i in headings if blocks[i].level == 1]
    if h1:
        before = [i for i in h1 if i < container.first + 5]
        i = before[-1] if before else h1[0]
        return i, "<h1> nearest the content"
    return None, ""


#: a heading that is part of the metadata title covers at least this share of it; less is
#: the site's name or section ("POLITICO" in "Mark Meadows accused … - POLITICO")
MIN_TITLE_COVER = 0.5


def _title_match(text: str, wanted: str) -> int:
    """How well a heading matches a metadata title: 3 equal, 2 the title with a kicker or
    suffix around it, 1 most of the title, 0 no match."""
    if not text:
        return 0
    if text == wanted:
        return 3
    if len(text) < 6:
        return 0
    if wanted in text:
        return 2
    return 1 if text in wanted and len(text) >= MIN_TITLE_COVER * len(wanted) else 0


#: a title line with this many times more prose above it than below it closes the article
TITLE_BELOW_PROSE = 4


def _title_below_the_prose(scores: list[float], first: int, body_from: int, end: int) -> bool:
    """The title line sits below nearly all of the container's prose (a footer or "share this"
    line repeating it): the prose above it is the article, not a header to drop."""

    def prose(lo: int, hi: int) -> float:
        return sum(max(scores[j], 0.0) for j in range(lo, hi))

    return prose(first, body_from) > TITLE_BELOW_PROSE * prose(body_from, end)


def _prose_between(blocks: list[HtmlBlock], scores: list[float], start: int, end: int) -> bool:
    return any(scores[j] >= PROSE_SCORE and blocks[j].kind is BlockKind.PARAGRAPH for j in range(start, end))


def label_blocks(
    walk: Walk,
    container: Container | None,
    title_at: int | None,
    title_rule: str,
    negatives: frozenset[int],
    languages: tuple[str, ...],
    raw: list[float] | None = None,
) -> list[Block]:
    """Every block with its label and the rule that set it. ``raw``: the blocks' :func:`block_score`
    if the caller has them (the passes below read them often)."""
    if container is None:
        return [_block(i, b, Label.CHROME, "no content container") for i, b in enumerate(walk.blocks)]
    scores = raw if raw is not None else [block_score(b) for b in walk.blocks]
    first, end = container.first, container.end
    body_from = title_at + 1 if title_at is not None and first <= title_at < end else first
    if body_from > first and _title_below_the_prose(scores, first, body_from, end):
        body_from = first
    anchor = title_at if title_at is not None and title_at < first else first
    seen: set[str] = set()
    title_text = _norm(walk.blocks[title_at].text) if title_at is not None else ""
    tail = prose_seen = False
    tail_from = 0
    out = []
    for i, hb in enumerate(walk.blocks):
        if i == title_at:
            label, rule = Label.TITLE, title_rule
        elif first <= i < end:
            edge = i < body_from + EDGE_BLOCKS or i >= end - EDGE_BLOCKS
            if tail and _prose_goes_on(walk.blocks, scores, tail_from, i, end):
                tail = False  # "Lesen Sie auch: …" mid-article: two paragraphs of prose go on with it
            was_tail = tail
            label, rule, tail = _label_inside(
                hb, container, i < body_from, edge, tail, negatives, walk.negative_tokens, seen, languages
            )
            tail_from = tail_from if was_tail else i
            if tail and not prose_seen:
                # "Share this story" in the header: no body yet, so nothing related to read after
                label, rule, tail = Label.CHROME, "related-reading marker above the body", False
            bio = _lone_byline(walk.blocks, i)
            if label in BODY_LABELS and not prose_seen:
                label, rule = _header_repeat(hb, label, rule, title_text, bio)
            prose_seen = prose_seen or (label is Label.PARAGRAPH and not bio and scores[i] >= PROSE_SCORE)
        else:
            near = anchor - HEADER_WINDOW <= i < first or end <= i < end + FOOTER_WINDOW
            label, rule = _label_outside(hb, i >= end, near, languages)
            # a byline with the author's bio ("By Ann Lee, a weekend editor who covers …") is no standfirst,
            # nor a line the line rules know (a picture's caption ending with its credit, a disclosure)
            if rule == OUTSIDE and _is_lead(hb, scores[i], i, title_at, first) and not _lone_byline(walk.blocks, i):
                label, rule = Label.PARAGRAPH, "lead between the headline and the container"
        out.append(_block(i, hb, label, rule, first <= i < end))
    out = _repeated_widget_labels(_footer_phrases_mid_body(out, walk.blocks, scores), walk.blocks)
    out = _overline_kicker(out, walk.blocks, title_at, languages)
    out = _footer_sentences_at_the_end(out, languages)
    out = _cut_teaser_stream(
        _cut_at_next_article(_repeated_card_titles(out, walk.blocks, scores), walk.blocks, scores, title_at),
        walk.blocks,
        scores,
        _boxed_chrome(out, walk.blocks, negatives, container),
    )
    out = _cut_repeated_teasers(out, walk, container, scores)
    out = _cut_repeated_box(out, walk.blocks, scores)
    out = _cut_signup_boxes(out, walk, container)
    out = _credits_after_body(
        _drop_empty_headings(
            _box_headings_without_text(
                _trim_after_prose(_cut_citations(out), walk.blocks, scores, languages), walk, container
            )
        )
    )
    # once the teasers and widgets below are cut, the promo lines closing the text are the last ones
    out = _footer_sentences_at_the_end(out, languages)
    out = _cut_after_copyright_line(out, walk.blocks, scores)
    out = _positions_dropped(out)  # last: the stream rules above read positions as slide breaks
    return _header_lines_dropped(out, walk.blocks)


#: an overline (kicker) above the headline is at most this wide: a few words
MAX_KICKER_WIDTH = 40
#: ... and sits within this many elements of the headline's (in document order): in its header
MAX_KICKER_DISTANCE = 3
#: what a line above the headline may be labelled and still be its overline
_KICKER_FROM = frozenset({Label.CHROME, Label.UNKNOWN})


def _overline_kicker(
    blocks: list[Block], features: list[HtmlBlock], title_at: int | None, languages: tuple[str, ...]
) -> list[Block]:
    """The short unlinked line right above an <h1>/<h2> headline, in its header ("Haushalt",
    "Nachruf", "Guerre Hamas-Israël"): the story's overline, set apart from the headline, is its
    kicker. A linked line there is the section's menu or breadcrumb; a line with digits is a date
    or a counter; a line the line rules know (a widget, "Advertisement") is that; a sentence is a
    standfirst."""
    if not title_at or features[title_at].level not in (1, 2):
        return blocks
    i = title_at - 1
    hb, block = features[i], blocks[i]
    if (
        block.label not in _KICKER_FROM
        or features[title_at].owner - hb.owner > MAX_KICKER_DISTANCE
        or any(ch.isdigit() for ch in hb.text)
        or hb.link_chars
        or hb.negative
        or hb.width > MAX_KICKER_WIDTH
        or hb.text[-1] in _SENTENCE_FINAL
        or hb.text.rstrip()[-1] in ":："
        or not any(ch.isalpha() for ch in hb.text)
        or _classified_text(hb.text, languages)[0] is not Label.UNKNOWN
        or _norm(hb.text) in _norm(features[title_at].text)
    ):
        return blocks
    out = list(blocks)
    out[i] = block.relabel(Label.KICKER, "overline right above the headline")
    return out


#: a card's title is at least this wide (a shorter line repeated is a label, see _repeated_widget_labels)
MIN_CARD_TITLE_WIDTH = 20


def _repeated_card_titles(blocks: list[Block], features: list[HtmlBlock], scores: list[float]) -> list[Block]:
    """Above the text's first paragraph, one title on three lines or more (a video card's caption,
    its unfolded heading and the player's overlay, each maybe with "时长：01:45" or a fold button
    after it) is the widget's, not the article's."""
    first = next(
        (i for i, b in enumerate(blocks) if b.label is _PARAGRAPH and _plain_prose(features[i], scores[i])), None
    )
    if first is None:
        return blocks
    lines = sorted(
        (_norm(blocks[i].text), i) for i in range(first) if blocks[i].in_main and blocks[i].label in BODY_LABELS
    )
    keys = [key for key, _ in lines]
    cut: set[int] = set()
    for at, (key, i) in enumerate(lines):
        if features[i].width < MIN_CARD_TITLE_WIDTH:
            continue
        # the lines that start with this one follow it in sorted order
        end = bisect_right(keys, key + "\U0010ffff", lo=at)
        if end - at >= MIN_LABEL_REPEATS:
            cut.update(j for _, j in lines[at:end])
    if not cut:
        return blocks
    return [
        b.relabel(_CHROME, "one title repeated above the text (a media card)") if i in cut else b
        for i, b in enumerate(blocks)
    ]


_CITATION = re.compile(r"(?:" + alt(re.escape(m) for m in CITATION_BACKLINKS) + r")\s")


def _cut_citations(blocks: list[Block]) -> list[Block]:
    """A wiki's list of cited sources below the text: each entry opens with its back-link caret
    ("^ Smith, J. (2019). …"); the list is references, not the article's prose."""
    return [
        b.relabel(Label.CHROME, "citation with a back-link caret")
        if b.in_main and b.label in BODY_LABELS and _CITATION.match(b.text)
        else b
        for b in blocks
    ]


#: a related-reading box inside the text holds at most this many blocks before the prose goes on
MAX_RELATED_LINKS = 12


def _prose_goes_on(blocks: list[HtmlBlock], scores: list[float], marker: int, i: int, end: int) -> bool:
    """Two paragraphs of prose after a related-reading marker whose box is short ("Lesen Sie auch:
    …" and a few links mid-article): the text goes on. After a long box (a stream of teasers with
    summaries, a "log in" panel), prose is another part of the page (a consent dialog rendered
    after the footer), not the article resuming."""
    if i - marker - 1 > MAX_RELATED_LINKS or not (
        i + 1 < end and _prose_or_item(blocks[i], scores[i]) and _prose_or_item(blocks[i + 1], scores[i + 1])
    ):
        return False
    if BlockKind.LIST_ITEM in (blocks[i].kind, blocks[i + 1].kind):
        # a list of sentences that closes the page is its house rules, not the text going on
        return any(_plain_prose(blocks[j], scores[j]) for j in range(i + 2, end))
    return True


def _prose_or_item(hb: HtmlBlock, score: float) -> bool:
    """Plain prose, in a paragraph or a list item: a list of advice written in sentences
    ("Beachten Sie die ausführlichen Informationen …") under a heading that reads like a
    related-reading marker ("Empfehlungen") is text; a related box lists linked titles."""
    if hb.kind is BlockKind.LIST_ITEM:
        return hb.link_density <= MAX_PROSE_LINKS and score >= PLAIN_PROSE_SCORE
    return _plain_prose(hb, score)


def _header_repeat(hb: HtmlBlock, label: Label, rule: str, title_text: str, bio: bool) -> tuple[Label, str]:
    """Above the body's first prose: the headline again (a second <h1> for another layout, or the
    lead picture's caption) and the byline element with the author's bio are the article's
    header, not its text."""
    if (hb.level or hb.kind is BlockKind.CAPTION) and title_text and _norm(hb.text) == title_text:
        return Label.CHROME, "the headline repeated"
    if bio:
        return Label.CHROME, "byline element above the body"
    return label, rule


def _lone_byline(blocks: list[HtmlBlock], i: int) -> bool:
    """A byline-classed block on its own ("By Ann Lee, a reporter who covers …"); a byline class
    on a wrapper around many blocks says nothing about each of them."""
    return (
        blocks[i].byline
        and not blocks[i].level
        and not (i > 0 and blocks[i - 1].byline)
        and not (i + 1 < len(blocks) and blocks[i + 1].byline)
    )


#: a widget's label ("Now playing", "播报", "编辑") is at most this wide
MAX_WIDGET_LABEL_WIDTH = 16
#: a label on this many items of the container is the widget's, not the article's
MIN_LABEL_REPEATS = 3
#: a video's running time alone on its line ("02:38")
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
#: a slideshow's or gallery's position ("2 / 11": spaces around the slash, not a date "5/12") and a
#: player's elapsed and total time ("00:00 | 03:12") alone on their line
_POSITION = re.compile(r"^\d{1,3}\s+/\s+\d{1,3}$|^\d{1,2}:\d{2}(?::\d{2})?\s+[|/]\s+\d{1,2}:\d{2}(?::\d{2})?$")


def _repeated_widget_labels(blocks: list[Block], features: list[HtmlBlock]) -> list[Block]:
    """Short lines repeated on many items of the container (a playlist's "Now playing", an
    encyclopedia's "播报 编辑" beside every heading) and lone running times are widget text."""
    body = [i for i, b in enumerate(blocks) if b.in_main and b.label in BODY_LABELS]
    labels = {i: _norm(blocks[i].text) for i in body if _label_like(features[i])}
    counts: dict[str, int] = {}
    for key in labels.values():
        counts[key] = counts.get(key, 0) + 1
    widgets = {
        i for i in body if _DURATION.match(blocks[i].text) or (i in labels and counts[labels[i]] >= MIN_LABEL_REPEATS)
    }
    if not widgets:
        return blocks
    return [
        b.relabel(_CHROME, "widget label repeated in the container") if i in widgets else b
        for i, b in enumerate(blocks)
    ]


def _header_lines_dropped(blocks: list[Block], features: list[HtmlBlock]) -> list[Block]:
    """A short line set between the headline and the meta line below it (the outlet's name
    "香港電台-財經", a section) is the article's header, not its text: no sentence, nothing but
    the headline above it and the date or byline line below it."""
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if (
            b.in_main
            and b.label in BODY_LABELS
            and blocks[i - 1].label is _TITLE
            and blocks[i + 1].label is _META
            and features[i].width <= MAX_WIDGET_WIDTH
            and b.text[-1] not in _CLOSING
        ):
            out[i] = b.relabel(_CHROME, "short line between the headline and the meta line")
    return out


def _positions_dropped(blocks: list[Block]) -> list[Block]:
    """A slideshow's "2 / 11" and a player's "00:00 | 03:12" are widget text. Run last: the
    stream rules above read such lines as what parts one slide from the next."""
    return [
        b.relabel(Label.CHROME, "slide or player position") if b.label in BODY_LABELS and _POSITION.match(b.text) else b
        for b in blocks
    ]


def _label_like(hb: HtmlBlock) -> bool:
    return hb.width <= MAX_WIDGET_LABEL_WIDTH and not hb.punct and not any(c.isdigit() for c in hb.text)


def _footer_sentences_at_the_end(blocks: list[Block], languages: tuple[str, ...]) -> list[Block]:
    """The container's last lines that carry a footer phrase are footer, even written as a sentence
    ("平台声明：该文观点仅代表作者本人，…仅提供信息存储空间服务。", "未经书面授权请勿转载。"):
    the line rules skip sentences only to spare the text's own prose."""
    inside = [i for i, b in enumerate(blocks) if b.in_main and b.label in BODY_LABELS]
    c = compiled(languages)
    out = list(blocks)
    for i in reversed(inside):
        if not is_footer(blocks[i], c, languages):
            break
        out[i] = blocks[i].relabel(Label.FOOTER, "footer phrase closing the container")
    return out


def _cut_after_copyright_line(blocks: list[Block], features: list[HtmlBlock], scores: list[float]) -> list[Block]:
    """A copyright line in the container below the article's last prose paragraph ("Copyright ©
    Agency. All rights reserved.") closes the article: the short lines after it (a reaction poll
    "What do you think of this article?", "Read it at the source") are the portal's widgets."""
    inside = [i for i, b in enumerate(blocks) if b.in_main]
    prose = [i for i in inside if blocks[i].label is _PARAGRAPH and _is_prose(features[i], scores[i])]
    if not prose:
        return blocks
    closing = next(
        (
            i
            for i in inside
            if i > prose[-1]
            and blocks[i].label is _FOOTER
            and any(m in blocks[i].text.lower() for m in COPYRIGHT_MARKS)
        ),
        None,
    )
    if closing is None:
        return blocks
    return [
        b.relabel(_TAIL, "after the copyright line closing the article")
        if i > closing and b.in_main and b.label in BODY_LABELS
        else b
        for i, b in enumerate(blocks)
    ]


def _footer_phrases_mid_body(blocks: list[Block], features: list[HtmlBlock], scores: list[float]) -> list[Block]:
    """A footer phrase between two paragraphs of the container, with the article's prose going on
    below it, is body ("游客咨询电话：…" after each attraction of a list): a page footer ends the text."""
    prose = [
        i for i, b in enumerate(blocks) if b.in_main and b.label is _PARAGRAPH and _is_prose(features[i], scores[i])
    ]
    if not prose:
        return blocks
    return [
        b.relabel(_PARAGRAPH, "footer phrase between paragraphs of the body")
        if b.in_main
        and b.label is _FOOTER
        and 0 < i < prose[-1]
        and blocks[i - 1].label is _PARAGRAPH
        and blocks[i + 1].label is _PARAGRAPH
        and not any(m in b.text.lower() for m in COPYRIGHT_MARKS)
        else b
        for i, b in enumerate(blocks)
    ]


def _is_prose(hb: HtmlBlock, score: float) -> bool:
    """A prose paragraph (``score``: its :func:`block_score`)."""
    return hb.kind is BlockKind.PARAGRAPH and score >= PROSE_SCORE


#: a teaser's linked headline is this wide (a title, not a one-word tag or a whole summary)
TEASER_HEAD_WIDTH = (15, 200)
#: a teaser's summary or date line is at most this many blocks below its linked headline
TEASER_REACH = 3
#: this many linked headlines make a stream
MIN_TEASERS = 3


def _boxed_chrome(
    blocks: list[Block], features: list[HtmlBlock], negatives: frozenset[int], container: Container
) -> frozenset[int]:
    """Blocks dropped as chrome by the class of a box inside the container (a share bar, a
    "read also" box between paragraphs)."""
    return frozenset(
        i
        for i, b in enumerate(blocks)
        if b.in_main
        and b.label is Label.CHROME
        and features[i].negative
        and any(n > container.ordinal and n in negatives for n in features[i].negative)
    )


def _cut_teaser_stream(
    blocks: list[Block], features: list[HtmlBlock], scores: list[float], boxed: frozenset[int]
) -> list[Block]:
    """A stream of teasers at the end of the container: linked headlines (and their linked
    section and author names), each followed by its summary or date line ("12 hours ago", a
    paragraph). From the first linked headline after which every kept block sits just below
    a linked block, the rest is tail.

    Links in a box that its class already drops (``boxed``: a share bar, a "read also" box
    between paragraphs) are no teaser headlines: the box is closed, and the paragraphs below it
    are the article going on, not summaries of its links.
    """
    inside = [i for i, b in enumerate(blocks) if b.in_main]
    if not inside:
        return blocks
    lo, hi = inside[0], inside[-1] + 1
    heads = [
        i
        for i in range(lo, hi)
        if features[i].link_density > MAX_LINK_DENSITY
        and i not in boxed
        and TEASER_HEAD_WIDTH[0] <= features[i].width <= TEASER_HEAD_WIDTH[1]
        and features[i].kind is not BlockKind.LIST_ITEM
    ]
    if len(heads) < MIN_TEASERS:
        return blocks
    is_head = set(heads)
    start: int | None = None
    count = linked = body = 0
    # backwards: the stream grows while every body block sits just below a linked block; it
    # has as many linked blocks as body blocks (an article with "Read also: …" links between
    # its paragraphs has far more prose than links)
    for i in range(hi - 1, lo - 1, -1):
        if features[i].link_density > MAX_LINK_DENSITY:
            linked += 1
            count += i in is_head
            if i in is_head and count >= MIN_TEASERS and MIN_TEASERS <= body <= linked:
                start = i
        elif blocks[i].label in BODY_LABELS:
            if not any(features[j].link_density > MAX_LINK_DENSITY for j in range(max(lo, i - TEASER_REACH), i)):
                break
            body += 1
    if start is None or not any(
        blocks[i].label is Label.PARAGRAPH and scores[i] >= PROSE_SCORE for i in range(lo, start)
    ):
        return blocks
    return [
        b.relabel(Label.TAIL, "teaser stream: linked headlines with summaries")
        if i >= start and b.label in BODY_LABELS
        else b
        for i, b in enumerate(blocks)
    ]


#: a teaser card holds at most this many columns of text (a title and a summary)
MAX_CARD_WIDTH = 600


def _cut_repeated_teasers(blocks: list[Block], walk: Walk, container: Container, scores: list[float]) -> list[Block]:
    """Sibling elements of one kind (same parent, tag and class words), each a card with a
    linked title and a line or two more (a summary, a date), after the article's prose: a
    "latest articles" grid or a teaser list inside the container. Their text is tail."""
    features = walk.blocks
    groups: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for parent, signature, first, end in walk.items:
        if container.first <= first and end <= container.end:
            groups.setdefault((parent, signature), []).append((first, end))
    cut: set[int] = set()
    for members in groups.values():
        if len(members) < MIN_TEASERS:
            continue  # too few to be a stream, whatever they hold (most groups: one element)
        cards = [(f, e) for f, e in members if _is_card(features, f, e)]
        if len(cards) < MIN_TEASERS or len(cards) < 0.8 * len(members):
            continue
        start = min(f for f, _ in cards)
        if not any(
            blocks[i].label is Label.PARAGRAPH and _plain_prose(features[i], scores[i])
            for i in range(container.first, start)
        ):
            continue  # no article prose above: the cards are the page (a list page) or the article
        cut.update(i for f, e in cards for i in range(f, e))
    if not cut:
        return blocks
    return [
        b.relabel(Label.TAIL, "repeated teaser cards with linked titles") if i in cut and b.label in BODY_LABELS else b
        for i, b in enumerate(blocks)
    ]


def _is_card(features: list[HtmlBlock], first: int, end: int) -> bool:
    """Two or more short blocks, one of them a linked title."""
    if end - first < 2 or sum(features[i].width for i in range(first, end)) > MAX_CARD_WIDTH:
        return False
    return any(_linked_title(features[i]) for i in range(first, end))


def _linked_title(b: HtmlBlock) -> bool:
    """A linked heading, or a linked line as wide as a headline ("Perbesar" is a button)."""
    if b.link_density <= MAX_LINK_DENSITY or b.width > TEASER_HEAD_WIDTH[1]:
        return False
    return bool(b.level) or b.width >= TEASER_HEAD_WIDTH[0]


#: a next article's headline is followed by its meta line (date, byline) within this many blocks
NEXT_HEADER_REACH = 4


def _cut_at_next_article(
    blocks: list[Block], features: list[HtmlBlock], scores: list[float], title_at: int | None
) -> list[Block]:
    """An <h1> with its own meta line below the article's prose starts the next article
    (infinite scroll, "read next" with the full story): it and what follows are tail."""
    if title_at is None or features[title_at].level != 1:
        return blocks
    prose_seen = False
    for i in range(title_at + 1, len(blocks)):
        b = blocks[i]
        if b.label is Label.PARAGRAPH and scores[i] >= PROSE_SCORE:
            prose_seen = True
        elif prose_seen and b.in_main and features[i].level == 1:
            header = blocks[i + 1 : i + 1 + NEXT_HEADER_REACH]
            if any(h.label is Label.META for h in header):
                return [
                    *blocks[:i],
                    *(
                        x.relabel(Label.TAIL, "after the next article's headline") if x.label in BODY_LABELS else x
                        for x in blocks[i:]
                    ),
                ]
    return blocks


#: an unlinked paragraph scoring this much is a full sentence or more of prose
PLAIN_PROSE_SCORE = 2 * PROSE_SCORE
#: at most this share of a plain prose paragraph is link text
MAX_PROSE_LINKS = 0.2


def _plain_prose(hb: HtmlBlock, score: float) -> bool:
    """A paragraph of unlinked prose (``score``: its :func:`block_score`)."""
    return (
        hb.kind is BlockKind.PARAGRAPH
        and hb.link_density <= MAX_PROSE_LINKS
        and not hb.level
        and score >= PLAIN_PROSE_SCORE
    )


#: distinct lines a box below the body repeats before it is taken for A/B variants of one box
MIN_REPEATED_LINES = 2
#: the second copy of a box's line is at most this many blocks from the first
BOX_COPY_REACH = 3
#: a repeated box holds at most this many blocks
MAX_BOX_BLOCKS = 12


def _cut_repeated_box(blocks: list[Block], features: list[HtmlBlock], scores: list[float]) -> list[Block]:
    """A box below the article's last own paragraph that says things twice (the A/B variants of a
    donation or newsletter appeal, rendered both and one hidden by script) is not body: from its
    first repeated line to the container's end. A pull quote repeats a sentence too, but the
    article's own prose goes on below it."""
    body = [i for i, b in enumerate(blocks) if b.in_main and b.label in BODY_LABELS]
    # each line normalised once (the body's paragraphs are long)
    keys = {i: _norm(blocks[i].text) for i in body if features[i].width > SHORT_WIDTH}
    counts: dict[str, int] = {}
    for key in keys.values():
        counts[key] = counts.get(key, 0) + 1
    repeated = [i for i, key in keys.items() if counts[key] > 1]
    if not repeated:
        return blocks
    repeated_at = set(repeated)
    own = [i for i in body if _is_prose(features[i], scores[i]) and i not in repeated_at]
    if not own:
        return blocks  # no prose of the article's own above: nothing to tell a box from
    start = next((i for i in repeated if i > own[-1]), None)
    if start is None:
        return blocks
    box = [i for i in body if i >= start]
    if len(box) > MAX_BOX_BLOCKS:
        return blocks  # a long stretch is a table or a thread, not one box
    # a box says several things twice, each copy close to the other; one line twice is a photo's
    # caption under two pictures
    near = {
        keys[i]
        for i in repeated
        if i >= start
        and any((keys.get(j) or _norm(blocks[j].text)) == keys[i] for j in box if 0 < abs(j - i) <= BOX_COPY_REACH)
    }
    if len(near) < MIN_REPEATED_LINES:
        return blocks
    return [
        b.relabel(Label.CHROME, "repeated box below the body")
        if b.in_main and b.label in BODY_LABELS and i >= start
        else b
        for i, b in enumerate(blocks)
    ]


#: the words of a form's box outside the form: a title, a pitch and a consent line, no paragraphs
MAX_SIGNUP_BOX_BLOCKS = 6
MAX_SIGNUP_BOX_WIDTH = 400


def _cut_signup_boxes(blocks: list[Block], walk: Walk, container: Container) -> list[Block]:
    """The box around an input form inside the container (a newsletter sign-up: "Want more
    stories?", "Sign up for our weekly newsletter.", the form, "By signing up you agree to our
    Terms"): the form is chrome by its tag, and the few short lines the elements around it add
    are its title and pitch. The box grows outwards while it adds no paragraph of prose and few
    lines: an element with prose around the form is the article (a page-wide form, a poll
    between paragraphs)."""
    features = walk.blocks
    cut: set[int] = set()
    for ordinal, (f, e) in walk.negative_ranges.items():
        if "form" not in walk.negative_classes[ordinal] or not container.first <= f <= e <= container.end:
            continue
        for box in _elements_around(walk.elements, f, e, container):
            lines = [i for i in range(box.first, box.end) if not f <= i < e]
            if (
                len(lines) > MAX_SIGNUP_BOX_BLOCKS
                or sum(features[i].width for i in lines) > MAX_SIGNUP_BOX_WIDTH
                or any(block_score(features[i]) >= PLAIN_PROSE_SCORE or 0 < features[i].level <= 2 for i in lines)
            ):
                break
            cut.update(lines)
    if not cut:
        return blocks
    return [
        b.relabel(Label.CHROME, "sign-up box around an input form") if i in cut and b.label in BODY_LABELS else b
        for i, b in enumerate(blocks)
    ]


def _elements_around(elements: list[Element], first: int, end: int, container: Container) -> list[Element]:
    """The elements inside the container holding blocks ``first`` to ``end`` and more, smallest first."""
    around = {
        (el.first, el.end): el
        for el in elements
        if el.first <= first
        and end <= el.end
        and el.end - el.first > end - first
        and container.first <= el.first
        and el.end <= container.end
        and (el.first, el.end) != (container.first, container.end)
    }
    return sorted(around.values(), key=lambda el: el.end - el.first)


def _trim_after_prose(
    blocks: list[Block], features: list[HtmlBlock], scores: list[float], languages: tuple[str, ...]
) -> list[Block]:
    """Short lines after the container's last prose block are widgets and teasers, not body."""
    body = [i for i, b in enumerate(blocks) if b.label in BODY_LABELS]
    prose = [i for i in body if scores[i] >= PROSE_SCORE and blocks[i].label is Label.PARAGRAPH]
    if not prose:
        return blocks
    out = list(blocks)
    for i in body:
        if i > prose[-1] and not _ends_sentence(features[i]) and not _closing_line(out, features, i, languages):
            out[i] = out[i].relabel(Label.TAIL, "short line after the last prose block")
    return out


#: tags of text lines (a heading or a bare <div> after the prose introduces a box or a list)
_TEXT_LINE_TAGS = frozenset({"p", "pre", "td", "th", "span", "font", "b", "strong", "em", "i"})


#: an e-mail address in a line
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _closing_line(blocks: list[Block], features: list[HtmlBlock], i: int, languages: tuple[str, ...]) -> bool:
    """A text line straight after the body's last paragraph, with nothing between (a sign-off
    "Euer Hans", an address, a closing command line): the article's end, not a widget. A credit
    line there ("文/栗思") is a field, read from the tail, and a short line with an e-mail address
    is the reporter's or the desk's contact ("☞공감언론 뉴시스 ksa3077@newsis.com"), not text."""
    return (
        features[i].tag in _TEXT_LINE_TAGS
        and i > 0
        and blocks[i - 1].label is Label.PARAGRAPH
        and not is_credit_line(features[i].text, languages)
        and not _EMAIL.search(features[i].text)
    )


def _ends_sentence(b: HtmlBlock) -> bool:
    """A closing sentence, list item or table row is body, however short ("Danke fürs Lesen!")."""
    return b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW) or b.text[-1] in _CLOSING


#: labels whose blocks are read field by field: they keep the gaps between inline elements
_FIELD_LABELS = frozenset({Label.META, Label.CREDIT, Label.BREADCRUMB})


def _block(i: int, b: HtmlBlock, label: Label, rule: str, in_main: bool = False) -> Block:
    text = (b.segmented or b.text) if label in _FIELD_LABELS else b.text
    # the instance dict filled directly, as Block.relabel does: a frozen dataclass's __init__
    # sets each field through object.__setattr__ (3x slower; one Block per page block)
    new = _new_object(Block)
    new.__dict__.update(
        index=i, text=text, label=label, rule=rule, kind=b.kind, link_density=b.density, tag=b.tag, in_main=in_main
    )
    return new


_new_object = object.__new__


def _classified(hb: HtmlBlock, languages: tuple[str, ...]) -> tuple[Label, str]:
    """The text path's context-free line rules (meta line, breadcrumb, chrome phrase ...)."""
    if hb.width > MAX_CLASSIFIED_WIDTH:
        return _UNKNOWN, ""
    if hb.width > MIN_SENTENCE_WIDTH and hb.text[-1] in _SENTENCE_FINAL:
        return _chrome_sentence(hb.text, languages)
    return _classified_text(hb.segmented or hb.text, languages)


#: words appended to a sentence to tell a phrase that ends where it says from one that takes any
#: tail ("we recommend\b.*" would take "We recommend that travellers register with the embassy.")
_OPEN_TAIL = " and" * 100


@lru_cache(maxsize=4096)
def _chrome_sentence(text: str, languages: tuple[str, ...]) -> tuple[Label, str]:
    """A sentence is prose to every line rule but the whole-line chrome phrases that say where
    they end: a widget's note written as a sentence (a portal's "자동요약 … 자동요약한 결과입니다.":
    "summarised automatically from the headline and key sentences", "This site is protected by
    reCAPTCHA and the Google Privacy Policy and Terms of Service apply.") is the phrase from end to
    end, which prose never is. A phrase open at its end ("We recommend …") also starts sentences."""
    c = compiled(languages)
    if is_chrome_phrase(Block(0, text), c, languages) and not is_chrome_phrase(
        Block(0, text + _OPEN_TAIL), c, languages
    ):
        return Label.CHROME, "chrome phrase written as a sentence"
    return Label.UNKNOWN, ""


@lru_cache(maxsize=8192)
def _classified_text(text: str, languages: tuple[str, ...]) -> tuple[Label, str]:
    """The line rules read the text alone, and chrome lines ("Share", "Advertisement") repeat: cached."""
    block = classify_block(Block(0, text), languages)
    return block.label, block.rule


_PHOTO_CREDIT = re.compile(
    # "Foto: …", a line ending with an agency's name (not a sentence: no full stop after it), or one
    # opening with it before the photographer's name ("Getty Images / Alex Caparros / …")
    r"^\W{0,3}"
    + alt(PHOTO_CREDIT_LABELS)
    + r"\s*[:：|/]|"
    + alt(re.escape(a) for a in PICTURE_AGENCIES)
    + r"\s*[)\]）]?$|^"
    + alt(re.escape(a) for a in PICTURE_AGENCIES)
    + r"\s+/\s",
    re.IGNORECASE,
)


#: the longest agency name: a credit ending the line starts at most this far before its end
_LONGEST_AGENCY = max(len(a) for a in PICTURE_AGENCIES)
_CLOSING_BRACKETS = ")]）"


def _is_photo_credit(text: str) -> bool:
    """``_PHOTO_CREDIT.search(text)``, without trying the agency table at every position: a match
    starts at the line start (``.match``) or is an agency name that ends the line, before at most
    whitespace and one closing bracket, so it lies in the line's last characters."""
    if _PHOTO_CREDIT.match(text):
        return True
    end = text.rstrip()
    if end[-1:] in _CLOSING_BRACKETS:
        end = end[:-1].rstrip()
    return _PHOTO_CREDIT.search(text, max(0, len(end) - _LONGEST_AGENCY)) is not None


def _names_the_source(text: str, languages: tuple[str, ...]) -> bool:
    """A labelled source line ("Quelle: dpa, Reuters", "Source: AFP") ends with an agency like a
    picture credit does, but names the story's source: a field, not a caption."""
    reading = read_meta_line(text, languages)
    return reading.is_meta and any(v.field is FieldName.SOURCE and v.value for v in reading.values)


#: a picture's credit alone on its line: photographer and outlet around a slash, no spaces at the
#: slash and no sentence ("James Martin/CNET", "AFP/REZAN SOLEH", "slenderkitchen.com/Pinterest");
#: each part opens with a Latin letter, so "1/2 cup" is no credit, nor a CJK credit label ("编辑/李明")
_LATIN = "A-Za-zÀ-ɏ"
_SLASH_CREDIT = re.compile(
    f"^[{_LATIN}][{_LATIN}0-9.'’& -]{{0,38}}[{_LATIN}0-9.]/[{_LATIN}][{_LATIN}0-9.'’& -]{{0,38}}$"
)


def _slash_credit(hb: HtmlBlock) -> bool:
    """A "Photographer/Outlet" line under a picture; list items and table cells are data, not credits."""
    return hb.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW) and bool(_SLASH_CREDIT.match(hb.text))


#: a paragraph of sentences whose names are linked keeps this much unlinked text
MAX_SENTENCE_LINK_DENSITY = 0.8
#: ... and is this wide (several sentences, not a linked headline with a full stop)
MIN_LINKED_SENTENCES_WIDTH = 120


def _linked_sentences(hb: HtmlBlock) -> bool:
    """A paragraph of the text whose people and places are links ("X replaced Y, who ran the
    marketing department."): sentences between the links, ending with a full stop."""
    return (
        hb.kind is BlockKind.PARAGRAPH
        and hb.link_density <= MAX_SENTENCE_LINK_DENSITY
        and hb.width >= MIN_LINKED_SENTENCES_WIDTH
        and hb.text.rstrip()[-1:] in _SENTENCE_FINAL
    )


def _label_inside(
    hb: HtmlBlock,
    container: Container,
    above_title: bool,
    edge: bool,
    tail: bool,
    negatives: frozenset[int],
    negative_tokens: dict[int, str],
    seen: set[str],
    languages: tuple[str, ...],
) -> tuple[Label, str, bool]:
    if tail:
        return Label.TAIL, "after a related-reading marker", True
    inner = [n for n in hb.negative if n > container.ordinal and n in negatives] if hb.negative else None
    if inner and not _code_listing(hb):
        return Label.CHROME, f"class/id token {negative_tokens[inner[-1]]!r} inside the container", False
    if hb.link_density > MAX_LINK_DENSITY and not _linked_sentences(hb):
        return Label.CHROME, f"link density {hb.link_density:.2f}", False
    if hb.width <= MAX_MARKER_WIDTH and is_tail_marker(hb.text, languages) and not _pointer_sentence(hb):
        return Label.TAIL, "related-reading marker", True
    # meta lines and credits sit at the body's edges; in the middle only short widgets are looked for
    if hb.width <= MAX_CREDIT_LINE and _is_photo_credit(hb.text):
        if _names_the_source(hb.text, languages):
            return Label.META, "source line ending with an agency", False
        return Label.CHROME, "photo credit", False
    if _slash_credit(hb) and not is_credit_line(hb.text, languages):
        return Label.CHROME, "photographer/agency credit", False
    if is_notice(hb.text):
        return Label.CHROME, "licence or disclaimer notice", False
    label, rule = _classified(hb, languages) if edge or hb.width <= MAX_WIDGET_WIDTH else (Label.UNKNOWN, "")
    if label is not Label.UNKNOWN:
        return label, rule, False
    if hb.kind is BlockKind.CAPTION:
        key = _norm(hb.text)
        if key in seen:
            return Label.CHROME, "repeated caption", False
        seen.add(key)
    if above_title:
        return Label.CHROME, "above the headline", False
    if hb.level and hb.width <= MAX_HEADING_WIDTH:
        return Label.HEADING, f"<{hb.tag}> inside the container", False
    return Label.PARAGRAPH, "text inside the container", False


def _code_listing(hb: HtmlBlock) -> bool:
    """A <pre> block in the text is a code listing or preformatted text, whatever the class of the
    box around it says: highlighters wrap each listing in a "code-toolbar" (copy, language label)."""
    return hb.tag == "pre"


#: a sentence pointing to more text has at least this many words ("Read more in her full review!")
MIN_POINTER_WORDS = 6


def _pointer_sentence(hb: HtmlBlock) -> bool:
    """A whole sentence that opens like a related-reading marker ("Read more in her full review on
    this stick!") points to one linked page from inside the text: the article goes on below it,
    where a marker ("Read more:", "Lesen Sie auch") opens a box of links."""
    return (
        hb.text[-1] in _SENTENCE_FINAL
        and len(hb.text.split()) >= MIN_POINTER_WORDS
        and hb.link_density <= MAX_LINK_DENSITY
    )


#: a standfirst sits right under the headline (a kicker or a date line may come between)
STANDFIRST_REACH = 2


def _is_lead(hb: HtmlBlock, score: float, i: int, title_at: int | None, first: int) -> bool:
    """A prose paragraph between the headline and the container (a standfirst in the header)."""
    if title_at is None or not title_at < i < first:
        return False
    if first - title_at > MAX_LEAD_GAP and i - title_at > STANDFIRST_REACH:
        return False  # far from the container, only the paragraph right under the headline is its lead
    return (
        hb.kind is BlockKind.PARAGRAPH
        and hb.link_density <= MAX_LINK_DENSITY
        and score >= PROSE_SCORE
        and not (hb.width <= MAX_CREDIT_LINE and _is_photo_credit(hb.text))
    )


#: the rule of a block outside the container that no line rule recognised
OUTSIDE = "outside the container"


def _label_outside(hb: HtmlBlock, after: bool, near: bool, languages: tuple[str, ...]) -> tuple[Label, str]:
    if near:
        label, rule = _classified(hb, languages)
        if label is _META and after:
            return _CREDIT, "meta line after the container"
        if label is not _UNKNOWN:
            return label, rule
    if hb.link_density > MAX_LINK_DENSITY:
        return _CHROME, f"outside the container; link density {hb.link_density:.2f}"
    if after:
        return _TAIL, "after the container"
    return _CHROME, OUTSIDE


#: a box of links under a heading holds this many lines at least, one of them a link
MIN_BOX_LINKS = 2
#: the links of a box under a heading are at least this wide ("编辑 播报" beside a section heading is not a box)
MIN_BOX_LINKS_WIDTH = 30


def _box_headings_without_text(blocks: list[Block], walk: Walk, container: Container) -> list[Block]:
    """A heading that opens a box inside the container whose other lines are all dropped (a
    "Get our free weekly newsletter" fact box of links between two paragraphs) heads nothing:
    the paragraph after the box is the article's, not the box's."""
    out = list(blocks)
    features = walk.blocks
    for i, b in enumerate(blocks):
        if not (b.in_main and b.label is Label.HEADING) or _sentence_heading(b.text):
            continue
        box = next(iter(_elements_around(walk.elements, i, i + 1, container)), None)
        if box is None or box.first != i:
            continue
        rest = range(i + 1, box.end)
        if (
            any(blocks[j].label in BODY_LABELS for j in rest)
            or len(rest) < MIN_BOX_LINKS
            or not any(features[j].link_density > MAX_LINK_DENSITY for j in rest)
            or sum(features[j].width for j in rest) < MIN_BOX_LINKS_WIDTH
            or any(features[j].kind is BlockKind.CAPTION for j in rest)
        ):
            continue  # a section heading with its edit buttons, a slide with its picture: no box of links
        out[i] = b.relabel(Label.CHROME, "heading of a box without text")
    return out


def _drop_empty_headings(blocks: list[Block]) -> list[Block]:
    """A heading with no paragraph before the next heading or the end heads nothing."""
    out = list(blocks)
    following_paragraph = False
    for i in range(len(out) - 1, -1, -1):
        label = out[i].label
        if label is _PARAGRAPH:
            following_paragraph = True
        elif label is _HEADING:
            if _sentence_heading(out[i].text):
                # a whole sentence in a heading tag is the text itself (a site styling paragraphs as <h2>)
                out[i] = out[i].relabel(_PARAGRAPH, "sentence in a heading tag")
                following_paragraph = True
                continue
            if not following_paragraph:
                out[i] = out[i].relabel(_CHROME, "heading without text")
            following_paragraph = False
    return out


#: a heading this long ending a sentence is a paragraph
MIN_SENTENCE_HEADING = 80


def _sentence_heading(text: str) -> bool:
    return fast_width(text) >= MIN_SENTENCE_HEADING and text[-1] in _SENTENCE_FINAL


def _credits_after_body(blocks: list[Block]) -> list[Block]:
    """Meta lines below the last paragraph are credits (editor, source), as in the text path."""
    last = max((i for i, b in enumerate(blocks) if b.label is _PARAGRAPH), default=-1)
    return [
        b.relabel(_CREDIT, "meta line after the body") if i > last and b.label is _META else b
        for i, b in enumerate(blocks)
    ]
