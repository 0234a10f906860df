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

# Class "a verb of boasting missing from the table": *gloated* (rows beside *boasted*, *bragged*).
MEDVEDEV = (  # The Guardian (speakerless set, items 64-65)
    "The deputy chair of Russia’s security council, Dmitry Medvedev, gloated that Johnson’s "
    "resignation was “the logical result of British arrogance and mediocre policy”."
)
SOUTH_CAROLINA = (  # AllSides JKdmfF16zHV3MW2F (all 60 AllSides articles with "gloat")
    '"He\'s the new metric for "far left" and it\'s awesome!" gloated a South Carolina Republican.'
)
# Counter-case: *gloating* as a noun after a determiner stays no verb.
THE_GLOATING = "The gloating of the winners was loud, “a victory lap,” one aide said."

# Class "a channel phrase between the speaker and the verb" (lexicons/channel_nouns.csv): "in a
# series of tweets" hid the subject, or became the speaker phrase.
TWEETS = (  # AllSides foqNksoghuYuiOew (speakerless set, item 45)
    'Trump in a series of tweets accused Fox News of "promoting the Democrats through their DNC '
    "Communications Director, spewing out whatever she wanted with zero pushback by anchor, "
    '@SandraSmithFox."'
)
SPEECH = (  # PolNeAR train, huff-post 2016-07-18 (gold source "Trump", cue "called")
    "The rejection of the party’s received wisdom was complete when Trump in his announcement "
    "speech called undocumented immigrants from Mexico “rapists” (although he allowed that some "
    "might be good people) and promised to build a wall along the southern border."
)
REMARKS = (  # AllSides nvSCyJCOtC6BPnpW (channel-phrase sample, seed 342)
    "Trump in his remarks called federal workers “incredible patriots” who “have suffered far "
    "greater than anyone.”"
)
# Counter-cases: a common noun before the phrase, the medium's participle, its relative clause.
LANGUAGE = (  # PolNeAR train, breitbart 2016-07-05
    "But Ryan’s language in the statement makes clear that he is being polite and showing "
    "“respect” to the FBI."
)
REVOLT = (  # PolNeAR train, politico 2016-07-18
    '"And a lot of it has to do with the economic situation that exists in this country," the '
    "retired neurosurgeon told REVOLT TV in a video posted to its Twitter account."
)
RATCLIFFE = (  # AllSides D0hweYXpjoFDtOcM (channel-phrase sample, seed 342)
    "Senate Majority Leader Mitch McConnell, R-Ky., didn't mention Ratcliffe in a statement on "
    "Sunday that praised Coats but that also emphasized what McConnell called the need."
)


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


def test_a_channel_phrase_is_no_part_of_the_speaker():
    quotes, _ = analyse_quotes(TWEETS)
    assert [(q.speaker, q.verb) for q in quotes] == [("Trump", "accused")]
    quotes, _ = analyse_quotes(SPEECH)
    assert [(q.speaker, q.verb) for q in quotes] == [("Trump", "called")]
    quotes, _ = analyse_quotes(REMARKS)
    assert [(q.speaker, q.verb) for q in quotes] == [("Trump", "called")] * 2


def test_a_channel_phrase_after_a_noun_a_participle_or_before_that_stays():
    assert ("Ryan’s language", "makes clear") not in _speakers(LANGUAGE)
    assert [v for _, v in _speakers(REVOLT)] == ["told"]
    assert "praised" not in [v for _, v in _speakers(RATCLIFFE)]


def test_gloated_is_a_verb_of_boasting():
    quotes, _ = analyse_quotes(MEDVEDEV)
    assert [(q.speaker, q.verb) for q in quotes] == [("Dmitry Medvedev", "gloated")]
    quotes, _ = analyse_quotes(SOUTH_CAROLINA)
    assert {(q.speaker, q.verb) for q in quotes} == {("a South Carolina Republican", "gloated")}


def test_the_gloating_is_no_verb():
    assert [v for _, v in _speakers(THE_GLOATING)] == ["said"]
