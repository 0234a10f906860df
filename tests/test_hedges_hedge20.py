"""Round hedge20 (issue 17 item 5, WikiWeasel dev errors only).

Classes: (a) a believer named by a surname or given name in -s ("Lewis believes", "Because
Jones believed"), which the rule for a single capitalised word left to the plural-noun reading
("Adherents believe"), is a named believer (``attributed_belief``); a poll share ("64% of
Ukrainians believe") stays a named, measured belief, not vague attribution; (b) tradition or
legend as the subject of a verb of saying ("Legend claims that", "Legend has it that") is an
unnamed source (``vague_attribution``), not a named claimant's distancing; (c) "it is commonly"
before a verb that is no verb of view ("it is commonly prescribed") is a frequency, not an
impersonal report; (d) ``several`` is a vague quantifier, as "many" and "some" (own family,
never a hedge), but not before a quantity of time or a rough number; (e) the dev half's errors
are tabled by class in ``analysis/evaluation/measured/errors/hedges.csv``.

The sentences are quoted from the WikiWeasel development half (labels as annotated) and from the
audit corpora; the expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.detect.markers import find_markers, load_lexicons
from analysis.evaluation.hedges import (
    NON_EPISTEMIC_SUBCATEGORIES,
    error_table,
    write_error_table,
)
from analysis.paths import shared_path


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicons(packs=())


def _marks(lex, sentence: str, categories=("hedge", "evidential", "quantifier")):
    return [
        (m.text, m.category, m.subcategory)
        for m in find_markers(sentence, lexicons=lex, quotes=())
        if m.category in categories
    ]


NAMED_IN_S = [
    # allsides
    ("Lewis believes he’s making trouble for the right reasons: good trouble.", "believes"),
    (
        "Williams believes Brownback’s tax plan will pan out eventually, but he said messaging "
        "is key.",
        "believes",
    ),
    ("Phillips believes Scardina made all these requests.", "believes"),
    (
        "Evans believes the new alliance Trump forged in Saudi Arabia with the Sunni states "
        "will benefit Israel.",
        "believes",
    ),
    # wikiweasel-dev (weasel as annotated): a name after a capitalised conjunction
    (
        "Because Jones believed that these great artists were being overlooked, he decided "
        "that he would create a collection of works by a variety of African American artists.",
        "believed",
    ),
]


@pytest.mark.parametrize("sentence,hit", NAMED_IN_S)
def test_name_in_s_is_a_named_believer(lexicon, sentence, hit):
    assert (hit, "hedge", "attributed_belief") in _marks(lexicon, sentence)
    assert (hit, "hedge", "epistemic_verb") not in _marks(lexicon, sentence)


def test_plural_noun_in_s_stays_an_unnamed_believer(lexicon):
    # wikiweasel-dev (weasel): a plural common noun opening the sentence
    sentence = (
        "Adherents believe that this can result in healing, by bringing spiritual reality (the "
        '" Kingdom of Heaven " in Biblical terms) into clearer focus in the human scene.'
    )
    assert ("believe", "hedge", "epistemic_verb") in _marks(lexicon, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # by-country
        "As many as 64% of Ukrainians believe that Ukraine should try to retake all of its "
        "territory, including Crimea, even if there is a risk of less support from the West and "
        "a protracted war.",
        # allsides
        "The CNN/SSRS poll released on Wednesday found that 87% of Americans believe that the "
        "Mueller report should be made public.",
    ],
)
def test_poll_share_is_a_measured_named_belief(lexicon, sentence):
    # the share and its population are given (a poll): the belief is attributed and measured,
    # not vague attribution; a hedge marker, not counted by the WikiWeasel validation
    marks = _marks(lexicon, sentence)
    assert ("believe", "hedge", "attributed_belief") in marks
    assert [m for m in marks if m[2] not in NON_EPISTEMIC_SUBCATEGORIES] == []


@pytest.mark.parametrize(
    "sentence,hit",
    [
        # wikiweasel-dev (weasel); was the distancing of a named claimant
        (
            "Legend claims that he killed his first opponent at age 14 in one of the 60 duels he "
            "fought over his lifetime.",
            "Legend claims",
        ),
        # allsides
        (
            "Legend has it that the British played “The World Turned Upside Down” after their "
            "unforeseen and disastrous defeat at the Battle of Yorktown.",
            "Legend has it",
        ),
        # allsides
        (
            "There’s still no evidence that any Democratic senators will vote against an "
            "Obama-nominated Hagel, and tradition holds that senators get an easy ride when up "
            "for Cabinet posts.",
            "tradition holds",
        ),
    ],
)
def test_legend_as_the_source_is_vague_attribution(lexicon, sentence, hit):
    assert (hit, "evidential", "vague_attribution") in _marks(lexicon, sentence)


def test_it_is_commonly_with_a_verb_of_view_or_of_use(lexicon):
    # allsides: a frequency of use, no report
    used = (
        "In states that permit medical marijuana, it is commonly prescribed for chronic pain, "
        "nausea from cancer chemotherapy, glaucoma and some other conditions."
    )
    assert [m for m in _marks(lexicon, used) if m[1] == "evidential"] == []
    # wikiweasel-dev (weasel): an impersonal view
    assumed = (
        "It is commonly assumed that children and adults prefer trashy stories in large measure "
        "because they are more exciting and more stimulating in respect to sex."
    )
    assert ("It is commonly assumed", "evidential", "attribution") in _marks(lexicon, assumed)


def test_several_is_a_vague_quantifier_never_a_hedge(lexicon):
    # allsides: an unnamed group of sources; the quantifier and the vague source
    marks = _marks(lexicon, "Several lawmakers said they wanted more information.")
    assert [m for m in marks if m[0].lower().startswith("several") and m[1] == "hedge"] == []
    # wikiweasel-dev (weasel): the bare quantifier
    sentence = "Patriots from all over America and several foreign countries responded."
    assert ("several", "quantifier", "vague") in _marks(lexicon, sentence)
    # by-country: a quantity of time
    sentence = (
        "Wagner has had a presence in the Central African Republic for several years, as "
        "previously reported by CNN."
    )
    assert _marks(lexicon, sentence) == []


def test_error_table_counts_classes_by_hand():
    p = pd.DataFrame(
        {
            "label": [0, 0, 0, 1, 1, 1, 1],
            "split": ["dev"] * 6 + ["test"],
            "pred": [True, True, False, False, False, True, False],
            "classes": [
                ["quantifier:vague"],
                ["quantifier:vague", "hedge:epistemic_verb"],
                [],
                [],
                [],
                ["hedge:epistemic_verb"],
                [],
            ],
            "uncounted": [[], [], [], ["hedge:possibility"], [], [], ["hedge:frequency"]],
        }
    )
    t = error_table(p).set_index(["kind", "cause"])
    assert t.loc[("FP", "quantifier:vague"), "n"] == 2
    assert t.loc[("FP", "quantifier:vague"), "n_only"] == 1
    assert t.loc[("FP", "hedge:epistemic_verb"), "n_only"] == 0
    assert t.loc[("FN", "no marker"), "n"] == 1
    assert t.loc[("FN", "uncounted hedge:possibility"), "n"] == 1
    # the test row is never tabled: no 'uncounted hedge:frequency'
    assert ("FN", "uncounted hedge:frequency") not in t.index
    assert set(t["split"]) == {"dev"}


@pytest.mark.skipif(
    shared_path("validation", "hedges-wikiweasel") is None, reason="WikiWeasel not in ../shared"
)
def test_wikiweasel_dev_after_round_hedge20(tmp_path, wikiweasel_scores):
    # dev only (the held-out half is scored once, in analysis/evaluation/measured/hedges.csv):
    # round start P 0.6562 R 0.7431 F1 0.6970 (tp 813, fp 426, fn 281); the named -s believer
    # takes one weasel sentence, the legend row adds one; 'several' adds 43 weasel and 56
    # non-weasel sentences
    res = wikiweasel_scores
    dev = res["dev"]
    assert dev["tp"] >= 856 and dev["fp"] <= 482
    assert dev["f1"] > 0.7035
    path = write_error_table(res, tmp_path)
    table = pd.read_csv(path)
    assert set(table["split"]) == {"dev"}
    assert list(table.columns) == ["gold_set", "split", "kind", "cause", "n", "n_only"]
    fn = table[(table["kind"] == "FN") & (table["cause"] == "no marker")]
    assert int(fn["n"].iloc[0]) == int(fn["n_only"].iloc[0]) <= dev["fn"]
