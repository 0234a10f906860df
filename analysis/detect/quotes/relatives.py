"""Reporting verbs around a non-restrictive relative clause (``Cruz, who has proposed …, said``).

The verb after the clause's closing comma belongs to the noun phrase before ``, who``: its
speaker is that antecedent, not the words after the verb nor a word inside a quotation before
it; and a quotation before ``X, who VERB …, said`` is spoken with the main verb, not with the
verb of the relative clause (issue 18, round 19, PolNeAR train).  A restrictive *that* as a
speaker (:mod:`.thatrelatives`) stands only before a verb of saying (:func:`relative_kept`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .coordination import coordinated
from .records import Attribution
from .sentences import sentence_start
from .speakers import speaker_before

__all__ = [
    "relative_antecedent",
    "relative_speaker",
    "in_relative",
    "past_relative",
    "relative_kept",
]

# ", who has proposed repealing the mandate over five years, " right before the verb: a relative
# clause without a comma, stop, colon, semicolon or quotation mark of its own
_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:who|which)[ \t]+[^,;:.!?\"“”'‘’\n]{2,140},[ \t]*\Z")
_QUOTE_MARKS = "\"“”'‘’"


def relative_antecedent(
    text: str, ss: int, vspan: tuple[int, int], verb_re: re.Pattern
) -> tuple[int, int] | None:
    """The antecedent of a relative clause that closes right before the verb at ``vspan``
    (``ss``: the sentence start), as ``(start, end)``, or None when no such clause stands there
    or the phrase before the comma does not agree with a verb in -s ("The report by U.S.
    intelligence officials, which …, says": the rules without the clause decide).

    Examples
    --------
    >>> from analysis.detect.quotes.tables import load_verbs
    >>> t = "Cruz, who has proposed repealing the mandate, said the plan failed."
    >>> v = load_verbs(None)
    >>> sp = relative_antecedent(t, 0, (t.index("said"), t.index("said") + 4), v.regex)
    >>> t[sp[0] : sp[1]]
    'Cruz'
    """
    vs, ve = vspan
    a = max(ss, vs - 200)
    if text.find(",", a, vs) < 0:
        return None  # the cheap test first
    m = _RELATIVE_CLAUSE.search(text[a:vs])
    if m is None:
        return None
    comma = a + m.start()
    # the antecedent stands after the last quotation mark before it ('"…," Warren, who …')
    lo = max(ss, comma - 160)
    for k in range(comma - 1, lo - 1, -1):
        if text[k] in _QUOTE_MARKS and not (text[k] in "'’" and text[k - 1 : k].isalpha()):
            lo = k + 1
            break
    sp = speaker_before(text, lo, comma, verb_re)
    if sp is None or text[ve - 1 : ve] != "s":
        return sp
    head = text[sp[0] : sp[1]].split()[-1]
    return None if head.islower() and head.endswith("s") and not head.endswith("ss") else sp


def relative_speaker(
    text: str, term: str, span: tuple[int, int, int, int], verb_re: re.Pattern
) -> tuple[int, int] | None:
    """The speaker of the finite verb at ``span`` = ``(vs, ve, lo, hi)`` (verb and block bounds)
    when a relative clause closes right before it: the antecedent, a coordinated name kept whole
    ("The Securities and Exchange Commission, which …, encouraged"); None otherwise and for
    *according to*, whose source follows it."""
    vs, ve, lo, hi = span
    if not text[max(lo, vs - 4) : vs].rstrip(" \t").endswith(",") or term == "according to":
        return None  # the cheap test first: a comma right before the verb
    sp = relative_antecedent(text, sentence_start(text, lo, min(vs + 1, hi)), (vs, ve), verb_re)
    return coordinated(text, sp, lo, hi) if sp is not None else None


def in_relative(text: str, at: Attribution) -> bool:
    """Whether the attribution's speaker is a relative pronoun after a comma (``, who noted``)."""
    s, e = at.speaker_start, at.speaker_end
    if s < 2 or text[s:e].lower() not in ("who", "which"):
        return False
    return text[:s].rstrip().endswith(",")


def past_relative(
    text: str, attrs: Sequence[Attribution], i: int, bound: int
) -> Attribution | None:
    """For the attribution ``attrs[i]`` inside a relative clause, the next one before ``bound``
    whose speaker is the clause's antecedent (``'…,' Warren, who endorsed Clinton, told
    reporters``), else None."""
    at = attrs[i]
    if i + 1 >= len(attrs) or not in_relative(text, at):
        return None
    nxt = attrs[i + 1]
    if nxt.verb_start >= bound or not 0 <= nxt.speaker_start < nxt.speaker_end <= at.speaker_start:
        return None
    return nxt


def relative_kept(text: str, sp, term: str, verbs) -> bool:
    """Whether the speaker ``sp`` found for the verb ``term`` stands: False only for the
    relative *that* (a ``(start, end)`` span) before a verb that is not in the table's
    ``speakerless`` set (``verbs``: a :class:`analysis.detect.quotes.tables.VerbTable`).

    Examples
    --------
    >>> from analysis.detect.quotes.tables import load_verbs
    >>> t = "bottles that said"
    >>> relative_kept(t, (8, 12), "said", load_verbs(None))
    True
    >>> relative_kept("an offensive that threatens", (13, 17), "threatens", load_verbs(None))
    False
    >>> relative_kept(t, None, "said", load_verbs(None))
    True
    """
    if not isinstance(sp, tuple) or sp[0] < 0 or text[sp[0] : sp[1]] != "that":
        return True
    return term in verbs.speakerless
