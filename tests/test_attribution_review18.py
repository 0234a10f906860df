"""Speaker phrases seen wrong in report 07 and on unlabelled AllSides news (issue 18): the
sentences are quoted from AllSides articles; the expected values are written by hand."""

from __future__ import annotations

import pytest

from analysis.detect.quotes import analyse_quotes


def _attributions(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.verb) for a in analyse_quotes(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase ran over the end of the sentence into the next one
        (
            "Mr. Slager stopped the driver of a Mercedes-Benz with a broken taillight, "
            "according to police reports. Mr. Scott ran away, and Officer Slager chased him.",
            ("police reports", "according to"),
        ),
        (
            "But they aren't there yet, according to multiple people involved. Late Sunday "
            "night, the two sides were still haggling.",
            ("multiple people involved", "according to"),
        ),
        # the eight-word cut left a dangling preposition (report 07, Fox News)
        (
            "Egyptians are increasingly blaming the Muslim Brotherhood, according to several "
            "sources who spoke to Fox News from Cairo.",
            ("several sources who spoke to Fox News", "according to"),
        ),
    ],
)
def test_the_source_of_according_to_ends_within_its_sentence(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"That\'s the only one," said one of the administration officials.',
            "one of the administration officials",
        ),
        ('"Can you hear the children screaming?" read one of the signs.', "one of the signs"),
    ],
)
def test_an_inverted_speaker_goes_on_after_one_of_the(text, speaker):
    assert _attributions(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Moore later sent out a series of tweets blaming \"The Obama-Clinton Machine's liberal "
        'media lapdogs."',
        "This is the attitude that killed four Americans in Benghazi when she was, as the "
        "saying goes, the responsible officer of the government.",
        "Seelman connects the suicide risk to “minority stress,” or the chronically high levels "
        "of stress from discrimination that stigmatized groups face.",
        "She stopped just short of saying the Benghazi attacks were House Republicans’ fault.",
        "Ward has $210,792 and Meluskey has $163,764, according to FEC reports as of March 31.",
    ],
)
def test_a_cue_word_after_an_article_or_of_is_a_noun(text):
    # each gave an attribution whose speaker was the words before the noun ("a series of",
    # "as the", "the chronically high levels of", "short of", "according to FEC")
    got = _attributions(text)
    assert all(verb == "according to" for _, verb in got), got


def test_a_verb_after_its_subject_is_still_a_cue():
    assert _attributions("The senator tweets that the bill is dead.") == [("The senator", "tweets")]
