"""WikiWeasel round hedge15: a named claimant's claim is not an uncertainty cue of the validation.

The distancing verbs ("X claimed that") stay evidential markers (the news features count them),
but :func:`analysis.evaluation.hedges.evaluate_hedges` no longer counts them, as it does not count
"according to" + a named source: on WikiWeasel dev the sentences that only they flag are weasel
sentences at the base rate.  An unnamed claimant ("some claim", "some people claim") is vague
attribution and still counts.  The sentences are WikiWeasel dev sentences (labels as annotated).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.detect.markers import find_markers, load_lexicons
from analysis.evaluation.hedges import NON_EPISTEMIC_SUBCATEGORIES, evaluate_hedges

NAMED_CLAIMANT = [
    # (sentence, distancing hit) -- WikiWeasel dev, label 0 (certain)
    (
        'Aristotle, in " Politics ", claims that he made changes to land reforms " family plots '
        "and the number of citizens should be kept equal, even if the citizens had all started "
        'with plots of unequal size. ".',
        "claims that",
    ),
    (
        "Researcher Maria Papageorgiou claims that a lot of plays of ancient Greek tragic poets, "
        "not preserved nowadays, were kept verbally, in this dialect, as tales.",
        "claims that",
    ),
    (
        'Patterson claimed to have screened the film for unnamed technicians " in the special '
        "effects department at Universal Studios in Hollywood....",
        "claimed",
    ),
]

UNNAMED_CLAIMANT = [
    # WikiWeasel dev, label 1 (weasel): the unnamed claimant still counts
    "Some people claim that this results in a better taste than that of other diet colas (most "
    "of which are sweetened with aspartame alone).",
    "Though some claim that he campaigned against the Immaculate Conception, this is far from "
    "clear.",
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicons(packs=())


def test_distancing_is_not_counted_by_the_validation():
    assert "distancing" in NON_EPISTEMIC_SUBCATEGORIES
    assert "sourcing" in NON_EPISTEMIC_SUBCATEGORIES


@pytest.mark.parametrize(("sentence", "hit"), NAMED_CLAIMANT)
def test_named_claimant_stays_a_distancing_marker(lexicon, sentence, hit):
    found = [
        (m.text, m.subcategory)
        for m in find_markers(sentence, lexicons=lexicon, quotes=())
        if m.category == "evidential"
    ]
    assert (hit, "distancing") in found


def _predictions(tmp_path, sentences: list[str]) -> pd.DataFrame:
    path = tmp_path / "train.csv"
    pd.DataFrame({"text": sentences, "label": [0] * len(sentences)}).to_csv(path, index=False)
    return evaluate_hedges(path)["predictions"]


def test_named_claimant_is_not_an_uncertainty_cue(tmp_path):
    pred = _predictions(tmp_path, [s for s, _ in NAMED_CLAIMANT])
    assert pred["pred"].tolist() == [False, False, False]


def test_unnamed_claimant_is_still_counted(tmp_path):
    pred = _predictions(tmp_path, UNNAMED_CLAIMANT)
    assert pred["pred"].tolist() == [True, True]
    assert [sorted(c) for c in pred["cues"]] == [["Some people"], ["some"]]
