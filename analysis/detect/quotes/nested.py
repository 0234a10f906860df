"""A speaker phrase that swallowed an earlier cue: ``The Post reported Sanders aides said``.

The speaker walk reads ``The Post reported Sanders aides`` as one noun phrase before *said*;
the earlier attribution's verb *reported* inside it marks where the nested speaker begins
(issue 18, round 19: left alone in earlier rounds, seen on PolNeAR train and AllSides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Attribution
from .speakers import DETERMINERS, NP_STOP, QUANTIFIERS

__all__ = ["after_inner_cue"]


def after_inner_cue(
    text: str, sp: tuple[int, int], out: Sequence[Attribution], vs: int
) -> tuple[int, int]:
    """``sp`` (the speaker phrase of the verb at ``vs``) cut to start after the verb of an
    earlier attribution inside it whose own speaker or cue opens the phrase (``Politico reported
    Clinton`` -> ``Clinton``, ``Bush claimed Trump`` -> ``Trump``, past a *that*); ``sp`` itself
    when there is none, when the rest would start with a function word (``most Democrats
    questioned in the CNN poll``: a participle, not a clause) or the verb is an infinitive.

    Examples
    --------
    >>> from analysis.detect.quotes import find_attributions
    >>> t = "The Post reported Sanders aides said they would fight."
    >>> prev = find_attributions(t)[:1]
    >>> sp = after_inner_cue(t, (0, 31), prev, 32)
    >>> t[sp[0] : sp[1]]
    'Sanders aides'
    """
    s, e = sp
    if not out or (out[-1].verb_start < s and (len(out) < 2 or out[-2].verb_start < s)):
        return sp  # the cheap test first: no earlier cue inside the phrase
    if text[max(0, vs - 3) : vs] == "to ":
        return sp
    for prev in reversed(out[-2:]):
        if s in (prev.speaker_start, prev.verb_start) and 0 <= prev.speaker_start < e:
            if prev.verb_end >= e or prev.verb_start < s or prev.speaker_end > prev.verb_start:
                continue
            if len(text[prev.speaker_end : prev.verb_start].split()) > 1 or not re.fullmatch(
                r"[\w\s]*", text[prev.speaker_end : prev.verb_start]
            ):
                continue  # the earlier speaker is not the subject right before its verb
            # the phrase opens with the earlier speaker or cue: "ABC News also claims Sessions"
            m = _REST.match(text, prev.verb_end, e)
            if m is None or text[prev.verb_end - 3 : prev.verb_end] == "ing":
                return sp  # "groups hoping to limit immigration vowed": a participle
            if not _clause_subject(
                text[prev.speaker_start : prev.speaker_end], text[prev.verb_start]
            ):
                return sp  # an adjective, not a clause: "some alleged victims", "So-called"
            if m.group(1).lower() in NP_STOP or m.group(1).lower() in ("to", "for", "of"):
                return sp
            return m.end() - len(m.group(1)), e
    return sp


def _clause_subject(phrase: str, verb_initial: str) -> bool:
    """Whether an earlier cue with this speaker phrase heads a clause: a lower-case verb after a
    phrase that ends in a noun or name, not in a determiner, a quantifier, a superlative or a
    hyphen ("The latest forecast track", "some alleged victims", "the shaky-voiced senator",
    Title Case headlines)."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return (
        verb_initial.islower()
        and bool(last)
        and not last.endswith(("-", "est"))
        and last not in DETERMINERS
        and last not in QUANTIFIERS
        and last not in NP_STOP
    )


# white space and an optional "that", then the first word of the nested speaker
_REST = re.compile(r"\s+(?:that\s+)?([\w’'-]+)")
