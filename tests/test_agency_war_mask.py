"""The AllSides war-reporting mask of the agency pools (analysis.evaluation.agency_sample): a
title with a war word and at least WAR_MIN_HITS war words in the text. The mask counts the text
only where the title qualifies (a speed-up); these cases hold before and after it."""

from __future__ import annotations

import pandas as pd

from analysis.evaluation import agency_sample


def test_war_mask_needs_the_title_and_enough_words_in_the_text():
    many = " ".join(["The troops advanced."] * agency_sample.WAR_MIN_HITS)
    few = " ".join(["The troops advanced."] * (agency_sample.WAR_MIN_HITS - 1))
    df = pd.DataFrame(
        {
            "title": ["Taliban retake the valley", "Budget talks stall", "Taliban talks", None],
            "text": [many, many + " " + many, few, many],
        },
        index=[10, 3, 7, 1],
    )
    mask = agency_sample._is_war(df)  # noqa: SLF001 - the mask behind allsides_war
    assert mask.index.equals(df.index)
    assert mask.to_numpy(bool).tolist() == [True, False, False, False]
    assert df[mask].index.tolist() == [10]


def test_war_mask_of_missing_texts_is_false():
    df = pd.DataFrame({"title": ["Troops withdraw", "Rebels"], "text": ["", None]})
    assert not agency_sample._is_war(df).any()  # noqa: SLF001 - the mask behind allsides_war
