"""Czech: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="cs",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"nach[áa]z[íi]te\s+se(?:\s+zde)?", r"jste\s+zde"),
    home_crumbs=(r"[úu]vod", r"hlavn[íi]\s+str[áa]nka"),
    field_labels={
        FieldName.PUBLISHED: (r"publikováno",),
        FieldName.UPDATED: (r"aktualizováno",),
        FieldName.AUTHOR: (r"autor",),
        FieldName.SOURCE: (r"zdroj",),
    },
    months={
        "ledna": 1,
        "února": 2,
        "března": 3,
        "dubna": 4,
        "května": 5,
        "června": 6,
        "července": 7,
        "srpna": 8,
        "září": 9,
        "října": 10,
        "listopadu": 11,
        "prosince": 12,
    },
    weekdays=(
        r"pondělí",
        r"úterý",
        r"středa",
        r"čtvrtek",
        r"pátek",
        r"sobota",
        r"neděle",
    ),
    time_connectors=(r"v",),
)
