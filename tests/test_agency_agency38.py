"""find_agency on the classes of round agency38 (issue 20 on a non-war corpus): report 09 run on
400 AllSides immigration, environment and economy stories (review45) showed deaths of algae,
bills and programmes as harm events.

The sentences are real: the review45 evidence rows or unlabelled dev-split AllSides articles of
non-war topics (cited by AllSides id).  Each class has a counter-case that stays an event.  The
expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# Algae that die (arguments.csv, the animals-and-plants rows).
def test_algae_that_die_are_no_harm_to_people():
    # AllSides j64rO2p4fXWdnKKe (NPR), report 09 evidence of review45 (no annotated row)
    text = "Within a few weeks, the algae died and clumped up like snowflakes."
    assert events_of(text, "died") == []


def test_people_who_die_in_the_same_shape_stay():
    text = "Within a few weeks, the soldiers died and were buried near the river."
    assert [e.form for e in events_of(text, "died")] == ["intransitive"]


# A programme, a compromise or organised labour that dies (arguments.csv, the laws row).
def test_a_program_that_dies_is_no_death():
    # AllSides uFnNGRAnHVvkOwHr (The Hill), unlabelled dev-split immigration article
    text = (
        "“If the administration chooses not to defend DACA in court, then the program may "
        "simply die a quiet legal death,” Steven Camarota said."
    )
    assert events_of(text, "die") == []


def test_big_labor_that_dies_is_no_death():
    # AllSides eewzKsBlR8btf1aX (NPR), report 09 evidence of review45
    text = "He says if big labor dies, then America's middle class dies with it."
    assert text.index("dies") not in [e.start for e in events_of(text, "dies")]


def test_immigrants_who_die_stay():
    # AllSides FOkQLHFbAiaPxZZA (Breitbart), unlabelled dev-split immigration article
    text = "Five immigrants died at the scene of the crash and a sixth one died days later."
    assert [e.victim for e in events_of(text, "died")] == ["Five immigrants", "a sixth one"]


# A budget measure, a tax, a compromise or an attempt killed (arguments.csv, the policy row).
def test_killing_the_sequester_is_no_killing():
    # AllSides ZRZIomv1SbBeRRf4 (Politico), report 09 evidence of review45
    text = (
        "And Republicans who want to kill the sequester and spare the Pentagon are already "
        "targeting Democrats."
    )
    assert events_of(text, "kill") == []


def test_a_compromise_killed_by_trump_is_no_killing():
    # AllSides zEccIp5xj7NOAVpZ (Politico), unlabelled dev-split article
    text = (
        "And we've learned in the past that’s an iffy proposition,\" said Sen. Angus King "
        "(I-Maine), whose own immigration compromise was killed by Trump last year."
    )
    assert events_of(text, "killed") == []


def test_a_person_killed_by_an_immigrant_stays():
    # AllSides 0RwNRQXVjYf1IuFA, unlabelled dev-split article of the same sample
    text = (
        "In light of the tragic death of Kate Steinle, who was killed by an illegal immigrant, "
        "USA Today’s editorial board said that the policy “violates common sense.”"
    )
    assert [e.form for e in events_of(text, "killed")] == ["passive_agent"]


# A weather storm named by its category, year, month or day (guards.csv, sense of storm).
def test_a_storm_of_a_year_is_weather():
    # AllSides EiRi8TYzEBvWGLWz (Washington Times), report 09 evidence of review45
    text = (
        "Had the 2012 storm “hit Norfolk, the world’s largest naval complex, I don’t know what "
        "that would’ve done for our forces."
    )
    assert events_of(text, "storm") == []


def test_storm_surges_are_weather():
    # AllSides xkrkEdMz1RRW0SOK, unlabelled dev-split article
    text = 'Storm surges had turned out to be "not as bad as we thought", he said.'
    assert events_of(text, "Storm") == []


def test_the_people_a_category_5_storm_killed_stay():
    # AllSides AKTgWy1komOtk7er, a review45 story (no annotated row): the killing stays
    text = (
        "Hurricane Mitch slammed into his family’s home country of Honduras in 1998 as a "
        "Category 5 storm, killing more than 7,000 people and displacing thousands more."
    )
    assert events_of(text, "storm") == []
    assert [e.victim for e in events_of(text, "killing")] == ["more than 7,000 people"]


def test_storming_a_building_stays():
    # AllSides WZxO4tldpUdAbNKX, unlabelled dev-split article of the sample
    text = (
        "One visualization shows that in Lansing, Michigan, after a 30 April protest in which "
        "armed protesters stormed the capitol building and state police were forced to "
        "physically block access to Governor Gretchen Whitmer, devices which had been present "
        "at the protest."
    )
    assert [e.form for e in events_of(text, "stormed")] == ["active_agent"]
