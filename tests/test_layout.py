"""Where the body is: prose scoring, tail headings, footers, teasers, repeated lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.blocks import Block
from newsparse.layout import _prefix_best, best_run, content_score, is_heading_like
from newsparse.prose import reads_as_prose, text_width

LANGS = ("en", "zh")

ARTICLE = [
    "The city council approved the new budget on Tuesday after a long debate about the cost of public transport.",
    "",
    "Council members said the plan would add two bus lines and extend the opening hours of the main library.",
    "",
    "The mayor, who had proposed a smaller budget in the spring, said she was pleased with the compromise.",
    "",
    "Work on the new bus lines is expected to start in the autumn and to be finished within two years.",
]
MENU = ["Home", "News", "Sport", "", "World | Business | Culture | Travel", ""]


def body(*lines: str) -> str:
    return newsparse.parse("\n".join(lines), kind="text").text


def test_sentence_reads_as_prose_and_linked_headline_does_not() -> None:
    assert reads_as_prose(ARTICLE[0])
    assert not reads_as_prose("Council approves budget after long debate")


def test_bullet_item_needs_a_sentence_end_to_be_prose() -> None:
    assert not reads_as_prose("• LPR连续8个月不变，专家称贷款利率或已行至合意区间")
    assert reads_as_prose("• The council will vote again in May, the mayor said.")


def test_image_led_teaser_is_not_prose() -> None:
    assert not reads_as_prose("[cdcb54dcf9] 讲真！这身材，究竟谁顶得住嘛！")


def test_text_width_ignores_rules_brackets_and_digits() -> None:
    assert text_width("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━") == 0
    assert text_width("[                              ]") == 0


def test_ideograph_counts_three_columns_of_text() -> None:
    assert text_width("检察院") == 9


def test_rule_line_scores_like_chrome_not_like_prose() -> None:
    assert content_score(Block(0, "━" * 150), LANGS) < 0


def test_best_run_is_the_maximum_sum_span() -> None:
    assert best_run([-5, 10, -3, 8, -20, 4]) == ((1, 3), 15)


def test_body_is_the_article_between_menus_and_footer() -> None:
    text = body(*MENU, *ARTICLE, "", "Copyright © 2024 Example News. All rights reserved.")
    assert text.startswith("The city council approved")
    assert text.endswith("within two years.")


def test_comments_after_a_comment_heading_are_not_body() -> None:
    comment = "I completely disagree with the council, the buses are always late and nobody uses them anyway."
    text = body(*ARTICLE, "", "3 Kommentare", "", comment, "", comment.replace("late", "full"))
    assert "disagree" not in text
    assert "within two years." in text


def test_cookie_dialog_after_the_footer_is_not_body() -> None:
    cookie = (
        "We and our partners use cookies and similar technologies to store and access information on your "
        "device, to measure the audience of our services and to personalise the advertising you see."
    )
    text = body(*ARTICLE, "", "© 2024 Example News", "", cookie, "", cookie, "", cookie, "", cookie)
    assert "cookies" not in text
    assert "city council approved" in text


def test_list_of_teaser_links_after_the_article_is_not_body() -> None:
    teasers = [f"• Council story number {n} about buses and budgets" for n in range(8)]
    text = body(*ARTICLE, "", *teasers)
    assert "Council story number" not in text


def test_short_line_repeated_on_the_page_is_not_body() -> None:
    text = body("Subscribe now", "", *ARTICLE[:3], "", "Subscribe now", "", *ARTICLE[4:])
    assert "Subscribe now" not in text


def test_article_wrapped_at_80_columns_is_found_whole() -> None:
    import textwrap

    wrapped: list[str] = []
    for line in [*MENU, *ARTICLE]:
        wrapped += textwrap.wrap(line, 80) or [""]
    text = body(*wrapped)
    assert "The city council approved the new budget on Tuesday after a long debate" in " ".join(text.split())
    assert text.rstrip().endswith("within two years.")


def test_lead_above_byline_and_tag_lines_joins_the_body() -> None:
    lead = "The facelift of the family SUV goes far beyond the usual changes, and we tested the new hybrid."
    text = body(
        "Family SUV tested", "", lead, "", "Editorial team", "", "in section:", "• Cars", "• Tests", "", *ARTICLE
    )
    assert text.startswith(lead)


def test_headline_above_the_meta_line_stays_out_of_the_body() -> None:
    headline = "Council approves budget, but what will it cost?"
    text = body(headline, "", "Published: 2024-02-28 10:30 Source: City News", "", *ARTICLE)
    assert headline not in text


def test_prose_in_a_group_of_links_and_dates_counts_for_less() -> None:
    from newsparse.blocks import Label
    from newsparse.layout import damp_list_groups

    lines = ["Council story", "2024-02-28", ARTICLE[0], "More news", "", ARTICLE[2]]
    blocks = [Block(i, t, Label.BLANK if not t else Label.UNKNOWN) for i, t in enumerate(lines)]
    scores = [-20, -20, 80, -20, 0, 80]
    assert damp_list_groups(blocks, scores) == [-20, -20, 40, -20, 0, 80]


def test_copyright_credit_inside_the_article_does_not_end_the_body() -> None:
    text = body(*ARTICLE[:3], "", "Photo © 2024 City Archive", "", *ARTICLE[4:], "", "Copyright © 2024 Example News")
    assert "within two years." in text
    assert "city council approved" in text


def test_paragraph_opening_with_an_inline_image_is_prose() -> None:
    line = (
        "[64075358] "
        + "周边县城：震中距伽师县92公里、距阿图什市98公里、距岳普湖县120公里，震中周边地区人口密度较低。" * 3
    )
    assert reads_as_prose(line)


def test_title_case_headline_is_no_prose_in_any_language() -> None:
    headline = "Hotman Paris Minta Polisi Tampilkan Fisik Pegi Perong DPO Vina Cirebon, Buktikan yang Ditangkap Asli"
    sentence = "Seorang petugas berjaga di meja resepsionis gedung Lembaga Perlindungan Saksi dan Korban, Jakarta."
    assert not reads_as_prose(headline, use_stopwords=False)
    assert reads_as_prose(sentence, use_stopwords=False)
    # German capitalises nouns: a sentence is still prose
    assert reads_as_prose("Das Gewicht der Schneedecke belastet die Module auf dem Dach.")


def test_lead_under_the_headline_joins_a_body_that_sidebars_cut_off() -> None:
    menu = [f"Menu item {i}" for i in range(12)]
    page = [
        *menu,
        "",
        "Snow on solar panels: why only professionals should clear it",
        "",
        "A blanket of snow on the solar panels does not only lower the yield of the system, it also weighs on them.",
        "",
        "10.12.2022 18:27 by Jane Doe",
        "",
        *[f"Sidebar link {i}" for i in range(12)],
        "",
        "Subscribe now",
        "",
        *ARTICLE,
    ]
    art = newsparse.parse("\n".join(page), kind="text")
    assert art.text.startswith("A blanket of snow on the solar panels")
    assert "Menu item" not in art.text
    assert "The mayor, who had proposed" in art.text


def test_snippet_between_two_teaser_bullets_counts_for_less() -> None:
    from newsparse.blocks import Label
    from newsparse.layout import page_scores

    snippet = (
        "Recently the organisers published the list of nominees, and the audience will vote for five in each category."
    )
    lines = ["• First teaser headline here", "", snippet, "", "• Second teaser headline here", "", snippet + " Again."]
    blocks = [Block(i, t, Label.BLANK if not t else Label.UNKNOWN) for i, t in enumerate(lines)]
    scores = page_scores(blocks, LANGS)
    alone = content_score(blocks[2], LANGS)
    assert 0 < scores[2] < alone


def test_lead_above_a_table_of_contents_joins_the_body() -> None:
    lead = (
        "You surely know the saying about the hen that lays an egg every day, and wish you had her patience. "
        "But does every hen lay eggs, from what age, and for how long? We answer the questions keepers ask most, "
        "from the breed and the feed to the light in the coop and the moult in the autumn."
    )
    toc = [f"• Question number {i} about hens?" for i in range(12)]
    page = ["Home > Animals > Hens", "", lead, "", "Contents", "", *toc, "", *ARTICLE]
    art = newsparse.parse("\n".join(page), kind="text")
    assert lead in art.text
    assert "The mayor, who had proposed" in art.text
    assert "Animals" not in art.text


def test_body_goes_on_after_a_short_ad_gap() -> None:
    from newsparse.blocks import Label
    from newsparse.layout import extend_over_gaps

    lines = [*ARTICLE, "", "Advertisement", "", "[ad-banner]", "", ARTICLE[0] + " More."]
    blocks = [Block(i, t, Label.BLANK if not t else Label.UNKNOWN) for i, t in enumerate(lines)]
    scores = [content_score(b, LANGS) for b in blocks]
    assert extend_over_gaps(blocks, scores, 0, len(ARTICLE) - 1) == len(lines) - 1
    scores[-1] = 5  # a short line after the gap is not as dense as the body
    assert extend_over_gaps(blocks, scores, 0, len(ARTICLE) - 1) == len(ARTICLE) - 1


def test_image_card_inside_the_body_is_no_paragraph() -> None:
    page = [*ARTICLE[:3], "", "[csm_hermel] The stoat is well hidden in winter.", "", *ARTICLE[3:]]
    art = newsparse.parse("\n".join(page), kind="text")
    assert "csm_hermel" not in art.text
    assert "The mayor, who had proposed" in art.text


def test_paragraph_opening_with_an_inline_image_stays() -> None:
    from newsparse.prose import is_image_card

    assert is_image_card("[csm_hermel] The stoat is well hidden in winter.")
    assert not is_image_card(
        "[svg][eubank-jr]Chris Eubank Jr. (England) is back in the ring this weekend. "
        "The fight against the Pole was agreed last month, and tickets sold out in a day."
    )


def test_short_lines_above_the_body_do_not_cross_a_related_heading() -> None:
    from newsparse.blocks import Label
    from newsparse.layout import TAIL_SCORE, extend_to_lead

    lines = ["Related articles", "", "Teaser one", "", ARTICLE[0]]
    blocks = [Block(i, t, Label.BLANK if not t else Label.UNKNOWN) for i, t in enumerate(lines)]
    scores = [TAIL_SCORE, 0, -20, 0, 80]
    assert extend_to_lead(blocks, 4, None, scores) == 1  # the blank line below the heading


def test_rule_line_inside_the_body_is_no_paragraph() -> None:
    page = [*ARTICLE[:3], "", "━" * 80, "", *ARTICLE[3:]]
    art = newsparse.parse("\n".join(page), kind="text")
    assert "━" not in art.text
    assert "The mayor, who had proposed" in art.text


def test_truncated_teaser_snippets_do_not_outweigh_the_article() -> None:
    """Snippets cut off with an ellipsis (a teaser list's cards) count little: the
    article's own paragraph is the body, not the list of cards below it."""
    lead = "以光影之名，探寻首都文化魅力。5月20日22点起，栏目将推出系列访谈节目，多位电影人将讲述他们的成长故事和艺术生涯。一起期待吧！"
    cards = []
    for n in range(4):
        cards += [
            f"• 第{n}届电影节入围名单公示启动初评投票",
            "",
            f"第{n}届电影节入围名单公示启动初评投票",
            "",
            f"近日，第{n}届电影节各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名。观众可以通过登录网页链接进行投票，禁止虚假...",
            "",
        ]
    page = "\n".join(["首页 > 新闻", "", "蓝羽会客厅", "", lead, "", *cards])
    text = newsparse.parse(page, kind="text").text
    assert "一起期待吧" in text
    assert "禁止虚假" not in text


def test_article_above_a_related_box_beats_the_snippets_below_it() -> None:
    """A short article, then "you may also like" and a long list of teaser cards whose
    snippets together outweigh the article: the body is the article above the box."""
    article = [
        "（法新社羅馬19日電）德國網球好手茲韋列夫今天以6比4、7比5擊敗智利選手，第二度在義大利網賽封王，為下週登場的法國網球公開賽暖身。",
        "世界排名第5的茲韋列夫，今天是繼2017年後再度在義大利網賽封王，為下週開打的法網增添信心。",
    ]
    cards = []
    for n in range(8):
        cards += [
            f"  • [img{n:02d}]",
            f"    法新社·{n + 2} 小時前",
            "",
            f"    網球名將第{n}次現身法國公開賽球場練球",
            "",
            f"    （法新社巴黎21日電）網球名將昨天現身法國公開賽球場練球，今年第{n}次參賽的他表示身體狀況良好，"
            "數千名球迷到場爭睹，球場臨時加開看台，賽事將於下週日開打，外界關注他是否將在賽後宣布退役。",
            "",
        ]
    page = "\n".join(
        ["義大利公開賽茲韋列夫封王", "", "2024年5月20日週一下午2:05", "", *article, "", "你可能還想看", "", *cards]
    )
    text = newsparse.parse(page, kind="text").text
    assert "為下週開打的法網增添信心" in text
    assert "外界關注" not in text


def test_teaser_list_behind_a_wall_of_buttons_stays_out() -> None:
    """An article, a long stretch of buttons and widgets, then a list of teasers (title,
    blog name, date and views, snippet): the snippets add up to as much as the article,
    but the list reads as a list (few of its lines prose), the article as an article."""
    article = [
        "你经常会感觉到 ChatGPT 回答的内容很空，没有太多参考价值，这是很多朋友拿到它之后的第一个痛点。",
        "第二个痛点则是无处去用：不知道它能帮自己做什么，也无法让它与自身的工作场景关联起来，最后只好躺平吃灰。",
        "我们先来介绍用好它的第一条线，也就是掌握提问的方法：先给它一个角色，再讲清问题，然后说明目标和要求。",
        "这就需要我们平时刻意地去引导它、训练它，把常用的提问写成模板，用的次数多了，回答自然就有参考价值了。",
    ]
    wall = ["优惠劵", "关注", "点赞", "踩", "收藏", "评论", "分享", "举报", "专栏目录"]
    teasers = []
    for n in range(5):
        teasers += [
            f"最近爆火的人工智能工具第{n}篇",
            f"作者{n}的博客",
            f"0{n + 1}-15 阅读 1万+",
            "",
            f"本文将带大家了解人工智能工具是什么，很多人第一眼看到这个英文名字都会一头雾水，它其实是一种对话模型，第{n}部分介绍它的原理和用途，"
            "以及国内外同类产品的差别，后面几部分再讲具体的使用技巧和常见的误区，希望对刚入门的读者有所帮助。",
            "",
        ]
    page = "\n".join(["为什么它不火了？", "", *[p + p + "\n" for p in article], *wall, "", *teasers])
    text = newsparse.parse(page, kind="text").text
    assert "躺平吃灰" in text and "回答自然就有参考价值了" in text
    assert "一头雾水" not in text


def test_sidebar_links_just_above_the_body_are_no_lead() -> None:
    """A box of topic links glued together just above the first paragraph is not the
    article's subtitle or lead; a verse just above it (punctuated lines) still is."""
    body = [
        "农历腊月初八是腊八节，腊八节要吃腊八粥，豆子那么硬，怎样才能把腊八粥煮得又软又香？下面这几个小窍门请记好。",
        "把各种谷类和豆类，或其它一些不容易煮熟烂的食材，在头一天晚上用清水浸泡，第二天再煮，就容易煮烂了。",
        "第二天熬粥的时候，锅中的水烧开后，泡好的食材和浸泡用的水一起倒入锅中，这样营养成分损失得少一些。",
    ]
    links = ["栏目关注：", "大众保健", "女性保健", "喝茶可以减肥吗", "警惕沉默的杀手"]
    page = "\n".join(["首页 > 饮食 > 正文", "", "煮一碗好吃的腊八粥", "", "2021-01-20 04:29", "", *links, "", *body])
    text = newsparse.parse(page, kind="text").text
    assert text.startswith("农历腊月初八")
    verse = ["深夜看书须尽欢，", "明月照亮浊酒案。", "一杯美酒空对月，", "酌酒吟诗五千年。"]
    page = "\n".join(["首页 > 诗歌", "", "静夜思", "", "2021-01-20 04:29", "", *verse, "", *body])
    assert "明月照亮浊酒案" in newsparse.parse(page, kind="text").text


def test_shorter_section_after_a_heading_and_its_widgets_joins_the_body() -> None:
    """An encyclopaedia entry: each section is a heading, two widget lines and a paragraph.
    A section shorter than the long one before it still belongs to the entry."""
    long_text = (
        "雄安高新区以核心区南北为两翼，布局空天园、信息园、生物技术园、新材料园、未来科技园等五大产业园区，"
        "围绕卫星互联网、空天信息、新一代信息技术、生物技术和新材料等领域，建设创新平台，集聚高端人才，"
        "形成具有国际竞争力的产业集群，打造全国高新技术产业发展的新高地和创新驱动发展的示范区。"
    )
    short_text = "雄安高新区将着力构建“一核两翼三支撑”的空间格局，更好支撑保障产业发展，以高铁站为中心率先开发建设站前片区和科技创新片区。"
    section = ["", "播报", "编辑", ""]
    tail = ["", "参考资料", "", "• 1", "", "规划用地超952公顷 [引用日期2024-01-12]"]
    page = "\n".join(
        ["河北雄安高新技术产业开发区", "", "区域规划", *section, long_text, "", "体系格局", *section, short_text, *tail]
    )
    text = newsparse.parse(page, kind="text").text
    assert "五大产业园区" in text and "一核两翼三支撑" in text


def test_short_closing_sentence_before_the_tags_joins_the_body() -> None:
    """A blog post's last line is short ("I hope you like it."): it scores too little to
    end the best run, but the line after it is the tags line, so it closes the post."""
    page = "\n".join(
        [
            "Neuanfang",
            "",
            "Nachdem ich mein Blog über zwei Jahre vernachlässigt hatte, wird es Zeit für einen Neuanfang. "
            "Ich habe das Design erneuert, alte Beiträge aufgeräumt und mir vorgenommen, wieder regelmäßig zu schreiben.",
            "",
            "Der Anfang ist gemacht, jetzt muss ich mich in nächster Zeit nur noch hin und wieder zum Schreiben motivieren.",
            "",
            "Ich hoffe euch gefällt der Relaunch.",
            "",
            "Tags: Allgemein",
            "",
            "Share",
        ]
    )
    assert newsparse.parse(page, kind="text").text.endswith("Ich hoffe euch gefällt der Relaunch.")


def test_line_after_the_body_followed_by_more_text_stays_out() -> None:
    """The same short line followed by more unlabelled lines (teasers) is not known to close the post."""
    page = "\n".join(
        [
            "Neuanfang",
            "",
            "Nachdem ich mein Blog über zwei Jahre vernachlässigt hatte, wird es Zeit für einen Neuanfang. "
            "Ich habe das Design erneuert, alte Beiträge aufgeräumt und mir vorgenommen, wieder regelmäßig zu schreiben.",
            "",
            "Ich hoffe euch gefällt der Relaunch.",
            "",
            "Mein Kater Moritz im Garten",
            "",
            "Gartenfotos aus dem Archiv",
        ]
    )
    assert "Relaunch" not in newsparse.parse(page, kind="text").text


def test_code_listings_between_paragraphs_stay_in_a_tutorial() -> None:
    """A tutorial's text goes on around its shell listings: the listings (short lines, no
    sentence, lines repeated from one listing to the next) do not cut the body."""
    listing = [
        "docker run -p 28080:8080 \\",
        "--init \\",
        "-v /etc/localtime:/etc/localtime:ro \\",
        "-e ENV=dev \\",
        "-d --name apollo-configservice apolloconfig/apollo-configservice:$version",
    ]
    page = "\n".join(
        [
            "对于Docker和Podman的一点使用经验",
            "",
            "本文会以多个实际的线上例子，分享自己对于Docker和Podman的一点使用经验及踩过的坑，希望对读者有一点帮助。",
            "",
            *listing,
            "",
            "docker里面容器可以通过 host.docker.internal 来访问宿主机，而podman容器里面是通过 host.containers.internal 来访问宿主机，注意区分。",
            "",
            *listing,
            "",
            "podman和docker命令可以互相替换，一般来说podman已经内置了命令转换功能，如果没有的话，可以通过别名来实现。",
        ]
    )
    text = newsparse.parse(page, kind="text").text
    assert "踩过的坑" in text and "注意区分" in text and "通过别名来实现" in text
    assert "--init" in text


def test_code_line_detection() -> None:
    from newsparse.prose import looks_like_code

    assert looks_like_code("docker run -p 28080:8080 \\") and looks_like_code("http_response_len = len(http_response)")
    assert not looks_like_code("The result = a big win.") and not looks_like_code("Home | News | Sport")


def test_numbered_steps_of_a_recipe_stay_one_body() -> None:
    """Text browsers print an ordered list's number on its own line (``1. 1.``): the step
    markers must not cut the steps apart, or the recipe is lost to a short notice above."""
    from newsparse.layout import STEP_MARKER_SCORE
    from newsparse.prose import is_step_marker

    assert is_step_marker("3. 3.") and is_step_marker("12.") and is_step_marker("(4)")
    assert not is_step_marker("3. Mix the flour") and not is_step_marker("2024")
    assert content_score(Block(0, "1. 1."), LANGS) == STEP_MARKER_SCORE
    steps = [
        "Sift the flour, the sugar and the cocoa together into a large bowl.",
        "Add the egg and the soft butter and mix quickly with your fingertips.",
        "Knead until the dough is smooth and no longer sticks to your hands.",
        "Shape small balls, set them on a greased tray and bake for twelve minutes.",
        "Melt the chocolate while the biscuits cool down on a rack.",
        "Dip half of each biscuit in the chocolate and let it set on baking paper.",
    ]
    notice = "Note: images taken from the internet are protected and will be removed on request."
    lines = ["Home", "Recipes", "", notice, "", "Cocoa biscuits", "", "Method"]
    for n, step in enumerate(steps, 1):
        lines += [f"{n}. {n}.", step]
    lines += ["", "You may also like", "Chocolate cake", "Lemon tart"]
    text = body(*lines)
    assert steps[0] in text and steps[-1] in text
    assert notice not in text


def test_glued_german_related_heading_opens_the_tail() -> None:
    from newsparse.chrome import is_tail_marker
    from newsparse.options import ALL_LANGUAGES

    assert is_tail_marker("VERWANDTE ARTIKELMEHR VOM AUTOR", ALL_LANGUAGES)
    assert is_tail_marker("Ähnliche Beiträge", ALL_LANGUAGES)
    assert not is_tail_marker("Die verwandten Arten leben im Norden.", ALL_LANGUAGES)


def test_headline_list_below_the_comments_heading_is_not_the_body() -> None:
    """A short article, then comments, then a list of one-sentence teaser headlines that
    together score more: the article above the comments heading is the body."""
    from newsparse.layout import is_headline_list

    article = [
        "The price of an hour of work differs widely between the member countries of the organisation.",
        "",
        "The portal quotes figures the organisation collected for 2019 in all of its thirty-eight members.",
        "",
        "Ireland leads the table, followed by Luxembourg and Norway, while the average lies far below them.",
    ]
    headlines = [f"Headline number {n} about the economy. More in the story." for n in range(14)]
    lines = ["Home", "Economy", "", *article, "", "Tags: work, GDP", "", "Comments (9)", "", "Sign in to comment"]
    for h in headlines:
        lines += ["", h]
    text = body(*lines)
    assert article[0] in text and article[4] in text
    assert headlines[3] not in text
    assert is_headline_list([40, -20, 45, 0, 38, 42, 50])
    assert not is_headline_list([240, 0, 180, 0, 45, 300, 260])


@given(st.lists(st.integers(min_value=-500, max_value=500), max_size=60))
def test_running_best_run_values_equal_the_best_run_of_each_prefix(scores: list[int]) -> None:
    assert _prefix_best(scores) == [best_run(scores[:k])[1] for k in range(len(scores) + 1)]


def test_a_clause_ending_in_a_colon_leads_into_its_paragraph_and_is_no_heading() -> None:
    notice = (
        "关于做好2024年春季防汛工作的通知\n发布日期：2024-02-28\n\n各镇人民政府、街道办事处，市直有关单位：\n\n"
        "当前正值春季防汛关键期，降水偏多，各地要切实做好防汛准备工作，确保人民群众生命财产安全。\n\n"
        "一、压实防汛责任\n\n各镇要严格落实防汛行政首长负责制，将责任落实到具体责任人，确保责任到位。\n"
    )
    headings = [s.heading for s in newsparse.parse(notice, kind="text").sections if s.heading]
    assert headings == ["一、压实防汛责任"]
    story = (
        "Harbour plan agreed after long debate\nPublished: March 3, 2024\n\n"
        "The council agreed the new harbour plan on Monday after a debate that lasted most of the day.\n\n"
        "In a statement issued afterwards, the mayor said:\n\n"
        "We have listened to the fishermen and the ferry company, and the plan now protects both of them.\n\n"
        "Next steps\n\nWork on the new pier is due to start in the spring and to finish within two years.\n"
    )
    headings = [s.heading for s in newsparse.parse(story, kind="text").sections if s.heading]
    assert headings == ["Next steps"]


PITCH = [
    "Our Election Coverage Needs You",
    "",
    "The Race Is On — And We Need Your Help",
    "",
    "As voters head to the polls this year, we believe that a free press is critical to an informed public, "
    "and that is why our reporting is open to everyone.",
    "",
    "Our reporters will keep covering every turn of the campaign. With your help we will bring you the "
    "investigations and analysis you cannot find elsewhere.",
    "",
    "Contribute as little as $2 to keep our journalism free for all.",
    "",
    "Can't afford to donate? Support us by creating a free account and logging in while you read.",
]


def test_reader_funding_appeal_after_the_story_is_no_body() -> None:
    """An outlet's appeal for reader funding after the story reads as prose, paragraph after
    paragraph; its lines ask for help and donations: the body ends above it and its heading."""
    story = [*ARTICLE, "", "The first section of the new line is due to open next spring, the council said."]
    text = body(*MENU, "Budget approved", "", *story, "", *PITCH, "", "Privacy Policy | Terms of Use")
    assert ARTICLE[0] in text and "due to open next spring" in text
    assert "free press" not in text and "afford to donate" not in text and "Needs You" not in text


def test_a_story_about_a_fundraiser_keeps_its_quotes() -> None:
    """A story that quotes a charity's appeal once near its end is no pitch box."""
    story = [
        *ARTICLE,
        "",
        "The library's friends' society has started a fundraiser for new children's books this summer.",
        "",
        "\u201cWe need your help to fill the shelves again,\u201d said the society's chair, who hopes to raise 5,000 euros.",
        "",
        "The society will hold a book sale in the main hall on the first Saturday of every month until the autumn.",
    ]
    text = body(*MENU, "Budget approved", "", *story, "", "Privacy Policy | Terms of Use")
    assert "We need your help to fill the shelves" in text and "first Saturday" in text


def test_lone_snippet_past_a_sidebar_after_the_article_is_no_body() -> None:
    """After the article, two sidebar lists (headings and bullet links), then a "Short notes"
    box with one long snippet, which outweighs the lists: a single paragraph past such a
    wall, which the article far outweighs, is a teaser."""
    more = [
        "The budget also sets aside money for repairs to three schools, two swimming pools and the old town hall, "
        "whose roof has leaked for years, and for a study of a tram line to the new housing estates in the north.",
        "The opposition voted against the plan. Its leader said that the city was taking on too much debt at a time "
        "when interest rates were rising, and that the tram study had been promised twice before and never done.",
        "The council's treasurer replied that the debt would stay below the limit set by the state, and that the "
        "repairs could not wait: one of the schools had to close two classrooms last winter because of the damp.",
        "The budget now goes to the regional authority, which has six weeks to approve it. The city expects no "
        "objections, as the plan keeps to the rules agreed last year after a long dispute about the sports centre.",
        "Residents will be able to comment on the tram study at three public meetings in the autumn, the first of "
        "them in the library, where the plans will also be on show for a month before the council decides on them.",
        "Local businesses welcomed the plan. The chamber of commerce said that better buses would bring more "
        "shoppers to the old town, where several shops have closed since the car park by the river was shut.",
        "The last budget, two years ago, had been approved only after the state stepped in, and the mayor said "
        "she hoped that this time the city had shown that it could settle its own affairs without such help.",
    ]
    story = [*ARTICLE, *[line for p in more for line in ("", p)]]
    sidebar = ["Latest", "• Heating pumps to be replaced", "Campaign against old pumps", "• Report on buildings", ""]
    sidebar += ["Forum", "• Switching off sockets 2 answers", "• Meters 1 answer", ""]
    snippet = (
        "The city of the future will be green, planners agree: scientists have measured how much trees cool the "
        "streets around them on hot summer days, and the results surprised even those who had expected a lot. "
        "A single large tree evaporates hundreds of litres of water a day, and the shade it casts keeps the "
        "pavement below it more than ten degrees cooler than the open square next to it, the study found. "
        "The researchers now want to measure parks and green roofs in the same way over the coming summers."
    )
    page = [*MENU, "Budget approved", "", *story, "", *sidebar, "Short notes", "", "Trees cool the city", "", snippet]
    text = body(*page, "", "Imprint | Privacy")
    assert ARTICLE[0] in text and "sports centre" in text
    assert "trees cool" not in text


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Transport Secretary Mark Harper said:", False),  # a quote's lead-in
        ("Here are several questions that may help you decide:", False),
        ("So schützen Sie sich vor Einbrechern:", False),
        ("Notes to editors:", True),  # a heading of a word or three may end with a colon
        ("Hintergrund:", True),
        ("Notes to editors", True),
    ],
)
def test_a_sentence_ending_in_a_colon_leads_into_what_follows(line: str, heading: bool) -> None:
    assert is_heading_like(Block(0, line)) is heading
