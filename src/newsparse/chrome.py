"""Stage 3a: label each block on its own (no context): chrome, footer, breadcrumb, meta, credit.

The rules run in order and the first that fires names the label; every rule is named, so
explain mode can say why a line went. The phrases come from ``patterns/<lang>.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .blocks import Block, Label, display_width
from .fields.metaline import read_meta_line
from .patterns import (
    AnyOf,
    Lexicon,
    LineStart,
    all_present,
    alt,
    ascii_needed_literals,
    factored,
    floating,
    merged,
    needed_literals,
)
from .patterns.common import (
    COLON,
    CRUMB_SEPARATORS,
    PATH_MARKS,
    PHOTO_CREDITS,
    STRONG_CRUMB_SEPARATORS,
    TAIL_HEADINGS,
    TEMPLATE_SLOT,
)

#: labels the per-block loops below read, bound once: on Python 3.11 every read of a member
#: off its Enum class (``Label.BLANK``) goes through ``EnumType.__getattr__``'s slot hook
#: (~0.2 µs), and the text path made ~12 million of them over the dev dumps
_UNKNOWN = Label.UNKNOWN

#: a footer line longer than this is prose that mentions copyright, not a footer
MAX_FOOTER_WIDTH = 400
#: a caption's credit (word, separator, up to 80 characters of names) is in its last characters
CAPTION_TAIL = 120
#: menu items are short: at most this many columns each, and at least this many of them
MAX_MENU_ITEM_WIDTH = 24
MIN_MENU_ITEMS = 3
#: a breadcrumb's crumbs average at most this many columns (a long last crumb is the title)
MAX_CRUMB_WIDTH = 40
#: a path of names without a home word or a label has at most this many crumbs
MAX_PATH_CRUMBS = 6
#: no meta line of the dev sets is wider than 100 columns; a wider line is prose or a
#: table row, and reading it as meta (the costliest rule) is skipped
MAX_META_WIDTH = 240
#: every date form of ``patterns/common.py`` holds a four-digit year or ``yy-mm-dd``
_COLONS = re.compile(r"[:：]")
#: the longest label ("date of publication", "信息提供日期") with its spaces fits in this
LABEL_WINDOW = 40
#: (the scanning patterns below start with one character class, written so for sre: it then
#: skips to the next character of that class in a C loop instead of trying every branch at
#: every position; _YEAR is _YEAR_FORM so written)
_YEAR_FORM = r"(?:19|20)\d\d(?!\d)|\d\d-\d\d-\d\d"
_YEAR = re.compile(r"\d(?:(?<=1)9\d\d(?!\d)|(?<=2)0\d\d(?!\d)|\d-\d\d-\d\d)")
#: what every match of _YEAR holds: most lines lack all of them, and ``in`` is cheaper than the scan
_YEAR_NEEDS = needed_literals(_YEAR_FORM)
_MENU_SPLIT = re.compile(r"\s*[|｜丨┊•·]\s*|\s{2,}")
#: a line without one of these splits into one item: no menu (a fast scan before the split)
_MENU_SEPARATOR = re.compile(r"[|｜丨┊•·\s](?:(?<!\s)|(?=\s))")  # [|｜丨┊•·]|\s\s
#: where a bare label may start besides the line start (see Compiled.bare_label)
_LABEL_SPOT = re.compile(r"[|｜丨\]】\s](?:(?<!\s)|(?=\s))")  # [|｜丨\]】]|\s\s
_SENTENCE_PUNCT = re.compile(r"[.!?。！？，,;；](?:\s|(?<=[.!?。！？])$)")  # …\s|[。！？]$|[.!?]$


@dataclass(frozen=True)
class Compiled:
    """The lexicon's phrase tables, compiled once per language set."""

    chrome: LineStart
    #: chrome phrases that float (``.*二维码.*``), each tried only if the line holds its literal
    chrome_floating: tuple[tuple[str, re.Pattern[str]], ...]
    footer: AnyOf
    crumb_label: re.Pattern[str]
    home_start: re.Pattern[str]
    #: what an ASCII line holds (lowered) if crumb_label / home_start match it (ascii_needed_literals)
    crumb_label_needs: tuple[tuple[str, ...], ...]
    home_start_needs: tuple[tuple[str, ...], ...]
    end_mark: re.Pattern[str]
    tail: LineStart
    crumb_placeholder: re.Pattern[str]
    bare_label: re.Pattern[str]
    bare_label_start: re.Pattern[str]
    label_colon: re.Pattern[str]
    caption: re.Pattern[str]
    #: literals a caption's credit holds (see needed_literals): a line without them is no caption
    caption_needs: tuple[tuple[str, ...], ...]


