"""Generic frames, ninth round: classes of false evidence of responsibility (R2, R4) found
on the dev halves.

Each sentence is a real sentence of a dev half (SemEval 2023, Frermann et al. 2023 or the
synthetic set), quoted as printed; the expected answers are written by hand from the question's
wording (Semetko & Valkenburg 2000: "an individual or group / some level of government is
responsible for the issue").  Each class is also checked against the battery as it was before
the round (its rows left out, the two bare rows it dropped put back), so the tests fail without
the change.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames import default_battery
from analysis.detect.frames.battery import Battery
from analysis.detect.frames.evidence import find_cues
from analysis.lexicons import bundled_path

#: The two rows the round dropped: bare 'failed' and 'failure' as blame.
DROPPED = [
    "failure,responsibility,blame,sv2000,responsibility for the problem (R2/R4),,,,",
    "failed,responsibility,blame,sv2000,responsibility for the problem (R2/R4),,,,",
]


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the ninth round."""
    tmp = tmp_path_factory.mktemp("before18")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "ninth round" not in ln]
    assert len(lines) - len(kept) == 3  # the rows of the round
    assert not set(DROPPED) & set(kept)
    return battery_from_cue_lines(tmp, kept + DROPPED)


# (sentence, question it answered wrongly before the round)
NO_LONGER = [
    # bare 'failed' / 'failure' is an outcome, not blame (R4; with a government word R2)
    (
        "Despite the theory’s obvious falsehoods, failed predictions, and origins in the U.S., it"
        " has attracted international fans who believe QAnon’s claims about global crime rings"
        " and imminent mass arrests.",
        "R4",
    ),
    (
        "On Tuesday, the government of the Democratic Republic of Congo announced an outbreak of"
        " Ebola hemorrhagic fever, a deadly virus that causes severe bleeding and organ failure,"
        " among other unpleasant symptoms.",
        "R2",
    ),
    (
        "However, a test vote on the proposal recently failed in the Senate with no senator"
        " voting to begin debate on the legislation.",
        "R2",
    ),
    # 'failed to' + a verb of success: something did not succeed (R4, R2)
    (
        "Of course, a lot of this alarmism from Ocasio-Cortez is a weak attempt to sell her"
        ' "Green New Deal," which already failed to pass through Congress with any yes votes.',
        "R2",
    ),
    (
        "Canada announced last month that it was bringing home the families of its diplomats in"
        " Cuba after a year-long investigation into the illness failed to reveal a cause.",
        "R4",
    ),
    (
        "Could Republicans not see the factories shutting down, or not understand why workers'"
        " wages had failed to rise for decades?",
        "R4",
    ),
    # 'responsible' before its noun: prudence (R4)
    ("Neither was the complaint against Barros without the support of responsible people.", "R4"),
    (
        "Eco-tourism is a growing trend that resorts are seeking to exploit around the world, as"
        " people seek to make more responsible choices in the face of climate change.",
        "R4",
    ),
]


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_false_evidence_of_the_dev_classes_is_gone(text, question):
    assert question not in frame_questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_round_answered_them(before, text, question):
    assert question in frame_questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand
STILL = [
    # a party's own failure (the possessive row), with a government actor R2
    (
        "President Trump then reminded everyone of the Obama administration’s failures in"
        " dealing with Russian meddling in the election.",
        "R2",
        ["administration", "failures"],
    ),
    (
        "These former officials attack Trump ferociously to hide their own failure and their own"
        " guilt.",
        "R4",
        ["failure"],
    ),
    # failing a duty stays blame
    (
        "Catholic bishop purges the names of his predecessors from church buildings for failing"
        " to protect children",
        "R4",
        ["failing to"],
    ),
    (
        "The lawsuit alleged that various oil companies had created a public nuisance in the"
        " state and failed to adequately warn customers, consumers and regulators about the"
        " risks posed by their products.",
        "R4",
        ["failed to"],
    ),
    # 'responsible' predicated or with 'for' stays blame
    (
        "Yet no two people are more responsible for the blunders of the post-Cold War era than"
        " McCain and Bush.",
        "R4",
        ["responsible for"],
    ),
    (
        "So, Rome is responsible [for the situation of the Church in Spain] because it is Rome"
        " who approves the nominations for bishops.",
        "R4",
        ["responsible"],
    ),
]


@pytest.mark.parametrize("text, question, cues", STILL)
def test_what_still_answers(text, question, cues):
    assert_frame_answer(text, question, cues)


def test_the_older_guard_of_responsible_investing_still_wins():
    # synthetic dev: the exact guard 'responsible investing' must not lose to the new regex
    # guard of 'responsible' (which would free 'investing' as a remedy, R3)
    text = (
        "HSBC has suspended its head of responsible investing amidst a public relations"
        " controversy over a conference speech making light of climate change risks."
    )
    assert not frame_questions(text) & {"R3", "R4"}


def test_the_guard_leaves_the_verb_to_the_other_cues():
    # made-up control: the outcome guard consumes 'failed to' only (a lookahead for the verb),
    # so 'win' still answers winners and losers (C4)
    cues = find_cues("The team failed to win the final.", default_battery())
    assert [(c.text, c.cue_class) for c in cues] == [("win", "win_lose")]
