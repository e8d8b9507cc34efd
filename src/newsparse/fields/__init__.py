"""Stage 3c: fields from labelled blocks (both paths) plus page hints (HTML path).

Every field is chosen from *candidates*. A candidate carries its value, the rule that
produced it, the block it came from, and a rank (lower wins). The text path produces
candidates from meta lines, credits and the title line; the HTML path adds candidates
from metadata (JSON-LD, OpenGraph, ``<meta>``, the URL ...) with ranks documented there.
The winning candidate of each field is kept as :class:`Evidence` for explain mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ..blocks import BODY_LABELS, Block, Label
from ..model import Precision
from ..patterns import FieldName
from .metaline import LabelledValue, MetaReading, read_meta_line
from .names import (
    clean_source,
    lead_credit,
    name_before_date,
    split_names,
    split_trailing_credit,
    unlabelled_source,
)
from .pagedates import date_candidates
from .titles import clean_title, split_kicker

#: labels the per-block loops below read, bound once: on Python 3.11 every read of a member
#: off its Enum class (``Label.BLANK``) goes through ``EnumType.__getattr__``'s slot hook
#: (~0.2 µs), and the text path made ~12 million of them over the dev dumps
_BLANK, _BREADCRUMB, _CREDIT, _META, _TAIL, _TITLE = (
    Label.BLANK,
    Label.BREADCRUMB,
    Label.CREDIT,
    Label.META,
    Label.TAIL,
    Label.TITLE,
)


@dataclass(frozen=True)
class Candidate:
    """A possible value for one field. ``value`` is a str, or a datetime for dates."""

    field: str
    value: Any
    rule: str
    rank: int
    block: int | None = None
    precision: Precision | None = None
    #: a date read from the page's visible text (not a metadata value)
    shown: bool = False


@dataclass(frozen=True)
class Evidence:
    """Why a field has its value: the winning candidate's rule and block."""

    field: str
    value: str
    rule: str
    block: int | None


@dataclass(frozen=True)
class Fields:
    title: str | None = None
    kicker: str | None = None
    published: datetime | None = None
    published_precision: Precision | None = None
    updated: datetime | None = None
    updated_precision: Precision | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    site_name: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


#: ranks of text-derived candidates (HTML metadata ranks sit between them; see html_meta)
RANK_HEADER_LABELLED = 30
RANK_HEADER_UNLABELLED = 40
RANK_LEAD_CREDIT = 45
RANK_CREDIT_LABELLED = 50
RANK_CREDIT_UNLABELLED = 60
RANK_TRAILING_BRACKET = 70
RANK_SELF_REFERENCE = 90
#: the field of a hint that bounds the publication date from below (the URL's period); not output
DATE_FLOOR = "date_floor"
#: ranks of loose metadata dates (``<meta name>``, CMS tags, ``<time>``; see ``html/ranks.py``)
WEAK_METADATA_RANKS = range(25, 45)
#: a shown date beats loose metadata shown nowhere when it ranks at least this well (a header line)
MAX_SHOWN_OVER_METADATA = 60
#: credits count only this many non-blank lines after the body (further down: related lists, comments)
CREDIT_REACH = 15
#: a bracketed credit at the start of a line: "（编辑：小何）返回搜狐"
_LEADING_BRACKET = re.compile(r"^\s*[（(【\[]([^（）()【】\[\]]{3,40})[）)】\]]")
#: a line this much covered by its one date holds nothing else ("2024-05-20 13:09")
DATE_ONLY_COVERAGE = 0.9
#: a label's value on the next line is at most this long ("来源：⏎新华社")
MAX_NEXT_LINE_VALUE = 30


