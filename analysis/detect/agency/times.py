"""A time phrase is no subject (issue 20, twenty-sixth round): where the subject finder of an
active harm verb stops at a phrase of time after a preposition ("An attack on a shopping mall at
Kremenchuk, a small city on the Dnieper river, at the end of June killed 18 people", dev batch
23; "The attack on the U.S. consulate in Benghazi on Sept. 11, 2012 killed four Americans"), the
subject goes on to its left over what a date or a place holds: the comma of a date ("Sept. 11,
2012"), a second date ("on Oct. 2 and Oct. 6"), an apposition set off by commas (", a small city
on the Dnieper river,"), and a preposition that opens a clause elsewhere ("before 3 p.m. on
Monday", "since March 2").  Any other phrase keeps the rule it had.
"""

from __future__ import annotations

from .phrases import TIME_LEADS, TIME_NOUNS, np_left, verbish
from .words import (
    CALENDAR,
    DETERMINERS,
    PREPOSITIONS,
    QUANTIFIER_LEADS,
    Token,
    is_adverb,
    is_number,
    is_possessive,
)

__all__ = ["CLAUSE_LEADS", "before_count", "is_time", "subject_left"]

#: Prepositions that also open a clause: the subject after them is the clause's own ("… comes
#: days after a U.S. drone strike killed Iran's top commander": the strike, not "days").
CLAUSE_LEADS = frozenset("after before since until till".split())
#: The other words of a time phrase ("the end of June", "early on Monday", "Sept. 11, 2012").
_TIME_WORDS = (
    DETERMINERS
    | TIME_LEADS
    | frozenset("end start beginning middle early late mid of . , a.m p.m".split())
)
_ASIDE_REACH = 10  # tokens of an apposition between its two commas


def is_time(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the noun phrase ``span`` is a time and nothing else: a month or a weekday, a time
    noun ("night"), a year, a clock time, a month's day, "the end of June" (not "terror attacks
    in Paris last week", "the 2012 attack").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("at the end of June the 2012 attack")
    >>> is_time(toks, (1, 5)), is_time(toks, (5, 8))
    (True, False)
    """
    words = [t.low for t in tokens[span[0] : span[1]]]
    if not any(w in CALENDAR or w in TIME_NOUNS or _year(w) for w in words):
        return False
    return all(w in _TIME_WORDS or w in CALENDAR or w in TIME_NOUNS or w.isdigit() for w in words)


def _year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and word[:2] in ("19", "20")


def _aside_start(tokens: list[Token], j: int) -> int:
    """The index before the comma that opens the apposition closed by the comma at ``j``
    (", a small city on the Dnieper river,", ", Ankara,"), or -1: words only in between, no
    verb, opened by a determiner or a capitalised word."""
    k = j - 1
    while k > 0 and j - k <= _ASIDE_REACH and tokens[k].low != ",":
        t = tokens[k]
        if not (t.low[0].isalnum() or t.low in (".", "-", "'", "’")) or verbish(t):
            return -1
        k -= 1
    if k <= 0 or tokens[k].low != "," or k + 1 >= j:
        return -1
    first = tokens[k + 1]
    return k - 1 if first.low in DETERMINERS or first.cap else -1


def subject_left(tokens: list[Token], span: tuple[int, int]) -> int:
    """The last index of the noun phrase that a subject ``span`` after a preposition goes on
    into, or -1: ``span[0] - 2`` after a preposition that opens no clause; after a time phrase
    also over a date's comma, a second date, an apposition and a clause-opening preposition
    (see the module).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("A strike on a mall at Izium, a small city, at the end of June killed")
    >>> subject_left(toks, (13, 17)), subject_left(toks, (6, 7))
    (6, 4)
    """
    p = span[0] - 1
    timed = p >= 1 and is_time(tokens, span)
    if timed and tokens[p].low == "," and p >= 3 and tokens[p - 1].low.isdigit():
        m = p - 3 if tokens[p - 2].low == "." else p - 2  # "on Sept. 11, 2012"
        p = m - 1 if m >= 1 and tokens[m].low in CALENDAR else p
    if timed and tokens[p].low in ("and", "or"):
        first = np_left(tokens, p - 1)  # "on Oct. 2 and Oct. 6"
        p = first[0] - 1 if first and is_time(tokens, first) else p
    if p < 1 or tokens[p].low not in PREPOSITIONS or (tokens[p].low in CLAUSE_LEADS and not timed):
        return -1
    if timed and tokens[p - 1].low == ",":
        return _aside_start(tokens, p - 1)
    return p - 1


def before_count(first: str, low: str) -> bool:
    """Whether ``low``, the word left of a noun phrase opening with ``first``, stays out of the
    phrase because ``first`` is a count: only a quantifier lead, a number, an adverb or a
    possessive goes with it ("at least 12 dead", "hundreds of thousands dead", "Russia's 225
    dead"; not "show" in "Statistics … show 225 dead", "found" in "found two dead women").

    Examples
    --------
    >>> before_count("225", "show"), before_count("225", "about"), before_count("the", "show")
    (True, False, False)
    """
    if not is_number(first) or low in QUANTIFIER_LEADS or low == "of" or is_number(low):
        return False  # "up to 2 million", "hundreds of thousands"
    return not (is_possessive(low) or is_adverb(low))  # "Russia's 225", "roughly 300,000"
