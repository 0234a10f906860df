"""Attribution round 36: reporting-verb errors of PolNeAR train, by class.

Sentences quoted from PolNeAR train (file named) and an AllSides sample (article id named);
expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes, find_attributions

# Class "a participle cue whose object is the quotation": the quotation took the verb after its
# closing mark, the main clause's verb ("told", "urged"), not the participle that introduces it.
GORE = (  # PolNeAR train, politico_2016-07-24_al-gore-to-skip-democratic-conve (gold: citing)
    "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO "
    "that Gore plans to skip the festivities in Philadelphia where his former running mate will "
    "be nominated."
)
MUSEUM = (  # PolNeAR train, nyt_2015-11-24_world-war-ii-haunts-our-terror-d (gold: recalling)
    "Recalling ''the consequences to Jews who were unable to flee Nazism,'' the statement urged "
    "Americans and their leaders to ''avoid condemning today's refugees as a group.''"
)
# Counter-cases: a label with a colon before the quotation (Axios), and a participle after a
# quotation that ends its own sentence.
AXIOS = (  # AllSides v7nSzCNppL6lYxTn
    "What they're saying: \"The President's tweet that suggests that Lori was murdered without "
    "evidence (and contrary to the official autopsy) — is a violation of Twitter's community "
    'rules and terms of service," Timothy Klausutis wrote.'
)
MANIACAL = "Trump said it was “maniacal,” adding, “We will look at it very closely.”"


def _quote(text: str, words: str):
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].startswith(words))


def test_participle_before_its_quotation_is_the_cue():
    q = _quote(GORE, "obligations")
    assert q.verb == "Citing"
    assert q.speaker == "the former vice president’s spokeswoman"
    q = _quote(MUSEUM, "the consequences")
    assert q.verb == "Recalling"


def test_colon_label_and_sentence_final_participle_unchanged():
    q = _quote(AXIOS, "The President's tweet")
    assert (q.speaker, q.verb) == ("Timothy Klausutis", "wrote")
    assert _quote(MANIACAL, "maniacal").verb == "said"
    assert _quote(MANIACAL, "We will").verb == "adding"


# Class "a poll share as the subject of a base form": "say" after a share that ends in no plural
# noun ("Nearly a third say", "Thirty-one percent of those surveyed say") found no subject, and
# "nine out of 10" / "three-fourths" were no shares.
NINE = (  # PolNeAR train, usa-today_2016-03-16_american-dream-survives-among-mi
    "Nearly nine out of 10 say they will need to continually develop new skills to advance."
)
THIRTY_ONE = (  # PolNeAR train, usa-today_2016-02-17_who-scares-americans-the-most-fi
    "Thirty-one percent of those surveyed say they would be satisfied if he won the Democratic "
    "nomination."
)
# Counter-case: a share before a modal and an infinitive is no subject of the verb after them.
ILLEGAL = (  # AllSides frJEyIMd6qYyZm6e
    "Among that group, two-thirds — 67 percent — favor legalization while 31 percent would like "
    "to see the drug remain illegal."
)


def _cue(text: str, verb: str):
    return next((a for a in find_attributions(text) if a.verb == verb), None)


def test_poll_share_is_the_subject_of_a_base_form():
    a = _cue(NINE, "say")
    assert a is not None and NINE[a.speaker_start : a.speaker_end] == "Nearly nine out of 10"
    a = _cue(THIRTY_ONE, "say")
    assert a is not None
    assert THIRTY_ONE[a.speaker_start : a.speaker_end] == "Thirty-one percent of those surveyed"


def test_share_before_a_modal_is_no_subject():
    assert _cue(ILLEGAL, "see") is None


# Class "a participle missing from the table" (the paradigm of a row): *remarking* (row
# *remarked*): a quotation in its clause took the main verb before it.
HANNITY = (  # PolNeAR train, politico_2016-08-31_hannity-ends-feud-with-rubio (gold: remarking)
    '"Marco Rubio won tonight and I was very glad to see that. I think we need him back in the '
    'Senate," Hannity said during a panel on his show after the first-term senator easily won his '
    'Senate primary, remarking that while there are "still some conservatives angry over '
    'comprehensive immigration reform," Rubio already "paid a very heavy political price."'
)
# Counter-case: the quotation before the main verb keeps it (gold: responded).
MADDOW = (  # PolNeAR train, politico_2016-01-14_clinton-says-she-won-t-rule-out-
    '"Absolutely not. Absolutely not," Clinton responded, remarking that she is "looking for a '
    'team" and that the most important member would be her running mate.'
)


def test_remarking_is_the_cue_of_a_quotation_in_its_clause():
    assert _quote(HANNITY, "still some").verb == "remarking"
    assert _quote(HANNITY, "Marco Rubio won").verb == "said"


def test_quotation_before_the_main_verb_keeps_it():
    assert _quote(MADDOW, "Absolutely").verb == "responded"


# Counter-case of the participle rule: a quotation over three paragraphs, led in by a
# participle, keeps the verb after its last paragraph.
PREDICTING = (  # AllSides 09IgkZtF4j2efqoo (sample(300, random_state=36))
    '"What the hell do you have to lose?" Trump asked before predicting, "at the end of four '
    "years, I guarantee you that I will get over 95 percent of the African-American vote — "
    'because I will produce.\n\n"I will produce for the inner cities and I will produce for the '
    'African-Americans.\n\n"One thing we know for sure is if you keep voting for the same people, '
    'you will keep getting the same — exactly the same result," Trump said.'
)


def test_quotation_over_paragraphs_keeps_the_verb_after_it():
    assert _quote(PREDICTING, "One thing").verb == "said"
