"""Generic frames, seventeenth round: one party declaring another's claim false answers C2 ("one
party reproaches another": a false claim, falsely claimed / claims / claiming); "desperately" (a
degree adverb) and the noun "outrage" (a party's reaction reported) no longer answer H2; the
fifth frames batch (its labels and its draw).

The sentences are real: from the Frermann and SemEval dev halves and the fourth batch, quoted
as printed.  The expected answers are written by hand from the questions' wording.  Each
sentence is also run through the battery as it was before the round (the rows of the round left
out, the two guards restored as the H2 rows they were), so the tests fail without the change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames import FRAMES
from analysis.detect.frames.battery import Battery
from analysis.evaluation.frames_batch import draw_frames_batch
from analysis.evaluation.frames_batch3 import draw_frames_batch3
from analysis.evaluation.frames_batch4 import draw_frames_batch4
from analysis.evaluation.frames_batch5 import (
    BATCH_N,
    MAX_WORDS,
    MIN_WORDS,
    draw_frames_batch5,
)
from analysis.evaluation.frames_batch5 import LABELS_FILE as BATCH5_LABELS
from analysis.lexicons import bundled_path

#: The note of the H2 emotion rows as they were before the round.
H2_NOTE = '"words that generate outrage, empathy, sympathy or compassion (H2)"'


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the seventeenth round."""
    tmp = tmp_path_factory.mktemp("before27")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "seventeenth round" not in ln]
    assert len(lines) - len(kept) == 4  # the rows of the round
    # the two guards were H2 emotion rows before the round
    kept += [f"{w},human_interest,emotion,sv2000,{H2_NOTE},,,," for w in ("desperately", "outrage")]
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


@pytest.mark.parametrize(
    "text",
    [
        # SemEval dev half, 699478811 (the Iran deal): a degree adverb
        "In addition to covert transfers of materials and technology to Iran in violation of the"
        " nuclear deal, the JCPOA may provide a loophole for Iran to exploit in outsourcing some"
        " of the development work to North Korea for hard currency, which North Korea desperately"
        " needs.",
        # SemEval dev half, 738442776 (a CIA nominee)
        "We are still dealing with the consequences of that desperately misguided decision.",
        # SemEval dev half, 703698295: a party's reaction
        "As though the fog of irony weren’t thick enough, in response to the outrage from"
        " Catholics, the USCCB has done what all the other members of Pope Francis’ cabal have"
        " done and started blocking critics from its Twitter account.",
        # fourth batch, Cl5Ekqsqodxgxb0t (the AP phone records)
        "The AP case immediately sparked bipartisan outrage, leading members of both parties to"
        " publicly question the government’s actions.",
        # Frermann dev half, 300
        "Trump has nixed dozens of Obama administration environmental regulations, calling them"
        " deadly to the economy, much to the outrage of climate activists.",
    ],
)
def test_a_degree_adverb_or_a_partys_outrage_is_no_feeling(text, before):
    assert "H2" not in frame_questions(text)
    assert "H2" in frame_questions(text, before)


def test_outraged_still_answers_h2():
    # SemEval dev half, 737255982: the adjective stays an H2 row (the round measured it and
    # left it: as a guard it changed no decision and lowered a left-out set's F1)
    text = (
        "Anti-Israel activist group J Street was very outraged when its leaders were described"
        ' as "Kapos".'
    )
    assert_frame_answer(text, "H2", ["outraged"])


def test_batch5_labels_are_complete():
    labels = pd.read_csv(BATCH5_LABELS, comment="#", dtype={"id": str})
    assert len(labels) == BATCH_N == 15 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()


def test_batch5_draws_a_story_no_earlier_batch_drew_one_per_topic_seeded():
    # 50 topics of one 400-word story fill the first batch; t00 has a second story (the first
    # batch takes one of the two), "immigration" two of 700 words (too long for the first
    # batch; the fourth takes one), t01 a second story too long for any batch
    topics = [f"t{i:02d}" for i in range(50)] + ["t00", "immigration", "immigration", "t01"]
    words = ["word " * 400] * 51 + ["word " * 700] * 2 + ["word " * (MAX_WORDS + 1)]
    corpus = pd.DataFrame(
        {"id": [f"a{i}" for i in range(54)], "topic": topics, "text": words}
    ).assign(source="s", title="t")
    five = draw_frames_batch5(corpus)
    earlier = set()
    for draw in (draw_frames_batch, draw_frames_batch3, draw_frames_batch4):
        earlier |= set(draw(corpus)["id"])
    assert sorted(five["topic"]) == ["immigration", "t00"]
    assert not set(five["id"]) & earlier and five["topic"].is_unique
    assert five["text"].str.split().str.len().between(MIN_WORDS, MAX_WORDS).all()
    assert five["id"].tolist() == draw_frames_batch5(corpus)["id"].tolist()
