"""Tests for the positive-evidence rule of analysis.detect.agency (issue 20, fifth round): a
trigger of an ambiguous lemma (``lexicons/agency/evidence.csv``) is a harm event only with a cue
of physical harm in its sentence or the one before, or an agent or victim with a side."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.detect.agency import find_agency, load_agency_tables
from analysis.detect.agency.evidence import has_harm_evidence


def _triggers(text: str, **kw) -> list[str]:
    return [e.text for e in find_agency(text, **kw)]


# other senses that no guard row names: real sentences (AllSides articles, 2012-2020), each an
# event without the rule (checked in test_rule_decides_these_sentences)
NON_EVENTS = [
    "Our institutions are under attack - God, family, country.",
    "You, the other knight, strike me as bafflingly ignorant, a little unmoored.",
    "Boehner quickly shot back that it would be a “crippling blow” for small business owners if "
    "tax rates increase for the top 2 percent of earners.",
    '"We are trying to help Portland, not hurt it.',
    "Sanders’s fans have followed his lead and dialed down their attacks.",
]

# events of ambiguous lemmas that keep their evidence (dev war reporting and AllSides)
EVENTS = [
    ("Rockets fell on the port overnight. The attack lasted two hours.", "attack"),  # before
    ("Ukraine’s president said he expects Russia will intensify attacks on Ukraine.", "attacks"),
    ("The Taliban had kept up attacks throughout a year of negotiations.", "attacks"),
    ("Police made an arrest within two hours of the terror attack.", "attack"),
    ("Three strikes were recorded on the site of the power plant.", "strikes"),
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_other_senses_need_evidence(text):
    assert _triggers(text) == []


@pytest.mark.parametrize("text, trigger", EVENTS)
def test_evidence_keeps_events(text, trigger):
    assert trigger in _triggers(text)


@pytest.mark.parametrize("text", NON_EVENTS)
def test_rule_decides_these_sentences(text):
    # without the evidence table each sentence is read as an event: the rule, not a guard,
    # rejects it
    bare = dataclasses.replace(load_agency_tables(), evidence={})
    assert _triggers(text, tables=bare) != []


def test_cue_in_the_sentence_before():
    assert _triggers("The plan drew criticism. The attack lasted two hours.") == []
    assert _triggers("Rockets fell on the port overnight. The attack lasted two hours.") == [
        "attack"
    ]


def test_unambiguous_lemmas_keep_the_guard_rule():
    t = load_agency_tables()
    assert {"attack", "strike", "shoot", "hurt"} <= set(t.evidence)
    assert not {"kill", "murder", "wound", "injure", "die", "execute"} & set(t.evidence)
    # no cue anywhere, still an event
    assert _triggers("He was killed on Tuesday.") == ["killed"]
    assert _triggers("They told her that her husband was most likely dead.") == ["dead"]


def test_has_harm_evidence_ignores_the_trigger_itself():
    import re

    cues = re.compile(r"\b(?:attacks?|missiles?)\b")
    text = "Critics kept up their attacks."
    a = text.index("attacks")
    assert not has_harm_evidence(text, a, a + 7, (0, len(text)), cues, sides=False)
    assert has_harm_evidence(text, a, a + 7, (0, len(text)), cues, sides=True)
