"""Stage 1b: repair decoded text: mojibake (ftfy) and whitespace.

ftfy's defaults would rewrite Chinese punctuation: ``fix_character_width`` folds
full-width ``：（），`` to ASCII while leaving ``。、【】`` alone, and ``uncurl_quotes``
straightens “ ”. We keep both off so text stays as the page wrote it, and let the lexicons
accept ``：`` and ``:`` alike.
"""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad

#: ftfy configured to repair encoding damage only; page punctuation is left as it is
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    normalization=None,
    explain=False,
)

#: characters ftfy's mojibake detector looks for (its own tables): a line without any
#: of them cannot look bad to ftfy, so its encoding fixers leave it alone
_MOJIBAKE_CHARS = re.compile("[" + "".join(MOJIBAKE_CATEGORIES.values()) + "]")
#: characters ftfy's other fixers act on whatever the badness (terminal escapes, surrogates,
#: deprecated format characters); C1 controls make ftfy's badness test fire; the other
#: controls and line ends it would fix are left to normalise_whitespace
_FIXER_CHARS = re.compile("[\x1b\ud800-\udfff\u206a-\u206f\ufff9-\ufffc]")
_CRLF = re.compile("\r\n?")

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029\x85]")
_RARE_LINE_ENDS = "\u2028\u2029\x85"
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
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
    # runs once over whole HTML markup (100+ kB): each regex runs only when a cheap C-level
    # membership test finds one of its characters, which most pages lack
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    if not text.isascii():
        if any(c in text for c in _RARE_LINE_ENDS):
            text = _LINE_ENDS.sub("\n", text)
        if any(c in text for c in _ZERO_WIDTH_CHARS):
            text = _ZERO_WIDTH.sub("", text)
        if any(c in text for c in _WIDE_SPACES):
            text = _SPACES.sub(" ", text)
    if any(c in text for c in _CONTROL_CHARS):
        text = _CONTROL.sub("", text)
    for c in "\t\x0b\x0c":
        if c in text:
            text = text.replace(c, " ")
    return text


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 style damage with ftfy, leaving punctuation alone.

    ftfy works line by line anyway; we hand it only the lines it could change (a cheap
    character scan, then ftfy's own badness test), which keeps clean pages fast.

    >>> fix_mojibake("cafÃ©")
    'café'
    >>> fix_mojibake("来源：新华社（北京）“报道”")
    '来源：新华社（北京）“报道”'
    >>> fix_mojibake("第一行\\n标题：cafÃ© au lait\\n")
    '第一行\\n标题：café au lait\\n'
    """
    if text.isascii() or not (_MOJIBAKE_CHARS.search(text) or _FIXER_CHARS.search(text)):
        return text
    return "\n".join(_fix_line(line) for line in text.split("\n"))


def _fix_line(line: str) -> str:
    if _FIXER_CHARS.search(line) or (_MOJIBAKE_CHARS.search(line) and is_bad(line)):
        return ftfy.fix_text(line, config=FTFY_CONFIG)
    return line


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
