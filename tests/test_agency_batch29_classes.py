"""find_agency on the classes of the batch-29 round (issue 20: random dev-split mentions of the
usual harm words, never-labelled mentions of war-corpus articles earlier batches drew from and
AllSides reporting on other wars, terror and security, drawn without the detector).

The sentences are real: dev-split mentions of batch 29 (cited by corpus and article id) or
unlabelled dev-split articles of its pool (cited likewise).  Each class has a counter-case.
The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A quoted premodifier of the cause of a killing (quoted.without_scare_marks).
def test_a_scare_quoted_airstrike_is_the_cause_of_the_killing():
    # guardian-nyt articles-0069, dev batch 29: "airstrike" `none` (part of the killing)
    text = (
        "But he said, Russia had killed about 60 people in a “targeted” airstrike on a school "
        "in Luhansk, while another missile struck a residential building in the Odesa region."
    )
    assert events_of(text, "airstrike") == []
    assert [e.form for e in events_of(text, "killed")] == ["active_agent"]


def test_honor_killings_in_single_marks_are_the_cause_of_the_deaths():
    # AllSides 249jYWOEoMKIIgi4, unlabelled dev-split article of the batch-29 pool
    text = (
        "She noted on Twitter, “868 women stabbed, burned, shot or beaten to death in Pakistan "
        "in ‘honor’ killings in 2013 .”"
    )
    assert events_of(text, "killings") == []


def test_a_scare_quoted_attack_of_its_own_stays():
    # AllSides sEwFsK2Nc9h91nWH, unlabelled dev-split article of the batch-29 pool
    text = (
        "Trump said Friday that he ordered the strike because Soleimani was preparing an "
        "“imminent” attack against U.S. interests in the Middle East."
    )
    assert [e.form for e in events_of(text, "attack")] == ["nominal"]


def test_scare_quoted_airstrikes_on_an_airport_stay():
    # guardian-nyt articles-0117, unlabelled dev-split text of the batch-29 pool
    text = (
        "Our correspondent Luke Harding reported earlier: “At least seven ‘powerful’ airstrikes "
        "on Vasilkovsky airport outside Kyiv, where Ukraine’s military fighter bombers are kept, "
        "Kyiv command says.”"
    )
    assert [e.form for e in events_of(text, "airstrikes")] == ["nominal"]


# Idioms (guards.csv, batch29 rows).
def test_a_death_struggle_between_institutions_is_no_death():
    # AllSides Ji0AFuEGu3RtM5OW (American Spectator), dev batch 29: `none`
    text = (
        "This administration is in a death struggle with the deep state, and only one will survive."
    )
    assert events_of(text, "death") == []


def test_a_death_the_family_struggles_with_stays():
    # AllSides lMK3QENYzs2XRp98, unlabelled dev-split article of the batch-29 pool
    text = (
        "Saleema Bano, Osaib's mother, has struggled to come to terms with her youngest son's "
        "death."
    )
    assert [e.form for e in events_of(text, "death")] == ["nominal"]


def test_get_away_with_murder_is_the_idiom():
    # AllSides pPFsA2v6VPwCQBxl (New York Times), dev batch 29: `none`
    text = (
        "Is it any wonder that the generals in Egypt feel they can get away with murder — or, "
        "for that matter, that Syria’s Assad thinks he can call our bluff and poison his people "
        "with impunity?"
    )
    assert events_of(text, "murder") == []


def test_get_away_with_murder_marked_literal_stays():
    # AllSides Jq5JckukERnhfaAL, unlabelled dev-split article of the batch-29 pool
    text = (
        "This stuff is frustrating to read and makes it seem like Eddie will possibly get away "
        "with murder (literally)."
    )
    assert [e.form for e in events_of(text, "murder")] == ["nominal"]


# A microbe as the object of a harm verb (arguments.csv, batch29 row).
def test_killing_live_anthrax_is_no_harm_to_people():
    # AllSides SmanujLRLib2o7g5 (Vox), dev batch 29: `none`
    text = (
        "They were samples at a lab responsible for killing live anthrax before giving it to "
        "labs with less strict safety protocols for further work."
    )
    assert events_of(text, "killing") == []


def test_a_disease_that_kills_people_stays():
    # AllSides nRVhRQrlqN4s7S5E, unlabelled dev-split article of the batch-29 pool
    text = "Ebola has killed more than 700 people in three nations: Guinea, Liberia and Sierra."
    assert [e.victim for e in events_of(text, "killed")] == ["more than 700 people"]


# An -ing noun after "by" is no verb of the clause before ", killing" (clauses.no_doer_verb).
def test_killing_after_a_city_hit_by_shelling_is_an_instrument_form():
    # guardian-nyt articles-0178, dev batch 29: `active_instrument`, no agent in the clause
    text = (
        "The eastern Ukrainian city of Sloviansk in the Donetsk region was hit by powerful "
        "shelling from multiple rocket launchers on Sunday, killing six people and injuring 20 "
        "others, the city’s mayor Vadim Lyakh said."
    )
    assert [(e.form, e.agent) for e in events_of(text, "killing")] == [("active_instrument", None)]


def test_an_agent_before_a_coordinated_killing_stays():
    # by-country articles-0088, unlabelled dev-split article of the batch-29 pool
    text = (
        "Russian soldiers on the ground are firing missiles and bombs, and deliberately killing "
        "civilians."
    )
    assert [(e.form, e.agent) for e in events_of(text, "killing")] == [
        ("active_agent", "Russian soldiers on the ground")
    ]


def test_armies_occupying_and_killing_keep_their_agent():
    # AllSides zXXOxqbYcti5cDmH, unlabelled dev-split article of the batch-29 pool
    text = (
        "“Let the Americans feel the pain we endured by their armies occupying Iraq and "
        "Afghanistan and killing our people there.”"
    )
    assert [(e.form, e.agent) for e in events_of(text, "killing")] == [
        ("active_agent", "their armies")
    ]
