"""Copy shared across outlets (an edited wire story): ``find_shared_copy`` and its finding.

The shared sentences are six of an AP story on Putin's inauguration (7-8 May 2024) that a
British and a Russian English-language outlet of the by-country corpus both ran, edited.
"""

from __future__ import annotations

import pandas as pd

from analysis.quality import corpus_checks, find_shared_copy

AP = [
    "His greatest political foe, opposition leader Alexei Navalny, died in an Arctic penal "
    "colony in February.",
    "Other prominent critics have either been imprisoned or have fled the country, and even some "
    "of his opponents abroad fear for their security.",
    "Laws have been enacted that threaten long prison terms for anyone who discredits the "
    "military.",
    "In the years following the invasion, authorities have cracked down on any form of dissent "
    "with a ferocity not seen since Soviet times.",
    "Russian forces are gaining ground in Ukraine, deploying scorched-earth tactics as Kyiv "
    "grapples with shortages of men and ammunition.",
    "Ukraine has brought the battle to Russian soil through drone and missile attacks, "
    "especially in border regions.",
]
OWN_A = (
    "Vladimir Putin was sworn in for a fifth term on Tuesday at a Kremlin ceremony. "
    "Western ambassadors stayed away from the event in protest. "
    "The ceremony lasted less than an hour and was shown live on state television. "
)
OWN_B = (
    "The inauguration drew congratulations from leaders across the Global South this week. "
    "Officials in Moscow described the turnout at the March election as a record. "
)
OTHER = (
    "Farmers in the region began the spring sowing two weeks later than usual this year. "
    "Prices for seed and fuel have risen by a third since the last harvest was brought in. "
    "Several cooperatives said they would plant less wheat and more sunflowers in the autumn. "
    "The ministry promised loans but gave no date for when the money would arrive at all. "
)


def _corpus(texts: list[str], outlets: list[str]) -> pd.DataFrame:
    ids = [f"a{i}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": ids, "outlet": outlets, "text": texts})


def test_an_edited_wire_story_in_two_outlets_is_found():
    texts = [OWN_A + " ".join(AP[:5]), OWN_B + " ".join(reversed(AP))]
    pairs = find_shared_copy(_corpus(texts, ["GB", "RU"]))
    assert pairs[["article_id", "shared_id", "shared_sentences"]].values.tolist() == [
        ["a0", "a1", 5]
    ]
    assert pairs["outlet"].tolist() == ["GB"] and pairs["shared_outlet"].tolist() == ["RU"]


def test_four_shared_sentences_or_one_outlet_are_not_shared_copy():
    four = [OWN_A + " ".join(AP[:4]), OWN_B + " ".join(AP[:4])]
    assert find_shared_copy(_corpus(four, ["GB", "RU"])).empty
    same_outlet = [OWN_A + " ".join(AP), OWN_B + " ".join(AP)]
    assert find_shared_copy(_corpus(same_outlet, ["GB", "GB"])).empty


def test_a_statement_both_outlets_quote_is_not_shared_copy():
    """Quoted sentences, double or single, one or several per quotation, are left out."""
    double = " ".join(f"“{s}”" for s in AP[:3]) + f' "{AP[3]} {AP[4]}" the minister said.'
    single = f"'{AP[0]} {AP[1]} {AP[2]}' he added. ‘{AP[3]} {AP[4]}’ she said."
    for quoted in (double, single):
        texts = [OWN_A + quoted, OWN_B + quoted]
        assert find_shared_copy(_corpus(texts, ["GB", "RU"])).empty, quoted


def test_apostrophes_do_not_hide_narration():
    shared = " ".join(s.replace("His greatest", "Putin's greatest") for s in AP[:5])
    texts = [OWN_A + shared, OWN_B + shared + " It's over, the officials' statement said."]
    assert find_shared_copy(_corpus(texts, ["GB", "RU"]))["shared_sentences"].tolist() == [5]


def test_corpus_checks_name_the_outlets_and_partners():
    texts = [OWN_A + " ".join(AP[:5]), OWN_B + " ".join(AP)]
    texts += [OTHER.replace("Farmers", f"Farmers {i}") + f" Story {i}." for i in range(18)]
    outlets = ["GB", "RU"] + ["GB"] * 9 + ["RU"] * 9
    found = corpus_checks(_corpus(texts, outlets))
    rows = found[found["check"] == "shared_copy"].set_index("outlet")
    assert sorted(rows.index) == ["GB", "RU"]
    assert rows.loc["GB", "n_articles"] == 1 and rows.loc["GB", "examples"] == "a0"
    assert (
        "1 of 10 article(s)" in rows.loc["GB", "detail"]
        and "with RU (1)" in rows.loc["GB", "detail"]
    )
    # one article in ten shares copy: a warning from SHARED_COPY_WARN = 0.1 on
    assert rows.loc["GB", "severity"] == "warning"


def test_a_rare_shared_story_is_an_info_and_a_near_duplicate_is_not_repeated():
    texts = [OWN_A + " ".join(AP[:5]), OWN_B + " ".join(AP)]
    texts += [OTHER.replace("Farmers", f"Farmers {i}") + f" Story {i}." for i in range(30)]
    outlets = ["GB", "RU"] + ["GB", "RU"] * 15
    found = corpus_checks(_corpus(texts, outlets))
    assert set(found.loc[found["check"] == "shared_copy", "severity"]) == {"info"}
    # the same wire text in both outlets is a near duplicate, reported once as that
    copy = [OWN_A + " ".join(AP), OWN_A + " ".join(AP) + " One line more was added here."]
    found = corpus_checks(_corpus(copy, ["GB", "RU"]))
    assert "near_duplicate" in set(found["check"]) and "shared_copy" not in set(found["check"])
