"""Readability: hand-counted news sentences, agreement with textstat on clean text, offline,
robustness.

Syllables below were counted by hand as the words are read aloud ("Mr." = mis-ter, "Feb." =
Feb-ru-ar-y, "U.S." = U-S, "Gov." = gov-er-nor), with one convention from Flesch/textstat:
a numeral token ("24", "3.5", "$3.5m", "2.7bn") counts as one syllable.
"""

from __future__ import annotations

import math
import socket

import pytest
from conftest import need_shared
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis  # noqa: F401  (patches textstat to read the packaged CMU dictionary)
from analysis.detect.readability import (
    COUNT_KEYS,
    INDEX_KEYS,
    readability,
    readability_features,
    syllable_count,
)

HAND = [
    # (text, sentences, words, syllables)
    # he1 left1 | she1 stayed1 | they1 ar-gued2 | no-bo-dy3 won1
    ("He left. She stayed. They argued. Nobody won.", 4, 8, 11),
    # mis-ter2 pes-kov2 spoke1 to1 reu-ters2 on1 feb-ru-ar-y4 24:1
    ("Mr. Peskov spoke to Reuters on Feb. 24.", 1, 8, 14),
    # the1 U-S2 im-posed2 sanc-tions2 | rus-sia's2 e-con-o-my4 shrank1 by1 3.5:1 per1 cent1
    ("The U.S. imposed sanctions. Russia's economy shrank by 3.5 per cent.", 2, 11, 18),
    # she1 does-n't2 know1 he1 said1 (curly apostrophe)
    ("She doesn’t know, he said.", 1, 5, 6),
    # jay1 kay1 row-ling2 wrote1 the1 books1
    ("J. K. Rowling wrote the books.", 1, 6, 7),
    # krem-lin2 spokes-man2 dmi-try2 pes-kov2 said1 we1 will1 fin-ish2 it1 | u-kraine2 re-fused2
    ('Kremlin spokesman Dmitry Peskov said: "We will finish it." Ukraine refused.', 2, 11, 18),
    # pri-ces2 rose1 2.7bn:1 or1 $3.5m:1 a1 day1 of-fi-cials3 said1
    ("Prices rose 2.7bn, or $3.5m a day, officials said.", 1, 9, 12),
    # ze-len-skyy3 met1 po-do-li-ak4 on1 mon-day2
    ("Zelenskyy met Podoliak on Monday.", 1, 5, 11),
    # gov-er-nor3 new-som2 left1 at1 5:1 p-m2 tues-day2
    ("Gov. Newsom left at 5 p.m. Tuesday.", 1, 7, 12),
    # he1 paused1 | then1 he1 left1
    ("He paused… Then he left.", 2, 5, 5),
    # the1 war1 and1 the1 talks1 went1 on1 (em dashes separate words)
    ("The war—and the talks—went on.", 1, 7, 7),
    # a1 well-known2 krem-lin-backed3 group1 left1
    ("A well-known Kremlin-backed group left.", 1, 5, 8),
    # rus-sia2 de-mands2 u-kraine2 give1 up1 | the1 krem-lin2 said1 so1
    # (a line break ends a sentence)
    ("Russia demands Ukraine give up\nThe Kremlin said so.", 2, 9, 13),
    # a list number alone on a line is not a sentence; pri-ces2 rose1
    ("1.\nPrices rose.", 1, 2, 3),
    # real-ly2 he1 asked1
    ('"Really?" he asked.', 1, 3, 4),
    # dr = doc-tor2 smith1 and1 sen = sen-a-tor3 war-ren2 met1
    ("Dr. Smith and Sen. Warren met.", 1, 6, 10),
]


@pytest.mark.parametrize("text, n_sentences, n_words, n_syllables", HAND)
def test_hand_counted(text, n_sentences, n_words, n_syllables):
    r = readability(text)
    assert (r["n_sentences"], r["n_words"], r["n_syllables"]) == (n_sentences, n_words, n_syllables)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("spokesman", 2),
        ("Kremlin", 2),
        ("doesn’t", 2),
        ("doesn't", 2),
        ("U.S.", 2),
        ("U.N.", 2),
        ("OSCE", 4),
        ("Podoliak", 4),
        ("Zelenskyy", 3),
        ("Peskov", 2),
        ("well-known", 2),
        ("2022", 1),
        ("Gov.", 3),
        ("Feb.", 4),
        ("", 0),
        ("—", 0),
    ],
)
def test_syllable_count(word, expected):
    assert syllable_count(word) == expected


