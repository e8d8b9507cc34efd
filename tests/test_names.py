"""Names: authors, editors and sources from credit values; placeholders, roles, photographers."""

from __future__ import annotations

from newsparse.fields.names import (
    clean_source,
    is_placeholder,
    lead_credit,
    name_prefix,
    split_names,
    split_trailing_credit,
    unlabelled_source,
)


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
