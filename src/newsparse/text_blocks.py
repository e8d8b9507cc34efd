"""Stage 2 (text path): a flattened page -> one :class:`Block` per logical line.

Renderers that wrap (lynx, w3m at 80 columns, ``fmt``) cut paragraphs into lines of
nearly equal width. We measure the wrap width from the text itself and re-join a line
with the next one when the next line's first word would not have fitted: the only
evidence of a wrap that survives flattening.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Block, Label, cjk_ratio, display_width

#: of the lines that end near the wrap width, this share must go on in the next line
WRAP_EVIDENCE = 0.5
#: and at least this many lines
MIN_WRAPPED_LINES = 2
#: lines within this many columns of the wrap width count as wrapped
WRAP_SLACK = 12
#: wrap widths we believe in (below: a column of menu items or teasers; above: no wrapping)
MIN_WRAP, MAX_WRAP = 60, 400
_FIRST_WORD = re.compile(r"^\S+")
#: a run of spaces inside a line: the gap between two rendered columns or table cells
_COLUMN_GAP = re.compile(r"\S {3,}\S")
_LIST_START = re.compile(
    r"^\s*(?:[•·*\-–—▪■●○◆◇]|\d+(?:[.)](?!\d)|、)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])\s*"
)
#: how a renderer measured a line: in terminal columns (w3m, lynx) or in characters
#: (``fmt``, Python's textwrap, many scrapers), where an ideograph counts one
Measure = Callable[[str], int]
MEASURES: tuple[Measure, ...] = (display_width, len)


def split_lines(text: str, max_line_chars: int) -> list[str]:
    """Lines of ``text``, with any line longer than ``max_line_chars`` cut into pieces."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= max_line_chars:
            lines.append(line.rstrip())
            continue
        lines.extend(line[i : i + max_line_chars] for i in range(0, len(line), max_line_chars))
    return lines


def wrap_width(lines: list[str], measure: Measure = display_width) -> int | None:
    """The width at which a renderer wrapped these lines, or None if it did not.

    >>> wrap_width(["x" * 78, "x" * 79, "x" * 80, "short", "x" * 77, "end"])
    80
    """
    found = _wrap_evidence(lines, measure)
    return found[0] if found else None


def _wrap_evidence(lines: list[str], measure: Measure) -> tuple[int, float, int] | None:
    """(width, share, count of wrapped lines) if the lines look wrapped at some width: many
    lines end close to it *and* go on in the next line with a word that would not have
    fitted. Unwrapped dumps fail the second test: their long lines are followed by blank
    lines. The width is the longest line's, or that of a line a few lines (preformatted
    code, a table row, which renderers do not wrap) are wider than."""
    # a line too long to be wrapped and with no space to wrap at (a tracking URL) is no
    # line wider than the wrap: it says nothing of the width
    widths = [0 if len(line) > MAX_WRAP and _unbreakable(line) else measure(line) for line in lines]
    best = None
    for rank, width in enumerate(_candidate_widths(widths)):
        found = _evidence_at(lines, widths, width, measure)
        if found and rank and found[2] < max(MIN_OVERWIDE_EVIDENCE, OVERWIDE_EVIDENCE_PER_LINE * _wider(widths, width)):
            continue  # below the longest lines, a few wrapped lines are chance, not a wrap
        if found and (best is None or (found[2], found[1]) > (best[2], best[1])):
            best = found
    return best


#: at most this many lines may be wider than the wrap width (unwrapped code or table rows),
#: and a width below the longest line's needs this many wrapped lines
MAX_OVERWIDE_LINES = 3
MIN_OVERWIDE_EVIDENCE = 3
#: ... and this many per line wider than it (those may be a wrap's own lines at a larger width)
OVERWIDE_EVIDENCE_PER_LINE = 3


def _wider(widths: list[int], width: int) -> int:
    return sum(1 for w in widths if w > width)


