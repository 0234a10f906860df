"""Round src41 (issue 18, deliverable 3): source types a researcher would reject (review50).

Real sentences (excerpts) from the AllSides corpus, typed through
``analyse_quotes``: a document or poll is no expert; a civilian official of a defence body or a
*general* title that is no rank is government; the holder of a document ("obtained by The
Associated Press") is not its source.  Counter-cases keep their type.
"""

import pytest

from analysis.detect.quotes import analyse_quotes
from analysis.detect.quotes.sources import source_type

CASES = [
    # a document or a poll alone is no expert person
    (
        "Israel TV’s Channel 10 said the Israeli delegation had not yet left for Cairo. "
        "The report said Israel wanted to make sure the cease-fire held.",
        "The report",
        "other",
    ),
    (
        "Netanyahu also showed himself to be an effective military leader. Polls say the vast "
        "majority of Israelis supported the operation.",
        "Polls",
        "other",
    ),
    # civilian officials with a military word in the title
    (
        "NATO Secretary General Anders Fogh Rasmussen said the alliance continues to witness "
        "“Russian involvement in destabilizing the situation in eastern Ukraine”.",
        "NATO Secretary General Anders Fogh Rasmussen",
        "government",
    ),
    (
        "In a news release Thursday, Attorney General William Barr called those five inmates "
        "the “worst criminals” and said “we owe it to the victims and their families to carry "
        "forward the sentence imposed by our justice system.”",
        "Attorney General William Barr",
        "government",
    ),
    # the holder of a document is not its source
    (
        "The union has lost nearly half of its members in the state, according to internal "
        "documents obtained by The Associated Press.",
        "internal documents obtained by The Associated Press",
        "other",
    ),
    # counter-cases: the type stays
    (
        "Outgoing Defense Secretary Chuck Hagel did not sign off on the transfer right away, "
        "after the top U.S. commander in the country, Gen. John Campbell, voiced concerns about "
        "the risk they would pose to troops.",
        "Gen. John Campbell",
        "military",
    ),
    (
        "One of the shells struck a mosque and damaged its minaret, according to an AP "
        "reporter on the scene.",
        "an AP reporter",
        "media",
    ),
    (
        "Professor Sally Bloomfield, at the London School of Hygiene and Tropical Medicine, says "
        "she does not believe you could make an effective product for sanitising hands at home.",
        "Professor Sally Bloomfield",
        "expert",
    ),
]


@pytest.mark.parametrize("text,speaker,expected", CASES)
def test_source_type_of_a_real_attribution(text, speaker, expected):
    _, attributions = analyse_quotes(text)
    found = [a for a in attributions if a.resolved == speaker]
    assert found, [a.resolved for a in attributions]
    assert {source_type(a.resolved, a.side) for a in found} == {expected}


PHRASES = [
    # review50's sentence: "A State Department status report obtained by The Associated Press
    # says ..." (AllSides Middle East)
    ("A State Department status report obtained by The Associated Press", "media", "government"),
    ("Britain's Defence Secretary Michael Fallon", None, "government"),
    ("Defense Secretary Chuck Hagel", None, "government"),
    ("the general", None, "military"),
    ("a Quinnipiac University poll", None, "expert"),
    ("A CNN/ORC poll", None, "media"),
    ("AP reporter Aron Heller", "media", "media"),
]


@pytest.mark.parametrize("phrase,side,expected", PHRASES)
def test_source_type_of_a_speaker_phrase(phrase, side, expected):
    assert source_type(phrase, side) == expected
