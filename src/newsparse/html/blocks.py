"""Stage 2b (HTML path): one walk over the tree -> typed blocks and the elements around them.

Every block-level element (paragraph, heading, list item, table row, quote, caption ...)
ends the text before it and becomes its own block, with its link density, tag and the
class/id tokens of its ancestors. Each element that could hold the article (``div``,
``article``, ``td`` ...) is recorded with the *range of blocks* it covers, so the content
scorer can sum any subtree with prefix sums instead of walking the tree again.

The walk is one recursive pass over the children lists (faster than ``etree.iterwalk``'s
events) that skips scripts, styles, widgets, site navigation and hidden elements; no
per-element XPath.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from lxml import etree

from ..model import BlockKind
from ..patterns.html import (
    AUTHOR_BOX,
    BLOCK_TAGS,
    BYLINE_TOKENS,
    CONTAINER_TAGS,
    DROP_TAGS,
    HIDDEN_STYLES,
    INPUT_FORM,
    NEGATIVE_TOKENS,
    OVERLAY_ROLES,
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
#: class-name words: runs of capitals (TRS), capitalised or lower-case runs (Editor, article, body2)
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")
#: the parts of a class name between separators (``styles_article__Ee5Ad`` -> styles, article, Ee5Ad)
_CHUNK = re.compile(r"[^\s_\-:.]+")


def _chunks(attr: str) -> list[str]:
    """``_CHUNK.findall(attr)``: ``\\s`` is what ``str.split()`` splits at (``str.isspace``), so
    the other separators become spaces and one split in C does the rest (several times faster).

    >>> _chunks("styles_article__Ee5Ad post-12 a:b.c") == _CHUNK.findall("styles_article__Ee5Ad post-12 a:b.c")
    True
    """
    for separator in "-_:.":
        if separator in attr:
            attr = attr.replace(separator, " ")
    return attr.split()


#: a word, optionally numbered (``article``, ``TRS``, ``body2``): anything else holding a digit
#: is a build hash (CSS modules, styled-components) whose camel-case pieces say nothing ("Ad")
_WORDLIKE = re.compile(r"[A-Za-z]+\d*")
_CELL_TAGS = frozenset({"td", "th"})
#: marks an inline element's boundary, so a meta line's fields stay apart (see _segmented)
_SEG = "\x1e"
#: ideographs, kana and hangul: words run on without spaces
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
#: marks with no whitespace on either side that sit inside one word, so the elements join with
#: nothing: ideograph to ideograph or digit to ideograph ("<b>2024</b><b>年</b>"), a word going
#: on in lower case ("<b>J</b>ohn"), closing punctuation after it or opening punctuation before
#: it ("<a>Smith</a>,"). Every other mark run is kept: elements written side by side with no
#: space are mostly set apart by the page's CSS ("<a>user</a><time>28.09.19</time>",
#: "Published<time>May 11</time>", "<h2>古代<span>[编辑]</span></h2>"), read as a gap.
#: ``[^\S\x1e]`` is whitespace other than the mark (U+001E is whitespace to ``\s``).
#: The pattern starts with the mark itself, the character before the run tested by lookbehinds
#: that span it: with a literal first, sre skips to each mark instead of trying every position.
_GLUED_MARKS = re.compile(
    "\x1e(?<![^\\S\x1e]\x1e)(?:"
    f"(?<=[{_CJK_CLASS}]\x1e)\x1e*(?=[{_CJK_CLASS}0-9])|(?<=[0-9]\x1e)\x1e*(?=[{_CJK_CLASS}])"
    "|(?<=[^\\W\\d_]\x1e)\x1e*(?=[a-z\u00df-\u00f6\u00f8-\u00ff\u03b1-\u03c9\u0430-\u044f])"
    ")(?![^\\S\x1e])"
)
_SEG_RUN = re.compile("\\s*\x1e\\s*")
_AFTER_COLON = re.compile("([:：])\\s*\x00\\s*")
#: only short blocks (meta lines) keep a segmented copy
MAX_SEGMENTED_CHARS = 400


def _segmented(raw: str) -> str:
    """The text with a wide gap where inline elements were separated by whitespace.

    ``<span>来源：北青网</span> <span>北京</span>`` reads ``来源：北青网   北京``, as a text browser
    lays out such a line, so the meta-line reader ends the value at the gap. Elements with no
    whitespace between them join with nothing where a word goes on (``<b>2024</b><b>年</b>``,
    see ``_GLUED_MARKS``), and keep the gap elsewhere.

    >>> _segmented("\x1e来源：北青网\x1e \x1e北京\x1e")
    '来源：北青网   北京'
    >>> _segmented("\x1e2024\x1e\x1e年\x1e2月28日")
    '2024年2月28日'
    >>> _segmented("来源：\x1e \x1e1905电影网\x1e")
    '来源： 1905电影网'
    """
    # marks inside a word go first; every run of marks left becomes a gap
    text = _SEG_RUN.sub("\x00", _GLUED_MARKS.sub("", raw))
    text = " ".join(text.split()).replace(" \x00 ", "\x00")
    # a label's colon keeps its value: "来源：<a>1905电影网</a>" must not read as an empty value
    return _AFTER_COLON.sub(r"\1 ", text).replace("\x00", "   ").strip()


#: marks a cell boundary in a row's text (tabs in the markup are only whitespace)
_CELL = "\x1f"
#: sentence punctuation, counted per block (prose has it, menus do not)
_PUNCT = re.compile(r"[.!?,;:。！？，；：、]")
#: East Asian wide and full-width characters (they take two columns, like ``display_width``)
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def fast_width(text: str) -> int:
    """Terminal columns of ``text`` by one regex scan (CJK counts twice).

    >>> fast_width("ab中文")
    6
    """
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


#: :attr:`HtmlBlock.segmented` not computed yet
_UNSET: Any = object()


@dataclass(slots=True)
class HtmlBlock:
    """A block of text with the structural features the content scorer reads.

    Slots, not a ``__dict__``: a page has hundreds of blocks, built in the walk's inner loop.
    """

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
    #: inside an author box (a byline-classed element with a biography; see :func:`_author_box`)
    bio: bool = False
    #: the raw text with inline-element marks, kept for short blocks (see :attr:`segmented`)
    marked: str | None = None
    density: float = 0.0
    #: hN -> N; 0 for non-headings
    level: int = 0
    width: int = 0
    punct: int = 0
    segmented_text: Any = field(default=_UNSET, repr=False, compare=False)

    @property
    def link_density(self) -> float:
        return self.density

    @property
    def segmented(self) -> str | None:
        """The text with wide gaps between inline elements, for meta lines (computed once, when asked)."""
        if self.segmented_text is _UNSET:
            text = None if self.marked is None else _segmented(self.marked)
            self.segmented_text = text if text != self.text else None
        return self.segmented_text  # type: ignore[no-any-return]


@dataclass
class Element:
    """A container candidate: blocks ``first`` to ``end`` (exclusive) lie inside it."""

    ordinal: int
    tag: str
    first: int
    end: int
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
    #: negative elements: ordinal -> the token that made them negative
    negative_tokens: dict[int, str] = field(default_factory=dict)
    #: negative elements: ordinal -> all their class/id tokens (repeated blocks share them)
    negative_classes: dict[int, frozenset[str]] = field(default_factory=dict)
    #: (parent ordinal, tag and class words, first block, end block) of each container or list
    #: item: repeated siblings of one kind are a stream of teasers (see content._cut_repeated_teasers)
    items: list[tuple[int, str, int, int]] = field(default_factory=list)
    #: elements whose class, id or aria-label names a breadcrumb, in document order (html/crumbs.py)
    crumbs: list[Any] = field(default_factory=list)
    #: the last <footer> the walk skipped (its lines are no blocks)
    footer: Any = None


def tokens_of(el: Any) -> frozenset[str]:
    """Lower-cased class/id tokens of an element, plus its tag when the tag is itself a token.

    >>> sorted(tokens_of(etree.fromstring('<div class="TRS_Editor articleBody" id="share-bar"/>')))
    ['article', 'articlebody', 'bar', 'body', 'editor', 'share', 'share-bar', 'trs', 'trs_editor']
    """
    return _flags(el.get("class") or "", el.get("id") or "", el.tag)[0]


#: (tokens, positive, negative, byline) of an element
Flags = tuple[frozenset[str], bool, bool, bool]
#: the flags of an element without class, id or token tag
_NO_FLAGS: Flags = (frozenset(), False, False, False)

_K = TypeVar("_K")
_V = TypeVar("_V")


class _Memo(dict[_K, _V], Generic[_K, _V]):
    """A pure function's results, emptied when full: a hit is one dict lookup in C, where
    ``lru_cache`` hashed an argument tuple and kept its order list."""

    def __init__(self, compute: Callable[[_K], _V], limit: int) -> None:
        super().__init__()
        self.compute, self.limit = compute, limit

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def _flags(cls: str, ident: str, tag: str) -> Flags:
    """Tokens and what they say. Class strings repeat on a page and are cached; ids rarely repeat."""
    flags = _class_flags(cls, tag)
    if not ident:
        return flags
    return _judge(flags[0] | _ID_TOKENS[ident], tag)


#: tags whose flags depend on the tag: a token tag (``<nav>``), or one never taken for chrome
_TAG_DEPENDENT = frozenset(TAG_TOKENS) | {"body", "html"}


def _class_flags(cls: str, tag: str) -> Flags:
    if tag in _TAG_DEPENDENT:
        return _TAG_CLASS_FLAGS[cls, tag]
    return _CLASS_FLAGS[cls]  # the same for every other tag


def _tag_class_flags(key: tuple[str, str]) -> Flags:
    cls, tag = key
    tag_token = TAG_TOKENS.get(tag)
    tokens = _tokens(cls) | {tag_token} if tag_token else _tokens(cls)
    return _judge(tokens, tag)


_TAG_CLASS_FLAGS: _Memo[tuple[str, str], Flags] = _Memo(_tag_class_flags, 1024)
_CLASS_FLAGS: _Memo[str, Flags] = _Memo(lambda cls: _judge(_tokens(cls), "div"), 8192)


_DIGITS = "0123456789"
#: an ASCII digit: for ASCII text the same test as ``str.isdigit`` per character, in one scan
_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(word: str) -> bool:
    """``any(c.isdigit() for c in word)``, by one regex scan when ``word`` is ASCII."""
    if word.isascii():
        return _ASCII_DIGIT.search(word) is not None
    return any(c.isdigit() for c in word)


def _tokens(attr: str) -> frozenset[str]:
    out = set(attr.lower().split())
    for chunk in _chunks(attr):
        if chunk.isalpha() and chunk.islower():
            out.add(chunk)  # one lower-case word: most chunks (the first case of _chunk_words)
        else:
            out.update(_CHUNK_WORDS[chunk])
    return frozenset(out)


def _chunk_words(chunk: str) -> tuple[str, ...]:
    """The words of one chunk of a class or id (chunks repeat across class strings and pages)."""
    if chunk.isalpha() and (chunk.islower() or chunk.isupper()):
        return (chunk.lower(),)  # one word, no camel case: most class names
    if _WORDLIKE.fullmatch(chunk) or not _has_digit(chunk):
        # a numbered word counts as the word too (``comments18``, ``body2``: comments, body)
        return tuple(w for t in _TOKEN.findall(chunk) for w in (t.lower(), t.lower().rstrip(_DIGITS)) if w)
    return ()


_CHUNK_WORDS: _Memo[str, tuple[str, ...]] = _Memo(_chunk_words, 16384)
#: ids: most are the element's own, but one in five is a common name ("content", "main")
_ID_TOKENS: _Memo[str, frozenset[str]] = _Memo(_tokens, 4096)


def _judge(tokens: frozenset[str], tag: str) -> Flags:
    negative = not tokens.isdisjoint(NEGATIVE_TOKENS) and tag not in ("body", "html")
    positive, byline = not tokens.isdisjoint(POSITIVE_TOKENS), not tokens.isdisjoint(BYLINE_TOKENS)
    return tokens, positive, negative, byline


def _plain(cls: str | None, ident: str | None, tag: str) -> bool:
    """No class or id, or only tokens that say nothing (not content, chrome or byline)."""
    if cls is None and ident is None:
        return True
    _, positive, negative, byline = _flags(cls or "", ident or "", tag)
    return not (positive or negative or byline)


#: the attributes that can hide an element (see _is_hidden)
_HIDING_ATTRIBUTES = frozenset({"hidden", "role", "aria-modal", "style"})


def _is_hidden(el: Any, keys: list[str]) -> bool:
    """``keys``: the element's attribute names (most block elements carry none of
    :data:`_HIDING_ATTRIBUTES`: the walk tests that before calling)."""
    if _HIDING_ATTRIBUTES.isdisjoint(keys):
        return False
    if el.get("hidden") is not None or _is_overlay(el):
        return True
    style = el.get("style")
    return bool(style) and any(h in style.replace(" ", "").lower() for h in HIDDEN_STYLES)


def _is_overlay(el: Any) -> bool:
    """A modal dialog (cookie consent, sign-up): its text is the site's, not the article's."""
    role = el.get("role")
    return (role is not None and role.lower() in OVERLAY_ROLES) or el.get("aria-modal") == "true"


#: inline elements that, without children, class or id, only add their text (see _Walker._leaf)
_LEAF_INLINE = frozenset(
    {"a", "b", "i", "em", "strong", "span", "font", "u", "small", "big", "sup", "sub", "abbr", "cite", "code"}
    | {"mark", "q", "s", "strike", "del", "ins", "kbd", "var", "dfn", "bdi", "bdo", "img", "wbr", "label"}
)
#: sectioning elements whose subtree is skipped (a breadcrumb ``<nav>`` is kept)
SKIPPED_REGIONS = frozenset({"nav", "aside", "footer"})


#: the breadcrumb-named elements of a subtree the walk skips, found in C (see _names_crumb)
_CRUMBS_BELOW = etree.XPath(
    "descendant::*[contains(@class, 'rumb') or contains(@class, 'RUMB') or contains(@id, 'rumb')"
    " or contains(@aria-label, 'rumb')]"
)


def _names_crumb(label: str | None) -> bool:
    """Does an aria-label name a breadcrumb ("Breadcrumb", "Brotkrumen")?"""
    return label is not None and "rumb" in label.lower()


def _is_breadcrumb(*attrs: str | None) -> bool:
    return any(a and "crumb" in a.lower() for a in attrs)


#: a <noscript> holding this much paragraph text is the page's content for readers without scripts
MIN_NOSCRIPT_PROSE = 200


def _holds_article(region: Any) -> bool:
    """A <nav>/<aside>/<footer> around a <main> or an <article>: a theme's markup (or a
    tag left open) put the page inside it, so it is walked (its own token still marks it as chrome)."""
    # lxml's tag-filtered iteration runs in C and stops at the first one (an XPath call builds
    # the whole node set first; the same holds for the two tests below)
    return next(region.iter("main", "article"), None) is not None


def _asks_for_input(form: Any) -> bool:
    """A form with a text area or a visible input field (not a page-wide ASP.NET form: the
    share rules keep that one)."""
    return any(f.tag == "textarea" or f.get("type") != "hidden" for f in form.iter("textarea", "input"))


def _noscript_article(el: Any) -> bool:
    """A <noscript> with paragraphs of text (Blogger and old sites put the article there for
    readers without scripts), not a "please enable JavaScript" line or a tracking pixel."""
    return sum(len("".join(p.itertext()).strip()) for p in el.iter("p")) >= MIN_NOSCRIPT_PROSE


#: elements recorded as items besides the containers (list items, teaser cards)
_ITEM_TAGS = frozenset({"li", "article"})


def _signature(tag: str, cls: str | None) -> str:
    """The tag and class words of an element, without numbered words (``post-1234``), so the
    cards of one list share it."""
    if not cls:
        return tag
    return tag + "." + _CLASS_WORDS[cls]


_CLASS_WORDS: _Memo[str, str] = _Memo(lambda cls: ".".join(sorted(w for w in cls.split() if not _has_digit(w))), 8192)


def _simple_row(tr: Any) -> bool:
    """A table row of 2+ cells holding inline content only: one block, cells joined by TAB."""
    cells = [c for c in tr if c.tag in _CELL_TAGS]
    if len(cells) < 2:
        return False
    return not any(isinstance(g.tag, str) and g.tag in BLOCK_TAGS for c in cells for g in c)


class _Walker:
    """State of the walk; one instance per page (no globals).

    ``visit`` runs once per element, so it is kept flat: plain elements (no class or id)
    take a short path, and class tokens are cached per class string.
    """

    def __init__(self) -> None:
        self.out = Walk()
        self.blocks = self.out.blocks
        self.parts: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.quote_depth = 0
        self.ordinal = 0
        self.block_tag = "div"
        self.block_owner = 0
        self.negative: tuple[int, ...] = ()
        self.positive = 0
        self.byline = 0
        self.bio = 0
        self.row: Any = None
        #: itemprop, <time datetime> and rel=author elements, met in document order (see _metadata)
        self.meta = Walk()

    def flush(self) -> None:
        parts = self.parts
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()  # in place: visit() keeps the list in a local
        if raw.isspace():
            # the whitespace and inline marks between block elements (two flushes in three): the
            # marks are whitespace too, so no text would be left (U+001E, U+001F are ``isspace``)
            self.link_chars = 0
            return
        marked = None
        if _SEG in raw:
            if len(raw) <= MAX_SEGMENTED_CHARS:
                marked = raw
            raw = raw.replace(_SEG, "")
        if _CELL in raw:
            text = "\t".join(c for c in (" ".join(c.split()) for c in raw.split(_CELL)) if c)
        else:
            text = " ".join(raw.split())
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
        block = HtmlBlock(
            text,
            tag,
            kind,
            link_chars,
            self.block_owner,
            self.negative,
            self.positive > 0,
            self.byline > 0,
            self.bio > 0,
            marked,
            min(1.0, link_chars / len(text)),
            level,
            fast_width(text),
            len(_PUNCT.findall(text)),
        )
        self.blocks.append(block)

    def visit(self, el: Any, tag: str, parent_tag: str, parent_ordinal: int) -> None:
        """One element (``tag``: its ``el.tag``, which the caller has read) and its subtree
        (recursion: libxml2 limits the depth to 256)."""
        if "}" in tag:
            tag = tag.rsplit("}", 1)[1]
        self.ordinal += 1
        ordinal = self.ordinal
        if tag in DROP_TAGS and not (tag == "noscript" and _noscript_article(el)):
            _skipped_metadata(el, self.meta)
            return
        # one call lists the attribute names, so get() runs only for those present (each get()
        # costs about as much as the list, and most elements carry a class at most)
        keys = el.keys()
        cls = el.get("class") if "class" in keys else None
        ident = el.get("id") if "id" in keys else None
        if keys and (
            (cls is not None and ("rumb" in cls or "RUMB" in cls))
            or (ident is not None and "rumb" in ident)
            or ("aria-label" in keys and _names_crumb(el.get("aria-label")))
        ):
            self.out.crumbs.append(el)  # a breadcrumb by its class, id or label (html/crumbs.py)
        if tag in SKIPPED_REGIONS and not _is_breadcrumb(cls, ident, el.get("aria-label")) and not _holds_article(el):
            _skipped_metadata(el, self.meta)
            if tag == "nav":  # a plain <nav> around an <ol class="breadcrumb">: the trail is read from it
                self.out.crumbs += _CRUMBS_BELOW(el)
            elif tag == "footer":
                self.out.footer = el  # the last one: its copyright line (fields/copyright.py)
            return  # navigation, sidebars and footers are never content; skipping them saves a third of the walk
        is_block = tag in BLOCK_TAGS
        parts = self.parts
        if is_block:
            if keys and not _HIDING_ATTRIBUTES.isdisjoint(keys) and _is_hidden(el, keys):
                _skipped_metadata(el, self.meta)
                return
            in_cell = self.row is not None and (tag in _CELL_TAGS or tag == "br")
            if in_cell:
                if parts:
                    parts.append(_CELL if tag != "br" else " ")
            else:
                if parts:
                    self.flush()
                self.block_tag, self.block_owner = tag, ordinal
                if tag == "tr" and self.row is None and _simple_row(el):
                    self.row = el
                elif tag == "blockquote":
                    self.quote_depth += 1
        else:
            in_cell = False
            parts.append(_SEG)
            if tag == "a":
                self.link_depth += 1
        if tag in _METADATA_TAGS or "itemprop" in keys:
            _metadata(el, self.meta)
        first = len(self.blocks)
        flags = (
            _NO_FLAGS
            if cls is None and ident is None and tag not in TAG_TOKENS
            else _flags(cls or "", ident or "", tag)
        )
        if tag == "form" and not flags[2] and _asks_for_input(el):
            flags = (flags[0] | {INPUT_FORM}, flags[1], True, flags[3])  # a comment or newsletter form
        byline_text, bio = None, False
        if flags[3] and tag not in _BYLINE_WRAPPERS:
            # read once for both questions: an author box (more text than a byline), or a byline
            byline_text = short_text(el, MAX_BYLINE_CHARS)
            bio = byline_text is None
        if bio:
            if not flags[2]:
                flags = (flags[0] | {AUTHOR_BOX}, flags[1], True, flags[3])
            self.bio += 1
        # most class names say nothing (no content, chrome or byline token): nothing to enter or leave
        active = flags[1] or flags[2] or flags[3]
        if active:
            self._enter(el, tag, flags, byline_text)
        text = el.text
        if text:
            parts.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())
        for child in el:
            ctag = child.tag
            if ctag.__class__ is str:
                if ctag in _LEAF_INLINE and not len(child):
                    ckeys = child.keys()
                    if ("class" not in ckeys and "id" not in ckeys) or _plain(
                        child.get("class"), child.get("id"), ctag
                    ):
                        self._leaf(child, ctag, ckeys)
                    else:
                        self.visit(child, ctag, tag, ordinal)
                else:
                    self.visit(child, ctag, tag, ordinal)
            tail = child.tail
            if tail:
                parts.append(tail)
                if self.link_depth:
                    self.link_chars += len(tail.strip())
        if is_block:
            if not in_cell:
                self._end_block(el, tag, parent_tag, parent_ordinal)
        else:
            parts.append(_SEG)
            if tag == "a":
                self.link_depth -= 1
        if len(self.blocks) > first and (tag in CONTAINER_TAGS or tag in _ITEM_TAGS):
            if tag in CONTAINER_TAGS:
                tokens, pos, neg, _ = flags
                self.out.elements.append(Element(ordinal, tag, first, len(self.blocks), pos, neg, tokens))
            self.out.items.append((parent_ordinal, _signature(tag, cls), first, len(self.blocks)))
        if active:
            self._leave(ordinal, first, flags)
        self.bio -= bio

    def _leaf(self, el: Any, tag: str, keys: list[str]) -> None:
        """The short path of a plain inline element without children (most links and emphasis);
        ``keys``: its attribute names."""
        self.ordinal += 1
        # only an itemprop or rel=author makes a leaf a metadata element (see _metadata)
        if "itemprop" in keys or (tag == "a" and "rel" in keys and el.get("rel") == "author"):
            _metadata(el, self.meta)
        parts = self.parts
        parts.append(_SEG)
        text = el.text
        if text:
            parts.append(text)
            if tag == "a" or self.link_depth:
                self.link_chars += len(text.strip())
        parts.append(_SEG)

    def _enter(self, el: Any, tag: str, flags: Flags, text: str | None) -> None:
        _, pos, neg, byline = flags
        self.positive += pos
        self.byline += byline
        if neg:
            self.negative = (*self.negative, self.ordinal)
        # a byline under a chrome-classed wrapper still counts; a comment's author line does not
        if byline and not neg and tag not in ("body", "article", "main"):
            if text is None:  # <html>: visit() did not read it
                text = " ".join("".join(el.itertext()).split())
            if 0 < len(text) <= MAX_BYLINE_CHARS:
                self.out.bylines.append((len(self.blocks), text))

    def _end_block(self, el: Any, tag: str, parent_tag: str, parent_ordinal: int) -> None:
        if tag == "blockquote":
            self.quote_depth -= 1
        if el is self.row:
            self.row = None
            self.block_tag = "tr"
        if self.parts:
            self.flush()
        self.block_tag, self.block_owner = parent_tag, parent_ordinal

    def _leave(self, ordinal: int, first: int, flags: Flags) -> None:
        tokens, pos, neg, byline = flags
        if neg:
            self.negative = self.negative[:-1]
            self.out.negative_ranges[ordinal] = (first, len(self.blocks))
            self.out.negative_tokens[ordinal] = min(tokens & NEGATIVE_TOKENS)
            self.out.negative_classes[ordinal] = tokens
        self.positive -= pos
        self.byline -= byline


#: a byline element holds at most this many characters (more is a bio or an author box)
MAX_BYLINE_CHARS = 120
#: elements whose byline class names the page or the article, not a box inside it
_BYLINE_WRAPPERS = frozenset({"html", "body", "article", "main"})


def short_text(el: Any, limit: int) -> str | None:
    """The whitespace-normalised text of ``el``, or None when it is longer than ``limit``.

    A byline-classed element with more text than a byline is an author box or biography
    ("Jacob Wade is a personal finance expert who …"), chrome like a share bar; such a class
    may also sit on a wrapper around the whole article, so the reading stops once the limit is
    passed. Normalising a prefix never gives more characters than normalising the whole text,
    so the prefix is normalised only when its raw length has doubled (linear in all).

    >>> short_text(etree.fromstring("<p>Jane  <b>Doe</b> </p>"), 120)
    'Jane Doe'
    >>> short_text(etree.fromstring("<p>a <b>bc</b> d</p>"), 5) is None
    True
    """
    parts: list[str] = []
    size = 0
    check_at = limit + 1
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= check_at:
            if len(" ".join("".join(parts).split())) > limit:
                return None
            check_at = 2 * size
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _metadata(el: Any, out: Walk) -> None:
    """An itemprop, ``<time datetime>`` or ``rel=author`` element (any other element adds nothing).

    The walk calls this in document order for the elements it visits, and :func:`_skipped_metadata`
    for the subtrees it skips: together one pass gives what ``//*[@itemprop] | //time[@datetime] |
    //a[@rel='author']`` gives, without XPath's scans of the whole tree.
    """
    prop = el.get("itemprop")
    if prop:
        prop = prop.lower()
        value = el.get("content") or el.get("datetime") or ""
        if not value and prop in ("author", "creator", "headline"):
            value = " ".join("".join(el.itertext()).split())[:200]
        if value:
            out.itemprops.append((0, prop, value))
    if el.tag == "time" and el.get("datetime"):
        tokens = _flags(el.get("class") or "", el.get("id") or "", "time")[0]
        pubdate = frozenset({"pubdate"}) if el.get("pubdate") is not None else frozenset()
        out.times.append((0, el.get("datetime"), tokens | pubdate))
    elif el.tag == "a" and el.get("rel") == "author":
        text = " ".join("".join(el.itertext()).split())
        if 0 < len(text) <= MAX_BYLINE_CHARS:
            out.bylines.append((0, text))


#: tags that may carry metadata without an itemprop
_METADATA_TAGS = frozenset({"time", "a"})
_METADATA_BELOW = etree.XPath(
    "descendant-or-self::*[@itemprop] | descendant-or-self::time[@datetime] | descendant-or-self::a[@rel='author']"
)


def _skipped_metadata(el: Any, out: Walk) -> None:
    """The metadata elements of a subtree the walk skips (``<head>``, scripts, navigation, hidden)."""
    if len(el):
        for found in _METADATA_BELOW(el):
            _metadata(found, out)
    else:
        _metadata(el, out)


def walk(root: Any) -> Walk:
    """Blocks, container candidates and metadata elements of the page, in one pass.

    Raises ``RecursionError`` only for trees nested deeper than Python's recursion limit,
    which our own parser never builds (see :func:`newsparse.html.tree.parse_html`).
    """
    state = _Walker()
    state.visit(root, root.tag, "div", 0)
    state.flush()
    out = state.out
    # the metadata lists keep their order: byline-classed elements first, then rel=author links
    out.itemprops, out.times = state.meta.itemprops, state.meta.times
    out.bylines += state.meta.bylines
    return out
