"""Attribution round 34: direct quotations left without a speaker (round 33's speakerless set).

Sentences quoted from the round-33 speakerless development set
(``analysis/evaluation/attribution_speakerless_labels.csv``: AllSides article id named), an
AllSides sample (``sample(300, random_state=34)``) and PolNeAR train (file named); expected
values written by hand.
"""

from analysis.detect.quotes import analyse_quotes, find_attributions

# Class "a progressive with a contracted auxiliary": *he’s saying* was not read as *he is
# saying*, so the participle found no subject.
MEANTIME = (  # AllSides (speakerless set, item 31)
    "He’s not tipping his hand in the slightest. And in the meantime, he’s essentially saying, "
    "“Immigration: talk amongst yourselves.”"
)
ENGINES = (  # AllSides sample, seed 34 (yQE7Lxhv4x6BguhP)
    "If we build new nuclear weapons and then expand those arsenals, they’re basically telling "
    "the other countries, “Start your engines.”"
)
# Counter-cases: after a name or a noun, *'s* is a possessive (PolNeAR train).
TELLING = (  # breitbart 2016-02-20, "the latest"
    "A major Muslim civil rights group says Republican presidential candidate Donald Trump’s "
    "telling of a discredited story about a U.S. general was wrong."
)
FOX = "Fox News's reporting often tells a much different story."  # nyt 2016-08-01, Ailes


def _speakers(text):
    return [(text[a.speaker_start : a.speaker_end], a.verb) for a in find_attributions(text)]


def test_a_contracted_progressive_keeps_its_pronoun_subject():
    quotes, _ = analyse_quotes(MEANTIME)
    assert [(q.speaker, q.verb) for q in quotes] == [("he", "saying")]
    quotes, _ = analyse_quotes(ENGINES)
    assert [(q.speaker, q.verb) for q in quotes] == [("they", "telling")]


def test_a_possessive_before_a_gerund_is_no_progressive():
    assert [v for _, v in _speakers(TELLING)] == ["says"]
    assert _speakers(FOX) == [("Fox News's reporting", "tells")]
