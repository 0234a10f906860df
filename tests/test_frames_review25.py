"""Generic frames, fifteenth round: "vulnerable" is exposure to a risk, not a feeling (H2); the
name of a body, "to be honest" as an aside and integrity as a thing's intactness are no moral
message (M1); lying and deceit are one (M1); the third fresh development batch
(``analysis/evaluation/frames_batch3.py``).

The sentences are real: from the Frermann, SemEval 2023 and synthetic dev halves and the second
and third batches, quoted as printed.  The expected answers are written by hand from the
questions' wording.  Each sentence is also run through the battery as it was before the round
(the rows of the round left out, the row it changed restored), so the tests fail without the
change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis import find_frames
from analysis.detect.frames import FRAMES
from analysis.detect.frames.battery import Battery
from analysis.evaluation.frames_batch import draw_frames_batch
from analysis.evaluation.frames_batch3 import (
    EXCLUDED_TOPICS,
    LABELS_FILE,
    MAX_WORDS,
    MIN_WORDS,
    draw_frames_batch3,
)
from analysis.lexicons import bundled_path

# the row as it was before the round (an H2 emotion cue, sv2000)
VULNERABLE_BEFORE = (
    'vulnerable,human_interest,emotion,sv2000,"words that generate outrage, empathy, sympathy'
    ' or compassion (H2)",,,,'
)


def h2_cues(text: str, battery: Battery | None = None) -> list[str]:
    """The cue words of the H2 (feelings) evidence of ``text``."""
    return [
        c.text for e in find_frames(text, battery=battery) if e.question == "H2" for c in e.cues
    ]


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the fifteenth round."""
    tmp = tmp_path_factory.mktemp("before25")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "fifteenth round" not in ln]
    assert len(lines) - len(kept) == 5  # the rows of the round
    return battery_from_cue_lines(tmp, kept + [VULNERABLE_BEFORE])


@pytest.mark.parametrize(
    "text",
    [
        # Frermann dev half (climate news): a forest exposed to fire
        "Fire is used as a tool for clearing Amazon land for ranching, and the more trees are cut"
        " down, the more vulnerable the rainforest is to wildfires.",
        # Frermann dev half: communities as a target of spending
        "She also pledges to invest one-third – or $1 trillion – of her climate change investment"
        ' "into the most vulnerable communities," although she does not specify what the $1'
        " trillion will be spent on, specifically.",
        # second batch, BASIL 9879bbc0…_1: embassies exposed to attack
        "Assertions that State Department posts are left vulnerable because Congress has decided"
        " not to fully fund security requests pervaded Wednesday's hearings.",
    ],
)
def test_vulnerable_is_no_feeling(text, before):
    assert "vulnerable" not in h2_cues(text)
    assert "vulnerable" in h2_cues(text, before)


def test_a_feeling_word_stays_h2():
    # third batch, eFF1AbdkywU2MqBi (USA TODAY, the VA nominee's withdrawal)
    text = (
        "“This painful and tumultuous chapter for VA, and our nation’s veterans, has come to an"
        " end."
    )
    assert_frame_answer(text, "H2", ["painful"])


