"""Stage 1b: repair decoded text: mojibake (ftfy) and whitespace.

ftfy's defaults would rewrite Chinese punctuation: ``fix_character_width`` folds
full-width ``：（），`` to ASCII while leaving ``。、【】`` alone, and ``uncurl_quotes``
straightens “ ”. We keep both off so text stays as the page wrote it, and let the lexicons
accept ``：`` and ``:`` alike.
"""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

#: ftfy configured to repair encoding damage only; page punctuation is left as it is
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    normalization=None,
    explain=False,
)

#: ftfy's character classes that never make a line look bad on their own: every branch of
#: ftfy's ``BADNESS_RE`` (6.x) needs at least one character of the *other* classes (or a
#: literal of them: ``Ã``, ``œ``, ``β``, ``Г`` ...). Curly quotes, dashes and ellipses are
#: in these three, and common in clean news text.
_HARMLESS_ALONE = frozenset({"common", "start_punctuation", "end_punctuation"})
#: so a line without any of the others cannot look bad to ftfy, and its encoding fixers
#: leave it alone
_MOJIBAKE_CHARS = re.compile(
    "[" + "".join(chars for name, chars in MOJIBAKE_CATEGORIES.items() if name not in _HARMLESS_ALONE) + "]"
)
#: characters ftfy's other fixers act on whatever the badness (terminal escapes, surrogates,
#: deprecated format characters); C1 controls make ftfy's badness test fire; the other
#: controls and line ends it would fix are left to normalise_whitespace
_FIXER_CHARS = re.compile("[\x1b\ud800-\udfff\u206a-\u206f\ufff9-\ufffc]")
#: either: a line without one is left as it is
#: (one character class, not an alternation of two: sre scans a class without trying branches)
_SUSPECT_CHARS = re.compile("[" + _MOJIBAKE_CHARS.pattern[1:-1] + _FIXER_CHARS.pattern[1:-1] + "]")
_CRLF = re.compile("\r\n?")

_RARE_LINE_ENDS = "\u2028\u2029\x85"
#: not U+200C / U+200D (zero-width non-joiner / joiner): they separate and join words in Persian
#: and Indic scripts ("هاشمی‌نسب" is two words) and build emoji
_ZERO_WIDTH_CHARS = "\u200b\u2060\ufeff\u00ad"
_WIDE_SPACES = "\u00a0\u3000\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B)))
_CONTROL_CHARS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]))
#: what ftfy's other enabled fixers act on (C1 controls, terminal escapes, surrogates,
#: deprecated format characters); without these and without mojibake it changes nothing
_FTFY_TRIGGERS = re.compile("[\x80-\x9f\x1b\ud800-\udfff\u206a-\u206f\ufff9-\ufffc]")


def normalise_whitespace(text: str) -> str:
    """Unify line ends and exotic spaces; drop zero-width and control characters.

    U+3000 (ideographic space) and NBSP become plain spaces, CRLF becomes LF.

    >>> normalise_whitespace("a\\u3000b\\r\\nc\\u200bd\\u00a0e")
    'a b\\ncd e'
    """
    # runs once over whole HTML markup (100+ kB): every change maps one character, so each is
    # a C-level membership test and str.replace (several times faster than a regex sub)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _replaced(text, _RARE_LINE_ENDS, "\n")
        text = _replaced(text, _ZERO_WIDTH_CHARS, "")
        text = _replaced(text, _WIDE_SPACES, " ")
    return _replaced(_replaced(text, _CONTROL_CHARS, ""), "\t\x0b\x0c", " ")


def _replaced(text: str, chars: str, by: str) -> str:
    """``text`` with each of ``chars`` replaced by ``by``."""
    for c in chars:
        if c in text:
            text = text.replace(c, by)
    return text


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 style damage with ftfy, leaving punctuation alone.

    ftfy works line by line anyway; we hand it only the lines it could change (a scan for
    suspect characters over the whole text, then ftfy's badness test near them), which
    keeps clean pages fast.

    >>> fix_mojibake("cafÃ©")
    'café'
    >>> fix_mojibake("来源：新华社（北京）“报道”")
    '来源：新华社（北京）“报道”'
    >>> fix_mojibake("第一行\\n标题：cafÃ© au lait\\n")
    '第一行\\n标题：café au lait\\n'
    """
    if text.isascii():
        return text
    out: list[str] = []
    done = 0
    while suspect := _SUSPECT_CHARS.search(text, done):
        start = text.rfind("\n", 0, suspect.start()) + 1
        end = text.find("\n", suspect.start())
        end = len(text) if end < 0 else end
        out += (text[done:start], _fix_line(text[start:end]))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _fix_line(line: str) -> str:
    if _FIXER_CHARS.search(line) or looks_bad(line):
        return ftfy.fix_text(line, config=FTFY_CONFIG)
    return line


def _badness_reach() -> int:
    """The longest stretch ftfy's ``BADNESS_RE`` can match (7 characters in ftfy 6.x)."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    return int(min(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1], 1 << 30))


_BADNESS_REACH = _badness_reach()


def looks_bad(line: str) -> bool:
    """ftfy's ``is_bad(line)``, searched only near the characters that can make a line bad.

    Every match of ``BADNESS_RE`` holds one of :data:`_MOJIBAKE_CHARS` and is at most
    :data:`_BADNESS_REACH` long, so it lies within that reach of one; ``BADNESS_RE`` has no
    lookarounds, so a match inside such a window is a match of the line. Accented Latin
    and Cyrillic lines hold many suspects but few spots where a match could be: scanning
    only there made the repair step several times cheaper.

    >>> looks_bad("cafÃ© au lait"), looks_bad("café au lait"), looks_bad("")
    (True, False, False)
    """
    reach = _BADNESS_REACH
    lo = hi = -1
    for suspect in _MOJIBAKE_CHARS.finditer(line):
        at = suspect.start()
        if at - reach < hi:  # overlaps the current window: widen it
            hi = at + reach
            continue
        if hi >= 0 and BADNESS_RE.search(line, lo, hi):
            return True
        lo, hi = max(0, at - reach + 1), at + reach
    return hi >= 0 and bool(BADNESS_RE.search(line, lo, hi))


def repair_text(text: str) -> str:
    """Mojibake first, then whitespace.

    Only CR/CRLF are unified before ftfy (it works line by line): NBSP and NEL (U+0085)
    are bytes of UTF-8 read as Latin-1 (``党`` is ``E5 85 9A``), so normalising them
    first would cut the mojibake ftfy has to undo.

    >>> repair_text("\u00e5\\x85\\x9a\\r\\n")
    '党\\n'
    >>> repair_text("\\x1b[31m红色\\x1b[0m")
    '红色'
    """
    return normalise_whitespace(fix_mojibake(_CRLF.sub("\n", text)))
