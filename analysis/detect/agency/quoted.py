"""Quotation marks that only frame a harm trigger or a modifier right before it (issue 20):
dropped from a sentence's tokens before it is read, so that the words around the marks are
read as one phrase ('to "attack the 2016 election', 'a "minor gunshot" wound', 'killed about 60
people in a “targeted” airstrike')."""

from __future__ import annotations

from .words import Token

__all__ = ["without_scare_marks"]

#: Double quotation marks (straight and curly) that :func:`without_scare_marks` may drop.
_DOUBLE_MARKS = frozenset('"“”')
#: Opening marks of a quoted premodifier (:func:`_modifier_opening`).
_OPENINGS = frozenset('"“‘')
#: Most words of a quoted premodifier.
_MODIFIER_WORDS = 2


def _modifier_opening(tokens: list[Token], j: int) -> int:
    """The index of the opening mark of a quoted premodifier whose last word is at ``j`` (one
    or two words, the mark glued to the first: 'a “targeted” airstrike', 'a ‘revenge’ strike'),
    or -1."""
    for k in range(j, max(-1, j - _MODIFIER_WORDS), -1):
        if not tokens[k].low[0].isalnum():
            return -1
        o = k - 1
        if o >= 0 and tokens[o].low in _OPENINGS and tokens[o].end == tokens[k].start:
            return o if o == 0 or tokens[o - 1].end < tokens[o].start else -1
    return -1


def without_scare_marks(tokens: list[Token], triggers: list[tuple[int, int]]) -> list[Token]:
    """``tokens`` without the quotation marks that only frame a trigger: an opening double mark
    glued to a trigger's first word ('to "attack the 2016 election', 'six cows "murdered" by
    jackbooted thugs') and a quoted premodifier of a trigger that no by- or at-phrase follows,
    both its marks ('a "minor gunshot" wound', dev batch 21; 'Russia had killed about 60 people
    in a “targeted” airstrike', 'a ‘revenge’ strike', dev batch 29), so that the words before
    the trigger are read as its modifiers; a quotation of the trigger alone keeps its marks
    unless a by- or at-phrase follows it ('was "striking"': an adjective).  A closing mark
    before a participle with its agent stays: it opens a reduced passive ('Andonov called
    "executioner" killed by a sniper', dev batch 20).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> t = 'to "attack the election'
    >>> [x.low for x in without_scare_marks(tokenize(t), [(4, 10)])]
    ['to', 'attack', 'the', 'election']
    >>> t = 'called "executioner" killed by a sniper'
    >>> len(without_scare_marks(tokenize(t), [(21, 27)])) == len(tokenize(t))
    True
    >>> t = 'in a “targeted” airstrike'
    >>> [x.low for x in without_scare_marks(tokenize(t), [(16, 25)])]
    ['in', 'a', 'targeted', 'airstrike']
    """
    starts = {a for a, _ in triggers}
    drop = set()
    for j, t in enumerate(tokens):
        if j + 1 >= len(tokens) or tokens[j + 1].start not in starts:
            continue
        after = tokens[j + 2].low if j + 2 < len(tokens) else ""
        if t.low not in _DOUBLE_MARKS:  # 'a ‘revenge’ strike': the closing mark is in the word
            o = _modifier_opening(tokens, j) if t.low.endswith("’") else -1
            if o >= 0 and tokens[o].low == "‘" and after not in ("by", "at"):
                drop.add(o)
            continue
        glued_after = t.end == tokens[j + 1].start
        glued_before = j > 0 and tokens[j - 1].end == t.start
        if glued_after and not glued_before and t.low != "”":
            # an opening mark: '"attack the …', not a one-word quotation ('was "striking"', dev
            # batch 17: an adjective) unless an agent follows it ('"murdered" by')
            shut = j + 2 < len(tokens) and tokens[j + 2].low in _DOUBLE_MARKS
            agent = j + 3 < len(tokens) and tokens[j + 3].low in ("by", "at")
            if not shut or agent:
                drop.add(j)
        elif glued_before and not glued_after and t.low != "“" and after not in ("by", "at"):
            drop.add(j)  # a closing mark after a quoted premodifier: '"minor gunshot" wound'
            o = _modifier_opening(tokens, j - 1)
            if o >= 0 and tokens[o].low in _DOUBLE_MARKS:
                drop.add(o)
    return [t for j, t in enumerate(tokens) if j not in drop] if drop else tokens
