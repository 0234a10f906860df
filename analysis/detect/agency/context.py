"""Harm context: an attack on a person is a harm event only with a cue of harm near it.

Political and verbal attacks on people ("Trump's attack on Rosenstein", "Romney attacks Obama",
"it hurt him") read like physical attacks; per-expression guards (``guards.csv``) and argument
classes (``arguments.csv``) list their other senses one at a time and do not carry over to unseen
text.  This module states the class once: a trigger of a lemma of ``harm_cues.csv`` (attack,
hurt) whose agent or victim is a *person* (a personal pronoun, or a name that is no country,
demonym or bloc of ``countries.csv``, no month or weekday and no armed group) is a harm event only
when a cue of harm is near it: a weapon, an armed actor, a casualty, a war word or a country in
its sentence or the one before it, people or places harmed in its sentence, or another harm
word of its sentence (``events.py``: "the execution of prisoners … after an attack on Kyiv").
Attacks between states and armed sides, and attacks on people or places, are not read by this
rule (no person argument), so war reporting keeps its attacks.  Provenance and measurements:
``analysis/lexicons/agency.md`` (eleventh round).
"""

from __future__ import annotations

import re

from .forms import Reading
from .phrases import head_index
from .tables import AgencyTables, FormInfo
from .words import DETERMINERS, PRONOUNS, Token, is_possessive, sentence_around

__all__ = ["PERSON_PRONOUNS", "CALENDAR", "person_argument", "lacks_harm_context"]

#: Pronouns of one person (the possessive "his"/"her" of "his attack on Dingell" too); other
#: pronouns and determiners are no names even when capitalised ("We were attacked").
PERSON_PRONOUNS = frozenset("i me you he him his she her".split())
_NO_NAME = PRONOUNS | DETERMINERS | frozenset("our their its my your".split())

#: Capitalised words that are no names of persons (dates: "Tuesday's attack", "July strikes").
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday christmas easter".split()
)

_POSSESSIVE = re.compile(r"['’]s?$")


def _is_person(text: str, t: Token, cues: re.Pattern, countries: re.Pattern | None) -> bool:
    """Whether token ``t`` (a phrase's head) names or refers to one person."""
    if t.low in PERSON_PRONOUNS:
        return True
    if not t.cap or t.low in _NO_NAME:
        return False
    word = _POSSESSIVE.sub("", text[t.start : t.end])
    if word.lower() in CALENDAR or cues.fullmatch(word):
        return False
    return not (countries is not None and countries.fullmatch(word))


def person_argument(
    text: str, tokens: list[Token], reading: Reading, cues: re.Pattern, countries
) -> bool:
    """Whether the agent or the victim of ``reading`` is one person (its head); the agent of
    an attack noun only when it is a possessive ("Trump's attack", not "the Paris attacks").

    Parameters
    ----------
    text, tokens
        The text and the tokens the reading indexes.
    reading
        The trigger's reading (:func:`analysis.detect.agency.forms.classify`).
    cues
        The lemma's harm cues (an armed group such as "Hamas" is no person).
    countries
        The countries, demonyms and blocs (``None``: none).
    """
    for span in (reading.agent, reading.victim):
        if span is None:
            continue
        head = tokens[head_index(tokens, *span)]
        if span is reading.agent and reading.form == "nominal" and not _possessor(head):
            continue  # a name before an attack noun may be its place: "the Benghazi attack"
        if _is_person(text, head, cues, countries):
            return True
    return False


def _possessor(t: Token) -> bool:
    """Whether ``t`` is a possessive ("Trump's attack", "his attack"), the agent of a noun."""
    return is_possessive(t.low) or t.low in ("his", "her")


def _found(rx: re.Pattern | None, text: str, lo: int, hi: int, a: int, b: int) -> bool:
    """Whether ``rx`` matches in ``text[lo:hi]`` outside the trigger ``text[a:b]``."""
    if rx is None:
        return False
    return any(m.end() <= a or m.start() >= b for m in rx.finditer(text, lo, hi))


def lacks_harm_context(
    text: str,
    a: int,
    b: int,
    sent: tuple[int, int],
    tokens: list[Token],
    info: FormInfo,
    reading: Reading,
    tables: AgencyTables,
) -> bool:
    """Whether the trigger ``text[a:b]`` is an attack on a person with no cue of harm near it
    (then it is no harm event; see the module docstring).

    Examples
    --------
    >>> from analysis.detect.agency import find_agency
    >>> [e.text for e in find_agency("Trump's attack on Rosenstein is in reference to a memo.")]
    []
    >>> [e.text for e in find_agency("A gunman's attack on Rosenstein left two people wounded.")]
    ['attack', 'wounded']
    """
    cues = tables.harm_cues.get(info.lemma)
    if cues is None:
        return False
    in_sentence, in_context = cues
    if not person_argument(text, tokens, reading, in_context, tables.countries):
        return False
    if _found(in_sentence, text, sent[0], sent[1], a, b):
        return False
    if _found(tables.countries, text, sent[0], sent[1], a, b):
        return False
    before = sentence_around(text, sent[0] - 2, sent[0] - 2)[0] if sent[0] >= 2 else sent[0]
    return not (
        _found(in_context, text, before, sent[0], a, b)
        or _found(tables.countries, text, before, sent[0], a, b)
    )
