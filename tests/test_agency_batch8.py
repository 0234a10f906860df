"""find_agency on the non-event classes of the batch-8 dev errors (issue 20, non-events in war
reporting: the war corpora drawn uniformly over trigger lemmas), and the batch-8 draw.

The sentences are real sentences of war reporting (cited by corpus and article) or written for
these tests where marked; each class has a counter-case that stays an event. The expected values
are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency
from analysis.evaluation.agency_sample import trigger_lemma

# Real sentences of dev-split articles of the war corpora (the batch-8 dev errors and, marked
# "unlabelled", predictions read on dev-split articles), then counter-cases.
NON_EVENTS_8 = [
    # arguments.csv head_after: a disposition named by a harm noun (guardian-nyt / by-country
    # US, articles-0263)
    (
        "Rebekah Koffler told Fox News Digital that the Russian pilots’ aggression was part of a "
        'culture of "high-risk tolerance and casualty tolerance" that covers the entire Russian '
        "military.",
        [],
    ),
    # events.py _modifies_next: a harm word right before an attack noun (by-country GB,
    # articles-0109)
    (
        "And two soldiers, Alexander Bobikin and Alexander Ivanov, were each sentenced to more "
        "than 11 years in prison for shelling attacks on population centres that “violated the "
        "laws and customs of war”.",
        [("attacks", "nominal")],
    ),
    # events.py _cause_of_earlier: the cause right after a casualty noun (guardian-nyt,
    # articles-0137)
    (
        "Striuk estimated that about 13,000 people remained in the city out of a prewar "
        "population of about 100,000 but said it was impossible to keep track of civilian "
        "casualties amid round-the-clock shelling.",
        [("casualties", "nominal")],
    ),
    # events.py _result_lead: "as a result of" with a coordination and a quotation mark
    # (guardian-nyt, articles-0039)
    (
        "One person was killed and five were injured “as a result of enemy artillery and mortar "
        "strikes”, Kharkiv’s regional military administration said on Telegram.",
        [("killed", "passive_agentless"), ("injured", "passive_agentless")],
    ),
    # guards.csv: "shot itself in the lungs" (unlabelled, guardian-nyt articles-0131)
    (
        "Europe has “shot itself in the lungs” with sanctions aimed at Russia over its war in "
        "Ukraine, the Hungarian prime minister, Viktor Orbán, said on Friday.",
        [],
    ),
    # guards.csv: "wants shot of" (unlabelled, guardian-nyt articles-0120)
    (
        "At present, forceful Nato intervention to “stop Mad Vlad” remains unlikely because "
        "Biden, principally, believes it’s too risky – even though he dearly wants shot of him.",
        [],
    ),
    # guards.csv: the cause of a destruction after "due to" (unlabelled, guardian-nyt
    # articles-0146)
    (
        "The Virgin Mary seen hanging on the wall of a destroyed church due to Russian shelling "
        "in the south of Ukraine.",
        [],
    ),
    # written for the test: perish with an abstract subject (arguments.csv subject, as die)
    ("The plan must perish.", []),
]

COUNTER_8 = [
    # a death of its own, not the cause of the attacks (guardian-nyt, articles-0131)
    (
        "The UK said the Kremlin was “fully responsible” for the death of a British captive in "
        "east Ukraine as rescue workers in Vinnytsia scoured debris for missing people after "
        "devastating Russian rocket attacks.",
        [("death", "nominal"), ("attacks", "nominal")],
    ),
    # guards.csv "to die for" only with no word after it (by-country UA, articles-0081)
    (
        'As the question "Why die for Danzig?" turned into the need to die for Dunkirk and '
        "dozens of other cities in Europe and the world.",
        [("die", "intransitive"), ("die", "intransitive")],
    ),
    ("The chef makes a chocolate cake to die for.", []),  # written: the idiom
    ("Thousands of soldiers perished in the cold.", [("perished", "intransitive")]),  # written
    ("The soldier shot himself in the head.", [("shot", "active_agent")]),  # written
    ("Prices rose as a result of Russian attacks on ports.", [("attacks", "nominal")]),  # written
    # forms.py: a participle right after "of" is no verb (by-country GB, articles-0211; UA,
    # articles-0168)
    (
        "Investigators have prepared themselves for the worst, after the discoveries of slain "
        "civilians bearing signs of torture in Bucha.",
        [("slain", "passive_agentless"), ("torture", "nominal")],
    ),
    (
        "As of this time, three people are known to have died, and more than twenty people are "
        "on the list of wounded.",
        [("died", "intransitive"), ("wounded", "nominal")],
    ),
    # forms.py: a participle after an object pronoun (guardian-nyt, articles-0069); not the US
    (
        "About 90 people had been sheltering in the building and 30 were rescued, seven of them "
        "wounded, from the rubble of the school in Bilohorivka.",
        [("wounded", "passive_agentless")],
    ),
    (
        "At least 25 fighters died when the US bombed bases in western Iraq.",
        [("died", "intransitive"), ("bombed", "active_agent")],
    ),
    # forms.py: a participle after a comma right after a passive participle (guardian-nyt,
    # articles-0119); not after an active one (articles-0289, below)
    (
        "When they found people in the bottom of wells, hands bound, raped, and murdered – "
        "they’d done everything to them.",
        [("raped", "passive_agentless"), ("murdered", "passive_agentless")],
    ),
]


@pytest.mark.parametrize("text, expected", NON_EVENTS_8 + COUNTER_8)
def test_batch8_classes(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


def test_batch8_subject_before_a_participle_clause():
    # forms.py _parenthesis_start: the subject before ", delivered by …," and instruments.csv
    # "hail"; the coordinated "maimed" is active, not a passive of "delivered" (guardian-nyt,
    # articles-0289)
    text = (
        "In one town after another in eastern Ukraine, a hail of seemingly random Russian "
        "strikes, delivered by warplanes, artillery and missiles, has killed, maimed and "
        "terrified residents."
    )
    forms = {e.text: e.form for e in find_agency(text)}
    assert forms == {"killed": "active_instrument", "maimed": "active_instrument"}


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_trigger_lemmas():
    words = ["Killings", "slain", "slew", "shot", "struck", "airstrikes", "bombardment", "bombs"]
    assert [trigger_lemma(w) for w in words] == [
        "kill",
        "slay",
        "slay",
        "shoot",
        "strike",
        "airstrike",
        "bombard",
        "bomb",
    ]
    assert [trigger_lemma(w) for w in ["dying", "died", "dead", "deaths", "lost their lives"]] == [
        "die",
        "die",
        "dead",
        "death",
        "lose one's life",
    ]


def test_batch8_rows_are_war_corpora_split_by_article():
    from analysis.evaluation.agency import load_annotations, split_of

    a = load_annotations()
    b8 = a[a["batch"] == 8]
    assert len(b8) == 120 and set(b8["corpus"]) == {"guardian-nyt", "by-country"}
    assert (b8["split"] == b8["key"].map(split_of)).all()
    assert b8.groupby(["corpus", "article_id"]).size().max() == 1
    earlier = a[a["batch"] < 8]
    assert not set(zip(b8["corpus"], b8["article_id"], b8["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )


@pytest.mark.shared
def test_batch8_draw_is_reproducible():
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import sample_batch8, war_corpora

    # the draw excludes every mention annotated before, ``skip`` rows included
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch8(war_corpora(), raw[raw["batch"] < 8])
    gold = load_annotations()
    b8 = gold[gold["batch"] == 8].reset_index(drop=True)
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(b8[key].astype(drawn[key].dtypes))
    assert pd.Series(drawn["draw"]).value_counts().to_dict() == {"lemma": 120}
    assert drawn["lemma"].value_counts().max() <= 5
