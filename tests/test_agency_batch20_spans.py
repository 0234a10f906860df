"""Victim and agent spans of the batch-20 round (issue 20): a spaced hyphen printed as a dash
ends a phrase, and the subject of a gerund passive ("being killed") is read past the verb or
preposition before *being*.

The sentences are real sentences of the war corpora (cited by corpus and article id: dev-split
mentions of the annotated batches, or unlabelled dev-split articles of the batch-18 pool); the
expected spans are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def spans_of(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
    """(form, agent, victim) of the events whose trigger is ``word`` (as written)."""
    return [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == word]


SPANS_20 = [
    # a spaced hyphen is a dash: it ends the victim (by-country articles-0040, dev batch 3;
    # the victim had been "Ukraine - he added")
    (
        "We are talking about it in public, because the world should know that such a "
        "provocation can be the cause of a possible attack on Ukraine - he added.",
        "attack",
        ("nominal", None, "Ukraine"),
    ),
    # and the by-agent (by-country articles-0132, dev batch 2; had been "a Ukrainian sniper -")
    (
        "He was shot by a Ukrainian sniper - said the Ukrainian agency Unian.",
        "shot",
        ("passive_agent", "a Ukrainian sniper", "He"),
    ),
    # the subject of a gerund passive after a verb that takes it, not the by-agent of a reduced
    # relative before that verb ("Ukrainian forces" in a first version) (by-country articles-0305,
    # dev batch 20 and its article; the victims had been "reported" and "documents 77 cases of
    # civilians")
    (
        "More than half of those detained by Ukrainian forces also reported being tortured or "
        "mistreated, usually while being interrogated.",
        "tortured",
        ("passive_agentless", None, "those"),
    ),
    (
        "It documents 77 cases of civilians being executed, and the report finds others have "
        "been kept in deplorable conditions.",
        "executed",
        ("passive_agentless", None, "civilians"),
    ),
    # after a preposition: the subject of the clause's verb (AllSides 6JhU6uSuL61CRDkx and
    # UcKiiwbw1KXhHmSL, unlabelled dev-split articles; the victim had been empty)
    (
        "Guaido confirmed via Twitter that a woman died after being shot.",
        "shot",
        ("passive_agentless", None, "a woman"),
    ),
    (
        "A university police officer has died after being shot on the Massachusetts Institute "
        "of Technology campus in Cambridge late Thursday.",
        "shot",
        ("passive_agentless", None, "A university police officer"),
    ),
    # a participle after a comma is not the clause's verb: no victim rather than its object
    # (AllSides, unlabelled dev split: the victim had been "Navy command complex")
    (
        "A gunman went on a shooting rampage at a U.S. Navy command complex building Monday, "
        "killing 12 people before being shot dead himself, authorities said.",
        "shot",
        ("passive_agentless", None, None),
    ),
    # after "including" (a preposition) no subject is read (AllSides, dev batch 18: the victim
    # had been "complaints in 2014" in a first version of the rule)
    (
        "More than 1,200 Chicagoans filed complaints in 2014 alleging police violence, "
        "including being shot, pepper sprayed, Tased or assaulted.",
        "shot",
        ("passive_agentless", None, None),
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), SPANS_20)
def test_batch20_spans(text, word, expected):
    assert spans_of(text, word)[:1] == [expected]


def test_gerund_passive_after_a_verb_without_ending():
    # the verb before "being" has no -ed/-ing ending (the round's open item "Civilians risk
    # being killed", read on unlabelled text; the victim had been "Civilians risk")
    assert spans_of("Civilians risk being killed if they stay.", "killed") == [
        ("passive_agentless", None, "Civilians")
    ]


def test_gerund_passive_after_a_preposition_takes_the_subject_not_the_object():
    # "X shelled Y after being attacked": the subject of the clause, not the object nearest
    # to "after" (the round's caution: a naive fix takes the wrong noun)
    assert spans_of("Troops shelled the town after being attacked.", "attacked") == [
        ("passive_agentless", None, "Troops")
    ]