def fold_case(pattern: str) -> re.Pattern[str]:
    r"""Compile ``pattern`` for matching against ``text.lower()``: its letters lowered,
    escapes (``\S``, ``\W``, ``\d``) kept. Same matches as ``re.IGNORECASE``, but sre
    can then skip branches by their first literal: 2-3x faster on the big alternations.

    >>> bool(fold_case(r"Copyright\s+\d{4}").search("COPYRIGHT 2024".lower()))
    True
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return re.compile("".join(out))


@cache
def compiled(languages: tuple[str, ...]) -> Compiled:
    lex = merged(languages)
    plain_chrome, floating_chrome = floating(fold_case(f).pattern for f in lex.chrome_lines)
    crumb_label = re.compile(
        r"^\W{0,3}"
        + alt(lex.breadcrumb_labels)
        + r"(?:"
        + COLON
        + r"|\s*(?="
        + alt(re.escape(s) for s in CRUMB_SEPARATORS)
        + r"))",
        re.IGNORECASE,
    )
    home_start = re.compile(
        r"^\W{0,3}" + alt(lex.home_crumbs) + r"\s*" + alt(re.escape(s) for s in STRONG_CRUMB_SEPARATORS),
        re.IGNORECASE,
    )
    return Compiled(
        # chrome, footer and tail are matched against the lowered text (see fold_case)
        chrome=LineStart(_to_line_end(f) for f in plain_chrome),
        chrome_floating=tuple((needed, _whole_line([f])) for f, needed in floating_chrome),
        footer=AnyOf.of(fold_case(f).pattern for f in lex.footer_markers),
        crumb_label=crumb_label,
        home_start=home_start,
        crumb_label_needs=ascii_needed_literals(crumb_label.pattern, re.IGNORECASE),
        home_start_needs=ascii_needed_literals(home_start.pattern, re.IGNORECASE),
        end_mark=re.compile(r"^\s*" + alt(lex.end_marks) + r"\s*$", re.IGNORECASE),
        tail=LineStart(
            [fold_case(t).pattern for t in lex.tail_markers]
            + [_to_line_end(fold_case(t).pattern) for t in TAIL_HEADINGS]
        ),
        crumb_placeholder=re.compile(r"^" + alt(lex.crumb_placeholders) + r"$", re.IGNORECASE),
        # where fields/metaline.py reads a bare label: line start, after a bar or a wide
        # gap, or after a widget it cuts out (which ends in a bracket). The gap is a
        # lookbehind: ``\s{2,}`` made sre try the label table at every split of a run of
        # spaces (quadratic in the run: column layouts have runs of dozens)
        bare_label=fold_case(r"(?:^\s*|[|｜丨\]】]\s*|(?<=\s\s))" + _bare_labels(lex) + r"\s"),
        # the same at the line start alone, for lines with no bar and no wide gap
        bare_label_start=fold_case(r"\s*" + _bare_labels(lex) + r"\s"),
        caption=fold_case(_CAPTION.replace("{}", alt(PHOTO_CREDITS))),
        caption_needs=needed_literals(fold_case(_CAPTION.replace("{}", alt(PHOTO_CREDITS))).pattern),
        # a plain test (see factored): the labels lowered first, so that groups share letters
        label_colon=re.compile(
            factored(fold_case(t).pattern for labels in lex.field_labels.values() for t in labels)
            + fold_case(COLON).pattern
        ),
    )


#: a whole-line phrase ends the line, give or take three non-word characters
_LINE_END = r"\W{0,3}$"
_CAPTION = r"[(（\[]?\s*{}\s*[:：/]\s*[^!?。！？:：]{1,80}[)）\]]?\.?\s*$"


def _to_line_end(fragment: str) -> str:
    """``fragment`` (which may hold a top-level ``|``) followed by the end of the line."""
    return "(?:" + fragment + ")" + _LINE_END


def _whole_line(fragments: list[str]) -> re.Pattern[str]:
    """A whole-line phrase, lowered (see fold_case), give or take three non-word characters."""
    return re.compile(r"^\W{0,3}" + alt(fragments) + r"\W{0,3}$")


def _bare_labels(lex: Lexicon) -> str:
    return alt(t for labels in lex.bare_labels.values() for t in labels)


def width_at_most(block: Block, limit: int) -> bool:
    """``block.width <= limit``, measured only when the length leaves it open: a line
    is at least as wide as it is long and at most twice (measuring a CJK line scans it).

    >>> width_at_most(Block(0, "中文"), 3), width_at_most(Block(0, "中文"), 4), width_at_most(Block(0, "abc"), 2)
    (False, True, False)
    """
    n = len(block.text)
    if n > limit:
        return False
    return 2 * n <= limit or block.width <= limit


#: a rule reads one block (its text and cached width) with the compiled tables
Rule = Callable[[Block, Compiled, tuple[str, ...]], bool]


def is_footer(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    return width_at_most(block, MAX_FOOTER_WIDTH) and c.footer.search(block.lowered)


def is_breadcrumb(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    text = block.text
    ascii = text.isascii()  # then a line lacking the needed literals cannot match (ascii_needed_literals)
    if (not ascii or all_present(c.crumb_label_needs, block.lowered)) and c.crumb_label.match(text):
        return True
    if (ascii and not all_present(c.home_start_needs, block.lowered)) or not c.home_start.match(text):
        return _double_arrow_path(text, c, languages)
    crumbs = split_crumbs(text, languages)
    return len(crumbs) >= 2 and sum(display_width(x) for x in crumbs[:-1]) / max(len(crumbs) - 1, 1) <= MAX_CRUMB_WIDTH


def _double_arrow_path(text: str, c: Compiled, languages: tuple[str, ...]) -> bool:
    """A path of short names joined by a breadcrumb's own mark (``>>``, ``→``), or by ``>`` up to
    the placeholder of the page itself ("中华网 > 新闻频道 > 正文"), is a breadcrumb even when it
    starts at the site's name, not a home word ("人民网>>经济·科技")."""
    if ">" not in text and "→" not in text and "＞" not in text:
        return False
    if _SENTENCE_PUNCT.search(text) or _NOT_IN_PATHS.search(text):
        return False
    marked = any(mark in text for mark in PATH_MARKS)
    if not marked and not c.crumb_placeholder.match(_CRUMB_SPLIT.split(text)[-1].strip()):
        return False
    crumbs = split_crumbs(text, languages)  # the placeholder is dropped here
    return 2 <= len(crumbs) <= MAX_PATH_CRUMBS and all(_path_name(x) for x in crumbs)


