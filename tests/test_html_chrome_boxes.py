"""HTML path: boxes inside the article container that are not the article (author boxes ...)."""

from __future__ import annotations

import newsparse

PROSE = (
    "<p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its piers.</p>"
)


def test_author_box_with_a_biography_is_not_body() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        "<h1>Harbour bridge to close</h1>"
        '<div class="author-box"><span class="author-name">Jane Miller</span>'
        "<p>Jane Miller is a local news reporter who has covered city politics, transport and housing "
        "for more than a decade.</p></div>"
        f"{PROSE * 4}</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "The city council voted" in text
    assert "has covered city politics" not in text


def test_short_byline_element_is_still_read() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        '<h1>Harbour bridge to close</h1><div class="byline">By Jane Miller</div>'
        f"{PROSE * 4}</article></body></html>"
    )
    article = newsparse.parse(html)
    assert article.authors == ["Jane Miller"]
    assert "The city council voted" in article.text


def test_article_inside_an_unclosed_nav_is_read() -> None:
    # a theme leaves <nav> open: the browser (and lxml) put the whole page inside it
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        '<header><nav class="navbar"><a href="/">Home</a><a href="/news">News</a>'
        f"<main><article><h1>Harbour bridge to close</h1>{PROSE * 4}</article></main>"
        "</nav></header></body></html>"
    )
    article = newsparse.parse(html)
    assert "The city council voted" in article.text
    assert "News" not in article.text.split()


def test_article_for_readers_without_scripts_in_noscript_is_read() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        '<div class="post"><h1>Harbour bridge to close</h1><div class="post-body">'
        f"<noscript>{PROSE * 3}</noscript></div></div>"
        "<noscript><p>Please enable JavaScript.</p></noscript></body></html>"
    )
    text = newsparse.parse(html).text
    assert "The city council voted" in text
    assert "enable JavaScript" not in text


def test_numbered_class_words_count_as_the_word() -> None:
    from newsparse.html.blocks import _tokens

    assert {"comments", "body"} <= _tokens("comments18-wrapper body2")
    assert "ad" not in _tokens("styles_article__Ee5Ad")


def test_title_repeated_below_the_article_does_not_drop_it() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='entry'>"
        f"{PROSE * 5}<p>Harbour bridge to close</p><p>Posted in News</p></div></body></html>"
    )
    assert newsparse.parse(html).text.count("The city council voted") == 5


def test_chrome_token_on_every_paragraph_wrapper_is_the_site_naming() -> None:
    # page builders wrap each paragraph in a "widget": together they hold the article
    widget = '<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
    share = '<div class="share"><a href="/s">Share on Facebook</a><a href="/t">Tweet</a></div>'
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='elementor-column'>"
        f"{widget}<h1>Harbour bridge to close</h1></div></div>{share}"
        f"{(widget + PROSE * 2 + '</div></div>') * 4}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("The city council voted") == 8
    assert "Share on Facebook" not in text


def test_grid_of_teaser_cards_after_the_article_is_not_body() -> None:
    card = (
        '<div class="grid-item"><p class="dateline">Podcast</p>'
        '<h3 class="grid-item-title"><a href="/a">War and more</a></h3>'
        '<div class="grid-item-teaser">What else belongs to it: religion, language and the law.</div></div>'
    )
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='article'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}"
        f"<h2>Latest articles</h2><div class='auto-grid'>{card * 4}</div></div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("The city council voted") == 4
    assert "religion, language" not in text
    assert "Latest articles" not in text


def test_list_of_linked_items_in_the_article_is_kept() -> None:
    item = '<li class="step"><a href="/tool">Buy a torque wrench</a> and tighten the bolts to 40 newton metres.</li>'
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='article'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 3}<ul>{item * 4}</ul>{PROSE}</div></body></html>"
    )
    assert newsparse.parse(html).text.count("tighten the bolts") == 4


