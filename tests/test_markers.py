"""Tests of analysis.detect.markers: matching rules, news guards, voice, features, bundled-corpus
facts.

Expected values are written by hand from the snippets (most are real news sentences or close
paraphrases of the bundled articles).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.detect.markers import (
    Marker,
    compile_lexicon,
    find_markers,
    load_lexicons,
    marker_features,
)
from analysis.errors import LexiconError


def cats(text, category=None, quotes=()):
    """(text, category, subcategory) of markers, quotes given explicitly (no quote detection)."""
    return [
        (m.text, m.category, m.subcategory)
        for m in find_markers(text, quotes=quotes)
        if category in (None, m.category)
    ]


# ----------------------------------------------------------------------------- news guards
@pytest.mark.parametrize(
    "text",
    [
        "The parade is held on May 9 every year.",
        "Talks resumed on 9 May in Istanbul.",
        "The siege ended on the 20th of May.",
        "Elections were held in May.",
        "Fighting intensified in mid-May.",
        "Fighting intensified in late May 2022.",
        "Since May, Mariupol has been occupied.",
        "Former prime minister Theresa May said the invasion was a crime.",
        "The deadline is May 2022.",
    ],
)
def test_guard_may_month_is_not_a_hedge(text):
    assert cats(text, "hedge") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia may launch a new offensive.", [("may", "hedge", "possibility")]),
        ("May the talks succeed.", [("May", "hedge", "possibility")]),
        ("Officials fear the city may fall in May.", [("may", "hedge", "possibility")]),
    ],
)
def test_modal_may_is_a_hedge(text, expected):
    assert cats(text, "hedge") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin could not be reached for comment.",
        "Peskov could not immediately be reached for comment on Monday.",
        "Reuters could not independently verify the report.",
        "The BBC could not independently confirm the figures.",
        "The footage has not been independently verified.",
        "The ministry did not immediately respond to a request for comment.",
    ],
)
def test_guard_newsroom_boilerplate_is_not_a_hedge(text):
    assert cats(text, "hedge") == [] and cats(text, "evidential") == []


def test_bare_could_is_still_a_hedge():
    assert cats("The next outbreak could be stronger.", "hedge") == [
        ("could", "hedge", "possibility")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An estimated 10,000 people fled.", [("An estimated", "hedge", "approximator")]),
        ("Around 500 civilians were evacuated.", [("Around", "hedge", "approximator")]),
        ("About 20 buses left the city.", [("About", "hedge", "approximator")]),
        ("Some 1.5 million refugees have left.", [("Some", "hedge", "approximator")]),
        ("He spoke about the war.", []),
        ("Troops gathered around the city.", []),
    ],
)
def test_guard_approximators_before_numbers(text, expected):
    assert cats(text, "hedge") == expected


def test_approximator_some_is_not_vague_quantifier():
    assert cats("Some 500 people were killed.", "evidential") == []
    assert cats("Some people say the talks failed.", "evidential") == [
        ("Some people", "evidential", "vague_attribution")
    ]


def test_verb_estimate_stays_epistemic():
    assert cats("Analysts estimate that the war will last months.", "hedge") == [
        ("estimate", "hedge", "epistemic_verb")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Islamic State group claimed responsibility for the attack.", []),
        ("No group has claimed responsibility.", []),
        (
            "Moscow claimed that its forces had not targeted civilians.",
            [("claimed that", "evidential", "distancing")],
        ),
        ("He claimed the city had been liberated.", [("claimed", "evidential", "distancing")]),
    ],
)
def test_guard_claimed_responsibility(text, expected):
    assert cats(text, "evidential") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The suspect appeared in court on Tuesday.", []),
        ("He appeared before magistrates in Westminster.", []),
        ("Zelensky appeared on television.", []),
        ("The strike appeared to target a school.", [("appeared to", "hedge", "epistemic_verb")]),
    ],
)
def test_guard_appeared_in_court(text, expected):
    assert cats(text, "hedge") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine should stop fighting, Peskov said.", []),
        ("You must leave the city now.", []),
        ("Russia must withdraw its troops.", []),
        (
            "The convoy must have been hit by artillery.",
            [("must have", "hedge", "epistemic_modal")],
        ),
        ("The strike may have killed dozens.", [("may have", "hedge", "epistemic_modal")]),
    ],
)
def test_guard_deontic_should_must(text, expected):
    assert cats(text, "hedge") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia will stop the operation in a moment.", []),
        ("It was a great day for the negotiators.", []),
        (
            "Peskov emphatically denied the claim.",
            [("emphatically", "booster", "certainty_adverb")],
        ),
        ("This is clearly a war crime.", [("clearly", "booster", "certainty_adverb")]),
        ("There is no doubt the city was shelled.", [("no doubt", "booster", "certainty_phrase")]),
    ],
)
def test_boosters_and_will_is_not_a_booster(text, expected):
    assert cats(text, "booster") == expected


# ----------------------------------------------------------------------------- matching rules
@pytest.mark.parametrize(
    "text, term",
    [
        ("He called them barbarians.", "barbarian"),
        ("a barbarian act", "barbarian"),
        ("Johnson slammed the decision.", "slam"),
        ("critics slamming the plan", "slam"),
        ("she slams Moscow", "slam"),
        ("the demilitarisation of Ukraine", "demilitarisation"),
        ("the demilitarization of Ukraine", "demilitarisation"),
        ("to demilitarize Ukraine", "demilitarisation"),
        ("a campaign of denazification", "denazification"),
        ("to “de-nazify” the country", "denazification"),
    ],
)
def test_inflections_and_spellings(text, term):
    assert term in [m.term for m in find_markers(text, quotes=()) if m.category == "loaded"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the so-called republics", "so-called"),
        ("the so called republics", "so called"),
        ("a special   military\noperation", "special   military\noperation"),
        ("a special military-operation", "special military-operation"),
    ],
)
def test_multiword_flexible_whitespace_and_hyphen(text, expected):
    assert expected in [m.text for m in find_markers(text, quotes=())]


def test_overlap_longest_wins():
    ms = find_markers("what it calls a special military operation in Ukraine", quotes=())
    assert {(m.text, m.category, m.term) for m in ms} == {
        ("special military operation", "loaded", "special military operation"),
        ("special military operation", "naming", "special military operation"),
    }


@pytest.mark.parametrize(
    "text, forms",
    [
        ("Russian troops advanced on Kiev.", ["Kiev"]),
        ("Russian troops advanced on Kyiv.", ["Kyiv"]),
        ("the Kyiv-based think tank", ["Kyiv"]),
        ("Kiev's mayor", ["Kiev"]),
        ("a kiev-style cutlet", []),  # lower case: not the proper noun
        ("the chicken kiev was served", []),
        ("the history of Kievan Rus", []),  # word boundary: Kievan is not Kiev
        ("Lugansk and Luhansk", ["Lugansk", "Luhansk"]),
        ("the Donbass region and the Donbas", ["Donbass", "Donbas"]),
        ("Zelensky, Zelenskyy and Zelenskiy", ["Zelensky", "Zelenskyy", "Zelenskiy"]),
        ("Odessa and Odesa", ["Odessa", "Odesa"]),
        ("Kharkov, now Kharkiv", ["Kharkov", "Kharkiv"]),
    ],
)
def test_naming_case_and_boundaries(text, forms):
    got = [
        m.term
        for m in find_markers(text, quotes=())
        if m.category == "naming" and m.subcategory != "war_name"
    ]
    assert got == forms


@pytest.mark.parametrize(
    "text, group, form",
    [
        ("the Russian invasion of Ukraine", "war_name", "invasion"),
        ("Crimea voted to rejoin Russia in 2014", "crimea", "reunification"),
        ("the annexation of Crimea", "crimea", "annexation"),
        ("the separatist republics of Donetsk", "donbas_entities", "separatists"),
        ("the DPR and LPR", "donbas_entities", "republics"),
    ],
)
def test_naming_groups(text, group, form):
    assert (group, form) in [
        (m.subcategory, m.term) for m in find_markers(text, quotes=()) if m.category == "naming"
    ]


# ----------------------------------------------------------------------------- voice
def test_voice_from_explicit_quote_spans():
    text = "Minutes earlier, he posted another message, calling the Russian army 'barbarians'."
    q = (text.index("barbarians"), text.index("barbarians") + len("barbarians"))
    (m,) = [m for m in find_markers(text, quotes=[q]) if m.category == "loaded"]
    assert (m.text, m.voice, m.subcategory) == ("barbarians", "quoted", "dehumanising")
    (m,) = [m for m in find_markers(text, quotes=[]) if m.category == "loaded"]
    assert m.voice == "author"


def test_voice_with_quote_objects():
    class Q:
        def __init__(self, start, end):
            self.start, self.end = start, end

    text = 'Peskov said Russia was "demanding" that Kiev recognise the republics. Kiev refused.'
    first = text.index("Kiev")
    ms = [
        m
        for m in find_markers(text, quotes=[Q(12, text.index("recognise") + 9)])
        if m.subcategory == "kyiv"
    ]
    assert [(m.start, m.voice) for m in ms] == [
        (first, "quoted"),
        (text.index("Kiev refused"), "author"),
    ]


# ----------------------------------------------------------------------------- offsets
def test_offsets_round_trip_on_seed_texts(seed_texts):
    for outlet, text in seed_texts.items():
        for m in find_markers(text, quotes=()):
            assert text[m.start : m.end] == m.text, outlet
            assert isinstance(m, Marker)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=300))
def test_never_crashes_and_offsets_hold(text):
    for m in find_markers(text, quotes=()):
        assert text[m.start : m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "may",
                "May",
                "9",
                "Kiev",
                "so-called",
                "about",
                "500",
                "could not",
                "be reached",
                "'",
                "\u201c",
                "\n",
                "  ",
                "-",
                "\ud800",
                "\x00",
                "barbarians",
                "slammed",
            ]
        ),
        max_size=40,
    )
)
def test_never_crashes_on_news_like_fragments(parts):
    text = " ".join(parts)
    for m in find_markers(text, quotes=[(0, len(text) // 2)]):
        assert text[m.start : m.end] == m.text and m.voice in ("author", "quoted")


def test_empty_and_type():
    assert find_markers("", quotes=()) == []
    with pytest.raises(TypeError):
        find_markers(None)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- user lexicons
def test_user_lexicon_file(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(
        "term,category,subcategory,source,note\nstorm,loaded,weather,me,test\n", encoding="utf-8"
    )
    ms = find_markers("The storms came.", lexicons=[p], quotes=())
    assert [(m.text, m.category, m.subcategory, m.term) for m in ms] == [
        ("storms", "loaded", "weather", "storm")
    ]
    lex = load_lexicons(extra=[p])
    assert ("loaded", "weather") in lex.subcategories
    assert "May 9" not in [m.text for m in find_markers("On May 9 storms", lexicons=lex, quotes=())]


@pytest.mark.parametrize(
    "content, msg",
    [
        ("word,category\nx,loaded\n", "missing column"),
        ("term,category,subcategory,source,note\nx,,a,b,c\n", "empty 'category'"),
        (
            "term,category,subcategory,source,note,match\n(x,loaded,a,b,c,regex\n",
            "invalid regular expression",
        ),
        ("term,category,subcategory,source,note,match\nx,loaded,a,b,c,fuzzy\n", "match must be"),
    ],
)
def test_bad_user_lexicon_raises(tmp_path, content, msg):
    p = tmp_path / "bad.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=msg):
        compile_lexicon([p])


def test_unknown_pack():
    with pytest.raises(LexiconError, match="unknown topic pack .mars-2099.*ukraine-2022"):
        load_lexicons(packs=("mars-2099",))


def test_load_lexicons_is_cached():
    assert load_lexicons() is load_lexicons()


# ----------------------------------------------------------------------------- features
def test_marker_features_hand_computed():
    text = "Kiev said the barbarians may come. Kyiv. 'Kiev' is barbarian."
    quotes = [(text.index("'Kiev'") + 1, text.index("'Kiev'") + 5)]
    ms = find_markers(text, quotes=quotes)
    f = marker_features(ms, n_words_author=500, n_words_quoted=100)
    assert f["naming_kyiv"] == "both"
    # authorial Kiev 1, Kyiv 1 (the quoted 'Kiev' does not count): a tie, broken by the order of
    # naming.csv, where Kyiv is listed first
    assert f["naming_kyiv_forms"] == "Kyiv+Kiev"
    assert f["n_loaded_author"] == 2
    assert f["rate_loaded_author"] == pytest.approx(4.0)  # 2 per 500 words
    assert f["rate_loaded_dehumanising_author"] == pytest.approx(4.0)
    assert f["rate_loaded_quoted"] == 0.0
    assert f["rate_hedge_author"] == pytest.approx(2.0)
    assert f["rate_hedge_possibility_author"] == pytest.approx(2.0)
    assert f["naming_luhansk"] == "none"


def test_marker_features_no_words_gives_nan():
    f = marker_features([], n_words_author=0, n_words_quoted=0)
    assert f["rate_loaded_author"] != f["rate_loaded_author"]  # NaN
    assert f["n_markers"] == 0 and f["naming_kyiv"] == "none"


def test_marker_features_same_keys_for_every_article():
    a = marker_features(
        find_markers("Kiev may fall.", quotes=()), n_words_author=3, n_words_quoted=0
    )
    b = marker_features([], n_words_author=10, n_words_quoted=0)
    assert a.keys() == b.keys()


# ----------------------------------------------------------------------------- bundled corpus facts
def _voices(text, pred):
    return [m.voice for m in find_markers(text) if pred(m)]


def test_rt_writes_kiev_in_its_own_voice(seed_texts):
    ms = [
        m
        for m in find_markers(seed_texts["RT"])
        if m.category == "naming" and m.subcategory == "kyiv"
    ]
    assert {m.term for m in ms if m.voice == "author"} == {"Kiev"}
    f = marker_features(ms, n_words_author=400, n_words_quoted=40)
    assert f["naming_kyiv"] == "Kiev"


def test_mirror_writes_kyiv(seed_texts):
    ms = [
        m
        for m in find_markers(seed_texts["Daily Mirror"])
        if m.category == "naming" and m.subcategory == "kyiv"
    ]
    assert {m.term for m in ms if m.voice == "author"} == {"Kyiv"}


def test_barbarians_only_daily_mail_and_only_quoted(seed_texts):
    for outlet, text in seed_texts.items():
        voices = _voices(text, lambda m: m.term == "barbarian")
        if outlet == "Daily Mail":
            assert voices and set(voices) == {"quoted"}
        else:
            assert voices == [], outlet


def test_daily_mail_special_military_operation_only_quoted(seed_texts):
    voices = _voices(
        seed_texts["Daily Mail"],
        lambda m: m.term == "special military operation" and m.category == "loaded",
    )
    assert voices and set(voices) == {"quoted"}


# --- hostile-input review (review-robust) -------------------------------------------------------


@pytest.mark.parametrize(
    "content, msg",
    [
        # was: zero-length markers at every position, hiding every bundled term behind the empty
        # match
        (
            "term,category,subcategory,source,note,match\nx*,loaded,a,b,c,regex\n",
            "matches the empty string",
        ),
        (
            "term,category,subcategory,source,note,match\n(?:storm)?,loaded,a,b,c,regex\n",
            "matches the empty string",
        ),
        # was: "lexicon could not be compiled (cannot refer to an open group at position 36)", no
        # file named
        (
            "term,category,subcategory,source,note,match\n(a)b\\1,loaded,a,b,c,regex\n",
            "back-references are not supported",
        ),
        (
            "term,category,subcategory,source,note,match\n(?P<ci>storm),loaded,a,b,c,regex\n",
            "named groups",
        ),
        # was: RecursionError while compiling
        (
            "term,category,subcategory,source,note\n" + "word " * 400 + ",loaded,a,b,c\n",
            "400 words; a lexicon term has at most",
        ),
    ],
)
def test_hostile_user_lexicon_rows_raise(tmp_path, content, msg):
    p = tmp_path / "bad.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=msg) as e:
        compile_lexicon([p])
    assert str(p) in str(e.value)


def test_load_lexicons_accepts_one_path_or_pack_name(tmp_path):
    # was: extra="my.csv" iterated its characters ("/: lexicon file not found");
    # packs="ukraine-2022" too
    p = tmp_path / "mine.csv"
    p.write_text(
        "term,category,subcategory,source,note\nstorm,loaded,weather,me,test\n", encoding="utf-8"
    )
    lex = load_lexicons(packs="ukraine-2022", extra=str(p))
    assert ("loaded", "weather") in lex.subcategories and "kyiv" in lex.naming_groups
