"""Generic frames, twenty-sixth round (frames37): human-interest cues in another sense.

Human interest is the weakest frame on the set most like the hidden corpus (Frermann et al.'s
climate news, coded with a Semetko & Valkenburg battery).  Reading its false positives on the
development sets by the cue that fired found H3 answers ("how individuals and groups are
affected") given by a word in another sense; two are now guard rows (each consuming only the cue
word; the words around it are looked ahead): "Lives" inside the name "March for Our Lives", as
"Black Lives Matter" (2026-12-04), and killing that is not of people ("killed an estimated 100
million trees"), as the guard of non-human "bird deaths".  A third, "fear" in a source's reason
for anonymity ("asked not to be named for fear of reprisal"), was measured and left out: with it
the twelfth round's choice of words as human interest's length unit is no longer what the
protocol gives (tests/test_frames_choice.py).

The wrong-sense sentences are real, from the Frermann dev half or, where noted, from the AllSides
corpus (stories holding the phrases, read for the round), quoted as printed.  Each is also run
through the battery as it was before the round (its rows removed), so the tests fail without the
change; the counter-cases (the word in the sense the question asks) must answer the same question
before and after.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-sixth round (frames37)"


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-sixth round."""
    tmp = tmp_path_factory.mktemp("before37")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 2  # two guards, no row rewritten
    assert all(",guard,news,project," in ln for ln in changed)
    return battery_from_cue_lines(tmp, [ln for ln in lines if ROUND not in ln])


@pytest.mark.parametrize(
    "text",
    [
        # Frermann dev half, 5 (a movement's name)
        (
            'Greta Thunberg saw her power in us, and we in turn see our power in her," March for'
            " Our Lives co-founder Emma González wrote of Thunberg for TIME, adding that"
            ' "Greta is inspiring steadfast students and shaming apathetic adults."'
        ),
        # AllSides corpus, "The Parkland Teens Will Win. Eventually." (a movement's name)
        (
            "High school survivors from Parkland have announced a March for Our Lives to take"
            " place in Washington on March 24, with concurrent satellite marches in other locales"
            " around the country, along the lines of the Women’s March held the day after Donald"
            " Trump’s inauguration."
        ),
        # Frermann dev half, 168 (trees killed)
        (
            "The drought cost the agricultural economy billions, killed an estimated 100 million"
            " trees, led a half-million acres of farmland to be fallowed and deprived some"
            " communities of reliable sources of drinking water."
        ),
    ],
)
def test_another_sense_answers_nothing(text, before):
    assert "H3" in frame_questions(text, before)
    assert "H3" not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # Frermann dev half, 63 (people killed)
        (
            "Since October, bushfires have killed six people and destroyed more than 700 homes"
            " across Australia.",
            ["people", "killed"],
        ),
        # Frermann dev half, 8 (people's lives)
        (
            "Perhaps this frustration explains why Adam Boulton, a presenter on Sky News, told an"
            " Extinction Rebellion organizer, Robin Boardman, on live TV that the protesters come"
            ' across as "incompetent middle-class, self-indulgent people" trying to "tell us how'
            ' to live our lives."',
            ["people", "lives"],
        ),
    ],
)
def test_the_word_in_its_own_sense_still_answers(text, cues, before):
    assert_frame_answer(text, "H3", cues)
    assert "H3" in frame_questions(text, before)
