"""A military analyst, blogger or expert named by the army or country is not that army.

The harm-actors rows of the ukraine-2022 pack gave any phrase with "Russian ... military" the
side of the Russian armed forces, so a victim "Russian military blogger" (a civilian) counted
as the army; the speaker rows of ``actors.csv`` had stopped before such role words in session
28. Phrases from the war corpora in ``../shared`` (by-country: AP, Radio Svoboda, Radio NV).
"""

from __future__ import annotations

import pytest

from analysis.detect.packs import pack_harm_actors
from analysis.detect.quotes.tables import side_of


@pytest.fixture(scope="module")
def harm():
    return pack_harm_actors(("ukraine-2022",))


@pytest.mark.parametrize(
    "phrase",
    [
        "Russian military bloggers",
        "pro-war Russian military bloggers",
        "the Ukrainian military expert Ivan Kyrychevsky",
        "Russian military analyst Pavel Felgenhauer",
    ],
)
def test_role_words_are_not_the_army(harm, phrase):
    assert side_of(phrase, harm) is None


@pytest.mark.parametrize(
    "phrase, side",
    [
        ("Russian troops", "russian_government"),
        ("Russia's military", "russian_government"),
        ("Ukrainian forces", "ukrainian_government"),
        ("the Ukrainian military", "ukrainian_government"),
    ],
)
def test_the_armies_keep_their_side(harm, phrase, side):
    assert side_of(phrase, harm) == side
