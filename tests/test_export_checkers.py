"""Checkers the export tests share, and tests that the checkers themselves catch faults.

``check_wxr`` is written from what the WordPress importer's parsers read
(wordpress-importer ``class-wxr-parser-simplexml.php`` / ``-xml.php``): a document without a
DOCTYPE, ``/rss/channel/wp:wxr_version`` matching ``^\\d+\\.\\d+$``, ``wp:base_site_url``,
``wp:author`` (author_login, author_email, author_display_name), ``wp:category``
(category_nicename, cat_name, category_parent), and items with title, link, pubDate,
dc:creator, guid, description, content:encoded, excerpt:encoded, wp:post_id, wp:post_date,
wp:post_date_gmt, wp:post_name, wp:status, wp:post_type, wp:postmeta (meta_key, meta_value)
and ``category`` elements whose ``nicename`` attribute makes them terms.

``check_html_safe`` parses HTML with lxml and allows only the elements and attributes the
exporters write: no script/svg/iframe, no ``on*`` attribute, no ``javascript:`` URL.
"""

from __future__ import annotations

import gzip
import json
import re
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

import lxml.etree as ET
import lxml.html
import pytest

import newsparse
from newsparse import Article

NS = {
    "wp": "http://wordpress.org/export/1.2/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
}
WP_DATE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
LOGIN = re.compile(r"^[a-z0-9_.@-]{1,60}$")
STATUSES = {"publish", "draft", "pending", "private", "future"}
ITEM_CHILDREN = (
    "title",
    "link",
    "guid",
    "description",
    "dc:creator",
    "content:encoded",
    "excerpt:encoded",
    "wp:post_id",
    "wp:post_name",
    "wp:status",
    "wp:post_type",
)

ALLOWED_TAGS = {
    "html", "head", "body", "meta", "title", "article", "h1", "h2", "p", "br", "ul", "li", "table", "tbody",
    "tr", "td", "blockquote", "figure", "figcaption", "pre", "code", "time", "span", "a",
    "thead", "th", "em",  # what a Markdown renderer makes of our tables and captions
}  # fmt: skip
ALLOWED_ATTRS = {"class", "href", "rel", "datetime", "lang", "charset"}
DANGEROUS_TAGS = {"script", "svg", "iframe", "object", "embed", "style", "math", "img", "form", "base", "link"}


def parse_xml(data: str | bytes) -> ET._Element:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    parser = ET.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    return ET.fromstring(raw, parser)


