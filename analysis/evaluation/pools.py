"""The shared corpora of the evaluations, read and cleaned once per process.

The agency batches are drawn from the same pools (the AllSides corpus, 65 MB of parquet, its war
reporting and its other topics; the two war corpora; BASIL), each read from ``../shared`` and
cleaned with the annotation rules.  A process that reproduces several draws (the test suite,
``python -m analysis.evaluation``) read and cleaned the same articles again for every draw.

:func:`loaded` and :func:`cleaned` remember what they returned, keyed by what determines it: the
file's path, size and modification time and the loader's arguments; the cleaned corpus's
contents (a hash of every cell) and the rule table's path, size and modification time.  Every
call returns a copy, so no caller sees another caller's changes to the frame.  At most
:data:`MAX_ENTRIES` results are kept (the least recently used is dropped first).
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["MAX_ENTRIES", "cleaned", "entries", "file_key", "forget", "loaded", "remembered"]

#: The most results kept at once (the test suite's pools: about a dozen).
MAX_ENTRIES = 24

_MEMO: OrderedDict[Hashable, pd.DataFrame] = OrderedDict()


def file_key(path: str | Path) -> tuple[str, int, int]:
    """What identifies a file's contents here: its resolved path, size and modification time
    (nanoseconds).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile() as f:
    ...     file_key(f.name)[1]
    0
    """
    p = Path(path).resolve()
    st = os.stat(p)
    return str(p), st.st_size, st.st_mtime_ns


def remembered(key: Hashable, build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """A copy of the frame ``build()`` returned for ``key`` (built on the first call).

    Parameters
    ----------
    key : Hashable
        Everything the result depends on.
    build : Callable[[], pandas.DataFrame]
        Computes the frame when ``key`` is not remembered.

    Returns
    -------
    pandas.DataFrame
        A deep copy (its own arrays) of the remembered frame.

    Examples
    --------
    >>> calls = []
    >>> def build():
    ...     calls.append(1)
    ...     return pd.DataFrame({"a": [1]})
    >>> remembered(("doctest", 1), build).equals(remembered(("doctest", 1), build)), len(calls)
    (True, 1)
    """
    if key in _MEMO:
        _MEMO.move_to_end(key)
    else:
        _MEMO[key] = build()
        while len(_MEMO) > MAX_ENTRIES:
            _MEMO.popitem(last=False)
    return _MEMO[key].copy(deep=True)


def forget() -> None:
    """Drop every remembered frame."""
    _MEMO.clear()


def entries() -> list[Hashable]:
    """The keys of the remembered frames, least recently used first."""
    return list(_MEMO)


def loaded(path: str | Path | None, **kw: Any) -> pd.DataFrame:
    """:func:`analysis.load_corpus` of ``path`` with ``kw``, read once per file version.

    Parameters
    ----------
    path : str, pathlib.Path or None
        A corpus file (a folder, or ``None`` for the bundled corpus, is read on every call).
    **kw
        The keyword arguments of :func:`analysis.load_corpus`.

    Returns
    -------
    pandas.DataFrame
        What ``load_corpus(path, **kw)`` returns.
    """
    from ..corpus import load_corpus

    if path is None or not Path(path).is_file():  # a folder's files change under its stat
        return load_corpus(path, **kw)
    key = ("loaded", file_key(path), tuple(sorted(kw.items())))
    return remembered(key, lambda: load_corpus(path, **kw))


def cleaned(corpus: pd.DataFrame, *, rules: str) -> pd.DataFrame:
    """:func:`analysis.clean_corpus` of ``corpus`` with ``rules``, cleaned once per contents.

    Parameters
    ----------
    corpus : pandas.DataFrame
        A corpus frame (every cell hashable by :func:`pandas.util.hash_pandas_object`; a frame
        whose cells are not is cleaned without being remembered).
    rules : str
        The boilerplate rule table (a path, or a bundled name).

    Returns
    -------
    pandas.DataFrame
        What ``clean_corpus(corpus, rules=rules)`` returns.
    """
    from ..clean import clean_corpus

    try:
        digest = _contents_digest(corpus)
    except TypeError:
        return clean_corpus(corpus, rules=rules)
    table = file_key(rules) if Path(rules).is_file() else rules
    key = ("cleaned", table, digest)
    return remembered(key, lambda: clean_corpus(corpus, rules=rules))


def _contents_digest(df: pd.DataFrame) -> tuple[Any, ...]:
    """What identifies a frame's contents: its columns, dtypes, length and a hash of every cell
    and index label."""
    h = hashlib.sha256(pd.util.hash_pandas_object(df, index=True).to_numpy().tobytes())
    return tuple(df.columns), tuple(str(t) for t in df.dtypes), len(df), h.hexdigest()
