"""Table cells: whether a cell is missing, and a text cell coerced to text with the reason why.

These are the rules by which :func:`~analysis.corpus.load_corpus` reads an article's ``text``
cell; :mod:`analysis.pipeline` applies the same rules to a corpus DataFrame built by hand.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .decode import decode_bytes, normalise_newlines

__all__ = ["is_missing", "as_text"]


def is_missing(value: Any) -> bool:
    """Whether a cell holds no value: ``None``, ``pd.NA``, ``pd.NaT`` or a float NaN.

    Parameters
    ----------
    value
        One cell.

    Returns
    -------
    bool

    Examples
    --------
    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, "", 0)]
    [True, True, True, True, False, False]
    """
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and value != value)
    )


def as_text(value: Any) -> tuple[str, str]:
    """Coerce one text cell to text, saying what was done to it.

    A missing cell is ``""``; bytes are decoded (:func:`~analysis.corpus.decode_bytes`); a list
    of strings is joined as paragraphs; any other non-string is converted with ``str``; NUL
    characters are removed and line ends normalised to ``\\n``.

    Parameters
    ----------
    value
        One cell of a text column.

    Returns
    -------
    text, issue
        ``issue`` is ``""`` for an ordinary string, otherwise a sentence saying what was wrong
        with the cell or what was done to it.

    Examples
    --------
    >>> as_text("Kyiv\\r\\nKiev")
    ('Kyiv\\nKiev', '')
    >>> as_text(None)
    ('', 'missing text (empty cell)')
    >>> as_text(["para 1", "para 2"])
    ('para 1\\n\\npara 2', 'text cell holds a list of 2 strings; joined as paragraphs')
    """
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return "", "missing text (empty cell)"
    if isinstance(value, bytes):
        text, _enc, issue = decode_bytes(value)
        return normalise_newlines(text), issue
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        parts = list(value)
        if parts and all(isinstance(x, str) for x in parts):  # paragraphs, not "['para 1', ...]"
            text, issue = as_text("\n\n".join(parts))
            return text, (
                f"text cell holds a list of {len(parts)} strings; joined as paragraphs"
                + (f"; {issue}" if issue else "")
            )
    if not isinstance(value, str):
        return str(value), f"text cell holds a {type(value).__name__}, not a string; converted"
    if "\x00" in value:
        return (
            normalise_newlines(value.replace("\x00", "")),
            "removed NUL character(s) from the text",
        )
    return normalise_newlines(value), ""
