"""The shared unit of both paths: a :class:`Block` of text with a :class:`Label` and the rule that set it.

The text path makes one block per (re-joined) line; the HTML path one per block-level
element. From here on, fields, sections and explain mode see only blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from typing import Any, Generic, TypeVar

from .model import BlockKind

T = TypeVar("T")


class computed_once(Generic[T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes an RLock on every
    read before the value is cached, which cost more than the width itself): the value is
    stored in the instance ``__dict__``, which later reads find first."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


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
        """A copy with a new label and rule. Copies the instance dict (every field, and the
        cached width, as the text is unchanged): ``dataclasses.replace`` re-runs
        ``__init__`` and was a tenth of the text path's time."""
        new = object.__new__(Block)
        new.__dict__.update(self.__dict__)
        new.__dict__["label"] = label
        new.__dict__["rule"] = rule
        return new

    @computed_once
    def width(self) -> int:
        """Display width, computed once per block (the layout rules ask for it often)."""
        return display_width(self.text)

    @computed_once
    def lowered(self) -> str:
        """``text.lower()``, computed once: the phrase rules match lowered text (see chrome.fold_case)."""
        return self.text.lower()


@lru_cache(maxsize=8192)
def display_width(text: str) -> int:
    """Columns a text terminal gives ``text``: CJK and full-width characters count twice.
    Cached (bounded): the wrap detection, the block and the prose features measure the same lines.

    >>> display_width("ab中文")
    6
    """
    if text.isascii():
        return len(text)
    bmp, astral = _wide_parts()
    wide = len(bmp.findall(text))
    if _ASTRAL.search(text):
        wide += len(astral.findall(text))
    return len(text) + wide


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _wide_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_wide_chars` as its BMP class and its astral class: the BMP bitmap alone scans
    3x faster than the alternation, and few lines hold an astral character at all."""
    bmp, astral = _wide_chars().pattern.split("|", 1)
    return re.compile(bmp), re.compile(astral.removeprefix("(?=[\\U00010000-\\U0010ffff])"))


@cache
def _wide_chars() -> re.Pattern[str]:
    """A regex of the East Asian Wide/Full-width code points (built once, ~15 ms).

    A regex scan runs in C; calling ``unicodedata.east_asian_width`` per character was the
    text path's largest cost.
    """
    ranges: list[tuple[int, int]] = []
    start = None
    for cp in range(0x20000):
        wide = unicodedata.east_asian_width(chr(cp)) in "WF"
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append((start, cp - 1))
            start = None
    ranges.append((0x20000, 0x3FFFD))  # CJK extension planes: all wide
    bmp = "".join(f"{_escape(a)}-{_escape(b)}" for a, b in ranges if b <= 0xFFFF)
    astral = "".join(f"{_escape(a)}-{_escape(b)}" for a, b in ranges if b > 0xFFFF)
    # sre keeps a BMP-only class as a bitmap, but tests astral ranges one by one: test
    # them only for astral characters (emoji, rare ideographs)
    return re.compile(f"[{bmp}]|(?=[\\U00010000-\\U0010ffff])[{astral}]")


def _escape(cp: int) -> str:
    return f"\\U{cp:08x}"


_CJK_IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s")


def cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the non-space characters.

    >>> cjk_ratio("中文ab")
    0.5
    """
    if text.isascii():
        return 0.0
    chars = len(text) - len(_SPACE.findall(text))
    if chars <= 0:
        return 0.0
    return len(_CJK_IDEOGRAPH.findall(text)) / chars
