"""newsparse: scraped news pages (HTML or flattened text, English and Chinese) -> clean Articles.

>>> import newsparse
>>> a = newsparse.parse("Current location: Home >> News\\nA headline\\nTime: 2024-02-28 10:30 Source: Xinhua\\n\\n" + "Body text of the story goes on here. " * 5)
>>> a.title, a.source, a.published.isoformat(), a.published_precision.value
('A headline', 'Xinhua', '2024-02-28T10:30:00', 'minute')
"""

from __future__ import annotations

from .errors import InputReadError, InputTypeError, NewsparseError, OptionsError
from .exporters import export
from .model import Article, BlockKind, ParseWarning, Precision, Section
from .options import Options
from .pipeline import Explanation, explain, parse, parse_file
from .schema import json_schema

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BlockKind",
    "Explanation",
    "InputReadError",
    "InputTypeError",
    "NewsparseError",
    "Options",
    "OptionsError",
    "ParseWarning",
    "Precision",
    "Section",
    "__version__",
    "explain",
    "export",
    "json_schema",
    "parse",
    "parse_file",
]