def test_comment_form_inside_the_article_is_not_body() -> None:
    form = (
        '<form action="/comment" method="post"><fieldset><legend>Who are you?</legend>'
        '<label for="n">Your name</label><input id="n" type="text" name="name"/>'
        "<p>To make paragraphs, simply leave empty lines between them.</p>"
        '<textarea name="text"></textarea></fieldset></form>'
    )
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='article'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}{form}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("The city council voted") == 4
    assert "leave empty lines" not in text
    assert "Who are you" not in text


def test_page_wide_form_is_not_chrome() -> None:
    # ASP.NET pages wrap the whole page in one <form> with hidden and search fields
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><form id='form1' method='post'>"
        '<input type="hidden" name="__VIEWSTATE" value="x"/><input type="text" name="q"/>'
        f"<div class='article'><h1>Harbour bridge to close</h1>{PROSE * 4}</div></form></body></html>"
    )
    assert newsparse.parse(html).text.count("The city council voted") == 4


def test_sign_off_line_straight_after_the_article_is_kept() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='entry'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}<p>Euer Hans</p>"
        '<div class="tags"><a href="/t/a">Bridges</a> <a href="/t/b">Council</a></div>'
        "<h3>Recommended posts</h3></div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.rstrip().endswith("Euer Hans")
    assert "Recommended posts" not in text


def test_standfirst_right_under_the_headline_far_above_the_body_is_kept() -> None:
    # no metadata title names the headline, so only the <h1> nearest the content marks it
    more = "".join(f'<li><a href="/s{i}">Another story from the harbour district, part {i}</a></li>' for i in range(10))
    html = (
        "<html><head><title>Evening news - Radio One</title></head><body><header>"
        "<h1>Harbour bridge to close</h1>"
        "<p>Engineers found cracks in two piers, and the council acted within a week of their report</p>"
        f"<ul>{more}</ul></header><div class='article-body'>{PROSE * 4}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.startswith("Engineers found cracks")
    assert "part 3" not in text


def test_affiliate_disclosure_and_donation_box_are_not_body() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='entry'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}"
        '<p class="affiliate-disclosure">We earn a commission when you buy through the links on this page.</p>'
        '<div class="donation-box"><p>Independent journalism costs money: please support our work today.</p></div>'
        "</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("The city council voted") == 4
    assert "commission" not in text
    assert "support our work" not in text


def test_recirculation_box_inside_the_article_is_not_body() -> None:
    box = (
        '<div class="wp-block-recirculation-box"><div class="title">More columns on our site</div>'
        "<p>Why the harbour district keeps changing its mind about bridges, and what comes next.</p></div>"
    )
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><div class='entry'>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 2}{box}{PROSE * 2}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("The city council voted") == 4
    assert "More columns" not in text


def _signup_page(box: str) -> str:
    return (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 2}{box}{PROSE.replace('Tuesday', 'Monday') * 2}"
        "</article></body></html>"
    )


def test_newsletter_sign_up_box_around_a_form_is_not_body() -> None:
    box = (
        '<section class="relative p-8 my-12 border">'
        '<div class="font-bold text-lg">City Weekly</div>'
        '<div class="flex flex-col"><div class="font-bold">Want more stories about your neighbourhood?</div>'
        "<div>Sign up for our weekly City newsletter.</div>"
        '<form><input type="email" placeholder="Enter Email"><button type="submit">Sign Me Up</button></form>'
        "</div><div>By signing up you agree to our Terms of Use and Privacy Policy.</div></section>"
    )
    article = newsparse.explain(_signup_page(box))
    text = article.article.text
    assert "The city council voted on Monday" in text
    assert "Want more stories" not in text
    assert "Sign up for our weekly" not in text
    assert "By signing up" not in text
    assert any(b.rule == "sign-up box around an input form" for b in article.blocks)


