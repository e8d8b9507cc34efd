"""Hungarian: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="hu",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"[öo]n\s+itt\s+j[áa]r",),
    home_crumbs=(r"f[őo]oldal", r"kezd[őo]lap"),
    field_labels={
        FieldName.PUBLISHED: (r"publikálva",),
        FieldName.UPDATED: (r"frissítve",),
        FieldName.AUTHOR: (r"szerző",),
        FieldName.SOURCE: (r"forrás",),
    },
    months={
        "január": 1,
        "február": 2,
        "március": 3,
        "április": 4,
        "május": 5,
        "június": 6,
        "július": 7,
        "augusztus": 8,
        "szeptember": 9,
        "október": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "febr": 2,
        "márc": 3,
        "ápr": 4,
        "máj": 5,
        "jún": 6,
        "júl": 7,
        "aug": 8,
        "szept": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
    },
    weekdays=(
        r"hétfő",
        r"kedd",
        r"szerda",
        r"csütörtök",
        r"péntek",
        r"szombat",
        r"vasárnap",
    ),
)
