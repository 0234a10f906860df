"""Generic frames, seventh revision: classes of false evidence of responsibility (R5), human
interest (H4) and conflict (C1) found on the dev halves.

Each sentence is a real sentence of a dev half (Frermann et al. 2023 or SemEval 2023), quoted as
printed; the expected answers are written by hand from the question's wording (Semetko &
Valkenburg 2000).  Each class is also checked against the battery as it was before the revision
(its rows left out, "immediately", "at once" and "too late" answering R5 on their own), so the
tests fail without the change.
"""

from __future__ import annotations

import pytest
from conftest import battery_from_cue_lines

from analysis import find_frames
from analysis.detect.frames import default_battery
from analysis.detect.frames.battery import Battery, parse_answered_by, read_questions
from analysis.detect.frames.evidence import find_cues
from analysis.lexicons import bundled_path

#: the rows the revision changed, as they were before it
OLD_ROWS = {
    "immediately": "immediately,responsibility,urgency,sv2000,urgent action (R5),,,,",
    "at once": "at once,responsibility,urgency,sv2000,urgent action (R5),,,,",
    "too late": "too late,responsibility,urgency,sv2000,urgent action (R5),,,,",
    "before it is too late": (
        "before it is too late,responsibility,urgency,sv2000,urgent action (R5),,,,"
    ),
}


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery without the seventh revision."""
    tmp = tmp_path_factory.mktemp("before17")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = []
    for ln in lines:
        term = ln.split(",")[0]
        if term in OLD_ROWS:
            kept.append(OLD_ROWS[term])
        elif "seventh revision" not in ln:
            kept.append(ln)
    assert len(lines) - len(kept) == 9  # the rows the revision added
    questions = [
        q._replace(answered_by=parse_answered_by("urgency")) if q.id == "R5" else q
        for q in read_questions()
    ]
    return battery_from_cue_lines(tmp, kept, questions=questions)


def _questions(text: str, battery: Battery | None = None) -> set[str]:
    return {e.question for e in find_frames(text, battery=battery)}


# (sentence, question it answered wrongly before the revision)
NO_LONGER = [
    # a word of time that narrates is no urgent action (R5); SemEval and Frermann dev
    ("The White House did not immediately respond to a request for comment.", "R5"),
    ("Kavanaugh immediately responded to Grassley.", "R5"),
    (
        "The wish to have additional children, for example, is a cause for deep apprehension"
        " among environmentalists, who seem all at once indifferent and tone-deaf to how out of"
        " touch such a sentiment is.",
        "R5",
    ),
    ("Now, even if police would try to search the killer cop’s apartment, it’s too late.", "R5"),
    # the verb press is no urgency (R5); SemEval dev
    (
        "It was the Obama administration that recklessly abandoned the facts in pressing ahead"
        " with the deal.",
        "R5",
    ),
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
    assert question not in _questions(text)


@pytest.mark.parametrize("text, question", NO_LONGER)
def test_the_battery_before_the_revision_answered_them(before, text, question):
    assert question in _questions(text, before)


# (sentence, question, the cues that answer it): what still answers, written by hand
STILL = [
    # a word of time with an obligation modal or a call to act (R5); Frermann dev
    (
        "People who cannot defend their property from approaching fires have been told they"
        " should leave immediately.",
        "R5",
        ["immediately", "should"],
    ),
    (
        "Given the importance Congress placed on the authority of DOT and EPA for motor vehicle"
        " fuel economy and nationwide vehicle emissions standards under federal law, we urge you"
        " to act immediately to disassociate CARB from the commitments made by the four"
        ' automakers," the letter added.',
        "R5",
        ["act immediately"],
    ),
    (
        "'Greta embodies the moral authority of the youth activist movement demanding that we"
        " act immediately to solve the climate crisis.",
        "R5",
        ["act immediately"],
    ),
    (
        "We hope our bipartisan bill will spur action on climate change before it's too late.\"",
        "R5",
        ["before it's too late"],
    ),
    # the adjective of urgency (R5); synthetic dev
    (
        "“Today’s annual Earth Day Doodle addresses one of the most pressing topics of our time:"
        " climate change”, the company professed in a statement.",
        "R5",
        ["pressing"],
    ),
    # the verb press: a call to act (R3); SemEval dev
    (
        "This time, an email chain has emerged showing senior company executives pressing for"
        " the company to sway Latino voters to back Hillary Clinton.",
        "R3",
        ["pressing for"],
    ),
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
    ev = [e for e in find_frames(text) if e.question == question]
    assert ev, f"{question} not answered by {text!r}"
    assert [c.text for c in ev[0].cues] == cues
    assert text[ev[0].start : ev[0].end] == ev[0].text
    for c in ev[0].cues:
        assert text[c.start : c.end] == c.text


def test_the_question_table_records_the_words_of_time():
    got = {q.id: q.answered_by for q in read_questions()}["R5"]
    assert got == parse_answered_by("urgency|urgency_time+obligation|urgency_time+call_to_act")


def test_the_guards_leave_the_words_around_them_to_the_other_cues():
    # made-up control: 'at home' after a cue word is guarded by a lookbehind, so the word before
    # it still answers its own question (C2 reproach), and the home country is no private life
    cues = find_cues("Critics say it drew criticism at home and abroad.", default_battery())
    assert [(c.text, c.cue_class) for c in cues][-1:] == [("criticism", "reproach")]
    assert not {c.cue_class for c in cues} & {"private_life"}
