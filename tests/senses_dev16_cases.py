"""Cases of the sense rules of the sixteenth development round (``audit-dev16``, issue 17).

The sentences are from the hit audit's development rounds (dev16, and dev11 for the clause-final
manner adverb; the split is named) and from unlabelled dev-half AllSides articles
("unlabelled"), quoted, plus a few short constructed counter-cases (marked by their comment: what
stays); the expected values are written by hand.  ``tests/test_senses.py`` merges them into its
``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV16_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "*", "manner_at_clause_end"): [
        # dev11 (allsides, NPR Online News)
        (
            "The court concludes that it has no qualms about taking this step because if Congress "
            'wants to "authorize such a far‐reaching and unprecedented program, it has every '
            'opportunity to do so, and to do so unambiguously."',
            "unambiguously",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        ("Grassley shot that down emphatically.", "emphatically", "booster", False),
        # unlabelled (allsides)
        (
            "Asked whether most of her neighbors in Colorado really know who Diamond and Silk "
            "are, Malkin answered emphatically.",
            "emphatically",
            "booster",
            False,
        ),
        # unlabelled (allsides): after a comma it is a sentence adverb and stays
        (
            "This was a protest vote for many fed up with the two main parties, clearly.",
            "clearly",
            "booster",
            True,
        ),
        # the writer's certainty inside the clause stays
        ("Putin clearly wants a war.", "clearly", "booster", True),
        # dev13 (allsides, The American Mind): after a verb of proof, the proof's certainty stays
        (
            "Americans understood what our social scientists have demonstrated conclusively: "
            "children raised in such a family are likely to be more law-abiding.",
            "conclusively",
            "booster",
            True,
        ),
    ],
    (S, "blasted", "blast_explosion"): [
        # dev16 (allsides, CNBC): criticised for
        (
            "After the election, Google was blasted for placing a false story from a fake news "
            "site claiming Donald Trump had won the popular vote.",
            "blasted",
            "loaded",
            True,
        ),
        # the explosion stays excluded
        ("The ruins of blasted heritage sites lay along the road.", "blasted", "loaded", False),
    ],
    (S, "possibility", "possibility_object"): [
        # dev16 (allsides, The Intercept)
        (
            "“Millions of civilians living in conflict-scarred nations, including many women and "
            "children, face being pushed to the brink of starvation, with the specter of famine a "
            "very real and dangerous possibility.”",
            "possibility",
            "hedge",
            True,
        ),
        # the object of an action stays excluded
        ("They will study the possibility of new sanctions.", "possibility", "hedge", False),
    ],
    (S, "*", "violent_imagery_abstract_target"): [
        # dev16 (allsides, The Boston Globe)
        (
            "Although many are saying that the decision may have to do with race, it is more "
            "likely that Wilson is not facing charges because courts have decimated the law that "
            "holds officers accountable for excessive force.",
            "decimated",
            "loaded",
            False,
        ),
        # people as the target stay
        ("The militia decimated the villagers.", "decimated", "loaded", True),
    ],
    (S, "indicate", "indicate_announced_plan"): [
        # dev16 (allsides, The Boston Globe)
        (
            "Meanwhile, in Rhode Island, Governor Gina Raimondo indicated she, too, will take "
            "action Wednesday, and California officials are advising people to stop vaping "
            "immediately.",
            "indicated",
            "hedge",
            False,
        ),
        # evidence pointing to an outcome stays
        ("The data indicate she will lose.", "indicate", "hedge", True),
    ],
    (S, "*", "cognition_in_inverted_condition"): [
        # dev16 (allsides, National Review)
        (
            "Indeed, it’s hard to imagine that Southern would have embarked on this project had "
            "she not assumed she could show the end product to her audience.",
            "assumed",
            "hedge",
            False,
        ),
        # the writer's own assumption stays
        ("I assume she could show the film to her audience.", "assume", "hedge", True),
    ],
    (S, "virulently", "virulent_disease"): [
        # unlabelled (allsides): a disease
        (
            "She said they avoided her as if she had a virulent disease.",
            "virulent",
            "loaded",
            False,
        ),
        # dev16 (allsides, Newt Gingrich): the evaluation stays
        (
            "We will have to eradicate this virulent religious intolerance.",
            "virulent",
            "loaded",
            True,
        ),
    ],
    (S, "jihadist", "jihadist_armed_group"): [
        # dev16 (allsides, Newsmax - News)
        (
            "The Islamic State (IS) group claimed to have carried out a deadly suicide attack in "
            "eastern Afghanistan Saturday, in what, if verified, would be the first major attack "
            "claimed by the jihadist group in the country.",
            "jihadist",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "It included an examination of ways to reduce recruitment into violent jihadist groups "
            "in Pakistan in 2009.",
            "jihadist",
            "loaded",
            False,
        ),
        # dev (allsides, National Review): the label of a state stays
        (
            "Kerry, when not steering aid, comfort, and goo-gobs of cash to the jihadist regime in "
            "Tehran, is telling the international media that maybe terrorism would go away.",
            "jihadist",
            "loaded",
            True,
        ),
    ],
    (S, "may have", "counterfactual_but_not"): [
        # dev16 (allsides, John Stossel)
        (
            "He could have written about the desire to replace a bad king with a good king, but "
            "he didn't.",
            "could have",
            "hedge",
            False,
        ),
        # a possibility the writer hedges stays
        (
            "He could have written the letter himself, but nobody knows.",
            "could have",
            "hedge",
            True,
        ),
    ],
}

#: audit-dev16: the plural 'tyrannies' of the listed noun 'tyranny' (loaded.csv form list).
DEV16_LEXICON_CASES: list[tuple[str, str, str, bool]] = [
    # dev16 (allsides, Ryan Cooper)
    (
        "(In the South, it organized one of the most brutal tyrannies in history.)",
        "tyrannies",
        "loaded",
        True,
    ),
]

#: audit-dev16: the adjective 'virulent' listed with 'virulently' (loaded.csv), its disease sense
#: excluded (senses.csv virulent_disease).
DEV16_VIRULENT_CASES: list[tuple[str, str, str, bool]] = [
    # dev16 (allsides, Newt Gingrich)
    (
        "We will have to eradicate this virulent religious intolerance and violence here at home "
        "and across the planet.",
        "virulent",
        "loaded",
        True,
    ),
    # unlabelled (allsides)
    (
        "Nehlen, a white nationalist and virulent anti-Semite, was among the prominent voices.",
        "virulent",
        "loaded",
        True,
    ),
    # unlabelled (allsides): a disease
    (
        "The world is reeling from the economic shock induced by one of the most virulent "
        "pandemics since the 1918 Spanish flu.",
        "virulent",
        "loaded",
        False,
    ),
    # unlabelled (allsides): a virus
    (
        "COVID-19 could simply burn itself out as it mutates into a less virulent form over time.",
        "virulent",
        "loaded",
        False,
    ),
]
