"""How much a line reads like running prose: the features the body search scores.

Widths alone let menus, rules (``━━━━``), form fields (``[      ]``) and lists of teaser
links into the body. These features are language-independent where they can be
(punctuation, bullets, brackets) and use the stopword tables for Latin script, as jusText
does.
"""

from __future__ import annotations

import re

from .blocks import display_width
from .patterns.common import IDEOGRAPH
from .patterns.stopwords import STOPWORDS

#: w3m/lynx renderings that are not text: image alts and buttons ``[logo]``, form inputs
#: ``[      ]`` / ``[____]``, and runs of rule or box-drawing characters
_BRACKETED = re.compile(r"\[[^\]\n]{0,40}\]")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
#: both in one pass (a bracket is tried first, as ``[`` is itself a non-letter)
_NOT_TEXT = re.compile(_BRACKETED.pattern + "|" + _NON_LETTERS.pattern)
#: a list item as text browsers render ``<li>``: a bullet, or a number and a dot
BULLET = re.compile(r"^\s*(?:[•·*▪■●○◆◇►▶▸‣◦]|\d{1,2}[.)]\s)")
#: punctuation that shows a sentence: at the end of the line, or a clause break inside;
#: with the stops and commas of Arabic script (Urdu ``۔``, ``،``, ``؟``, ``؛``), Indic
#: scripts (the danda ``।``) and Ethiopic (``።``), whose sentences end in no Latin stop
_SENTENCE_MARKS = ".!?。！？…;；:：۔؟؛।॥።"
_SENTENCE_CLOSERS = "\"'”’」』)）]"
_SENTENCE_END = re.compile("[" + re.escape(_SENTENCE_MARKS) + "][" + re.escape(_SENTENCE_CLOSERS) + r"]*\s*$")
#: ``[,，、;；。،۔؛।፣]|[.!?؟]\s``, written to start with one character class, which sre skips
#: to in a C loop instead of trying both branches at every position
_CLAUSE_CHARS = ",，、;；。،۔؛।፣"
_STOPS_BEFORE_SPACE = ".!?؟"
_CLAUSE_MARK = re.compile(
    "[" + re.escape(_CLAUSE_CHARS + _STOPS_BEFORE_SPACE) + "](?:(?<=[" + re.escape(_CLAUSE_CHARS) + r"])|\s)"
)
_WORD = re.compile(r"[^\W\d_]+")
#: the same on ASCII text, where sre scans a plain class several times faster than \W and \d
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
_IDEOGRAPH = re.compile(IDEOGRAPH)
#: how code lines end or start (a shell or Python prompt ``$``, ``>>>``, ``...``), which
#: symbols they are made of; prose has ". " or "。"
#: the start of a code line (``_CODE_START`` matches at a stripped line's start) ...
_CODE_START_FORM = (
    r"(?:\$\s|#|//|--?[a-z]|[{}]|<\w|>>>|\.\.\.(?:\s{2,}|\s*$)|(?:import|from|def|class|return|sudo|docker|pip|npm)\s)"
)
_CODE_START = re.compile(_CODE_START_FORM)
#: ... and its end: the last character of a stripped line that _CODE_EDGE's end part matches
_CODE_END_CHARS = "\\;{})"
#: both as one search (kept to test the two halves against)
_CODE_EDGE = re.compile(r"(?:\\|[;{}]|\)\s*[;{]?)$|^" + _CODE_START_FORM)
_CODE_SYMBOL = re.compile(r"[=(){}<>$;\\|_/]")
_SENTENCE_PROSE = re.compile(r"[.!?。！？，](?:(?<=[。！？，])|\s+[A-Z])")  # [.!?]\s+[A-Z]|[。！？，]
#: a teaser card: an image (``[alt]``) then its headline
_IMAGE_LED = re.compile(r"^\s*(?:[•·*]\s*)?\[[^\]]{1,40}\]\s*\S")
_LEADING_IMAGES = re.compile(r"^\s*(?:[•·*]\s*)?(?:\[[^\]]{1,40}\]\s*)+")
#: an ellipsis right after a letter, a digit or an ideograph ends the line: cut off
_TRUNCATED = re.compile(r"[^\W_](?:\.{3}|…)\s*$")
#: an HTML tag with an attribute, or a closing tag, shown as text
_MARKUP = re.compile(r"<[a-zA-Z][\w-]*\s+[\w:-]+=[\"']|</[a-zA-Z][\w-]*>")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff"
    "\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


_OTHER_SCRIPT_RUNS = re.compile(_OTHER_SCRIPT.pattern + "+")


def ends_sentence(text: str) -> bool:
    """``_SENTENCE_END.search(text)`` read from the end of the line instead of scanned for:
    a sentence mark, closing quotes or brackets, then only spaces.

    >>> ends_sentence("He said so.” "), ends_sentence("a. )"), ends_sentence("ok"), ends_sentence("")
    (True, False, False, False)
    """
    end = text.rstrip().rstrip(_SENTENCE_CLOSERS)
    return end[-1:] in _SENTENCE_MARKS if end else False


