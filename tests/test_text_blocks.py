"""Text dump -> line blocks: wrap detection and re-joining, in columns and in characters."""

from __future__ import annotations

import textwrap

from newsparse.blocks import Label, display_width
from newsparse.text_blocks import find_wrap, join_markup_lines, join_wrapped, split_lines, text_to_blocks

PARAGRAPH = (
    "The county procuratorate held a meeting on February 26 to convey the spirit of the city's "
    "procurator general conference, and asked all staff to return to zero and restart with cohesion, "
    "so that the work of the new year gets off to a good start."
)
CJK_PARAGRAPH = (
    "2月26日上午，南陵县人民检察院召开全院干警大会，传达学习全市检察长会议精神，"
    "要求全院干警归零再出发，凝心聚力抓落实，以更加饱满的精神状态投入新一年的各项工作，"
    "推动全院检察工作高质量发展。"
)


def _page(*paragraphs: str, width: int) -> list[str]:
    lines = ["Home | News | Contact", ""]
    for para in paragraphs:
        lines += [*textwrap.wrap(para, width), ""]
    return lines


def test_unwrapped_dump_has_no_wrap_width() -> None:
    lines = ["Home | News", "", PARAGRAPH, "", PARAGRAPH.upper(), "", "Copyright 2024"]
    assert find_wrap(lines) is None


def test_paragraph_wrapped_at_80_columns_is_rejoined() -> None:
    lines = _page(PARAGRAPH, PARAGRAPH, width=80)
    joined = join_wrapped(lines, find_wrap(lines))
    assert joined.count(PARAGRAPH) == 2


def test_wrap_width_is_found_in_columns() -> None:
    lines = _page(PARAGRAPH, PARAGRAPH, PARAGRAPH, width=72)
    wrap = find_wrap(lines)
    assert wrap is not None
    assert wrap[0] <= 72
    assert wrap[1] is display_width


def test_cjk_wrapped_by_characters_is_rejoined_without_spaces() -> None:
    # Python's textwrap and fmt count an ideograph as one character, not two columns
    mixed = CJK_PARAGRAPH.replace("全院干警", "全院 120 名 干警", 1)
    lines = _page(mixed, mixed, mixed, width=60)
    assert join_wrapped(lines, find_wrap(lines)).count(mixed) == 3


def test_list_items_after_a_full_line_are_not_joined() -> None:
    lines = _page(PARAGRAPH, PARAGRAPH, width=80)
    lines[3] = lines[3].ljust(78, "x")
    lines.insert(4, "• Related: another story")
    joined = join_wrapped(lines, find_wrap(lines))
    assert "• Related: another story" in joined


def test_short_menu_column_is_not_taken_for_a_wrap() -> None:
    menu = ["News", "Sport", "Business", "Culture", "Weather", "Contact us"] * 3
    assert find_wrap(menu) is None


def test_one_very_long_line_is_cut_into_pieces() -> None:
    assert split_lines("x" * 25, max_line_chars=10) == ["x" * 10, "x" * 10, "x" * 5]


def test_blank_lines_become_blank_blocks() -> None:
    blocks = text_to_blocks("Title\n\nBody line.")
    assert [b.label for b in blocks] == [Label.UNKNOWN, Label.BLANK, Label.UNKNOWN]


def test_short_chinese_article_with_two_wrapped_lines_is_rejoined() -> None:
    """A short article wrapped at 80 characters has only two paragraphs long enough to
    wrap: two chained lines are evidence enough."""
    first = "无锡市人民检察院起诉指控：2003年至2022年，被告人利用担任山东省经济体制改革办公室副主任、山东省人民政府国有资产监督管理委员会副主任、山东省鲁信投资控股集团有限公司董事长等职务上的便利。"
    second = "庭审中，检察机关出示了相关证据，被告人及其辩护人进行了质证，控辩双方在法庭的主持下充分发表了意见，被告人进行了最后陈述，并当庭表示认罪悔罪，法庭宣布休庭，择期宣判。"
    lines = []
    for para in (
        "据央视新闻消息，法院一审公开开庭审理了受贿一案。",
        first,
        second,
        "人大代表、政协委员和各界群众三十余人旁听了庭审。",
    ):
        lines += [para[i : i + 80] for i in range(0, len(para), 80)] + [""]
    texts = [b.text for b in text_to_blocks("\n".join(lines)) if b.text]
    assert first in texts and second in texts


