"""The pre-filters derived from the pattern tables (patterns/__init__.py) never change a
match: LineStart and AnyOf answer as the one big regex would, on the real tables."""

from __future__ import annotations

import random
import re

from newsparse import chrome, prose
from newsparse.blocks import Block, display_width
from newsparse.chrome import compiled, fold_case, is_breadcrumb
from newsparse.fields.dates import DATE_HINT_PATTERN
from newsparse.fields.metaline import _labels, cut_widgets
from newsparse.patterns import (
    ALL_LANGUAGES,
    FOLD_SPOILERS,
    AnyOf,
    LineStart,
    _caseless,
    all_present,
    alt,
    ascii_needed_literals,
    caseless_needed_literals,
    floating,
    may_match,
    merged,
    needed_literals,
)
from newsparse.patterns.common import DATE_HINT, TAIL_HEADINGS

LINES = [
    "Share this article",
    "• Share on Facebook",
    "[打印] [关闭]",
    "【打印】【关闭】",
    "3 comments",
    "12 min read",
    "© 2024 Example Media. All rights reserved.",
    "Copyright © 2023",
    "版权所有：某某市人民政府 京ICP备12345678号",
    "Related articles",
    "  » Related stories",
    "Lesen Sie auch",
    "Leave a reply",
    "The minister said on Monday that the plan would be presented by the end of the month.",
    "Photo: Reuters",
    "tel: 0551-1234567",
    "Powered by WordPress",
    "",
    "•",
    "☆☆☆ Log in",
    "_login_",
    "login | register",
]


def _old_chrome() -> re.Pattern[str]:
    plain, _ = floating(fold_case(f).pattern for f in merged(ALL_LANGUAGES).chrome_lines)
    return re.compile(r"^\W{0,3}" + alt(plain) + r"\W{0,3}$")


def test_line_start_answers_as_the_whole_chrome_table() -> None:
    old = _old_chrome()
    new = compiled(ALL_LANGUAGES).chrome
    for line in LINES:
        text = line.lower()
        assert new.match(text) == bool(old.match(text)), line


def test_line_start_answers_as_the_whole_tail_table() -> None:
    lex = merged(ALL_LANGUAGES)
    old = fold_case(r"^\W{0,3}(?:" + alt(lex.tail_markers) + "|" + alt(TAIL_HEADINGS) + r"\W{0,3}$)")
    new = compiled(ALL_LANGUAGES).tail
    for line in LINES:
        text = line.lower()
        assert new.match(text) == bool(old.match(text)), line


def test_line_start_tries_non_word_starts_and_digits() -> None:
    table = LineStart([r"[【\[]\s*print\s*[】\]]", r"\d+\s+views", r"views?\b"])
    assert table.match("[print]") and table.match("• [print]") and table.match("1200 views")
    assert table.match("٣ views")  # any decimal digit, as \d
    assert not table.match("•••• views") and not table.match("preview")


def test_any_of_answers_as_one_alternation() -> None:
    fragments = [fold_case(f).pattern for f in merged(ALL_LANGUAGES).footer_markers]
    table = AnyOf.of(fragments)
    whole = re.compile(alt(fragments))
    for line in LINES:
        text = line.lower()
        assert table.search(text) == bool(whole.search(text)), line


def test_needed_literals_are_held_by_every_match() -> None:
    fragment = r"(?:follow|find)\s+us\s+on\s+(?:twitter|facebook)"
    needed = needed_literals(fragment)
    assert needed[0] == ("facebook", "twitter") or needed[0] == ("find", "follow")
    for text in ("follow us on twitter", "find us on facebook"):
        assert re.search(fragment, text) and all_present(needed, text)
    assert not all_present(needed, "follow us on mastodon")
    assert needed_literals("abc", re.IGNORECASE) == ()
    assert needed_literals(r"(?:ab)?c*") == ()


