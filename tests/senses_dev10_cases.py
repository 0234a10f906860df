"""Cases of the sense rules of the tenth development round (``source = audit-dev10``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half articles of the audit corpora ("unlabelled"), quoted; the expected values are written
by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV10_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "necessarily", "negated_in_clause"): [
        # dev10
        (
            "Intelligence and law enforcement officials don't believe the Russian goal is "
            "necessarily to get a particular candidate elected.",
            "necessarily",
            "booster",
            False,
        ),
        # dev2
        (
            "That doesn't mean they are free or will necessarily be considered affordable by the "
            "employee, but there will be coverage.",
            "necessarily",
            "booster",
            False,
        ),
        # dev4 (right): a comma ends the negation's reach
        (
            "Richard Gates, Michael Flynn, and George Papadopoulos) had contacts with "
            "Kremlin-connected figures (albeit not contacts that amounted to a criminal "
            "conspiracy implicating the campaign, or that were necessarily illegitimate);",
            "necessarily",
            "booster",
            True,
        ),
    ],
    (S, "think", "think_tank"): [
        # dev10
        (
            "said Victoria Pardini, a program associate at the Kennan Institute, a Washington "
            "think tank focused on Russia.",
            "think",
            "hedge",
            False,
        ),
        # unlabelled (allsides): the hyphenated compound
        (
            "Gareth Price, senior research fellow at London-based international affairs "
            "think-tank Chatham House, said uncertainty around the bill would have contributed to "
            "the delay.",
            "think",
            "hedge",
            False,
        ),
        # unlabelled (allsides): the verb of the same article stays
        (
            '"I think it\'s going to be a little bit more chaotic and disorderly," said '
            "Ramesh Ponnuru, of the American Enterprise Institute, a conservative think tank.",
            "think",
            "hedge",
            True,
        ),
    ],
    (S, "guess", "second_guess"): [
        # dev10
        (
            "Citing the 2014 decision, the panel said \u201cit is not our role to second-guess "
            "[the plaintiffs\u2019] honest assessment of a \u2018difficult and important question "
            "of religion and moral philosophy\u2019\u201d",
            "guess",
            "hedge",
            False,
        ),
    ],
    (S, "vicious", "vicious_cycle"): [
        # dev10
        (
            "Whether peace desired by our nation and the rest of the world settles on the Korean "
            "peninsula or a situation that no one desires is developed in the vicious cycle of "
            "confrontation depends entirely on the attitude of the U.S.",
            "vicious",
            "loaded",
            False,
        ),
        # dev10 (right)
        (
            "Medill dean 'deeply troubled by the vicious bullying and badgering' of student "
            "journalists",
            "vicious",
            "loaded",
            True,
        ),
    ],
    (S, "insane", "insanity_legal"): [
        # dev10
        (
            "Because while this is progress, make no mistake they\u2019re still looking to prove "
            "us guilty, if necessary by reason of insanity, if in fact they can\u2019t muster the "
            "scientific arguments.",
            "insanity",
            "loaded",
            False,
        ),
    ],
    (S, "onslaught", "disease_onslaught"): [
        # dev10
        (
            "Yes, we must live while managing, fighting and surviving this viral onslaught, but "
            "to simply accept it is tantamount to capitulation.",
            "onslaught",
            "loaded",
            False,
        ),
        # dev2 (right)
        (
            "In his introduction, Reagan Ranch director Andrew Coffin compared the onslaught of "
            "attacks waged against Cruz to what Ronald Reagan endured.",
            "onslaught",
            "loaded",
            True,
        ),
    ],
    (S, "may", "publisher_notice"): [
        # dev10
        (
            "By submitting your email, you agree to our Terms of Service and Privacy Policy . You "
            "may also receive promotional emails from The Washington Post. You can opt out at "
            "any time.",
            "may",
            "hedge",
            False,
        ),
        # dev7
        ("This is a rush transcript. Copy may not be in its final form.", "may", "hedge", False),
        # unlabelled (allsides): The New York Times' newsletter notice
        (
            "You will receive emails containing news content , updates and promotions from The "
            "New York Times. You may opt-out at any time.",
            "may",
            "hedge",
            False,
        ),
        # dev10 (right)
        (
            "Burr added that if there is no response from Flynn, the committee may consider "
            "pursuing a contempt of Congress charge.",
            "may",
            "hedge",
            True,
        ),
    ],
    (P, "military offensive", "offensive_one_of_several"): [
        # dev10
        (
            "Ukraine repelled the effort to capture its second-largest city, but the artillery "
            "attacks did not stop. Many residents who left have returned but fear that a new "
            "offensive is imminent.",
            "offensive",
            "naming",
            False,
        ),
        # dev3 (right)
        (
            "Russian troops battled their way into the devastated Ukrainian city of "
            "Sievierodonetsk on Tuesday, as their slow, brutal offensive in eastern Ukraine "
            "shifted from indiscriminate shelling to street fighting, with thousands of civilians "
            "still trapped among the ruins.",
            "offensive",
            "naming",
            True,
        ),
    ],
    (P, "war", "war_compound_noun"): [
        # dev (first round)
        (
            "Biden last week said he would immediately rush badly needed weaponry to Ukraine as "
            "he signed into law a $95 billion war aid measure that also included assistance for "
            "Israel, Taiwan and other global hot spots.",
            "war",
            "naming",
            False,
        ),
        # dev3 (right)
        (
            "Russia is \u201crunning out of steam\u201d in its war on Ukraine, the chief of "
            "Britain\u2019s MI6 intelligence agency, Richard Moore, said in a brief comment on "
            "Twitter on Saturday.",
            "war",
            "naming",
            True,
        ),
    ],
    (S, "widely", "superlative_reach"): [
        # dev7
        (
            "She rose rapidly to become editor of The News of the World, a weekly, and later of "
            "The Sun, Britain\u2019s most widely circulated daily paper, before being promoted to "
            "chief executive of News International in 2009.",
            "widely",
            "evidential",
            False,
        ),
        # WikiWeasel dev (a weasel sentence)
        (
            "It is most widely known for its successes in men's football, basketball, and soccer, "
            "and women's field hockey, swimming and diving, and volleyball.",
            "widely",
            "evidential",
            True,
        ),
    ],
    (P, "Nazi", "historical_nazi_sentence"): [
        # dev7
        (
            "Throughout the day, key events were marked from the wartime operation at the start "
            "of the campaign to liberate Nazi-occupied north-west Europe.",
            "Nazi",
            "loaded",
            False,
        ),
    ],
    (S, "could", "negated_ability"): [
        # dev10
        (
            "Antonova, who interned at Novaya Gazeta and looked up to Milashina, felt she could "
            "not accept her diploma without showing support for her colleague.",
            "could",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "He said he could not recall the dates of the payments.",
            "could",
            "hedge",
            False,
        ),
        # unlabelled (by_country): a possibility not excluded stays
        (
            "After Macron said in February that sending Western troops to Ukraine could not be "
            "ruled out, Putin warned \u201cthis really threatens a conflict with the use of "
            "nuclear weapons, and therefore the destruction of civilization.",
            "could",
            "hedge",
            True,
        ),
        # unlabelled (basil)
        (
            "Mr. Horowitz could not rule out that Mr. Strzok had slow-walked the examination of "
            "the new emails to help Mrs. Clinton\u2019s presidential bid.",
            "could",
            "hedge",
            True,
        ),
    ],
    # existing rules widened in this round
    (S, "in general", "sentence_adverb"): [
        # dev10 (right): opening a quotation, no comma
        (
            "\u201cIn general Sen. Paul appears to be the better GOP candidate at this point in "
            "Iowa.\u201d",
            "In general",
            "hedge",
            True,
        ),
        (
            '"In general Sen. Paul appears to be the better GOP candidate at this point in Iowa."',
            "In general",
            "hedge",
            True,
        ),
    ],
    (S, "widely", "widely_attitude"): [
        # dev10 (right)
        (
            "He also helped organize the Crimean \u201creferendum\u201d in which 97 percent voted "
            "in favor of joining Russia \u2014 a result widely rejected by the international "
            "community as a sham.",
            "widely",
            "evidential",
            True,
        ),
    ],
    (S, "suspect that", "suspected_attributive"): [
        # dev10
        (
            "\u201cIt allows counterterrorism personnel to discover whether known or suspected "
            "terrorists have been in contact with other persons who may be engaged in terrorist "
            "activities, particularly people located inside the United States,\u201d said White "
            "House deputy press secretary Joshua Earnest.",
            "suspected",
            "hedge",
            False,
        ),
    ],
    (S, "regarded as", "active_named_describer"): [
        # dev10
        (
            "One student described how Kropachev once interrupted a meeting with students and "
            "hinted that he needed to take a call from Putin, in what the student viewed as a "
            "boast of his direct access to the Russian leader.",
            "viewed as",
            "evidential",
            False,
        ),
        # unlabelled (allsides)
        (
            "Like the op-ed, the book, which Trump has described as \u201cfictional,\u201d paints "
            "a number of senior administration officials as being primarily concerned with "
            "managing Trump\u2019s destructive instincts and ensuring that some of his more "
            "radical policy goals are never achieved.",
            "described as",
            "evidential",
            False,
        ),
        # unlabelled (allsides): unnamed describers stay
        (
            "In early 2011, for example, Icahn made a $10.2 billion bid on Clorox Co., triggering "
            "what investigators regarded as suspicious stock trading.",
            "regarded as",
            "evidential",
            True,
        ),
        (
            "In what one analyst dubbed a \u201cdiplomatic disaster\u201d for the U.S., Britain "
            "became the first major European ally to sign on as a founding member of the "
            "Shanghai-based investment bank.",
            "dubbed",
            "evidential",
            True,
        ),
        # WikiWeasel dev (a weasel sentence): an impersonal passive after a modal stays
        (
            "They drew the inspiration for this gesture of what could be considered as an "
            'apparent economic suicide from the ideas of " bringing art to people. ".',
            "considered as",
            "evidential",
            True,
        ),
    ],
}
