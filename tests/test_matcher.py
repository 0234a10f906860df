"""analysis.text.matcher: keyed scanning gives exactly the matches of plain ``finditer``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.detect.markers import default_lexicon
from analysis.detect.quotes import load_verbs
from analysis.text.fold import fold
from analysis.text.matcher import KeyIndex, KeyScanner, contains_any, parse_keys, trie_regex


def test_trie_regex_prefers_the_longest_term():
    p = re.compile(r"\b(?:" + trie_regex(["military operation", "mil", "military"]) + r")\b")
    assert [m.group() for m in p.finditer("a military operation, military aid, mil")] == [
        "military operation",
        "military",
        "mil",
    ]


def test_parse_keys_folds_and_unites_second_words():
    assert parse_keys([("In", "May"), ("in", "mid"), "said", ("said", "so")]) == {
        "in": frozenset({"may", "mid"}),
        "said": None,
    }


def test_contains_any():
    assert contains_any(fold("A GETTY IMAGES credit"), ("getty images", "reuters"))
    assert not contains_any("nothing here", ("getty images",))


VERB_TEXTS = [
    "He SAID so, according  to aides; unsaid. The ministry claimed\nit, and 'we won,' said Peskov.",
    'Saying nothing, she told Reuters: "No." They called for calm; officials called on them.',
]
LEXICON_TEXTS = [
    "Kiev and Kyiv; the so-called 'special military operation' may fail, it is believed.",
    "In May 2022 Theresa May said 5 May was about 10,000 people away; some critics say so.",
    "Barbarians! The regime's propaganda, reportedly, appeared in court on 3rd of May.",
    "K\u212aIEV ſo-called İt is believed — an estimated 40 people; on 21st of May, mid-May.",
]


def _same(scanner: KeyScanner, pattern: re.Pattern, text: str, **kw) -> list[tuple[int, int]]:
    got = [m.span() for m in scanner.finditer(text, **kw)]
    assert got == [m.span() for m in pattern.finditer(text)]
    return got


@pytest.mark.parametrize("text", VERB_TEXTS)
def test_verbs_scanner_equals_finditer(text):
    vt = load_verbs()
    assert _same(vt.scanner, vt.regex, text)  # the texts do contain verbs


@pytest.mark.parametrize("text", LEXICON_TEXTS)
def test_lexicon_scanner_equals_finditer(text):
    lex = default_lexicon()
    assert _same(lex.scanner, lex.pattern, text)


WORDS = [
    "may",
    "May",
    "Kiev",
    "so",
    "called",
    "so-called",
    "said",
    "according",
    "to",
    "it",
    "is",
    "believed",
    "critics",
    "say",
    "in",
    "of",
    "5",
    "21st",
    "about",
    "10",
    "the",
    "Theresa",
    "Mr.",
    "appeared",
    "court",
    "'90s",
    "mid",
    "early",
    "told",
    "claimed",
    "on",
    "for",
    "some",
    "people",
]
SEPARATORS = [" ", "  ", "-", "\n", ", ", ". ", "'", "’", "—"]
TEXTS = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SEPARATORS), st.text(max_size=3)), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_scanners_equal_finditer_on_random_text(text):
    lex, vt = default_lexicon(), load_verbs()
    _same(lex.scanner, lex.pattern, text)
    _same(vt.scanner, vt.regex, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_scanners_given_one_shared_pass_equal_finditer(text):
    """The verb and lexicon scanners given their key positions by ONE shared pass (KeyIndex:
    shared keys get the union of their second words) find what finditer finds."""
    lex, vt = default_lexicon(), load_verbs()
    hits = KeyIndex([lex.scanner, vt.scanner]).scan(text)
    assert hits.positions_of(lex.scanner, text) is not None  # the shared pass is used
    _same(lex.scanner, lex.pattern, text, hits=hits)
    _same(vt.scanner, vt.regex, text, hits=hits)


@pytest.mark.parametrize("text", VERB_TEXTS + LEXICON_TEXTS)
def test_scanners_given_one_shared_pass_on_fixed_texts(text):
    lex, vt = default_lexicon(), load_verbs()
    hits = KeyIndex([lex.scanner, vt.scanner]).scan(text)
    _same(lex.scanner, lex.pattern, text, hits=hits)
    _same(vt.scanner, vt.regex, text, hits=hits)


def test_hits_of_another_text_are_not_used():
    vt = load_verbs()
    hits = KeyIndex([vt.scanner]).scan("He said so.")
    assert [m.group() for m in vt.scanner.finditer("They claimed it.", hits=hits)] == ["claimed"]


def test_a_dropped_key_position_changes_the_result():
    """The shared positions are really what the scanner uses (the test above could not fail
    if they were ignored)."""
    vt = load_verbs()
    text = "He said so."
    hits = KeyIndex([vt.scanner]).scan(text)
    empty = type(hits)(text, hits.scanners, ((),))
    assert [m.group() for m in vt.scanner.finditer(text, hits=empty)] == []
    assert [m.group() for m in vt.scanner.finditer(text, hits=hits)] == ["said"]


def test_number_key_and_fallback_alternatives_are_found():
    p = re.compile(r"(?<!\w)(?:(?P<a>\d+(?:st|nd)?\s+(?:of\s+)?May)|(?P<b>said)|(?P<c>'90s))(?!\w)")
    text = "On 5 May he said 12 May; x5 May is no date; the 21st of May; the '90s."
    for scanner in (
        KeyScanner.build(p, ["#", "said"], fallback=r"(?<!\w)'90s(?!\w)"),
        KeyScanner.build(p, None),
    ):
        assert [m.group() for m in scanner.finditer(text)] == [
            "5 May",
            "said",
            "12 May",
            "21st of May",
            "'90s",
        ]
        hits = KeyIndex([scanner]).scan(text)
        assert [m.span() for m in scanner.finditer(text, hits=hits)] == [
            m.span() for m in p.finditer(text)
        ]
