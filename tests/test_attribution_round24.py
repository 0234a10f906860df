"""Attribution round 24: constructions that lost or stretched their speaker.

Sentences quoted from the AllSides corpus (outlet and article id named; development batch of
round 24: 2,000 articles of the PolNeAR publishers outside round 23's draw, seed 2424); expected
values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


# Class "inverted speaker runs into the next sentence": the speaker phrase after an inverted
# verb ended only at punctuation, so a name and the next sentence's first words became one
# speaker ("Monmouth pollster Patrick Murray. Voters"), and a quotation after the next sentence's
# pronoun lost the speaker of the one before it.
INVERTED_SENTENCE_END = [
    (  # AllSides, USA TODAY, MVKOVFezrLZ55bir
        "“That’s usually what really happens,” said Monmouth pollster Patrick Murray. Voters, "
        "Murray said, don’t make the same calculus that strategists do when considering possible "
        "running mates.",
        [("Monmouth pollster Patrick Murray", "said")],
    ),
    (  # AllSides, USA TODAY, rfpqrOtoEMezEyCP
        'Yet two houses away, "we didn\'t even lose any glasses," said Jorge Garcia. He lives in '
        "a newer home built under stricter building codes.",
        [("Jorge Garcia", "said")],
    ),
    (  # AllSides, USA TODAY, d9Y6Lx3OO9mRFYxl
        "“During Obama's eight years in office, the Democrats have lost more House, Senate, state "
        "legislative and governors seats than under any other president,” writes NPR’s Mara "
        'Liasson. She adds, "Democrats currently hold fewer seats."',
        [("NPR’s Mara Liasson", "writes"), ("NPR’s Mara Liasson", "adds")],
    ),
]


@pytest.mark.parametrize("text, expected", INVERTED_SENTENCE_END)
def test_inverted_speaker_ends_with_its_sentence(text, expected):
    assert _direct(text) == expected


def test_inverted_speaker_keeps_a_title_full_stop():
    # a title's full stop is no sentence end: the speaker keeps the name after it
    text = '"We will win," said Sen. John Smith. He added that the party would hold.'
    assert _cues(text)[0] == ("Sen. John Smith", "said")
