"""Generic frames, fifth revision: classes of false evidence found on the dev halves, by question.

Each sentence is a real sentence of a dev half (SemEval 2023 or Frermann et al. 2023, quoted as
printed); the expected answers are written by hand from the question's wording (Semetko &
Valkenburg 2000) and the coders' instructions.  Each class is also checked against the battery
as it was before the revision (the fifth-revision rows left out, the old ``answered_by``), so
the tests fail without the change.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery, parse_answered_by, read_questions
from analysis.lexicons import bundled_path

#: answered_by of the questions the revision changed, as they were before it
OLD_ANSWERED_BY = {
    "R3": "solution|remedy|policy_tool+obligation|policy_tool+call_to_act",
    "R5": "urgency|call_to_act",
    "M3": "collective+obligation|prescription",
}


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery without the fifth revision: its guard, moral and deontic rows left
    out (the call-to-act rows only changed their note), bare 'humanity' a moral cue again, and
    the old answered_by of R3, R5 and M3."""
    tmp = tmp_path_factory.mktemp("before15")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "fifth revision" not in ln or ",call_to_act," in ln]
    assert len(lines) - len(kept) >= 40
    kept.append("humanity,morality,moral,sv2000,a moral message or moral vocabulary (M1),,,,")
    questions = [
        q._replace(answered_by=parse_answered_by(OLD_ANSWERED_BY[q.id]))
        if q.id in OLD_ANSWERED_BY
        else q
        for q in read_questions()
    ]
    return battery_from_cue_lines(tmp, kept, questions)


# (sentence, question it answered wrongly before the revision)
NO_LONGER = [
    # 'humanity' naming humankind is not a moral message (M1); Frermann dev
    ("What does this all mean for humanity?", "M1"),
    ("His likely replacement, Mike Pompeo, doesn't believe humanity is warming the planet.", "M1"),
    # 'justice' naming the legal system, an office or a charge (M1); SemEval dev
    (
        "An administrative error this month revealed that the US justice department had secretly"
        " filed criminal charges against Assange.",
        "M1",
    ),
    (
        "Congress has also launched several of its own probes into White House security"
        " clearances, Trump’s tax returns and possible obstruction of justice.",
        "M1",
    ),
    # 'justice' as the label of an agenda or a movement (M1); SemEval dev
    (
        "In the view of Gonzalez, society is progressing toward a social justice paradise ruled"
        " by a wise elite that knows what’s best for all.",
        "M1",
    ),
    # a formula, like 'thank God' (M2); Frermann dev
    (
        "Video shows Biden walking over to the woman, taking her hand, and making a solemn promise"
        ' to "end fossil fuel ... before 2050, God willing."',
        "M2",
    ),
    # necessity is practical, not a social prescription (M3); Frermann dev
    ('"I know that we have to deal with this crisis.', "M3"),
    ('We need to connect the dots," Castro said Wednesday.', "M3"),
    # a call to act without a word of urgency is not urgency (R5); SemEval dev
    (
        "About 30 Senate Democrats, starting with women, have urged the Minnesota Democrat to step"
        " down.",
        "R5",
    ),
    ("Hungarian Prime Minister Viktor Orban Calls For Global Anti-Migrant Alliance", "R5"),
]


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_false_evidence_of_the_dev_classes_is_gone(text, question):
    assert question not in frame_questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_revision_answered_them(before, text, question):
    # the sentences did answer the question before: the change is what the test above checks
    assert question in frame_questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand
STILL = [
    # 'humanity' as a moral term or quality (M1); Frermann and SemEval dev
    (
        "Opposition MPs have said the raging infernos are a 'crime against humanity' and blamed"
        " his policies for fuelling the blazes.",
        "M1",
        ["crime against humanity"],
    ),
    (
        "I don’t need anyone to affirm my humanity, I affirmed it,” she wrote in another tweet.",
        "M1",
        ["my humanity"],
    ),
    # 'justice' outside the legal and agenda terms (M1); SemEval dev
    ("Shame on those who are supposed to uphold law and justice!", "M1", ["justice"]),
    # a collective subject with a modal of moral obligation (M3); SemEval dev
    (
        "More than anything else, we as a Church must cease our acceptance of sin and evil.",
        "M3",
        ["we", "must"],
    ),
    # a call to act suggests a course of action (R3); SemEval dev
    (
        "About 30 Senate Democrats, starting with women, have urged the Minnesota Democrat to step"
        " down.",
        "R3",
        ["urged"],
    ),
    (
        "Hungarian Prime Minister Viktor Orban Calls For Global Anti-Migrant Alliance",
        "R3",
        ["Calls For"],
    ),
    # urgency stated (R5); Frermann dev
    ("We're running out of time to act.", "R5", ["running out of time"]),
]


@pytest.mark.parametrize("text, question, cues", STILL)
def test_what_still_answers(text, question, cues):
    assert_frame_answer(text, question, cues)


def test_the_question_table_records_the_new_answers():
    got = {q.id: q.answered_by for q in read_questions()}
    assert got["R5"] == parse_answered_by("urgency")
    assert got["M3"] == parse_answered_by("collective+deontic|prescription")
    assert parse_answered_by("call_to_act")[0] in got["R3"]  # on its own, not only with a policy
