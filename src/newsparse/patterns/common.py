"""Language-independent pattern data: separators, colons, brackets, numeric date forms."""

from __future__ import annotations

#: what follows a label: ASCII or full-width colon, with the spaces dumps leave around it
COLON = r"\s*[:：]\s*"

#: breadcrumb separators seen in dumps, longest first where one contains another
CRUMB_SEPARATORS: tuple[str, ...] = (">>", "»", "›", "->", "→", ">", "--", "/ ", "/", "|", "-", "_", "＞", "〉")
#: one CJK ideograph (the unified blocks and the compatibility block); kana and Hangul aside
IDEOGRAPH = "[\u3400-\u9fff\uf900-\ufaff]"
#: separators that mark a breadcrumb even without a label ("Home > News", "Home / Local")
STRONG_CRUMB_SEPARATORS: tuple[str, ...] = (">>", "»", "›", "->", "→", ">", "＞", "/ ")
#: marks that join a breadcrumb's names and nothing else: a path of names with one of them is a breadcrumb
#: (not the guillemets » › of French, German or Russian quotes)
PATH_MARKS: tuple[str, ...] = (">>", "＞＞", "→")
#: a page template's unfilled slot, left where a crumb should be ("Sie sind hier: {0}", "{{title}}", "%s")
TEMPLATE_SLOT = r"\{\{?\s*[\w.]*\s*\}\}?|\$\{[\w.]*\}|%s|\[%\s*[\w.]*\s*%\]"

#: bracket pairs around kickers, credits and widgets
OPEN_BRACKETS = "【[〔［(（《"
CLOSE_BRACKETS = "】]〕］)）》"

#: characters that end a sentence in any of our languages
SENTENCE_END = ".!?。！？…;；:：\"'”’」』)）"

#: Date forms, as regex fragments with named groups: ``y`` (four-digit year) or ``y2`` (two
#: digits), ``m`` (month number) or ``mon`` (month name, ``{MONTH}`` is replaced by every
#: lexicon's month names), ``d`` (day); ``a``/``b`` for the two numbers of a day/month-order
#: ambiguous form. ``{FILL}`` stands for the lexicons' date fillers ("de ", "of "). Each form
#: has a name; the first form that matches at a position wins. Times are read separately
#: (``TIME``), right after the date.
YEAR = r"(?P<y>(?:19|20)\d{2})"
DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])"
MONTH_NUMBER = r"(?P<m>1[0-2]|0?[1-9])"
#: ordinal suffixes after a day number: 1st, 2nd, 1er, 1º, 1.
DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|º|°)?\.?"
DATE_FORMS: tuple[tuple[str, str], ...] = (
    # 2024-02-28, 2024/2/28, 2024.02.28, 2024年2月28日, 2020. 08. 18., 2017-03-28-00:00:00,
    # and a day glued to its time by the renderer: 2005.08.2605:39
    (
        "year-month-day",
        r"(?<![\d.,])"
        + YEAR
        + r"\s?(?:[-/.]|年)\s?"
        + MONTH_NUMBER
        + r"\s?(?:[-/.]|月)\s?"
        + DAY
        + r"(?:\s?[日号號]|(?:\.(?!\d))?(?!\d)|(?=[012]\d:[0-5]\d))",
    ),
    # 28.02.2024, 4. 2. 2022, 2.9.2020 (day first wherever dots are used)
    ("day.month.year", r"(?<![\d.,])" + DAY + r"\.\s?" + MONTH_NUMBER + r"\.\s?" + YEAR + r"(?![\d]|\.\d)"),
    # 26/11/2020 or 12/30/2019, 02-11-2023: day or month first, decided per page
    ("a/b/year", r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)" + YEAR + r"(?!\d|[/-]\d)"),
    # February 28, 2024 / Feb. 28, 2024 / Jan 05,2021 / Diciembre 6, 2020 / Nov 3 2023
    (
        "month day, year",
        r"(?<![^\W\d_])(?P<mon>{MONTH})(?![^\W\d_])\.?\s{1,3}" + DAY + r"(?:st|nd|rd|th)?\.?\s?,?\s{0,3}" + YEAR,
    ),
    # 28 February 2024 / 28. Februar 2024 / 27 de marzo de 2020 / 1er novembre 2023 / 9th Nov 2023
    (
        "day month year",
        r"(?<!\d)" + DAY + DAY_SUFFIX + r"\s{0,3}(?:{FILL})?(?P<mon>{MONTH})(?![^\W\d_])\.?,?\s{0,3}(?:{FILL})?" + YEAR,
    ),
    # 2024-February-28, 2020. augusztus 9.
    ("year month day", r"(?<!\d)" + YEAR + r"(?:-|\.\s)(?P<mon>{MONTH})(?![^\W\d_])\.?[-\s]" + DAY + r"(?!\d)"),
    # 24-02-28 10:30 (two-digit year: only with a time after it, too ambiguous alone)
    (
        "yy-mm-dd time",
        r"(?<![\d-])(?P<y2>[0-3]\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?=\s+\d{1,2}:\d{2})",
    ),
    # 20240228 in ids and URLs is left to the HTML path (too ambiguous in text)
)
#: a line can hold a date only if it holds one of these (a cheap test before the forms run)
DATE_HINT = r"(?:19|20)\d{2}|\d{2}-\d{2}-\d{2}"

