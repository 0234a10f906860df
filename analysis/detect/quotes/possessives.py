"""The apostrophe of a plural possessive is no closing quotation mark before a verb.

After a closing mark a reporting verb is inverted and its speaker follows (``'…,' said
Peskov``).  The apostrophe of a plural possessive is the same character (``Sanders’``,
``voters'``), and a noun after it that the verb table also lists as a verb (*comments*,
*remarks*, *claims*) then took the words after it for a speaker: "Weaver didn’t seem impressed
with Sanders’ comments Tuesday, telling reporters, '…'" gave the quotation the speaker
*Tuesday* (attribution round 14, PolNeAR train, HuffPost).
"""

from __future__ import annotations

from ...text.typography import QUOTE_MARKS

__all__ = ["inversion_mark"]


def inversion_mark(before: str) -> bool:
    """Whether ``before`` (the text right before a verb, trailing space stripped) ends with a
    closing quotation mark or a comma after which an inverted speaker may follow, not with
    the apostrophe of a plural possessive (``s’``, ``s'``).

    Examples
    --------
    >>> [inversion_mark(b) for b in ("war,’", "the plan”", "Sanders’", "voters'", "Ohio,", "")]
    [True, True, False, False, True, False]
    """
    if not before or before[-1] not in QUOTE_MARKS + ",":
        return False
    return not (before[-1] in "’'" and before[-2:-1] == "s")
