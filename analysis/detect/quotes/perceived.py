"""The subject of a participle cue after a passive of perception (issue 18, round attr42):
"Reid was caught on a hot mic telling Gray, '…'", "Assange was heard shouting, '…'", "Police
could be heard shouting: '…'".  The participle says what the subject was heard or recorded
saying, so the subject of the passive speaks; without this only the speaker-optional *saying*
found it, and *telling*, *shouting*, *asking* … were left without a speaker (AllSides, about a
quarter of the family).  The participles are data (``lexicons/perception_passives.csv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table
from .sentences import sentence_start
from .speakers import sentence_subject

__all__ = ["perceived_subject", "perception_passive"]


@lru_cache(maxsize=1)
def perception_passive() -> re.Pattern[str]:
    """A form of *be*, a perception participle of ``lexicons/perception_passives.csv`` and up to
    twelve words without a clause break, ending where the participle cue starts; *as* only as the
    last word ("was recorded as saying"; "was widely seen as a warning" is no perception).

    Examples
    --------
    >>> bool(perception_passive().search("Reid was caught on a hot mic "))
    True
    >>> bool(perception_passive().search("Reid was caught, "))
    False
    >>> bool(perception_passive().search("The move was widely seen as a "))
    False
    """
    terms = sorted((r["term"].lower() for r in read_table("perception_passives.csv")), key=len)
    alt = "|".join(re.escape(t) for t in reversed(terms))
    return re.compile(
        r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:" + alt + r")\b"
        r"(?:[ \t]+(?!as\b)[^\s,;:.!?\"“”()]+){0,12}(?:[ \t]+as)?[ \t]+$",
        re.IGNORECASE,
    )


def perceived_subject(text: str, lo: int, vs: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the subject of a passive of perception right before the
    participle cue at ``vs`` (block start ``lo``), a determiner's noun phrase allowed; None
    when no such passive precedes the cue in its sentence.

    Examples
    --------
    >>> t = "Reid was caught on a hot mic telling Gray, 'I am on your side.'"
    >>> t[slice(*perceived_subject(t, 0, t.index("telling")))]
    'Reid'
    >>> t = "Police could be heard shouting: 'Hands up!'"
    >>> t[slice(*perceived_subject(t, 0, t.index("shouting")))]
    'Police'
    >>> t = "After Ecuador ended his asylum, Assange was heard shouting, 'This is unlawful.'"
    >>> t[slice(*perceived_subject(t, 0, t.index("shouting")))]
    'Assange'
    >>> t = "Reid was caught by surprise, telling Gray, 'I am on your side.'"
    >>> perceived_subject(t, 0, t.index("telling")) is None
    True
    """
    ss = sentence_start(text, lo, vs)
    m = perception_passive().search(text, max(ss, vs - 120), vs)
    if m is None:
        return None
    # the subject of the passive's own clause, right before its auxiliary: "After Ecuador
    # terminated his asylum, the Australian-born Assange was heard" -> not "Ecuador"
    starts = [ss] + [b.end() for b in _CLAUSE_BREAK.finditer(text, ss, m.start())]
    for cs in reversed(starts):  # the nearest clause first: "…, that the president was"
        sp = sentence_subject(text, cs, vs, common=True)
        if sp is not None and _ABUTS.fullmatch(text, sp[1], m.start()):
            return sp
    return None


# where a clause may open inside the sentence
_CLAUSE_BREAK = re.compile(
    r"[,;]\s*|\b(?:when|while|as|after|before|because|since|that|where|if|and|but)\s+"
)
# between the subject and the passive's form of *be*: modals, *also*, adverbs
_ABUTS = re.compile(
    r"(?:\s+(?:can|could|may|might|will|would|must|should|has|have|had|also|[a-z]+ly))*\s+"
)
