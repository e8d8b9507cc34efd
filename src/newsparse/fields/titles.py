"""Headline helpers: kickers (column tags before the headline) and site suffixes."""

from __future__ import annotations

import re
from collections.abc import Container

from ..blocks import Block, Label, display_width
from ..patterns import alt
from ..patterns.common import CJK_SITE_ENDINGS, EDIT_LINKS
from .dates import find_dates

#: labels the per-block loops below read, bound once: on Python 3.11 every read of a member
#: off its Enum class (``Label.BLANK``) goes through ``EnumType.__getattr__``'s slot hook
#: (~0.2 µs), and the text path made ~12 million of them over the dev dumps
_BREADCRUMB, _COLUMN, _META, _TITLE, _UNKNOWN = Label.BREADCRUMB, Label.COLUMN, Label.META, Label.TITLE, Label.UNKNOWN

#: 【kicker】headline, [kicker] headline — the tag must be followed by a headline
_KICKER = re.compile(r"^\s*[【\[［〔]\s*([^】\]］〕]{2,80}?)\s*[】\]］〕]\s*(\S.{1,})$")


def split_kicker(text: str) -> tuple[str | None, str]:
    """Split a bracketed column tag off a headline.

    >>> split_kicker("[Implement the spirit] Nanling Procurator: Return to zero")
    ('Implement the spirit', 'Nanling Procurator: Return to zero')
    >>> split_kicker("【学习贯彻】南陵县检察院召开会议")
    ('学习贯彻', '南陵县检察院召开会议')
    >>> split_kicker("No kicker here")
    (None, 'No kicker here')
    """
    match = _KICKER.match(text)
    if not match:
        return None, text.strip()
    return match.group(1).strip(), match.group(2).strip()


_SITE_SUFFIX = re.compile(r"\s*(?:[|｜_–—]|\s-\s|--)\s*[^|｜_–—]{1,40}$")


#: a Chinese site name glued to the headline by a bare hyphen: "静夜思•夜-中国诗歌网"
_CJK_SITE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])\s*[-－]\s*[\u4e00-\u9fff]{1,16}" + alt(CJK_SITE_ENDINGS) + r"$")


def strip_site_suffix(title: str) -> str:
    """Drop a site name appended to a ``<title>``.

    >>> strip_site_suffix("Berne interdit le chlorothalonil | Tribune de Genève")
    'Berne interdit le chlorothalonil'
    >>> strip_site_suffix("南陵县检察院召开会议_新闻中心_芜湖检察网")
    '南陵县检察院召开会议'
    >>> strip_site_suffix("静夜思•夜-中国诗歌网"), strip_site_suffix("中国-东盟博览会开幕")
    ('静夜思•夜', '中国-东盟博览会开幕')
    """
    previous = None
    while previous != title:
        previous = title
        shorter = _CJK_SITE_SUFFIX.sub("", _SITE_SUFFIX.sub("", title))
        if display_width(shorter) >= max(8, display_width(title) // 3):  # CJK characters count twice
            title = shorter
    return title.strip()


#: a site's domain appended to a headline line: "Was wir über uns nicht hören wollen | FASSETTE.NET"
_DOMAIN_SUFFIX = re.compile(r"\s+[|｜]\s*[\w.-]+\.[A-Za-z]{2,}\s*$")
#: a count glued to a CJK headline by the renderer (a review-count link): "第二章 失乡号的船长241"
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,6}$")


#: a wiki's edit link after a heading: "雄安新区[编辑]", "History [edit]"
_EDIT_LINK = re.compile(r"\s*[\[［]\s*" + alt(EDIT_LINKS) + r"\s*[\]］]\s*$", re.IGNORECASE)


def clean_title(text: str) -> str:
    """Drop what renderers and templates glue to a headline line.

    >>> clean_title("Was wir über uns nicht hören wollen | FASSETTE.NET")
    'Was wir über uns nicht hören wollen'
    >>> clean_title("第二章失乡号的船长241"), clean_title("两万字长文 | 月亮的100个故事 (多图)")
    ('第二章失乡号的船长', '两万字长文 | 月亮的100个故事 (多图)')
    >>> clean_title("雄安新区[编辑]"), clean_title("Rainbow Bridge [edit]")
    ('雄安新区', 'Rainbow Bridge')
    """
    return _GLUED_COUNT.sub("", _DOMAIN_SUFFIX.sub("", _EDIT_LINK.sub("", text))).strip()


# --- choosing the headline line of a text dump ---------------------------------------------------

