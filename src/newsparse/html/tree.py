"""Stage 2a (HTML path): any accepted input -> one lxml element tree, safely.

lxml's HTML parser (libxml2) is used for everything, never BeautifulSoup (about 12x slower):
``recover`` survives broken markup, ``no_network`` forbids fetching, and ``huge_tree`` stays
off so libxml2's own limits (nesting depth 256, text node size) bound time and memory. The
HTML parser does not expand entities declared in an internal DTD, so an entity bomb stays a
few bytes of literal text.

libxml2 drops everything after a stray ``</html>`` or ``</body>``; pages concatenated by CMS
templates often have one mid-page, so those end tags are removed before parsing (the parser
closes the document itself).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..model import ParseWarning

_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
#: the same in UTF-8 bytes: ``\s`` of a str pattern is every character ``str.isspace`` holds for
#: (ASCII ones, U+001C-U+001F, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
#: U+205F, U+3000); IGNORECASE folds no non-ASCII character into these tag names
_UTF8_SPACE = rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)"
_END_TAGS_UTF8 = re.compile(rb"</(?:html|body)" + _UTF8_SPACE + rb"*>", re.IGNORECASE)
#: lxml refuses str input that carries an encoding declaration; the text is already decoded
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_EMPTY = "<html><body></body></html>"
#: bytes that end a run of leading whitespace in UTF-8 only if ``str.isspace`` says no (see _blank)
_C0_SPACES = frozenset(range(0x1C, 0x20))


def _without_stray_end_tags(text: str) -> str:
    """Remove ``</body>`` and ``</html>``; only the part from the first of them on is rewritten."""
    first = _END_TAGS.search(text)
    if first is None:
        return text
    return text[: first.start()] + _END_TAGS.sub("", text[first.start() :])


def _without_stray_end_tags_utf8(data: bytes) -> bytes:
    """:func:`_without_stray_end_tags` on the UTF-8 form (a bytes scan and copies are cheaper)."""
    first = _END_TAGS_UTF8.search(data)
    if first is None:
        return data
    return data[: first.start()] + _END_TAGS_UTF8.sub(b"", data[first.start() :])


def _blank(data: bytes) -> bool:
    """``data.decode().isspace()`` or empty, without decoding a page that starts with markup."""
    rest = data.lstrip()  # ASCII whitespace
    if not rest:
        return True
    if rest[0] < 0x80 and rest[0] not in _C0_SPACES:
        return False
    return data.decode("utf-8").isspace()


def _parser(encoding: str | None = None) -> etree.HTMLParser:
    # the plain etree parser: lxml.html's element-class lookup runs Python code per element;
    # no table of id attributes (``collect_ids``): nothing looks elements up by id, and filling
    # and freeing it costs about a tenth of the parse
    return etree.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        collect_ids=False,
        encoding=encoding,
    )


def _utf8(text: str) -> bytes | None:
    """``text`` as UTF-8, which libxml2 reads faster than lxml's wide-character form of a str;
    None when it holds lone surrogates (no UTF-8 form: lxml gets the str itself)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def parse_html(source: str | bytes) -> tuple[Any, list[ParseWarning]]:
    """The root ``<html>`` element of ``source`` and any warnings about the markup."""
    if isinstance(source, bytes):
        source = source.decode("utf-8", "replace")
    text = _XML_DECL.sub("", source, count=1)
    data = _utf8(text)
    if data is None:  # lone surrogates: lxml reads the str itself
        text = _without_stray_end_tags(text)
        if "\x00" in text:  # a membership test, not a copy of the whole markup
            text = text.replace("\x00", "")
        blank = not text or text.isspace()
    else:
        data = _without_stray_end_tags_utf8(data)
        if b"\x00" in data:
            data = data.replace(b"\x00", b"")
        blank = _blank(data)
    parser = _parser("utf-8" if data is not None else None)
    warnings: list[ParseWarning] = []
    try:
        root = etree.fromstring(data if data is not None else text, parser=parser) if not blank else None
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        root = etree.fromstring(_EMPTY, parser=_parser())
    if any("depth" in (e.message or "") for e in parser.error_log):
        warnings.append(ParseWarning("html_too_deep", "elements nested deeper than 256 levels were cut off"))
    return root, warnings


def as_root(source: Any) -> tuple[Any, list[ParseWarning]]:
    """The root element of a str/bytes page, a BeautifulSoup, or an lxml tree/element."""
    if isinstance(source, (str, bytes)):
        return parse_html(source)
    if type(source).__module__.startswith("bs4"):
        # re-parse the soup's markup with lxml: one parser, one set of safety limits
        return parse_html(str(source))
    if hasattr(source, "getroot"):
        source = source.getroot()
    if source is None or not isinstance(getattr(source, "tag", None), str):
        return parse_html("")
    return source, []
