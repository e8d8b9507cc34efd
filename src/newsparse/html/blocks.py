"""Stage 2b (HTML path): one walk over the tree -> typed blocks and the elements around them.

Every block-level element (paragraph, heading, list item, table row, quote, caption ...)
ends the text before it and becomes its own block, with its link density, tag and the
class/id tokens of its ancestors. Each element that could hold the article (``div``,
``article``, ``td`` ...) is recorded with the *range of blocks* it covers, so the content
scorer can sum any subtree with prefix sums instead of walking the tree again.

The walk is a single ``etree.iterwalk`` with ``skip_subtree`` for scripts, styles, forms'
widgets and hidden elements; no per-element XPath.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..blocks import display_width
from ..model import BlockKind
from ..patterns.html import (
    BLOCK_TAGS,
    BYLINE_TOKENS,
    CONTAINER_TAGS,
    DROP_TAGS,
    HIDDEN_STYLES,
    NEGATIVE_TOKENS,
    POSITIVE_TOKENS,
    TAG_TOKENS,
)

KIND_BY_TAG: dict[str, BlockKind] = {
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "dt": BlockKind.LIST_ITEM,
    "tr": BlockKind.TABLE_ROW,
    "blockquote": BlockKind.QUOTE,
    "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION,
    "pre": BlockKind.CODE,
}
_TOKEN_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
_CELL_TAGS = frozenset({"td", "th"})
#: sentence punctuation, counted per block (prose has it, menus do not)
_PUNCT = re.compile(r"[.!?,;:。！？，；：、]")


@dataclass
class HtmlBlock:
    """A block of text with the structural features the content scorer reads."""

    text: str
    tag: str
    kind: BlockKind
    link_chars: int
    #: pre-order number of the element that holds the text
    owner: int
    #: pre-order numbers of the ancestors whose class/id marks them as chrome
    negative: tuple[int, ...] = ()
    positive: bool = False
    byline: bool = False
    #: hN -> N; 0 for non-headings
    level: int = 0
    width: int = 0
    punct: int = 0

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / max(len(self.text), 1))


@dataclass
class Element:
    """A container candidate: blocks ``first`` to ``end`` (exclusive) lie inside it."""

    ordinal: int
    tag: str
    first: int
    end: int
    depth: int
    positive: bool
    negative: bool
    tokens: frozenset[str]


@dataclass
class Walk:
    """Everything one pass over the tree collects."""

    blocks: list[HtmlBlock] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    #: (block index, datetime attribute, class/id tokens) of each <time datetime>
    times: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    #: (block index, itemprop, value) of each microdata property we read
    itemprops: list[tuple[int, str, str]] = field(default_factory=list)
    #: (block index, text) of each <a rel=author> and byline-classed element
    bylines: list[tuple[int, str]] = field(default_factory=list)
    #: negative elements: ordinal -> (first, end) block range
    negative_ranges: dict[int, tuple[int, int]] = field(default_factory=dict)


def tokens_of(el: Any) -> frozenset[str]:
    """Lower-cased class/id tokens of an element, plus its tag when the tag is itself a token.

    >>> sorted(tokens_of(etree.fromstring('<div class="TRS_Editor articleBody" id="share-bar"/>')))
    ['article', 'articlebody', 'bar', 'body', 'editor', 'share', 'share-bar', 'trs', 'trs_editor']
    """
    attrs = (el.get("class") or "") + " " + (el.get("id") or "")
    out: set[str] = set()
    for word in attrs.split():
        out.add(word.lower())
        out.update(t.lower() for t in _TOKEN_SPLIT.split(word) if t)
    tag_token = TAG_TOKENS.get(el.tag) if isinstance(el.tag, str) else None
    if tag_token:
        out.add(tag_token)
    return frozenset(out)


def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and any(h in style.replace(" ", "").lower() for h in HIDDEN_STYLES)


def _simple_row(tr: Any) -> bool:
    """A table row of 2+ cells holding inline content only: one block, cells joined by TAB."""
    cells = [c for c in tr if c.tag in _CELL_TAGS]
    if len(cells) < 2:
        return False
    return not any(isinstance(g.tag, str) and g.tag in BLOCK_TAGS for c in cells for g in c)


class _Walker:
    """State of the walk; one instance per page (no globals)."""

    def __init__(self) -> None:
        self.out = Walk()
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.quote_depth = 0
        self.ordinal = 0
        self.block_tag = "div"
        self.block_owner = 0
        # per open element: (ordinal, tag, first block, is container, tokens, pos, neg, byline)
        self.stack: list[tuple[int, str, int, bool, frozenset[str], bool, bool, bool]] = []
        self.negative: tuple[int, ...] = ()
        self.positive = 0
        self.byline = 0
        self.row: Any = None

    def add_text(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        text = "\t".join(" ".join(c.split()) for c in raw.split("\t")) if "\t" in raw else " ".join(raw.split())
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        tag = self.block_tag
        kind = (
            BlockKind.QUOTE
            if self.quote_depth and tag not in KIND_BY_TAG
            else KIND_BY_TAG.get(tag, BlockKind.PARAGRAPH)
        )
        level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 0
        self.out.blocks.append(
            HtmlBlock(
                text,
                tag,
                kind,
                link_chars,
                self.block_owner,
                self.negative,
                self.positive > 0,
                self.byline > 0,
                level,
                display_width(text),
                len(_PUNCT.findall(text)),
            )
        )

    def start(self, el: Any, walker: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if "}" in tag:
            tag = tag.rsplit("}", 1)[1]
        self.ordinal += 1
        if tag in DROP_TAGS or _is_hidden(el):
            walker.skip_subtree()
            self.stack.append((self.ordinal, "#skip", len(self.out.blocks), False, frozenset(), False, False, False))
            return
        in_row = self.row is not None
        if tag in BLOCK_TAGS and not (in_row and (tag in _CELL_TAGS or tag == "br")):
            self.flush()
            self.block_tag, self.block_owner = tag, self.ordinal
        elif in_row and tag in _CELL_TAGS and self.parts:
            self.parts.append("\t")
        if tag == "tr" and self.row is None and _simple_row(el):
            self.row = el
        has_attrs = el.get("class") is not None or el.get("id") is not None or tag in TAG_TOKENS
        tokens = tokens_of(el) if has_attrs else frozenset()
        pos = bool(tokens & POSITIVE_TOKENS)
        neg = bool(tokens & NEGATIVE_TOKENS) and tag not in ("body", "html")
        bylined = bool(tokens & BYLINE_TOKENS) or el.get("rel") == "author"
        self.stack.append((self.ordinal, tag, len(self.out.blocks), tag in CONTAINER_TAGS, tokens, pos, neg, bylined))
        self.positive += pos
        self.byline += bylined
        if neg:
            self.negative = (*self.negative, self.ordinal)
        if tag == "a":
            self.link_depth += 1
        elif tag == "blockquote":
            self.quote_depth += 1
        self._record_metadata(el, tag, tokens, bylined)
        self.add_text(el.text)

    def _record_metadata(self, el: Any, tag: str, tokens: frozenset[str], bylined: bool) -> None:
        at = len(self.out.blocks)
        if tag == "time" and el.get("datetime"):
            self.out.times.append((at, el.get("datetime"), tokens | ({"pubdate"} if el.get("pubdate") else set())))
        prop = el.get("itemprop")
        if prop:
            value = el.get("content") or el.get("datetime") or ""
            if not value and prop.lower() in ("author", "creator", "name", "headline"):
                value = " ".join(el.text_content().split())[:200]
            if value:
                self.out.itemprops.append((at, prop.lower(), value))
        if bylined and tag not in ("div", "section", "article", "body"):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= 120:
                self.out.bylines.append((at, text))

    def end(self, el: Any) -> None:
        if not isinstance(el.tag, str):
            self.add_text(el.tail)
            return
        ordinal, tag, first, container, tokens, pos, neg, bylined = self.stack.pop()
        if tag != "#skip":
            if tag == "a":
                self.link_depth -= 1
            elif tag == "blockquote":
                self.quote_depth -= 1
            if el is self.row:
                self.row = None
                self.block_tag = "tr"
                self.flush()
            elif tag in BLOCK_TAGS and not (self.row is not None and (tag in _CELL_TAGS or tag == "br")):
                self.flush()
                parent = self.stack[-1] if self.stack else None
                self.block_tag = parent[1] if parent else "div"
                self.block_owner = parent[0] if parent else 0
            end = len(self.out.blocks)
            if container and end > first:
                self.out.elements.append(Element(ordinal, tag, first, end, len(self.stack), pos, neg, tokens))
            if neg:
                self.negative = self.negative[:-1]
                self.out.negative_ranges[ordinal] = (first, end)
            self.positive -= pos
            self.byline -= bylined
        self.add_text(el.tail)


def walk(root: Any) -> Walk:
    """Blocks, container candidates and metadata elements of the page, in one pass."""
    state = _Walker()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            state.start(el, walker)
        else:
            state.end(el)
    state.flush()
    return state.out