def _candidate_widths(widths: list[int]) -> list[int]:
    """The widths of the longest lines, down to the one that at most
    :data:`MAX_OVERWIDE_LINES` lines exceed, within the widths we believe in."""
    top = sorted(set(widths), reverse=True)
    out = []
    wider = 0
    for width in top:
        if wider > MAX_OVERWIDE_LINES:
            break
        if MIN_WRAP <= width <= MAX_WRAP:
            out.append(width)
        wider += widths.count(width)
    return out


def _evidence_at(lines: list[str], widths: list[int], width: int, measure: Measure) -> tuple[int, float, int] | None:
    low = width - WRAP_SLACK
    near = [i for i, w in enumerate(widths) if low <= w <= width]  # a cheap pass, then the finer tests
    near = [i for i in near if widths[i] >= width - _slack(lines[i], measure) and not _neutral(lines, i)]
    chained = [i for i in near if _continues(lines[i], lines[i + 1], width, measure)]
    if len(chained) < WRAP_EVIDENCE * len(near) or not near:
        return None
    if len(chained) < MIN_WRAPPED_LINES and not all(_cjk_run_break(lines[i], lines[i + 1]) for i in chained):
        return None
    return width, len(chained) / len(near), len(chained)


#: a renderer that wraps in columns breaks Chinese after any ideograph: such a line ends
#: within an ideograph (or a character it may not start a line with) of the width
CJK_WRAP_SLACK = 3


def _slack(line: str, measure: Measure) -> int:
    """How far short of the width a wrapped line may end. In columns, a line ending with an
    ideograph was filled to the width: a headline of 25 ideographs, 50 columns, is no wrapped
    line of a dump wrapped at 60 columns (at 12 columns of slack, a page of headlines hid the wrap)."""
    if measure is display_width and _HAN_OR_KANA_END.search(line[-4:]):
        return CJK_WRAP_SLACK
    return WRAP_SLACK


#: a line ending with an ideograph, kana or CJK punctuation (not Hangul: Korean has spaces
#: between its words, and a wrapper may break there)
_HAN_OR_KANA_END = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uff60]\s*$")


def _neutral(lines: list[str], i: int) -> bool:
    """Can the line after ``lines[i]`` tell nothing about a wrap? The last line, or a list
    item: a wrap never starts a line so, and no paragraph ends there either. (An item beside
    another column is a row of a side-by-side layout: evidence against a wrap.)"""
    if i + 1 >= len(lines):
        return True
    nxt = lines[i + 1]
    return bool(_LIST_START.match(nxt)) and not _COLUMN_GAP.search(nxt.strip())


#: CJK punctuation no line may start with (kinsoku): a renderer that follows the rule moves
#: the character before it to the next line too, leaving the line one character short
#: (``……准确和完`` + ``整，……``)
_NO_LINE_START = frozenset("，。、；：！？）」』》】〉”’…")
#: CJK punctuation that ends a sentence or clause: a line may end there without a wrap
_CJK_STOPS = "。！？；：，、）」』》】”’…"


def _cjk_run_break(line: str, nxt: str) -> bool:
    """Does a line break fall inside a run of CJK text, mid-clause? Alone strong evidence of a
    wrap (one wrapped line is enough): an author never ends a line after ``知识的``."""
    last, first = line.rstrip()[-1:], nxt.strip()[:1]
    return display_width(last) == 2 == display_width(first) and last not in _CJK_STOPS and first not in _CJK_STOPS


def _too_long_to_be_wrapped(lines: list[str]) -> bool:
    """More lines too long to be wrapped in characters (so also in columns) than a wrapped
    dump's unwrapped code and table rows."""
    long_lines = 0
    for line in lines:
        if len(line) > MAX_WRAP and not _unbreakable(line):
            long_lines += 1
            if long_lines > MAX_OVERWIDE_LINES:
                return True
    return False


def _unbreakable(line: str) -> bool:
    """A line of Latin script with no space in it (an ad's tracking URL): no renderer can
    wrap it, so its length tells nothing of the width the page's text was wrapped at."""
    text = line.strip()
    return text.isascii() and " " not in text and "\t" not in text


