"""Distinguishing terms show framing, not house style: stop words, spelling and transliteration
variants and the outlets' own names are neutralised by default (issue 16), with options."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

from analysis.compare import distinguishing_terms
from analysis.compare.term_filters import (
    TermPreprocessor,
    name_pattern,
    resolve_stop_words,
    term_stop_words,
)
from analysis.compare.terms import TOKEN_PATTERN, normalise_for_terms
from analysis.errors import FramingError

# The same two stories told in two house styles (the Guardian's and the New York Times's), with
# one difference of framing: "invasion" against "special operation".
GUARDIAN = [
    "The Guardian understands that Zelenskiy said the invasion would fail. Defence officials "
    "said 40% of the invasion force had stalled, the Guardian's correspondent reported.",
    "Zelenskiy told the Guardian the invasion had cost Russia 15 per cent of its army. The "
    "defence ministry said the invasion was slowing.",
] * 4
NYT = [
    "Mr. Zelensky said the special operation would fail, The New York Times reported. Defense "
    "officials said 40 percent of the special operation force had stalled.",
    "Mr. Zelensky told The New York Times the special operation had cost Russia 15 percent of "
    "its army. The defense ministry said the special operation was slowing.",
] * 4


def _corpus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["The Guardian"] * len(GUARDIAN) + ["New York Times"] * len(NYT),
            "body": GUARDIAN + NYT,
        }
    )


def _top(t: pd.DataFrame, group: str, k: int = 3) -> list[str]:
    return t[t["group"] == group].head(k)["term"].tolist()


def test_default_terms_show_framing_not_house_style():
    t = distinguishing_terms(_corpus(), voice="all", ngram_range=(1, 1), min_count=2)
    assert _top(t, "The Guardian", 1) == ["invasion"]
    assert _top(t, "New York Times", 2) == ["special", "operation"] or set(
        _top(t, "New York Times", 2)
    ) == {"special", "operation"}
    terms = set(t["term"])
    # house style: honorific, reporting verb, transliteration, "per cent"/"%", names
    for style in ("mr", "said", "told", "zelenskiy", "per", "cent", "guardian", "york"):
        assert style not in terms, style
    # defence/defense: one term (shown as the corpus writes it most; here a tie)
    assert len(terms & {"defence", "defense"}) == 1
    folded = t[t["term"].isin(["defence", "defense", "zelensky", "percent"])]
    assert set(folded["term"]) - {"defence", "defense"} == {"zelensky", "percent"}
    assert (folded["z"].abs() < 1.0).all(), folded[["group", "term", "z"]]


@pytest.mark.parametrize(
    "option, brings_back",
    [
        ({"stop_words": None}, {"mr", "said", "the"}),
        ({"fold_variants": False}, {"zelenskiy", "zelensky", "defence", "defense", "cent"}),
        ({"drop_names": False}, {"guardian", "york"}),
        ({"stop_words": ["invasion"]}, {"mr", "said"}),
    ],
)
def test_each_neutralisation_can_be_turned_off(option, brings_back):
    t = distinguishing_terms(_corpus(), voice="all", ngram_range=(1, 1), min_count=2, **option)
    assert brings_back <= set(t["term"])
    if option.get("stop_words") == ["invasion"]:
        assert "invasion" not in set(t["term"])


def test_drop_names_takes_a_list_of_names():
    t = distinguishing_terms(
        _corpus(), voice="all", ngram_range=(1, 1), min_count=2, drop_names=["Zelensky"]
    )
    assert "zelensky" not in set(t["term"]) and "guardian" in set(t["term"])


def test_no_warning_from_the_stop_word_list():
    # scikit-learn warns when a stop word is not a token after preprocessing ("otherwise" is
    # respelt "otherwize"); the warning would reach the reports
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        distinguishing_terms(_corpus(), voice="all", min_count=1)


@pytest.mark.parametrize(
    "names, text, expected",
    [
        (["The Guardian"], "The Guardian's reporter and the guardian", "_ reporter and _"),
        (["New York Times"], "The New York Times said; New York  Times", "_ said; _"),
        (["RT"], "RT reported; rt and art", "_ reported; rt and art"),
        (["US"], "told us the US would", "told us _ would"),
        (["A", "B"], "A man and B", "A man and B"),
        (["Daily Mail"], "MailOnline and the Daily Mail", "MailOnline and _"),
    ],
)
def test_name_pattern(names, text, expected):
    p = name_pattern(names)
    assert (p.sub("_", text) if p else text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelenskiy and Zelenskyy met Zelensky", "zelensky and zelensky met zelensky"),
        ("15 per cent, 15% and 15 percent", "15 percent, 15 percent and 15 percent"),
        ("Vladimir V. Putin and Dmitri S. Peskov", "vladimir putin and dmitry peskov"),
        ("The F.B.I. and the FBI; the U.S. and us", "the fbi and the fbi; the u.s. and us"),
        ("Sen. Warren and Senator Warren", "senator warren and senator warren"),
        ("defence, labour, recognised", "defense, labor, recognized"),
        ("Healthcare costs and health care", "health care costs and health care"),
        # politically marked naming variants stay apart
        ("Kiev and Kyiv; Lugansk and Luhansk", "kiev and kyiv; lugansk and luhansk"),
    ],
)
def test_variants_folded(text, expected):
    pre = TermPreprocessor(normalise_for_terms, TOKEN_PATTERN)
    assert pre(text) == expected


def test_folded_term_shown_in_the_corpus_spelling():
    corpus = pd.DataFrame(
        {
            "outlet": ["A"] * 3 + ["B"] * 3,
            "body": ["the defence of the city"] * 3 + ["a quiet morning market"] * 3,
        }
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 2), min_count=1)
    a = _top(t, "A", 3)
    # A's "defence" is all inside its listed "defence city", so A's list leaves it out
    # (shown_terms); its spelling is checked where it is still scored (B's rows)
    assert "defence city" in a and "defence" not in a
    assert "defence" in set(t["term"]) and "defense" not in set(t["term"])


@pytest.mark.parametrize(
    "arg, contains, excludes",
    [
        ("english", {"the", "mr", "said", "monday", "it's"}, {"invasion", "kyiv"}),
        (None, set(), {"the"}),
        ("none", set(), {"the"}),
        (["Kyiv"], {"kyiv"}, {"the"}),
    ],
)
def test_resolve_stop_words(arg, contains, excludes):
    words = resolve_stop_words(arg)
    assert contains <= words and not (excludes & words)


def test_stop_word_file_is_lower_case_and_documented():
    words = term_stop_words()
    assert all(w == w.lower() for w in words)
    from analysis.lexicons import bundled_path

    readme = bundled_path("README.md").read_text(encoding="utf-8")
    assert "term_stopwords.csv" in readme and "term_variants.csv" in readme


def test_outlets_are_removed_by_the_names_the_text_calls_them():
    # the report review's AllSides health-care corpus: "npr's" and "npr" stayed among NPR's
    # distinguishing terms although the outlet is "NPR Online News"
    from analysis.compare.term_filters import name_pattern

    p = name_pattern(["NPR Online News", "Fox News (Online News)", "CNN (Web News)"])
    text = "NPR's reporter told npr and Fox News; CNN said so. News of the day."
    assert p.sub("_", text) == "_ reporter told _ and _; _ said so. News of the day."


def test_an_outlet_named_by_its_web_address_is_removed_too():
    # report 03 on AllSides gun-policy news listed "foxnews com" among Fox News's distinguishing
    # terms: "Meyers told FoxNews.com that ...", "appears Monday-Friday on FoxNews.com"
    from analysis.compare.term_filters import name_pattern

    p = name_pattern(["Fox News", "CNN (Web News)", "The Guardian", "RT"])
    text = "Meyers told FoxNews.com; see www.foxnews.com, CNN.com, theguardian.com and RT.com."
    assert p.sub("_", text) == "Meyers told _; see _, _, _ and _."
    # other addresses and a word with a dot stay
    assert p.sub("_", "the dot.com boom at nytimes.com") == "the dot.com boom at nytimes.com"


def test_clock_times_and_dateline_months_are_house_style():
    # the report review's AllSides health-care corpus: Fox News's top terms were "et", "a.m."
    # and "oct" from time stamps ("at 10 a.m. ET on Oct. 1"); full month names stay
    texts = ["The exchange opened at 10 a.m. ET on Oct. 1 and crashed in October."] * 3
    other = ["The exchange opened on schedule and premiums rose in October."] * 3
    corpus = pd.DataFrame({"outlet": ["Fox"] * 3 + ["Vox"] * 3, "body": texts + other})
    terms = set(distinguishing_terms(corpus, voice="all", min_count=1)["term"])
    assert not {"a.m.", "et", "oct"} & terms
    assert {"exchange", "october", "crashed"} <= terms


@pytest.mark.parametrize(
    "line, expected",
    [
        # AllSides texts (National Review, Politico, CNN): labels and headlines in capitals
        ("IN THE NEWS: 'Trump slams justice department'", "in the news:"),
        ("( DRIVING THE DAY: What's next for Michael Grimm?)", "( driving the day:"),
        ("THE PRESIDENT: And you have to understand", "the president:"),
        ("Replay More Videos ... MUST WATCH Mental health and guns", "... must watch"),
        ("UKRAINIAN AIRPLANE SHOT DOWN BY MISTAKE", "shot down by mistake"),
    ],
)
def test_capitals_of_a_headline_or_label_are_not_dotted_acronyms(line, expected):
    # before, each stop word in capitals became a dotted 'acronym' term ("t.h.e.", "i.n.",
    # "m.u.s.t."): 573 of 4,000 sampled AllSides texts had one
    out = normalise_for_terms(line)
    assert expected in out
    assert not re.search(r"\b(?:[a-z]\.){2,}", out)


def test_acronyms_in_running_text_are_still_dotted():
    out = normalise_for_terms("The US and the UK told the WHO; US, UK and EU leaders met")
    assert out == "the u.s. and the uk told the w.h.o.; u.s., uk and eu leaders met"


def _transcript_corpus():
    # Guardian/NYT set: "like" topped the NYT's list (z = 9.7), 61 of its uses in one podcast
    # transcript; a term of one article's register, not of the outlet
    chat = "so like we were like there and like it was like loud " * 3
    a = [
        "officials said the sanctions hit exports " + chat,
        "officials said the sanctions were widened like before",
        "officials said sanctions on energy exports would stay",
    ]
    b = ["the minister spoke about the budget and schools"] * 3
    return pd.DataFrame({"outlet": ["A"] * 3 + ["B"] * 3, "body": a + b})


def test_a_term_most_of_whose_uses_are_in_one_article_is_not_listed():
    t = distinguishing_terms(_transcript_corpus(), voice="all", ngram_range=(1, 1), min_count=1)
    a = t[(t["group"] == "A") & (t["z"] > 0)]["term"].tolist()
    assert "like" not in a  # 12 of its 13 uses in one article
    assert "officials" in a and "sanctions" in a  # one use in each article
    kept = distinguishing_terms(
        _transcript_corpus(), voice="all", ngram_range=(1, 1), min_count=1, max_doc_share=None
    )
    assert "like" in kept[kept["group"] == "A"]["term"].tolist()


def test_a_group_of_one_article_keeps_its_terms():
    corpus = pd.DataFrame(
        {"outlet": ["A", "B", "B"], "body": ["grain grain grain deal", "budget", "budget vote"]}
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1)
    assert "grain" in t[t["group"] == "A"]["term"].tolist()


@pytest.mark.parametrize("bad", [0, 1.5, -0.1, True, "half"])
def test_max_doc_share_must_be_a_share(bad):
    with pytest.raises(FramingError, match="max_doc_share must be None or a share"):
        distinguishing_terms(_transcript_corpus(), voice="all", max_doc_share=bad)
