"""Stage 3b (text path): decide by context where the article is.

After :mod:`chrome` has labelled what it can alone, the page is read as the usual order
``menus -> breadcrumb -> column name -> headline -> meta -> body -> credits -> tail/footer``,
every part optional:

1. every block gets a score (:func:`page_scores`): a line that reads as prose scores its
   letter width beyond a short line's (:mod:`prose`); links, labels, teaser titles, list
   items without a sentence, repeated short lines and chrome score below zero; a heading
   that opens the comments or related zone scores so low that the body never crosses it;
   prose inside a group of mostly non-prose lines (teaser lists, comment threads) counts half;
2. the body is the best-scoring run of blocks (a maximum-subarray search, like jusText's
   context-sensitive pass but over the whole page at once), ending above the page footer
   when consent dialogs and overlays follow it;
3. the body starts after the header's meta block; a lead paragraph separated from it by
   byline and tag lines joins it;
4. the headline is the text line just above the header's meta block, or just above the body;
5. short lines inside the body that lead into prose are headings;
6. meta lines and end marks after the body are credits; the rest after it is tail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import accumulate, islice, pairwise

from .blocks import Block, Label, cjk_ratio, display_width
from .chrome import classify_block, opens_tail, split_crumbs, width_at_most
from .fields.titles import choose_title_line
from .patterns import alt, merged
from .patterns.common import AUTHOR_BIO_OPENINGS, AUTHOR_BOX_HEADINGS, IDEOGRAPH, READER_APPEALS
from .prose import (
    is_image_card,
    is_list_item,
    is_step_marker,
    is_truncated,
    looks_like_code,
    looks_like_markup,
    looks_like_teaser,
    looks_like_url,
    page_knows_stopwords,
    reads_as_prose,
    text_width,
)

#: labels the per-block loops below read, bound once: on Python 3.11 every read of a member
#: off its Enum class (``Label.BLANK``) goes through ``EnumType.__getattr__``'s slot hook
#: (~0.2 µs), and the text path made ~12 million of them over the dev dumps
_BLANK, _BREADCRUMB, _CHROME, _COLUMN, _CREDIT, _FOOTER, _HEADING, _META, _PARAGRAPH, _TAIL, _UNKNOWN = (
    Label.BLANK,
    Label.BREADCRUMB,
    Label.CHROME,
    Label.COLUMN,
    Label.CREDIT,
    Label.FOOTER,
    Label.HEADING,
    Label.META,
    Label.PARAGRAPH,
    Label.TAIL,
    Label.UNKNOWN,
)

#: a lone paragraph past the span's last wall of no prose is a teaser when the run above
#: the wall is worth this many times as much
LONE_PARAGRAPH_OUTWEIGH = 3
#: a section widget ("编辑") is a word or two
MAX_SECTION_WIDGET_CHARS = 8
#: a content line scores its letter width minus this: short lines count against the body
SHORT_LINE_PENALTY = 30
#: the same for a sentence written in ideographs: ten of them (a verse, a list item's
#: sentence) are a whole clause, not a link's worth of text; five are still short
CJK_SHORT_LINE_PENALTY = 15
CJK_LINE_SHARE = 0.5
#: score of a block that is certainly not body
CHROME_SCORE = -60
#: score of a line opening the related/comments zone: the body does not cross it
TAIL_SCORE = -400
#: a line that is not a sentence (a link, a label, a teaser title) never adds to the body,
#: and costs this much on top of being short
NON_PROSE_PENALTY = 20
#: a run scoring less than this is not worth a body (one short paragraph scores ~100)
MIN_BODY_SCORE = 100
#: a group of at least this many lines, this share of them no prose, is a list: its prose
#: lines count this much
MIN_GROUP_LINES = 3
LIST_GROUP_SHARE = 0.6
GROUP_DAMPING = 0.5
#: a numbered step's marker alone on its line costs little: recipe and how-to steps
#: (``1.`` then the step's sentence) stay one run
STEP_MARKER_SCORE = -10
#: a prose line between two teaser headlines counts this much
ISOLATED_DAMPING = 0.5
#: a story's header meta line is at most this many lines above its first paragraph
HEADER_META_REACH = 4
#: a lone paragraph below the related box loses to a run above it worth this share of it
LONE_PARAGRAPH_SHARE = 0.5
#: the best run above the related/comments zone is the body if it scores this share of the
#: best run below it
TAIL_ZONE_SHARE = 0.15
#: ... unless most of its lines are prose: an article that goes on below a related box
MIN_ARTICLE_PROSE_SHARE = 0.5
#: ... and not a list of headlines: at least this many prose lines, half of them scoring
#: less than a line of this score (about 90 letters)
MIN_HEADLINE_LIST_LINES = 5
HEADLINE_SCORE = 60
#: ... and not a feed of teasers: at least this many lines, this share of the steps from
#: one line to the next going from a headline to a snippet or back
MIN_FEED_LINES = 8
FEED_ALTERNATION = 0.8
#: a group of lines with at least this many code lines, this share of its lines, is a listing
MIN_CODE_LINES = 3
CODE_SHARE = 0.6
#: a short closing line after the body has at least this many letters
MIN_CLOSING_WIDTH = 20
#: this many lines of no prose in a row (blank lines aside) are a wall between zones
WALL_LINES = 6
#: an article's side of a wall: this share of its lines prose; a list's side: less than
#: this; and neither side outweighs the other more than this
ARTICLE_PROSE_SHARE = 0.6
LIST_PROSE_SHARE = 0.4
WALL_OUTWEIGH = 2
#: a prose line cut off with an ellipsis (a teaser's snippet) counts this much
TRUNCATED_DAMPING = 0.25
#: crossing a list of no prose costs at most this much
LIST_COST_CAP = 80
#: the body goes on across a gap of at most this many lines of no prose, if the prose
#: after it scores at least this share of the body's mean per line
MAX_GAP_LINES = 3
GAP_DENSITY = 0.35
#: ... or across at most this many lines the page shows more than once (a widget cloned
#: for every picture), of which at most this many are not
MAX_WIDGET_GAP_LINES = 40
MAX_UNCLONED_LINES = 1
#: a related-links box set inside the article: at most this many lines under its heading
MAX_INLINE_BOX_LINES = 12
#: a line of no prose at least this wide before a prose line reads as a teaser's headline
#: over its snippet (an ad slot's label, "Anzeige", is narrower)
MIN_TEASER_HEADLINE_WIDTH = 20
#: a paragraph ends a sentence, closing quotes and brackets aside (a teaser's headline,
#: a form's notice cut by the renderer do not)
_PARAGRAPH_END = re.compile(r"[.!?。！？…][\"”“’»«」』)）\]]*\s*$")
#: a page footer closes a zone of chrome: all of the lines just above it are no prose
FOOTER_ZONE_LINES = 8
FOOTER_ZONE_SHARE = 1.0
#: the text above a footer is the body if it scores at least this share of the text below
FOOTER_OUTWEIGH = 2
#: ... unless the footer is this far down the page (consent dialogs after a short article)
FOOTER_MIN_POSITION = 0.5
#: a line this long is prose even if the page repeats it (a lead shown twice)
LONG_LINE_CHARS = 80
#: a heading is at most this wide and does not end a sentence
MAX_HEADING_WIDTH = 90
#: how many short lines just above the body may join it (leads, subtitles)
MAX_LEAD_LINES = 4
#: a lead separated from the body by bylines and tags: how far up, and how much prose
LEAD_REACH = 8
MIN_LEAD_SCORE = 40
#: a lead under the headline: how many lines (not meta lines) it may be below
LEAD_UNDER_TITLE_LINES = 2
#: a headline is at most this wide
MAX_TITLE_WIDTH = 240
_SENTENCE_END = re.compile(r"[.!?。！？;；…\"”’)）]$")
#: a line ending in punctuation (a verse, a clause) is no link
#: a Chinese statement ends with a full stop or a semicolon (a headline rarely does)
#: (an encyclopaedia's footnote marks may follow it: ``…开发区。^ [2]^ [5]``, ``…设立。[3]``)
_CJK_STATEMENT_END = re.compile(r"[。；][”’」』）)]*(?:\s*\^?\s*\[[^\[\]]{1,8}\])*\s*$")
_PUNCTUATED = re.compile(r"[,.;!?，。；！？…]\s*$")
_HEADING_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[部分章节条]|"
    r"(?:first|second|third|fourth|fifth)(?:ly)?\b|\d{1,2}[.、]\s*\S)",
    re.IGNORECASE,
)


def label_text_page(blocks: list[Block], languages: tuple[str, ...]) -> list[Block]:
    """Label every block of a text dump; see the module docstring for the order."""
    blocks = classify_page(blocks, languages)
    blocks = mark_column_repeats(blocks, languages)
    repeated = repeated_lines(blocks)
    code = code_block_lines(blocks)
    scores = page_scores(blocks, languages, repeated, code)
    start, end = find_body_span(scores, blocks, languages)
    start, end = contents_list_span(blocks, scores, (start, end), languages)
    span = prefer_phrase_run(blocks, scores, start, end)
    if span != (start, end):
        # a phrase blog repeats its short phrases ("🥹", "so cute"): they are its text here
        start, end = span
        repeated = repeated - {blocks[k].text for k in range(start, end + 1) if is_phrase_line(blocks[k], scores[k])}
        notes_phrase = list(range(start, end + 1))
    else:
        notes_phrase = []
    end = extend_over_gaps(blocks, scores, start, end)
    found = start, end
    start, end = extend_over_gaps_and_widgets(blocks, scores, start, end)
    notes = {"beyond a widget cloned for every picture": [*range(start, found[0]), *range(found[1] + 1, end + 1)]}
    notes["run of phrase lines (a blog written one phrase per line)"] = notes_phrase
    start, box = join_above_inline_box(blocks, scores, start, end)
    notes["above a related-links box inside the article"] = list(range(start, box.start)) if box else []
    boxes, below = [box], []
    while (joined := join_below_inline_box(blocks, scores, start, end))[1]:
        below += range(joined[1].stop, joined[0] + 1)
        end, box = joined
        boxes.append(box)
    notes["below a related-links box inside the article"] = below
    start = skip_header_meta(blocks, scores, start, end)
    if start > end:
        return blocks
    end = extend_to_closing_line(blocks, scores, end, repeated)
    end = extend_over_phrase_lines(blocks, scores, start, end, repeated)
    end = extend_to_results_table(blocks, end, repeated)
    end, blocks = end_above_author_box(blocks, start, end)
    end, blocks = end_above_reader_appeal(blocks, start, end)
    start = extend_over_lists(blocks, cap_list_costs(blocks, scores), start)
    start, blocks = extend_over_numbered_records(blocks, scores, start)
    found = start, end
    start = extend_to_ingredients(blocks, scores, start)
    notes["ingredient table above the recipe's steps"] = list(range(start, found[0]))
    start = rescue_lead(blocks, scores, start)
    title_at = find_title(blocks, start)
    if title_at is not None:
        blocks[title_at] = blocks[title_at].relabel(Label.TITLE, "line above the meta block / body")
    start = extend_to_lead(blocks, start, title_at, scores)
    lead = lead_under_title(blocks, scores, title_at, start)
    blocks = mark_body(blocks, start, end, repeated - {blocks[k].text for k in code})
    blocks = drop_image_lines(blocks, scores, start, end)
    blocks = drop_product_cards(blocks, notes_phrase)
    blocks = keep_cjk_statements_among_paragraphs(blocks, start, end)
    blocks = drop_repeats_in_body(blocks, start, end)
    blocks = strip_image_stubs(blocks, start, end)
    blocks = drop_embedded_slideshows(blocks, scores, start, end)
    for box in boxes:
        blocks = mark_inline_box(blocks, box)
    blocks = note_span_rules(blocks, notes)
    if lead is not None:
        blocks[lead] = blocks[lead].relabel(Label.PARAGRAPH, "prose lead just under the headline")
    return mark_after_body(blocks, end, languages)


def classify_page(blocks: list[Block], languages: tuple[str, ...]) -> list[Block]:
    """:func:`chrome.classify_block` on every block, once per distinct text (a fifth of
    a page's lines repeat: menu items, buttons, "Reply")."""
    seen: dict[str, Block] = {}
    out = []
    for block in blocks:
        if block.label is not _UNKNOWN:
            out.append(block)
            continue
        first = seen.get(block.text)
        if first is None:
            first = seen[block.text] = classify_block(block, languages)
            out.append(first)
        elif first.label is _UNKNOWN:
            out.append(block)
        else:
            out.append(block.relabel(first.label, first.rule))
    return out


def repeated_lines(blocks: list[Block]) -> set[str]:
    """Short content lines the page shows more than once: menu items, teasers, buttons.
    (A long line shown twice, such as a lead repeated as a teaser, may still be body.)"""
    seen = Counter(b.text for b in blocks if b.label is _UNKNOWN and width_at_most(b, LONG_LINE_CHARS - 1))
    return {text for text, n in seen.items() if n > 1}


def page_scores(
    blocks: list[Block], languages: tuple[str, ...], repeated: set[str] | None = None, code: list[int] | None = None
) -> list[int]:
    """The content score of every block, with the page's context: a short line the page
    repeats is chrome, and the stopword test is used only if the tables know the page's
    language."""
    repeated = repeated_lines(blocks) if repeated is None else repeated
    long_lines = [b.text for b in blocks if b.label is _UNKNOWN and len(b.text) > LONG_LINE_CHARS]
    use_stopwords = page_knows_stopwords(long_lines)
    scores = [
        CHROME_SCORE if b.text in repeated else content_score(b, languages, use_stopwords=use_stopwords) for b in blocks
    ]
    scores = damp_isolated_prose(blocks, damp_list_groups(blocks, scores))
    scores = neutral_section_widgets(blocks, scores, languages)
    scores = count_verse_in_full(blocks, scores)
    return neutral_code_blocks(scores, code_block_lines(blocks) if code is None else code)


#: a line of classical verse: one or two clauses of four to nine ideographs, each closed by
#: a mark ("我有所念人，隔在远远乡。", "深夜看书须尽欢，")
_VERSE_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{4,9}[，,。！？；、]){1,2}$")
_VERSE_CLAUSE = re.compile(r"[\u4e00-\u9fff]+")
#: a poem has this many verse lines at least, in one group of lines ...
MIN_VERSE_LINES = 4
#: ... which are most of the group
VERSE_SHARE = 0.6


