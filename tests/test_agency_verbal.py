"""find_agency on political and verbal attacks told by their own clause (issue 20, round
agencypol34: ``lexicons/agency/verbal.csv``, :mod:`analysis.detect.agency.verbal`).

The sentences are real: a dev-split mention of batch 26 and the counter-cases of dev batches 7,
9, 18, 20, 23 and 26 (cited by corpus and article id), and unlabelled dev-split AllSides
articles of the politics, elections, national-security and gun topics read in this round
(cited likewise).  Every verbal case below is an event on the code before the round (a
country, a demonym or a bomb word near it gave it a harm context).  The expected values are
written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency
from analysis.detect.agency.forms import classify
from analysis.detect.agency.tables import load_agency_tables
from analysis.detect.agency.verbal import verbal_frame
from analysis.detect.agency.words import tokenize


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# ground: what the attacked said or did in politics, after "for"/"over" (or "on").
def test_attacked_for_supporting_him_is_verbal():
    # BASIL 1f99798f-2b60-4ecb-b5f4-4aa7991e8ace_3, dev batch 26: `none` (bomb scares in the
    # sentence before gave it a harm context)
    text = (
        "His comments echoed those he has delivered at rallies and sent over Twitter in the wake "
        "of the bomb scares, calling for unity and a calmer discourse but refusing to tone down "
        "his own inflammatory rhetoric.\n\nMinutes after addressing the threats to prominent "
        "Democrats, Trump claimed Republicans are often attacked for supporting him."
    )
    assert events_of(text, "attacked") == []


def test_attacked_for_voting_against_is_verbal():
    # AllSides ERhxBxUgzBY9Y4NF (Washington Times, elections), unlabelled dev split
    text = (
        "She also attacked Mr. Sanders for voting against the Export-Import bank, a federal "
        "agency that offers loans to American companies exporting products."
    )
    assert events_of(text, "attacked") == []


def test_under_attack_for_suggesting_is_verbal():
    # AllSides TL65jM98dOTCChsz (Guest Writer - Right, elections), unlabelled dev split
    text = (
        "He’s come under fierce attack for suggesting that his supporters physically manhandle "
        "protesters."
    )
    assert events_of(text, "attack") == []


def test_attacked_for_being_is_not_read_as_verbal():
    # counter-case: AllSides 28ELMHvar8A0X53G, dev batch 26: `passive_agentless` (missed by a
    # guards.csv row): identity words are no ground of the row
    tables = load_agency_tables()
    text = (
        "Being attacked randomly for being South Asian American is terrifying and more likely "
        "under Trump."
    )
    toks = tokenize(text)
    info = tables.forms["attacked"]
    reading = classify(toks, 1, 1, info, tables)
    assert reading is not None
    assert verbal_frame(text, toks, 1, 1, info, reading, tables) is None


# medium: a medium or a manner of speech right after the attack's phrase.
def test_attacked_on_twitter_is_verbal():
    # AllSides L9dQJAqDfVK8hXD7 (CNN, politics), unlabelled dev split
    text = (
        "Trump attacked Cummings on Twitter again Saturday afternoon, saying the congressman, "
        "\"spends all of his time trying to hurt innocent people through 'Oversight.' \""
    )
    assert events_of(text, "attacked") == []


def test_attacking_in_personal_terms_is_verbal():
    # AllSides 92zo8bRbGBgZvvjr (Fox Online News, elections), unlabelled dev split
    text = (
        "Bevin ramped up the rivalry by frequently attacking Beshear and his challenger's father "
        "in deeply personal terms."
    )
    assert events_of(text, "attacking") == []


def test_a_statement_on_twitter_about_a_real_attack_stays():
    # counter-case: guardian-nyt articles-0059, dev batch 18: `nominal` (the medium belongs to
    # "said", not to the attack)
    text = (
        "In a statement posted on Twitter, Antony Blinken said: “The United States strongly "
        "condemns Russia’s attack on the port of Odesa today."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


def test_twitter_after_an_attack_noun_without_a_person_possessor_stays():
    # counter-case: AllSides 6e1Ne6mV4qsfySgP, dev batch 7: `nominal`
    text = (
        "For more details about the attack he endured, interested readers can follow him on "
        "Twitter at @MrAndyNgo."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


# participle: the attacker's own words after an active verb and its object.
def test_attacked_tweeting_is_verbal():
    # AllSides L9dQJAqDfVK8hXD7 (CNN, politics), unlabelled dev split
    text = (
        "Washington (CNN) President Donald Trump attacked another prominent African American "
        'lawmaker on Saturday, tweeting that his Baltimore district is a "disgusting, rat and '
        'rodent infested mess."'
    )
    assert events_of(text, "attacked") == []


def test_an_attack_noun_with_accusing_stays():
    # counter-case: guardian-nyt articles-0023, dev batch 9 (and 20): `nominal`; the
    # participle belongs to the condemner, and no noun reads the participle slot
    text = (
        "The US secretary of state condemned the Russian attack against Odesa, accusing Russia "
        "of deepening the global food shortage."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


def test_attacks_saying_stays():
    # counter-case: AllSides bAJFYqhgpKkpOmgn, dev batch 26: `nominal` ("saying" is no word of
    # the participle row: strikes are reported with the striker's claim)
    text = (
        "Gen. Mohammad Hossein Bagheri, the chief of the general staff of Iran's armed forces, "
        "denied Tehran was involved in the ship attacks, saying Monday the country only would "
        'respond in "an open, strong and severe way" if needed.'
    )
    (ev,) = events_of(text, "attacks")
    assert ev.form == "nominal"


# adverb: a manner of speech right before the verb.
def test_verbally_attacked_is_verbal():
    # AllSides NbOWxdjdblZB5vpa (Guest Writer - Right, politics), unlabelled dev split
    text = (
        "As Orrin Hatch (R-UT) was getting on an elevator at the Senate building, "
        "anti-Kavanaugh protestors verbally attacked him."
    )
    assert events_of(text, "attacked") == []


def test_under_attack_for_the_first_time_stays():
    # counter-case: guardian-nyt articles-0123, dev batch 9: `nominal` ("for" + a time)
    text = (
        "Kyiv has come under attack for the first time since 5 June, with Russian missiles "
        "striking at residential buildings and a Kindergarten in the Shevchenkivskyi district of "
        "the capital."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


def test_an_attack_over_the_weekend_stays():
    # counter-case: by-country articles-0367, dev batch 2: `nominal` ("over" + a time)
    text = (
        "Russia’s war on Ukraine and surging tensions in the Middle East over Iran’s "
        "unprecedented attack on Israel over the weekend have topped the agenda of the "
        "gathering."
    )
    (ev,) = events_of(text, "attack")
    assert ev.form == "nominal"


# second reading of the politics sample: a political issue, an insult, a boast, questioning.
def test_attack_biden_on_civil_rights_is_verbal():
    # AllSides rM6ntttfVsmPqYBT (Politico, elections), unlabelled dev split
    text = (
        "Some Biden loyalists said they thought it was misleading of Harris to attack Biden on "
        "civil rights, given what they said was his lifelong advocacy on that front."
    )
    assert events_of(text, "attack") == []


def test_attacking_trump_for_the_insults_is_verbal():
    # AllSides 5nkDmnv3Toe27PEG (Politico, elections), unlabelled dev split
    text = (
        "A pro-Clinton super PAC released a pair of ads late Monday attacking Trump for the "
        "insults he’s thrown at women, which will begin airing Wednesday in Ohio, Florida, "
        "Virginia and Nevada."
    )
    assert events_of(text, "attacking") == []


def test_attack_questioning_is_verbal():
    # AllSides E7G6wJyXgodEdsl9 (CNN, elections), unlabelled dev split
    text = (
        "He began to mercilessly attack Cruz , questioning his ability to serve as president "
        "because he was born in Canada."
    )
    assert events_of(text, "attack") == []


def test_attacked_on_a_date_stays():
    # counter-case: AllSides iZYNCAJxP684s8yt (CNN, politics), unlabelled dev split, a real
    # attack: "on" + a date is a time, not an issue
    text = "The U.S. consulate in Benghazi was attacked on September 11, 2012."
    (ev,) = events_of(text, "attacked")
    assert ev.form == "passive_agentless"
