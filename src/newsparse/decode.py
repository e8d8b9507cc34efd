"""Stage 1: bytes in any encoding -> str, recording which encoding was used and why.

Order of trust (like w3lib's ``html_to_unicode``):

1. a byte-order mark (UTF-8/16/32) — unambiguous;
2. the HTTP ``Content-Type`` charset, when the caller passes it;
3. a charset declared in the document (``<meta charset>``, http-equiv, XML declaration);
4. valid UTF-8 — checked *before* trusting 2 and 3 when those name a legacy charset,
   because many Chinese pages declare gb2312 but are UTF-8;
5. detection with bs4's ``UnicodeDammit`` (GB18030 is tried for CJK-looking bytes);
6. windows-1252, which decodes any byte.

A declared charset is used only if it actually decodes the bytes; GB2312/GBK are read as
GB18030 and ISO-8859-1/ASCII as windows-1252 (the WHATWG table). Decoding never raises:
bytes no charset can read become U+FFFD and a warning is recorded.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .model import ParseWarning

#: WHATWG-style widening of declared labels: what browsers actually decode them as
ENCODING_ALIASES: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
    "unicode": "utf-16",
    "utf8": "utf-8",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.+-]+)""",
    re.IGNORECASE,
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_:.+-]+)", re.IGNORECASE)

#: how far into the document a charset declaration is looked for
DECLARATION_WINDOW = 4096


@dataclass(frozen=True)
class Decoded:
    """The decoded text, the encoding used, and how it was chosen."""

    text: str
    encoding: str | None
    how: str
    warnings: list[ParseWarning] = field(default_factory=list)


def normalise_encoding(name: str | None) -> str | None:
    """A Python codec name for a declared label, widened as browsers do.

    >>> normalise_encoding("GB2312")
    'gb18030'
    >>> normalise_encoding("no-such-charset") is None
    True
    """
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = ENCODING_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(head: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag or an XML declaration near the top."""
    match = _META_CHARSET.search(head[:DECLARATION_WINDOW])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return raw.decode("ascii", "ignore")


def http_charset(content_type: str | None) -> str | None:
    match = _HTTP_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_unicode_family(encoding: str) -> bool:
    return encoding.startswith("utf")


def _detect(data: bytes) -> tuple[str, str] | None:
    """bs4's UnicodeDammit with GB18030 and Big5 offered first for CJK-looking bytes."""
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, known_definite_encodings=["utf-8"], user_encodings=["gb18030", "big5hkscs"])
    if dammit.unicode_markup is None or dammit.original_encoding is None:
        return None
    return dammit.unicode_markup, str(dammit.original_encoding)


def _decode_mixed_lines(data: bytes) -> str | None:
    """Decode line by line when most non-ASCII lines are UTF-8 and a few are not.

    Archives concatenate pages, and editors paste GBK text into UTF-8 pages; one bad
    line must not turn the whole page into mojibake.
    """
    lines = data.split(b"\n")
    non_ascii = [line for line in lines if not line.isascii()]
    utf8_ok = sum(1 for line in non_ascii if _try(line, "utf-8") is not None)
    if not non_ascii or utf8_ok == len(non_ascii) or utf8_ok * 2 < len(non_ascii):
        return None
    fallback = (_detect(b"\n".join(line for line in non_ascii if _try(line, "utf-8") is None)) or ("", "gb18030"))[1]
    fallback = normalise_encoding(fallback) or "gb18030"
    return "\n".join(_try(line, "utf-8") or line.decode(fallback, "replace") for line in lines)


def decode_bytes(data: bytes, *, content_type: str | None = None) -> Decoded:
    """Decode ``data`` following the order of trust in the module docstring."""
    warnings: list[ParseWarning] = []
    bom = _bom_encoding(data)
    if bom:
        return Decoded(data.decode(bom, "replace"), bom, "bom")
    candidates = [
        ("http", normalise_encoding(http_charset(content_type))),
        ("declared", normalise_encoding(declared_charset(data))),
    ]
    utf8 = _try(data, "utf-8")
    for how, enc in candidates:
        if not enc:
            continue
        if utf8 is not None and not _is_unicode_family(enc) and not data.isascii():
            # a legacy charset declared over bytes that are valid UTF-8: the declaration lies
            warnings.append(ParseWarning("charset_mismatch", f"{how} charset {enc} but the bytes are UTF-8"))
            return Decoded(utf8, "utf-8", f"utf-8 over wrong {how} charset", warnings)
        text = _try(data, enc)
        if text is not None:
            return Decoded(text, enc, how, warnings)
        warnings.append(ParseWarning("charset_mismatch", f"{how} charset {enc} does not decode the bytes"))
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "valid utf-8", warnings)
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        warnings.append(ParseWarning("mixed_encoding", "lines in UTF-8 and in a legacy charset; decoded line by line"))
        return Decoded(mixed, "mixed", "per-line utf-8 with fallback", warnings)
    detected = _detect(data)
    if detected:
        text, enc = detected
        return Decoded(text, enc, "detected", warnings)
    warnings.append(ParseWarning("decode_errors", "no charset decodes the bytes; undecodable bytes replaced"))
    return Decoded(data.decode("utf-8", "replace"), "utf-8", "fallback with replacement", warnings)
