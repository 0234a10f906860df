"""The cause of a harm predicate (issue 20): the noun phrase after a cause preposition
("killed **in a missile strike**", "died **of his wounds**"); a harm word inside it is part of
that event (:func:`analysis.detect.agency.parts.drop_parts`)."""

from __future__ import annotations

from .phrases import np_right
from .words import Token

__all__ = ["CAUSE_PREPS", "cause_span", "dying_cause"]

#: Prepositions whose noun phrase is the cause of a harm predicate.
CAUSE_PREPS = frozenset("in during amid amidst from after by under following".split())
Span = tuple[int, int] | None
#: Compound prepositions of cause; the last word stands for the whole ("as a result of").
_COMPOUND_CAUSES = (("as", "a", "result", "of"), ("due", "to"), ("because", "of"))


#: Past verbs of an impact: after "after" or "when" they open a clause whose subject alone is
#: the cause ("a boy had been killed after shelling struck an apartment building": dev batches
#: 22 and 23 label "struck" an event of its own).
_IMPACTS = frozenset("struck hit tore slammed smashed pounded landed exploded".split())


def cause_span(tokens: list[Token], i: int) -> Span:
    """The noun phrase after a cause preposition at ``i`` ("killed in **a missile strike**"),
    up to a past verb of an impact ("killed after **shelling** struck a building"), or None.

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("killed after shelling struck an apartment building")
    >>> cause_span(t, 1)
    (2, 3)
    """
    if i < len(tokens) and tokens[i].low in CAUSE_PREPS:
        span = np_right(tokens, i + 1)
        if span is not None:
            cut = next((j for j in range(span[0] + 1, span[1]) if tokens[j].low in _IMPACTS), 0)
            return (span[0], cut) if cut else span
    return None


def dying_cause(tokens: list[Token], i: int) -> Span:
    """The cause of a verb of dying: :func:`cause_span`, also after "of" ("died of his wounds"),
    through a list that repeats the preposition ("are dying from direct strikes, from
    fragmentation wounds", batch 18), and after a compound preposition of cause ("died as a
    result of stab wounds", dev batch 21; "due to", "because of"): a harm word inside it is
    part of the death."""
    words = [t.low for t in tokens[i : i + 4]]
    compound = next((lead for lead in _COMPOUND_CAUSES if words[: len(lead)] == list(lead)), ())
    i += max(len(compound) - 1, 0)
    prep = tokens[i].low if i < len(tokens) else ""
    cause = compound or prep in CAUSE_PREPS or prep == "of"
    span = np_right(tokens, i + 1) if cause else None
    while span is not None and span[1] + 2 < len(tokens):
        e = span[1]
        nxt = e + 1 if tokens[e].low in (",", "and", "or") else e
        if tokens[nxt].low != prep:
            break
        more = np_right(tokens, nxt + 1)
        if more is None:
            break
        span = (span[0], more[1])
    return span
