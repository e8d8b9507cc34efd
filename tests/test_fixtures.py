"""The fixture corpus: composed pages with the Article each must give.

Each page is a text dump ``fixtures/pages/<lang>/<name>.txt`` or an HTML page
``fixtures/html/<lang>/<name>.html``, next to ``<name>.expected.json`` (format: ``fixtures/README.md``). One test per page checks every field the JSON names
and reports *all* mismatches at once, so a failing page says exactly what is wrong.
A page the parser cannot handle yet carries ``"xfail": "<reason>"`` in its JSON and is
marked ``xfail(strict=True)``: when it starts passing, the mark must go.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsparse

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
PAGES_DIR = FIXTURES_DIR / "pages"
HTML_DIR = FIXTURES_DIR / "html"

#: every form of issue #2 point 4 (plus languages and date forms) some page must cover
REQUIRED_FORMS: frozenset[str] = frozenset(
    {
        # languages
        "lang-en",
        "lang-en-mt",
        "lang-zh-hans",
        "lang-zh-hant",
        # chrome: menus and breadcrumbs
        "menu-lines",
        "menu-row",
        "breadcrumb-label-en",
        "breadcrumb-label-zh",
        "breadcrumb-no-label",
        "breadcrumb-sep-double-gt",  # >>
        "breadcrumb-sep-gt",  # >
        "breadcrumb-sep-raquo",  # »
        "breadcrumb-sep-arrow",  # ->
        "breadcrumb-sep-slash",  # /
        "column-repeat",
        # chrome: font-size widgets in all their flattened forms
        "font-size-mt",  # [Font size: large | in | Small
        "font-size-zh-bracket",  # 【字号：大 中 小】
        "font-size-empty-slots",  # 【字号: | |
        "font-size-spelled",  # 放大字体 缩小字体
        "font-size-square-empty",  # 字号:[ ]
        "font-size-brackets",  # [Large] [Medium] [Small] / 字號：[ 大 中 小 ]
        "font-size-label-only",  # Adjust font size:
        "font-size-en-list",  # Increase / Default / Decrease font size
        "font-size-buttons",  # A+ A A-
        # chrome: widgets, lists, footers
        "print",
        "close",
        "share",
        "qr-code",
        "prev-next",
        "related-links",
        "counter",
        "footer-copyright",
        "footer-icp",
        "footer-gongan",
        "footer-host",  # 主办单位 / Sponsored by
        # meta lines
        "meta-one-per-line",
        "meta-several-on-line",
        "meta-glued",
        "meta-empty-value",
        "meta-label-value-split",
        "meta-date",
        "meta-author",
        "meta-source",
        "meta-editor",
        "meta-views",
        # title, kicker, body
        "kicker-cjk",  # 【…】
        "kicker-square",  # [...]
        "section-headings",
        "paragraphs",
        "wrapped-80-en",
        "wrapped-80-zh",
        # credits after the body
        "credit-editor-line",
        "credit-end-mark",  # （完）
        "credit-zebian-parens",  # (责编：…)
        "credit-reporter-bracket",  # （记者 张三）, (Reporter Liu Yang)
        # date forms
        "date-ymd",  # 2024-02-28
        "date-ymd-hm",  # 2024-02-28 10:30
        "date-ymd-hms",  # 2024-02-28 10:30:15
        "date-cjk",  # 2024年02月28日
        "date-cjk-hm",  # 2024年02月28日( 10:30)
        "date-slash",  # 2024/2/28
        "date-dot",  # 2024.02.28
        "date-month-d-y",  # February 28, 2024
        "date-d-month-y",  # 28 February 2024
        "date-mon-abbr",  # Feb. 28, 2024
        "date-today-widget",  # a "today is" date that must not be taken
        "date-archive-stamp",  # 归档时间: an archive date that must not be taken
        "date-with-zone",  # 2024-02-28 17:52 GMT+8: the zone is kept
    }
)

#: every form of issue #3 (metadata sources, decoding, chrome inside the container) some HTML page must cover
HTML_FORMS: frozenset[str] = frozenset(
    {
        # metadata sources
        "html-jsonld",
        "html-opengraph",
        "html-cms-meta",  # ArticleTitle, PubDate, ContentSource, SiteName
        "html-time-element",
        "html-visible-meta-line",
        "html-title-suffix",
        "html-account-author",  # <meta name=author> holding a CMS account, not a person
        "html-dateline-credit",  # 本报上海1月14日电（记者…）
        "html-kicker",
        # decoding
        "html-declared-gb2312",
        # chrome around and inside the article
        "html-breadcrumb",
        "html-skip-link",
        "html-cookie-dialog",
        "html-share-bar",
        "html-print-close",
        "html-font-size-widget",
        "html-related-box",
        "html-inline-teaser",
        "html-newsletter-box",
        "html-contact-box",
        "html-author-box",
        "html-ad-label",
        "html-paywall-hint",
        "html-video-notice",  # 您的浏览器暂时无法播放此视频
        "html-comments",
        "html-editor-line",
        "html-footer",
        # typed blocks
        "html-section-headings",
        "html-caption",
        "html-table",
    }
)

#: keys an expected JSON may hold; a typo must fail loudly instead of checking nothing
FIELD_KEYS = frozenset(
    {"title", "kicker", "published", "published_precision", "authors", "editors", "source", "breadcrumb", "language"}
)
BODY_KEYS = frozenset(
    {"headings", "headings_include", "paragraph_count", "body_starts", "body_ends", "with", "without"}
)
OTHER_KEYS = frozenset({"description", "covers", "xfail"})


def text_files() -> list[Path]:
    return sorted(PAGES_DIR.rglob("*.txt"))


def html_files() -> list[Path]:
    return sorted(HTML_DIR.rglob("*.html"))


def page_files() -> list[Path]:
    return text_files() + html_files()


def expected_path(page: Path) -> Path:
    return page.with_name(page.stem + ".expected.json")


def load_expected(page: Path) -> dict[str, Any]:
    return json.loads(expected_path(page).read_text(encoding="utf-8"))


def page_id(page: Path) -> str:
    if page.suffix == ".html":
        return "html/" + str(page.relative_to(HTML_DIR).with_suffix(""))
    return str(page.relative_to(PAGES_DIR).with_suffix(""))


@cache
def parsed(page: Path) -> newsparse.Article:
    return newsparse.parse_file(page)


def _published(article: newsparse.Article) -> str | None:
    return article.published.isoformat() if isinstance(article.published, datetime) else None


def _precision(article: newsparse.Article) -> str | None:
    return article.published_precision.value if article.published_precision else None


def field_mismatches(article: newsparse.Article, expected: dict[str, Any]) -> list[str]:
    """One line per field that differs: ``field: expected X, got Y``."""
    got: dict[str, Any] = {
        "title": article.title,
        "kicker": article.kicker,
        "published": _published(article),
        "published_precision": _precision(article),
        "authors": article.authors,
        "editors": article.editors,
        "source": article.source,
        "breadcrumb": article.breadcrumb,
        "language": article.language,
    }
    return [
        f"{key}: expected {expected[key]!r}, got {got[key]!r}"
        for key in sorted(FIELD_KEYS)
        if key in expected and expected[key] != got[key]
    ]


def body_mismatches(article: newsparse.Article, expected: dict[str, Any]) -> list[str]:
    text = article.text
    headings = [s.heading for s in article.sections if s.heading]
    out: list[str] = []
    if "headings" in expected and expected["headings"] != headings:
        out.append(f"headings: expected {expected['headings']!r}, got {headings!r}")
    missing = [h for h in expected.get("headings_include", []) if h not in headings]
    if missing:
        out.append(f"headings_include: missing {missing!r}, got {headings!r}")
    if "paragraph_count" in expected and expected["paragraph_count"] != len(article.paragraphs):
        out.append(f"paragraph_count: expected {expected['paragraph_count']}, got {len(article.paragraphs)}")
    if "body_starts" in expected and not text.startswith(expected["body_starts"]):
        out.append(f"body_starts: expected {expected['body_starts']!r}, got {text[:60]!r}")
    if "body_ends" in expected and not text.endswith(expected["body_ends"]):
        out.append(f"body_ends: expected {expected['body_ends']!r}, got {text[-60:]!r}")
    out += [f"with: {s!r} not in the body" for s in expected.get("with", []) if s not in text]
    out += [f"without: {s!r} is in the body" for s in expected.get("without", []) if s in text]
    return out


def _page_params() -> list[Any]:
    params = []
    for page in page_files():
        if not expected_path(page).exists():
            continue  # reported by test_every_page_has_an_expected_article
        reason = load_expected(page).get("xfail")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(page, id=page_id(page), marks=marks))
    return params


@pytest.mark.parametrize("page", _page_params())
def test_page_gives_expected_article(page: Path) -> None:
    expected = load_expected(page)
    article = parsed(page)
    problems = field_mismatches(article, expected) + body_mismatches(article, expected)
    assert not problems, f"{page_id(page)}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("page", [pytest.param(p, id=page_id(p)) for p in page_files()])
def test_page_article_round_trips_and_fits_the_schema(page: Path) -> None:
    article = parsed(page)
    data = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
    jsonschema.validate(data, newsparse.json_schema())
    assert newsparse.Article.from_dict(data) == article


def test_every_page_has_an_expected_article() -> None:
    pages = page_files()
    assert not [page_id(p) for p in pages if not expected_path(p).exists()]
    orphans = [
        j
        for folder, suffix in ((PAGES_DIR, ".txt"), (HTML_DIR, ".html"))
        for j in folder.rglob("*.expected.json")
        if not j.with_name(j.name[: -len(".expected.json")] + suffix).exists()
    ]
    assert not orphans


def test_expected_files_use_known_keys_and_forms() -> None:
    for page in page_files():
        expected = load_expected(page)
        unknown = set(expected) - FIELD_KEYS - BODY_KEYS - OTHER_KEYS
        assert not unknown, f"{page_id(page)}: unknown keys {sorted(unknown)}"
        assert expected.get("description"), f"{page_id(page)}: no description"
        bad_forms = set(expected.get("covers", [])) - (HTML_FORMS if page.suffix == ".html" else REQUIRED_FORMS)
        assert not bad_forms, f"{page_id(page)}: unknown forms {sorted(bad_forms)}"


def test_corpus_covers_every_required_form() -> None:
    covered = {form for page in text_files() for form in load_expected(page).get("covers", [])}
    assert sorted(REQUIRED_FORMS - covered) == []
    covered = {form for page in html_files() for form in load_expected(page).get("covers", [])}
    assert sorted(HTML_FORMS - covered) == []


def test_corpus_is_big_enough_in_every_language() -> None:
    by_lang = {d.name: len(list(d.glob("*.html"))) for d in HTML_DIR.iterdir() if d.is_dir()}
    assert by_lang.get("en", 0) >= 2 and by_lang.get("de", 0) >= 2 and by_lang.get("zh", 0) >= 2
    pages = text_files()
    assert len(pages) >= 25
    by_dir = {d.name: len(list(d.glob("*.txt"))) for d in PAGES_DIR.iterdir() if d.is_dir()}
    assert by_dir.get("en", 0) >= 8 and by_dir.get("zh", 0) >= 8 and by_dir.get("zh-hant", 0) >= 2
