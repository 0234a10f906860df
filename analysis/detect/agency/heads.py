"""A verb-only harm form that heads a noun phrase (issue 20, batch 25).

The base form of a harm verb with no harm noun of its own ("shoot", "storm", "kill") is a noun
of another sense when a determiner opens its phrase: "when we started doing this shoot" (a photo
shoot; BASIL, dev batch 25), "the rockets were a drizzle that has since turned into a
full-fledged storm" (AllSides, dev batch 25).  ``forms.classify`` already reads it so right after
an article ("the storm"); this module adds the two phrases an article does not open: after
"this" (a singular subject would take "shoots"), and after a singular determiner and one
lower-case modifier ("a full-fledged storm": "a soldier shoot" is no clause).  A question's
inverted subject is no noun phrase ("Would this kill the deal?", "Could a strike kill
civilians?").
"""

from __future__ import annotations

from .words import BE, HAVE, MODALS, Token

__all__ = ["noun_head"]

#: Determiners of a singular noun phrase.
_SINGULAR = frozenset({"a", "an", "another", "every", "each"})
#: Words after "a" that make a plural quantity, not a modifier ("a few kill", "a lot shoot").
_QUANTITY = frozenset({"few", "lot", "lots", "number", "couple", "dozen", "handful", "bit"})
#: The auxiliaries that invert with a subject in a question.
_INVERTING = BE | HAVE | MODALS | frozenset({"do", "does", "did"})


def noun_head(tokens: list[Token], prev_j: int, kinds: frozenset[str] | set[str]) -> bool:
    """Whether the base form after ``tokens[prev_j]`` heads a noun phrase ("this shoot", "a
    full-fledged storm"), not a verb.

    Parameters
    ----------
    tokens : list of Token
        The sentence's tokens.
    prev_j : int
        The index of the word before the trigger (punctuation skipped), or -1.
    kinds : set of str
        The trigger's form kinds (``FormInfo.kinds``); only a bare base form qualifies.

    Returns
    -------
    bool
        True after "this", or after a singular determiner and one lower-case modifier, unless an
        inverting auxiliary stands before the phrase (a question).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("we started doing this shoot")
    >>> noun_head(t, 3, {"base"}), noun_head(t, 3, {"base", "third"})
    (True, False)
    >>> t = tokenize("turned into a full-fledged storm")
    >>> noun_head(t, 3, {"base"})
    True
    >>> t = tokenize("Would this kill the deal")
    >>> noun_head(t, 1, {"base"})
    False
    """
    if prev_j < 0 or set(kinds) != {"base"}:
        return False
    prev = tokens[prev_j]
    if prev.low == "this":
        start = prev_j
    elif (
        prev_j >= 1
        and tokens[prev_j - 1].low in _SINGULAR
        and prev.low not in _QUANTITY
        and not prev.cap
        and prev.low[:1].isalpha()
    ):
        start = prev_j - 1
    else:
        return False
    return not (start >= 1 and tokens[start - 1].low in _INVERTING)
