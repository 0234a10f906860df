"""Cases of the sense rules of the twenty-seventh development round (``audit-dev27``, issue 17).

The sentences are from unlabelled dev-half AllSides articles (the environment stories round
review45 read in report 02, found again by a text search of the dev half), quoted; the
counter-cases are right-sense hits of the same terms in unlabelled dev-half AllSides articles
(read), and the expected values are written by hand.  ``tests/test_senses.py`` merges them into
its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV27_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "trash", "trash_waste_handling"): [
        # garbage removed, collected or named by its material
        (
            "This summer, his town is partnering with the Forest Service to remove trash and "
            "staff area trailheads.",
            "trash",
            "loaded",
            False,
        ),
        (
            "said Ching-ching Tse, a 24-year-old student who was on her second day of collecting "
            "trash in the protest area with her friends.",
            "trash",
            "loaded",
            False,
        ),
        (
            "Straw bans could jump-start much-needed conversations about the level of "
            "non-biodegradable trash in it.",
            "trash",
            "loaded",
            False,
        ),
        # counter-cases: the verb of attack and the label stay
        (
            "As for the media, they stand ready to trash anyone so designated.",
            "trash",
            "loaded",
            True,
        ),
        (
            "They have routinely mocked him as ignorant, stupid, a redneck, hillbilly, trash and "
            "pretty much every pejorative you can think of.",
            "trash",
            "loaded",
            True,
        ),
    ],
    (S, "trash", "trash_waste_after"): [
        (
            "The report found that the most common trash item found on beaches is cigarettes.",
            "trash",
            "loaded",
            False,
        ),
        (
            "All materials are sorted and recycled when possible. Trash is removed daily.",
            "Trash",
            "loaded",
            False,
        ),
        # counter-cases: the verb with its object, the label before a noun
        (
            "Think of it like a white trash ‘Save the Date’ card.",
            "trash",
            "loaded",
            True,
        ),
        ("He used the speech to trash the deal.", "trash", "loaded", True),
    ],
    (S, "toxic", "toxic_substance"): [
        (
            "My big concern with GMOs has been their increased use to push toxic pesticides and "
            "increase profits of agribusiness and chemical companies.",
            "toxic",
            "loaded",
            False,
        ),
        (
            "But researchers still aren’t sure how toxic microplastics are when we consume them "
            "this way.",
            "toxic",
            "loaded",
            False,
        ),
        (
            "He fails to recognize that it’s a different kind of eco-challenge than the others he "
            "mentions in his encyclical, like toxic dumping and endangered species.",
            "toxic",
            "loaded",
            False,
        ),
        # counter-cases: the figurative sense
        (
            "The dysfunction is partially the result of the toxic relationship between President "
            "Barack Obama and congressional Republicans.",
            "toxic",
            "loaded",
            True,
        ),
        (
            "Unfortunately, in this toxic political environment, some of our colleagues have "
            "chosen to attack.",
            "toxic",
            "loaded",
            True,
        ),
        ("Sycophancy is toxic.", "toxic", "loaded", True),
    ],
    (S, "indicate", "indicate_announced_plan"): [
        # dev24 (allsides): a person signalling what she could do, a wrong hit kept ('could' was
        # not among the rule's modals; the widening round 26 named)
        (
            "House Speaker Nancy Pelosi has indicated she could try to pass a Democratic bill on "
            "Friday.",
            "indicated",
            "hedge",
            False,
        ),
        # counter-cases (unlabelled dev-half AllSides): evidence subjects, the writer's inference
        (
            "Nearly every corner of the Republican Party came together to aid Feenstra when "
            "tightening polls indicated he could nab the seat.",
            "indicated",
            "hedge",
            True,
        ),
        (
            "Biden’s long record indicates that he could prove more inclined to authorize "
            "military interventions than Trump.",
            "indicates",
            "hedge",
            True,
        ),
    ],
    (S, "unlikely", "attributive_unlikely"): [
        # dev27 (basil): "'s" is "is" before the predicate 'unlikely to', a right hit the rule
        # dropped
        (
            "President Donald Trump called such trophy hunting a “horror show” and said he’s "
            "unlikely to change his mind and allow such imports.",
            "unlikely",
            "hedge",
            True,
        ),
        # unlabelled dev-half AllSides: 'he's / that's unlikely to' (71 such hits were dropped)
        (
            "Even if Sanders wins in Wisconsin, he's unlikely to gain much ground.",
            "unlikely",
            "hedge",
            True,
        ),
        (
            "At this point, that’s unlikely to happen.",
            "unlikely",
            "hedge",
            True,
        ),
        # counter-cases: the possessive and the article before a noun still drop
        (
            "The oath capped Trump's unlikely journey to the White House.",
            "unlikely",
            "hedge",
            False,
        ),
        (
            "The two senators formed an unlikely alliance on the bill.",
            "unlikely",
            "hedge",
            False,
        ),
    ],
}
