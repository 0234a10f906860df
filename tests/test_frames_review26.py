"""Generic frames, sixteenth round: ordinary groups and what befalls them (H3: seniors,
retirees, veterans; furloughs; paying the price), hostility between sides (C1: aggression,
invasion, invaders, a vendetta, a legal or court battle) and a person formally held
responsible (R4: criminal charges, charges against, indicted, indictment, pleaded guilty).

The sentences are real: from the three project batches and the Frermann dev half, quoted as
printed.  The expected answers are written by hand from the questions' wording.  Each sentence
is also run through the battery as it was before the round (the rows of the round left out), so
the tests fail without the change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis import find_frames
from analysis.detect.frames import FRAMES
from analysis.detect.frames.battery import Battery
from analysis.evaluation.frames_batch import draw_frames_batch
from analysis.evaluation.frames_batch3 import EXCLUDED_TOPICS
from analysis.evaluation.frames_batch4 import (
    LABELS_FILE,
    MAX_WORDS,
    MIN_WORDS,
    draw_frames_batch4,
)
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the sixteenth round."""
    tmp = tmp_path_factory.mktemp("before26")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "sixteenth round" not in ln]
    assert len(lines) - len(kept) == 20  # the rows of the round
    return battery_from_cue_lines(tmp, kept)


@pytest.mark.parametrize(
    ("text", "question", "cues"),
    [
        # third batch, doIHdHRPg2vL1Hqf (CNN opinion, a Social Security raise): seniors struggling
        (
            "So seniors, who are already struggling to scrape by to cover rent and exploding"
            " prescription drug prices , will be left scrambling.",
            "H3",
            ["seniors", "struggling"],
        ),
        # first batch, KQt3JAx9f2KSG6eH (POLITICO, sequestration): workers sent home without pay
        (
            "This week, 4,500 civilian workers at nearby Scott Air Force Base will receive"
            " furlough notices — a troubling reminder for Davis, who won his seat last fall by"
            " just 1,002 votes.",
            "H3",
            ["workers", "furlough"],
        ),
        # third batch, eFF1AbdkywU2MqBi (USA TODAY, the VA nominee's withdrawal)
        (
            'And millions of veterans and their families have paid the price."',
            "H3",
            ["veterans", "paid the price"],
        ),
        # second batch, by-country corpus (UA): one country's attack on another
        (
            "This is a clear signal that the support for Ukraine against the background of"
            " Russia's unprecedented aggression is being maintained and strengthened,\" the Deputy"
            " Minister of Foreign Affairs noted.",
            "C1",
            ["aggression"],
        ),
        # second batch, BASIL (a congressman's indictment): a person formally held responsible
        (
            "New York Republican Rep. Michael Grimm's attorney confirmed late Friday that federal"
            " prosecutors plan to file criminal charges against the congressman.",
            "R4",
            ["criminal charges"],
        ),
        (
            "U.S. Rep. Duncan Hunter (R-Calif.) and his wife, Margaret Hunter, were indicted"
            " Tuesday on charges of improperly using campaign funds for private use.",
            "R4",
            ["indicted"],
        ),
        (
            "WASHINGTON — Jesse L. Jackson Jr., the former Democratic representative from Illinois,"
            " pleaded guilty on Wednesday to one felony fraud count in connection with his use of"
            " $750,000 in campaign money to pay for living expenses and buy items like stuffed"
            " animals, elk heads and fur capes.",
            "R4",
            ["pleaded guilty"],
        ),
    ],
)
def test_the_round_answers_its_question(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question not in frame_questions(text, before)


def c1_cues(text: str, battery: Battery | None = None) -> list[str]:
    """The cue words of the C1 (disagreement) evidence of ``text``."""
    return [
        c.text for e in find_frames(text, battery=battery) if e.question == "C1" for c in e.cues
    ]


def test_invaders_answer_disagreement_in_a_war_story(before):
    # second batch, gnyt:1 (Guardian / NYT war stories: can Ukrainian forces recapture Kherson)
    text = (
        "But the talk now is of the impact of the US-made Himars rocket artillery, which the"
        " Ukrainian forces have been using to halt the Russian advance by striking ammunition"
        " dumps in the rear – 50 according to the country’s defence minister, Oleksiy Reznikov –"
        " and whether they can create the conditions for a successful advance towards Kherson,"
        " one of the largest cities captured by the invaders."
    )
    assert c1_cues(text) == ["invaders"]
    assert c1_cues(text, before) == []


def test_charged_with_a_duty_is_no_blame():
    # Frermann dev half: "charged with" as "tasked with" (why the round left it out)
    text = (
        "He knows much more about managing the agency and the technical side of the environmental"
        " statutes that EPA is charged with enforcing than Pruitt."
    )
    assert "R4" not in frame_questions(text)
    assert "R2" not in frame_questions(text)


def test_batch4_labels_are_complete():
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    assert len(labels) == 22 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()


def test_batch4_draw_is_one_per_excluded_topic_and_seeded():
    # 50 one-article topics fill the first batch; the excluded topics' stories are 700 words,
    # too long for the first batch (650) and within this one's bounds; "china" has two stories,
    # "europe" only one too long, "health" is no excluded topic
    topics = [f"t{i:02d}" for i in range(50)] + ["immigration", "china", "china", "europe"]
    topics += ["health"]
    words = ["word " * 400] * 50 + ["word " * 700] * 3 + ["word " * (MAX_WORDS + 1)]
    words += ["word " * 700]
    corpus = pd.DataFrame(
        {"id": [f"a{i}" for i in range(55)], "topic": topics, "text": words}
    ).assign(source="s", title="t")
    four = draw_frames_batch4(corpus)
    assert {"immigration", "china", "europe"} <= EXCLUDED_TOPICS
    assert len(set(draw_frames_batch(corpus)["topic"]) & EXCLUDED_TOPICS) == 0
    assert sorted(four["topic"]) == ["china", "immigration"]
    assert four["text"].str.split().str.len().between(MIN_WORDS, MAX_WORDS).all()
    assert four["id"].tolist() == draw_frames_batch4(corpus)["id"].tolist()
