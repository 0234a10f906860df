"""Typography of news text: quotation marks, apostrophes, dashes — each alphabet defined once.

Scraped news mixes straight and curly marks, British single quotes (the same character as the
apostrophe), guillemets and low-9 marks.  Every module that looks at quotation marks or
apostrophes takes its characters from here.
"""

from __future__ import annotations

__all__ = [
    "DOUBLE_QUOTES",
    "SINGLE_QUOTES",
    "QUOTE_MARKS",
    "MARK_LIKE",
    "STRAIGHT_QUOTES",
    "OPENING_QUOTES",
    "CLOSING_QUOTES",
    "DOUBLED_SINGLE_QUOTES",
    "APOSTROPHES",
    "normalise_apostrophes",
]

#: Double quotation marks: straight, curly, low-9 and guillemets.
DOUBLE_QUOTES = '"“”„«»'
#: Single quotation marks (the straight and right single marks are also apostrophes).
SINGLE_QUOTES = "'‘’‚‹›"
#: Every quotation mark.
QUOTE_MARKS = DOUBLE_QUOTES + SINGLE_QUOTES
#: Every character typed for a quotation mark or an apostrophe: the quotation marks, plus the
#: rare reversed-9 marks, primes, backtick and acute (text normalisation drops them all).
MARK_LIKE = QUOTE_MARKS + "\u201b\u201f\u2032\u2033`\u00b4"
#: Marks that can open or close (their context decides).
STRAIGHT_QUOTES = "\"'"
#: Glyphs that open a quotation.
OPENING_QUOTES = "“„«‘‚‹"
#: Glyphs that close a quotation.
CLOSING_QUOTES = "”»’›"
#: Two single marks typed for one double mark.
DOUBLED_SINGLE_QUOTES = ("’’", "‘‘", "''")
#: Characters used as an apostrophe inside words, other than the straight ``'``: right single
#: quotation mark, modifier letter apostrophe, prime.
APOSTROPHES = "’ʼ′"

_TO_STRAIGHT = str.maketrans({c: "'" for c in APOSTROPHES})
_TO_STRAIGHT_WITH_LEFT = str.maketrans({c: "'" for c in APOSTROPHES + "\u2018"})


def normalise_apostrophes(text: str, *, left_quote: bool = False) -> str:
    """Replace every apostrophe character with the straight ``'`` (same length).

    Parameters
    ----------
    text : str
    left_quote : bool
        Also the left single quotation mark ``‘``, often typed for an apostrophe at the start
        of a word (``‘90s``): right for term counting, wrong where it opens a quotation.

    Examples
    --------
    >>> normalise_apostrophes("doesn’t ‘90s"), normalise_apostrophes("‘90s", left_quote=True)
    ("doesn't ‘90s", "'90s")
    """
    return text.translate(_TO_STRAIGHT_WITH_LEFT if left_quote else _TO_STRAIGHT)
