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


def normalise_apostrophes(text: str) -> str:
    """Replace every apostrophe character with the straight ``'`` (same length).

    Examples
    --------
    >>> normalise_apostrophes("doesn’t")
    "doesn't"
    """
    return text.translate(_TO_STRAIGHT)
