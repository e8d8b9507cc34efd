"""HTML path rules found on magic-html-style pages (blogs, video pages, card articles)."""

from __future__ import annotations

import newsparse
from newsparse.blocks import Label


def test_licence_notice_does_not_draw_the_container_and_a_short_post_is_kept() -> None:
    notice = (
        '<div class="copyright-box">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，'
        "转载请附上原文出处链接和本声明。</div>"
    )
    related = "".join(
        f'<li><a href="/a/{i}">另一篇关于湿地生态系统服务价值评估的博客文章，附详细教程和数据 {i}</a></li>'
        for i in range(70)
    )
    html = (
        "<html><head><title>湿地模型的价值评估代做</title></head><body>"
        '<div class="header"><h1>湿地模型的价值评估代做</h1><div>作者 于 2023-03-12 13:08:03 发布</div>'
        f"{notice}</div>"
        '<div class="post"><p>湿地模型的价值评估代做</p><p>联系 某鹅 说明来处</p></div>'
        f'<ul class="recommend">{related}</ul>'
        '<div class="footer-box"><p>说明：</p><p>1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。</p></div>'
        "</body></html>"
    )
    article = newsparse.parse(html)
    assert "说明来处" in article.text
    assert "版权声明" not in article.text
    assert "余额" not in article.text


def test_player_controls_and_reading_widgets_are_chrome() -> None:
    from newsparse.html.content import _classified_text
    from newsparse.patterns import ALL_LANGUAGES

    for line in (
        "正在为您切换到高清 480P,请稍候...",
        "播放速度：2X",
        "1.75X",
        "循环播放",
        "超清",
        "很抱歉，当前视频播放失败",
        "错误代码：QVS.4100",
        "İçeriğin Devamı Aşağıda",
        "Haberin Devamı",
        "toggle caption",
        "13-Minute Listen",
        "5 min read",
        "广告",
        "7 days ago",
        "时长：01:45建议WIFI下打开",
        "By signing up you agree to our Terms of Use and Privacy Policy.",
    ):
        assert _classified_text(line, ALL_LANGUAGES)[0] is Label.CHROME, line