def check_wxr(data: str | bytes) -> ET._Element:
    """Assert ``data`` is a WXR 1.2 document the WordPress importer would accept; return the root."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    assert "<!DOCTYPE" not in text.upper(), "the importer rejects documents with a DOCTYPE"
    check_regex_parser_constraints(text)
    root = parse_xml(text)
    assert root.tag == "rss" and root.get("version") == "2.0"
    for prefix in ("wp", "excerpt", "content", "dc"):
        assert root.nsmap.get(prefix) == NS[prefix], f"namespace {prefix}"
    channel = root.find("channel")
    assert channel is not None
    version = channel.findtext("wp:wxr_version", namespaces=NS)
    assert version is not None and re.fullmatch(r"\d+\.\d+", version.strip()) and version.strip() == "1.2"
    assert (channel.findtext("wp:base_site_url", namespaces=NS) or "").startswith(("http://", "https://"))

    children = list(channel)
    first_item = next((i for i, el in enumerate(children) if el.tag == "item"), len(children))
    logins: set[str] = set()
    for i, author in enumerate(channel.findall("wp:author", NS)):
        assert children.index(author) < first_item, "authors must be declared before the items"
        login = author.findtext("wp:author_login", namespaces=NS)
        assert login and LOGIN.match(login), f"bad login {login!r}"
        assert author.find("wp:author_email", NS) is not None
        assert author.findtext("wp:author_display_name", namespaces=NS), f"author {i} has no display name"
        assert login not in logins, f"author {login} declared twice"
        logins.add(login)
    nicenames: dict[str, str] = {}
    for category in channel.findall("wp:category", NS):
        assert children.index(category) < first_item, "categories must be declared before the items"
        nicename = category.findtext("wp:category_nicename", namespaces=NS)
        name = category.findtext("wp:cat_name", namespaces=NS)
        parent = category.find("wp:category_parent", NS)
        assert nicename and name and parent is not None
        assert re.fullmatch(r"[a-z0-9_%-]+", nicename), f"bad nicename {nicename!r}"
        assert nicename not in nicenames, f"category {nicename} declared twice"
        assert not parent.text or parent.text in nicenames, "a parent must be declared first"
        nicenames[nicename] = name

    post_ids: set[int] = set()
    for item in channel.findall("item"):
        for child in ITEM_CHILDREN:
            assert item.find(child, NS) is not None, f"item lacks {child}"
        post_id = int(item.findtext("wp:post_id", namespaces=NS) or "0")
        assert post_id > 0 and post_id not in post_ids
        post_ids.add(post_id)
        assert item.findtext("dc:creator", namespaces=NS) in logins, "dc:creator must be a declared author"
        assert item.findtext("wp:post_type", namespaces=NS) == "post"
        assert item.findtext("wp:status", namespaces=NS) in STATUSES
        assert re.fullmatch(r"[a-z0-9-]{1,200}", item.findtext("wp:post_name", namespaces=NS) or "")
        date = item.findtext("wp:post_date", namespaces=NS)
        gmt = item.findtext("wp:post_date_gmt", namespaces=NS)
        if date is not None:
            assert WP_DATE.match(date), date
            assert gmt is not None and WP_DATE.match(gmt), gmt
        else:
            assert gmt is None
        pub = item.findtext("pubDate")
        if pub is not None:
            assert parsedate_to_datetime(pub).tzinfo is not None
            assert gmt != "0000-00-00 00:00:00"
        for category in item.findall("category"):
            assert category.get("domain") == "category"
            nicename = category.get("nicename")
            assert nicename in nicenames, f"item category {nicename!r} not declared"
            assert category.text == nicenames[nicename]
        for meta in item.findall("wp:postmeta", NS):
            assert meta.findtext("wp:meta_key", namespaces=NS)
            assert meta.find("wp:meta_value", NS) is not None
    return root


def check_regex_parser_constraints(text: str) -> None:
    """What WordPress's fallback parser (``WXR_Parser_Regex``, used without PHP's XML
    extensions) needs: it reads line by line, takes a ``wp:author`` only from one line, and
    finds item categories with ``<category domain="..." nicename="...">...</category>``."""
    for line in text.split("\n"):  # PHP's fgets splits on LF only
        if "<wp:author>" in line:
            assert "</wp:author>" in line, "wp:author must sit on one line"
    assert re.search(r"<wp:wxr_version>(\d+\.\d+)</wp:wxr_version>", text)
    categories = re.findall(r"<category\b", text)
    terms = re.findall(r'<category domain="([^"]+?)" nicename="([^"]+?)">(.+?)</category>', text, re.S)
    assert len(terms) == len(categories), "item categories the regex parser would miss"


def check_html_safe(markup: str) -> lxml.html.HtmlElement | None:
    """Assert ``markup`` (a document or fragment) holds no executable markup; return its tree."""
    if not markup.strip():
        return None
    tree = (
        lxml.html.document_fromstring(markup)
        if "<html" in markup[:200]
        else lxml.html.fragment_fromstring(markup, create_parent="div")
    )
    for el in tree.iter():
        if not isinstance(el.tag, str):
            raise AssertionError(f"comment or processing instruction in output: {el!r}")
        assert el.tag not in DANGEROUS_TAGS, f"<{el.tag}> in output"
        assert el.tag in ALLOWED_TAGS or el.tag == "div", f"unexpected <{el.tag}>"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}"
            assert name in ALLOWED_ATTRS, f"unexpected attribute {name}"
            if name == "href":
                assert value.startswith(("http://", "https://")), f"unsafe href {value!r}"
    return tree


# ---------------------------------------------------------------- the checkers catch faults

GOOD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://x.invalid</wp:base_site_url>
<wp:author><wp:author_login>ann</wp:author_login><wp:author_email></wp:author_email><wp:author_display_name>Ann</wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent>
<wp:cat_name>News</wp:cat_name></wp:category>
<item><title>T</title><link></link><guid>g</guid><description></description><dc:creator>ann</dc:creator>
<content:encoded>&lt;p&gt;x&lt;/p&gt;</content:encoded><excerpt:encoded></excerpt:encoded><wp:post_id>1</wp:post_id>
<wp:post_date>2024-02-28 10:30:00</wp:post_date><wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
<wp:post_name>t</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="news">News</category></item>
</channel></rss>"""


