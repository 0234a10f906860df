"""Session 17 agency fixes: harm words used of laws, money and votes in political news are no
harm events (report 09 on 573 AllSides health-care articles, read; sentences quoted from that
corpus), and a sentence glued to the next by the scrape ends at its stop (by-country dev)."""

from __future__ import annotations

import pytest

from analysis import find_agency


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        (
            "The reaction on the right hasn’t been sympathetic to Republicans, who have been "
            "promising to kill the Obama law for seven years.",
            "kill",
        ),
        (
            "The administration wants a federal court to strike the protections, providing fresh "
            "fodder to Democrats.",
            "strike",
        ),
        (
            "It is pretty much a tax within a tax that will not only kill jobs in the medical "
            "device industry, but will kill medical device innovation as well.",
            "kill",
        ),
        (
            "But things will be more polarized if the justices either uphold the whole law or "
            "strike it all down — with each side hoping they will be the winner.",
            "strike",
        ),
        (
            "She was pushing back against the NRA attacks on Landrieu’s vote to expand background "
            "checks.",
            "attacks",
        ),
    ],
)
def test_harm_to_a_law_money_or_a_vote_is_no_event(sentence, trigger):
    assert trigger not in [e.text for e in find_agency(sentence)]


@pytest.mark.parametrize(
    "sentence, trigger, victim",
    [
        ("Gunmen attacked the Tree of Life synagogue.", "attacked", "the Tree of Life synagogue"),
        ("Russia struck the Kyiv TV tower.", "struck", "the Kyiv TV tower"),
        ("Militants killed the Pakistani soldiers.", "killed", "the Pakistani soldiers"),
    ],
)
def test_named_places_and_people_stay_events(sentence, trigger, victim):
    (event,) = [e for e in find_agency(sentence) if e.text == trigger]
    assert event.form == "active_agent" and event.victim == victim


@pytest.mark.parametrize(
    "text, trigger, form, victim",
    [
        # by-country (Polish outlets) often glue sentences: "... informed about it.Cokow ..."
        (
            "The number includes the dead and wounded.In the Sunday report of the General Staff "
            "of the Ukrainian Armed Forces, it was reported that 1260 Russian soldiers were "
            "killed.",
            "wounded",
            "nominal",
            None,
        ),
        (
            "Russia began massive attacks on Ukrainian cities.Kiev was hit by drones overnight.",
            "attacks",
            "nominal",
            "Ukrainian cities",
        ),
    ],
)
def test_a_glued_stop_ends_the_sentence(text, trigger, form, victim):
    (event,) = [e for e in find_agency(text) if e.text == trigger]
    assert (event.form, event.victim) == (form, victim)
