"""Dutch: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="nl",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"u\s+bent\s+hier", r"je\s+bent\s+hier"),
    home_crumbs=(r"home", r"startpagina", r"voorpagina"),
    chrome_lines=(
        # a share / print / save widget, or a bar of them ("Partager | Imprimer | Envoyer")
        r"(?:(?:delen|printen|afdrukken|opslaan|mailen|e-?mail|reageren|voorlezen|sluiten)(?:\s*[:|/·]?\s*)){1,6}",
    ),
    field_labels={
        FieldName.PUBLISHED: (r"gepubliceerd(?:\s+op)?", r"geplaatst(?:\s+op)?", r"datum"),
        FieldName.UPDATED: (r"(?:laatst\s+)?bijgewerkt(?:\s+op)?", r"gewijzigd(?:\s+op)?"),
        FieldName.AUTHOR: (r"auteur", r"geschreven\s+door", r"door"),
        FieldName.SOURCE: (r"bron",),
        FieldName.EDITOR: (r"redactie",),
        FieldName.COUNTER: (r"reacties?",),
    },
    bare_labels={
        FieldName.AUTHOR: (r"door",),
        FieldName.PUBLISHED: (r"gepubliceerd(?:\s+op)?", r"geplaatst\s+op"),
        FieldName.UPDATED: (r"(?:laatst\s+)?bijgewerkt(?:\s+op)?",),
    },
    months={
        "januari": 1,
        "jan": 1,
        "februari": 2,
        "feb": 2,
        "maart": 3,
        "mrt": 3,
        "april": 4,
        "apr": 4,
        "mei": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "augustus": 8,
        "aug": 8,
        "september": 9,
        "sep": 9,
        "sept": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
    weekdays=(r"maandag", r"dinsdag", r"woensdag", r"donderdag", r"vrijdag", r"zaterdag", r"zondag"),
    time_connectors=(r"om",),
)
