"""Article -> JSON -> Article is identity, and the dict validates, on EVERY dev-set page.

Both renderings of each page are checked: the raw HTML and its text dump. Skipped when the
datasets (``../shared/datasets`` beside the clone, or ``NEWSPARSE_DATASETS``) are absent.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import newsparse

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets"
DATASETS = Path(os.environ.get("NEWSPARSE_DATASETS", DEFAULT))


def dev_pages(dataset: Path) -> Iterator[tuple[str, str, bytes]]:
    for line in (dataset / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        page = dataset / "pages" / f"{label['id']}.html.gz"
        dump = dataset / "text" / f"{label['id']}.txt"
        yield label["id"], label.get("url") or "", gzip.decompress(page.read_bytes())
        yield label["id"] + ".txt", label.get("url") or "", dump.read_bytes()


@pytest.mark.skipif(not DATASETS.is_dir(), reason="dev datasets not present")
@pytest.mark.parametrize("name", ["traf-dev", "mh-dev", "date-dev"])
def test_every_dev_page_round_trips_through_json(name: str) -> None:
    validator = Draft202012Validator(newsparse.json_schema())
    count = 0
    for page_id, url, data in dev_pages(DATASETS / name):
        article = newsparse.parse(data, url=url)
        record = json.loads(json.dumps(article.to_dict(), ensure_ascii=False))
        assert newsparse.Article.from_dict(record) == article, page_id
        errors = list(validator.iter_errors(record))
        assert not errors, f"{page_id}: {errors[0].message}"
        count += 1
    assert count >= 2 * 100
