"""Round hedge19 (issue 17, WikiWeasel): a named person's belief is reported, not hedged.

"Grant believed a worldwide slump would arise", "In other words, he believed that Russia would
have to wait", "Macron said he believed Putin had ...": the belief is attributed to its holder,
a named person or a third-person pronoun (whose antecedent names the holder). It stays a hedge
marker (row ``named subject + believes`` of ``hedges.csv``, subcategory ``attributed_belief``,
sense rules ``named_believer``), but the WikiWeasel validation does not count it, as it does
not count a named claimant's "claims that" (``distancing``). First person ("I think", "we
believe": the speaker's own hedge), a quantified subject ("Some Muslims believe", "Many people
believe") and a plural common noun ("Experts believe", "Adherents believe": unnamed people) stay
``epistemic_verb``.

The sentences are quoted from the WikiWeasel development half (labels as annotated) and from
the audit corpora; the expected subcategories are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers, load_lexicons
from analysis.evaluation.hedges import NON_EPISTEMIC_SUBCATEGORIES
from analysis.paths import shared_path

# (sentence, the hit) -- a named or pronoun believer: attributed_belief
NAMED = [
    # WikiWeasel dev, label 0
    (
        "Grant believed a worldwide slump would arise from the fall of the stock markets.",
        "believed",
    ),
    (
        "In other words, he believed that Russia would have to wait for the same historical "
        "development experienced by the West.",
        "believed",
    ),
    (
        "Geoffrey Whiting believed very much in functional ceramics, and he taught Edmund in "
        "class and as his apprentice.",
        "believed",
    ),
    (
        "Returning to the Credit Mission, Jones believed the most pressing issue for the "
        "Mississaugas was their lack of a clear title to their land.",
        "believed",
    ),
    (
        "They believe the First is taking a brief break from them, but it will come back "
        "stronger and better than before.",
        "believe",
    ),
    (
        "Ironically, the protagonist of the story, Carley Beth, also expresses personal "
        "dissatisfaction when she thinks she is so cowardly that she should buy the mask to make "
        "up for her cowardice.",
        "thinks",
    ),
    # guardian-nyt
    (
        "Macron said he believed Putin had “isolated himself” and did not know what to do next.",
        "believed",
    ),
    # by-country
    ("Wallace believes that Scholz should provide Taurus cruise missiles to Ukraine.", "believes"),
    # basil
    (
        "Summers added that he thinks Congress will pass the deal President Obama struck with "
        "Republicans, an agreement that has come under withering criticism from liberal "
        "Democrats over the two-year extension of tax cuts for the rich as well as the middle "
        "class.",
        "thinks",
    ),
]

# (sentence, the hit) -- not a named believer: the hit stays epistemic_verb
NOT_NAMED = [
    # WikiWeasel dev, label 1: a quantified subject (the quantifier is the cue)
    (
        "Some Muslims believe hijab covering for women should be compulsory as part of Sharia law.",
        "believe",
    ),
    # WikiWeasel dev, label 1: a plural common noun opening the sentence (unnamed people)
    (
        'Adherents believe that this can result in healing, by bringing spiritual reality (the " '
        'Kingdom of Heaven " in Biblical terms) into clearer focus in the human scene.',
        "believe",
    ),
    # WikiWeasel dev, label 1: a lower-case plural subject
    (
        "Most researchers now believe that it is impossible to explain the diversity of human "
        "personality with a small number of discrete types.",
        "believe",
    ),
    # WikiWeasel dev, label 0: first person, the speaker's own hedge
    (
        "We also believe that economic conditions in Puerto Rico call for effective and "
        "equitable programs to maximize job creation and financial investment.",
        "believe",
    ),
    # WikiWeasel dev, label 0: the capitalised words before the comma end a relative clause;
    # the subject is 'Those who advocate placentophagy'
    (
        "Those who advocate placentophagy in humans, mostly in modern America and Europe, "
        "Mexico, Hawaii, China, and the Pacific Islands, believe that eating the placenta "
        "prevents postpartum depression and other pregnancy complications.",
        "believe",
    ),
    # by-country: quantified
    (
        "“Many people believe that the United States is suffering from an increasingly serious "
        "bout of ‘Sinophobia’,” Wang was quoted as saying.",
        "believe",
    ),
    # guardian-nyt: first person
    ("“I think the Nazis and neo-Nazis manipulate [Zelenskiy].”", "think"),
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicons(packs=())


def _hedges(lexicon, sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.subcategory)
        for m in find_markers(sentence, lexicons=lexicon, quotes=())
        if m.category == "hedge"
    ]


@pytest.mark.parametrize(("sentence", "hit"), NAMED)
def test_named_believer_is_attributed_belief(lexicon, sentence, hit):
    found = _hedges(lexicon, sentence)
    assert (hit, "attributed_belief") in found
    assert (hit, "epistemic_verb") not in found  # one marker, not two
    assert "attributed_belief" in NON_EPISTEMIC_SUBCATEGORIES


@pytest.mark.parametrize(("sentence", "hit"), NOT_NAMED)
def test_unnamed_or_first_person_believer_stays_epistemic(lexicon, sentence, hit):
    found = _hedges(lexicon, sentence)
    assert (hit, "epistemic_verb") in found
    assert (hit, "attributed_belief") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # WikiWeasel dev, label 0: 'To' opening the sentence is no name
        "To think that we're going to go lock up 12 million people, or even round them up and "
        "drive them to the border and let them go, might make a great political speech, but "
        "it's not going to happen.",
        # guardian-nyt: a plural common noun opening the sentence (unnamed people; the
        # evidential 'Experts believe', vague attribution, is the marker here)
        "Experts believe that a trial of the Ukrainian troops, described by the Ukrainian "
        "president, Volodymyr Zelenskiy, as “heroes”, would further complicate efforts to "
        "resume the stalled peace negotiations.",
    ],
)
def test_no_named_believer(lexicon, sentence):
    assert [t for t, s in _hedges(lexicon, sentence) if s == "attributed_belief"] == []


def test_senses_of_the_verbs_stay_out(lexicon):
    # the senses the rows believe/think exclude ('believe in' a value, 'think about' as an
    # activity) are not brought back by the new row: no hedge hit of the verb at all
    # allsides
    for sentence, verb in (
        ("He believed in people.", "believed"),
        (
            "“The hard work that went into it – not by us, but by them” is what he thinks about "
            "when heard of the fall of Mosul.",
            "thinks",
        ),
        # by-country: the compound 'think-tank' after a capitalised word (think_tank)
        (
            "Analysis from the U.S. think-tank Institute for the Study of War found that Ukraine "
            "was increasingly failing to intercept even half of Russian missiles since March 22.",
            "think",
        ),
    ):
        assert [t for t, _ in _hedges(lexicon, sentence) if t == verb] == []


@pytest.mark.skipif(
    shared_path("validation", "hedges-wikiweasel") is None, reason="WikiWeasel not in ../shared"
)
def test_wikiweasel_dev_after_round_hedge19(wikiweasel_scores):
    # dev only (the held-out half is scored once, in analysis/evaluation/measured/hedges.csv):
    # round start P 0.6520 R 0.7431 F1 0.6946 (tp 813, fp 434); the class removes 8 non-weasel
    # sentences and no weasel one
    # (round hedge20 adds 'several', 56 non-weasel sentences among its 99: fp up to 482)
    dev = wikiweasel_scores["dev"]
    assert dev["tp"] >= 813 and dev["fp"] <= 426 + 56
    assert dev["f1"] > 0.6968