def find_wrap(lines: list[str]) -> tuple[int, Measure] | None:
    """The wrap width and the measure it was counted in (columns or characters): the
    measure under which more lines end at the wrap width and go on in the next line (then
    the larger share of them). Counted in the wrong measure, the lines of one script look
    short: w3m wraps Chinese at 40 ideographs to 80 columns, and the Latin lines of 80
    characters alone would set a wrap width in characters."""
    if _too_long_to_be_wrapped(lines):
        return None
    best: tuple[tuple[int, float], int, Measure] | None = None
    for measure in MEASURES:
        found = _wrap_evidence(lines, measure)
        if found and (best is None or (found[2], found[1]) > best[0]):
            best = ((found[2], found[1]), found[0], measure)
    return (best[1], best[2]) if best else None


def _continues(line: str, nxt: str, width: int, measure: Measure) -> bool:
    """Was ``nxt`` pushed to a new line by the wrap, rather than starting a new block?"""
    if not line.strip() or not nxt.strip():
        return False
    rendered = measure(line)
    if rendered > width:
        return False  # wider than the wrap: a line the renderer did not wrap (code, a table row)
    short = rendered < width - WRAP_SLACK
    if short and rendered < MIN_PUSHED_SHARE * width:
        return False  # the cheap test first: most lines of a page are short
    if _LIST_START.match(nxt) or _COLUMN_GAP.search(line.strip()) or _COLUMN_GAP.search(nxt.strip()):
        return False  # a row of a table or of side-by-side columns: flowing text has no gaps
    head = nxt.strip()
    first = _FIRST_WORD.match(head)
    word = first.group(0) if first else ""
    if short and not _cjk_run_pushed(line, word, width, measure):
        return False
    # a break inside CJK text may fall after any ideograph; after a space, only before a word
    cjk_break = display_width(head[:1]) == 2 and display_width(line.rstrip()[-1:]) == 2
    used = rendered + (_lost_indent(line, nxt) if measure is display_width else 0)
    needed = used + (measure(head[:1]) if cjk_break else 1 + measure(word))
    if cjk_break and head[1:2] in _NO_LINE_START:
        needed += measure(head[1:2])  # no line starts with "，": the character before it moved down too
    elif cjk_break and head[1:2].isascii() and head[1:2].isalnum():
        needed += _glued_run_width(head, measure)
    return needed > width


def _glued_run_width(head: str, measure: Measure) -> int:
    """Width of the Latin or digit run glued to a line's first ideograph (``涨0.4%；``): elinks
    breaks no line between an ideograph and the number after it, so the ideograph moved down
    with the whole run (and a closing mark after it), as one unit that did not fit."""
    run = _NARROW_RUN.match(head, 1)
    if run is None:
        return 0
    after = head[run.end() : run.end() + 1]
    return measure(run.group(0)) + (measure(after) if after and after in _NO_LINE_START else 0)


_INDENT = re.compile(r"^ +(?=\S)")
#: an indented line this share ideographs is a Chinese paragraph, indented with ideographic spaces
CJK_INDENT_SHARE = 0.5


def _lost_indent(line: str, nxt: str) -> int:
    """Columns a Chinese paragraph's indent lost to the repair: ``　　`` (two ideographic
    spaces, two columns each) became two plain spaces, so the line measures short of the
    width it was wrapped at by one column per space. Only a paragraph's first line is so
    indented: a renderer's margin (lynx) indents the next line as much, and lost nothing.

    >>> _lost_indent("  自数天之前", "的浓雾"), _lost_indent("  2021年1月，珠海有轨电车停运", "营")
    (2, 2)
    >>> _lost_indent("  The day", "after"), _lost_indent("   自数天之前", "   的浓雾")
    (0, 0)
    """
    indent = _INDENT.match(line)
    if not indent or cjk_ratio(line) < CJK_INDENT_SHARE:
        return 0
    rest = _INDENT.match(nxt)
    return indent.end() - (rest.end() if rest else 0)


