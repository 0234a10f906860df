"""Attribution round 22: constructions that lost their speaker or cue in AllSides output.

Sentences quoted from the AllSides corpus (outlet named; 1,000-article sample, seed 2222) and
PolNeAR train articles; expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


# Class "as X put it" after the quotation: the quote-only cue *put it* was only taken next to a
# quotation mark, and "as" stood between the mark and the speaker.
PUT_IT_AFTER = [
    (  # AllSides, Vox
        "It’s also “Boycott Nike!” to express outrage over “when somebody disrespects our "
        "flag,” as Trump put it in 2017, supposedly provoked by Kaepernick’s peaceful "
        "demonstration.",
        ("Trump", "put it"),
    ),
    (  # AllSides, Politico
        "The practice of corporate inversion offends the president’s sense of “economic "
        "patriotism,” as he put it in a speech a few weeks ago.",
        ("he", "put it"),
    ),
]


@pytest.mark.parametrize("text,expected", PUT_IT_AFTER)
def test_as_x_put_it_after_the_quotation(text, expected):
    assert expected in [(q.speaker, q.verb) for q in find_quotes(text)]


def test_as_x_talked_is_no_cue():
    # AllSides, Vox: a temporal "as" + a verb that is no "put it" stays without speaker
    text = (
        "One Republican Congress member walked passed him and audibly muttered, “Phony,” as "
        "Meadows talked to the TV cameras."
    )
    assert ("Meadows", "talked") not in [(q.speaker, q.verb) for q in find_quotes(text)]


# Class "emailed": no row, so an appositive speaker with an object after the verb ("emailed
# The Daily Beast") left the quotation without speaker.
EMAILED = [
    (  # AllSides, The Daily Beast
        "“I am well-versed with this terrorist and his network,” Allen, president of the "
        "Brookings Institution, emailed The Daily Beast, “and giving the Haqqani terror network "
        "the platform of the NYT for the expression of its views is a mistake.”",
        [("Allen", "emailed"), ("Allen", "emailed")],
    ),
    (  # AllSides, CNN
        "A recently retired Marine e-mailed, \"he's banking on Americans having total amnesia "
        'about 2001-2009."',
        [("A recently retired Marine", "e-mailed")],
    ),
]


@pytest.mark.parametrize("text,expected", EMAILED)
def test_emailed_is_a_cue(text, expected):
    assert _direct(text) == expected


def test_emailed_without_quotation_is_reported():
    # PolNeAR train (annotated cue): "A spokeswoman for the House Armed Services Committee
    # emailed reporters with the relevant text …"
    text = (
        "In April 2009, Douglas J. Band, who led the foundation's Clinton Global Initiative, "
        "emailed Ms. Abedin and Cheryl D. Mills, another top adviser."
    )
    assert ("Douglas J. Band", "emailed") in _cues(text)
