"""Metrics of ../shared/datasets/README.md, shared by the text and HTML benchmarks.

- snippets (traf-dev): with-snippet found = TP else FN; without-snippet found = FP else TN.
- shingles (mh-dev): word 4-gram multisets; per-page P/R; F1 of the averaged P and R.
- dates: day level; no output = FN; right day = TP; other day = FP; accuracy = TP / all.
- fields (mh-dev zh): exact after normalisation (NFKC, no whitespace, unified quotes/dashes/dots).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def load_labels(dataset: Path) -> list[dict[str, Any]]:
    with (dataset / "labels.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def page_bytes(dataset: Path, page_id: str) -> bytes:
    return gzip.decompress((dataset / "pages" / f"{page_id}.html.gz").read_bytes())


def text_dump(dataset: Path, page_id: str) -> bytes:
    return (dataset / "text" / f"{page_id}.txt").read_bytes()


def iter_pages(dataset: Path, kind: str) -> Iterator[tuple[dict[str, Any], bytes]]:
    for label in load_labels(dataset):
        data = text_dump(dataset, label["id"]) if kind == "text" else page_bytes(dataset, label["id"])
        yield label, data


# --- snippets (traf-dev) ---------------------------------------------------------------------------


def _ws(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@dataclass
class SnippetScore:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, output: str, with_: list[str], without: list[str]) -> None:
        out = _ws(output)
        for s in with_:
            if _ws(s) in out:
                self.tp += 1
            else:
                self.fn += 1
        for s in without:
            if _ws(s) in out:
                self.fp += 1
            else:
                self.tn += 1

    def report(self) -> dict[str, float]:
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        f1 = 2 * p * r / max(p + r, 1e-9)
        acc = (self.tp + self.tn) / max(self.tp + self.tn + self.fp + self.fn, 1)
        return {"precision": p, "recall": r, "f1": f1, "accuracy": acc}


# --- shingles (mh-dev) -----------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CJK_RUN = re.compile(r"[^\s\W]+")


def tokens(text: str) -> list[str]:
    """\\w+ tokens; for CJK text a token is a run between punctuation or spaces (README)."""
    return _WORD.findall(text)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass
class ShingleScore:
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    exact: int = 0
    pages: int = 0

    def add(self, output: str, reference: str) -> None:
        out, ref = shingles(output), shingles(reference)
        self.pages += 1
        tp = sum((out & ref).values())
        if out:
            self.precisions.append(tp / sum(out.values()))
        if ref:
            self.recalls.append(tp / sum(ref.values()))
        if tokens(output) == tokens(reference):
            self.exact += 1

    def report(self) -> dict[str, float]:
        p = sum(self.precisions) / max(len(self.precisions), 1)
        r = sum(self.recalls) / max(len(self.recalls), 1)
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / max(p + r, 1e-9),
            "accuracy": self.exact / max(self.pages, 1),
        }


# --- dates ---------------------------------------------------------------------------------------------


@dataclass
class DateScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: str | None, gold: str) -> None:
        if not found:
            self.fn += 1
        elif found[:10] == gold[:10]:
            self.tp += 1
        else:
            self.fp += 1

    def report(self) -> dict[str, float]:
        total = self.tp + self.fp + self.fn
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / max(p + r, 1e-9),
            "accuracy": self.tp / max(total, 1),
            "n": total,
        }


# --- fields (mh-dev zh) -------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "—": "-",
        "–": "-",
        "－": "-",
        "·": "·",
        "•": "·",
        "・": "·",
        "∙": "·",
    }
)


def norm_field(value: str | None) -> str:
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value).translate(_QUOTES)
    value = "".join(value.split())
    return value.removeprefix("来源:")


@dataclass
class ExactScore:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += int(ok)
        self.total += 1

    def report(self) -> dict[str, float]:
        return {"accuracy": self.hit / max(self.total, 1), "n": self.total}


def names_equal(found: list[str], gold: list[str]) -> bool:
    return {norm_field(x) for x in found} == {norm_field(x) for x in gold}


ZH_FIELDS = ("title", "date", "date_minute", "source", "authors", "editors")


def zh_field_scores() -> dict[str, ExactScore]:
    return {k: ExactScore() for k in ZH_FIELDS}


def score_zh_fields(scores: dict[str, ExactScore], label: dict[str, Any], art: Any) -> None:
    """Score an Article's fields against a Chinese mh-dev page's hand labels (uncertain ones skipped)."""
    skip = set(label.get("uncertain", []))
    if "title" not in skip and label.get("title"):
        scores["title"].add(norm_field(art.title) == norm_field(label["title"]))
    pub = label.get("published")
    if "published" not in skip and pub:
        found = art.published.strftime("%Y-%m-%d %H:%M") if art.published else ""
        scores["date"].add(found[:10] == pub[:10])
        if len(pub) > 10:
            scores["date_minute"].add(found == pub)
    if "source" not in skip and label.get("source"):
        scores["source"].add(norm_field(art.source) == norm_field(label["source"]))
    if "authors" not in skip and label.get("authors"):
        scores["authors"].add(names_equal(art.authors, label["authors"]))
    if "editors" not in skip and label.get("editors"):
        scores["editors"].add(names_equal(art.editors, label["editors"]))
