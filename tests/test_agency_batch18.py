"""find_agency on the classes of the batch-18 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near the cues of non-event senses, least-drawn outlets weighted), and the batch-18
rows and draw.

The sentences are real sentences of the war corpora (cited by corpus and article id: the
dev-split mentions of batch 18, or unlabelled dev-split articles of the batch-18 pool read for
the rules' drops); each class has a counter-case that stays an event.  The expected values are
written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch18 import BATCH18, BATCH18_PARTS, CUES18


def events_of(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
    """(form, agent, victim) of the events whose trigger is ``word`` (as written)."""
    return [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events
NON_EVENTS_18 = [
    # strike as a premodifier of a weapon (AllSides 3aqb1799efheP5vK: dev batch 18;
    # 66YkNEHbmEIxDeM1: unlabelled)
    (
        'Kim said during the meeting that the nuclear test site\'s mission had come "to an end" '
        "because the North had completed developing nuclear-capable intermediate-range "
        "missiles, ICBMs and other strike means.",
        "strike",
    ),
    (
        "During a briefing in January, Secretary of the Air Force Deborah Lee James stated that "
        "many strike platforms contribute to the fight, with just 11% coming from the A-10 "
        "community.",
        "strike",
    ),
    # strikes as the means of a destruction, the object before "with" (AllSides
    # oH79ezmLO8NUx9Am: dev batch 18)
    (
        "“We can probably destroy the existing program” with limited strikes, Richard Nephew, an "
        "architect of the Iran nuclear deal, told me last month.",
        "strikes",
    ),
    # the purpose in a definition (by-country articles-0436: dev batch 18)
    (
        "The Organisation for the Prohibition of Chemical Weapons (OPCW), a global watchdog that "
        "oversees implementation of the CWC, says a chemical weapon is a substance used to cause "
        "intentional death or harm through its toxic properties.",
        "death",
    ),
    # an attack whose ", when" clause tells the deaths it caused (AllSides 4KUYaRiVLya4assP:
    # dev batch 18)
    (
        "And the reason this period is significant, it was after the first chemical weapons "
        "attack, when some 1,400 Syrians died.",
        "attack",
    ),
    # wounds as the cause of a death: "died of", a list repeating "from" (guardian-nyt
    # articles-0137: dev batch 18; AllSides DM1VaJY3GB1apufr, mxw0jiUYsmLEg1Wh: unlabelled)
    (
        "“Civilians are dying from direct strikes, from fragmentation wounds and under the rubble "
        "of destroyed buildings, since most of the inhabitants are hiding in basements and "
        "shelters,” he said.",
        "wounds",
    ),
    ("Tamerlan died of his wounds.", "wounds"),
    (
        "On September 4, during a patrol to a village near the area in which Bergdahl vanished, "
        "an insurgent ambush killed Second Lieutenant Darryn Andrews and gravely wounded Private "
        "First Class Matthew Martinek, who died of his wounds a week later.",
        "wounds",
    ),
    # a military term for an area (by-country articles-0278, unlabelled) and a negated ability
    # (by-country articles-0127: labelled none in batches 9 and 17, still reported)
    (
        "Effective targeting, counter-battery firing, extensive engineering support, and speed "
        "will be necessary to get through this kill zone quickly, then rapidly maneuver to the "
        "southern end of the peninsula to defeat and destroy the Russian defender.",
        "kill",
    ),
    (
        "All talk about “regime change” from outside is foolish: Russia is a great power no one "
        "can influence or attack that brazenly.",
        "attack",
    ),
    # an aircraft's name after an all-capitals model number, and an abstraction under attack
    # (AllSides 66YkNEHbmEIxDeM1, 5gyxtMCVNfd067ce, unlabelled)
    (
        "An F-15E Strike Eagle was designed for long-range, high-speed interdiction without "
        "relying on escort or electronic warfare aircraft.",
        "Strike",
    ),
    (
        "But Dzhokhar Tsarnaev conveyed to authorities that his brother believed Islam is under "
        "attack and its adherents must fight back, a U.S. government source said Monday.",
        "attack",
    ),
    # an attack noun coordinated with, or in apposition to, the subject of a killing stays part
    # of it (AllSides 66A4v5YiJztSrzF3, 4tbmALyt7PuT4cev: unlabelled; the nearer-noun rule
    # below must not take them)
    (
        "The Islamic State claimed responsibility Saturday for the shootings and bombings that "
        "left at least 127 people dead and scores wounded, many seriously on Friday.",
        "shootings",
    ),
    (
        "But he added that North Korea might mount a small-scale provocation such as its 2010 "
        "shelling of a South Korean island, an attack that killed four people.",
        "shelling",
    ),
]


@pytest.mark.parametrize(("text", "word"), NON_EVENTS_18)
def test_batch18_non_events(text, word):
    assert events_of(text, word) == []


# (sentence, trigger, form): the events next to those classes stay
COUNTER_CASES_18 = [
    # the death the wounds caused, and the strike before a weapon noun stays with its weapon
    ("Tamerlan died of his wounds.", "died", "intransitive"),
    (
        "Prominent crude-oil strategist Phil Flynn at Price Futures Group told MarketWatch on "
        "Sunday that the drone strike was a “big deal” that could result in a major spike in "
        "crude-oil prices, because of the potential disruption to global supplies.",
        "strike",
        "nominal",
    ),
    (
        "And the reason this period is significant, it was after the first chemical weapons "
        "attack, when some 1,400 Syrians died.",
        "died",
        "intransitive",
    ),
    # a planned attack and a killing war machine stay events (by-country articles-0072,
    # articles-0297, unlabelled)
    (
        "Russian soldiers surrounded Ukraine, Russian forces plan to attack Ukraine in the coming "
        "days, their goal is Kiev - said the President of the United States.",
        "attack",
        "active_agent",
    ),
    (
        "In Ukraine, your commitment to CSR is measured by your willingness to forgo part of your "
        "profit to disable the Russian war machine from continuing to kill, rape or create "
        "ecocides.",
        "kill",
        "active_agent",
    ),
    # a city under attack stays an event (guardian-nyt articles-0123, unlabelled)
    (
        "Kyiv has come under attack for the first time since 5 June, with Russian missiles "
        "striking at residential buildings and a Kindergarten in the Shevchenkivskyi district of "
        "the capital.",
        "attack",
        "nominal",
    ),
    # ", when" without a death after it (AllSides yontTmUyscB1yXCz, unlabelled)
    (
        "Mr. Khatallah’s name first surfaced in international news reports during the days and "
        "weeks after the attack, when Libyan sources said he could have been a ringleader on the "
        "night of the attacks.",
        "attack",
        "nominal",
    ),
    # an attack noun before a preposition and a nearer attack noun: the nearer one is the
    # antecedent of "that killed" (AllSides Mc1uI5V12b6Zs8WS: dev batch 18; 92c75ntT6zdUVtgi:
    # unlabelled)
    (
        "At the United Nations Friday, U.S. Ambassador Nikki Haley reiterated the Trump "
        "administration’s position that the U.S. was “fully justified” in launching missile "
        "strikes on a Syrian airbase in response to a chemical weapons attack that killed dozens "
        "of civilians, including children, earlier this week.",
        "strikes",
        "nominal",
    ),
    (
        "Attacks allegedly carried out by Xinjiang-based groups against Chinese targets have "
        "intensified in recent years, including a suicide attack in Beijing's Tiananmen Square "
        "and a knife attack at Kunming Station that left more than 30 people dead.",
        "attack",
        "nominal",
    ),
    # a title-case headline (by-country articles-0289: dev batch 18)
    (
        "Other Topics of Interest Iranian President Dies in Helicopter Crash in Remote Mountains "
        "– Ukraine at War Update for May 20 Russian airstrikes near Kharkiv kill 11 civilians",
        "Dies",
        "intransitive",
    ),
]


@pytest.mark.parametrize(("text", "word", "form"), COUNTER_CASES_18)
def test_batch18_counter_cases(text, word, form):
    assert [f for f, _, _ in events_of(text, word)][:1] == [form]


def test_the_dead_weather_is_still_a_name():
    # the headline rule needs a verb of dying or killing before a preposition or a number
    assert events_of("They listened to the Dead Weather in London.", "Dead") == []


# (sentence, trigger, (form, agent)): forms and agents of the round
FORMS_18 = [
    # "left N wounded" as "left N dead" (AllSides RmbM3M3bp3FTpPE3: dev batch 18)
    (
        "At the beginning of October, a gunman killed 58 people and left more than 500 wounded in "
        "Las Vegas.",
        "wounded",
        ("active_agent", "a gunman"),
    ),
    # a by-agent after "so far" (by-country articles-0023: dev batch 18)
    (
        "Ukraine's health minister said on Saturday that 198 civilians, including three children, "
        "had been killed so far by Russian forces.",
        "killed",
        ("passive_agent", "Russian forces"),
    ),
    # a participle of kill before "there" or "and" + a number is a reduced passive (by-country
    # articles-0473, articles-0081: dev batch 18; AllSides i08TPuigLHz695St: unlabelled)
    (
        "The Prosecutor General's Office also suggested awarding the international status of "
        "historical and cultural heritage to the Trostenets concentration camp, which was the "
        "largest one in terms of the number of people killed there.",
        "killed",
        ("passive_agentless", None),
    ),
    (
        "Although the official death toll stood at 86 killed and 186 wounded, Selcuk Atalay of "
        "the Turkish Medical Association’s Ankara branch said late Saturday that at least 97 "
        "people died, the Associated Press reported.",
        "killed",
        ("passive_agentless", None),
    ),
    # a report participle between a noun phrase and the participle, no auxiliary (guardian-nyt
    # articles-0069: dev batch 18; the "by" of the next participle is not its agent)
    (
        "8 May 2022 21.48 60 people confirmed killed at school bombed by Russians Volodymyr "
        "Zelenskiy confirmed late Sunday what many had feared but were hoping would not be true: "
        "60 people who were sheltering in the Bilohorivka school that Russian forces bombed this "
        "weekend were killed in the attack.",
        "killed",
        ("passive_agentless", None),
    ),
    # counter-case of the "and" + number rule: a count read as a noun stays nominal (AllSides
    # PDuLtG1bTnN7v4cY, unlabelled)
    (
        "The same dynamic shows in the weekend’s other major attack: the shootings and grenade "
        "attacks by the Somali-based Al-Shebaab group at a Kenyan shopping mall in Nairobi on "
        "Saturday --with some 62 dead, 200 wounded and 63 missing.",
        "wounded",
        ("nominal", None),
    ),
    # a time or "far from" after the head of an instrument subject (AllSides 8TQ7mZEwyp1buYrm,
    # guardian-nyt articles-0340: dev batch 18; AllSides HPYija9R8ppcg1SY: unlabelled)
    (
        "The movement and deliberations come in response to allegations that the Assad regime "
        "launched a chemical attack last week that killed hundreds.",
        "killed",
        ("active_instrument", "a chemical attack last week"),
    ),
    (
        "But after a recent missile strike far from the front lines killed more than 25 people, "
        "including children, in central Ukraine, an attack that deeply unsettled all Ukraine, the "
        "rave organizers met to make a hard, last-minute decision.",
        "killed",
        ("active_instrument", "a recent missile strike far from the front lines"),
    ),
    (
        "U.S., U.K. and French forces launched airstrikes targeting sites associated with Syria’s "
        "chemical-weapons capabilities, a reprisal for an attack last week that killed at least "
        "43 civilians and injured hundreds more.",
        "killed",
        ("active_instrument", "an attack last week"),
    ),
    (
        "At the United Nations Friday, U.S. Ambassador Nikki Haley reiterated the Trump "
        "administration’s position that the U.S. was “fully justified” in launching missile "
        "strikes on a Syrian airbase in response to a chemical weapons attack that killed dozens "
        "of civilians, including children, earlier this week.",
        "killed",
        ("active_instrument", "a chemical weapons attack"),
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), FORMS_18)
def test_batch18_forms(text, word, expected):
    assert [(f, a) for f, a, _ in events_of(text, word)][:1] == [expected]


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch18_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b18 = raw[raw["batch"] == 18]
    # the parts ask 130: the war corpora have too few mentions left near three cue kinds
    assert len(b18) == 120 and sum(n for _, _, n in BATCH18_PARTS) == 130
    assert len(BATCH18_PARTS) == 3 * (len(CUES18) + 1) + 2
    assert (b18["key"].map(split_of) == "dev").all() and (b18["split"] == "dev").all()
    assert b18.groupby(["corpus", "article_id"]).size().max() <= BATCH18["per_article"]
    earlier = raw[raw["batch"] < 18]
    assert not set(zip(b18["corpus"], b18["article_id"], b18["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b18["corpus"].value_counts().to_dict() == {
        "allsides": 40,
        "by-country": 40,
        "guardian-nyt": 40,
    }
    assert b18["label"].value_counts().to_dict() == {
        "nominal": 48,
        "none": 26,
        "active_agent": 16,
        "passive_agentless": 13,
        "active_instrument": 8,
        "intransitive": 6,
        "passive_agent": 3,
    }


@pytest.mark.shared
def test_batch18_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora, sample_batch18

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch18(batch18_corpora(), raw[raw["batch"] < 18])
    gold = raw[raw["batch"] == 18]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn["draw"].value_counts().to_dict()
    assert counts["none"] == 30 and counts["any"] == 10
    assert sum(counts.values()) == 120