def test_short_chinese_page_with_one_wrapped_line_is_rejoined() -> None:
    """One paragraph long enough to wrap, cut mid-clause inside a run of ideographs: no
    author ends a line after ``知识的``, so one such break is evidence enough."""
    para = (
        "每天下班回到家中，先陪孩子写完作业，再把厨房收拾干净，洗好衣服晾在小阳台上，等到"
        "夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典，遨游在知识的"
        "海洋里，与古人对话，与智者交流，一天的疲惫便在不知不觉中消散了，心也随之安静下来，"
        "仿佛又回到了少年时代挑灯夜读的日子。"
    )
    assert para[79] == "的"
    lines = ["首页 | 散文 | 随笔", "", "夜读", "", para[:80], para[80:], "", "责任编辑：王芳"]
    texts = [b.text for b in text_to_blocks("\n".join(lines)) if b.text]
    assert para in texts
    assert "夜读" in texts and "责任编辑：王芳" in texts


def test_chinese_short_lines_ending_a_clause_are_not_taken_for_a_wrap() -> None:
    lines = [
        "新闻中心",
        "",
        "本报讯（记者 李明）昨日，全市安全生产工作会议召开，会议总结了去年的工作成绩。",
        "部署今年工作。",
    ]
    lines[2] = lines[2].ljust(70, "。")
    assert find_wrap(lines) is None


def test_cjk_word_pushed_after_a_space_break_is_rejoined() -> None:
    """textwrap breaks only at spaces: after ``--ip`` the next run of ideographs went to the
    next line whole, though its first character alone would have fitted."""
    para = (
        "容器之间只能通过 ip 地址来访问，可以用 --ip 参数显式指定ip。ip的网段是10.88.0.0/16，"
        "个数有限，所以要提前规划好每个容器的地址，避免冲突导致服务无法启动的问题出现。"
    )
    lines = _page(para, para, para, width=60)
    assert join_wrapped(lines, find_wrap(lines)).count(para) == 3


def test_rejoined_line_does_not_swallow_the_next_rendered_line() -> None:
    """The wrap test reads the line as rendered, not as re-joined: the menu's last item is
    re-joined, the breadcrumb under it stays a line of its own."""
    menu = "Home page | Hospital overview | Procuratorial trends | Procuratorial window | Case disclosure"
    lines = [
        *textwrap.wrap(menu, 80),
        "Current location: home page >> Procuratorial window",
        "",
        *_page(PARAGRAPH, PARAGRAPH, width=80),
    ]
    joined = join_wrapped(lines, find_wrap(lines))
    assert menu in joined
    assert "Current location: home page >> Procuratorial window" in joined


def test_wrapped_line_starting_with_a_decimal_number_is_rejoined() -> None:
    """``2.1 million`` opens no numbered list item."""
    rendered = [
        "Since 2023, the hospital has handled 23 support prosecution cases for migrant",
        "workers to ask for pay, helping 156 migrant workers recover wages of more than",
        "2.1 million yuan. In the next step, the hospital will continue to smooth the",
        "channels for migrant workers to ask for help.",
    ]
    lines = [*_page(PARAGRAPH, width=80), *rendered, ""]
    assert " ".join(rendered) in join_wrapped(lines, find_wrap(lines))


def test_rows_of_side_by_side_columns_are_not_joined() -> None:
    """A row with a wide gap between two rendered columns is not flowing text."""
    lines = _page(PARAGRAPH, PARAGRAPH, width=80)
    row = "  Vorstand               Am 31.8.1990 fand in der Gaststaette die Gruendungsversammlung"
    lines += [row[:78], "                         statt. Da die Anwesenden aus dem Kreis kamen", ""]
    joined = join_wrapped(lines, find_wrap(lines))
    assert row[:78] in joined


