"""Stage 2 (text path): a flattened page -> one :class:`Block` per logical line.

Renderers that wrap (lynx, w3m at 80 columns, ``fmt``) cut paragraphs into lines of
nearly equal width. We measure the wrap width from the text itself and re-join a line
with the next one when the next line's first word would not have fitted: the only
evidence of a wrap that survives flattening.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Block, Label, display_width

#: a wrap width must be shared by at least this share of the non-blank lines
WRAP_EVIDENCE = 0.2
#: lines within this many columns of the wrap width count as wrapped
WRAP_SLACK = 12
#: wrap widths we believe in (below: a column of menu items; above: no wrapping)
MIN_WRAP, MAX_WRAP = 40, 400
_FIRST_WORD = re.compile(r"^\S+")
_LIST_START = re.compile(
    r"^\s*(?:[•·*\-–—▪■●○◆◇]|\d+[.)、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])\s*"
)


def split_lines(text: str, max_line_chars: int) -> list[str]:
    """Lines of ``text``, with any line longer than ``max_line_chars`` cut into pieces."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= max_line_chars:
            lines.append(line.rstrip())
            continue
        lines.extend(line[i : i + max_line_chars] for i in range(0, len(line), max_line_chars))
    return lines


def wrap_width(lines: list[str]) -> int | None:
    """The column at which a renderer wrapped these lines, or None if it did not.

    >>> wrap_width(["x" * 78, "x" * 79, "x" * 80, "short", "x" * 77, "end"])
    80
    """
    widths = [display_width(line) for line in lines if line.strip()]
    if len(widths) < 5:
        return None
    counts = Counter(w for w in widths if MIN_WRAP <= w <= MAX_WRAP)
    if not counts:
        return None
    for width in sorted(counts, reverse=True):
        near = sum(c for w, c in counts.items() if width - WRAP_SLACK <= w <= width)
        if near >= max(3, WRAP_EVIDENCE * len(widths)) and max(widths) <= width + 2:
            return width
    return None


def _continues(line: str, nxt: str, width: int) -> bool:
    """Was ``nxt`` pushed to a new line by the wrap, rather than starting a new block?"""
    if not line.strip() or not nxt.strip() or _LIST_START.match(nxt):
        return False
    first = _FIRST_WORD.match(nxt.strip())
    word = first.group(0) if first else ""
    cjk_break = display_width(nxt.strip()[:1]) == 2
    needed = display_width(line) + (0 if cjk_break else 1) + display_width(word if not cjk_break else word[:1])
    return needed > width


def join_wrapped(lines: list[str], width: int | None) -> list[str]:
    """Re-join lines a renderer wrapped at ``width`` columns."""
    if width is None:
        return lines
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line, width) and display_width(out[-1]) >= width - WRAP_SLACK:
            sep = "" if display_width(line.strip()[:1]) == 2 and display_width(out[-1][-1:]) == 2 else " "
            out[-1] = out[-1].rstrip() + sep + line.strip()
        else:
            out.append(line)
    return out


def text_to_blocks(text: str, max_line_chars: int = 200_000) -> list[Block]:
    """One block per logical line; blank lines become ``BLANK`` blocks (they separate paragraphs)."""
    lines = split_lines(text, max_line_chars)
    lines = join_wrapped(lines, wrap_width(lines))
    return [
        Block(i, line.strip(), Label.BLANK, "blank line") if not line.strip() else Block(i, line.strip())
        for i, line in enumerate(lines)
    ]
