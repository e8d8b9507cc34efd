"""Run the doctests of every newsparse module (the installed package, not the source tree)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsparse


def _modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(newsparse.__path__, "newsparse.") if not m.name.endswith("__main__")
    )


@pytest.mark.parametrize("name", _modules())
def test_doctests(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (pyspark, fastwarc) is not installed
        pytest.skip(f"{name}: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
