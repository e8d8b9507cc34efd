"""HTML path, dates: which of the page's dates is its publication date, and why."""

from __future__ import annotations

from datetime import date

import newsparse

PROSE = "<p>The council met on Monday and agreed the new harbour plan after a long and careful debate.</p>" * 4


def page(head: str, header: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Harbour plan agreed</h1>"
        f"<div class='meta'>{header}</div><div class='content'>{PROSE}</div></article></body></html>"
    )


def rules(html: str) -> dict[str, str]:
    return {e.field: e.rule for e in newsparse.explain(html, kind="html").evidence}


JSONLD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour plan agreed",'
    ' "datePublished": "2019-01-10T08:00:00+01:00", "dateModified": "2021-05-03T09:30:00+02:00"}</script>'
)


def test_shown_update_day_wins_when_the_first_publication_is_shown_nowhere() -> None:
    article = newsparse.parse(page(JSONLD, "By Ann Lee | May 3, 2021"))
    assert article.published is not None and article.published.date() == date(2021, 5, 3)
    assert article.updated is not None and article.updated.date() == date(2021, 5, 3)
    assert "shown nowhere" in rules(page(JSONLD, "By Ann Lee | May 3, 2021"))["published"]


def test_metadata_publication_stands_when_the_page_shows_it() -> None:
    html = page(JSONLD, "Published January 10, 2019 · Updated May 3, 2021")
    article = newsparse.parse(html)
    assert article.published is not None and article.published.date() == date(2019, 1, 10)
    assert rules(html)["published"] == "JSON-LD article.datePublished"


def test_header_date_beats_a_loose_meta_date_shown_nowhere() -> None:
    html = page('<meta name="date" content="2020-02-12">', "Von Ann Lee, 05.02.2020")
    assert newsparse.parse(html).published.date() == date(2020, 2, 5)  # type: ignore[union-attr]
    assert rules(html)["published"] == "date on a meta line; <meta date> is shown nowhere"


def test_loose_meta_date_stands_when_shown() -> None:
    html = page('<meta name="date" content="2020-02-12">', "Von Ann Lee, 12.02.2020 (Termin: 05.02.2020)")
    assert newsparse.parse(html).published.date() == date(2020, 2, 12)  # type: ignore[union-attr]