def meta_candidates(blocks: list[Block], languages: tuple[str, ...], now: datetime | None) -> list[Candidate]:
    """Candidates from meta lines (header and credits after the body), and every date on the page."""
    out: list[Candidate] = []
    pending: tuple[LabelledValue, int] | None = None
    for block, rank in _meta_blocks(blocks):
        if pending is not None and block.index == pending[1]:
            # a label alone on its line: its value is the next line ("来源：⏎新华社")
            out.extend(_value_candidates((replace(pending[0], value=block.text),), block, rank, languages))
        pending = None
        if block.label not in (_META, _CREDIT):
            opening = _LEADING_BRACKET.match(block.text)
            if opening:  # "（编辑：小何）返回搜狐": a bracketed credit opening a line after the body
                out.extend(
                    _value_candidates(read_meta_line(opening.group(1), languages).values, block, rank, languages)
                )
            if block.label is _TAIL:
                out.extend(_tail_credit(block, rank, languages))
            continue
        reading = read_meta_line(block.text, languages)
        out.extend(_value_candidates(reading.values, block, rank, languages))
        if rank == RANK_HEADER_LABELLED:
            out.extend(_unlabelled_source(reading, block, languages))
            out.extend(_outlet_above_date(blocks, reading, block, languages))
        if len(reading.values) == 1 and not reading.values[0].value and not reading.dates:
            pending = (reading.values[0], _next_text_block(blocks, block.index))
    out.extend(_date_candidates(blocks, languages, now))
    return out


def _meta_blocks(blocks: list[Block]) -> list[tuple[Block, int]]:
    """Blocks that may hold credits, with the rank of a labelled value there.

    Meta lines above the body are the header; meta lines inside the body (photo credits,
    bylines) and credits just after it rank lower; credits far below the body (related
    lists, comments) are not the article's.
    """
    body = [i for i, b in enumerate(blocks) if b.label in BODY_LABELS]
    start, end = (body[0], body[-1]) if body else (len(blocks), len(blocks))
    out: list[tuple[Block, int]] = []
    after = 0
    for i, block in enumerate(blocks):
        if block.label is _BLANK:
            continue
        if i > end:
            after += 1
            if after > CREDIT_REACH:
                break
        out.append((block, RANK_HEADER_LABELLED if i < start else RANK_CREDIT_LABELLED))
    return out


def _next_text_block(blocks: list[Block], index: int) -> int:
    for b in blocks:
        if b.index > index and b.label is not Label.BLANK:
            if len(b.text) <= MAX_NEXT_LINE_VALUE and ":" not in b.text and "：" not in b.text:
                return b.index
            break
    return -1


def _value_candidates(
    values: tuple[LabelledValue, ...], block: Block, rank: int, languages: tuple[str, ...]
) -> list[Candidate]:
    out: list[Candidate] = []
    for v in values:
        if v.field is FieldName.AUTHOR:
            names = split_names(v.value, languages)
            if names:
                out.append(Candidate("authors", names, f"{v.label}: label", rank, block.index))
        elif v.field is FieldName.EDITOR:
            names = split_names(v.value, languages)
            if names:
                out.append(Candidate("editors", names, f"{v.label}: label", rank, block.index))
        elif v.field is FieldName.SOURCE:
            source, self_ref = clean_source(v.value, languages)
            if source:
                out.append(
                    Candidate(
                        "source", source, f"{v.label}: label", RANK_SELF_REFERENCE if self_ref else rank, block.index
                    )
                )
    return out


def _unlabelled_source(reading: MetaReading, block: Block, languages: tuple[str, ...]) -> list[Candidate]:
    """The outlet named right after the date on a Chinese header line: ``2024-05-20 14:33·新华社``."""
    if not reading.dates:
        return []
    date = reading.dates[0]
    after = [v for v in reading.values if v.start >= date.end]
    stop = min((v.start for v in after if v.field is not FieldName.IGNORE), default=len(reading.cleaned))
    text = reading.cleaned[date.end : stop]
    for v in sorted((v for v in after if v.start < stop), key=lambda v: -v.start):  # drop markers, keep the rest
        text = text[: v.start - date.end] + " " + text[v.end - date.end :]
    source = unlabelled_source(text, languages)
    if source is None:
        return []
    return [Candidate("source", source, "outlet after the date", RANK_HEADER_UNLABELLED, block.index)]


