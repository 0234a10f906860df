"""A poll share as the speaker of a verb: "55 percent said", "two in three say", "a majority of
voters" (:func:`share_before`, the last rule of :func:`~.speakers.speaker_before`).

The share pattern is searched back from the verb; most speaker phrases it is asked about hold
none of the words a share needs (*per cent*, *%*, *in* and a number, *half*, *third*, *quarter*,
*fifth*, *majority*, *plurality*), and those are answered without the search.
"""

from __future__ import annotations

import re

__all__ = ["share_before", "share_in_apposition"]

# share of a poll's respondents: "55 percent said", "two in three say", "a majority of voters"
_SHARE = re.compile(
    r"(?i)(?:\b(?:about|nearly|almost|roughly|some|just|only|more than|less than|fewer than|"
    r"over|under)\s+)?\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|half|"
    r"[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))\s*(?:percent|per cent|%|"
    r"(?:in|out\s+of)\s+(?:\d+|two|three|four|five|ten))"
    r"(?:\s+(?:of\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s*$"
    r"|\b(?:half|(?:one|two|three|four)-(?:thirds?|quarters?|fourths?|fifths?))(?:\s+of\s+"
    r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s*$"
    r"|\b(?:a|the)\s+(?:majority|plurality|third|quarter|half)(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+)?\s*$|\bmajorities(?:\s+in\s+[\w\s]{1,20}?)?\s*$"
)
#: Every match of :data:`_SHARE` holds one of these (lower case) or :data:`_IN_NUMBER`.
_CUES = ("per", "%", "half", "third", "quarter", "fourth", "fifth", "majorit", "pluralit")
_IN_NUMBER = re.compile(r"(?:in|out\s+of)\s+(?:\d|two|three|four|five|ten)")
#: The characters that match an ASCII letter case-insensitively in ``re`` although their
#: ``str.lower()`` is not that letter (İ ı for *i*, ſ for *s*, the Kelvin sign for *k*): with
#: one of them in the window the cue test on the lower-cased text could miss a match.
_FOLD_OTHER = re.compile("[\u0130\u0131\u017f\u212a]")


def share_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The poll share ending at ``b`` (``_SHARE.search(text, a, b)``) as ``(start, end)``, or
    None.

    Examples
    --------
    >>> t = "Yet 55 percent of voters said"
    >>> s, e = share_before(t, 0, t.index(" said"))
    >>> t[s:e]
    '55 percent of voters'
    >>> share_before("Critics of the plan said", 0, 18) is None
    True
    >>> t = "Nearly nine out of 10 say"
    >>> t[slice(*share_before(t, 0, t.index(" say")))]
    'Nearly nine out of 10'
    """
    window = text[a:b]
    low = window.lower()
    if (
        not any(cue in low for cue in _CUES)
        and _IN_NUMBER.search(low) is None
        and _FOLD_OTHER.search(window) is None
    ):
        return None
    m = _SHARE.search(text, a, b)
    return (m.start(), m.end()) if m else None


def share_in_apposition(text: str, a: int, comma: int) -> tuple[int, int] | None:
    """A poll share between two commas, the second at ``comma``, as the speaker of the verb
    after it ("about two-thirds, 67 percent, say"; round 23), or None.  Not after a
    preposition ("rose to 5 percent, said the bureau": an inverted speaker follows).

    Examples
    --------
    >>> t = "Just over a quarter, 26 percent, say"
    >>> s, e = share_in_apposition(t, 0, t.index(", say"))
    >>> t[s:e]
    '26 percent'
    >>> t = "Unemployment rose to 5 percent, said the bureau"
    >>> share_in_apposition(t, 0, t.index(", said")) is None
    True
    """
    sh = share_before(text, max(a, comma - 40), comma)
    if sh is None or not text[sh[0] : sh[1]].endswith(("percent", "per cent", "%")):
        return None  # "A sliver of voters, 4 percent in each state, say": the first phrase
    return sh if text[a : sh[0]].rstrip().endswith(",") else None
