"""The JSON Schema (draft 2020-12) of ``Article.to_dict()``, shipped in the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _schema_text() -> str:
    return files("newsparse").joinpath("article.schema.json").read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """A fresh copy of the Article JSON Schema."""
    return json.loads(_schema_text())
