"""Norwegian: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="no",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"du\s+er\s+her",),
    home_crumbs=(r"forside", r"hjem"),
    field_labels={
        FieldName.PUBLISHED: (r"publisert",),
        FieldName.UPDATED: (r"oppdatert",),
        FieldName.AUTHOR: (r"av",),
        FieldName.SOURCE: (r"kilde",),
    },
    months={
        "januar": 1,
        "februar": 2,
        "mars": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "desember": 12,
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
        "des": 12,
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
    bare_labels={FieldName.AUTHOR: (r"av",)},
)
