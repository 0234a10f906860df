"""Cases of the sense rules of the twenty-sixth development round (``audit-dev26``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are right-sense hits of the same terms (development
labels or unlabelled uses read), and the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV26_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "*", "comparative_degree_adverb"): [
        # dev25 (allsides): the most obvious of several changes, a wrong hit kept
        (
            "Much changed after humans last flew to space from the nation. Most obviously, the "
            "U.S.’s relations with Russia have frayed.",
            "obviously",
            "booster",
            False,
        ),
        # dev24 (allsides): a degree compared, a wrong hit kept
        (
            "The previous transgressors are less a concern than those subjected to campaigns of "
            "hate among the Left for offenses much less obviously based in bad will.",
            "obviously",
            "booster",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Some of the people it nominates to top positions will be less obviously unqualified "
            "to serve than Steve Bannon.",
            "obviously",
            "booster",
            False,
        ),
        # counter-cases: dev13 and dev23 right hits (no comparison)
        ("Now this is obviously a new race.", "obviously", "booster", True),
        (
            "We all know some individuals who are so obviously good and kind that we are certain "
            "of it.",
            "obviously",
            "booster",
            True,
        ),
        # counter-case: the emphatic 'most certainly' is not listed
        (
            "A future president most certainly can extricate the U.S. from a disastrous executive "
            "agreement.",
            "certainly",
            "booster",
            True,
        ),
    ],
    (S, "*", "assuming_conditional"): [
        # dev19 (allsides): a concessive condition, a wrong hit kept
        (
            "But assuming such an obligation, the money that San Francisco spends trying to house "
            "the homeless locally could be better spent.",
            "assuming",
            "hedge",
            False,
        ),
        # dev25 (allsides): after a dash, a wrong hit kept
        (
            "I don’t think Kim can afford to back down without some show of force at this point "
            "— assuming that Kim is running things at all.",
            "assuming",
            "hedge",
            False,
        ),
        # dev23 (allsides): in a parenthesis, a wrong hit kept
        (
            "In fact, Trump will be only the second world leader Kim has ever met (presuming he "
            "first sits down with South Korean President Moon Jae-in).",
            "presuming",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Even assuming that judges apply such standards with precision, should they consider "
            'a 5 percent risk "significant"?',
            "assuming",
            "hedge",
            False,
        ),
        # counter-cases (unlabelled dev-half AllSides): a person's belief, a participle
        (
            "People either become less inclined to participate in those corrupted processes or — "
            "seeing the corruption and assuming that it represents the normal and expected state "
            "of play — come to accept it.",
            "assuming",
            "hedge",
            True,
        ),
        (
            "Mr. Kushner expressed relief over Mr. Mueller’s appointment in May, assuming that the "
            "prosecutor’s inquiry would effectively freeze congressional investigations.",
            "assuming",
            "hedge",
            True,
        ),
        # counter-case: dev17 right hit (reported)
        (
            "If not, they assumed that the women would stay silent out of embarrassment or fear.",
            "assumed",
            "hedge",
            True,
        ),
    ],
    (S, "*", "assuming_opening_conditional"): [
        # audit37 (the lead's decision on the conditional, dev10/dev19/dev23/dev25 labels):
        # unlabelled dev-half AllSides, an opening conditional clause closed by a comma
        (
            "The results? Rubio lost by six points; Cruz, by 13. Assuming Rubio soldiers on past "
            "the March 15 vote in Florida, he and Cruz need to strike an accord.",
            "Assuming",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides, opening a quotation
        (
            "“Assuming this wasn’t someone inside Twitter trying to take revenge, it appears to be "
            "a spear phishing attack,” said Schmidt.",
            "Assuming",
            "hedge",
            False,
        ),
        # counter-cases (unlabelled dev-half AllSides): a gerund subject, no conditional clause;
        # and the mid-sentence participle of belief stays as today
        (
            "Assuming from the get-go that brain dysfunction is always the cause is like shooting "
            "ourselves in the foot before we even start the race.",
            "Assuming",
            "hedge",
            True,
        ),
        (
            "Mr. Kushner expressed relief over Mr. Mueller’s appointment in May, assuming that the "
            "prosecutor’s inquiry would effectively freeze congressional investigations.",
            "assuming",
            "hedge",
            True,
        ),
    ],
    (S, "bloody", "literal_blood"): [
        # audit37: dev24, dev26 and dev25 (allsides, basil), literal blood on a body or its
        # head, wrong hits kept
        (
            "Kathy Griffin holding a facsimile of the bloody, severed head of President Donald "
            "Trump.",
            "bloody",
            "loaded",
            False,
        ),
        (
            "Hours after Kathy Griffin’s photo shoot with a fake bloody Donald Trump head made the "
            "internet rounds, the official Twitter account for the U.S. Secret Service has issued "
            "a statement.",
            "bloody",
            "loaded",
            False,
        ),
        ("He lifted the tarp and saw a bloody form.", "bloody", "loaded", False),
        # unlabelled dev-half AllSides
        (
            "He fell to the ground and sustained a bloody head wound.",
            "bloody",
            "loaded",
            False,
        ),
        # counter-cases: development right hits (bloody events, a loaded label)
        (
            "Anti-Assad forces would inflict deep suffering on a people who have already been "
            "devastated by eight years of bloody conflict.",
            "bloody",
            "loaded",
            True,
        ),
        (
            "The startling statistic comes as Russia’s bloody invasion of Ukraine is in its 68th "
            "day.",
            "bloody",
            "loaded",
            True,
        ),
        (
            '"We must fight this bloody, criminal leadership; we must fight for our country, our '
            'Ukraine."',
            "bloody",
            "loaded",
            True,
        ),
    ],
    (S, "*", "frequency_name"): [
        # dev25 (allsides): 'referred to by' introduces a name, a wrong hit kept
        (
            "The couple, commonly referred to by their first names, said they intend to split "
            "their time between the U.K. and North America.",
            "commonly",
            "hedge",
            False,
        ),
        # counter-case: dev12 right hit ('commonly' + a participle that is no naming verb)
        (
            "Overdose deaths linked to heroin overtook overdose deaths linked to commonly "
            "prescribed painkillers.",
            "commonly",
            "hedge",
            True,
        ),
    ],
}
