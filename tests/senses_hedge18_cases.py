"""Cases of the sense rules of round hedge18 (issue 17: an unnamed group's claim, ``argue that``).

The sentences are quoted from the WikiWeasel development half (``wikiweasel-dev``) and from the
audit corpora (the corpus is named); the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``; the subcategory each hit gets (vague
attribution or a named claimant's distancing) is checked in ``tests/test_hedges_hedge18.py``.
"""

from __future__ import annotations

S = "senses.csv"

HEDGE18_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "argue that", "plural_claimant"): [
        # wikiweasel-dev (weasel): a plural common noun, then an adverb set off by commas
        (
            "Recent researchers, however, argue that correlations such as the one listed above "
            "may have more to do with the overall effects of schooling rather than literacy "
            "alone.",
            "argue that",
            "evidential",
            True,
        ),
        # basil: a plural common noun right before the verb
        (
            "But immigration advocates argue that scrapping the concept of birthright "
            "citizenship would do away with a vital principle, and would be counterproductive "
            "to the stated goals of those who, like Mr. Trump, rail routinely against illegal "
            "immigration.",
            "argue that",
            "evidential",
            True,
        ),
        # by-country: a plural noun opening the sentence
        (
            "American officials insist that Western weapons are still flowing to the front "
            "lines of the fighting.",
            "insist that",
            "evidential",
            True,
        ),
        # wikiweasel-dev (not weasel): the infinitive of a named person's claim
        (
            "Retrieved March 28, 2007. Krugman was one of the first to argue that deregulation "
            "of the California energy market had led to illegal market-manipulation by Enron "
            "and other energy companies.Paul Krugman,, Retrieved October 27, 2008.",
            "argue that",
            "evidential",
            False,
        ),
    ],
    (S, "argue that", "quantified_claimant"): [
        # by-country: 'Many international lawyers' is the cue already (quantifier 'Many')
        (
            "Many international lawyers argue that Nato is an illegal organisation since it is a "
            "political and military alliance, not exclusively focused on peace and security, "
            "although it signed up to article 2(4) of the UN charter prohibiting use of force to "
            "resolve disputes.",
            "argue that",
            "evidential",
            False,
        ),
        # allsides
        (
            "Some Congressional scholars argue that opposition to tax increases offered a new "
            "kind of ideological glue after the cold war.",
            "argue that",
            "evidential",
            False,
        ),
    ],
    (S, "claimed", "plural_claimant"): [
        # wikiweasel-dev (weasel): the hit stays, as the vague attribution of 'argue that'
        (
            "Critics of Social Security claim that it gives a low rate of return, compared to "
            "what is obtained through private retirement accounts.",
            "claim that",
            "evidential",
            True,
        ),
    ],
    (S, "allege", "plural_claimant"): [
        # wikiweasel-dev (weasel)
        (
            "Local protest groups and environmentalists allege that the tests have caused "
            "widespread damage to the local environment, various health problems among the "
            "local population, and damaged the ozone layer, specifically through the release of "
            "the chemical bromotrifluoride into the upper atmosphere.",
            "allege that",
            "evidential",
            True,
        ),
    ],
    (S, "suggest", "suggested_attributive"): [
        # basil: the attributive participle after a determiner (a proposal)
        (
            "Among the suggested recommendations on the gun-policy front, only the ban on "
            "high-capacity magazines could have had a tangible impact on the shooting in Newtown, "
            "and it's unclear what, exactly, the effect would have been.",
            "suggested",
            "hedge",
            False,
        ),
        # by-country: the verb after a relative 'that' stays
        (
            "He also dismissed comments made by Scholz that suggested British and French troops "
            "are in Ukraine, programming cruise missiles.",
            "suggested",
            "hedge",
            True,
        ),
    ],
    (S, "estimate", "estimated_attributive"): [
        # basil: the attributive participle qualifies a figure
        (
            "According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of GOP "
            "plans to read the document on the House floor.",
            "estimated",
            "hedge",
            False,
        ),
        # allsides: the verb after a relative 'that' stays
        (
            "“Hotels are clearly an ideal situation right now,” said Randall Kuhn, an associate "
            "professor at UCLA’s Fielding School of Public Health and co-author of a recent study "
            "that estimated coronavirus could hospitalize 2,600 homeless people in Los Angeles "
            "and result in about 400 deaths.",
            "estimated",
            "hedge",
            True,
        ),
    ],
}
