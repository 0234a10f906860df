"""Reporting that left the body silently (review 47).

A bare name line shortly below the title ("Jake Johnson") is taken for the byline, and the
sentences between the title and it for the standfirst.  NPR's live posts print a crosshead in
title case a few lines under the title ("White House Sends Request", once its update stamp is
cut), which looks like a name: the two paragraphs of reporting above it were removed as
``standfirst`` (3 NPR articles on the four shared corpora, 6 paragraphs, 268 words).  A dek is
one paragraph: two paragraphs before a bare name line are the article's opening.  The lines
below are quoted from the AllSides article and from the bundled Common Dreams seed.
"""

import pytest

from analysis import clean_article

NPR_TITLE = "White House Asks Congress For War Powers To Fight ISIS"
NPR_P1 = (
    "In a move that is sure to set off a new round of debate over how the U.S. should fight "
    "ISIS, the Obama administration has sent Congress a request for formal authorization to use "
    "military force against the extremist group."
)
NPR_P2 = (
    "A copy of the new Authorization for the Use of Military Force, or AUMF, has been posted by "
    'the Senate Foreign Relations Committee; it says ISIS "poses a grave threat to the people and '
    "territorial integrity of Iraq and Syria, regional stability, and the national security "
    'interests of the United States and its allies and partners."'
)
NPR_P3 = (
    "Discussing draft versions of the request earlier this morning, Sen. Tim Kaine, D-Va., told "
    "NPR's Morning Edition that President Obama will ask Congress to authorize ground troops, "
    'with a prohibition on their use in "enduring offensive combat missions."'
)


def test_two_paragraphs_above_a_title_case_crosshead_stay_in_the_body():
    raw = "\n\n".join(
        [
            NPR_TITLE,
            NPR_P1,
            NPR_P2,
            "Update at 9:10 a.m. ET: White House Sends Request",
            "We've updated this post to reflect the news. Post continues:",
            NPR_P3,
        ]
    )
    art = clean_article(raw, title=NPR_TITLE)
    assert art.standfirst == ""
    assert art.byline == ""
    assert art.body.startswith(NPR_P1)
    assert NPR_P2 in art.body and NPR_P3 in art.body
    assert ("White House Sends Request", "heading") in art.removed


CD_TITLE = "Moscow Says Attack Will End 'In a Moment' If Ukraine Agrees to Demands"
CD_DEK = (
    "The Kremlin said Russia's demands include a commitment from Ukraine not to join NATO and a "
    "recognition of two breakaway regions as independent states."
)
CD_P1 = (
    "Kremlin spokesperson Dmitry Peskov outlined Russia's demands in a phone interview with "
    "Reuters ahead of a third round of negotiations between Russian and Ukrainian diplomats."
)


def test_one_dek_above_a_bare_name_still_goes_as_standfirst():
    # counter-case: the bundled Common Dreams layout, title / dek / name / body
    raw = "\n\n".join([CD_TITLE, CD_DEK, "Jake Johnson", CD_P1, NPR_P3])
    art = clean_article(raw, title=CD_TITLE)
    assert art.standfirst == CD_DEK
    assert art.byline == "Jake Johnson"
    assert art.body.startswith(CD_P1)


def test_two_lines_above_a_by_line_still_go_as_standfirst():
    # counter-case: a "By …" line is a byline by its row; two dek lines above it still go
    raw = "\n\n".join(
        [
            CD_TITLE,
            CD_DEK,
            CD_DEK.replace("Kremlin", "Kremlin also"),
            "By Jake Johnson",
            CD_P1,
            NPR_P3,
        ]
    )
    art = clean_article(raw, title=CD_TITLE)
    assert art.byline == "Jake Johnson"
    assert art.standfirst.startswith(CD_DEK)
    assert art.body.startswith(CD_P1)


# The Wall Street Journal's correction label alone on its line, its note on the next line
# (23 lone labels in the AllSides set, all WSJ): the note joins ``notes`` like the label and
# note printed on one line (review 46's row).
WSJ_BEFORE = (
    "The Senate voted 68 to 32 on Tuesday to approve the bill after weeks of negotiations over "
    "border security."
)
WSJ_NOTE = (
    "The surname of Sen. Richard Durbin of Illinois was misspelled as Durban in an earlier "
    "version of this article."
)
WSJ_AFTER = (
    "Write to Laura Meckler at laura.meckler@wsj.com and Miriam Jordan at miriam.jordan@wsj.com"
)


def test_a_lone_correction_label_takes_its_note_along():
    art = clean_article(
        "\n\n".join([WSJ_BEFORE, "Corrections & Amplifications", WSJ_NOTE, WSJ_AFTER])
    )
    assert art.notes == [f"Corrections & Amplifications: {WSJ_NOTE}"]
    assert WSJ_NOTE not in art.body
    assert ("Corrections & Amplifications", "correction") in art.removed
    assert (WSJ_NOTE, "correction") in art.removed
    assert art.body.startswith(WSJ_BEFORE)


def test_other_lone_labels_take_no_line_into_the_notes():
    # counter-cases: TheBlaze's crosshead "Clarifications" above reporting, and Newsmax's
    # "Editor's Note:" above an advert headline, are no correction label
    report = (
        "The authors do not appear to be biased in favor of Trump. Indeed they explicitly "
        "categorize elements of his language before and after the election as racist — but in "
        "ways that don't consistently tell the whole story."
    )
    art = clean_article("\n\n".join([WSJ_BEFORE, "Clarifications", report, WSJ_BEFORE + " Again."]))
    assert art.notes == []
    assert report in art.body
    advert = "Weird Trick Adds $1,000 to Your Social Security Checks"
    art = clean_article("\n\n".join([WSJ_BEFORE, "Editor's Note:", advert, WSJ_BEFORE + " Again."]))
    assert art.notes == []


# Interview transcripts (NPR's Morning Edition, Democracy Now!, Media Matters' and Townhall's
# transcripts): a turn cut off by the next speaker ends in a dash, not a stop, so the body rule
# took it for a caption (5+ words) or a heading (83 turns in 35 AllSides articles, 730 words).
# A speaker label in capitals and a colon, then speech ending in a dash, ends a sentence.
INSKEEP_BEFORE = (
    "CRUZ: Well, it is true the legislation I've introduced has an exception for those who are "
    "victims of genocide, those who are religious minorities."
)
INSKEEP_AFTER = (
    "CRUZ: Well, I believe that public policy should follow the science and follow the data."
)


@pytest.mark.parametrize(
    "turn",
    [
        "INSKEEP: He did talk about terrorism, if I might, and talked about extreme beliefs among, "
        "among Muslims --",
        "INSKEEP: Do you —",
        "AMY GOODMAN: The debate here is around school choice—",
        "TODD: Look --",
    ],
)
def test_a_turn_cut_off_by_a_dash_stays_in_the_body(turn):
    art = clean_article("\n\n".join([INSKEEP_BEFORE, turn, INSKEEP_AFTER]))
    assert turn in art.body.split("\n\n")
    assert art.removed == []


def test_a_bracketed_stage_note_in_a_transcript_is_still_a_heading():
    # counter-case: no speaker label, no dash: "[Laughter]" stays a heading
    art = clean_article("\n\n".join([INSKEEP_BEFORE, "[Laughter]", INSKEEP_AFTER]))
    assert ("[Laughter]", "heading") in art.removed
