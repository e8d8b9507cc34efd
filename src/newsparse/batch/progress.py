"""Progress bar (tqdm, on a terminal only) and the end-of-run summary."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from ..model import Article
from .records import Outcome

#: Article fields whose found-rate the summary reports
SUMMARY_FIELDS: tuple[str, ...] = ("title", "published", "authors", "source", "body", "language")

EXIT_OK = 0
EXIT_REJECTS = 1
EXIT_USAGE = 2
EXIT_FAILURE = 3
EXIT_INTERRUPTED = 130


def _found(article: Article) -> dict[str, bool]:
    return {
        "title": article.title is not None,
        "published": article.published is not None,
        "authors": bool(article.authors),
        "source": article.source is not None,
        "body": bool(article.sections),
        "language": article.language is not None,
    }


@dataclass
class Summary:
    """Counts of one run (plus what an earlier, resumed run had committed)."""

    articles: int = 0
    rejects: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    skipped_done: int = 0
    earlier_articles: int = 0
    earlier_rejects: int = 0
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    interrupted: bool = False

    def add(self, outcome: Outcome) -> None:
        if outcome.article is not None:
            self.articles += 1
            self.found.update(k for k, v in _found(outcome.article).items() if v)
        else:
            self.rejects += 1
            self.reasons[outcome.reason or "unknown"] += 1

    def finish(self) -> None:
        self.seconds = time.monotonic() - self.started

    @property
    def records(self) -> int:
        """Records handled in this run (skipped ones were done by an earlier run)."""
        return self.articles + self.rejects

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_REJECTS if self.rejects + self.earlier_rejects else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "articles": self.articles,
            "rejects": self.rejects,
            "rejects_by_reason": dict(self.reasons.most_common()),
            "skipped_done": self.skipped_done,
            "earlier_articles": self.earlier_articles,
            "earlier_rejects": self.earlier_rejects,
            "found_rate": {
                k: round(self.found[k] / self.articles, 4) if self.articles else 0.0 for k in SUMMARY_FIELDS
            },
            "seconds": round(self.seconds, 3),
            "records_per_second": round(self.records / self.seconds, 2) if self.seconds else None,
            "interrupted": self.interrupted,
        }

    def format(self) -> str:
        d = self.to_dict()
        rate = f"{d['records_per_second']:.1f} records/s" if d["records_per_second"] else "-"
        lines = [
            f"newsparse clean: {self.records} records -> {self.articles} articles + {self.rejects} rejects"
            f" in {self.seconds:.1f} s ({rate})"
        ]
        if self.skipped_done:
            lines.append(
                f"  resumed: {self.skipped_done} records already done "
                f"({self.earlier_articles} articles, {self.earlier_rejects} rejects)"
            )
        if self.reasons:
            lines.append("  rejects: " + ", ".join(f"{r} {n}" for r, n in self.reasons.most_common()))
        if self.articles:
            lines.append("  found: " + ", ".join(f"{k} {v:.0%}" for k, v in d["found_rate"].items()))
        if self.interrupted:
            lines.append("  interrupted: re-run the same command with --resume to continue")
        return "\n".join(lines)


class Progress:
    """A tqdm bar on a terminal (records/s, rejects); silent when stderr is piped."""

    def __init__(self, enabled: bool | None = None, stream: IO[str] | None = None) -> None:
        stream = stream or sys.stderr
        if enabled is None:
            enabled = stream.isatty()
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:  # the batch extra is not installed: no bar
                return
            self.bar = tqdm(unit="rec", file=stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int, rejects: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix(rejects=rejects, refresh=False)
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
