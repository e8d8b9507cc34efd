"""The public surface: exported names, typed errors with useful messages, options, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

import newsparse
from newsparse import InputReadError, InputTypeError, NewsparseError, OptionsError
from newsparse.cli import main

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "en" / "procuratorate-seed.txt"
PAGE = (
    "Current location: Home >> News\nA headline about the county court\nTime: 2024-02-28 10:30 Source: Xinhua\n\n"
    + ("The county court held a meeting on the work of the year and its key tasks. " * 5)
)
#: dunder names that are part of the API on purpose
PUBLIC_DUNDERS = {"__version__"}
#: ``from __future__ import annotations`` leaves this name in the package namespace
FUTURE_FEATURES = {"annotations"}


# --- exported names ----------------------------------------------------------------------


def test_all_lists_exactly_the_public_names_sorted() -> None:
    public = {
        name
        for name, value in vars(newsparse).items()
        if (not name.startswith("_") or name in PUBLIC_DUNDERS)
        and not isinstance(value, ModuleType)
        and name not in FUTURE_FEATURES
    }
    assert newsparse.__all__ == sorted(public)


def test_every_exported_name_resolves() -> None:
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None


def test_errors_form_one_tree_and_keep_builtin_bases() -> None:
    assert issubclass(InputTypeError, NewsparseError) and issubclass(InputTypeError, TypeError)
    assert issubclass(InputReadError, NewsparseError) and issubclass(InputReadError, OSError)
    assert issubclass(OptionsError, NewsparseError) and issubclass(OptionsError, ValueError)
    assert {InputTypeError.exit_code, InputReadError.exit_code, OptionsError.exit_code} <= {2, 3}


def test_version_is_a_string() -> None:
    assert isinstance(newsparse.__version__, str) and newsparse.__version__.count(".") >= 1


# --- wrong input types and unreadable files ----------------------------------------------


@pytest.mark.parametrize("data", [123, None, ["a", "b"], {"title": "x"}, 1.5, object()])
def test_wrong_input_type_is_a_typed_error_naming_the_type(data: Any) -> None:
    with pytest.raises(InputTypeError) as info:
        newsparse.parse(data)
    message = str(info.value)
    assert type(data).__name__ in message and "bytes" in message and "str" in message


def test_a_path_object_points_to_parse_file() -> None:
    with pytest.raises(InputTypeError, match="parse_file"):
        newsparse.parse(SEED)


def test_explain_raises_the_same_typed_error() -> None:
    with pytest.raises(InputTypeError):
        newsparse.explain(42)


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.txt"
    with pytest.raises(InputReadError) as info:
        newsparse.parse_file(missing)
    assert str(missing) in str(info.value) and "No such file" in str(info.value)


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputReadError, match="directory"):
        newsparse.parse_file(tmp_path)


@pytest.mark.parametrize("path", [123, None, b"bytes-are-data"])
def test_parse_file_wants_a_path(path: Any) -> None:
    with pytest.raises(InputTypeError, match="path"):
        newsparse.parse_file(path)


def test_parse_file_accepts_str_and_path() -> None:
    assert newsparse.parse_file(str(SEED)) == newsparse.parse_file(SEED) == newsparse.parse(SEED.read_bytes())


# --- options -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "", 5, "htm"])
def test_unknown_kind_is_an_options_error(kind: Any) -> None:
    with pytest.raises(OptionsError, match="html"):
        newsparse.parse(PAGE, kind=kind)


@pytest.mark.parametrize("kind", ["text", "TEXT", "Text", None])
def test_kind_accepts_any_case_and_none(kind: str | None) -> None:
    assert newsparse.parse(PAGE, kind=kind).title == "A headline about the county court"


def test_kind_html_forces_the_html_path() -> None:
    explanation = newsparse.explain(PAGE, kind="html")
    assert explanation.kind.value == "html" and explanation.kind_reason == "given by the caller"


def test_unknown_option_is_an_options_error_naming_it() -> None:
    with pytest.raises(OptionsError, match="defualt_tz"):
        newsparse.parse(PAGE, defualt_tz=timezone.utc)


def test_default_tz_must_be_a_tzinfo() -> None:
    with pytest.raises(OptionsError, match="tzinfo"):
        newsparse.parse(PAGE, default_tz="Asia/Shanghai")


def test_without_default_tz_dates_stay_naive() -> None:
    article = newsparse.parse(PAGE)
    assert article.published == datetime(2024, 2, 28, 10, 30) and article.published.tzinfo is None


def test_default_tz_applies_when_the_page_states_no_zone() -> None:
    beijing = timezone(timedelta(hours=8))
    article = newsparse.parse(PAGE, default_tz=beijing)
    assert article.published == datetime(2024, 2, 28, 10, 30, tzinfo=beijing)
    assert article.to_dict()["published"] == "2024-02-28T10:30:00+08:00"


def test_default_tz_does_not_override_a_stated_zone() -> None:
    page = PAGE.replace("10:30", "10:30 GMT+8")
    article = newsparse.parse(page, default_tz=timezone.utc)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=8)


def test_default_tz_accepts_zoneinfo() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        zone = zoneinfo.ZoneInfo("Asia/Shanghai")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this machine")
    article = newsparse.parse(PAGE, default_tz=zone)
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=8)


def test_url_is_recorded() -> None:
    assert newsparse.parse(PAGE, url="http://example.gov.cn/a.html").url == "http://example.gov.cn/a.html"


def test_url_must_be_a_string() -> None:
    with pytest.raises(OptionsError, match="url"):
        newsparse.parse(PAGE, url=123)


def test_options_are_frozen_and_validated() -> None:
    with pytest.raises(OptionsError):
        newsparse.Options(languages=("xx",))
    with pytest.raises(OptionsError):
        newsparse.Options(max_chars=0)


# --- explain -----------------------------------------------------------------------------


def test_explain_labels_every_line_and_gives_evidence() -> None:
    explanation = newsparse.explain(SEED.read_bytes())
    labels = {b.label.value for b in explanation.blocks}
    assert {"breadcrumb", "meta", "title", "paragraph", "heading"} <= labels
    assert all(b.rule for b in explanation.blocks)
    assert {e.field for e in explanation.evidence} >= {"title", "published", "source"}
    assert explanation.article == newsparse.parse(SEED.read_bytes())


# --- CLI ---------------------------------------------------------------------------------


def test_cli_prints_schema_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, newsparse.json_schema())
    assert data["title"] == "Nanling Procurator: Return to zero and restart cohesion"
    assert data["published"] == "2024-02-28T00:00:00" and data["published_precision"] == "day"


def test_cli_compact_prints_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--compact", str(SEED), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0]) == json.loads(lines[1])


def test_cli_explain_prints_labelled_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "kind: text" in out
    rows = [line.split() for line in out.splitlines() if line[:5].strip().isdigit()]
    assert rows[0][:2] == ["0", "breadcrumb"]
    assert any(row[1] == "meta" and "Time:" in row for row in rows)


def test_cli_missing_file_exits_with_the_read_error_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt")]) == InputReadError.exit_code
    err = capsys.readouterr().err
    assert err.startswith("newsparse: error:") and "missing.txt" in err


def test_cli_directory_exits_with_the_read_error_code(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == InputReadError.exit_code


def test_cli_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["--kind", "pdf", str(SEED)])
    assert info.value.code == 2


def test_cli_reads_stdin_in_a_subprocess() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout.decode("utf-8"))
    jsonschema.validate(data, newsparse.json_schema())
    assert data["source"] == "Wuhu City"


def test_cli_missing_file_in_a_subprocess() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "/no/such/dir/page.txt"], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == InputReadError.exit_code
    assert b"cannot read" in result.stderr and result.stdout == b""


def test_cli_prints_chinese_as_utf8_in_a_subprocess() -> None:
    page = (
        "当前位置：首页 >> 新闻\n南陵县检察院召开大会\n时间：2024-02-28 来源：芜湖市人民检察院\n\n"
        + "会议强调，要坚持问题导向。" * 10
    )
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "-"],
        input=page.encode("gbk"),
        capture_output=True,
        timeout=60,
        check=False,
        env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout.decode("utf-8"))["source"] == "芜湖市人民检察院"
