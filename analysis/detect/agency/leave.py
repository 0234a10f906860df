"""The victims of a verb of leaving (issue 20): "left N wounded" read as "left N dead"."""

from __future__ import annotations

from .phrases import leave_before
from .words import DETERMINERS, Token

__all__ = ["left_hurt"]

_DETS = DETERMINERS - {"that", "this", "these", "those"}
_LEFT_HURT = frozenset({"wounded", "injured"})
_LEFT_HURT_NEXT = frozenset("and or in on at after during when including as".split())


def left_hurt(tokens: list[Token], k: int, leave: frozenset[str]) -> bool:
    """Whether the participle at ``k`` is "left N wounded/injured" (a verb of ``leave``
    before), read as "left N dead": the subject of "left" did it ("a gunman killed 58 people
    and left more than 500 wounded in Las Vegas", batch 18); not "left the wounded soldier" (a
    determiner before, a noun after)."""
    if tokens[k].low not in _LEFT_HURT:
        return False
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else "."
    return (
        k >= 2
        and tokens[k - 1].low not in _DETS
        and (not nxt[0].isalnum() or nxt in _LEFT_HURT_NEXT)
        and 0 <= leave_before(tokens, k, leave) < k - 1
    )
