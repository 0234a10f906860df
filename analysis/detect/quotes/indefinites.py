"""Indefinite speakers: *one* and *another* standing alone as the speaker, as pronouns.

``'"…," tweeted another.'``, ``"Another tweeted, '…'"``, ``"…; one suggested she marry …"``
(PolNeAR sources *one*, *another*; issue 18, round 13, PolNeAR train).  As determiners
(*another supporter*, *one of the protesters*) or inside a clause (*including one called …*)
they are not speakers by themselves.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .thatrelatives import relative_that

__all__ = ["INDEFINITES", "clause_initial", "indefinite_subject", "solo_subject", "stands_alone"]

#: Determiners that stand alone as a speaker.
INDEFINITES = frozenset(("one", "another", "someone"))
_CONJUNCTIONS = ("and", "but", "yet")


def clause_initial(text: str, k: int) -> bool:
    """Whether the word at ``k`` opens a sentence, a block or a clause (after ``. ! ? ; : ,``,
    a line break, or *and, but, yet*).

    Examples
    --------
    >>> t = "The rest agreed; another tweeted. Yet another said so, including one called X."
    >>> [clause_initial(t, t.index(w)) for w in ("another tw", "another sa", "one ca")]
    [True, True, False]
    """
    j = k
    while j > 0 and text[j - 1] in " \t\"“'‘":
        j -= 1
    if j == 0 or text[j - 1] in ".!?\n;:,":
        return True
    return text[max(0, j - 4) : j].lower().split()[-1:] in [[c] for c in _CONJUNCTIONS]


def indefinite_subject(word: str, text: str, k: int) -> bool:
    """Whether ``word`` (lower case) at ``k``, right before a verb, is an indefinite speaker
    that opens its clause ("Another tweeted", not "including one called").

    Examples
    --------
    >>> t = "Another tweeted it, including one called X."
    >>> indefinite_subject("another", t, 0), indefinite_subject("one", t, t.index("one"))
    (True, False)
    """
    return word in INDEFINITES and clause_initial(text, k)


def solo_subject(word: str, text: str, toks: list[re.Match], i: int, stop: Collection[str]) -> bool:
    """Whether ``word`` (token ``i``, lower case, right before a verb) is a speaker by itself:
    an indefinite (:func:`indefinite_subject`) or the relative pronoun *that* after a noun
    (:func:`analysis.detect.quotes.thatrelatives.relative_that`; ``stop``: closed-class words).

    Examples
    --------
    >>> t = "Another tweeted it. Fans waved signs that said no."
    >>> toks = list(re.finditer(r"\\w+", t))
    >>> [solo_subject(m[0].lower(), t, toks, k, {"so"}) for k, m in enumerate(toks)][:2]
    [True, False]
    >>> solo_subject("that", t, toks, 6, {"so"})
    True
    """
    return indefinite_subject(word, text, toks[i].start()) or relative_that(text, toks, i, stop)


#: A preposition after a standing-alone indefinite ("one in New Hampshire", "another from Ms.
#: Pelosi", "someone close to the campaign"; not *of*: "one of the aides" is a determiner's), or
#: a relative clause ("said someone who worked on the Trump campaign"; round 26).
_PLACE = re.compile(r"(?:in|from|at|on|inside|within|close\s+to|familiar\s+with|near|who|whose)\s")


def stands_alone(text: str, e: int, b: int) -> bool:
    """Nothing but a clause or sentence end after ``e`` (up to ``b``): the word before stands
    alone (*another.*, *one,*), not as a determiner (*another supporter*).

    Examples
    --------
    >>> t = '"No," said another. "Yes," said another voter.'
    >>> stands_alone(t, t.index("another") + 7, len(t)), stands_alone(t, len(t) - 7, len(t))
    (True, False)
    >>> stands_alone("said someone who worked there.", 12, 30)
    True
    """
    rest = text[e:b].lstrip(" \t")
    if _PLACE.match(rest):
        return True  # a place or a relation after it: "said one in New Hampshire" (round 24)
    return not rest or rest[0] in ".,;:!?\n—–" or rest.startswith("- ")
