"""French: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="fr",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"vous\s+[êe]tes\s+ici", r"tu\s+es\s+ici"),
    home_crumbs=(r"accueil", r"page\s+d['’]accueil"),
    field_labels={
        FieldName.PUBLISHED: (
            r"publié(?:e)?(?:\s+le)?",
            r"mis\s+en\s+ligne(?:\s+le)?",
            r"date\s+de\s+publication",
            r"posté(?:\s+le)?",
            r"paru(?:\s+le)?",
        ),
        FieldName.UPDATED: (
            r"mis\s+à\s+jour(?:\s+le)?",
            r"mise\s+à\s+jour(?:\s+le)?",
            r"dernière\s+mise\s+à\s+jour",
            r"modifié(?:\s+le)?",
            r"actualisé(?:\s+le)?",
        ),
        FieldName.AUTHOR: (r"auteure?", r"écrit\s+par", r"par"),
        FieldName.SOURCE: (r"source",),
        FieldName.EDITOR: (r"édité\s+par", r"rédaction"),
        FieldName.COUNTER: (r"commentaires?", r"vues", r"lectures"),
        FieldName.IGNORE: (r"catégories?", r"mots[-\s]clés", r"rubrique", r"temps\s+de\s+lecture"),
    },
    bare_labels={
        FieldName.AUTHOR: (r"par",),
        FieldName.PUBLISHED: (r"publié(?:e)?(?:\s+le)?", r"mis\s+en\s+ligne(?:\s+le)?", r"posté\s+le"),
        FieldName.UPDATED: (r"mis\s+à\s+jour(?:\s+le)?", r"modifié\s+le", r"actualisé\s+le"),
    },
    months={
        "janvier": 1,
        "janv": 1,
        "février": 2,
        "fevrier": 2,
        "févr": 2,
        "fév": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "oct": 10,
        "novembre": 11,
        "nov": 11,
        "décembre": 12,
        "decembre": 12,
        "déc": 12,
    },
    # "read also" links set between the paragraphs
    chrome_lines=(
        # a share / print / save widget, or a bar of them ("Partager | Imprimer | Envoyer")
        r"(?:(?:partager|imprimer|envoyer|enregistrer|sauvegarder|commenter|r[ée]agir|[ée]couter|fermer|e-?mail)(?:\s*[:|/·]?\s*)){1,6}",
        # a skip link for screen readers, alone on its line
        r"(?:aller|passer)\s+(?:au|à\s+la)\s+(?:contenu(?:\s+principal)?|navigation|recherche)",
        r"(?:lire\s+aussi|à\s+lire\s+(?:aussi|également)|voir\s+aussi)\s*[:：]\s*\S.*",
        # cookie notices
        r"(?:nous|ce\s+site)\s+(?:utilisons|utilise)\s+(?:des\s+)?cookies\b.*",
        r"permalien\b.*",
    ),
    weekdays=(r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche"),
    time_connectors=(r"à", r"a", r"vers"),
    date_fillers=(r"le\s+",),
    person_roles=(r"journaliste", r"envoyée?\s+spéciale?", r"correspondante?"),
    placeholder_values=(r"inconnu", r"anonyme"),
    inline_widgets=(
        # the reading time after the date ("12 mai 2024 à 14h35 3 min de lecture")
        r"\d+\s*min(?:utes?)?\s+de\s+lecture",
        r"(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min(?:utes?)?",
    ),
    not_pub_date_context=(r"aujourd'hui", r"nous\s+sommes\s+le", r"météo"),
)
