"""What counts as a word: the word and token patterns, named for what they mean, defined once.

The suite counts words for two purposes that need different definitions:

``WORD``
    A *word* as readability counts it (textstat's definition: a whitespace-delimited token with
    a letter or digit), except that an em dash or ellipsis also separates words; its span runs
    from the first to the last word character (``U.S.-led``, ``don’t``, ``3.5m``, ``1,500``).
``LINE_WORD``
    The cleaner's stricter word: word-character runs joined by single ``'`` ``’`` ``.`` ``-``
    only.  Each ``LINE_WORD`` match lies inside one ``WORD`` match (its joiners are ``WORD``
    joiners), so a line's count is the sum of the counts of its ``WORD`` tokens.

and some smaller units:

``WORD_RUN``
    A maximal run of word characters (``\\w+``): the unit of lexicon keys and title keys.
``WORD_CHAR``
    One word character: "has the text any letter or digit?".
``LETTER``
    One letter (a word character that is not a digit or underscore).
``APOSTROPHE_WORD``
    Word-character runs joined by apostrophes (``it's``, ``don’t``): the words of a quotation.

All patterns use possessive quantifiers where that gives the same matches without backtracking.
"""

from __future__ import annotations

import re

__all__ = [
    "WORD",
    "LINE_WORD",
    "WORD_RUN",
    "WORD_CHAR",
    "LETTER",
    "ALNUM",
    "APOSTROPHE_WORD",
    "GLUED_STOP",
    "is_word_char",
]

WORD = re.compile(r"\w++(?:[^\s\w—―…]++\w++)*+")
LINE_WORD = re.compile(r"\w++(?:['’.-]\w++)*+")
WORD_RUN = re.compile(r"\w+")
WORD_CHAR = re.compile(r"\w")
LETTER = re.compile(r"[^\W\d_]")
#: A letter or digit (a word character that is not the underscore).
ALNUM = re.compile(r"[^\W_]")
APOSTROPHE_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: A sentence stop glued to the next sentence in scraped text, no space between ("… informed
#: about it.Cokow was wounded", "… nations.Russia was expelled"): the stop after a lower-case
#: letter, a digit or a bracket, before a capital (or a quotation mark and a capital).  The
#: pattern starts with the stop and looks behind after it, so ``re`` skips from stop to stop.
GLUED_STOP = re.compile(r"[.!?](?<=[a-z0-9)][.!?])(?=[\"“”]?[A-Z])")


def is_word_char(c: str) -> bool:
    """Whether the one-character string ``c`` is a word character (as ``\\w`` in ``re``).

    Examples
    --------
    >>> is_word_char("é"), is_word_char("_"), is_word_char("-")
    (True, True, False)
    """
    return c.isalnum() or c == "_"
