"""HTML path, main text: chrome around and inside the article container (mh-dev causes)."""

from __future__ import annotations

import newsparse

PROSE = (
    "<p>The council approved the harbour plan on Monday after a debate that lasted most of the afternoon.</p>"
    "<p>Work on the barrier starts next spring, and the first gates should close before the autumn storms.</p>"
)


def article_text(body: str) -> str:
    """The body text newsparse finds in an article page: the headline, then ``body``."""
    return newsparse.parse(f"<html><body><article><h1>Harbour plan approved</h1>{body}</article></body></html>").text


def test_cookie_consent_dialog_is_not_body() -> None:
    notice = "<p>This Cookie Notice explains how we and our partners use cookies and similar technologies.</p>" * 12
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><div><h1>Harbour plan approved</h1>"
        f'{PROSE}</div><div id="consent"><div role="alertdialog" aria-modal="true"><h2>Cookie Notice</h2>{notice}'
        "</div></div></body></html>"
    )
    explanation = newsparse.explain(html)
    assert "council approved the harbour plan" in explanation.article.text
    assert "Cookie" not in explanation.article.text


def test_share_marker_above_the_body_does_not_end_it() -> None:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        '<p class="byline">By Ann Lee, a reporter who covers the coast, its towns, its harbours and their people.</p>'
        f"<h2>Share this story</h2>{PROSE}</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "Work on the barrier starts next spring" in text
    assert "Share this story" not in text


def test_phone_line_between_paragraphs_of_a_listing_stays_in_the_body() -> None:
    park = (
        "<p>{n}、上海第{n}公园</p><p>成人票原价：60元</p><p>游客咨询电话：5879288{n}</p>"
        "<p>备注：仅限成人票实行半价优惠，其余票型均不参加本次活动，请游客提前预约入园。</p>"
    )
    html = (
        "<html><head><title>超60家景区推门票半价</title></head><body><div><h1>超60家景区推门票半价</h1>"
        "<p>东方网记者5月13日报道：5月19日是中国旅游日，本市多家景区推出门票半价优惠，市民游客可以提前预约。</p>"
        + "".join(park.format(n=n) for n in range(1, 6))
        + "</div><div>版权所有 东方网 联系电话：021-1234567</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "游客咨询电话：5879288" + "3" in text
    assert "版权所有" not in text


def test_blog_written_in_short_lines_is_found() -> None:
    lines = ["ご訪問ありがとうございます", "エミりんです", "ついについに", "わたしも", "買ってしまいました"] * 12
    profile = "<dl><dd>きれいめカジュアル、プチプラファッション。購入品やお得情報を載せています。</dd></dl>"
    links = "".join(f'<li><a href="/{i}">最新の記事 その{i}</a></li>' for i in range(10))
    html = (
        "<html><body><div>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
        f"<div>{profile}<ul>{links}</ul></div></body></html>"
    )
    text = newsparse.parse(html).text
    assert text.count("買ってしまいました") == 12
    assert "プチプラファッション" not in text


def test_repeated_headline_and_author_bio_above_the_body_are_not_body() -> None:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        '<div class="mobile"><h1>Harbour plan approved</h1></div>'
        '<p class="author">By Ann Lee, a reporter who covers the coast. Before joining us, she wrote for a weekly.</p>'
        f"{PROSE}</article></body></html>"
    )
    article = newsparse.parse(html)
    assert article.title == "Harbour plan approved"
    assert "Harbour plan approved" not in article.text
    assert "a reporter who covers the coast" not in article.text
    assert article.text.startswith("The council approved")


def test_byline_class_around_the_whole_article_keeps_it() -> None:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><h1>Harbour plan approved</h1>"
        f'<div class="author-post">{PROSE}</div></body></html>'
    )
    assert "Work on the barrier starts next spring" in newsparse.parse(html).text


def test_chrome_token_repeated_on_every_item_of_a_list_article_is_a_false_alarm() -> None:
    item = (
        "<h2>{n}. A pair of blue-light glasses to help you through all those emails.</h2>"
        '<figure><img src="g.jpg"><div class="item__figure-footer"><p>Promising review: "I work in front of a '
        'screen all day and had been getting headaches; these glasses fixed it within a week."</p>'
        "<p>Get them from the shop for $16.99.</p></div></figure>"
    )
    html = (
        "<html><head><title>29 products everyone could use</title></head><body><article>"
        "<h1>29 products everyone could use</h1><p>We tried them all, so that you do not have to, and here they are.</p>"
        + "".join(item.format(n=n) for n in range(1, 9))
        + '</article><div class="footer">About us. Contact. Jobs.</div></body></html>'
    )
    text = newsparse.parse(html).text
    assert text.count("Promising review") == 8
    assert "About us" not in text


def test_comment_form_inside_the_article_is_not_body() -> None:
    form = (
        "<form><p>Qui êtes-vous ? Votre nom sera affiché avec votre réaction.</p>"
        "<p>Pour créer des paragraphes, laissez simplement des lignes vides entre eux.</p>"
        '<input name="email"><textarea></textarea></form>'
    )
    text = article_text(f"{PROSE * 3}{form}")
    assert "Work on the barrier starts next spring" in text
    assert "Qui êtes-vous" not in text