#: how many content lines above an anchor (the header meta line, the body's start) the headline may be
TITLE_LOOKBACK = 10
#: how many content lines below the header meta line (meta above the headline) it may be
TITLE_LOOKAHEAD = 2
#: a headline is at most this wide (display columns); wider is prose
MAX_TITLE_WIDTH = 240
#: below this width a line is a widget, an account or a column name more often than a headline
SHORT_TITLE_WIDTH = 12
#: a headline is usually printed more than once (sticky bar, breadcrumb, share text): bonus
REPEAT_BONUS = 25
#: lines narrower than this get no repeat bonus (account and column names repeat too)
MIN_REPEAT_WIDTH = 16
#: cost per content line between the candidate and its anchor
DISTANCE_COST = 4
#: extra distance (in lines) of candidates around a meta run that is not the one nearest the body
FAR_META_COST = 1
#: candidates scoring below this are no headline at all
MIN_TITLE_SCORE = -12
#: width beyond which a longer line is no more headline-like
TITLE_WIDTH_CAP = 40
_LIST_MARK = re.compile(r"^\s*(?:[•·*□■▪●○◆◇►▶>»\-–—]|\d{1,2}\.\s|\[[^\]]*\]\s*$|\()")
#: widget bars, image tags, addresses, table rows: not a headline
_NOT_HEADLINE = re.compile(
    r"[|｜].*[|｜]|[©@]|https?://|www\.|\.(?:jpe?g|png|gif)\b|\[[^\]]*\]|\S\s{3,}\S", re.IGNORECASE
)
#: a line ending like a sentence: CJK always, Latin when long
_CJK_SENTENCE_END = re.compile(r"[。；]")
_LATIN_SENTENCE_END = re.compile(r"(?<=\w)\.$")


#: a line ending with a label's colon or a clause's comma goes on in the next line: no headline
_OPEN_ENDS = (":", "：", ",", "，", "、")
#: a short line ending with a colon labels the next line ("题记：", "摘要：", "Note:")
MAX_LABEL_WIDTH = 12
#: cost of a line that is the value of such a label (an epigraph, a summary, not the headline):
#: more than any width earns, so that a short headline line near the meta line beats it
LABEL_VALUE_COST = TITLE_WIDTH_CAP + 20


def _label_value(blocks: list[Block], pos: int) -> bool:
    """Is the line at ``pos`` the value of a label alone on the line above ("题记：⏎己亥年…")?"""
    above = _line_above(blocks, pos)
    return above is not None and _bare_label(above)


def _field_value(blocks: list[Block], pos: int) -> bool:
    """Is the line at ``pos`` the value of a meta label alone on the line above ("From: ⏎
    Department for Transport", "来源： ⏎ 新华社": a definition list as a renderer prints it)?"""
    above = _line_above(blocks, pos)
    return above is not None and above.label is _META and _bare_label(above)


def _line_above(blocks: list[Block], pos: int) -> Block | None:
    for j in range(pos - 1, -1, -1):
        if blocks[j].label is not Label.BLANK:
            return blocks[j]
    return None


def _bare_label(block: Block) -> bool:
    text = block.text.strip()
    return text.endswith((":", "：")) and display_width(text) <= MAX_LABEL_WIDTH


def _has_credit(text: str) -> bool:
    """A labelled credit on the line ("（编辑：小何）返回搜狐"): the end of a body, not a headline."""
    from .metaline import read_meta_line

    return any(v.value for v in read_meta_line(text).values)


def _norm(text: str) -> str:
    return "".join(text.split()).casefold()


def title_line_score(text: str, distance: int, repeated: bool) -> float:
    """How much a line looks like the headline: width, no list or widget marks, printed twice, near.

    >>> title_line_score("37岁丁俊晖身价过亿，住英国富人区", 2, False) > title_line_score("关注", 0, False)
    True
    """
    _, text = split_kicker(text)  # a bracketed kicker is no mark against the headline
    width = display_width(text)
    if width > MAX_TITLE_WIDTH or width < 4:
        return float("-inf")
    score = float(min(width, TITLE_WIDTH_CAP))
    if width < SHORT_TITLE_WIDTH:
        score -= 20
    if _LIST_MARK.match(text):
        score -= 40
    if _NOT_HEADLINE.search(text):
        score -= 30
    if _CJK_SENTENCE_END.search(text) or (_LATIN_SENTENCE_END.search(text) and width > 80):
        score -= 30
    if text.rstrip().endswith(_OPEN_ENDS) or find_dates(text) or _has_credit(text):
        score -= 25
    if repeated:
        score += REPEAT_BONUS
    return score - distance * DISTANCE_COST


def _repeated(
    blocks: list[Block],
    i: int,
    others: list[tuple[int, str]],
    candidates: Container[int] = (),
    joined: str | None = None,
) -> bool:
    """Is the text of block ``i`` printed again elsewhere on the page (alone or inside a line)?

    ``others`` holds (position, whitespace-free text) of the lines a repeat may be in: not the
    breadcrumb (a repeat there makes a column name as often as a headline), not meta lines
    (an account or outlet name).
    """
    needle = _norm(blocks[i].text)
    if display_width(needle) < MIN_REPEAT_WIDTH:
        return False
    if joined is not None and joined.count(needle) <= 1:
        # ``joined`` is the texts of ``others`` joined by newlines (which no text holds): one
        # occurrence is the line's own, so no other line holds it (a count in C, not a loop)
        return False
    # "香港電台-財經香港電台-財經" (a name doubled by its avatar's alt text) is no repeat
    return any(
        j != i and needle in other and (other == needle or (bool(other.replace(needle, "")) and j not in candidates))
        for j, other in others
    )


