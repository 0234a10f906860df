"""A dateline before a news story's first sentence: "WASHINGTON, Dec. 8 (UPI) — ", "ST. LOUIS —
", "NASHUA, N.H. - ", "WASHINGTON (AP) — ".  The wire services' house style (AP, Reuters, UPI;
reprinted by Breitbart, USA Today, the Washington Post): the city in capitals, then a state or
a date after a comma, an agency in brackets, and a dash.  The sentence's subject starts after
it (attribution round 14, PolNeAR train: "WASHINGTON, Dec. 8 (UPI) — In response to …,
Hillary Clinton's right-hand woman rallied supporters, saying: '…'" had the speaker
*WASHINGTON* or none).
"""

from __future__ import annotations

import re

__all__ = ["after_dateline"]

_DATELINE = re.compile(
    r"[\"“]?[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"  # the city in capitals
    r"(?:,[ ][A-Za-z0-9. ]{1,20}?)?"  # ", N.H." / ", Dec. 8"
    r"(?:[ ]?\([A-Za-z. ]{1,25}\))?"  # "(AP)"
    r"[ ]*(?:—|–|--|-)[ ]+"
)


def after_dateline(text: str, ss: int, b: int) -> int:
    """``ss`` (a sentence start), or where the sentence goes on after a dateline there.

    Examples
    --------
    >>> t = "WASHINGTON, Dec. 8 (UPI) — Clinton rallied supporters."
    >>> t[after_dateline(t, 0, len(t)) :]
    'Clinton rallied supporters.'
    >>> t = "ST. LOUIS — Trump claimed it."
    >>> t[after_dateline(t, 0, len(t)) :]
    'Trump claimed it.'
    >>> after_dateline("NATO - the alliance - said", 0, 26)
    0
    """
    m = _DATELINE.match(text, ss, b)
    if m is None or text[m.end() : m.end() + 1].islower():
        return ss
    return m.end()
