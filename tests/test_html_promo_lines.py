"""HTML path: the outlet's own lines inside the article container (reading-tip headings,
promos closing the text, widget lines) are not the article, in several languages."""

from __future__ import annotations

import newsparse

DE_PROSE = (
    "<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr "
    "für Autos zu sperren, nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten.</p>"
)
ES_PROSE = (
    "<p>El concejo municipal votó el martes para cerrar el viejo puente del puerto a los autos a partir "
    "de la próxima primavera, después de que los ingenieros encontraran grietas en dos pilares.</p>"
)
EN_PROSE = (
    "<p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its piers.</p>"
)


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def test_german_reading_tip_heading_opens_the_tail() -> None:
    html = _page(
        "Hafenbrücke wird gesperrt",
        DE_PROSE * 4 + "<p>Schon gelesen?</p><p><a href='/a'>Neue Radwege</a> für die Innenstadt geplant</p>",
    )
    text = newsparse.parse(html).text
    assert "Der Gemeinderat hat am Dienstag" in text
    assert "Schon gelesen" not in text
    assert "Radwege" not in text


def test_sources_heading_and_what_follows_are_not_body() -> None:
    html = _page(
        "Hafenbrücke wird gesperrt",
        DE_PROSE * 4 + "<h4>Quellenangaben:</h4><p>Bauamt der Stadt: Bericht zur Brückenprüfung an der Hafenbrücke, "
        "mit den Messungen an beiden Pfeilern aus den Jahren 2021 und 2022.</p>",
    )
    text = newsparse.parse(html).text
    assert "Der Gemeinderat" in text
    assert "Quellenangaben" not in text
    assert "Brückenprüfung" not in text


def test_spanish_related_notes_heading_is_not_body() -> None:
    html = _page(
        "Cierran el puente del puerto",
        ES_PROSE * 4 + "<h2>NOTAS RELACIONADAS</h2><p>El alcalde presentó ayer el nuevo plan de movilidad urbana, que "
        "incluye carriles para bicicletas y más autobuses en el centro de la ciudad.</p>",
    )
    text = newsparse.parse(html).text
    assert "El concejo municipal votó" in text
    assert "NOTAS RELACIONADAS" not in text
    assert "plan de movilidad" not in text


def test_more_information_heading_goes_but_the_text_below_stays() -> None:
    # a heading over a box of links: the line is chrome, yet the article may go on below it
    about = (
        "<p>Das Jugendwerk koordiniert, fördert und gestaltet die evangelische Jugendarbeit in der "
        "Region und bietet Freizeiten, Kurse und Beratung für Gruppen an.</p>"
    )
    html = _page("Hafenbrücke wird gesperrt", DE_PROSE * 4 + "<p>Weitere Informationen</p>" + about)
    text = newsparse.parse(html).text
    assert "Weitere Informationen" not in text
    assert "Das Jugendwerk koordiniert" in text


def test_social_and_app_promos_closing_the_article_are_not_body() -> None:
    html = _page(
        "Harbour bridge to close",
        EN_PROSE * 4
        + "<p>Subscribe now to our digital edition for the full story.</p>"
        + "<p>Follow the Daily Courier on Twitter and Instagram @dailycourier.</p>",
    )
    text = newsparse.parse(html).text
    assert "The city council voted" in text
    assert "Subscribe now" not in text
    assert "Follow the Daily Courier" not in text


def test_spanish_channel_promo_closing_the_article_is_not_body() -> None:
    html = _page(
        "Cierran el puente del puerto",
        ES_PROSE * 4 + "<p>¡Mira lo que tiene nuestro canal de YouTube!</p>",
    )
    text = newsparse.parse(html).text
    assert "El concejo municipal votó" in text
    assert "canal de YouTube" not in text


def test_a_follow_sentence_inside_the_text_stays() -> None:
    # only the closing run of promo lines goes: the same words mid-article are the story's
    middle = "<p>The mayor told residents to follow the council on Twitter for updates about the works.</p>"
    html = _page("Harbour bridge to close", EN_PROSE * 2 + middle + EN_PROSE * 2)
    assert "follow the council on Twitter" in newsparse.parse(html).text


def test_widget_lines_inside_the_article_are_not_body() -> None:
    html = _page(
        "Hafenbrücke wird gesperrt",
        DE_PROSE * 2 + "<div>Bild anzeigen Bild schließen</div><div>Externer Inhalt</div>" + DE_PROSE * 2,
    )
    text = newsparse.parse(html).text
    assert "Der Gemeinderat" in text
    assert "Bild anzeigen" not in text
    assert "Externer Inhalt" not in text


def test_comment_house_rules_after_the_article_are_not_body() -> None:
    html = _page(
        "Harbour bridge to close",
        EN_PROSE * 4
        + "<p>HOUSE RULES</p><ul><li>We welcome reader comments on the top stories of the day.</li>"
        + "<li>Please understand that comments are moderated and not all of them can be published.</li></ul>",
    )
    text = newsparse.parse(html).text
    assert "The city council voted" in text
    assert "HOUSE RULES" not in text
    assert "comments are moderated" not in text


def test_app_promo_closing_the_article_is_not_body() -> None:
    html = _page(
        "Harbour bridge to close",
        EN_PROSE * 4 + "<p>Get the latest news straight to your phone with the Courier app.</p>",
    )
    text = newsparse.parse(html).text
    assert "The city council voted" in text
    assert "straight to your phone" not in text


def test_a_paragraph_whose_names_are_linked_is_body() -> None:
    linked = (
        '<p><a href="/p/anna-berg">Anna Berg</a> replaced <a href="/p/tom-lind">Tom Lind</a>, who had run '
        '<a href="/c/marketing">the marketing department of the harbour authority</a> for eight years. '
        'Before that, <a href="/p/anna-berg">Berg</a> was <a href="/o/port">the port authority spokeswoman</a>.</p>'
    )
    html = _page("Harbour bridge to close", EN_PROSE * 2 + linked + EN_PROSE * 2)
    assert "Anna Berg replaced Tom Lind" in newsparse.parse(html).text


def test_a_linked_headline_inside_the_article_is_still_chrome() -> None:
    teaser = '<p><a href="/news/ferry">New ferry line to the islands opens in May</a></p>'
    html = _page("Harbour bridge to close", EN_PROSE * 2 + teaser + EN_PROSE * 2)
    assert "New ferry line" not in newsparse.parse(html).text


def test_a_labelled_source_line_ending_with_an_agency_is_the_source_not_a_photo_credit() -> None:
    import newsparse

    paragraphs = "".join(
        f"<p>Der Bundestag hat am Freitag den Haushalt beschlossen, Absatz {i}. Die Koalition setzte sich mit ihrer "
        "Mehrheit gegen die Stimmen der Opposition durch, und der Bundesrat soll im März folgen.</p>"
        for i in range(4)
    )
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Bundestag beschließt Etat</title></head><body>'
        "<main><article><h1>Bundestag beschließt Etat</h1>"
        f'{paragraphs}<p class="source">Quelle: dpa, Reuters</p>'
        "<figure><img src='a.jpg'><figcaption>Foto: Reuters</figcaption></figure></article></main></body></html>"
    )
    article = newsparse.parse(page)
    assert article.source == "dpa, Reuters"
    assert "Quelle" not in article.text and "Foto: Reuters" not in article.text
