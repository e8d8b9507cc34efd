"""The unit of batch work: one page read from some input, with a stable id.

Every record a reader meets becomes exactly one :class:`Record`. A record the reader
already knows it cannot parse (unreadable file, bad JSON line, non-HTML WARC response,
truncated data) carries ``reject`` = the reason, so it goes straight to the rejects file:
that is how *records in = articles out + rejects* holds without a second bookkeeping path.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..model import Article


def display_name(name: str | bytes) -> str:
    r"""A printable, JSON-safe form of a path or member name, whatever its bytes.

    Names that are not UTF-8 (``os.walk`` and ``tarfile`` hand them over with surrogate
    escapes, zip members as raw bytes) keep their undecodable bytes as ``\xNN``:

    >>> display_name(b"caf\xe9.html")
    'caf\\xe9.html'
    >>> display_name("caf\udce9.html")
    'caf\\xe9.html'
    >>> display_name("新闻.html")
    '新闻.html'
    """
    raw = name if isinstance(name, bytes) else name.encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "backslashreplace")


def record_id(origin: str) -> str:
    """The stable id of a record: sha1 of its origin (input path + member, line or offset).

    The same command over the same inputs gives the same ids, which is what lets rejects be
    joined to articles and ``--resume`` skip what is done.

    >>> record_id("dump.warc.gz@0") == record_id("dump.warc.gz@0"), len(record_id("dump.warc.gz@0"))
    (True, 40)
    """
    return hashlib.sha1(origin.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass(frozen=True, slots=True)
class Record:
    """One page to parse (or, with ``reject`` set, one the reader already refused).

    - ``origin``: where it came from — ``path``, ``archive!member``, ``file.jsonl:LINE``,
      ``file.warc.gz@OFFSET`` — printable (see :func:`display_name`).
    - ``id``: :func:`record_id` of the origin.
    - ``content_type``: the HTTP ``Content-Type`` when known (its charset outranks the page's).
    """

    id: str
    origin: str
    data: bytes = b""
    url: str | None = None
    content_type: str | None = None
    reject: str | None = None
    detail: str | None = None

    @classmethod
    def page(cls, origin: str, data: bytes, url: str | None = None, content_type: str | None = None) -> Record:
        return cls(record_id(origin), origin, data, url, content_type)

    @classmethod
    def refused(cls, origin: str, reason: str, detail: str = "", url: str | None = None) -> Record:
        return cls(record_id(origin), origin, b"", url, None, reason, detail)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one record: an Article, or a reject reason (never both)."""

    id: str
    origin: str
    url: str | None
    article: Article | None = None
    reason: str | None = None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None

    @classmethod
    def rejected(cls, record: Record, reason: str, detail: str = "") -> Outcome:
        return cls(record.id, record.origin, record.url, None, reason, detail)

    def article_dict(self) -> dict[str, object]:
        """The output line: the record's id and origin, then the Article's fields."""
        assert self.article is not None
        out: dict[str, object] = {"id": self.id, "origin": self.origin}
        out.update(self.article.to_dict())
        if out.get("url") is None:
            out["url"] = self.url
        return out

    def reject_dict(self) -> dict[str, object]:
        return {"id": self.id, "origin": self.origin, "url": self.url, "reason": self.reason, "detail": self.detail}
