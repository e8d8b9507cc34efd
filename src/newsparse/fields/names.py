"""People and sources: split a credit value into names, drop placeholders and roles."""

from __future__ import annotations

import re
from functools import cache

from ..blocks import cjk_ratio
from ..patterns import alt, merged

#: a name is at most this many characters; longer values are prose or an organisation
MAX_NAME_CHARS = 40
_LATIN_SPLIT = re.compile(r"\s*(?:[,;，；、/|&]|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
_CJK_SPLIT = re.compile(r"[\s,;，；、/|&?]+")
_PHOTO_CREDIT = re.compile(r"(?:^|\s)(?:摄|攝|摄影|攝影|photo(?:s|graph)?(?:\s+by)?)\s*$", re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"[（(]([^()（）]{2,40})[）)]\s*[。.]?\s*$")


@cache
def _compiled(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = merged(languages)
    placeholder = re.compile(r"^\W*" + alt(lex.placeholder_values) + r"\W*$", re.IGNORECASE)
    self_ref = re.compile(r"^\W*" + alt(lex.self_references) + r"\W*$", re.IGNORECASE)
    role = re.compile(r"^\s*" + alt(lex.person_roles) + r"\s*[:：]?\s*", re.IGNORECASE)
    return placeholder, self_ref, role


def is_placeholder(value: str, languages: tuple[str, ...] = ("en", "zh")) -> bool:
    """Template defaults that are no value at all.

    >>> is_placeholder("佚名"), is_placeholder("admin"), is_placeholder("{dede:field.writer/}")
    (True, True, True)
    """
    return bool(_compiled(languages)[0].match(value))


def split_names(value: str, languages: tuple[str, ...] = ("en", "zh")) -> list[str]:
    """People named in a credit value.

    >>> split_names("刘静 齐绍杰")
    ['刘静', '齐绍杰']
    >>> split_names("Su Jianping and Zhang Yongzhi")
    ['Su Jianping', 'Zhang Yongzhi']
    >>> split_names("本报记者 黄冉 摄")
    []
    >>> split_names("admin")
    []
    """
    value = value.strip(" ()（）[]【】")
    if not value or _PHOTO_CREDIT.search(value):
        return []
    _, _, role = _compiled(languages)
    splitter = _CJK_SPLIT if cjk_ratio(value) > 0.5 else _LATIN_SPLIT
    names = []
    for part in splitter.split(value):
        name = role.sub("", part).strip(" .:：")
        if name and len(name) <= MAX_NAME_CHARS and not is_placeholder(name, languages) and name not in names:
            names.append(name)
    return names


def clean_source(value: str, languages: tuple[str, ...] = ("en", "zh")) -> tuple[str | None, bool]:
    """The source with placeholders dropped, and whether it is the site naming itself.

    >>> clean_source("本站原创")
    ('本站原创', True)
    >>> clean_source("未知")
    (None, False)
    """
    value = value.strip(" ()（）[]【】")
    if not value or len(value) > MAX_NAME_CHARS * 2 or is_placeholder(value, languages):
        return None, False
    return value, bool(_compiled(languages)[1].match(value))


def split_trailing_credit(text: str, languages: tuple[str, ...] = ("en", "zh")) -> tuple[str, tuple[str, str] | None]:
    """Cut a bracketed credit off the end of a paragraph: ``…。（记者 张三）``.

    Returns the text without it and ``(name, field)``, field being "authors", "editors"
    or "source"; ``(text, None)`` when the brackets hold something else.

    >>> split_trailing_credit("会议要求全体干警认真落实。（记者 张三）")
    ('会议要求全体干警认真落实。', ('张三', 'authors'))
    >>> split_trailing_credit("The meeting ended. (Editor: Li Ming)")
    ('The meeting ended.', ('Li Ming', 'editors'))
    """
    from ..patterns import FieldName
    from .metaline import read_meta_line

    match = _TRAILING_BRACKET.search(text)
    if not match:
        return text, None
    inner = match.group(1).strip()
    head = text[: match.start()].rstrip()
    _, _, role = _compiled(languages)
    if role.match(inner):
        names = split_names(inner, languages)
        return (head, (names[0], "authors")) if names else (text, None)
    reading = read_meta_line(inner, languages)
    for v in reading.values:
        if not v.value:
            continue
        if v.field is FieldName.EDITOR:
            return head, (v.value, "editors")
        if v.field is FieldName.AUTHOR:
            return head, (v.value, "authors")
        if v.field is FieldName.SOURCE:
            return head, (v.value, "source")
    return text, None