#: brackets and quotes are a link list's or a shell line's (``echo "hi" >> log.txt``), not a path's
_NOT_IN_PATHS = re.compile(r"[\[\]\"$=]")


def _path_name(crumb: str) -> bool:
    return display_width(crumb) <= MAX_CRUMB_WIDTH and any(ch.isalpha() for ch in crumb)


def could_be_meta(block: Block, c: Compiled) -> bool:
    """A cheap necessary condition for a meta line, so most lines skip the full reading:
    a field label followed by a colon, a bare byline label, or a year (every date form
    has one, or a two-digit year and a time)."""
    if not width_at_most(block, MAX_META_WIDTH):
        return False
    text = block.text
    # the year first: one scan, where the label test searches a window before every colon
    if all_present(_YEAR_NEEDS, text) and _YEAR.search(text):
        return True
    if (":" in text or "：" in text) and _label_before_colon(block.lowered, c):
        return True
    lowered = block.lowered
    if _LABEL_SPOT.search(lowered):
        return bool(c.bare_label.search(lowered))
    return bool(c.bare_label_start.match(lowered))


def _label_before_colon(text: str, c: Compiled) -> bool:
    """Does a field label end at one of the colons? Only the few columns before each colon
    are searched: the label table is a large alternation."""
    for colon in _COLONS.finditer(text):
        if c.label_colon.search(text, max(0, colon.start() - LABEL_WINDOW), colon.end()):
            return True
    return False


