"""Exporters: Articles -> JSON, JSON Lines, Markdown, WordPress WXR, HTML, CSV.

One registry, one small module per format::

    >>> from newsparse import Article, Section
    >>> from newsparse import exporters
    >>> sorted(exporters.EXPORTERS)
    ['csv', 'html', 'json', 'jsonl', 'markdown', 'wxr']
    >>> a = Article(title="A <b>headline</b>", sections=[Section(None, ["Body & more."])])
    >>> print(exporters.export(a, "html", site_title="x").split("<article>")[1].split("</article>")[0].strip())
    <h1>A &lt;b&gt;headline&lt;/b&gt;</h1>
    <p>Body &amp; more.</p>

The interface (what the batch CLI ``newsparse clean --format NAME`` plugs into):

- ``EXPORTERS: dict[str, Exporter]`` maps a format name to its :class:`Exporter`;
  :func:`get` looks one up (also by alias: ``md``, ``wordpress``) and raises
  :class:`~newsparse.errors.OptionsError` for an unknown name; :func:`names` lists them.
- An :class:`Exporter` has ``name``, ``extension`` (``".md"``), ``media_type``, ``newline``
  (pass it to ``open(..., newline=exporter.newline)``: ``""`` for CSV, else ``"\\n"``) and
  ``per_file`` (True when one file per article is the natural output, as for Markdown).
- ``exporter.render(article, options=None) -> str``: one article as a complete document.
- ``exporter.write(articles, fh, options=None) -> int``: stream any iterable of Articles to a
  text file handle as ONE document (a JSON array, JSONL lines, one WXR channel, one HTML page,
  one CSV table, Markdown documents one after another); returns the count. Articles are
  consumed one at a time; no exporter holds them all (WXR spools items to a temporary file).
- ``exporter.write_files(articles, directory, options=None) -> int``: one file per article,
  named ``YYYY-MM-DD-slug<extension>`` (Jekyll's ``_posts`` form, also read by Hugo); slugs
  are stable across runs and unique within the run.
- ``options`` is an :class:`ExportOptions`, a mapping of its fields, or None; keyword
  arguments of :func:`export` / :func:`write` are its fields too.
- ``export(article, name, **opts) -> str`` and ``write(articles, fh, name, options=None,
  **opts) -> int`` are the one-call forms.

Every exporter escapes page text for its format (see each module); the HTML and WXR output
never contains markup that came from the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..errors import OptionsError
from ..model import Article
from . import csv_export, html, json_export, markdown, wxr
from ._common import SlugRegistry, article_slug, post_date
from .options import ExportOptions, coerce_options

OptionsLike = ExportOptions | Mapping[str, Any] | None
Renderer = Callable[[Article, ExportOptions], str]
Writer = Callable[[Iterable[Article], TextIO, ExportOptions], int]


@dataclass(frozen=True)
class Exporter:
    """One output format: a per-article renderer and a streaming writer for many articles."""

    name: str
    extension: str
    media_type: str
    renderer: Renderer
    writer: Writer
    newline: str = "\n"
    per_file: bool = False
    #: renders an article under a given slug (formats whose content names the slug)
    slug_renderer: Callable[[Article, ExportOptions, str], str] | None = None

    def render(self, article: Article, options: OptionsLike = None) -> str:
        """One article as a complete document of this format."""
        return self.renderer(_article(article), coerce_options(options))

    def write(self, articles: Iterable[Article], fh: TextIO, options: OptionsLike = None) -> int:
        """Stream ``articles`` into ``fh`` as one document; returns how many were written."""
        return self.writer(_checked(articles), fh, coerce_options(options))

    def write_files(self, articles: Iterable[Article], directory: str | Path, options: OptionsLike = None) -> int:
        """One ``YYYY-MM-DD-slug<extension>`` file per article in ``directory`` (created)."""
        opts = coerce_options(options)
        target = Path(directory)
        target.mkdir(parents=True, exist_ok=True)
        slugs = SlugRegistry()
        count = 0
        for article in _checked(articles):
            day, _ = post_date(article, opts)
            slug = slugs.claim(article_slug(article))
            text = self.slug_renderer(article, opts, slug) if self.slug_renderer else self.renderer(article, opts)
            with open(
                target / f"{day.isoformat()}-{slug}{self.extension}", "w", encoding="utf-8", newline=self.newline
            ) as fh:
                fh.write(text)
            count += 1
        return count


def _article(value: Any) -> Article:
    if not isinstance(value, Article):
        raise OptionsError(f"exporters take newsparse.Article objects, not {type(value).__name__}")
    return value


def _checked(articles: Iterable[Article]) -> Iterable[Article]:
    for article in articles:
        yield _article(article)


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("json", ".json", "application/json", json_export.render_json, json_export.write_json),
        Exporter("jsonl", ".jsonl", "application/x-ndjson", json_export.render_jsonl, json_export.write_jsonl),
        Exporter(
            "markdown",
            ".md",
            "text/markdown",
            markdown.render,
            markdown.write,
            per_file=True,
            slug_renderer=markdown.render_with_slug,
        ),
        Exporter("wxr", ".xml", "application/rss+xml", wxr.render, wxr.write),
        Exporter("html", ".html", "text/html", html.render, html.write),
        Exporter("csv", ".csv", "text/csv", csv_export.render, csv_export.write, newline=""),
    )
}
ALIASES = {"md": "markdown", "wordpress": "wxr", "ndjson": "jsonl"}


def names() -> list[str]:
    return sorted(EXPORTERS)


def get(name: str) -> Exporter:
    """The exporter called ``name`` (or an alias); :class:`OptionsError` if there is none."""
    key = str(name).strip().lower()
    key = ALIASES.get(key, key)
    if key not in EXPORTERS:
        raise OptionsError(f"unknown export format {name!r}; known: {', '.join(names())}")
    return EXPORTERS[key]


def export(article: Article, name: str, **options: Any) -> str:
    """``article`` rendered in format ``name``; keyword arguments are :class:`ExportOptions` fields."""
    return get(name).render(article, coerce_options(None, **options))


def write(articles: Iterable[Article], fh: TextIO, name: str, options: OptionsLike = None, **overrides: Any) -> int:
    """Stream ``articles`` into ``fh`` in format ``name``; returns how many were written."""
    return get(name).write(articles, fh, coerce_options(options, **overrides))


__all__ = [
    "ALIASES",
    "EXPORTERS",
    "ExportOptions",
    "Exporter",
    "export",
    "get",
    "names",
    "write",
]
