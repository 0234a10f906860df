"""A speaker phrase after a preposition of place or time: the object is no speaker.

The noun phrase before a verb may be the object of *in*, *from*, *at* …: "a salesman from
Sumter says" (the speaker is the salesman, not *Sumter*), "in Kyiv Volodymyr Zelenskiy
expressed sadness" (the speaker is Zelenskiy, not *Kyiv Volodymyr Zelenskiy*).  Two rules
(attribution round 14; the report reviewer's example and PolNeAR train):

* a run of three or more capitalised words right after the preposition is a place followed by
  a name: the speaker is the name, its last two words ("Kyiv Volodymyr Zelenskiy" ->
  "Volodymyr Zelenskiy"), unless the run ends with a word that ends a place or an
  organisation name (``lexicons/name_ends.csv``: "New York City", "Johns Hopkins University");
* otherwise a name after the preposition modifies the noun before it, and the speaker phrase
  starts there ("The senator from Vermont", "People in Fort Pierce", "a 55-year-old salesman from
  Sumter"); a participle before the preposition keeps the phrase as it is ("Exit polls taken
  in South Carolina found": no rule).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["LOCATIVE", "name_ends", "after_locative"]

#: Prepositions of place (and *on*: "the Select Committee on Benghazi").
LOCATIVE = frozenset("in at from near outside inside across throughout on".split())
# an object that is a time ("Sanders on Wednesday morning", "a poll in December"): no speaker
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january "
    "february march april may june july august september october november december".split()
)
# words before a preposition that head no noun phrase: verbs and closed-class words
_NOT_HEAD = frozenset("is was were are be been being has have had said says say".split())


@lru_cache(maxsize=1)
def name_ends() -> frozenset[str]:
    """Last words of a place or an organisation name (``lexicons/name_ends.csv``).

    Examples
    --------
    >>> "university" in name_ends(), "zelenskiy" in name_ends()
    (True, False)
    """
    return frozenset(r["term"].lower() for r in read_table("name_ends.csv"))


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words)


def after_locative(
    toks, np: tuple[int, int], walk: Callable[[int], tuple[int, int] | None], stop: frozenset
) -> tuple[int, int]:
    """The token indices ``(first, last)`` of a speaker phrase, corrected when ``np`` is the
    object of a preposition of :data:`LOCATIVE` (module docstring); ``np`` otherwise.

    Parameters
    ----------
    toks
        The token matches of the span (``m[0]`` the word).
    np
        The phrase's first and last token indices.
    walk
        The noun-phrase walk: the phrase ending at a token index, or None.
    stop
        Words that cannot be inside a speaker phrase.

    Examples
    --------
    >>> import re
    >>> t = "Speaking in Kyiv Volodymyr Zelenskiy"
    >>> toks = list(re.finditer(r"\\S+", t))
    >>> after_locative(toks, (2, 4), lambda i: None, frozenset())
    (3, 4)
    """
    first, last = np
    p = first - 1
    if p < 0 or toks[p][0].lower() not in LOCATIVE:
        return np
    words = [toks[k][0] for k in range(first, last + 1)]
    if len(words) >= 3 and _capitalised(words) and words[-1].lower() not in name_ends():
        return last - 1, last  # a place, then a person's name
    before = toks[p - 1][0] if p >= 1 else ""
    low = before.lower()
    if (
        not words[0][:1].isupper()  # a common noun's phrase: "records from the last cycle show"
        or not before[:1].isalpha()
        or low in stop
        or low in _NOT_HEAD
        or (before.islower() and low.endswith(("ed", "en", "ing")))
    ):
        return np
    outer = walk(p - 1)
    if outer is None or outer[1] != p - 1:
        return np
    if words[0].lower() in _TIME:
        # "Sen. Bernie Sanders on Wednesday morning also called" (a name before the time; not
        # "left it to others on Wednesday to praise")
        named = any(toks[k][0][:1].isupper() for k in range(outer[0], outer[1] + 1))
        return outer if named else np
    return after_locative(toks, (outer[0], last), walk, stop)
