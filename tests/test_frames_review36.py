"""Generic frames, twenty-fifth round (frames36): responsibility cues in another sense.

The responsibility frame is called on almost every article of the gold sets (76 % of SemEval's
dev half), so its precision rests on what its cue words mean in the sentence.  Reading the
false positives of the development sets by the cue that fired found three call and urgency
words that answer in a sense the question does not ask, now guard rows (each consuming only the
cue word; the words around it are looked behind or ahead): "pressed" for a question put by an
interviewer or for going on ("when pressed", "pressed on", "pressed ahead", "Colbert
pressed."; R3), "pressing" as a verb ("pressing for", "pressing ahead", "pressing a case"; R5
asks for the adjective of urgency), "appeal to" meaning be attractive to ("to appeal to white
guilt", "a show that would appeal to Donald Trump voters"; R3), "urgent care" naming a
clinic (R5), and "responsibility" as the duties of a job, a household or a budget ("fiscal
responsibility", "rights and responsibilities", "the responsibilities of his office"; R2/R4),
as the duty guards of the sixth revision.

The wrong-sense sentences are real, from the development sets (SemEval, Frermann dev halves,
batches 3 and 6) or, where noted, from an unlabelled AllSides sample (seed 36), quoted as
printed.  Each is also run through the battery as it was before the round (its rows removed), so
the tests fail without the change; the counter-cases (the word in the sense the question asks)
must answer the same question before and after.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-fifth round (frames36)"


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-fifth round."""
    tmp = tmp_path_factory.mktemp("before36")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 8  # eight guards, no row rewritten
    assert all(",guard,news,project," in ln for ln in changed)
    return battery_from_cue_lines(tmp, [ln for ln in lines if ROUND not in ln])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # SemEval dev half, 62 (questioned)
        (
            "The pattern of silence and, when pressed, flat-out denial has been Bergoglio’s policy"
            " since long before he came on the international scene.",
            "R3",
        ),
        # third frames batch, 4 (questioned)
        ("When pressed, he said, “Well, I would say over a period of eight years.”", "R3"),
        # sixth frames batch, 3 (went on)
        (
            "While the stand-off pressed on from winter into spring, case had become one of the"
            " most closely watched of the Mueller investigation.",
            "R3",
        ),
        # Frermann dev half, 191 (a follow-up question)
        ("The journalist pressed: \"It doesn't speak for itself, so is that a yes?", "R3"),
        # AllSides, unlabelled sample (seed 36), 291 (questioned)
        ("Pressed on the cost, he added: “We have bridges that are falling down.", "R3"),
        # SemEval dev half, 151 (the verb, not urgency)
        (
            "It was the Obama administration that recklessly abandoned the facts in pressing"
            " ahead with the deal.",
            "R5",
        ),
        # SemEval dev half, 103 (the verb, not urgency)
        (
            "This time, an email chain has emerged showing senior company executives pressing for"
            " the company to sway Latino voters to back Hillary Clinton.",
            "R5",
        ),
        # SemEval dev half, 18 (be attractive to)
        ("Smith also stated that the campaign has “to appeal to white guilt.”", "R3"),
        # AllSides, unlabelled sample (seed 36), 464 (be attractive to)
        (
            "His strategy has been to remain the sensible, moderate guy, the one who can appeal to"
            " centrists and moderates in a general election.",
            "R3",
        ),
        # SemEval dev half, 71 (duties)
        (
            '"People should be able to live without fear or panic and know their rights and'
            ' responsibilities as well as their recourses."',
            "R4",
        ),
        # AllSides, unlabelled sample (seed 36), 345 (a prudent budget)
        (
            '"You can say this or that about how she messages, but she stood up for free markets,'
            ' fiscal responsibility and respect for the Constitution."',
            "R4",
        ),
        # AllSides, unlabelled sample (seed 36), 130 (the duties of a post)
        (
            "Still, those who hope against hope that Trump's more extreme instincts will be"
            " mollified by the responsibilities of his office might take succor from his clear"
            " pleasure at the trappings of the White House and Air Force One.",
            "R4",
        ),
        # SemEval dev half, 184 (a clinic)
        (
            "David Hickey, a spokesman for the Security, Police, and Fire Professionals of America"
            " (SPFPA), Campos’s union, said he got a text that Campos had been taken to an urgent"
            " care facility, UMC Quick Care.",
            "R5",
        ),
    ],
)
def test_another_sense_answers_nothing(text, question, before):
    assert question in frame_questions(text, before)
    assert question not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "question", "cues"),
    [
        # Frermann dev half, 153 (a call on someone to act)
        (
            "While traveling abroad last week, Trump was repeatedly pressed to stay in the deal by"
            " European leaders and Pope Francis.",
            "R3",
            ["pressed"],
        ),
        # Frermann dev half, 34 (pressed for)
        (
            "They have pressed for an official DNC climate change debate because, they argue, it's"
            " needed to finally allot candidates the time to debate their plans in depth.",
            "R3",
            ["pressed"],
        ),
        # Frermann dev half, 163 (the adjective of urgency)
        (
            "California lawmakers stepped up with a bipartisan solution to one of the most"
            " pressing challenges facing our state, this nation, and the world.",
            "R5",
            ["pressing"],
        ),
        # SemEval dev half, 68 (appealed to someone to act)
        (
            "They appealed to the US on Wednesday to exempt them from sanctions as they continue to"
            " do business with Tehran.",
            "R3",
            ["appealed to"],
        ),
        # fifth frames batch, 10 (an appeal made to someone)
        (
            "Development gains reversed,” he said in his appeal to the president and members of"
            " the Security Council.",
            "R3",
            ["appeal to"],
        ),
        # AllSides, unlabelled sample (seed 36), 409 (responsibility for mistakes)
        (
            'But the governor took ultimate responsibility for the "mistakes that were made" when'
            " the order came down to close lanes on the bridge.",
            "R4",
            ["responsibility"],
        ),
        # second frames batch, 15 (an individual's responsibility)
        (
            "He held the audience spellbound with riffs on his personal life laced through his"
            " political philosophy, strong on personal responsibility.",
            "R4",
            ["responsibility"],
        ),
        # Frermann dev half, 129 (urgent change)
        (
            "It is already deadly serious and without urgent, dramatic change, it will be"
            " catastrophic.",
            "R5",
            ["urgent"],
        ),
    ],
)
def test_the_word_in_its_own_sense_still_answers(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question in frame_questions(text, before)
