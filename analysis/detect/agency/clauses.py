"""The form of an active harm verb from its subject: an agent, or an instrument or event.

A subject headed by a weapon, attack or cause noun makes the clause ``active_instrument``
("a missile killed"). A participle clause after a comma whose subject cannot be read
("A Kyiv apartment block was destroyed, killing at least one and wounding six", the guideline;
"violence … swept across the country, leaving at least 30 dead") has the event of the clause
before it as its doer, so it is ``active_instrument`` too: an event is never ``active_agent``
without an agent. Issue 20, eighteenth round: report 09's evidence on AllSides Middle East
showed ``active_agent`` with no agent for such clauses.
"""

from __future__ import annotations

from .phrases import FINITE_SHORT, head_index, np_right, object_next, verbish
from .words import BE, DETERMINERS, PREPOSITIONS, PRONOUNS, Token, is_adverb, is_number

__all__ = ["active_form", "comma_participle", "no_doer_verb"]

_CHAIN_REACH = 8  # tokens back from "and" to the participle of the first conjunct


def _comma_before(tokens: list[Token], k: int) -> int:
    """The index of the comma before the participle clause of the -ing verb at ``k`` (", killing"
    or ", killing three and wounding"), or -1."""
    if not tokens[k].low.endswith("ing"):
        return -1
    j = k - 1
    while j >= 0 and is_adverb(tokens[j].low) and not tokens[j].low.endswith("ly"):
        j -= 1
    if j < 1:
        return -1
    if tokens[j].low == ",":
        return j
    if tokens[j].low not in ("and", "or"):
        return -1
    for v in range(j - 1, max(0, j - 1 - _CHAIN_REACH), -1):
        if tokens[v].low.endswith("ing") and tokens[v - 1].low == ",":
            return v - 1
        if not tokens[v].low[0].isalnum():
            return -1
    return -1


_BOUNDS = frozenset(",;:()—–") | frozenset("as when while after because since that".split())
_RELATIVES = frozenset({"which", "who", "whom"})
_STRIKE_PARTICIPLES = frozenset("hit struck shot blown torn".split())
_SEGMENT_REACH = 30


def _segment(tokens: list[Token], c: int) -> tuple[int, int]:
    """The clause ``[a, c)`` before the token at ``c``: from the last boundary before it."""
    a = c - 1
    while a > 0 and c - a < _SEGMENT_REACH and tokens[a - 1].low not in _BOUNDS | _RELATIVES:
        a -= 1
    return a, c


def _event_clause(tokens: list[Token], c: int, instruments: frozenset[str]) -> bool:
    """Whether the clause before the comma at ``c`` is a passive ("A Kyiv apartment block was
    destroyed") or has an instrument or event as its subject ("violence … swept across the
    country", "two Russian ballistic missiles exploded"), skipping participle clauses between
    ("…, dropping cluster munitions, killing 59")."""
    a, b = _segment(tokens, c)
    for _ in range(3):
        if a >= 2 and verbish(tokens[a]) and tokens[a].low.endswith("ing"):
            a, b = _segment(tokens, a - 1)
            continue
        break
    if a >= 1 and tokens[a - 1].low in _RELATIVES:
        return False  # "members of …, which is often used to suppress dissent, attacking"
    for i in range(a, b - 1):
        nxt = tokens[i + 1].low
        if tokens[i].low in BE and (nxt.endswith("ed") or nxt in _STRIKE_PARTICIPLES):
            return True
    span = np_right(tokens, a)
    return span is not None and tokens[_head(tokens, *span)].low in instruments


#: Words that end a clause's first noun phrase: prepositions and irregular pasts ("Violence
#: swept across the country", "The blasts left part of the hospital in flames").
_HEAD_ENDS = (
    PREPOSITIONS
    | FINITE_SHORT
    | frozenset({"of", "between"})
    | frozenset("swept spread broke fell came went blew hit struck tore shot left rang".split())
)


def _head(tokens: list[Token], a: int, b: int) -> int:
    """The head of a clause's first noun phrase ``[a, b)``: the word before a preposition or a
    verb that :func:`np_right` ran over ("violence between …", "Fighting erupted Friday")."""
    for i in range(a + 1, b):
        if tokens[i].low in _HEAD_ENDS or (verbish(tokens[i]) and i > a):
            return i - 1
    return head_index(tokens, a, b)


