"""Cases of the sense rules of the thirteenth development round (``audit-dev13``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half articles of the audit corpora ("unlabelled"), quoted; the expected values are written
by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV13_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "*", "manner_demanded_speech_act"): [
        # dev13 (allsides, The American Mind)
        (
            "Again, Republicans must say plainly, without the usual LGBT/feminist-appeasing "
            "qualifications, that: traditional marriage is the best way to raise children.",
            "plainly",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        (
            "“The president needs to state unequivocally those who come here will not be able to "
            "stay, that they will not qualify under [Deferred Action] or under any other program, "
            "and any deportation policy review will not contemplate allowing them to stay,” said "
            "Sen. Jeff Flake.",
            "unequivocally",
            "booster",
            False,
        ),
        # unlabelled (allsides): an assertion, no demand
        (
            '“This overall narrative, this is clearly an attempt to delegitimize Trump’s win," '
            "Miller said Monday.",
            "clearly",
            "booster",
            True,
        ),
    ],
    (S, "*", "manner_of_presentation"): [
        # dev13 (guardian_nyt, New York Times, a theatre review)
        (
            "An inquest into Berezovsky’s mysterious death returned an unusual “open verdict,” "
            "but on this occasion, it is unequivocally presented as a suicide: The play ends with "
            "this balding man, bereft of authority, preparing to end his life.",
            "unequivocally",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        (
            "Satirical publications exist and serve a purpose, but are clearly labeled as "
            "exaggerated and humorous by the writers and owners.",
            "clearly",
            "booster",
            False,
        ),
        # unlabelled (allsides): the writer's certainty about a person
        (
            '"He is clearly a constitutionalist judge," the legal expert stated.',
            "clearly",
            "booster",
            True,
        ),
    ],
    (S, "suggest", "suggest_insinuate_contracted"): [
        # dev13 (basil, Fox News)
        (
            "\"I wasn't suggesting the president's not a Christian.I accept the fact that the "
            'president is a Christian," Santorum said.',
            "suggesting",
            "hedge",
            False,
        ),
        # dev13 (allsides, Medium): the writers' own hedge (a right label)
        (
            "We suggest that debate currently tries to inhabit two contradictory roles.",
            "suggest",
            "hedge",
            True,
        ),
    ],
    (S, "believe", "believe_in_condition"): [
        # dev13 (by-country, US: a letter of House Republicans quoted by Fox News)
        (
            '"If you believe deployment of American troops is a possibility, you must bring your '
            'arguments to Congress soon to prevent entering an unconstitutional conflict."',
            "believe",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "If you believe that abortion is murder, how could you ever vote for a Democrat?",
            "believe",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "Which, if you believe Democrats, they've gotten.",
            "believe",
            "hedge",
            False,
        ),
        # dev13 context (allsides, Newt Gingrich): the speaker's own belief stays
        (
            "I do not believe the traditional Republican Party could win this fall.",
            "believe",
            "hedge",
            True,
        ),
    ],
    (S, "bloody", "bloody_murder_idiom"): [
        # dev13 (allsides, The American Mind)
        (
            "If Republicans desire to reverse the decline in marriage, and all the rest of the "
            "multicultural agenda, they should scream bloody murder.",
            "bloody",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "“Our schools were screaming bloody murder,” said Thurgood Marshall College Fund "
            "President Johnny C. Taylor Jr.",
            "bloody",
            "loaded",
            False,
        ),
        # unlabelled (allsides): the intensifier stays
        (
            "It would also be a shocking reminder of the PLA’s bloody crackdown on "
            "pro-democracy demonstrations centered on Beijing’s Tiananmen Square 30 years ago, "
            "which remains a taboo subject in China.",
            "bloody",
            "loaded",
            True,
        ),
    ],
    (P, "special military operation", "covert_special_operation"): [
        # dev13 (guardian_nyt, The Guardian: the Olenivka prison blast)
        (
            "Ukraine claims it was a special operation plotted in advance by the Kremlin, and "
            "carried out by Russian mercenaries from the Wagner Group.",
            "special operation",
            "loaded",
            False,
        ),
        # unlabelled (by-country): the 2014 referendum in Crimea
        (
            "The vote, which took place on March 16, 2014, was part of a special operation to "
            "occupy the peninsula.",
            "special operation",
            "loaded",
            False,
        ),
        # unlabelled (guardian_nyt): Lukashenko on the war
        (
            "“Our participation in the ‘special operation’ was determined by me a long time "
            "ago,” the Belarusian state news agency Belta reported Lukashenko as saying as he "
            "marked Belarusian Independence Day on Sunday.",
            "special operation",
            "loaded",
            True,
        ),
    ],
    (P, "demilitarisation", "ukraine_context"): [
        # dev13 (allsides, Jacobin)
        (
            "Sanders’s plan is centered around taxing the rich and global demilitarization to "
            "secure the funds and then turning them over to the United Nations.",
            "demilitarization",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "So that’s why demilitarizing Gaza is very important.",
            None,
            "loaded",
            False,
        ),
        # unlabelled (by-country): the Kremlin's aim, Ukraine in the text
        (
            "At dawn on February 24, 2022, after repeatedly denying plans to invade Ukraine, Putin "
            'announces a "special military operation" to demilitarise and "de-Nazify" the '
            "former Soviet country.",
            "demilitarise",
            "loaded",
            True,
        ),
    ],
    (S, "may", "legal_permission"): [
        # dev13 (allsides, The Observer)
        (
            "The IRS tax code states that 501(c)(3) organizations “must not be organized or "
            "operated for the benefit of private interests” and “may not participate in any "
            "campaign activity for or against political candidates.”",
            "may",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "The 1965 Immigration and Nationality Act states that any foreigner who arrives in the "
            'USA, "whether or not at a designated port of arrival," may apply for asylum.',
            "may",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            'Defense Department policy says that "active duty personnel may not engage in '
            "partisan political activities and all military personnel should avoid the inference "
            "that their political activities imply or appear to imply DoD sponsorship, approval, "
            'or endorsement of a political candidate, campaign, or cause."',
            "may",
            "hedge",
            False,
        ),
        # unlabelled (allsides): law enforcement sources, an epistemic 'may have'
        (
            "Law enforcement sources say they are investigating allegations that three missing "
            "women found may have been pregnant multiple times, Fox8.com reported.",
            "may have",
            "hedge",
            True,
        ),
    ],
    (S, "speculation", "speculation_about"): [
        # dev13 (allsides, Medium): the writers' own speculation (a right label the rule dropped)
        (
            "Below are some further comments and our speculations on how the tribes will evolve "
            "in Culture War 2.0.",
            "speculations",
            "hedge",
            True,
        ),
    ],
}

# the naming row of 'special military operation' has the same forms: the same sentences
DEV13_CASES[(P, "special military operation", "covert_special_operation")] += [
    (text, surface, "naming", kept)
    for text, surface, _, kept in [
        (
            "Ukraine claims it was a special operation plotted in advance by the Kremlin, and "
            "carried out by Russian mercenaries from the Wagner Group.",
            "special operation",
            None,
            False,
        ),
    ]
]

# audit-dev13: lexicon rows (not sense rules) -> (sentence, surface of the hit, category, found?)
DEV13_LEXICON_CASES: list[tuple[str, str, str, bool]] = [
    # dev13 (basil, New York Times): a part of a group as the unnamed source
    (
        "But heading into the three-day Republican retreat, even some of the most ardent "
        "conservatives say consensus is forming around an immigration package.",
        "some of the most ardent conservatives",
        "evidential",
        True,
    ),
    # unlabelled (allsides)
    (
        "At campaign stops across Virginia last week, several of his supporters said they decided "
        "to back him after watching a YouTube video.",
        "several of his supporters",
        "evidential",
        True,
    ),
    # unlabelled (basil, New York Times): a part of a group without a verb of saying stays no source
    (
        "When a video message from President Trump played on the big screen, some of the "
        "Democrats in the crowd booed, but less lustily than usual.",
        "some of the Democrats",
        "evidential",
        False,
    ),
]
