"""Cases of the sense rules of round hedge20 (issue 17 item 5, WikiWeasel).

The sentences are quoted from the WikiWeasel development half (``wikiweasel-dev``, label as
annotated) and from the audit corpora (the corpus is named); the expected values are written by
hand. ``kept``: the surface is a hit of the category in the sentence. ``tests/test_senses.py``
merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

HEDGE20_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "several", "quantity_of_time"): [
        # wikiweasel-dev (not weasel): a quantity of time
        (
            "Effects of soil borne herbicide may take several years to clear.",
            "several",
            "quantifier",
            False,
        ),
        # by-country: 'for several weeks'
        (
            "According to information provided by the Polish press agency, Polish diplomacy has "
            "been talking about this subject for several weeks with some Member States.",
            "several",
            "quantifier",
            False,
        ),
        # wikiweasel-dev (weasel): a plural noun of things, not of time, stays
        (
            "Several tobacco companies advocate the creation of smoke-free areas within public "
            "buildings as an alternative to outright smoking bans.",
            "Several",
            "quantifier",
            True,
        ),
    ],
    (S, "several", "rough_number"): [
        # allsides: a number given roughly
        (
            "In 2002, the SARS outbreak killed several hundred people in East Asia.",
            "several",
            "quantifier",
            False,
        ),
        # wikiweasel-dev (not weasel)
        (
            "It was of such magnitude that several hundred year old cypress trees in the local "
            "cemetery were uprooted and fell on surrounding tombstones.",
            "several",
            "quantifier",
            False,
        ),
        # wikiweasel-dev (weasel): 'several other' + a group stays
        (
            "Forty-eight hours before the elections, Laíno and several other National Accord "
            "members were placed under house arrest.",
            "several",
            "quantifier",
            True,
        ),
    ],
}