def test_ascii_needed_literals_ignore_case_and_other_scripts() -> None:
    needed = ascii_needed_literals(r"(?:Print|打印)\s+(?:this|it)", re.IGNORECASE)
    assert needed == (("print",), ("it", "this"))
    assert ascii_needed_literals(r"打印", re.IGNORECASE) == ((),)  # no ASCII text holds it
    assert not all_present(((),), "print")
    assert ascii_needed_literals(r"ſtop", re.IGNORECASE) == ()  # "ſ" matches "s": no literal test


def test_inline_widgets_cut_as_before_on_ascii_lines() -> None:
    lab = _labels(ALL_LANGUAGES)
    for line in [
        "Source: Xinhua  Print  Close",
        "News source: Wuhu City [Font size: large | in | Small",
        "Published 2024-05-01 by Jane Doe",
        "[PRINT] [CLOSE WINDOW]",
        "来源：新华社 【打印】 【关闭】",
        "Share to: Facebook",
    ]:
        assert cut_widgets(line) == lab.widgets.sub("  ", line), line


def test_caseless_needed_literals_keep_ideographs_and_drop_cased_letters() -> None:
    needed = caseless_needed_literals(r"(?:Print|打印)\s+(?:this|it)", re.IGNORECASE)
    assert needed == (("print", "打印"), ("it", "this"))
    assert caseless_needed_literals(r"Größe\s*:", re.IGNORECASE) == ((":",),)  # "ö" has a case: no use
    needed = caseless_needed_literals(r"【\s*打印\s*】", re.IGNORECASE)
    assert not may_match(needed, "来源：新华社 2024-05-01") and may_match(needed, "【 打印 】")
    assert may_match(caseless_needed_literals("icp", re.IGNORECASE), "ıcp")  # a spoiler: no test


def test_caseless_characters_match_only_themselves() -> None:
    # no other character lowers to a caseless one, and the only non-ASCII characters that
    # IGNORECASE matches to an ASCII letter are the spoilers and the Kelvin sign (which lowers to "k")
    lowered = {chr(cp).lower() for cp in range(0x110000)}
    assert not any(len(ch) == 1 and not ch.isascii() and _caseless(ch) for ch in lowered if ch != ch.upper())
    assert not any(len(ch) == 1 and not ch.isascii() and _caseless(ch) for ch in lowered if ch.islower())
    folds = [ch for ch in map(chr, range(0x80, 0x110000)) if ch.lower().isascii() or ch in FOLD_SPOILERS]
    assert sorted(folds) == sorted("İıſ\u212a")  # the last: the Kelvin sign
    for ch in "ſı":
        assert any(re.fullmatch(ch, a, re.IGNORECASE) for a in "si")
    casefix = getattr(re, "_casefix", None)
    for cp in getattr(casefix, "_EXTRA_CASES", {}):
        assert not _caseless(chr(cp))


def test_widgets_and_breadcrumbs_as_before_on_lines_of_any_script() -> None:
    lab = _labels(ALL_LANGUAGES)
    c = compiled(ALL_LANGUAGES)
    lines = [
        "来源：新华社 【打印】 【关闭】",
        "发布时间：2024-05-01 字号：大 中 小",
        "【字体：大 中 小】 2024年5月1日",
        "作者：张三 2024-05-01 打印 关闭",
        "Veröffentlicht am 01.05.2024 · Größe: A A A",
        "当前位置：首页 > 新闻中心 > 正文",
        "首页 > 新闻",
        "您现在的位置: 网站首页 >> 要闻",
        "Ιστορία: 2024",
        "İCP备12345678号 ıcp",
        "2024年5月1日 星期三",
    ]
    for line in lines:
        assert cut_widgets(line) == lab.widgets.sub("  ", line), line
        crumbs = chrome.split_crumbs(line)
        plain = bool(c.crumb_label.match(line)) or (
            bool(c.home_start.match(line))
            and len(crumbs) >= 2
            and sum(display_width(x) for x in crumbs[:-1]) / max(len(crumbs) - 1, 1) <= chrome.MAX_CRUMB_WIDTH
        )
        assert is_breadcrumb(Block(0, line), c, ALL_LANGUAGES) == plain, line
    assert is_breadcrumb(Block(0, "当前位置：首页 > 新闻中心 > 正文"), c, ALL_LANGUAGES)
    assert is_breadcrumb(Block(0, "首页 > 新闻"), c, ALL_LANGUAGES)