def test_long_cjk_run_pushed_after_a_latin_word_is_rejoined() -> None:
    """textwrap breaks only at spaces: the run of ideographs after ``（Nicolas`` did not fit
    and went to the next line whole, leaving this one well short of the width."""
    para = (
        "（法新社羅馬19日電）德國網球好手茲韋列夫（Alexander Zverev）今天以6比4、7比5擊敗智利選手賈瑞（Nicolas "
        "Jarry），在義大利公開賽拿下他2年前在法國公開賽受傷以來最重要的冠軍。"
    )
    lines = _page(CJK_PARAGRAPH, para, CJK_PARAGRAPH, width=80)
    assert len(textwrap.wrap(para, 80)[0]) < 80 - 12  # too short for the usual wrap test
    assert para in join_wrapped(lines, find_wrap(lines))


def test_short_heading_above_a_long_cjk_run_is_not_joined() -> None:
    """A heading or a finished sentence above a paragraph stays a line of its own, however long
    the paragraph's first run of ideographs."""
    heading, sentence = "一、基本情况", "全年共受理各类案件一千二百余件，比上年增长百分之十二点五。"
    lines = [*_page(CJK_PARAGRAPH, CJK_PARAGRAPH, width=80), heading, CJK_PARAGRAPH[:80], CJK_PARAGRAPH[80:]]
    lines += ["", sentence.ljust(45, "。"), CJK_PARAGRAPH[:80], CJK_PARAGRAPH[80:]]
    joined = join_wrapped(lines, find_wrap(lines))
    assert heading in joined and sentence.ljust(45, "。") in joined


def test_long_cjk_word_cut_at_a_digit_is_rejoined_without_a_space() -> None:
    """A run of ideographs and digits longer than the line is cut where it reaches the width,
    also between two digits: re-joining adds no space (``…自治州9`` + ``8公里``)."""
    head = "周边县城：震中距伽师县92公里、距阿图什市98公里、距岳普湖县120公里、距喀什市128公里、距疏勒县130公里，距克孜勒苏柯尔克孜自治州9"
    para = (
        head.rjust(80, "震")
        + "8公里，距乌鲁木齐市957公里。最大地震是2024年1月23日在新疆阿克苏地区乌什县发生的7.1级地震。"
    )
    wrapped = textwrap.wrap(para, 80)
    assert wrapped[0].endswith("9") and wrapped[1].startswith("8")
    lines = [*wrapped, ""] * 3
    assert join_wrapped(lines, find_wrap(lines)).count(para) == 3


def test_markup_shown_as_text_is_rejoined_while_its_tag_is_open() -> None:
    """A double-escaped page shows its markup; the wrap cut a tag between its attributes."""
    markup = (
        '義大利公開賽 <a class="link " href="https://hk.news.yahoo.com/tag/茲韋列夫" '
        'data-i13n="sec:content-canvas;subsec:anchor_text;elm:context_link" '
        'data-ylk="slk:茲韋列夫;sec:content-canvas;subsec:anchor_text;itc:0">茲韋列夫</a>封王'
    )
    lines = [
        *_page(PARAGRAPH, PARAGRAPH, width=80),
        *textwrap.wrap(markup, 80, break_on_hyphens=False),
        "",
        *textwrap.wrap(PARAGRAPH, 80),
    ]
    joined = join_wrapped(lines, find_wrap(lines))
    assert markup in joined and PARAGRAPH in joined


TEASER_MARKUP = (
    '市政府召开常务会议 <a class="tag-link" href="https://news.example.cn/tag/常务会议" '
    'data-track="sec:article;subsec:inline_tag;elm:context_link" '
    'data-log="slk:常务会议;sec:article;subsec:inline_tag;pos:0">常务会议</a>部署防汛工作'
)


def test_markup_shown_as_text_is_rejoined_on_a_page_with_no_wrap_width() -> None:
    """A renderer wrapped the raw markup of a double-escaped link, but the page's prose
    shows no wrap width (its paragraphs are short): the tag's lines are still one line."""
    lines = [
        "首页 | 要闻 | 政务",
        "",
        *textwrap.wrap(TEASER_MARKUP, 76, break_on_hyphens=False),
        "",
        CJK_PARAGRAPH,
        "",
    ]
    assert find_wrap(lines) is None
    joined = join_wrapped(lines, None)
    assert TEASER_MARKUP.replace("> ", ">") in [line.replace("> ", ">") for line in joined]
    assert CJK_PARAGRAPH in joined


