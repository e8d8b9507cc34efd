"""JSON and JSON Lines: ``Article.to_dict()``, valid against ``newsparse.json_schema()``.

With ``html_safe_json`` (the default) ``<``, ``>``, ``&`` and U+2028/U+2029 inside strings are
written as ``\\uXXXX`` escapes: the parsed data is identical, but the file holds no markup and
can be pasted into an HTML ``<script>`` block. Characters XML cannot carry are *not*
removed here: JSON is the lossless format (``Article.from_dict`` gives the Article back).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..model import Article
from .options import ExportOptions

_HTML_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _html_safe(text: str) -> str:
    for char, escape in _HTML_SAFE:
        if char in text:  # str.replace per character beats str.translate's per-char lookups
            text = text.replace(char, escape)
    return text


def dumps(data: Any, options: ExportOptions, *, indent: int | None) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    # JSON's own syntax never holds these characters, so they can only be inside strings
    return _html_safe(text) if options.html_safe_json else text


def render_json(article: Article, options: ExportOptions) -> str:
    return dumps(article.to_dict(), options, indent=options.json_indent) + "\n"


def render_jsonl(article: Article, options: ExportOptions) -> str:
    return dumps(article.to_dict(), options, indent=None) + "\n"


def write_json(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    """A JSON array, written one record at a time (never the whole list in memory)."""
    count = 0
    fh.write("[")
    for article in articles:
        fh.write(",\n" if count else "\n")
        fh.write(dumps(article.to_dict(), options, indent=options.json_indent))
        count += 1
    fh.write("\n]\n")
    return count


def write_jsonl(articles: Iterable[Article], fh: TextIO, options: ExportOptions) -> int:
    """One JSON object per line."""
    count = 0
    for article in articles:
        fh.write(render_jsonl(article, options))
        count += 1
    return count
