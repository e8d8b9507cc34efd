"""``parse()``: the whole flow on one screen, one line per stage.

decode -> repair -> detect kind -> blocks (text or HTML path) -> fields -> sections -> Article
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from .blocks import Block, Label
from .decode import Decoded, decode_bytes
from .detect import Kind, detect_kind
from .errors import InputReadError, InputTypeError, OptionsError
from .fields import (
    CREDIT_LINE_RULE,
    Candidate,
    Evidence,
    Fields,
    breadcrumb_candidates,
    build_fields,
    credit_candidates,
    meta_candidates,
    title_candidates,
)
from .fields.copyright import copyright_floor
from .language import guess_language
from .layout import label_text_page
from .model import Article, ParseWarning
from .options import Options
from .repair import fix_mojibake, normalise_whitespace, repair_text
from .sections import body_blocks, build_sections, strip_trailing_credit
from .text_blocks import text_to_blocks
from .text_render import clean_rendering

#: share of replacement / control characters above which input is treated as binary
BINARY_SHARE = 0.1
#: how many characters the binary test looks at
BINARY_SAMPLE = 20_000
_CONTROL_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")
_UNDECODED_CHARS = re.compile("[\ufffd\x7f-\x9f]")
#: either of the two: one scan tells the (usual) clean sample apart
_SUSPECT_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ufffd\x7f-\x9f]")


@dataclass(frozen=True)
class Explanation:
    """Everything :func:`parse` decided for one page, for debugging archive cleaning."""

    article: Article
    kind: Kind
    kind_reason: str
    encoding: str | None
    encoding_how: str
    blocks: list[Block] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def format(self, width: int = 100) -> str:
        """A table: one row per block (index, label, rule, text), then the fields' evidence."""
        rows = [f"kind: {self.kind.value} ({self.kind_reason}); encoding: {self.encoding} ({self.encoding_how})", ""]
        for b in self.blocks:
            if b.label is Label.BLANK:
                continue
            text = b.text if len(b.text) <= width else b.text[: width - 1] + "…"
            rows.append(f"{b.index:>5}  {b.label.value:<10} {b.rule:<38} {text}")
        rows.append("")
        for e in self.evidence:
            where = f"block {e.block}" if e.block is not None else "page"
            rows.append(f"{e.field:<20} {e.value!s:<40.40} <- {e.rule} ({where})")
        return "\n".join(rows)


def parse(
    data: bytes | str | Any, *, url: str | None = None, kind: str | Kind | None = None, **options: Any
) -> Article:
    """Parse one page (HTML or a text dump; bytes in any encoding, or str) into an :class:`Article`.

    ``kind`` forces ``"html"`` or ``"text"``; other keyword arguments are :class:`Options` fields.
    Problems with the page come back as ``Article.warnings``; only caller mistakes raise
    (:class:`~newsparse.errors.NewsparseError` subclasses).
    """
    return explain(data, url=url, kind=kind, **options).article


def parse_file(path: str | Path, **kwargs: Any) -> Article:
    """Read ``path`` and :func:`parse` it. Raises :class:`InputReadError` if it cannot be read."""
    return parse(read_file(path), **kwargs)


def read_file(path: str | Path) -> bytes:
    """The bytes of ``path``; :class:`InputTypeError` for a non-path, :class:`InputReadError` if unreadable."""
    if not isinstance(path, (str, os.PathLike)):
        raise InputTypeError(f"parse_file() takes a path (str or os.PathLike), not {type(path).__name__}")
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputReadError(f"cannot read {path}: {exc.strerror or exc}") from exc