#: a time right after a date. ``{WORD}`` is a weekday name or a connector ("at", "um", "à");
#: ``{AM}``/``{PM}`` are the lexicons' markers ("上午", "p.m."). Every run of spaces is
#: bounded, so a failed match cannot backtrack through a long run of blanks.
_SEP = r"(?:[,，|｜/·•@–—\-T(（]\s{0,3})?"
TIME = (
    r"\s{0,3}"
    + _SEP
    + r"(?:{WORD}\.?,?\s{0,3})?(?:{WORD}\.?,?\s{0,3})?"
    + _SEP
    + r"(?:(?P<pre_am>{AM})|(?P<pre_pm>{PM}))?\s?"
    r"(?P<H>2[0-3]|[01]?\d)"
    r"(?:[:：時时點点h]\s?(?P<M>[0-5]\d)|\.(?P<M2>[0-5]\d)(?=\s?(?:uhr|h\b|horas?\b|{AM}|{PM})))"
    r"(?:[:：分]\s?(?P<S>[0-5]\d)(?:[.,]\d+)?)?(?:秒|\s?uhr\b|\s?h\b|\s?horas?\b)?"
    r"(?:\s?(?:(?P<post_am>{AM})|(?P<post_pm>{PM}))(?![^\W\d_]))?"
    r"(?:\s{0,2}\(?\s?(?P<tz>{ZONE})\)?)?"
)
#: the end of a Latin-script word (CJK words need no boundary: "週三上午8:21")
LATIN_WORD_END = r"(?![A-Za-z\u00c0-\u024f])"
#: explicit zones: Z, GMT/UTC with or without an offset, +08:00, and the abbreviations below
ZONE = r"Z(?![^\W\d_])|(?:GMT|UTC)(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?|[+\-−]\d{2}:?\d{2}(?!\d)|{ABBR}"
#: zone abbreviations that mean one offset only (hours); IST, BST, CST, ET are ambiguous and
#: therefore left out: an ambiguous zone gives a naive time, never a guessed one
ZONE_ABBREVIATIONS: dict[str, float] = {
    "EST": -5,
    "EDT": -4,
    "PST": -8,
    "PDT": -7,
    "MST": -7,
    "MDT": -6,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "WET": 0,
    "WEST": 1,
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "AEST": 10,
    "AEDT": 11,
    "北京时间": 8,
    "北京時間": 8,
}
#: a time written *before* the date ("10:12, October 31, 2020", "05:33, 7 April 2020",
#: "11:09 PM PDT • May 19, 2024", "10:30 | 28.02.2024"): am/pm, a stated zone (``{ZONE}``), then
#: a comma, bullet, bar, slash or dash; it must end where the date starts
LEADING_TIME = (
    r"(?<![\d:.])(?P<lH>2[0-3]|[01]?\d):(?P<lM>[0-5]\d)(?::[0-5]\d)?\s{0,2}(?P<lampm>[AaPp]\.?\s?[Mm]\.?(?![^\W\d_]))?"
    r"(?:\s{0,2}\(?(?P<ltz>{ZONE})\)?)?\s{0,3}[,，•·|｜/\-–—]?\s{0,3}$"
)

