"""Cases of the sense rules of the twenty-first development round (``audit-dev21``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV21_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "in general", "noun_in_general"): [
        # dev21 (allsides, Fox News): after a verb of saying, a two-hyphen dash after it: the
        # speaker's generalising hedge, a right hit the rule dropped
        (
            "“I'm not following this as closely as you are,” Mitts said. “But I will say in "
            "general -- and I think what I'm saying is probably a sentiment shared not just by my "
            "colleagues, but by law professors around the country -- is we certainly want the "
            "truth to come to light.”",
            "in general",
            "hedge",
            True,
        ),
        # counter-case: a noun's scope stays out, dash or not
        (
            "Voters in general -- and young voters most -- stayed home.",
            "in general",
            "hedge",
            False,
        ),
    ],
    (S, "in general", "sentence_adverb_before_comma"): [
        # dev21 (allsides, Fox News): the dash typed as two hyphens sets the adverb off
        (
            "“But I will say in general -- and I think it is shared -- is we want the truth.”",
            "in general",
            "hedge",
            True,
        ),
        # counter-case: no punctuation after it, no punctuation before it
        ("“But I will say in general terms that we want the truth.”", "in general", "hedge", False),
    ],
    (S, "*", "frequency_name_inside"): [
        # dev21 (allsides, Mother Jones): the adverb between 'known' and 'as'
        (
            "a hearing on legislation that would ban “dismemberment abortion”—a politicized term "
            "for a specific type of abortion procedure, known commonly as dilation and "
            "evacuation, that is typical after the first trimester",
            "commonly",
            "hedge",
            False,
        ),
        # counter-case: no name follows
        (
            "Such side effects are known commonly to occur after the second dose.",
            "commonly",
            "hedge",
            True,
        ),
    ],
    (S, "deadly", "deadly_said_of_disease"): [
        # dev21 (allsides, The Washington Post): a virus made more deadly
        (
            "In October 2014, the U.S. government had imposed a moratorium on funding of any "
            "research that makes a virus more deadly or contagious, known as “gain-of-function” "
            "experiments.",
            "deadly",
            "violence",
            False,
        ),
        # counter-case: an attack, with no disease before the adjective
        ("The rocket attack on the market was deadly.", "deadly", "violence", True),
    ],
    (S, "radical", "historical_faction_name"): [
        # dev21 (allsides, Mother Jones): the Reconstruction faction
        (
            "That’s because Stevens, the beating heart of Radical Republicanism, co-wrote them.",
            "Radical",
            "contested",
            False,
        ),
        # unlabelled AllSides (the corpus's 11 uses are all the faction)
        (
            "He was less supportive of rights for freed slaves than were the Radical Republicans "
            "in Congress.",
            "Radical",
            "contested",
            False,
        ),
        # counter-cases: Trump's capitalised label of an opponent, and the lower-case label
        (
            "“It’s ANTIFA and the Radical Left. Don’t lay the blame on others!”",
            "Radical",
            "contested",
            True,
        ),
        ("He courted radical Republicans in the House.", "radical", "contested", True),
    ],
    (S, "uncertain", "uncertain_times_idiom"): [
        # dev20 (allsides, Vice): the set phrase
        (
            "Its supporters have somewhere where they “can feel safe and be themselves” and "
            "retain a “sense of normalcy” during uncertain times.",
            "uncertain",
            "hedge",
            False,
        ),
        # counter-case: dev12's right label, an uncertain future
        (
            "An industry that is depending on it is an industry with an uncertain future.",
            "uncertain",
            "hedge",
            True,
        ),
    ],
    (S, "plausible", "comparative_plausible"): [
        # dev21 (allsides, Mother Jones): two schemes compared
        (
            "Emails from Moulton and Booker offer more plausible but limited versions of a "
            "matching scheme.",
            "plausible",
            "hedge",
            False,
        ),
        # dev7 (allsides): two explanations compared
        (
            "But their real shortcoming is that they are less plausible than the Aesopian "
            "explanation: This is who Trump is.",
            "plausible",
            "hedge",
            False,
        ),
        # counter-case: dev2's right label
        (
            "But in this case, there may be a plausible enforcement mechanism.",
            "plausible",
            "hedge",
            True,
        ),
    ],
    (P, "military offensive", "on_the_offensive_idiom"): [
        # dev21 (allsides, Mother Jones on Andrew Johnson; the article names Ukraine elsewhere)
        (
            "Ukraine was in the news. In 1866, he decided to go on the offensive, embarking on a "
            "national tour to bolster his support.",
            "offensive",
            "naming",
            False,
        ),
        # counter-case: Russia's offensive as the name of the war
        (
            "Russia's offensive in Ukraine has displaced millions.",
            "offensive",
            "naming",
            True,
        ),
    ],
    (P, "terrorist", "terrorist_list"): [
        # dev20 (allsides, Breitbart): a government list of suspects
        (
            "And despite Chagoury’s being put on the federal terrorist no-fly list, the Clinton "
            "Foundation accepted a $1 to $5 million donation from the nefarious figure.",
            "terrorist",
            "loaded",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "I agree with the NRA about not allowing people on the terrorist watch list, or the no "
            "fly list, to buy guns.",
            "terrorist",
            "loaded",
            False,
        ),
        # counter-case: the label, a comma before a word of listing
        ("He called them terrorists, listing their crimes.", "terrorists", "loaded", True),
    ],
}
