"""Breadcrumbs from the page's structure: a JSON-LD ``BreadcrumbList``, or the breadcrumb element.

The text path reads a breadcrumb from a line ("当前位置：首页 > 工作动态"). In HTML the trail is
often a list of links whose separators are drawn by CSS (``<ol class="breadcrumbs"><li><a>Home</a>
…``): each crumb is a block of its own and no line rule sees a trail. The element's text pieces,
joined with a separator, are read by the same :func:`newsparse.chrome.split_crumbs` as a line
(labels such as "Sie sind hier:" and placeholders go the same way).
"""

from __future__ import annotations

import html
from typing import Any

from ..blocks import Block, Label
from ..chrome import classify_block, split_crumbs
from ..fields import Candidate
from .meta import jsonld_documents
from .ranks import PRIORITY

__all__ = ["breadcrumb_candidates"]

#: a trail has at least this many crumbs (one is only "Home")
MIN_CRUMBS = 2
#: ... at most this many, each at most this long (the page's own, last, may be longer): more is a
#: menu or a wrapper around other content
MAX_CRUMBS = 8
MAX_CRUMB_CHARS = 80
#: separators drawn between crumbs as text; a piece is a crumb once they are stripped
_SEPARATORS = " \t\r\n\u00a0>»›/→|·•＞》\\"
#: subtrees whose text is never a crumb
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


def breadcrumb_candidates(
    root: Any, elements: list[Any], titles: list[str], languages: tuple[str, ...]
) -> list[Candidate]:
    """The page's breadcrumb from JSON-LD, else from its first breadcrumb element with a trail
    (``elements``: those the walk found named so, outermost first).

    ``titles`` are the headline's forms (metadata titles, the visible headline): a last crumb
    that is one of them is the page itself, and "Home > <headline>" names no section."""
    trail = _without_page(_jsonld_trail(root), titles)
    if len(trail) >= MIN_CRUMBS:
        return [Candidate("breadcrumb", trail, "JSON-LD BreadcrumbList", PRIORITY["json-ld breadcrumb"])]
    for el in elements:
        if el.tag in ("html", "body"):
            continue
        trail = _without_page(_element_trail(el, languages), titles)
        if len(trail) >= MIN_CRUMBS:
            return [Candidate("breadcrumb", trail, "breadcrumb element", PRIORITY["breadcrumb element"])]
    return []


def _without_page(trail: list[str], titles: list[str]) -> list[str]:
    """The trail without a last crumb naming the page: the headline or a cut-off copy of it.

    Looser than :func:`newsparse.fields._names_title` on purpose: a structured trail's last
    crumb is the current page, so one that opens the headline is its short title (a text line's
    last crumb may as well be a category)."""
    if trail and any(t and (t.startswith(trail[-1]) or trail[-1].startswith(t)) for t in titles):
        return trail[:-1]
    return trail


def _jsonld_trail(root: Any) -> list[str]:
    for data in jsonld_documents(root.iter("script")):
        for node in _nodes(data):
            names = _list_names(node)
            if len(names) >= MIN_CRUMBS:
                return names
    return []


def _nodes(data: Any) -> list[dict[str, Any]]:
    """Every object of a JSON-LD document, nested ones included (a WebPage's ``breadcrumb``)."""
    out, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            stack.extend(v for v in reversed(item.values()) if isinstance(v, (dict, list)))
    return out


def _list_names(node: dict[str, Any]) -> list[str]:
    """The names of a BreadcrumbList's items, in the order of their positions."""
    types = node.get("@type")
    if "BreadcrumbList" not in (types if isinstance(types, list) else [types]):
        return []
    items = node.get("itemListElement")
    if not isinstance(items, list):
        return []
    entries = [i for i in items if isinstance(i, dict)]
    entries.sort(key=lambda i: i.get("position") if isinstance(i.get("position"), int) else 0)
    names = []
    for entry in entries:
        item = entry.get("item")
        name = entry.get("name") or (item.get("name") if isinstance(item, dict) else None)
        if isinstance(name, str) and name.strip():
            names.append(" ".join(html.unescape(name).split()))  # often escaped twice
    return names


def _element_trail(el: Any, languages: tuple[str, ...]) -> list[str]:
    """The crumbs of a breadcrumb element: its links in order, after any label ("Sie sind hier:",
    "当前位置："), and the plain-text current page after them. Text after that (a date, a share
    widget in the same wrapper) is not the trail. Without links, its text is read as a line."""
    pieces = _pieces(el, None, [])
    trail = _linked_trail(pieces) if any(link is not None for _, link in pieces) else [p for p, _ in pieces]
    if len(trail) > MAX_CRUMBS or any(len(c) > MAX_CRUMB_CHARS for c in trail[:-1]):
        return []  # a menu, or a wrapper around other content
    crumbs = split_crumbs(" > ".join(trail), languages)
    return [] if len(crumbs) > MAX_CRUMBS or any(_widget(c, languages) for c in crumbs) else crumbs


def _linked_trail(pieces: list[tuple[str, Any]]) -> list[str]:
    """From the first link on: each link's text, then the unlinked current page, where the trail ends."""
    trail: list[str] = []
    last_link = None
    for text, link in pieces[next(i for i, (_, link) in enumerate(pieces) if link is not None) :]:
        if link is None:
            trail.append(text)
            break
        if link is last_link:
            trail[-1] += " " + text  # two text nodes of one link (an icon's label and the name)
        else:
            trail.append(text)
        last_link = link
    return trail


def _widget(crumb: str, languages: tuple[str, ...]) -> bool:
    """A crumb the line rules know as chrome, a meta line or a footer ("上一篇", "分享"): the
    element's class named something else (a pager, a share bar)."""
    return classify_block(Block(0, crumb), languages).label not in (Label.UNKNOWN, Label.BREADCRUMB)


def _pieces(el: Any, link: Any, out: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The element's text nodes in document order without separators, each with the ``<a>`` it
    is in (None outside links); scripts and styles left out."""
    if el.tag == "a":
        link = el
    _add_piece(el.text, link, out)
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _SKIPPED:
            _pieces(child, link, out)
        _add_piece(child.tail, link, out)  # the tail is in this element, so in its link if any
    return out


def _add_piece(text: str | None, link: Any, out: list[tuple[str, Any]]) -> None:
    if text:
        piece = " ".join(text.strip(_SEPARATORS).split())
        if piece:
            out.append((piece, link))