def _walk(blocks: list[Block], start: int, step: int, limit: int, stop_at: int | None) -> list[tuple[int, int]]:
    """Content blocks from ``start`` in direction ``step``, with their distance, up to ``limit`` of them.

    The distance counts only substantial lines: an avatar tag, "关注" or an account name between
    the headline and the meta line does not push the headline away.
    """
    out: list[tuple[int, int]] = []
    pos, taken, distance = start, 0, 0
    while 0 <= pos < len(blocks) and taken < limit and pos != stop_at:
        block = blocks[pos]
        if block.label is _BREADCRUMB:
            break
        if block.label in (_UNKNOWN, _COLUMN, _TITLE):
            taken += 1
            distance += _substantial(block.text)
            out.append((pos, max(distance, 1)))
        pos += step
    return out


def _substantial(text: str) -> bool:
    return display_width(text) >= SHORT_TITLE_WIDTH and not _LIST_MARK.match(text)


def _meta_runs(blocks: list[Block], body_start: int) -> list[int]:
    """First lines of the runs of meta lines above the body: the first run and the one nearest the body.

    A run may be interrupted by one line ("date · outlet ⏎ headline restated ⏎ reporters").
    """
    starts = [
        i
        for i in range(min(body_start, len(blocks)))
        if blocks[i].label is _META and _META not in _previous_labels(blocks, i, 2)
    ]
    return sorted({starts[0], starts[-1]}) if starts else []


def _previous_labels(blocks: list[Block], i: int, count: int) -> list[Label]:
    out: list[Label] = []
    for j in range(i - 1, -1, -1):
        if blocks[j].label is not Label.BLANK:
            out.append(blocks[j].label)
            if len(out) == count:
                break
    return out


#: lines where a repeat of a candidate proves nothing: a menu or footer naming the column, an
#: outlet in the meta line, the breadcrumb (its last crumb is a column as often as a headline)
_NOT_A_REPEAT = frozenset({Label.BLANK, Label.BREADCRUMB, Label.META, Label.CHROME, Label.FOOTER})


def choose_title_line(blocks: list[Block], body_start: int) -> int | None:
    """The position of the headline: the best-scoring line near a header meta line or the body's start.

    Pages put a few short lines between the headline and the meta line (an account name,
    "关注", a share widget, a kicker), so the nearest line is not always the headline. Lines
    between the meta line and the body are teasers and leads more often than headlines.
    """
    metas = _meta_runs(blocks, body_start)
    seen: dict[int, float] = {}

    nearest = metas[-1] if metas else None

    def offer(pos: int, distance: int) -> None:
        if _field_value(blocks, pos):
            return
        score = title_line_score(blocks[pos].text, distance, False)
        if nearest is not None and pos > nearest and _label_value(blocks, pos):
            # below the header's meta line a labelled value is an epigraph or a summary; above
            # it, it may be the headline field itself ("Anlass: ⏎ Historischer Markt")
            score -= LABEL_VALUE_COST
        seen[pos] = max(seen.get(pos, float("-inf")), score)

    for meta in metas:
        # the meta run nearest the body is the header's; a first one far above (a "正在浏览" bar,
        # a sidebar's date) is a weaker anchor
        extra = 0 if meta == metas[-1] else FAR_META_COST
        for pos, distance in _walk(blocks, meta - 1, -1, TITLE_LOOKBACK, None):
            offer(pos, distance - 1 + extra)
        for pos, distance in _walk(blocks, meta + 1, 1, TITLE_LOOKAHEAD, body_start):
            offer(pos, distance + extra)
    for pos, distance in _walk(blocks, body_start - 1, -1, TITLE_LOOKBACK, None):
        if nearest is not None and pos > nearest:
            distance += sum(b.label is not Label.BLANK for b in blocks[nearest:pos])
        offer(pos, distance - 1)
    if not seen:
        return None
    others = [(j, _norm(b.text)) for j, b in enumerate(blocks) if b.label not in _NOT_A_REPEAT]
    joined = "\n".join(text for _, text in others)
    # a candidate that merely holds part of another candidate ("Zero and restart cohesion"
    # under "… Return to zero and restart cohesion") is a subtitle, not a headline printed twice
    scored = {
        pos: s + (REPEAT_BONUS if s > float("-inf") and _repeated(blocks, pos, others, seen, joined) else 0)
        for pos, s in seen.items()
    }
    anchor = nearest if nearest is not None else body_start
    best = max(scored, key=lambda pos: (scored[pos], -abs(pos - anchor)))
    return best if scored[best] >= MIN_TITLE_SCORE else None