def test_form_between_paragraphs_keeps_the_prose_around_it() -> None:
    # a poll inside the text: the element around the form is the article itself
    box = '<form><input type="radio" name="v" value="y"> Yes <input type="radio" name="v" value="n"> No</form>'
    text = newsparse.parse(_signup_page(box)).text
    assert text.count("The city council voted") == 4


def test_auto_summary_note_written_as_a_sentence_is_not_body() -> None:
    # a Korean portal's auto-summary box: its note ends with a full stop, like prose
    prose = (
        "<p>서울시는 다음 달부터 한강 다리 두 곳의 보수 공사를 시작한다고 13일 밝혔다. "
        "공사 기간에는 차량 통행이 일부 제한된다.</p>"
    )
    html = (
        "<html><head><title>한강 다리 보수 공사</title></head><body><article>"
        "<h1>한강 다리 보수 공사</h1>"
        "<div><strong>자동요약</strong> 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.</div>"
        f"{prose * 4}</article></body></html>"
    )
    article = newsparse.explain(html, languages=("ko", "en"))
    assert "자동요약한 결과입니다" not in article.article.text
    assert "보수 공사를 시작한다고" in article.article.text
    assert any(b.rule == "chrome phrase written as a sentence" for b in article.blocks)


def test_paragraphs_below_a_share_bar_are_no_teaser_summaries() -> None:
    # the share bar's links and the related box's headlines are dropped by their class: they are
    # no stream of teasers, and the paragraphs between them are the article going on
    P = (
        "<p>Hay is the basis of a horse's diet, but many bales contain dust and mould spores, so buyers "
        "should check every delivery before it goes into the barn.</p>"
    )
    html = (
        "<html><head><title>Haylage: better than its name?</title></head><body><article class='post'>"
        "<h1>Haylage: better than its name?</h1>"
        + P
        + "<div class='share-buttons'><a href='#'>whatsapp</a> <a href='#'>pinterest</a> <a href='#'>facebook</a> "
        "<a href='#'>twitter</a> <a href='#'>mail</a></div>"
        "<p>For horses with allergies, haylage can be an alternative to hay, provided the bale is used up within a few days of opening it.</p>"
        "<p>Haylage can go mouldy too when the wrap is damaged, so the film should be checked for holes before the bale is bought.</p>"
        "<p>Bales that smell sour or feel warm inside should go back to the supplier, whatever the price paid for them.</p>"
        "<div class='related-posts'><h4><a href='/a'>Hay: harvest it right, store it right</a></h4>"
        "<h4><a href='/b'>Straw or shavings: what bedding suits your horse</a></h4>"
        "<h4><a href='/c'>Five signs your horse needs a dentist</a></h4></div>"
        "</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "For horses with allergies" in text
    assert "Bales that smell sour" in text
    assert "Five signs your horse" not in text


def test_disclaimer_classed_box_inside_the_article_is_not_body() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 3}"
        '<p class="product-box-disclaimer">Last updated on 2 February 2022 / Links marked with a star are '
        "affiliate links / Images from the shop's programming interface</p>"
        f"{PROSE.replace('Tuesday', 'Monday')}</article></body></html>"
    )
    article = newsparse.explain(html)
    assert "affiliate links" not in article.article.text
    assert "The city council voted on Monday" in article.article.text
    assert any(b.rule == "class/id token 'disclaimer' inside the container" for b in article.blocks)


def test_advertising_disclosure_above_the_text_is_not_body() -> None:
    html = (
        "<html><head><title>Faire Bademode</title></head><body><article>"
        "<h1>Faire Bademode</h1><p>*Werbung. Dieser Beitrag enthält Werbung für ein Modelabel.</p>"
        "<p>Dies ist vielleicht ein Food Blog, aber meine Interessen gehen natürlich weit über Essen hinaus: "
        "Mode, insbesondere faire Mode, spielt in meinem Leben eine große Rolle.</p>" * 3 + "</article></body></html>"
    )
    text = newsparse.parse(html, languages=("de", "en")).text
    assert "Dieser Beitrag enthält Werbung" not in text
    assert "faire Mode" in text


