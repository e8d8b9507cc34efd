"""Turkish: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="tr",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"buradas[ıi]n[ıi]z",),
    home_crumbs=(r"ana\s*sayfa",),
    field_labels={
        FieldName.PUBLISHED: (r"yayınlanma(?:\s+tarihi)?",),
        FieldName.UPDATED: (r"güncelleme(?:\s+tarihi)?",),
        FieldName.AUTHOR: (r"yazar",),
        FieldName.SOURCE: (r"kaynak",),
    },
    months={
        "ocak": 1,
        "şubat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
    },
    weekdays=(
        r"pazartesi",
        r"salı",
        r"çarşamba",
        r"perşembe",
        r"cuma",
        r"cumartesi",
        r"pazar",
    ),
    time_connectors=(r"saat",),
    chrome_lines=(
        # "the content continues below": markers around ads and the comment box ("İ" lowers to i + U+0307)
        r"(?:i\u0307?çeriğin|haberin|yazının)\s+devamı(?:\s+aşağıda)?",
        r"yorumlar\s+ve\s+emojiler\s+aşağıda",
    ),
)
