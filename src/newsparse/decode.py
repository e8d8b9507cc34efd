"""Stage 1: bytes in any encoding -> str, recording which encoding was used and why.

Order of trust (like w3lib's ``html_to_unicode``):

1. a byte-order mark (UTF-8/16/32) — unambiguous;
2. the HTTP ``Content-Type`` charset, when the caller passes it;
3. a charset declared in the document (``<meta charset>``, http-equiv, XML declaration);
4. valid UTF-8 — checked *before* trusting 2 and 3 when those name a legacy charset,
   because many Chinese pages declare gb2312 but are UTF-8;
5. UTF-16 without a BOM (zero bytes in the head, text in one byte order) — tried before 4
   when the head holds zero bytes, since UTF-16 of ASCII is also valid UTF-8;
6. UTF-8 whose last character was cut in half (a truncated file);
7. line by line, when UTF-8 lines and legacy (GBK) lines are mixed;
8. GB18030 (which reads GB2312 and GBK), then Big5-HKSCS, when one decodes cleanly; GB18030
   also when only a handful of bytes are bad and the text has Chinese punctuation;
9. bs4's ``UnicodeDammit`` (windows-1252 ...), when some charset decodes cleanly;
10. otherwise the least damaging of UTF-8 and GB18030, with U+FFFD for bad bytes.

A declared charset is used only if it actually decodes the bytes; GB2312/GBK are read as
GB18030 and ISO-8859-1/ASCII as windows-1252 (the WHATWG table). Decoding never raises:
bytes no charset can read become U+FFFD and a warning is recorded.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
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


#: legacy CJK charsets tried first (GB18030 also reads GB2312 and GBK); most Big5 bytes
#: also decode as GB18030, so when both decode the one giving more common hanzi wins
CJK_CANDIDATES = ("gb18030", "big5hkscs")
#: the commonest Chinese characters, simplified and traditional forms: a correct reading
#: of Chinese text is full of them, a reading in the wrong charset has almost none
COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
    "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利"
    "比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文"
    "总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指区强放决西被干做必"
    "這們個國來為時說會對發過後種經麼學現當沒動還進樣開從實問裡與點業應關兩體機產書長條區聯網報電話義務線"
    "價號隊計門東車頭興歷樂師際處術證華農護員變陽據隨標總記議們縣鎮鄉區廳檢察院審題"
)
#: how many characters the common-hanzi count looks at
HANZI_SAMPLE = 20_000
#: a reading whose ideographs are less than this share common hanzi is not Chinese
#: (real Chinese text: about half; Latin-1 bytes paired up as GB18030: almost none)
MIN_COMMON_SHARE = 0.1
_IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
#: charsets UnicodeDammit tries (without chardet) after those; one must decode cleanly before we ask it
DETECTION_CANDIDATES = ("cp1252",)
#: a GB18030 page with at most this share (or this number) of bad bytes is read as GB18030
#: with U+FFFD, rather than as the windows-1252 mojibake that decodes it cleanly ...
MAX_GB_DAMAGE = 0.001
MIN_GB_DAMAGE = 2
#: ... provided it has Chinese punctuation (three per bad byte), which Latin-1 read as GB lacks
_CJK_PUNCTUATION = re.compile("[，。、：；！？（）“”]")
#: a UTF-8 non-ASCII line needs this many non-ASCII bytes to count as UTF-8 evidence
#: (a short GBK line can be valid UTF-8 by chance)
MIN_UTF8_EVIDENCE_BYTES = 6
#: ... and such lines must be at least this share of the non-ASCII lines (random bytes hold a few)
MIN_UTF8_LINE_SHARE = 0.01
#: UTF-16 without BOM: how much to look at; at least this many zero bytes on one side of
#: the pairs, at most this many (relative) on the other (U+xx00 characters such as 一 and ─
#: put some there; random bytes as many); when the bytes are also valid UTF-8,
#: zeros in at least this share of the pairs; at most this share of odd characters
UTF16_SNIFF = 4096
UTF16_MIN_ZEROS = 4
UTF16_OTHER_SIDE = 0.5
UTF16_ZERO_SHARE_IF_UTF8 = 0.05
UTF16_ODD_SHARE = 0.01
#: Unicode categories that misread byte pairs give and text does not: controls, surrogates,
#: unassigned (private-use characters are allowed: icon fonts put them in page text)
_NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})
#: a UTF-16 reading whose ideographs are mostly two printable ASCII bytes is NUL-laced ASCII
#: (genuine ideographs: about a fifth are); judged on at least this many ideographs
ASCII_PAIR_SHARE = 0.5
MIN_CJK_FOR_PAIR_TEST = 20


def _detect(data: bytes) -> tuple[str, str] | None:
    """bs4's UnicodeDammit, once UTF-8, GB18030 and Big5 have failed (it is slow at trying those).

    Only called when one of its charsets decodes the bytes cleanly: otherwise it falls back
    to replacement characters on its own and logs about it; we do that ourselves, with a
    warning on the Article instead of a log line.
    """
    if not any(_try(data, enc) is not None for enc in DETECTION_CANDIDATES):
        return None
    from bs4 import UnicodeDammit

    # our candidates go in as user encodings, which UnicodeDammit tries before chardet or
    # charset-normalizer: the result must not depend on which of those happens to be installed
    dammit = UnicodeDammit(data, user_encodings=list(DETECTION_CANDIDATES))
    if dammit.unicode_markup is None or dammit.original_encoding is None:
        return None
    return dammit.unicode_markup, str(dammit.original_encoding)


def _utf8_cut_at_end(data: bytes) -> str | None:
    """Valid UTF-8 whose last character was cut in half (a truncated file or a byte limit).

    >>> _utf8_cut_at_end("检察院".encode()[:-1])
    '检察'
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8", "replace")
    return None