def count_verse_in_full(blocks: list[Block], scores: list[int]) -> list[int]:
    """A classical poem is printed a verse per line: lines too short to pay a line's
    penalty, so the poem lost to the gap (a heading, a "更多" link) between it and its
    translation or notes. In a group of lines that is mostly verse, every clause the same
    length (five or seven characters), each verse counts its full width."""
    out = list(scores)
    for i, j in line_groups(blocks):
        verses = [k for k in range(i, j) if blocks[k].label is Label.UNKNOWN and _VERSE_LINE.match(blocks[k].text)]
        if len(verses) < MIN_VERSE_LINES or len(verses) < VERSE_SHARE * (j - i):
            continue
        clauses = {len(c) for k in verses for c in _VERSE_CLAUSE.findall(blocks[k].text)}
        if len(clauses) == 1:
            for k in verses:
                out[k] = max(out[k], text_width(blocks[k].text))
    return out


@cache
def _lexicon_line(table: str, languages: tuple[str, ...], whole: bool = True) -> re.Pattern[str]:
    """A line that opens with (``whole``: is) an entry of the lexicons' ``table``, give or
    take a few marks ("【目录】", "编辑:")."""
    entries = getattr(merged(languages), table)
    return re.compile(r"^\W{0,3}" + alt(entries) + (r"\W{0,3}$" if whole else ""), re.IGNORECASE)


#: a table of contents holds this many lines at least
MIN_CONTENTS_LINES = 8


def contents_list_span(
    blocks: list[Block], scores: list[int], span: tuple[int, int], languages: tuple[str, ...]
) -> tuple[int, int]:
    """A page with no prose worth a body (a journal issue's table of contents: titles and
    author lines) has its text in the list under a contents heading ("目录"): from the line
    after the heading to the last content line before a labelled line (a column name
    repeated, a footer) or the tail."""
    if span[0] <= span[1] and sum(x for x in scores[span[0] : span[1] + 1] if x > 0) >= MIN_BODY_SCORE:
        return span
    heading = _lexicon_line("contents_headings", languages)
    at = next((i for i, b in enumerate(blocks) if len(b.text) <= 12 and b.text and heading.match(b.text)), None)
    if at is None:
        return span
    last, lines = None, 0
    for i in range(at + 1, len(blocks)):
        block = blocks[i]
        if block.label is Label.BLANK:
            continue
        if block.label is not Label.UNKNOWN or scores[i] <= TAIL_SCORE or is_list_item(block.text):
            break  # a bulleted list after it is another box (the journal's other issues)
        last, lines = i, lines + 1
    if last is None or lines < MIN_CONTENTS_LINES:
        return span
    return at + 1, last


def neutral_section_widgets(blocks: list[Block], scores: list[int], languages: tuple[str, ...]) -> list[int]:
    """A section heading's widgets on their own lines (an encyclopaedia prints "播报" and
    "编辑" under each heading) cost nothing: as repeated short lines they cost a chrome
    line's each, and walled every section off from the next."""
    widget = _lexicon_line("section_widgets", languages)
    out = list(scores)
    for k, block in enumerate(blocks):
        if out[k] < 0 and len(block.text) <= MAX_SECTION_WIDGET_CHARS and widget.match(block.text):
            out[k] = 0
    return out


def neutral_code_blocks(scores: list[int], code: list[int]) -> list[int]:
    """A block of program code or shell commands (lines with no blank line between them,
    most of them code) costs nothing: a tutorial's text goes on around its listings, whose
    lines are short, unpunctuated and often repeated (``--init \\``)."""
    out = list(scores)
    for k in code:
        out[k] = max(out[k], 0)
    return out


def code_block_lines(blocks: list[Block]) -> list[int]:
    """The unlabelled lines of the groups (lines with no blank line between them) that are
    mostly code: at least :data:`MIN_CODE_LINES` lines, :data:`CODE_SHARE` of the group."""
    out = []
    for i, j in line_groups(blocks):
        if j - i < MIN_CODE_LINES:
            continue
        unlabelled = [k for k in range(i, j) if blocks[k].label is _UNKNOWN]
        code = [k for k in unlabelled if looks_like_code(blocks[k].text)]
        if len(code) >= MIN_CODE_LINES and len(code) >= CODE_SHARE * (j - i):
            out += unlabelled
    return out


