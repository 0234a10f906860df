"""Verbs of thought that are no attribution of their own (issue 18, PolNeAR train).

:func:`nested_thought` is asked by
:func:`analysis.detect.quotes.attribution.find_attribution_spans` for every verb of the
``cognition`` stance class with a speaker phrase.
"""

from __future__ import annotations

import re

from .records import Attribution

__all__ = ["nested_thought"]

_FIRST_PERSON = frozenset("i we you who".split())
# the subject of a thought verb right after a relative or interrogative word: the thought is
# inside a clause of the sentence, not reported (issue 18, fourth pass, PolNeAR train)
_RELATIVE_BEFORE = re.compile(r"\b(?:what|which|who|whom|that|how|whether|if)\s+$", re.IGNORECASE)
# "said (that) he thinks", "told reporters on Monday that she believes": the addressee or a
# time between the outer verb and *that* (no sentence end, clause break or quotation)
_REPORT_LEAD = re.compile(r"\s*(?:,\s*)?(?:(?:[^.!?;:,\"“”]{1,60}?\s)?that\s+)?$")
# do-support between the subject and the verb ("Bennett does not feel", "he did not see"): a
# thought told as a fact or denied, annotated by PolNeAR about half the time (round 23: 9 of 19
# on train, where do-support before a verb of speech is 18 of 25)
_DO_SUPPORT = re.compile(
    r"\b(?:do|does|did)(?:n['’]t|[ \t]+not)?(?:[ \t]+[a-z]+ly)?[ \t]+$", re.IGNORECASE
)


def nested_thought(
    text: str, sp: tuple[int, int], out: list[Attribution], lo: int, vs: int = -1
) -> bool:
    """A verb of thought at ``vs`` with the speaker phrase ``sp`` that PolNeAR does not annotate
    as its own attribution: *I/we/you think* (the writer or an interviewee speaking), one inside
    a relative or embedded clause ("what he believes", "a measure that he thinks would pass"),
    one nested in the content of the reporting verb just before it ("said he thinks", "told
    reporters that she believes") and one after do-support ("he did not see it that way").

    Examples
    --------
    >>> nested_thought("Bennett does not feel the same way.", (0, 7), [], 0, 17)
    True
    >>> nested_thought("Bennett feels the same way.", (0, 7), [], 0, 8)
    False
    """
    if text[sp[0] : sp[1]].lower() in _FIRST_PERSON:
        # but a non-restrictive relative after a comma is the antecedent's own thought
        # ("Petrilli, who thinks …", "legal experts, who worry that …"; issue 18, sixth pass)
        return text[sp[0] : sp[1]].lower() != "who" or text[max(lo, sp[0] - 2) : sp[0]] != ", "
    if _RELATIVE_BEFORE.search(text, max(lo, sp[0] - 10), sp[0]):
        return True  # "what he believes", "a measure that he thinks would pass", "who many believe"
    if vs > sp[1] and _DO_SUPPORT.search(text, max(sp[1], vs - 40), vs):
        return True
    prev = out[-1] if out else None
    return (
        prev is not None
        and lo <= prev.verb_end <= sp[0]
        and bool(_REPORT_LEAD.fullmatch(text, prev.verb_end, sp[0]))
    )
