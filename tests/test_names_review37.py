"""One person's name written two ways is one source (review 37): a given name and its short
form with the same surname ("Steve Bannon", "STEPHEN BANNON" in a Democracy Now transcript),
and a surname with and without its accents ("Rep. Tony Cárdenas", "Rep. Tony Cardenas").
Counter-cases: a short form alone is never expanded, two short forms are not one name, and
different given names with one surname stay two people.
"""

from analysis.compare.align.speakers import _same_person, speaker_person
from analysis.detect.quotes import analyse_quotes
from analysis.detect.quotes.sources import source_profile
from analysis.report.sources import source_key
from analysis.text.names import fold_person_names, same_given_name

BANNON = (
    "In a rare interview with The New York Times, Trump’s chief strategist, Steve Bannon, said, "
    "quote, “The media should be embarrassed and humiliated and keep its mouth shut.”\n\n"
    "STEPHEN BANNON: I think anger is a good thing. I think if you’re fighting—this country is "
    "in a crisis."
)


def test_a_short_given_name_and_the_full_one_are_one_source():
    quotes, attributions = analyse_quotes(BANNON)
    speakers = {q.speaker for q in quotes if q.speaker} | {
        a.resolved for a in attributions if a.resolved
    }
    assert {"Steve Bannon", "STEPHEN BANNON"} <= speakers
    assert source_profile(BANNON, quotes, attributions)["n_sources"] == 1


def test_names_that_are_not_one_person_stay_apart():
    keys = fold_person_names(["Bill Clinton", "Bob Dole", "Mike Pence", "Michael Steele"])
    assert len(set(keys.values())) == 4
    assert keys["Mike Pence"] == "mike pence"  # no full name with that surname: kept as written
    assert not same_given_name("Bill", "Bob")  # two short forms of Robert are not one name
    keys = fold_person_names(["Cecilia Munoz", "Vincent Phillip Muñoz"])
    assert len(set(keys.values())) == 2


def test_accents_do_not_split_a_source():
    assert source_key("Rep. Tony Cárdenas") == source_key("Rep. Tony Cardenas")
    assert source_key("Rep. Nydia Velázquez") == source_key("Ms. Velazquez")
    assert source_key("Rep. Nydia Velázquez") != source_key("Rep. Tony Cárdenas")


def test_one_speaker_in_two_spellings_is_one_person_for_alignment():
    assert _same_person(speaker_person("Andy Puzder"), speaker_person("Andrew Puzder"))
    assert _same_person(speaker_person("Rep. Tony Cárdenas"), speaker_person("Tony Cardenas"))
    assert not _same_person(speaker_person("Liz Cheney"), speaker_person("Mary Cheney"))
