"""Read a meta line: ``Time: February 28, 2024 Author: News source: Wuhu City [Font size: …``.

A meta line is a run of *labelled values*. We cut out inline widgets, find every label
(one alternation over all lexicons, longest label first, so ``News source`` wins over
``source`` and ``发布时间`` over ``时间``), and give each label the text up to the next
label. A label with nothing after it has an empty value, so an empty ``Author:`` never
swallows the ``News source:`` that follows.

Two kinds of label:

- *colon labels* (``来源：``, ``Author:``) are searched only just before each colon, which
  keeps this fast on the many lines that hold no label at all;
- *bare labels* (``By``, ``文/``, ``Veröffentlicht am``, ``记者``) need no colon, so they are
  believed only where a byline can start (line start, after a separator or a date) and only
  when what follows fits them: names after an author label, a date after a date label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..patterns import (
    ALL_LANGUAGES,
    NEVER,
    FieldName,
    all_present,
    alt,
    ascii_needed_literals,
    caseless_needed_literals,
    may_match_any,
    merged,
)
from ..patterns.common import IDEOGRAPH
from .dates import DateMatch, find_dates
from .names import cut_at_unopened_bracket, name_before_date, name_prefix

#: fields whose value is a date: a date inside their value belongs to them
#: (in the order their labels are tried before a date)
DATE_FIELD_ORDER = (FieldName.PUBLISHED, FieldName.UPDATED, FieldName.NOT_DATE, FieldName.WRITTEN)
DATE_FIELDS = frozenset(DATE_FIELD_ORDER)


@dataclass(frozen=True)
class LabelledValue:
    field: FieldName
    label: str
    value: str
    #: where the label starts and ends in :attr:`MetaReading.cleaned`
    start: int
    end: int = 0
    #: found without a colon (a byline word such as "By" or "记者")
    bare: bool = False


@dataclass(frozen=True)
class MetaReading:
    """What a line holds: labelled values, dates, and how much of the line they explain."""

    values: tuple[LabelledValue, ...]
    dates: tuple[DateMatch, ...]
    coverage: float
    cleaned: str

    @property
    def is_meta(self) -> bool:
        return bool(self.values or self.dates) and self.coverage >= META_COVERAGE

    def owner(self, date: DateMatch) -> LabelledValue | None:
        """The label a date belongs to: the nearest label before it on the line."""
        owner = None
        for v in self.values:
            if v.start <= date.start:
                owner = v
        return owner


#: share of a line's characters that labels, short values, dates and widgets must cover
META_COVERAGE = 0.6
#: a value longer than this is prose, not a field value
MAX_VALUE_CHARS = 60
#: a colon label ends at most this many characters before its colon
MAX_LABEL_CHARS = 32
#: a bare date label ("Published on") must be followed by its date within this many characters
BARE_DATE_GAP = 24
_LATIN_BEFORE = r"(?<![A-Za-z\u00c0-\u024f])"
_COLONS = re.compile(r"[:：]")
#: where a bare label may start: line start, after a bar/bullet/slash, after an image tag
#: ("[e3d6d9295d] By Alejandro Villamor"), or after a wide gap
_BYLINE_STARTS = re.compile(r"^[\s【\[（(]*|[|｜丨·•/]\s*|\]\s+|\s{2,}")
_EMPTY = ()


@dataclass(frozen=True)
class _Labels:
    colon: re.Pattern[str]
    colon_owners: dict[str, FieldName]
    bare: re.Pattern[str] | None
    bare_owners: dict[str, FieldName]
    widgets: re.Pattern[str]
    #: what an ASCII line holds (lowered) if a widget is in it (see ascii_needed_literals)
    widget_needs: tuple[tuple[str, ...], ...]
    #: per widget, what a line of any script holds (lowered) if that widget is in it; None if
    #: some widget needs no literal (see caseless_needed_literals)
    widget_caseless: tuple[tuple[tuple[str, ...], ...], ...] | None


def _groups(table: dict[FieldName, tuple[str, ...]], prefix: str) -> tuple[str, dict[str, FieldName]]:
    groups, owners = [], {}
    for i, (field, labels) in enumerate(table.items()):
        name = f"{prefix}{i}"
        owners[name] = field
        groups.append(f"(?P<{name}>{alt(labels)})")
    return "|".join(groups), owners


@cache
def _labels(languages: tuple[str, ...]) -> _Labels:
    lex = merged(languages)
    colon_body, colon_owners = _groups(lex.field_labels, "c")
    # searched inside a window that ends at a colon: the label is the leftmost one ending there
    colon = re.compile(_LATIN_BEFORE + "(?:" + colon_body + r")\s*[:：]\Z", re.IGNORECASE)
    bare, bare_owners = None, {}
    if lex.bare_labels:
        bare_body, bare_owners = _groups(lex.bare_labels, "b")
        bare = re.compile(r"(?:" + bare_body + r")(?:(?<=[/／])|(?![A-Za-z\u00c0-\u024f]))\s*", re.IGNORECASE)
    widgets = re.compile(alt(lex.inline_widgets), re.IGNORECASE)
    each = tuple(caseless_needed_literals(w, re.IGNORECASE) for w in lex.inline_widgets if w)
    return _Labels(
        colon,
        colon_owners,
        bare,
        bare_owners,
        widgets,
        ascii_needed_literals(widgets.pattern, re.IGNORECASE),
        each if all(each) else None,
    )


def cut_widgets(line: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> str:
    """Replace inline widgets (font size, print, close) by spaces.

    >>> cut_widgets("News source: Wuhu City [Font size: large | in | Small").strip()
    'News source: Wuhu City'
    """
    lab = _labels(languages)
    if line.isascii():
        if not all_present(lab.widget_needs, line.lower()):
            return line  # no widget can be in it: the substitution would return it unchanged
    elif lab.widget_caseless is not None and not may_match_any(lab.widget_caseless, line.lower()):
        return line
    return lab.widgets.sub("  ", line)


def _colon_labels(line: str, lab: _Labels) -> list[tuple[int, int, FieldName, str]]:
    hits: list[tuple[int, int, FieldName, str]] = []
    floor = 0
    for colon in _COLONS.finditer(line):
        at = colon.start()
        if at and line[at - 1].isdigit():
            continue  # a time ("10:30"), not a label
        m = lab.colon.search(line, max(floor, at - MAX_LABEL_CHARS), at + 1)
        floor = at + 1
        if not m:
            continue
        name = next(k for k, v in m.groupdict().items() if v is not None)
        end = at + 1
        while end < len(line) and line[end] in " \t":
            end += 1
        hits.append((m.start(), end, lab.colon_owners[name], m.group(name)))
    return hits


def _bare_labels(
    line: str, lab: _Labels, dates: tuple[DateMatch, ...], taken: list[tuple[int, int, FieldName, str]]
) -> list[tuple[int, int, FieldName, str]]:
    if lab.bare is None:
        return []
    starts = {m.end() for m in _BYLINE_STARTS.finditer(line)}
    starts.update(_skip_spaces(line, d.end) for d in dates)
    queue = sorted(starts, reverse=True)
    hits: list[tuple[int, int, FieldName, str]] = []
    seen: set[int] = set()
    while queue:
        pos = queue.pop()
        if pos in seen or any(s <= pos < e for s, e, _, _ in (*taken, *hits)):
            continue
        seen.add(pos)
        m = lab.bare.match(line, pos)
        if not m:
            continue
        name = next(k for k, v in m.groupdict().items() if v is not None)
        field = lab.bare_owners[name]
        if _bare_fits(field, line, m.end(), dates):
            hits.append((m.start(), m.end(), field, m.group(name)))
            if field is FieldName.AUTHOR:  # a label may follow the names: "By A. Villamor Last updated …"
                queue.extend(w.start() for w in _WORD_START.finditer(line, m.end(), m.end() + MAX_VALUE_CHARS))
                queue.sort(reverse=True)
    return hits


def _skip_spaces(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in " \t,，|·•":
        pos += 1
    return pos


def _bare_fits(field: FieldName, line: str, end: int, dates: tuple[DateMatch, ...]) -> bool:
    """A bare label counts only when followed by what it announces."""
    if field in DATE_FIELDS:
        return any(0 <= d.start - end <= BARE_DATE_GAP for d in dates)
    stop = min((d.start for d in dates if d.start >= end), default=len(line))
    if field in (FieldName.AUTHOR, FieldName.EDITOR):
        return bool(name_prefix(line[end:stop]))
    if field is FieldName.IGNORE:
        return True  # a marker such as an IP-location stamp: nothing needs to follow
    return bool(_first_token(line[end:stop]))


def _find_labels(
    line: str, languages: tuple[str, ...], dates: tuple[DateMatch, ...]
) -> list[tuple[int, int, FieldName, str]]:
    lab = _labels(languages)
    hits = _colon_labels(line, lab) if ("：" in line or ":" in line) else []
    hits.extend(_bare_labels(line, lab, dates, hits))
    return sorted(hits)


@lru_cache(maxsize=8192)
def _cleaned_dates(line: str, languages: tuple[str, ...]) -> tuple[str, tuple[DateMatch, ...]]:
    """The line without inline widgets, and its dates: the part of a reading the date passes need."""
    cleaned = cut_widgets(line, languages)
    return cleaned, tuple(find_dates(cleaned, languages=languages))


def line_dates(line: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> tuple[DateMatch, ...]:
    """The dates :func:`read_meta_line` finds on ``line``, without reading its labels."""
    return _cleaned_dates(line, languages)[1]


@lru_cache(maxsize=8192)
def read_meta_line(line: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> MetaReading:
    """Labelled values and dates on one line, and the share of the line they explain.

    >>> r = read_meta_line("Time: February 28, 2024 Author: News source: Wuhu City [Font size: large | in | Small")
    >>> [(v.field.value, v.value) for v in r.values], r.is_meta
    ([('published', 'February 28, 2024'), ('author', ''), ('source', 'Wuhu City')], True)
    >>> [(v.field.value, v.value) for v in read_meta_line("作者：涅阳城 2020年01月12日18:32 浏览：272").values]
    [('author', '涅阳城'), ('counter', '272')]
    """
    cleaned, dates = _cleaned_dates(line, languages)
    labels = _find_labels(cleaned, languages, dates)
    roles = _role_bylines(cleaned, languages, dates, labels)
    if not labels and not dates and not roles:
        return MetaReading(_EMPTY, _EMPTY, 0.0, cleaned)
    values = list(roles)
    spans: list[tuple[int, int]] = [(d.start, d.end) for d in dates] + [(v.start, v.end) for v in roles]
    for i, (start, end, field, label) in enumerate(labels):
        stop = labels[i + 1][0] if i + 1 < len(labels) else len(cleaned)
        bare = not _COLONS.search(cleaned, start, end)
        if bare and field is FieldName.AUTHOR:
            stop = _next_label_word(cleaned, end, stop, languages)
        value = _value(cleaned, end, stop, field, dates, bare)
        values.append(LabelledValue(field, label, value, start, end, bare))
        counts = len(value) <= MAX_VALUE_CHARS and not (bare and len(labels) == 1 and not dates and _prose_like(value))
        at = cleaned.find(value, end, stop) if value else -1
        spans.append((start, at + len(value) if counts and at >= 0 else end))
    spans.append((0, _unlabelled_lead(cleaned, dates, labels, languages)))
    explained = _nonspace_in(cleaned, spans)
    widgets = max(_nonspace(line) - _nonspace(cleaned), 0)
    coverage = (explained + widgets) / max(_nonspace(cleaned) + widgets, 1)
    return MetaReading(tuple(sorted(values, key=lambda v: v.start)), dates, coverage, cleaned)


@cache
def _trailing_roles(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in merged(languages).trailing_role_bylines if p != NEVER)


def _role_bylines(
    line: str, languages: tuple[str, ...], dates: tuple[DateMatch, ...], labels: list[tuple[int, int, FieldName, str]]
) -> list[LabelledValue]:
    """Bylines whose role word follows the name ("김수아 인턴 기자   2024. 5. 22. 08:37"), where a
    byline can start; the name is the author's."""
    patterns = _trailing_roles(languages)
    if not patterns or line.isascii():
        return []
    starts = sorted({m.end() for m in _BYLINE_STARTS.finditer(line)} | {_skip_spaces(line, d.end) for d in dates})
    out: list[LabelledValue] = []
    for pos in starts:
        if any(s <= pos < e for s, e, _, _ in labels) or any(v.start <= pos < v.end for v in out):
            continue
        for pattern in patterns:
            m = pattern.match(line, pos)
            if m:
                role = line[m.end("name") : m.end()].strip()
                out.append(LabelledValue(FieldName.AUTHOR, role, m.group("name"), m.start(), m.end(), True))
                break
    return out


