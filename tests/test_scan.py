"""analysis.text.scan: keyed scanning gives exactly the matches of plain ``finditer``."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis.detect.markers.core import _default_lexicon
from analysis.detect.quotes.core import _load_verbs
from analysis.text.scan import KeyGroup, KeyedPattern, contains_any, first_words, fold, required_literals


@pytest.mark.parametrize(
    "a, b",
    [("K", "\u212a"), ("s", "ſ"), ("i", "İ"), ("Σ", "ς"), ("é", "É"), ("ß", "ẞ")],
)
def test_fold_joins_what_ignorecase_joins(a, b):
    assert re.fullmatch(re.escape(a), b, re.IGNORECASE)  # the engine's own view
    assert fold(a) == fold(b)


@pytest.mark.parametrize("text", ["İstanbul ſtraße Σίσυφος", "KELVIN \u212a", "plain ascii", "ÉCOLE — “quoted”"])
def test_fold_preserves_length(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "regex, expected",
    [
        (r"(?:some|many)\s+(?:critics|experts)\b", {("some", "critics"), ("some", "experts"), ("many", "critics"), ("many", "experts")}),
        (r"(?:in|since|end\s+of)[\s-]+May", {("in", "may"), ("since", "may"), ("end", "of")}),
        (r"appear(?:s|ed)?\s+in", {("appear", "in"), ("appears", "in"), ("appeared", "in")}),
        (r"(?:about|over)(?=\s+\d)", {("about", None), ("over", None)}),
        (r"(?<=[\w,;] )May(?!\s+I)", {("may", None)}),
        (r"Mr\.?\s+May", {("mr", "may")}),
        (r"so-called", {("so", "called")}),
        # the first word is not certain: no keys
        (r"\d+ May", None),
        (r"may\w*", None),
        (r"ab\s*cd", None),  # "abcd" also matches: "ab" is not a whole word
        (r"[A-Z]\w+", None),
    ],
)
def test_first_words(regex, expected):
    got = first_words(regex)
    assert (None if got is None else set(got)) == expected


def test_required_literals():
    lits = required_literals(r"Photo: (?:AP|Reuters)|Getty Images")
    assert lits == ("getty images", "photo: ")
    assert contains_any(fold("A GETTY IMAGES credit"), lits) and not contains_any("nothing here", lits)
    assert required_literals(r"\w+ \d+") == (" ",)  # the one certain literal: a space
    assert required_literals(r"\w+|\d+") is None
    assert required_literals(r"ab|abc") == ("ab",)  # "abc" contains "ab": redundant


VERB_TEXTS = [
    "He SAID so, according  to aides; unsaid. The ministry claimed\nit, and 'we won,' said Peskov.",
    "Saying nothing, she told Reuters: \"No.\" They called for calm; officials called on them.",
]


@pytest.mark.parametrize("text", VERB_TEXTS)
def test_verbs_scanner_equals_finditer(text):
    vt = _load_verbs(None)
    assert [m.span() for m in vt.scanner.finditer(text)] == [m.span() for m in vt.regex.finditer(text)]
    assert [m.group() for m in vt.scanner.finditer(text)]  # the texts do contain verbs


LEXICON_TEXTS = [
    "Kiev and Kyiv; the so-called 'special military operation' may fail, it is believed.",
    "In May 2022 Theresa May said 5 May was about 10,000 people away; some critics say so.",
    "Barbarians! The regime's propaganda, reportedly, appeared in court on 3rd of May.",
    "K\u212aIEV ſo-called İt is believed — an estimated 40 people.",
]


@pytest.mark.parametrize("text", LEXICON_TEXTS)
def test_lexicon_scanner_equals_finditer(text):
    lex = _default_lexicon()
    got = [m.span() for m in lex._scanner.finditer(text)]
    assert got == [m.span() for m in lex.pattern.finditer(text)]
    assert got


WORDS = ["may", "May", "Kiev", "so", "called", "so-called", "said", "according", "to", "it", "is", "believed",
         "critics", "say", "in", "of", "5", "about", "10", "the", "Theresa", "Mr.", "appeared", "court", "'90s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "-", "\n", ", ", ". ", "'", "’", "—"]),
                          st.text(max_size=3)), max_size=40).map("".join))
def test_scanners_equal_finditer_on_random_text(text):
    lex, vt = _default_lexicon(), _load_verbs(None)
    assert [m.span() for m in lex._scanner.finditer(text)] == [m.span() for m in lex.pattern.finditer(text)]
    assert [m.span() for m in vt.scanner.finditer(text)] == [m.span() for m in vt.regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS + ["told", "claimed", "called", "on", "for"]),
                          st.sampled_from([" ", "  ", "-", "\n", ", ", ". ", "'", "’", "—"]),
                          st.text(max_size=3)), max_size=40).map("".join))
def test_scanners_primed_by_one_group_scan_equal_finditer(text):
    """The verb and lexicon scanners given their key positions by ONE shared scan (KeyGroup:
    shared keys get the union of their second words) find what finditer finds."""
    lex, vt = _default_lexicon(), _load_verbs(None)
    KeyGroup([lex._scanner, vt.scanner]).prime(text)
    assert lex._scanner._shared[0] is text and vt.scanner._shared[0] is text  # the shared scan is used
    assert [m.span() for m in lex._scanner.finditer(text)] == [m.span() for m in lex.pattern.finditer(text)]
    assert [m.span() for m in vt.scanner.finditer(text)] == [m.span() for m in vt.regex.finditer(text)]


@pytest.mark.parametrize("text", VERB_TEXTS + LEXICON_TEXTS)
def test_scanners_primed_on_fixed_texts(text):
    lex, vt = _default_lexicon(), _load_verbs(None)
    KeyGroup([lex._scanner, vt.scanner]).prime(text)
    assert [m.span() for m in lex._scanner.finditer(text)] == [m.span() for m in lex.pattern.finditer(text)]
    assert [m.span() for m in vt.scanner.finditer(text)] == [m.span() for m in vt.regex.finditer(text)]


def test_fallback_alternatives_are_found():
    # an alternative that does not start with a word ('\d…') is scanned on its own
    p = re.compile(r"(?<!\w)(?:(?P<a>\d+\s+May)|(?P<b>said))(?!\w)")
    for first in (None, r"[\d]"):  # scanned as a lookahead, or found by its first character
        kp = KeyedPattern(p, ["said"], fallback=r"(?<!\w)\d+\s+May(?!\w)", fallback_needs=("may",), fallback_first=first)
        text = "On 5 May he said 12 May; x5 May is no date."
        assert [m.group() for m in kp.finditer(text)] == ["5 May", "said", "12 May"]
        assert [m.span() for m in kp.finditer(text)] == [m.span() for m in p.finditer(text)]


def _modules():
    return [m.name for m in pkgutil.walk_packages(analysis.__path__, "analysis.")]


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    """Every Examples section in the package runs and gives what it shows."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} doctest examples failed"


def test_key_group_leaves_patterns_with_non_word_keys_to_themselves():
    """A key that is not a whole word (a user's key such as "u.s") cannot be named by the word
    at its position: that pattern is not primed and still finds its matches."""
    odd = KeyedPattern(re.compile(r"\bu\.s\.", re.I), ["u.s"])
    said = KeyedPattern(re.compile(r"\bsaid\b", re.I), ["said"])
    group = KeyGroup([odd, said])
    assert group.patterns == [said]
    text = "The U.S. said so."
    group.prime(text)
    assert [m.group() for m in odd.finditer(text)] == ["U.S."] and [m.group() for m in said.finditer(text)] == ["said"]
