"""find_agency on the classes of the batch-24 round (issue 20: random dev-split mentions of the
non-Western and translated by-country outlets and of the non-US AllSides outlets, with the
state-agency vocabulary of killing, drawn without the detector).

The sentences are real: dev-split mentions of batch 24 (cited by corpus and article id) or
unlabelled dev-split articles of the batch-18 pool (cited by corpus and article id, AllSides by
its id).  Each class has a counter-case.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency, find_passives


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# The state-agency words of killing (eliminate, neutralise, liquidate) are harm events with a
# combatant as the victim (confirm.csv), else not; exterminate is a verb of people.
def test_eliminated_soldiers_are_killed():
    # by-country articles-0444 (PL), dev batch 24: `passive_agentless`, quoted
    text = (
        "According to the General Staff of the Ukrainian Armed Forces, 1260 Russian soldiers "
        "were “eliminated” during the last day."
    )
    (ev,) = events_of(text, "eliminated")
    assert ev.form == "passive_agentless"
    assert ev.victim == "1260 Russian soldiers"


def test_neutralized_terrorists_are_killed():
    # unlabelled dev, AllSides xdJGa25iNEmlnA6n (Associated Press)
    text = "Its operation will last until all terrorists are neutralized."
    (ev,) = events_of(text, "neutralized")
    assert ev.form == "passive_agentless"


def test_eliminated_things_are_no_events():
    # AllSides WliuhuwAOJqB4iSh (Al Jazeera), kf2NkFx2ulmJJJMv (Reuters), by-country
    # articles-0349 (UA): dev batch 24, `none`
    for text, word in (
        (
            "We would like to see effective and immediate US military efforts to eliminate "
            "sanctuaries harboring terrorists and miscreants on the Afghan soil.",
            "eliminate",
        ),
        (
            "Song told Mattis at the DMZ, citing a need for strategies to “offensively "
            "neutralize” the artillery in the event of a conflict.",
            "neutralize",
        ),
        (
            "We continue to carry out organizational measures with an emphasis on increasing "
            "the efficiency of management, eliminating duplication.",
            "eliminating",
        ),
    ):
        assert events_of(text, word) == []


def test_eliminated_people_at_large_are_no_combatants():
    # unlabelled dev, AllSides 7AGkv3aL2yseLHKs (NYT): a people word inside the object
    text = (
        "Some experts said it could help relations by eliminating what the Russians had cited "
        "as one of their main objections."
    )
    assert events_of(text, "eliminating") == []


def test_extermination_is_a_nominal_event():
    # by-country articles-0070 (PL), articles-0473 (BY): dev batch 24, `nominal`
    text = (
        "In which Ukraine was accused of “extermination of the civilian population of” "
        "self-proclaimed republics in Donbas."
    )
    assert [e.form for e in events_of(text, "extermination")] == ["nominal"]
    text = "Belarusian civilian population was subjected to a massive and systemic extermination."
    assert [e.form for e in events_of(text, "extermination")] == ["nominal"]


def test_a_war_of_extermination_names_a_war():
    # unlabelled dev, guardian-nyt articles-0126 (Zelenskiy): the kind of the war, `none`
    text = "The targets they choose prove once again that the war against Ukraine is a war of "
    text += "extermination for the Russian army."
    assert events_of(text, "extermination") == []


# A quotation mark between the auxiliary and the participle keeps the passive.
def test_scare_quoted_participle_is_passive():
    # AllSides 5qOJqmRJxvaNTCqe (Daily Mail), dev batch 24: `passive_agentless`, was active
    text = (
        "The NATO Resolute Support mission said the two service members were 'killed in "
        "action' but declined provide further details."
    )
    (ev,) = events_of(text, "killed")
    assert ev.form == "passive_agentless"
    assert ev.victim == "the two service members"
    assert [p.participle for p in find_passives(text)] == ["killed"]


def test_quoted_word_after_said_is_no_passive():
    # counter-case: no auxiliary before the quotation mark
    assert find_passives("He said 'killed' was the word they used.") == []


# The second verb of a relative clause shares the first one's antecedent: the attack noun.
def test_coordinated_relative_verb_shares_the_attack():
    # AllSides zXXOxqbYcti5cDmH (International Business Times), dev batch 24:
    # `active_instrument`, was `active_agent` with "responsibility for the … bombing"
    text = (
        "While no terrorist group has yet claimed responsibility for the Boston Marathon "
        "bombing that killed at least three people and wounded more than 170, an extremist "
        "Muslim militant in Jordan has expressed his joy over the atrocity."
    )
    (ev,) = events_of(text, "wounded")
    assert ev.form == "active_instrument"
    assert ev.agent == "the Boston Marathon bombing"
    # unlabelled dev, AllSides QTN1iileOVZVGIeF (Fox)
    text = (
        "Officials revealed a more detailed timeline of the terror attack that killed 42 and "
        "wounded 238."
    )
    (ev,) = events_of(text, "wounded")
    assert (ev.form, ev.agent) == ("active_instrument", "the terror attack")


def test_coordinated_verb_of_a_person_keeps_the_person():
    # counter-case (the guideline's): the subject of the first verb is a person
    (ev,) = events_of("Troops entered the town and killed 12 civilians.", "killed")
    assert (ev.form, ev.agent) == ("active_agent", "Troops")


# A chance named "a great shot at" is no shooting.
def test_a_great_shot_at_is_a_chance():
    # AllSides G4eKFbyr3pZFjvGV (BBC News), dev batch 24: `none`
    text = 'Mr Trump said: "I think we will have a great shot at doing a much bigger deal."'
    assert events_of(text, "shot") == []


def test_a_second_shot_at_an_officer_is_a_shooting():
    # counter-case: an ordinal is no chance
    assert events_of("He took a second shot at the officer.", "shot") != []


# "strike X as" (seem to) and "strike while the iron is hot" are no attacks.
def test_strike_someone_as_is_seeming():
    # unlabelled dev, AllSides zsHoXz0UI0uYuCba and CmYC96HWRCbcJXsx: read as nominal events
    for text in (
        "Is there something about the use of tear gas in this moment in time that strikes you "
        "as particularly unique?",
        "There are several names being mentioned, mostly the photogenic young thrusters who "
        "always strike journalists as just what the nation needs.",
    ):
        assert [e for e in find_agency(text) if e.lemma == "strike"] == []


def test_struck_kyiv_as_well_as_lviv_stays_an_attack():
    # counter-case: a place and "as well as" after the verb
    (ev,) = events_of("Russian missiles struck Kyiv as well as Lviv.", "struck")
    assert (ev.form, ev.victim) == ("active_instrument", "Kyiv")
