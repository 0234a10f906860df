"""Confirming context: an ambiguous harm trigger is a harm event only with positive evidence.

The guards (``guards.csv``), sense contexts and argument classes list the *other* senses of the
trigger words one at a time, and each fresh batch of text brings senses no row names ("a long
shot", "the plans are dead", "hurt the people").  For the lemmas (or single forms, *dead*)
of the ``rule`` rows of ``confirm.csv`` this module asks the opposite question: does the
trigger's clause give one of the context classes of physical harm that its row names?

``person``, ``place``
    the head of the victim phrase is a person or people ("shot a woman in the head") or a place
    where people are ("stormed the shop");
``count``, ``pronoun``, ``name``
    the victim phrase holds a number ("left 25 dead"), its head or first word is a personal
    pronoun ("shot him dead"), or its head is a capitalised name that is no country, month or
    weekday ("Kamenev was shot");
``country``
    a country, demonym or bloc in the victim or agent phrase ("Russia attacked Ukraine");
``armed``
    the head of the agent phrase is an armed or military actor ("the occupiers shot");
``combatant``
    the head of the victim phrase is a combatant or the leader of an armed group ("1260
    Russian soldiers were “eliminated”", the state-agency words of killing);
``weapon``, ``casualty``
    a weapon noun or a casualty word elsewhere in the sentence ("hurt by a rocket", "the
    shooting … killed two");
``degree``
    a degree of bodily injury right before the trigger ("lightly hurt");
``fate``
    a word of a person's feared fate right before the trigger ("is feared dead", "presumed
    dead").

A trigger with none of its row's classes is no harm event.  Triggers of other lemmas need
nothing.  Provenance and the dev measurements: ``analysis/lexicons/agency.md`` (sixteenth
round).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phrases import head_index
from .words import CALENDAR, PREPOSITIONS, Token, is_number, strip_possessive

if TYPE_CHECKING:  # pragma: no cover
    from .forms import Reading
    from .tables import AgencyTables, FormInfo

__all__ = ["CONFIRM_CLASSES", "CUE_SCOPES", "context_classes", "confirmed", "reading_group"]

#: Every class a ``rule`` row of ``confirm.csv`` may name (the code classes and the cue classes).
CONFIRM_CLASSES = frozenset(
    "person place count pronoun name country armed combatant weapon casualty degree fate".split()
)
#: Where a ``cue`` row of ``confirm.csv`` is read.
CUE_SCOPES = ("victim", "agent", "sentence", "before")

#: Personal pronouns that make a victim a person ("shot him", "he was shot", "you're lying here
#: dead"; not "it").
_VICTIM_PRONOUNS = frozenset(
    "i me you he him she her we us they them himself herself themselves ourselves".split()
)
_CONTRACTION = re.compile(r"['’](?:re|s|m|ve|ll|d)$")


def reading_group(reading: Reading) -> str:
    """``"noun"`` for a nominal reading, ``"passive"`` for a passive one, else ``"active"`` (an
    active or intransitive verb): what the ``scope`` of a ``rule`` row names."""
    if reading.form == "nominal":
        return "noun"
    return "passive" if reading.form.startswith("passive") else "active"


def _phrase(text: str, tokens: list[Token], span) -> tuple[str, Token | None]:
    """The text of a token span and its head token (``("", None)`` for no span); a leading
    preposition is no head ("shooting at them": them)."""
    if span is None:
        return "", None
    a, b = span
    if b - a > 1 and tokens[a].low in PREPOSITIONS:
        a += 1
    return text[tokens[a].start : tokens[b - 1].end], tokens[head_index(tokens, a, b)]


def _is_name(text: str, head: Token, countries: re.Pattern | None) -> bool:
    """A capitalised head that is no country, demonym, bloc, month or weekday, and not a word in
    capitals (a headline: "TALKS WITH TALIBAN ARE ‘DEAD’")."""
    word = strip_possessive(text[head.start : head.end])
    capital = head.cap or any(p[:1].isupper() for p in word.split("-")[1:])  # "al-Baghdadi"
    if not capital or head.upper:
        return False
    if word.lower() in CALENDAR:
        return False
    return not (countries is not None and countries.fullmatch(word))


def _code_classes(
    text: str, tokens: list[Token], reading: Reading, countries: re.Pattern | None
) -> set[str]:
    """The classes read off the victim and agent phrases by code (count, pronoun, name,
    country)."""
    out: set[str] = set()
    victim, v_head = _phrase(text, tokens, reading.victim)
    agent, _ = _phrase(text, tokens, reading.agent)
    if v_head is not None:
        a, b = reading.victim
        if any(is_number(tokens[k].low) for k in range(a, b)):
            out.add("count")
        first = _CONTRACTION.sub("", tokens[a].low)  # "you’re lying here dead"
        if v_head.low in _VICTIM_PRONOUNS or first in _VICTIM_PRONOUNS:  # "him dead"
            out.add("pronoun")
        if _is_name(text, v_head, countries):
            out.add("name")
    if countries is not None and any(countries.search(p) for p in (victim, agent) if p):
        out.add("country")
    return out


def context_classes(
    text: str,
    a: int,
    b: int,
    sent: tuple[int, int],
    tokens: list[Token],
    reading: Reading,
    tables: AgencyTables,
) -> frozenset[str]:
    """The confirming context classes of the trigger ``text[a:b]`` (see the module docstring).

    Parameters
    ----------
    text, a, b
        The text and the trigger's character span.
    sent
        The trigger's sentence (character bounds).
    tokens, reading
        The tokens around the trigger and its reading (:func:`~.forms.classify`).
    tables
        The agency tables (``confirm_cues``, ``countries``).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> from analysis.detect.agency.tables import load_agency_tables
    >>> from analysis.detect.agency.forms import classify
    >>> from analysis.detect.agency.words import tokenize
    >>> t = load_agency_tables()
    >>> s = "They shot him dead."
    >>> toks = tokenize(s)
    >>> r = classify(toks, 1, 1, t.forms["shot"], t)
    >>> sorted(context_classes(s, 5, 9, (0, len(s)), toks, r, t))
    ['casualty', 'pronoun']
    """
    out = _code_classes(text, tokens, reading, tables.countries)
    victim = _phrase(text, tokens, reading.victim)[1]
    agent = _phrase(text, tokens, reading.agent)[1]
    before = re.search(r"(\w+)\W*$", text[max(sent[0], a - 40) : a])
    heads = {
        "victim": text[victim.start : victim.end] if victim else "",
        "agent": text[agent.start : agent.end] if agent else "",
        "before": before.group(1) if before else "",
    }
    for cls, (scope, rx) in tables.confirm_cues.items():
        if scope == "sentence":
            if any(m.end() <= a or m.start() >= b for m in rx.finditer(text, sent[0], sent[1])):
                out.add(cls)
        elif heads[scope] and rx.fullmatch(heads[scope]):
            out.add(cls)
    return frozenset(out)


def confirmed(
    text: str,
    a: int,
    b: int,
    sent: tuple[int, int],
    tokens: list[Token],
    info: FormInfo,
    reading: Reading,
    tables: AgencyTables,
) -> bool:
    """Whether the trigger ``text[a:b]`` is confirmed as a harm event: its lemma and reading
    have no ``rule`` row in ``confirm.csv``, or its clause gives one of the row's classes.

    Examples
    --------
    >>> from analysis.detect.agency import find_agency
    >>> [e.text for e in find_agency("Our candidate has a long shot at the nomination.")]
    []
    >>> [e.text for e in find_agency("A Russian soldier had shot a woman in the head.")]
    ['shot']
    """
    group = reading_group(reading)
    # a row names a lemma ("hurt") or one form of it ("dead", not "died")
    need = tables.confirm.get((info.lemma, group)) or tables.confirm.get((text[a:b].lower(), group))
    if need is None:
        return True
    return not need.isdisjoint(context_classes(text, a, b, sent, tokens, reading, tables))
