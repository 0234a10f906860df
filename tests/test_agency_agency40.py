"""find_agency on the classes of round agency40 (issue 20): the form of a participle clause
after a passive clause, and the non-event classes of batch 31.

The sentences are real: the dev rows of batches 1, 8 and 31, or unlabelled dev-split AllSides
articles (cited by AllSides id).  Each class has a counter-case that stays as it was.  The
expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A participle clause after a passive clause: the event of that clause does the harm
# (clauses.passive_before; the guideline's "A block was destroyed, killing at least one").
def test_killing_after_a_passive_clause_is_the_attack_s_act():
    # dev batch 31, Slate on AllSides Y70fMS3cvMqCpItx
    text = "Two other cars were attacked nearby, killing two women and two children."
    [e] = events_of(text, "killing")
    assert (e.form, e.agent) == ("active_instrument", None)


def test_killing_after_a_destroyed_block_is_active_instrument():
    # dev batch 1, by-country articles-0150 (GB)
    text = (
        "A Kyiv apartment block was destroyed, killing at least one and wounding six others "
        "including a seven-year-old girl."
    )
    [e] = events_of(text, "killing")
    assert (e.form, e.agent) == ("active_instrument", None)


def test_a_comma_far_after_the_passive_verb_in_one_clause():
    # AllSides EAF3Cx8VblX9mTST, unlabelled dev-split war article
    text = (
        "A Russian passenger jet was bombed shortly after takeoff from the Egyptian resort of "
        "Sharm el-Sheikh in 2015, killing all 224 people on board."
    )
    [e] = events_of(text, "killing")
    assert (e.form, e.agent) == ("active_instrument", None)


def test_killing_after_an_active_clause_keeps_its_subject():
    # comma_participle's doctest sentence: the subject of an active clause did the killing
    text = "Rebels bombarded an academy, killing three."
    [e] = events_of(text, "killing")
    assert (e.form, e.agent) == ("active_agent", "Rebels")


def test_no_reading_over_an_apposition():
    # AllSides 5IvY9vbA1xvtWLDJ, unlabelled dev-split war article: the comma before the
    # participle closes an apposition, not the passive clause
    text = (
        "When Mr Trump decided to kill Soleimani they were gifted the spectacle of one of their "
        "enemies, the US president, assassinating another."
    )
    [e] = events_of(text, "assassinating")
    assert e.form == "active_agent"


# A shot of a camera (guards.csv, sense of shoot).
def test_a_static_shot_of_a_hostage_is_a_picture():
    # dev batch 31, USA Today on AllSides FDp1cz8s3DM0GcB1
    text = (
        "It was notably different from previous videos in that it depicted a static shot of "
        "Goto holding a photo while the audio played."
    )
    assert events_of(text, "shot") == []


def test_a_screen_shot_is_a_picture():
    # AllSides 9iXIWdBVPrtv7w7N, unlabelled dev-split war article
    text = (
        "The al-Qassam Brigade tweeted a screen shot from Hamas-run al Aqsa TV, showing the "
        "mangled body of a child."
    )
    assert events_of(text, "shot") == []


def test_still_shot_in_the_hand_stays_a_shooting():
    # AllSides 1UZprjpWS8k18TJM (the Poway synagogue shooting)
    text = "Tragically the rabbi was still shot in the hand and he gave a sermon."
    assert [e.form for e in events_of(text, "shot")] == ["passive_agentless"]


# The dead hand (guards.csv, idiom of die).
def test_the_dead_hand_of_the_past_is_an_idiom():
    # dev batch 31, The Week on AllSides slvACNIAje9AX26U
    text = (
        "By arranging so that both creditors and debtors take a hit, nations can be set back on "
        "their feet and not be strangled indefinitely by the dead hand of the past."
    )
    assert events_of(text, "dead") == []


def test_cold_dead_hand_is_a_slogan():
    # AllSides YnYoXogzRZ5gPNC5, unlabelled dev-split article
    text = 'The motto seems to be, "They\'ll take my chicken from my cold dead hand..."'
    assert events_of(text, "dead") == []


def test_the_dead_stay_events():
    # dev batch 29 (Guardian live blog)
    text = "Among the dead was an agro-tycoon and one of Ukraine's richest men."
    assert [e.form for e in events_of(text, "dead")] == ["nominal"]


# A participle between a count or quantifier and its noun is an agentless passive, as after an
# article (forms._adjectival_passive; the guideline's "One other wounded rebel").
def test_other_wounded_veterans_are_an_agentless_passive():
    # dev batch 31, Fox News on AllSides X5ZgTePEVU7gi3AY
    text = (
        "Kready explained while huddled by a bonfire with other wounded veterans at the "
        "Bethesda Walter Reed Medical Center."
    )
    [e] = events_of(text, "wounded")
    assert (e.form, e.victim) == ("passive_agentless", "veterans")


def test_very_many_wounded_men():
    # dev batch 29, Guardian live blog (a commander in Sievierodonetsk)
    text = "We are taking casualties, the situation is critical … we have very many wounded men."
    assert [e.form for e in events_of(text, "wounded")] == ["passive_agentless"]


def test_more_than_a_hundred_wounded_fighters():
    # AllSides xEIXrihdnYp52J1q, unlabelled dev-split war article
    text = (
        "He also said Monday that more than 100 wounded separatist fighters had been evacuated "
        "to Russia."
    )
    assert [e.form for e in events_of(text, "wounded")] == ["passive_agentless"]


def test_a_date_before_an_active_verb_is_no_count():
    # AllSides JbW9TxwpjP38Qdgo, unlabelled dev-split war article
    text = (
        "McKenzie, the four-star chief of Central Command who oversaw the operation, said the "
        "raid on Oct. 25 killed six ISIS fighters, including Bagdhadi."
    )
    [e] = events_of(text, "killed")
    assert e.form == "active_instrument"


# A reason noun between the cause preposition and an attack noun: the attack answered is an
# event of its own (parts._cause_of_earlier).
def test_an_attack_answered_in_response_is_its_own_event():
    # dev batch 31, Reuters on AllSides HSzUKuyfd0WG9nTs
    text = (
        "A new book by Watergate reporter Bob Woodward says Trump told his defense secretary "
        "that he wanted to have Assad assassinated in response to a chemical attack on Syrian "
        "civilians in April 2017."
    )
    assert [e.form for e in events_of(text, "attack")] == ["nominal"]


def test_an_attack_following_a_killing_stays_its_cause():
    # tests/test_agency.py's Guardian sentence: the attack is the cause of the deaths
    text = "At least three people were killed and 15 injured following a missile attack on Friday."
    assert events_of(text, "attack") == []
