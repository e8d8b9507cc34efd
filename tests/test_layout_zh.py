"""Chinese text dumps: short statements in ideographs, and raw markup leaked into the dump."""

from __future__ import annotations

import newsparse
from newsparse.blocks import Block
from newsparse.layout import CJK_SHORT_LINE_PENALTY, SHORT_LINE_PENALTY, content_score, short_line_penalty
from newsparse.prose import looks_like_markup

LANGS = ("en", "zh")

MENU = ["首页", "新闻", "文化", "读书", "", "当前位置：首页 > 文化 > 诗词", ""]
VERSES = [
    "我有所念人，隔在远远乡。",
    "我有所感事，结在深深肠。",
    "乡远去不得，无日不瞻望。",
    "肠深解不得，无夕不思量。",
    "况此残灯夜，独宿在空堂。",
    "秋天殊未晓，风雨正苍苍。",
]
NOTE = (
    "这首诗写于诗人中年，他远离故乡，在一个秋天的雨夜独自坐在空荡荡的屋子里，回想起多年前的往事，"
    "于是用最朴素的语言写下了内心的思念，全诗不用典故，也不加修饰，却格外动人。"
)


def body(*lines: str) -> str:
    return newsparse.parse("\n".join(lines), kind="text").text


def test_short_chinese_statement_pays_a_smaller_short_line_penalty() -> None:
    assert short_line_penalty("我有所念人，隔在远远乡。") == CJK_SHORT_LINE_PENALTY
    assert content_score(Block(0, "我有所念人，隔在远远乡。"), LANGS) > 0


def test_encyclopaedia_footnote_marks_after_the_full_stop_keep_it_a_statement() -> None:
    assert (
        short_line_penalty("2023年12月，河北省政府批复设立省级高新技术产业开发区。^ [2]^ [5]") == CJK_SHORT_LINE_PENALTY
    )
    assert (
        short_line_penalty("2024年5月9日，雄安高新区正式揭牌启动，管委会组织机构正式运行。[3-4]")
        == CJK_SHORT_LINE_PENALTY
    )


def test_chinese_teaser_headline_keeps_the_full_penalty() -> None:
    # a headline ends with a question or exclamation mark, or bare: not a statement
    assert short_line_penalty("中年男人，为什么都不愿意动了？") == SHORT_LINE_PENALTY
    assert short_line_penalty("The council met, and voted.") == SHORT_LINE_PENALTY


def test_verses_above_the_note_join_the_body() -> None:
    text = body(*MENU, "夜雨", "", "2024-05-20 10:30", "", *VERSES, "", NOTE, "", "版权所有 © 2024 诗词网")
    assert text.startswith("我有所念人")
    assert "秋天殊未晓" in text
    assert text.endswith("格外动人。")


def test_line_of_raw_markup_is_no_lead() -> None:
    markup = (
        '网球公开赛 <a class="link " href="https://news.example.com/tag/player" '
        'data-ylk="slk:player;sec:content-canvas;subsec:anchor_text;itc:0">选手</a>夺冠'
    )
    assert looks_like_markup(markup)
    text = body(*MENU, "网球公开赛选手夺冠", "", "2024-05-20 14:05", "", markup, "", NOTE, "", NOTE.replace("诗", "歌"))
    assert "href" not in text
    assert text.startswith("这首诗写于")


def test_comment_quoting_a_code_span_is_not_markup() -> None:
    comment = (
        "Your correction should rather be <code>numbers = [n for n in range(10) if not odd(n)]</code> "
        "because the original version forgets to filter the odd numbers out of the list."
    )
    assert not looks_like_markup(comment)


STORY = [
    "据新华社报道，市政府今天宣布，从下月起全市公交线路将延长运营时间，并新增两条通往新区的线路，方便市民夜间出行。",
    "",
    "市交通局负责人表示，新线路的站点设置参考了市民的意见，预计每天可服务乘客一万多人次，并将根据客流情况调整班次。",
]
NEXT_STORY = [
    "如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，很多人从小就会唱，直到今天仍然在各地传唱。",
    "",
    "这首歌有很多明星都翻唱过，但这首歌其实的原唱是一位早已淡出舞台的歌手，他在事业巅峰时期选择了离开。",
    "",
    "可能很多人对这个名字不熟悉，但是他的一些耳熟能详的经典作品大家一定都知道，而且至今仍在电台里播放。",
    "",
    "在事业上有了成就的他，爱情也随之而来了，他在一次演出中认识了后来的妻子，两人很快举行了婚礼。",
]


