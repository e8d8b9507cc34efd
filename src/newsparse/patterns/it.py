"""Italian: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="it",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"ti\s+trovi\s+in", r"sei\s+(?:qui|in)"),
    home_crumbs=(r"home(?:\s*page)?", r"pagina\s+iniziale"),
    chrome_lines=(
        # a share / print / save widget, or a bar of them ("Partager | Imprimer | Envoyer")
        r"(?:(?:condividi|stampa|invia|salva|commenta|ascolta|chiudi|e-?mail)(?:\s*[:|/·]?\s*)){1,6}",
    ),
    field_labels={
        FieldName.PUBLISHED: (r"pubblicato(?:\s+(?:il|in))?", r"data(?:\s+di\s+pubblicazione)?"),
        FieldName.UPDATED: (r"aggiornato(?:\s+(?:il|alle))?", r"ultima\s+modifica", r"ultimo\s+aggiornamento"),
        FieldName.AUTHOR: (r"autore", r"autrice", r"scritto\s+da", r"di"),
        FieldName.SOURCE: (r"fonte",),
        FieldName.EDITOR: (r"redazione", r"a\s+cura\s+di"),
        FieldName.COUNTER: (r"commenti", r"letture", r"visite"),
        FieldName.IGNORE: (r"categori[ae]", r"tag", r"argomenti"),
    },
    bare_labels={
        FieldName.AUTHOR: (r"di",),
        FieldName.PUBLISHED: (r"pubblicato(?:\s+il)?",),
        FieldName.UPDATED: (r"aggiornato(?:\s+il)?", r"ultima\s+modifica"),
    },
    months={
        "gennaio": 1,
        "gen": 1,
        "febbraio": 2,
        "feb": 2,
        "marzo": 3,
        "mar": 3,
        "aprile": 4,
        "apr": 4,
        "maggio": 5,
        "mag": 5,
        "giugno": 6,
        "giu": 6,
        "luglio": 7,
        "lug": 7,
        "agosto": 8,
        "ago": 8,
        "settembre": 9,
        "set": 9,
        "ottobre": 10,
        "ott": 10,
        "novembre": 11,
        "nov": 11,
        "dicembre": 12,
        "dic": 12,
    },
    weekdays=(r"lunedì", r"martedì", r"mercoledì", r"giovedì", r"venerdì", r"sabato", r"domenica"),
    time_connectors=(r"alle", r"ore", r"alle\s+ore"),
    inline_widgets=(
        # the reading time after the date ("18 Maggio 2024 alle 09:22 1 minuti di lettura")
        r"\d+\s+minut[oi]\s+di\s+lettura",
    ),
    not_pub_date_context=(r"oggi\s+è",),
)