def test_contact_line_with_an_email_after_the_text_is_not_body() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}<p>Story tips? newsdesk@example.com</p>"
        "</article></body></html>"
    )
    article = newsparse.explain(html)
    assert "newsdesk@example.com" not in article.article.text
    assert article.article.text.count("The city council voted") == 4


def test_sign_off_line_after_the_text_stays() -> None:
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}<p>See you at the harbour</p></article></body></html>"
    )
    assert "See you at the harbour" in newsparse.parse(html).text


def _box_page(box: str) -> str:
    return (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 2}{box}{PROSE.replace('Tuesday', 'Monday') * 2}"
        "</article></body></html>"
    )


def test_heading_of_a_box_of_links_between_paragraphs_heads_nothing() -> None:
    box = (
        "<div class='box'><h3>Worth your time</h3><ul>"
        "<li><a href='/a'>Ferry timetable changes for the summer season</a></li>"
        "<li><a href='/b'>New cycle lane opens along the river front</a></li></ul></div>"
    )
    article = newsparse.explain(_box_page(box))
    assert "Worth your time" not in article.article.text
    assert any(b.rule == "heading of a box without text" for b in article.blocks)


def test_heading_of_a_slide_with_its_picture_link_stays() -> None:
    box = (
        "<div class='slide'><h2>3. The bridge at night</h2><div><a href='/p1'>Enlarge</a></div>"
        "<figure><figcaption>The bridge at night (photo: city archive)</figcaption></figure>"
        "<div><a href='/next'>Next: the new ferry pier and its timetable</a></div></div>"
    )
    assert "3. The bridge at night" in newsparse.parse(_box_page(box)).text


_DE_PROSE = (
    "<p>Die Stadt hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu "
    "sperren, nachdem Ingenieure Risse in zwei ihrer Pfeiler gefunden hatten.</p>"
)
_DE_ADVICE = (
    "<li>Beachten Sie vor der Abreise die aktuellen Reisehinweise für die Region und führen Sie Ihren "
    "Reisepass während der ganzen Reise stets mit.</li>"
)


def _advice_page(after: str) -> str:
    return (
        "<html><head><title>Hafenbrücke wird gesperrt</title></head><body><article>"
        f"<h1>Hafenbrücke wird gesperrt</h1>{_DE_PROSE * 3}<h4>Empfehlungen</h4><ul>{_DE_ADVICE * 3}</ul>"
        f"{after}</article></body></html>"
    )


def test_list_of_sentences_under_a_marker_like_heading_is_text_when_paragraphs_follow() -> None:
    # "Empfehlungen" reads like a related-reading marker; advice written in sentences below it, with
    # the article's sections going on after it, is the text
    after = "<h3>Sicherheit</h3>" + _DE_PROSE.replace("Dienstag", "Freitag") * 2
    text = newsparse.parse(_advice_page(after), languages=("de", "en")).text
    assert "Beachten Sie vor der Abreise" in text
    assert "am Freitag beschlossen" in text


def test_list_of_sentences_closing_the_page_after_a_marker_stays_tail() -> None:
    text = newsparse.parse(_advice_page(""), languages=("de", "en")).text
    assert "Beachten Sie vor der Abreise" not in text


def test_sentence_opening_like_an_open_chrome_phrase_stays_body() -> None:
    # "we recommend …" is a whole-line chrome phrase open at its end: a sentence starting so is prose
    last = "<p>We recommend that travellers register with the embassy before they leave the country.</p>"
    html = (
        "<html><head><title>Harbour bridge to close</title></head><body><article>"
        f"<h1>Harbour bridge to close</h1>{PROSE * 4}{last}</article></body></html>"
    )
    assert "We recommend that travellers register" in newsparse.parse(html).text
