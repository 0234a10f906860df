"""Cases of the sense rules of the nineteenth development round (``audit-dev19``, issue 17) that
the twentieth round adopted on fresh evidence (GUIDELINE.md, round 20; the others stay on branch
``audit27-rules``).

The sentences are from the hit audit's development rounds (the split is named), quoted; the
counter-cases are written by hand, and so are the expected values.  ``tests/test_senses.py``
merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV19_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "evil", "necessary_evil"): [
        # dev19 (allsides, RealClearPolitics): the idiom of a trade-off
        (
            "The field seems content for now to offer general condemnations while unaffiliated "
            "operatives engage in what is largely seen as a necessary evil.",
            "evil",
            "loaded",
            False,
        ),
        ("Voters chose the lesser of two evils.", "evils", "loaded", False),
        # counter-case: a moral condemnation
        ("He called the regime’s policy evil.", "evil", "loaded", True),
    ],
    (S, "suggest", "negative_subject_suggest"): [
        # dev19 (allsides, Slate): nothing suggests it (the negated class of 'suggest')
        (
            "Nothing in Trump’s history suggests he has the moral comprehension or will to speak "
            "the truth about what Putin did, much less to confront him.",
            "suggests",
            "hedge",
            False,
        ),
        ("There is no evidence to suggest the vote was rigged.", "suggest", "hedge", False),
        # counter-case: something suggests it
        ("The data suggest he will lose the election.", "suggest", "hedge", True),
        # counter-case: a comma ends the negative subject
        (
            "Although there was no evidence of fraud, the report suggests turnout was low.",
            "suggests",
            "hedge",
            True,
        ),
    ],
    (S, "in general", "noun_in_general"): [
        # dev19 (allsides, Yahoo! The 360): a scope after a noun, with a comma after it
        (
            "Even among those who support vote-by-mail in general, there’s concern about the "
            "logistics of having a nationwide system up and running by November.",
            "in general",
            "hedge",
            False,
        ),
        # dev17 (allsides)
        (
            "Another challenge was finding a way to talk about equality in general, even though "
            "there are many different ways people can be equal and unequal.",
            "in general",
            "hedge",
            False,
        ),
        # counter-case, dev2 (allsides): the sentence adverb, set off by commas
        (
            "But American spy agencies, in general, focus their collection efforts on "
            "adversarial governments, like Russia, not current friends.",
            "in general",
            "hedge",
            True,
        ),
    ],
}