def test_element_closed_on_a_later_line_is_rejoined() -> None:
    """The wrap cut the element's text after its opening tag closed (``…pos:0">常务`` then
    ``会议</a>部署…``): the closing tag's line goes on the element above."""
    head, rest = TEASER_MARKUP.split('pos:0">常务')
    lines = ["首页 | 要闻", "", head.rstrip(), 'pos:0">常务', rest, "", CJK_PARAGRAPH]
    joined = join_markup_lines(lines)
    assert len([line for line in joined if "</a>" in line]) == 1
    assert next(line for line in joined if "</a>" in line).startswith("市政府召开常务会议 <a")
    assert CJK_PARAGRAPH in joined and "首页 | 要闻" in joined


def test_chinese_wrapped_in_columns_beside_latin_lines_is_measured_in_columns() -> None:
    """w3m wraps Chinese at 40 ideographs to 80 columns; a Latin paragraph's lines are 80
    characters too. Counted in characters only the Latin lines reach the width: the measure
    is the one under which more lines are wrapped."""
    cjk = _cut_columns(CJK_PARAGRAPH, 80)
    ends_near_the_width = "全院干警表示，将以更加饱满的精神状态投入工作，推动检察工作高质量发展。"
    lines = [*cjk, "", *cjk, "", ends_near_the_width, "", *cjk, "", *textwrap.wrap(PARAGRAPH, 80), ""]
    wrap = find_wrap(lines)
    assert wrap is not None and wrap[1] is display_width
    assert join_wrapped(lines, wrap).count(CJK_PARAGRAPH) == 3


