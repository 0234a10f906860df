"""Cases of the sense rules of the twentieth development round (``audit-dev20``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV20_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "outrage", "countable_outrage"): [
        # dev20 (allsides, Ben Shapiro): 'a' + a modifier, a quotation mark opened after it: the
        # countable noun, a right hit the require rule dropped
        (
            "Eugene Gu, a Twitter celebrity doctor, called the supposed sign a “national outrage "
            "and a disgrace to the rule of law.”",
            "outrage",
            "loaded",
            True,
        ),
        # unlabelled dev-half AllSides: 'a' + a modifier, no quotation mark
        (
            "Then came a second outrage to rival the first.",
            "outrage",
            "loaded",
            True,
        ),
        # counter-cases: the mass noun, people's anger, stays out ('a wave of' is two words)
        ("It caused a wave of outrage across the country.", "outrage", "loaded", False),
        ("Thousands voiced their outrage.", "outrage", "loaded", False),
    ],
    (S, "doubt", "negated_doubt"): [
        # dev20 (allsides, Vanity Fair): 'no longer any' negates the noun
        (
            "“There is no longer any doubt that Putin is trying to help Donald Trump by "
            "weaponizing WikiLeaks,” a Clinton spokesman said in a statement Thursday.",
            "doubt",
            "hedge",
            False,
        ),
        # counter-case: doubt that is there, for a while longer
        (
            "There is some doubt, no longer than a week old, about the figures.",
            "doubt",
            "hedge",
            True,
        ),
    ],
    (S, "onslaught", "disease_onslaught_of"): [
        # dev20 (allsides, Vice): the disease after 'of' is the agent of the onslaught
        (
            "Christian Fuscarino, executive director of the organization, said the onslaught of "
            "COVID-19 has only increased the demand for resources from the LGBTQ community.",
            "onslaught",
            "loaded",
            False,
        ),
        # counter-case: an onslaught by people
        ("The onslaught of Russian troops continued.", "onslaught", "loaded", True),
    ],
    (S, "bully", "bullying_as_problem"): [
        # dev20 (allsides, Breitbart): the social problem, inside Sessions's reported words
        (
            "“Congress, state legislatures and local governments are in a position to adopt "
            "appropriate policies or laws addressing this issue,” Sessions said, adding that the "
            "department is still committed to protecting students from bullying.",
            "bullying",
            "loaded",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Adults inveighing against bullying viciously attacked a group of teenagers.",
            "bullying",
            "loaded",
            False,
        ),
        # counter-case: an act of bullying someone
        ("He was accused of bullying reporters.", "bullying", "loaded", True),
    ],
    (S, "think", "thinking_noun"): [
        # dev20 (allsides, The Atlantic): a hyphenated compound modifies the noun
        (
            "Sunk-cost thinking tells us to stick with a bad investment because of the money we "
            "have already lost on it.",
            "thinking",
            "hedge",
            False,
        ),
        # counter-case: the verb of a speaker's opinion
        ("Our long-serving mayor is thinking the plan will fail.", "thinking", "hedge", True),
    ],
}
