"""Exceptions raised by the suite.

Every exception is a :class:`ValueError` subclass whose message names the offending file
and/or row and says how to fix the input, so that a researcher can act on it without reading
a traceback.
"""

from __future__ import annotations

__all__ = ["FramingError", "CorpusError", "LexiconError"]


class FramingError(ValueError):
    """Base class of every error the suite raises on bad input."""


class CorpusError(FramingError):
    """A corpus file, folder or table cannot be read as a corpus."""


class LexiconError(FramingError):
    """A lexicon file is malformed (missing columns, empty terms, unknown category)."""
