"""HTML pattern tables (language-independent): tags, class/id tokens, metadata names.

Data only. ``html/blocks.py`` and ``html/meta.py`` compile them once. Class and id
attributes are split into tokens at ``-``, ``_``, spaces and lower-to-upper case changes
(``TRS_Editor`` -> ``trs``, ``editor``; ``articleBody`` -> ``article``, ``body``), and a
token must match a table entry whole, so ``ad`` never fires inside ``header``.
"""

from __future__ import annotations

#: elements whose content is never page text (skipped with their subtree; their tail is kept)
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "button",
        "textarea",
        "input",
        "head",
        "canvas",
        "video",
        "audio",
        "map",
    }
)

#: elements that start and end a block of text
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "center",
        "br",
        "hr",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "body",
        "html",
        "frameset",
        "frame",
    }
)

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: elements that may hold the main content (candidates of the container search)
CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "section", "article", "main", "td", "body", "form", "center", "font", "span", "tbody", "table", "dd"}
)

#: element names that count as class tokens too (``<nav>`` is chrome like ``class="nav"``)
TAG_TOKENS: dict[str, str] = {
    "nav": "nav",
    "aside": "aside",
    "footer": "footer",
    "article": "article",
    "main": "main",
    # a sign-up, search or comment form; one around the whole page (ASP.NET) holds the prose, so it is no chrome
    "form": "form",
}

#: tokens of the main-content container and its parts
POSITIVE_TOKENS: frozenset[str] = frozenset(
    {
        "article",
        "articlebody",
        "content",
        "entry",
        "post",
        "story",
        "text",
        "body",
        "main",
        "trs",
        "editor",
        "detail",
        "details",
        "news",
        "zoom",
        "con",
        "cont",
        "zw",
        "blog",
        "prose",
        "rich",
        "richtext",
        "markdown",
        "page",
    }
)

#: tokens of page chrome: navigation, share bars, related links, comments, ads
NEGATIVE_TOKENS: frozenset[str] = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "submenu",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "aside",
        "sidebar",
        "widget",
        "widgets",
        "footer",
        "foot",
        "share",
        "sharing",
        "social",
        "sns",
        "bshare",
        "jiathis",
        "related",
        "relate",
        "recommend",
        "recommended",
        "recommendation",
        "recommendations",
        "popular",
        "trending",
        "comment",
        "comments",
        "disqus",
        "reply",
        "respond",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adsbygoogle",
        "banner",
        "sponsor",
        "sponsored",
        "promo",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "login",
        "form",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "paywall",
        "tags",
        "tag",
        "keywords",
        "pager",
        "pagination",
        "prevnext",
        "skip",
        "print",
        "toolbar",
        "tools",
        "modal",
        "popup",
        "masthead",
        "copyright",
        "outbrain",
        "playlist",
        # a photo's or video's credit line ("James Martin/CNET", "USATSI")
        "credit",
        "credits",
        "rail",
        "layer",
        # reader-revenue appeals ("support our journalism", "donate")
        "support",
        "donate",
        "donation",
        "taboola",
        "more",
        "extend",
        "xgyd",
        "xgwz",
        "fenxiang",
        "author-bio",
        "bio",
        # the author box after the text (whole class words: "author" alone marks the byline)
        "about-author",
        "about-authors",
        "author-box",
        "authorbox",
        "author-card",
        "input-form",
        # notices around the article: affiliate disclosures, rating widgets, privacy placeholders
        # of blocked embeds
        "disclosure",
        "disclaimer",
        "affiliate",
        "ratings",
        "privacy",
        # boxes of links to other pages of the site
        "recirculation",
        "linkbox",
        # a wiki's boxes around an entry: maintenance notices, disambiguation notes, navigation
        # tables ("infobox" is not among them: news sites call their fact boxes so)
        "ambox",
        "hatnote",
        "navbox",
    }
)
#: the token the walk gives a byline element holding a biography (it is then chrome, see html/blocks.py)
AUTHOR_BOX = "author-box"
#: the token the walk gives a <form> with input fields (a comment, search or newsletter form)
INPUT_FORM = "input-form"

#: tokens that mark a byline element (read as an author candidate)
BYLINE_TOKENS: frozenset[str] = frozenset(
    {"author", "authors", "byline", "by", "writer", "autor", "autorin", "autoren", "creator", "verfasser"}
)

