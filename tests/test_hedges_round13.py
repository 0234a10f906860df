"""WikiWeasel round 13: the classes fixed, each with a real-style sentence and a counter-case.

Each case is (sentence, surface of the hit, category, counted?): ``counted`` is whether the hit is
an uncertainty cue as :func:`analysis.evaluation.hedges.evaluate_hedges` counts it (a marker of
the category whose subcategory is not one of ``NON_EPISTEMIC_SUBCATEGORIES``).  The first case of
a class is the sentence (or the news hit) that showed it; the counter-case is the sense that stays.
"""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers
from analysis.evaluation.hedges import NON_EPISTEMIC_SUBCATEGORIES

CASES: list[tuple[str, str, str, bool]] = [
    # believe_object: to accept an account (or a person) as true, not a belief hedged
    # (WikiWeasel dev; hit audit dev3 and dev7)
    (
        "The Kurita ambassador refused to believe any other explanation of the partnership.",
        "believe",
        "hedge",
        False,
    ),
    (
        "He said he did not believe a study that showed nearly 3,000 died after the storm.",
        "believe",
        "hedge",
        False,
    ),
    ("I do not believe the reports are true.", "believe", "hedge", True),
    ("I do not believe the president will resign.", "believe", "hedge", True),
    ("Many scholars believe that the name is a corruption.", "believe", "hedge", True),
    # estimate_noun widened: the noun after an adjective of accuracy, 'intelligence' or a
    # bracketed abbreviation is a figure or a document (WikiWeasel dev; hit audit dev)
    (
        "A Special National Intelligence Estimate (SNIE) issued in May postulated that a short "
        "campaign would deter an invasion.",
        "Estimate",
        "hedge",
        False,
    ),
    (
        "It is hard to get a correct estimate as to how large the losses were.",
        "estimate",
        "hedge",
        False,
    ),
    (
        "The IMF upgraded Russia's Gross Domestic Product (GDP) estimate for this year by 2.5%.",
        "estimate",
        "hedge",
        False,
    ),
    ("Officials estimate that 500 people died.", "estimate", "hedge", True),
    ("It is difficult to estimate the damage.", "estimate", "hedge", True),
    # called_term widened: a capitalised name right after 'often called' / 'usually referred to
    # as' is a name given, not an unnamed source's view (WikiWeasel dev)
    (
        "These spectator poms are often called Rooter or Spirit poms.",
        "often called",
        "evidential",
        False,
    ),
    (
        "Although usually referred to as Portobello Bridge, the correct name is La Touche Bridge.",
        "usually referred to as",
        "evidential",
        False,
    ),
    ("He is often called the best player of his generation.", "often called", "evidential", True),
    ("The city is often called the Venice of the North.", "often called", "evidential", True),
    # made_famous: fame given with its cause (WikiWeasel dev)
    (
        "This road was made famous worldwide by the short film ` Climb Dance'.",
        "famous",
        "evidential",
        False,
    ),
    (
        "Simon Cowell's controversial rantings also made him famous on ` American Idol'.",
        "famous",
        "evidential",
        False,
    ),
    ("The famous landmarks are located in the old town.", "famous", "evidential", True),
    ("The role that made him famous was a cameo.", "famous", "evidential", True),
    # famous_title: a capitalised word after a quotation mark in mid-sentence is a title
    # (WikiWeasel dev)
    (
        "They showed off titles set for release in 2009, most notably ` Killzone 2', ` Infamous' "
        "and ` LittleBigPlanet'.",
        "Infamous",
        "evidential",
        False,
    ),
    ("Famous for its beaches, the town grew quickly.", "Famous", "evidential", True),
    ("McCabe was also infamous for egging devotees.", "infamous", "evidential", True),
    # notable_remark: 'it is notable that' points out a fact (WikiWeasel dev)
    (
        "It is notable that one of his sketches includes the subtitle Medley on the Campus Fence.",
        "notable",
        "evidential",
        False,
    ),
    ("Porcupine Tree is notable for being an album-oriented band.", "notable", "evidential", True),
    # considered_deliberated widened: taken into account in a study or a model (WikiWeasel dev)
    (
        "The acceleration is attributed to tidal effects, which had not been considered in the "
        "earlier studies.",
        "been considered",
        "evidential",
        False,
    ),
    ("He is considered in the literature a pioneer.", "is considered", "evidential", True),
    ("The bridge is considered unsafe in the current design.", "is considered", "evidential", True),
]


def _counted(text: str, category: str) -> list[str]:
    return [
        m.text
        for m in find_markers(text, quotes=[])
        if m.category == category and m.subcategory not in NON_EPISTEMIC_SUBCATEGORIES
    ]


@pytest.mark.parametrize("text,surface,category,counted", CASES, ids=lambda v: str(v)[:40])
def test_round13_class(text, surface, category, counted):
    hits = _counted(text, category)
    assert (surface in hits) is counted, (text, hits)
