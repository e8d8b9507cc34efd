"""Names and titles, both paths: what bylines and titles carry besides the name or the headline."""

from __future__ import annotations

import newsparse
from newsparse.fields.names import clean_name, split_glued_cjk_names, split_names
from newsparse.fields.titles import clean_title, strip_site_suffix

PROSE = "<p>The committee published its report on Friday after two years of hearings and interviews.</p>" * 3


def article_page(header: str, head: str = "", title: str = "Report published") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{header}{PROSE}</article></body></html>"
    )


def test_byline_leftovers_around_a_name_go() -> None:
    assert clean_name("~ Cem Basman") == "Cem Basman"
    assert clean_name("Williams Perdomo @wperdomod") == "Williams Perdomo"
    assert clean_name("Grant Tinsley, PhD") == "Grant Tinsley"
    assert clean_name("Rob Picheta, CNN") == "Rob Picheta"
    assert clean_name("vom Support Team") == "Support Team"
    assert clean_name("Bo2man am") == "Bo2man"


def test_a_field_glued_to_a_name_is_cut_but_user_names_stay_whole() -> None:
    assert clean_name("Heiko SauerDo") == "Heiko Sauer"
    assert clean_name("Fritz ImhofQuelle: Livenet") == "Fritz Imhof"
    assert clean_name("HansEhrlich") == "HansEhrlich"
    assert clean_name("Mary McKenzie") == "Mary McKenzie"
    assert clean_name("Veröffentlicht von SeglerBlog") == "SeglerBlog"


def test_an_initial_keeps_its_period() -> None:
    assert clean_name("Joe S.") == "Joe S."
    assert clean_name("Juan Carlos Muñoz C.") == "Juan Carlos Muñoz C."
    assert clean_name("Perry Bacon Jr.") == "Perry Bacon Jr."
    assert clean_name("Rodolfo Costa.") == "Rodolfo Costa"


def test_byline_words_weekdays_and_dashes_name_nobody() -> None:
    for value in ("-", "Veröffentlicht am", "Published By", "Donnerstag", "von"):
        assert clean_name(value) == "", value
    assert clean_name("AM Express") == "AM Express"


def test_role_after_a_latin_name_and_before_it() -> None:
    assert split_names("Christoph Hein Chefredakteur", ("de",)) == ["Christoph Hein"]
    assert split_names("Rechtsanwalt Sebastian Einbock", ("de",)) == ["Sebastian Einbock"]
    assert split_names("Sportredakteur", ("de",)) == []


def test_newsroom_credit_is_an_author() -> None:
    html = article_page('<div class="byline">Von Redaktion - 3. Februar 2022</div>')
    assert newsparse.parse(html).authors == ["Redaktion"]


def test_innermost_byline_element_holds_the_name() -> None:
    header = '<div class="author-info"><span class="author">Matthias</span> <span class="site">herrpfleger</span></div>'
    assert newsparse.parse(article_page(header)).authors == ["Matthias"]
    header = '<p class="byline">By <span class="author">Glen Owen</span> and <span class="author">Bo Li</span></p>'
    assert newsparse.parse(article_page(header)).authors == ["Glen Owen", "Bo Li"]


def test_byline_word_alone_in_a_byline_element_defers_to_the_next_one() -> None:
    header = (
        '<div class="entry-meta"><span class="posted-on">Veröffentlicht am</span> '
        '<span class="byline">von <span class="author">Lena Vogt</span></span></div>'
    )
    assert newsparse.parse(article_page(header)).authors == ["Lena Vogt"]


def test_name_after_the_header_date() -> None:
    article = newsparse.parse(article_page("<p>11.12.2019 - Amelie Loevenich</p>"))
    assert article.authors == ["Amelie Loevenich"]
    # German nouns after a date are a category list, not a person
    assert newsparse.parse(article_page("<p>07.12.2022 Wissenschaft Atmosphäre Klima</p>")).authors == []


def test_byline_ends_where_the_next_credit_starts() -> None:
    article = newsparse.parse(article_page("<p>Text von Christian Seiler Illustration von Markus Roost</p>"))
    assert article.authors == ["Christian Seiler"]


def test_recipe_inside_a_story_does_not_name_the_page() -> None:
    jsonld = (
        '<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Report published",'
        ' "author": {"@type": "Person", "name": "Ann Lee"}}, {"@type": "Recipe", "name": "Mushroom stew",'
        ' "author": {"@type": "Person", "name": "Bo Chef"}}]</script>'
    )
    html = article_page("<h2>Mushroom stew</h2>", head=jsonld)
    article = newsparse.parse(html)
    assert (article.title, article.authors) == ("Report published", ["Ann Lee"])
    recipe_only = '<script type="application/ld+json">{"@type": "Recipe", "author": {"name": "jesusfreak"}}</script>'
    assert newsparse.parse(article_page("", head=recipe_only)).authors == ["jesusfreak"]


def test_wiki_edit_link_and_glued_chinese_site_name_leave_the_title() -> None:
    assert clean_title("雄安新区[编辑]") == "雄安新区"
    assert clean_title("History [edit]") == "History"
    assert strip_site_suffix("静夜思•夜-中国诗歌网") == "静夜思•夜"
    assert strip_site_suffix("中国-东盟博览会开幕") == "中国-东盟博览会开幕"


