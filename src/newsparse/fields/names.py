"""People and sources: split a credit value into names, drop placeholders, roles and staff codes."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..blocks import cjk_ratio
from ..patterns import ALL_LANGUAGES, NEVER, FieldName, alt, factored, merged
from ..patterns.common import BYLINE_WORDS, IDEOGRAPH, NAME_DEGREES
from ..patterns.zh import COMMON_SURNAMES

#: a name is at most this many characters; longer values are prose or an organisation
MAX_NAME_CHARS = 40
#: a byline's names hold at most this many words (Latin script)
MAX_BYLINE_WORDS = 8
_LATIN_SPLIT = re.compile(r"\s*(?:[,;，；、/|&]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_CJK_SPLIT = re.compile(r"[\s,;，；、/|&?？]+")
_PHOTO_CREDIT = re.compile(
    r"(?:^|\s|[\u4e00-\u9fff])(?:摄|攝|摄影|攝影|photo(?:s|graph)?(?:\s+by)?)\s*$|^\s*(?:photo(?:s|graph)?\s+by|摄影|攝影)\b",
    re.IGNORECASE,
)
#: a slogan or sentence, not a name: "成就一亿技术人!" in a byline-classed element
_SENTENCE_END = re.compile(r"[!！。]\s*$")
_TRAILING_BRACKET = re.compile(r"[（(]([^()（）]{2,40})[）)]\s*[。.]?\s*$")
#: staff codes after an editor's name: "支全明 SF099", "李曦_NN2587", "黄忆南 PN269"
_STAFF_CODE = re.compile(r"[\s_]*[A-Z]{1,4}\d{2,6}$")
#: a value ends where a bracket it did not open closes: "（编辑：小何）返回搜狐"
_UNOPENED_CLOSE = {"）": "（", ")": "(", "】": "【", "]": "[", "」": "「", "》": "《"}
_OPENING_BRACKETS = frozenset(_UNOPENED_CLOSE.values())
_CLOSING_BRACKET = re.compile("[" + re.escape("".join(_UNOPENED_CLOSE)) + "]")
_CJK_CHAR = IDEOGRAPH
#: CJK names in a byline: runs of 2-4 ideographs (or with a middle dot), separated by spaces or 、，
_CJK_NAMES = re.compile(
    rf"{_CJK_CHAR}(?:{_CJK_CHAR}|[·•]){{1,5}}(?:(?:\s+|[、，,和与及]\s*){_CJK_CHAR}(?:{_CJK_CHAR}|[·•]){{1,5}})*(?!{_CJK_CHAR})"
)
#: a capitalised word, an initial ("R."), or a particle inside a Latin-script name
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|[A-Z]\.)$")
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "du",
        "al",
        "el",
        "bin",
        "ibn",
        "zu",
        "ten",
        "ter",
        "dos",
        "das",
    ]
)
_JOINERS = frozenset({"and", "und", "et", "y", "e", "i", "&", "und/oder"})


@cache
def _compiled(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = merged(languages)
    placeholder = re.compile(r"^\W*" + alt(lex.placeholder_values) + r"\W*$", re.IGNORECASE)
    self_ref = re.compile(r"^\W*" + alt(lex.self_references) + r"\W*$", re.IGNORECASE)
    role = re.compile(r"^\s*" + alt(lex.person_roles) + r"\s*[:：]?\s*", re.IGNORECASE)
    title = re.compile(alt(lex.person_roles) + r"$", re.IGNORECASE)
    return placeholder, self_ref, role, title


@cache
def _outlet_patterns(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = merged(languages)
    account = re.compile(alt(lex.account_suffixes) + r"$")
    weekday = re.compile(r"^" + alt(lex.weekdays) + r"$", re.IGNORECASE)
    # markers that end an outlet's name when glued to it ("政能亮来自北京市")
    markers = re.compile(alt(lex.bare_labels.get(FieldName.IGNORE, ()) or (NEVER,)), re.IGNORECASE)
    return account, weekday, markers


@cache
def _column_name(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alt(merged(languages).column_names) + r"\Z")


#: a dateline credit in the lead: "北京商报讯（记者 岳品瑜 董晗萱）", "新华社北京5月20日电（记者 张三）"
_LEAD_CREDIT = re.compile(r"^.{0,40}?[讯訊电電]\s*[（(]([^（）()]{2,40})[）)]")
#: an outlet name is short and holds at least one CJK character
MAX_OUTLET_CHARS = 20
_OUTLET_EDGE = " \t·•|｜丨/-—_:："


def is_placeholder(value: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> bool:
    """Template defaults that are no value at all.

    >>> is_placeholder("佚名"), is_placeholder("admin"), is_placeholder("{dede:field.writer/}")
    (True, True, True)
    """
    return bool(_compiled(languages)[0].match(value))


#: marks around a credited name: "~ Cem Basman", "The Planetary Press -", "Anna Li |"
_NAME_EDGE = " \t,;|·•~-–—:：/"
#: a renderer glued the next field to a name: "Heiko SauerDo 9 Apr", "Fritz ImhofQuelle: Livenet";
#: three lower-case letters before the capital keep "McKenzie", "DeWitt", "MacArthur" whole
_GLUED_FIELD = re.compile(r"(?<=[a-zß-öø-ÿ]{3})[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
#: a social handle after the name: "Williams Perdomo @wperdomod"
_HANDLE = re.compile(r"\s+@\w+$")
#: a wire or network acronym after the reporter: "Rob Picheta, CNN"
_OUTLET_AFTER_COMMA = re.compile(r"^(\S+\s+[^,]+),\s*[A-Z]{2,5}$")
_DEGREE = re.compile(r"\s*,\s*" + alt(NAME_DEGREES) + r"$", re.IGNORECASE)
#: a final period that belongs to an initial: "Joe S.", "R. R.", "Juan Carlos Muñoz C.", "Perry Bacon Jr."
_INITIAL_END = re.compile(r"(?:^|[\s.])(?:[A-ZÀ-ÖØ-Þ]|Jr|Sr)\.$")
_LETTER = re.compile(r"[^\W\d_]")


#: a page credits the same people many times (JSON-LD, <meta>, bylines, teasers): names are cleaned once
NAME_CACHE_SIZE = 4096


@lru_cache(maxsize=NAME_CACHE_SIZE)
def clean_name(value: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> str:
    """One credited name without what bylines leave around it; '' when nobody is named.

    >>> clean_name("~ Cem Basman"), clean_name("Heiko SauerDo"), clean_name("Grant Tinsley, PhD")
    ('Cem Basman', 'Heiko Sauer', 'Grant Tinsley')
    >>> clean_name("Joe S."), clean_name("Rodolfo Costa."), clean_name("HansEhrlich"), clean_name("Rob Picheta, CNN")
    ('Joe S.', 'Rodolfo Costa', 'HansEhrlich', 'Rob Picheta')
    >>> clean_name("vom Support Team"), clean_name("Bo2man am"), clean_name("AM Express")
    ('Support Team', 'Bo2man', 'AM Express')
    >>> clean_name("-"), clean_name("Veröffentlicht am"), clean_name("Published By"), clean_name("Donnerstag")
    ('', '', '', '')
    >>> clean_name("February"), clean_name("June Carter"), clean_name("CBS News February")
    ('', 'June Carter', 'CBS News')
    """
    value = value.strip(_NAME_EDGE)
    value = _OUTLET_AFTER_COMMA.sub(r"\1", _DEGREE.sub("", _HANDLE.sub("", value))).strip(_NAME_EDGE)
    words = value.split()
    if not _LETTER.search(value) or all(w.casefold() in BYLINE_WORDS for w in words):
        return ""
    while _byline_word(words[0], words):  # "vom Support Team"
        words = words[1:]
    while _byline_word(words[-1], words) or (len(words) > 1 and _month_word(words[-1], languages)):
        words = words[:-1]  # "Bo2man am", "CBS News February" (their dates cut off)
    value = " ".join(words)
    glued = _glued_at(value)
    if glued is not None:
        value = value[:glued].strip(_NAME_EDGE)
    if value.endswith(".") and not _INITIAL_END.search(value):
        value = value.rstrip(".").strip(_NAME_EDGE)
    if _outlet_patterns(languages)[1].match(value) or _month_word(value, languages):
        return ""  # a weekday or a month cut off its date ("By February 3, 2020")
    return value


def _glued_at(value: str) -> int | None:
    """Where a renderer glued the next field to a name, after the first word only ("HansEhrlich",
    "KleineGrüneMonster Ein Kommentar" are user names)."""
    if " " not in value:
        return None
    glued = _GLUED_FIELD.search(value, value.find(" ") + 1)
    return glued.start() if glued else None


def _month_word(value: str, languages: tuple[str, ...]) -> bool:
    """A month's full name; short forms are given names as often ("Jan", "May", "June")."""
    return len(value) >= 5 and value.casefold() in merged(languages).months


