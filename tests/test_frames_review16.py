"""Generic frames, sixth revision: classes of false evidence of responsibility (R3, R4) and
human interest (H1, H2, H4) found on the dev halves.

Each sentence is a real sentence of a dev half (Frermann et al. 2023, SemEval 2023 or the
synthetic set), quoted as printed; the expected answers are written by hand from the question's
wording (Semetko & Valkenburg 2000).  Each class is also checked against the battery as it was
before the revision (its guards left out, the remedial verbs with their past tense, the kinship
words of any case), so the tests fail without the change.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
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
        term = ln.split(",")[0]
        if "sixth revision" not in ln:
            kept.append(ln)
        elif ",remedy," in ln:
            kept.append(f"{term},responsibility,remedy,project,a remedial verb{OLD_FORMS[term]}")
        elif ",private_life," in ln:
            kept.append(f"{term},human_interest,private_life,project,a kinship word,,,,")
    assert len(lines) - len(kept) == 11  # the guards of the revision
    return battery_from_cue_lines(tmp, kept)


# (sentence, question it answered wrongly before the revision)
NO_LONGER = [
    # a kinship word capitalised is a title or a name (H4); Frermann dev
    ("The White House didn't respond to a request for comment from Mother Jones.", "H4"),
    # kinship said of fellow members of a faith or a nation (H4); SemEval and synthetic dev
    ("Dear brothers and sisters in Christ of the Diocese of Madison,", "H4"),
    (
        "As Dr. Tedros put it, “vaccine inequity is a matter of life and death for our brothers"
        " and sisters in lower income countries.”",
        "H4",
    ),
    # a person predicated of someone already in the story is no human example (H1); SemEval dev
    (
        "Trump praised Braun as a man who didn't need the position and is not a career politician.",
        "H1",
    ),
    ("I am not a fan of Donald Trump.", "H1"),
    (
        "This is a man who has, for 40 years, never troubled to hide his heterodox opinions and"
        " has devoted much of his life to a campaign to bring about precisely this outcome.",
        "H1",
    ),
    # eagerness and denied fear are no feelings that generate sympathy (H2); SemEval, Frermann dev
    (
        "Muslims anxious to use schools and textbooks to proselytize for Islam have found a"
        " welcoming environment in American public schools that are indefatigably committed to"
        " multiculturalism.",
        "H2",
    ),
    ('Republicans are not afraid of big ideas," he said.', "H2"),
    # a modelled health statistic and deaths that are not human are no human toll (H3);
    # Frermann dev
    (
        "The replacement, the Affordable Clean Energy rule, would lead to 1,400 additional"
        " premature deaths each year by 2030, according to EPA's own calculations.",
        "H3",
    ),
    (
        "In 2018, the Trump administration eliminated criminal penalties for unintentional"
        " migratory bird deaths resulting from industrial or agricultural activity, the New York"
        " Times reported.",
        "H3",
    ),
    # a duty or an office is no responsibility for a problem (R4); Frermann dev
    (
        "Instead, Light forwarded TheDCNF's request to the U.S. Global Change Research Program"
        " (USGCRP), which is responsible for producing the NCA.",
        "R4",
    ),
    ("But don't we have a responsibility to mitigate the next disaster?", "R4"),
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
    assert question not in frame_questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_revision_answered_them(before, text, question):
    assert question in frame_questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand
STILL = [
    # kinship in lower case, a person's family (H4); Frermann dev
    (
        "My father died of black lung, and I am in this struggle with others whose fathers and"
        ' husbands are dying of black lung right now," said Teri Blanton of Kentuckians for the'
        " Commonwealth, which represents Appalachian coal workers in North America.",
        "H4",
        ["father"],
    ),
    # a person introduced, not predicated (H1); SemEval dev
    (
        "A neighbor who heard the gunfire said it happened at a home where the occupants were"
        " “always arguing and fighting.”",
        "H1",
        ["A neighbor who"],
    ),
    # a toll counted (H3); SemEval dev
    (
        "The death toll has reached 26 and the vaccine will be rolled out at Mbandaka, the"
        " north-western city of 1.2 million recently struck by the outbreak.",
        "H3",
        ["death toll"],
    ),
    # responsibility for a problem (R4); Frermann dev
    (
        "The industries that are most responsible for pollution should be in charge of their own"
        " enforcement.",
        "R4",
        ["responsible for"],
    ),
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
    assert_frame_answer(text, question, cues)


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
    assert "R3" not in frame_questions(text)
