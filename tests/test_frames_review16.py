"""Generic frames, sixth revision: two classes of false evidence of R3 ("does the story suggest
solution(s)?") found on the dev halves.

Each sentence is a real sentence of the Frermann et al. (2023) dev half, quoted as printed; the
expected answers are written by hand from the question's wording (Semetko & Valkenburg 2000).
Each class is also checked against the battery as it was before the revision (the forecast
guard left out, the remedial verbs with their past tense), so the tests fail without the change.
"""

from __future__ import annotations

import pytest

from analysis import find_frames
from analysis.detect.frames.battery import (
    Battery,
    read_length_powers,
    read_questions,
    read_thresholds,
)
from analysis.detect.markers.lexicon import compile_lexicon
from analysis.lexicons import bundled_path

#: the remedial verbs whose past tense the revision left out, as they were before it
OLD_FORMS = {
    "reduce": ",,,,",
    "curb": ",,,,",
    "mitigate": ",,,,",
    "ease the": ",exact,,,eases the|eased the|easing the",
    "lower the": ",exact,,,lowers the|lowered the|lowering the",
    "limit the": ",exact,,,limits the|limited the|limiting the|limits on|limit on",
    "phase out": ",exact,,,phases out|phased out|phasing out",
}


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery without the sixth revision."""
    tmp = tmp_path_factory.mktemp("before16")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = []
    for ln in lines:
        if "sixth revision" not in ln:
            kept.append(ln)
        elif ",guard," not in ln:
            term = ln.split(",")[0]
            kept.append(f"{term},responsibility,remedy,project,a remedial verb{OLD_FORMS[term]}")
    assert len(lines) - len(kept) == 1  # the forecast guard
    cues = tmp / "cues.csv"
    cues.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return Battery(
        questions=read_questions(),
        cues=compile_lexicon([str(cues)]),
        files=(str(cues),),
        thresholds=read_thresholds(),
        length_powers=read_length_powers(),
    )


def _questions(text: str, battery: Battery | None = None) -> set[str]:
    return {e.question for e in find_frames(text, battery=battery)}


# (sentence, question it answered wrongly before the revision); Frermann dev
NO_LONGER = [
    # a forecast quantity is not a goal pursued
    (
        "Annual losses in some economic sectors are projected to reach hundreds of billions of"
        " dollars by the end of the century — more than the current gross domestic product (GDP)"
        ' of many U.S. states," the report says.',
        "R3",
    ),
    # a remedial verb in the past tense reports a change that happened
    (
        "Since 1990, the country has achieved a 38 percent decrease in carbon dioxide emissions"
        " and has reduced its annual emissions by more than 43 percent (this, despite"
        " considerable economic growth).",
        "R3",
    ),
]


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_false_evidence_of_the_dev_classes_is_gone(text, question):
    assert question not in _questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_revision_answered_them(before, text, question):
    assert question in _questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand; Frermann dev
STILL = [
    # a remedial verb that is not past: a course of action stated
    (
        "Mr. Obama declared that the United States would reduce its planet-warming carbon"
        " pollution about 26 percent from 2005 levels by 2025.",
        "R3",
        ["reduce"],
    ),
    (
        "With Congress deadlocked and President Donald Trump pulling the United States out of the"
        " Paris climate agreement, Virginia's election also highlights how the biggest"
        " opportunities to curb greenhouse gases are occurring at the state level.",
        "R1",
        ["Congress", "curb"],
    ),
    # a goal pursued
    (
        "For a two in three chance of keeping temperatures within 1.5C, we'd have to reduce"
        " emissions in a straight line to zero from where we are now over the next 40 years.",
        "R3",
        ["reduce"],
    ),
]


@pytest.mark.parametrize("text, question, cues", STILL)
def test_what_still_answers(text, question, cues):
    ev = [e for e in find_frames(text) if e.question == question]
    assert ev, f"{question} not answered by {text!r}"
    assert [c.text for c in ev[0].cues] == cues
    assert text[ev[0].start : ev[0].end] == ev[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Emissions were reduced by a third.",
        "The plant phased out coal in 2015.",
        "Officials expected to reach a deal by Friday.",
    ],
)
def test_the_past_and_the_forecast_answer_no_solution(text):
    # made-up controls of the two classes
    assert "R3" not in _questions(text)
