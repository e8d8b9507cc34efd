"""What a CMS import needs to know that the Article does not say: one frozen dataclass."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, tzinfo
from typing import Any

from ..errors import OptionsError

#: WordPress post statuses an import may set (``wp:status``)
POST_STATUSES = ("publish", "draft", "pending", "private", "future")
_LOGIN = re.compile(r"^[a-z0-9_.@-]{1,60}$")
_HTTP_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


@dataclass(frozen=True)
class ExportOptions:
    """Choices for every exporter; each one reads only the fields it needs.

    - ``post_status`` ("publish"): WordPress ``wp:status``; anything but "publish" also marks
      Markdown posts ``draft: true`` (Hugo; Jekyll reads drafts from ``_drafts/``).
    - ``default_author`` ("newsparse"): WordPress login (and Markdown author) for articles
      that credit nobody. Must be a WordPress-safe login (``[a-z0-9_.@-]``, 1-60 chars).
    - ``category_map`` ({}): breadcrumb crumb -> category name; map a crumb to None to drop
      it. Crumbs not in the map are used as they are. Looked up exactly, then case-folded.
    - ``default_tz`` (None): zone given to naive dates (pages that state no zone). Without
      it such dates stay naive: Markdown writes them without offset and WXR lets WordPress
      read them in the site's own zone (``wp:post_date_gmt`` zeroed, as WordPress does).
    - ``exclude_home_crumbs`` (True): drop "Home" / "首页" and "正文"-style placeholder crumbs
      (the lexicons' ``home_crumbs`` / ``crumb_placeholders``) and a last crumb equal to the
      title, so categories are sections, not navigation.
    - ``undated`` (1970-01-01): the date Markdown file names and front matter use when the
      article has none (Jekyll needs one); such posts get ``params.date_unknown: true``.
    - ``site_title`` / ``base_site_url`` / ``site_language``: the WXR channel header.
    - ``meta_prefix`` ("newsparse_"): prefix of the WordPress post-meta keys we write.
    - ``first_post_id`` (1): ``wp:post_id`` of the first item; later items count up.
    - ``json_indent`` (2): indent of the ``json`` exporter (``jsonl`` is always one line).
    - ``html_safe_json`` (True): write ``<``, ``>``, ``&``, U+2028/9 in JSON strings as
      ``\\uXXXX`` so the JSON can sit inside an HTML ``<script>`` (same data once parsed).
    - ``csv_guard_formulas`` (True): prefix cells that start with ``= + - @`` (or TAB/CR)
      with ``'`` so spreadsheets do not run them as formulas (OWASP CSV injection).
    """

    post_status: str = "publish"
    default_author: str = "newsparse"
    category_map: Mapping[str, str | None] = field(default_factory=dict)
    default_tz: tzinfo | None = None
    exclude_home_crumbs: bool = True
    undated: date = date(1970, 1, 1)
    site_title: str = "newsparse export"
    base_site_url: str = "https://example.invalid"
    site_language: str = "en"
    meta_prefix: str = "newsparse_"
    first_post_id: int = 1
    json_indent: int | None = 2
    html_safe_json: bool = True
    csv_guard_formulas: bool = True

    def __post_init__(self) -> None:
        if self.post_status not in POST_STATUSES:
            raise OptionsError(f"post_status must be one of {POST_STATUSES}, not {self.post_status!r}")
        if not _LOGIN.match(self.default_author or ""):
            raise OptionsError(f"default_author must be a WordPress login ([a-z0-9_.@-]), not {self.default_author!r}")
        if self.default_tz is not None and not isinstance(self.default_tz, tzinfo):
            raise OptionsError(f"default_tz must be a datetime.tzinfo, not {type(self.default_tz).__name__}")
        if not isinstance(self.category_map, Mapping):
            raise OptionsError("category_map must be a mapping of crumb -> category name (or None)")
        if not _HTTP_URL.match(self.base_site_url):
            raise OptionsError(f"base_site_url must be an http(s) URL, not {self.base_site_url!r}")
        if not re.fullmatch(r"[A-Za-z0-9_]{0,40}", self.meta_prefix):
            raise OptionsError(f"meta_prefix must be letters, digits or _, not {self.meta_prefix!r}")
        if self.first_post_id < 1:
            raise OptionsError("first_post_id must be positive")
        if not isinstance(self.undated, date):
            raise OptionsError("undated must be a datetime.date")


_FIELD_NAMES = frozenset(f.name for f in fields(ExportOptions))


def coerce_options(options: ExportOptions | Mapping[str, Any] | None = None, **overrides: Any) -> ExportOptions:
    """An :class:`ExportOptions` from an instance, a mapping, keyword arguments or nothing."""
    if options is None:
        base: dict[str, Any] = {}
    elif isinstance(options, ExportOptions):
        if not overrides:
            return options
        base = {name: getattr(options, name) for name in _FIELD_NAMES}
    elif isinstance(options, Mapping):
        base = dict(options)
    else:
        raise OptionsError(f"export options must be ExportOptions or a mapping, not {type(options).__name__}")
    base.update(overrides)
    unknown = sorted(set(base) - _FIELD_NAMES)
    if unknown:
        raise OptionsError(f"unknown export options {unknown}; known: {sorted(_FIELD_NAMES)}")
    return ExportOptions(**base)