def comma_participle(tokens: list[Token], k: int, instruments: frozenset[str]) -> bool:
    """Whether the -ing verb at ``k`` opens a participle clause after a comma (", killing"), or
    is coordinated with one (", killing three and wounding 20"), whose doer is the event of the
    clause before the comma (a passive, or a subject that is an instrument or event).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("A block was destroyed, killing one and wounding six")
    >>> comma_participle(toks, 8, frozenset())
    True
    >>> comma_participle(tokenize("Rebels bombarded an academy, killing three"), 5, frozenset())
    False
    """
    c = _comma_before(tokens, k)
    return c >= 1 and (_event_clause(tokens, c, instruments) or passive_before(tokens, c))


def passive_before(tokens: list[Token], c: int) -> bool:
    """Whether the nearest verb before the comma at ``c`` is a passive participle after a form
    of *be* (adverbs between): the clause's subject is its patient, so the event of that clause,
    not its subject, does the harm of a participle clause after the comma ("Two other cars were
    attacked nearby, killing two women": dev batch 31; "A block was destroyed, killing at least
    one": the guideline's ``active_instrument``), however far the comma is within the clause
    ("was bombed shortly after takeoff from … in 2015, killing").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("Two other cars were attacked nearby, killing two")
    >>> passive_before(t, 6), passive_before(tokenize("Gunmen attacked the cars, killing two"), 4)
    (True, False)
    """
    v = c - 1
    while v > 0 and not verbish(tokens[v]) and tokens[v].low not in _STRIKE_PARTICIPLES:
        if tokens[v].low in (";", ":", ","):  # not over an apposition: "the spectacle of
            return False  # one of their enemies, the US president, assassinating another"
        v -= 1
    low = tokens[v].low
    if v <= 0 or not (low.endswith(("ed", "en")) or low in _STRIKE_PARTICIPLES):
        return False
    b = v - 1
    while b >= 0 and is_adverb(tokens[b].low):
        b -= 1
    return b >= 0 and tokens[b].low in BE


def active_form(
    tokens: list[Token], k: int, agent: tuple[int, int] | None, instruments: frozenset[str]
) -> str:
    """``active_instrument`` when the subject ``agent`` of the active harm verb at ``k`` is
    headed by one of ``instruments`` (after a number and "of": "dozens of Russian missiles")
    or, with no subject, the verb opens a participle clause after a comma
    (:func:`comma_participle`); else ``active_agent``."""
    if agent is None:
        return "active_instrument" if comma_participle(tokens, k, instruments) else "active_agent"
    if tokens[agent[0]].low in PRONOUNS and not tokens[agent[0]].upper:  # not "US airstrikes"
        return "active_agent"
    h = head_index(tokens, *agent)
    if is_number(tokens[h].low) and h + 2 < agent[1] and tokens[h + 1].low == "of":
        h = head_index(tokens, h + 2, agent[1])  # "dozens of Russian missiles struck" (dev batch 9)
    return "active_instrument" if tokens[h].low in instruments else "active_agent"


#: Modifiers read back from an -ing word to the preposition before it ("by powerful shelling").
_NOUN_MODIFIERS = 2


def no_doer_verb(tokens: list[Token], v: int) -> bool:
    """Whether the verb-like word at ``v`` is an -ing noun after a preposition or *by* (up to two
    modifiers between, no determiner, no object after it): no verb of the clause, so its
    subject did not do the harm of a participle clause after a comma ("The eastern Ukrainian
    city of Sloviansk … was hit by powerful shelling …, killing six people", dev batch 29).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("The city was hit by powerful shelling on Sunday, killing six")
    >>> no_doer_verb(t, 6), no_doer_verb(tokenize("pain caused by their armies occupying Iraq"), 5)
    (True, False)
    """
    if not tokens[v].low.endswith("ing") or object_next(tokens, v + 1):
        return False
    for w in range(v - 1, max(-1, v - 2 - _NOUN_MODIFIERS), -1):
        low = tokens[w].low
        if low in PREPOSITIONS or low == "by":
            return True
        if not low.isalpha() or low in BE | DETERMINERS | PRONOUNS:
            return False
    return False
