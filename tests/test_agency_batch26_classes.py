"""find_agency on the classes of the batch-26 round (issue 20: random dev-split mentions of the
usual harm words from articles no earlier batch drew from, AllSides reporting on other wars,
terror and security, and BASIL, drawn without the detector).

The sentences are real: dev-split mentions of batch 26 (cited by corpus and article id) or
unlabelled dev-split articles of the batch-26 pools (cited likewise).  Each class has a
counter-case.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency
from analysis.detect.agency.words import tokenize


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A renaming apposition after a harm verb of its sentence names that event again: also when a
# preposition opens its relative clause ("an attack for which"), and after "in what" with a
# parenthetical ("in what, if verified, would be the first major attack") (parts.py).
def test_an_attack_for_which_renames_the_attacking():
    # AllSides PDuLtG1bTnN7v4cY (Fox News), dev batch 26: `none`
    text = (
        "The most recent attack was Sunday in Peshawar in Pakistan, where the historic All Saints "
        "Church was attacked by two suicide bombers, an attack for which the Pakistani Taliban "
        "claimed responsibility."
    )
    assert [e.start for e in events_of(text, "attack")] == [16]  # "The most recent attack"
    (ev,) = events_of(text, "attacked")
    assert ev.form == "passive_agent"


def test_an_apposition_after_an_attack_noun_stays():
    # counter-case (the sentence above without its harm verb): the apposition renames a noun,
    # so it is no part of a predicate's event and both nouns stay
    text = (
        "The most recent attack was Sunday in Peshawar in Pakistan, an attack for which the "
        "Pakistani Taliban claimed responsibility."
    )
    assert len(events_of(text, "attack")) == 2


def test_in_what_if_verified_would_be_the_first_major_attack_renames_the_killing():
    # AllSides qex8upyFX4VzHpJ7 (Newsmax), dev batch 26: `none`
    text = (
        "The Islamic State (IS) group claimed to have carried out a deadly suicide attack in "
        "eastern Afghanistan Saturday that killed at least 33 people and injured more than 100, "
        "Afghan President Ashraf Ghani said, in what, if verified, would be the first major "
        "attack claimed by the jihadist group in the country."
    )
    assert [e.text for e in find_agency(text)] == ["killed", "injured"]


def test_in_what_without_an_earlier_harm_verb_stays():
    # counter-case: no harm verb before the renaming, so the attack noun is an event
    text = (
        "Afghan President Ashraf Ghani said the group had made a video, in what, if verified, "
        "would be the first major attack claimed by the jihadist group in the country."
    )
    assert len(events_of(text, "attack")) == 1


# A pronoun's contracted auxiliary ("he's", "they're", "I'll") is a token of its own: a pronoun
# takes no possessive "'s" (words.py; the subject and the passive read as with "he is").
def test_a_pronoun_contraction_is_split():
    assert [t.low for t in tokenize("the second time he's wounded")] == [
        "the",
        "second",
        "time",
        "he",
        "'s",
        "wounded",
    ]
    # counter-case: a name's possessive stays one token
    assert [t.low for t in tokenize("Russia's attack, Hewitt's")] == [
        "russia's",
        "attack",
        ",",
        "hewitt's",
    ]


def test_he_s_wounded_is_a_passive():
    # AllSides QhmGPWqHuhHCBgue (Associated Press), dev batch 26: `passive_agentless`, victim
    # "he" (read as the noun "wounded" with the agent "he's")
    text = (
        '"He gets wounded twice. He still carries some of that shrapnel in his chest, and vows '
        "the second time he's wounded that if he's ever in a position to help out the grunts, "
        '… he will."'
    )
    second = events_of(text, "wounded")[1]
    assert (second.form, second.agent, second.victim) == ("passive_agentless", None, "he")


def test_contracted_subjects_and_passives():
    # unlabelled dev: AllSides NJRlJHN77HqNLiyD (Fox News), TG3fHvHBfXQuIN1Q (Reuters),
    # guardian-nyt articles-0393 (New York Times)
    (ev,) = events_of("“We're getting attacked. … They're all over the compound.\"", "attacked")
    assert (ev.form, ev.victim) == ("passive_agentless", "We")
    (ev,) = events_of("“Let us through or I’ll kill you all,” Walker recalled.", "kill")
    assert (ev.form, ev.agent) == ("active_agent", "I")
    (ev,) = events_of("“None of this will be necessary when you’re lying here dead,”", "dead")
    assert (ev.form, ev.victim) == ("intransitive", "you")


def test_a_relative_that_with_its_auxiliary_is_no_object():
    # unlabelled dev: AllSides 5Xo9OY9Zb9qTLjfF (Townhall): "that's" is a relative clause, so
    # "attack" stays the noun (it had been read as a verb with the object "that")
    text = (
        "Hirsi Ali also wrote an op-ed in the Wall Street Journal about the Charlie Hebdo attack "
        "that's well-worth reading."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


def test_it_s_striking_to_see_is_remarkable():
    # unlabelled dev: AllSides vkmK8CehFsdMFFj5 (Christian Science Monitor); guards.csv
    text = "“It’s striking to see the twelve different iterations that the talking points went."
    assert events_of(text, "striking") == []
    # counter-case: a contracted progressive of a strike stays an event
    text = "“It’s striking the city every night,” the mayor said of the shelling."
    assert len(events_of(text, "striking")) == 1


# A relative clause after the phrase of place of an attack or weapon noun has that noun as its
# antecedent ("an airstrike in Iraq that killed"), not the phrase around it; the antecedent is
# the noun's own words (relatives.py).  "US" before an attack noun is no pronoun (clauses.py).
def test_an_airstrike_in_iraq_that_killed_is_the_instrument():
    # AllSides vvdafHq9WfBotb19 (Fox Online News), dev batch 26: `active_instrument`, agent
    # "an airstrike" (read `active_agent`, agent "critical of Trump’s decision to …")
    text = (
        "Pelosi and other Democrats have been critical of Trump’s decision to conduct an "
        "airstrike in Iraq that killed Iranian Gen. Qassem Soleimani, head of the Islamic "
        "Revolutionary Guard Corps' elite Quds Force."
    )
    (ev,) = events_of(text, "killed")
    assert (ev.form, ev.agent) == ("active_instrument", "an airstrike in Iraq")


def test_a_rocket_attack_on_a_base_in_kirkuk_that_killed():
    # unlabelled dev: AllSides 3IKp3v1ucgZrw5G1 (BBC News)
    text = (
        "The US said it was retaliating for a rocket attack on an Iraqi military base in Kirkuk "
        "on Friday that killed an American civilian contractor."
    )
    (ev,) = events_of(text, "killed")
    assert ev.form == "active_instrument"
    assert ev.agent == "a rocket attack on an Iraqi military base in Kirkuk on Friday"
    # counter-case: a relative after the place of a noun of people keeps that phrase
    text = "The militia in Kirkuk that killed an American civilian contractor fled."
    (ev,) = events_of(text, "killed")
    assert (ev.form, ev.agent) == ("active_agent", "The militia in Kirkuk")


def test_us_airstrikes_are_an_instrument():
    # unlabelled dev: AllSides MomImYP62qp00Boy (The Guardian)
    text = (
        "The breach of the embassy compound came in response to US airstrikes on Sunday that "
        "killed 25 Kata’ib Hezbollah fighters."
    )
    (ev,) = events_of(text, "killed")
    assert (ev.form, ev.agent) == ("active_instrument", "US airstrikes on Sunday")
    # counter-case: the pronoun "us" as a subject stays an agent
    (ev,) = events_of("They told us they killed two.", "killed")
    assert ev.form == "active_agent"
