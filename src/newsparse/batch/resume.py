"""``--resume``: continue an interrupted run with no duplicate and no missing record.

Output files are append-only. Every commit (about once a second) first makes the output and
rejects durable (flush + fsync), then appends one line to the *journal* — the ids just
committed and the byte positions the two files reached — and fsyncs it. After Ctrl-C or
``kill -9`` the journal's last complete line is the truth: on resume the output and rejects
files are cut back to the positions it records (dropping lines written after the last commit,
and any torn last line), a torn journal line is cut off, and the ids it lists are skipped.
Records past that point are parsed again, so each ends up in the output exactly once.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import IO

from ..errors import OptionsError

JOURNAL_VERSION = 1


def journal_path(output: str) -> str:
    """The journal sits next to the output: ``out.jsonl`` -> ``out.jsonl.journal``."""
    return output.rstrip("/" + os.sep) + ".journal"


def id_key(record_id: str) -> int:
    """Ids are held as 64-bit ints: a quarter of the memory of the hex strings."""
    return int(record_id[:16], 16)


@dataclass
class ResumeState:
    """What an earlier run committed."""

    done: set[int] = field(default_factory=set)
    articles: int = 0
    rejects: int = 0
    out_pos: int | None = None  # None: nothing committed, start the files afresh
    rej_pos: int | None = None

    def is_done(self, record_id: str) -> bool:
        return id_key(record_id) in self.done


class Journal:
    def __init__(self, path: str, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.stream: IO[bytes] | None = None

    def load(self) -> ResumeState:
        """Read what was committed; cut off a torn last line. Missing journal = nothing done."""
        state = ResumeState()
        if not os.path.exists(self.path):
            return state
        with open(self.path, "r+b") as handle:
            good_end = 0
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # torn by a kill in mid-write
                try:
                    entry = json.loads(raw)
                except ValueError:
                    break
                if "journal" in entry:
                    if entry.get("format") != self.fmt:
                        raise OptionsError(
                            f"{self.path} belongs to a run with format {entry.get('format')!r}, not {self.fmt!r}"
                        )
                else:
                    state.done.update(id_key(i) for i in entry["a"])
                    state.done.update(id_key(i) for i in entry["r"])
                    state.articles += len(entry["a"])
                    state.rejects += len(entry["r"])
                    state.out_pos, state.rej_pos = entry["out"], entry["rej"]
                good_end += len(raw)
            handle.truncate(good_end)
        return state

    def open(self, fresh: bool) -> None:
        self.stream = open(self.path, "wb" if fresh else "ab")  # noqa: SIM115 - closed in close()
        if fresh:
            self._append({"journal": JOURNAL_VERSION, "format": self.fmt})

    def commit(self, articles: list[str], rejects: list[str], out_pos: int, rej_pos: int) -> None:
        self._append({"a": articles, "r": rejects, "out": out_pos, "rej": rej_pos})

    def _append(self, entry: dict[str, object]) -> None:
        assert self.stream is not None
        self.stream.write(json.dumps(entry, separators=(",", ":")).encode() + b"\n")
        self.stream.flush()
        os.fsync(self.stream.fileno())

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
