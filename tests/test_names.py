"""Names: authors, editors and sources from credit values; placeholders, roles, photographers."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks import Block
from newsparse.fields.names import (
    clean_source,
    is_placeholder,
    lead_credit,
    name_prefix,
    split_names,
    split_trailing_credit,
    unlabelled_source,
)
from newsparse.patterns import ALL_LANGUAGES


def test_placeholders_are_no_names() -> None:
    for value in ("佚名", "未知", "admin", "{dede:field.writer/}", "$author", "管理员"):
        assert is_placeholder(value), value
    assert split_names("佚名") == []


def test_photographers_are_not_authors() -> None:
    assert split_names("新华社记者 李梦馨 摄") == []
    assert split_names("Photo by Jane Doe") == []
    assert name_prefix("黄冉 摄") == ""


def test_roles_and_staff_codes_are_dropped() -> None:
    assert split_names("记者 张三 通讯员 李四") == ["张三", "李四"]
    assert split_names("李曦_NN2587") == ["李曦"]
    assert split_names("Reporter: Li Ming") == ["Li Ming"]


def test_latin_names_and_joiners() -> None:
    assert split_names("Su Jianping, Zhang Yongzhi and Li Ming") == ["Su Jianping", "Zhang Yongzhi", "Li Ming"]
    assert name_prefix("Markus M. Haefliger, London") == "Markus M. Haefliger"


def test_source_is_not_the_site_speaking_of_itself() -> None:
    assert clean_source("本站") == ("本站", True)
    assert clean_source("芜湖日报") == ("芜湖日报", False)
    assert unlabelled_source(" 本站") is None


def test_outlet_after_date_strips_account_suffix_and_location() -> None:
    assert unlabelled_source(" 经济日报官方账号") == "经济日报"
    assert unlabelled_source(" 政能亮来自北京市") == "政能亮"


def test_trailing_credits() -> None:
    assert split_trailing_credit("全文完。（责编：王五）") == ("全文完。", (["王五"], "editors"))
    assert split_trailing_credit("全文完。（来源：芜湖日报）") == ("全文完。", ("芜湖日报", "source"))
    assert split_trailing_credit("他说（笑）") == ("他说（笑）", None)


def test_lead_credit_needs_a_role() -> None:
    assert lead_credit("新华社北京5月20日电（记者 张三、李四）国务院今日召开会议。") == ["张三", "李四"]
    assert lead_credit("本报讯（通讯员）会议召开。") == []


def test_a_slogan_in_a_byline_element_is_no_name() -> None:
    assert split_names("成就一亿技术人!") == []
    assert split_names("张三 欢迎关注！") == ["张三"]


def test_a_credit_line_opening_the_body_names_the_reporters() -> None:
    from newsparse.fields import credit_candidates

    paragraphs = [
        Block(0, "新华社记者邹多为、唐诗凝、丁乐"),
        Block(1, "9日，海关总署发布最新数据：今年前4个月，我国货物贸易进出口总值13.81万亿元。"),
    ]
    (cand,) = credit_candidates(paragraphs, ALL_LANGUAGES)
    assert cand.value == ["邹多为", "唐诗凝", "丁乐"]


def test_a_job_title_after_the_separator_is_not_a_name() -> None:
    from newsparse.fields import credit_candidates

    paragraphs = [Block(0, "文丨政能亮特约评论员 韩涵"), Block(1, "“事机一失应难再，时乎时乎不我待！”")]
    assert [c.value for c in credit_candidates(paragraphs, ALL_LANGUAGES)] == [["韩涵"]]


def test_a_long_first_paragraph_is_no_credit_line() -> None:
    from newsparse.fields import credit_candidates

    text = "记者从市政府新闻发布会上获悉，今年前4个月全市货物贸易进出口总值同比增长5.7%，增速比一季度提高0.7个百分点。"
    assert credit_candidates([Block(0, text)], ALL_LANGUAGES) == []


def test_an_outlet_credited_as_author_gives_way_to_the_reporter() -> None:
    from newsparse.fields import Candidate, build_fields

    fields = build_fields(
        [
            Candidate("authors", ["新京报"], "<meta article:author>", 22),
            Candidate("source", "新京报", "outlet after the date", 40),
            Candidate("authors", ["奚丹霓", "张赛"], "bracketed credit after the body", 70),
        ]
    )
    assert fields.authors == ["奚丹霓", "张赛"]
    assert next(e.rule for e in fields.evidence if e.field == "authors") == "bracketed credit after the body"


def test_a_follower_counter_beside_a_blog_byline_is_no_name() -> None:
    assert split_names("好看的hk 粉丝") == ["好看的hk"]


def test_a_credit_line_just_after_the_body_names_the_author() -> None:
    from newsparse.blocks import Label
    from newsparse.fields import meta_candidates

    blocks = [
        Block(
            0,
            "同时给常住居民和外来长租户一定的收费豁免优惠，比如发放停车券等，让居民切实感受到实际益处。",
            Label.PARAGRAPH,
        ),
        Block(1, "文/栗思", Label.TAIL),
    ]
    authors = [c.value for c in meta_candidates(blocks, ALL_LANGUAGES, None) if c.field == "authors"]
    assert authors == [["栗思"]]


def test_a_role_glued_to_the_name_is_cut_off() -> None:
    """w3m drops the space between two ideographs: "文丨政能亮特约评论员 韩涵" reaches us as
    "文丨政能亮特约评论员韩涵"; the role and its outlet go, the name stays."""
    assert name_prefix("政能亮特约评论员韩涵") == "韩涵"
    assert name_prefix("新京报特约撰稿人 李明") == "李明"
    assert split_names("本报评论员") == []  # an editorial's collective byline names nobody


_COLUMN_BODY = (
    "2月26日，南陵县召开春季农业生产工作会议，总结2023年全县农业农村工作，部署当前春耕备耕生产工作。会议要求各乡镇抓好粮食生产。\n"
    "会议强调，要压紧压实责任，确保春耕生产各项任务落到实处，为全年粮食丰收打下坚实基础。各部门要加强协作配合。\n"
)


@pytest.mark.parametrize(
    ("above", "source"),
    [
        ("县区新闻", None),
        ("图片新闻", None),
        ("工作动态", None),
        ("要闻", None),
        ("澎湃新闻", "澎湃新闻"),
        ("新华网", "新华网"),
    ],
)
def test_a_column_name_above_a_date_only_line_is_no_source(above: str, source: str | None) -> None:
    """Portals put the outlet alone above the date; government sites put the column there."""
    text = f"首页 | 新闻 | 政务\n南陵县召开春季农业生产工作会议\n{above}\n2024-02-28 10:30\n{_COLUMN_BODY}"
    assert newsparse.parse(text, kind="text").source == source
    paragraphs = "".join(f"<p>{p}</p>" for p in _COLUMN_BODY.split("\n") if p)
    html = (
        "<html><body><h1>南陵县召开春季农业生产工作会议</h1>"
        f"<div class='info'><span>{above}</span></div><div class='time'>2024-02-28 10:30</div>"
        f"<div class='content'>{paragraphs}</div></body></html>"
    )
    assert newsparse.parse(html, kind="html").source == source


def test_a_byline_under_the_lead_is_the_author_and_heads_no_section() -> None:
    import newsparse

    page = "\n\n".join(
        [
            "Parliament passes 2024 budget after long dispute",
            "Updated: 02/02/2024 14:35",
            "After weeks of negotiations, parliament has passed the budget for the current year. "
            "The coalition prevailed with its majority against the votes of the opposition.",
            "By Anna Smith, Political Correspondent",
            "Parliament on Friday approved the federal budget for 2024. 386 members voted for it and 281 against.",
            "The finance minister defended the plans in the final debate. The debt brake would be respected, he said.",
        ]
    )
    article = newsparse.parse(page, kind="text")
    assert article.authors == ["Anna Smith"]
    assert [s.heading for s in article.sections] == [None]
    assert "By Anna Smith, Political Correspondent" in article.sections[0].paragraphs