#: a line that ends a sentence (full stop, question or exclamation mark) or a clause
_LINE_STOP = re.compile(r"[.!?:;。！？；：]['\"”’」』)）]*$")
#: a run of ideographs pushed whole to the next line leaves a line at least this share of the width
MIN_PUSHED_SHARE = 0.5


def _cjk_run_pushed(line: str, word: str, width: int, measure: Measure) -> bool:
    """Was a long run of ideographs pushed whole to the next line, leaving this one short?

    A wrapper that breaks only at spaces (textwrap, ``fmt``) moves the next space-free
    run to a new line when it does not fit, and Chinese text has few spaces: ``……智利選手賈瑞（Nicolas``
    then ``Jarry），在義大利公開賽拿下……``. The line is then well short of the width; it
    still reads as cut off: it is at least half the width, ends no sentence, and the run
    (with an ideograph in it) would not have fitted after it."""
    if measure(line) < MIN_PUSHED_SHARE * width or _LINE_STOP.search(line.rstrip()[-4:]):
        return False
    return _has_ideograph(word) and measure(line) + 1 + measure(word) > width


def _has_ideograph(text: str) -> bool:
    """Does ``text`` hold a wide character (an ideograph, kana, Hangul, a full-width form)?"""
    return not text.isascii() and display_width(text) > len(text)


#: punctuation whose width is ambiguous (narrow in a terminal, but used inside CJK text)
_AMBIGUOUS_PUNCTUATION = "“”‘’…—·•"


def _cjk_edge(text: str) -> bool:
    """Is the edge of ``text`` CJK, looking past quotes and dashes of ambiguous width?

    A wrap between two CJK characters dropped no space, so re-joining must add none:
    ``…书记“`` + ``不忘初心”…``.

    >>> _cjk_edge("“不忘"), _cjk_edge("“The")
    (True, False)
    """
    for ch in text[:3]:
        if ch not in _AMBIGUOUS_PUNCTUATION:
            return display_width(ch) == 2
    return False


_LAST_RUN = re.compile(r"\S+$")


def _joins_without_space(joined: str, prev: str, line: str, width: int, measure: Measure) -> bool:
    """Did the wrap drop no space? Between two ideographs, none was there; nor inside a
    run of letters and digits cut where it reached the width (a wrapper breaks a word
    longer than the line so), if the run holds ideographs: ``…自治州9`` + ``8公里…``,
    ``…1月23`` + ``日在新疆…``. (A Latin word cut so is too long to be a word.)"""
    if _cjk_edge(joined.rstrip()[::-1]) and _cjk_edge(line.strip()):
        return True
    end, head = prev.rstrip(), line.strip()
    if not (end[-1:].isalnum() and head[:1].isalnum()):
        return False
    if measure is display_width and _has_ideograph(end[-1] + head[0]):
        return _unit_did_not_fit(end, line, width)
    if measure(end) < width - 1:
        return False
    last, first = _LAST_RUN.search(end), _FIRST_WORD.match(head)
    return _has_ideograph(last.group(0) if last else "") or _has_ideograph(first.group(0) if first else "")


_NARROW_RUN = re.compile(
    r"[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+"
)


def _unit_did_not_fit(end: str, line: str, width: int) -> bool:
    """A renderer that wraps in columns (w3m) breaks between an ideograph and a Latin word or
    number with no space between them (``影响`` + ``CPI下降``) when the next unit, an
    ideograph or the Latin run, does not fit; if it would have fitted, a space was dropped."""
    head = line.strip()
    narrow = _NARROW_RUN.match(head)
    unit = narrow.group(0) if narrow else head[:1]
    return display_width(end) + _lost_indent(end, line) + display_width(unit) > width


#: raw markup shown as text (a double-escaped page) whose tag is still open at the line end
_OPEN_TAG = re.compile(r"<[a-zA-Z][\w-]*\s+[\w:-]+=[^<>]*$")


