"""A time adverbial between a speaker and the verb: "Hillary Clinton on Tuesday said",
"Priebus later Thursday told", "Beck on Wednesday called" (the day is no speaker).

Weekday names and *today, yesterday, tonight* are closed-class words of the calendar, not a
curated lexicon.  Issue 18, round 13 (PolNeAR train: 40 attributions whose speaker was a bare
weekday, "Tuesday" 12 times).
"""

from __future__ import annotations

import re

__all__ = ["before_time", "time_opener", "WEEKDAYS"]

#: The weekday names: a phrase headed by one names a day, not a person.
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DAYS = r"(?:" + "|".join(sorted(WEEKDAYS)) + "|today|yesterday|tonight)"
# the adverbial at the end of the span: "on Tuesday", "late Friday night", "during a Sunday",
# "Tuesday" (a comma may follow it: "Sanders' comments Tuesday, telling …" is not this rule)
_TIME = re.compile(
    r"(?:(?:\b(?i:on|late|early|later|earlier|during|this|last|next)\s+)?(?:\b(?i:a|an)\s+)?\b"
    + _DAYS
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    # a period before now: "just last week", "earlier this month", "last night" (round 20)
    + r"|\b(?i:(?:just|only)\s+)?(?i:last|this|earlier\s+this|late\s+last|earlier\s+last)\s+"
    + r"(?i:week|month|year|weekend|night))\s*\Z"
)
# an intensive reflexive after the subject: "Trump himself said" (round 20)
_REFLEXIVE = re.compile(
    r"\b(?i:himself|herself|themselves|itself)(?:\s+(?i:has|have|had|also|once|later|then))*\s*\Z"
)

# the word before the adverbial ends no subject: a conjunction ("… and on Monday announced"),
# a relative pronoun, a particle ("a poll out Monday showed")
_NOT_SUBJECT_END = frozenset("and but or nor then also yet so who which that out up".split())


_ENDS = ("day", "night", "morning", "afternoon", "evening", "week", "month", "year", "weekend")


def before_time(text: str, a: int, b: int) -> int:
    """``b``, or the start of a time adverbial (and then of an intensive reflexive) that ends
    right before it when a speaker phrase stands before that (``a``: how far back to look).

    Examples
    --------
    >>> t = "Hillary Clinton on Tuesday said"
    >>> t[: before_time(t, 0, t.index(" said"))]
    'Hillary Clinton'
    >>> [before_time(t, 0, t.index(" said")) == t.index(" said")
    ...  for t in ("On Tuesday said", "A poll released Tuesday said", "and on Tuesday said")]
    [True, True, True]
    >>> [t[: before_time(t, 0, t.index(" said"))] for t in ("Trump himself just last week said",
    ...  "The candidate himself has said", "He earlier this month said")]
    ['Trump', 'The candidate', 'He']
    """
    tail = text[max(a, b - 12) : b].rstrip()
    if tail.endswith(_ENDS):  # the cheap test first: this runs for every speaker phrase
        b = _cut(text, a, b, _TIME.search(text[a:b]))
        tail = text[max(a, b - 12) : b].rstrip()
    if "sel" in text[max(a, b - 24) : b]:
        b = _cut(text, a, b, _REFLEXIVE.search(text[a:b]))
    return b


def _cut(text: str, a: int, b: int, m: re.Match | None) -> int:
    """The start of the adverbial matched in ``text[a:b]`` when a word of a speaker phrase
    stands before it, else ``b``."""
    if m is None:
        return b
    k = a + m.start()
    while k > a and text[k - 1].isspace():
        k -= 1
    # a word of the speaker phrase before it (a letter, a digit, a closing parenthesis, the
    # stop of "Jr."), not a comma or the start of the span
    if k <= a or not (text[k - 1].isalnum() or text[k - 1] in ").’'"):
        return b
    prev = text[max(a, k - 20) : k].split()[-1]
    if prev.lower() in _NOT_SUBJECT_END or (prev.islower() and prev.endswith(("ed", "en"))):
        return b  # "but on Tuesday wrote", "a poll released Saturday found": the day stays
    return k


# time adverbs that open a sentence without a comma before its subject (round attr42)
_OPENERS = frozenset("later earlier recently yesterday previously afterward afterwards".split())


def time_opener(toks: list[re.Match[str]], k: int, end: int) -> bool:
    """Whether token ``k`` is a time adverb opening a sentence before a capitalised subject
    (before token ``end``): "Later Trump backed …", "Yesterday Sarah Huckabee Sanders
    dismissed …" (round attr42; AllSides).  Not before a weekday or a lowercase word: "Earlier
    Friday, the White House …" is an adverbial up to its comma, "Earlier this year Cohen …"
    one the subject rules do not cut.

    Examples
    --------
    >>> toks = list(re.finditer(r"\\S+", "Later Trump backed"))
    >>> time_opener(toks, 0, 3), time_opener(list(re.finditer(r"\\S+", "Later Friday, he")), 0, 3)
    (True, False)
    """
    if toks[k][0].lower() not in _OPENERS or k + 1 >= end:
        return False
    nxt = toks[k + 1][0]
    return nxt[:1].isupper() and nxt.rstrip(",") not in WEEKDAYS