def is_meta(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    return could_be_meta(block, c) and read_meta_line(block.text, languages).is_meta


def is_chrome_phrase(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    text = block.lowered
    if c.chrome.match(text):
        return True
    return any(needed in text and pattern.match(text) for needed, pattern in c.chrome_floating)


def is_menu(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    """A row of short items separated by bars, bullets or wide gaps, with no sentence in it."""
    text = block.text
    if _SENTENCE_PUNCT.search(text) or not _MENU_SEPARATOR.search(text):
        return False
    items = [x for x in _MENU_SPLIT.split(text) if x.strip()]
    if len(items) < MIN_MENU_ITEMS:
        return False
    return all(display_width(x) <= MAX_MENU_ITEM_WIDTH for x in items)


def is_caption(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    """A picture caption: the line ends with a credit ("… (Foto: dpa)", "… Photo: Reuters")."""
    text = block.text
    if not (":" in text or "：" in text or "/" in text) or not width_at_most(block, MAX_FOOTER_WIDTH):
        return False
    tail = text[-CAPTION_TAIL:].lower()
    return all_present(c.caption_needs, tail) and bool(c.caption.search(tail))


def is_end_mark(block: Block, c: Compiled, languages: tuple[str, ...]) -> bool:
    return bool(c.end_mark.match(block.text))


#: (rule name, test, label) in the order they are tried
RULES: tuple[tuple[str, Rule, Label], ...] = (
    ("breadcrumb", is_breadcrumb, Label.BREADCRUMB),
    ("meta line", is_meta, Label.META),
    ("end mark", is_end_mark, Label.CREDIT),
    ("chrome phrase", is_chrome_phrase, Label.CHROME),
    ("footer marker", is_footer, Label.FOOTER),
    ("photo caption", is_caption, Label.CHROME),
    ("menu row", is_menu, Label.CHROME),
)


def classify_block(block: Block, languages: tuple[str, ...]) -> Block:
    """Give ``block`` the label of the first rule that fires, or leave it ``UNKNOWN``."""
    if block.label is not _UNKNOWN:
        return block
    c = compiled(languages)
    for name, test, label in RULES:
        if test(block, c, languages):
            return block.relabel(label, name)
    return block


def is_tail_marker(text: str, languages: tuple[str, ...]) -> bool:
    """Does this line open the related-links / comments zone after the body?"""
    return bool(compiled(languages).tail.match(text.lower()))


def opens_tail(block: Block, languages: tuple[str, ...]) -> bool:
    """:func:`is_tail_marker` of a block, on its cached lowered text."""
    return bool(compiled(languages).tail.match(block.lowered))


_TEMPLATE_SLOT = re.compile(TEMPLATE_SLOT)
_CRUMB_SPLIT = re.compile(r"\s*" + alt(re.escape(s) for s in CRUMB_SEPARATORS if s not in "-_/") + r"\s*")


def split_crumbs(text: str, languages: tuple[str, ...] = ("en", "zh")) -> list[str]:
    """The crumbs of a breadcrumb line, without its label.

    >>> split_crumbs("当前位置:首页 >> 理事会 >> 论坛征文")
    ['首页', '理事会', '论坛征文']
    >>> split_crumbs("Current location: home page >> Procuratorial window")
    ['home page', 'Procuratorial window']
    """
    c = compiled(languages)
    label = c.crumb_label.match(text)
    body = text[label.end() :] if label else text
    crumbs = [crumb.strip(" :：") for crumb in _CRUMB_SPLIT.split(body) if crumb.strip(" :：.…")]
    crumbs = [crumb for crumb in crumbs if not _TEMPLATE_SLOT.fullmatch(crumb)]
    while crumbs and c.crumb_placeholder.match(crumbs[-1]):
        crumbs.pop()
    return crumbs
