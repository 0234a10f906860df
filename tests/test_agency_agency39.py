"""find_agency on the classes of round agency39 (issue 20): the project lead's decision on
natural forces that strike, and the non-event classes of batch 30.

The sentences are real: unlabelled dev-split AllSides articles (cited by AllSides id), report
09's evidence of review45, or the dev rows of batch 30.  Each class has a counter-case that
stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A natural force that strikes a place (guards.csv, sense of strike; the lead's decision).
def test_a_storm_that_strikes_a_country_is_no_harm_event():
    # AllSides x324xJyAjGE52WSL (NPR), unlabelled dev-split environment article
    text = (
        "Overnight on March 14, 2019, the storm struck Mozambique head-on, barreling over the "
        "port city of Beira and flooding an enormous area."
    )
    assert events_of(text, "struck") == []


def test_an_earthquake_that_strikes_an_area_is_no_harm_event():
    # AllSides xtWuzzjeCqnp9YUr (CNN), unlabelled dev-split disaster article
    text = (
        "Fire engulfs a house in Ridgecrest, California, moments after an earthquake struck "
        "the area on Friday."
    )
    assert events_of(text, "struck") == []


def test_category_3_strikes_are_hurricanes():
    # report 09 evidence of review45 (Washington Times, the agency38 section)
    text = (
        "He plotted the sea surface temperatures of all major Category 3 strikes in Texas "
        "since 1870."
    )
    assert events_of(text, "strikes") == []


def test_the_deaths_of_a_tornado_stay_events():
    # AllSides isDXjCPlV8Lu1oll (CNN), unlabelled dev-split environment article
    text = (
        "Dozens of people - including several children - were killed when the massive tornado "
        "struck an area outside Oklahoma City on Monday afternoon, officials said."
    )
    assert events_of(text, "struck") == []
    assert [e.form for e in events_of(text, "killed")] == ["passive_agentless"]


def test_storm_shadow_missiles_and_tornado_jets_still_strike():
    assert [e.form for e in events_of("Storm Shadow missiles struck a command post.", "struck")]
    text = "RAF Tornado jets struck Islamic State targets in Iraq overnight."
    assert [e.form for e in events_of(text, "struck")] == ["active_instrument"]
    text = "The storm passed and Russian missiles struck Kyiv on Monday."
    assert [e.form for e in events_of(text, "struck")] == ["active_instrument"]