def _unlabelled_lead(
    line: str, dates: tuple[DateMatch, ...], labels: list[tuple[int, int, FieldName, str]], languages: tuple[str, ...]
) -> int:
    """How much of the line before its first date is an unlabelled byline or outlet: a name alone
    ("Anna Schmidt 04.05.2024, 22:58") or a bracketed outlet ("(Xinhua) 11:35, November 23, 2022").
    Returns where that lead ends (0: none)."""
    if not dates or (labels and labels[0][0] < dates[0].start):
        return 0
    at = dates[0].start
    before = line[:at]
    if not before.strip():
        return 0
    if _BRACKETED_LEAD.fullmatch(before):
        return at
    if _ONE_NAME_LEAD.fullmatch(before) and name_before_date(before, languages):
        return at
    return 0


def _value(line: str, end: int, stop: int, field: FieldName, dates: tuple[DateMatch, ...], bare: bool) -> str:
    """The value of a label: up to the next label; a non-date value also stops at a date."""
    if field not in DATE_FIELDS:
        stop = min([stop] + [d.start for d in dates if end <= d.start < stop])
    value = _trim_value(line[end:stop])
    if bare and field in (FieldName.AUTHOR, FieldName.EDITOR):
        return name_prefix(value)
    if bare and field is FieldName.IGNORE:
        return ""
    if bare and field not in DATE_FIELDS:
        return _first_token(value)
    return value


