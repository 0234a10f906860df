"""A stop glued to the next sentence ("borders.NATO") ends the sentence for the speaker of an
attribution, as a spaced stop does: seen in report 07 on the by-country corpus, whose
translated Polish copy lost the space after many stops ("around Ukrainian borders.NATO
countries" was a source). The sentences are quoted from that corpus (and GGT for the name with
a dot); the expected speakers are written by hand."""

import pytest

from analysis.detect.quotes import find_attributions

CASES = [
    (
        "For two weeks, a series of meetings of representatives of the Russian authorities with "
        "the leaders and ministers of NATO countries on the growing tension around Ukrainian "
        "borders.NATO countries warned that in the event of possible aggression they would not "
        "remain passive and threatened to impose sanctions on Russia.",
        ("NATO countries", "warned"),
    ),
    (
        "Anna Maria Dyner drew attention to the words that the President of Turkey recently said "
        "in the context of Ukraine, who met in Istanbul with President Volodymyr Zelnski.Erdogan "
        'emphasized that Russia and Ukraine "should return to peace conversations" and "Ukraine '
        'deserves membership in NATO."',
        ("Erdogan", "emphasized"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_speaker_starts_after_a_glued_stop(text, expected):
    assert expected in [(a.speaker, a.verb) for a in find_attributions(text)]


def test_a_name_with_a_dot_is_no_sentence_end():
    # GGT: the company e.GO; "e.G" is a glued stop to the pattern, but after a one-letter word
    text = (
        "“I’ve needed Tesla as a role model,” Guenther Schuh, e.GO’s founder, said in an interview."
    )
    assert [a.speaker for a in find_attributions(text) if a.verb == "said"] == ["Guenther Schuh"]
