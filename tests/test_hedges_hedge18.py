"""Round hedge18 (issue 17, WikiWeasel): two weasel classes the lexicons missed.

1. An unnamed group's claim: a verb of claiming in its plural form after a plural common-noun
   subject ("Critics of Social Security claim that", "Recent researchers, however, argue that")
   is vague attribution (row ``argue that`` of ``evidentials.csv``, sense rules
   ``plural_claimant`` and ``quantified_claimant``); a named claimant's "claims that" and a
   pronoun's "they claim that" stay distancing, which the validation does not count.
2. The impersonal passive of saying after a modal ("it can not be claimed that"), the class of
   "it is said" and "it has been argued".

The sentences are quoted from the WikiWeasel development half (labels as annotated) and from
the audit corpora; the expected cues are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers, load_lexicons
from analysis.evaluation.hedges import NON_EPISTEMIC_SUBCATEGORIES
from analysis.paths import shared_path

# (sentence, the hit) -- an unnamed group's claim: vague attribution, counted by the validation
GROUP_CLAIMS = [
    # WikiWeasel dev, label 1
    (
        "Critics of Social Security claim that it gives a low rate of return, compared to what "
        "is obtained through private retirement accounts.",
        "claim that",
    ),
    (
        "Advocates and practitioners of PT claim that a subtle, invisible and intangible "
        "energetic system is the substrate for all phenomena.",
        "claim that",
    ),
    (
        "Local protest groups and environmentalists allege that the tests have caused "
        "widespread damage to the local environment, various health problems among the local "
        "population, and damaged the ozone layer, specifically through the release of the "
        "chemical bromotrifluoride into the upper atmosphere.",
        "allege that",
    ),
    (
        "Recent researchers, however, argue that correlations such as the one listed above may "
        "have more to do with the overall effects of schooling rather than literacy alone.",
        "argue that",
    ),
    # guardian-nyt: 'men' is a plural without -s
    (
        "The men argue that they were part of Ukraine’s armed forces, and should be subject to "
        "the Geneva convention on prisoners of war.",
        "argue that",
    ),
]

# (sentence, the hit, its subcategory or None for no evidential hit there)
NOT_GROUP_CLAIMS = [
    # WikiWeasel dev, label 0: a pronoun's claim stays distancing (its antecedent names the
    # claimant)
    ("They also claim that the bacteria's DNA is unlike any on Earth.", "claim that", "distancing"),
    # WikiWeasel dev, label 0: a named claimant
    (
        'Aristotle, in " Politics ", claims that he made changes to land reforms " family plots '
        "and the number of citizens should be kept equal, even if the citizens had all started "
        'with plots of unequal size. ".',
        "claims that",
        "distancing",
    ),
    # WikiWeasel dev, label 0: the infinitive
    (
        "Retrieved March 28, 2007. Krugman was one of the first to argue that deregulation of "
        "the California energy market had led to illegal market-manipulation by Enron and other "
        "energy companies.Paul Krugman,, Retrieved October 27, 2008.",
        "argue that",
        None,
    ),
]

MODAL_PASSIVES = [
    # WikiWeasel dev, label 1
    (
        "However, because even the earliest penitentials inquired into the sinner's state of "
        "mind and social condition, it can not be claimed that the priest took no account of "
        "the sinner's poverty.",
        "it can not be claimed",
    ),
    # allsides
    (
        "If Comey seizes on the invitation, the press angle would write itself: Comey, it would "
        "be said, was fired because he was trying to conduct the investigation of Trump-Russia "
        "ties about which he recently testified, not because of the bipartisan consensus that "
        "is described in Rosenstein’s memorandum.",
        "it would be said",
    ),
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicons(packs=())


def _evidentials(lexicon, sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.subcategory)
        for m in find_markers(sentence, lexicons=lexicon, quotes=())
        if m.category == "evidential"
    ]


@pytest.mark.parametrize(("sentence", "hit"), GROUP_CLAIMS)
def test_group_claim_is_vague_attribution(lexicon, sentence, hit):
    found = _evidentials(lexicon, sentence)
    assert (hit, "vague_attribution") in found
    assert (hit, "distancing") not in found  # one marker, not two
    assert "vague_attribution" not in NON_EPISTEMIC_SUBCATEGORIES


@pytest.mark.parametrize(("sentence", "hit", "subcategory"), NOT_GROUP_CLAIMS)
def test_named_or_pronoun_claim_is_not_vague_attribution(lexicon, sentence, hit, subcategory):
    found = _evidentials(lexicon, sentence)
    assert (hit, "vague_attribution") not in found
    if subcategory is None:
        assert [t for t, _ in found if t == hit] == []
    else:
        assert (hit, subcategory) in found


def test_quantified_group_is_counted_once(lexicon):
    # by-country: 'Many' is the cue; the claim verb is not a second evidential
    sentence = (
        "Many international lawyers argue that Nato is an illegal organisation since it is a "
        "political and military alliance, not exclusively focused on peace and security, "
        "although it signed up to article 2(4) of the UN charter prohibiting use of force to "
        "resolve disputes."
    )
    assert ("argue that", "vague_attribution") not in _evidentials(lexicon, sentence)
    cats = {(m.text, m.category) for m in find_markers(sentence, lexicons=lexicon, quotes=())}
    assert ("Many", "quantifier") in cats


def test_noun_claim_after_an_adjective_in_ous_is_not_a_group(lexicon):
    # guardian-nyt: 'preposterous' ends in -s but is no plural subject
    sentence = (
        "Vladimir Putin’s full-blown invasion of Ukraine aimed at toppling the Kyiv government – "
        "based on the preposterous claim that it’s run by “neo-Nazis” – has produced Europe’s "
        "worst war in a generation, and it has taken a terrible toll on civilians."
    )
    assert ("claim that", "vague_attribution") not in _evidentials(lexicon, sentence)


@pytest.mark.parametrize(("sentence", "hit"), MODAL_PASSIVES)
def test_modal_impersonal_passive_of_saying(lexicon, sentence, hit):
    assert (hit, "attribution") in _evidentials(lexicon, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # by-country: a saying restricted, not an unnamed source ('that' or a comma must follow)
        "It cannot be said in public ..",
    ],
)
def test_modal_passive_needs_a_content_clause(lexicon, sentence):
    assert [s for _, s in _evidentials(lexicon, sentence) if s == "attribution"] == []


@pytest.mark.skipif(
    shared_path("validation", "hedges-wikiweasel") is None, reason="WikiWeasel not in ../shared"
)
def test_wikiweasel_dev_after_round_hedge18(wikiweasel_scores):
    # dev only (the held-out half is scored once, in analysis/evaluation/measured/hedges.csv):
    # round start P 0.6506 R 0.7386 F1 0.6918 (tp 808, fp 434); the two classes add 5 weasel
    # sentences and no other
    # (round hedge20 adds 'several', 56 non-weasel sentences among its 99: fp up to 482)
    dev = wikiweasel_scores["dev"]
    assert dev["tp"] >= 813 and dev["fp"] <= 434 + 56
    assert dev["f1"] > 0.694
