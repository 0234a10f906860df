"""Positive evidence of physical harm for the ambiguous harm lemmas (issue 20, fifth round).

``attack``, ``strike``, ``shoot`` and the other lemmas named in ``lexicons/agency/evidence.csv``
have common senses that harm no one (a verbal attack, a labour strike, a shot at goal), and the
long tail of their idioms is not closed by listing idioms.  A trigger of one of these lemmas is
therefore a harm event only with positive evidence of physical harm: a cue of the table
(a weapon, armed actors, people harmed or places hit) in its sentence or the sentence before,
or an agent or victim with a side in the actors tables (a state, an armed force, civilians).
Every other lemma keeps the guard-only rule.
"""

from __future__ import annotations

import re

from .words import sentence_around

__all__ = ["has_harm_evidence"]


def has_harm_evidence(
    text: str, a: int, b: int, sent: tuple[int, int], cues: re.Pattern, *, sides: bool
) -> bool:
    """Whether ``text[a:b]`` (in sentence ``sent``) has evidence of physical harm: a match of
    ``cues`` in its sentence or the one before that is not the trigger itself, or ``sides``
    (its agent or victim has a side).

    Examples
    --------
    >>> cues = re.compile(r"\\b(?:missiles?|civilians)\\b")
    >>> t = "The plan drew fire. Critics attacked it."
    >>> has_harm_evidence(t, 28, 36, (20, 40), cues, sides=False)
    False
    >>> t = "A missile hit the port. Russia attacked it again."
    >>> has_harm_evidence(t, 31, 39, (24, 49), cues, sides=False)
    True
    """
    if sides:
        return True
    lo = sentence_around(text, sent[0] - 2, sent[0] - 2)[0] if sent[0] >= 2 else sent[0]
    return any(m.end() <= a or m.start() >= b for m in cues.finditer(text, lo, sent[1]))