def _cut_columns(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` columns, as w3m cuts Chinese."""
    lines = [""]
    for ch in text:
        if display_width(lines[-1] + ch) > width:
            lines.append("")
        lines[-1] += ch
    return lines


def test_paragraph_indented_with_ideographic_spaces_is_rejoined() -> None:
    """``　　`` (two ideographic spaces, four columns) opens a Chinese paragraph; the repair
    makes them two plain spaces, so the first line measures two columns short of the width."""
    text = CJK_PARAGRAPH[CJK_PARAGRAPH.index("南") :]
    para = "\u3000\u3000" + text
    rendered = [line.replace("\u3000", " ") for line in _cut_columns(para, 80)]
    assert display_width(rendered[0]) == 78  # the next ideograph would have fitted, it seems
    lines = [*rendered, "", *rendered, "", *_cut_columns(CJK_PARAGRAPH, 80), ""]
    joined = join_wrapped(lines, find_wrap(lines))
    assert joined.count("  " + text) == 2


def test_break_between_an_ideograph_and_a_latin_word_in_columns_adds_no_space() -> None:
    """w3m breaks before ``CPI`` glued to ``影响`` when the word does not fit: re-joining adds no
    space, which would split a run the text never split."""
    para = "国家统计局城市司首席解读，4月份全国居民消费价格同比上涨，食品价格下降2.7%，影响CPI下降约0.5个百分点，非食品价格上涨0.9%。"
    cut = para.index("CPI")
    first = para[:cut]
    assert display_width(first) + display_width("CPI") > 80 >= display_width(first)
    lines = [first, para[cut:], "", *_cut_columns(CJK_PARAGRAPH, 80), "", *_cut_columns(CJK_PARAGRAPH, 80), ""]
    assert para in join_wrapped(lines, find_wrap(lines))


def test_chinese_headlines_short_of_a_narrow_wrap_width_do_not_hide_it() -> None:
    """At 60 columns a headline of 25 ideographs (50 columns) ends near the width, yet a line
    wrapped in columns ending with an ideograph was filled to within a character of it."""
    headlines = [
        "美舰队司令称中国火箭军完全可以直接击中航母编队目标",
        "国家统计局发布四月份国民经济运行情况数据解读分析",
        "多地出台新政支持刚需和改善性住房需求释放市场活力",
        "暴雨蓝色预警继续发布南方地区将有较强降雨过程出现",
    ]
    assert all(48 <= display_width(h) < 60 for h in headlines)
    lines = [line for h in headlines * 3 for line in (h, "")]
    lines += [line for _ in range(2) for line in (*_cut_columns(CJK_PARAGRAPH, 60), "")]
    wrap = find_wrap(lines)
    assert wrap == (60, display_width)
    assert join_wrapped(lines, wrap).count(CJK_PARAGRAPH) == 2


def test_a_few_unwrapped_code_lines_wider_than_the_wrap_do_not_hide_it() -> None:
    """Renderers do not wrap preformatted text: a command line wider than the wrap width
    sets no width of its own, and is joined to nothing."""
    code = "  --config.file=/etc/prometheus/alertmanager/alertmanager.yml --storage.path=/alertmanager/data"
    lines = [*_page(PARAGRAPH, PARAGRAPH, width=80), code, "", *textwrap.wrap(PARAGRAPH, 80), ""]
    assert len(code) > 80
    wrap = find_wrap(lines)
    assert wrap is not None and wrap[0] <= 80
    joined = join_wrapped(lines, wrap)
    assert joined.count(PARAGRAPH) == 3 and code in joined


def test_lines_wider_than_a_candidate_width_must_be_few_beside_its_evidence() -> None:
    """Lines wider than 64 columns that are themselves a wrap's lines outweigh four
    short lines going on in the next: the dump is wrapped at its longest line, not at 64."""
    wrapped = textwrap.wrap(PARAGRAPH, 100)
    items = [
        f"Item {k}: the council met on Monday and voted on the new budget for the".ljust(64, "x") for k in range(4)
    ]
    lines = [*wrapped, ""]
    for item in items:
        lines += [item, "municipal library", ""]
    wrap = find_wrap(lines)
    assert wrap is not None and wrap[0] >= 96


def test_line_one_ideograph_short_before_a_comma_is_rejoined() -> None:
    """No line may start with "，" (kinsoku): a renderer that follows the rule moves the
    ideograph before it down too, and the line ends one ideograph short of the width."""
    para = "坚持把高质量发展作为新时代的硬道理，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
    cut = para.index("，", 30)
    rendered = [para[: cut - 1], para[cut - 1 :]]
    assert display_width(rendered[0]) == 60 and rendered[1][1] == "，"
    lines = [*rendered, "", *_cut_columns(CJK_PARAGRAPH, 62), "", *_cut_columns(CJK_PARAGRAPH, 62), ""]
    wrap = find_wrap(lines)
    assert wrap == (62, display_width)
    assert para in join_wrapped(lines, wrap)


def test_tracking_urls_too_long_to_wrap_do_not_hide_the_wrap() -> None:
    """elinks prints an ad's tracking URL whole (no space to wrap at), a thousand characters
    on one line, several times: those lines say nothing of the width the text was wrapped at."""
    tracking = "viewTAG=" + "%2F%2Fads.example.cn%2Fview%3Fadunitid%3DPDPS000000065715%26bidid%3D" * 14
    lines = ["首页 | 新闻", ""]
    for _ in range(5):
        lines += [tracking, ""]
    for _ in range(3):
        lines += [*_cut_columns(CJK_PARAGRAPH, 76), ""]
    wrap = find_wrap(lines)
    assert wrap is not None and wrap[0] <= 76
    assert join_wrapped(lines, wrap).count(CJK_PARAGRAPH) == 3


def test_ideograph_glued_to_a_number_moves_down_with_it() -> None:
    """elinks breaks no line between an ideograph and the number after it: "农村上" ends a
    line three columns short of the width because "涨0.4%；" did not fit as one unit."""
    para = (
        "2024年4月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上涨0.4%；"
        "食品价格下降2.7%，非食品价格上涨0.9%；消费品价格持平，服务价格上涨0.8%。"
        "1—4月平均，全国居民消费价格比上年同期上涨0.1%。"
    )
    rendered = [
        "2024年4月份，全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上",
        "涨0.4%；食品价格下降2.7%，非食品价格上涨0.9%；消费品价格持平，服务价格上",
        "涨0.8%。1—4月平均，全国居民消费价格比上年同期上涨0.1%。",
    ]
    assert "".join(rendered) == para
    width = max(display_width(line) for line in rendered) + 3
    lines = [*_cut_columns(CJK_PARAGRAPH, width), "", *rendered, "", *_cut_columns(CJK_PARAGRAPH, width), ""]
    assert para in join_wrapped(lines, (width, display_width))
