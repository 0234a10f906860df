"""find_agency on the classes of the batch-27 round (issue 20: random dev-split mentions of the
usual harm words from articles no earlier batch drew from, AllSides reporting on other wars,
terror and security, and BASIL, drawn without the detector).

The sentences are real: dev-split mentions of batches 26 and 27 (cited by corpus and article
id) or unlabelled dev-split articles of their pools (cited likewise).  Each class has a
counter-case.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# "strike a deal/balance" with the object as the antecedent of a relative clause without
# "that" (guards.csv, batch27 row).
def test_the_deal_mugabe_has_struck_is_no_strike():
    # AllSides HRWL2BlRIgmHgrSm (The Guardian), dev batch 27: `none`
    text = (
        "The deal Mugabe has struck to leave power might tempt other rulers to leave before they "
        "are pushed, if he is able to protect his family and some of the assets he is thought to "
        "have accumulated while in power."
    )
    assert events_of(text, "struck") == []


def test_the_balance_the_administration_sought_to_strike_is_no_strike():
    # AllSides rUlfUbnRJSV5r5JZ (Associated Press), dev batch 27: `none`
    text = (
        "Still, the report by the Senate Permanent Subcommittee on Investigations sheds light on "
        "the delicate balance the Obama administration sought to strike after the deal, as it "
        "worked to ensure Iran received its promised benefits without playing into the hands of "
        "the deal’s opponents."
    )
    assert events_of(text, "strike") == []


def test_a_strike_with_its_own_object_after_a_deal_stays():
    # counter-case (constructed, as the row's note): "struck" has an object of its own
    text = "After the deal the militants struck the base at dawn, killing four soldiers."
    (ev,) = events_of(text, "struck")
    assert ev.form == "active_agent"


# kill + a policy, a program, a measure … as its object (guards.csv, the "kill the deal" row).
def test_killing_the_policy_is_no_killing():
    # BASIL f688c56d-7fae-42ef-b7f7-7db207b58d27_1 (Fox), dev batch 27: `none`
    text = (
        "President Trump vowed Wednesday that birthright citizenship will end “one way or the "
        "other,” a day after it emerged he was considering killing the policy by executive order "
        "-- a development that sparked disagreement among Republicans and condemnation from "
        "Democrats."
    )
    assert events_of(text, "killing") == []


def test_killing_the_police_officer_stays():
    # counter-case: a person as the object
    text = "He was considering killing the police officer who had arrested him."
    (ev,) = events_of(text, "killing")
    assert (ev.form, ev.victim) == ("active_agent", "the police officer")


# "call for a military strike": the labour-strike row of "call (for) a … strike" no longer takes
# a strike whose modifier is military, air, a state's … (guards.csv).
def test_a_call_for_a_military_strike_is_an_event():
    # AllSides ab46jFewZUYnq0fj (Fox News), dev batch 26: `nominal`
    text = (
        "President Obama's call for a military strike in Syria will face its first formal test "
        "as early as Wednesday, as the Senate committee that heard impassioned testimony from "
        "Secretary of State John Kerry a day earlier takes up the resolution authorizing the use "
        "of force."
    )
    (ev,) = events_of(text, "strike")
    assert ev.form == "nominal"


def test_a_call_for_a_general_strike_stays_labour():
    # counter-case: a labour strike called for
    text = "The unions called for a general strike on Monday to protest the pension cuts."
    assert events_of(text, "strike") == []
    text = "The teachers' union called a one-day strike over pay."
    assert events_of(text, "strike") == []


# bombard with a person as its object, no harm cue near it: words, not shells (context.py,
# PERSON_LEMMAS; harm_cues.csv).
def test_bombarding_mueller_is_no_bombardment():
    # AllSides r9hdqII16Sp5IJtv (The Hill), dev batch 27: `none`
    text = (
        "Rudy Giuliani, who recently joined the president’s personal legal team, has been "
        "bombarding Mueller day after day."
    )
    assert events_of(text, "bombarding") == []


def test_bombarding_a_city_stays():
    # counter-case: a place bombarded by forces
    text = "Russian forces have been bombarding Mariupol day after day."
    (ev,) = events_of(text, "bombarding")
    assert (ev.form, ev.agent) == ("active_agent", "Russian forces")


# "can't shoot straight": incompetence, no shooting (guards.csv).
def test_a_plane_that_cant_shoot_straight_is_no_shooting():
    # AllSides ljdPAa8Kq8xUCcNl (Vice), dev batch 27: `none`
    text = (
        "Instead of spending $435 billion on a hackable plane that can’t shoot straight, America "
        "could have spent that money on broadband."
    )
    assert events_of(text, "shoot") == []


def test_shooting_straight_at_people_stays():
    # counter-case: a shooting at people
    text = "The gunman began to shoot straight into the crowd, witnesses said."
    (ev,) = events_of(text, "shoot")
    assert ev.form == "active_agent"


# An aircraft as the subject of a harm verb is an instrument, as jet and aircraft
# (instruments.csv).
def test_airliners_killing_is_active_instrument():
    # AllSides YaWWsusk6yeaNx6z (Associated Press), dev batch 27: `active_instrument`
    text = (
        "The Taliban harbored Osama bin Laden and his al-Qaida network as they plotted, and then "
        "celebrated, the hijackings of four airliners that were crashed into lower Manhattan, "
        "the Pentagon and a field in western Pennsylvania, killing almost 3,000 people."
    )
    (ev,) = events_of(text, "killing")
    assert ev.form == "active_instrument"


def test_the_hijackers_killing_stays_active_agent():
    # counter-case: people as the subject
    text = "The hijackers crashed the planes into the towers, killing almost 3,000 people."
    (ev,) = events_of(text, "killing")
    assert ev.form == "active_agent"


# "in fact" between the copula and "dead" (forms.py, _DEAD_DEGREE).
def test_was_in_fact_dead_is_intransitive():
    # AllSides zdxg10Z4d5M1VXju (Fox News), dev batch 27: `intransitive`
    text = (
        "Getting choked up, Hicks described how the Libyan prime minister later called him to "
        "tell him Stevens was in fact dead."
    )
    (ev,) = events_of(text, "dead")
    assert ev.form == "intransitive"


def test_in_fact_the_dead_stays_nominal():
    # counter-case: "dead" as a noun after "in fact" keeps its reading
    text = "Officials were in fact still counting the dead on Friday."
    (ev,) = events_of(text, "dead")
    assert ev.form == "nominal"


# An attack on an election named by its kind ("election interference attack") is cyber or
# political (guards.csv).
def test_an_election_interference_attack_is_no_harm_event():
    # AllSides 5ke0epH432cAoeaI (Guest Writer - Left), dev batch 27: `none`
    text = "MUST WATCH Is U.S. prepared for another election interference attack? 02:22"
    assert events_of(text, "attack") == []


def test_an_election_day_attack_stays():
    # counter-case: an attack on election day by an armed group
    text = "Officials feared an election day attack by the Taliban on polling stations."
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"
