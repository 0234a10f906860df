"""find_agency on the non-event classes of the batch-9 dev errors (issue 20: mentions of
dev-split war articles that the detector reported as events), and the batch-9 draw.

The sentences are real sentences of war reporting (cited by corpus and article) or written for
these tests where marked; each class has a counter-case that stays an event. The expected values
are written by hand; every non-event case yielded the trigger as an event before this round.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency

NON_EVENTS_9 = [
    # parts.py _parenthetical: the attack noun is the subject of the killing across a relative
    # clause set off by commas (guardian-nyt, articles-0134)
    (
        "Ukraine has rejected Russian claims that any military target was hit, saying the attack, "
        "which took place hundreds of kilometres from the frontlines, killed at least 23 people – "
        "including three children – and struck a cultural centre used by retired veterans.",
        [("killed", "active_instrument"), ("struck", "active_agent")],
    ),
    # parts.py _apposition_of_earlier: an attack noun in apposition after the killing
    # (guardian-nyt, articles-0340); "killed" is active_instrument (its subject a strike: the
    # head before "far from", batch 18; it had been read as active_agent)
    (
        "But after a recent missile strike far from the front lines killed more than 25 people, "
        "including children, in central Ukraine, an attack that deeply unsettled all Ukraine, the "
        "rave organizers met to make a hard, last-minute decision.",
        [("killed", "active_instrument")],
    ),
    # parts.py _victim_before: the cause after the victim phrase of a killing noun
    # (guardian-nyt, articles-0044)
    (
        "A US official has accused Moscow of preparing to plant fake evidence to make it look like "
        "the recent mass killing of Ukrainian prisoners of war in an attack on a "
        "Russian-controlled jail was caused by Ukraine.",
        [("killing", "nominal")],
    ),
    # guards.csv: NATO's Article 5 formula (by-country US, articles-0019)
    (
        '"And we have ironclad Article Five commitments," Kirby added. "An attack on one is an '
        'attack on all."',
        [],
    ),
    # guards.csv: a weapon's reach (guardian-nyt, articles-0065) and purpose (by-country UA,
    # articles-0481)
    (
        "He cited a Ukrainian defence minister's remarks that Ukraine was negotiating for "
        "munitions that could strike targets 300 km away.",
        [],
    ),
    (
        "Unfortunately, North Korea has been joined in stocking Vladimir Putin with an arsenal for "
        "attacking Ukraine by a second autocratic regime.",
        [],
    ),
    # guards.csv: an epithet "of death" (unlabelled: predictions read on dev-split AllSides war
    # articles jcKTwm50Bn1XJimp and HEnQ9cRzFawE3UQh)
    (
        "So the United States of America will work with a broad coalition to dismantle this "
        'network of death," Obama declared.',
        [],
    ),
    (
        "They are thugs and killers, part of a cult of death, and they account for a tiny "
        "fraction of more than a billion Muslims around the world.",
        [],
    ),
    # written for the test: "killing machine"
    ("The army is a killing machine.", []),
    # guards.csv: "strike a balance" with the object first (unlabelled: predictions read on
    # guardian-nyt articles-0001, dev split)
    (
        "That may be a difficult balance to strike, even allowing for the greater accuracy of "
        "the Himars.",
        [],
    ),
]

COUNTER_9 = [
    # written for the test: a target to strike is no balance
    ("Russia has a target to strike: the bridge.", [("strike", "active_agent")]),
    # written for the test: a war machine that causes a death
    ("Russia's war machine caused the death of 12 civilians.", [("death", "nominal")]),
    # written for the test: a parenthetical before a passive is no subject of it
    (
        "Russia's attack, which began at dawn, left the city without power, and three people were "
        "killed later.",
        [("attack", "nominal"), ("killed", "passive_agentless")],
    ),
    # written for the test: "a town where an attack …" is no apposition of the attack
    (
        "At least 24 people have died in Chasiv Yar, a town where an attack on Friday destroyed a "
        "school.",
        [("died", "intransitive"), ("attack", "nominal")],
    ),
    # written for the test: the victim phrase does not reach the cause preposition
    (
        "The execution of prisoners was condemned in a statement after an attack on Kyiv.",
        [("execution", "nominal"), ("attack", "nominal")],
    ),
    # written for the test: not the Article 5 formula
    (
        "Russia's attack on one of the cities was an attack on civilians.",
        [("attack", "nominal"), ("attack", "nominal")],
    ),
    # written for the test: weapons used for attacking, and a weapon that struck
    ("Russia used missiles for attacking cities.", [("attacking", "active_agent")]),
    ("The missiles that struck Kyiv were fired from Belarus.", [("struck", "active_instrument")]),
]


@pytest.mark.parametrize("text, expected", NON_EVENTS_9 + COUNTER_9)
def test_batch9_classes(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch9_rows_are_dev_war_mentions_not_annotated_before():
    from analysis.evaluation.agency import load_annotations, split_of
    from analysis.evaluation.agency_sample import trigger_lemma
    from analysis.evaluation.agency_sample_detected import BATCH9, BATCH9_QUOTAS

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b9 = load_annotations()
    b9 = b9[b9["batch"] == 9]
    assert len(b9) == 119 and set(b9["corpus"]) == {"guardian-nyt", "by-country"}
    assert (b9["key"].map(split_of) == "dev").all() and (b9["split"] == "dev").all()
    assert b9.groupby(["corpus", "article_id"]).size().max() <= BATCH9["per_article"]
    lemmas = b9["trigger"].map(trigger_lemma).value_counts()
    assert all(lemmas[k] <= BATCH9_QUOTAS[k] for k in lemmas.index)
    earlier = raw[raw["batch"] < 9]
    assert not set(zip(b9["corpus"], b9["article_id"], b9["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )


@pytest.mark.shared
def test_batch9_draw_holds_only_candidates_of_dev_articles():
    # The draw selects on the detector's predictions, so it is reproducible only with the
    # detector of its commit (main at 112c86f); with later rules the pool changes. What stays
    # checkable: each row is a candidate word of a dev-split war article at its offsets.
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import candidate_mentions, war_corpora

    corpora = war_corpora()
    cands = pd.concat([candidate_mentions(c, df) for c, df in corpora.items()])
    have = set(zip(cands["corpus"], cands["article_id"], cands["start"], cands["trigger"]))
    b9 = load_annotations()
    b9 = b9[b9["batch"] == 9]
    rows = set(zip(b9["corpus"], b9["article_id"], b9["start"].astype(int), b9["trigger"]))
    assert rows <= have


def test_batch9_coordinated_passives_share_the_by_agent():
    # forms.py _shared_agent: the by-agent after the last conjunct (by-country BY,
    # articles-0473); a later clause with its own subject does not share it (written for the
    # test)
    text = (
        "We will never forget that millions of our compatriots fell on battlefields, perished in "
        "death camps, were hanged, shot or tortured to death by gestapo."
    )
    forms = {e.text: (e.form, e.agent) for e in find_agency(text)}
    assert forms["shot"] == ("passive_agent", "gestapo")
    assert forms["tortured"] == ("passive_agent", "gestapo")
    other = find_agency("Five were killed, and others were wounded by shrapnel.")
    assert [(e.text, e.form) for e in other] == [
        ("killed", "passive_agentless"),
        ("wounded", "passive_agent"),
    ]
