"""Cases of the sense rules of the eighteenth development round (``audit-dev18``, issue 17) that
the twentieth round adopted on fresh evidence (GUIDELINE.md, round 20; the others stay on branch
``audit26-rules``).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half AllSides articles ("unlabelled"), quoted; the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"
P = "packs/ukraine-2022/senses.csv"

DEV18_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "guess", "guess_activity"): [
        # dev18 (allsides): the idiom that nobody knows, the writer's uncertainty (a right hit
        # the rule dropped)
        (
            "(It's anyone's guess what's happening behind closed doors - despite leaks from both "
            "sides that have fed speculative news stories, there is no evidence.)",
            "guess",
            "hedge",
            True,
        ),
    ],
    (S, "indicate", "indicate_announced_plan"): [
        # dev18 (allsides): an auxiliary and a time adverb between the subject and the verb
        (
            "McConnell and House Republicans have previously indicated that they would want to "
            "see liability protections for businesses and health care employers.",
            "indicated",
            "hedge",
            False,
        ),
        # dev11 (allsides): evidence indicating, kept
        (
            "The latest report by the VA inspector general's office and Shinseki's auditors "
            "indicated a link between employee bonuses and covering up patient wait times.",
            "indicated",
            "hedge",
            True,
        ),
    ],
    (P, "relentless", "hostile_conduct_context"): [
        # dev18 (allsides): a right hit the war-context require rule dropped
        (
            "The relentless babble of Matthews might recall for some bookworms the words of H.L. "
            "Mencken decrying President Warren Harding's English.",
            "relentless",
            "loaded",
            True,
        ),
        # unlabelled (allsides)
        (
            "Trump waved that flag and marked the occasion with relentless attacks against "
            "Hillary Clinton’s husband.",
            "relentless",
            "loaded",
            True,
        ),
        # dev7 (allsides, wrong): no hostility named
        (
            "The investigation has mushroomed into a relentless examination of Trump's political, "
            "personal and business life.",
            "relentless",
            "loaded",
            False,
        ),
    ],
}
