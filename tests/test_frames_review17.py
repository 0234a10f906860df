"""Generic frames, seventh revision: classes of false evidence of human interest (H4) and
conflict (C1) found on the dev halves.

Each sentence is a real sentence of a dev half (Frermann et al. 2023 or SemEval 2023), quoted as
printed; the expected answers are written by hand from the question's wording (Semetko &
Valkenburg 2000).  Each class is also checked against the battery as it was before the revision
(its rows left out), so the tests fail without the change.  (The revision's R5 class, a word of
time answering only with an obligation or a call to act, was reverted: lexicons/frames/README.md.)
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames import default_battery
from analysis.detect.frames.battery import Battery
from analysis.detect.frames.evidence import find_cues
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery without the seventh revision."""
    tmp = tmp_path_factory.mktemp("before17")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "seventh revision" not in ln]
    assert len(lines) - len(kept) == 5  # the guards of the revision
    return battery_from_cue_lines(tmp, kept)


# (sentence, question it answered wrongly before the revision)
NO_LONGER = [
    # a source declining to comment is no disagreement between parties (C1); SemEval, Frermann dev
    ("The Vatican refused to comment on the letter when approached by BBC News.", "C1"),
    (
        "Meanwhile, his Cabinet members have refused to say whether Trump believes climate change"
        " is real and continue to question how much the scientific community understands about"
        " the threat and the role humans play in observed changes.",
        "C1",
    ),
    # a public figure named by kinship to an office holder (H4); Frermann dev
    (
        "Earlier this week Ivanka Trump, a senior White House adviser and the President's"
        " daughter, was asked about the Green New Deal proposal and what she would say to people"
        " who are enticed by the proposal's job guarantee.",
        "H4",
    ),
    (
        "American student activists, led by the daughter of Democratic Minnesota Rep. Ilhan Omar,"
        " demanded a Green New Deal, the legislation sponsored by New York Democratic Rep."
        " Alexandria Ocasio-Cortez.",
        "H4",
    ),
    # 'at home' as the home country (H4); SemEval and Frermann dev
    (
        "Popular at home but increasingly at odds politically and economically with mainstream"
        " European Union peers, Orban has thrived on external controversy, including repeated"
        " clashes with Brussels and lately the United Nations.",
        "H4",
    ),
    (
        "It's critical to keep the dollars at home, create the jobs locally instead of sending"
        ' the money overseas and creating jobs in foreign places," he said.',
        "H4",
    ),
    # a home as the scene or address of a news event (H4); SemEval dev
    (
        "Inspector Fabricio Oliveira of Rio de Janeiro’s police department says Frederik"
        " Barbieri was arrested Saturday morning at his home in Florida.",
        "H4",
    ),
    (
        "Attorney General William Barr leaves his home in McLean, Va., on Friday, March 22, 2019.",
        "H4",
    ),
]


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_false_evidence_of_the_dev_classes_is_gone(text, question):
    assert question not in frame_questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_revision_answered_them(before, text, question):
    assert question in frame_questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand
STILL = [
    # a refusal between parties (C1); Frermann dev
    (
        "Senate majority leader Mitch McConnell brought the Green New Deal to the floor for a"
        " vote, and Democrats refused to vote for it.",
        "C1",
        ["refused"],
    ),
    # a home destroyed, a child, a victim's family: private lives (H4); Frermann, SemEval dev
    (
        "How do you get to get your mourning started if I can't stop and put hands\" on the"
        " scattering of possessions left, asked resident Joyce Farinato, who wore gardening"
        " gloves and a mask Monday as she walked through the chunks of concrete and bent metal"
        " that were all that was left of her home in rural Sonoma County.",
        "H4",
        ["her home"],
    ),
    (
        "They're coughing a lot,\" said Elane Diaz, a nurse in the Rondonia state capital of"
        " Porto Velho, as she waited for a doctor's appointment at the city's 9 of July hospital"
        " with her 5-year-old-son Eduardo.",
        "H4",
        ["son"],
    ),
    (
        "Ryan Petty, whose daughter was among those killed, hailed the House's vote in a tweet.",
        "H4",
        ["daughter"],
    ),
]


@pytest.mark.parametrize("text, question, cues", STILL)
def test_what_still_answers(text, question, cues):
    assert_frame_answer(text, question, cues)


def test_the_guards_leave_the_words_around_them_to_the_other_cues():
    # made-up control: 'at home' after a cue word is guarded by a lookbehind, so the word before
    # it still answers its own question (C2 reproach), and the home country is no private life
    cues = find_cues("Critics say it drew criticism at home and abroad.", default_battery())
    assert [(c.text, c.cue_class) for c in cues][-1:] == [("criticism", "reproach")]
    assert not {c.cue_class for c in cues} & {"private_life"}
