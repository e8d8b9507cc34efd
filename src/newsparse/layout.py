"""Stage 3b (text path): decide by context where the article is.

After :mod:`chrome` has labelled what it can alone, the page is read as the usual order
``menus -> breadcrumb -> column name -> headline -> meta -> body -> credits -> tail/footer``,
every part optional:

1. the body is the best-scoring run of blocks, where long prose scores up and chrome,
   meta and short lines score down (a maximum-subarray search, like jusText's
   context-sensitive pass but over the whole page at once);
2. the headline is the text line just above the header's meta block, or just above the body;
3. short lines inside the body that lead into prose are headings;
4. meta lines and end marks after the body are credits; the rest after it is tail.
"""

from __future__ import annotations

import re

from .blocks import Block, Label, cjk_ratio, display_width
from .chrome import classify_block, is_tail_marker, split_crumbs
from .fields.titles import choose_title_line

#: a content line scores its width minus this: short lines count against the body
SHORT_LINE_PENALTY = 40
#: score of a block that is certainly not body
CHROME_SCORE = -60
#: score of a line opening the related/comments zone: the body does not cross it
TAIL_SCORE = -400
#: a heading is at most this wide and does not end a sentence
MAX_HEADING_WIDTH = 90
#: how many short lines just above the body may join it (leads, subtitles)
MAX_LEAD_LINES = 4
#: a headline is at most this wide
MAX_TITLE_WIDTH = 240
_SENTENCE_END = re.compile(r"[.!?。！？;；…\"”’)）]$")
_HEADING_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[部分章节条]|"
    r"(?:first|second|third|fourth|fifth)(?:ly)?\b|\d{1,2}[.、]\s*\S)",
    re.IGNORECASE,
)


def label_text_page(blocks: list[Block], languages: tuple[str, ...]) -> list[Block]:
    """Label every block of a text dump; see the module docstring for the order."""
    blocks = [classify_block(b, languages) for b in blocks]
    blocks = mark_column_repeats(blocks)
    start, end = find_body_span(blocks, languages)
    start = skip_header_meta(blocks, start, end, languages)
    if start > end:
        return blocks
    title_at = find_title(blocks, start)
    if title_at is not None:
        blocks[title_at] = blocks[title_at].relabel(Label.TITLE, "line above the meta block / body")
    start = extend_to_lead(blocks, start, title_at)
    blocks = mark_body(blocks, start, end)
    return mark_after_body(blocks, end, languages)


def content_score(block: Block, languages: tuple[str, ...]) -> int:
    """What a block adds to a candidate body: its width beyond a short line's, or a penalty."""
    if block.label is Label.BLANK:
        return 0
    if block.label is not Label.UNKNOWN:
        return CHROME_SCORE
    if is_tail_marker(block.text, languages):
        return TAIL_SCORE
    return block.width - SHORT_LINE_PENALTY


def find_body_span(blocks: list[Block], languages: tuple[str, ...]) -> tuple[int, int]:
    """Indices (inclusive) of the best-scoring run of blocks; (1, 0) if there is none."""
    best, best_span = 0, (1, 0)
    run, run_start = 0, 0
    for i, block in enumerate(blocks):
        score = content_score(block, languages)
        if run <= 0:
            run, run_start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


#: the body may start above a meta line only if it has this share of its score there
MIN_SHARE_ABOVE_META = 0.25


def skip_header_meta(blocks: list[Block], start: int, end: int, languages: tuple[str, ...]) -> int:
    """Start the body after a meta block near its top: what precedes it is the headline."""
    for m in range(start, end + 1):
        if blocks[m].label is not Label.META:
            continue
        above = sum(max(content_score(b, languages), 0) for b in blocks[start:m])
        below = sum(max(content_score(b, languages), 0) for b in blocks[m + 1 : end + 1])
        if above < MIN_SHARE_ABOVE_META * below:
            return m + 1
        break
    return start


def mark_column_repeats(blocks: list[Block]) -> list[Block]:
    """A lone line repeating the breadcrumb's last crumb is the column name, not content."""
    crumbs = {c.casefold() for b in blocks if b.label is Label.BREADCRUMB for c in split_crumbs(b.text)}
    return [
        b.relabel(Label.COLUMN, "repeats a breadcrumb crumb")
        if b.label is Label.UNKNOWN and b.text.casefold().strip() in crumbs
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


def extend_to_lead(blocks: list[Block], start: int, title_at: int | None) -> int:
    """Let short content lines just above the body (subtitles, leads) join it."""
    floor = title_at + 1 if title_at is not None else 0
    taken = 0
    i = start
    while i - 1 >= floor and taken < MAX_LEAD_LINES:
        prev = blocks[i - 1]
        if prev.label is Label.BLANK:
            i -= 1
            continue
        if prev.label is not Label.UNKNOWN:
            break
        i -= 1
        taken += 1
    return i


def is_heading_like(block: Block) -> bool:
    text = block.text
    limit = MAX_HEADING_WIDTH if cjk_ratio(text) < 0.3 else MAX_HEADING_WIDTH * 2 // 3
    if display_width(text) > limit:
        return False
    return not _SENTENCE_END.search(text) or (bool(_HEADING_ORDINAL.match(text)) and display_width(text) < 30)


def mark_body(blocks: list[Block], start: int, end: int) -> list[Block]:
    """Inside the span: headings lead into prose; other content lines are paragraphs."""
    out = list(blocks)
    content = [i for i in range(start, end + 1) if out[i].label is Label.UNKNOWN]
    for pos, i in enumerate(content):
        nxt = out[content[pos + 1]] if pos + 1 < len(content) else None
        if is_heading_like(out[i]) and nxt is not None and not is_heading_like(nxt):
            out[i] = out[i].relabel(Label.HEADING, "short line leading into prose")
        else:
            out[i] = out[i].relabel(Label.PARAGRAPH, "content line inside the body span")
    return out


def mark_after_body(blocks: list[Block], end: int, languages: tuple[str, ...]) -> list[Block]:
    """Meta lines and end marks after the body are credits; other content there is tail."""
    out = list(blocks)
    for i in range(end + 1, len(out)):
        block = out[i]
        if block.label is Label.META:
            out[i] = block.relabel(Label.CREDIT, "meta line after the body")
        elif block.label is Label.UNKNOWN:
            out[i] = block.relabel(Label.TAIL, "after the body")
    return out
