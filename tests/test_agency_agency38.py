"""find_agency on the classes of round agency38 (issue 20 on a non-war corpus): report 09 run on
400 AllSides immigration, environment and economy stories (review45) showed deaths of algae,
bills and programmes as harm events.

The sentences are real: the review45 evidence rows or unlabelled dev-split AllSides articles of
non-war topics (cited by AllSides id).  Each class has a counter-case that stays an event.  The
expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# Algae that die (arguments.csv, the animals-and-plants rows).
def test_algae_that_die_are_no_harm_to_people():
    # AllSides j64rO2p4fXWdnKKe (NPR), report 09 evidence of review45 (no annotated row)
    text = "Within a few weeks, the algae died and clumped up like snowflakes."
    assert events_of(text, "died") == []


def test_people_who_die_in_the_same_shape_stay():
    text = "Within a few weeks, the soldiers died and were buried near the river."
    assert [e.form for e in events_of(text, "died")] == ["intransitive"]
