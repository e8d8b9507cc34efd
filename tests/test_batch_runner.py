"""The worker pool: a page that loops, sleeps, crashes its worker or raises is rejected and the run goes on."""

from __future__ import annotations

import os
import time
from collections import Counter
from typing import Any

import pytest

import newsparse
from newsparse.batch import PoolOptions, Record, parse_records

HOOK = "test_batch_runner:hook_parse"


def hook_parse(data: bytes, **kwargs: Any) -> newsparse.Article:
    """newsparse.parse, except for pages that start with a trigger word (test injection)."""
    if data.startswith(b"LOOP"):
        while True:
            pass
    if data.startswith(b"SLEEP"):
        time.sleep(3600)
    if data.startswith(b"CRASH"):
        os._exit(9)
    if data.startswith(b"RAISE"):
        raise ValueError("the parser tripped")
    return newsparse.parse(data, **kwargs)


def slow_parse(data: bytes, **kwargs: Any) -> newsparse.Article:
    """newsparse.parse plus 3 ms, so that a run of a few thousand records lasts long enough
    to be killed in the middle on any machine."""
    time.sleep(0.003)
    return newsparse.parse(data, **kwargs)


def page(i: int) -> bytes:
    return (
        f"Current location: Home >> News\nStory number {i}\nTime: 2024-02-28 10:30 Source: Xinhua\n\n"
        + "The county court opened a new service hall for residents on Monday morning. " * 3
    ).encode()


def records(triggers: dict[int, bytes], n: int = 12) -> list[Record]:
    return [Record.page(f"pages.jsonl:{i}", triggers.get(i, page(i))) for i in range(n)]


def test_looping_and_sleeping_pages_time_out_and_the_run_goes_on() -> None:
    recs = records({2: b"LOOP forever", 7: b"SLEEP for an hour"})
    outcomes = list(parse_records(recs, PoolOptions(jobs=2, timeout=2.0, parse=HOOK)))
    assert [o.id for o in outcomes] == [r.id for r in recs]  # one outcome each, in input order
    assert {o.origin: o.reason for o in outcomes if not o.ok} == {
        "pages.jsonl:2": "timeout",
        "pages.jsonl:7": "timeout",
    }
    assert [o.article.title for o in outcomes if o.article][:3] == [
        "Story number 0",
        "Story number 1",
        "Story number 3",
    ]


def test_crash_and_exception_become_rejects() -> None:
    recs = records({1: b"CRASH the worker", 4: b"RAISE an error", 5: b"CRASH again"})
    outcomes = list(parse_records(recs, PoolOptions(jobs=2, timeout=30, parse=HOOK)))
    assert len(outcomes) == len(recs)
    reasons = {o.origin.rsplit(":", 1)[1]: (o.reason, o.detail) for o in outcomes if not o.ok}
    assert reasons["1"][0] == reasons["5"][0] == "worker_crashed"
    assert "code 9" in (reasons["1"][1] or "")
    assert reasons["4"] == ("parse_error", "ValueError: the parser tripped")
    assert sum(o.ok for o in outcomes) == len(recs) - 3


def test_reader_rejects_pass_through_in_order() -> None:
    recs = records({})
    recs.insert(3, Record.refused("dump/locked.html", "unreadable", "Permission denied"))
    outcomes = list(parse_records(recs, PoolOptions(jobs=2)))
    assert [o.id for o in outcomes] == [r.id for r in recs]
    assert outcomes[3].reason == "unreadable"


def test_workers_give_the_same_articles_as_in_process() -> None:
    recs = records({}, n=20)
    inline = list(parse_records(recs, PoolOptions(jobs=0)))
    pooled = list(parse_records(recs, PoolOptions(jobs=2, max_tasks=3)))  # workers recycled every 3 records
    assert [o.article for o in pooled] == [o.article for o in inline]


def test_unordered_gives_every_record_once() -> None:
    recs = records({3: b"SLEEP"}, n=30)
    outcomes = list(parse_records(recs, PoolOptions(jobs=2, timeout=2.0, ordered=False, parse=HOOK)))
    assert Counter(o.id for o in outcomes) == Counter(r.id for r in recs)


@pytest.mark.parametrize("jobs", [0, 1])
def test_exception_never_escapes(jobs: int) -> None:
    (outcome,) = parse_records([Record.page("x", b"RAISE")], PoolOptions(jobs=jobs, parse=HOOK))
    assert outcome.reason == "parse_error"
