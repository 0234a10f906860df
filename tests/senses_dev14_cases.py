"""Cases of the sense rules of the fourteenth development round (``audit-dev14``, issue 17).

The sentences are from the hit audit's development round dev14 (the split is named) and from
unlabelled dev-half articles of the audit corpora ("unlabelled"), quoted; the expected values are
written by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV14_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (P, "fascist", "anti_compound"): [
        # dev14 (allsides, The Daily Wire)
        (
            "“Anti-fascist” protesters have been waging a nightly war against police and federal "
            "law enforcement agents in downtown Portland, centered around a federal courthouse "
            "that demonstrators were looking to “occupy.”",
            "fascist",
            "loaded",
            False,
        ),
        # unlabelled (allsides, American Spectator)
        (
            "Then there’s ANTIFA, the ironically named Anti-Fascists who use fascistic techniques "
            "to suppress the speech and free activities of those with whom they disagree.",
            "Fascists",
            "loaded",
            False,
        ),
        # unlabelled (allsides): the label itself stays
        (
            "Who and what are you? A fascist. Who and what am I? An anti-fascist. Them and us, "
            "tidily distinguished.",
            "fascist",
            "loaded",
            True,
        ),
    ],
    (P, "Nazi", "anti_compound"): [
        # unlabelled (allsides)
        (
            "Redgrave portrayed anti-Nazi activist Lillian Hellman in the film.",
            "Nazi",
            "loaded",
            False,
        ),
        # unlabelled (guardian_nyt): Lavrov's label stays
        (
            "In March, shortly after Russia began its war in Ukraine, Lavrov told US broadcaster "
            "ABC News: “I think the Nazis and neo-Nazis manipulate [Zelenskiy].”",
            "Nazis",
            "loaded",
            True,
        ),
    ],
    (P, "Nazi", "historical_nazi_crimes"): [
        # dev14 (allsides, Des Moines Register)
        (
            "It funds research in understudied areas, like the Nazi genocide of the Roma people "
            "and the mass murder of the disabled, and much more.",
            "Nazi",
            "loaded",
            False,
        ),
        # unlabelled (by_country)
        (
            "Garland appointed Eli Rosenbaum to serve as the Counselor for War Crimes "
            "Accountability following his lengthy career in identifying and deporting Nazi war "
            "criminals.",
            "Nazi",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "Palij’s removal sends a strong message: The United States will not tolerate those who "
            "facilitated Nazi crimes and other human rights violations, and they will not find a "
            "safe haven on American soil.",
            "Nazi",
            "loaded",
            False,
        ),
        # unlabelled (guardian_nyt): no crime or camp named, Ukraine in the sentence
        (
            "In March, shortly after Russia began its war in Ukraine, Lavrov told US broadcaster "
            "ABC News: “I think the Nazis and neo-Nazis manipulate [Zelenskiy].”",
            "Nazis",
            "loaded",
            True,
        ),
    ],
    (P, "military offensive", "offensive_one_of_several"): [
        # dev14 (guardian_nyt, New York Times)
        (
            "As the counteroffensive brews, Russia has renewed attacks on the north, launching "
            "strikes from the Black Sea, Belarus and Russia that injured at least 15 people in the "
            "region of the capital, Kyiv, the Ukrainian authorities said on Thursday. The attacks "
            "were the first in weeks to hit the capital region, which the initial Russian "
            "offensive failed to capture early in the war.",
            "offensive",
            "naming",
            False,
        ),
    ],
    (P, "military operation", "this_war"): [
        # dev14 (allsides, The Daily Wire)
        (
            "The response that Trump got from the crowd is very different than the response he "
            "got while attending a Washington Nationals baseball game late last month, where the "
            "fans in the most Democrat part of the country booed him loudly on the same day that "
            "he announced that a military operation that he approved resulted in the death of "
            "ISIS leader Abu Bakr al-Baghdadi.",
            "military operation",
            "naming",
            False,
        ),
        # unlabelled (allsides)
        (
            "And finally, there’s Trump’s promised immigration crackdown, which became a brutal "
            "reality earlier this week, when the Department of Homeland Security issued two memos "
            "outlining its plans to hire thousands of new Border Patrol and ICE agents, broaden "
            "the definition of the term “removable alien,” and generally laying the groundwork "
            "for what President Trump recently called a “military operation.”",
            "military operation",
            "naming",
            False,
        ),
        # unlabelled (by_country): the name in an article about Ukraine stays
        (
            "The Ukrainian media community is urging the foreign media to not call Russia’s "
            "invasion of Ukraine as ‘crisis’, ‘conflict’ or ‘military operation’ and avoid "
            "calling it ‘Ukrainian’ (‘Ukraine crisis’ or ‘Ukraine conflict’).",
            "military operation",
            "naming",
            True,
        ),
    ],
    (S, "reports suggest", "organisation_name"): [
        # dev14 (allsides, Medium)
        (
            "“That’s probably not what people are expecting when they contact a therapist, hold a "
            "business meeting, or have a job interview using Zoom,” Consumer Reports said.",
            "Reports said",
            "evidential",
            False,
        ),
        # unlabelled (allsides): sentence-initial reports stay
        (
            "The next day, a 35-year-old man was shot in the leg during a drive-by outside the "
            "Wendy’s. Reports said demonstrators were blocking access to the site at the time of "
            "the two shootings.",
            "Reports said",
            "evidential",
            True,
        ),
    ],
    (S, "likelihood", "likelihood_assessed"): [
        # dev14 (by_country, BelTA)
        (
            '"Since the peace talks [on the settlement of the conflict in Ukraine] have not yet '
            'begun, how do you see the likelihood of Belarus having to join the hostilities?" the '
            "journalists asked the head of state.",
            "likelihood",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            'Asked to assess the likelihood of developing a vaccine, Fauci said "I feel '
            'cautiously optimistic that we will be successful in getting a vaccine," adding, "I '
            "still think there is a reasonably good chance that by the very beginning of 2021 "
            "that, if we're going to have a vaccine, that we will have it by then.\"",
            "likelihood",
            "hedge",
            False,
        ),
        # dev7 (allsides)
        (
            "A new U.S. case — one that may have been transmitted locally, a key indicator of a "
            "potential pandemic — was confirmed while Trump was downplaying the likelihood of an "
            "outbreak within the U.S. to the press last night.",
            "likelihood",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "U.S. officials have played down the likelihood of a quick deal with China.",
            "likelihood",
            "hedge",
            False,
        ),
        # unlabelled (guardian_nyt): the likelihood as the subject stays
        (
            "According to the report, the likelihood of a global recession is rising.",
            "likelihood",
            "hedge",
            True,
        ),
    ],
    (S, "*", "sufficiency_of_proof"): [
        # dev14 (allsides, Jacobin)
        (
            "Demonstrating that a criticism is hypocritical isn’t enough to demonstrate that it’s "
            "wrong.",
            "demonstrate",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        (
            "Circumstantial evidence can be enough to prove a criminal exchange.",
            "prove",
            "booster",
            False,
        ),
        # unlabelled (allsides): a proof asserted stays
        (
            "Second, the bill demonstrates that compromise is not necessarily just about "
            "splitting differences.",
            "demonstrates",
            "booster",
            True,
        ),
    ],
}

# (sentence, surface, category, found?) for the lexicon rows widened in dev14
DEV14_LEXICON_CASES: list[tuple[str, str, str, bool]] = [
    # dev11 (allsides): a right-sense hit the woke-mob row's variants left out
    (
        "Social-media mobs and other forms of public pressure move businesses to take action — to "
        "apologize, to remove offending items, to take steps to do better — all the time.",
        "Social-media mobs",
        "loaded",
        True,
    ),
    # unlabelled (allsides)
    (
        "My parents are receiving death and professional threats because of the social media mob "
        'that has formed over this issue."',
        "social media mob",
        "loaded",
        True,
    ),
    # unlabelled (allsides)
    (
        "The PC mob rarely stops at calling someone “offensive.”",
        "PC mob",
        "loaded",
        True,
    ),
    # unlabelled (allsides): a lynching crowd of history is not the label
    (
        "Given the enormous abuses suffered by African-Americans, starting on slave ships and "
        "wending on down through the centuries of bondage and lynch mobs to Ferguson and Staten "
        "Island and Charleston, why don't we see far more violence directed outward against white "
        "America — nationalist violence, political violence?",
        "mobs",
        "loaded",
        False,
    ),
]