def test_next_story_under_the_comment_form_is_not_the_article() -> None:
    page = [
        *MENU,
        "全市公交延长运营时间",
        "",
        "2024-05-20 13:09",
        "",
        *STORY,
        "",
        "分享",
        "举报",
        "",
        "登录并评论",
        "",
        "他曾在春晚一炮而红，观众都以为他隐退了",
        "",
        "2023-06-01 00:48",
        "",
        *NEXT_STORY,
    ]
    text = body(*page)
    assert text.startswith("据新华社报道")
    assert "传唱" not in text


def test_tail_heading_that_is_also_a_chrome_phrase_still_ends_the_body() -> None:
    bio = (
        "白居易（772～846），字乐天，晚年又号香山居士，河南新郑人，是唐代伟大的现实主义诗人，"
        "他的诗歌题材广泛，形式多样，语言平易通俗，有“诗魔”和“诗王”之称，官至翰林学士、左赞善大夫。"
    )
    text = body(*MENU, "夜雨", "", "2024-05-20 10:30", "", NOTE, "", NOTE.replace("诗", "文"), "", "猜你喜欢:", "", bio)
    assert text.startswith("这首诗写于")
    assert "乐天" not in text


def test_lone_paragraph_under_the_related_box_loses_to_the_article_above() -> None:
    bio = (
        "白居易（772～846），字乐天，晚年又号香山居士，河南新郑人，是唐代伟大的现实主义诗人，他的诗歌题材广泛，"
        "形式多样，语言平易通俗，有“诗魔”和“诗王”之称，官至翰林学士、左赞善大夫，后人辑有《白氏长庆集》传世，"
        "代表诗作有《长恨歌》、《卖炭翁》、《琵琶行》等，他与元稹共同倡导新乐府运动，世称“元白”，与刘禹锡并称“刘白”。"
        "他一生写诗近三千首，晚年居住在洛阳香山，与僧人交往甚密，死后葬于香山琵琶峰，墓前至今仍有许多人前来凭吊。"
    )  # one paragraph that outweighs the article above the related box
    notes = [
        "我有着深深思念的人，却相隔在远远的异乡。",
        "我有所感怀的事情，深深的刻在心上。",
        "故乡遥远回不去，我没有一天不遥望它。",
    ]
    text = body(
        *MENU, "夜雨", "", "作者：白居易", "", *VERSES, "", *notes, "", "更多", "", NOTE, "", "猜你喜欢:", "", bio
    )
    assert "我有着深深思念的人" in text
    assert "乐天" not in text


def test_editor_credit_glued_to_the_portal_link_ends_the_body() -> None:
    """ "（编辑：小何）返回搜狐，查看更多": the credit, then the portal's back link, is no paragraph."""
    art = newsparse.parse(
        "\n".join(
            [*MENU, "全市公交延长运营时间", "", "2024-05-20 13:09", "", *STORY, "", "（编辑：王芳）返回网站，查看更多"]
        ),
        kind="text",
    )
    assert art.text.endswith("调整班次。")
    assert art.editors == ["王芳"]


def test_wechat_account_card_is_not_the_lead() -> None:
    """A WeChat article opens with its account's card: name, id, profile blurb, empty date label."""
    card = [
        "绥德融媒",
        "",
        "微信号 suidemedia",
        "",
        "功能介绍与您一起关注绥德，分享社会新闻、经济民生，传递正能量！",
        "",
        "发表于",
        "收录于合集",
    ]
    text = body("全市公交延长运营时间", "", *card, "", *STORY)
    assert "微信号" not in text and "发表于" not in text
    assert "据新华社报道" in text


