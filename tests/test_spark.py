"""newsparse.spark in Spark local mode: the same Articles as the CLI for the same pages."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Article, parse
from newsparse.cli import main
from newsparse.spark import parse_pages, parse_rdd, parse_warc_paths, row_to_article_dict
from test_batch_readers import html_page, write_warc

pytest.importorskip("pyspark")


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    """One local SparkSession for the module (starting the JVM is the slow part)."""
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors import newsparse from this environment
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "512m")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_warc_paths_give_the_same_articles_and_rejects_as_the_cli(spark: object, tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip_records=True, truncate_last=True)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(warc), "-o", str(out), "--jobs", "1", "-q"]) == 1
    cli_articles = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    cli_rejects = {
        d["id"]: d["reason"] for d in map(json.loads, (tmp_path / "out.rejects.jsonl").read_text().splitlines())
    }

    rows = parse_warc_paths(spark, [str(warc)]).collect()
    spark_articles = {r["id"]: r for r in rows if r["reason"] is None}
    assert {r["id"]: r["reason"] for r in rows if r["reason"]} == cli_rejects
    assert spark_articles.keys() == cli_articles.keys() and len(spark_articles) == 6
    for record_id, row in spark_articles.items():
        assert row["origin"] == cli_articles[record_id]["origin"]
        assert Article.from_dict(row_to_article_dict(row)) == Article.from_dict(cli_articles[record_id])
        assert row["text"] == Article.from_dict(cli_articles[record_id]).text


def test_dataframe_of_pages(spark: object) -> None:
    pages = [(f"https://news.example/{i}", html_page(f"Spark story {i}", day=i + 1).decode()) for i in range(4)]
    pages.append(("https://news.example/empty", None))
    df = spark.createDataFrame(pages, "url string, html string")  # type: ignore[attr-defined]
    rows = parse_pages(df, content_col="html", url_col="url").collect()
    assert len(rows) == 5
    by_url = {r["url"]: r for r in rows}
    assert by_url["https://news.example/empty"]["reason"] == "no_content"
    for url, html in pages[:4]:
        expected = parse(html.encode(), url=url)
        assert Article.from_dict(row_to_article_dict(by_url[url])) == expected
        assert by_url[url]["title"] == expected.title


def test_rdd_of_binary_pages(spark: object) -> None:
    rdd = spark.sparkContext.parallelize(  # type: ignore[attr-defined]
        [("https://news.example/gbk", html_page("大桥表决", charset="gbk"))], 1
    )
    (row,) = parse_rdd(rdd, timeout=None).collect()
    assert row["title"] == "大桥表决" and row["published"] is not None
