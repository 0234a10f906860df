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


# Weapons named without harm (guards.csv attack row, instruments.csv device rows): batch 30.
def test_attack_and_fighter_planes_are_weapons():
    # dev batch 30, AllSides a3tT4Y7Mkw7Fd0hS (Fox Online News)
    text = (
        "That the combined 10 other countries have flown fewer attack missions is perhaps no "
        "surprise consider the U.S. essentially has the world’s biggest, most powerful military "
        "-- including roughly 4,800 attack and fighter planes among more than 13,600 aircraft."
    )
    planes = text.index("attack and fighter")
    assert planes not in [e.start for e in events_of(text, "attack")]


def test_an_attack_before_a_determiner_stays():
    text = "The attack and the fighter planes that followed killed 12 people."
    assert [e.form for e in events_of(text, "killed")] == ["active_instrument"]


def test_bombing_devices_are_weapons():
    # dev batch 30, AllSides nr2wQVYwDjXDcUg7 (Washington Times)
    text = (
        "Indeed, the threat is worse as a result of new technology achieved by the terrorists "
        "that makes their bombing devices undetectable by most existing security surveillance "
        "systems."
    )
    assert events_of(text, "bombing") == []


def test_a_device_that_kills_is_an_instrument():
    text = "An explosive device killed two soldiers near Kandahar."
    assert [e.form for e in events_of(text, "killed")] == ["active_instrument"]
    text = "The bombing killed two soldiers near Kandahar."
    assert [e.form for e in events_of(text, "killed")] == ["active_instrument"]


# strike = delete from a text (guards.csv, sense of strike): batch 30.
def test_an_amendment_to_strike_part_of_a_budget_is_no_strike():
    # dev batch 30, AllSides epVNzOPUEjNeQkU8 (Politico)
    text = (
        "House Republicans on Wednesday night abruptly pulled their first spending bill of the "
        "year off the floor after it became clear that a bipartisan amendment to strike part of "
        "a multibillion-dollar Pentagon budget increase might actually pass."
    )
    assert events_of(text, "strike") == []


def test_forces_that_strike_part_of_a_city_stay():
    text = "Russian forces continued to strike part of the city overnight."
    assert [e.form for e in events_of(text, "strike")] == ["active_agent"]


# "a shot at" = a chance (guards.csv, idiom of shoot): batch 30.
def test_one_shot_at_a_target_is_a_chance():
    # dev batch 30, AllSides hZDU3rgsqT398ZsQ (The Hill)
    text = (
        "“That might also be particularly useful or important when you may only have one shot "
        "at a target — a foreign national,” Sharman said."
    )
    assert events_of(text, "shot") == []


def test_a_man_shot_at_close_range_stays():
    text = "He was shot at close range by the gunman on Friday."
    assert [e.form for e in events_of(text, "shot")] == ["passive_agent"]


# A fronted participle before "was"/"were" (passives._inverted): batch 30.
def test_also_killed_were_is_a_passive():
    # dev batch 30, AllSides aJEtDdrVoPvvGnE7 (USA TODAY)
    text = (
        "Also killed were six Canadians, two French, two Swiss and a Dutch citizen, according "
        "to Retuers."
    )
    assert [e.form for e in events_of(text, "killed")] == ["passive_agentless"]


def test_a_subject_that_also_killed_stays_active():
    text = "The gunmen also killed two guards at the gate."
    assert [(e.form, e.agent) for e in events_of(text, "killed")] == [
        ("active_agent", "The gunmen")
    ]


# An attack noun in a coordinated complement clause is no cause of the death before it
# (parts._new_complement): batches 29 and 30.
def test_the_missile_used_in_the_strike_after_and_that_is_an_event():
    # dev batches 29 and 30, guardian-nyt articles-0146 (a live blog printing it twice)
    text = (
        "The Guardian’s Peter Beaumont in Kyiv reports that at least seven people were killed, "
        "and that the missile used in the strike was among a batch of recently acquirted "
        "weapons from the US."
    )
    assert [e.form for e in events_of(text, "strike")] == ["nominal"]


def test_killed_in_the_strike_stays_part_of_the_killing():
    # dev batch 30, guardian-nyt articles-0126
    text = (
        "Around 200 soldiers including at least one general were killed in the strike, a "
        "Ukrainian official told the paper, but Gerasimov had already departed for Russia."
    )
    assert events_of(text, "strike") == []
    assert [e.form for e in events_of(text, "killed")] == ["passive_agentless"]