def text_width(text: str) -> int:
    """Columns of actual letters: brackets (images, inputs), digits and symbols removed.
    An ideograph counts three (a word's worth of Latin letters), not its two columns.

    >>> text_width("[logo] ━━━━━━ Home 2024"), text_width("中文")
    (4, 6)
    """
    if "[" in text:
        letters = _NOT_TEXT.sub("", text)
    elif text.isascii():  # no bracket: the letters are the ASCII letters (a C-level count)
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    else:
        ascii = text.encode("ascii", "ignore")  # one byte less per non-ASCII character
        if len(text) - len(ascii) <= FEW_NON_ASCII:  # Latin text with curly quotes, dashes, a few accents
            width = len(ascii.translate(None, _ASCII_NON_LETTERS))
            for ch in _NON_ASCII.findall(text):
                width += _letter_width(ch)
            return width
        letters = _NON_LETTERS.sub("", text)
    if letters.isascii():
        return len(letters)
    return display_width(letters) + len(_IDEOGRAPH.findall(letters))


#: a line with at most this many non-ASCII characters is measured as its ASCII letters plus
#: each of them (a C-level count and a short loop): cheaper than the substitution
FEW_NON_ASCII = 8
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _letter_width(ch: str) -> int:
    """What one non-ASCII character adds to :func:`text_width`: nothing if ``_NON_LETTERS``
    removes it (``\\W``: not ``isalnum``; ``\\d``: ``isdecimal``), else its columns, and one
    more for an ideograph."""
    if not ch.isalnum() or ch.isdecimal():
        return 0
    return display_width(ch) + (1 if _IDEOGRAPH.match(ch) else 0)


