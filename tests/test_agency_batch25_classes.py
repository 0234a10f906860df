"""find_agency on the classes of the batch-25 round (issue 20: random dev-split mentions of the
usual harm words from the war corpora, AllSides reporting on other wars, terror, security, guns
and violence, and BASIL, drawn without the detector).

The sentences are real: dev-split mentions of batch 25 (cited by corpus and article id) or
unlabelled dev-split articles of the batch-25 pools (cited by corpus and article id, AllSides by
its id).  Each class has a counter-case.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A verb-only base form that heads a noun phrase ("this shoot", "a full-fledged storm") is a
# noun of another sense, not a verb whose subject is the determiner (heads.py).
def test_this_shoot_is_a_photo_shoot():
    # BASIL d16050b3-979f-4834-90db-b8823691b87e_1 (Fox), dev batch 25: `none`
    text = (
        '"Kathy and I are friends and we worked together before, so when we started doing '
        "this shoot, she said, 'I'd love to do something political.'\""
    )
    assert events_of(text, "shoot") == []


def test_a_full_fledged_storm_is_no_storming():
    # AllSides 2gYIddWujsNfFLbf (USA TODAY), dev batch 25: `none`
    text = (
        '"Fourteen years ago, the rockets were a drizzle that has since turned into a '
        'full-fledged storm," she said.'
    )
    assert events_of(text, "storm") == []


def test_this_storm_and_a_squirrel_shoot_are_nouns():
    # unlabelled dev: AllSides bM008Wa3i8ULaMCp (Wall Street Journal), 1F1f1JLUejFEdcM0
    # (Newsmax)
    text = '"This storm was so big that a lot of that was actually washed away," she said.'
    assert events_of(text, "storm") == []
    text = (
        "They'll be looking to do something big, something that would make any past operation "
        "look like a squirrel shoot."
    )
    assert events_of(text, "shoot") == []


def test_a_killing_in_a_police_shoot_out_is_read():
    # unlabelled dev: AllSides qcdbs4kLZMRJbAEL (Salon); "shoot" is the noun, so "killed" is
    # a reduced passive
    text = (
        "Dzhokhar's older brother who would go on to be killed in a police shoot out after the "
        "attack."
    )
    (ev,) = events_of(text, "killed")
    assert ev.form == "passive_agentless"


def test_counter_verbs_after_a_subject_or_in_a_question_stay():
    # counter-cases: a verb after a plural subject, a modal or an inverted subject
    (ev,) = events_of("Soldiers shoot at civilians in the square.", "shoot")
    assert ev.form == "active_agent"
    (ev,) = events_of("Could a strike kill civilians?", "kill")
    assert ev.form == "active_instrument"
    (ev,) = events_of("Would this kill civilians?", "kill")
    assert ev.form == "active_agent"


# A crime named as a legal or statistical category ("the murder rate", "murder charges") is no
# killing, like "the death penalty"; a practice ("strike training") is no attack
# (arguments.csv, head_after).
def test_murder_as_a_legal_or_statistical_category_is_no_event():
    # unlabelled dev: AllSides P6vNF0N0EqECShVC (NPR), BViKPughrQd6UAB5 (BuzzFeed News)
    text = (
        "If he survives, Tsarnaev may face state murder charges as well as federal terrorism "
        "charges, CNN reports, citing a Justice Department source."
    )
    assert events_of(text, "murder") == []
    text = (
        "Federal data ranks St. Louis as one of the most violent cities in the US, with a murder "
        "rate that has hovered between 186 and 205 since 2015, one of the highest in the country."
    )
    assert events_of(text, "murder") == []


def test_a_murder_charged_or_tried_stays_an_event():
    # counter-cases: AllSides 9JuQK2f9PgqQKcYM (CNN), dev `nominal`; a trial of a killing
    (ev,) = events_of("Cousins was charged with murder.", "murder")
    assert ev.form == "nominal"
    (ev,) = events_of("The trial over the murder of civilians began.", "murder")
    assert ev.form == "nominal"


def test_a_strike_training_exercise_is_no_attack():
    # unlabelled dev: AllSides DrUyHSPL3LldDLK5 (Fox Online News)
    text = (
        "The two B-1 bombers flew 2,000 miles from Anderson Air Force Base in Guam to conduct a "
        "precision strike training exercise with South Korean fighter jets."
    )
    assert events_of(text, "strike") == []
    (ev,) = events_of("A precision strike on the base killed two soldiers.", "killed")
    assert ev.form == "active_instrument"
