"""Ranks of the HTML path's field candidates (lower wins): the order of trust in one place.

Every source becomes candidates with a rank (lower wins) from :data:`PRIORITY`, and the
source is the candidate's rule, so explain mode names it. The text-derived candidates of
the shared field readers (visible meta lines, credits, the headline block) have ranks
30..90 (``fields/__init__.py``); the table below slots the metadata between them.

=====================================  ====  ==============================================
source                                 rank  why
=====================================  ====  ==============================================
JSON-LD article object (``@graph``)     20   written for search engines, usually exact
JSON-LD ``BreadcrumbList``              20   the trail, in order (``html/crumbs.py``)
OpenGraph / ``article:*``               22   same; ``og:title`` may carry the site name
JSON-LD ``WebPage`` object              24   describes the page, not always the article
microdata ``itemprop``                  24
``<meta name>`` incl. Dublin Core       26   matched case-insensitively
breadcrumb-classed element's trail      28   its links, even with separators drawn by CSS
visible headline block (TITLE)          30   from the text path's readers
visible labelled meta line              30   "发布时间：…", "By …", "来源：…"
Chinese CMS tags (ArticleTitle …)       34   the CMS's record; the visible line wins if both
byline-classed element, rel=author      36
short "By …" / "Von …" line near title  38   also ``11.12.2019 - Amelie Loevenich``
visible unlabelled date in a meta line  40
metadata titles (og/JSON-LD/meta)      +12  titles rank below the visible headline
organisation as metadata author        +50  "… e.V.", "… GmbH", the <title>'s site suffix,
                                             the holder the copyright line names ("© 데일리안")
byline element after the article       +40  a comment's author: below the closing credits
``<time datetime>``                     42
unlabelled name after the header date   44   ``2016年05月25日10:10 新浪财经``
name alone above a date-only header     45   ``中国新闻网`` ⏎ ``2024-05-20 13:09`` (apps)
date in the URL                         46
date in a short line near the headline  62   fallbacks when nothing labels a date
``<title>`` minus the site suffix       80
first date in a short line of the page  88
publication key in an inline script     90   ``"datePublished":"…"`` in app state, not JSON-LD
=====================================  ====  ==============================================

Refinements (``html/__init__.py``, rank of the refined candidate minus one, and the rule
says so): a visible date of the same day but finer precision, or the same instant in the
page's local zone, refines a metadata date (``<meta>`` often has only the day, JSON-LD
often UTC); the URL's day wins over a zoned metadata time one day off it. Dates in the
future are rejected, and so are dates before the page's floor: the period its URL files it
under (``/2021/03/``), or the first year of its footer's copyright range (``© 2008–2024``,
``fields/copyright.py``). Updated dates are kept apart from published ones.

Shown dates over metadata (``fields/__init__.py``, when fields are built): a metadata
publication day that the page shows nowhere yields to the day it shows when that day is
the metadata's update day (a republished article), or, for loose sources (``<meta name>``,
CMS tags, ``<time>``), to a date on a header line.
"""

from __future__ import annotations

PRIORITY: dict[str, int] = {
    "json-ld": 20,
    "opengraph": 22,
    "json-ld webpage": 24,
    "itemprop": 24,
    "meta": 26,
    "json-ld breadcrumb": 20,
    "breadcrumb element": 28,
    "cms": 34,
    "byline element": 36,
    "byline line": 38,
    "time element": 42,
    "outlet after the date": 44,
    "outlet above the date": 45,
    "url": 46,
    "date near the headline": 62,
    "title element": 80,
    "date on the page": 88,
    "script date": 90,
}
#: metadata titles rank below the visible headline block (30) by this much
TITLE_DEMOTION = 12
#: a metadata author that is an organisation ("… e.V.", "… GmbH", "katholisch.at") ranks below every
#: visible byline and credit (36..70) by this much: the person who wrote the page speaks first
ORGANISATION_AUTHOR_DEMOTION = 50
#: a byline element after the article (a comment's author, a teaser's) ranks below the credits that
#: close the article (50..70) by this much
TAIL_BYLINE_DEMOTION = 40
