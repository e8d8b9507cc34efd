"""Spanish: month names and meta-line labels."""

from __future__ import annotations

from . import FieldName, Lexicon

LEXICON = Lexicon(
    language="es",
    # a breadcrumb's label ("You are here") and its home crumb ("Home > …")
    breadcrumb_labels=(r"usted\s+est[áa]\s+(?:aqu[íi]|en)", r"est[áa]s?\s+en", r"se\s+encuentra\s+en"),
    home_crumbs=(r"inicio", r"portada", r"p[áa]gina\s+(?:de\s+)?inicio"),
    field_labels={
        FieldName.PUBLISHED: (
            r"publicado(?:\s+(?:el|en))?",
            r"fecha(?:\s+de\s+publicación)?",
            r"publicación",
        ),
        FieldName.UPDATED: (r"actualizado(?:\s+(?:el|a\s+las))?", r"última\s+actualización", r"modificado"),
        FieldName.AUTHOR: (r"autora?", r"escrito\s+por", r"por"),
        FieldName.SOURCE: (r"fuente",),
        FieldName.EDITOR: (r"editora?", r"redacción", r"edición"),
        FieldName.COUNTER: (r"comentarios?", r"visitas", r"lecturas"),
        FieldName.IGNORE: (r"categorías?", r"etiquetas", r"sección"),
    },
    bare_labels={
        FieldName.AUTHOR: (r"por",),
        FieldName.PUBLISHED: (r"publicado(?:\s+(?:el|en))?",),
        FieldName.UPDATED: (r"actualizado(?:\s+el)?",),
    },
    months={
        "enero": 1,
        "ene": 1,
        "febrero": 2,
        "feb": 2,
        "marzo": 3,
        "mar": 3,
        "abril": 4,
        "abr": 4,
        "mayo": 5,
        "may": 5,
        "junio": 6,
        "jun": 6,
        "julio": 7,
        "jul": 7,
        "agosto": 8,
        "ago": 8,
        "septiembre": 9,
        "setiembre": 9,
        "sept": 9,
        "sep": 9,
        "octubre": 10,
        "oct": 10,
        "noviembre": 11,
        "nov": 11,
        "diciembre": 12,
        "dic": 12,
    },
    # "read also" links set between the paragraphs
    chrome_lines=(
        # a share / print / save widget, or a bar of them ("Partager | Imprimer | Envoyer")
        r"(?:(?:compartir|imprimir|enviar|guardar|comentar|escuchar|cerrar|e-?mail)(?:\s*[:|/·]?\s*)){1,6}",
        # a skip link for screen readers, alone on its line
        r"(?:saltar|ir)\s+al?\s+(?:contenido(?:\s+principal)?|navegaci[óo]n)",
        r"(?:lea|lee|leer|vea|ver|mira)(?:\s+(?:también|además|más|aquí))?\s*[:：]\s*\S.*",
        r"puedes\s+(?:ver|leer)\s*[:：]\s*\S.*",
        # cookie notices
        r"(?:este\s+sitio(?:\s+web)?\s+)?(?:utilizamos|usamos|utiliza|usa)\s+(?:las\s+)?cookies\b.*",
    ),
    weekdays=(r"lunes", r"martes", r"miércoles", r"miercoles", r"jueves", r"viernes", r"sábado", r"sabado", r"domingo"),
    time_connectors=(r"a\s+las", r"a\s+la"),
    date_fillers=(r"de\s+", r"del\s+"),
    person_roles=(r"periodista", r"corresponsal", r"enviad[oa]\s+especial"),
    placeholder_values=(r"desconocido", r"anónimo"),
    inline_widgets=(
        # the reading time after the date ("12 de mayo de 2024 3 min de lectura")
        r"\d+\s*min(?:utos?)?\s+de\s+lectura",
        r"(?:tiempo\s+de\s+)?lectura\s*:?\s*\d+\s*min(?:utos?)?",
    ),
    not_pub_date_context=(r"hoy\s+es",),
    # the outlet's promo closing the article: its channels, its membership
    footer_markers=(
        r"canal\s+de\s+(?:youtube|telegram|whatsapp)",
        r"seguir(?:nos)?\s+(?:a\s+\S+\s+)?en\s+(?:facebook|twitter|instagram|telegram|youtube)",
        r"síguenos\s+en\s+(?:facebook|twitter|instagram|telegram|youtube)",
        r"hazte\s+(?:miembro|socio|suscriptor)",
    ),
    # headings that open the related-reading box after the text (whole line)
    tail_markers=(
        r"(?:notas|noticias|artículos|articulos)\s+relacionad[oa]s\W{0,3}$",
        r"(?:lea|lee|leer)\s+(?:también|tambien|además|más)\W{0,3}$",
        r"te\s+(?:recomendamos|puede\s+interesar)\W{0,3}$",
    ),
)
