"""newsparse on Spark: pages or WARC paths in, a DataFrame of Articles out (extra ``spark``).

Each partition is parsed by the same code as ``newsparse clean`` (records, per-record time
limit in a worker process, rejects as rows with a ``reason``), so a cluster run and a
local run give the same rows for the same input::

    from newsparse.spark import parse_pages, parse_warc_paths
    articles = parse_pages(pages_df, content_col="html", url_col="url")
    articles = parse_warc_paths(spark, ["s3a://bucket/crawl-00000.warc.gz", ...])  # paths the executors can open

One row per input record: the record's ``id`` and ``origin``, the Article's fields (dates as
ISO 8601 strings, so a page's own zone or its absence survives; ``sections`` as an array of
structs), its body ``text``, and ``reason`` / ``detail`` (null for articles). Run it on a
cluster with ``spark-submit`` (see the README, or ``python -m newsparse.spark --help``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsparse.batch.readers import iter_records
from newsparse.batch.records import Outcome, Record, record_id
from newsparse.batch.runner import PoolOptions, parse_records
from newsparse.model import Article

#: the Article's columns, in order (the keys of ``Article.to_dict()``)
ARTICLE_COLUMNS: tuple[str, ...] = tuple(Article().to_dict())

#: default seconds per record (a looping page cannot stall a Spark task); None parses in-process
DEFAULT_TIMEOUT = 10.0


def article_schema() -> Any:
    """The DataFrame schema: id, origin, the Article's fields, text, reason, detail."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    strings = ArrayType(StringType())
    section = StructType(
        [StructField("heading", StringType()), StructField("paragraphs", strings), StructField("kinds", strings)]
    )
    warning = StructType([StructField("code", StringType()), StructField("message", StringType())])
    kinds = {"authors": strings, "editors": strings, "breadcrumb": strings}
    kinds.update({"sections": ArrayType(section), "warnings": ArrayType(warning)})
    fields = [StructField("id", StringType(), False), StructField("origin", StringType())]
    fields += [StructField(name, kinds.get(name, StringType())) for name in ARTICLE_COLUMNS]
    fields += [StructField(name, StringType()) for name in ("text", "reason", "detail")]
    return StructType(fields)


def outcome_row(outcome: Outcome) -> tuple[Any, ...]:
    """One outcome as a tuple in :func:`article_schema` order."""
    if outcome.article is None:
        empty: dict[str, Any] = {"url": outcome.url, "authors": [], "editors": [], "breadcrumb": []}
        empty.update({"sections": [], "warnings": []})
        return (
            outcome.id,
            outcome.origin,
            *(empty.get(c) for c in ARTICLE_COLUMNS),
            None,
            outcome.reason,
            outcome.detail,
        )
    d = outcome.article_dict()
    sections = [(s["heading"], s["paragraphs"], s.get("kinds") or []) for s in d["sections"]]  # type: ignore[attr-defined]
    d["sections"] = sections
    d["warnings"] = [(w["code"], w["message"]) for w in d["warnings"]]  # type: ignore[attr-defined]
    return (outcome.id, outcome.origin, *(d[c] for c in ARTICLE_COLUMNS), outcome.article.text, None, None)


def row_to_article_dict(row: Any) -> dict[str, Any]:
    """A result row back to ``Article.to_dict()`` form (``Article.from_dict`` reads it)."""
    d = row.asDict(recursive=True) if hasattr(row, "asDict") else dict(row)
    out = {c: d.get(c) for c in ARTICLE_COLUMNS}
    out["sections"] = [
        {"heading": s["heading"], "paragraphs": s["paragraphs"], **({"kinds": s["kinds"]} if s.get("kinds") else {})}
        for s in d.get("sections") or []
    ]
    return out


