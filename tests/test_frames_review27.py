"""Generic frames, seventeenth round: one party declaring another's claim false answers C2 ("one
party reproaches another": a false claim, falsely claimed / claims / claiming).

The sentences are real: from the Frermann and SemEval dev halves, quoted as printed.  The
expected answers are written by hand from the question's wording.  Each sentence is also run
through the battery as it was before the round (the rows of the round left out), so the tests
fail without the change.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the seventeenth round."""
    tmp = tmp_path_factory.mktemp("before27")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "seventeenth round" not in ln]
    assert len(lines) - len(kept) == 2  # the rows of the round
    return battery_from_cue_lines(tmp, kept)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # Frermann dev half, 92 ("Trump brags about 'crystal clean' air — but his own EPA admits
        # it's gotten dirtier"): the story had no conflict evidence before the round
        (
            'At his big rally Tuesday in Orlando, Trump made a similar false claim: "We have among'
            " the cleanest and sharpest — crystal clean, you've heard me say it, I want it crystal"
            ' clean — air and water anywhere on Earth."',
            ["false claim"],
        ),
        # SemEval dev half, 764664283: an author answering a critic
        (
            "Wills, not surprisingly, does not offer any quotation from me to back up his false"
            " claim.",
            ["false claim"],
        ),
        # Frermann dev half, 137 (an Interior official on the ozone hole)
        (
            "The acting director of the federal agency responsible for managing one in every 10"
            " acres of land in the United States has repeatedly denied the existence of climate"
            " change and falsely claimed in a 1990s speech there was no credible evidence of a hole"
            " in the ozone layer.",
            ["falsely claimed"],
        ),
    ],
)
def test_a_claim_called_false_is_a_reproach(text, cues, before):
    assert_frame_answer(text, "C2", cues)
    assert "C2" not in frame_questions(text, before)


@pytest.mark.parametrize(
    "text",
    [
        "The alarm at the plant on Tuesday was a false alarm, the fire service said.",
        "Two of the tests gave a false positive and were repeated.",
    ],
)
def test_false_without_a_claim_reproaches_no_one(text):
    # the rows are "false claim(s)" and "falsely claim...", not the bare adjective
    assert not {"C1", "C2"} & frame_questions(text)
