"""Scraped pages are hostile: text a page showed as ``<script>`` must reach every CMS as text.

A corpus of XSS vectors is placed in every field (title, kicker, authors, editors, source,
site name, breadcrumb, section headings, paragraphs of every block kind, URL) and each export
is parsed back: no executable markup anywhere, and the text survives.
"""

from __future__ import annotations

import csv
import html
import io
import json

import pytest
import yaml
from markdown_it import MarkdownIt

from newsparse import Article, BlockKind, Section
from newsparse.exporters import EXPORTERS, export
from newsparse.exporters._common import clean_text, one_line
from test_export_checkers import NS, check_html_safe, check_wxr

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(document.cookie)",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<!--<script>alert(1)//-->",
    "--><script>alert(1)</script><!--",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "]]><script>alert(1)</script>",
    "end]]>more]]>",
    "\x00\x01\x08\x0b\x0c\x1b\x7f\x9f<script>\x00alert(1)</script>",
    "line\u2028separator\u2029paragraph\x85next-line",
    '"><iframe src="//evil.example"></iframe>',
    "' onmouseover='alert(1)' x='",
    "<style>@import 'http://evil.example/x.css';</style>",
    '{{ site.secret }} {% include evil.html %} {{< shortcode >}} {: onclick="alert(1)"}',
    "[click](javascript:alert(1)) ![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "<javascript:alert(1)> <http://example.com>",
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp;",
    '=HYPERLINK("http://evil.example","x")',
    "# not a heading",
    "1. not a list",
    "`code` *em* _em_ ~~del~~ | pipe | $math$",
    "新闻<script>alert('中文')</script>标题",
]
KINDS = [
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.TABLE_ROW,
    BlockKind.QUOTE,
    BlockKind.CAPTION,
    BlockKind.CODE,
]


def hostile_article(vector: str) -> Article:
    paragraphs = [
        f"{vector} ({kind.value})" if kind is not BlockKind.TABLE_ROW else f"{vector}\tcell" for kind in KINDS
    ]
    return Article(
        title=vector,
        kicker=vector,
        authors=[vector, "Plain Name"],
        editors=[vector],
        source=vector,
        site_name=vector,
        breadcrumb=["Home", vector],
        sections=[
            Section(None, [vector]),
            Section(vector, paragraphs, kinds=list(KINDS)),
        ],
        language="en",
        url=vector if ":" in vector else f"javascript:{vector}",
    )


def visible(text: str) -> str:
    """The text a reader should see: XML-illegal characters removed, whitespace collapsed."""
    return " ".join(clean_text(text).split())


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=XSS, ids=[f"v{i}" for i in range(len(XSS))])
def article(request: pytest.FixtureRequest) -> Article:
    return hostile_article(request.param)


def test_html_has_no_markup_and_keeps_the_text(article: Article) -> None:
    tree = check_html_safe(export(article, "html"))
    assert tree is not None
    shown = squash(tree.text_content())
    assert visible(article.title or "") in shown
    for paragraph in article.sections[1].paragraphs:
        assert visible(paragraph.replace("\t", " ")) in shown or all(
            visible(cell) in shown for cell in paragraph.split("\t")
        )


def test_wxr_fields_are_escaped_html(article: Article) -> None:
    root = check_wxr(export(article, "wxr"))
    item = root.find("channel/item")
    assert item is not None
    title = item.findtext("title") or ""
    assert "<" not in title and html.unescape(title) == clean_text(article.title)
    excerpt = item.findtext("excerpt:encoded", namespaces=NS) or ""
    assert "<" not in excerpt and html.unescape(excerpt) == clean_text(article.kicker)
    content = item.findtext("content:encoded", namespaces=NS) or ""
    tree = check_html_safe(content)
    assert tree is not None and visible(article.sections[0].paragraphs[0]) in squash(tree.text_content())
    for name in root.iterfind("channel/wp:author/wp:author_display_name", NS):
        assert "<" not in (name.text or "")
    for name in root.iterfind("channel/wp:category/wp:cat_name", NS):
        assert "<" not in (name.text or "")
    for category in item.iterfind("category"):
        assert "<" not in (category.text or "")
    meta = {
        m.findtext("wp:meta_key", namespaces=NS): m.findtext("wp:meta_value", namespaces=NS)
        for m in item.iterfind("wp:postmeta", NS)
    }
    assert all("<" not in (value or "") for value in meta.values())
    assert "newsparse_original_url" not in meta  # never a javascript:/data: URL
    assert item.findtext("link") == ""  # a javascript:/data: URL is dropped, not linked
    known = {"title", "link", "pubDate", "guid", "description", "category"}
    for child in item:
        assert child.tag in known or child.tag.startswith(tuple("{" + uri for uri in NS.values())), child.tag


def test_wxr_display_names_round_trip(article: Article) -> None:
    root = check_wxr(export(article, "wxr"))
    names = {html.unescape(n.text or "") for n in root.iterfind("channel/wp:author/wp:author_display_name", NS)}
    assert one_line(article.authors[0]) in names or not one_line(article.authors[0])


def test_markdown_renders_to_text_only(article: Article) -> None:
    text = export(article, "markdown")
    assert "<" not in text, "no raw angle bracket anywhere: front matter uses \\x3C, the body &lt;"
    assert "{{" not in text and "{%" not in text and "{:" not in text
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    assert data["title"] == clean_text(article.title).strip()
    assert data["authors"][0] == clean_text(article.authors[0])
    assert "original_url" not in data
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(body)
    tree = check_html_safe(rendered)
    assert tree is not None
    assert visible(article.sections[0].paragraphs[0]) in squash(tree.text_content())


def test_json_is_lossless_and_holds_no_markup(article: Article) -> None:
    for name in ("json", "jsonl"):
        text = export(article, name)
        assert "<" not in text and ">" not in text.replace("\\u003e", "")
        assert Article.from_dict(json.loads(text)) == article


def test_csv_cells_are_the_text_with_formulas_guarded(article: Article) -> None:
    rows = list(csv.reader(io.StringIO(export(article, "csv"), newline="")))
    header, row = rows
    title = row[header.index("title")]
    expected = clean_text(article.title)
    assert title in (expected, "'" + expected)
    assert not title.startswith(("=", "+", "-", "@"))


def test_every_exporter_is_covered() -> None:
    assert set(EXPORTERS) == {"json", "jsonl", "markdown", "wxr", "html", "csv"}
