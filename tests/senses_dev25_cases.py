"""Cases of the sense rules of the twenty-fifth development round (``audit-dev25``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are the wrong-sense hits the narrowed rules were
written for, and the expected values are written by hand.  ``tests/test_senses.py`` merges them
into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV25_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "sort of", "sort_of_type_pronoun"): [
        # dev20 (allsides, quoted): the adverb between a pronoun subject and a verb, a right
        # hit sort_of_type dropped
        ("I feel like that sort of sums it up.", "sort of", "hedge", True),
        # unlabelled dev-half AllSides
        (
            '"The one thing that sort of upsets me a little bit is the president is trying to '
            'use emotion to force things through."',
            "sort of",
            "hedge",
            True,
        ),
        (
            "France opposed the Iraq war in 2003 which sort of frees it psychologically.",
            "sort of",
            "hedge",
            True,
        ),
        # counter-cases: the type after a demonstrative (dev10 wrong, kind_type), and a plural
        # noun after "the sort of" (unlabelled dev-half AllSides)
        ("Allies really aren't supposed to do this sort of thing.", "sort of", "hedge", False),
        (
            "That's the sort of politics it tends to want to stay out of.",
            "sort of",
            "hedge",
            False,
        ),
    ],
    (S, "sort of", "sort_of_type"): [
        # counter-case (dev18, a wrong hit the rule removes): still removed
        (
            "The reform would force universities to offer the same sort of exit exams as the "
            "admission exams.",
            "sort of",
            "hedge",
            False,
        ),
    ],
    (S, "it is believed", "it_is_often_usage"): [
        # dev18 (allsides) and dev13 (allsides, quoted): right hits the rule dropped
        (
            "It is often forgotten that after the 7/7 attacks in 2005, a second wave of bombers "
            "hit London two weeks later.",
            "It is often",
            "evidential",
            True,
        ),
        (
            "A caste system endures because it is often justified as divine will.",
            "it is often",
            "evidential",
            True,
        ),
        # counter-case (dev23, a wrong hit the rule removes): a frequency, not a report
        (
            "That sort of thing happens, but even then it is often artificial.",
            "it is often",
            "evidential",
            False,
        ),
    ],
}
