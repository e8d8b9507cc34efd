"""Batch cleaning of archive dumps: directories, JSONL, WARC, tar/zip -> Articles.

>>> from newsparse import batch
>>> outcomes = list(batch.iter_articles([]))
>>> outcomes
[]

Iterate over Articles from any input (``jobs=0`` parses in this process)::

    for outcome in batch.iter_articles(["crawl.warc.gz", "dump.jsonl"], jobs=4, timeout=10):
        if outcome.ok:
            print(outcome.id, outcome.article.title)
        else:
            print(outcome.id, "rejected:", outcome.reason)

Or run a whole resumable job, as ``newsparse clean`` does::

    summary = batch.clean(batch.CleanOptions(inputs=("crawl.warc.gz",), output="out.jsonl", resume=True))
"""

from __future__ import annotations

from . import export_formats  # noqa: F401  (registers the markdown, html and wxr formats)
from .clean import CleanOptions, clean, default_rejects_path, iter_articles
from .progress import Summary
from .readers import JsonlFields, Selection, iter_records
from .records import Outcome, Record, record_id
from .runner import PoolOptions, parse_records
from .writers import FORMATS, OutputFormat, exporter_format, register_format, resolve_format

__all__ = [
    "FORMATS",
    "CleanOptions",
    "JsonlFields",
    "Outcome",
    "OutputFormat",
    "PoolOptions",
    "Record",
    "Selection",
    "Summary",
    "clean",
    "default_rejects_path",
    "exporter_format",
    "iter_articles",
    "iter_records",
    "parse_records",
    "record_id",
    "register_format",
    "resolve_format",
]
