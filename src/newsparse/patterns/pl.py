"""Polish: month names (nominative and genitive) and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="pl",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"jeste[śs]\s+tutaj", r"jeste[śs]\s+w"),
    home_crumbs=(r"strona\s+g[łl][óo]wna",),
    field_labels={
        FieldName.PUBLISHED: (r"opublikowano", r"data\s+publikacji", r"data\s+dodania", r"dodano", r"data"),
        FieldName.UPDATED: (r"aktualizacja", r"zaktualizowano", r"ostatnia\s+aktualizacja"),
        FieldName.AUTHOR: (r"autor(?:ka)?",),
        FieldName.SOURCE: (r"źródło(?:\s+artykułu)?", r"zrodlo"),
        FieldName.EDITOR: (r"redakcja", r"redaktor(?:ka)?"),
        FieldName.COUNTER: (r"komentarze?", r"wyświetle[nń]"),
    },
    bare_labels={FieldName.PUBLISHED: (r"opublikowano",), FieldName.UPDATED: (r"aktualizacja", r"zaktualizowano")},
    months={
        "styczeń": 1,
        "stycznia": 1,
        "sty": 1,
        "luty": 2,
        "lutego": 2,
        "lut": 2,
        "marzec": 3,
        "marca": 3,
        "kwiecień": 4,
        "kwietnia": 4,
        "kwi": 4,
        "maj": 5,
        "maja": 5,
        "czerwiec": 6,
        "czerwca": 6,
        "cze": 6,
        "lipiec": 7,
        "lipca": 7,
        "lip": 7,
        "sierpień": 8,
        "sierpnia": 8,
        "sie": 8,
        "wrzesień": 9,
        "września": 9,
        "wrz": 9,
        "październik": 10,
        "października": 10,
        "paź": 10,
        "listopad": 11,
        "listopada": 11,
        "lis": 11,
        "grudzień": 12,
        "grudnia": 12,
        "gru": 12,
    },
    # "read also" links set between the paragraphs
    chrome_lines=(
        r"(?:czytaj|zobacz)\s+(?:też|także|więcej)\s*[:：]\s*\S.*",
        # the video teaser set into the text ("ZOBACZ WIDEO: …") and the tag list's heading
        r"zobacz\s+(?:wideo|film)\s*[:：].*",
        r"w\s+tym\s+artykule\s+dowiesz\s+się\s+o\s*[:：]?",
        # cookie notices
        r"(?:(?:ta\s+strona|serwis|informujemy,?\s+że)\s+)?(?:korzystamy|używamy|wykorzystujemy|stosujemy|korzysta|używa)"
        r"\s+(?:z\s+)?(?:plików\s+)?cookies?\b.*",
    ),
    weekdays=(r"poniedziałek", r"wtorek", r"środa", r"czwartek", r"piątek", r"sobota", r"niedziela"),
    time_connectors=(r"o", r"godz\.", r"o\s+godz\."),
    not_pub_date_context=(r"dzisiaj\s+jest",),
    # the outlet's promo closing the article: its subscription
    footer_markers=(r"zapraszamy\s+(?:też\s+|także\s+)?do\s+(?:subskrypcji|prenumeraty)",),
)
