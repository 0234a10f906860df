"""find_agency on the classes of the batch-28 round (issue 20: random dev-split mentions of the
usual harm words from articles no earlier batch drew from, AllSides reporting on other wars,
terror and security, and BASIL, drawn without the detector).

The sentences are real: dev-split mentions of batch 28 (cited by corpus and article id) or
unlabelled dev-split articles of its pool (cited likewise).  Each class has a counter-case.
The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# "life and death" as a measure of importance, unhyphenated (guards.csv, batch28 row).
def test_matters_of_life_and_death_are_no_death():
    # AllSides (Vox), dev batch 28: `none`
    text = (
        "Ultimately, though, Mattis’s tumultuous time paints a picture of a sharp mind and "
        "defender of America’s traditional role in the world who struggled to agree with his "
        "boss on matters of life and death."
    )
    assert events_of(text, "death") == []


def test_life_and_death_decisions_are_no_death():
    # AllSides 5ENFvl6j4bcq27U9, unlabelled dev-split article of the batch-28 pool
    text = (
        "Nations that have to decide whether to ally themselves with us or with our enemies "
        "understand that they are making life and death decisions."
    )
    assert events_of(text, "death") == []


def test_the_life_and_death_of_a_person_stays():
    # counter-case (constructed, as the row's note): a person's death
    text = "The life and death of Malcolm X are the subject of the film."
    (ev,) = events_of(text, "death")
    assert (ev.form, ev.victim) == ("nominal", "Malcolm X")


# a target said to be hard or easy to strike (guards.csv, batch28 row).
def test_sites_more_difficult_to_strike_are_no_strike():
    # AllSides (Washington Times), dev batch 28: `none`
    text = (
        "The target list typically includes vehicles, fighters and riverboats, but not command "
        "sites that the Islamic State has set up across Iraq in urban-type surroundings that "
        "are more difficult to strike."
    )
    assert events_of(text, "strike") == []


def test_difficult_to_strike_with_an_object_stays():
    # counter-case (constructed): an expletive subject and an object of the infinitive
    text = "It is difficult to strike the militants without hurting civilians."
    (ev,) = events_of(text, "strike")
    assert (ev.form, ev.victim) == ("active_agent", "the militants")


# a crime named as a legal category, rape (arguments.csv, batch28 row).
def test_the_rape_case_is_no_rape():
    # AllSides (Bloomberg), dev batch 28: `none`
    text = (
        "Assange still faces likely arrest by London police should he leave the embassy for "
        "jumping bail when he refused to be extradited to Sweden for the rape case."
    )
    assert events_of(text, "rape") == []


def test_the_rape_of_a_woman_stays():
    # counter-case (constructed): the act, with its victim
    text = "He was accused of the rape of a woman in Stockholm."
    (ev,) = events_of(text, "rape")
    assert (ev.form, ev.victim) == ("nominal", "a woman")


# an aircraft or a projectile shot (arguments.csv, batch28 row).
def test_the_shooting_of_the_plane_is_no_shooting():
    # AllSides (CNN), dev batch 28: `none` (shooting down aircraft, the guideline's round 2)
    text = (
        "The shooting of the plane, Putin said, “represents a stab in the back by the "
        "terrorists’ accomplices."
    )
    assert events_of(text, "shooting") == []


def test_shooting_the_pilot_stays():
    # counter-case (constructed): a person shot
    text = "They shot the pilot of the plane as he landed."
    (ev,) = events_of(text, "shot")
    assert (ev.form, ev.agent) == ("active_agent", "They")


# other senses read on the unlabelled dev-split articles of the batch-28 pool (guards.csv,
# batch28 rows): a front company, a reach, struck as impressed, a dead horse, execute as carry
# out.
def test_shell_companies_are_no_shelling():
    # AllSides mzjBbFWgp00wsyyo, unlabelled dev split
    text = (
        "Right now you find out in these registries that these buildings belong to shell "
        "companies in Panama and the Cayman Islands."
    )
    assert events_of(text, "shell") == []


def test_within_striking_distance_is_no_strike():
    # AllSides it0OnCGirhCBaKxs, unlabelled dev split
    text = (
        "Iran is now within striking distance of exploding an atomic bomb, which would make it "
        "a major power in the Middle East."
    )
    assert events_of(text, "striking") == []


def test_very_struck_is_no_strike():
    # AllSides YiG49EY8xFWL6wI0, unlabelled dev split
    text = (
        "I was very struck in my conversations with President Putin that there is a "
        "recognition that it would be in all our interests."
    )
    assert events_of(text, "struck") == []


def test_whipping_a_dead_horse_is_no_death():
    # AllSides xQy2mJerZjhJM3WF, unlabelled dev split
    text = "Democrats are whipping a dead rotting horse on Russian collusion."
    assert events_of(text, "dead") == []


def test_executed_search_warrants_are_no_execution():
    # AllSides HqUHFRrwTj8iUSvZ (the Mueller report), unlabelled dev split
    text = (
        "The Special Counsel issued more than 2,800 subpoenas, executed nearly 500 search "
        "warrants, obtained more than 230 orders for communications records."
    )
    assert events_of(text, "executed") == []


def test_a_transaction_not_executed_is_no_execution():
    # AllSides AepXB0obRWFsIBHV, unlabelled dev split
    text = "The only reason this transaction wasn’t executed was because two U.S. banks refused."
    assert events_of(text, "executed") == []


def test_executing_journalists_stays():
    # counter-case (AllSides, unlabelled dev split of the same pool)
    text = (
        "ISIS is a relatively new terrorist group that has rampaged through the Middle East, "
        "executing American journalists and threatening more Westerners' lives."
    )
    (ev,) = events_of(text, "executing")
    assert ev.form == "active_agent"


def test_shelling_a_town_stays():
    # counter-case (constructed): shell as the verb of artillery
    text = "Russian forces shelled the town, killing three civilians."
    (ev,) = events_of(text, "shelled")
    assert (ev.form, ev.victim) == ("active_agent", "the town")
