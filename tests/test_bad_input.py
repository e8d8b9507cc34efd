"""Bad input never crashes: it gives an Article with warnings, or a typed error for caller mistakes.

Sizes here are small on purpose (the suite stays fast); the full-size inputs of issue #2
(20 MB text, a 5 MB line ...) are timed by ``tests/benchmarks/bench_bad_input.py``.
The bounds that make those sizes safe (``max_chars``, ``max_line_chars``) are tested here
with small limits instead.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

import newsparse
from newsparse import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
ZH_PAGE = (FIXTURES / "zh" / "fanchang-jcy-template.txt").read_text(encoding="utf-8")
EN_PAGE = (FIXTURES / "en" / "procuratorate-seed.txt").read_text(encoding="utf-8")
ZH_TITLE = "繁昌区检察院：锚定目标 奋力开创检察工作新局面"
ZH_SENTENCE = "为全区经济社会高质量发展提供了有力司法保障。"


def codes(article: Article) -> set[str]:
    return {w.code for w in article.warnings}


# --- empty and binary input ---------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", "", "   ", " \n\t\u3000\r\n", b"\n\n\n", b"\xef\xbb\xbf", "\u200b\u200b"])
def test_empty_input_gives_an_empty_article_with_a_warning(data: bytes | str) -> None:
    article = newsparse.parse(data)
    assert "empty_input" in codes(article)
    assert article.sections == [] and article.title is None and article.published is None
    assert [w.code for w in article.warnings].count("empty_input") == 1


@pytest.mark.parametrize(
    "data",
    [
        random.Random(1).randbytes(50_000),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(2).randbytes(20_000),
        b"\x00" * 10_000,
        b"%PDF-1.7\n" + random.Random(3).randbytes(20_000),
        bytes(range(256)) * 100,
    ],
    ids=["random", "png", "nul-only", "pdf", "every-byte"],
)
def test_binary_input_is_flagged_not_parsed(data: bytes) -> None:
    article = newsparse.parse(data)
    assert "binary_input" in codes(article)
    assert article.sections == [] and article.title is None


def test_megabytes_of_random_bytes_are_binary_not_mixed_encodings() -> None:
    article = newsparse.parse(random.Random(6).randbytes(4_000_000))
    assert codes(article) == {"binary_input", "decode_errors"}


def test_twenty_megabytes_of_whitespace() -> None:
    article = newsparse.parse(b" \n\t" * 7_000_000)
    assert "empty_input" in codes(article) and article.sections == []


def test_binary_input_forced_as_text_or_html_still_does_not_crash() -> None:
    data = random.Random(4).randbytes(30_000)
    for kind in ("text", "html"):
        assert "binary_input" in codes(newsparse.parse(data, kind=kind))


def test_random_printable_noise_gives_an_article() -> None:
    rng = random.Random(5)
    noise = "".join(rng.choice("abc 中文，。\n<>/:|[]【】>>-0123456789") for _ in range(40_000))
    assert isinstance(newsparse.parse(noise), Article)


# --- size bounds --------------------------------------------------------------------------


def test_input_beyond_max_chars_is_cut_with_a_warning() -> None:
    big = ZH_PAGE * 40  # about 34 000 characters
    article = newsparse.parse(big, max_chars=5_000)
    assert "truncated" in codes(article)
    assert len(article.text) <= 5_000
    assert article.title == ZH_TITLE  # the head of the page is still read


def test_bytes_beyond_the_byte_bound_are_cut_on_a_character_boundary() -> None:
    data = (ZH_PAGE * 40).encode("utf-8")
    article = newsparse.parse(data, max_chars=5_001)  # 20 004 bytes: inside a 3-byte character
    assert "truncated" in codes(article)
    assert "\ufffd" not in article.text


def test_a_long_text_without_line_breaks_is_split_and_bounded() -> None:
    line = "The procuratorate held a meeting on the work of the year and its key tasks. " * 3_000
    article = newsparse.parse(line, max_line_chars=10_000)
    assert article.paragraphs, "the text is prose: it must not vanish"
    assert max(len(p) for p in article.paragraphs) <= 10_000
    assert "".join(article.paragraphs).replace(" ", "") == line.strip().replace(" ", "")


def test_a_long_cjk_line_and_a_line_without_spaces_do_not_crash() -> None:
    for line in ("会议强调要坚持问题导向推动检察工作高质量发展。" * 8_000, "x" * 300_000):
        article = newsparse.parse(line.encode(), max_line_chars=20_000)
        assert isinstance(article, Article)


def test_many_short_lines_do_not_crash() -> None:
    article = newsparse.parse("a\n" * 100_000)
    assert isinstance(article, Article)


# --- encodings ----------------------------------------------------------------------------


def test_gbk_without_declaration_is_decoded() -> None:
    article = newsparse.parse(ZH_PAGE.encode("gbk"))
    assert article.title == ZH_TITLE
    assert ZH_SENTENCE in article.text
    assert not codes(article) & {"decode_errors", "mixed_encoding", "binary_input"}


def test_gb18030_with_an_html_declaration_is_decoded() -> None:
    html = (
        f'<html><head><meta charset="gb2312"><title>{ZH_TITLE}</title></head><body><p>{ZH_SENTENCE}</p></body></html>'
    )
    explanation = newsparse.explain(html.encode("gb18030"))
    assert explanation.encoding == "gb18030" and explanation.encoding_how == "declared"
    assert explanation.article.title == ZH_TITLE
    assert "\ufffd" not in explanation.article.text


def test_mixed_utf8_and_gbk_lines_are_each_decoded() -> None:
    lines = ZH_PAGE.split("\n")
    data = b"\n".join(line.encode("gbk" if i % 3 == 0 else "utf-8") for i, line in enumerate(lines))
    article = newsparse.parse(data)
    assert "mixed_encoding" in codes(article)
    assert ZH_SENTENCE in article.text
    assert "要始终把党的政治建设摆在首位" in article.text
    assert "\ufffd" not in article.text


def test_a_gbk_line_pasted_into_a_utf8_page() -> None:
    lines = ZH_PAGE.split("\n")
    index = next(i for i, line in enumerate(lines) if ZH_SENTENCE in line)
    data = b"\n".join(line.encode("gbk" if i == index else "utf-8") for i, line in enumerate(lines))
    article = newsparse.parse(data)
    assert "mixed_encoding" in codes(article)
    assert ZH_SENTENCE in article.text and article.title == ZH_TITLE


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_byte_order_marks_are_honoured_and_dropped(bom: bytes, codec: str) -> None:
    article = newsparse.parse(bom + ZH_PAGE.encode(codec))
    assert article.title == ZH_TITLE
    assert ZH_SENTENCE in article.text
    assert "\ufeff" not in article.text and article.breadcrumb[:1] == ["首页"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    article = newsparse.parse(ZH_PAGE.encode(codec))
    assert article.title == ZH_TITLE and "binary_input" not in codes(article)


def test_a_wrong_declared_charset_over_utf8_is_overruled() -> None:
    data = ('<meta charset="gbk">\n' + EN_PAGE + "\n" + ZH_SENTENCE).encode("utf-8")
    explanation = newsparse.explain(data, kind="text")
    assert explanation.encoding == "utf-8"
    assert "charset_mismatch" in codes(explanation.article)


def test_a_utf8_declaration_over_gbk_bytes_is_overruled() -> None:
    data = ('<meta charset="utf-8">\n' + ZH_PAGE).encode("gbk")
    explanation = newsparse.explain(data, kind="text")
    assert explanation.encoding == "gb18030"
    assert "charset_mismatch" in codes(explanation.article)
    assert ZH_SENTENCE in explanation.article.text


def test_a_content_type_charset_outranks_the_page() -> None:
    data = ZH_PAGE.encode("gbk")
    explanation = newsparse.explain(data, content_type="text/plain; charset=GBK")
    assert (explanation.encoding, explanation.encoding_how) == ("gb18030", "http")


def test_gbk_with_a_few_corrupt_bytes_keeps_its_text() -> None:
    data = ZH_PAGE.encode("gbk")
    cut = data.index(ZH_SENTENCE.encode("gbk")) + len(ZH_SENTENCE.encode("gbk"))
    article = newsparse.parse(data[:cut] + b"\x80" + data[cut:])
    assert ZH_SENTENCE in article.text and "decode_errors" in codes(article)


def test_utf8_cut_inside_the_last_character() -> None:
    data = ZH_PAGE.encode("utf-8").rstrip()[:-1]
    article = newsparse.parse(data)
    assert article.title == ZH_TITLE and "\ufffd" not in article.text


def test_nul_bytes_inside_text_are_dropped() -> None:
    data = ZH_PAGE.replace("。", "。\x00").encode("utf-8")
    article = newsparse.parse(data)
    assert "\x00" not in article.text and ZH_SENTENCE in article.text
    assert "binary_input" not in codes(article) and "nul_bytes" in codes(article)


def test_nul_laced_ascii_is_text_not_utf16() -> None:
    article = newsparse.parse(EN_PAGE.replace(" ", " \x00").encode("ascii", "ignore"))
    assert article.title == "Nanling Procurator: Return to zero and restart cohesion"
    assert "nul_bytes" in codes(article)


def test_utf16_text_read_as_if_it_were_one_byte_is_flagged() -> None:
    # NUL-laced ASCII (UTF-16 read without a BOM and without CJK) becomes plain text again
    article = newsparse.parse(EN_PAGE.encode("utf-16-le"))
    assert article.title == "Nanling Procurator: Return to zero and restart cohesion"


@pytest.mark.parametrize("wrap", [bytearray, memoryview])
def test_bytes_like_input(wrap: type) -> None:
    article = newsparse.parse(wrap(ZH_PAGE.encode("utf-8")))
    assert article.title == ZH_TITLE


def test_crlf_and_exotic_spaces_are_normalised() -> None:
    page = ZH_PAGE.replace("\n", "\r\n").replace("，", "，\u00a0").replace("：", "：\u200b")
    article = newsparse.parse(page.encode("utf-8"))
    assert article.title == ZH_TITLE
    assert "\r" not in article.text and "\u00a0" not in article.text and "\u200b" not in article.text


def test_mojibake_is_repaired_and_chinese_punctuation_kept() -> None:
    latin1_read = ZH_PAGE.encode("utf-8").decode("latin-1")
    article = newsparse.parse(latin1_read)
    assert article.title == ZH_TITLE
    assert "，" in article.text and "“" in article.text