def test_checker_accepts_a_minimal_valid_document() -> None:
    check_wxr(GOOD)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<wp:wxr_version>1.2</wp:wxr_version>", ""),
        ("<dc:creator>ann</dc:creator>", "<dc:creator>bob</dc:creator>"),
        ('nicename="news"', 'nicename="sport"'),
        ("<wp:post_type>post</wp:post_type>", ""),
        ("2024-02-28 10:30:00", "2024-02-28T10:30"),
        ("<wp:author_email></wp:author_email>", "<wp:author_email></wp:author_email>\n"),
        ('<category domain="category" nicename="news">', '<category nicename="news" domain="category">'),
        ('<?xml version="1.0" encoding="UTF-8" ?>', '<?xml version="1.0" encoding="UTF-8" ?><!DOCTYPE rss>'),
    ],
)
def test_checker_rejects_faults(old: str, new: str) -> None:
    with pytest.raises((AssertionError, ET.XMLSyntaxError)):
        check_wxr(GOOD.replace(old, new))


def test_checker_rejects_declarations_after_items() -> None:
    item = GOOD[GOOD.index("<item>") : GOOD.index("</item>") + len("</item>")]
    moved = GOOD.replace(item, "").replace("<wp:author>", item + "<wp:author>", 1)
    with pytest.raises(AssertionError):
        check_wxr(moved)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>x</p><script>alert(1)</script>",
        '<p onclick="alert(1)">x</p>',
        '<a href="javascript:alert(1)">x</a>',
        "<svg><circle/></svg>",
        "<p>x</p><!-- c -->",
    ],
)
def test_html_checker_rejects_markup(markup: str) -> None:
    with pytest.raises(AssertionError):
        check_html_safe(markup)


# ---------------------------------------------------------------- real pages to export

REPO = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (REPO / "fixtures" / "pages").rglob("*") if p.is_file())
DEV_PAGES_PER_KIND = 10  # per dataset: 10 text dumps + 10 HTML pages -> 60 pages in all


def datasets_dir() -> Path | None:
    for candidate in (Path("/work/shared/datasets"), REPO.parent / "shared" / "datasets"):
        if candidate.is_dir():
            return candidate
    return None


@cache
def fixture_articles() -> tuple[Article, ...]:
    return tuple(newsparse.parse_file(p) for p in FIXTURES)


@cache
def dev_articles() -> tuple[Article, ...]:
    """A fixed, spread-out sample of dev-set pages (text dumps and HTML), parsed once."""
    root = datasets_dir()
    if root is None:
        return ()
    out: list[Article] = []
    for dataset in sorted(d for d in root.iterdir() if (d / "labels.jsonl").is_file()):
        urls = {}
        for line in (dataset / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            urls[record["id"]] = record.get("url")
        texts = sorted((dataset / "text").glob("*.txt"))
        pages = sorted((dataset / "pages").glob("*.html.gz"))
        for path in texts[:: max(1, len(texts) // DEV_PAGES_PER_KIND)][:DEV_PAGES_PER_KIND]:
            out.append(newsparse.parse(path.read_bytes(), kind="text", url=urls.get(path.stem)))
        for path in pages[:: max(1, len(pages) // DEV_PAGES_PER_KIND)][:DEV_PAGES_PER_KIND]:
            page_id = path.name.split(".")[0]
            out.append(newsparse.parse(gzip.decompress(path.read_bytes()), kind="html", url=urls.get(page_id)))
    return tuple(out)


def sample_articles() -> tuple[Article, ...]:
    return fixture_articles() + dev_articles()