def _byline_word(word: str, words: list[str]) -> bool:
    """A byline word around the names; in capitals only in a byline all in capitals ("BY JO LI"),
    so that "AM Express" keeps its "AM"."""
    if word.casefold() not in BYLINE_WORDS:
        return False
    return not word.isupper() or all(w.isupper() for w in words)


def cut_at_unopened_bracket(value: str) -> str:
    """End a value where a bracket it did not open closes.

    >>> cut_at_unopened_bracket("小何）返回搜狐")
    '小何'
    >>> cut_at_unopened_bracket("新华社（北京）")
    '新华社（北京）'
    """
    if not _CLOSING_BRACKET.search(value):
        return value  # nothing closes: nothing to cut (most values; one scan in C instead of a loop)
    depth: dict[str, int] = {}
    for i, ch in enumerate(value):
        if ch in _OPENING_BRACKETS:
            depth[ch] = depth.get(ch, 0) + 1
        elif ch in _UNOPENED_CLOSE:
            opener = _UNOPENED_CLOSE[ch]
            if not depth.get(opener):
                return value[:i].rstrip()
            depth[opener] -= 1
    return value


@lru_cache(maxsize=NAME_CACHE_SIZE)
def name_prefix(text: str) -> str:
    """The names a byline value starts with; '' when it does not start with a name.

    >>> name_prefix("Jake Goulding on January 20, 2020")
    'Jake Goulding'
    >>> name_prefix("Amy Motroni 5 Comments")
    'Amy Motroni'
    >>> name_prefix("邹多为、唐诗凝、丁乐")
    '邹多为、唐诗凝、丁乐'
    >>> name_prefix("the numbers"), name_prefix("黄冉 摄")
    ('', '')
    """
    text = cut_at_unopened_bracket(text.strip(" \t:：,，|·•-–—/"))
    if not text:
        return ""
    if re.match(_CJK_CHAR, text):
        text = _skip_role_token(text)
        match = _CJK_NAMES.match(text)
        if not match or _PHOTO_CREDIT.search(text[: match.end() + 3]):
            return ""
        return match.group(0)
    return _latin_name_prefix(text.split())


