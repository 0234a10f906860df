"""The ukraine-2022 actors table covers the war's frequent speakers (report 07 on by-country).

Report 07's "Whose side speaks" table on the by-country corpus put 75 to 99.6 % of each
country's attributed words under "unknown": the actors table had 20 rows, so Lukashenko,
Truss, Macron, Stoltenberg, Ukrainian governors, state news agencies and "Russia’s defence
ministry" (a curly apostrophe against a row written "russia'?s") had no side.  The rows added
are the most frequent side-less speakers of the two war corpora (count of 2026-12-06: 2,048 of
9,270 attributions with a side before, 3,835 after).  Sentences are quoted from the
by-country and Guardian/NYT corpora; sides by hand.
"""

import pytest

from analysis.detect.packs import pack_actors
from analysis.detect.quotes import find_attributions
from analysis.detect.quotes.tables import side_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a curly apostrophe (the Guardian) against the row's straight one
            "But Russia’s defence ministry said on Sunday the strikes had destroyed a naval "
            "vessel and arms delivered by Washington.",
            ("Russia’s defence ministry", "russian_government"),
        ),
        (  # an accent the row does not write (Erdogan)
            "“This business will not work if we don’t pass this in our parliament,” Erdoğan said.",
            ("Erdoğan", "turkish_government"),
        ),
        (
            "The West understands the futility of the war with the forces of the Collective "
            "Security Treaty Organization , Belarusian President Aleksandr Lukashenko said in an "
            "interview with the VGTRK journalist.",
            ("Belarusian President Aleksandr Lukashenko", "belarusian_government"),
        ),
        (
            '“We will pay a much higher price," Stoltenberg said.',
            ("Stoltenberg", "international_organisation"),
        ),
        (
            "Russia’s focus remains the Battle for Donbas but gains there are limited, the UK "
            "Ministry of Defence said on Friday.",
            ("the UK Ministry of Defence", "european_governments"),
        ),
        (
            "“The Russian army is approaching from different directions towards Lysychansk,” "
            "Serhiy Haidai said.",
            ("Serhiy Haidai", "ukrainian_government"),
        ),
        (
            '“So, if Russia wanted to retaliate, it would have to choose a lot of enemies," '
            "Landsbergis said in an interview with Fox News Digital.",
            ("Landsbergis", "european_governments"),
        ),
    ],
)
def test_frequent_war_speakers_have_a_side(text, expected):
    got = [(a.speaker, a.side) for a in find_attributions(text)]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        # the ministry of defence of Russia or Ukraine is not the UK's
        ("Ukraine’s Ministry of Defence", "ukrainian_government"),
        ("the Russian Ministry of Defence", "russian_government"),
        ("Ukraine’s military", "ukrainian_government"),
        ("an Ukrinform correspondent", "media"),
        ("Agence France-Presse", "media"),
        # counter-cases: a surname that is someone else's, and nobody's side
        ("Kim Kardashian", None),
        ("a local man", None),
    ],
)
def test_side_of_speaker_phrases(speaker, side):
    assert side_of(speaker, pack_actors(("ukraine-2022",))) == side


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # Boris Johnson as 2022 war reporting names him (by-country and Guardian/NYT speakers)
        ("Johnson", "european_governments"),
        ("Mr Johnson", "european_governments"),
        ("British Prime Minister Boris Johnson", "european_governments"),
        ("Johnson’s aide", "european_governments"),
        # other Johnsons are not the UK government: by-country, 2024 ("House Speaker Mike
        # Johnson spent much of his six-month tenure blocking a vote on economic and military
        # aid for Ukraine"; "Great news that Speaker Johnson finally ..."; "President Lyndon B.
        # Johnson and staff decided to believe the initial version"); AllSides names Sen. Ron
        # Johnson 315 times. The row matched any phrase with the word "johnson".
        ("House Speaker Mike Johnson", None),
        ("Speaker Johnson", None),
        ("Republican Speaker Mike Johnson", None),
        ("President Lyndon B. Johnson", None),
        ("Sen. Ron Johnson", None),
    ],
)
def test_johnson_is_the_uk_prime_minister_only_when_named_so(speaker, expected):
    assert side_of(speaker, pack_actors(("ukraine-2022",))) == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # speaker phrases of the by-country corpus (session 28 review of report 07's sides): an
        # analyst, expert, blogger, correspondent or critic named by a country, a city or the
        # Kremlin is not that government
        ("Russian military analyst Pavel Felgenhauer", None),
        ("Russian military bloggers", None),
        ("the Ukrainian military expert Serhij Grabski", None),
        ("our Moscow correspondent Nataliya Vasilyeva", None),
        ("an avid Kremlin critic Igor Girkin", None),
        # the offices themselves keep their side
        ("Kremlin spokesman Dmitry Peskov", "russian_government"),
        ("the Russian military", "russian_government"),
        ("Ukraine’s military", "ukrainian_government"),
        ("Moscow", "russian_government"),
        ("Kremlin-backed separatists", "russian_government"),
    ],
)
def test_analysts_critics_and_correspondents_are_not_the_government(speaker, expected):
    assert side_of(speaker, pack_actors(("ukraine-2022",))) == expected