def _utf16_without_bom(data: bytes, *, valid_utf8: bool = False) -> str | None:
    """UTF-16 with no BOM, told by where its zero bytes fall.

    Text in any script has some ASCII (spaces, digits, line breaks), whose UTF-16 code units
    put a zero byte on one side of the pair only; random bytes put zeros on both sides.
    Bytes that are also valid UTF-8 need zeros in quantity, since a few NULs may be noise.

    >>> _utf16_without_bom("时间：2024-02-28 来源：新华社".encode("utf-16-le"))
    '时间：2024-02-28 来源：新华社'
    >>> _utf16_without_bom("Регистрация | Вход\\n━━━━".encode("utf-16-be"))
    'Регистрация | Вход\\n━━━━'
    >>> _utf16_without_bom(b"abc\\x00def\\x00" * 10) is None
    True
    """
    head = data[:UTF16_SNIFF]
    pairs = len(head) // 2
    if pairs < UTF16_MIN_ZEROS:
        return None
    zeros_even, zeros_odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    needed = max(UTF16_MIN_ZEROS, UTF16_ZERO_SHARE_IF_UTF8 * pairs if valid_utf8 else 0)
    for zeros, other, enc in ((zeros_odd, zeros_even, "utf-16-le"), (zeros_even, zeros_odd, "utf-16-be")):
        if zeros < needed or other > UTF16_OTHER_SIDE * zeros:
            continue
        text = _try(data[: len(data) // 2 * 2], enc)
        if text is not None and _reads_as_text(text[:pairs]) and not _from_ascii_pairs(text[:pairs]):
            return text
    return None


def _reads_as_text(sample: str) -> bool:
    """Few control, private-use or unassigned characters (what misread byte pairs give)."""
    odd = sum(1 for ch in sample if unicodedata.category(ch) in _NOT_TEXT_CATEGORIES and ch not in "\t\n\r\f")
    return odd <= UTF16_ODD_SHARE * len(sample)


def _cjk_reading(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of the legacy CJK charset that decodes ``data`` cleanly, if any."""
    readings = [(text, enc) for enc in CJK_CANDIDATES if (text := _try(data, enc)) is not None]
    if not readings:
        return None
    best = max(readings, key=lambda r: _common_hanzi(r[0]))  # a tie keeps GB18030
    ideographs = len(_IDEOGRAPH.findall(best[0][:HANZI_SAMPLE]))
    if _common_hanzi(best[0]) < MIN_COMMON_SHARE * ideographs and _try(data, "cp1252") is not None:
        return None  # Latin text whose accented letters pair up into rare "ideographs"
    return best


def _common_hanzi(text: str) -> int:
    """How many of the commonest Chinese characters a reading holds (in its first part).

    >>> data = "當前位置：首頁 > 法院新聞 發佈時間：2024-02-28".encode("big5")
    >>> _common_hanzi(data.decode("big5hkscs")) > _common_hanzi(data.decode("gb18030"))
    True
    """
    return sum(1 for ch in text[:HANZI_SAMPLE] if ch in COMMON_HANZI)


def _nearly_gb18030(data: bytes) -> str | None:
    """GB18030 text with a handful of corrupt bytes (a cut download, a bad sector).

    >>> data = "时间：2024-02-28 来源：芜湖市人民检察院".encode("gbk") * 200
    >>> _nearly_gb18030(data[:40] + b"\\x80" + data[40:]).count("\\ufffd")
    1
    """
    text = data.decode("gb18030", "replace")
    bad = text.count("\ufffd")
    if bad > max(MIN_GB_DAMAGE, MAX_GB_DAMAGE * len(text)):
        return None
    # Chinese prose is full of full-width commas and stops; Latin-1 bytes read as GB18030 are not
    punctuation = len(_CJK_PUNCTUATION.findall(text))
    return text if punctuation >= max(1, 3 * bad) else None


def _from_ascii_pairs(sample: str) -> bool:
    """Are the "CJK" characters really pairs of ASCII letters (NUL-laced ASCII read as UTF-16)?

    Genuine ideographs have a low byte anywhere in 0-255; ASCII pairs give both bytes printable.
    """
    cjk = [ord(ch) for ch in sample if "\u4e00" <= ch <= "\u9fff"]
    if len(cjk) < MIN_CJK_FOR_PAIR_TEST:
        return False
    pairs = sum(1 for c in cjk if 0x20 <= c >> 8 <= 0x7E and 0x20 <= c & 0xFF <= 0x7E)
    return pairs > ASCII_PAIR_SHARE * len(cjk)


def _least_damaged(data: bytes) -> tuple[str, str]:
    """Decode with replacement in UTF-8 and GB18030; keep the one with fewer U+FFFD."""
    best: tuple[str, str] | None = None
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, "replace")
        if best is None or text.count("\ufffd") < best[0].count("\ufffd"):
            best = (text, enc)
    assert best is not None
    return best


def _decode_mixed_lines(data: bytes) -> str | None:
    """Decode line by line when some non-ASCII lines are UTF-8 and others are not.

    Archives concatenate pages, and editors paste GBK text into UTF-8 pages; one bad
    line must not turn the whole page into mojibake (UTF-8 Chinese is valid GB18030, so
    decoding everything as GB18030 would garble the UTF-8 lines).
    """
    lines = data.split(b"\n")
    non_ascii = [line for line in lines if not line.isascii()]
    utf8_lines = [line for line in non_ascii if _try(line, "utf-8") is not None]
    evidence = sum(1 for line in utf8_lines if sum(1 for b in line if b > 0x7F) >= MIN_UTF8_EVIDENCE_BYTES)
    if evidence < max(1, MIN_UTF8_LINE_SHARE * len(non_ascii)) or len(utf8_lines) == len(non_ascii):
        return None  # no UTF-8 line, or a few lines of random bytes that happen to be valid UTF-8
    legacy = b"\n".join(line for line in non_ascii if _try(line, "utf-8") is None)
    fallback = (_cjk_reading(legacy) or _detect(legacy) or ("", "gb18030"))[1]
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
    if utf8 is not None and b"\x00" not in data[:UTF16_SNIFF]:
        return Decoded(utf8, "utf-8", "valid utf-8", warnings)
    utf16 = _utf16_without_bom(data, valid_utf8=utf8 is not None)  # UTF-16 of ASCII is valid UTF-8
    if utf16 is not None:
        return Decoded(utf16, "utf-16", "utf-16 without bom", warnings)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "valid utf-8", warnings)
    return _undeclared(data, warnings)


def _undeclared(data: bytes, warnings: list[ParseWarning]) -> Decoded:
    """Steps 6-10 of the order of trust, for bytes that are not valid UTF-8."""
    cut = _utf8_cut_at_end(data)
    if cut is not None:
        warnings.append(ParseWarning("truncated_character", "the input ends inside a UTF-8 character"))
        return Decoded(cut, "utf-8", "utf-8 cut at the end", warnings)
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        warnings.append(ParseWarning("mixed_encoding", "lines in UTF-8 and in a legacy charset; decoded line by line"))
        return Decoded(mixed, "mixed", "per-line utf-8 with fallback", warnings)
    cjk = _cjk_reading(data)
    if cjk is not None:
        return Decoded(cjk[0], cjk[1], "detected", warnings)
    nearly = _nearly_gb18030(data)
    if nearly is not None:
        warnings.append(ParseWarning("decode_errors", "a few bytes are not GB18030; replaced"))
        return Decoded(nearly, "gb18030", "gb18030 with a few bad bytes", warnings)
    detected = _detect(data)
    if detected:
        text, enc = detected
        return Decoded(text, enc, "detected", warnings)
    text, enc = _least_damaged(data)
    warnings.append(ParseWarning("decode_errors", f"no charset decodes the bytes; read as {enc}, bad bytes replaced"))
    return Decoded(text, enc, "fallback with replacement", warnings)
