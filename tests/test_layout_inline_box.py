"""The article going on below a related-links box set inside it (layout.join_below_inline_box),
and the boxes at an article's end whose teasers, comments or dated items must stay out."""

from __future__ import annotations

import newsparse
from newsparse.blocks import Label

MENU = [
    "Zum Inhalt springen",
    "  * Startseite",
    "  * Politik",
    "  * Wirtschaft",
    "",
    "Startseite > Nachrichten > Inland",
    "",
]
HEADER = [
    "Bahn",
    "",
    "Bahn kündigt neue Fernverbindungen für den Sommer an",
    "",
    "Von Jana Weber | 14.03.2024, 09:12 Uhr",
    "",
]
FIRST = [
    "Die Deutsche Bahn will im Sommer mehrere neue Fernverbindungen anbieten. Das kündigte der Konzern am Donnerstag in Berlin an.",
    "Zusätzliche Züge sollen vor allem zwischen den großen Städten im Westen und den Urlaubsregionen an der Küste fahren.",
    "Nach Angaben des Unternehmens werden dafür auch ältere Fahrzeuge modernisiert, die bisher nur im Regionalverkehr eingesetzt wurden.",
]
REST = [
    "Der Fahrgastverband begrüßte die Pläne, warnte aber vor neuen Verspätungen auf den ohnehin stark belasteten Strecken im Land.",
    "Die ersten zusätzlichen Züge sollen Anfang Juni fahren. Tickets können nach Angaben der Bahn ab Ende April gebucht werden.",
]
FOOTER = ["Impressum | Datenschutz | © 2024 Beispiel Zeitung GmbH"]


def paragraphs(lines: list[str]) -> list[str]:
    return [line for text in lines for line in (text, "")]


def page_with_box(heading: str, after_box: list[str]) -> str:
    box = [heading, "", "  * Fahrplanwechsel: Was sich für Pendler ändert", "  * Streik legt Fernverkehr lahm", ""]
    return "\n".join([*MENU, *HEADER, *paragraphs(FIRST), *box, *after_box, *FOOTER])


def labels(text: str) -> dict[str, tuple[Label, str]]:
    return {b.text: (b.label, b.rule) for b in newsparse.explain(text, kind="text").blocks}


def test_article_below_an_inline_related_box_joins_the_body() -> None:
    """Three paragraphs, "Mehr zum Thema" with two linked teasers, then a section heading,
    two more paragraphs (an ad label between them), the source line and the comments: the
    paragraphs below the box are the article's, the box is chrome, the comments stay out."""
    after = ["Kritik vom Fahrgastverband", "", REST[0], "", "Anzeige", "", REST[1], "", "Quelle: dpa, AFP", ""]
    after += ["Kommentare (4)", "", "Melden Sie sich an, um Kommentare zu schreiben."]
    text = page_with_box("Mehr zum Thema", after)
    article = newsparse.parse(text, kind="text")
    assert FIRST[0] in article.text and REST[0] in article.text and REST[1] in article.text
    assert "Fahrplanwechsel" not in article.text and "Melden Sie sich an" not in article.text
    found = labels(text)
    assert found["Mehr zum Thema"] == (Label.CHROME, "related-links box inside the article")
    assert found["* Streik legt Fernverkehr lahm"][0] is Label.CHROME
    assert found["Kritik vom Fahrgastverband"][0] is Label.HEADING
    assert "below a related-links box inside the article" in found[REST[1]][1]
    assert found["Kommentare (4)"][0] is Label.TAIL
    assert found["Anzeige"][0] is Label.CHROME  # the ad slot's label is no heading of the body


def test_article_below_an_english_related_box_joins_the_body() -> None:
    """The same page with an English box heading ("Related stories")."""
    text = page_with_box("Related stories", [*paragraphs(REST), "Quelle: dpa, AFP", ""])
    article = newsparse.parse(text, kind="text")
    assert REST[0] in article.text and REST[1] in article.text
    assert "Streik legt Fernverkehr lahm" not in article.text


def test_box_at_the_article_end_followed_by_teasers_stays_tail() -> None:
    """A related box at the article's end, then teasers (a headline over its snippet each):
    no paragraph of them joins the body."""
    teasers = [
        "Neue Preise im Nahverkehr ab Januar",
        "Die Verkehrsverbünde erhöhen die Preise für Monatskarten im Schnitt um fünf Prozent, wie sie mitteilten.",
        "Flughafen erwartet Rekord zu Ostern",
        "Mehr als eine Million Reisende sollen über die Feiertage abfliegen, so viele wie noch nie in einem Frühjahr.",
    ]
    text = page_with_box("Mehr zum Thema", paragraphs(teasers))
    article = newsparse.parse(text, kind="text")
    assert FIRST[2] in article.text
    assert "Verkehrsverbünde" not in article.text and "Million Reisende" not in article.text


def test_box_at_the_article_end_followed_by_comments_stays_tail() -> None:
    """A related box at the article's end, then the comment section: each comment under
    its author's name and date. The comments are no part of the article."""
    comments = [
        "Kommentare (2)",
        "",
        "Klaus M.",
        "14.03.2024, 10:05 Uhr",
        "Endlich tut sich etwas auf der Strecke nach Norden. Ich fahre sie jede Woche und bin froh über jeden Zug mehr.",
        "",
        "Petra S.",
        "14.03.2024, 10:48 Uhr",
        "Schöne Ankündigung, aber ich glaube es erst, wenn die Züge wirklich pünktlich fahren. Bisher war das nie so.",
        "",
    ]
    article = newsparse.parse(page_with_box("Mehr zum Thema", comments), kind="text")
    assert FIRST[2] in article.text
    assert "jede Woche" not in article.text and "pünktlich" not in article.text


def test_read_more_under_every_teaser_is_no_inline_box() -> None:
    """A list of teasers, each closed by "Read more": the heading the page shows under
    every item opens no box the article goes on below."""
    article = [
        "The foundation welcomed the ruling of the constitutional court on Thursday, which ends a block of almost three years.",
        "Readers in the country will once again be able to reach the encyclopaedia without a virtual private network.",
        "The foundation said it would keep working with the volunteers who had written in the language during the block.",
    ]
    item = [
        "Read more",
        "",
        "[court-building-01]",
        "",
        "Our case before the human rights court has been expedited. Here is what that means for readers.",
        "",
        "Advocacy",
        "",
        "The court has decided to give priority to the case brought against the block of the encyclopaedia two years ago.",
        "",
        "22 July 2019 By the Foundation",
        "",
    ]
    page = ["Home | Blog | About", "", "Welcome back", "", "15 January 2020 By the Foundation", ""]
    page += [*paragraphs(article), *item, *item, "Read more", ""]
    text = newsparse.parse("\n".join(page), kind="text").text
    assert article[2] in text and "give priority" not in text
