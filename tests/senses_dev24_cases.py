"""Cases of the sense rules of the twenty-fourth development round (``audit-dev24``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV24_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "nearly", "not_nearly"): [
        # dev23 (allsides): 'not nearly' = far from, a wrong hit kept
        (
            "Charon is not nearly massive enough to generate tidal heating.",
            "nearly",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "The Clinton-Sanders race isn't nearly that close, but it's also been an even "
            "lower-turnout affair.",
            "nearly",
            "hedge",
            False,
        ),
        # counter-case (unlabelled dev-half AllSides): an approximation offered as the upper bound
        (
            "It will be important to pick the right income so that a vast majority—if not nearly "
            "all—see declines in their tax bill.",
            "nearly",
            "hedge",
            True,
        ),
        # counter-case: the approximator stays
        ("Nearly half of the voters did not turn out.", "Nearly", "hedge", True),
    ],
    (S, "may", "publisher_notice_unsubscribe"): [
        # dev23 (allsides): a newsletter sign-up box, a wrong hit kept
        (
            "Sign Up Now You may unsubscribe from email communication at any time.",
            "may",
            "hedge",
            False,
        ),
        # counter-case: the writer's hedge about unsubscribing stays
        (
            "Readers who unsubscribe may never come back to the paper.",
            "may",
            "hedge",
            True,
        ),
    ],
    (S, "could", "could_hope_for_idiom"): [
        # dev23 (allsides): the idiom of the best imaginable, a wrong hit kept
        (
            "George H.W. Bush was a man of the highest character and the best dad a son or "
            "daughter could hope for,” he said.",
            "could",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "That it is still happening is about as damning an indictment of his speakership as "
            "one could ask for.",
            "could",
            "hedge",
            False,
        ),
        # counter-case (unlabelled dev-half AllSides): a real request, no superlative before
        (
            "If Trump is violating the decree, the DNC could ask for an extension of up to eight "
            "years.",
            "could",
            "hedge",
            True,
        ),
        # counter-case: an object after 'for' is a real request
        ("Migrants from all of these countries could ask for asylum.", "could", "hedge", True),
    ],
}