def _outlet_above_date(
    blocks: list[Block], reading: MetaReading, block: Block, languages: tuple[str, ...]
) -> list[Candidate]:
    """The outlet or account on the line above a header line that holds only a date (portals, apps)."""
    if len(reading.dates) != 1 or reading.values or reading.coverage < DATE_ONLY_COVERAGE:
        return []
    at = next(i for i, b in enumerate(blocks) if b is block)
    above = next((b for b in reversed(blocks[:at]) if b.label is not Label.BLANK), None)
    if above is None or above.label is not Label.UNKNOWN:
        return []
    source = unlabelled_source(above.text, languages)
    if source is None or source != above.text.strip():
        return []
    return [Candidate("source", source, "outlet above the date line", RANK_HEADER_UNLABELLED + 5, above.index)]


def _date_candidates(blocks: list[Block], languages: tuple[str, ...], now: datetime | None) -> list[Candidate]:
    out = []
    for c in date_candidates(blocks, languages, now):
        rank = RANK_HEADER_LABELLED + round(c.cost)
        out.append(Candidate(c.field, c.value, c.rule, rank, c.block, c.precision, shown=True))
        names = name_before_date(c.before, languages) if c.field == "published" else []
        if names:  # "Bettina Kugler 19.10.2019": the byline of the line that holds the best date wins
            out.append(
                Candidate("authors", names, "name before the date", RANK_CREDIT_UNLABELLED + round(c.cost), c.block)
            )
    return out


def title_candidates(blocks: list[Block]) -> list[Candidate]:
    out: list[Candidate] = []
    for block in blocks:
        if block.label is _TITLE:
            kicker, title = split_kicker(block.text)
            out.append(Candidate("title", clean_title(title), block.rule, RANK_HEADER_LABELLED, block.index))
            if kicker:
                out.append(
                    Candidate("kicker", kicker, "bracketed tag before the headline", RANK_HEADER_LABELLED, block.index)
                )
        elif block.label is Label.KICKER:
            out.append(Candidate("kicker", block.text.strip(), block.rule, RANK_HEADER_UNLABELLED, block.index))
    return out


def breadcrumb_candidates(blocks: list[Block], languages: tuple[str, ...]) -> list[Candidate]:
    from ..chrome import split_crumbs

    for block in blocks:
        if block.label is _BREADCRUMB:
            crumbs = split_crumbs(block.text, languages)
            if crumbs:
                return [Candidate("breadcrumb", crumbs, "breadcrumb line", RANK_HEADER_LABELLED, block.index)]
    return []


def credit_candidates(paragraphs: list[Block], languages: tuple[str, ...]) -> list[Candidate]:
    """Credits inside the body: ``…。（记者 张三）`` after the last paragraph, ``北京商报讯（记者 …）`` in the lead."""
    if not paragraphs:
        return []
    out = []
    for block in paragraphs[:LEAD_PARAGRAPHS]:
        names = lead_credit(block.text, languages)
        if names:
            out.append(Candidate("authors", names, "credit in the lead's dateline", RANK_LEAD_CREDIT, block.index))
            continue
        names = _credit_line(block.text, languages)
        if names:  # "新华社记者邹多为、唐诗凝、丁乐", "文丨政能亮特约评论员 韩涵": a byline set as the first paragraph
            out.append(Candidate("authors", names, CREDIT_LINE_RULE, RANK_LEAD_CREDIT, block.index))
    last = paragraphs[-1]
    _, credit = split_trailing_credit(last.text, languages)
    if credit is not None:
        value, role_field = credit
        out.append(Candidate(role_field, value, "bracketed credit after the body", RANK_TRAILING_BRACKET, last.index))
    return out


#: the rule of a body line that is only a byline: the line is read as a field and leaves the body
CREDIT_LINE_RULE = "credit line opening the body"
#: how many paragraphs at the top of the body may carry the dateline credit
LEAD_PARAGRAPHS = 2
#: a paragraph that is only a byline is at most this long
MAX_CREDIT_LINE_CHARS = 40


def is_credit_line(text: str, languages: tuple[str, ...]) -> bool:
    """A short line that is one author or editor credit and nothing else ("文/栗思", "编辑/倪家宁")."""
    return bool(_credit_line(text, languages) or _credit_line(text, languages, FieldName.EDITOR))


