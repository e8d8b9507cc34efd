"""Stage 1: bytes -> str (order of trust) and text repair (mojibake, whitespace)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsparse.decode import declared_charset, decode_bytes, http_charset, normalise_encoding
from newsparse.repair import fix_mojibake, normalise_whitespace, repair_text

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
ZH = "当前位置：首页 >> 检察动态\n南陵县检察院召开全院干警大会\n时间：2024-02-28 来源：芜湖市人民检察院\n\n会议强调，要坚持“高质效办好每一个案件”。\n"
TRAD = (
    "當前位置：首頁 > 法院新聞\n發佈時間：2024-02-28 來源：南陵縣人民法院\n\n為切實保障農民工合法權益，法院集中宣判。\n"
)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("UTF8", "utf-8"),
        ("'utf-8'", "utf-8"),
        ("big5", "big5hkscs"),
        ("Shift_JIS", "shift_jis"),
        ("no-such-charset", None),
        ("", None),
        (None, None),
    ],
)
def test_declared_labels_are_widened_as_browsers_do(label: str | None, codec: str | None) -> None:
    assert normalise_encoding(label) == codec


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="gb2312">', "gb2312"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=GBK'>", "GBK"),
        (b'<?xml version="1.0" encoding="UTF-8"?><html>', "UTF-8"),
        (b"<html><body>no declaration</body></html>", None),
    ],
)
def test_declared_charset_is_found_in_the_head(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


def test_a_declaration_far_into_the_page_is_ignored() -> None:
    assert declared_charset(b" " * 5000 + b'<meta charset="gbk">') is None


def test_http_charset() -> None:
    assert http_charset("text/html; charset=GB2312") == "GB2312"
    assert http_charset("text/html") is None and http_charset(None) is None


def test_plain_utf8() -> None:
    decoded = decode_bytes(ZH.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.how, decoded.warnings) == (ZH, "utf-8", "valid utf-8", [])


def test_gbk_without_declaration_is_detected_as_gb18030() -> None:
    decoded = decode_bytes(ZH.encode("gbk"))
    assert decoded.text == ZH and decoded.encoding == "gb18030" and not decoded.warnings


def test_gb18030_only_characters_survive() -> None:
    text = ZH + "𠀀𪚥㐀\n"  # outside GBK: needs GB18030's four-byte forms
    assert decode_bytes(text.encode("gb18030")).text == text


def test_declared_gbk_over_utf8_bytes_is_overruled_with_a_warning() -> None:
    decoded = decode_bytes(('<meta charset="gbk">' + ZH).encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert [w.code for w in decoded.warnings] == ["charset_mismatch"]


def test_a_declared_charset_that_cannot_decode_falls_through() -> None:
    decoded = decode_bytes(('<meta charset="utf-8">' + ZH).encode("gbk"))
    assert decoded.encoding == "gb18030" and ZH in decoded.text
    assert "charset_mismatch" in [w.code for w in decoded.warnings]


def test_http_charset_outranks_the_declaration() -> None:
    data = ('<meta charset="big5">' + ZH).encode("gbk")
    decoded = decode_bytes(data, content_type="text/html; charset=gbk")
    assert (decoded.encoding, decoded.how) == ("gb18030", "http")


@pytest.mark.parametrize("name", ["county-court-trad", "tongling-today-two-lines"])
def test_big5_without_declaration_is_not_read_as_gb18030(name: str) -> None:
    # most Big5 byte pairs are valid GB18030 too: the reading with common hanzi wins
    text = (PAGES / "zh-hant" / f"{name}.txt").read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode("big5"))
    assert (decoded.text, decoded.encoding) == (text, "big5hkscs")


def test_gbk_traditional_text_stays_gb18030() -> None:
    decoded = decode_bytes(TRAD.encode("gbk"))  # GBK holds traditional characters too
    assert (decoded.text, decoded.encoding) == (TRAD, "gb18030")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        "Регистрация | Вход\n━━━━━━━━\nНовости дня 2024\n",
        "Die Straße über den Fluß — Öffnungszeiten\n",
        "ニュース 2024年2月28日\n",
    ],
    ids=["cyrillic-box", "german", "japanese"],
)
def test_utf16_without_bom_in_other_scripts(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec)).text == text


def test_declared_big5_for_traditional_text() -> None:
    decoded = decode_bytes(('<meta charset="big5">' + TRAD).encode("big5"))
    assert decoded.text.endswith(TRAD) and decoded.how == "declared"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_a_bom_wins_and_is_dropped(bom: bytes, codec: str) -> None:
    data = bom + ('<meta charset="gbk">' + ZH).encode(codec)
    decoded = decode_bytes(data)
    assert decoded.how == "bom" and decoded.text == '<meta charset="gbk">' + ZH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    decoded = decode_bytes(ZH.encode(codec))
    assert decoded.text == ZH and decoded.how == "utf-16 without bom"


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00def\x00" * 500,
        ("The procuratorate held a meeting on the work of the year. " * 40).replace(" ", " \x00").encode(),
    ],
    ids=["no-spaces", "nul-after-spaces"],
)
def test_nul_laced_ascii_is_not_taken_for_utf16(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.how == "valid utf-8"


def test_mixed_lines_are_decoded_one_by_one() -> None:
    lines = ZH.split("\n")
    data = b"\n".join(line.encode("utf-8" if i % 2 else "gbk") for i, line in enumerate(lines))
    decoded = decode_bytes(data)
    assert decoded.text == ZH and decoded.how == "per-line utf-8 with fallback"
    assert [w.code for w in decoded.warnings] == ["mixed_encoding"]


def test_utf8_cut_in_the_middle_of_the_last_character() -> None:
    data = ZH.encode("utf-8").rstrip(b"\n")[:-2]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and "\ufffd" not in decoded.text
    assert [w.code for w in decoded.warnings] == ["truncated_character"]


def test_undecodable_bytes_never_raise() -> None:
    decoded = decode_bytes(bytes(range(256)) * 10)
    assert isinstance(decoded.text, str)
    assert "decode_errors" in [w.code for w in decoded.warnings]


@pytest.mark.parametrize(
    "text",
    [
        "Le procès s’est ouvert à Genève — « enfin », dit-on.\n" * 3,
        "Ski-Fahren in Österreich: Die schönsten Pisten für Familien, Größe zählt nicht.\n",
        "Home>>\n\nMonitoring system aids wild animal protection effort — “a first”.\n",
    ],
    ids=["french", "german-pairs-as-gb18030", "english-quotes"],
)
def test_latin_text_in_windows_1252(text: str) -> None:
    # accented letters followed by letters are valid GB18030 pairs: rare "ideographs" lose
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text


# --- repair ------------------------------------------------------------------------------


def test_whitespace_is_normalised() -> None:
    raw = "标题\u3000正文\r\n第二行\u00a0a\u200bb\u2028c\x00d\ufeff\te"
    assert normalise_whitespace(raw) == "标题 正文\n第二行 ab\ncd e"


def test_chinese_punctuation_and_curly_quotes_stay() -> None:
    text = "来源：新华社（北京）。他说：“好！”‘单引’，【字号：大 中 小】"
    assert fix_mojibake(text) == text
    assert repair_text(text) == text


def test_full_width_latin_is_not_folded() -> None:
    assert repair_text("ＩＣＰ备２０２４") == "ＩＣＰ备２０２４"


@pytest.mark.parametrize("text", [ZH, TRAD, "Café “quoted” — 2024"])
def test_utf8_read_as_latin1_or_cp1252_is_repaired(text: str) -> None:
    assert repair_text(text.encode("utf-8").decode("latin-1")) == text
    assert repair_text(text.encode("utf-8").decode("cp1252", "ignore")).strip() != ""


def test_repair_runs_only_where_needed_but_everywhere_needed() -> None:
    clean = ZH * 50
    broken_line = "Café".encode().decode("latin-1")
    text = clean + broken_line + "\n" + clean
    assert repair_text(text) == clean + "Café\n" + clean


def test_lone_surrogates_are_replaced() -> None:
    assert "\ud800" not in repair_text("标题\ud800正文")
