"""Live-update stamps glued to the entry they open (review 46).

NPR's live blogs open each entry with a stamp on the entry's own heading ("Update at 8:20 a.m.
ET. Hiring Picked Up In December:"); the line stayed in the body, so "update" became NPR's most
distinctive term in report 03 (z = 10.5 on a 400-article AllSides sample). CNN, Breitbart,
Townhall and the HuffPost stories of BASIL glue the same stamps to a paragraph of reporting.
The stamp alone is cut (reason ``byline``, the reason of the time-stamp row) and what follows
it stays. The lines below are quoted from the AllSides and BASIL articles; the counter-cases
are real sentences with "update"/"updated" that must keep their place.
"""

import pytest

from analysis import clean_article

BEFORE = (
    "According to Bloomberg News, economists expect to hear that there were 150,000 jobs added "
    "to public and private payrolls in December — about the same as the 146,000 added in "
    "November."
)
AFTER = "The morning's second employment-related report also brings at least modestly good news."


def _clean(line: str):
    return clean_article("\n\n".join([BEFORE, line, AFTER]))


@pytest.mark.parametrize(
    ("line", "stamp", "rest"),
    [
        (
            "Update at 8:20 a.m. ET. Hiring Picked Up In December:",
            "Update at 8:20 a.m. ET.",
            "Hiring Picked Up In December:",
        ),
        (
            '[Updated 6:26 p.m. ET] A "stay indoors" order has been lifted in Boston while the '
            "manhunt continues for the remaining suspect in Monday's Boston Marathon bombings.",
            "[Updated 6:26 p.m. ET]",
            'A "stay indoors" order has been lifted in Boston while the manhunt continues',
        ),
        (
            "UPDATE 11:47 AM ET: Yulia Tymoshenko says she will run for president of Ukraine.",
            "UPDATE 11:47 AM ET:",
            "Yulia Tymoshenko says she will run for president of Ukraine.",
        ),
        (
            "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed that expenses "
            "charged by Jackson and his wife to his campaign included $4,272.78 on the Navigator "
            "of the Seas cruise.",
            "UPDATE 2:52 p.m. --",
            "Additional records disclosed Wednesday revealed that expenses charged by Jackson",
        ),
        (
            "UPDATE: Richard Blumenthal defended himself against charges that he repeatedly made "
            "misleading comments about his military service during a press conference on Tuesday "
            "afternoon.",
            "UPDATE:",
            "Richard Blumenthal defended himself against charges",
        ),
    ],
)
def test_a_glued_update_stamp_is_cut_and_the_rest_of_the_line_kept(line, stamp, rest):
    art = _clean(line)
    assert (stamp, "byline") in art.removed
    assert rest in art.body
    assert stamp not in art.body
    assert BEFORE in art.body and AFTER in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Updated at 17.50 BST",  # the Guardian's stamp alone on its line (review 41)
        "Updated 3:47 p.m. ET, 1/20/2014",  # CNN: all of it is the stamp
        "Updated: Tues., 4/11/17, 9:50 a.m. ET",  # NPR
    ],
)
def test_a_stamp_alone_on_its_line_goes_whole(line):
    # counter-case: the inline cut leaves no piece of a stamp behind ("ET, 1/20/2014")
    art = _clean(line)
    assert (line, "byline") in art.removed
    assert "ET" not in art.body.replace("ET.", "")


@pytest.mark.parametrize(
    "line",
    [
        "Senate Republicans on Monday released an updated version of their plan to repeal and "
        "replace the Affordable Care Act.",
        "The Senate voted 89 to 10 for USMCA, an updated version of the North American Free "
        "Trade Agreement, or NAFTA.",
        "Google said in an updated statement Saturday it is helping with a national site.",
    ],
)
def test_update_inside_a_sentence_stays(line):
    art = _clean(line)
    assert line in art.body
    assert not any(reason == "byline" for _, reason in art.removed)


# Correction notes under USA TODAY's and the Wall Street Journal's label ("Corrections and
# clarifications:", "Corrections & Amplifications:"): the correction rows want "Correction:",
# so the note stayed in the body; it is the outlet's text and goes to ``notes``, as other notes.
USA_TODAY_NOTE = (
    "Corrections and clarifications: A prior version of this story misstated the status of Mike "
    "Flynn's legal case. He pleaded guilty to charges of lying to the FBI."
)
WSJ_NOTE = (
    "Corrections & Amplifications: Yildiz Holding's CFO is Cem Karakas. An earlier version of "
    "this article misspelled his surname as Karatas."
)


@pytest.mark.parametrize("line", [USA_TODAY_NOTE, WSJ_NOTE])
def test_a_labelled_correction_note_moves_to_notes(line):
    art = _clean(line)
    assert line not in art.body
    assert any("misspelled" in n or "misstated" in n for n in art.notes)
    assert (line, "correction") in art.removed


def test_corrections_named_in_a_sentence_stay():
    # counter-case: a sentence about corrections does not open with the label and a colon
    line = (
        "The newspaper's corrections and clarifications column ran a note on Sunday about the "
        "error in the story."
    )
    art = _clean(line)
    assert line in art.body
    assert art.notes == []