def test_form_around_the_whole_page_keeps_the_article() -> None:
    html = (
        f'<html><body><form id="aspnetForm"><div><h1>Harbour plan approved</h1>{PROSE * 3}</div></form></body></html>'
    )
    assert "Work on the barrier starts next spring" in newsparse.parse(html).text


def test_playlist_labels_and_running_times_are_not_body() -> None:
    clip = "<div><div>Daredevils fly through a bridge in London</div><div>01:3{n}</div><div>Now playing</div></div>"
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        + "".join(clip.format(n=n) for n in range(4))
        + f"{PROSE * 2}</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "Now playing" not in text
    assert "01:3" not in text
    assert "Work on the barrier starts next spring" in text


def test_encyclopedia_edit_buttons_beside_each_heading_are_not_body() -> None:
    section = "<h2>历史沿革{n}</h2><div>播报</div><div>编辑</div><p>雄安高新区以核心区南北为两翼，布局五大产业园区，发展新兴产业。</p>"
    html = (
        "<html><body><div><h1>雄安高新区</h1>" + "".join(section.format(n=n) for n in range(4)) + "</div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "播报" not in text
    assert text.count("布局五大产业园区") == 4


def test_author_box_after_the_text_is_not_body() -> None:
    box = (
        '<div class="about-authors"><div>ABOUT THE AUTHOR</div><a href="/a">Bobins Abraham</a>'
        "<p>Assistant News Editor. He writes on environment, sustainability and conflicts between people and animals.</p></div>"
    )
    text = article_text(f"{PROSE * 3}{box}")
    assert "Work on the barrier starts next spring" in text
    assert "Assistant News Editor" not in text


def test_closing_quote_in_corner_brackets_ends_the_body() -> None:
    html = (
        "<html><head><title>茲韋列夫封王</title></head><body><div><h1>茲韋列夫封王</h1>"
        "<p>（法新社羅馬19日電） 德國網球好手茲韋列夫今天以6比4、7比5擊敗對手，在義大利網球公開賽封王。</p>"
        "<p>他今天在賽後感性地說，「羅馬對我來說是意義非凡地地方。」</p>"
        "<div>其他人也在看</div></div></body></html>"
    )
    text = newsparse.parse(html).text
    assert "意義非凡地地方" in text
    assert "其他人也在看" not in text


def test_video_playlist_in_the_article_header_is_not_body() -> None:
    clip = '<div class="video-resource"><div>Daredevils fly through an iconic bridge in London {n}</div></div>'
    playlist = '<div class="video-playlist"><div>Trending Now 15 videos</div>' + "".join(
        clip.format(n=n) for n in range(6)
    )
    text = article_text(f"{playlist}</div>{PROSE * 3}")
    assert "Daredevils" not in text
    assert "Work on the barrier starts next spring" in text


def test_reader_revenue_appeal_is_not_body() -> None:
    appeal = (
        '<div id="support-entry" class="cli-support"><p>Dear Reader</p>'
        "<p>Thank you for your past contribution. We are sincerely grateful for readers like you who help us.</p>"
        "<p>Contribute as little as $2 to keep our news free for all.</p></div>"
    )
    text = article_text(f"{PROSE * 3}{appeal}")
    assert "Work on the barrier starts next spring" in text
    assert "Contribute" not in text


def test_popup_layer_and_side_rail_are_not_body() -> None:
    layer = (
        '<div class="view_layer"><div class="layer_head">자동요약</div>'
        "<p>기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.</p><p>글자크기 설정</p><p>매우 작은 폰트</p></div>"
    )
    rail = '<div class="c-page_rightRail"><h3>Must read</h3><p>Windows Server 2022</p></div>'
    text = article_text(f"{layer}{PROSE * 3}{rail}")
    assert "Work on the barrier starts next spring" in text
    assert "자동요약" not in text and "Windows Server" not in text


def test_sentences_styled_as_headings_stay_in_the_body() -> None:
    html = (
        "<html><body><article><h1>Trust in clergy</h1>"
        "<h2>A survey in 27 provinces with 2,500 people found that trust in clergy in the country is about 68 to 70 percent.</h2>"
        "<h2>The deputy head of religious affairs said the report shows that people still trust the clergy, despite campaigns.</h2>"
        f"<h2>What she said</h2>{PROSE}</article></body></html>"
    )
    article = newsparse.parse(html)
    assert "found that trust in clergy" in article.text
    assert "people still trust the clergy" in article.text


def test_platform_disclaimer_closing_a_self_media_post_is_not_body() -> None:
    html = (
        "<html><head><title>布伦森左手骨折</title></head><body><article><h1>布伦森左手骨折</h1>"
        "<p>尼克斯官方宣布，布伦森第三节遭遇左手骨折，本场比赛不会回归。</p>"
        "<p>布伦森全场出战29分钟，17中6得到17分9助攻。</p>"
        "<p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>"
        "</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "17中6得到17分9助攻" in text
    assert "平台声明" not in text


def test_newsletter_box_closing_the_article_is_not_body() -> None:
    html = (
        f"<html><body><article><h1>Harbour plan approved</h1>{PROSE * 3}"
        "<p>Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.</p>"
        "</article></body></html>"
    )
    text = newsparse.parse(html).text
    assert "Work on the barrier starts next spring" in text
    assert "newsletters" not in text