def _credit_line(text: str, languages: tuple[str, ...], role: FieldName = FieldName.AUTHOR) -> list[str]:
    """The names of a short paragraph that is one author (or editor) credit and nothing else."""
    credit = _sole_value(text, languages)
    if credit is None or credit.field is not role:
        return []
    return split_names(credit.value, languages)


def _sole_value(text: str, languages: tuple[str, ...]) -> LabelledValue | None:
    """The one labelled value of a short line that holds nothing else (no date either)."""
    if len(text) > MAX_CREDIT_LINE_CHARS:
        return None
    reading = read_meta_line(text, languages)
    if len(reading.values) != 1 or reading.dates:
        return None
    return reading.values[0]


#: a credit line after the body: its field and rule by the role its label names
_TAIL_CREDITS = {
    FieldName.AUTHOR: ("authors", "credit line after the body"),  # "文/栗思" on its own line
    FieldName.EDITOR: ("editors", "editor line after the body"),  # "编辑/倪家宁" on its own line
}


def _tail_credit(block: Block, rank: int, languages: tuple[str, ...]) -> list[Candidate]:
    """The author or editor credited alone on a line after the body (the line is read once for both)."""
    credit = _sole_value(block.text, languages)
    if credit is None or credit.field not in _TAIL_CREDITS:
        return []
    field, rule = _TAIL_CREDITS[credit.field]
    names = split_names(credit.value, languages)
    return [Candidate(field, names, rule, rank, block.index)] if names else []


def choose(candidates: list[Candidate]) -> dict[str, Candidate]:
    """The best (lowest-rank, then earliest) candidate of each field."""
    best: dict[str, Candidate] = {}
    for cand in candidates:
        current = best.get(cand.field)
        if current is None or cand.rank < current.rank:
            best[cand.field] = cand
    return best


def _not_before_floor(candidates: list[Candidate]) -> list[Candidate]:
    """No publication date before the page's floor (the period its URL files it under): an older
    date on the page is another story's, a quoted one, or a previous edition's."""
    floors = [c.value for c in candidates if c.field == DATE_FLOOR]
    if not floors:
        return candidates
    floor = max(floors)
    return [c for c in candidates if c.field != "published" or c.value.replace(tzinfo=None) >= floor]


def _shown_update(candidates: list[Candidate], best: dict[str, Candidate]) -> Candidate | None:
    """The page's shown date when it is the metadata's update date and the publication date is shown nowhere.

    A republished or reworked article keeps its first ``datePublished`` in the metadata but
    shows only the new day (``dateModified``), labelled or not: the page dates itself by
    the day it shows. When the publication day is shown anywhere, it stands.
    """
    published, updated = best.get("published"), best.get("updated")
    if published is None or updated is None or published.shown or updated.shown:
        return None
    if published.value.date() == updated.value.date():
        return None
    shown = [c for c in candidates if c.shown and c.field in ("published", "updated")]
    if any(c.value.date() == published.value.date() for c in shown):
        return None
    same = sorted((c for c in shown if c.value.date() == updated.value.date()), key=lambda c: c.rank)
    if not same:
        return None
    c = same[0]
    rule = f"shown date of {updated.rule}; {published.rule} is shown nowhere"
    return Candidate("published", c.value, rule, published.rank, c.block, c.precision, shown=True)


def _shown_over_weak_metadata(candidates: list[Candidate], best: dict[str, Candidate]) -> Candidate | None:
    """A date shown in the page's header when the winning date is a loose metadata value shown nowhere.

    ``<meta name="date">``, CMS tags and ``<time>`` elements often date the page's build, a
    crawl or a teaser elsewhere on the page; when their day appears nowhere on the page while a
    meta line near the top shows another, the page's own line is believed.
    """
    published = best.get("published")
    if published is None or published.shown or published.rank not in WEAK_METADATA_RANKS:
        return None
    shown = [c for c in candidates if c.shown and c.field in ("published", "updated")]
    if any(c.value.date() == published.value.date() for c in shown):
        return None
    header = [c for c in shown if c.field == "published" and c.rank <= MAX_SHOWN_OVER_METADATA]
    if not header:
        return None
    c = min(header, key=lambda c: c.rank)
    rule = f"{c.rule}; {published.rule} is shown nowhere"
    return Candidate("published", c.value, rule, published.rank, c.block, c.precision, shown=True)


