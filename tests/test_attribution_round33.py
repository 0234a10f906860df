"""Attribution round 33: adverbs of time or frequency between a speaker and its verb.

Sentences quoted from the round-33 speakerless development set
(``analysis/evaluation/attribution_speakerless_labels.csv``: AllSides article id named), the
AllSides sample of rounds 32-33 (``sample(300, random_state=32)``) and PolNeAR train (file
named); expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes, find_attributions

# Class "adverbs between the auxiliary and the verb": *so* before *frequently* hid the subject.
DE_BLASIO = (  # AllSides vNuGHIsStaFt3Pc7 (speakerless set, item 24)
    "As de Blasio has so frequently said, “There’s plenty of money in the country, it’s just "
    "in the wrong hands.”"
)
# *often*, *now*, *always* after a name were read as part of the speaker phrase.
CRUZ = (  # AllSides sample, seed 32
    "Mr. Cruz often says Ronald Reagan overcame the same “Washington cartel” that is also his "
    "opposition, but he usually elides George W. Bush."
)
MEDIA = (  # PolNeAR train, breitbart (Benghazi hearing emails)
    "The U.S. media has always claimed itself to be an “unbiased” review of “the news,” and "
    "that its reporters do only that: report."
)
# Counter-cases: the modals are not skipped (*May* is a name; "can claim" reports no speech).
MAY = (  # AllSides sample, seed 32
    "“I fear we are reaching the limits of this process in this House,” May told parliament "
    "after the defeat."
)
CAN = (  # AllSides sample, seed 32
    "There’s no way Trump or his supporters can honestly claim the support of “the people.”"
)


def _speakers(text):
    return [(text[a.speaker_start : a.speaker_end], a.verb) for a in find_attributions(text)]


def test_so_before_an_adverb_in_ly_keeps_the_subject():
    quotes, _ = analyse_quotes(DE_BLASIO)
    # "Blasio": the lower-case particle *de* after *As* is dropped (left, as before the round)
    assert [(q.speaker, q.verb) for q in quotes] == [("Blasio", "said")]


def test_often_and_always_are_not_part_of_the_speaker():
    assert _speakers(CRUZ) == [("Mr. Cruz", "says")]
    assert ("The U.S. media", "claimed") in _speakers(MEDIA)


def test_modals_are_not_skipped():
    assert _speakers(MAY) == [("May", "told")]
    assert _speakers(CAN) == []