def test_video_player_lines_in_the_container_are_not_body() -> None:
    prose = "<p>以光影之名，探寻首都文化魅力。5月20日22点起，栏目将推出系列访谈节目，讲述他们的成长故事和艺术生涯。</p>"
    player = "".join(
        f"<div>{x}</div>"
        for x in (
            "正在为您切换到高清 480P,请稍候...",
            "播放速度：2X",
            "倍速",
            "2.0X",
            "1.5X",
            "高清",
            "标清",
            "循环播放",
        )
    )
    html = (
        "<html><head><title>北京影人访谈节目播出</title></head><body><div class='main'>"
        f"<h1>北京影人访谈节目播出</h1><div class='player'>{player}</div>{prose * 2}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "以光影之名" in text
    assert "播放速度" not in text and "循环播放" not in text and "2.0X" not in text


def test_donation_box_rendered_twice_below_the_article_is_not_body() -> None:
    prose = "".join(
        f"<p>Through genome sequencing we now know that chimpanzees are our closest living relatives ({n}).</p>"
        for n in range(3)
    )
    appeal = (
        "<p>At our magazine we provide original essays and curated videos from around the world, free.</p>"
        "<p>Your ongoing support is essential in letting us plan for a future of big ideas.</p>"
        "<p>Will you help us to continue this work with a gift of any size?</p>"
    )
    html = (
        "<html><head><title>Last hominin standing</title></head><body><article>"
        f"<h1>Last hominin standing</h1>{prose}"
        f'<div class="appeal"><div class="variant-a">{appeal}</div><div class="variant-b">{appeal}</div>'
        "<p>I would like to donate:</p></div></article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "closest living relatives" in text
    assert "ongoing support" not in text and "original essays" not in text


def test_photo_caption_repeated_below_the_article_is_kept() -> None:
    prose = "".join(
        f"<p>多米尼加现任总统19日晚在竞选总部宣布，他在当天举行的总统选举中获胜（{n}）。</p>" for n in range(3)
    )
    caption = "<p>5月19日，在多米尼加首都圣多明各，总统在竞选总部发表胜选演讲。 新华社记者 摄</p>"
    html = (
        "<html><head><title>多米尼加总统宣布胜选</title></head><body><div class='article'>"
        f"<h1>多米尼加总统宣布胜选</h1>{prose}{caption * 2}</div></body></html>"
    )
    assert "发表胜选演讲" in newsparse.parse(html).text


def test_wiki_maintenance_notice_above_the_entry_is_not_body() -> None:
    prose = "".join(
        f"<p>The new district was set up in April 2017 to take over functions from the capital ({n}).</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>New district</title></head><body><div id='content'><h1>New district</h1>"
        '<table class="box-construction plainlinks metadata ambox ambox-notice"><tr><td>'
        "<div>A project under construction.</div><div>Details may change.</div></td></tr></table>"
        f"{prose}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "set up in April 2017" in text
    assert "under construction" not in text and "Details may change" not in text


def test_portal_widgets_after_the_copyright_line_are_not_body() -> None:
    paragraphs = "".join(
        f"<p>The regional council approved the new budget on Monday after a debate of {n} hours, "
        "and the opposition said it would appeal the decision in court next month.</p>"
        for n in range(2, 6)
    )
    html = (
        "<html><head><title>Council approves the budget</title></head><body><div class='article'>"
        f"<h1>Council approves the budget</h1>{paragraphs}"
        "<p>Copyright © Daily Courier. All rights reserved.</p>"
        "<div>What do you think of this article?</div>"
        "<div>Read it at Daily Courier. You will leave this site.</div>"
        "</div><ul><li><a href='/a'>Another story about the council</a></li></ul></body></html>"
    )
    ex = newsparse.explain(html)
    assert "opposition said it would appeal" in ex.article.text
    assert "What do you think" not in ex.article.text
    assert "You will leave this site" not in ex.article.text
    assert any(b.rule == "after the copyright line closing the article" for b in ex.blocks)


def test_copyright_line_mid_article_does_not_end_the_text() -> None:
    prose = (
        "<p>The museum reopened its east wing on Saturday, showing two hundred paintings that had been "
        "kept in storage for more than a decade while the building was restored.</p>"
    )
    html = (
        "<html><head><title>Museum reopens</title></head><body><div class='article'><h1>Museum reopens</h1>"
        f"{prose}<figure><img src='a.jpg'><figcaption>© City Museum</figcaption></figure>{prose}"
        "<p>The wing is open daily.</p></div></body></html>"
    )
    assert "The wing is open daily." in newsparse.parse(html).text


def test_slide_and_player_positions_are_chrome_but_the_slides_stay() -> None:
    slides = "".join(
        f"<div class='slide'><p>{n} / 4</p><h2>Story {n} of the week in science and space</h2>"
        f"<p>Researchers reported result number {n} this week, a finding that other teams say they "
        "will try to reproduce in their own laboratories over the coming months.</p></div>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>This week in science</title></head><body><div class='article'>"
        f"<h1>This week in science</h1><div>00:00 | 03:12</div>{slides}</div></body></html>"
    )
    text = newsparse.parse(html).text
    for n in range(1, 5):
        assert f"result number {n} this week" in text
    assert "/ 4" not in text
    assert "00:00" not in text


def test_byline_with_a_bio_between_headline_and_text_is_not_the_standfirst() -> None:
    prose = "".join(
        f"<p>The company said on Sunday that it would show its most requested product on Tuesday, part {n} "
        "of a campaign that has run on its social accounts for a week.</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>Speaker maker teases a new product</title></head><body>"
        "<header><h1>Speaker maker teases a new product</h1>"
        "<h2>The headphones may be coming sooner than June.</h2>"
        '<p class="article-byline">By <a href="/authors/ann-lee">Ann Lee</a>, a weekend editor who covers '
        "the latest in tech and entertainment. She has written news and reviews since 2020.</p></header>"
        f"<div class='article-body'>{prose}</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "most requested product on Tuesday, part 4" in text
    assert "weekend editor" not in text


def test_code_listing_in_a_highlighter_toolbar_is_body() -> None:
    prose = "".join(
        f"<p>Client components run in the browser and can use its APIs, step {n} of the tutorial explains how "
        "the directive at the top of the file marks them for the bundler.</p>"
        for n in range(1, 4)
    )
    html = (
        "<html><head><title>Server components explained</title></head><body><article class='article'>"
        f"<h1>Server components explained</h1>{prose}"
        '<div class="code-toolbar"><pre class="language-javascript"><code>"use client"\n'
        "export default function LikeButton() {\n  return null\n}</code></pre>"
        '<div class="toolbar"><button>Copy</button><span>JavaScript</span></div></div>'
        f"{prose}</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "export default function LikeButton" in text
    assert "JavaScript" not in text.replace("javascript", "")


def test_polish_portal_lines_and_agency_first_photo_credit_are_not_body() -> None:
    prose = "".join(
        f"<p>Hiszpańskie media są zgodne po meczu numer {n}: napastnik był najlepszym zawodnikiem drużyny "
        "i zdobył bramkę, która dała jej zwycięstwo w derbach.</p>"
        for n in range(1, 4)
    )
    html = (
        "<html><head><title>Hiszpanie mówią jednym głosem</title></head><body><div class='article'>"
        "<h1>Hiszpanie mówią jednym głosem</h1>"
        "<figure><img src='a.jpg'><figcaption>Getty Images / Alex Caparros / Na zdjęciu: Robert Lewandowski"
        "</figcaption></figure><div>W tym artykule dowiesz się o:</div>"
        f"{prose}<p>ZOBACZ WIDEO: zobacz, jak strzelają kobiety. Co za gol</p>{prose}"
        "<p>Źródło artykułu: WP SportoweFakty</p></div></body></html>"
    )
    ex = newsparse.explain(html)
    assert "zdobył bramkę" in ex.article.text
    for line in ("Getty Images", "dowiesz się", "ZOBACZ WIDEO", "Źródło artykułu"):
        assert line not in ex.article.text, line
    assert ex.article.source == "WP SportoweFakty"


def test_photographer_slash_outlet_credit_is_chrome_but_a_recipe_fraction_is_not() -> None:
    prose = "".join(
        f"<p>The smartwatch can now answer health questions on the device itself, reviewer note {n}, "
        "without sending the data to a server first.</p>"
        for n in range(1, 4)
    )
    html = (
        "<html><head><title>Smarter smartwatches</title></head><body><div class='article'>"
        f"<h1>Smarter smartwatches</h1>{prose}"
        "<figure><img src='w.jpg'><figcaption><p>The watch answers questions on device.</p>"
        "<span>James Martin/CNET</span></figcaption></figure>"
        f"{prose}<p>1/2 cup of coffee</p>{prose}<p>编辑/李明</p></div></body></html>"
    )
    ex = newsparse.explain(html)
    text = ex.article.text
    assert "James Martin/CNET" not in text
    assert "The watch answers questions on device." in text
    assert "1/2 cup of coffee" in text
    # a CJK credit label before the slash is the editor line, read as a field
    assert next(b for b in ex.blocks if b.text == "编辑/李明").rule != "photographer/agency credit"


def test_outlet_line_between_headline_and_date_line_is_header() -> None:
    prose = "".join(
        f"<p>路透月度调查显示，日本企业信心5月保持稳定，但制造业及服务业均表示日圆疲弱推高成本，第{n}项调查显示利润受损。</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>日本企业5月信心保持稳定</title></head><body><div class='article'>"
        "<h1>日本企业5月信心保持稳定</h1><div>香港电台-财经</div><div>2024年5月22日 上午8:21</div>"
        f"{prose}</div></body></html>"
    )
    ex = newsparse.explain(html)
    assert "第4项调查" in ex.article.text
    assert "香港电台-财经" not in ex.article.text
    assert ex.article.published is not None and ex.article.published.day == 22


def test_ad_slot_label_between_paragraphs_is_chrome() -> None:
    from newsparse.html.content import _classified_text
    from newsparse.patterns import ALL_LANGUAGES

    for line in ("SCROLL TO CONTINUE WITH CONTENT", "Scroll to continue reading", "Scroll down to continue"):
        assert _classified_text(line, ALL_LANGUAGES)[0] is Label.CHROME, line
    assert _classified_text("Scroll to the bottom of the page to find the form.", ALL_LANGUAGES)[0] is Label.UNKNOWN


def test_video_page_text_in_the_one_article_element_below_a_thin_dek() -> None:
    playlist = "".join(
        f"<div class='card'><a href='/video/{n}'>Trailer number {n}: the new season of the fantasy series "
        f"returns this summer</a><span>2:5{n}</span></div>"
        for n in range(8)
    )
    html = (
        "<html><head><title>How the actor's prosthetic head was made</title></head><body>"
        "<div class='hero'><h1>How the actor's prosthetic head was made</h1>"
        "<div>Out in the world, there is not one but two rotting heads of the actor, he says.</div>"
        "<div>By Mark Lee on May 16, 2024</div></div>"
        f"<div class='watch-next'><div>Watch Next</div>{playlist}</div>"
        "<main><article class='editor-content'><p>The actor goes into detail (maybe too much?) describing the "
        "process of making his prosthetic, decapitated head for the television series.</p></article></main>"
        "<div class='footer'><p>The biggest stories of the day delivered to your inbox. This newsletter may contain "
        "advertising, deals, or affiliate links; subscribing indicates your consent to our terms.</p></div>"
        "</body></html>"
    )
    text = newsparse.parse(html).text
    assert "describing the process of making his prosthetic" in text
    assert "Trailer number" not in text
    assert "newsletter" not in text