def test_formulas_on_hand_counts():
    # 4 sentences, 8 words, 11 syllables (counted above): FK = 0.39*2 + 11.8*11/8 - 15.59
    r = readability("He left. She stayed. They argued. Nobody won.")
    assert r["flesch_kincaid_grade"] == pytest.approx(0.39 * 2 + 11.8 * 11 / 8 - 15.59)
    assert r["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 2 - 84.6 * 11 / 8)
    # "nobody" is the one word of 3+ syllables (SMOG polysyllables = 1)
    # letters: He left She stayed They argued Nobody won = 2+4+3+6+4+6+6+3 = 34
    assert r["n_letters"] == 34
    assert r["coleman_liau_index"] == pytest.approx(
        0.058 * 100 * 34 / 8 - 0.296 * 100 * 4 / 8 - 15.8
    )
    assert r["smog_index"] == pytest.approx(1.043 * math.sqrt(30 * 1 / 4) + 3.1291)


# Clean paragraphs written for this test: no abbreviations, every sentence longer than two
# words, every word in the CMU dictionary, no hyphens or dashes.
CLEAN = [
    "The talks between the two delegations ended on Monday without a deal. Officials from both "
    "sides said they would meet again later this week. The government wants the fighting to stop "
    "before the winter arrives. Many families have already left their homes in the east of the "
    "country.",
    "Prices for food and fuel rose sharply across Europe during the spring. Farmers warned that "
    "the cost of fertilizer would push prices even higher next year. The central bank said it was "
    "watching the situation closely and was ready to act.",
    "Thousands of people gathered in the main square of the capital on Sunday evening. They "
    "carried flags and sang songs as the police watched from the side streets. The organisers said "
    "the protest was peaceful and that nobody had been arrested.",
    "A spokesman for the ministry said the army had completed its exercises in the north. He told "
    "reporters that the troops would return to their bases within a few days. Western governments "
    "said they had seen no sign that the soldiers were leaving.",
    "The report found that most schools in the region did not have enough teachers. It said that "
    "children in rural areas were falling behind their peers in the cities. The minister promised "
    "to publish a plan to recruit more staff before the end of the year.",
]

TEXTSTAT_FN = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "coleman_liau_index": "coleman_liau_index",
    "dale_chall": "dale_chall_readability_score",
    "automated_readability_index": "automated_readability_index",
}


@pytest.mark.parametrize("text", CLEAN)
@pytest.mark.parametrize("key", list(TEXTSTAT_FN))
def test_equals_textstat_on_clean_text(text, key):
    textstat = pytest.importorskip("textstat")
    ours = readability(text)[key]
    theirs = getattr(textstat, TEXTSTAT_FN[key])(text)
    assert ours == pytest.approx(theirs, abs=0.05), (key, ours, theirs)


def test_documented_difference_short_sentences():
    textstat = pytest.importorskip("textstat")
    text = "He left. She stayed. They argued. Nobody won."
    assert textstat.sentence_count(text) == 1  # textstat drops fragments of <= 2 words
    assert readability(text)["n_sentences"] == 4


def test_empty_and_wordless_text_gives_nan_and_zero_counts():
    for text in ["", "   ", "...", "— – …", "\n\n", None]:
        r = readability(text)
        assert all(math.isnan(r[k]) for k in INDEX_KEYS), text
        assert all(r[k] == 0 for k in COUNT_KEYS), text


def test_one_word():
    r = readability("Hello")
    assert (r["n_sentences"], r["n_words"], r["n_syllables"]) == (1, 1, 2)
    assert not any(math.isnan(r[k]) for k in INDEX_KEYS)


def test_exclude_partly_quoted_sentence():
    text = 'He said: "We will win. They will lose." Then he left.'
    s = text.index("We")
    e = text.index('."') + 1  # span includes the final stop inside the quote
    r = readability(text, exclude=[(s, e)])
    # "He said:" keeps 2 words and counts as a sentence; "They will lose." is gone; "Then he left."
    assert (r["n_sentences"], r["n_words"]) == (2, 5)
    # the quotation marks go with the span: He said: | Then he left. -> 15 non-space characters
    assert r["n_characters"] == len("Hesaid:") + len("Thenheleft.")


def test_readability_features_names_and_author_variant():
    text = 'Peskov said: "Ukraine must accept our terms." Kyiv refused.'
    span = (text.index("Ukraine"), text.index('."'))
    f = readability_features(text, quote_spans=[span])
    assert set(f) == {f"readability_{k}" for k in INDEX_KEYS + COUNT_KEYS} | {
        f"readability_{k}_author" for k in INDEX_KEYS + COUNT_KEYS
    }
    assert (f["readability_n_words"], f["readability_n_words_author"]) == (9, 4)
    assert (f["readability_n_sentences"], f["readability_n_sentences_author"]) == (2, 2)
    g = readability_features("He left.")
    assert g["readability_n_words"] == g["readability_n_words_author"] == 2