#: whole-line headings that open the comments or related-links zone after an article, in
#: the languages of the pages our users archive beside English and Chinese (the body stops
#: there). A line must be the heading alone, optionally with a count ("12 Kommentare").
TAIL_HEADINGS: tuple[str, ...] = (
    # comments
    r"(?:\d+\s+)?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarze?|reacties|reakce)(?:\s*\(\d+\))?",
    r"(?:write|post|add|leave)\s+a\s+(?:comment|reply)",
    r"(?:kommentar\s+schreiben|schreibe\s+einen\s+kommentar|kommentieren|diskutieren\s+sie\s+mit)",
    r"(?:laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario|deixe\s+(?:um|seu)\s+comentário|lascia\s+un\s+commento|dodaj\s+komentarz)",
    r"(?:\d+\s+)?(?:antworten|ergänzungen)\s+(?:zu|auf)\b.*",
    # related / recommended
    r"(?:ähnliche|verwandte|weitere|passende)\s+(?:artikel|beiträge|themen|nachrichten)",
    r"(?:die\s+)?meistgelesenen?(?:\s+artikel)?|auch\s+lesen|puedes\s+ver",
    r"(?:das\s+(?:thema\s+)?könnte\s+(?:sie|dich)\s+auch\s+interessieren|auch\s+interessant|mehr\s+zum\s+thema|mehr\s+aus\s+\S+|lesen\s+sie\s+auch|dir\s+könnte\s+auch\s+gefallen|empfehlungen)",
    r"(?:articles?\s+(?:similaires|liés|connexes)|à\s+lire\s+aussi|sur\s+le\s+même\s+sujet)",
    r"(?:noticias|artículos)\s+relacionad[oa]s|te\s+puede\s+interesar|también\s+te\s+puede\s+interesar",
    r"(?:você\s+também\s+pode\s+gostar|leia\s+também|notícias\s+relacionadas)",
    r"(?:articoli\s+correlati|potrebbe\s+interessarti)",
    r"(?:zobacz\s+(?:także|też)|czytaj\s+(?:także|też)|polecane)",
    r"(?:gerelateerde\s+artikelen|lees\s+ook)",
    # Indonesian / Malay; Turkish (the author's or editor's bio box closes a story too)
    r"(?:baca\s+juga|berita\s+terkait|artikel\s+terkait|rekomendasi|komentar)",
    r"(?:(?:editör|yazar)\s+hakkında|i\u0307?lgili\s+haberler|benzer\s+haberler|yorumlar)",
    # Japanese: the previous / next post links, related and popular posts, the comments
    r"(?:前の記事|次の記事|前回の記事|次回の記事|関連記事|人気記事|おすすめ記事|あわせて読みたい|こちらもおすすめ|コメント(?:一覧|する)?)",
    # Urdu: related news / articles, more news, the most read news (at this time)
    r"(?:متعلقہ\s+(?:خبریں|مضامین)|مزید\s+خبریں|(?:اس\s+وقت\s+)?سب\s+سے\s+زیادہ\s+پڑھی\s+جانے\s+والی\s+خبریں)",
    r"(?:related|more\s+from\s+\S+(?:\s+\S+)?|more\s+in\s+\S+(?:\s+\S+)?|trending(?:\s+now)?|popular(?:\s+now)?|read\s+next|up\s+next|you\s+might\s+also\s+like|recommended)",
)

#: what an outlet's appeal for reader funding says, anywhere in a line ("And We Need Your Help",
#: "Can't afford to donate?", "Would you consider making a donation", "Unterstützen Sie unseren
#: Journalismus"): several of them in the last lines of a story are a pitch box, not the story
READER_APPEALS: tuple[str, ...] = (
    r"we\s+need\s+your\s+(?:help|support)\b",
    r"(?:can(?:'|’)?t|cannot)\s+afford\s+to\s+(?:donate|contribute|give|pay)\b",
    r"contribut(?:e|ing)\s+(?:as\s+little\s+as|whatever\s+you\s+can|today|now)\b",
    r"even\s+as\s+little\s+as\s+[$£€]",
    r"consider\s+(?:making\s+a\s+(?:donation|contribution)|contributing|donating|becoming\s+a\s+(?:regular\s+)?"
    r"(?:contributor|supporter|member|donor|subscriber))\b",
    r"reader\s+(?:funding|donations|contributions)\b",
    r"(?:support|fund)\s+(?:our|independent|quality|local|free)\s+(?:journalism|newsroom|reporting)\b",
    r"help(?:s)?\s+(?:us\s+)?(?:fund|keep)\s+our\s+(?:work|journalism|news|reporting)\b",
    r"keep\s+our\s+(?:news|journalism|reporting|work)\s+free\b",
    r"thank\s+you\s+for\s+your\s+(?:past\s+)?(?:contribution|donation)\b",
    r"unterstützen\s+sie\s+(?:unseren|unabhängigen|den)\s+journalismus",
    r"jetzt\s+(?:spenden|unterstützen)\b",
    r"soutenez\s+(?:notre|le)\s+journalisme",
    r"apoya\s+(?:nuestro|el)\s+periodismo",
)