def all_editors(candidates: list[Candidate]) -> list[str]:
    """Editors are credited in several places (header, 责编 line, review chain): keep them all."""
    names: list[str] = []
    for cand in sorted((c for c in candidates if c.field == "editors"), key=lambda c: c.rank):
        names.extend(n for n in cand.value if n not in names)
    return names


def build_fields(candidates: list[Candidate]) -> Fields:
    candidates = _not_before_floor(candidates)
    best = choose(candidates)
    shown = _shown_update(candidates, best) or _shown_over_weak_metadata(candidates, best)
    if shown is not None:
        best["published"] = shown

    def val(name: str, default: Any = None) -> Any:
        return best[name].value if name in best else default

    def prec(name: str) -> Precision | None:
        return best[name].precision if name in best else None

    source = val("source")
    authors, by = _best_authors(candidates, source)
    if by is not None:
        best["authors"] = by
    evidence = [Evidence(c.field, _show(c.value), c.rule, c.block) for c in best.values()]
    breadcrumb = _drop_title_crumb(val("breadcrumb", []), val("title"))
    return Fields(
        title=val("title"),
        kicker=_not_a_name(val("kicker"), authors),
        published=val("published"),
        published_precision=prec("published"),
        updated=val("updated"),
        updated_precision=prec("updated"),
        authors=list(authors),
        editors=all_editors(candidates),
        source=source,
        site_name=val("site_name"),
        breadcrumb=breadcrumb,
        evidence=evidence,
    )


def _best_authors(candidates: list[Candidate], source: str | None) -> tuple[list[str], Candidate | None]:
    """The people of the best author candidate that names someone besides the outlet and the editors.

    An outlet credited as the author (``<meta article:author>`` 新京报 next to the source 新京报)
    is no person: the next candidate (a reporter's credit in the body) speaks instead.
    """
    editors = all_editors(candidates)
    ranked = sorted((c for c in candidates if c.field == "authors"), key=lambda c: c.rank)
    for cand in ranked:
        people = [a for a in cand.value if a not in editors] or list(cand.value)
        people = [a for a in people if a != source]
        if people:
            return _fuller_name(people, ranked), cand
    return [], None


#: a plain given name: one capitalised word ("Todd"), not a user name ("KleineGrüneMonster")
_GIVEN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+$")


def _fuller_name(people: list[str], ranked: list[Candidate]) -> list[str]:
    """A lone given name ("Todd" in the JSON-LD) that another credit writes in full ("Todd Bates"
    in the visible byline) is that full name."""
    if len(people) != 1 or not _GIVEN_NAME.match(people[0]):
        return people
    fuller = [
        c.value[0]
        for c in ranked
        if len(c.value) == 1 and c.value[0].startswith(people[0] + " ") and len(c.value[0].split()) <= 3
    ]
    return fuller[:1] or people


def _not_a_name(kicker: str | None, authors: list[str]) -> str | None:
    """A line above the headline that is the author's name is a byline set as an overline, not a kicker."""
    if kicker and any(kicker.casefold() == a.casefold() for a in authors):
        return None
    return kicker


def _drop_title_crumb(crumbs: list[str], title: str | None) -> list[str]:
    """The last crumb is often the headline itself (or a cut-off copy of it): not a category.
    What is left of "Home > <headline>" names no category either."""
    if crumbs and title and len(crumbs) > 1 and _names_title(crumbs[-1], title):
        return crumbs[:-1] if len(crumbs) > 2 else []
    return list(crumbs)


def _names_title(crumb: str, title: str) -> bool:
    """The crumb is the headline, or a copy of it cut off (with an ellipsis, or at half its length
    or more): a category that merely opens the headline ("Topinambur" in "Topinambur ernten: …") is none."""
    if crumb.startswith(title):
        return True
    cut = crumb.rstrip(".…").rstrip()
    return title.startswith(cut) and (cut != crumb or 2 * len(cut) >= len(title))


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)
