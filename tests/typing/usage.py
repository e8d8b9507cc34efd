"""Typed usage of the public API, checked by mypy (not run by pytest).

Run: ``mypy --strict tests/typing/usage.py``. Lines marked ``# type: ignore[...]`` must
FAIL to type-check: mypy's ``warn_unused_ignores`` (part of ``--strict``) reports them if
they stop failing, so the public signatures cannot loosen unnoticed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import newsparse
from newsparse import Article, Explanation, NewsparseError, ParseWarning, Precision, Section


def headline(data: bytes | str) -> str | None:
    article: Article = newsparse.parse(data, url="http://example.gov.cn/a.html", kind="text")
    return article.title


def when(path: Path) -> tuple[datetime | None, Precision | None]:
    article = newsparse.parse_file(path, default_tz=timezone.utc)
    return article.published, article.published_precision


def body(article: Article) -> list[str]:
    sections: list[Section] = article.sections
    return [p for s in sections for p in s.paragraphs] + [article.text]


def problems(article: Article) -> list[str]:
    warnings: list[ParseWarning] = article.warnings
    return [w.code for w in warnings]


def debug(data: bytes) -> str:
    explanation: Explanation = newsparse.explain(data)
    return explanation.format()


def round_trip(article: Article) -> Article:
    return Article.from_dict(article.to_dict())


def safe(data: bytes) -> Article | None:
    try:
        return newsparse.parse(data)
    except NewsparseError as exc:
        print(exc.exit_code)
        return None


def must_fail_frozen(article: Article) -> None:
    article.title = "x"  # type: ignore[misc]  # frozen dataclass


def must_fail_title(article: Article) -> int:
    return article.title  # type: ignore[return-value]  # str | None


def must_fail_paragraphs(article: Article) -> str:
    return article.sections[0].paragraphs  # type: ignore[return-value]  # list[str]
