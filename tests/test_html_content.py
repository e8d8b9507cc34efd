"""HTML path, main content: container choice, chrome inside it, typed blocks and sections."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import BlockKind
from newsparse.blocks import Label
from newsparse.html.blocks import walk
from newsparse.html.content import Container, label_blocks
from newsparse.html.tree import as_root

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def parse_fixture(name: str) -> newsparse.Article:
    return newsparse.parse_file(FIXTURES / name)


@pytest.fixture(scope="module")
def news() -> newsparse.Article:
    return parse_fixture("en/news-jsonld.html")


def test_body_keeps_the_article_and_drops_chrome(news: newsparse.Article) -> None:
    text = news.text
    assert "movable flood barrier across the old port entrance" in text
    assert "asked for a second review" in text
    for chrome in ("Share on Facebook", "Storm surge floods lower town again", "Finally! We have waited", "All rights"):
        assert chrome not in text
    assert "Home" not in text.split()


def test_sections_follow_the_headings(news: newsparse.Article) -> None:
    headings = [s.heading for s in news.sections]
    assert headings == [None, "How the barrier will work", "Opposition"]


def test_typed_blocks(news: newsparse.Article) -> None:
    kinds = {p: s.kind_of(i) for s in news.sections for i, p in enumerate(s.paragraphs)}
    assert kinds["An artist's impression of the barrier at high tide."] is BlockKind.CAPTION
    assert kinds["The gates will be tested twice a year."] is BlockKind.LIST_ITEM
    quote = next(p for p in kinds if p.startswith('"This is the most important'))
    assert kinds[quote] is BlockKind.QUOTE
    assert kinds["Construction\t£38m"] is BlockKind.TABLE_ROW


def test_headline_is_not_repeated_in_the_body(news: newsparse.Article) -> None:
    assert news.title == "Harbour council approves flood barrier plan"
    assert news.title not in news.paragraphs


def test_government_page_drops_video_notice_related_and_editor_line() -> None:
    article = parse_fixture("zh/gov-trs.html")
    text = article.text
    assert text.startswith("2月27日，南陵县人民检察院召开全院干警大会")
    assert "做好公益诉讼检察。" in text
    for chrome in ("您的浏览器暂时无法播放此视频", "责任编辑", "相关阅读", "芜湖市检察院召开检察长会议", "ICP"):
        assert chrome not in text


def test_explain_names_the_rule_of_every_block() -> None:
    explanation = newsparse.explain((FIXTURES / "zh/gov-trs.html").read_bytes())
    rules = {b.text: b.rule for b in explanation.blocks}
    assert rules["您的浏览器暂时无法播放此视频"] == "chrome phrase"
    assert "xgyd" in rules["芜湖市检察院召开检察长会议"]
    assert all(b.rule for b in explanation.blocks)


def test_paragraphs_straight_under_body_between_link_lists() -> None:
    links = "".join(f'<li><a href="/{i}">Link number {i}</a></li>' for i in range(30))
    prose = "This paragraph holds a full sentence of article prose, long enough to count as content. " * 2
    html = f"<html><body><ul>{links}</ul><p>{prose}</p><p>{prose}</p><ul>{links}</ul></body></html>"
    article = newsparse.parse(html)
    assert article.paragraphs == [prose.strip(), prose.strip()]


def test_stray_end_of_document_mid_page_keeps_the_body() -> None:
    html = (
        "<html><body><h1>Budget passed</h1></body></html>"
        "<p>The city council passed the budget on Monday after a long debate about schools and roads.</p>"
        "<p>The vote was nine to two, with two members absent from the meeting.</p></body></html>"
    )
    article = newsparse.parse(html)
    assert "The vote was nine to two" in article.text


def test_photo_credits_are_not_body() -> None:
    prose = "<p>The museum reopened on Saturday after a two-year renovation of its main hall and roof.</p>" * 3
    html = (
        f"<html><body><article><h1>Museum reopens</h1>{prose}<p>Foto: Anna Berg</p>"
        f"<p>Visitors queued in the rain</p><p>Getty Images</p>{prose}</article></body></html>"
    )
    article = newsparse.parse(html)
    assert "Foto: Anna Berg" not in article.paragraphs
    assert "Getty Images" not in article.paragraphs
    assert "Visitors queued in the rain" in article.paragraphs


def test_hashed_css_module_class_names_say_nothing() -> None:
    from newsparse.html.blocks import _tokens

    assert "ad" not in _tokens("styles_article__Ee5Ad")
    assert {"trs", "editor", "article", "body"} <= _tokens("TRS_Editor articleBody")


def test_chrome_classed_element_around_headline_and_first_paragraph_is_the_article() -> None:
    teaser = '<li><a href="/x">Another story from the same site today</a> Short summary here.</li>'
    prose = "<p>The river rose by two metres overnight, and the town closed its old bridge to traffic.</p>"
    html = (
        "<html><head><title>Flood closes bridge</title></head><body>"
        f'<div class="enableInArticleAd"><h1>Flood closes bridge</h1>{prose}</div>'
        f'<div class="related"><ul>{teaser * 8}</ul></div></body></html>'
    )
    article = newsparse.parse(html)
    assert "The river rose by two metres overnight" in article.text


def test_site_name_heading_is_not_the_headline() -> None:
    prose = "<p>The senator said on Tuesday that he would not run again, ending a career of three decades.</p>"
    html = (
        "<html><head><title>Senator will not run again - POLITICO</title></head><body>"
        '<header><h1 class="logo">POLITICO</h1></header>'
        f"<article><h2>Senator will not run again</h2>{prose * 3}</article></body></html>"
    )
    assert newsparse.parse(html).title == "Senator will not run again"


def test_next_article_below_the_first_is_not_body() -> None:
    first = "<p>The first story has a full paragraph of prose about the harbour and its new quay.</p>" * 3
    second = "<p>The second story is another article entirely, loaded below the first by the site.</p>" * 3
    html = (
        "<html><head><title>Harbour opens</title></head><body><div>"
        f"<h1>Harbour opens</h1><p>2024-05-20 13:09</p>{first}"
        f"<h1>Singer remembered</h1><p>2023-06-01 00:48</p>{second}</div></body></html>"
    )
    article = newsparse.parse(html)
    assert "harbour" in article.text
    assert "second story" not in article.text


def test_teaser_stream_after_the_article_is_not_body() -> None:
    prose = "<p>Pine Labs received approval from a court to merge its local entity with the Indian one.</p>" * 4
    teaser = (
        '<div><a href="/t">Privacy</a><h3><a href="/s">A taskforce offers a first look at the chatbot rules</a></h3>'
        '<a href="/a">Natasha Lomas</a><p>12 hours ago</p>'
        "<p>A data protection taskforce that spent a year on the question has reported its findings.</p></div>"
    )
    html = (
        "<html><head><title>Pine Labs moves</title></head><body><div>"
        f"<h1>Pine Labs moves</h1>{prose}{teaser * 5}</div></body></html>"
    )
    article = newsparse.parse(html)
    assert "Pine Labs received approval" in article.text
    assert "taskforce" not in article.text
    assert "12 hours ago" not in article.text


def test_read_also_links_between_paragraphs_keep_the_article() -> None:
    prose = "<p>La deuda externa total aumentó en 884 millones de dólares respecto al año anterior.</p>"
    link = '<p><a href="/x">Lea también: otra noticia sobre la economía del país este año</a></p>'
    html = f"<html><body><div><h1>Deuda</h1>{prose * 2}{(link + prose * 2) * 4}</div></body></html>"
    assert newsparse.parse(html).text.count("La deuda externa") == 10


def test_read_also_marker_mid_article_does_not_end_the_body() -> None:
    prose = "<p>Habeck said the chances of an industrial power price were now lower than before, and firms waited.</p>"
    html = (
        "<html><body><article><h1>Power price</h1>"
        f'{prose * 2}<p>Lesen Sie auch:</p><p><a href="/x">Ein anderer Artikel</a></p>'
        "<p>The stalemate is bad for companies, the association said on Monday, in a statement issued in Berlin.</p>"
        f"{prose}</article></body></html>"
    )
    assert "The stalemate is bad for companies" in newsparse.parse(html).text


def test_prose_after_a_long_related_box_is_not_the_article_resuming() -> None:
    # a consent dialog rendered after the footer, inside the same wrapper as the article
    prose = "<p>The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour.</p>"
    teasers = "".join(
        f'<p><a href="/n{i}">Another story number {i} from the region</a></p><p>A short summary of it.</p>'
        for i in range(7)
    )
    consent = (
        "<h3>We value your privacy</h3>"
        "<p>Click accept to agree that we and our trusted partners store and process data collected on this site,"
        " in line with the settings you choose.</p>"
        "<p>Our partners process your personal data for personalised advertising, measurement and audience"
        " research, and to develop their products.</p>"
        "<p>You can withdraw your agreement at any time in the privacy settings at the bottom of every page.</p>"
    )
    html = f"<html><body><div><h1>Budget passed</h1>{prose * 4}<h2>Related articles</h2>{teasers}{consent}</div></body></html>"
    text = newsparse.parse(html).text
    assert "The council approved" in text
    assert "personal data" not in text and "Another story" not in text


def test_wiki_citation_list_below_the_text_is_not_body() -> None:
    prose = (
        "<p>The new district was set up in April 2017 to take over functions from the capital, and its plan"
        " was approved by the State Council the following year.[1]</p>"
    )
    citations = "".join(
        f"<li>{caret} Author {i}. Report on the district. News Agency. 2017-04-0{i} [2017-04-07].</li>"
        for i, caret in enumerate(["^", "^", "↑", "^"], start=1)
    )
    html = (
        '<html><body><div id="content"><h1>New district</h1>'
        f'{prose * 4}<h2>References</h2><div class="mw-references-wrap"><ol>{citations}</ol></div></div></body></html>'
    )
    text = newsparse.parse(html).text
    assert "The new district was set up" in text
    assert "Report on the district" not in text


def test_video_card_title_repeated_above_the_text_is_not_body() -> None:
    title = "《城市访谈》之《北京故事》5月20日起电影频道22:00播出"
    card = (
        f'<div class="media-card"><div class="info"><span>{title}</span> <span>时长：01:45</span>'
        f" <span>来源：电影网</span></div><h4><span>{title}</span><a>收起</a></h4>"
        f'<div class="overlay"><div>{title}</div></div></div>'
    )
    prose = (
        "<p>以光影之名，探寻首都文化魅力。5月20日22点起，栏目将推出系列访谈节目，五位电影人将讲述他们的成长故事和艺术生涯，"
        "分享创作中的难忘经历。</p>"
    )
    html = (
        '<html><body><div id="content"><h1>《城市访谈》5月20日起播出</h1>'
        f"<div>时间：2024.05.20 来源：电影网</div>{card}{prose * 2}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "以光影之名" in text
    assert "时长" not in text and "收起" not in text and "22:00播出" not in text


def test_photo_credit_classed_element_is_not_body() -> None:
    prose = "<p>Smartwatches have come a long way over the past decade, and generative features could come next.</p>"
    figure = (
        '<figure><img src="w.jpg" alt=""><figcaption><div class="image-caption">The watch can answer health'
        ' questions.</div><div class="image-credit">Jane Roe/Example Photo Agency</div></figcaption></figure>'
    )
    html = f"<html><body><article><h1>Smarter watches</h1>{prose * 2}{figure}{prose * 2}</article></body></html>"
    text = newsparse.parse(html).text
    assert "Smartwatches have come a long way" in text
    assert "Jane Roe" not in text


def test_read_more_sentence_inside_a_list_article_does_not_end_it() -> None:
    def item(n: int) -> str:
        return (
            f"<h2>{n}. A handy gadget number {n} that will make your mornings much easier.</h2>"
            f'<p>Promising review: "I bought gadget {n} last month and it has worked every single day since."</p>'
            f'<p>Get it from <a href="/shop/{n}">the shop</a> for ${n}.99.</p>'
        )

    pointer = '<p>Read more in her <a href="/review">full review</a> on this migraine stick!</p>'
    html = (
        "<html><body><article><h1>Products everyone could use</h1>"
        f"{''.join(item(n) for n in range(1, 5))}{pointer}{''.join(item(n) for n in range(5, 9))}"
        "</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "I bought gadget 2" in text and "I bought gadget 7" in text


def test_lead_picture_captioned_with_the_headline_is_not_body() -> None:
    prose = "<p>德國網球好手今天以直落二擊敗智利選手，在羅馬奪得本季第一座冠軍，為法網暖身。</p>" * 2
    html = (
        "<html><body><article><header><h1>義大利公開賽 茲韋列夫封王</h1></header><div class='body'>"
        "<figure><img src='a.jpg'><figcaption>義大利公開賽 <a href='/tag/x'>茲韋列夫</a>封王</figcaption></figure>"
        f"{prose}<figure><img src='b.jpg'><figcaption>茲韋列夫在羅馬捧起冠軍獎盃</figcaption></figure>{prose}"
        "</div></article></body></html>"
    )
    article = newsparse.parse(html)
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert "義大利公開賽 茲韋列夫封王" not in paragraphs
    assert "茲韋列夫在羅馬捧起冠軍獎盃" in paragraphs
    rules = {b.text: b.rule for b in newsparse.explain(html, kind="html").blocks}
    assert rules["義大利公開賽 茲韋列夫封王"] == "the headline repeated"


def test_caption_with_its_credit_between_headline_and_container_is_no_lead() -> None:
    # the standfirst above the container is kept; a picture's caption there, ending with its
    # credit, stays what the line rules say it is
    prose = (
        "<p>An milden, sonnigen Herbsttagen gehen die Leute in Brandenburg in ihre Gärten und mähen den "
        "Rasen ein letztes Mal, bevor der Winter kommt.</p>"
    )
    html = (
        "<html><body><h1>Wie man in Brandenburg redet</h1>"
        "<p>Sich kurz zu fassen, ist ein wesentliches Prinzip eines Gesprächs in Brandenburg. "
        "Stilles Rackern statt lauter Reden.</p>"
        "<div class='lg-caption'>Nicht labern, ranklotzen! Die Leute hier haben immer zu tun. "
        "Foto: Timur | flickr | CC BY 2.0</div>"
        f"<div class='field-body'>{prose * 3}</div></body></html>"
    )
    root, _ = as_root(html)
    labelled = label_blocks(walk(root), Container(3, 6, 0, "test"), 0, "headline", frozenset(), ("de", "en"))
    assert [(b.label, b.rule) for b in labelled[1:3]] == [
        (Label.PARAGRAPH, "lead between the headline and the container"),
        (Label.CHROME, "photo caption"),
    ]
