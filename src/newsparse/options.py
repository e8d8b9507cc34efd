"""Options: one frozen dataclass; change it with :func:`dataclasses.replace` or keyword arguments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from .detect import Kind, coerce_kind
from .errors import OptionsError
from .patterns import ALL_LANGUAGES


@dataclass(frozen=True)
class Options:
    """How to parse a page.

    - ``kind`` (None): ``"html"``, ``"text"``, or None to detect from the input.
    - ``url`` (None): the page's address; recorded on the Article and used as evidence for dates.
    - ``default_tz`` (None): a ``tzinfo`` given to dates whose page states no zone. Without it
      such dates stay naive: newsparse never invents a zone.
    - ``content_type`` (None): the HTTP ``Content-Type`` header, whose charset outranks the page's.
    - ``languages`` (every registered lexicon): the lexicons to read the page with; dumps mix
      languages, so all are used unless the caller narrows them.
    - ``max_chars`` (20_000_000): input beyond this is cut (with a warning), to bound time and memory.
    - ``max_line_chars`` (200_000): a text line beyond this is split, so one giant line cannot stall regexes.
    """

    kind: Kind | None = None
    url: str | None = None
    default_tz: tzinfo | None = None
    content_type: str | None = None
    languages: tuple[str, ...] = ALL_LANGUAGES
    max_chars: int = 20_000_000
    max_line_chars: int = 200_000

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", coerce_kind(self.kind))
        if self.default_tz is not None and not isinstance(self.default_tz, tzinfo):
            raise OptionsError(f"default_tz must be a datetime.tzinfo, not {type(self.default_tz).__name__}")
        from .patterns import LEXICONS

        unknown = [code for code in self.languages if code not in LEXICONS]
        if unknown or not self.languages:
            raise OptionsError(f"unknown languages {unknown!r}; known: {sorted(LEXICONS)}")
        if self.max_chars <= 0 or self.max_line_chars <= 0:
            raise OptionsError("max_chars and max_line_chars must be positive")
