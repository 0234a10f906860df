"""The subject of a participle that introduces a quotation when no earlier attribution of the
sentence gives one (issue 18, round 20): "The president didn't hide his irritation at Warren's
comments, stating, '…'", "The court judged the program's premise as ineffectual, stating,
'…'", "The president left no doubt …, saying that ''…''".

The name rules of :func:`analysis.detect.quotes.speakers.sentence_subject` find no subject
headed by a common noun after a determiner; here one is accepted, in the clause of the
participle (after the last semicolon: "…; and Jeb Bush made a comment …, saying, '…'"), when a
finite verb follows it ("The aide wouldn't", "The court judged"; not "Her voice breaking at
times, Obama went on to say": an absolute phrase, no subject).
"""

from __future__ import annotations

from .nounsubjects import verb_follows
from .sentences import sentence_start
from .speakers import sentence_subject

__all__ = ["quoted_participle_subject"]


def quoted_participle_subject(text: str, lo: int, vs: int) -> tuple[int, int] | None:
    """The ``(start, end)`` of the subject of the clause of the participle at ``vs`` (block
    start ``lo``), a determiner's noun phrase allowed, when a finite verb follows it; else None.

    Examples
    --------
    >>> t = "The court judged the premise as ineffectual, stating, 'the records are vast.'"
    >>> t[slice(*quoted_participle_subject(t, 0, t.index("stating")))]
    'The court'
    >>> t = "The campaign hit hard; and Jeb Bush made a comment in 1994, saying, 'get a job.'"
    >>> t[slice(*quoted_participle_subject(t, 0, t.index("saying")))]
    'Jeb Bush'
    >>> t = "Her voice breaking at times, Obama went on to say, 'I listen,' adding, 'we hurt.'"
    >>> quoted_participle_subject(t, 0, t.index("adding")) is None
    True
    """
    ss = sentence_start(text, lo, vs)
    semi = text.rfind(";", ss, vs)
    cs = semi + 1 if semi >= 0 else ss
    sp = sentence_subject(text, cs, vs, common=True)
    if sp is None or not verb_follows(text, sp[1]):
        return None
    return sp
