"""A sentence subject headed by a common noun after a determiner: "A footnote in the report
makes that clear: '…'", "The headline reads: '…'", "a spokesman for Bernie Sanders could only
quip: '…'" (issue 18, round 13, PolNeAR train: colon lead-ins whose subject names no person).

Used by :func:`analysis.detect.quotes.speakers.sentence_subject` (``common=True``: colon
lead-ins and the subject of a quotation's sentence) when the subject has no capitalised name.
The phrase ends where a verb follows: an auxiliary, a modal or a common irregular past, or a
word in *-s* / *-ed* after a singular noun ("report makes"; not "rights groups", not "results
were", not "obtained by").
"""

from __future__ import annotations

__all__ = ["determined_subject_end"]

_DETERMINERS = frozenset("the a an this that its his her their one another".split())
_PREPOSITIONS = frozenset("of in from for by at on to with".split())
_AUXILIARIES = frozenset(
    "is was are were has have had will would could can may might must should did does do "
    "also then said told wrote made gave took saw put read sent went spoke thought".split()
)


def _word(t: str) -> bool:
    return t[:1].isalpha() or t[:1].isdigit()


def determined_subject_end(toks, k: int) -> int | None:
    """Index of the last token of a determiner-led subject starting at token ``k`` (``toks``:
    word matches), when the next token is its verb; else None.

    Examples
    --------
    >>> import re
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "A footnote in the report makes that clear"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'report'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "the rights groups said"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'groups'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "the rights groups"))
    >>> determined_subject_end(ts, 0) is None
    True
    """
    if k >= len(toks) or toks[k][0].lower() not in _DETERMINERS:
        return None
    j, last, preps = k + 1, None, 0
    while j < len(toks) and j - k <= 12:
        t = toks[j][0]
        lt = t.lower()
        if not _word(t):
            return None
        nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
        if last is not None and (
            lt in _AUXILIARIES
            or (
                t.islower()
                and lt.endswith(("s", "ed"))
                and "'" not in lt.replace("’", "'")  # "the city's leaders": a possessive
                and not toks[last][0].endswith("s")
                and not (last == k + 1 and toks[last][0].endswith("ly"))  # "A previously …"
                and nxt not in _AUXILIARIES  # "the referendum results were": a noun
                and nxt != "by"  # "an email obtained by …": a participle
            )
        ):
            return (
                last
                if toks[last][0][:1].isalnum()
                and toks[last][0].lower() not in (_PREPOSITIONS | _DETERMINERS)
                else None
            )
        if lt in _PREPOSITIONS:
            preps += 1
            if preps > 2 or last is None:
                return None
        elif lt not in _DETERMINERS:
            last = j
        j += 1
    return None