def _tag_left_open(line: str, was_open: bool) -> bool:
    """Does an HTML tag shown as text stay open after this rendered line? The wrap cut the
    tag at a space between its attributes, and its rest (``data-ylk="…">name</a>``) reads as
    anything but markup on a line of its own."""
    if "<" in line and _OPEN_TAG.search(line):
        return True
    return was_open and ">" not in line


#: a closing tag before any opening one on a line: the line goes on an element opened above
_CLOSES_FIRST = re.compile(r"^[^<]*</([a-zA-Z][\w-]*)>")
#: lines of one tag or element shown as text re-joined at most (a stray ``<`` opens nothing)
MAX_MARKUP_LINES = 8


def _closes_element_above(joined: str, line: str) -> bool:
    """Does ``line`` close an element that the line above opened (``<a href=…>茲韋列`` then
    ``夫</a>封王``)? The wrap cut the element's text, and the rest reads as a line of its own."""
    if "</" not in line or "<" not in joined:
        return False
    closed = _CLOSES_FIRST.match(line)
    if closed is None:
        return False
    name = re.escape(closed.group(1))
    return len(re.findall(r"<" + name + r"[\s>]", joined)) > len(re.findall(r"</" + name + r">", joined))


def join_markup_lines(lines: list[str]) -> list[str]:
    """Re-join the lines of raw markup shown as text (a double-escaped link in a Yahoo
    teaser) that a renderer wrapped, whether or not the page's prose shows a wrap width:
    a tag left open at a line's end, and an element whose closing tag comes on a later
    line, are one piece of markup, which the scoring can then see as such."""
    out: list[str] = []
    tag_open, pieces = False, 0
    for line in lines:
        joins = bool(out) and bool(line.strip()) and pieces < MAX_MARKUP_LINES
        if joins and (tag_open or _closes_element_above(out[-1], line)):
            out[-1] = out[-1].rstrip() + " " + line.strip()
            pieces += 1
        else:
            out.append(line)
            tag_open, pieces = False, 0
        tag_open = _tag_left_open(line, tag_open)
    return out


def join_wrapped(lines: list[str], wrap: tuple[int, Measure] | None) -> list[str]:
    """Re-join lines a renderer wrapped at ``wrap`` = (width, measure)."""
    if wrap is None:
        return join_markup_lines(lines)
    width, measure = wrap
    out: list[str] = []
    # the wrap test reads the previous *rendered* line: a re-joined line is longer than any
    # renderer's width and would swallow whatever follows it
    prev = ""
    tag_open = False
    for line in lines:
        inside_tag = (tag_open or _closes_element_above(out[-1] if out else "", line)) and bool(line.strip())
        if out and (inside_tag or _continues(prev, line, width, measure)):
            sep = "" if _joins_without_space(out[-1], prev, line, width, measure) else " "
            out[-1] = out[-1].rstrip() + sep + line.strip()
        else:
            out.append(line)
            tag_open = False
        tag_open = _tag_left_open(line, tag_open)
        prev = line
    return out


def text_to_blocks(text: str, max_line_chars: int = 200_000) -> list[Block]:
    """One block per logical line; blank lines become ``BLANK`` blocks (they separate paragraphs)."""
    lines = split_lines(text, max_line_chars)
    lines = join_wrapped(lines, find_wrap(lines))
    out = []
    for i, line in enumerate(lines):
        text = line.strip()
        out.append(_line_block(_CONTENT if text else _BLANK, i, text))
    return out


#: every field of a content line's and a blank line's block (defaults included), copied by
#: :func:`_line_block`
_CONTENT = dict(Block(0, "").__dict__)
_BLANK = dict(Block(0, "", Label.BLANK, "blank line").__dict__)


def _line_block(fields: dict[str, object], index: int, text: str) -> Block:
    """``Block(index, text)`` (or a blank one) without the frozen dataclass's ``__init__``,
    which sets each field through ``object.__setattr__``: a dump has thousands of lines.
    The same shortcut as :meth:`Block.relabel`."""
    block = object.__new__(Block)
    state = block.__dict__
    state.update(fields)
    state["index"] = index
    state["text"] = text
    return block
