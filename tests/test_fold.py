"""analysis.text.fold: one case-folding table, equal to what re.IGNORECASE treats as the same."""

from __future__ import annotations

import re

import pytest

from analysis.text.fold import case_class, cased_chars, fold


@pytest.mark.parametrize(
    "a, b", [("K", "\u212a"), ("s", "ſ"), ("i", "İ"), ("Σ", "ς"), ("é", "É"), ("ß", "ẞ")]
)
def test_fold_joins_what_ignorecase_joins(a, b):
    assert re.fullmatch(re.escape(a), b, re.IGNORECASE)  # the engine's own view
    assert fold(a) == fold(b)
    assert b in case_class(a) and a in case_class(b)


@pytest.mark.parametrize(
    "text", ["İstanbul ſtraße Σίσυφος", "KELVIN \u212a", "plain ascii", "ÉCOLE — “quoted”"]
)
def test_fold_preserves_length(text):
    assert len(fold(text)) == len(text)


def test_cased_chars_are_every_character_with_a_case_mapping():
    expected = "".join(
        c
        for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and (c.lower() != c or c.upper() != c or c.casefold() != c)
    )
    assert cased_chars() == expected


@pytest.mark.slow
def test_classes_equal_the_engine_for_every_cased_character():
    """For every cased character, its class is exactly the characters the regex engine lets it
    match case-insensitively (so a key folded here is found wherever the pattern can match)."""
    universe = cased_chars()
    for c in universe:
        engine = set(re.findall(re.escape(c), universe, re.IGNORECASE)) | {c}
        assert set(case_class(c)) == engine, c
        assert len({fold(x) for x in engine}) == 1, c