def _parse_partition(records: Iterable[Record], timeout: float | None) -> Iterator[tuple[Any, ...]]:
    # a worker process per partition enforces the time limit; without one, parse in-process.
    # fork: an executor's Python worker is itself a plain forked process, and starting a
    # forkserver (a fresh interpreter importing newsparse) there costs seconds per worker.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    options = PoolOptions(jobs=1 if timeout else 0, timeout=timeout, start_method=method)
    for outcome in parse_records(records, options):
        yield outcome_row(outcome)


def _page_record(row: Any, content_col: str, url_col: str | None, id_col: str | None, ct_col: str | None) -> Record:
    d = row.asDict() if hasattr(row, "asDict") else (row if isinstance(row, dict) else None)
    if d is None:  # a (url, content) tuple
        url, content = row[0], row[1]
        d = {"url": url, "content": content}
        content_col, url_col = "content", "url"
    content = d.get(content_col)
    url = d.get(url_col) if url_col else None
    origin = str(d[id_col]) if id_col else (url or "")
    content_type = d.get(ct_col) if ct_col else None
    if content is None:
        return Record.refused(origin, "no_content", f"column {content_col} is null", url)
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else bytes(content)
    return Record(record_id(origin), origin, data, url, content_type)


def parse_pages(
    df: Any,
    *,
    content_col: str = "html",
    url_col: str | None = "url",
    id_col: str | None = None,
    content_type_col: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Any:
    """A DataFrame (or RDD of rows / dicts / ``(url, content)`` tuples) of pages -> Articles.

    ``content_col`` holds the page (string or binary). The record id is sha1 of ``id_col``'s
    value when given, else of the URL.
    """
    rdd = df.rdd if hasattr(df, "rdd") else df
    spark = _session(df)

    def run(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        records = (_page_record(r, content_col, url_col, id_col, content_type_col) for r in rows)
        return _parse_partition(records, timeout)

    return spark.createDataFrame(rdd.mapPartitions(run), article_schema())


def parse_rdd(rdd: Any, **kwargs: Any) -> Any:
    """Same as :func:`parse_pages`, for an RDD."""
    return parse_pages(rdd, **kwargs)


def parse_warc_paths(
    spark: Any, paths: Sequence[str], *, num_partitions: int | None = None, timeout: float | None = DEFAULT_TIMEOUT
) -> Any:
    """WARC (or any ``newsparse clean`` input) paths -> Articles; each path is read on an executor.

    Paths must be readable where the executors run (local or network file system). Ids are
    those of ``newsparse clean`` over the same paths, so the two outputs join.
    """
    paths = list(paths)
    rdd = spark.sparkContext.parallelize(paths, num_partitions or max(1, len(paths)))

    def run(part: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        return _parse_partition(iter_records(list(part)), timeout)

    return spark.createDataFrame(rdd.mapPartitions(run), article_schema())


def _session(df: Any) -> Any:
    from pyspark.sql import SparkSession

    if hasattr(df, "sparkSession"):
        return df.sparkSession
    return SparkSession.builder.getOrCreate()


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit newsparse/spark.py warc.paths out.parquet``: like cc-pyspark's jobs."""
    parser = argparse.ArgumentParser(prog="newsparse.spark", description="Parse WARC files listed in a file, on Spark.")
    parser.add_argument("input", help="text file with one WARC path per line (local, HDFS-mounted, ...)")
    parser.add_argument("output", help="output directory")
    parser.add_argument("--format", default="parquet", choices=["parquet", "json", "orc"], help="output format")
    parser.add_argument("--num-partitions", type=int, help="partitions to read the paths in (default: one per path)")
    parser.add_argument("--num-output-partitions", type=int, default=10, help="files to write")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per record (0 = none)")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsparse").getOrCreate()
    with open(args.input, encoding="utf-8") as handle:
        paths = [line.strip() for line in handle if line.strip()]
    df = parse_warc_paths(spark, paths, num_partitions=args.num_partitions, timeout=args.timeout or None)
    df.coalesce(args.num_output_partitions).write.mode("overwrite").format(args.format).save(args.output)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