def test_works_offline(monkeypatch, tmp_path):
    """No socket, empty NLTK data: every dictionary is (re)loaded from packaged files."""
    from analysis.detect.readability import syllables as smod
    from analysis.detect.readability import tokens as tokmod
    from analysis.text import cmu
    from analysis.text import segment as tmod

    def refuse(*a, **k):
        raise OSError("network blocked by test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))
    for f in (
        cmu.cmu_dict,
        smod._cmu_syllables,
        smod.word_info,
        smod.easy_words,
        smod._spoken_syllables,
        tokmod.function_words,
        tmod.abbreviations,
        tmod.sentence_starters,
    ):
        f.cache_clear()
    tokmod._table.clear()
    r = readability("Mr. Peskov spoke to Reuters on Feb. 24. He said the U.S. was wrong.")
    assert (r["n_sentences"], r["n_words"]) == (2, 14)
    assert r["n_syllables"] == 14 + 1 + 1 + 1 + 2 + 1 + 1  # + he said the U.S. was wrong


SPANS = st.lists(st.tuples(st.integers(-5, 500), st.integers(-5, 500)), max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=400), SPANS)
def test_never_crashes(text, spans):
    r = readability(text)
    a = readability(text, exclude=spans)
    for res in (r, a):
        assert all(isinstance(res[k], int) and res[k] >= 0 for k in COUNT_KEYS)
        assert (res["n_words"] == 0) == all(math.isnan(res[k]) for k in INDEX_KEYS)
        if res["n_words"]:
            assert res["n_sentences"] >= 1 and res["n_syllables"] >= res["n_words"]
    assert a["n_words"] <= r["n_words"]


def test_bad_input_raises_framing_error():
    from analysis.errors import FramingError

    with pytest.raises(FramingError):
        readability(42)  # type: ignore[arg-type]
    with pytest.raises(FramingError):
        readability("He left.", exclude=[("a", "b")])


def test_onestopenglish_ordering_at_least_textstat():
    path = need_shared("validation", "readability-onestopenglish")
    from analysis.evaluation.readability import evaluate_readability

    res = evaluate_readability(path).set_index(["source", "index"])
    ours = res.loc[("ours", "flesch_kincaid_grade"), "strict"]
    theirs = res.loc[("textstat", "flesch_kincaid_grade"), "strict"]
    assert res["n_topics"].eq(189).all()
    assert ours >= theirs, (ours, theirs)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab. \n“”\"'1—…-x,A\u2003", max_size=60), SPANS)
def test_blanking_by_delta_equals_recounting_the_masked_text(text, spans):
    """The authorial variant re-reads only the text around the quotations; that must equal
    counting the blanked text from scratch (same sentences: those of the full text)."""
    from analysis.detect.readability.counts import TextCounts, excluded_intervals
    from analysis.text import split_sentences

    sents = split_sentences(text)
    intervals = excluded_intervals(text, spans)
    masked = list(text)  # the definition: excluded spans (and their marks) blanked with spaces
    for s, e in intervals:
        masked[s:e] = " " * (e - s)
    fast = TextCounts(text, sents).counts(intervals)
    slow = TextCounts("".join(masked), sents).counts()
    assert fast[1] == slow[1]
    for k, v in slow[0].items():
        assert fast[0][k] == v or (math.isnan(v) and math.isnan(fast[0][k])), k


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(
            alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            min_size=1,
            max_size=12,
        ),
        st.sampled_from(
            [
                "2022",
                "G7",
                "COVID19",
                "NATO",
                "UK",
                "Kremlin",
                "the",
                "Mr",
                "F16",
                "1990s",
                "24th",
                "x",
            ]
        ),
    )
)
def test_token_table_inline_path_equals_the_general_definition(word):
    """The token table reads letters-and-digits tokens on an inline path; its packed counts are
    those of the general per-token definition (apostrophes, compound parts, punctuation)."""
    from analysis.detect.readability import syllables, tokens

    tokens._table.pop(word, None)
    y, easy, nl = syllables._general_word_info(word)
    expected = tokens.TokenTotals(
        syllables=y,
        letters=nl,
        long_words=int(nl >= 7),
        difficult_words=int(not easy),
        complex_words=int(not easy and y >= 3),
        polysyllables=int(y >= 3),
        function_words=int(word.lower() in tokens.function_words()),
        line_words=len(tokens.LINE_WORD.findall(word)),
    )
    assert tokens.token_value(word) == tokens.pack(expected)
    assert tokens.unpack(tokens.token_value(word)) == expected
