"""Reported speech of the voice round voice30 (issue 17 item 4, issue 20's voice): text printed
after a colon lead-in that names its source (analysis/detect/colon_blocks.py), the content of a
framing verb (voice_frames.csv, labelled_as); each case a real corpus sentence, expected voices
by hand."""

from __future__ import annotations

import pytest

from analysis.detect.quotes import analyse_quotes
from analysis.detect.voice import voice_spans

_AP = (
    "From an Associated Press report published Monday:\n\n"
    "The Associated Press reported last month about Zelenskiy's meeting on May 7. The "
    "ambassador, who was facing a smear campaign, had just been called back to Washington.\n\n"
    "Hochstein previously worked in Congress on the Democratic staff of the House International "
    "Relations Committee."
)


def _voice(text: str, word: str) -> str:
    quotes, attributions = analyse_quotes(text)
    return voice_spans(text, quotes, attributions).voice_at(text.index(word))


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # the document_lead_in frame: an email printed after its lead-in (AllSides, hit audit
        # dev20, "disastrous" read as author before)
        (
            "The email reads as follows:\n\nWith election experts fearful of potential fraud in "
            "postal balloting–which is more common than in in-person voting–such moves could "
            "prove disastrous for free and fair elections.",
            "disastrous",
            "reported",
        ),
        # a testimony printed after a lead-in that names it (AllSides, hit audit dev21)
        (
            "Harrison was the only medical professional to offer testimony, and it was both "
            "extremely graphic and full of falsehoods about so-called fetal pain:\n\nThere are "
            "small human beings in the womb who are being pulled apart in pieces or having their "
            "skin burned off or partially delivered through their mothers’ vagina.",
            "partially",
            "reported",
        ),
        # an AP report printed after its lead-in (AllSides, hit audit dev20) ...
        (_AP, "smear", "reported"),
        # ... and only the next paragraph: the outlet goes on in its own words
        (_AP, "previously", "author"),
        # a record's colon right after its cue and source: the rest of the sentence is the
        # translated statement (AllSides, hit audit dev16)
        (
            "Within China on popular social network Weibo, however, the NBA released a statement "
            "in Chinese that varied somewhat from the English version, according to a CNBC "
            "translation: We are extremely disappointed by the inappropriate remarks made by "
            "Houston Rockets General Manager Daryl Morey, who has undoubtedly seriously hurt the "
            "feelings of our Chinese fans.",
            "undoubtedly",
            "reported",
        ),
        # not a colon after the verb's object: the elaboration is the outlet's (agency dev,
        # by-country, gold author)
        (
            "In the war’s current phase, Russia has emphasized a strategy from other recent wars, "
            "in Syria and Chechnya: using missiles and other heavy artillery to bombard cities and "
            "towns and eventually take them over.",
            "bombard",
            "author",
        ),
        # no document named in the lead-in: a statement printed after "X answered:" stays the
        # outlet's (the agency annotations' convention; AllSides, agency dev, gold author)
        (
            "Gabbard answered:\n\nI would see the situation for what it is, which is this latest "
            "attack on Saudi Arabia is a retaliatory attack because of all the sanctions.",
            "latest attack",
            "author",
        ),
    ],
)
def test_colon_lead_in_block(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # "framing X as Y": Y is the framers' label, as in "denounced X as Y" (AllSides, hit
        # audit dev21, "tyrannical" and "regime" read as author before)
        (
            "Successive generations of historians flipped the script on Reconstruction, framing "
            "white Southerners as victims of a tyrannical Northern regime.",
            "tyrannical",
            "reported",
        ),
        # the noun "framework" is no framing verb
        (
            "The framework as a whole was described in a tyrannical tone by nobody.",
            "tyrannical",
            "author",
        ),
    ],
)
def test_framing_verb_content(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # "replies with" + a noun phrase: a military reply, not words (object_verbs.csv; AllSides,
        # agency dev batch 25, gold author)
        (
            "As long as Trump replies with air power disproportionate to any Iranian attacks, he, "
            "not Tehran, governs the tempo of the confrontation.",
            "attacks",
            "author",
        ),
        # "replied" + the army it repelled (by-country, translated caption, hit audit dev3,
        # gold author)
        (
            "Video Ukrainian forces replied the Russian army trying to break to the village of "
            "Krasnohoriwka in the eastern region of Donbass",
            "Donbass",
            "author",
        ),
        # "replied that" still governs a clause: reported
        (
            "The spokesman replied that the Russian army was trying to break into the village.",
            "trying",
            "reported",
        ),
    ],
)
def test_reply_in_another_sense(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # a named subject's own belief or assumption: the hedge verb is the source's
        # (thought_that frame; Guardian/NYT, hit audit dev11; AllSides, dev20)
        (
            "Griner’s supporters, though, have long believed that calling public attention to "
            "her situation was necessary to get the attention of the Biden administration.",
            "believed",
            "reported",
        ),
        (
            'The transcription assumes that in Strzok\'s shorthand, "D" represents Director Comey.',
            "assumes",
            "reported",
        ),
        # the writer's own belief stays the author's (AllSides, hit audit dev11)
        (
            "This has provoked considerable controversy, and I believe that is because many "
            "people haven’t fully understood exactly what has happened.",
            "believe",
            "author",
        ),
        # the noun "doubt" after a preposition is no verb of thought (same article)
        (
            "The controversy has been over whether this new language contradicts prior Church "
            "teaching and thus casts into doubt the teaching authority of the Church.",
            "doubt",
            "author",
        ),
    ],
)
def test_source_belief_verb(text, word, voice):
    assert _voice(text, word) == voice


def test_a_second_record_of_a_thought_cue_keeps_it_reported():
    # "believes" is found twice (a belief cue and an unlisted-verb cue): the belief of a named
    # source is reported, whichever record carries it (BASIL, hit audit dev20)
    text = (
        "Brian Brown, president of the National Organization of Marriage, believes that giving "
        "same sex couples the right to file jointly “continues a pattern of lawlessness” across "
        "the country."
    )
    quotes, attributions = analyse_quotes(text)
    assert len({a.verb_start for a in attributions if a.verb == "believes"}) == 1
    assert sum(a.verb == "believes" for a in attributions) == 2
    assert _voice(text, "believes") == "reported"


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # an evidential passive's infinitive ("said to be planted") is no adjunct of a
        # sentence-final attribution: the words before its comma stay the outlet's (NYT via
        # AllSides, agency dev batch 25, gold author) ...
        (
            "Benghazi, awash in guns, has recently witnessed a string of assassinations as well "
            "as attacks on international missions, including a bomb said to be planted by "
            "another Islamist group that exploded near the United States mission there as "
            "recently as June.",
            "assassinations",
            "author",
        ),
        # ... and the infinitive itself is still the unnamed sources' words
        (
            "Benghazi, awash in guns, has recently witnessed a string of assassinations as well "
            "as attacks on international missions, including a bomb said to be planted by "
            "another Islamist group that exploded near the United States mission there as "
            "recently as June.",
            "planted",
            "reported",
        ),
    ],
)
def test_evidential_passive_infinitive(text, word, voice):
    assert _voice(text, word) == voice