def _skip_role_token(text: str) -> str:
    """ "政能亮特约评论员 韩涵": a first token naming a role (and its outlet) precedes the name."""
    first, _, rest = text.partition(" ")
    if rest and _compiled(ALL_LANGUAGES)[3].search(first):
        return rest.strip()
    return _after_glued_role(first) or text


#: one Chinese name: two to four ideographs
_CJK_NAME = re.compile(f"{_CJK_CHAR}{{2,4}}")
#: a role glued to the name after it is preceded by at most this many characters (its outlet)
MAX_ROLE_PREFIX_CHARS = 10


def _after_glued_role(token: str) -> str:
    """The name a text renderer glued to its role: "政能亮特约评论员韩涵" -> "韩涵" (w3m drops the
    space between two ideographs). Only one name of 2-4 ideographs, or two glued ones, may
    follow the role; '' if the token holds no role so placed.

    >>> _after_glued_role("政能亮特约评论员韩涵"), _after_glued_role("本报评论员韩涵"), _after_glued_role("韩涵")
    ('韩涵', '韩涵', '')
    """
    found = [m for m in _glued_role().finditer(token) if m.start() <= MAX_ROLE_PREFIX_CHARS]
    for match in reversed(found):
        rest = token[match.end() :]
        if _CJK_NAME.fullmatch(rest) or len(split_glued_cjk_names(rest)) > 1:
            return rest
    return ""


