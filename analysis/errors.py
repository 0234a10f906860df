"""Exceptions raised by the suite.

Every exception is a :class:`ValueError` subclass whose message names the offending file
and/or row and says how to fix the input, so that a researcher can act on it without reading
a traceback.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FramingError", "CorpusError", "LexiconError", "check_corpus_frame", "check_jobs"]


class FramingError(ValueError):
    """Base class of every error the suite raises on bad input."""


class CorpusError(FramingError):
    """A corpus file, folder or table cannot be read as a corpus."""


class LexiconError(FramingError):
    """A lexicon file is malformed (missing columns, empty terms, unknown category)."""


def check_corpus_frame(corpus: Any, *, what: str) -> None:
    """Raise a :class:`FramingError` unless ``corpus`` is a pandas DataFrame with unique column
    names.

    Batch functions call this first, so that a list, a Series of texts or a frame with two
    ``outlet`` columns gets one clear sentence instead of an error from deep inside pandas.

    Examples
    --------
    >>> check_corpus_frame(["a text"], what="featurize")
    Traceback (most recent call last):
    ...
    analysis.errors.FramingError: featurize expects a corpus DataFrame (load_corpus(...)), not a
    list. For bare texts use pandas.DataFrame({"text": texts}).
    """
    import pandas as pd

    if not isinstance(corpus, pd.DataFrame):
        raise FramingError(
            f"{what} expects a corpus DataFrame (load_corpus(...)), not a {type(corpus).__name__}. "
            'For bare texts use pandas.DataFrame({"text": texts}).'
        )
    dup = sorted({str(c) for c in corpus.columns[corpus.columns.duplicated()]})
    if dup:
        raise FramingError(
            f"{what}: more than one column named {', '.join(map(repr, dup))}. Rename or drop the "
            "extra ones (e.g. corpus.loc[:, ~corpus.columns.duplicated()])."
        )


def check_jobs(n_jobs: Any, chunksize: Any) -> None:
    """Raise a :class:`FramingError` unless ``n_jobs`` is an int (or None) and ``chunksize`` an
    int >= 1.

    Examples
    --------
    >>> check_jobs(-1, 64)
    >>> check_jobs(2, 0)
    Traceback (most recent call last):
    ...
    analysis.errors.FramingError: chunksize must be a whole number of articles >= 1, not 0
    """
    if n_jobs is not None and (
        isinstance(n_jobs, bool) or not isinstance(n_jobs, int) and not hasattr(n_jobs, "__index__")
    ):
        raise FramingError(
            f"n_jobs must be a whole number of processes (-1: all cores), not {n_jobs!r}"
        )
    if isinstance(chunksize, bool) or not hasattr(chunksize, "__index__") or chunksize < 1:
        raise FramingError(f"chunksize must be a whole number of articles >= 1, not {chunksize!r}")
