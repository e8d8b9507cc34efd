"""A small language guess from script and stopwords; enough to label an Article.

Scripts decide CJK, kana and Hangul; Latin-script languages are told apart by counts of
their commonest words (the tables in ``patterns/stopwords.py``).
"""

from __future__ import annotations

import re

from .patterns.stopwords import STOPWORDS
from .prose import words_of

#: runs of letters and of each script (counted by :func:`_count`)
_LETTER = re.compile(r"[^\W\d_]+")
_KANA = re.compile(r"[\u3040-\u30ff]+")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
#: any of the four scripts: a sample without one is told by its stopwords alone
_SCRIPTS = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u4e00-\u9fff\u0400-\u04ff]")


def _languages_by_word() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for code, table in STOPWORDS.items():
        for word in table:
            out[word] = (*out.get(word, ()), code)
    return out


#: word -> the languages whose stopword table holds it (one lookup per word, not one per table)
_LANGUAGES_OF = _languages_by_word()
#: how much text to look at
SAMPLE = 2000
#: at least this share of words must be the winner's stopwords
MIN_STOPWORD_SHARE = 0.05


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure.

    >>> guess_language("南陵县人民检察院召开全院干警大会"), guess_language("The meeting was held on Monday in the city.")
    ('zh', 'en')
    """
    sample = text[:SAMPLE]
    if not sample.strip():
        return None
    if not _SCRIPTS.search(sample):
        return _by_stopwords(sample)  # every script share below is zero
    letters = max(_count(_LETTER, sample), 1)
    if _count(_KANA, sample) / letters > 0.05:
        return "ja"
    if _count(_HANGUL, sample) / letters > 0.2:
        return "ko"
    if _count(_HAN, sample) / letters > 0.2:
        return "zh"
    if _count(_CYRILLIC, sample) / letters > 0.3:
        return "ru"
    return _by_stopwords(sample)


def _count(chars: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs pattern ``chars`` covers (one match per run,
    not per character: a match costs more than a character scanned)."""
    return sum(map(len, chars.findall(text)))


def _by_stopwords(sample: str) -> str | None:
    words = [w.lower() for w in words_of(sample)]
    if not words:
        return None
    scores = dict.fromkeys(STOPWORDS, 0)
    for w in words:
        for code in _LANGUAGES_OF.get(w, ()):
            scores[code] += 1
    code, best = max(scores.items(), key=lambda kv: kv[1])
    return code if best / len(words) >= MIN_STOPWORD_SHARE else None
