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

from functools import lru_cache

from ...lexicons import read_table
from .nounsubjects import verb_follows
from .sentences import sentence_start
from .speakers import sentence_subject

__all__ = ["quoted_participle_subject", "clause_subject", "inscription_nouns", "opening_subject"]


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


def clause_subject(text: str, lo: int, vs: int, bare: tuple[int, int]) -> tuple[int, int]:
    """The subject that opens ``bare`` (the words before a participle cue with no clause break)
    when a finite verb follows it, else ``bare`` (round 21, AllSides: "The White House issued a
    statement saying, '…'" gave the speaker "The White House issued a statement").

    Examples
    --------
    >>> t = "The White House issued a statement saying, 'The president is proud.'"
    >>> t[slice(*clause_subject(t, 0, t.index("saying"), (0, t.index(" saying"))))]
    'The White House'
    >>> t = "In Florida, Common Core supporters are running online ads calling on officials"
    >>> t[slice(*clause_subject(t, 0, t.index("calling"), (12, t.index(" calling"))))]
    'Common Core supporters'
    >>> t = "Some advocates for stem cell research saying it is wrong"
    >>> t[slice(*clause_subject(t, 0, t.index("saying"), (0, t.index(" saying"))))]
    'Some advocates for stem cell research'
    """
    sp = quoted_participle_subject(text, lo, vs)
    if sp is None or sp[0] != bare[0]:
        return bare
    if text[sp[0] : sp[1]].split()[0].lower() in _WH:
        return bare  # a question: "What do you think of Carson"
    rest = [w.lower().replace("’", "'") for w in text[sp[1] : bare[1]].split()]
    if rest and rest[-1] in _PREPOSITIONS:
        return bare  # no speech: "stopped just short of saying", "another way of saying"
    if rest and rest[-1] in inscription_nouns():
        # the thing that carries the text speaks: "held up a sign saying" -> "a sign"
        k = text.rfind(" ", sp[1], bare[1] - len(rest[-1]))
        det = text[sp[1] : k].split()[-1:]
        if det and det[0].lower() in ("a", "an", "the", "his", "her", "their", "its"):
            k = text.rfind(" ", sp[1], k)
        return k + 1, bare[1]
    if len(rest) == 1 and rest[0] in _AUXILIARIES:
        return sp  # a progressive: "the Wisconsin Republican isn't talking about"
    # a verb and its object follow the subject; not a plural noun before an auxiliary (round
    # 21: the subject was cut before it, "White House | officials are hoping"; since round 22
    # the subject keeps that noun, "Common Core supporters | are running online ads calling on")
    if len(rest) < 2 or rest[1] in _AUXILIARIES:
        return bare
    return sp


_PREPOSITIONS = frozenset("of without".split())  # "short of saying", "without saying"
_AUXILIARIES = frozenset(
    "is are was were have has had will would can could may might isn't aren't wasn't "
    "weren't".split()
)
_WH = frozenset("what who how why where when which whom".split())


@lru_cache(maxsize=1)
def inscription_nouns() -> frozenset[str]:
    """Things that carry a text (``lexicons/inscription_nouns.csv``: *sign, banner, T-shirt*).

    Examples
    --------
    >>> "placards" in inscription_nouns()
    True
    """
    return frozenset(r["term"].lower() for r in read_table("inscription_nouns.csv"))


def opening_subject(text: str, ss: int, span: tuple[int, int, int, int]):
    """The subject of the sentence a participle opens, after the participle's clause: "Citing
    'obligations in Tennessee,' the former vice president's spokeswoman told …" (round 22,
    PolNeAR train; a determiner's noun phrase allowed), as ``(start, end)``; None when the
    participle at ``span`` = ``(vs, ve, lo, hi)`` does not open the sentence at ``ss`` or no
    subject with a verb follows its comma.

    Examples
    --------
    >>> t = 'Citing "obligations in Tennessee," the spokeswoman told POLITICO he would skip it.'
    >>> t[slice(*opening_subject(t, 0, (0, 6, 0, len(t))))]
    'the spokeswoman'
    >>> t = "He left, citing a conflict."
    >>> opening_subject(t, 0, (t.index("citing"), t.index("citing") + 6, 0, len(t))) is None
    True
    """
    vs, ve, _, hi = span
    comma = text.find(",", ve, hi)
    if ss != vs or comma < 0:
        return None
    return sentence_subject(text, comma + 1, hi, common=True)
