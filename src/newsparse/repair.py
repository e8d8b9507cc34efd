"""Stage 1b: repair decoded text: mojibake (ftfy) and whitespace.

ftfy's defaults would rewrite Chinese punctuation: ``fix_character_width`` folds
full-width ``：（），`` to ASCII while leaving ``。、【】`` alone, and ``uncurl_quotes``
straightens “ ”. We keep both off so text stays as the page wrote it, and let the lexicons
accept ``：`` and ``:`` alike.
"""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import is_bad

#: ftfy configured to repair encoding damage only; page punctuation is left as it is
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    normalization=None,
    explain=False,
)

#: above this many characters ftfy runs per line (its badness scan is linear, but the
#: per-segment work is quadratic on very long lines)
FTFY_MAX_SEGMENT = 100_000

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029\x85]")
#: what ftfy's other enabled fixers act on (C1 controls, terminal escapes, surrogates,
#: deprecated format characters); without these and without mojibake it changes nothing
_FTFY_TRIGGERS = re.compile("[\x80-\x9f\x1b\ud800-\udfff\u206a-\u206f\ufff9-\ufffc]")


def normalise_whitespace(text: str) -> str:
    """Unify line ends and exotic spaces; drop zero-width and control characters.

    U+3000 (ideographic space) and NBSP become plain spaces, CRLF becomes LF.

    >>> normalise_whitespace("a\\u3000b\\r\\nc\\u200bd\\u00a0e")
    'a b\\ncd e'
    """
    text = _LINE_ENDS.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 style damage with ftfy, leaving punctuation alone.

    >>> fix_mojibake("cafÃ©")
    'café'
    >>> fix_mojibake("来源：新华社（北京）“报道”")
    '来源：新华社（北京）“报道”'
    """
    if text.isascii():
        return text
    if not _FTFY_TRIGGERS.search(text) and not is_bad(text):
        return text  # two regex scans instead of ftfy's per-line pipeline (a third of parse time)
    if len(text) <= FTFY_MAX_SEGMENT:
        return ftfy.fix_text(text, config=FTFY_CONFIG)
    return "\n".join(ftfy.fix_text(line, config=FTFY_CONFIG) for line in text.split("\n"))


def repair_text(text: str) -> str:
    """Whitespace first (so ftfy sees clean lines), then mojibake."""
    return fix_mojibake(normalise_whitespace(text))