#: words that introduce a name in a byline element, in the languages of European news sites
#: (the lexicons' bare labels cover en/zh meta *lines*; these strip the prefix of an element)
BYLINE_PREFIXES: tuple[str, ...] = (
    "by",
    "written by",
    "posted by",
    "von",
    "text von",
    "ein artikel von",
    "artikel von",
    "erstellt von",
    "beitrag von",
    "blog beitrag von",
    "blogbeitrag von",
    "ein beitrag von",
    "text",
    "autor",
    "autorin",
    "interview",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "from",
)
#: words left between a byline's name and the date it cut off ("Moritz Gathmann am 12.03.")
BYLINE_TRAILERS: tuple[str, ...] = ("am", "on", "le", "el", "il", "vom", "den", "|")
#: labels of a "twitter:labelN" meta whose "twitter:dataN" names the author (Yoast SEO writes them)
BYLINE_META_LABELS: tuple[str, ...] = (
    "written by",
    "verfasst von",
    "geschrieben von",
    "author",
    "autor",
    "autorin",
    "escrito por",
    "écrit par",
    "scritto da",
)
#: where a byline element's name ends: a separator, a dash between spaces, a digit (date, counter),
#: the next credit ("Text von Christian Seiler  Illustration von Markus Roost")
BYLINE_STOP: str = (
    r"[·|•\d]|\s[–—-]\s|\s(?:[Ii]llustrations?|[Ff]otos?|[Pp]hotos?|[Bb]ilder?|[Gg]rafik(?:en)?|[Kk]amera)\b"
)

#: inline ``style`` fragments that hide an element
HIDDEN_STYLES: tuple[str, ...] = ("display:none",)

#: a footer phrase holding one of these is a copyright line (a photo's "© AFP"), whatever surrounds it
COPYRIGHT_MARKS: tuple[str, ...] = ("©", "(c)", "copyright", "版权", "版權")

#: the back-link a wiki puts before each entry of its list of cited sources ("^ Smith, J. (2019)
#: …", "↑ 跳转到： …"): such a line is a citation, not the text
CITATION_BACKLINKS: tuple[str, ...] = ("^", "↑")

#: labels opening the site's licence or disclaimer notice ("版权声明：本文为博主原创文章 …"): a
#: paragraph that starts with one (and a colon) is the platform speaking, not the article
NOTICE_LABELS: tuple[str, ...] = (
    "版权声明",
    "版權聲明",
    "免责声明",
    "免責聲明",
    "copyright notice",
    "disclaimer",
    "haftungsausschluss",
    "urheberrechtshinweis",
)

#: ARIA roles of overlays that are never the page's text (cookie consent, sign-up dialogs); an
#: element with ``aria-modal="true"`` is such an overlay too
OVERLAY_ROLES: frozenset[str] = frozenset({"dialog", "alertdialog"})

# --- metadata names -------------------------------------------------------------------------------------
# Each table maps a lower-cased <meta name|property|itemprop> to the field it gives. The rank of
# each source is in html/meta.py (PRIORITY), so the order of trust is documented in one place.

#: OpenGraph / Twitter / article:* properties
OPENGRAPH: dict[str, str] = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "site_name",
    "article:published_time": "published",
    "og:published_time": "published",
    "article:modified_time": "updated",
    "og:updated_time": "updated",
    "article:author": "authors",
    "og:article:author": "authors",
}

#: generic <meta name=...> (case-insensitive), incl. Dublin Core and vendor tags
GENERIC_META: dict[str, str] = {
    "author": "authors",
    "dc.creator": "authors",
    "dcterms.creator": "authors",
    "parsely-author": "authors",
    "sailthru.author": "authors",
    "byl": "authors",
    "dc.title": "title",
    "dcterms.title": "title",
    "citation_title": "title",
    "parsely-title": "title",
    "headline": "title",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "published_time": "published",
    "publication_date": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dc.date.created": "published",
    "dcterms.date": "published",
    "dcterms.issued": "published",
    "dcterms.created": "published",
    "citation_publication_date": "published",
    "citation_date": "published",
    "parsely-pub-date": "published",
    "sailthru.date": "published",
    "article.published": "published",
    "datepublished": "published",
    "original-publish-date": "published",
    "created": "published",
    "dc.date.modified": "updated",
    "dcterms.modified": "updated",
    "last-modified": "updated",
    "lastmod": "updated",
    "datemodified": "updated",
    "application-name": "site_name",
}

#: Chinese government / TRS CMS tags (the page's own record of the visible fields)
CMS_META: dict[str, str] = {
    "articletitle": "title",
    "firstpublishedtime": "published",
    "publishtime": "published",
    "contentsource": "source",
    "sitename": "site_name",
    "columnname": "column",
}

#: schema.org types whose JSON-LD object is the article
JSONLD_ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "socialmediaposting",
        "liveblogposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "webpage",
        "itempage",
        "medicalwebpage",
        "creativework",
        "posting",
    }
)

#: JSON-LD objects that describe the page only when no article object does (a recipe inside a
#: food story has its own name and author; on a recipe page it is the page)
JSONLD_FALLBACK_TYPES: frozenset[str] = frozenset({"recipe"})

