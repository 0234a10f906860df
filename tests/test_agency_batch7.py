"""find_agency on the non-event classes of the batch-7 dev errors (issue 20, non-events round:
AllSides political and general news), and the batch-7 draw.

The sentences are written for these tests (news sentences of the constructions of the dev
errors, not copied from the annotated set); each class has a counter-case that stays an event.
The expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency

NON_EVENTS_7 = [
    # guards.csv: "strike a … balance/bargain" with words between (was: an article right
    # before the noun), and the objects of strike in arguments.csv
    "Lawmakers want to strike the right balance on privacy.",
    "Negotiators may strike such a bargain by Friday.",
    "The governor struck a notably softer tone on Tuesday.",
    # arguments.csv, particle "down" for strike (a law, as "struck down")
    "The justices could strike it down next month.",
    # guards.csv: active "hurt" after a negative contraction (political or economic harm)
    "Aides insist the move won't hurt him with voters.",
    "The delay didn't hurt the company much.",
    # guards.csv: "hurt by not/failing …"
    "The mayor was hurt by failing to release the report.",
    # guards.csv: idioms of death
    "If the old party rose from the dead, nobody would notice.",
    "The proposal was talked to death in committee.",
    # arguments.csv head_after: death throes, attack politics, attack mode
    "Critics called it the death throes of cable news.",
    "The senator went into full attack mode after the vote.",
    # arguments.csv subject of die, read in a death's of-phrase
    "Some call it the death of the weekly press briefing.",
    # arguments.csv modifier for shoot: a chance or a camera shot (also when misread as a verb)
    "Every child deserves a fair shot at college.",
    "The live shot cut out after a minute.",
    # guards.csv: a slogan
    "Marchers chanted “Hands up, don’t shoot” outside the courthouse.",
    # guards.csv: verbal attacks with a local cue
    "The rival attacked him personally during the interview.",
    "His attacks at the first debate drew applause.",
    # events.py: the first part of a hyphenated compound
    "The agency bought three bomb-sniffing dogs.",
    "He was known as a political bomb-thrower.",
]

EVENTS_7 = [
    ("Drones will strike the bridge again.", [("strike", "active_instrument")]),
    ("Two guards were hurt by flying glass.", [("hurt", "passive_agent")]),
    ("Officials feared more people could be hurt.", [("hurt", "passive_agentless")]),
    ("The death of the soldier shocked the village.", [("death", "nominal")]),
    ("The gunman shot a guard outside the bank.", [("shot", "active_agent")]),
    ("The attack on the school killed four teachers.", [("killed", "active_instrument")]),
    ("Gunmen attacked the convoy near the border.", [("attacked", "active_agent")]),
    # a participle before a hyphen stays a harm word (its form is not read right: not pinned)
    ("Three soldiers killed-in-action were buried on Monday.", None),
]


@pytest.mark.parametrize("text", NON_EVENTS_7)
def test_batch7_non_events(text):
    assert find_agency(text) == []


@pytest.mark.parametrize("text, expected", EVENTS_7)
def test_batch7_events_kept(text, expected):
    found = find_agency(text)
    if expected is None:
        assert [e.text for e in found] == ["killed"]
    else:
        assert [(e.text, e.form) for e in found] == expected


def test_batch7_rows_are_allsides_split_by_article():
    from analysis.evaluation.agency import load_annotations, split_of

    a = load_annotations()
    b7 = a[a["batch"] == 7]
    assert len(b7) == 120 and set(b7["corpus"]) == {"allsides"}
    assert (b7["split"] == b7["key"].map(split_of)).all()
    assert b7.groupby("article_id").size().max() == 1
    b6 = a[a["batch"] == 6]
    assert not set(b7["article_id"]) & set(b6["article_id"])


@pytest.mark.shared
def test_batch7_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import allsides_other, sample_batch7

    drawn = sample_batch7(allsides_other())
    gold = load_annotations()
    gold = gold[gold["batch"] == 7]
    key = ["article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert pd.Series(drawn["draw"]).value_counts().to_dict() == {"risky": 120}
