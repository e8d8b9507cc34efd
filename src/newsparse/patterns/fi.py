"""Finnish: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="fi",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"olet\s+t[äa]ss[äa]",),
    home_crumbs=(r"etusivu",),
    field_labels={
        FieldName.PUBLISHED: (r"julkaistu",),
        FieldName.UPDATED: (r"päivitetty",),
        FieldName.AUTHOR: (r"kirjoittaja",),
        FieldName.SOURCE: (r"lähde",),
    },
    months={
        "tammikuuta": 1,
        "helmikuuta": 2,
        "maaliskuuta": 3,
        "huhtikuuta": 4,
        "toukokuuta": 5,
        "kesäkuuta": 6,
        "heinäkuuta": 7,
        "elokuuta": 8,
        "syyskuuta": 9,
        "lokakuuta": 10,
        "marraskuuta": 11,
        "joulukuuta": 12,
    },
    weekdays=(
        r"maanantai",
        r"tiistai",
        r"keskiviikko",
        r"torstai",
        r"perjantai",
        r"lauantai",
        r"sunnuntai",
    ),
    time_connectors=(r"klo",),
)
