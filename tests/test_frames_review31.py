"""Generic frames, twenty-first round: a cue whose generated inflection is another word.

``match`` ``auto`` adds the regular inflections of a cue's last word; for eight rows one of
them is another English word that answers nothing: "incoming" (income), "feed" (fee),
"waged"/"waging" (wage), "compromised"/"compromising" (compromise), "camped"/"camping" (camp),
"prevailing" (prevail), "divining" (divine), "justices" (justice, the judges of a court).  Those
rows are now written ``exact`` with their real inflections as ``variants``.  The idiom "no
shortage of" (there is plenty) is a guard.

The wrong-sense sentences are real: from the Frermann, SemEval and batch development sets,
quoted as printed.  Each is also run through the battery as it was before the round (the rows
restored as they were), so the tests fail without the change; the counter-cases (the cue in its
own sense) must answer the same question before and after.
"""

from __future__ import annotations

import csv
import io

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path

ROUND = "twenty-first round"


def _as_before(line: str) -> str | None:
    """A cues.csv line as it was before the round (None: the row is new)."""
    row = next(csv.reader([line]))
    if row[1] == "guard":
        return None
    row[4] = row[4].split("; as written (" + ROUND)[0]
    row[5], row[8] = "", ""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    return buf.getvalue()


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the twenty-first round."""
    tmp = tmp_path_factory.mktemp("before31")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    changed = [ln for ln in lines if ROUND in ln]
    assert len(changed) == 9  # eight rows written exact, one guard
    kept = [ln for ln in lines if ROUND not in ln]
    kept += [b for b in map(_as_before, changed) if b is not None]
    return battery_from_cue_lines(tmp, kept)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # Frermann dev half, 196
        (
            "A series of emails obtained by the Guardian between staff at the Natural Resources"
            " Conservation Service (NRCS), a USDA unit that oversees farmers' land conservation,"
            " show that the incoming Trump administration has had a stark impact on the language"
            " used by some federal employees around climate change.",
            "E1",
        ),
        # Frermann dev half, 135 ("income" answers E1 there; "feed" answered E2)
        (
            "Our blog often features stories about efforts to improve life for this planet's 7"
            " billion inhabitants: How to make sure everyone has access to clean water and power,"
            " medical care to stay healthy, enough income to feed their kids, education for the"
            " children so they can fulfill their potential.",
            "E2",
        ),
        # batch 3, 12
        (
            "The U.S. intelligence community announced in October that its investigators were"
            " confident that the Russian government ordered a hacking campaign waged against"
            " American targets in the run-up to last month’s election.",
            "E1",
        ),
        # SemEval dev half, 96
        (
            "In the meantime, evidence appears to have been compromised: In December 2016, the"
            " CAO notified congressmen that the caucus server had physically disappeared.",
            "R3",
        ),
        # Frermann dev half, 137
        (
            "In April 2017, Tamil Nadu farmers camped out in India's capital, Delhi, staging"
            " dramatic protests.",
            "C3",
        ),
        # batch 1, 14
        ("The prevailing framework for free expression is getting a do-over.", "C4"),
        # batch 5, 14
        (
            "Divining how much truth there is in these competing narratives is vastly more"
            " complex than ideologues of any stripe would like to think.",
            "M2",
        ),
        # Frermann dev half, 108
        (
            "Now the case is back at the Supreme Court, and what happens next is unclear,"
            " including whether the other justices on the bench will weigh in.",
            "M1",
        ),
        # Frermann dev half, 6
        (
            "There's no shortage of ideas about how this happens, but it's not quite clear how"
            " they all fit together.",
            "E3",
        ),
    ],
)
def test_another_word_answers_nothing(text, question, before):
    assert question in frame_questions(text, before)
    assert question not in frame_questions(text)


@pytest.mark.parametrize(
    ("text", "question", "cues"),
    [
        # synthetic dev half, 3
        (
            "This stands in stark contrast to upper-income countries like Canada, where 87% of"
            " the population have received at least one dose, or France at 80%.",
            "E1",
            ["income"],
        ),
        # batch 1, 28
        (
            "The stimulus checks are $1,200 for people with adjusted gross incomes below"
            " $75,000 and $2,400 for married couples making less than $150,000.",
            "E1",
            ["incomes"],
        ),
        (
            "Commutes for many low-wage employees in the city now stretch up to two or three hours"
            " daily.",
            "E1",
            ["wage"],
        ),  # synthetic dev half, 1
        # SemEval dev half, 0 (the EU, a government actor: R1)
        (
            "She may be given May 23, the day of EU elections, as a compromise but only if her"
            " deal passes the British parliament.",
            "R1",
            ["EU", "compromise"],
        ),
        ("The two sides reached several compromises.", "R3", ["compromises"]),  # made up
        ("Aides in the rival camps said little.", "C3", ["camps"]),  # made up
        # SemEval dev half, 91
        (
            "The gates of Hell will not prevail against the Church, as Our Lord promised.",
            "C4",
            ["prevail"],
        ),
        # SemEval dev half, 29
        (
            "They have no interest in serving justice when it comes to enforcing crimes against"
            " their own.",
            "M1",
            ["justice"],
        ),
        # Frermann dev half, 105
        (
            "The move came just two days after California fire officials dismissed Trump's"
            " claims that the fires have been exacerbated by a water shortage resulting from"
            ' "bad environmental laws."',
            "E3",
            ["shortage"],
        ),
    ],
)
def test_the_cue_in_its_own_sense_still_answers(text, question, cues, before):
    assert_frame_answer(text, question, cues)
    assert question in frame_questions(text, before)
