"""The antecedent of a relative pronoun that is the subject of a harm verb, when it is an attack
or a weapon: "tensions stem from a drone strike that killed" (the strike, not "tensions … from
a drone strike"), and an attack noun before an *of*-phrase: "The 1983 bombing of the US Marine
compound in Beirut, which killed 241 American servicemen" — the bombing killed, not the
compound. Issue 20, eighteenth round: found in report 09's evidence on AllSides Middle East
articles, where the agent was "Marine compound in Beirut".
"""

from __future__ import annotations

from .phrases import TIME_LEADS, TIME_NOUNS, np_left, verbish
from .words import CLAUSE_BREAKS, PREPOSITIONS, Token

__all__ = ["relative_antecedent"]

Span = tuple[int, int] | None

#: Words after which an antecedent's own phrase starts ("tensions stem from | a drone strike").
_INNER_BREAKS = PREPOSITIONS | frozenset({"of", "by"})
_OF_REACH = 10  # tokens of the of-phrase between the attack noun and the relative pronoun


#: Prepositions of place whose phrase an attack or weapon noun owns ("an airstrike in Iraq that
#: killed Iranian Gen. Qassem Soleimani", dev batch 26: the strike killed, not "… decision to
#: conduct an airstrike in Iraq"); a phrase of another noun is read on past them.
_PLACE_PREPS = frozenset("in on at near against inside outside across".split())


def _of_phrase_owner(tokens: list[Token], j: int, instruments: frozenset[str]) -> int:
    """The index of an attack or weapon noun whose *of*-phrase or phrase of place ends at ``j``
    ("the bombing of the US Marine compound in Beirut", "an airstrike in Iraq"), or -1."""
    for p in range(j, max(0, j - _OF_REACH), -1):
        low = tokens[p].low
        if low == "of":
            return p - 1 if p >= 1 and tokens[p - 1].low in instruments else -1
        if low in _PLACE_PREPS and p >= 1 and tokens[p - 1].low in instruments:
            return p - 1
        if not low[0].isalnum() or low in CLAUSE_BREAKS or verbish(tokens[p]):
            if low not in ("-", "’s", "'s", "."):
                return -1
    return -1


def relative_antecedent(
    tokens: list[Token], j: int, span: tuple[int, int], instruments: frozenset[str]
) -> Span:
    """The antecedent of the relative pronoun after ``tokens[j]`` (``span``: the noun phrase
    ending at ``j``) when it is one of ``instruments`` (attack or weapon nouns), else None.

    The phrase of an attack noun is not read on over a preposition; a *which*/*that* after the
    *of*-phrase of an attack noun takes the attack noun ("the bombing of the compound, which
    killed"; not *who*: "the killing of a man who attacked").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("The bombing of the compound in Beirut, which killed 241")
    >>> relative_antecedent(toks, 6, (3, 7), frozenset({"bombing"}))
    (0, 2)
    """
    h = j - 2 if j >= 2 and tokens[j].low in TIME_NOUNS and tokens[j - 1].low in TIME_LEADS else j
    if tokens[h].low in instruments:  # "an attack last week that killed" (batch 18)
        inner = [p for p in range(*span) if tokens[p].low in _INNER_BREAKS]
        return (inner[-1] + 1, span[1]) if inner else span
    r = j + 2 if j + 2 < len(tokens) and tokens[j + 1].low == "," else j + 1
    if r >= len(tokens) or tokens[r].low not in ("which", "that"):
        return None
    owner = _of_phrase_owner(tokens, j, instruments)
    if owner < 0:
        return None
    own = _own_phrase(tokens, owner)
    if own is None or tokens[owner + 1].low == "of":
        return own  # "the bombing of the compound, which killed": the bombing
    return (own[0], span[1])  # with its place: "the strike on a hospital that killed"


def _own_phrase(tokens: list[Token], owner: int) -> Span:
    """The noun phrase of the attack noun at ``owner``, not read on over a preposition, a mark
    or a verb before it ("the issue of Benghazi -- the 2012 attack", "insurgents carried out an
    attack", "condemns the … attack": the attack's own words, before its phrase of place)."""
    span = np_left(tokens, owner)
    if span is None:
        return None
    cut = [
        p
        for p in range(span[0], owner)
        if _breaks(tokens[p]) or tokens[p + 1].low in ("a", "an", "the")  # "conduct | an …"
    ]
    return (cut[-1] + 1, span[1]) if cut else span


def _breaks(t: Token) -> bool:
    """A word the phrase of an attack noun does not reach over (see :func:`_own_phrase`)."""
    low = t.low
    mark = not low[0].isalnum() and low not in ("-", ".")  # not "the Sept. 11 attack"
    return low in _INNER_BREAKS or low == "out" or mark or verbish(t)
