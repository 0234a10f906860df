"""Cases of the sense rules of the seventeenth development round (``audit-dev17``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half AllSides articles ("unlabelled"), quoted; the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV17_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "outrage", "countable_outrage"): [
        # dev7 (allsides): the countable noun names an act as outrageous
        (
            "The other outrage is that Fatah, the political party of Mahmoud Abbas, owned the "
            "page and its propaganda.",
            "outrage",
            "loaded",
            True,
        ),
        # dev16 (allsides, The Week)
        (
            "But anyone who sees the Russian activity as an antidemocratic outrage should be "
            "condemning the United States just as loudly.",
            "outrage",
            "loaded",
            True,
        ),
        # unlabelled (allsides)
        ("“It’s an outrage — a mockery of justice,” Jay Sekulow said.", "outrage", "loaded", True),
        # the example (people's anger, the mass noun): not counted
        (
            "Protesters gathered outside the embassy to express their outrage.",
            "outrage",
            "loaded",
            False,
        ),
        # dev3 (basil): the mass noun
        (
            "“It’s great that public outrage has forced Trump to reconsider this despicable "
            "decision, but it takes more than a tweet to stop trophy hunters from slaughtering "
            "elephants and lions,” Tanya Sanerib said.",
            "outrage",
            "loaded",
            False,
        ),
    ],
    (S, "outrage", "plural_outrages"): [
        # unlabelled (allsides)
        (
            "Voters were distracted by a dizzying procession of lies and outrages and ginned-up "
            "controversies.",
            "outrages",
            "loaded",
            True,
        ),
        # the singular mass noun without a countable determiner is not counted
        ("The decision provoked outrage across the country.", "outrage", "loaded", False),
    ],
}
