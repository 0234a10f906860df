"""Cases of the sense rules of the fifteenth development round (``audit-dev15``, issue 17).

The sentences are from the hit audit's development round dev15 (the split is named) and from
unlabelled dev-half articles of the audit corpora ("unlabelled"), quoted, plus a few short
constructed counter-cases (marked by their comment: what stays); the expected values are written
by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV15_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "radical", "free_radical_chemistry"): [
        # dev15 (allsides, InfoWars)
        (
            "Polonium-210 is a radioactive substance that releases extremely harmful alpha "
            "particles throughout the body producing cancer-causing free radicals.",
            "radicals",
            "contested",
            False,
        ),
        # the political label stays
        (
            "The radicals in the party blocked the deal.",
            "radicals",
            "contested",
            True,
        ),
    ],
    (S, "plausibly", "plausibly_claim_manner"): [
        # dev15 (allsides, The Week - Opinion)
        (
            "What I do know is that the behavior Tara Reade has plausibly alleged about the "
            "presumptive Democratic nominee is going to be a major liability for him as we head "
            "toward Election Day.",
            "plausibly",
            "hedge",
            False,
        ),
        # unlabelled (allsides, National Review)
        (
            "Some analysts plausibly argue that these statistics are unfairly inflated because "
            "they’re pegged to the large coattails Obama had.",
            "plausibly",
            "hedge",
            False,
        ),
        # unlabelled (allsides, Christian Science Monitor): a possibility stays
        (
            "Among the unwelcome scenarios that could plausibly unfold are these: a region-wide "
            "nuclear arms race.",
            "plausibly",
            "hedge",
            True,
        ),
    ],
    (S, "possibly", "possibly_negative_subject"): [
        # dev15 (allsides, The Week - Opinion)
        (
            "There's no way that Trump, a man whose mendaciousness is well established and total, "
            "can possibly succeed in portraying Biden as more dishonest than he is.",
            "possibly",
            "hedge",
            False,
        ),
        # unlabelled (allsides, Media Research Center)
        (
            "Their hostility against the White House is now so obvious, nobody could possibly "
            "take them seriously if they ever again claim to be fair and non-partisan "
            "professionals.",
            "possibly",
            "hedge",
            False,
        ),
        # unlabelled (allsides, Rich Lowry)
        (
            "Yet nothing he’s ever said could possibly justify indiscriminately shooting people.",
            "possibly",
            "hedge",
            False,
        ),
        # unlabelled (allsides, Daily Kos): a possibility stays
        (
            "A few counties have yet to finalize their tallies with absentee and provisional votes "
            "ahead of a Dec. 9 deadline for certifying results, which could possibly bring "
            "Cooper’s edge back below the 10,000-vote mark.",
            "possibly",
            "hedge",
            True,
        ),
    ],
    (S, "*", "frequency_superlative_after_participle"): [
        # dev15 (allsides, The Week - Opinion)
        (
            "If anything, rank-and-file Democrats have expressed regret that some #MeToo "
            "allegations have taken down popular members of the party (former Minnesota Sen. Al "
            "Franken is the example cited most frequently).",
            "frequently",
            "hedge",
            False,
        ),
        # unlabelled (allsides, ABC News)
        (
            "In terms of candidate attributes, desire for a candidate who “shares my values” or "
            "“can bring needed change” are cited most often, followed by one who “tells it like it "
            "is.”",
            "often",
            "hedge",
            False,
        ),
        # a frequency generalisation stays
        (
            "Such attacks most often happen at night.",
            "often",
            "hedge",
            True,
        ),
    ],
    (S, "*", "cognition_in_condition"): [
        # dev15 (allsides, HotAir)
        (
            "If you assume you can trust the administration on this issue you are not following "
            "the bouncing ball.",
            "assume",
            "hedge",
            False,
        ),
        # unlabelled (allsides, Reason)
        (
            "Here's an idea. If you think America's veterans deserve more respect, why not donate "
            "your clothes to a veterans' charity instead?",
            "think",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "But even if we presume welfare policy remains what it is now, we should be hesitant "
            "to embrace a policy of such heavy-handed redistribution.",
            "presume",
            "hedge",
            False,
        ),
        # the writer's own belief stays
        (
            "I think the deal will collapse.",
            "think",
            "hedge",
            True,
        ),
    ],
    (S, "scam", "scam_fraud_type"): [
        # dev15 (allsides, Quartz)
        (
            "To teach your kids about phishing scams, you might also consider using a service like "
            "Interland.",
            "scams",
            "loaded",
            False,
        ),
        # the writer's label stays
        (
            "The GOP tax scam will hurt the middle class.",
            "scam",
            "loaded",
            True,
        ),
        # unlabelled (allsides): a label of Wall Street, not a kind of fraud
        (
            "jamming things down his throat like gender neutral bathrooms and murderous Muslim "
            "refugees and Wall Street scams that mean he gets about .001% interest on that money",
            "scams",
            "loaded",
            True,
        ),
    ],
    (S, "some/many + people + say", "feeling_not_belief"): [
        # dev15 (allsides, RealClearPolitics)
        (
            "“Democrats can’t be afraid to cheerlead the economic gains we’ve made, while also "
            "laying out new ideas, like a middle-class tax cut, that addresses the economic "
            "squeeze many people still feel,” said Doug Thornell, a Democratic strategist.",
            "many people",
            "evidential",
            False,
        ),
        # unlabelled (allsides, Fox News)
        (
            "But especially with Romney and the Republicans offering an across-the-board rate cut "
            "for all taxpayers, many Democrats feel uneasy about the idea of backing any tax "
            "increase.",
            "many Democrats",
            "evidential",
            False,
        ),
        # unlabelled (allsides, Politico): a belief stays
        (
            "Then there’s the matter of principle: Many Americans feel that it is a good thing to "
            "judiciously give some of “your tired, your poor, your huddled masses” a chance.",
            "Many Americans",
            "evidential",
            True,
        ),
    ],
    (P, "military offensive", "offensive_to"): [
        # dev15 (by_country, PL)
        (
            '"Considering the circumstances (Russian offensive to Ukraine), President Putin will '
            'not be invited," said the mission of liberation in a communiqué.',
            "offensive",
            "naming",
            True,
        ),
    ],
}

#: audit-dev15: the vague source "some in + a group + a verb of saying" (evidentials.csv).
DEV15_LEXICON_CASES: list[tuple[str, str, str, bool]] = [
    # dev15 (guardian_nyt, New York Times)
    (
        "Ukraine has no intention of ceding territory in a negotiated settlement, as some in the "
        "West have suggested, he said.",
        "some in the West",
        "evidential",
        True,
    ),
    # unlabelled (allsides)
    (
        "Some in Congress warn that the legislative process will need two weeks to work through "
        "potentially complex measures.",
        "Some in Congress",
        "evidential",
        True,
    ),
    # unlabelled (allsides)
    (
        "Heritage released a similar report in 2007 that many in the GOP believe helped derail "
        "an effort to rewrite immigration laws at the time.",
        "many in the GOP",
        "evidential",
        True,
    ),
    # a quantity of a thing in a place is no source
    (
        "He invested some in the fund and the rest in bonds.",
        "some in the fund",
        "evidential",
        False,
    ),
]
