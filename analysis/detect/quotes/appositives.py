"""A described speaker before a participle or noun apposition: "another protester, dressed as
the devil, yelled", "the report, released Monday, said", "the company, a unit of Alphabet,
said" (round 21, AllSides: the speaker rules kept an apposition only next to a name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["described_subject", "has_clause_verb", "participle_opens"]

_DETERMINERS = frozenset("the a an another one this that his her their its".split())
_PARTICIPLE_ENDS = ("ed", "en", "ing")


def described_subject(toks, j: int, i: int, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The ``(start, end)`` of the noun phrase ``np`` (token indices) before the comma at token
    ``j`` when it opens with a determiner and the apposition between the commas at ``j`` and
    ``i`` opens with a participle or a determiner and holds no auxiliary and no coordinated
    verb; not after a preposition or *and* ("across the street, played in the band … and
    graduated in 2013, said": GGT; "As a result, the spread …, considered"); else None.
    ``toks``: regex matches of the words.

    Examples
    --------
    >>> import re
    >>> t = "another protester, dressed as the devil, yelled"
    >>> toks = list(re.finditer(r"\\w+|,", t))
    >>> t[slice(*described_subject(toks, 2, 7, (0, 1)))]
    'another protester'
    >>> described_subject(toks, 2, 7, None) is None
    True
    >>> t = "another protester, Smith, yelled"
    >>> described_subject(list(re.finditer(r"\\w+|,", t)), 2, 4, (0, 1)) is None
    True
    """
    if np is None or i - j > 12 or toks[np[0]][0].lower() not in _DETERMINERS:
        return None
    if np[0] > 0 and toks[np[0] - 1][0].lower() in _BEFORE:
        return None
    first = toks[j + 1][0]
    if not first.islower() or not (first.endswith(_PARTICIPLE_ENDS) or first in _DETERMINERS):
        return None
    inner = [t[0] for t in toks[j + 1 : i]]
    if any(w in _AUXILIARIES for w in inner) or any(
        w == "and" and nxt.islower() for w, nxt in zip(inner, inner[1:])
    ):
        return None
    return toks[np[0]].start(), toks[np[1]].end()


_BEFORE = frozenset(
    "in on at as across after before for from of to with by into over under about than like "
    "near and or".split()
)
_AUXILIARIES = frozenset("is are was were has have had will would".split())


def has_clause_verb(inner: str, verb_re: re.Pattern, forms: Mapping[str, str] | None) -> bool:
    """A reporting verb in an appositive that can head a clause (not a base form: *think tank*;
    not a capitalised word after the first, a name's part: "ambassador to the United States")."""
    return any(
        (forms is None or forms.get(" ".join(m.group().lower().split())) != "base")
        and not (m.start() and m.group()[0].isupper())
        for m in verb_re.finditer(inner)
    )


# words after a past participle that make it a reduced passive: "Mr. Trump, asked about …,"
_AFTER_PARTICIPLE = frozenset("about by on whether if of for as in at".split())


def participle_opens(toks, k: int, forms: Mapping[str, str] | None) -> bool:
    """Whether the apposition opening at token ``k`` is a participle clause, which may stand
    between a speaker and its verb: an *-ing* participle ("Durbin, noting …, said") or a
    lower-case past participle before a preposition, *whether* or *if* (a reduced passive:
    "Mr. Trump, asked about the deaths of journalists …, had said", "Gingrich — mentioned by
    Newsmax as … — told"; round 37). ``toks``: regex matches of the words; ``forms``: the verb
    table's grammatical forms (a past form the table lists: *told*, *shown*).

    Examples
    --------
    >>> import re
    >>> toks = list(re.finditer(r"\\w+|,", "Trump, asked about it, said"))
    >>> participle_opens(toks, 2, None), participle_opens(toks, 3, None)
    (True, False)
    >>> toks = list(re.finditer(r"\\w+|,", "Trump, asked Sanders, said"))
    >>> participle_opens(toks, 2, None)
    False
    """
    w = toks[k][0]
    if w.endswith("ing"):
        return True
    past = w.islower() and (w.endswith("ed") or (forms is not None and forms.get(w) == "past"))
    return past and k + 1 < len(toks) and toks[k + 1][0] in _AFTER_PARTICIPLE


def earlier_name(toks, j: int, walk, named) -> tuple[int, int] | None:
    """The named person before the comma ahead of token ``j`` when the apposition between them
    holds a comma of its own ("Mark Sanford, a self-identified, lifelong libertarian, said",
    "James Nondorf, vice president, the university’s dean of admissions, said"; round 24):
    ``walk(k)`` gives the noun phrase ending at token ``k`` (first, last), ``named(phrase)``
    whether it is headed by a name; else None.

    Examples
    --------
    >>> import re
    >>> t = "Mark Sanford, a self-identified, lifelong libertarian, said"
    >>> toks = list(re.finditer(r"[\\w-]+|,", t))
    >>> walk = lambda k: (0, 1) if k == 1 else None
    >>> t[slice(*earlier_name(toks, 5, walk, lambda p: p[0].isupper()))]
    'Mark Sanford'
    """
    j2 = next((k for k in range(j - 1, max(-1, j - 12), -1) if toks[k][0] == ","), None)
    if j2 is None or j - j2 < 2 or not toks[j2 + 1][0].islower():
        return None
    if any(w in _AUXILIARIES or (w.endswith("ed") and "-" not in w) for w in _words(toks, j2, j)):
        return None  # a clause, not an apposition: "tells me a doctor once looked at her,"
    np = walk(j2 - 1)
    if np is None or (np[0] > 0 and toks[np[0] - 1][0].lower() in _BEFORE):
        return None  # part of a name: "The American Council on Education,"
    at = toks[np[0]].start()
    if np[0] == 0 and at > 0 and toks[0].string[at - 1].isalnum():
        return None  # the words were cut where the search window starts
    span = toks[np[0]].start(), toks[np[1]].end()
    return span if named(" ".join(toks[k][0] for k in range(np[0], np[1] + 1))) else None


def _words(toks, a: int, b: int) -> list[str]:
    return [toks[k][0] for k in range(a + 1, b)]
