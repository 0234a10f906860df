"""Cases of the sense rules of the eighteenth development round (``audit-dev18``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half AllSides articles ("unlabelled"), quoted; the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"
P = "packs/ukraine-2022/senses.csv"

DEV18_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "*", "capitalised_name"): [
        # dev4 (allsides): an epithet opening a mocking title-case name (a right hit the one-row
        # rule dropped)
        (
            "if the word “capitalism” makes you think of Wells Fargo’s shenanigans or trying to "
            "get Nasty McEvil Stupidface Health Partners to approve your mom’s dialysis",
            "Nasty",
            "loaded",
            True,
        ),
        # dev10 (allsides): after a capitalised first name, a name
        (
            "A GOP congressman involved in Wednesday's protest told CNN's Dana Bash that the "
            "protest had been on his calendar for about a week.",
            "Bash",
            "loaded",
            False,
        ),
        # dev17 (allsides): the second word of the mocking label stays a name-like run
        # (after a capitalised word): left
        (
            "the criminals don’t fit their picture of Evil Bigots. They aren’t, for the most "
            "part, MAGA hat-wearing white guys with tiki torches.",
            "Bigots",
            "loaded",
            False,
        ),
    ],
    (S, "*", "capitalised_name_open"): [
        # dev17 (allsides): the first word of the mocking label, a right hit the rule dropped
        (
            "the criminals don’t fit their picture of Evil Bigots. They aren’t, for the most "
            "part, MAGA hat-wearing white guys with tiki torches.",
            "Evil",
            "loaded",
            True,
        ),
        # dev6 (allsides): a right hit the rule dropped
        ("Yet the Crazy-Uncle spin-offs continue.", "Crazy", "loaded", True),
        # unlabelled (allsides): an epithet before a name
        (
            "“President Obama thought that Crooked Hillary was going to win the election, so "
            "when he was informed by the FBI about Russian Meddling, he said it couldn’t happen",
            "Crooked",
            "loaded",
            True,
        ),
        # dev16 (allsides): a surname after a lower-case word stays a name
        (
            "But according to Savage, Reade had been mishandling a key part of her job.",
            "Savage",
            "loaded",
            False,
        ),
        # dev9 (by-country): a name whose next word is lower case
        (
            "In 1865, the Society for the Protection of Animals appeared in Russia, which began "
            "to save the bears.",
            "Animals",
            "loaded",
            False,
        ),
        # unlabelled (allsides): the head of a programme or a law after the run
        (
            "In 2005, a national debate erupted when the Terrorist Surveillance Program "
            "authorized by President George W. Bush was revealed.",
            "Terrorist",
            "loaded",
            False,
        ),
        (
            "The House is set to vote on the bill, dubbed the Heroes Act, as well as a historic "
            "temporary rules change.",
            "Heroes",
            "loaded",
            False,
        ),
    ],
    (S, "it is believed", "it_is_often_usage"): [
        # dev18 (allsides): the dummy 'it' of a participle before 'that' (a right hit dropped)
        (
            "It is often forgotten that after the 7/7 attacks in 2005, a second wave of bombers "
            "hit London two weeks later.",
            "It is often",
            "evidential",
            True,
        ),
        # dev13 (allsides): a verb of people's judgement (a right hit dropped)
        (
            "A caste system endures because it is often justified as divine will, originating "
            "from sacred text or the presumed laws of nature.",
            "it is often",
            "evidential",
            True,
        ),
    ],
    (S, "guess", "guess_activity"): [
        # dev18 (allsides): the idiom that nobody knows, the writer's uncertainty (a right hit
        # the rule dropped)
        (
            "(It's anyone's guess what's happening behind closed doors - despite leaks from both "
            "sides that have fed speculative news stories, there is no evidence.)",
            "guess",
            "hedge",
            True,
        ),
    ],
    (S, "indicate", "indicate_announced_plan"): [
        # dev18 (allsides): an auxiliary and a time adverb between the subject and the verb
        (
            "McConnell and House Republicans have previously indicated that they would want to "
            "see liability protections for businesses and health care employers.",
            "indicated",
            "hedge",
            False,
        ),
        # dev11 (allsides): evidence indicating, kept
        (
            "The latest report by the VA inspector general's office and Shinseki's auditors "
            "indicated a link between employee bonuses and covering up patient wait times.",
            "indicated",
            "hedge",
            True,
        ),
    ],
    (S, "slam", "slam_physical_against"): [
        # dev18 (allsides): a body thrown against a surface
        (
            "It was the latter maneuver that caused Garner to lose balance and fall backward with "
            "Pantaleo, whose body slammed against a store window.",
            "slammed",
            "loaded",
            False,
        ),
        # dev4 (allsides): the verb of criticism stays
        (
            "However House Armed Services Committee Chairman Buck McKeon slammed the releases in "
            "a statement Thursday.",
            "slammed",
            "loaded",
            True,
        ),
        # unlabelled (allsides): the noun of criticism before 'against' stays
        (
            "First, let me lay to rest the idea that this was a backhanded slam against Reagan’s "
            "legacy.",
            "slam",
            "loaded",
            True,
        ),
    ],
    (S, "*", "negated_certainty_adverb"): [
        # dev18 (allsides)
        (
            "One medical examiner ruled his death a homicide, while another couldn’t "
            "conclusively say whether the chokehold was the cause.",
            "conclusively",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        (
            "Corsi does not clearly explain who was on this call or what happened.",
            "clearly",
            "booster",
            False,
        ),
        # dev10 (allsides, quoted): no negation, kept
        (
            "the GOP committee members stated in their letter that Mueller’s findings "
            "“conclusively refute” Schiff’s “past and present assertions” about the investigation.",
            "conclusively",
            "booster",
            True,
        ),
    ],
    (S, "*", "coordinated_with_extent"): [
        # dev18 (allsides, a quoted Guardian column)
        (
            "Yet if Hong Kong is permanently, definitively lost to democracy, it will be, at least "
            "in part, because the west failed to fight for it.",
            "definitively",
            "booster",
            False,
        ),
        # dev7 (allsides): a wrong hit kept before this round
        (
            "its last and perhaps most important chapter is yet to be written — one that will "
            "finally and conclusively reveal if McConnell has been seeking power",
            "conclusively",
            "booster",
            False,
        ),
        # unlabelled (allsides, quoted): an adverb of extent, not of finality: certainty, kept
        (
            "everything we just said has been debunked, that the evidence points entirely and "
            "unequivocally in the other direction.",
            "unequivocally",
            "booster",
            True,
        ),
        # dev2 (allsides): the adverb alone stays
        (
            "That period is now definitively over.",
            "definitively",
            "booster",
            True,
        ),
    ],
    (P, "relentless", "hostile_conduct_context"): [
        # dev18 (allsides): a right hit the war-context require rule dropped
        (
            "The relentless babble of Matthews might recall for some bookworms the words of H.L. "
            "Mencken decrying President Warren Harding's English.",
            "relentless",
            "loaded",
            True,
        ),
        # unlabelled (allsides)
        (
            "Trump waved that flag and marked the occasion with relentless attacks against "
            "Hillary Clinton’s husband.",
            "relentless",
            "loaded",
            True,
        ),
        # dev7 (allsides, wrong): no hostility named
        (
            "The investigation has mushroomed into a relentless examination of Trump's political, "
            "personal and business life.",
            "relentless",
            "loaded",
            False,
        ),
    ],
}