def line_groups(blocks: list[Block]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-blank blocks: lines with no blank line between them."""
    i = 0
    while i < len(blocks):
        if blocks[i].label is _BLANK:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].label is not _BLANK:
            j += 1
        yield i, j
        i = j


def cap_list_costs(blocks: list[Block], scores: list[int]) -> list[int]:
    """A list of no prose (a table of contents, a related-links box: lines with no blank
    line between them) is one element of the page: crossing it costs at most
    :data:`LIST_COST_CAP`, however many items it has."""
    out = list(scores)
    for i, j in line_groups(blocks):
        total = sum(out[i:j])
        unlabelled = all(blocks[k].label is _UNKNOWN and out[k] <= 0 for k in range(i, j))
        if j - i >= MIN_GROUP_LINES and total < -LIST_COST_CAP and unlabelled:
            for k in range(i, j):
                out[k] = out[k] * LIST_COST_CAP // -total
    return out


def _is_teaser(block: Block, score: int) -> bool:
    # a step's number alone on its line is no teaser headline: the step's text follows it
    return (
        score <= 0 and block.label is Label.UNKNOWN and looks_like_teaser(block.text) and not is_step_marker(block.text)
    )


def damp_isolated_prose(blocks: list[Block], scores: list[int]) -> list[int]:
    """A prose line whose nearest neighbours above and below are both teaser headlines
    (list items, image-led lines) is a teaser's snippet or a caption more often than a
    paragraph: a teaser list with snippets, separated by blank lines, escapes the list
    damping. It counts for less."""
    content = [i for i, b in enumerate(blocks) if b.label is not _BLANK]
    out = list(scores)
    for pos in range(1, len(content) - 1):
        i = content[pos]
        if scores[i] > 0 and all(_is_teaser(blocks[j], scores[j]) for j in (content[pos - 1], content[pos + 1])):
            out[i] = int(scores[i] * ISOLATED_DAMPING)
    return out


def damp_list_groups(blocks: list[Block], scores: list[int]) -> list[int]:
    """Lines with no blank line between them form a group. Article paragraphs stand apart;
    a group made mostly of links, dates and labels is a teaser list or a comment thread,
    and the prose in it (snippets, comment text) counts for less."""
    out = list(scores)
    for i, j in line_groups(blocks):
        if j - i < MIN_GROUP_LINES or is_lone_paragraph(blocks, i, j):
            continue
        weak = sum(1 for k in range(i, j) if scores[k] < 0)
        if weak >= LIST_GROUP_SHARE * (j - i):
            for k in range(i, j):
                if out[k] > 0:
                    out[k] = int(out[k] * GROUP_DAMPING)
    return out


def is_lone_paragraph(blocks: list[Block], i: int, j: int) -> bool:
    """Is the group ``i..j-1`` one unlabelled line under nothing but meta lines and above
    labelled lines (a share bar, a disclaimer)? lynx prints a paragraph with no blank line
    between it and the meta line above or the share bar below; those lines make no teaser
    list of it. (A line under a heading such as "Latest News" is the list the heading names.)"""
    while i < j and blocks[i].label is Label.META:
        i += 1
    while j > i and blocks[j - 1].label is not Label.UNKNOWN:
        j -= 1
    return j - i == 1


def content_score(block: Block, languages: tuple[str, ...], *, use_stopwords: bool = True) -> int:
    """What a block adds to a candidate body: the width of its letters beyond a short
    line's if it reads as prose; a penalty if it is chrome or no sentence."""
    if block.label is _BLANK:
        return 0
    if block.label is _CHROME and opens_tail(block, languages):
        return TAIL_SCORE  # "猜你喜欢:" is a chrome phrase too, and still opens the tail
    if block.label is not _UNKNOWN:
        return CHROME_SCORE
    if opens_tail(block, languages):
        return TAIL_SCORE
    if is_step_marker(block.text):
        return STEP_MARKER_SCORE
    width = text_width(block.text)
    if (
        looks_like_markup(block.text)
        or looks_like_url(block.text)
        or not reads_as_prose(block.text, use_stopwords=use_stopwords)
        or is_chinese_teaser_item(block.text)
    ):
        return min(width - SHORT_LINE_PENALTY, 0) - NON_PROSE_PENALTY
    score = width - short_line_penalty(block.text)
    if is_truncated(block.text):
        return int(score * TRUNCATED_DAMPING)
    return score


_QUESTION_OR_EXCLAMATION_END = re.compile(r"[？！?!][”’」』）)]*\s*$")
_KANA = re.compile(r"[\u3040-\u30ff]")


def is_chinese_teaser_item(text: str) -> bool:
    """A list item in Chinese that ends with a question or an exclamation mark is a teaser's
    headline ("• 魏征是个怎样的人？"), not a sentence of the article: a list of them under the
    article outweighed the related box's heading. (Japanese, whose kana it lacks, is left out.)"""
    return (
        is_list_item(text)
        and bool(_QUESTION_OR_EXCLAMATION_END.search(text))
        and cjk_ratio(text) >= CJK_LINE_SHARE
        and not _KANA.search(text)
    )


def short_line_penalty(text: str) -> int:
    """What a prose line's width must pass to add to the body: less for a sentence in
    ideographs, which says in ten characters what Latin script says in thirty letters.
    Only a statement (ending ``。`` or ``；``): a teaser headline ends ``？``, ``！`` or bare."""
    if _CJK_STATEMENT_END.search(text) and cjk_ratio(text) >= CJK_LINE_SHARE:
        return CJK_SHORT_LINE_PENALTY
    return SHORT_LINE_PENALTY


def find_body_span(
    scores: list[int], blocks: list[Block] | None = None, languages: tuple[str, ...] = ("en", "zh")
) -> tuple[int, int]:
    """Indices (inclusive) of the best-scoring run of blocks; (1, 0) if there is none.

    What follows the page's footer (cookie and consent dialogs, overlays) is not the
    article: the body ends above the first footer line that closes a zone of links (not
    a credit line inside the text), unless nothing worth a body precedes it.
    """
    span, value = best_run(scores)
    span = stop_at_tail(scores, span)
    span = prefer_before_tail(scores, span, value)
    span = prefer_first_story(blocks or [], scores, span, value)
    span = prefer_article_above_feed(blocks or [], scores, span, languages)
    span = trim_at_walls(scores, span)
    span = drop_lone_paragraph_past_wall(scores, span)
    for footer in page_footers(blocks or [], scores):
        if span[1] > footer:
            before, value = best_run(scores[:footer])
            if value >= MIN_BODY_SCORE and is_page_footer(footer, len(scores), value, scores):
                return before
            break
    return span


_HIRAGANA = re.compile(r"[\u3041-\u3096]")
#: a list item (a bullet, a rank "3.", a bracketed picture): a teaser, not a phrase
_LIST_ITEM_START = re.compile(r"\s*(?:[•·*\-\[]|\d{1,3}\s*[.)、．])")
#: a blog written one phrase per line: this many phrase lines at least ...
MIN_PHRASE_LINES = 30
#: ... where any other line (an emoji, a picture, a product card) costs this at most ...
PHRASE_GAP_COST = -12
#: ... and this many times the letters of the body the scores found
PHRASE_OUTWEIGH = 2
#: ... and phrase lines are most lines of the run (not a page of teasers and menus)
PHRASE_SHARE = 0.6


def is_phrase_line(block: Block, score: int) -> bool:
    """A piece of a Japanese sentence on a line of its own ("袖を通した瞬間に"): hiragana
    (the particles and endings a menu item or a label has none of), too short to score."""
    return (
        block.label is Label.UNKNOWN
        and score <= 0
        and not _LIST_ITEM_START.match(block.text)
        and bool(_HIRAGANA.search(block.text))
    )


def prefer_phrase_run(blocks: list[Block], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """A Japanese blog written one phrase per line has no line long enough to score as
    prose: the best run is then some ad or caption. Counting each phrase line by its
    letters (and any other line at a small cost), a run of many phrase lines that far
    outweighs the found body's prose (in letters) is the body."""
    if not _HIRAGANA.search("\n".join(block.text for block in blocks)):
        return start, end  # no phrase line without hiragana (one scan of the page, not one per line)
    phrase = [is_phrase_line(block, x) for block, x in zip(blocks, scores, strict=True)]
    if sum(phrase) < MIN_PHRASE_LINES:
        return start, end
    counted = [
        block.width if p else max(x, PHRASE_GAP_COST) if x > TAIL_SCORE else x
        for block, x, p in zip(blocks, scores, phrase, strict=True)
    ]
    (s, e), _ = best_run(counted)
    phrases = [k for k in range(s, e + 1) if phrase[k]]
    found = sum(blocks[k].width for k in range(start, end + 1) if scores[k] > 0)
    lines = sum(1 for k in range(s, e + 1) if blocks[k].label is not Label.BLANK)
    if (
        len(phrases) >= MIN_PHRASE_LINES
        and len(phrases) >= PHRASE_SHARE * lines
        and sum(blocks[k].width for k in phrases) >= PHRASE_OUTWEIGH * found
    ):
        return s, e
    return start, end


def prefer_before_tail(scores: list[int], span: tuple[int, int], value: int) -> tuple[int, int]:
    """A best run below a line that opens the related/comments zone is a teaser list with
    snippets more often than the article: the run above that line is the body if it is worth
    one and not far outweighed."""
    tails = [i for i in range(span[0]) if scores[i] <= TAIL_SCORE]
    run = scores[span[0] : span[1] + 1]
    if not tails or (
        prose_share(run) >= MIN_ARTICLE_PROSE_SHARE and not is_headline_list(run) and not is_teaser_feed(run)
    ):
        return span
    before, value_before = best_run(scores[: tails[0]])
    if value_before >= MIN_BODY_SCORE and value_before >= TAIL_ZONE_SHARE * value:
        return before
    return span


def stop_at_tail(scores: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A line that opens the related/comments zone, followed by a single long paragraph
    that outweighs its cost (an author's bio, one long comment), ends the body: the body is
    the best run above that line, if it is worth a body. (Several paragraphs after such a
    line are the article going on below an inline related box.)"""
    start, end = span
    tail = next((i for i in range(start, end + 1) if scores[i] <= TAIL_SCORE), None)
    if tail is None or prose_lines(scores, (tail + 1, end)) > 1:
        return span
    (s, e), value_before = best_run(scores[start:tail])
    if value_before >= MIN_BODY_SCORE:
        return start + s, start + e
    return span


def is_teaser_feed(scores: list[int]) -> bool:
    """Does the run alternate a line of no prose (a teaser's headline) with a prose line
    (its snippet or photo caption), line after line? An article's paragraphs follow one
    another; a feed of teasers with snippets scores as much without being one."""
    lines = [x > 0 for x in scores if x != 0]
    if len(lines) < MIN_FEED_LINES:
        return False
    turns = sum(1 for a, b in pairwise(lines) if a != b)
    return turns >= FEED_ALTERNATION * (len(lines) - 1)


def is_headline_list(scores: list[int]) -> bool:
    """Do most of the run's prose lines score like one short sentence (a teaser headline
    with a full stop), not like paragraphs? The median is what tells them apart."""
    prose = sorted(x for x in scores if x > 0)
    return len(prose) >= MIN_HEADLINE_LIST_LINES and prose[len(prose) // 2] < HEADLINE_SCORE


def prefer_first_story(blocks: list[Block], scores: list[int], span: tuple[int, int], value: int) -> tuple[int, int]:
    """A feed page shows the next story under the article's comment form or related box:
    when the best run lies below such a line and opens with its own header (a meta line
    just above it), and the run above that line is worth a body and has its own header
    too, the first story is the article unless the next one far outweighs it. A lone
    paragraph under such a line loses to an article of several paragraphs above it that
    scores half as much."""
    if not blocks:
        return span
    tails = [i for i in range(span[0]) if scores[i] <= TAIL_SCORE]
    if not tails:
        return span
    before, value_before = best_run(scores[: tails[0]])
    if value_before < max(MIN_BODY_SCORE, TAIL_ZONE_SHARE * value) or before[0] > before[1]:
        return span
    if has_header_meta(blocks, before[0]) and has_header_meta(blocks, span[0]):
        return before
    if span[0] == span[1] and value_before >= LONE_PARAGRAPH_SHARE * value and prose_lines(scores, before) >= 3:
        return before  # one paragraph under the related box (an author's bio, a blurb)
    return span


def prefer_article_above_feed(
    blocks: list[Block], scores: list[int], span: tuple[int, int], languages: tuple[str, ...]
) -> tuple[int, int]:
    """A recommendation feed under the article ("你可能還想看", "其他人也在看": never a box
    inside it) holds teasers with long snippets, which may outscore a short story many times:
    when the first line that opens the tail above the best run is such a heading, the run
    above it is worth a body and opens under its own header (a meta line), and the best run
    has no header of its own, the article is the run above the feed."""
    tail = next((i for i in range(span[0]) if scores[i] <= TAIL_SCORE), None)
    if tail is None or not _lexicon_line("feed_headings", languages, whole=False).match(blocks[tail].text):
        return span
    before, value_before = best_run(scores[:tail])
    if value_before < MIN_BODY_SCORE or before[0] > before[1]:
        return span
    if has_header_meta(blocks, before[0]) and not has_header_meta(blocks, span[0]):
        return before
    return span


def prose_lines(scores: list[int], span: tuple[int, int]) -> int:
    """How many lines of ``span`` add to the body."""
    return sum(1 for k in range(span[0], span[1] + 1) if scores[k] > 0)


def has_header_meta(blocks: list[Block], start: int) -> bool:
    """Is there a meta line (date, source) among the few lines just above ``start``?"""
    seen = 0
    for i in range(start - 1, -1, -1):
        if blocks[i].label is Label.BLANK:
            continue
        if blocks[i].label is Label.META:
            return True
        seen += 1
        if seen >= HEADER_META_REACH:
            return False
    return False


def walls(scores: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """(first, last) of each run of at least :data:`WALL_LINES` lines of no prose inside
    ``start..end`` (blank lines, which score 0, do not break a run)."""
    out, first, count = [], None, 0
    for i in range(start, end + 2):
        x = scores[i] if i <= end else 1
        if x == 0:
            continue
        if x < 0:
            first = i if first is None else first
            count += 1
            continue
        if first is not None and count >= WALL_LINES:
            out.append((first, i - 1))
        first, count = None, 0
    return out


def trim_at_walls(scores: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """The best run may bridge a long stretch of no prose (share buttons, a recommendation
    box) to reach a teaser list with snippets, whose many short texts add up to as much as
    the article: where one side of such a wall reads as an article (most lines prose), the
    other as a list (few lines prose), and neither far outweighs the other, the body is the
    article's side."""
    start, end = span
    found = walls(scores, start, end)
    if not found:
        return span
    part = scores[start : end + 1]
    # each side's best-run value and prose share, for every wall, from running sums: testing
    # each wall by rescanning both sides is quadratic on a long page with many walls
    ahead, behind = _prefix_best(part), _prefix_best(part[::-1])[::-1]
    share = _ShareOf(part)
    n = len(part)
    for first, last in found:
        cut, resume = first - start, last + 1 - start
        if is_article_beside_list(ahead[cut], share(0, cut), behind[resume], share(resume, n)):
            (s, e), _ = best_run(part[:cut])
            return start + s, start + e
    for first, last in reversed(found):
        cut, resume = first - start, last + 1 - start
        if is_article_beside_list(behind[resume], share(resume, n), ahead[cut], share(0, cut)):
            (s, e), _ = best_run(part[resume:])
            return start + resume + s, start + resume + e
    return span


def drop_lone_paragraph_past_wall(scores: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A single paragraph below the span's last wall of no prose (a sidebar's link lists,
    an ad slot, then a box's one snippet) is a teaser, not the article's end: the body is
    the best run above the wall when that one is worth a body and far outweighs the paragraph
    (:data:`LONE_PARAGRAPH_OUTWEIGH` times)."""
    start, end = span
    found = walls(scores, start, end)
    if not found:
        return span
    first, last = found[-1]
    if prose_lines(scores, (last + 1, end)) != 1:
        return span
    (s, e), value = best_run(scores[start:first])
    if value >= MIN_BODY_SCORE and value >= LONE_PARAGRAPH_OUTWEIGH * sum(
        x for x in scores[last + 1 : end + 1] if x > 0
    ):
        return start + s, start + e
    return span


def _prefix_best(scores: list[int]) -> list[int]:
    """``out[k]`` is the value of :func:`best_run` over ``scores[:k]`` (Kadane, one pass)."""
    out, best, run = [0], 0, 0
    for score in scores:
        run = score if run <= 0 else run + score
        best = max(best, run)
        out.append(best)
    return out


class _ShareOf:
    """:func:`prose_share` of any slice ``scores[a:b]`` from running counts."""

    def __init__(self, scores: list[int]) -> None:
        self.lines = list(accumulate((x != 0 for x in scores), initial=0))
        self.prose = list(accumulate((x > 0 for x in scores), initial=0))

    def __call__(self, a: int, b: int) -> float:
        return (self.prose[b] - self.prose[a]) / max(self.lines[b] - self.lines[a], 1)


def is_article_beside_list(value: int, article_share: float, other_value: int, other_share: float) -> bool:
    """Does a side worth ``value`` with this prose share read as an article beside a list?"""
    return (
        value >= MIN_BODY_SCORE
        and value * WALL_OUTWEIGH >= other_value >= value / WALL_OUTWEIGH
        and article_share >= ARTICLE_PROSE_SHARE
        and other_share < LIST_PROSE_SHARE
    )


def prose_share(scores: list[int]) -> float:
    """Share of the lines (blank lines, which score 0, left out) that read as prose."""
    lines = [x for x in scores if x != 0]
    return sum(1 for x in lines if x > 0) / max(len(lines), 1)


def is_page_footer(footer: int, n_blocks: int, value_before: int, scores: list[int]) -> bool:
    """A footer in the page's upper half (a photo credit ``© …/Getty Images`` under the
    header's chrome) closes the page only if the text above it outweighs the text below."""
    if footer >= n_blocks * FOOTER_MIN_POSITION:
        return True
    _, after = best_run(scores[footer + 1 :])
    return value_before * FOOTER_OUTWEIGH >= after


def extend_over_gaps(blocks: list[Block], scores: list[int], start: int, end: int) -> int:
    """The body goes on after a short gap of no prose (an ad, a caption, a share bar) when
    the prose after it is as dense as the body's: the one-best-run search stops at a gap
    that costs more than the paragraph after it. Not across a footer, a meta line or the
    related/comments zone."""
    prose = [scores[i] for i in range(start, end + 1) if scores[i] > 0]
    if not prose:
        return end
    mean = sum(prose) / len(prose)
    i = end + 1
    while True:
        gap = 0
        while i < len(blocks) and scores[i] <= 0:
            if blocks[i].label in (Label.FOOTER, Label.META) or scores[i] <= TAIL_SCORE:
                return end
            gap += blocks[i].label is not Label.BLANK
            if gap > MAX_GAP_LINES:
                return end
            i += 1
        run = []
        while i < len(blocks) and (scores[i] > 0 or blocks[i].label is Label.BLANK):
            if scores[i] > 0:
                run.append(scores[i])
            i += 1
        if not run or sum(run) / len(run) < GAP_DENSITY * mean:
            return end
        end = i - 1
        while blocks[end].label is Label.BLANK:
            end -= 1


def extend_over_cloned_widgets(blocks: list[Block], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """A photo gallery or share widget the page repeats for every picture (the caption
    shown twice, ``+8``, ``View gallery``, the share buttons) may cut the article in parts
    with a dozen lines of no prose: a gap whose lines all appear elsewhere on the page, but
    for at most :data:`MAX_UNCLONED_LINES`, is crossed, up and down, when the prose beyond it is
    as dense as the body's. Not across a line the context-free rules label (a share bar, a
    footer, a meta line) or the related/comments zone."""
    prose = [scores[i] for i in range(start, end + 1) if scores[i] > 0]
    if not prose:
        return start, end
    floor = GAP_DENSITY * sum(prose) / len(prose)
    clones = Counter(b.text for b in blocks if b.label is not _BLANK)
    while (edge := _beyond_cloned_gap(blocks, scores, end + 1, 1, floor, clones)) is not None:
        end = edge
    while (edge := _beyond_cloned_gap(blocks, scores, start - 1, -1, floor, clones)) is not None:
        start = edge
    return start, end


def extend_over_gaps_and_widgets(blocks: list[Block], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """:func:`extend_over_cloned_widgets`, then :func:`extend_over_gaps` from the new end, until
    neither moves the span: an article cut by a gallery widget may go on past a subheading
    (a short gap) after it."""
    while True:
        new_start, new_end = extend_over_cloned_widgets(blocks, scores, start, end)
        new_end = extend_over_gaps(blocks, scores, new_start, new_end)
        if (new_start, new_end) == (start, end):
            return start, end
        start, end = new_start, new_end


def join_above_inline_box(blocks: list[Block], scores: list[int], start: int, end: int) -> tuple[int, range]:
    """The article's first paragraphs above a related-links box set inside it ("Related",
    a few teaser headlines, then the article goes on) join the body: the box is at most
    :data:`MAX_INLINE_BOX_LINES` lines of no prose under its heading, and above the heading
    are at least two paragraphs as dense as the body's. (Below its heading, a box that
    ends the article holds teasers or comments, not the body: the article going on below
    a box is :func:`join_below_inline_box`'s, with tests of its own.) Returns the new start
    and the box's lines."""
    none = range(0)
    prose = [scores[i] for i in range(start, end + 1) if scores[i] > 0]
    if not prose:
        return start, none
    floor = GAP_DENSITY * sum(prose) / len(prose)
    i, seen = start - 1, 0
    while i >= 0 and scores[i] > TAIL_SCORE:
        if scores[i] > 0 or blocks[i].label in (Label.BREADCRUMB, Label.FOOTER, Label.META):
            return start, none
        seen += blocks[i].label is not Label.BLANK
        if seen > MAX_INLINE_BOX_LINES:
            return start, none
        i -= 1
    if i < 0 or blocks[i].label is Label.FOOTER:
        return start, none
    above, top = [], None
    for k in range(i - 1, -1, -1):
        if blocks[k].label is Label.BLANK:
            continue
        if scores[k] <= 0:
            break
        above.append(scores[k])
        top = k
    if top is None or len(above) < 2 or sum(above) / len(above) < floor:
        return start, none
    return top, range(i, start)


def join_below_inline_box(blocks: list[Block], scores: list[int], start: int, end: int) -> tuple[int, range]:
    """The article going on below a related-links box set inside it joins the body (the
    mirror of :func:`join_above_inline_box`): the span ends right above a heading that
    opens the tail, which the page shows once (not a "Read more" under every teaser), over
    at most :data:`MAX_INLINE_BOX_LINES` lines of no prose; below them (and a section
    heading) come at least two paragraphs whose lines are as dense as the body's, with
    short gaps, not each under a teaser's headline (:func:`is_teaser_pair`), the last one
    ending a sentence; and that continuation ends where the page's end signs are
    (:func:`ends_at_page_end`). A box at the article's end is followed by teasers with
    snippets, dated items, comments or the next story, which fail these tests. Returns the
    new end and the box's lines (its heading and teasers, not the section heading)."""
    none = range(0)
    prose = [scores[i] for i in range(start, end + 1) if scores[i] > 0]
    if not prose:
        return end, none
    floor = GAP_DENSITY * sum(prose) / len(prose)
    heading = _next(blocks, end)
    if heading is None or scores[heading] > TAIL_SCORE or blocks[heading].label is Label.FOOTER:
        return end, none
    if sum(1 for b in blocks if b.lowered == blocks[heading].lowered) > 1:
        return end, none
    box = _box_lines(blocks, scores, heading)
    if not box:
        return end, none
    first = _next(blocks, box[-1])
    section = box[-1] if _is_section_heading(blocks, box) else None
    run = _continuation(blocks, scores, first, floor) if first is not None else []
    lines = [k for k in run if scores[k] > 0]
    prose_at = set(lines)
    # a paragraph's first line (the lines of a paragraph a renderer wrapped follow one another)
    firsts = [k for k in lines if k - 1 not in prose_at]
    if len(firsts) < 2 or not _PARAGRAPH_END.search(blocks[lines[-1]].text):
        return end, none
    if all(is_teaser_pair(blocks, scores, k) for k in firsts) or is_teaser_feed([scores[k] for k in run]):
        return end, none
    if not ends_at_page_end(blocks, scores, lines[-1], floor):
        return end, none
    return lines[-1], range(heading, section if section is not None else lines[0])


def _box_lines(blocks: list[Block], scores: list[int], heading: int) -> list[int]:
    """The lines of no prose under a box's heading, up to the first prose line; none if
    they are too many, reach the page's end or hold a line no box holds (another tail
    heading, a footer, a meta line: a dated item or a comment)."""
    out = []
    for k in range(heading + 1, len(blocks)):
        if blocks[k].label is Label.BLANK:
            continue
        if scores[k] > 0:
            return out
        if scores[k] <= TAIL_SCORE or blocks[k].label in (Label.BREADCRUMB, Label.FOOTER, Label.META):
            return []
        out.append(k)
        if len(out) > MAX_INLINE_BOX_LINES:
            return []
    return []


def _is_section_heading(blocks: list[Block], box: list[int]) -> bool:
    """Is the box's last line the heading of the article's next section? It reads as a
    heading and, unlike the box's teaser links above it, is no list item (nor an item's
    text under a bullet a renderer put on a line of its own)."""
    last = blocks[box[-1]]
    return (
        len(box) > 1
        and last.label is Label.UNKNOWN
        and is_heading_like(last)
        and not is_list_item(last.text)
        and text_width(blocks[box[-2]].text) > 0
        and any(is_list_item(blocks[k].text) for k in box[:-1])
    )


def _continuation(blocks: list[Block], scores: list[int], first: int, floor: float) -> list[int]:
    """The lines from ``first`` to the last prose line before a gap of more than
    :data:`MAX_GAP_LINES` lines of no prose, a footer, a meta line, a tail heading or a
    prose line scoring less than ``floor`` (a byline, an author box's greeting)."""
    out: list[int] = []
    gap = 0
    for k in range(first, len(blocks)):
        block = blocks[k]
        if block.label is Label.BLANK:
            continue
        if block.label in (Label.FOOTER, Label.META) or scores[k] <= TAIL_SCORE or 0 < scores[k] < floor:
            break
        if scores[k] > 0:
            out.append(k)
            gap = 0
            continue
        gap += 1
        if gap > MAX_GAP_LINES:
            break
        out.append(k)
    while out and scores[out[-1]] <= 0:
        out.pop()
    return out


def is_teaser_pair(blocks: list[Block], scores: list[int], k: int) -> bool:
    """Is the prose line ``k`` a snippet under a teaser's headline: the line above it is no
    prose, a content line and as wide as a headline (an ad slot's label is narrower)? A
    section heading over a paragraph is such a pair too: paragraphs under headings alone
    cannot be told from teasers."""
    above = next((i for i in range(k - 1, -1, -1) if blocks[i].label is not Label.BLANK), None)
    return (
        above is not None
        and scores[above] <= 0
        and blocks[above].label is Label.UNKNOWN
        and display_width(blocks[above].text) >= MIN_TEASER_HEADLINE_WIDTH
    )


def ends_at_page_end(blocks: list[Block], scores: list[int], last: int, floor: float) -> bool:
    """Does the text below ``last`` hold no more prose as dense as the body's before the
    page's end signs: the page's end, a footer, a heading that opens the tail (comments),
    or a wall of :data:`WALL_LINES` lines of no prose (meta lines, a credit, tags)?"""
    seen = 0
    for k in range(last + 1, len(blocks)):
        block = blocks[k]
        if block.label is Label.BLANK:
            continue
        if block.label is Label.FOOTER or scores[k] <= TAIL_SCORE:
            return True
        if scores[k] >= floor:
            return False
        seen += 1
        if seen >= WALL_LINES:
            return True
    return True


def note_span_rules(blocks: list[Block], notes: dict[str, list[int]]) -> list[Block]:
    """Body lines that a span rule brought in say so (for :func:`pipeline.explain`)."""
    out = list(blocks)
    for rule, indices in notes.items():
        for i in indices:
            if out[i].label in (Label.PARAGRAPH, Label.HEADING):
                out[i] = out[i].relabel(out[i].label, f"{out[i].rule}; {rule}")
    return out


def mark_inline_box(blocks: list[Block], box: range) -> list[Block]:
    """The heading and teasers of a related-links box the body span crossed are chrome."""
    out = list(blocks)
    for i in box:
        if out[i].label in (Label.PARAGRAPH, Label.HEADING, Label.UNKNOWN):
            out[i] = out[i].relabel(Label.CHROME, "related-links box inside the article")
    return out


def _beyond_cloned_gap(
    blocks: list[Block], scores: list[int], i: int, step: int, floor: float, clones: Counter[str]
) -> int | None:
    """The far edge of the prose run beyond a gap of cloned widget lines starting at ``i``
    (walking by ``step``), or None if the gap is not one or the prose beyond is too thin."""
    gap = unique = 0
    while 0 <= i < len(blocks) and (scores[i] <= 0 or clones[blocks[i].text] > 1):
        block = blocks[i]
        if block.label not in (Label.UNKNOWN, Label.BLANK) or scores[i] <= TAIL_SCORE:
            return None  # chrome the rules know (share bars, footers, meta lines) ends the article
        if block.label is not Label.BLANK:
            gap += 1
            unique += clones[block.text] < 2
            if gap > MAX_WIDGET_GAP_LINES or unique > MAX_UNCLONED_LINES:
                return None
        i += step
    if gap <= MAX_GAP_LINES:
        return None  # a short gap: extend_over_gaps' business
    run, edge = [], None
    while 0 <= i < len(blocks) and (scores[i] > 0 or blocks[i].label is Label.BLANK):
        if scores[i] > 0:
            run.append(scores[i])
            edge = i
        i += step
    if not run or sum(run) / len(run) < floor:
        return None
    return edge


def extend_over_phrase_lines(blocks: list[Block], scores: list[int], start: int, end: int, repeated: set[str]) -> int:
    """A Japanese blog ends in short lines, each a phrase or an exclamation closed by an emoji
    ("家帰って食べたら、", "バクバク食べてましたよ😄"), which score too little to end the best
    run: under a body written in Japanese (hiragana in most of its lines), the phrase lines
    right after it (:func:`is_phrase_line`, not repeated on the page, a good part of it
    hiragana) join it, up to the first other line (the "• 前の記事" links, a profile box, the
    magazine credit "『FRIDAY』2024年5月10日号より")."""
    lines = [k for k in range(start, end + 1) if blocks[k].label is not Label.BLANK]
    if not lines or sum(1 for k in lines if _HIRAGANA.search(blocks[k].text)) * 2 < len(lines):
        return end
    i = end + 1
    while i < len(blocks):
        block = blocks[i]
        if block.label is not Label.BLANK:
            if not is_phrase_line(block, scores[i]) or block.text in repeated or not is_mostly_kana(block.text):
                break
            end = i
        i += 1
    return end


#: a phrase of a Japanese sentence: this share of its letters hiragana, at least
MIN_PHRASE_KANA_SHARE = 0.25


def is_mostly_kana(text: str) -> bool:
    """Is a good part of the line's letters hiragana (particles, verb endings), as in a
    phrase of a sentence, not in a credit or a name ("『FRIDAY』2024年5月10日号より")?"""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and len(_HIRAGANA.findall(text)) >= MIN_PHRASE_KANA_SHARE * len(letters)


#: a line of a results table: this long at least, this share of its characters digits ...
MIN_RESULTS_LINE_CHARS = 60
RESULTS_DIGIT_SHARE = 0.1
#: ... and this many numbers in it; the table is this many such lines at least
MIN_RESULTS_NUMBERS = 10
MIN_RESULTS_LINES = 2
_NUMBER = re.compile(r"\d+")


def extend_to_results_table(blocks: list[Block], end: int, repeated: set[str]) -> int:
    """A sports story ends with its results ("Punktacja: I Team A - 25 3. Jane Doe - 12+3
    (2*,3,3,2*,2*) ...", heat by heat, scorers): long lines dense in numbers, with no
    sentence, that score as no prose. At least :data:`MIN_RESULTS_LINES` of them right
    after the body (blank lines between) join it."""
    table, i = [], end + 1
    while i < len(blocks):
        block = blocks[i]
        if block.label is not Label.BLANK:
            if not is_results_line(block) or block.text in repeated:
                break
            table.append(i)
        i += 1
    return table[-1] if len(table) >= MIN_RESULTS_LINES else end


def is_results_line(block: Block) -> bool:
    """A line of scores or standings: long, unlabelled, a tenth of its characters digits."""
    text = block.text
    if block.label is not Label.UNKNOWN or len(text) < MIN_RESULTS_LINE_CHARS:
        return False
    chars = sum(1 for ch in text if not ch.isspace())
    digits = sum(1 for ch in text if ch.isdigit())
    return digits >= RESULTS_DIGIT_SHARE * chars and len(_NUMBER.findall(text)) >= MIN_RESULTS_NUMBERS


#: a product card in a phrase blog: this many letters at least, under this share hiragana
MIN_PRODUCT_CARD_LETTERS = 30
PRODUCT_CARD_KANA_SHARE = 0.2


def drop_product_cards(blocks: list[Block], phrase_run: list[int]) -> list[Block]:
    """A Japanese blog written one phrase per line links the things it shows: a shop's
    product card ("【OMNES】接触冷感レーヨンナイロン…ワンピース 半袖 フリーサイズ") is a long
    line of names and tags with next to no hiragana, where every line of the post is a
    phrase. Inside a run of phrase lines such a line is no text of the post."""
    out = list(blocks)
    for k in phrase_run:
        block = out[k]
        if block.label is Label.PARAGRAPH and is_product_card(block.text):
            out[k] = block.relabel(Label.CHROME, "product card in a phrase blog")
    return out


def is_product_card(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= MIN_PRODUCT_CARD_LETTERS and len(_HIRAGANA.findall(text)) < PRODUCT_CARD_KANA_SHARE * len(
        letters
    )


def extend_to_closing_line(blocks: list[Block], scores: list[int], end: int, repeated: set[str]) -> int:
    """The article's last line, when it is short ("I hope you like it.", a sign-off), scores
    too little to end the best run: a content line right after the body that reads as a
    sentence joins it when the next line is labelled (tags, a credit, share buttons, the
    footer) or the page ends, so nothing else could be the body's end."""
    i = end + 1
    while i < len(blocks) and blocks[i].label is Label.BLANK:
        i += 1
    if i >= len(blocks) or not is_closing_line(blocks[i], scores[i], repeated):
        return end
    nxt = i + 1
    while nxt < len(blocks) and blocks[nxt].label is Label.BLANK:
        nxt += 1
    if nxt < len(blocks) and blocks[nxt].label is Label.UNKNOWN and scores[nxt] > TAIL_SCORE:
        return end
    return i


_AUTHOR_BOX = re.compile(r"^\W{0,3}(?:" + alt(AUTHOR_BOX_HEADINGS) + r")\W{0,3}$", re.IGNORECASE)
_AUTHOR_BIO = re.compile(r"\s*" + alt(AUTHOR_BIO_OPENINGS))
#: the author box is the span's last lines: its heading, the bio, a link or two
AUTHOR_BOX_LINES = 4


def end_above_author_box(blocks: list[Block], start: int, end: int) -> tuple[int, list[Block]]:
    """An "About the author" heading, or a bio ("Jane Doe is a science reporter for ..."),
    among the span's last few lines opens the writer's bio box, which closes the story
    without being part of it: the body ends above it."""
    lines = [i for i in range(start, end + 1) if blocks[i].label is not Label.BLANK]
    for i in lines[-AUTHOR_BOX_LINES:]:
        if i > lines[0] and (_AUTHOR_BOX.match(blocks[i].text) or _AUTHOR_BIO.match(blocks[i].text)):
            out = list(blocks)
            for k in range(i, end + 1):
                if out[k].label is Label.UNKNOWN:
                    out[k] = out[k].relabel(Label.TAIL, "author's bio box closing the story")
            return max(j for j in lines if j < i), out
    return end, blocks


_READER_APPEAL = re.compile(alt(READER_APPEALS), re.IGNORECASE)
#: a pitch box: this many lines of the span's end, at least, make the appeal ...
MIN_APPEAL_LINES = 2
#: ... and this share of the lines from the first of them to the end, at least
APPEAL_SHARE = 0.3
#: the pitch's own headings ("Our Coverage Needs You"), short lines just above its first appeal
MAX_APPEAL_HEADINGS = 4


def end_above_reader_appeal(blocks: list[Block], start: int, end: int) -> tuple[int, list[Block]]:
    """An outlet's appeal for reader funding after the story ("… And We Need Your Help",
    "Can't afford to donate?", "Would you consider making a donation …") reads as prose,
    paragraph after paragraph, and the best run takes it in: when the span's last lines, from
    the first line saying such a thing, hold at least :data:`MIN_APPEAL_LINES` of them and
    make :data:`APPEAL_SHARE` of those lines, and the story above is the longer part, the
    body ends above the pitch and its headings."""
    lines = [i for i in range(start, end + 1) if blocks[i].label is not Label.BLANK]
    appeals = [n for n, i in enumerate(lines) if _READER_APPEAL.search(blocks[i].text)]
    for first in appeals:
        pitch = lines[first:]
        said = sum(1 for n in appeals if n >= first)
        if said >= MIN_APPEAL_LINES and said >= APPEAL_SHARE * len(pitch) and first > len(pitch):
            break
    else:
        return end, blocks
    top = first
    while top > 1 and first - top < MAX_APPEAL_HEADINGS and is_appeal_heading(blocks[lines[top - 1]]):
        top -= 1
    out = list(blocks)
    for k in range(lines[top], end + 1):
        if out[k].label in (Label.UNKNOWN, Label.PARAGRAPH, Label.HEADING):
            out[k] = out[k].relabel(Label.TAIL, "reader-funding appeal closing the story")
    return lines[top - 1], out


def is_appeal_heading(block: Block) -> bool:
    """A short line of no sentence above the pitch: its title ("Our Coverage Needs You")."""
    return (
        block.label in (Label.UNKNOWN, Label.CHROME)
        and block.width <= MAX_HEADING_WIDTH
        and not reads_as_prose(block.text)
    )


def is_closing_line(block: Block, score: int, repeated: set[str]) -> bool:
    text = block.text
    if block.label is not Label.UNKNOWN or score <= TAIL_SCORE or text in repeated or is_image_card(text):
        return False
    if text_width(text) < MIN_CLOSING_WIDTH:
        return False
    return reads_as_prose(text) or (bool(_SENTENCE_END.search(text)) and not is_heading_like(block))


def page_footers(blocks: list[Block], scores: list[int]) -> list[int]:
    """Footer lines at the bottom of a zone of chrome: most of the lines just above them
    score no more than a short line."""
    out = []
    for i, block in enumerate(blocks):
        if block.label is not _FOOTER:
            continue
        above = list(
            islice((scores[j] for j in range(i - 1, -1, -1) if blocks[j].label is not _BLANK), FOOTER_ZONE_LINES)
        )
        if len(above) >= FOOTER_ZONE_LINES // 2 and sum(1 for x in above if x <= 0) >= FOOTER_ZONE_SHARE * len(above):
            out.append(i)
    return out


def best_run(scores: list[int]) -> tuple[tuple[int, int], int]:
    """The maximum-sum run of ``scores`` (inclusive indices) and its sum."""
    best, best_span = 0, (1, 0)
    run, run_start = 0, 0
    for i, score in enumerate(scores):
        if run <= 0:
            run, run_start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span, best


#: the body may start above a meta line only if it has this share of its score there
MIN_SHARE_ABOVE_META = 0.25


def skip_header_meta(blocks: list[Block], scores: list[int], start: int, end: int) -> int:
    """Start the body after a meta block near its top: what precedes it is the headline."""
    for m in range(start, end + 1):
        if blocks[m].label is not Label.META:
            continue
        above = sum(max(s, 0) for s in scores[start:m])
        below = sum(max(s, 0) for s in scores[m + 1 : end + 1])
        if above < MIN_SHARE_ABOVE_META * below and prose_lines(scores, (start, m - 1)) <= MAX_PROSE_ABOVE_META:
            return m + 1
        break
    return start


#: a header holds the headline and a lead or two: a meta line below more paragraphs than
#: this (a fact sheet's "Diet Type: Omnivore") is inside the article, not its header
MAX_PROSE_ABOVE_META = 3


def mark_column_repeats(blocks: list[Block], languages: tuple[str, ...] = ("en", "zh")) -> list[Block]:
    """A lone line repeating the breadcrumb's last crumb is the column name, not content."""
    crumbs = {c.casefold() for b in blocks if b.label is _BREADCRUMB for c in split_crumbs(b.text, languages)}
    if not crumbs:
        return list(blocks)
    return [
        b.relabel(_COLUMN, "repeats a breadcrumb crumb")
        if b.label is _UNKNOWN and b.text.casefold().strip() in crumbs
        else b
        for b in blocks
    ]


def _previous(blocks: list[Block], i: int) -> int | None:
    """Index of the nearest non-blank block before ``i``."""
    for j in range(i - 1, -1, -1):
        if blocks[j].label is not Label.BLANK:
            return j
    return None


def find_title(blocks: list[Block], body_start: int) -> int | None:
    """The headline: the best-scoring line near the header's meta block or the body (see fields.titles)."""
    return choose_title_line(blocks, body_start)


def _could_be_title(block: Block) -> bool:
    return block.label is Label.UNKNOWN and 2 <= block.width <= MAX_TITLE_WIDTH


def extend_over_lists(blocks: list[Block], capped: list[int], start: int) -> int:
    """Lead paragraphs above a table of contents or a box of links join the body: the body
    start moves up to the best-scoring stretch just above it, each list costing at most
    :data:`LIST_COST_CAP` (:func:`cap_list_costs`). It does not cross a meta line (above the
    header's meta block is the headline), a footer or the related/comments zone."""
    best, best_at, run = 0, start, 0
    for i in range(start - 1, -1, -1):
        block = blocks[i]
        if block.label in (_BREADCRUMB, _FOOTER, _META) or capped[i] <= TAIL_SCORE:
            break
        run += capped[i]
        if run > best:
            best, best_at = run, i
    return best_at


#: a record of a numbered list in Chinese ("12、上海植物园"), the number at the line's start
_RECORD_NUMBER = re.compile(r"^\s*(\d{1,3})\s*、")
#: a numbered list of records above the body: this many records at least ...
MIN_RECORDS = 5
#: ... each at most this many lines (a name, prices, a contact line, a remark) ...
MAX_RECORD_LINES = 12
#: ... numbered one after another (a step of two: a number the page misprinted)
MAX_RECORD_STEP = 2


def extend_over_numbered_records(blocks: list[Block], scores: list[int], start: int) -> tuple[int, list[Block]]:
    """An article may list records numbered from 1 ("1、上海东方明珠" / "成人票原价：279元" /
    "咨询电话：…" / "备注：…", then "2、…"): short lines that score as a wall of chrome, so
    the body found is what follows the list. When the records run, numbered one after
    another down to 1, right up to the body, the body starts at record 1; a contact line
    inside a record is the record's, not the page's footer."""
    last_number, last_at, lines, numbered = None, start, 0, []
    for i in range(start - 1, -1, -1):
        block = blocks[i]
        if block.label is Label.BLANK:
            continue
        if block.label is Label.BREADCRUMB or scores[i] <= TAIL_SCORE:
            break
        found = _RECORD_NUMBER.match(block.text) if block.label is Label.UNKNOWN else None
        if found:
            number = int(found.group(1))
            if last_number is not None and not 0 < last_number - number <= MAX_RECORD_STEP:
                break
            last_number, last_at, lines = number, i, 0
            numbered.append(i)
            if number == 1:
                break
            continue
        lines += 1
        if lines > MAX_RECORD_LINES:
            break
    if last_number != 1 or len(numbered) < MIN_RECORDS:
        return start, blocks
    out = list(blocks)
    for i in range(last_at, start):
        if out[i].label is Label.FOOTER and width_at_most(out[i], LONG_LINE_CHARS):
            out[i] = out[i].relabel(Label.UNKNOWN, "")
    return last_at, out


def extend_to_ingredients(blocks: list[Block], scores: list[int], start: int) -> int:
    """A recipe's ingredient table above its steps joins the body: its rows (an amount and
    a unit, then the ingredient, in two columns) read as no prose, and
    the nutrition facts and headings between the table and the steps cost more than they
    do. Within :data:`INGREDIENT_REACH` lines of no prose (or a short step) above the body, a group of at
    least :data:`MIN_INGREDIENT_ROWS` such rows moves the body's start up to the group's
    first row, or to its heading (a short line ending in a colon) just above it."""
    rows, seen, i = [], 0, start - 1
    while i >= 0 and seen < INGREDIENT_REACH:
        block = blocks[i]
        if block.label in (Label.BREADCRUMB, Label.FOOTER, Label.META) or not TAIL_SCORE < scores[i] < MIN_LEAD_SCORE:
            break
        if block.label is not Label.BLANK:
            seen += 1
            if block.label is Label.UNKNOWN and is_ingredient_row(block.text):
                rows.append(i)
        i -= 1
    if len(rows) < MIN_INGREDIENT_ROWS:
        return start
    top = rows[-1]
    above = _previous(blocks, top)
    if above is not None and blocks[above].label is Label.UNKNOWN and _INGREDIENT_HEADING.search(blocks[above].text):
        top = above
    return top


#: an ingredient row: an amount (``65``, ``1/2``, ``½``, ``2-3``) and at most a unit word
#: (``g``, ``Pck.``, ``Dose/n``), then a gap of two spaces or more before the ingredient
_INGREDIENT_ROW = re.compile(
    r"^\s*(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?|[½¼¾⅓⅔⅛])\s*(?:[^\W\d_]{1,8}\.?(?:/[^\W\d_]{1,3})?)?\s{2,}[^\W\d_]"
)
#: "For the dough:", "Belag:": a sub-heading of an ingredient table
_INGREDIENT_HEADING = re.compile(r"^[^\W\d_][^:：]{0,40}[:：]\s*$")
#: how far above the body an ingredient table may end, in lines of no prose
INGREDIENT_REACH = 32
MIN_INGREDIENT_ROWS = 3


def is_ingredient_row(text: str) -> bool:
    """An amount, a unit and an ingredient: a row of a recipe's ingredient table."""
    return bool(_INGREDIENT_ROW.match(text))


def rescue_lead(blocks: list[Block], scores: list[int], start: int) -> int:
    """A lead paragraph above byline and tag lines joins the body: within a few lines above
    the body, the furthest line that reads as a real sentence. It does not cross a meta
    line: above the header's meta block is the headline."""
    best = start
    seen = 0
    i = start - 1
    while i >= 0 and seen < LEAD_REACH:
        block = blocks[i]
        if block.label in (Label.BREADCRUMB, Label.FOOTER, Label.META) or scores[i] <= TAIL_SCORE:
            break
        if block.label is not Label.BLANK:
            seen += text_width(block.text) > 0  # a bullet or rule alone is no line of text
            if block.label is Label.UNKNOWN and scores[i] >= MIN_LEAD_SCORE:
                best = i
        i -= 1
    return best


def lead_under_title(blocks: list[Block], scores: list[int], title_at: int | None, start: int) -> int | None:
    """A lead paragraph printed right under the headline (and its meta lines), which
    sidebars, ads or a teaser box then cut off from the rest of the body."""
    if title_at is None or title_at >= start:
        return None
    seen = 0
    for i in range(title_at + 1, start):
        block = blocks[i]
        if block.label in (Label.BLANK, Label.META):
            continue
        if block.label is Label.UNKNOWN and scores[i] >= MIN_LEAD_SCORE:
            return i
        seen += 1
        if seen >= LEAD_UNDER_TITLE_LINES:
            return None
    return None


def extend_to_lead(blocks: list[Block], start: int, title_at: int | None, scores: list[int] | None = None) -> int:
    """Let short content lines just above the body (subtitles, leads) join it; not a
    heading that opens the related/comments zone, nor a line of raw markup."""
    floor = title_at + 1 if title_at is not None else 0
    taken = 0
    i = start
    while i - 1 >= floor and taken < MAX_LEAD_LINES:
        prev = blocks[i - 1]
        if prev.label is Label.BLANK:
            i -= 1
            continue
        if prev.label is not Label.UNKNOWN or (scores is not None and scores[i - 1] <= TAIL_SCORE):
            break
        if in_link_list(blocks, i - 1, start, scores) or looks_like_markup(prev.text):
            break
        i -= 1
        taken += 1
    return i


def in_link_list(blocks: list[Block], i: int, start: int, scores: list[int] | None) -> bool:
    """Is block ``i`` the last of a list of links (at least :data:`MIN_GROUP_LINES` lines
    with no blank line between them, none prose or punctuated) that ends above the body? Such a list
    is a sidebar or a topic box, not the article's subtitle or lead."""
    if scores is None or i >= start:
        return False
    first = i
    while first > 0 and blocks[first - 1].label is not Label.BLANK:
        first -= 1
    return i + 1 - first >= MIN_GROUP_LINES and all(
        scores[k] <= 0 and not _PUNCTUATED.search(blocks[k].text) for k in range(first, i + 1)
    )


def is_heading_like(block: Block) -> bool:
    text = block.text
    if len(text) > MAX_HEADING_WIDTH:
        return False  # wider than either limit, whatever its script (a line is as wide as long, or more)
    limit = MAX_HEADING_WIDTH if cjk_ratio(text) < 0.3 else MAX_HEADING_WIDTH * 2 // 3
    if display_width(text) > limit:
        return False
    if _CLAUSE_LEAD_IN.search(text) or _SPOKEN_LEAD_IN.search(text):
        return False
    return not _SENTENCE_END.search(text) or (bool(_HEADING_ORDINAL.match(text)) and display_width(text) < 30)


#: a clause that ends with a colon introduces what follows ("各镇人民政府、市直有关单位：",
#: "In a statement, the mayor said:"): the salutation or lead-in of a paragraph, not a heading
_CLAUSE_LEAD_IN = re.compile(r"[,，、][^,，、]*[:：]\s*$")
#: five words or more ending with a colon lead into a quote or a list ("Transport Secretary Mark
#: Harper said:"); a heading with a colon is a word or three ("Hintergrund:", "Notes to editors:")
_SPOKEN_LEAD_IN = re.compile(r"^\W*\w+(?:\s+\S+){4,}\s*:\s*$")


def mark_body(
    blocks: list[Block], start: int, end: int, repeated: frozenset[str] | set[str] = frozenset()
) -> list[Block]:
    """Inside the span: headings lead into prose; other content lines are paragraphs;
    short lines the page repeats are chrome the body merely bridged."""
    out = list(blocks)
    for i in range(start, end + 1):
        if out[i].label is _UNKNOWN and out[i].text in repeated:
            out[i] = out[i].relabel(_CHROME, "short line repeated on the page")
    content = [i for i in range(start, end + 1) if out[i].label is _UNKNOWN]
    heading_like = [is_heading_like(out[i]) for i in content]  # once per line, not as line and as next
    for pos, i in enumerate(content):
        if heading_like[pos] and pos + 1 < len(content) and not heading_like[pos + 1]:
            out[i] = out[i].relabel(_HEADING, "short line leading into prose")
        else:
            out[i] = out[i].relabel(_PARAGRAPH, "content line inside the body span")
    return out


#: pictures w3m printed as their bracketed alt text or file-name stub (``[64075356]``,
#: ``[IMG_2041]``), glued before the first ideograph of the paragraph the picture opens
_IMAGE_STUBS_BEFORE_CJK = re.compile(r"^(?:\[[A-Za-z0-9_.-]{2,40}\])+(?=" + IDEOGRAPH + "|[“「《（])")


def strip_image_stubs(blocks: list[Block], start: int, end: int) -> list[Block]:
    """A Chinese paragraph that opens with pictures (``[64075357]基础背景：…``) keeps its
    text, not the pictures' stubs: glued to the first words, they are no part of them."""
    out = list(blocks)
    for i in range(start, end + 1):
        block = out[i]
        if block.label not in (Label.PARAGRAPH, Label.HEADING) or not block.text.startswith("["):
            continue
        stubs = _IMAGE_STUBS_BEFORE_CJK.match(block.text)
        if stubs:
            text = block.text[stubs.end() :]
            out[i] = replace(block, text=text, rule=f"{block.rule}; pictures' stubs before the text cut")
    return out


#: a Chinese statement taken for a footer inside the body has at least this many letters (text_width)
MIN_CJK_STATEMENT_WIDTH = 60


def keep_cjk_statements_among_paragraphs(blocks: list[Block], start: int, end: int) -> list[Block]:
    """A Chinese sentence that the footer rules took for the page's contact line ("拨打…举报电话，
    进行检举控告。") but that stands between two paragraphs of the body (or a paragraph and a
    heading of it) is one of them: a footer is no full statement of some length inside the text."""
    out = list(blocks)
    for i in range(start + 1, end):
        block = out[i]
        if block.label is not Label.FOOTER or not is_cjk_statement(block.text):
            continue
        above, below = _previous(out, i), _next(out, i)
        # (under it, a heading of the body is as good as a paragraph: the body goes on)
        if (
            above is not None
            and below is not None
            and out[above].label is Label.PARAGRAPH
            and out[below].label in (Label.PARAGRAPH, Label.HEADING)
        ):
            out[i] = block.relabel(Label.PARAGRAPH, "Chinese statement between paragraphs, not a footer")
    return out


def is_cjk_statement(text: str) -> bool:
    """A sentence in ideographs of some length that ends with a full stop or a semicolon."""
    return (
        bool(_CJK_STATEMENT_END.search(text))
        and cjk_ratio(text) >= CJK_LINE_SHARE
        and text_width(text) >= MIN_CJK_STATEMENT_WIDTH
    )


def _next(blocks: list[Block], i: int) -> int | None:
    """Index of the nearest non-blank block after ``i``."""
    for j in range(i + 1, len(blocks)):
        if blocks[j].label is not Label.BLANK:
            return j
    return None


def drop_image_lines(blocks: list[Block], scores: list[int], start: int, end: int) -> list[Block]:
    """An image with its caption or a teaser card (``[alt] headline``), or a line with no
    letters at all (a rule ``━━━━``, a form field), that the body span bridged is not a
    paragraph of the article."""
    out = list(blocks)
    for i in range(start, end + 1):
        if out[i].label not in (_PARAGRAPH, _HEADING) or scores[i] > 0:
            continue
        if is_image_card(out[i].text):
            out[i] = out[i].relabel(_CHROME, "image or teaser card inside the body span")
        elif text_width(out[i].text) == 0:
            out[i] = out[i].relabel(_CHROME, "no letters: a rule, an input box or a bare number")
    return out


def drop_repeats_in_body(blocks: list[Block], start: int, end: int) -> list[Block]:
    """A line of some length that the body span already holds word for word (a caption a
    gallery widget shows two or three times over, a lead the page prints twice) is said
    once. Code stays: a listing may run the same command twice."""
    out = list(blocks)
    seen: set[str] = set()
    for i in range(start, end + 1):
        block = out[i]
        if block.label not in (_PARAGRAPH, _HEADING) or not is_repeatable(block.text):
            continue
        if block.text in seen and not looks_like_code(block.text):
            out[i] = block.relabel(_CHROME, "line repeated inside the body span")
        elif (once := said_once(block.text)) is not None:
            out[i] = replace(block, text=once, rule=f"{block.rule}; one text twice, glued: said once")
        seen.add(block.text)
    return out


#: a slide counter on a line of its own: ``3/14``, ``3 / 14``
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
#: a slideshow has at least this many slides
MIN_SLIDES = 3
#: non-prose lines (the slideshow's own title, Previous / Next buttons) taken in with it
SLIDESHOW_EDGE_LINES = 2
SLIDESHOW_EDGE_WIDTH = 60


def drop_embedded_slideshows(blocks: list[Block], scores: list[int], start: int, end: int) -> list[Block]:
    """A slideshow widget set inside an article (caption, ``3/14``, slide title, slide text,
    for every slide, counters running 1..N) is another story the page embeds; when the
    article's own prose goes on both before and after it, the slides are not its text."""
    out = list(blocks)
    lines = [i for i in range(start, end + 1) if out[i].label is not Label.BLANK]
    for first, last in slideshow_bounds(out, scores, lines):
        if not any(scores[i] > 0 for i in lines[:first]) or not any(scores[i] > 0 for i in lines[last + 1 :]):
            continue
        for i in lines[first : last + 1]:
            if out[i].label in (Label.PARAGRAPH, Label.HEADING):
                out[i] = out[i].relabel(Label.CHROME, "slideshow embedded in the article")
    return out


def slideshow_bounds(blocks: list[Block], scores: list[int], lines: list[int]) -> list[tuple[int, int]]:
    """Positions (in ``lines``) of the first and last line of each full run of slide
    counters 1..N: the run's period tells how many lines of a slide come before its counter
    (those after the previous slide's last prose line)."""
    counters = [(pos, m) for pos, i in enumerate(lines) if (m := _SLIDE_COUNTER.match(blocks[i].text))]
    out = []
    for k, (pos, m) in enumerate(counters):
        total = int(m.group(2))
        run = counters[k : k + total]
        if int(m.group(1)) != 1 or total < MIN_SLIDES or len(run) < total:
            continue
        if [(int(c.group(1)), int(c.group(2))) for _, c in run] != [(n, total) for n in range(1, total + 1)]:
            continue
        period = run[1][0] - run[0][0]
        if any(b[0] - a[0] != period for a, b in pairwise(run)):
            continue
        prose = [p for p in range(run[0][0] + 1, run[1][0]) if scores[lines[p]] > 0]
        if not prose:
            continue
        before = run[1][0] - prose[-1] - 1
        first, last = pos - before, run[-1][0] + period - before - 1
        if first < 0 or last >= len(lines):
            continue
        first -= _edge_lines(blocks, scores, lines, range(first - 1, max(first - 1 - SLIDESHOW_EDGE_LINES, -1), -1))
        last += _edge_lines(blocks, scores, lines, range(last + 1, min(last + 1 + SLIDESHOW_EDGE_LINES, len(lines))))
        out.append((first, last))
    return out


def _edge_lines(blocks: list[Block], scores: list[int], lines: list[int], positions: range) -> int:
    """How many lines, walking ``positions`` away from a slideshow, are short non-prose lines."""
    n = 0
    for p in positions:
        if scores[lines[p]] > 0 or blocks[lines[p]].width > SLIDESHOW_EDGE_WIDTH:
            break
        n += 1
    return n


def said_once(text: str) -> str | None:
    """The text of a line that says one text twice, glued (``Caption.Caption``): a figure's
    alt text and its caption, or a teaser's headline and its link, flattened together.
    None if the line is no such double (a name said twice on purpose is too short)."""
    half = len(text) // 2
    for cut in (half, half + 1):
        first, second = text[:cut].strip(), text[cut:].strip()
        if first == second and text_width(first) >= MIN_REPEAT_WIDTH:
            return first
    return None


def is_repeatable(text: str) -> bool:
    """A caption or a paragraph a page may print twice: some letters, and not a piece of a
    line too long to be one paragraph (cut by ``max_line_chars``: its pieces may match)."""
    return len(text) <= MAX_REPEAT_CHARS and text_width(text) >= MIN_REPEAT_WIDTH


#: a line this wide (in letters) said twice in the body is a repeat, not a refrain
MIN_REPEAT_WIDTH = 20
MAX_REPEAT_CHARS = 3000


def mark_after_body(blocks: list[Block], end: int, languages: tuple[str, ...]) -> list[Block]:
    """Meta lines and end marks after the body are credits; other content there is tail."""
    out = list(blocks)
    for i in range(end + 1, len(out)):
        block = out[i]
        if block.label is _META:
            out[i] = block.relabel(_CREDIT, "meta line after the body")
        elif block.label is _UNKNOWN:
            out[i] = block.relabel(_TAIL, "after the body")
    return out
