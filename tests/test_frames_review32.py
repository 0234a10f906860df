"""Generic frames, twenty-second round: cues that answer in another sense of the word.

A report review of AllSides gun-policy coverage listed answers whose only cue is a word used in
a sense the question does not ask.  Five classes are data rows now: legislative "bills" (the E2
cost row is now a list of bills a household or a debtor pays), the idiom "no business being"
and a news outlet named "Business" (E3 guards), commitment to a mental institution (R3 guard),
a shop's counter (C1 guard), target shooting and soft targets (R3 guard).

The wrong-sense sentences are real: from the development sets (Frermann, SemEval, batches) or,
for the classes the development sets do not hold, from the unlabelled AllSides gun-policy
stories, quoted as printed.  Each is also run through the battery as it was before the round
(its rows restored), so the tests fail without the change; the counter-cases (the word in the
sense the question asks) must answer the same question before and after.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-second round"
#: The E2 row as it was before the round (the bare plural).
OLD_BILLS = "bills,economic,cost,sv2000,costs and the degree of expense (E2),,,,"


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-second round."""
    tmp = tmp_path_factory.mktemp("before32")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 6  # one E2 row rewritten, five guards
    assert sum(ln.startswith("utility bills,") for ln in changed) == 1
    kept = [ln for ln in lines if ROUND not in ln] + [OLD_BILLS]
    return battery_from_cue_lines(tmp, kept)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # batch 1, 42 (legislative bills)
        ("The House approved two bills, which the Senate already passed last week.", "E2"),
        # SemEval dev half, 158
        ("The Fifth Amendment has no business being brought up here.", "E3"),
        # fourth frames batch, 0 (a news outlet)
        (
            "“He stood in front of the American people with millions of people listening and he"
            " lied,” Giuliani told the Fox Business Network.",
            "E3",
        ),
        # AllSides gun policy, acJF1waeoveIBmE2 (unlabelled)
        (
            "“They talked about how there was all this anger, but he didn’t fit the criteria for"
            " an involuntary commitment.",
            "R3",
        ),
        # AllSides gun policy, VKSjKNHTmLTnfNK2 (unlabelled)
        (
            "A federal appeals court in Cincinnati deemed a law unconstitutional that kept a"
            " Michigan man who was committed to a mental institution from owning a gun.",
            "R3",
        ),
        # AllSides gun policy, pDnT3quKyVVWd9wW (unlabelled)
        (
            "Those working behind the counter, however, weren't interested in selling anything.",
            "C1",
        ),
        # Frermann dev half, 173
        (
            "Hunters, anglers, and target shooters are the best conservationists who contribute so"
            ' much through the Pittman-Robertson and Dingell-Johnson Acts," said Richard'
            " Childress, NRA vice president.",
            "R3",
        ),
        # AllSides gun policy, CX4n4EgGxmNKJWqp (unlabelled)
        ("Shooters prefer soft targets.", "R3"),
    ],
)
def test_another_sense_answers_nothing(text, question, before):
    assert question in frame_questions(text, before)
    assert question not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "question", "cues"),
    [
        # Frermann dev half, 163
        (
            "Clean energy isn't just good for the planet; it's good for consumers' monthly utility"
            " bills and for the economy.",
            "E2",
            ["utility bills"],
        ),
        # second frames batch, 8
        (
            "Employees would have to dip into their savings or borrow money to pay their bills, as"
            " there is no government program to help them.",
            "E2",
            ["pay their bills"],
        ),
        # Frermann dev half, 33
        (
            "Ken Miller, a 71-year-old who owns a construction business, liked the mayor's"
            " authenticity.",
            "E3",
            ["business"],
        ),
        # Frermann dev half, 57
        (
            "Now America stands alone – nearly 200 countries have joined this global commitment to"
            " fighting climate change, even global pariahs like North Korea and civil war-torn"
            ' countries like Syria."',
            "R3",
            ["commitment"],
        ),
        # SemEval dev half, 32
        (
            "Members of the Pope's own Commission for the Protection of Minors, set up in 2014 as"
            " part of efforts to counter sex abuse by clergy, have told the Associated Press they"
            " hand-delivered the letter to Francis's top adviser on sex abuse, Cardinal Sean"
            " O'Malley, in April 2015.",
            "C1",
            ["counter"],
        ),
        # Frermann dev half, 163
        (
            "Setting a target of 100 percent clean, renewable energy, as my Senate Bill 100 will do"
            " if signed into law, means that California will continue to be the world's clean"
            " energy superpower.",
            "R3",
            ["target"],
        ),
    ],
)
def test_the_word_in_its_own_sense_still_answers(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question in frame_questions(text, before)
