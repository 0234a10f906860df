"""Cases of the sense rules of the twentieth development round (``audit-dev20``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV20_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "outrage", "countable_outrage"): [
        # dev20 (allsides, Ben Shapiro): 'a' + a modifier, a quotation mark opened after it: the
        # countable noun, a right hit the require rule dropped
        (
            "Eugene Gu, a Twitter celebrity doctor, called the supposed sign a “national outrage "
            "and a disgrace to the rule of law.”",
            "outrage",
            "loaded",
            True,
        ),
        # unlabelled dev-half AllSides: 'a' + a modifier, no quotation mark
        (
            "Then came a second outrage to rival the first.",
            "outrage",
            "loaded",
            True,
        ),
        # counter-cases: the mass noun, people's anger, stays out ('a wave of' is two words)
        ("It caused a wave of outrage across the country.", "outrage", "loaded", False),
        ("Thousands voiced their outrage.", "outrage", "loaded", False),
    ],
}
