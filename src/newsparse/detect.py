"""Stage 1c: is the input HTML or a text dump? Never fetches anything."""

from __future__ import annotations

import re
from enum import Enum

from .errors import OptionsError


class Kind(str, Enum):
    HTML = "html"
    TEXT = "text"


#: how far into the input the detector looks
SNIFF_WINDOW = 2048
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|\?xml[^>]*>\s*<(?:!doctype\s+html|html))",
    re.I | re.S,
)
_TAG = re.compile(r"</?(?:p|div|span|a|br|td|li|table|script|style|title|h[1-6])\b[^>]*>", re.I)
#: text dumps quote a little HTML; this many tags in the window means markup
MIN_TAGS_FOR_HTML = 8


def coerce_kind(kind: str | Kind | None) -> Kind | None:
    if kind is None or isinstance(kind, Kind):
        return kind
    try:
        return Kind(str(kind).lower())
    except ValueError:
        raise OptionsError(f"kind must be 'html', 'text' or None, not {kind!r}") from None


def detect_kind(text: str) -> tuple[Kind, str]:
    """Guess the kind from the start of the text, returning the reason too.

    >>> detect_kind("<!DOCTYPE html><html><body>x</body></html>")[0]
    <Kind.HTML: 'html'>
    >>> detect_kind("Current location: home page >> News")[0]
    <Kind.TEXT: 'text'>
    """
    head = text[:SNIFF_WINDOW]
    if _HTML_START.match(head):
        return Kind.HTML, "starts with an HTML document tag"
    tags = len(_TAG.findall(head))
    if tags >= MIN_TAGS_FOR_HTML:
        return Kind.HTML, f"{tags} HTML tags in the first {SNIFF_WINDOW} characters"
    return Kind.TEXT, "no HTML document structure"
