"""A news database's stated length against the text as read: texts cut by the export.

Nexis Uni prints "Length: 355 words" in every document's header (LexisNexis text exports
"LENGTH: 355 words").  A body read with far fewer words than the database states was cut on
the way (an export interrupted, a document the database holds only in part, a reader that
stopped early): it is kept, and flagged in ``cut_text`` so the quality checks and report 01
name it.  The database counts words its own way (hyphens, figures, the headline perhaps), so
only a body under :data:`CUT_RATIO` of the stated length is flagged.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["CUT_RATIO", "stated_words", "mark_cut_texts"]

#: A body with fewer words than this share of the stated length is flagged as cut.
CUT_RATIO = 0.5
_STATED = re.compile(r"^\s*(\d[\d,.\s]*?)\s*words?\b", re.IGNORECASE)


def stated_words(length: object) -> int | None:
    """The number of words a ``Length`` field states, or None when it states none.

    Examples
    --------
    >>> stated_words("355 words"), stated_words("1,076 words"), stated_words(""), stated_words(None)
    (355, 1076, None, None)
    """
    m = _STATED.match(length) if isinstance(length, str) else None
    if m is None:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    return int(digits) if digits else None


def mark_cut_texts(df: pd.DataFrame) -> int:
    """Add ``cut_text`` to an export's table (in place); count the cut.

    No numeric column is added: the feature table keeps a corpus's numeric columns, and the
    comparisons would read a stated length as a framing feature (``length`` keeps it as printed).

    Parameters
    ----------
    df
        One row per document, with ``length`` (the field as printed, ``""`` when absent),
        ``text`` and ``load_issue`` (a row with a load issue is not checked).

    Returns
    -------
    int
        The documents flagged: ``cut_text`` says "N of M stated words" for each, ``""`` for
        the others (no Length line, a whole text, a row without text).

    Examples
    --------
    >>> df = pd.DataFrame({"length": ["900 words", "4 words", ""], "load_issue": "",
    ...                    "text": ["Only the lead survived.", "Talks resumed on Monday.", "x"]})
    >>> mark_cut_texts(df), df["cut_text"].tolist()
    (1, ['4 of 900 stated words', '', ''])
    """
    lengths = df["length"] if "length" in df.columns else pd.Series("", index=df.index)
    stated = [stated_words(x) for x in lengths]
    cut = []
    for n, text, issue in zip(stated, df["text"].fillna(""), df["load_issue"].fillna("")):
        words = len(str(text).split())
        flagged = n is not None and not issue and words < CUT_RATIO * n
        cut.append(f"{words} of {n} stated words" if flagged else "")
    df["cut_text"] = cut
    return sum(bool(c) for c in cut)
