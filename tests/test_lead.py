"""An alternation tried at each position only with the rows that can start there
(``analysis.text.lead``): the first atoms read from a row's source, and the same matches as the
whole alternation on the bundled actor and idiom-guard rows."""

from __future__ import annotations

import re

import pytest

from analysis.text.lead import LeadAlternation, lead_atoms, lead_branches


@pytest.mark.parametrize(
    ("src", "atoms"),
    [
        (r"\bkill(?:s|ed|ing)?\s+time\b", ["k"]),
        (r"\b(?:die|dies)\s+down\b|\bdie[-\s]hard\b", ["d"]),
        # optional first atoms add the next atom's: "the UK", "UK"
        (r"^(?:(?:the )?(?:uk |british )?prime minister |mr\.? )?johnson", list("tubpmj")),
        (r"(?:the )?2022", ["t", "2"]),  # a digit after the quantifier is an atom, not a count
        (r"a{0,3}?1", ["a", "1"]),
        # lookbehinds are zero-width: passed over; a case-sensitive class is its own atom
        (r"(?<!\bin\s)(?<!\bon\s)\b(?-i:[Ii]t)\s+", ["[Ii]"]),
        (r"[“‘\"][\w-]+", [r"[“‘\"]"]),
        (r"\s*x", [r"\s", "x"]),
    ],
)
def test_lead_atoms(src, atoms):
    assert lead_atoms(src) == atoms


@pytest.mark.parametrize(
    "src",
    [
        r"x*",  # can match the empty string
        r"\bthe\b|(?:a|)",  # one branch can
        r"(?s:.)kyiv",  # scoped inline flags (other than -i)
        r"(?P<n>kyiv)",  # named group
        r"(a)\1",  # back-reference: the rows' groups are renumbered in a sub-alternation
        r"(?:(?<=\bkilling\s)|(?<=\battack\s))on",  # a group of lookbehinds only
        r"\u2019s",  # an escape this reader does not interpret
    ],
)
def test_unread_starts_are_tried_everywhere(src):
    assert lead_atoms(src) is None
    table = LeadAlternation([r"\bz\b", src])
    assert all(table.at(ch) is not None for ch in ("a", "Z", "’", ""))


def test_branches_of_a_row_are_dispatched_separately():
    assert lead_branches(r"\bkirby\b|^(?:the )?pentagon$") == [
        (r"\bkirby\b", ["k"]),
        (r"^(?:the )?pentagon$", ["t", "p"]),
    ]
    table = LeadAlternation([r"\bkirby\b|^(?:the )?pentagon$", r"\bkremlin\b"], re.IGNORECASE)
    assert table.at("K").pattern == r"(?:\bkirby\b)|(?:\bkremlin\b)"
    assert table.at("x") is None


def test_first_row_wins_as_in_the_whole_alternation():
    table = LeadAlternation([r"\bkyiv\b", r"\bkyiv officials\b"], re.IGNORECASE)
    assert table.match("Kyiv officials said", 0, 19).span() == (0, 4)
    assert table.found_in("the Kyiv officials") and not table.found_in("Moscow")


def _rows(source: str) -> list[str]:
    from analysis.lexicons import read_table

    if source == "agency/guards.csv":
        return [r["term"] for r in read_table(source)]
    from analysis.detect.packs import pack_harm_actors

    return [p.pattern for p, _ in pack_harm_actors(("ukraine-2022",)).rows]


def _same(table: LeadAlternation, text: str) -> bool:
    whole = table.pattern
    spans = [
        (whole.match(text, p, len(text)) or None, table.match(text, p, len(text)))
        for p in range(len(text) + 1)
    ]
    return all((a and a.span()) == (b and b.span()) for a, b in spans) and (
        (whole.search(text) is not None) == table.found_in(text)
    )


@pytest.mark.parametrize("source", ["agency/guards.csv", "packs/ukraine-2022 actors"])
def test_same_matches_as_the_whole_alternation(source):
    """On strings generated from each bundled row (a match of it amid other text), every
    position gives the same match as the joined pattern, and ``found_in`` what ``search`` does."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    rows = _rows(source)
    table = LeadAlternation(rows, re.IGNORECASE)
    strategies = []
    for row in rows:
        try:
            strategies.append(st.from_regex(re.compile(row, re.IGNORECASE)))
        except Exception:  # a construct hypothesis cannot generate from (a lookbehind)
            continue
    assert len(strategies) > len(rows) // 2

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(strategies))
    def check(text):
        assert _same(table, text)

    check()


def test_the_check_can_fail():
    """A lead that forgets an optional first atom ("UK" for "(?:the )?uk") is caught."""
    table = LeadAlternation([r"\b(?:the )?uk\b"], re.IGNORECASE)
    assert _same(table, "the UK and UK")
    table._leads = [[re.compile("t", re.IGNORECASE)]]
    table._by_char.clear()
    assert not _same(table, "the UK and UK")
