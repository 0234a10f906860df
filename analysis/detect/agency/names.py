"""A capitalised harm word inside a personal name (issue 20): "Louise M. Slaughter"."""

from __future__ import annotations

from .words import Token, in_name

__all__ = ["in_personal_name"]


def _initial(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i - 1:i + 1]`` is a middle initial: one capital letter and its stop."""
    return i >= 1 and tokens[i].low == "." and len(tokens[i - 1].low) == 1 and tokens[i - 1].cap


def in_personal_name(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised trigger at ``k`` is inside a name: after a capitalised word
    (:func:`in_name`), or after a middle initial that follows a given name or another initial
    ("Representative Louise M. Slaughter of New York", "Matthew J. Slaughter, dean of …": BASIL
    and AllSides, the agency36 round); the tokenizer splits the initial's stop off, so the word
    before the trigger is no letter.  "U.S. Attack" is no initial (one token "u.s").

    Examples
    --------
    >>> from .words import tokenize
    >>> in_personal_name(tokenize("said Louise M. Slaughter of New York"), 4)
    True
    >>> in_personal_name(tokenize("the U.S. Attack on Iraq"), 3)
    False
    """
    if in_name(tokens, k):
        return True
    if k < 3 or not tokens[k].cap or tokens[k].upper or not _initial(tokens, k - 1):
        return False
    given = tokens[k - 3]
    return (given.cap and given.low.isalpha() and not given.upper) or _initial(tokens, k - 3)
