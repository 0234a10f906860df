"""Sentence, paragraph and word segmentation (analysis.text): hand-written expectations."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import sentences, split_paragraphs, split_sentences, word_spans, words
from analysis.text.typography import CLOSING_QUOTES, STRAIGHT_QUOTES

SENTENCES = [
    # (text, expected sentences) — written by hand
    (
        "He left. She stayed. They argued. Nobody won.",
        ["He left.", "She stayed.", "They argued.", "Nobody won."],
    ),
    (
        "Mr. Peskov spoke to Reuters on Feb. 24. He was calm.",
        ["Mr. Peskov spoke to Reuters on Feb. 24.", "He was calm."],
    ),
    ("The U.S. Army said so. The U.K. agreed.", ["The U.S. Army said so.", "The U.K. agreed."]),
    (
        "Sanctions were imposed by the U.S. He said they would fail.",
        ["Sanctions were imposed by the U.S.", "He said they would fail."],
    ),
    ("Dr. Smith and Sen. Warren met Gov. Newsom.", ["Dr. Smith and Sen. Warren met Gov. Newsom."]),
    (
        "J. K. Rowling wrote it. George W. Bush read it.",
        ["J. K. Rowling wrote it.", "George W. Bush read it."],
    ),
    (
        "Growth was 3.5% and 1,500 jobs went. The deficit hit $3.5m, or 2.7bn a year.",
        ["Growth was 3.5% and 1,500 jobs went.", "The deficit hit $3.5m, or 2.7bn a year."],
    ),
    (
        "A No. 10 spokesman spoke. Apple Inc. reported a loss.",
        ["A No. 10 spokesman spoke.", "Apple Inc. reported a loss."],
    ),
    (
        'He said: "We will finish it." Ukraine refused.',
        ['He said: "We will finish it."', "Ukraine refused."],
    ),
    (
        "“We will win,” he said. “They will lose.” Then he left.",
        ["“We will win,” he said.", "“They will lose.”", "Then he left."],
    ),
    ('"Really?" he asked. "Yes!" she said.', ['"Really?" he asked.', '"Yes!" she said.']),
    (
        "He paused... Then he left. It was... odd.",
        ["He paused...", "Then he left.", "It was... odd."],
    ),
    ("He paused… Then he left.", ["He paused…", "Then he left."]),
    (
        "The meeting ended at 5 p.m. Tuesday in Washington, D.C. officials said.",
        ["The meeting ended at 5 p.m. Tuesday in Washington, D.C. officials said."],
    ),
    (
        "Russia demands Ukraine give up\nThe Kremlin said so.",
        ["Russia demands Ukraine give up", "The Kremlin said so."],
    ),
    (
        "First para.\n\n   Second para. Still second.  \n",
        ["First para.", "Second para.", "Still second."],
    ),
    (
        "1. The job: To taste dog food. It pays well.",
        ["1. The job: To taste dog food.", "It pays well."],
    ),
    ("Talks (in Minsk.) Then nothing.", ["Talks (in Minsk.)", "Then nothing."]),
    ("See bbc.co.uk for more. Then call.", ["See bbc.co.uk for more.", "Then call."]),
    ("The U.S.-led coalition met. It agreed.", ["The U.S.-led coalition met.", "It agreed."]),
    # paragraphs a scrape joined without a space (BASIL: 7-10 per article)
    (
        "The attacks on Sept. 11, 2001.Mr. Obama shifted focus.He said it would end.",
        ["The attacks on Sept. 11, 2001.", "Mr. Obama shifted focus.", "He said it would end."],
    ),
    ('It will end."We will win," he said.', ["It will end.", '"We will win," he said.']),
    ("“We lost.”She left.Gov.Christie spoke.", ["“We lost.”", "She left.", "Gov.Christie spoke."]),
    (
        "It got worse.I am sure.It will pass.I'm",
        ["It got worse.", "I am sure.", "It will pass.", "I'm"],
    ),
    ("Visit Politico.com today.", ["Visit Politico.com today."]),
    ("", []),
    ("   \n\n ", []),
    ("no full stop at all", ["no full stop at all"]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_split_sentences(text, expected):
    assert sentences(text) == expected
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()


PARAGRAPHS = [
    ("a\nb", ["a", "b"]),
    ("  one  \r\n\r\n two\u2028three", ["one", "two", "three"]),
    ("quote \x1cmojibake\x1d stays one", ["quote \x1cmojibake\x1d stays one"]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", PARAGRAPHS)
def test_split_paragraphs(text, expected):
    assert [text[s:e] for s, e in split_paragraphs(text)] == expected


WORDS = [
    (
        "The U.S.-led talks (in Kyiv) don’t end—yet.",
        ["The", "U.S.-led", "talks", "in", "Kyiv", "don’t", "end", "yet"],
    ),
    (
        'He said: "It costs $3.5m, 1,500 more."',
        ["He", "said", "It", "costs", "3.5m", "1,500", "more"],
    ),
    (
        "a well-known – and Kremlin-backed … group",
        ["a", "well-known", "and", "Kremlin-backed", "group"],
    ),
    ("Mr. Peskov's 'so-called' war", ["Mr", "Peskov's", "so-called", "war"]),
    ("— … –", []),
]


@pytest.mark.parametrize("text, expected", WORDS)
def test_words(text, expected):
    assert words(text) == expected
    assert [text[s:e] for s, e in word_spans(text)] == expected


TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=400)
NEWSY = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "U.S.",
            "Feb.",
            "24.",
            "3.5",
            "He",
            "left.",
            '"',
            "“",
            "”",
            "’",
            "...",
            "…",
            "—",
            "\n",
            "\n\n",
            "No.",
            "J.",
            "?",
            "!",
            "the",
            "said",
            "(",
            ")",
            " ",
        ]
    ),
    max_size=80,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, NEWSY))
def test_segmentation_never_crashes_and_spans_are_valid(text):
    paras = split_paragraphs(text)
    sents = split_sentences(text)
    wsp = word_spans(text)
    for spans in (paras, sents, wsp):
        prev_end = 0
        for s, e in spans:
            assert 0 <= prev_end <= s < e <= len(text)
            assert text[s:e].strip() == text[s:e]
            prev_end = e
    # every sentence lies inside one paragraph, and all paragraph text is covered by sentences
    for s, e in sents:
        assert any(ps <= s and e <= pe for ps, pe in paras)
    covered = "".join(text[s:e] for s, e in sents)
    assert "".join(covered.split()) == "".join("".join(text[s:e] for s, e in paras).split())
    assert words(text) == [text[s:e] for s, e in wsp]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1_ -—―….,'’\n\t\u2003é\u0301x", max_size=30))
def test_word_pattern_is_the_documented_definition(text):
    """Words run from a word character to a word character without whitespace, em dash or
    ellipsis (the fast pattern must give exactly the spans of that definition)."""
    import re

    from analysis.text.words import WORD as _WORD

    definition = re.compile(r"\w(?:[^\s—―…]*\w)?")
    assert [m.span() for m in _WORD.finditer(text)] == [m.span() for m in definition.finditer(text)]


# the candidate boundaries by their definition: terminal punctuation (not after another stop),
# closing quotes/brackets, then white space or the end of the text
_CANDIDATE_DEFINITION = re.compile(
    r"(?<![.!?…])[.!?…]++[" + STRAIGHT_QUOTES + CLOSING_QUOTES + r")\]]*+(?=\s|\Z)"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab A1.!?…\"'”’)] \n\t“(Mr", max_size=40))
def test_sentence_candidates_in_one_scan_equal_the_two_step_definition(text):
    """split_sentences reads each candidate's following token in the same scan; the cuts must be
    those of the definition: candidate, then the next token (_NEXT), unless a line break or the
    end of the text follows."""
    from analysis.text import segment as T

    cuts = []
    for m in _CANDIDATE_DEFINITION.finditer(text):
        s, e = m.span()
        n = T._NEXT.match(text, e)
        if n is None or any(c in T._LB for c in text[e : n.start(1)]):
            continue
        if T._is_boundary(text, s, e, n.group(1)):
            cuts.append(e)
    for m in T._GLUED.finditer(text):  # a stop glued to the next sentence: no white space
        if T._is_boundary(text, m.start(), m.end(), m.group(1)):
            cuts.append(m.end())
    spans = T.split_sentences(text)
    got = [e for _, e in spans]
    assert all(c in got for c in cuts)  # every cut ends a sentence
    paragraph_ends = {e for _, e in T.split_paragraphs(text)}
    assert set(got) <= set(cuts) | paragraph_ends  # and nothing else does
