"""Cases of the term-level require rules (``source = audit-terms``, issue 17, audit16 round).

Each rule keeps a hit only in the context that makes the lexicon's sense likely; the cases are
sentences of the hit audit's development rounds (the split is named) and of unlabelled dev-half
articles of the audit corpora ("unlabelled"), quoted, with the expected value written by hand.
``tests/test_senses.py`` merges them into its ``CASES`` (every sense rule needs a case there).
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

TERM_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "pound", "armed_fire_context"): [
        # dev8: a fist, no armed force in the sentence
        (
            "Part of the fun in watching two politicians debate is seeing their foreheads sweat, "
            "their spit fly, and their fists pound the podium.",
            "pound",
            "violence",
            False,
        ),
        # dev2
        (
            "Thuds from the artillery pounding Ukraine’s embattled east reverberated in the "
            "distance.",
            "pounding",
            "violence",
            True,
        ),
        # unlabelled (guardian_nyt): money, not fire
        (
            "His ships, he says, whose services are bought in pounds, suddenly have become "
            "cheaper for the Continent.",
            "pounds",
            "violence",
            False,
        ),
    ],
    (S, "barrage", "armed_fire_context"): [
        # dev2
        (
            "Ukrainian officials are warning civilians to prepare for a massive barrage of "
            "Russian missiles on the anniversary of Russian President Vladimir Putin's invasion.",
            "barrage",
            "violence",
            True,
        ),
        # dev5
        (
            "His interruptive barrage was as relentless as his silent mugging for the camera.",
            "barrage",
            "violence",
            False,
        ),
    ],
    (S, "pummel", "armed_fire_context"): [
        # dev2
        (
            "Daily, Russian missiles and drones pummel Ukrainian cities and critical "
            "infrastructure.",
            "pummel",
            "violence",
            True,
        ),
        # unlabelled (allsides): the economy
        (
            "Cassidy has expressed concern about the financial health of the country, which he "
            "said is getting pummeled.",
            "pummeled",
            "violence",
            False,
        ),
    ],
    (S, "demonstrate", "proof_asserted"): [
        # dev2
        (
            "The fall of Sievierodonetsk and Lysychansk, a significant victory for Moscow’s "
            "campaign to conquer eastern Ukraine, demonstrates the success of the Russian "
            "military’s grinding strategy.",
            "demonstrates",
            "booster",
            True,
        ),
        # dev8: an aim, bare form
        (
            "The way to demonstrate electability is to win, and he hasn't, at least not yet.",
            "demonstrate",
            "booster",
            False,
        ),
        # dev7
        (
            "They planted bombs to protest against “US imperialism” and American involvement in "
            "the war in Indochina and to demonstrate their defiance of the political "
            "establishment.",
            "demonstrate",
            "booster",
            False,
        ),
    ],
    (S, "demonstrate", "proof_clause"): [
        # unlabelled (by_country)
        (
            "Numerous testimonies from Russian prisoners of war in Ukraine clearly demonstrate "
            "how aggressive information operations lead to actual armed conflicts.",
            "demonstrate",
            "booster",
            True,
        ),
        # unlabelled (allsides)
        (
            "In his short time in Washington, Massie has continued to demonstrate that he won't be "
            "beholden to party leaders.",
            "demonstrate",
            "booster",
            True,
        ),
    ],
    (S, "demonstrate", "proof_plural_present"): [
        # unlabelled (allsides)
        (
            "These cases also demonstrate the importance of an independent judiciary that is "
            "prepared to enforce them.",
            "demonstrate",
            "booster",
            True,
        ),
        # unlabelled (guardian_nyt): an aim
        (
            "More sporadic strikes on cities in the west seem designed to demonstrate the reach "
            "of Russian weapons.",
            "demonstrate",
            "booster",
            False,
        ),
    ],
    (S, "demonstrate", "proof_modal"): [
        # unlabelled (by_country)
        (
            "Russia should demonstrate that it is ready to negotiate.",
            "demonstrate",
            "booster",
            False,
        ),
    ],
    (S, "prove", "proof_asserted"): [
        # dev5
        ("Now Russia has proven NATO’s vital necessity.", "proven", "booster", True),
        # dev8: a forecast
        (
            "The junior Arizona senator's retirement may not prove historic, but it's a "
            "watershed moment nonetheless.",
            "prove",
            "booster",
            False,
        ),
    ],
    (S, "prove", "proof_clause"): [
        # unlabelled (allsides)
        (
            "“Such acts prove that the U.S. is hatching a criminal plot to unleash a war against "
            "the DPRK.”",
            "prove",
            "booster",
            True,
        ),
    ],
    (S, "prove", "proof_plural_present"): [
        # unlabelled (by_country)
        (
            "Multiple signs prove that we are all dealing with a civilizational conflict.",
            "prove",
            "booster",
            True,
        ),
        # unlabelled (allsides): a promise after a modal, no plural subject right before
        (
            "When Republicans took over both chambers of Congress in January, party leaders vowed "
            "they would prove to the country that Republicans could govern.",
            "prove",
            "booster",
            False,
        ),
    ],
    (S, "prove", "proof_modal"): [
        # unlabelled (allsides): a forecast
        (
            "Many Trump allies have argued it may prove smarter to stay in.",
            "prove",
            "booster",
            False,
        ),
    ],
    (S, "must have", "epistemic_perfect"): [
        # dev7
        ("“That must have happened 10 times.”", "must have", "hedge", True),
        # dev8: obligation to possess
        (
            "The law mandates that abortion providers must have admitting privileges at a "
            "hospital within 30 miles of where they practice.",
            "must have",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        ("Students must have access to evidence.", "must have", "hedge", False),
    ],
    (S, "doubt", "doubt_content"): [
        # dev6
        (
            "The book raises serious doubts that the men convicted and still in prison for "
            "killing Davis were really guilty.",
            "doubts",
            "hedge",
            True,
        ),
        # dev7: a noun of doubt about a thing
        (
            "Only 12 percent said Republican doubts about higher education are justified.",
            "doubts",
            "hedge",
            False,
        ),
        # dev8
        (
            "Asserting a “rules-based order” in defense of smaller nations on the other has "
            "raised doubts about the US-Asia stance.",
            "doubts",
            "hedge",
            False,
        ),
    ],
    (S, "doubt", "doubt_verb_form"): [
        # unlabelled (allsides)
        (
            "Navarro is Trump's trade adviser who has repeatedly blamed Fauci for doubting the "
            "efficacy of hydroxychloroquine.",
            "doubting",
            "hedge",
            True,
        ),
    ],
    (S, "doubt", "doubt_verb"): [
        # unlabelled (by_country)
        (
            "As yet the IMF’s numbers don’t add up and I just doubt the long-term commitment by "
            "Western taxpayers.",
            "doubt",
            "hedge",
            True,
        ),
        # unlabelled (allsides): a noun
        (
            "It tried to appeal to Democratic voters who had moral doubts about the procedure.",
            "doubts",
            "hedge",
            False,
        ),
    ],
    (S, "doubt", "in_doubt"): [
        # unlabelled (guardian_nyt)
        (
            "Less than 24 hours later, the veracity of the deal was cast into doubt when Russian "
            "forces struck the port of Odesa.",
            "doubt",
            "hedge",
            True,
        ),
    ],
    (S, "so-called", "claimed_status"): [
        # dev2
        (
            "They lacked the Potemkin pageantry of similar so-called ballots in Crimea in 2014.",
            "so-called",
            "evidential",
            True,
        ),
        # dev6
        ("So-called Islamic State has said it carried out the attack.", None, "evidential", True),
        # dev5: a term introduced
        (
            "Gay couples also will now be subjected to the so-called marriage penalty, in which "
            "some joint filers incur a higher tax.",
            "so-called",
            "evidential",
            False,
        ),
        # dev7
        (
            'Diplomats have visited in the past and so-called "back channels" are used to '
            "communicate with Pyongyang.",
            "so-called",
            "evidential",
            False,
        ),
    ],
    (S, "so-called", "quoted_modifier"): [
        # unlabelled (allsides)
        (
            "It’s every bit as liberal as you’d expect, even the so-called “conservative” option.",
            "so-called",
            "evidential",
            True,
        ),
        # dev
        (
            "The so-called “alarm phase” enables utility firms to pass on high gas prices to "
            "customers.",
            None,
            "evidential",
            False,
        ),
    ],
    (S, "in general", "sentence_adverb"): [
        # dev2
        (
            "But American spy agencies, in general, focus their collection efforts on "
            "adversarial governments.",
            "in general",
            "hedge",
            True,
        ),
        # dev8: a scope after a noun
        (
            "She was worried about the future of trade deals between the US and Liberia in "
            "particular and Africa in general.",
            "in general",
            "hedge",
            False,
        ),
    ],
    (S, "in general", "sentence_adverb_before_comma"): [
        # unlabelled (allsides)
        (
            "In general, growth in the poorer developing world is predicted to be considerably "
            "higher than growth in the rich world.",
            "In general",
            "hedge",
            True,
        ),
        # dev7
        (
            "It helps us understand how human behavior in general works.",
            "in general",
            "hedge",
            False,
        ),
    ],
    (P, "relentless", "armed_violence_context"): [
        # dev5
        (
            "Russia claims to have taken the southeastern port city of Mariupol, which has been "
            "relentlessly bombarded since the start of the war.",
            "relentlessly",
            "loaded",
            True,
        ),
        # dev7
        (
            "The investigation has mushroomed into a relentless examination of Trump's "
            "political, personal and business life.",
            "relentless",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "That turbulent backdrop has not, so far, changed the relentless math of the GOP's "
            "Senate majority.",
            "relentless",
            "loaded",
            False,
        ),
    ],
    (P, "neutralise", "neutralise_combatants"): [
        # the construction of the pack's euphemism (the case of neutralised_country)
        (
            "Russian forces said they had neutralised 200 Ukrainian fighters.",
            "neutralised",
            "loaded",
            True,
        ),
        # dev8
        (
            "Research suggests solar light, heat and humidity might be effective at neutralizing "
            "the virus.",
            "neutralizing",
            "loaded",
            False,
        ),
        # dev7
        (
            "Mainstream Republicans and Democrats can either monitor, expose and neutralize the "
            "violent extremists in their ranks.",
            "neutralize",
            "loaded",
            False,
        ),
        # unlabelled (by_country): a sapper dog defusing mines
        (
            "A wonderful little sapper – Patron – helps not only to neutralise explosives, but "
            "also to teach our children the necessary safety rules.",
            "neutralise",
            "loaded",
            False,
        ),
    ],
    (P, "beast", "people_target"): [
        # dev5
        (
            "It also looked at the language used by Russian officials depicting Ukrainians as "
            "somehow subhuman, with terms like “zombified”, “bestial” or “subordinate”.",
            "bestial",
            "loaded",
            True,
        ),
        # dev7
        (
            "The yeti - otherwise known as the Abominable Snowman - is a mythical beast said to "
            "stalk the Himalayas.",
            "beast",
            "loaded",
            False,
        ),
        # unlabelled (allsides): the idiom
        (
            "Cutting taxes would force the government to cut spending too, an idea colorfully "
            "described as “starving the beast.”",
            "beast",
            "loaded",
            False,
        ),
    ],
    (S, "possibility", "possibility_that"): [
        # dev7: a right hit once lost to the closing quotation mark
        (
            'There\'s a "low possibility" that the shots fired by North Korea were intentional, '
            "according to the South Korean military.",
            "possibility",
            "hedge",
            True,
        ),
    ],
}