def _run_length(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs pattern covers."""
    return sum(map(len, runs.findall(text)))


def words_of(text: str) -> list[str]:
    """The runs of letters of ``text`` (``_WORD.findall``, faster on ASCII text)."""
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def is_list_item(text: str) -> bool:
    return bool(BULLET.match(text))


def stopword_share(text: str) -> float:
    """Share of words that are common function words of some Latin-script language."""
    words = words_of(text.lower())
    if not words:
        return 0.0
    return sum(map(_STOPWORDS.__contains__, words)) / len(words)


def is_latin(text: str) -> bool:
    """Mostly Latin script: the script the stopword tables are for (fewer than a quarter of
    the characters are of CJK, Cyrillic, Greek, Arabic, Hebrew, Indic or Thai scripts)."""
    if text.isascii():
        return True
    return _run_length(_OTHER_SCRIPT_RUNS, text) * 4 < len(text)


def reads_as_prose(text: str, *, use_stopwords: bool = True) -> bool:
    """A sentence, not a label, link or title: punctuated, and (Latin script) with function words.

    A list item must end like a sentence: a comma inside a linked headline is not enough.
    ``use_stopwords`` is False for pages in a language the stopword tables do not know.
    """
    if _IMAGE_LED.match(text) and text_width(text) < MIN_IMAGE_LED_PARAGRAPH:
        return False
    if is_list_item(text):
        if not ends_sentence(text):
            return False
    elif not (ends_sentence(text) or _CLAUSE_MARK.search(text) or is_unpunctuated_running_text(text)):
        return False
    if not is_latin(text):
        return True
    if use_stopwords and stopword_share(text) < MIN_STOPWORD_SHARE:
        return False
    # a Title Case line is a headline in any language (the stopword tables lack many)
    return len(text) > MAX_HEADLINE_CHARS or capitalised_share(text) < MIN_HEADLINE_CAPITALS


def is_unpunctuated_running_text(text: str) -> bool:
    """A long line of many words in a script the stopword tables do not cover, with no
    punctuation but no separators either: running text whose writer left out the stops
    (an Urdu column written with spaces alone), not a menu or a list of links."""
    if len(text) < MIN_RUNNING_TEXT_CHARS or is_latin(text):
        return False
    words = text.split()
    separators = sum(1 for w in words if not any(c.isalnum() for c in w))
    return len(words) >= MIN_RUNNING_TEXT_WORDS and separators * 20 < len(words)


def capitalised_share(text: str) -> float:
    """Share of words (of three letters or more) that start with a capital: a Title Case
    headline scores high in any Latin-script language, a sentence low."""
    words = [w for w in words_of(text) if len(w) >= 3]
    if len(words) < MIN_HEADLINE_WORDS:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def is_image_card(text: str) -> bool:
    """An image (``[alt]``) then a caption or headline, not a paragraph that opens with
    an inline image: what follows the image is no full sentence of some length."""
    if not _IMAGE_LED.match(text):
        return False
    rest = _LEADING_IMAGES.sub("", text)
    return text_width(rest) < MIN_IMAGE_LED_SENTENCE or not _SENTENCE_END.search(rest)


def is_truncated(text: str) -> bool:
    """A line cut off with an ellipsis in mid-sentence (``…王...``): a teaser's snippet, not a
    paragraph. A sentence that trails off (``……``, ``...”``, ``. . .``) is not cut."""
    end = text.rstrip()
    return end.endswith(("...", "…")) and not end.endswith("……") and bool(_TRUNCATED.search(end[-4:]))


def looks_like_code(text: str) -> bool:
    """A line of program code or a shell command: it ends like a statement (``\\``, ``;``,
    a brace) or opens like one (``$ ``, ``#``, ``//``, ``--``), or symbols ``=(){}<>$`` make
    up much of it, and no bracketed image or sentence is in it."""
    stripped = text.strip()
    if not stripped or _BRACKETED.search(stripped) or _SENTENCE_PROSE.search(stripped):
        return False
    if stripped[-1] in _CODE_END_CHARS or _CODE_START.match(stripped):  # _CODE_EDGE.search(stripped)
        return True
    return len(_CODE_SYMBOL.findall(stripped)) >= MIN_CODE_SYMBOL_SHARE * len(stripped)


#: a numbered step's marker alone on its line (``3.``, ``3. 3.``, ``(3)``), as recipe and
#: how-to steps render: the step's text is on the next line
_STEP_MARKER = re.compile(r"^\s*(?:(?:\d{1,2}[.)]|\(\d{1,2}\))\s*){1,2}$")


def is_step_marker(text: str) -> bool:
    """A line that is only a list number: it neither adds to the body nor counts against it."""
    return bool(_STEP_MARKER.match(text))


def looks_like_markup(text: str) -> bool:
    """A line made mostly of raw HTML markup (``<a class="link" href=...>``): a template or
    a feed field that leaked into the dump unrendered, not a paragraph. (A comment quoting a
    ``<code>`` span is prose: its tags are a small share of it.)"""
    if "<" not in text or not _MARKUP.search(text):
        return False
    return sum(len(tag) for tag in _TAG.findall(text)) >= MIN_MARKUP_SHARE * len(text)


#: a piece of a URL: a scheme or ``//``, or query parameters (``&key=``, ``%E4``)
_URL_PIECE = re.compile(r"//|[&?][\w.-]{1,20}=|%[0-9A-Fa-f]{2}")
#: a line this share URL pieces (by characters) is an address, not a sentence
MIN_URL_SHARE = 0.9


def looks_like_url(text: str) -> bool:
    """A line that is a web address (an ad frame's ``//pos.example.com/s?wid=300&hei=250…``
    that lynx prints under ``IFRAME:`` and wraps, re-joined with spaces at the cuts): its
    dots, commas and letters make it read like running text, and it is none."""
    if "=" not in text and "//" not in text and "%" not in text:
        return False
    words = text.split()
    pieces = sum(len(w) for w in words if len(_URL_PIECE.findall(w)) >= (1 if w.startswith(("//", "http")) else 2))
    return pieces >= MIN_URL_SHARE * sum(len(w) for w in words)


def looks_like_teaser(text: str) -> bool:
    """A list item or an image then a headline: how teaser lists render, whatever the language."""
    return is_list_item(text) or bool(_IMAGE_LED.match(text))


def page_knows_stopwords(texts: list[str]) -> bool:
    """Do the stopword tables cover this page's language? (Finnish, Czech, ... they do not.)"""
    # so many hits among the first words decide it, whatever follows: the share of the sample
    # (at most STOPWORD_SAMPLE words) cannot fall below MIN_PAGE_STOPWORD_SHARE (a page of
    # English prose gets there within ~600 words)
    enough = MIN_PAGE_STOPWORD_SHARE * STOPWORD_SAMPLE
    count = hits = 0
    for text in texts:  # whole lines at a time (a generator per word cost a tenth of the scoring)
        words = words_of(text.lower())[: STOPWORD_SAMPLE - count]
        count += len(words)
        hits += sum(map(_STOPWORDS.__contains__, words))
        if hits >= enough:
            return True
        if count >= STOPWORD_SAMPLE:
            break
    if count < 20:
        return False
    return hits / count >= MIN_PAGE_STOPWORD_SHARE


#: jusText's "stopwords_low" is 0.30 of words; a line of a machine translation or a list of
#: names needs less, so we ask only for some function words
MIN_STOPWORD_SHARE = 0.08
#: a line of running text without punctuation: at least this long, this many words
MIN_RUNNING_TEXT_CHARS = 400
MIN_RUNNING_TEXT_WORDS = 60
#: an image then a headline is a teaser; an image then this much text is a paragraph
MIN_IMAGE_LED_PARAGRAPH = 200
#: a page whose long lines have fewer function words than this is in an unknown language
MIN_PAGE_STOPWORD_SHARE = 0.08
STOPWORD_SAMPLE = 3000
#: a Title Case headline: at least this many words, this share of them capitalised
MIN_HEADLINE_WORDS = 3
MIN_HEADLINE_CAPITALS = 0.8
MAX_HEADLINE_CHARS = 160
#: a line this share symbols ``=(){}<>$;\\|_/`` is code
MIN_CODE_SYMBOL_SHARE = 0.12
#: a line this share tags (``<a href=...>``) is leaked markup
MIN_MARKUP_SHARE = 0.5
#: text after an image that makes the line a paragraph, not a caption
MIN_IMAGE_LED_SENTENCE = 80
