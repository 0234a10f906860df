"""Generic frames, thirteenth round: someone held to account answers the blame questions (R4,
R2), and the fresh development batch (``analysis/evaluation/frames_batch.py``).

The sentences are real: from the thirteenth round's batch of AllSides articles (Baly et al.
2020; article ids given) and the SemEval 2023 dev half, quoted as printed.  The expected answers
are written by hand from the questions' wording (Semetko & Valkenburg 2000: "an individual or
group / some level of the government is responsible for the issue").  Each sentence is also run
through the battery as it was before the round (the row of the round left out), so the tests
fail without the change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames import FRAMES
from analysis.detect.frames.battery import Battery
from analysis.evaluation.frames_batch import LABELS_FILE, draw_frames_batch
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the thirteenth round."""
    tmp = tmp_path_factory.mktemp("before23")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "Thirteenth round" not in ln]
    assert len(lines) - len(kept) == 1  # the row of the round
    return battery_from_cue_lines(tmp, kept)


# (sentence, question, cues as written) -- where it comes from in the comment
HELD_TO_ACCOUNT = [
    # batch, oVT9hHhIwxXQSkZ5 (Washington Times): senators demand an account of two departments
    (
        "Three Senate committee chairmen demanded answers this week about the role played by the"
        " Justice and State departments in furthering the goals of Christopher Steele, the former"
        " British spy who compiled the discredited anti-Trump dossier that helped launch the"
        " special counsel’s investigation.",
        "R4",
        ["demanded answers"],
    ),
    # batch, RWs6CtoZCSXwGwPm (Newsmax): a resignation demanded of an official
    (
        "There have been calls for his resignation on Capitol Hill.",
        "R4",
        ["calls for his resignation"],
    ),
    # batch, pUJuppst4UfIm0WD (New York Times): an account of how an official acted
    (
        "Democrats want to know why Mr. Barr handled the release the way he did, what"
        " conversations he had with Mr. Mueller before the release and what he told the White"
        " House about it.",
        "R4",
        ["want to know why"],
    ),
    # SemEval 2023 dev half: a resignation prescribed to a person
    (
        "most assuredly, however, if I reach the conclusion that they are true, I would say,"
        " without hesitation, that Francis should resign.",
        "R4",
        ["should resign"],
    ),
]


@pytest.mark.parametrize("text,question,cues", HELD_TO_ACCOUNT)
def test_held_to_account_answers_blame(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question not in frame_questions(text, before)


def test_held_to_account_with_a_government_answers_r2():
    text = HELD_TO_ACCOUNT[0][0]
    assert {"R2", "R4"} <= frame_questions(text)


def test_a_call_for_a_course_of_action_stays_a_solution():
    # synthetic dev half: a call for a course of action is R3 (a solution), not blame
    text = (
        "Other activists echoed his point, calling for a complete overhaul of the current method"
        " of raising chickens."
    )
    assert "R3" in frame_questions(text) and "R4" not in frame_questions(text)


def test_batch_labels_are_complete():
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    assert len(labels) == 50 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()


def test_batch_draw_is_one_article_per_topic_and_seeded():
    corpus = pd.DataFrame(
        {
            "id": [f"a{i}" for i in range(12)],
            "topic": ["x", "y", "z"] * 4,
            "source": ["s"] * 12,
            "title": ["t"] * 12,
            "text": ["word " * 400] * 10 + ["word " * 100, "word " * 900],
        }
    )
    one = draw_frames_batch(corpus, n=3, seed=1)
    assert one["topic"].is_unique and len(one) == 3
    assert one["id"].tolist() == draw_frames_batch(corpus, n=3, seed=1)["id"].tolist()
    assert not set(one["id"]) & {"a10", "a11"}  # too short, too long