#: JSON-LD keys by field
JSONLD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("headline", "name", "alternativeHeadline"),
    "published": ("datePublished", "dateCreated"),
    "updated": ("dateModified",),
    "authors": ("author", "creator"),
    "site_name": ("publisher",),
}

#: itemprop names by field
ITEMPROP: dict[str, str] = {
    "headline": "title",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "updated",
    "author": "authors",
    "creator": "authors",
}

#: author values that are no person (a site, a URL placeholder, a template default)
NOT_A_PERSON: tuple[str, ...] = (
    "admin",
    "administrator",
    "wordpressadmin",
    "staff",
    "editor",
    "unknown",
    "none",
    "null",
    "no author",
    "follow",
)

#: an organisation, not a person, credited as the author in the metadata: a legal form at the end
#: ("Hanns-Seidel-Stiftung e.V.", "Web Commerce GmbH") or a domain ("katholisch.at")
ORGANISATION_AUTHOR: tuple[str, ...] = (
    r"\be\.\s?V\.$",
    r"\b(?:GmbH|gGmbH|AG|SE|KG|KGaA|UG|Ltd|Inc|LLC|plc|S\.A|S\.L|S\.p\.A|B\.V|N\.V)\.?$",
    r"\b(?:GmbH|AG)\b",
    r"^[\w-]+\.(?:[a-z]{2}|com|org|net|info)$",
    r"\bwww\.",
)

#: dates in a page's URL (``/2024/02/28/``, ``/2024-02-28/``, ``t20240228_123.html``, ``/202402/28/``,
#: ``/28-02-2024``)
URL_DATES: tuple[str, ...] = (
    r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_.-](?P<m>[01]?\d)[/_.-](?P<d>[0-3]?\d)(?![\d])",
    r"(?<![\d])t?(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])",
    r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)/(?P<d>[0-3]\d)/",
    # day first, as European sites write it: /meldungen/29-10-2021, /news/29.10.2021.html
    r"(?<![\d])(?P<d>[0-3]\d)[.-](?P<m>[01]\d)[.-](?P<y>(?:19|20)\d{2})(?![\d])",
)

#: keys of a publication date inside inline scripts that are not JSON-LD (app state, Shopify,
#: Next.js props: ``"datePublished":"…"``, ``"published_at":"…"``), best first; a fallback only
SCRIPT_DATE_KEYS: tuple[tuple[str, ...], ...] = (
    ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate", "pubDate"),
    ("dateCreated", "createdAt", "created_at", "firstPublished", "first_published_at"),
)

#: the period a page's URL files it under (``/2021/``, ``/2021/03/``): no publication date is older
URL_PERIOD: str = r"/(?P<y>(?:19|20)\d{2})/(?:(?P<m>0[1-9]|1[0-2])/)?"

#: the time zone of a site's country code top-level domain, where the country has one zone: a
#: UTC metadata time (``…T23:00:00Z``) is shown, and dated, in the site's local day
CCTLD_ZONES: dict[str, str] = {
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "fr": "Europe/Paris",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
    "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "ar": "America/Argentina/Buenos_Aires",
    "cl": "America/Santiago",
    "pe": "America/Lima",
    "uy": "America/Montevideo",
    "cn": "Asia/Shanghai",
    "hk": "Asia/Hong_Kong",
    "tw": "Asia/Taipei",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "in": "Asia/Kolkata",
    "sg": "Asia/Singapore",
}

#: tokens of a <time> element's class/id that make its date the update, not the publication
UPDATED_TOKENS: frozenset[str] = frozenset({"updated", "modified", "update", "lastmod", "aktualisiert"})

#: a short line opening with one of these and a colon is a photo credit, not body text
PHOTO_CREDIT_LABELS: tuple[str, ...] = (
    "foto",
    "fotos",
    "photo",
    "photos",
    "image",
    "images",
    "image credits?",
    "photo credits?",
    "bild",
    "bilder",
    "credits?",
    "screenshot",
    "illustration",
    "grafik",
    "picture",
    "bildquelle",
    "fotoquelle",
    "crédit photo",
    "crédito",
    "créditos",
    "fuente",
    "źródło",
    "zdjęcie",
)
#: picture agencies that end a short credit line ("Dee Dee Myers Getty Images")
PICTURE_AGENCIES: tuple[str, ...] = (
    "getty images",
    "shutterstock",
    "istock",
    "istockphoto",
    "imago",
    "dpa",
    "afp",
    "reuters",
    "ap photo",
    "picture alliance",
    "picture-alliance",
    "keystone",
    "efe",
    "unsplash",
    "pixabay",
    "adobe stock",
)
#: a photo credit line is at most this long
MAX_CREDIT_LINE = 120
