"""html/crumbs.py: breadcrumbs from the page's structure (JSON-LD, breadcrumb-classed elements)."""

from __future__ import annotations

import newsparse

BODY = (
    "<p>The city council voted on Tuesday to fund a new public library branch on the east side,"
    " ending a decade-long campaign by residents of the neighbourhood.</p>"
    "<p>The branch will be built on a vacant lot and is expected to open in the spring of 2026,"
    " with a children's wing and meeting rooms for community groups.</p>"
)


def page(head: str = "", crumbs: str = "", title: str = "Council funds new library branch") -> str:
    return (
        f"<html><head><title>{title} | The Courier</title>{head}</head><body>{crumbs}"
        f"<article><h1>{title}</h1>{BODY}</article></body></html>"
    )


def crumbs_of(html: str) -> list[str]:
    return newsparse.parse(html, kind="html").breadcrumb


def test_links_with_separators_drawn_by_css() -> None:
    trail = (
        '<ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li>'
        '<li><a href="/transport">Transport</a></li><li><a href="/roads">Local roads</a></li></ol>'
    )
    assert crumbs_of(page(crumbs=trail)) == ["Home", "Transport", "Local roads"]


def test_label_and_current_page_around_the_links() -> None:
    trail = (
        '<nav aria-label="Breadcrumb">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/p">Presse</a>'
        " &gt; Pressemitteilungen</nav>"
    )
    assert crumbs_of(page(crumbs=trail)) == ["Startseite", "Presse", "Pressemitteilungen"]


def test_the_headline_as_last_crumb_is_the_page_itself() -> None:
    trail = '<div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › Council funds new library branch</div>'
    assert crumbs_of(page(crumbs=trail)) == ["Home", "News"]


def test_home_and_the_headline_name_no_section() -> None:
    trail = '<div class="breadcrumbs"><a href="/">Home</a> / <span>Council funds new library branch</span></div>'
    assert crumbs_of(page(crumbs=trail)) == []


def test_what_follows_the_current_page_in_the_wrapper_is_not_the_trail() -> None:
    trail = (
        '<div class="breadcrumb-wrap"><a href="/">Startseite</a> <a href="/tipps">Tipps</a>'
        ' <span>Council funds new library branch</span> <span class="date">01. November 2021</span>'
        ' <a href="#">teilen</a> <a href="#">mailen</a></div>'
    )
    assert crumbs_of(page(crumbs=trail)) == ["Startseite", "Tipps"]


def test_jsonld_breadcrumb_list_in_position_order() -> None:
    items = [
        '{"@type": "ListItem", "position": 2, "name": "Politik", "item": "https://x.de/politik"}',
        '{"@type": "ListItem", "position": 1, "item": {"@id": "https://x.de/", "name": "Startseite"}}',
        '{"@type": "ListItem", "position": 3, "name": "Council funds new library branch"}',
    ]
    script = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage",'
        ' "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [' + ", ".join(items) + "]}}]}</script>"
    )
    assert crumbs_of(page(head=script)) == ["Startseite", "Politik"]


def test_a_pager_or_a_menu_with_a_crumb_class_is_no_trail() -> None:
    pager = '<div class="breadcrumb-nav"><a href="/1">上一篇</a> <a href="/3">下一篇</a></div>'
    assert crumbs_of(page(crumbs=pager)) == []
    menu = (
        '<ul class="breadcrumb-menu">' + "".join(f'<li><a href="/{i}">Kredit {i}</a></li>' for i in range(12)) + "</ul>"
    )
    assert crumbs_of(page(crumbs=menu)) == []


def test_a_category_that_opens_the_headline_is_kept() -> None:
    trail = '<div class="breadcrumb"><a href="/">Startseite</a> &gt; <a href="/t">Topinambur</a></div>'
    html = page(crumbs=trail, title="Topinambur ernten: drei Tipps vom Profi")
    assert crumbs_of(html) == ["Startseite", "Topinambur"]
