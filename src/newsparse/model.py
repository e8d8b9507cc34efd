"""The typed result of a parse: :class:`Article`, its :class:`Section` s and warnings.

Everything here is a frozen dataclass that round-trips through JSON:
``Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a``. Dates are ISO 8601
strings in the dict form; a date's *precision* travels beside it, so a page that gives
only a day (``2024-02-28``) stays distinguishable from one that says midnight
(``2024-02-28 00:00``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

SCHEMA_VERSION = 1


class Precision(str, Enum):
    """How much of a date-time the page actually stated."""

    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


class BlockKind(str, Enum):
    """What a body paragraph is, so exporters can rebuild lists, tables and quotes."""

    PARAGRAPH = "p"
    LIST_ITEM = "li"
    TABLE_ROW = "tr"  # cells joined by TAB
    QUOTE = "quote"
    CAPTION = "caption"
    CODE = "code"


@dataclass(frozen=True)
class Section:
    """A body section: an optional heading and its paragraphs.

    ``kinds`` runs parallel to ``paragraphs``; it is empty when every paragraph is a
    plain paragraph (the usual case for text dumps).
    """

    heading: str | None
    paragraphs: list[str]
    kinds: list[BlockKind] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kinds and len(self.kinds) != len(self.paragraphs):
            raise ValueError("Section.kinds must be empty or as long as Section.paragraphs")

    def kind_of(self, index: int) -> BlockKind:
        return self.kinds[index] if self.kinds else BlockKind.PARAGRAPH

    @property
    def text(self) -> str:
        parts = ([self.heading] if self.heading else []) + list(self.paragraphs)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"heading": self.heading, "paragraphs": list(self.paragraphs)}
        if self.kinds:
            out["kinds"] = [k.value for k in self.kinds]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        kinds = [BlockKind(k) for k in data.get("kinds") or []]
        return cls(heading=data.get("heading"), paragraphs=list(data.get("paragraphs") or []), kinds=kinds)


@dataclass(frozen=True)
class ParseWarning:
    """A machine-readable note about a problem with the page (not the caller)."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParseWarning:
        return cls(code=str(data["code"]), message=str(data.get("message", "")))


def _date_to_str(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date_from_str(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _precision(value: str | None) -> Precision | None:
    return Precision(value) if value else None


@dataclass(frozen=True)
class Article:
    """A cleaned news article.

    ``published`` / ``updated`` are naive unless the page stated a zone (or the caller
    supplied ``Options.default_tz``); ``*_precision`` says whether the page gave a day,
    minutes or seconds. ``authors`` are people; ``editors`` are 责任编辑 / "Editor in
    charge" credits; ``source`` is the news source (来源), never the author or the site.
    """

    title: str | None = None
    kicker: str | None = None
    published: datetime | None = None
    published_precision: Precision | None = None
    updated: datetime | None = None
    updated_precision: Precision | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    site_name: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body: section headings and paragraphs, joined by blank lines."""
        return "\n\n".join(s.text for s in self.sections if s.text)

    @property
    def paragraphs(self) -> list[str]:
        return [p for s in self.sections for p in s.paragraphs]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kicker": self.kicker,
            "published": _date_to_str(self.published),
            "published_precision": self.published_precision.value if self.published_precision else None,
            "updated": _date_to_str(self.updated),
            "updated_precision": self.updated_precision.value if self.updated_precision else None,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "source": self.source,
            "site_name": self.site_name,
            "breadcrumb": list(self.breadcrumb),
            "sections": [s.to_dict() for s in self.sections],
            "language": self.language,
            "url": self.url,
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            title=data.get("title"),
            kicker=data.get("kicker"),
            published=_date_from_str(data.get("published")),
            published_precision=_precision(data.get("published_precision")),
            updated=_date_from_str(data.get("updated")),
            updated_precision=_precision(data.get("updated_precision")),
            authors=list(data.get("authors") or []),
            editors=list(data.get("editors") or []),
            source=data.get("source"),
            site_name=data.get("site_name"),
            breadcrumb=list(data.get("breadcrumb") or []),
            sections=[Section.from_dict(s) for s in data.get("sections") or []],
            language=data.get("language"),
            url=data.get("url"),
            warnings=[ParseWarning.from_dict(w) for w in data.get("warnings") or []],
        )
