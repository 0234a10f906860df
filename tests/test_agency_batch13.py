"""find_agency on the classes of the batch-13 dev errors (issue 20: new dev-split AllSides war,
terror and foreign-policy articles), and the batch-13 draw.

The sentences are real sentences of AllSides articles (cited by id; all dev split) or written
for these tests where marked; each class has a counter-case that stays an event.  The expected
values are written by hand; every non-event case yielded an event before this round, every
event case was missed or misread.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared, split_ids

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch13 import BATCH13, BATCH13_QUOTAS, sample_batch13

# Classes found in predictions read on unlabelled dev-split AllSides articles of the batch-13
# pool (no gold), guards.csv rows
UNLABELLED_13 = [
    # strike = delete from a text (dcVf7wLFr7kXXbQi)
    (
        "But he does seem to have explored relaxing sanctions on Russia and has been strikingly "
        "reluctant to affirm America’s commitment to NATO — going so far as to at one point "
        "strike a pro-NATO line from a speech that appeared in his prepared text and that his "
        "advisers had briefed the press would be delivered.",
        [],
    ),
    # a contest (T8lyrrlJYNVVKEOa)
    (
        "It’s a celebrity death match between Machiavelli [Putin] and a neighborhood organizer "
        "[Obama].",
        [],
    ),
    # a veterans' event (ZnU0mjC9zzm3e78w)
    (
        'Speaking at a wounded warriors event, the president said, "This should never happen to '
        'another president again, this hoax."',
        [],
    ),
    # the Voltaire saying (2T2X1H1jwIJJmvjm)
    (
        'A man and his son came over to me holding a sign saying "I disapprove of what you say '
        'but I will defend to the death your right to say it," beseeching me to share their '
        "message with the American people.",
        [],
    ),
    # a weapon's capability (47j7AEumas0qF208, xLZe7KAF2QNMjMJz)
    (
        "North Korea has a variety of missiles and other weapons capable of striking South Korea.",
        [],
    ),
    (
        "Putin’s speech revealed details about ongoing Russian weapons projects, including a "
        "hypersonic missile named Tsirkon that could travel up to 1,000km and would be able to "
        "strike land targets.",
        [],
    ),
    # death as an idea revered (LSa455R96wQs5JHR)
    (
        "Seldom is the descriptor 'evil' applied with perfect accuracy as it is with this "
        "monstrous group that glories in death,” he said in a statement.",
        [],
    ),
]

NON_EVENTS_13 = [
    # guards.csv: 'another shot at' a swipe (Vox Yc10lXpKk81KBtTl)
    (
        "It also “calls upon all States to refrain from the establishment of diplomatic missions "
        "in the Holy City of Jerusalem” — another shot at the administration, which announced "
        "plans to move the US Embassy from Tel Aviv to Jerusalem.",
        [],
    ),
    # guards.csv: hurt by a political cause (Reuters xgHSkuYNRxUNA1T6)
    (
        "Pelosi pointedly mentioned that veterans were hurt by the shutdown; Trump has courted "
        "veterans as a candidate and as president.",
        [],
    ),
    # guards.csv: help as much as hurt (Victor Hanson D1j4CryRs5wEeUoL)
    ("Tensions in the Gulf now help as much as hurt the United States.", []),
    # guards.csv: death as a penalty (The Atlantic b1phqsYrmF1F1Llx)
    (
        "If the accuser is wrong, he himself has committed apostasy by making a false "
        "accusation. The punishment for apostasy is death.",
        [],
    ),
    # guards.csv: death as an idea revered (Washington Times e9gbKFQQCYbgNuuE)
    ("“They don’t worship God. They worship death.", []),
    # guards.csv: a chant after a first cry in the same quotation (Christian Science Monitor
    # YuaXEsUSO2qxVA64)
    (
        "The work resumed as people removed the dust with their hands until they dug out the "
        'first child, taking her away with dozens of neighbors chanting "Allahu Akbar, Death to '
        'Israel."',
        [],
    ),
    # guards.csv: execute a warrant with a quoted modifier (NBC News 8IKlszLpirHs03PI)
    (
        "Louisville has seen a weekend of protests, as the city mourns Breonna Taylor, 26, a black "
        "woman killed in her home in March by Louisville police who were executing a “no-knock” "
        "warrant targeting her former boyfriend.",
        [("killed", "passive_agentless")],
    ),
    # guards.csv: an attack as the means of a destruction after 'during' (ProPublica
    # IynYPkUsUBYLKVtn)
    (
        "In cases of emergency, such as if the bridge is destroyed during an attack, sailors from "
        "other parts of the ship need to be able to take control without waiting for additional "
        "approval.",
        [],
    ),
]

EVENTS_13 = [
    # forms.py _object_next: an approximate count opens the object (Washington Times
    # gueNkbBNblpFvigo)
    (
        "Tamerlan and Dzhokhar Tsarnaev detonated two homemade bombs during the Boston Marathon "
        "in 2013, killing three and wounding over 200.",
        ("wounding", "active_agent", "over 200"),
    ),
    # forms.py _dead: a victim phrase with an initial, longer than 6 words (Washington Times
    # DHgg4rbyHllE7ZdF)
    (
        "The House Oversight and Government Reform committee will hear from the man who took "
        "charge of the U.S. mission to Libya after the Benghazi attack left Ambassador J. "
        "Christopher Stevens and three other Americans dead.",
        (
            "dead",
            "active_instrument",
            "Ambassador J. Christopher Stevens and three other Americans",
        ),
    ),
    # arguments.py: 'as well as' adds an object, it is no 'strike X as Y' (Reuters
    # q1TITk8wok3Zjlxo)
    (
        "In the course of that interview, the complaint said, Saipov told investigators he chose "
        "Halloween for the attack because he believed more people would be on the streets and "
        "said he had originally planned to strike the Brooklyn Bridge as well as the bike path "
        "on the western edge of lower Manhattan.",
        ("strike", "active_agent", "the Brooklyn Bridge"),
    ),
    # passives.py by_agent: the by-agent after a closing quotation mark (NBC News
    # 8IKlszLpirHs03PI)
    (
        "Kaitlin Rust, a reporter for WAVE, was on air on Friday when she yelled and said she was "
        '"getting shot" by rubber bullets or pepper bullets.',
        ("shot", "passive_agent", None),
    ),
    # words.py CLAUSE_BREAKS: 'whether' ends the subject (Politico RoQRy6KNt9T9ngkq)
    (
        "Brennan’s nomination hit a fresh snag on Wednesday when Paul said that he would object "
        "to efforts to schedule a vote if the White House refuses to articulate its policy on "
        "whether government drones can kill Americans on U.S. soil.",
        ("kill", "active_instrument", "Americans"),
    ),
    # instruments.csv: a policy is a cause (guardian-nyt articles-0464, labelled in batch 9)
    (
        "Putin sought to claim a mandate for a foreign policy that has left tens of thousands of "
        "Russians and Ukrainians dead after two years of war.",
        ("dead", "active_instrument", "tens of thousands of Russians and Ukrainians"),
    ),
]

COUNTER_13 = [
    # written for the test: a wounded soldier; a strike carried out; a strike from the south
    (
        "It may be the only path towards convincing a wounded warrior to receive the surgery.",
        [("wounded", "passive_agentless")],
    ),
    ("Ukraine was able to strike the bridge.", [("strike", "active_agent")]),
    ("Russian missiles struck the city from the south.", [("struck", "active_instrument")]),
    # written for the test: hurt by a weapon stays an event
    ("Another Israeli was lightly hurt by a rocket.", [("hurt", "passive_agent")]),
    # written for the test: 'help rather than hurt other people' was kept as an event (dev batch
    # 10); since the sixteenth round an active "hurt" needs a confirming context (confirm.csv:
    # a count, a casualty word, a weapon or a degree of injury), which this sentence lacks: a
    # known loss, counted in the round's figures (agency.md)
    ("They want to help rather than hurt other people.", []),
    ("They want to help rather than hurt other people with knives.", [("hurt", "active_agent")]),
    # written for the test: a death penalty carried out is no chant; 'death to thousands'
    ("The war brought death to thousands.", [("death", "nominal")]),
    # written for the test: executing prisoners is an execution
    ("The rebels executed two prisoners.", [("executed", "active_agent")]),
    # written for the test: 'find him dead' is no 'left … dead' across a verb
    (
        "He left him in the care of a medic and returned to find him dead.",
        [("dead", "nominal")],
    ),
]


@pytest.mark.parametrize("text, expected", NON_EVENTS_13 + UNLABELLED_13 + COUNTER_13)
def test_batch13_classes(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


@pytest.mark.parametrize("text, expected", EVENTS_13)
def test_batch13_events(text, expected):
    trigger, form, victim = expected
    ev = next(e for e in find_agency(text) if e.text == trigger)
    assert ev.form == form
    assert ev.victim == victim


def test_batch13_agents():
    # the by-agent after a closing quotation mark; the subject after 'whether' (sentences above)
    shot = find_agency(EVENTS_13[3][0])
    assert [(e.text, e.agent) for e in shot] == [("shot", "rubber bullets or pepper bullets")]
    kill = [e for e in find_agency(EVENTS_13[4][0]) if e.text == "kill"]
    assert kill[0].agent == "government drones"


def test_batch13_draw_detected_by_lemma_and_undetected():
    # written for the test: each body has detected events (attack, killed) and a non-event
    # ('killing time') the detector does not report
    body = (
        "Russia's attack on Kyiv began. Rebels killed two. They were killing time in the shelter."
    )
    dev, test = split_ids(6, "dev"), split_ids(2, "test")
    df = pd.DataFrame({"article_id": dev + test, "outlet": "X", "body": body})
    annotated = pd.DataFrame(
        {"corpus": ["war"], "article_id": [dev[0]], "start": [4], "label": ["nominal"]}
    )
    quotas = {"attack": 2, "kill": 1}
    draw = {"undetected": 2, "random_state": 32, "per_article": 2}
    out = sample_batch13({"war": df}, annotated, quotas, draw)
    assert set(out["article_id"]) <= set(dev[1:])  # dev only, no annotated article
    assert out["draw"].value_counts().to_dict() == {"detected": 3, "undetected": 2}
    det = out[out["draw"] == "detected"]
    assert sorted(det["lemma"]) == ["attack", "attack", "kill"]
    assert set(out.loc[out["draw"] == "undetected", "trigger"]) == {"killing"}
    assert out.groupby("article_id").size().max() <= 2
    assert out.equals(sample_batch13({"war": df}, annotated, quotas, draw))  # seeded


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch13_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b13 = raw[raw["batch"] == 13]
    assert len(b13) == sum(BATCH13_QUOTAS.values()) + BATCH13["undetected"] == 100
    assert (b13["key"].map(split_of) == "dev").all() and (b13["split"] == "dev").all()
    assert b13.groupby(["corpus", "article_id"]).size().max() <= BATCH13["per_article"]
    earlier = raw[raw["batch"] < 13]
    assert not set(zip(b13["corpus"], b13["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert (b13["label"] == "none").sum() == 28


@pytest.mark.shared
def test_batch13_rows_are_candidates_of_war_topic_articles():
    # The draw selects on the detector's predictions, so it is reproducible only with the
    # detector of its commit (9a7e7a5's parent, 0d7b612); what stays checkable: each row is a
    # candidate word at its offsets in an article of allsides_war_topics.
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample import allsides_war_topics, candidate_mentions

    cands = candidate_mentions("allsides", allsides_war_topics())
    have = set(zip(cands["article_id"], cands["start"], cands["trigger"]))
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b13 = raw[raw["batch"] == 13]
    assert set(zip(b13["article_id"], b13["start"], b13["trigger"])) <= have
