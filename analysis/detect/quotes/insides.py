"""Quotations inside a speaker's phrase or a speaker phrase inside a quotation (round 24).

A quoted title in a speaker's apposition ("Chuck Todd, the host of “Meet the Press,” said") is
part of the speaker phrase, not a quotation of its verb (:func:`title_closes`,
:func:`in_apposition`).  A speaker phrase inside the quotation that its verb follows is no
speaker (:func:`outside_quotation`).

When no rule finds the speaker of a verb after a quotation ("'…,' said one in New Hampshire",
"'…,' said that official, who …"), the fallbacks that take the sentence's subject read the
quotation's first words as the subject ("There", "He", "My mantra"): the verb stands outside
the marks and the phrase inside them, so the phrase is another voice's word, not the speaker.
"""

from __future__ import annotations

import re

__all__ = ["inside_quotation", "outside_quotation", "is_title", "in_apposition", "title_closes"]

_OPEN = ("“", "‘‘")
_CLOSE = ("”", "’’")
_STRAIGHT = ('"', "''")
_CLOSERS = ("”", '"', "’’", "''")


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


# the first part of a hyphenated adjective before a verb form ("a self-described", "his
# much-praised speech", "oft-stated"; not the verb prefixes "re-", "co-"; "so-called" is no cue)
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?!(?:re|co|so)-)[A-Za-z]+-$")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)\b")  # (not a noun: "talk-show host", "self-doubt")


def outside_quotation(text: str, lo: int, vs: int, sp):
    """``sp`` (a speaker span, an attribution record, None or False), or no speaker (``(-1,
    -1)``: the cue counts) when the span starts inside a quotation and the verb at ``vs``
    outside it, or when the verb ends a hyphenated adjective: "Matt Kibbe, a self-described
    “recovering Republican”" is a cue of Kibbe's words (PolNeAR annotates it), but its phrase
    "a self-" is no speaker and it leads no quotation.

    Examples
    --------
    >>> t = "said Matt Kibbe, a self-described “recovering Republican”"
    >>> outside_quotation(t, 0, t.index("described"), (17, 24))
    (-1, -1)
    """
    if not isinstance(sp, tuple) or sp[0] < 0:
        return sp
    if _COMPOUND_BEFORE.search(text, max(0, vs - 12), vs) and _PARTICIPLE.match(text, vs):
        return (-1, -1)
    if not any(m in text[sp[1] : vs] for m in _CLOSERS):
        return sp  # no closing mark between them (the cheap test first)
    if inside_quotation(text, lo, sp[0]) and not inside_quotation(text, lo, vs):
        return (-1, -1)
    return sp


# Title Case: every word capitalised or a short lowercase function word, optional final , or .
_TITLE_RE = re.compile(
    r"[A-Z0-9][\w'’-]*(?:[ :]+(?:[A-Z0-9][\w'’-]*|"
    r"(?:a|an|the|of|to|in|on|at|for|and|or|but|by|with|from|as|is)\b))+[,.]?"
)


def is_title(inner: str) -> bool:
    """A quoted title or name in Title Case ("The Kid Who Would Be King", "The Art of the
    Deal,"): every word capitalised or a short function word, an optional final , or .

    Examples
    --------
    >>> is_title("The Art of the Deal,"), is_title("a closed primary")
    (True, False)
    """
    return _TITLE_RE.fullmatch(inner) is not None


def in_apposition(text: str, ss: int, k: int) -> bool:
    """Whether ``k`` lies in an apposition opened after a name in the sentence at ``ss``: a
    comma after a capitalised word, then at most 15 words, the first in lower case ("Chuck
    Todd, the host of", "Mr. Edwards, whose book … is titled").

    Examples
    --------
    >>> t = "Chuck Todd, the host of “Meet the Press,” said"
    >>> in_apposition(t, 0, t.index("“")), in_apposition("In Iowa, Meet", 0, 9)
    (True, False)
    """
    c = text.rfind(",", ss, k)
    if c <= ss or not text[ss:c].split()[-1][:1].isupper():
        return False
    words = text[c + 1 : k].split()
    return 0 < len(words) <= 15 and words[0][:1].islower() and not any("”" in w for w in words)


# closing mark -> its opening mark; the doubled single marks of the New York Times' house style
# ("the author of ''America's Unwritten Constitution,'' put it"; round 26) as the others
_CLOSER = {"”": "“", '"': '"', "''": "''", "’’": "‘‘"}


def title_closes(text: str, a: int, end: int) -> bool:
    """Whether the text before ``end`` (after ``a``) closes a quoted title ending in a comma in
    an apposition: ``Chuck Todd, the host of “Meet the Press,”`` before *said*.

    Examples
    --------
    >>> t = "Chuck Todd, the host of “Meet the Press,” said"
    >>> title_closes(t, 0, t.index(" said")), title_closes("He said, “We won,” said", 0, 17)
    (True, False)
    >>> t = "Chuck Todd, the host of ''Meet the Press,'' said"
    >>> title_closes(t, 0, t.index(" said"))
    True
    """
    k = len(text[a:end].rstrip()) + a
    mark = text[k - 2 : k] if text[k - 2 : k] in _CLOSER else text[k - 1 : k]
    c = k - len(mark)  # where the closing mark starts
    if c - a < 1 or mark not in _CLOSER or text[c - 1] != ",":
        return False
    opening = _CLOSER[mark]
    op = text.rfind(opening, a, c - 1)
    return op > a and is_title(text[op + len(opening) : c - 1]) and in_apposition(text, a, op)
