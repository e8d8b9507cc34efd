"""The user's sample page: a county procuratorate page, machine-translated to English."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import newsparse
from newsparse import Precision

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "en" / "procuratorate-seed.txt"


@pytest.fixture(scope="module")
def article() -> newsparse.Article:
    return newsparse.parse_file(SEED)


def test_headline_and_kicker(article: newsparse.Article) -> None:
    assert article.title == "Nanling Procurator: Return to zero and restart cohesion"
    assert article.kicker == "Implement the spirit of the city's Procurator General Conference"


def test_date_is_a_day_without_zone(article: newsparse.Article) -> None:
    assert article.published == datetime(2024, 2, 28)
    assert article.published_precision is Precision.DAY
    assert article.published.tzinfo is None


def test_empty_author_does_not_swallow_source(article: newsparse.Article) -> None:
    assert article.authors == []
    assert article.source == "Wuhu City"


def test_breadcrumb(article: newsparse.Article) -> None:
    assert article.breadcrumb == ["home page", "Procuratorial window"]


def test_no_chrome_in_body(article: newsparse.Article) -> None:
    body = article.text
    for chrome in ("Current location", "Font size", "Time:", "News source"):
        assert chrome not in body
    assert "Procuratorial window" not in article.text.split("\n\n")
    assert "Nanling Procurator: Return to zero" not in body


def test_headings_and_paragraphs(article: newsparse.Article) -> None:
    headings = [s.heading for s in article.sections]
    assert "Meeting requirements" in headings
    assert "The meeting emphasized" in headings
    paragraphs = article.paragraphs
    assert any(p.startswith("On February 26") for p in paragraphs)
    assert any(p.startswith("First To boost the spirit") for p in paragraphs)
    assert article.text.endswith("building a clean and honest government.")


def test_language_and_round_trip(article: newsparse.Article) -> None:
    assert article.language == "en"
    assert newsparse.Article.from_dict(article.to_dict()) == article