def explain(
    data: bytes | str | Any, *, url: str | None = None, kind: str | Kind | None = None, **options: Any
) -> Explanation:
    """Like :func:`parse`, but return every block with its label and rule, and each field's evidence."""
    opts = _options(kind, url, options)
    tree = _parsed_tree(data)
    if tree is not None:
        return _explain_html(tree, Decoded("", None, "already parsed"), opts)
    decoded = _decode(data, opts)
    warnings = list(decoded.warnings)
    if _looks_binary(decoded.text):
        warnings.append(ParseWarning("binary_input", "the input is not text (mostly control or undecodable bytes)"))
        article = Article(url=opts.url, warnings=warnings)
        return Explanation(article, opts.kind or Kind.TEXT, "binary input", decoded.encoding, decoded.how)
    text, cut = _bounded(decoded.text, opts)
    if "\x00" in text:
        warnings.append(ParseWarning("nul_bytes", "the text holds NUL bytes; they were removed"))
    page_kind, reason = (opts.kind, "given by the caller") if opts.kind else detect_kind(text)
    # HTML is repaired block by block after extraction (html/__init__.py): ftfy over the whole
    # markup costs more than parsing it; only whitespace and control characters are cleaned here
    text = normalise_whitespace(text) if page_kind is Kind.HTML else repair_text(text)
    warnings += cut + _empty(text)
    decoded = replace(decoded, text=text, warnings=warnings)
    if page_kind is Kind.HTML:
        return _explain_html(text, decoded, opts, reason)
    return _explain_text(decoded, opts, reason)


def _explain_text(decoded: Decoded, opts: Options, reason: str) -> Explanation:
    blocks = text_to_blocks(clean_rendering(decoded.text).text, opts.max_line_chars)
    blocks = label_text_page(blocks, opts.languages)
    return _assemble(blocks, [], decoded, opts, Kind.TEXT, reason)


def _explain_html(source: str | Any, decoded: Decoded, opts: Options, reason: str = "already parsed") -> Explanation:
    from .html import html_blocks_and_hints

    blocks, hints, warnings = html_blocks_and_hints(source, opts)
    decoded = replace(decoded, warnings=decoded.warnings + warnings)
    return _assemble(blocks, hints, decoded, opts, Kind.HTML, reason)


def _assemble(
    blocks: list[Block], hints: list[Candidate], decoded: Decoded, opts: Options, kind: Kind, reason: str
) -> Explanation:
    """Fields, sections and the Article from labelled blocks: the part both paths share."""
    now = datetime.now()
    body = body_blocks(blocks)
    credits = credit_candidates(body, opts.languages)
    relabelled = _byline_as_paragraph(blocks, credits)
    if relabelled is not blocks:  # a byline heading became a paragraph
        blocks, body = relabelled, body_blocks(relabelled)
    body = strip_trailing_credit(body, opts.languages)
    candidates = (
        hints
        + title_candidates(blocks)
        + meta_candidates(blocks, opts.languages, now)
        + breadcrumb_candidates(blocks, opts.languages)
        + copyright_floor(blocks, now)
        + credits
    )
    fields = build_fields(candidates)
    sections = build_sections(body)
    article = _article(fields, sections, opts, decoded.warnings)
    return Explanation(article, kind, reason, decoded.encoding, decoded.how, blocks, fields.evidence)


def _byline_as_paragraph(blocks: list[Block], credits: list[Candidate]) -> list[Block]:
    """A body line that is only a byline ("By Anna Smith, Political Correspondent" under the lead,
    "新华社记者邹多为、唐诗凝") is read as the author field. It stays in the text, as the article
    prints it, but it heads no section: a short line before prose looks like a heading."""
    lines = {c.block for c in credits if c.rule == CREDIT_LINE_RULE}
    if not lines:
        return blocks
    return [
        b.relabel(Label.PARAGRAPH, CREDIT_LINE_RULE) if b.index in lines and b.label is Label.HEADING else b
        for b in blocks
    ]


