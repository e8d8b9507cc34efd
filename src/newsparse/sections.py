"""Stage 3d: body blocks -> :class:`Section` s (heading + paragraphs). Shared by both paths."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import BODY_LABELS, Block, Label
from .fields.names import split_trailing_credit
from .model import BlockKind, Section

_END_MARK_TAIL = re.compile(r"\s*[（(]\s*完\s*[）)]\s*$|\s*[（(]\s*end\s*[）)]\s*$", re.IGNORECASE)


def body_blocks(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.label in BODY_LABELS]


def strip_trailing_credit(body: list[Block], languages: tuple[str, ...]) -> list[Block]:
    """Cut ``（完）`` and a bracketed credit off the last paragraph (the credit is read as a field)."""
    if not body or body[-1].label is not Label.PARAGRAPH:
        return body
    last = body[-1]
    text = _without_end_mark(last.text)
    text, _ = split_trailing_credit(text, languages)
    text = _without_end_mark(text)
    if not text.strip():
        return body[:-1]
    return [*body[:-1], replace(last, text=text)]


def _without_end_mark(text: str) -> str:
    # the mark ends with a bracket: without one at the end, the (slow, unanchored) scan is skipped
    return _END_MARK_TAIL.sub("", text) if text.rstrip().endswith((")", "）")) else text


def build_sections(body: list[Block]) -> list[Section]:
    """Group body blocks under their headings; a body without headings is one section."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    kinds: list[BlockKind] = []

    def flush() -> None:
        if heading is not None or paragraphs:
            plain = all(k is BlockKind.PARAGRAPH for k in kinds)
            sections.append(Section(heading, list(paragraphs), [] if plain else list(kinds)))

    for block in body:
        if block.label is Label.HEADING:
            flush()
            heading, paragraphs, kinds = block.text, [], []
        else:
            paragraphs.append(block.text)
            kinds.append(block.kind)
    flush()
    return sections
