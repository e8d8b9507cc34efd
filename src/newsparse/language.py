"""A small language guess from script and stopwords; enough to label an Article.

Scripts decide CJK, kana and Hangul; Latin-script languages are told apart by counts of
their commonest words (the tables in ``patterns/stopwords.py``).
"""

from __future__ import annotations

import re

from .patterns.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: how much text to look at
SAMPLE = 5000
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
    letters = max(len(_LETTER.findall(sample)), 1)
    if len(_KANA.findall(sample)) / letters > 0.05:
        return "ja"
    if len(_HANGUL.findall(sample)) / letters > 0.2:
        return "ko"
    if len(_HAN.findall(sample)) / letters > 0.2:
        return "zh"
    if len(_CYRILLIC.findall(sample)) / letters > 0.3:
        return "ru"
    return _by_stopwords(sample)


def _by_stopwords(sample: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {code: sum(1 for w in words if w in table) for code, table in STOPWORDS.items()}
    code, best = max(scores.items(), key=lambda kv: kv[1])
    return code if best / len(words) >= MIN_STOPWORD_SHARE else None
