"""Reported speech the voice stage missed or over-read on the hit audit's dev rounds (issue 17,
voice17): one test per class, each from a real corpus sentence, expected voices by hand."""

from __future__ import annotations

import pytest

from analysis.detect.quotes import analyse_quotes
from analysis.detect.voice import voice_spans


def _voice(text: str, word: str) -> str:
    quotes, attributions = analyse_quotes(text)
    return voice_spans(text, quotes, attributions).voice_at(text.index(word))


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # "spoke of" + noun phrase: the topic of speech is the speakers' characterisation
        # (AllSides, hit audit dev10)
        (
            "During a media call, several of these doctors spoke of horrible medical results "
            "for people because of excessive panic over the coronavirus.",
            "horrible",
            "reported",
        ),
        # "spoke to" + addressee stays an object: no reported words
        ("The minister spoke to reporters on Monday about the budget.", "reporters", "author"),
    ],
)
def test_spoke_of_topic_is_reported(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # unquoted words opening a sentence whose quotation runs on to a sentence-final source
        # (by-country, Ukrinform, hit audit dev10)
        (
            "This could possibly be “to the detriment of the Russian Federal Security Service "
            "(FSB), in which Girkin had served,” the report notes.",
            "possibly",
            "reported",
        ),
        # a colon before the quotation: the words before it are the outlet's frame
        (
            "The spokesman was blunt in his reply: “We will not negotiate,” he said.",
            "blunt",
            "author",
        ),
    ],
)
def test_lead_in_of_a_partial_quotation_is_reported(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # a reporting verb glued to the next word by a hyphen is a compound noun, no cue
        # (AllSides op-ed, hit audit dev10)
        (
            "Everyone would benefit if the ACLU and its ilk spent just a small portion of its "
            "time creating public hysteria regarding the CASE Act through misinformation and "
            "fear-mongering, while demonizing anyone with the audacity to enforce their "
            "copyrighted works.",
            "demonizing",
            "author",
        ),
        # the verb itself still reports: "Critics fear the bill will pass."
        ("Critics fear the bill will pass.", "bill", "reported"),
    ],
)
def test_hyphen_compound_is_no_cue(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # a named source's belief, guess or tentative statement: the hedge verb is the source's
        # (by-country, Ukrinform / Polish outlets, AllSides; hit audit dev10)
        (
            "Other sources speculated that Wagner complaints about Girkin may have triggered "
            "his arrest.",
            "speculated",
            "reported",
        ),
        (
            "Some sources also believe that many high -ranking representatives of the Russian "
            "authorities did not know that there would be assault.",
            "believe",
            "reported",
        ),
        (
            "At a press conference Thursday at Camp David, the president suggested it’s unlikely "
            "new money given to Iran will further destabilize the already volatile region.",
            "suggested",
            "reported",
        ),
        # evidence or the writer as the subject: the outlet's own inference (AllSides, dev8)
        (
            "These facts suggest that Republican Sen. Orrin Hatch of Utah had a valid point.",
            "suggest",
            "author",
        ),
        (
            "I believe by cutting taxes and simplifying the tax code, we will grow our economy.",
            "believe",
            "author",
        ),
        # the outlet's forecast stays its own ("is expected to", dev labels author)
        ("The bill is expected to pass the Senate next week.", "expected", "author"),
    ],
)
def test_a_sources_thought_cue_is_reported(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word, voice",
    [
        # verbs of thought the attribution table leaves out, after a subject word: the verb and
        # its clause are the source's (Guardian/NYT, by-country, AllSides; dev6..dev10)
        (
            "Russians perhaps did not move strongly against these targets at the start of the "
            "war because President Vladimir Putin anticipated a quick victory and perhaps the "
            "Russian military thought they would be using the infrastructure themselves.",
            "thought",
            "reported",
        ),
        (
            "Some founder members suspect that process has gone far enough already.",
            "suspect",
            "reported",
        ),
        (
            "Long before Election Day, political scientist Jennifer Lawless at American "
            "University suspected that resistance to Clinton was not for the most part a result "
            "of sexism.",
            "for the most part",
            "reported",
        ),
        # the writer's own guess and the noun stay the outlet's (AllSides, dev4 and dev5 labels)
        (
            "I’d also guess that Alice Johnson is not the only one of these people who has "
            "turned her life around.",
            "guess",
            "author",
        ),
        ("One suspects that a job at CNN awaits Brazile when the campaign ends.", "job", "author"),
        ("The thought that he would win was absurd.", "win", "author"),
    ],
)
def test_thought_verbs_outside_the_table_are_reported(text, word, voice):
    assert _voice(text, word) == voice


@pytest.mark.parametrize(
    "text, word",
    [
        # things and evidence as the subject of a hedge cue: the outlet's inference (AllSides)
        (
            "History suggests late deciders will break against the incumbent.",
            "suggests",
        ),
        (
            "The two new surveys follow a Fox News poll released late last week which indicated "
            "a five point advantage for the president.",
            "indicated",
        ),
    ],
)
def test_a_things_hedge_cue_stays_author(text, word):
    assert _voice(text, word) == "author"


def test_a_nested_cue_gives_no_words_before_the_outer_content():
    # by-country (AFP via an English outlet), hit audit dev10: "would threaten" inside
    # Zelensky's warning gave the sentence from its start, the speaker's name included
    text = (
        "On Monday, Ukrainian President Volodymyr Zelensky warned a “catastrophe” at the "
        "Russian-controlled facility would threaten the whole of Europe."
    )
    assert _voice(text, "Zelensky") == "author"
    assert _voice(text, "Russian-controlled") == "reported"
