"""Confirming context for ambiguous harm triggers (issue 20, sixteenth round).

``lexicons/agency/confirm.csv``, ``analysis/detect/agency/confirm.py``: a trigger of a ``rule``
row (active "hurt") is a harm event only when its clause gives one of the row's context
classes.  Every sentence is quoted from a dev-split article: of the annotated set
(``analysis/evaluation/agency_annotations.csv``) or of the dev-split AllSides war, terror and
foreign-policy articles read in this round (the two "hurt" sentences with a weapon and a
casualty); the expected values were written by hand.  Each class is tested with a rule row that
names it alone (kept) and one that names a class absent from the sentence (dropped).
The rejections are tested with the exclusion guards, sense contexts and argument classes
switched off, so that they show what the positive rule does alone; the same sentences with no
``rule`` row are reported, so each test can fail.
"""

from __future__ import annotations

import dataclasses

import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.confirm import context_classes
from analysis.detect.agency.forms import classify
from analysis.detect.agency.tables import load_agency_tables
from analysis.detect.agency.words import tokenize
from analysis.errors import LexiconError

TABLES = load_agency_tables()
#: The positive rule alone: no idiom guards, sense contexts or argument classes.
ALONE = dataclasses.replace(TABLES, guards={}, contexts={}, arguments={})
#: Neither the guards nor the positive rule.
NEITHER = dataclasses.replace(ALONE, confirm={})


def _classes(sentence: str, trigger: str) -> frozenset[str]:
    """The confirming classes of the first ``trigger`` of ``sentence``."""
    a = sentence.index(trigger)
    b = a + len(trigger)
    tokens = tokenize(sentence)
    k = next(i for i, t in enumerate(tokens) if t.start == a)
    reading = classify(tokens, k, k, TABLES.forms[trigger.lower()], TABLES)
    assert reading is not None
    return context_classes(sentence, a, b, (0, len(sentence)), tokens, reading, TABLES)


def _events(sentence: str, tables=ALONE) -> list[tuple[str, str]]:
    return [(e.text, e.form) for e in find_agency(sentence, tables=tables)]


# (dev-split sentence, trigger, its lemma and reading group, the class under test)
CLASSES = [
    (
        "There, at the entrance to the school basement, was where a Russian soldier had shot a "
        "woman in the head just because he could.",
        "shot",
        ("shoot", "active"),
        "person",
    ),
    ("He said that 450 Yazidi men were shot in one hour.", "shot", ("shoot", "passive"), "count"),
    (
        "“I wouldn’t have given them up even if they shot me.",
        "shot",
        ("shoot", "active"),
        "pronoun",
    ),
    (
        "Kamenev was shot dead by Ukrainian fighters as a result of a skirmish.",
        "shot",
        ("shoot", "passive"),
        "name",
    ),
    # a leading preposition is no head: "shooting at them"
    (
        "Taras Schevchenko, 43, said Russian soldiers had refused to allow men to leave through a "
        "humanitarian corridor, instead shooting at them as they fled across an open field.",
        "shooting",
        ("shoot", "active"),
        "pronoun",
    ),
    ("The Taliban shot his son multiple times.", "shot", ("shoot", "active"), "armed"),
    (
        '"It would be a world war if Americans and Russians began to shoot at each other," '
        "Biden said.",
        "shoot",
        ("shoot", "active"),
        "country",
    ),
    (
        "Explosions of what were believed to be flash bang grenades were heard when police "
        "stormed the shop and while there were many loud noises.",
        "stormed",
        ("storm", "active"),
        "place",
    ),
    (
        "A spokesman for the group says U.S. airstrikes killed at least 25 of their fighters and "
        "hurt more than 50 others.",
        "hurt",
        ("hurt", "active"),
        "weapon",
    ),
    (
        "One of those hurt is a police officer who was stabbed after going to help.",
        "hurt",
        ("hurt", "passive"),  # "those hurt": a reduced passive (batch-16 round)
        "casualty",
    ),
    (
        "In Israel, one civilian was moderately wounded by a rocket that hit the major southern "
        "city of Beersheva on Friday and another Israeli was lightly hurt by a rocket that landed "
        "in the border town of Sderot.",
        "hurt",
        ("hurt", "passive"),
        "degree",
    ),
]


