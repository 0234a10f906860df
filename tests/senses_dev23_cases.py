"""Cases of the sense rules of the twenty-third development round (``audit-dev23``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV23_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "definitively", "manner_definitively_verb"): [
        # dev22 (allsides, Newsmax): the manner of deciding, a wrong hit kept
        (
            "Collins, who is in her third term, said she would vote to move the bill forward but "
            "that she has not definitively decided on whether she would support it.",
            "definitively",
            "booster",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "The Iowa caucuses may have only muddied the waters in the presidential race, but they "
            "almost definitively decided one thing: the next president will not be a governor.",
            "definitively",
            "booster",
            False,
        ),
        # counter-case: the writer's certainty about a claim stays
        (
            "The new report definitively shows that the decision was made in March.",
            "definitively",
            "booster",
            True,
        ),
    ],
    (S, "plainly", "manner_plainly"): [
        # dev22 (allsides, MSNBC): the manner of expressing a view, a wrong hit kept
        (
            "Judge Jeffrey Sutton, appointed by former president George W. Bush, plainly "
            "expressed his view that same-sex marriage rights should be decided at the ballot "
            "box.",
            "plainly",
            "booster",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "He has become a real convert to the issue and he very plainly expressed that.",
            "plainly",
            "booster",
            False,
        ),
        # counter-case: the writer's certainty stays
        (
            "The judge's view is plainly at odds with the expression of the voters' will.",
            "plainly",
            "booster",
            True,
        ),
    ],
}