def test_statement_naming_a_hotline_between_paragraphs_is_no_footer() -> None:
    """ "举报电话" marks a site's footer, yet a how-to lists hotlines in its own sentences."""
    steps = [
        "1、致电政务服务便民热线进行投诉。拨打12345便民热线，有任何关于出行的咨询、建议、投诉都可以直接拨打此电话处理解决。",
        "",
        "2、致电纪检监察举报热线进行举报。拨打12388全国纪检监察机关举报电话，进行检举控告，拨打时需要加拨对应的长途电话区号。",
        "",
        "3、通过政务服务平台进行举报。在平台首页找到我要投诉，输入用户名和密码登录后，根据界面提示填写投诉内容就完成了。",
    ]
    text = body(*MENU, "出行问题怎么投诉", "", "2024-05-20 13:09", "", *STORY, "", *steps, "", "版权所有 © 2024 生活网")
    assert "12388全国纪检监察机关举报电话" in text
    assert "版权所有" not in text


def test_chinese_list_items_ending_with_a_question_are_teasers() -> None:
    assert (
        content_score(
            Block(0, "• 魏征生平简介魏征的故事魏征是个怎样的人？魏征生平简介魏征的故事魏征是个怎样的人？"), LANGS
        )
        < 0
    )
    assert content_score(Block(0, "• 肉質や部位の個性を見極め、自由闊達な調理法で肉好きの心をとりこに！"), LANGS) > 0
    teasers = [
        f"• {name}生平简介{name}的故事{name}是个怎样的人？后人如何评价{name}的一生功过？"
        for name in "魏征李纨陈独秀凌统"
    ]
    page = [*MENU, "出行问题怎么投诉", "", "2024-05-20 13:09", "", *STORY, "", "上一篇：核酸检测要收费了？", ""]
    text = body(*page, "下一篇：国税和地税有什么区别", "", "图文推荐", "", *teasers * 3, "", "版权所有 © 2024 生活网")
    assert text.endswith("调整班次。")


def test_lone_paragraph_printed_against_its_share_bar_is_not_a_teaser_list() -> None:
    """lynx prints a short story's one paragraph with no blank line before the platform's
    disclaimer and the share label under it: the group is that paragraph, not a list."""
    from newsparse.blocks import Label
    from newsparse.layout import damp_list_groups

    story = (
        "据新华社报道，国家气象中心今天发布暴雨黄色预警，预计未来三天华南地区将出现持续强降雨，"
        "部分地区累计雨量可达二百毫米，有关部门已启动防汛四级应急响应。"
    )
    lines = ["2024-06-01 09:30", "", story, "本文为平台用户上传并发布，本平台仅提供信息存储服务", "分享至："]
    labels = [Label.META, Label.BLANK, Label.UNKNOWN, Label.CHROME, Label.META]
    blocks = [Block(i, t, label) for i, (t, label) in enumerate(zip(lines, labels, strict=True))]
    scores = [-60, 0, 400, -60, -60]
    assert damp_list_groups(blocks, scores) == scores
    # under a list heading, the same line is the list the heading names
    blocks[1] = Block(1, "最新资讯", Label.CHROME)
    scores[1] = -60
    assert damp_list_groups(blocks, scores)[2] == 200


def test_web_address_wrapped_and_rejoined_is_no_prose() -> None:
    from newsparse.prose import looks_like_url

    address = (
        "//ads.example.net/s?wid=300&hei=250&di=u1234567&s1=2556560168&s2=2664 097876&ltu=https%3A%2F%2F"
        "news.example.cn%2Fa%2F778&dc=3&ti=%E4%B8%AD%E6%B3%95 %E7%BB%8F%E8%B4%B8&ps=2339x528&drs=3"
    )
    assert looks_like_url(address)
    assert content_score(Block(0, address), LANGS) < 0
    # a paragraph that quotes an address is still prose
    quoting = "详见 https://www.example.gov.cn/zhengce/2024/content_6952.htm 的通知全文，各地要认真贯彻落实。"
    assert not looks_like_url(quoting)
    assert not looks_like_url("The results (p=0.03, n=120) suggest a small effect, the authors wrote.")


