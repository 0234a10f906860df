"""Attribution round 31: the relative pronoun *that* as the subject of a reporting verb.

Sentences quoted from PolNeAR train articles (``../shared/validation/attribution-polnear``,
file named; the development split) and from the AllSides sample read in round 31
(``../shared/datasets/allsides-2012-2020``, outlet and article id named); expected values
written by hand.  PolNeAR's source of each PolNeAR sentence below is *that*.
"""

import pytest

from analysis.detect.quotes import analyse_quotes, find_attributions

# Class "relative *that* before a verb of saying": the speaker phrase ran from the sentence's
# start over its main clause ("They passed out water bottles that"), named the sentence's
# subject ("T-shirts" by accident, "Darrell Issa" wrongly) or was missing; now the pronoun as
# written, resolved to the noun phrase before it (as for *who* and *which*).
THAT_SAID = [
    (  # politico_2016-07-11_gay-republicans-push-for-pro-lgb
        "They passed out water bottles that said, “The Cuyahoga Republican party welcomes you "
        "to the Gay Games. Now isn’t that refreshing.”",
        "water bottles",
    ),
    (  # usa-today_2016-05-13_auction-of-gun-used-to-kill-tray
        "The listing, which got more than 185,000 views, was replaced at mid-morning Thursday "
        'by a message that said, "Sorry, but the item you have requested is no longer in the '
        'system."',
        "a message",
    ),
    (  # west-journal_2015-12-16_after-isis-death-order-on-down-s
        "Palin posted her message under a headline that said, “ISIS Declares Death to Children "
        "With Down Syndrome.”",
        "a headline",
    ),
]


@pytest.mark.parametrize("text, antecedent", THAT_SAID)
def test_that_before_said_is_the_written_speaker(text, antecedent):
    quotes, _ = analyse_quotes(text)
    (q,) = [q for q in quotes if q.kind == "direct"]
    assert text[q.speaker_start : q.speaker_end] == "that"
    assert q.verb == "said"
    assert q.speaker.endswith(antecedent)


def test_that_after_a_place_phrase():
    # wash-post_2015-11-10_opposition-appears-to-win-landsl: "T-shirts" was the speaker phrase
    # (the sentence's subject); PolNeAR's source is *that*
    text = 'T-shirts quickly appeared in front of NLD headquarters that said "We won."'
    quotes, _ = analyse_quotes(text)
    (q,) = [q for q in quotes if q.kind == "direct"]
    assert (text[q.speaker_start : q.speaker_end], q.verb) == ("that", "said")


def test_that_takes_over_a_wrong_sentence_subject():
    # AllSides, Salon, LlaszdofCx9pvydf: the email speaks, not the congressman named before
    text = (
        "Darrell Issa and other Republicans have scoured the record for a White House email "
        'that says, "Time for some taxman problems in Fort Tea," but they can\'t find one '
        "because one doesn't exist."
    )
    (a,) = [a for a in find_attributions(text) if a.verb == "says"]
    assert text[a.speaker_start : a.speaker_end] == "that"


# Counter-cases that must stay as they were.
def test_that_before_a_verb_that_is_not_always_speech_adds_no_attribution():
    # AllSides, USA TODAY, 5EMmYpVeNwPxWctM and Wall Street Journal, O8Glp8didtqjlQSc:
    # *threatens*, *has angered* after a relative *that* are no speech; they stay without an
    # attribution (PolNeAR train annotates 0.42 of such verbs)
    for text, verb in [
        (
            "Similar statements were issued in recent days by the Organization for Security and "
            "Cooperation in Europe (OSCE), the White House and Ukrainian authorities, who say "
            "pro-Russian separatists appear on the verge of a new offensive that threatens "
            "communities between the Russian border and Ukraine's Crimea region, which Russia "
            "annexed in March.",
            "threatens",
        ),
        (
            "Now, thousands of Americans who buy insurance on the individual market are "
            "receiving notice that their coverage has been cancelled, a development that has "
            "angered consumers and energized Republican opponents of the health-care law.",
            "angered",
        ),
    ]:
        assert not [a for a in find_attributions(text) if a.verb == verb]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('He argued that "the plan is dead."', "He"),  # a conjunction after a past form
        ('That said, "we are not done," he said.', "he"),  # the idiom, capitalised
        ("Sen. Susan Collins, R-Maine, who said she was “delighted” about it.", "who"),
    ],
)
def test_that_as_a_conjunction_and_who_unchanged(text, speaker):
    quotes, _ = analyse_quotes(text)
    (q,) = [q for q in quotes if q.kind == "direct"]
    assert text[q.speaker_start : q.speaker_end] == speaker