def test_breadcrumb_gate_keeps_every_breadcrumb() -> None:
    c = compiled(ALL_LANGUAGES)
    for line in ["Current location: Home > News", "HOME >> Local", "You are here: Home / World", "Home page > Sports"]:
        assert is_breadcrumb(Block(0, line), c, ALL_LANGUAGES), line
    assert not is_breadcrumb(Block(0, "Homework help for students"), c, ALL_LANGUAGES)


#: (the form a scanning pattern had, the pattern now written to start with one character class)
REWRITTEN = [
    (chrome._YEAR_FORM, chrome._YEAR, "0129-3 x٣١٩٢٠"),
    (r"[|｜丨┊•·]|\s\s", chrome._MENU_SEPARATOR, "|｜丨┊•·a \t\u3000\n"),
    (r"[|｜丨\]】]|\s\s", chrome._LABEL_SPOT, "|｜丨]】a \t\u3000\n"),
    (r"[.!?。！？，,;；]\s|[。！？]$|[.!?]$", chrome._SENTENCE_PUNCT, ".!?。！？，,;；a \n\t"),
    (r"[,，、;；。،۔؛।፣]|[.!?؟]\s", prose._CLAUSE_MARK, ",，、;；。،۔؛।፣.!?؟a \n"),
    (r"[.!?]\s+[A-Z]|[。！？，]", prose._SENTENCE_PROSE, ".!?。！？，aA \n"),
]


def test_rewritten_scans_find_what_the_plain_forms_find() -> None:
    rng = random.Random(7)
    for form, pattern, alphabet in REWRITTEN:
        plain = re.compile(form)
        for _ in range(20000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
            assert bool(plain.search(text)) == bool(pattern.search(text)), (form, text)


def test_date_hint_finds_the_spans_of_its_plain_form() -> None:
    rng = random.Random(9)
    plain = re.compile(DATE_HINT)
    for _ in range(20000):
        text = "".join(rng.choice("0129-3 x٣١٩٢٠") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in DATE_HINT_PATTERN.finditer(text)], text


def test_code_edge_read_from_both_ends() -> None:
    rng = random.Random(8)
    alphabet = list("\\;{})( \t\n$#/-a<importx>.")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))).strip()
        if text:
            both = text[-1] in prose._CODE_END_CHARS or bool(prose._CODE_START.match(text))
            assert both == bool(prose._CODE_EDGE.search(text)), text


def _plain_text_width(text: str) -> int:
    letters = (prose._NOT_TEXT if "[" in text else prose._NON_LETTERS).sub("", text)
    return len(letters) if letters.isascii() else display_width(letters) + len(prose._IDEOGRAPH.findall(letters))


def test_text_width_counts_few_non_ascii_characters_one_by_one() -> None:
    for cp in [*range(0x80, 0x10000), *range(0x10000, 0x110000, 97)]:
        text = "ab " + chr(cp) + "-c"
        assert prose.text_width(text) == _plain_text_width(text), hex(cp)
    rng = random.Random(10)
    alphabet = "ab Z1_-.,“”—éß中文²½٣ｱ😀ǅ[]\u3000"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert prose.text_width(text) == _plain_text_width(text), text


def _plain_page_knows_stopwords(texts: list[str]) -> bool:
    words = [w for text in texts for w in prose.words_of(text.lower())][: prose.STOPWORD_SAMPLE]
    if len(words) < 20:
        return False
    return sum(w in prose._STOPWORDS for w in words) / len(words) >= prose.MIN_PAGE_STOPWORD_SHARE


def test_page_stopword_test_stops_early_with_the_same_answer() -> None:
    rng = random.Random(11)
    vocab = ["the", "and", "of", "zx", "qq", "中文", "Kota", "xyz", "abc", "hyvä"]
    for _ in range(300):
        texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 500))) for _ in range(rng.randint(0, 12))]
        assert prose.page_knows_stopwords(texts) == _plain_page_knows_stopwords(texts)