def test_short_story_above_a_recommendation_feed_is_the_body() -> None:
    """Under a short story a portal shows "你可能还想看": teasers with long snippets that
    outweigh the story many times. The story has its own header (a meta line); the feed not."""
    story = (
        "据新华社报道，国家气象中心今天发布暴雨黄色预警，预计未来三天华南地区将出现持续强降雨，"
        "部分地区累计雨量可达二百毫米，有关部门已启动防汛四级应急响应。"
    )
    feed = []
    for k in range(6):
        feed += [
            "• 财经日报·3小时前",
            "",
            f"第{k + 1}条：多地出台楼市新政",
            "",
            "多地近日相继出台楼市新政，包括降低首付比例、下调公积金贷款利率、取消限购等措施，业内人士认为，"
            "这些政策有助于稳定市场预期，促进房地产市场平稳健康发展，预计后续还将有更多城市跟进调整，"
            "市场成交量有望在下半年逐步回升，但房价走势仍需观察。",
            "",
        ]
    lines = [*MENU, "华南将迎持续强降雨", "", "2024-06-01 09:30 来源：新华社", "", story, "", "你可能还想看", "", *feed]
    text = body(*lines)
    assert story in text
    assert "楼市新政" not in text


def test_encyclopaedia_sections_with_their_widget_lines_stay_one_body() -> None:
    """An encyclopaedia prints "播报" and "编辑" under every section heading: repeated short
    lines, which cost nothing, so that each section does not wall the next one off."""
    sections = {
        "历史沿革": "2019年，省政府批复设立该开发区，规划面积约十二平方公里，由管委会统一负责开发建设。",
        "区域规划": (
            "开发区以核心区为中心，南北两翼布局电子信息、生物医药和新材料三大产业园，配套建设物流园和人才公寓，"
            "力争到2030年形成千亿元级产业集群，成为区域创新发展的重要引擎和对外开放的新高地。"
        ),
        "地理环境": "开发区地处平原，东至规划一路，南至规划五路，西至滨河大道，北至环城北路。",
    }
    lines = [*MENU, "某某高新技术产业开发区", ""]
    for heading, text in sections.items():
        lines += [heading, "", "播报", "编辑", text, ""]
    lines += ["参考资料", "", "• 1", "", "词条统计", "浏览次数：5741次"]
    text = body(*lines)
    for para in sections.values():
        assert para in text
    assert "播报" not in text


def test_picture_stubs_glued_before_a_chinese_paragraph_are_cut() -> None:
    """w3m prints a picture with no alt text as a stub of its file name (``[31850127]``),
    glued to the paragraph the picture opens: the paragraph's text is kept without it."""
    first = "据省地震台网测定，今天上午9时在某县发生4.1级地震，震源深度10公里，当地暂无人员伤亡报告。"
    second = "周边县城：震中距县城32公里、距市区85公里，震中5公里范围内平均海拔约1200米，以山地为主。"
    text = body(
        *MENU,
        "某县发生4.1级地震",
        "",
        "2024-06-01 09:30 来源：新华社",
        "",
        first,
        "",
        f"[31850127][31850128]{second}",
        "",
    )
    assert first in text and second in text
    assert "31850127" not in text


def test_classical_poem_above_its_translation_joins_the_body() -> None:
    """A poem page prints the verses one per line, then a "更多" link and a heading, then the
    translation: the verses, too short to pay a line's penalty, still belong to the body."""
    poem = [
        "离离原上草，一岁一枯荣。",
        "野火烧不尽，春风吹又生。",
        "远芳侵古道，晴翠接荒城。",
        "又送王孙去，萋萋满别情。",
    ]
    translation = [
        "古原上的野草长得茂盛，每年都要经历一次枯萎和繁荣。",
        "野火无法把它烧尽，春风一吹它又重新生长起来。",
        "远处的芳草侵占了古老的道路，晴日下的翠绿连接着荒凉的城池。",
        "又一次送别远行的朋友，茂密的青草也充满了离别的情意。",
    ]
    lines = [*MENU, "赋得古原草送别", "", "朝代：唐代", "", "作者：白居易", "", "原文：", "", *poem, ""]
    lines += ["更多", "译文", *translation, "", "相关推荐", "", "• 诗词名句", "• 唐诗三百首"]
    text = body(*lines)
    for line in poem + translation:
        assert line in text


