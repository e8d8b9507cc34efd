"""The shared unit of both paths: a :class:`Block` of text with a :class:`Label` and the rule that set it.

The text path makes one block per (re-joined) line; the HTML path one per block-level
element. From here on, fields, sections and explain mode see only blocks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from .model import BlockKind


class Label(str, Enum):
    """What a block is. ``UNKNOWN`` blocks are content candidates until context decides."""

    UNKNOWN = "unknown"
    BLANK = "blank"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    COLUMN = "column"  # the column name repeated under the breadcrumb
    META = "meta"
    TITLE = "title"
    KICKER = "kicker"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CREDIT = "credit"
    FOOTER = "footer"
    TAIL = "tail"  # related links, comments and the rest after the body


#: labels whose blocks make up the body
BODY_LABELS = frozenset({Label.HEADING, Label.PARAGRAPH})


@dataclass(frozen=True)
class Block:
    """One unit of page text. ``rule`` names the rule that gave the current label."""

    index: int
    text: str
    label: Label = Label.UNKNOWN
    rule: str = ""
    kind: BlockKind = BlockKind.PARAGRAPH
    #: HTML path only: fraction of the text inside links, and the element's tag
    link_density: float = 0.0
    tag: str = ""
    #: HTML path only: the block is inside the chosen main-content container
    in_main: bool = False

    def relabel(self, label: Label, rule: str) -> Block:
        return replace(self, label=label, rule=rule)

    @property
    def width(self) -> int:
        return display_width(self.text)


def display_width(text: str) -> int:
    """Columns a text terminal gives ``text``: CJK and full-width characters count twice.

    >>> display_width("ab中文")
    6
    """
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the non-space characters.

    >>> cjk_ratio("中文ab")
    0.5
    """
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff") / len(chars)
