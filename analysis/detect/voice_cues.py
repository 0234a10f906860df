"""Cues and nesting of attributions for the voice spans (:mod:`analysis.detect.voice`; issue 17,
voice17): which cue verbs are a source's own thought (reported, not the outlet's words), and
which attributions stand inside another source's words."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from .quotes.subjects import evidence_subject

__all__ = ["THOUGHT_CUES", "source_thought", "ContentIndex", "content_index", "outer_content_start"]

#: Cue subcategories of a source's own belief, guess or tentative statement: the hedge the verb
#: expresses is the source's ("he believes Assad must go", "Other sources speculated that",
#: "He estimated that"), so the cue is in the reported voice (hit audit guideline, dev7 and dev9:
#: "Republican operatives guessed that", "Some founder members suspect that").
THOUGHT_CUES: frozenset[str] = frozenset({"belief", "hedge", "expectation"})
#: Subjects whose belief or suggestion is the writer's own inference: the writer ("I believe",
#: "One suspects"), a generic "you", facts, evidence and things ("These facts suggest", "History
#: suggests", "a Fox News poll … which indicated", "The email also indicated").
_WRITER_OR_EVIDENCE = re.compile(
    r"(?:^|\s)(?:i|we|you|one|it|this|these|which|that|facts?|evidence|signs?|data|history"
    r"|e-?mails?|letters?|cases?|requests?|trends?)$",
    re.IGNORECASE,
)


def source_thought(text: str, a: Any) -> bool:
    """Whether attribution ``a`` is a named source's belief, estimate or suggestion whose cue
    verb is reported: a cue of :data:`THOUGHT_CUES` (not "is expected to", the outlet's
    forecast) with a speaker phrase that is neither the writer nor evidence (a poll, study,
    document or facts).

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> t = "He believes Assad must go. I believe it."
    >>> a = A(verb="believes", verb_start=3, verb_end=11, subcategory="belief",
    ...       speaker_start=0, speaker_end=2)
    >>> b = A(verb="believe", verb_start=29, verb_end=36, subcategory="belief",
    ...       speaker_start=27, speaker_end=28)
    >>> source_thought(t, a), source_thought(t, b)
    (True, False)
    """
    if getattr(a, "subcategory", "") not in THOUGHT_CUES or "expected" in str(a.verb).lower():
        return False
    s, e = int(getattr(a, "speaker_start", -1)), int(getattr(a, "speaker_end", -1))
    if s < 0 or e <= s:
        return False
    speaker = text[s:e].strip()
    return not (_WRITER_OR_EVIDENCE.search(speaker) or evidence_subject(text, (s, e)))


class ContentIndex(NamedTuple):
    """The contents attribution records give, sorted by start (:func:`content_index`)."""

    starts: list[int]
    contents: list[tuple[int, int, int]]  # (start, end, position of the record)


def content_index(attributions: Sequence[Any]) -> ContentIndex:
    """The :class:`ContentIndex` of ``attributions`` (records with a content span)."""
    contents = sorted(
        (int(getattr(b, "content_start", -1)), int(getattr(b, "content_end", -1)), j)
        for j, b in enumerate(attributions)
        if int(getattr(b, "content_start", -1)) >= 0
    )
    return ContentIndex([c[0] for c in contents], contents)


def outer_content_start(index: ContentIndex, i: int, vs: int) -> int | None:
    """The latest start of a content another record (not the ``i``-th) gives around the cue at
    ``vs``, or ``None``: a cue nested in another source's words ("Zelensky warned a
    “catastrophe” at the Russian-controlled facility would threaten the whole of Europe") gives
    no content before that start (hit audit dev10: the nested "would threaten" gave the
    sentence from "On Monday, Ukrainian President Volodymyr Zelensky" on).

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> recs = [A(content_start=10, content_end=50), A(content_start=-1, content_end=-1)]
    >>> ix = content_index(recs)
    >>> outer_content_start(ix, 1, 30), outer_content_start(ix, 0, 30)
    (10, None)
    """
    starts, contents = index
    k = bisect.bisect_right(starts, vs) - 1
    while k >= 0 and vs - contents[k][0] < _NEST_REACH:
        cs, ce, j = contents[k]
        if j != i and vs < ce:
            return cs
        k -= 1
    return None


#: How far before a cue the content that holds it may start (a content is a sentence or two).
_NEST_REACH = 2000
