"""Stage 1d (text path): remove the artefacts of other text renderers before line blocks.

The text path is tuned on ``w3m -dump`` output. Other renderers add marks that are not page
text: lynx and elinks number every link and append the numbered URL list, several renderers
write image and form placeholders and draw table borders, html2text writes Markdown. Each rule
here fires only on its own artefact (the link numbers only when the dump ends with the link list
that explains them; Markdown only when the dump has several Markdown links), so a w3m dump
without them passes unchanged. :func:`clean_rendering` returns the names of the rules that fired.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from .blocks import display_width
from .patterns import renderers as R
from .text_blocks import MAX_WRAP, MIN_WRAP, _cjk_edge, _continues, find_wrap, wrap_width

#: lines at the wrap width (within BAND_SLACK columns) needed to believe in it
MIN_BAND_LINES, BAND_SLACK = 5, 2
#: at most this share of the non-blank lines may overflow the wrap width (long URLs, unbreakable words)
MAX_OVERFLOW_SHARE = 0.1
#: lynx, elinks and links2 indent text by a margin of three columns; w3m writes text at column 0:
#: this share of the non-blank lines must lie inside the margin
MARGIN, MIN_MARGIN_SHARE = "   ", 0.5

_LINK_LIST_HEADING = re.compile(R.LINK_LIST_HEADING)
_LINK_LIST_ENTRY = re.compile(R.LINK_LIST_ENTRY)
_LINK_LIST_URL = re.compile(R.LINK_LIST_URL)
_LINK_NUMBER = re.compile(R.LINK_NUMBER)
_LINK_TAG_LINE = re.compile(R.LINK_TAG_LINE, re.M)
_FRAME_LINE = re.compile(R.FRAME_LINE, re.M)
_IMAGE = re.compile(R.IMAGE_PLACEHOLDER)
_FORM = re.compile("|".join(f"(?:{p})" for p in R.FORM_WIDGETS))
_EDIT_MARKS = re.compile(R.EDIT_MARKS)
_EDIT_MARK_LINE = re.compile(R.EDIT_MARK_LINE, re.M)
_BOX = re.compile(f"[{R.BOX_DRAWING}]")
_ASCII_BORDER = re.compile(R.ASCII_BORDER_LINE, re.M)
_NESTED_BULLET = re.compile(R.NESTED_BULLET, re.M)
_STAR_BULLET = re.compile(R.STAR_BULLET, re.M)
_W3M_BULLET = re.compile(r"^\s*• ", re.M)
_MD_URL = re.compile(R.MD_URL)
_MD_IMAGE = re.compile(R.MD_IMAGE)
_MD_LINK = re.compile(R.MD_LINK)
_MD_EMPHASIS = tuple(re.compile(p) for p in R.MD_EMPHASIS)
_MD_HEADING = re.compile(R.MD_HEADING, re.M)
_MD_EMPTY_LINE = re.compile(R.MD_EMPTY_LINE, re.M)
_MD_TABLE_RULE = re.compile(R.MD_TABLE_RULE, re.M)
_MD_QUOTE = re.compile(R.MD_QUOTE, re.M)
_MD_ESCAPE = re.compile(R.MD_ESCAPE)
#: a widget or placeholder removed from a line leaves runs of spaces; a line of only spaces is blank
_BLANKED = re.compile(r"^[ \t]+$", re.M)


class Cleaned(NamedTuple):
    text: str
    rules: tuple[str, ...]


def clean_rendering(text: str) -> Cleaned:
    """``text`` without the artefacts of lynx, elinks, links2, inscriptis or html2text.

    >>> clean_rendering("   [1]Home [2]News\\n\\n   A story.\\n\\nReferences\\n\\n   1. https://a.org/\\n   2. https://a.org/n\\n").text
    '   Home News\\n\\n   A story.\\n'
    """
    rules: list[str] = []
    for name, rule in _RULES:
        changed = rule(text)
        if changed != text:
            rules.append(name)
            text = changed
    if rules:
        text = _BLANKED.sub("", text)
    return Cleaned(text, tuple(rules))


def _overflowing_wrap(lines: list[str]) -> int | None:
    """The width a renderer wrapped at when a few lines overflow it (lynx, elinks and links2 put a
    word longer than the line, such as a URL, on a line of its own): the width most lines end
    close to, if only a few lines are wider."""
    widths = [display_width(line) for line in lines if line.strip()]
    counts = Counter(w for w in widths if MIN_WRAP <= w <= MAX_WRAP)
    bands = {width: sum(counts.get(w, 0) for w in range(width - BAND_SLACK, width + 1)) for width in counts}
    if not bands:
        return None
    # the fullest band: wrapped paragraphs end there; a few lines a little wider are overflows too
    width = max(bands, key=lambda w: (bands[w], w))
    overflow = sum(1 for w in widths if w > width)
    if bands[width] < MIN_BAND_LINES or overflow > MAX_OVERFLOW_SHARE * len(widths):
        return None
    return width


def rejoin_overflowing_wrap(text: str) -> str:
    """Re-join the lines of a dump wrapped at a width that a few long lines overflow (the line-block
    stage, which reads the width from the longest line, would see no wrap). Runs before the link
    numbers and placeholders are removed: they took up columns when the renderer wrapped."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if sum(line.startswith(MARGIN) for line in filled) < MIN_MARGIN_SHARE * len(filled):
        return text
    return _rejoin_wrapped(lines, text)


