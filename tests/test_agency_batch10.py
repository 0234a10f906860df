"""find_agency on the non-event classes of the batch-10 dev errors (issue 20: risky trigger
words of dev-split AllSides articles, war reporting and other news), and the batch-10 draw.

The sentences are real sentences of AllSides articles (cited by article id) or written for these
tests where marked; each class has a counter-case that stays an event. The expected values are
written by hand; every non-event case yielded the trigger as an event before this round.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency

NON_EVENTS_10 = [
    # parts.py _modifies_next: an attack noun right before "death" (eDB41uOracTvlnP9)
    (
        "Wilson was cleared by a grand jury Monday of any crime in the shooting death of Brown, a "
        "decision that has roiled Ferguson and prompted raucous protests in cities across the "
        "country.",
        [("death", "nominal")],
    ),
    # guards.csv: help or hurt (uHz6udw0YELNsUhs)
    (
        "Mr. Trump has viewed leaks differently at different times depending on whether they "
        "helped or hurt him.",
        [],
    ),
    # guards.csv: a retort made by speaking (hxKSbB0CQFIJJSkT)
    (
        "Rep. Jim McGovern, D-Mass., shot back by accusing Republicans of engaging in “antics.”",
        [],
    ),
    # guards.csv: a threat of death (G8GCkA8VTzZNyKTn)
    (
        "Sotloff was threatened in that video with death unless the U.S. stopped airstrikes on the "
        "Islamic State.",
        [("airstrikes", "nominal")],
    ),
    # arguments.csv head_after: attack choppers (jm5o3uTdKsPC0LB8)
    (
        'The attack choppers would "escalate the conflict quite dramatically," she contended, '
        "rightly.",
        [],
    ),
    # guards.csv and arguments.csv subject: a law that dies (2xIIw2uxD9qLN10N; the second from
    # an unlabelled dev-split AllSides article read for the round)
    (
        "For gun rights activists, the death of that legislation proved once more their "
        "single-issue intensity and decades-long grass-roots organizing were enough to prevail.",
        [],
    ),
    (
        "Some are skeptical of using a funding bill to cut off the group’s government money, aware "
        "that the legislation would likely die in the Senate.",
        [],
    ),
    # contexts.csv: an attack on election machines (5ymAXsj2gqD7OeK3)
    (
        "“There is pretty much universal agreement that this is an important security measure to "
        "detect and perhaps recover from attacks on electronic voting systems,” Norden says.",
        [],
    ),
    # phrases.py _abbreviation_stop: the cause phrase reads through "Aug." (bohNjikvjcPyvgjP)
    (
        "Kerry told “Fox News Sunday” that he couldn’t imagine Congress would “turn its back” on "
        "the Syrians slaughtered in the Aug. 21 chemical weapon attack, allegedly ordered by "
        "President Bashar al-Assad.",
        [("slaughtered", "passive_agentless")],
    ),
]

EVENTS_10 = [
    # written for the tests: the counter-cases stay events
    ("Three people died in shooting attacks on the town.", [("died", "intransitive")]),
    ("The shooting of Trayvon Martin shocked the country.", [("shooting", "nominal")]),
    ("They attacked the village by calling in airstrikes.", None),
    (
        "Putin responded to Saturday's attack by calling the strikes an act of aggression.",
        [("attack", "nominal")],
    ),
    ("The troops shot back, killing two gunmen.", [("shot", "active_agent"), ("killing", None)]),
    ("He mourned the death of the legislator.", [("death", "nominal")]),
    ("Kazi has been threatened by IS, and two of his cousins were put to death.", None),
]


@pytest.mark.parametrize("text, expected", NON_EVENTS_10)
def test_batch10_non_event_classes(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


@pytest.mark.parametrize("text, expected", EVENTS_10)
def test_batch10_events_kept(text, expected):
    found = [(e.text, e.form) for e in find_agency(text)]
    if expected is None:
        assert found
    else:
        assert [w for w, _ in found] == [w for w, _ in expected]
        assert all(f is None or f == g for (_, f), (_, g) in zip(expected, found))


def test_batch10_clause_lead_subject():
    # forms.py _CLAUSE_LEADS: the subject after "after" is the clause's own (AllSides war
    # reporting, unlabelled dev-split article; the second written for the test)
    text = (
        "The coalition’s decision Sunday comes days after a U.S. drone strike killed Iran’s top "
        "commander in Baghdad."
    )
    assert [(e.text, e.form) for e in find_agency(text)] == [("killed", "active_instrument")]
    text = "Three British soldiers died after a U.S. jet bombed their position."
    forms = [(e.text, e.form) for e in find_agency(text)]
    assert forms == [("died", "intransitive"), ("bombed", "active_instrument")]


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch10_rows_are_new_dev_allsides_mentions():
    from analysis.evaluation.agency import load_annotations, split_of
    from analysis.evaluation.agency_sample import RISKY_PATTERN
    from analysis.evaluation.agency_sample_batch10 import BATCH10

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b10 = raw[raw["batch"] == 10]
    assert len(b10) == BATCH10["war"] + BATCH10["other"] == 120
    assert set(b10["corpus"]) == {"allsides"}
    assert (b10["key"].map(split_of) == "dev").all() and (b10["split"] == "dev").all()
    assert b10.groupby("article_id").size().max() <= BATCH10["per_article"]
    assert b10["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False).all()
    earlier = raw[raw["batch"] < 10]
    assert not set(b10["article_id"]) & set(earlier["article_id"])
    assert set(load_annotations()["batch"]) >= {10}


@pytest.mark.shared
def test_batch10_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample import allsides_other, allsides_war
    from analysis.evaluation.agency_sample_batch10 import BATCH10, sample_batch10

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch10(allsides_war(), allsides_other(BATCH10), raw[raw["batch"] < 10])
    gold = raw[raw["batch"] == 10]
    key = ["article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["draw"].value_counts().to_dict() == {"war": 60, "other": 60}
