"""German (Germany, Austria, Switzerland): month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="de",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"sie\s+sind\s+hier", r"du\s+bist\s+hier", r"aktuelle\s+seite"),
    home_crumbs=(r"startseite", r"home(?:page)?"),
    field_labels={
        FieldName.PUBLISHED: (
            r"veröffentlicht(?:\s+am)?",
            r"erstellt(?:\s+am)?",
            r"erschienen(?:\s+am)?",
            r"publiziert(?:\s+am)?",
            r"erscheinungsdatum",
            r"veröffentlichungsdatum",
            r"datum",
            r"gepostet(?:\s+am)?",
        ),
        FieldName.UPDATED: (
            r"aktualisiert(?:\s+am)?",
            r"zuletzt\s+(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?",
            r"geändert(?:\s+am)?",
            r"stand",
            r"letzte\s+(?:änderung|aktualisierung)",
        ),
        FieldName.AUTHOR: (r"autor(?:in|en)?", r"verfasser(?:in)?", r"text", r"von"),
        FieldName.SOURCE: (r"quelle", r"quellen"),
        FieldName.EDITOR: (r"redaktion", r"redakteur(?:in)?", r"bearbeitung", r"lektorat"),
        FieldName.COUNTER: (r"kommentare?", r"aufrufe", r"gelesen"),
        FieldName.IGNORE: (r"kategorien?", r"schlagwörter", r"schlagworte", r"rubrik", r"lesezeit", r"foto", r"bild"),
    },
    bare_labels={
        FieldName.AUTHOR: (r"von", r"ein\s+artikel\s+von"),
        FieldName.PUBLISHED: (r"veröffentlicht(?:\s+am)?", r"erstellt\s+am", r"gepostet\s+am"),
        FieldName.UPDATED: (r"aktualisiert(?:\s+am)?", r"zuletzt\s+(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?"),
    },
    months={
        "januar": 1,
        "jänner": 1,
        "jan": 1,
        "jän": 1,
        "februar": 2,
        "feber": 2,
        "feb": 2,
        "märz": 3,
        "maerz": 3,
        "mär": 3,
        "mrz": 3,
        "april": 4,
        "apr": 4,
        "mai": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "dezember": 12,
        "dez": 12,
    },
    # "read also" links set between the paragraphs
    chrome_lines=(
        # a skip link for screen readers, alone on its line
        r"(?:direkt\s+)?(?:zum|zur)\s+(?:inhalt|hauptinhalt|navigation|suche|hauptnavigation)(?:\s+(?:springen|wechseln))?",
        # cookie notices; one widget alone on its line
        r"(?:wir|diese\s+(?:website|webseite|seite))\s+(?:verwenden|nutzen|benutzen|setzen|verwendet|nutzt|setzt)\s+(?:\S+\s+)?cookies\b.*",
        r"(?:rezept\s+)?drucken|pinnen|merken|teilen|newsticker",
        # a bar of widgets: "Artikel teilen Drucken Merken", "Teilen | Drucken | Zurück"
        r"(?:(?:(?:artikel|seite|beitrag)\s+)?(?:teilen|drucken|merken|versenden|vorlesen|anhören|kommentieren|"
        r"e-?mail|zurück|nach\s+oben|schließen|speichern|feedback)(?:\s*[:|/·]?\s*)){2,6}",
        r"(?:lesen\s+sie\s+(?:auch|mehr|hier|dazu)|mehr\s+(?:zum\s+thema|dazu)|auch\s+interessant)\s*[:：]\s*\S.*",
        # a heading over a box of links: the line goes, the text below may still be the article's
        r"(?:weitere|mehr)\s+(?:informationen|infos)",
        # widgets: print, picture viewer, hidden sources, an embed's placeholder
        r"(?:rezept|artikel|seite|beitrag)\s+drucken\b.*",
        r"bild(?:er)?\s+(?:anzeigen|schließen|vergrößern)\b.*",
        r"quellen\s+(?:ausblenden|einblenden|anzeigen)",
        r"externer\s+inhalt",
        # the label over an ad slot set between paragraphs
        r"anzeige|werbung",
        # an advertising or affiliate disclosure above the text: "*Werbung. Dieser Beitrag enthält
        # Werbung für …", "Dieser Artikel enthält Affiliate-Links."
        r"(?:\*?\s*(?:(?:unbezahlte|unbeauftragte)\s+)?(?:werbung|anzeige)\s*[.:|/–-]+\s*)?"
        r"(?:dieser|der|dieses)\s+(?:beitrag|artikel|post|blogpost|video)\s+enthält\s+"
        r"(?:(?:unbezahlte|unbeauftragte)\s+)?(?:werbung|affiliate[- ]?links|werbelinks|produktplatzierungen?)\b.{0,100}",
    ),
    footer_markers=(
        # the standard liability notice of a site's imprint
        r"trotz\s+sorgfältiger\s+inhaltlicher\s+kontrolle",
        # the comment box closing the article
        r"(?:anmelden|einloggen|registrieren),?\s+um\s+(?:kommentare|einen\s+kommentar)\s+zu\s+(?:schreiben|verfassen)",
    ),
    weekdays=(
        r"montag",
        r"dienstag",
        r"mittwoch",
        r"donnerstag",
        r"freitag",
        r"samstag",
        r"sonnabend",
        r"sonntag",
        r"mo\.?",
        r"di\.?",
        r"mi\.?",
        r"do\.?",
        r"fr\.?",
        r"sa\.?",
        r"so\.?",
    ),
    time_connectors=(r"um", r"gegen", r"ab", r"vom", r"am"),
    person_roles=(
        r"autor(?:in)?",
        r"redakteur(?:in)?",
        r"korrespondent(?:in)?",
        r"rechtsanwalt",
        r"rechtsanwältin",
    ),
    # "Redaktion" stays: a newsroom credited as the author is the page's author ("Von Redaktion")
    placeholder_values=(r"unbekannt",),
    inline_widgets=(
        # the reading time after the date ("12.05.2024, 14:35 Uhr 3 Min. Lesezeit")
        r"(?:ca\.\s*)?\d+\s*min(?:uten?|\.)?\s+lesezeit",
        r"lesezeit\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten?|\.)?",
    ),
    not_pub_date_context=(r"heute\s+ist", r"gültig\s+(?:bis|ab)", r"wetter"),
    # headings that open the reading tips, sources or promo box after the text (whole line)
    tail_markers=(
        r"(?:schon\s+gelesen|lust\s+auf\s+mehr|zum\s+weiterlesen|weiterlesen\s+zum\s+thema)\W{0,3}(?:$|\s)",
        r"(?:das|dieses)\s+thema\s+könnte\s+(?:dich|sie)\s+auch\s+interessieren\W{0,3}$",
        r"weitere\s+aktuelle\s+(?:themen|artikel|beiträge|nachrichten)\b.*",
        r"(?:quellen(?:angaben)?|quellenverzeichnis|originalpublikation|originalartikel|über\s+den\s+autor(?:\s+\S+)?)\W{0,3}$",
        r"(?:gefällt|gefiel)\s+(?:ihnen|dir)\s+(?:dieser|der)\s+(?:artikel|beitrag)\W{0,3}$",
        r"kommentar\s+(?:verfassen|abgeben|hinterlassen)\b.*",
        # a related box's heading, also glued to its neighbour tab ("VERWANDTE ARTIKELMEHR VOM AUTOR")
        r"(?:ähnliche|verwandte)\s+(?:artikel|beiträge)",
    ),
)
