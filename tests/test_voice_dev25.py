"""Reported speech of the twenty-fifth development round of the hit audit (issue 17, audit35):
the evidential passive of a verb of thinking with its infinitive and a verb of finding with a
small clause (voice_frames.csv, thought_to_be and find_it_adjective); each case a real sentence
of the development rounds or of unlabelled dev-half articles, expected voices by hand."""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers


def _voice(text: str, word: str) -> str:
    got = [m.voice for m in find_markers(text) if text[m.start : m.end] == word]
    assert got, (text, word)
    return got[0]


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # thought_to_be: hit audit dev13 and dev20 (AllSides), read as the author's before
        ("Dependency was thought to be shameful.", "shameful", "reported"),
        (
            "And then we are left with an absence of reasons not to engage in behavior that was "
            "once presumed to be both immoral and justifiably illegal.",
            "immoral",
            "reported",
        ),
        # counter-cases: the evidential passive of 'believe' stays without a clause (the
        # decision of tests/test_voice.py), an obligation is the outlet's
        ("He is believed to have been a brutal commander.", "brutal", "author"),
        ("It was supposed to be a disastrous photo opportunity.", "disastrous", "author"),
        # find_it_adjective: hit audit dev24 (AllSides), read as the author's before
        (
            "Bizarre behavior like this always seems to make headlines because even abortion "
            "advocates find it disturbing.",
            "disturbing",
            "reported",
        ),
        # counter-cases: the writer's own judgement, a place after the pronoun
        ("I find it disturbing that nobody noticed.", "disturbing", "author"),
        ("Police found it in a car, a disturbing sight.", "disturbing", "author"),
        # unlabelled dev-half AllSides: the writer's verb coordinated after "I am", and
        # "found that", a complementizer (the poll's finding is not this frame's)
        (
            "I am also a year away from being 90 and find it hard to believe that there is "
            "anything wrong with this.",
            "believe",
            "author",
        ),
        ("I just find it hard to believe that my experience is so unusual.", "believe", "author"),
        (
            "A Pew Research Center poll from last year found that about 40 percent of both "
            "Democrats and Republicans belong to their party because they oppose the other party.",
            "about",
            "author",
        ),
    ],
)
def test_voice_of_dev25_frames(text, word, voice):
    assert _voice(text, word) == voice
