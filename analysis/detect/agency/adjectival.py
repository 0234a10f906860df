"""A participle before its noun (issue 20): an agentless passive when an article, a possessive
determiner, a count or a quantifier leads it ("the wounded soldiers", "its bombed cities", "one
other wounded rebel", "other wounded veterans"), not a noun ("the wounded were taken") nor a verb
("the raid on Oct. 25 killed six")."""

from __future__ import annotations

from .words import (
    BE,
    CALENDAR,
    CLAUSE_BREAKS,
    DETERMINERS,
    HAVE,
    MODALS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    Token,
    is_adverb,
    is_number,
)

__all__ = ["COUNT_LEADS", "NOT_HEADS", "adjectival_participle"]

#: Words after a participle that are no noun it modifies (a verb, a preposition, a clause break).
NOT_HEADS = BE | HAVE | MODALS | PREPOSITIONS | CLAUSE_BREAKS | frozenset({"and", "or", "by"})
#: Counts and quantifiers that lead a participle before its noun like an article ("one other
#: wounded rebel", "very many wounded men", "other wounded veterans": dev batches 13, 29, 31).
COUNT_LEADS = frozenset("other many several some more few both".split())
#: Words after a counted participle that are no noun it modifies: a day, a time, a determiner.
_NOT_COUNTED_HEADS = CALENDAR | DETERMINERS | frozenset("than yesterday today overnight".split())


def _not_counted_head(t: Token) -> bool:
    """Whether ``t``, after a counted participle, is no noun that the participle modifies: a
    name, a day or time, a determiner, a number, an adverb ("five wounded overnight") or an
    -ing word ("were killed and 15 injured following a missile attack": an elided passive)."""
    low = t.low
    return (
        t.cap
        or low in _NOT_COUNTED_HEADS
        or is_adverb(low)
        or is_number(low)
        or low.endswith("ing")
    )


def adjectival_participle(tokens: list[Token], k: int, prev: str) -> bool:
    """Whether the one-word participle at ``k`` stands between a lead ``prev`` (the word before
    it, adverbs skipped) and its noun: an article ("the supply of western weapons … to the
    attacked Ukraine", dev batch 5), a possessive determiner ("see its bombed cities", dev batch
    21), or a count or quantifier (:data:`COUNT_LEADS`, a number: dev batch 31), or a participle
    glued to "-out" with no lead ("trips to bombed-out residential areas", dev batch 19).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("with other wounded veterans at the centre")
    >>> adjectival_participle(t, 2, "other")
    True
    >>> adjectival_participle(tokenize("the raid on Oct. 25 killed six"), 6, "25")
    False
    """
    glued = tokens[k].low.endswith("-out")
    lead = prev in ("the", "a", "an") or prev in POSSESSIVE_DETERMINERS
    counted = prev in COUNT_LEADS or is_number(prev)
    if not (lead or glued or counted) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if not nxt.low[0].isalnum() or nxt.low in NOT_HEADS:
        return False
    return lead or glued or not _not_counted_head(nxt)
