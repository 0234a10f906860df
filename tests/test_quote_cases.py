"""Quotation cases of the classes other projects test their quote extractors on.

textacy's ``direct_quotations`` tests (speaker, cue and content of each direct quotation) check
these classes: a speaker before the quotation; a pronoun speaker after it; a speaker after an
inverted verb, also coordinated ("reply Burton and Nick"); a second quotation that continues the
first one's speaker; a quoted title or a scare quote inside reported speech, which is no direct
quotation; an apostrophe inside a quotation; a quotation nested in another; a speaker described
at length after the verb.  The sentences below are this project's own, one or more per class
(none is copied from another project).
"""

from __future__ import annotations

import pytest

from analysis import find_quotes


def _direct(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker as written, cue, content) of each direct quotation."""
    return [
        (text[q.speaker_start : q.speaker_end] if q.speaker_start >= 0 else None, q.verb, q.text)
        for q in find_quotes(text)
        if q.kind == "direct"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # speaker and verb before the quotation
        (
            'Marta said, "We need the bridge rebuilt!"',
            [("Marta", "said", "We need the bridge rebuilt!")],
        ),
        # a pronoun after it, the speaker named in the sentence before
        (
            'Marta spoke from the town hall steps. "We need the bridge," she said.',
            [("she", "said", "We need the bridge,")],
        ),
        # an inverted verb, and the next quotation continues that speaker
        (
            '"We need the bridge!" insists Marta. "We truly do."',
            [("Marta", "insists", "We need the bridge!"), ("Marta", "insists", "We truly do.")],
        ),
        ('"Other towns disagree," she admitted.', [("she", "admitted", "Other towns disagree,")]),
        # an apostrophe inside the quotation
        (
            'He walked to the counter. "Where are the children\'s coats?" he asked.',
            [("he", "asked", "Where are the children's coats?")],
        ),
        # a quotation nested in another
        (
            "The visitor ate a sandwich. She told the staff, "
            "\"This 'sandwich with extra pickles' is great.\"",
            [("She", "told", "This 'sandwich with extra pickles' is great.")],
        ),
        # a speaker described at length after the verb; the next quotation continues
        (
            'He climbs on desks and waves the knife at clerks.\n"He is going to hurt someone. '
            'He says he wants to hurt people," said Anna Berg, a county detective who has '
            'followed the case for a year. "He has threatened people before."\nThey call him',
            [
                (
                    "Anna Berg",
                    "said",
                    "He is going to hurt someone. He says he wants to hurt people,",
                ),
                ("Anna Berg", "said", "He has threatened people before."),
            ],
        ),
    ],
)
def test_speaker_cue_and_content(text, expected):
    assert _direct(text) == expected


def test_a_pronoun_speaker_is_kept_as_written_and_resolved():
    text = 'Marta spoke from the town hall steps. "We need the bridge," she said.'
    (q,) = find_quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "she" and q.speaker == "Marta"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We want the bridge back!" say Marta and Jonas.', "Marta and Jonas"),
        ('"We want the bridge back!" said Marta and Jonas Berg.', "Marta and Jonas Berg"),
        ('"We want the bridge back!" Marta and Jonas said.', "Marta and Jonas"),
        ('Later Marta and Jonas said: "We want the bridge back."', "Marta and Jonas"),
        ('Russia and Ukraine said: "Talks will continue."', "Russia and Ukraine"),
    ],
)
def test_coordinated_speakers_are_one_speaker(text, speaker):
    # the speaker was one of the two names ("Marta" after the verb, "Jonas" before it), and a
    # base-form verb ("say") after a quotation found no plural subject
    ((written, _, _),) = _direct(text)
    assert written == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title inside reported speech is not a direct quotation
        'Marta says that her favourite film is "The Third Man".',
        'The critic claims his favourite album is "Blue Train Sessions".',
        # a scare quote after a verb of thought
        'Marta believes that the engineers are "heroes".',
    ],
)
def test_titles_and_scare_quotes_are_not_direct_quotations(text):
    assert _direct(text) == []


def test_a_partial_quotation_in_reported_speech_stays_direct():
    text = 'The minister said the plan was "a total disaster".'
    assert _direct(text) == [("The minister", "said", "a total disaster")]