def test_numbered_records_between_the_lead_and_the_closing_notes_are_body() -> None:
    """A notice lists its venues as numbered records of short lines (name, price, contact
    line, remark): a wall of chrome to the scores, so the body found was the notes below.
    The records, numbered from 1 right up to that body, are the article's."""
    lead = "记者从市文旅局获悉，6月1日至6月3日，本市八家景区将开展门票半价优惠活动，欢迎市民游客前往参观。详见："
    venues = ["市博物馆", "滨江公园", "植物园", "科技馆", "动物园", "海洋馆", "美术馆", "古镇景区"]
    records = []
    for k, venue in enumerate(venues, start=1):
        records += [
            f"{k}、{venue}",
            "",
            f"成人票原价：{40 + 10 * k}元",
            "",
            f"游客咨询电话：6655{k:04d}",
            "",
            "备注：仅限成人票",
            "",
        ]
    notes = [
        "特别提示",
        "",
        "1、各景区半价优惠活动仅限6月1日至3日，具体以景区当天售票窗口公布的价格为准。",
        "",
        "2、活动期间部分景区可能出现较长时间排队等候的情况，请游客提前做好出行准备，合理安排行程。",
        "",
    ]
    footer = ["版权所有 某某新闻网", "沪ICP备12345678号"]
    lines = [
        *MENU,
        "八家景区推出门票半价优惠",
        "",
        "2024-05-28 10:00 来源：某某新闻网",
        "",
        lead,
        "",
        *records,
        *notes,
        *footer,
    ]
    text = body(*lines)
    assert lead in text and notes[2] in text
    assert "1、市博物馆" in text and "8、古镇景区" in text
    assert "游客咨询电话：66550003" in text
    assert "ICP" not in text


def test_journal_contents_page_gives_the_contents_list() -> None:
    """A journal issue's page holds no prose, only its table of contents: titles and author
    lines under "目录". That list is the page's text; the site's menus and footer are not."""
    contents = [
        "经济研究",
        "数字经济赋能制造业转型升级的机制与路径",
        "王明;李华",
        "区域协调发展战略下的产业转移研究",
        "张强",
        "公共管理",
        "基层治理现代化的实践探索与理论反思",
        "刘洋;陈静",
        "政府数据开放的制度困境及其破解",
        "赵磊",
    ]
    menu = ["首页", "期刊", "投稿", "", "当前位置：首页 > 期刊 > 某某学院学报 > 2024年第2期", ""]
    lines = [*menu, "《某某学院学报》2024年第2期", "", "目录", ""]
    for line in contents:
        lines += [line, ""]
    lines += ["2024年第2期", "", "• 2024年第1期", "• 2023年第6期", "", "版权所有 某某学院 京ICP备12345678号"]
    text = body(*lines)
    for line in contents:
        assert line in text
    assert "版权所有" not in text and "2023年第6期" not in text


def test_statement_with_a_phone_number_above_a_heading_of_the_body_stays() -> None:
    """A sentence of the body that gives a booking line's number ("…（电话：400-…）") reads as
    the page's contact footer; between a paragraph and a heading of the body it is body text."""
    paras = [
        "2、儿童票适用于游园当日年龄在3周岁至11周岁的儿童，老年票适用于游园当日年龄在60周岁及以上的游客。",
        "3、门票可通过景区官方网站、官方微信公众号或预订服务中心（电话：400-123-4567）购买；具体购票须知请参考景区官方网站。",
    ]
    tips = (
        "1、景区门票半价优惠活动仅限6月1日至3日，部分景区半价优惠有时间和票种规定，请游客在规定的售票时间内购票参观。"
    )
    lines = [*MENU, "景区推出门票优惠", "", "2024-05-28 10:00 来源：某某新闻网", "", paras[0], "", paras[1], ""]
    lines += ["特别提示", "", tips, "", "版权所有 某某新闻网"]
    text = body(*lines)
    assert paras[1] in text and tips in text
