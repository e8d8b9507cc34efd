"""Swedish: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="sv",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"du\s+[äa]r\s+h[äa]r",),
    home_crumbs=(r"startsida", r"hem"),
    field_labels={
        FieldName.PUBLISHED: (r"publicerad(?:\s+den)?",),
        FieldName.UPDATED: (r"uppdaterad",),
        FieldName.AUTHOR: (r"av",),
        FieldName.SOURCE: (r"källa",),
    },
    months={
        "januari": 1,
        "februari": 2,
        "mars": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "augusti": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
    },
    weekdays=(
        r"måndag",
        r"tisdag",
        r"onsdag",
        r"torsdag",
        r"fredag",
        r"lördag",
        r"söndag",
    ),
    time_connectors=(r"kl\.",),
    bare_labels={FieldName.AUTHOR: (r"av",)},
)
