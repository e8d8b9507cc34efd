"""Catalan: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="ca",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"ets\s+a",),
    home_crumbs=(r"inici", r"portada"),
    field_labels={
        FieldName.PUBLISHED: (r"publicat(?:\s+el)?",),
        FieldName.UPDATED: (r"actualitzat(?:\s+el)?",),
        FieldName.SOURCE: (r"font",),
    },
    months={
        "gener": 1,
        "febrer": 2,
        "març": 3,
        "abril": 4,
        "maig": 5,
        "juny": 6,
        "juliol": 7,
        "agost": 8,
        "setembre": 9,
        "octubre": 10,
        "novembre": 11,
        "desembre": 12,
    },
    weekdays=(r"dilluns", r"dimarts", r"dimecres", r"dijous", r"divendres", r"dissabte", r"diumenge"),
    date_fillers=(r"de\s+", r"d['’]"),
)
