"""find_agency on the classes of the batch-6 dev errors (issue 20, fifth round: war reporting
of US outlets in the AllSides corpus), and the batch-6 draw.

Each case is a sentence of a dev-split batch-6 article (shortened where the rest of the sentence
plays no part) or a news sentence of the same construction, with a counter-case that stays an
event; the expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency

# guards.csv: a retort "shot back: “…”" and the chant "Death to America" are no harm events;
# "first strike" is no longer a labour/sports sense on its own (the guard kept a nuclear
# doctrine), and a "death to" that is no chant stays a death
GUARDS_6 = [
    (
        "When Mr. Ban asked him to wind up, the Syrian official shot back: “You live in New York.”",
        [],
    ),
    ('Asked to react to Clinton\'s answer, Sanders shot back: "Not good enough."', []),
    ("Soldiers shot back at the gunmen.", [("shot", "active_agent")]),
    (
        'Iran has long backed the Houthis, whose official slogan sounds very familiar: "Death to '
        'America, death to Israel, damnation to the Jews."',
        [],
    ),
    (
        'Thousands of Iranians protested the airstrike, shouting "death to America."',
        [("airstrike", "nominal")],
    ),
    ("The regime brought death to thousands of civilians.", [("death", "nominal")]),
    (
        'Central Command described the action as "the first strike taken as part of our '
        'expanded efforts to hit (ISIS) targets."',
        [("strike", "nominal")],
    ),
    ("Russia keeps a first strike nuclear doctrine.", []),
    # read in unlabelled dev-split AllSides war articles: strike a (fierce …) blow; a manner
    (
        "The intensity of the attacks struck a fierce opening blow against the jihadists.",
        [("attacks", "nominal")],
    ),
    (
        "A report cited such serious human rights violations as execution-style killings of "
        "detainees.",
        [("killings", "nominal")],
    ),
]

# forms.py: a headline in capitals is no name ("MUST WATCH Airstrikes hit Iraq"), and "are
# ‘dead’" reads its subject through the quotation mark (the subject slot of arguments.csv:
# "talks"); the name rule still holds for a title-case name
HEADLINES_6 = [
    (
        "MUST WATCH Airstrikes hit Iraq, Obama condemns journalist's murder 04:15",
        "Airstrikes",
        True,
    ),
    (
        "TRUMP SAYS TALKS WITH TALIBAN ARE ‘DEAD,’ AFTER CANCELING SECRET CAMP DAVID SUMMIT",
        "DEAD",
        False,
    ),
    ("RUSSIAN MISSILES KILL 12 IN KYIV", "KILL", True),
    ("He saw the Dead Weather play in Nashville.", "Dead", False),
]

# events.py: a harm noun in a list of means after "by" is part of the earlier harm event, and
# a "that" after a content noun ("evidence that") opens no relative clause of an attack noun
PARTS_6 = [
    (
        "We have been enthralled by its brutality, the beheadings of babies and the executions "
        "of children by hanging, shooting and decapitation.",
        [("executions", "nominal")],
    ),
    (
        "Scarborough discussed the parallels between the airstrike ordered by Trump in 2020 and "
        "the airstrike ordered by Clinton in 1998.",
        [("airstrike", "nominal"), ("airstrike", "nominal")],
    ),
    (
        "A CNN team that visited the shelter several hours after the mortar attack saw evidence "
        "that people were badly wounded at the courtyard.",
        [("attack", "nominal"), ("wounded", "passive_agentless")],
    ),
]

# passives.py (harm-event rules only): a participle after a dash or comma with its agent right
# after it, and a participle with no object before "while", are reduced passives
FORMS_6 = [
    (
        "They will be counted among the dead—killed at the hands of these radical militants.",
        "killed",
        "passive_agent",
        "these radical militants",
    ),
    (
        "The president also cited the four Americans killed while held captive by the Islamic "
        "State.",
        "killed",
        "passive_agentless",
        None,
    ),
    (
        "Two soldiers, killed by a roadside bomb, were buried on Friday.",
        "killed",
        "passive_agent",
        "a roadside bomb",
    ),
    ("Gunmen killed two guards while the convoy waited.", "killed", "active_agent", None),
]

# reported_content.py: "vow", "cite", "voice" with a noun-phrase object and no clause later in
# the sentence report no words; with a that-less clause or "as saying" they still do
VOICE_6 = [
    (
        "Iran vowed major retaliation for Suleimani’s death, which led the United States to "
        "suspend operations in Iraq.",
        "death",
        "author",
    ),
    (
        "Netanyahu voiced regret for the loss of life, apologizing for any mistakes that led to "
        "the death of nine Turkish activists.",
        "death",
        "author",
    ),
    (
        "Nigeria's leader vowed Boko Haram's abduction of hundreds of schoolgirls would be the "
        "group's undoing.",
        "abduction",
        "reported",
    ),
    (
        "Reuters cited hospital officials as saying al-Baghdadi was not among the dead.",
        "dead",
        "reported",
    ),
    (
        'Cameron has vowed to "hunt down those responsible" for Haines\' killing.',
        "killing",
        "reported",
    ),
]


@pytest.mark.parametrize("text, expected", GUARDS_6 + PARTS_6)
def test_batch6_events(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


@pytest.mark.parametrize("text, trigger, event", HEADLINES_6)
def test_batch6_headlines(text, trigger, event):
    assert (trigger in [e.text for e in find_agency(text)]) == event


@pytest.mark.parametrize("text, trigger, form, agent", FORMS_6)
def test_batch6_forms(text, trigger, form, agent):
    (e,) = [e for e in find_agency(text) if e.text == trigger]
    assert e.form == form
    if agent is not None:
        assert e.agent == agent


@pytest.mark.parametrize("text, trigger, voice", VOICE_6)
def test_batch6_voice(text, trigger, voice):
    (e,) = [e for e in find_agency(text) if e.text == trigger]
    assert e.voice == voice


def test_batch6_rows_are_allsides_split_by_article():
    from analysis.evaluation.agency import load_annotations, split_of

    a = load_annotations()
    b6 = a[a["batch"] == 6]
    assert len(b6) == 110 and set(b6["corpus"]) == {"allsides"}
    assert (b6["split"] == b6["key"].map(split_of)).all()
    assert b6.groupby("article_id").size().max() <= 2


@pytest.mark.shared
def test_batch6_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import allsides_war, sample_batch6

    war = allsides_war()
    assert len(war) == 1126
    drawn = sample_batch6(war)
    gold = load_annotations()
    gold = gold[gold["batch"] == 6]
    key = ["article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert pd.Series(drawn["draw"]).value_counts().to_dict() == {"broad": 62, "risky": 48}
