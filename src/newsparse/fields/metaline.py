"""Read a meta line: ``Time: February 28, 2024 Author: News source: Wuhu City [Font size: …``.

A meta line is a run of *labelled values*. We cut out inline widgets, find every label
(one alternation over all lexicons, longest label first, so ``News source`` wins over
``source`` and ``发布时间`` over ``时间``), and give each label the text up to the next
label. A label with nothing after it has an empty value, so an empty ``Author:`` never
swallows the ``News source:`` that follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..patterns import FieldName, alt, merged
from ..patterns.common import COLON
from .dates import DateMatch, find_dates


@dataclass(frozen=True)
class LabelledValue:
    field: FieldName
    label: str
    value: str
    start: int


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


#: share of a line's characters that labels, short values, dates and widgets must cover
META_COVERAGE = 0.6
#: a value longer than this is prose, not a field value
MAX_VALUE_CHARS = 60
#: CJK labels are matched with a colon, or glued to a value when the line is all labels
_LATIN_BEFORE = r"(?<![A-Za-z])"


@cache
def _label_index(languages: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, FieldName]]:
    lex = merged(languages)
    groups: list[str] = []
    owners: dict[str, FieldName] = {}
    for i, (field, labels) in enumerate(lex.field_labels.items()):
        name = f"f{i}"
        owners[name] = field
        groups.append(f"(?P<{name}>{alt(labels)})")
    pattern = _LATIN_BEFORE + "(?:" + "|".join(groups) + ")" + COLON
    return re.compile(pattern, re.IGNORECASE), owners


@cache
def _bare_label_pattern(languages: tuple[str, ...]) -> re.Pattern[str] | None:
    lex = merged(languages)
    groups = [f"(?P<f{i}>{alt(labels)})" for i, labels in enumerate(lex.bare_labels.values())]
    if not groups:
        return None
    # bare labels only at the start of a line or after a separator ("Jul 24, 2012|By Pan Zheng")
    return re.compile(r"(?:^|[|｜丨]\s*|\s{2,})(?:" + "|".join(groups) + r")\s+(?=\S)", re.IGNORECASE)


@cache
def _widget_pattern(languages: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alt(merged(languages).inline_widgets), re.IGNORECASE)


def cut_widgets(line: str, languages: tuple[str, ...] = ("en", "zh")) -> str:
    """Replace inline widgets (font size, print, close) by spaces.

    >>> cut_widgets("News source: Wuhu City [Font size: large | in | Small").strip()
    'News source: Wuhu City'
    """
    return _widget_pattern(languages).sub("  ", line)


def _find_labels(line: str, languages: tuple[str, ...]) -> list[tuple[int, int, FieldName, str]]:
    pattern, owners = _label_index(languages)
    hits = []
    for m in pattern.finditer(line):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        hits.append((m.start(), m.end(), owners[name], m.group(name)))
    bare = _bare_label_pattern(languages)
    if bare is not None:
        fields = list(merged(languages).bare_labels)
        for m in bare.finditer(line):
            if any(s <= m.start() < e for s, e, _, _ in hits):
                continue
            idx = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            hits.append((m.start(), m.end(), fields[idx], m.group(f"f{idx}")))
    return sorted(hits)


def read_meta_line(line: str, languages: tuple[str, ...] = ("en", "zh")) -> MetaReading:
    """Labelled values and dates on one line, and the share of the line they explain.

    >>> r = read_meta_line("Time: February 28, 2024 Author: News source: Wuhu City [Font size: large | in | Small")
    >>> [(v.field.value, v.value) for v in r.values], r.is_meta
    ([('published', 'February 28, 2024'), ('author', ''), ('source', 'Wuhu City')], True)
    """
    cleaned = cut_widgets(line, languages)
    labels = _find_labels(cleaned, languages)
    values = []
    spans: list[tuple[int, int]] = []
    for i, (start, end, field, label) in enumerate(labels):
        stop = labels[i + 1][0] if i + 1 < len(labels) else len(cleaned)
        value = _trim_value(cleaned[end:stop])
        values.append(LabelledValue(field, label, value, start))
        spans.append((start, end + (len(value) if len(value) <= MAX_VALUE_CHARS else 0)))
    dates = tuple(find_dates(cleaned, languages=languages))
    spans.extend((d.start, d.end) for d in dates)
    explained = _nonspace_in(cleaned, spans)
    widgets = max(_nonspace(line) - _nonspace(cleaned), 0)
    coverage = (explained + widgets) / max(_nonspace(cleaned) + widgets, 1)
    return MetaReading(tuple(values), dates, coverage, cleaned)


_VALUE_EDGE = re.compile(r"^[\s|｜丨/,，;；:：·•\-—_]+|[\s|｜丨/,，;；:：·•\-—_【\[（(]+$")


def _trim_value(raw: str) -> str:
    value = raw.strip()
    # a run of 2+ spaces ends a value in column layouts ("作者:刘静 齐绍杰    来源:…")
    value = re.split(r"\s{3,}", value, maxsplit=1)[0]
    return _VALUE_EDGE.sub("", value).strip()


def _nonspace_in(text: str, spans: list[tuple[int, int]]) -> int:
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (min(end, len(text)) - start)
    return sum(1 for ch, c in zip(text, covered, strict=True) if c and not ch.isspace())


def _nonspace(text: str) -> int:
    return len(text) - text.count(" ")
