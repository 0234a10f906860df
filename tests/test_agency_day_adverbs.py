"""A day named as a time adverbial is not part of the agent (report 09 of the by-country
corpus, evidence view: "Friday Russia" as the agent of a surprise attack)."""

from __future__ import annotations

import pytest

from analysis import find_agency


def _agent(text: str, trigger: str) -> str | None:
    events = [e for e in find_agency(text) if e.text == trigger]
    assert len(events) == 1, events
    return events[0].agent


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # by-country, RU outlet (articles-0480), reported speech
        (
            "Ukraine's Defense Ministry said Friday Russia had launched a surprise attack on "
            "the Kharkiv region, making small advances into a border zone.",
            "attack",
            "Russia",
        ),
        # Guardian/NYT articles-0185, a dev-split agency annotation (batch 17, gold agent
        # "Russian missile strikes")
        (
            "On Sunday Russian missile strikes on an oil refinery and power plant in Kremenchuk "
            "killed one person and wounded seven, according to officials.",
            "wounded",
            "Russian missile strikes on an oil refinery and power plant in Kremenchuk",
        ),
        ("He said yesterday Russian troops shelled the town.", "shelled", "Russian troops"),
    ],
)
def test_a_day_before_the_agent_is_left_out(text, trigger, agent):
    assert _agent(text, trigger) == agent


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        # a determiner makes the day a modifier of the phrase: it stays in it
        ("The Friday attack killed 12 people in the market.", "killed", "The Friday attack"),
        ("A Sunday strike killed three soldiers.", "killed", "A Sunday strike"),
    ],
)
def test_a_day_after_a_determiner_stays_in_the_phrase(text, trigger, agent):
    assert _agent(text, trigger) == agent
