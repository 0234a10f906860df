"""A speaker phrase inside the quotation that its verb follows is no speaker (round 24).

When no rule finds the speaker of a verb after a quotation ("'…,' said one in New Hampshire",
"'…,' said that official, who …"), the fallbacks that take the sentence's subject read the
quotation's first words as the subject ("There", "He", "My mantra"): the verb stands outside
the marks and the phrase inside them, so the phrase is another voice's word, not the speaker.
"""

from __future__ import annotations

__all__ = ["inside_quotation", "outside_quotation"]

_OPEN = ("“", "‘‘")
_CLOSE = ("”", "’’")
_STRAIGHT = ('"', "''")


def inside_quotation(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside double quotation marks opened after ``lo`` (a block start):
    more curly openers than closers, or an odd number of straight marks.

    Examples
    --------
    >>> t = '“It was a moment,” Sanford said. "We lost," he said.'
    >>> [inside_quotation(t, 0, t.index(w)) for w in ("It", "Sanford", "We", "he")]
    [True, False, True, False]
    """
    seg = text[lo:pos]
    if sum(seg.count(m) for m in _OPEN) > sum(seg.count(m) for m in _CLOSE):
        return True
    return sum(seg.count(m) for m in _STRAIGHT) % 2 == 1


def outside_quotation(text: str, lo: int, vs: int, sp, speakerless: bool):
    """``sp`` (a speaker span, an attribution record, None or False), or no speaker when the
    span starts inside a quotation and the verb at ``vs`` outside it: ``(-1, -1)`` for a verb
    that is always one of saying (the cue counts), else None."""
    if not isinstance(sp, tuple) or sp[0] < 0:
        return sp
    if inside_quotation(text, lo, sp[0]) and not inside_quotation(text, lo, vs):
        return (-1, -1)
    return sp
