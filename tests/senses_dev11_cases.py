"""Cases of the sense rules of the eleventh development round (``source = audit-dev11``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half articles of the audit corpora ("unlabelled"), quoted; the expected values are written
by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV11_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "estimate", "estimates_source_of_figure"): [
        # dev11 (by-country, a Polish outlet in translation)
        (
            "According to western interview estimates, the number of concentrated soldiers "
            "reaches 127,000.",
            "estimates",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "In some states, 18% are Hispanic, 11% are black and 6% are Asian, according to Pew "
            "Research Center estimates.",
            "estimates",
            "hedge",
            False,
        ),
        (
            "roughly 5.3 million unauthorized immigrants nationwide would be eligible to get one, "
            "according to 2017 estimates.",
            "estimates",
            "hedge",
            False,
        ),
        # unlabelled (allsides): a vague source stays
        (
            "The new sanctions led to unprecedented inflation, as high as 40 percent according to "
            "some estimates, which in turn caused a sudden spike in the price of basic goods.",
            "estimates",
            "hedge",
            True,
        ),
        # dev5: the verb stays
        (
            "The Pentagon estimates that the losses in the high command of the Russian army are "
            "significant.",
            "estimates",
            "hedge",
            True,
        ),
    ],
    (S, "speculation", "speculation_coordinated"): [
        # dev11
        (
            "The debacle prompted both wild speculation and social media mockery, which quickly "
            "turned to scorn after the official account went public.",
            "speculation",
            "hedge",
            False,
        ),
        # dev7: speculation that … stays
        (
            "The easing of tensions prompted speculation that Obama and Rouhani would meet at "
            "next week's United Nations General Assembly.",
            "speculation",
            "hedge",
            True,
        ),
    ],
    (S, "speculation", "speculation_coordinated_after"): [
        # unlabelled (allsides)
        (
            "Even when the facts prove that two years of media hype and speculation have been "
            "completely wrong, journalists like Guthrie still refuse to admit it.",
            "speculation",
            "hedge",
            False,
        ),
        # dev8: a clause after the noun stays
        (
            "The Republican-backed health care bill would pass the House despite speculation it "
            "was short of support ahead of an afternoon vote.",
            "speculation",
            "hedge",
            True,
        ),
    ],
    (P, "fascist", "defeat_of_fascism"): [
        # dev11 (by-country, Kyiv Post op-ed on Victory Day)
        (
            "For Putin, it is an opportunity to project to his people an image of Russia as a "
            "powerful nation defeating fascism, and abroad to project Russia as a great power.",
            "fascism",
            "loaded",
            False,
        ),
        # unlabelled (allsides): George Marshall
        (
            "None is more distinguished than George Marshall, who helped to vanquish fascism and "
            "then plan Europe’s rescue from despair.",
            "fascism",
            "loaded",
            False,
        ),
        # unlabelled (by-country, the same op-ed)
        (
            "Only when the world recognizes that Russia’s efforts for “global peace” are a threat "
            "can we truly celebrate the global defeat of fascism.",
            "fascism",
            "loaded",
            False,
        ),
        # unlabelled (allsides): name-calling stays
        (
            '"Forced federal registration of US citizens, based on religious identity, is '
            'fascism. Period. Nothing else to call it," Jeb Bush national security adviser said.',
            "fascism",
            "loaded",
            True,
        ),
    ],
    (P, "Nazi", "defeat_of_nazism"): [
        # unlabelled (allsides)
        (
            "Russia’s annual Victory Day parade commemorates the defeat of the Nazis, but it also "
            "highlights its global ambitions.",
            "Nazis",
            "loaded",
            False,
        ),
        (
            "After Kirk lets her die, time resumes its usual trajectory and the Allies defeat the "
            "Nazis in the war.",
            "Nazis",
            "loaded",
            False,
        ),
        # unlabelled (guardian_nyt): the Russian framing stays
        (
            "In March, shortly after Russia began its war in Ukraine, Lavrov told US broadcaster "
            "ABC News: “I think the Nazis and neo-Nazis manipulate [Zelenskiy].”",
            "Nazis",
            "loaded",
            True,
        ),
    ],
}

#: Word forms added to a lexicon row in the round (the hit is found; its sense rules still apply):
#: (sentence, surface, category, found?).
DEV11_FORM_CASES: list[tuple[str, str, str, bool]] = [
    # dev11 (allsides, Gaza 2014): the verb of bombardment, as 'pounded' and 'bombarded'
    (
        "Israel has lost more than 60 soldiers and three civilians battling militants who have "
        "barraged it with rockets and raided it through underground tunnels.",
        "barraged",
        "violence",
        True,
    ),
    # unlabelled (allsides): no armed force in the sentence (the require rule of barrage)
    (
        "We’ll walk you through some other recent trends to get you up to speed before you’re "
        "inevitably barraged with new ones in 2020.",
        "barraged",
        "violence",
        False,
    ),
    (
        "Wilson-Raybould’s testimony about receiving “veiled threats” and being “barraged” by "
        "senior officials contrasts sharply with Trudeau’s image.",
        "barraged",
        "violence",
        False,
    ),
]
