"""html/tree.py: the stray end tags are removed on the UTF-8 form of the markup, as on the str."""

from __future__ import annotations

import sys

from newsparse.html.tree import _END_TAGS, _END_TAGS_UTF8, parse_html


def test_utf8_end_tag_pattern_allows_exactly_the_spaces_of_the_str_pattern() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        tag = f"</Body{chr(code)}>"
        assert bool(_END_TAGS.fullmatch(tag)) is bool(_END_TAGS_UTF8.fullmatch(tag.encode())), hex(code)


def test_text_after_a_stray_body_end_tag_is_kept() -> None:
    page = "<html><body><p>第一段：会议今天举行。</p></BODY\u3000>\n<p>第二段：代表们讨论了港口计划。</p></body></html>"
    root, warnings = parse_html(page.encode("utf-8"))
    assert ["".join(p.itertext()) for p in root.iter("p")] == [
        "第一段：会议今天举行。",
        "第二段：代表们讨论了港口计划。",
    ]
    assert warnings == []


def test_nul_bytes_and_blank_markup() -> None:
    root, _ = parse_html("<p>Harbour\x00 plan</p>")
    assert "".join(root.itertext()) == "Harbour plan"
    for blank in ("", "   ", "\u3000\n", "\x1c "):
        root, _ = parse_html(blank)
        assert root.tag == "html" and "".join(root.itertext()) == ""
