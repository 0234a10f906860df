"""Cases of the sense rules of the seventeenth development round (``audit-dev17``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half AllSides articles ("unlabelled"), quoted; the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV17_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "outrage", "countable_outrage"): [
        # dev7 (allsides): the countable noun names an act as outrageous
        (
            "The other outrage is that Fatah, the political party of Mahmoud Abbas, owned the "
            "page and its propaganda.",
            "outrage",
            "loaded",
            True,
        ),
        # dev16 (allsides, The Week)
        (
            "But anyone who sees the Russian activity as an antidemocratic outrage should be "
            "condemning the United States just as loudly.",
            "outrage",
            "loaded",
            True,
        ),
        # unlabelled (allsides)
        ("“It’s an outrage — a mockery of justice,” Jay Sekulow said.", "outrage", "loaded", True),
        # the example (people's anger, the mass noun): not counted
        (
            "Protesters gathered outside the embassy to express their outrage.",
            "outrage",
            "loaded",
            False,
        ),
        # dev3 (basil): the mass noun
        (
            "“It’s great that public outrage has forced Trump to reconsider this despicable "
            "decision, but it takes more than a tweet to stop trophy hunters from slaughtering "
            "elephants and lions,” Tanya Sanerib said.",
            "outrage",
            "loaded",
            False,
        ),
    ],
    (S, "outrage", "plural_outrages"): [
        # unlabelled (allsides)
        (
            "Voters were distracted by a dizzying procession of lies and outrages and ginned-up "
            "controversies.",
            "outrages",
            "loaded",
            True,
        ),
        # the singular mass noun without a countable determiner is not counted
        ("The decision provoked outrage across the country.", "outrage", "loaded", False),
    ],
    (S, "*", "modal_in_purpose_or_time_clause"): [
        # dev16 (allsides): a time clause, an ability
        (
            "He said the panel did not seek to arbitrarily shut down the investigation before it "
            "could start.",
            "could",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        ("President Richard Nixon resigned before he could be impeached.", "could", "hedge", False),
        # unlabelled (allsides): a purpose clause
        (
            "Obama had canceled yesterday’s planned appearances in Virginia -- so that he could "
            "return to Washington to monitor the storm.",
            "could",
            "hedge",
            False,
        ),
        # unlabelled (allsides): after a bare ', so' the modal is epistemic and stays
        (
            "The figures have been revised upward by an average of 73,000 over the past five "
            "years, so Friday’s number could end up being closer to 300,000.",
            "could",
            "hedge",
            True,
        ),
        # unlabelled (allsides): 'before' as a preposition of a noun subject; the modal stays
        (
            "A payment intended to silence allegations of an affair just before an election "
            "could constitute a campaign contribution.",
            "could",
            "hedge",
            True,
        ),
        # unlabelled (allsides; the end of the sentence constructed): a possibility outside such a
        # clause stays
        (
            "Hm, so this ruling may leave open the possibility that an employer could fire "
            "someone for being gay.",
            "may",
            "hedge",
            True,
        ),
    ],
    (S, "guess", "guess_my_predicate"): [
        # dev17 (allsides, Fox News opinion): the predicate closing its sentence stays
        ("With massive justifiable outrage is my guess.", "guess", "hedge", True),
        # dev9 (the rule's note): the subject stays
        ("My guess is that Putin wants to liberate his comrade.", "guess", "hedge", True),
    ],
    (S, "guess", "guess_activity"): [
        # dev2 (the rule's note): guessing as an activity is dropped
        ("They were trying to guess what Putin really wants.", "guess", "hedge", False),
    ],
    (S, "claimed", "claim_take"): [
        # dev17 (allsides): lives taken, after a possessive
        (
            "Kerry Spencer says he is the one who fired the gun that claimed the officers' lives.",
            "claimed",
            "evidential",
            False,
        ),
    ],
    (S, "think", "think_about"): [
        # dev17 (allsides): to consider
        ("“They've been thinking of this since Trump was elected.”", "thinking", "hedge", False),
    ],
    (S, "possibly", "possibly_rhetorical_how"): [
        # dev17 (allsides, Fox News opinion)
        (
            "And, for that matter, how could Biden possibly govern with criminal indictments of "
            "his and Obama’s previous administration all around him?",
            "possibly",
            "hedge",
            False,
        ),
        # a possibility outside the question stays (constructed)
        ("Biden could possibly govern with a narrow majority.", "possibly", "hedge", True),
    ],
    (S, "likelihood", "likelihood_legal_standard"): [
        # dev17 (allsides): the Alabama Attorney General's filing
        (
            "Second, he cannot show a substantial likelihood of success on merits.",
            "likelihood",
            "hedge",
            False,
        ),
        # 'the likelihood that' stays (constructed)
        ("There is a real likelihood that the motion will be denied.", "likelihood", "hedge", True),
    ],
    (S, "speculation", "speculation_caused"): [
        # dev17 (allsides, NBC News)
        (
            "He also told staff he would not run for U.S. Senate next year in Texas — something he "
            "has previously denied interest in but a possibility that was bound to generate more "
            "speculation with him no longer running for president.",
            "speculation",
            "hedge",
            False,
        ),
        # unlabelled (allsides; "It is" constructed): its content clause without 'that' stays
        (
            "It is the latest attempt by Warren to branch out from her expertise on financial "
            "matters — a pattern that has fueled speculation she is eyeing a presidential bid in "
            "2020.",
            "speculation",
            "hedge",
            True,
        ),
        # 'speculation that' stays (constructed)
        (
            "The move fueled speculation that he would run for the Senate.",
            "speculation",
            "hedge",
            True,
        ),
    ],
    (S, "indicate", "indicating_after_speech"): [
        # dev17 (by_country, Onet)
        (
            "- We believe that the United States deliberately add olive oil to the fire - said in "
            "June the spokesman of the Kremlin Dmitry Pieskov, indicating that the deliveries "
            "increase the risk of involvement of a third country in conflict.",
            "indicating",
            "hedge",
            False,
        ),
        # evidence indicating stays (constructed)
        (
            "The data were released on Monday, indicating that inflation had slowed.",
            "indicating",
            "hedge",
            True,
        ),
    ],
    (S, "suspect that", "suspected_person_status"): [
        # dev17 (allsides, The Week)
        ("It targeted suspected terrorists: “non-state actors.”", "suspected", "hedge", False),
        # a content clause stays (constructed)
        (
            "Officials suspected militants were behind the attack.",
            "suspected",
            "hedge",
            True,
        ),
    ],
    (S, "terrorist", "suspected_status"): [
        # dev17 (allsides, The Week)
        ("It targeted suspected terrorists: “non-state actors.”", "terrorists", "loaded", False),
        # dev2 (basil; its quotation marks left out): the label stays
        (
            "Iran will share nuclear weapons with terrorists, said Jeri Thompson.",
            "terrorists",
            "loaded",
            True,
        ),
    ],
    (S, "doubt", "doubt_elliptical"): [
        # dev17 (allsides, a Trump tweet quoted by CNS News)
        (
            "Will @CNN, @nytimes and others apologize? Doubt it!",
            "Doubt",
            "hedge",
            True,
        ),
        # a noun of doubt about a thing stays out (the rule's note, doubt_content)
        (
            "Republican doubts about higher education have grown.",
            "doubts",
            "hedge",
            False,
        ),
    ],
}
