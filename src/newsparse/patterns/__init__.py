"""Pattern tables: data only, keyed by language.

Each language module (``en.py``, ``zh.py``) builds one :class:`Lexicon`. Code never
hard-codes a phrase: it asks :func:`merged` for the union of the tables and compiles
alternations through :func:`alt`, which refuses an empty group (an empty alternation
would match everything).

To add a language: write ``patterns/<xx>.py`` with a ``LEXICON``, register it in
``LEXICONS`` below, and add a fixture page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache


class FieldName(str, Enum):
    """Meta-line labels a lexicon knows; ``IGNORE`` labels are recognised and dropped."""

    PUBLISHED = "published"
    UPDATED = "updated"
    AUTHOR = "author"
    SOURCE = "source"
    EDITOR = "editor"
    COUNTER = "counter"  # views, clicks, comments
    NOT_DATE = "not_date"  # archived / edited / valid-until stamps: never a publication date
    IGNORE = "ignore"  # index numbers, categories, tags: meta, but no field of ours


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the parser knows. All strings are regex fragments."""

    language: str
    #: labels that introduce a breadcrumb ("Current location", "当前位置")
    breadcrumb_labels: tuple[str, ...]
    #: crumbs that name the home page; kept in the breadcrumb, used to recognise one
    home_crumbs: tuple[str, ...]
    #: last crumbs that are placeholders for "this article"
    crumb_placeholders: tuple[str, ...]
    #: meta-line labels, by field (a label is followed by a colon, or by nothing for CJK)
    field_labels: dict[FieldName, tuple[str, ...]]
    #: labels that need no colon (bylines such as "By", "文/", "记者")
    bare_labels: dict[FieldName, tuple[str, ...]]
    #: whole-line chrome: menus, widgets, login bars, share/print, counters
    chrome_lines: tuple[str, ...]
    #: widgets that also appear *inside* a meta line (cut out before reading fields)
    inline_widgets: tuple[str, ...]
    #: footer markers: a line holding one is footer chrome (copyright, ICP ...)
    footer_markers: tuple[str, ...]
    #: lines that open the trailing zone (related links, previous/next, comments)
    tail_markers: tuple[str, ...]
    #: credit lines after the body ("(完)", "(责编：…)")
    end_marks: tuple[str, ...]
    #: values that are no value at all ("admin", "未知", "佚名")
    placeholder_values: tuple[str, ...]
    #: the site speaking of itself as source ("本站", "本网")
    self_references: tuple[str, ...]
    #: words that mark a date as "not the publication date" when they precede it
    not_pub_date_context: tuple[str, ...]
    #: month names -> month number (lower case)
    months: dict[str, int] = field(default_factory=dict)
    #: role words that precede a name in a credit ("Reporter", "记者")
    person_roles: tuple[str, ...] = ()


def alt(tokens: Iterable[str]) -> str:
    """Join regex fragments into a non-capturing alternation, longest first.

    >>> alt(["a", "abc"])
    '(?:abc|a)'
    """
    items = sorted({t for t in tokens if t}, key=len, reverse=True)
    if not items:
        raise ValueError("empty alternation: it would match everything")
    return "(?:" + "|".join(items) + ")"


def compile_alt(tokens: Iterable[str], *, template: str = "{}", flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile ``template`` with ``{}`` replaced by the alternation of ``tokens``."""
    return re.compile(template.replace("{}", alt(tokens)), flags)


def _load() -> dict[str, Lexicon]:
    from . import en, zh

    return {"en": en.LEXICON, "zh": zh.LEXICON}


LEXICONS: dict[str, Lexicon] = _load()


@cache
def merged(languages: tuple[str, ...] = tuple(LEXICONS)) -> Lexicon:
    """One lexicon holding the union of the given languages' tables.

    Dumps mix languages (English pages of Chinese sites, untranslated meta lines), so the
    classifier reads every table at once; the union is built once and cached.
    """
    lexes = [LEXICONS[code] for code in languages]

    def union(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for lx in lexes for t in getattr(lx, name)))

    def union_map(name: str) -> dict[FieldName, tuple[str, ...]]:
        out: dict[FieldName, tuple[str, ...]] = {}
        for lx in lexes:
            for key, vals in getattr(lx, name).items():
                out[key] = tuple(dict.fromkeys(out.get(key, ()) + tuple(vals)))
        return out

    months: dict[str, int] = {}
    for lx in lexes:
        months.update(lx.months)
    return Lexicon(
        language="+".join(languages),
        breadcrumb_labels=union("breadcrumb_labels"),
        home_crumbs=union("home_crumbs"),
        crumb_placeholders=union("crumb_placeholders"),
        field_labels=union_map("field_labels"),
        bare_labels=union_map("bare_labels"),
        chrome_lines=union("chrome_lines"),
        inline_widgets=union("inline_widgets"),
        footer_markers=union("footer_markers"),
        tail_markers=union("tail_markers"),
        end_marks=union("end_marks"),
        placeholder_values=union("placeholder_values"),
        self_references=union("self_references"),
        not_pub_date_context=union("not_pub_date_context"),
        months=months,
        person_roles=union("person_roles"),
    )
