"""Harm context: an attack word with no cue of harm near it is no harm event where the rest of
the sentence cannot tell a blow from a physical attack.

Political and verbal attacks ("Trump's attack on Rosenstein", "Romney attacks Obama", "it hurt
him", "within striking distance") read like physical attacks; per-expression guards
(``guards.csv``) and argument classes (``arguments.csv``) list their other senses one at a time
and do not carry over to unseen text.  This module states the class once, for the lemmas of
``harm_cues.csv`` (attack, hurt, strike, bomb, bombard, shoot, storm).  A trigger has a *harm
context* when a cue of harm is near it: a weapon, an armed actor, a casualty, a war word or a
country (``countries.csv``) in its sentence or the one before it, people or places harmed in its
sentence, or another harm word of its sentence (``events.py``: "the execution of prisoners …
after an attack on Kyiv").  Without one it is no harm event when

1. it is an attack on a person (:data:`PERSON_LEMMAS`: its agent or victim is a personal pronoun
   or a name that is no country, demonym or bloc, no month or weekday and no armed group; the
   agent of an attack noun only as a possessive, "Trump's attack", since "the Benghazi attack"
   names a place), or
2. its article has hardly any harm vocabulary (:data:`SPARSE_HARM`: political or general news;
   only texts of at least :data:`DENSITY_MIN_CHARS` characters, an article, are judged so),
   unless the reading has no other sense (a counted victim, "two guards were hurt"; "shooting",
   "was shot").

Attacks between states and armed sides, and attacks on people or places, are not read by the
first rule, and war reporting is no sparse article, so war reporting keeps its attacks.
Provenance and measurements: ``analysis/lexicons/agency.md`` (twelfth round).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .forms import Reading
from .phrases import head_index
from .tables import AgencyTables, FormInfo
from .words import (
    CALENDAR,
    DETERMINERS,
    PRONOUNS,
    Token,
    is_number,
    is_possessive,
    sentence_around,
    strip_possessive,
)

__all__ = [
    "PERSON_LEMMAS",
    "SPARSE_HARM",
    "DENSITY_MIN_CHARS",
    "PERSON_PRONOUNS",
    "person_argument",
    "harm_density",
    "lacks_harm_context",
]

#: Lemmas read for an attack on a person whatever the article ("struck him", "shot her" are
#: mostly physical, so strike and shoot are not among them; batch 27: "Rudy Giuliani … has been
#: bombarding Mueller day after day", with questions and statements).
PERSON_LEMMAS = frozenset({"attack", "hurt", "bombard"})

#: Fewer cues of harm than this per 1,000 characters make an article without harm vocabulary
#: (political or general news): there every lemma of ``harm_cues.csv`` needs a cue near it.
#: Chosen on dev batches 1-8 (any value in (0, 2] gave the same rows), checked on dev batches 9-10
#: (``analysis/lexicons/agency.md``, twelfth round).
SPARSE_HARM = 1.0
#: Texts shorter than this are not judged by their harm density (rule 2): a sentence or a short
#: excerpt says nothing about the article it came from ("The attack began at dawn." stays an
#: event).
DENSITY_MIN_CHARS = 1000

#: Pronouns of one person (the possessive "his"/"her" of "his attack on Dingell" too); other
#: pronouns and determiners are no names even when capitalised ("We were attacked").
PERSON_PRONOUNS = frozenset("i me you he him his she her".split())
_NO_NAME = PRONOUNS | DETERMINERS | frozenset("our their its my your".split())


def _is_person(text: str, t: Token, cues: re.Pattern, countries: re.Pattern | None) -> bool:
    """Whether token ``t`` (a phrase's head) names or refers to one person."""
    if t.low in PERSON_PRONOUNS:
        return True
    if not t.cap or t.low in _NO_NAME:
        return False
    word = strip_possessive(text[t.start : t.end])
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


@lru_cache(maxsize=8)
def harm_density(text: str, cues: re.Pattern) -> float:
    """Matches of the cues of harm (``context`` rows of ``harm_cues.csv``: "troops", "shelled",
    "killed", "Sept. 11") per 1,000 characters of ``text`` (cached for the last few texts: an
    article is scanned once however many of its triggers ask).

    Examples
    --------
    >>> from analysis.detect.agency.tables import load_agency_tables
    >>> cues = load_agency_tables().harm_cues["attack"][1]
    >>> harm_density("Troops shelled the town; two were killed.", cues) > SPARSE_HARM
    True
    """
    low = text.lower()
    n = sum(
        1
        for m in _lower_pattern(cues).finditer(low)
        if not low[m.start() - 1 : m.start()].isalnum()
    )
    return 1000.0 * n / max(len(text), 1)


@lru_cache(maxsize=8)
def _lower_pattern(cues: re.Pattern) -> re.Pattern:
    """``cues`` (lower-case terms) without its leading ``\\b`` and without IGNORECASE, to scan a
    lower-cased text (the word start is tested on each match), about twice as fast (the engine
    can skip to the terms' first letters).  A match inside a word is dropped after it is found,
    so it may hide a cue that overlaps it; the counts equalled ``cues.finditer``'s on 100
    AllSides articles (734 cues)."""
    return re.compile(cues.pattern.removeprefix(r"\b"))


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
    """Whether the trigger ``text[a:b]`` has no cue of harm near it and is an attack on a
    person (:data:`PERSON_LEMMAS`) or stands in an article with hardly any harm vocabulary
    (:data:`SPARSE_HARM`); then it is no harm event (see the module docstring).

    Examples
    --------
    >>> from analysis.detect.agency import find_agency
    >>> [e.text for e in find_agency("Trump's attack on Rosenstein is in reference to a memo.")]
    []
    >>> [e.text for e in find_agency("A gunman's attack on Rosenstein, who was wounded, shocked "
    ...                              "the city.")]
    ['attack', 'wounded']
    """
    cues = tables.harm_cues.get(info.lemma)
    if cues is None:
        return False
    in_sentence, in_context = cues
    if _found(in_sentence, text, sent[0], sent[1], a, b):
        return False
    if _found(tables.countries, text, sent[0], sent[1], a, b):
        return False
    before = sentence_around(text, sent[0] - 2, sent[0] - 2)[0] if sent[0] >= 2 else sent[0]
    if _found(in_context, text, before, sent[0], a, b):
        return False
    if _found(tables.countries, text, before, sent[0], a, b):
        return False
    if info.lemma in PERSON_LEMMAS and person_argument(
        text, tokens, reading, in_context, tables.countries
    ):
        return True
    if _violent_sense(text[a:b], tokens, info, reading):
        return False
    # a density per 1,000 characters needs an article: a lone sentence is not read as one
    return len(text) >= DENSITY_MIN_CHARS and harm_density(text, in_context) < SPARSE_HARM


def _violent_sense(word: str, tokens: list[Token], info: FormInfo, reading: Reading) -> bool:
    """Readings with no other sense in news: a counted victim ("two guards were hurt", "five
    were shot"), the noun "shooting(s)" and the passive of "shoot" ("was shot twice in the
    back"; "a shot", "shot back", "shoots a film" are other senses)."""
    if reading.victim is not None and is_number(tokens[reading.victim[0]].low):
        return True
    if info.lemma != "shoot":
        return False
    return word.lower().startswith("shooting") or reading.form.startswith("passive")
