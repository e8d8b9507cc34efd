"""Exceptions newsparse raises for *caller* mistakes.

Problems with a page never raise: they come back as an :class:`~newsparse.model.Article`
with ``warnings``. The tree::

    NewsparseError                 base class; catch this to catch everything of ours
    ├── InputTypeError (TypeError) ``data`` is not bytes, str, a soup or an lxml tree
    ├── InputReadError (OSError)   a file or stream could not be read
    └── OptionsError (ValueError)  an option has a value we cannot use
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every exception newsparse raises on purpose."""

    exit_code = 1


class InputTypeError(NewsparseError, TypeError):
    """The input is of a type newsparse cannot parse."""

    exit_code = 2


class InputReadError(NewsparseError, OSError):
    """A file or stream given to newsparse could not be read."""

    exit_code = 3


class OptionsError(NewsparseError, ValueError):
    """An option value is invalid (unknown kind, bad time zone, ...)."""

    exit_code = 2
