"""The registry's interface, and the HTML and CSV exporters."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse import Article, BlockKind, OptionsError, Precision, Section, exporters
from newsparse.exporters import EXPORTERS, Exporter, ExportOptions, export, get
from test_export_checkers import check_html_safe, sample_articles

ARTICLE = Article(
    title="Title",
    kicker="Kicker",
    published=datetime(2024, 2, 28, 10, 30),
    published_precision=Precision.MINUTE,
    authors=["Ann Lee", "Bo Li"],
    editors=["Cy"],
    source="Xinhua",
    site_name="Site",
    breadcrumb=["Home", "News"],
    sections=[
        Section(None, ["Lead."]),
        Section(
            "Facts",
            ["one", "two", "a\tb", "Quote.", "Caption.", "x = 1\ny = 2"],
            [
                BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM,
                BlockKind.TABLE_ROW,
                BlockKind.QUOTE,
                BlockKind.CAPTION,
                BlockKind.CODE,
            ],
        ),
    ],
    language="en",
    url="https://example.com/a.html",
)


def test_registry_shape() -> None:
    assert exporters.names() == ["csv", "html", "json", "jsonl", "markdown", "wxr"]
    for name, exporter in EXPORTERS.items():
        assert isinstance(exporter, Exporter) and exporter.name == name
        assert exporter.extension.startswith(".") and exporter.media_type
    assert get("md") is EXPORTERS["markdown"] and get("WordPress") is EXPORTERS["wxr"]
    assert get("csv").newline == "" and get("markdown").per_file


def test_unknown_format_and_wrong_input_raise_typed_errors() -> None:
    with pytest.raises(OptionsError, match="known: csv, html"):
        get("docx")
    with pytest.raises(OptionsError):
        export({"title": "x"}, "json")  # type: ignore[arg-type]
    with pytest.raises(OptionsError):
        get("json").write([ARTICLE, "not an article"], io.StringIO())  # type: ignore[list-item]


def test_options_from_instance_mapping_or_keywords() -> None:
    opts = ExportOptions(post_status="draft")
    assert "draft" in get("wxr").render(ARTICLE, opts)
    assert "draft" in get("wxr").render(ARTICLE, {"post_status": "draft"})
    assert "draft" in export(ARTICLE, "wxr", post_status="draft")
    buffer = io.StringIO()
    exporters.write([ARTICLE], buffer, "wxr", opts, site_title="Mine")
    assert "<title>Mine</title>" in buffer.getvalue() and "draft" in buffer.getvalue()


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_renders_writes_and_writes_files(name: str, tmp_path: Path) -> None:
    exporter = get(name)
    assert exporter.render(ARTICLE)
    buffer = io.StringIO()
    assert exporter.write(iter([ARTICLE, ARTICLE]), buffer) == 2
    assert exporter.write_files([ARTICLE, ARTICLE], tmp_path) == 2
    assert all(p.suffix == exporter.extension for p in tmp_path.iterdir())
    assert len(list(tmp_path.iterdir())) == 2


def test_html_body_from_kinds() -> None:
    tree = check_html_safe(export(ARTICLE, "html"))
    assert tree is not None
    assert tree.findtext(".//h1") == "Title"
    assert [h.text for h in tree.iter("h2")] == ["Facts"]
    assert [li.text for li in tree.iter("li")] == ["one", "two"]
    assert [td.text for td in tree.iter("td")] == ["a", "b"]
    assert tree.findtext(".//blockquote/p") == "Quote."
    assert tree.findtext(".//figure/figcaption") == "Caption."
    assert tree.findtext(".//pre/code") == "x = 1\ny = 2"
    assert tree.find(".//a").get("href") == "https://example.com/a.html"
    assert tree.get("lang") == "en"


def test_html_of_real_pages_is_safe() -> None:
    buffer = io.StringIO()
    get("html").write(sample_articles(), buffer)
    tree = check_html_safe(buffer.getvalue())
    assert tree is not None and len(list(tree.iter("article"))) == len(sample_articles())


def test_wxr_content_is_the_html_body() -> None:
    from newsparse.exporters.html import body_html

    fragment = lxml.html.fragment_fromstring(body_html(ARTICLE), create_parent="div")
    assert [el.tag for el in fragment] == ["p", "h2", "ul", "table", "blockquote", "figure", "pre"]


def test_csv_flat_fields() -> None:
    rows = list(csv.DictReader(io.StringIO(export(ARTICLE, "csv"), newline="")))
    assert rows == [
        {
            "title": "Title",
            "kicker": "Kicker",
            "published": "2024-02-28T10:30:00",
            "published_precision": "minute",
            "updated": "",
            "updated_precision": "",
            "authors": "Ann Lee; Bo Li",
            "editors": "Cy",
            "source": "Xinhua",
            "site_name": "Site",
            "breadcrumb": "Home > News",
            "language": "en",
            "url": "https://example.com/a.html",
            "text": ARTICLE.text,
            "warnings": "",
        }
    ]


def test_csv_formula_guard_can_be_turned_off() -> None:
    article = Article(title="=1+1")
    assert list(csv.reader(io.StringIO(export(article, "csv"))))[1][0] == "'=1+1"
    assert list(csv.reader(io.StringIO(export(article, "csv", csv_guard_formulas=False))))[1][0] == "=1+1"


def test_package_reexports_export() -> None:
    assert newsparse.export is exporters.export
