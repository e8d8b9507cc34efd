"""The HTML path: page -> labelled blocks + metadata candidates, for the shared field readers.

    tree.py     safe lxml parse of str / bytes / BeautifulSoup / lxml input
    blocks.py   one walk: typed blocks with structure features, container ranges, <time>, itemprop
    content.py  container choice and in-container chrome removal; every block labelled with a rule
    meta.py     JSON-LD, OpenGraph, <meta>, CMS tags, <time>, URL, <title> -> ranked Candidates

Visible meta lines (bylines, "来源：…", "发布时间：…") are labelled META/CREDIT here and read by
:func:`newsparse.fields.meta_candidates`, exactly as in the text path.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from ..blocks import Block, Label
from ..fields import Candidate, choose, meta_candidates
from ..model import ParseWarning
from ..options import Options
from ..repair import repair_text
from .blocks import walk
from .content import (
    MAX_NEGATIVE_CONTAINER_SHARE,
    MAX_NEGATIVE_PAGE_SHARE,
    block_score,
    choose_container,
    effective_scores,
    find_title,
    label_blocks,
    valid_negatives,
)
from .meta import (
    header_outlet_candidates,
    metadata_candidates,
    metadata_titles,
    title_element_candidates,
    visible_date_candidates,
)
from .tree import as_root

__all__ = ["html_blocks_and_hints"]

#: blocks around the headline / container start searched for a date when nothing labels one
NEAR_TITLE = 8


def html_blocks_and_hints(source: Any, opts: Options) -> tuple[list[Block], list[Candidate], list[ParseWarning]]:
    """Labelled blocks, metadata candidates and warnings for one HTML page."""
    root, warnings = as_root(source)
    now = datetime.now()
    page = walk(root)
    hints = metadata_candidates(root, page, opts.url, now, opts.languages)
    raw = [block_score(b) for b in page.blocks]
    negatives = valid_negatives(page, raw, MAX_NEGATIVE_PAGE_SHARE)
    container = choose_container(page.elements, effective_scores(page, raw, negatives))
    if container is not None:
        negatives = valid_negatives(page, raw, MAX_NEGATIVE_CONTAINER_SHARE, (container.first, container.end))
    title_at, title_rule = (None, "")
    if container is not None:
        _, raw_title = title_element_candidates(root)
        title_at, title_rule = find_title(page.blocks, container, metadata_titles(hints, raw_title))
    blocks = repaired(label_blocks(page, container, title_at, title_rule, negatives, opts.languages))
    if not page.blocks:
        warnings.append(ParseWarning("empty_html", "the HTML holds no text"))
    if root.find(".//frameset") is not None and container is None:
        warnings.append(ParseWarning("frameset", "the page is a frameset; its content is in other documents"))
    hints += refined_dates(hints, blocks, opts.languages, now)
    if container is not None:
        top = title_at if title_at is not None and title_at < container.first else container.first
        near = range(max(0, top - NEAR_TITLE), min(len(blocks), container.first + NEAR_TITLE))
        if title_at is not None:
            near = range(title_at + 1, near.stop)
        hints += header_outlet_candidates(blocks, near, opts.languages)
        if not any(c.field == "published" for c in hints):
            hints += visible_date_candidates(blocks, near, now, opts.languages)
    return blocks, hints, warnings


#: labels whose text is never output, so never worth repairing
_DISCARDED = frozenset({Label.CHROME, Label.TAIL, Label.BLANK, Label.FOOTER})


def repaired(blocks: list[Block]) -> list[Block]:
    """Mojibake and odd spaces fixed in the blocks that are kept (cheaper than the whole markup)."""
    out = []
    for b in blocks:
        if b.label not in _DISCARDED and not b.text.isascii():
            text = " ".join(repair_text(b.text).split(" "))
            if text != b.text:
                b = replace(b, text=text)
        out.append(b)
    return out


def refined_dates(
    hints: list[Candidate], blocks: list[Block], languages: tuple[str, ...], now: datetime
) -> list[Candidate]:
    """A visible header date of the metadata date's day but with a time refines it."""
    best = choose([c for c in hints if c.field == "published"]).get("published")
    if best is None:
        return []
    header = [b for b in blocks if b.label is Label.META]
    for cand in meta_candidates(header, languages, now):
        if cand.field != "published" or cand.value.date() != best.value.date():
            continue
        if _finer(cand, best):
            return [
                Candidate(
                    "published",
                    cand.value,
                    f"visible time refining {best.rule}",
                    best.rank - 1,
                    cand.block,
                    cand.precision,
                )
            ]
    return []


def _finer(a: Candidate, b: Candidate) -> bool:
    order = {None: 0, "day": 1, "minute": 2, "second": 3}
    return order[getattr(a.precision, "value", None)] > order[getattr(b.precision, "value", None)]