def test_short_chinese_heading_matches_the_title_without_its_site() -> None:
    html = (
        "<html><head><title>静夜思•夜-中国诗歌网</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<h3>静夜思•夜</h3><p>作者： 涅阳城 2020年01月12日18:32</p><div class='content'>"
        + "<p>夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典，遨游在知识的海洋里，甚是尽兴。</p>"
        * 3
        + "</div></body></html>"
    )
    assert newsparse.parse(html).title == "静夜思•夜"


def test_text_dump_epigraph_under_the_meta_line_is_no_headline() -> None:
    dump = "\n".join(
        [
            "首页/ 诗歌",
            "",
            "静夜思•夜",
            "",
            "作者：涅阳城 2020年01月12日18:32 浏览：272",
            "题记：",
            "己亥年腊月十六深夜看书小酌即兴所作",
            "深夜看书须尽欢，",
            "明月照亮浊酒案。",
            "",
            "夜深人静时，是自己一天最轻松的时刻，此时品品红酒、独坐书房翻看经典，遨游在知识的海洋里，甚是尽兴；"
            "恰逢腊月十六，皎洁圆满的月光照进窗子、洒在酒案上；对着月亮饮一杯美酒，尽兴之时酌酒吟诗。",
            "",
            "这首诗写于腊月十六的深夜，作者独坐书房，看书饮酒，望见窗外的明月，于是写下了这首小诗，寄托自己的情怀。",
        ]
    )
    assert newsparse.parse(dump, kind="text").title == "静夜思•夜"


def test_a_meta_label_s_value_on_the_next_line_is_no_headline() -> None:
    # a definition list as lynx prints it: the label, then its value indented on the next line
    dump = "\n".join(
        [
            "Press release",
            "",
            "Harbour ferry returns after repairs",
            "",
            "   The ferry between the old port and the island resumes service on Monday after a month of repairs.",
            "",
            "   From:",
            "          Department for Harbours and The Rt Hon Jane Smith MP",
            "",
            "   Published",
            "          2 April 2024",
            "",
            "   The ferry was taken out of service in March after a crew found a crack in its hull during a routine"
            " inspection, and passengers have used a replacement boat with fewer seats since then.",
            "",
            "   The authority said the repaired hull passed its safety tests last week and that the timetable will"
            " be the same as before the repairs, with the first crossing at six in the morning.",
        ]
    )
    assert newsparse.parse(dump, kind="text").title == "Harbour ferry returns after repairs"


def test_chinese_names_glued_by_the_renderer_are_split_at_a_family_name() -> None:
    assert split_names("记者岳品瑜董晗萱") == ["岳品瑜", "董晗萱"]
    assert split_names("总台央视记者奚丹霓张赛") == ["奚丹霓", "张赛"]
    # one name of four characters, an outlet, or a cut that two family names allow: kept whole
    assert split_names("欧阳娜娜") == ["欧阳娜娜"]
    assert split_glued_cjk_names("中国新闻网") == ["中国新闻网"]
    assert split_glued_cjk_names("王李张刘陈") == ["王李张刘陈"]


def test_an_editor_line_just_after_the_body_names_the_editor() -> None:
    from newsparse.blocks import Block, Label
    from newsparse.fields import meta_candidates

    blocks = [
        Block(
            0,
            "同时给常住居民和外来长租户一定的收费豁免优惠，比如发放停车券等，让居民切实感受到实际益处。",
            Label.PARAGRAPH,
        ),
        Block(1, "文/栗思", Label.TAIL),
        Block(2, "编辑/倪家宁", Label.TAIL),
    ]
    found = {c.field: c.value for c in meta_candidates(blocks, ("zh",), None) if c.field in ("authors", "editors")}
    assert found == {"authors": ["栗思"], "editors": ["倪家宁"]}


def test_organisation_in_the_author_meta_yields_to_a_visible_byline() -> None:
    head = '<meta name="author" content="Bund der Verbraucher e.V.">'
    article = newsparse.parse(article_page('<p class="byline">Von Lena Vogt</p>', head=head))
    assert article.authors == ["Lena Vogt"]
    # with no visible byline, the organisation is still the page's author
    assert newsparse.parse(article_page("", head=head)).authors == ["Bund der Verbraucher e.V."]


def test_a_lone_given_name_in_the_metadata_takes_the_full_name_of_the_byline() -> None:
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Todd"}}</script>'
    article = newsparse.parse(article_page('<p class="byline">By Todd Bates</p>', head=jsonld))
    assert article.authors == ["Todd Bates"]


def test_what_follows_a_glued_field_is_that_field_not_more_names() -> None:
    assert split_names("Ingo ArztRedakteur für Wirtschaft, Umwelt") == ["Ingo Arzt"]
    assert clean_name("Profilbild HansEhrlich") == "HansEhrlich"


def test_comment_bylines_after_the_article_rank_below_its_closing_credit() -> None:
    html = (
        "<html><head><title>租户停车要交资源占用费_网易订阅</title>"
        '<meta name="author" content="网易"></head><body><article><h1>租户停车要交资源占用费</h1>'
        + "<p>同时给常住居民和外来长租户一定的收费豁免优惠，比如发放停车券等，让居民切实感受到实际益处。</p>"
        * 3
        + "<p>文/栗思</p></article>"
        '<div class="comments"><div class="comment"><span class="author">黑山老妖</span><p>说得好</p></div></div>'
        "</body></html>"
    )
    assert newsparse.parse(html).authors == ["栗思"]
