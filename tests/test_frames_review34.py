"""Generic frames, twenty-fourth round: cues that answer in another sense of the word.

Words that the rounds 22-23 listed and did not reach, read on the development sets and an
unlabelled AllSides sample.  Five classes are guard rows now, each consuming only the cue word
(the words around it are looked behind or ahead): "X-sanctioned" (approved by X; C1), a loss
mourned (bereavement; E1), "loss of" trust, faith, freedom, life, biodiversity, soil or seats
(E1), "loss to" a named rival (a defeat; E1), and to earn a right, respect, a title, a degree or
trust (E1).

The wrong-sense sentences are real, from the development sets (SemEval dev half, batch 3) or,
where noted, from the unlabelled AllSides sample, quoted as printed.  Each is also run through the
battery as it was before the round (its rows removed), so the tests fail without the change; the
counter-cases (the word in the sense the question asks) must answer the same question before and
after.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-fourth round"


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-fourth round."""
    tmp = tmp_path_factory.mktemp("before34")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 5  # five guards, no row rewritten
    assert all(",guard,news,project," in ln for ln in changed)
    return battery_from_cue_lines(tmp, [ln for ln in lines if ROUND not in ln])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # SemEval dev half, 41 (approved by the school)
        (
            "Advocate for schools to remain gun-free zones except for school-sanctioned activities"
            " and professional law enforcement officials.",
            "C1",
        ),
        # third frames batch, 11 (a bereavement)
        (
            "“For nearly a century, the Bladensburg Cross has expressed the community’s grief at"
            " the loss of the young men who perished, its thanks for their sacrifice, and its"
            " dedication to the ideals for which they fought,” Justice Samuel Alito wrote for the"
            " Supreme Court majority.",
            "E1",
        ),
        # AllSides, unlabelled sample (seed 34), 350 (a bereavement)
        (
            '"The entire military community mourns the loss of our friends that we consider'
            ' family," said Maj. Gen. Glenn Curtis, adjutant general of the Louisiana National'
            " Guard.",
            "E1",
        ),
        # SemEval dev half, 62 (loss of trust)
        (
            "They warn that the general loss of trust in institutions leads to a general state of"
            " chaos, in which laws on the books matter little as citizens turn to their last"
            " resort of protecting themselves and their own families.",
            "E1",
        ),
        # SemEval dev half, 103 (an election lost to a rival)
        (
            "The main email, headlined, “Election results and the Latino vote,” was sent on Nov."
            " 9, 2016—the day after Clinton’s loss to Trump in the 2016 presidential election—by"
            " Eliana Murillo, Google’s Multicultural Marketing department head.",
            "E1",
        ),
        # SemEval dev half, 39 (to earn a right)
        ("May we continue to earn the right to stand with them today.", "E1"),
        # third frames batch, 35 (to earn a degree)
        (
            "He attended the University of Georgia, where he played football as a walk-on and"
            " earned his doctorate in veterinary medicine.",
            "E1",
        ),
    ],
)
def test_another_sense_answers_nothing(text, question, before):
    assert question in frame_questions(text, before)
    assert question not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "question", "cues"),
    [
        # SemEval dev half, 157 (penalised)
        (
            "More than 100 Russian individuals and companies have been sanctioned for a variety"
            " of reasons.",
            "C1",
            ["sanctioned"],
        ),
        # Frermann dev half, 107 (property destroyed)
        (
            "Many buildings are a complete loss,\" according to the base's most recent storm"
            " damage update.",
            "E1",
            ["loss"],
        ),
        # third frames batch, 6 (jobs lost)
        (
            "Trump blames NAFTA for the loss of American manufacturing jobs and wants major"
            " changes to the pact, which underpins $1.2 trillion in annual trade.",
            "E1",
            ["loss"],
        ),
        # AllSides, unlabelled sample (seed 34), 209 (to earn a living)
        (
            "Trump has a hard time with media elites because they earn a living by talking.",
            "E1",
            ["earn"],
        ),
    ],
)
def test_the_word_in_its_own_sense_still_answers(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question in frame_questions(text, before)
