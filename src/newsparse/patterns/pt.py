"""Portuguese: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="pt",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"voc[êe]\s+est[áa]\s+(?:aqui|em)",),
    home_crumbs=(r"in[íi]cio", r"p[áa]gina\s+inicial"),
    field_labels={
        FieldName.PUBLISHED: (r"publicad[oa](?:\s+(?:em|no|na))?", r"data(?:\s+de\s+publicação)?", r"postado\s+em"),
        FieldName.UPDATED: (r"atualizad[oa](?:\s+em)?", r"última\s+atualização"),
        FieldName.AUTHOR: (r"autora?", r"escrito\s+por", r"por"),
        FieldName.SOURCE: (r"fonte",),
        FieldName.EDITOR: (r"edição", r"redação", r"editora?"),
        FieldName.COUNTER: (r"comentários?", r"visualizações"),
    },
    bare_labels={
        FieldName.AUTHOR: (r"por",),
        FieldName.PUBLISHED: (r"publicad[oa](?:\s+em)?",),
        FieldName.UPDATED: (r"atualizad[oa](?:\s+em)?",),
    },
    months={
        "janeiro": 1,
        "jan": 1,
        "fevereiro": 2,
        "fev": 2,
        "março": 3,
        "marco": 3,
        "mar": 3,
        "abril": 4,
        "abr": 4,
        "maio": 5,
        "mai": 5,
        "junho": 6,
        "jun": 6,
        "julho": 7,
        "jul": 7,
        "agosto": 8,
        "ago": 8,
        "setembro": 9,
        "set": 9,
        "outubro": 10,
        "out": 10,
        "novembro": 11,
        "nov": 11,
        "dezembro": 12,
        "dez": 12,
    },
    # "read also" links set between the paragraphs
    chrome_lines=(
        # a share / print / save widget, or a bar of them ("Partager | Imprimer | Envoyer")
        r"(?:(?:compartilhar|partilhar|imprimir|enviar|salvar|guardar|comentar|ouvir|fechar|e-?mail)(?:\s*[:|/·]?\s*)){1,6}",
        r"(?:leia|veja|confira)\s+(?:também|mais)\s*[:：]\s*\S.*",
        # a skip link for screen readers, alone on its line
        r"(?:pular|ir)\s+para\s+o\s+(?:conte[úu]do(?:\s+principal)?|menu)",
    ),
    weekdays=(
        r"segunda(?:-feira)?",
        r"terça(?:-feira)?",
        r"quarta(?:-feira)?",
        r"quinta(?:-feira)?",
        r"sexta(?:-feira)?",
        r"sábado",
        r"domingo",
    ),
    time_connectors=(r"às", r"as"),
    date_fillers=(r"de\s+",),
)
