"""Cases of the sense rules of round hedge19 (issue 17: a named person's belief reported).

The sentences are quoted from the WikiWeasel development half (``wikiweasel-dev``) and from the
audit corpora (the corpus is named); the expected values are written by hand. ``kept``: the
verb is a hedge hit of the sentence. ``tests/test_senses.py`` merges them into its ``CASES``;
the subcategory each hit gets (``attributed_belief`` after a named subject, ``epistemic_verb``
otherwise: one marker, not two) is checked in ``tests/test_hedges_hedge19.py``.
"""

from __future__ import annotations

S = "senses.csv"

HEDGE19_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "believes", "named_believer"): [
        # wikiweasel-dev (not weasel): a name opening the sentence
        (
            "Grant believed a worldwide slump would arise from the fall of the stock markets.",
            "believed",
            "hedge",
            True,
        ),
        # by-country: a name, the -s form
        (
            "Wallace believes that Scholz should provide Taurus cruise missiles to Ukraine.",
            "believes",
            "hedge",
            True,
        ),
        # allsides: 'believe in' (a value) is left out by the row as by the row believe
        ("He believed in people.", "believed", "hedge", False),
    ],
    (S, "believe", "named_believer"): [
        # wikiweasel-dev (not weasel): a pronoun; the hit is the row 'named subject + believes'
        (
            "In other words, he believed that Russia would have to wait for the same historical "
            "development experienced by the West.",
            "believed",
            "hedge",
            True,
        ),
        # wikiweasel-dev (weasel): a quantified subject, the row believe
        (
            "Some Muslims believe hijab covering for women should be compulsory as part of "
            "Sharia law.",
            "believe",
            "hedge",
            True,
        ),
    ],
    (S, "think", "named_believer"): [
        # basil: a pronoun, 'thinks'
        (
            "Summers added that he thinks Congress will pass the deal President Obama struck "
            "with Republicans, an agreement that has come under withering criticism from "
            "liberal Democrats over the two-year extension of tax cuts for the rich as well as "
            "the middle class.",
            "thinks",
            "hedge",
            True,
        ),
        # by-country: 'think-tank' is a noun for both rows
        (
            "Analysis from the U.S. think-tank Institute for the Study of War found that Ukraine "
            "was increasingly failing to intercept even half of Russian missiles since March 22.",
            "think",
            "hedge",
            False,
        ),
    ],
}