def _only(key: tuple[str, str], cls: str):
    """The guard-less tables with one rule row: ``key`` needs ``cls``."""
    return dataclasses.replace(ALONE, confirm={key: frozenset({cls})})


@pytest.mark.parametrize(("sentence", "trigger", "key", "cls"), CLASSES)
def test_confirming_class(sentence, trigger, key, cls):
    assert cls in _classes(sentence, trigger)
    # a rule row naming only this class keeps the event; one naming a class absent here drops it
    assert trigger in [t for t, _ in _events(sentence, _only(key, cls))]
    absent = "degree" if cls != "degree" else "armed"
    assert trigger not in [t for t, _ in _events(sentence, _only(key, absent))]


def test_hurt_with_the_bundled_row():
    # the bundled row (hurt, active): count, casualty, weapon or degree
    s = (
        "A spokesman for the group says U.S. airstrikes killed at least 25 of their fighters and "
        "hurt more than 50 others."
    )
    assert {"count", "weapon", "casualty"} <= _classes(s, "hurt")
    assert ("hurt", "active_instrument") in _events(s, TABLES)
    s = "One of those hurt is a police officer who was stabbed after going to help."
    assert _events(s, TABLES) == [("hurt", "passive_agentless")]  # no row for passive hurt


# dev non-events of active "hurt" (annotated `none`): no class of the row; the first shortened
# (its end cut)
REJECTED = [
    "A spike in energy prices could hurt consumers and also prompt the Federal Reserve and other "
    "central banks to move more quickly to raise interest rates.",
    "“It’s ‘fiscal responsibility’ that happens to hurt the people,” he says.",
    "Albright says Snowden's disclosures have hurt U.S. policymakers.",
    "As Russia pushes to find new buyers for its oil to skirt ever tougher Western sanctions, it "
    "is cutting into the market share of two of its allies — Iran and Venezuela — and setting off "
    "a price war that could hurt them all.",
]


@pytest.mark.parametrize("sentence", REJECTED)
def test_rejected_without_guards(sentence):
    assert len(_events(sentence, NEITHER)) == 1  # reported when nothing asks for a context
    assert _events(sentence) == []
    assert _events(sentence, TABLES) == []


def test_people_do_not_confirm_hurt():
    # a person as the victim is no class of hurt's row (economic and political harm to people)
    s = "“It’s ‘fiscal responsibility’ that happens to hurt the people,” he says."
    assert "person" in _classes(s, "hurt")
    assert _events(s) == []


def test_other_lemmas_and_readings_need_nothing():
    # shoot has no rule row (tried, not kept: agency.md, sixteenth round): the noun "shot" of
    # this dev non-event is caught by an argument class, not by the positive rule
    s = (
        "It had long been a conservative ideal, and the essence of the American Dream, to believe "
        "that everybody should have an equal shot at success."
    )
    assert _events(s) == [("shot", "active_agent")]
    assert _events(s, TABLES) == []
    # a passive "hurt" needs nothing (its people are mostly hurt in body: "was not hurt")
    assert _events(
        '"Right now we want to take care of the people who have been so badly hurt."',
        dataclasses.replace(ALONE, confirm={("hurt", "active"): frozenset()}),
    ) == [("hurt", "passive_agentless")]
    assert _events("Two were killed.") == [("killed", "passive_agentless")]


def test_rule_rows_are_checked(tmp_path):
    bad = tmp_path / "confirm.csv"
    bad.write_text(
        "term,category,subcategory,scope,source,note\nhurt,rule,violence,verb,project,\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError):
        load_agency_tables((("confirm", str(bad)),))
    assert TABLES.confirm == {
        ("hurt", "active"): frozenset({"count", "casualty", "weapon", "degree"}),
        # "fate": "is feared dead" (batch-17 round)
        ("dead", "active"): frozenset({"person", "pronoun", "name", "count", "armed", "fate"}),
        # the state-agency words of killing, of combatants only (batch-24 round)
        **{
            (lemma, group): frozenset({"combatant"})
            for lemma in ("eliminate", "neutralise", "liquidate")
            for group in ("active", "passive", "noun")
        },
        ("exterminate", "active"): frozenset({"person", "name", "count", "pronoun"}),
        ("exterminate", "passive"): frozenset({"person", "name", "count", "pronoun"}),
    }
