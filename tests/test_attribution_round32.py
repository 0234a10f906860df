"""Attribution round 32: a verb that leads the next quotation by a colon.

Sentences quoted from PolNeAR train articles (``../shared/validation/attribution-polnear``,
file named; the development split) and from the AllSides sample read in round 32
(``../shared/datasets/allsides-2012-2020``, article id named); expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes, find_attributions

# Class "an inverted verb that leads the next quotation by a colon": in '"…." He added: "…"'
# the verb before the colon took the quotation before it too, over that quotation's own
# attribution earlier in its sentence.
CARSON = (  # politico_2015-12-23_ben-carson-hints-at-major-campai
    "The retired neurosurgeon has provided no details about how he planned to reboot his "
    "campaign, saying in his statement only that he was “refining some operational practices "
    "and streamlining some staff assignments to more aptly match the tasks ahead.” He added: "
    "“My senior team remains in place with my full confidence, and they will continue to "
    "execute our campaign plan.”"
)
CLINTON = (  # west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh
    "In the spring after the email scandal broke, Clinton emphatically proclaimed at a press "
    "conference, “I did not email any classified material to anyone on my email. There is no "
    "classified material.” The presidential candidate reiterated: “I’m certainly well-aware of "
    "the classification requirements and did not send classified material.”"
)


def _direct(text):
    quotes, _ = analyse_quotes(text)
    return [q for q in quotes if q.kind == "direct"]


def _written(text, q):
    return text[q.speaker_start : q.speaker_end] if q.speaker_start >= 0 else None


def test_colon_verb_leaves_the_quotation_before_it_to_its_own_sentence():
    first, second = _direct(CARSON)
    assert _written(CARSON, first) == "The retired neurosurgeon"  # PolNeAR's source
    assert (_written(CARSON, second), second.verb) == ("He", "added")


def test_colon_verb_leaves_the_quotation_before_it_to_its_own_verb():
    first, second = _direct(CLINTON)
    assert (_written(CLINTON, first), first.verb) == ("Clinton", "proclaimed")
    assert (_written(CLINTON, second), second.verb) == ("The presidential candidate", "reiterated")


# Counter-cases that must stay as they were.
def test_a_verb_that_ends_its_sentence_still_takes_the_quotation_before_it():
    text = "“We will win,” he said. “We will win again.” He added. “My team remains.”"
    assert [(_written(text, q), q.verb) for q in _direct(text)][:2] == [
        ("he", "said"),
        ("He", "added"),
    ]


def test_a_colon_verb_after_a_comma_quotation_keeps_both():
    # the same sentence: the verb after the quotation's comma is its own ("“…,” he added: “…”")
    text = "“We will win,” he added: “My senior team remains in place.”"
    assert [(_written(text, q), q.verb) for q in _direct(text)] == [
        ("he", "added"),
        ("he", "added"),
    ]


def test_a_continued_speaker_before_the_colon_quotation_is_kept():
    # AllSides 3Uk7HR1fxwOYtcpb shape: a quotation after its speaker's sentence continues it
    text = (
        "“That’s a complicated question,” Mr. Cruz replies. “I remain a big fan.” He added: "
        "“I think he’s a good man.”"
    )
    assert [_written(text, q) for q in _direct(text)] == ["Mr. Cruz", "Mr. Cruz", "He"]


# Class "a reporting verb in an infinitive after a subject-control word" (data:
# lexicons/control_infinitives.csv): the quotation had no speaker; now the subject of the
# control word ("was prompted", "have been trying"), as for "went on to say".
CONTROL = [
    (  # nyt_2016-03-12_republicans-lower-volume-in-deba
        "But much of the debate was so subdued that Mr. Trump was prompted to say, ''So far, I "
        "cannot believe how civil it's been up here.''",
        "Mr. Trump",
    ),
    (  # AllSides 33UoDkVpGna180iq
        "And many of the Republicans have been trying to say, “Oh, you can take away health "
        "insurance from 22 million people, and nothing will happen.”",
        "the Republicans",
    ),
]


def test_control_word_subject_speaks_the_infinitive_quotation():
    for text, speaker in CONTROL:
        (q,) = _direct(text)
        assert (_written(text, q), q.verb) == (speaker, "say")


def test_a_subject_that_refuses_or_only_tries_is_no_speaker():
    # "refused to say" is not in the table: the refusal stays the cue
    text = "He refused to say, “I was wrong.”"
    (q,) = _direct(text)
    assert q.verb == "refused"
    # AllSides VaviZ3JWKZj1xX5g: an attempt with no quotation after it reports no speech
    text = (
        "In one instance, when the President tried to claim Mueller had a conflict of interest "
        "because of a membership dispute at a Trump golf club, Bannon wrote it off."
    )
    assert not [a for a in find_attributions(text) if a.verb == "claim"]
