"""find_agency on the classes of the batch-22 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets, BASIL and AllSides war topics, near any non-event cue
first, drawn without the detector; then the non-events of all dev batches pooled).

The sentences are real: dev-split mentions of batches 1-22 (cited by corpus and article id) or
unlabelled dev-split articles of the batch-18 pool (AllSides war, terror, foreign-policy, world
and crime topics; cited by their AllSides id).  Each class has a counter-case that stays an
event.  The expected values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written)."""
    return [e.form for e in find_agency(text) if e.text == word]


# A gerund that is a noun, the cause of a death or injury of its sentence (the guideline's "part
# of another event"): read as a verb with an object before, so not dropped as the cause.
GERUND_CAUSES = [
    # a time word after a preposition of a cause is no object (guardian-nyt articles-0019, dev
    # batch 22: `none`)
    (
        "One man was also killed and another injured in shelling early on Monday in Kharkiv, "
        "which continues to be shelled regularly.",
        "shelling",
    ),
    # an article and a modifier before the gerund, a preposition after it (unlabelled dev,
    # AllSides ZpvoJEEJozKKJ5QQ and kyT9IT3v07XCzJxh)
    (
        "At least 59 people have been killed and another 527 injured in a mass shooting at a "
        "Las Vegas concert.",
        "shooting",
    ),
    (
        "Last October, two people were killed and a dozen others injured in an off-campus "
        "shooting at a homecoming and Halloween party involving Texas A&M-Commerce students.",
        "shooting",
    ),
    # ... and "left N dead" after it: labelled on "dead" (unlabelled dev, AllSides
    # A3dwBTX2WEYEtFVm)
    (
        "Democrats had launched a similar campaign last year, staging a sit-in on the House floor "
        "to protest congressional inaction following a mass shooting at an Orlando, Fla., "
        "nightclub that left 49 people dead.",
        "shooting",
    ),
]


@pytest.mark.parametrize(("text", "word"), GERUND_CAUSES)
def test_a_gerund_noun_that_causes_a_death_is_part_of_it(text, word):
    assert forms_of(text, word) == []


def test_the_death_the_gerund_noun_causes_stays_an_event():
    text, _ = GERUND_CAUSES[0]
    assert forms_of(text, "killed") == ["passive_agentless"]
    text, _ = GERUND_CAUSES[3]
    assert forms_of(text, "dead") == ["active_instrument"]
    # the elliptical conjunct is read again once the noun is no verb ("another 527 injured")
    text, _ = GERUND_CAUSES[1]
    assert forms_of(text, "injured") == ["passive_agentless"]


def test_a_gerund_noun_with_a_modifier_is_nominal():
    # unlabelled dev (AllSides F5PN2FyiHz0gjzMQ, 9JuQK2f9PgqQKcYM): had been `active_agent`
    # with the agent "the Chattanooga" / "a report of a possible"
    text = (
        "Another potential reason to consider jihadist terrorism as a motivation in the "
        "Chattanooga shooting is that the incident comes amid a spike in terrorism cases this "
        "year."
    )
    assert forms_of(text, "shooting") == ["nominal"]
    text = (
        "On Wednesday, the University of Oklahoma in Norman briefly shut down after a report of "
        "a possible shooting that apparently turned out to be a false alarm, the university's "
        "president said."
    )
    assert forms_of(text, "shooting") == ["nominal"]


def test_a_gerund_with_its_doer_or_object_stays_a_verb():
    # unlabelled dev (AllSides yjgUQbudkicolJUu, H2Gk5LqSKDEZu8hW): an object after the gerund,
    # a person before it, a possessive rather than an article
    text = "“I’m a key witness to the cops murdering George Floyd, and they want to know my side."
    assert forms_of(text, "murdering") == ["active_agent"]
    text = (
        "So why, she asked, is she now watching another video of a black man in her city dying "
        "at the hands of the police?"
    )
    assert forms_of(text, "dying") != []