def _next_label_word(line: str, start: int, stop: int, languages: tuple[str, ...]) -> int:
    """Where a byline's names end at a label word ("By A. Villamor Last updated Nov 8")."""
    bare = _labels(languages).bare
    if bare is None:
        return stop
    for word in _WORD_START.finditer(line, start, stop):
        if word.start() > start and bare.match(line, word.start()):
            return word.start()
    return stop


def _prose_like(value: str) -> bool:
    """A lone "Von Kindern und Katzen" is a headline, not a byline: a byline alone on its line
    names people, each with two to four words ("By Chen Lu and Mark Evans")."""
    if _CJK_START.match(value):
        return False  # name_prefix already keeps only runs of 2-6 ideographs
    names = [n.split() for n in _NAME_JOIN.split(value) if n.strip()]
    return not names or any(not MIN_NAME_WORDS <= len(n) <= MAX_NAME_WORDS for n in names)


def _first_token(text: str) -> str:
    """A bare source or location label's value: one token ("来源于北京商报 2024-…" -> "北京商报")."""
    parts = text.strip(" \t:：,，|·•").split(maxsplit=1)
    return parts[0] if parts and len(parts[0]) <= MAX_TOKEN_CHARS else ""


#: each name of a byline alone on its line has this many words
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
_CJK_START = re.compile(IDEOGRAPH)
_NAME_JOIN = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_WORD_START = re.compile(r"(?<!\S)\S")
#: a bracketed outlet before a date, alone: "(Xinhua) ", "【新华社】"
_BRACKETED_LEAD = re.compile(r"\s*[(（【\[][^()（）【】\[\]]{2,40}[)）】\]]\s*[,，|·•-]?\s*")
#: one person's name before a date, apart from it ("Anna Schmidt 04.05.2024", "Anna Schmidt, 04.05.2024"):
#: two to four words, no list ("AI & Machine Learning • …" is a breadcrumb), no word glued to the date
#: nor a table row's cell ("Weitsprung W14<tab>19.05.2007": words with digits, a tab)
_ONE_NAME_LEAD = re.compile(r" *[^\W\d_](?:[^\W\d_]|[.'’-])*(?: [^\W\d_](?:[^\W\d_]|[.'’-])*){1,3}(?: +| *, *)")
#: a bare label's one-token value is at most this long
MAX_TOKEN_CHARS = 30
_VALUE_EDGE = re.compile(r"^[\s|｜丨/,，;；:：·•\-—_”’」』]+|[\s|｜丨/,，;；:：·•\-—_【\[（(“‘「『\"]+$")
#: a wide gap ends a value in column layouts ("作者:刘静 齐绍杰    来源:…"), and so does an
#: unrendered template tag ("北青网-北京青年报 [ipLocation]北京")
_WIDE_GAP = re.compile(r"(?<!\s)(?:\s{3,}|\s{2}(?=\S*[^\x00-\x7f])|\s+[|｜丨]\s+)|\s*\[[A-Za-z_]\w*\]")


def _trim_value(raw: str) -> str:
    value = cut_at_unopened_bracket(_WIDE_GAP.split(raw.strip(), maxsplit=1)[0])
    return _VALUE_EDGE.sub("", value).strip()


def _nonspace_in(text: str, spans: list[tuple[int, int]]) -> int:
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (min(end, len(text)) - start)
    return sum(1 for ch, c in zip(text, covered, strict=True) if c and not ch.isspace())


def _nonspace(text: str) -> int:
    return len(text) - text.count(" ")