@pytest.mark.parametrize(
    "text",
    [
        # second batch, BASIL 33521e65…_1 (Fox News): a congressman under investigation
        "The House Ethics Committee announced in November that Grimm was under investigation"
        " for possible campaign finance violations.",
        # synthetic dev half
        "Pegasus' ethics committee continues its discussions with other employees.",
        # SemEval 2023 dev half: the wire's trailer
        "Our Standards: The Thomson Reuters Trust Principles.",
        # SemEval 2023 dev half: a memo on House computer systems
        "In the memo, Congress’s top law enforcement official, Sergeant-at-Arms Paul Irving,"
        " along with Chief Administrative Officer Phil Kiko, wrote, “We have concluded that the"
        " employees [Democratic systems administrator Imran Awan and his family] are an ongoing"
        " and serious risk to the House of Representatives, possibly threatening the integrity"
        " of our information systems and thereby members’ capacity to serve constituents.”",
        # Frermann dev half: a rights group's name
        "Both GLAAD and Human Rights Watch can't seem to decide whether the science is bad"
        " because it's fake and flawed or bad because it might work.",
        # Frermann dev half (the same opinion piece): candour as an aside
        "And, to be honest, I can understand why.",
        # Frermann dev half: a department's staff on a report's wording
        "Some staff weren't enamored with the new regime, with one employee stating on an email"
        ' on 5 July that "we would prefer to keep the language as is" and stressing the need to'
        ' maintain the "scientific integrity of the work".',
    ],
)
def test_names_and_intactness_are_no_moral_message(text, before):
    assert "M1" not in frame_questions(text)
    assert "M1" in frame_questions(text, before)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # third batch, eFF1AbdkywU2MqBi: a person's integrity is their moral worth
        (
            'Jackson said he expected "tough questions" about his qualifications for the VA, "but'
            " I did not expect to have to dignify baseless and anonymous attacks on my character"
            ' and integrity."',
            "integrity",
        ),
        # SemEval 2023 dev half: an ethics complaint is about conduct, not a body's name
        (
            "A watchdog group filed a Senate ethics complaint Monday against Sens. Kamala Harris"
            " and Elizabeth Warren for sending out fundraising emails asking for donations to"
            " support their votes against Justice Brett M. Kavanaugh — even before they cast"
            " their votes against him.",
            "ethics",
        ),
        # SemEval 2023 dev half: being honest as a prescription, not an aside
        ("It is time to be honest that the problems are both and they are more.", "honest"),
    ],
)
def test_moral_integrity_and_ethics_stay_m1(text, cue):
    assert_frame_answer(text, "M1", [cue])


@pytest.mark.parametrize(
    "text",
    [
        # third batch, zBUBRYrTxqPyynCx (NPR, Patrick Kennedy on marijuana marketing)
        "Just as Big Tobacco lied to Americans for decades about the deadly consequences of"
        ' smoking, we can\'t let "big marijuana" follow in its footsteps, target our kids and'
        " profit from addiction.",
        # first batch, RWs6CtoZCSXwGwPm (the Senate report on CIA interrogations)
        "Obama on Friday did not address two other central arguments of the soon-to-be-released"
        " Senate report — that the brutal interrogations didn't produce life-saving intelligence,"
        " and that the CIA lied to other elements of the U.S. government about exactly what it"
        " was doing.",
    ],
)
def test_lying_is_a_moral_message(text, before):
    assert_frame_answer(text, "M1", ["lied"])
    assert "M1" not in frame_questions(text, before)


def test_lying_down_is_no_lie():
    # Frermann dev half: a protest on the tracks (headline and first sentence run together)
    text = (
        "2 protesters arrested after laying down on tracks to block oil train in Washington"
        " Protesters were arrested in Washington after blocking an oil train by erecting a"
        ' "pop-up garden of sunflowers" and lying down on the train tracks.'
    )
    assert "M1" not in frame_questions(text)


def test_batch3_labels_are_complete():
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    assert len(labels) == 36 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()


def test_batch3_draw_is_one_per_eligible_topic_and_seeded():
    # 60 one-article topics fill the first batch (50 drawn); "immigration" is excluded;
    # "food" has only a story too long; "health" two stories
    topics = [f"t{i:02d}" for i in range(60)] + ["immigration", "health", "health", "food"]
    words = ["word " * 400] * 63 + ["word " * (MAX_WORDS + 1)]
    corpus = pd.DataFrame(
        {"id": [f"a{i}" for i in range(64)], "topic": topics, "text": words}
    ).assign(source="s", title="t")
    one = draw_frames_batch3(corpus)
    assert "immigration" in EXCLUDED_TOPICS and "immigration" not in set(one["topic"])
    assert "food" not in set(one["topic"])  # its only story is over MAX_WORDS
    first = set(draw_frames_batch(corpus)["topic"])  # the first batch's topics
    assert len(first) == 50 and one["topic"].is_unique
    assert set(one["topic"]) == set(topics) - first - {"immigration", "food"}
    assert one["text"].str.split().str.len().between(MIN_WORDS, MAX_WORDS).all()
    assert one["id"].tolist() == draw_frames_batch3(corpus)["id"].tolist()
