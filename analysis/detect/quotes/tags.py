"""Tags after a speaker's name that are not the speaker: party and state ("Sen. Rand Paul,
R-Ky.,", "Rep. Nancy Pelosi (D-Calif.)") and generational suffixes ("John G. Roberts, Jr.").

A speaker phrase found right before a reporting verb (or a colon) is sometimes only such a tag;
the speaker is the name before it.
"""

from __future__ import annotations

import re

from .speakers import CONNECTIVES, DETERMINERS, speaker_before

__all__ = ["name_before_tag", "antecedent_before"]

#: A party-and-state tag (AP style "R-Ky.", "D-N.Y.", "D-California", "R-KY"; "I-Vt.") or a
#: generational suffix.
_TAG = re.compile(r"(?:[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|Jr\.?|Sr\.?|III|IV)")
#: The name before a tag, ending in a comma or an opening parenthesis: up to six capitalised
#: words (initials and titles included).
#: Words that open a sentence before a name without being part of it ("But Sen. Rand Paul").
_LEAD_WORDS = CONNECTIVES | DETERMINERS
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*[\w.])\s*[,(]\s*$")


def name_before_tag(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int]:
    """``span``, or the name before it when the speaker phrase at ``span`` is only a tag.

    Parameters
    ----------
    text
        The text.
    lo
        The earliest position to read (the block's start).
    span
        ``(start, end)`` of the speaker phrase.

    Examples
    --------
    >>> t = "Sen. Debbie Stabenow, D-Mich., a member of the leadership team, said it."
    >>> s, e = name_before_tag(t, 0, (t.index("D-Mich."), t.index("D-Mich.") + 7))
    >>> t[s:e]
    'Sen. Debbie Stabenow'
    >>> name_before_tag(t, 0, (0, 20)) == (0, 20)
    True
    """
    s, e = span
    if s < 0 or not _TAG.fullmatch(text, s, e):
        return span
    m = _NAME_BEFORE.search(text, max(lo, s - 100), s)
    if m is None:
        return span
    start = m.start(1)
    for w in re.finditer(r"\S+\s+", text[start : m.end(1)]):
        if w.group().strip().lower() not in _LEAD_WORDS:
            break
        start += len(w.group())  # "But Sen. Rand Paul, R-Ky.,"
    return start, m.end(1)


def antecedent_before(
    text: str, lo: int, comma: int, verb_re: re.Pattern[str]
) -> tuple[int, int] | None:
    """The noun phrase before the comma of a relative ``, who``: the speaker phrase before it,
    or the name before it when that phrase is only a tag (round 29: "House Speaker Paul Ryan,
    R-Wisc., who said that "…"" had the antecedent *R-Wisc.*).

    Parameters
    ----------
    text
        The text.
    lo
        The earliest position to read.
    comma
        The comma before the relative pronoun.
    verb_re
        The verb table's regular expression (as :func:`speakers.speaker_before` takes it).

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the antecedent, or None.

    Examples
    --------
    >>> import re
    >>> t = "The critics include Sen. Mike Lee, R-Utah, who said it."
    >>> s, e = antecedent_before(t, 0, t.index(", who"), re.compile(r"\\bsaid\\b"))
    >>> t[s:e]
    'Sen. Mike Lee'
    """
    sp = speaker_before(text, lo, comma, verb_re)
    return name_before_tag(text, lo, sp) if sp else None
