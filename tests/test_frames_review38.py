"""Generic frames, twenty-seventh round (frames38): "immediately" that narrates, not urgency.

Responsibility is the frame with the thinnest margin over calling every article positive on the
three gold development halves (synthetic +0.001, SemEval +0.025, Frermann +0.004).  Its
false-positive cue with the most unframed stories after "should" is R5 "immediately" ("the
problem requires urgent action"): on the nine development sets 54 evidence sentences, most of
them a past narrative ("Kavanaugh immediately responded to Grassley.").  Rounds 22, 24 and 25
left the class as one of tense and mood; one guard row now holds the forms that narrate: after
was / were / had / not / almost / nearly, before a past-tense verb or after / following / upon /
before — unless "be" or "been" stands before it ("must be immediately banned" still answers).

The narrating sentences are real, from the development halves (SemEval, Frermann, synthetic) or,
where noted, from the AllSides corpus, quoted as printed.  Each is also run through the battery
as it was before the round (its row removed), so the tests fail without the change; the
counter-cases (a call for urgent action) must answer R5 the same before and after.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-seventh round (frames38)"


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-seventh round."""
    tmp = tmp_path_factory.mktemp("before38")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 1  # one guard, no row rewritten
    assert all(",guard,news,project," in ln for ln in changed)
    return battery_from_cue_lines(tmp, [ln for ln in lines if ROUND not in ln])


@pytest.mark.parametrize(
    "text",
    [
        # SemEval dev half, 112 (a past-tense verb after it)
        "Kavanaugh immediately responded to Grassley.",
        # SemEval dev half, 206 (after "was")
        (
            "The new sensational claim was immediately picked up by prominent reporters and major"
            " main stream outlets."
        ),
        # SemEval dev half, 100 (a time: "upon")
        (
            "Immediately upon the arrest of Lee Harvey Oswald, the official account was that this"
            " was just a lone nut, former U.S. Marine communist who decided, for no apparent"
            " reason, to assassinate Kennedy."
        ),
        # SemEval dev half, 178 (after "not be"; the fourteenth round's guard needs "not" first)
        "The Chinese foreign ministry could not be immediately reached for comment.",
        # Frermann dev half, 55 (after "almost")
        (
            "In this case, the U.S. became a signatory to the agreement but almost immediately"
            " signaled that it didn't intend to pursue its responsibilities."
        ),
        # synthetic dev half, 12 (an irregular-looking past: agreed)
        (
            "They were strangers, but as a mother, Ableyeva understood the man’s heartbreak and"
            " immediately agreed, taking care of the children in Poland until their mother"
            " arrived."
        ),
        # AllSides corpus, "Donald Trump and Ted Cruz Lead Anti-Iran Deal Rally" (before)
        (
            'Speaking immediately before Trump, Sen. Cruz called the Iran deal "catastrophic" and'
            ' the "single greatest national security threat facing America."'
        ),
    ],
)
def test_narrating_immediately_is_no_urgency(text, before):
    assert "R5" in frame_questions(text, before)
    assert "R5" not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # SemEval dev half, 5 (to + verb)
        (
            "And I am calling on Congress to immediately release the details of all of the 264"
            " cases of sexual harassment that have been settled since 1997.",
            ["immediately"],
        ),
        # Frermann dev half, 74 ("be" before it: a passive prescription)
        ('They must be immediately banned."', ["immediately"]),
        # Frermann dev half, 63 (after the verb of a call)
        (
            "People who cannot defend their property from approaching fires have been told they"
            " should leave immediately.",
            ["immediately"],
        ),
        # Frermann dev half, 182 (an order)
        ("She ordered the entire rule reinstated immediately.", ["immediately"]),
    ],
)
def test_a_call_for_urgent_action_still_answers(text, cues, before):
    assert_frame_answer(text, "R5", cues)
    assert "R5" in frame_questions(text, before)