def _rejoin_wrapped(lines: list[str], text: str) -> str:
    if find_wrap(lines) is not None:
        return text  # the line-block stage re-joins it
    start = _link_list_start(lines)
    page = lines if start is None else lines[:start]  # the URLs of the link list are not wrapped
    width = _overflowing_wrap(page)
    if width is None or wrap_width([line if display_width(line) <= width else "" for line in page]) != width:
        return text
    out: list[str] = []
    prev = ""
    for line in lines:
        if out and display_width(prev) <= width and _continues(prev, line, width, display_width):
            sep = "" if _cjk_edge(out[-1].rstrip()[::-1]) and _cjk_edge(line.strip()) else " "
            out[-1] = out[-1].rstrip() + sep + line.strip()
        else:
            out.append(line)
        prev = line
    return "\n".join(out)


def _link_list_start(lines: list[str]) -> int | None:
    """Index of the heading of the trailing numbered link list (lynx, elinks), if the dump ends with one:
    after the heading come only entries, blank lines and other list headings."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip() or _LINK_LIST_ENTRY.match(line):
            continue
        if _LINK_LIST_HEADING.match(line):
            start = i
            continue
        break
    if start is None or not any(_LINK_LIST_URL.match(line) for line in lines[start:]):
        return None
    return start


def drop_link_numbers(text: str) -> str:
    """lynx / elinks: the link numbers and the list of numbered URLs, when the dump ends with that list."""
    lines = text.split("\n")
    start = _link_list_start(lines)
    if start is None:
        # elinks -no-references, lynx with its list cut off: the numbers are there, the list is not
        return _LINK_NUMBER.sub("", text) if _inline_link_numbers(text) else text
    body = "\n".join(lines[:start]).rstrip() + "\n"
    if not _LINK_NUMBER.search(body):
        return text
    body = _LINK_TAG_LINE.sub("", body)
    body = _FRAME_LINE.sub("", body)
    return _LINK_NUMBER.sub("", body)


#: a dump without a link list has its link numbers inline when it holds this many ...
MIN_INLINE_LINK_NUMBERS = 8
#: ... this share of them glued to the link's text ("[10]Startseite"; a citation mark "[1]" is followed
#: by a space or a stop) ...
MIN_GLUED_SHARE = 0.8
#: ... and this share of them numbered higher than the one before (numbers run in document order)
MIN_RISING_SHARE = 0.9


def _inline_link_numbers(text: str) -> bool:
    if "[" not in text:
        return False
    marks = list(_LINK_NUMBER.finditer(text))
    if len(marks) < MIN_INLINE_LINK_NUMBERS:
        return False
    glued = sum(m.end() < len(text) and text[m.end()].isalnum() for m in marks)
    numbers = [int(m.group()[1:-1]) for m in marks]
    rising = sum(b > a for a, b in pairwise(numbers))
    return glued >= MIN_GLUED_SHARE * len(marks) and rising >= MIN_RISING_SHARE * (len(marks) - 1)


def drop_placeholders(text: str) -> str:
    """Image placeholders ("[IMG]", "[logo.png]"), form widgets, lynx's [INS: ... :INS] marks."""
    # each pattern needs a bracket, or a run of underscores, or lynx's "(BUTTON)": most dumps
    # lack some, and a test for a character is far cheaper than a regex scan
    if "[" in text:
        text = _IMAGE.sub("", text)
    if "[" in text or "_____" in text or "(BUTTON)" in text:
        text = _FORM.sub("", text)
    if "[INS:" in text or "[DEL:" in text:
        text = _EDIT_MARK_LINE.sub("", _EDIT_MARKS.sub(r"\2", text))
    return text


def drop_table_borders(text: str) -> str:
    """Box-drawing characters become spaces (a column gap); ASCII border lines are removed."""
    text = _BOX.sub(" ", text)
    if any(pair in text for pair in ("--", "==", "-=", "=-")):  # a border holds a run of three [-=]
        text = _ASCII_BORDER.sub("", text)
    return text


def unify_bullets(text: str) -> str:
    """Deeper-level bullets of lynx / inscriptis ("+", "o") on indented lines become w3m's "•",
    in a dump whose first-level bullets are "*" (not w3m's "•")."""
    stars = len(_STAR_BULLET.findall(text))
    if stars < R.MIN_STAR_BULLETS or stars <= len(_W3M_BULLET.findall(text)):
        return text
    return _NESTED_BULLET.sub(r"\1•", text)


def looks_like_markdown(text: str) -> bool:
    return len(_MD_URL.findall(text)) >= R.MIN_MARKDOWN_LINKS


def markdown_to_text(text: str) -> str:
    """html2text-style Markdown -> plain text: images dropped, links and emphasis kept as their text,
    ``#`` headings as their text on their own line, escapes removed."""
    if not looks_like_markdown(text):
        return text
    # html2text wraps at 78 columns, but not inside a URL: re-join while the URLs still fill the lines
    text = _rejoin_wrapped(text.split("\n"), text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: " ".join(m.group(1).split()), text)
    for pattern in _MD_EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_EMPTY_LINE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_ESCAPE.sub(r"\1", text)


_RULES = (
    ("render:rejoin_overflowing_wrap", rejoin_overflowing_wrap),
    ("render:link_numbers", drop_link_numbers),
    ("render:markdown", markdown_to_text),
    ("render:placeholders", drop_placeholders),
    ("render:table_borders", drop_table_borders),
    ("render:nested_bullets", unify_bullets),
)
