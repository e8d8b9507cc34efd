"""A government document's drafting / issue date (成文日期, 发文日期) is not its publication
date when a publication label (发布日期) is on the page, and stands in for one where none is."""

from __future__ import annotations

from datetime import date

import newsparse

BODY = (
    "各镇人民政府、街道办事处，市直有关单位：\n\n"
    "当前正值春季防汛关键期，降水偏多，各地要切实做好防汛准备工作，确保人民群众生命财产安全。\n\n"
    "各地要加强值班值守，落实24小时值班和领导带班制度，一旦发生险情，要第一时间报告、第一时间处置。\n"
)


def dump(meta: str) -> str:
    return f"当前位置：首页 > 政府信息公开 > 通知公告\n{meta}\n关于做好2024年春季防汛工作的通知\n\n{BODY}"


def rule(text: str) -> str:
    return next(e.rule for e in newsparse.explain(text, kind="text").evidence if e.field == "published")


def test_publication_label_beats_the_drafting_date_before_it_on_one_line() -> None:
    text = dump("发布机构：市应急管理局  成文日期：2024-02-20  发布日期：2024-02-28")
    article = newsparse.parse(text, kind="text")
    assert article.published is not None and article.published.date() == date(2024, 2, 28)


def test_publication_label_beats_an_issue_date_on_its_own_line() -> None:
    article = newsparse.parse(dump("发文日期：2024年02月20日\n发布日期：2024年02月28日"), kind="text")
    assert article.published is not None and article.published.date() == date(2024, 2, 28)


def test_drafting_date_stands_in_when_no_publication_label_is_given() -> None:
    text = dump("发布机构：市应急管理局  成文日期：2024-02-20")
    article = newsparse.parse(text, kind="text")
    assert article.published is not None and article.published.date() == date(2024, 2, 20)
    assert "drafting date" in rule(text)


def test_html_disclosure_table_reads_the_publication_date() -> None:
    rows = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in (("成文日期：", "2024-02-20"), ("发布日期：", "2024-02-28"), ("发布机构：", "市应急管理局"))
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (
        "<html><head><title>关于做好2024年春季防汛工作的通知</title></head><body>"
        f"<table class='xxgk'>{rows}</table><h1>关于做好2024年春季防汛工作的通知</h1>"
        f"<div class='TRS_Editor'>{paragraphs}</div></body></html>"
    )
    article = newsparse.parse(html, kind="html")
    assert article.published is not None and article.published.date() == date(2024, 2, 28)