def _article(fields: Fields, sections: list, opts: Options, warnings: list[ParseWarning]) -> Article:  # type: ignore[type-arg]
    published, updated = fields.published, fields.updated
    if opts.default_tz is not None:
        published = published.replace(tzinfo=opts.default_tz) if published and published.tzinfo is None else published
        updated = updated.replace(tzinfo=opts.default_tz) if updated and updated.tzinfo is None else updated
    body_text = "\n".join(p for s in sections for p in s.paragraphs)
    article = Article(
        title=fields.title,
        kicker=fields.kicker,
        published=published,
        published_precision=fields.published_precision,
        updated=updated,
        updated_precision=fields.updated_precision,
        authors=fields.authors,
        editors=fields.editors,
        source=fields.source,
        site_name=fields.site_name,
        breadcrumb=fields.breadcrumb,
        sections=sections,
        language=guess_language(body_text or (fields.title or "")),
        url=opts.url,
        warnings=list(warnings),
    )
    return replace(article, warnings=article.warnings + _result_warnings(article))


def _result_warnings(article: Article) -> list[ParseWarning]:
    out = []
    if not article.sections:
        out.append(ParseWarning("no_body", "no article body was found"))
    if article.title is None:
        out.append(ParseWarning("no_title", "no headline was found"))
    if article.published is None:
        out.append(ParseWarning("no_date", "no publication date was found"))
    return out


def _parsed_tree(data: Any) -> Any | None:
    """An already-parsed page: a BeautifulSoup or an lxml element/tree (HTML path)."""
    module = type(data).__module__
    if module.startswith("bs4") or module.startswith("lxml"):
        return data
    return None


_OPTION_NAMES = frozenset(f.name for f in fields(Options))


def _options(kind: Any, url: Any, options: dict[str, Any]) -> Options:
    """Options from keyword arguments; a misspelt option is a caller mistake, not a TypeError deep inside."""
    unknown = sorted(set(options) - _OPTION_NAMES)
    if unknown:
        raise OptionsError(f"unknown option(s) {unknown}; known: {sorted(_OPTION_NAMES)}")
    if url is not None and not isinstance(url, str):
        raise OptionsError(f"url must be a str, not {type(url).__name__}")
    return Options(kind=kind, url=url, **options)


def _decode(data: Any, opts: Options) -> Decoded:
    if isinstance(data, str):
        return Decoded(data, None, "str given")
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if not raw.strip():
            return Decoded("", None, "empty")  # _bounded warns about empty input
        limit = opts.max_chars * 4  # bytes per character at most (UTF-8); bounds decoding time
        cut = [ParseWarning("truncated", f"input cut at {limit} bytes")] if len(raw) > limit else []
        decoded = decode_bytes(raw[:limit], content_type=opts.content_type)
        return replace(decoded, warnings=cut + decoded.warnings)
    raise InputTypeError(
        f"parse() takes bytes, str, a bs4.BeautifulSoup or an lxml tree, not {type(data).__name__}; "
        "to parse a file use parse_file(path)"
    )


def _empty(text: str) -> list[ParseWarning]:
    """A warning when nothing is left once whitespace and invisible characters are gone."""
    return [] if text.strip() else [ParseWarning("empty_input", "the input holds no text")]


def _bounded(text: str, opts: Options) -> tuple[str, list[ParseWarning]]:
    """``text`` cut at ``max_chars`` (before any work on it), with a warning when cut."""
    warnings = []
    if len(text) > opts.max_chars:
        warnings.append(ParseWarning("truncated", f"input cut at {opts.max_chars} characters"))
        text = text[: opts.max_chars]
    return text, warnings


def _looks_binary(text: str) -> bool:
    """Mostly control or undecodable characters, even once mojibake is repaired.

    UTF-8 read as Latin-1 is full of C1 controls (U+0080-U+009F) but is text: ftfy gets a
    say on the undecodable part of a sample before we give up on it. NUL bytes sprinkled in
    text do not count (they are removed with a warning); a sample of nothing else is binary.
    """
    sample = text[:BINARY_SAMPLE]
    stripped = sample.replace("\x00", "")
    if not stripped:
        return bool(sample)
    if not _SUSPECT_CHARS.search(stripped):
        return False
    controls = len(_CONTROL_CHARS.findall(stripped))
    limit = BINARY_SHARE * len(stripped)
    if controls + len(_UNDECODED_CHARS.findall(stripped)) <= limit:
        return False
    return controls + len(_UNDECODED_CHARS.findall(fix_mojibake(stripped))) > limit