@cache
def _glued_role() -> re.Pattern[str]:
    return re.compile(alt(merged(ALL_LANGUAGES).person_roles))


def _latin_name_prefix(words: list[str]) -> str:
    taken: list[str] = []
    for word in words[:MAX_BYLINE_WORDS]:
        bare = word.rstrip(",;")
        if _NAME_WORD.match(bare) or (taken and (bare.lower() in _PARTICLES or bare.lower() in _JOINERS)):
            taken.append(bare)
            if bare != word:  # "Kugler," ends the name
                break
            continue
        break
    while taken and (taken[-1].lower() in _PARTICLES or taken[-1].lower() in _JOINERS):
        taken.pop()
    return " ".join(taken)


def split_names(value: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> list[str]:
    """People named in a credit value.

    >>> split_names("刘静 齐绍杰")
    ['刘静', '齐绍杰']
    >>> split_names("Su Jianping and Zhang Yongzhi")
    ['Su Jianping', 'Zhang Yongzhi']
    >>> split_names("本报记者 黄冉 摄")
    []
    >>> split_names("admin")
    []
    >>> split_names("支全明 SF099"), split_names("中国国际经济交流中心世界经济研究部部长，研究员徐占忱")
    (['支全明'], ['徐占忱'])
    >>> split_names("记者岳品瑜董晗萱"), split_names("Ingo ArztRedakteur für Wirtschaft, Umwelt")
    (['岳品瑜', '董晗萱'], ['Ingo Arzt'])
    """
    return list(_split_names(value, languages))  # a list of its own: callers may change theirs


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _split_names(value: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    value = cut_at_unopened_bracket(value.strip(" ()（）[]【】"))
    if not value or _PHOTO_CREDIT.search(value):
        return ()
    _, _, role, title = _compiled(languages)
    cjk = cjk_ratio(value) > 0.3 or bool(re.match(_CJK_CHAR, value))
    splitter = _CJK_SPLIT if cjk else _LATIN_SPLIT
    names: list[str] = []
    parts = splitter.split(_STAFF_CODE.sub("", value) if cjk else value)
    if cjk:  # "记者岳品瑜董晗萱": the role first, then the glued names
        parts = [name for part in parts for name in _glued_or_whole(part, role)]
    for part in parts:
        part = _STAFF_CODE.sub("", part) if cjk else part
        if title.search(part) and not role.match(part):
            part = "" if cjk else _without_trailing_role(part, languages)
            if not part:
                continue  # "…研究部部长": a position, not a person
        if _SENTENCE_END.search(part):
            continue
        name = clean_name(role.sub("", part), languages)
        if name and len(name) <= MAX_NAME_CHARS and not is_placeholder(name, languages) and name not in names:
            names.append(name)
        if not cjk and _glued_at(part.strip()) is not None:
            break  # "Ingo ArztRedakteur für Wirtschaft, Umwelt": the rest belongs to the glued field
    return tuple(names)


def _glued_or_whole(part: str, role: re.Pattern[str]) -> list[str]:
    names = split_glued_cjk_names(role.sub("", part))
    return names if len(names) > 1 else [part]


#: a Chinese given name plus family name is 2 or 3 characters (4 with a two-character family name)
_CJK_NAME_SIZES = (2, 3)


def split_glued_cjk_names(token: str) -> list[str]:
    """Two Chinese names that a text renderer glued together ("奚丹霓张赛"), split where exactly one
    cut leaves two names of 2-3 characters the second of which starts with a common family name.

    >>> split_glued_cjk_names("岳品瑜董晗萱"), split_glued_cjk_names("奚丹霓张赛")
    (['岳品瑜', '董晗萱'], ['奚丹霓', '张赛'])
    >>> split_glued_cjk_names("欧阳娜娜"), split_glued_cjk_names("中国新闻网"), split_glued_cjk_names("张三")
    (['欧阳娜娜'], ['中国新闻网'], ['张三'])
    """
    if not 4 < len(token) <= 2 * max(_CJK_NAME_SIZES) or not re.fullmatch(f"{_CJK_CHAR}+", token):
        return [token]
    cuts = [cut for cut in _CJK_NAME_SIZES if len(token) - cut in _CJK_NAME_SIZES and token[cut] in COMMON_SURNAMES]
    return [token[: cuts[0]], token[cuts[0] :]] if len(cuts) == 1 else [token]


def _without_trailing_role(part: str, languages: tuple[str, ...]) -> str:
    """ "Christoph Hein Chefredakteur" -> "Christoph Hein": a Latin name followed by its position;
    '' when no name of two words precedes the role word.

    >>> _without_trailing_role("Christoph Hein Chefredakteur", ("de",)), _without_trailing_role("Sportredakteur", ("de",))
    ('Christoph Hein', '')
    """
    head, _, last = part.strip().rpartition(" ")
    if not re.fullmatch(r"\w*" + alt(merged(languages).person_roles), last, re.IGNORECASE):
        return ""
    head = head.strip(_NAME_EDGE)
    return head if len(head.split()) >= 2 and name_prefix(head) == head else ""


#: a widget with its count after the value, glued by the renderer: "参与评论(12)", "Comments (3)"
_TRAILING_COUNTER = re.compile(r"\s+[^\W\d_]{1,8}\s*[(（]\s*\d+\s*[)）]?\s*$")


def clean_source(value: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> tuple[str | None, bool]:
    """The source with placeholders dropped, and whether it is the site naming itself.

    >>> clean_source("本站原创")
    ('本站原创', True)
    >>> clean_source("未知")
    (None, False)
    >>> clean_source("央视新闻客户端 参与评论(12)")
    ('央视新闻客户端', False)
    """
    value = _TRAILING_COUNTER.sub("", value)
    value = cut_at_unopened_bracket(value.strip(" ()（）[]【】"))
    if not value or len(value) > MAX_NAME_CHARS * 2 or is_placeholder(value, languages):
        return None, False
    return value, bool(_compiled(languages)[1].match(value))


#: what may sit between a byline and its date: "Christian Kahle,  03.11.2023", "Ela on 31. October"
_BYLINE_DATE_EDGE = " \t,，|｜·•/-–—:："
#: "NAME 于 DATE 发布": the Chinese "posted at" form of blogs and forums
_POSTED_BY = re.compile(r"\s于$")
#: an unrendered template tag: "A-肖老师-树谷学院 [newCurrent] 于"
_TEMPLATE_TAG = re.compile(r"\[[A-Za-z_]\w*\]")
#: a byline before a date holds at most this many words
MAX_DATELINE_NAME_WORDS = 6


@cache
def _connector_end(languages: tuple[str, ...]) -> re.Pattern[str]:
    lex = merged(languages)
    # every match runs to the end of the text, so only where it starts counts, never which word
    # matched: the grouped alternation (one test per first letter, not ~160 words at every
    # space of a long line) cuts the same text
    words = factored((*lex.time_connectors, *lex.weekdays))
    return re.compile(r"(?:^|\s)" + words + r"[.,]?\s*$", re.IGNORECASE)


def name_before_date(text: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> list[str]:
    """The names of a byline written right before its date, with nothing else before them.

    >>> name_before_date("Bettina Kugler ")
    ['Bettina Kugler']
    >>> name_before_date("Markus M. Haefliger, London, Beat Bumbacher ")
    []
    >>> name_before_date("Jeremy Tsheng 于 "), name_before_date("A-肖老师-树谷学院 [newCurrent] 于 ")
    (['Jeremy Tsheng'], ['A-肖老师-树谷学院'])
    >>> name_before_date("Am "), name_before_date("The meeting was held on "), name_before_date("")
    ([], [], [])
    """
    text = _TEMPLATE_TAG.sub(" ", text).strip(_BYLINE_DATE_EDGE)
    posted = _POSTED_BY.search(text) if "于" in text[-2:] else None  # it ends the text: skip the scan
    if posted:  # "Jeremy Tsheng 于 2023-03-12 13:08:03 发布": a user name, any script, one token
        user = text[: posted.start()].strip(_BYLINE_DATE_EDGE)
        return [user] if user and len(user.split()) <= MAX_DATELINE_NAME_WORDS and not is_placeholder(user) else []
    for _ in range(2):  # "Ela on", "Katherine Fidler Thursday"
        text = _connector_end(languages).sub("", text).strip(_BYLINE_DATE_EDGE)
    if not text or re.match(_CJK_CHAR, text) or len(text.split()) > MAX_DATELINE_NAME_WORDS:
        return []
    names = name_prefix(text)
    if names != text or len(names.split()) < 2:
        return []
    return split_names(names, languages)


def lead_credit(text: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> list[str]:
    """Reporters credited in a lead's dateline.

    >>> lead_credit("北京商报讯（记者 岳品瑜 董晗萱）5月20日，贷款市场报价利率公布。")
    ['岳品瑜', '董晗萱']
    >>> lead_credit("（法新社羅馬19日電）德國好手茲韋列夫奪冠。")
    []
    """
    match = _LEAD_CREDIT.match(text)
    if not match:
        return []
    inner = match.group(1).strip()
    _, _, role, _ = _compiled(languages)
    return split_names(inner, languages) if role.match(inner) else []


@lru_cache(maxsize=NAME_CACHE_SIZE)
def unlabelled_source(text: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> str | None:
    """The outlet named without a label right after a header date (Chinese portals).

    >>> unlabelled_source("·新华社"), unlabelled_source(" 新京报 "), unlabelled_source(" 经济日报官方账号")
    ('新华社', '新京报', '经济日报')
    >>> unlabelled_source(" 星期五"), unlabelled_source(" 12 comments"), unlabelled_source("")
    (None, None, None)
    >>> unlabelled_source("县区新闻"), unlabelled_source("澎湃新闻")
    (None, '澎湃新闻')
    """
    parts = text.strip(_OUTLET_EDGE).split()
    if not parts:
        return None
    account, weekday, markers = _outlet_patterns(languages)
    token = markers.split(parts[0], maxsplit=1)[0]
    token = account.sub("", token.strip(_OUTLET_EDGE))
    if not (2 <= len(token) <= MAX_OUTLET_CHARS) or not re.search(_CJK_CHAR, token) or weekday.match(token):
        return None
    if _column_name(languages).match(token):
        return None  # the site's column above the date ("县区新闻"), not the story's source
    source, self_ref = clean_source(token, languages)
    return None if self_ref else source


def split_trailing_credit(
    text: str, languages: tuple[str, ...] = ALL_LANGUAGES
) -> tuple[str, tuple[list[str] | str, str] | None]:
    """Cut a bracketed credit off the end of a paragraph: ``…。（记者 张三）``.

    Returns the text without it and ``(value, field)``: field "authors" or "editors" with a
    list of names, or "source" with a str; ``(text, None)`` when the brackets hold something else.

    >>> split_trailing_credit("会议要求全体干警认真落实。（记者 张三）")
    ('会议要求全体干警认真落实。', (['张三'], 'authors'))
    >>> split_trailing_credit("据报道。（总台央视记者 奚丹霓 张赛）")
    ('据报道。', (['奚丹霓', '张赛'], 'authors'))
    >>> split_trailing_credit("The meeting ended. (Editor: Li Ming)")
    ('The meeting ended.', (['Li Ming'], 'editors'))
    """
    from ..patterns import FieldName
    from .metaline import read_meta_line

    match = _TRAILING_BRACKET.search(text)
    if not match:
        return text, None
    inner = match.group(1).strip()
    head = text[: match.start()].rstrip()
    _, _, role, _ = _compiled(languages)
    if role.match(inner):
        names = split_names(inner, languages)
        return (head, (names, "authors")) if names else (text, None)
    reading = read_meta_line(inner, languages)
    for v in reading.values:
        if not v.value:
            continue
        if v.field in (FieldName.EDITOR, FieldName.AUTHOR):
            names = split_names(v.value, languages)
            if names:
                return head, (names, "editors" if v.field is FieldName.EDITOR else "authors")
        if v.field is FieldName.SOURCE:
            source, _ = clean_source(v.value, languages)
            if source:
                return head, (source, "source")
    return text, None