#: a heading that opens the author's bio box closing a story (a line of its own)
AUTHOR_BOX_HEADINGS: tuple[str, ...] = (
    r"about\s+the\s+(?:author|writer)s?",
    r"(?:über\s+(?:den|die)\s+autor(?:in)?|zum\s+autor|zur\s+autorin)",
    r"(?:à\s+propos\s+de\s+l['’]auteur|sobre\s+el\s+autor|sobre\s+o\s+autor|tentang\s+penulis)",
    r"(?:作者简介|关于作者|作者簡介|關於作者)",
)

#: the first words of an author's bio closing a story ("Jane Doe is a science reporter for ...",
#: "Jane Doe (@jdoe) is an associate editor at ..."): a name, "is a", a newsroom role soon after
AUTHOR_BIO_OPENINGS: tuple[str, ...] = (
    r"(?!(?:He|She|It|They|This|That|There|Who)\s)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*\(@\w+\))?"
    r"\s+is\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){0,5}"
    r"(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|producer|copywriter|author|"
    r"intern|freelancer)s?\b",
)

#: words that introduce a picture credit at the end of a caption ("… (Foto: dpa)",
#: "… Photo: Reuters"); a line ending in one is a caption, not body text
PHOTO_CREDITS: tuple[str, ...] = (
    r"photos?",
    r"photograph(?:er)?",
    r"images?",
    r"pictures?",
    r"(?:photo|image|picture)\s+credits?",
    r"fotos?",
    r"bild(?:er)?",
    r"bildquelle",
    r"quelle",
    r"fuente",
    r"crédito",
    r"zdjęcie",
    r"źródło",
    r"abbildung\s+\d+",
    r"figure\s+\d+",
    r"图",
    r"摄影?",
    r"图片来源",
)

# --- names ------------------------------------------------------------------------------------------
#: academic and professional degrees written after a name, lower case: "Grant Tinsley, PhD"
NAME_DEGREES: tuple[str, ...] = (
    r"ph\.?\s?d\.?",
    r"m\.?d\.?",
    r"mph",
    r"msc",
    r"m\.?sc\.?",
    r"mba",
    r"rdn?",
    r"dds",
    r"rn",
    r"llm",
    r"cfa",
    r"cpa",
)
#: the words of a byline around its names, lower case: a value made only of them names nobody
#: ("Veröffentlicht am", "Published By", "von", "Posted on")
BYLINE_WORDS: tuple[str, ...] = (
    "by",
    "on",
    "at",
    "am",
    "um",
    "von",
    "vom",
    "from",
    "and",
    "und",
    "published",
    "posted",
    "written",
    "updated",
    "veröffentlicht",
    "geschrieben",
    "erstellt",
    "verfasst",
    "aktualisiert",
    "gepostet",
    "publié",
    "par",
    "por",
    "publicado",
    # an avatar's alt text before the user name: "Profilbild HansEhrlich", "Avatar of jo"
    "profilbild",
    "benutzerbild",
    "avatar",
    "of",
)

# --- titles -----------------------------------------------------------------------------------------
#: a wiki's section edit link printed after a heading: "雄安新区[编辑]", "History [edit]"
EDIT_LINKS: tuple[str, ...] = (
    "编辑",
    "編輯",
    "编辑源代码",
    "edit",
    "edit source",
    "bearbeiten",
    "quelltext bearbeiten",
    "modifier",
    "modifier le code",
    "editar",
    "modifica",
    "bewerken",
    "edytuj",
    "править",
)
#: how the name of a Chinese site ends, so that "静夜思•夜-中国诗歌网" loses its glued suffix
CJK_SITE_ENDINGS: tuple[str, ...] = (
    "网",
    "網",
    "网站",
    "網站",
    "在线",
    "在線",
    "频道",
    "頻道",
    "门户",
    "門戶",
    "官网",
    "官網",
    "平台",
    "日报",
    "日報",
    "晚报",
    "晚報",
    "新闻",
    "新聞",
    "政府",
    "博客",
    "论坛",
    "論壇",
    "百科",
)

#: marks before a copyright's year range in a footer ("© 2008–2024", "Copyright 1997-2024", "版权所有 2010-2024")
COPYRIGHT_RANGE_MARKS: tuple[str, ...] = (r"©", r"\(c\)", r"copyright", r"版权所有", r"版權所有", r"版权", r"版權")
#: between the two years of such a range
YEAR_RANGE_SEPARATORS: tuple[str, ...] = (r"-", r"–", r"—", r"~", r"～", r"至", r"到", r"bis", r"to")
