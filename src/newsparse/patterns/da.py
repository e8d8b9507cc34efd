"""Danish: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="da",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"du\s+er\s+her",),
    home_crumbs=(r"forside",),
    field_labels={
        FieldName.PUBLISHED: (r"udgivet",),
        FieldName.UPDATED: (r"opdateret",),
        FieldName.AUTHOR: (r"af",),
        FieldName.SOURCE: (r"kilde",),
    },
    months={
        "januar": 1,
        "februar": 2,
        "marts": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
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
        r"mandag",
        r"tirsdag",
        r"onsdag",
        r"torsdag",
        r"fredag",
        r"lørdag",
        r"søndag",
    ),
    time_connectors=(r"kl\.",),
    bare_labels={FieldName.AUTHOR: (r"af",)},
)
