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

import re

__all__ = ["determined_subject_end", "verb_follows", "before_preposition"]

_DETERMINERS = frozenset("the a an this that its his her their one another".split())
_PREPOSITIONS = frozenset("of in from for by at on to with".split())
_AUXILIARIES = frozenset(
    "is was are were has have had will would could can may might must should did does do "
    "also then said told wrote made gave took saw put read sent went spoke thought "
    # common irregular pasts and negated auxiliaries (round 20: "The first incident came …",
    # "The president didn't hide …, stating, '…'")
    "came got held kept led met ran stood felt brought began knew lost paid won sat heard meant "
    "became fell grew drew rose struck sought bought caught fought taught built spent sold hid "
    "didn't doesn't don't won't wasn't isn't hasn't haven't hadn't wouldn't couldn't can't".split()
)


_POSSESSIVES = frozenset("his her its their our my your no a an the these those".split())


def _ends_phrase(t: str) -> bool:
    return t[:1].isalnum() and t.lower() not in (_PREPOSITIONS | _DETERMINERS)


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
    >>> ts = list(re.finditer(r"[\\w.'’-]+|,", "The president didn’t hide his irritation"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'president'
    >>> ts = list(re.finditer(r"[\\w.'’-]+|,", "The president hid his irritation at it"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'president'
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
            lt.replace("’", "'") in _AUXILIARIES
            or (
                t.islower()
                and lt.endswith(("s", "ed"))
                and lt not in _DETERMINERS  # "his", "its", "this": not a verb in -s
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
        if lt in _POSSESSIVES and last == j - 1 and j - 2 > k and _ends_phrase(toks[j - 2][0]):
            return j - 2  # a determiner after a word that is no preposition: that word is the
            # verb ("The president hid his irritation"; round 20)
        if lt in _PREPOSITIONS:
            preps += 1
            if preps > 2 or last is None:
                return None
        elif lt not in _DETERMINERS:
            last = j
        j += 1
    return None


def verb_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` looks like a finite verb: an auxiliary, a negated one or
    a common irregular past (the closed list above), a lowercase word in *-ed* or *-s* that is
    no determiner, or one followed by a determiner ("The court judged", "The aide wouldn't",
    "The president left no doubt"; not "Her voice breaking at").

    Examples
    --------
    >>> ts = ("The court judged it", "Her voice breaking at", "The aide wouldn’t")
    >>> [verb_follows(t, 9) for t in ts]
    [True, False, True]
    """
    m = re.match(r"\s*([\w’'-]+)(?:\s+([\w’'-]+))?", text[end : end + 40])
    if m is None:
        return False
    w, after = m.group(1), (m.group(2) or "").lower()
    lw = w.lower().replace("’", "'")
    return (
        lw in _AUXILIARIES
        or (w.islower() and lw.endswith(("ed", "s")) and lw not in _DETERMINERS and "'" not in lw)
        or (w.islower() and after in _POSSESSIVES)  # "left no doubt", "hid his irritation"
    )


_OF_IN = frozenset("of in from for at on with".split())


def before_preposition(words: list[str]) -> list[str]:
    """The words of a phrase before its first preposition after the first word: "Senators of
    both parties" -> "Senators" (round 21, AllSides: the sentence-initial plural's
    post-modifier was cut off as the speaker, "of both parties").

    Examples
    --------
    >>> before_preposition(["senators", "of", "both", "parties"])
    ['senators']
    >>> before_preposition(["abortion", "rights", "advocates"])
    ['abortion', 'rights', 'advocates']
    """
    k = next((k for k, w in enumerate(words) if k and w.lower() in _OF_IN), len(words))
    return words[:k]
