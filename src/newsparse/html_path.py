"""Stage 2 (HTML path): an lxml tree -> blocks + metadata hints.

First version: block-level elements become blocks (with link density), link-heavy blocks
are chrome, and the text path's context labelling finds the body. Metadata hints come
from ``<title>``, OpenGraph and ``<meta>`` dates.
"""

from __future__ import annotations

from typing import Any

from lxml import etree, html

from .blocks import Block, Label
from .fields import Candidate
from .fields.dates import find_dates
from .fields.titles import strip_site_suffix
from .layout import label_text_page
from .model import BlockKind, ParseWarning
from .options import Options

#: elements whose text is never content
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "select",
    "button",
    "form",
    "head",
)
#: block-level elements that end a block
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "center",
        "br",
        "hr",
    ]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
KIND_BY_TAG = {
    "li": BlockKind.LIST_ITEM,
    "tr": BlockKind.TABLE_ROW,
    "blockquote": BlockKind.QUOTE,
    "figcaption": BlockKind.CAPTION,
    "pre": BlockKind.CODE,
}
#: a block with more of its text in links than this is navigation
MAX_LINK_DENSITY = 0.5
RANK_OG_TITLE = 20
RANK_META_DATE = 20
RANK_HTML_TITLE = 80


def parse_html(source: str | bytes) -> Any:
    """lxml tree of ``source``; never fetches, never expands external entities."""
    parser = html.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError):
        root = html.document_fromstring("<html><body></body></html>")
    return root


def _as_root(source: Any) -> Any:
    if isinstance(source, (str, bytes)):
        return parse_html(source)
    if type(source).__module__.startswith("bs4"):
        return parse_html(str(source))
    if hasattr(source, "getroot"):
        return source.getroot()
    return source


def _blocks_from(root: Any) -> list[Block]:
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = 0
    tag = "div"

    def flush() -> None:
        nonlocal parts, link_chars
        text = " ".join("".join(parts).split())
        if text:
            density = min(1.0, link_chars / max(len(text), 1))
            kind = KIND_BY_TAG.get(tag, BlockKind.PARAGRAPH)
            blocks.append(Block(len(blocks), text, link_density=density, tag=tag, kind=kind))
        parts, link_chars = [], 0

    for event, el in etree.iterwalk(root, events=("start", "end")):
        name = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if name in BLOCK_TAGS:
                flush()
                tag = name
            if el.text:
                parts.append(el.text)
                if name == "a" or _in_link(el):
                    link_chars += len(el.text.strip())
        else:
            if name in BLOCK_TAGS:
                flush()
            if el.tail:
                parts.append(el.tail)
                if _in_link(el.getparent()):
                    link_chars += len(el.tail.strip())
    flush()
    return blocks


def _in_link(el: Any) -> bool:
    while el is not None:
        if el.tag == "a":
            return True
        el = el.getparent()
    return False


def _label_structure(blocks: list[Block]) -> list[Block]:
    out = []
    for b in blocks:
        if b.link_density > MAX_LINK_DENSITY:
            b = b.relabel(Label.CHROME, f"link density {b.link_density:.2f}")
        out.append(b)
    return out


def _meta(root: Any, name: str) -> str | None:
    for attr in ("property", "name", "itemprop"):
        found = root.xpath(
            f"//meta[translate(@{attr},'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')=$n]/@content", n=name
        )
        if found and found[0].strip():
            return str(found[0]).strip()
    return None


def _hints(root: Any) -> list[Candidate]:
    hints: list[Candidate] = []
    og = _meta(root, "og:title")
    if og:
        hints.append(Candidate("title", og, "og:title", RANK_OG_TITLE))
    title = root.findtext(".//title")
    if title and title.strip():
        hints.append(Candidate("title", strip_site_suffix(title.strip()), "<title>", RANK_HTML_TITLE))
    for key in ("article:published_time", "pubdate", "publishdate", "date"):
        value = _meta(root, key)
        dates = find_dates(value) if value else []
        if dates:
            hints.append(
                Candidate("published", dates[0].value, f"<meta {key}>", RANK_META_DATE, None, dates[0].precision)
            )
            break
    return hints


def html_blocks_and_hints(source: Any, opts: Options) -> tuple[list[Block], list[Candidate], list[ParseWarning]]:
    root = _as_root(source)
    hints = _hints(root)
    blocks = _label_structure(_blocks_from(root))
    warnings: list[ParseWarning] = []
    if not blocks:
        warnings.append(ParseWarning("empty_html", "the HTML holds no text"))
    blocks = label_text_page(blocks, opts.languages)
    return blocks, hints, warnings
