"""Reports on a corpus about immigration, not war, without a topic pack and with the pack a
researcher wrote for it (the report review of round 29).

The corpus of the review: a seeded sample (``random_state=29``, at most 100 articles an outlet)
of 395 AllSides articles of the topic "immigration", 4 Jun 2012 to 26 Jun 2020, from four
outlets of different lean: CNN (Web News) 95 and Politico 100 (left), Fox News 100 (19 of them
undated) and Washington Times 100 (right).  The pack the reviewer wrote for it (naming groups
for "illegal immigrants / undocumented immigrants ..." and "amnesty / path to citizenship",
actors and sides: Trump and Obama administrations, ICE/CBP, advocates, migrants, Democrats,
Republicans) followed ``analysis/lexicons/README.md`` ("Your own topic pack").
"""

from __future__ import annotations

import pandas as pd

# Washington Times, t8VcZCY3wirEXKMh ("D.C. prepares to walk fine line on deportations")
GRAY = (
    "D.C. Mayor Vincent C. Gray assured immigrant groups Monday that the District is doing all "
    "it can to make sure a program aimed at deporting violent aliens does not erode trust "
    "between residents and law enforcement after it goes into effect on Tuesday."
)
MENDELSON = (
    "D.C. Council member Phil Mendelson, at-large Democrat, said it is hard to argue with ICE’s "
    "stated goal for the program — to deport violent offenders who are in the country illegally."
)
# Washington Times, another article of the same block
OTHER = "Mr. Trump blamed Democrats for the deaths of migrant children at the border."


def test_a_frame_sentence_that_answers_two_questions_is_one_sentence():
    # report 10, "responsibility · Washington Times: 620 sentences in 94 articles": the block
    # listed the Gray sentence under R1 (author) and again under R3 (reported), and the
    # Mendelson sentence twice; 620 lines were 499 sentences, and the eight lines shown all
    # came from the one article
    from analysis.report.frames import frame_evidence_html

    ev = pd.DataFrame(
        {
            "outlet": "Washington Times",
            "article_id": ["t8Vc", "t8Vc", "t8Vc", "t8Vc", "other"],
            "category": "responsibility",
            "subcategory": ["R1", "R3", "R1", "R3", "R4"],
            "text": [GRAY, GRAY, MENDELSON, MENDELSON, OTHER],
            "voice": ["author", "reported", "author", "reported", "author"],
            "term": ["D.C. Mayor", "make sure", "Council", "hard to argue", "blamed"],
        }
    )
    h = frame_evidence_html(ev, ["responsibility"], max_sentences=2)
    assert "3 sentences in 2 articles" in h
    assert h.count("D.C. Mayor Vincent C. Gray") <= 1
    assert h.count(">R3<") == 1 and "author / reported" in h
    # the second line is the other article's, not the first article's second sentence
    assert "blamed" in h and "Phil Mendelson" not in h


# Washington Times, D3ymZDhizX6qbgTb, 7 Nov 2012, "Democrats see strengthened hand on pushing
# immigration"
VARGAS = (
    "“It’s time for Latinos to cash their check for the Dream Act and for immigration reform,” "
    "said Cesar Vargas, who has applied for Mr. Obama’s nondeportation policy."
)


def test_report_07_lists_who_is_quoted_when_no_actor_row_gives_a_side():
    # report 07 without a pack skipped "Whose side speaks" and named no source at all: a
    # reader could not see whether officials, advocates or migrants are quoted; with the
    # reviewer's pack 54% to 68% of each outlet's attributed words were "unknown" and no table
    # said whose they were, so the pack's actors.csv was written blind
    from analysis.detect.packs import choose_lexicons
    from analysis.pipeline import analyse_corpus
    from analysis.report import unsided_sources

    corpus = pd.DataFrame(
        {
            "article_id": ["wt1", "wt2"],
            "outlet": ["Washington Times", "CNN (Web News)"],
            "text": [VARGAS, VARGAS],
        }
    )
    analyses = analyse_corpus(corpus, lexicons=choose_lexicons(packs=[]))
    table = unsided_sources(analyses, list(corpus["outlet"]))
    row = table.iloc[0]
    assert row["source"] == "Cesar Vargas" and row["voices"] == 2
    assert row["groups"] == "CNN (Web News) 1, Washington Times 1"
    assert row["example"].startswith("“It’s time for Latinos")


def test_the_sources_table_of_report_07_is_shown_with_and_without_a_pack():
    from pathlib import Path

    text = Path("notebooks/07-sources.py").read_text()
    assert "unsided_sources(analyses" in text
    assert "Who is quoted" in text and "rows to add to the pack's actors.csv" in text


def test_a_lean_of_two_outlets_says_its_tests_compare_those_outlets_articles():
    # report 06 by lean: "Loaded terms per 1,000 author words: right 0.80 (n = 200) vs left 0.39
    # (n = 195) ... adjusted p = 0.042 (Holm, 6 tests): a difference at the 0.05 level", each
    # lean two outlets (left: Politico, CNN (Web News); right: Fox News, Washington Times)
    # and the permutation test relabelling articles; the note said only which outlets make up
    # each lean
    from analysis.report.scope import few_outlets_caveat

    feats = pd.DataFrame(
        {
            "lean": ["left"] * 4 + ["right"] * 4,
            "outlet": ["Politico", "Politico", "CNN (Web News)", "CNN (Web News)"]
            + ["Fox News", "Fox News", "Washington Times", "Washington Times"],
            "status": "ok",
        }
    )
    text = few_outlets_caveat(feats, by="lean")
    assert text is not None
    assert "2 outlets each" in text and "these 4 outlets" in text
    assert "single outlet's" in text
    # a grouping of many outlets a group is not flagged
    many = pd.DataFrame(
        {"lean": ["left"] * 6 + ["right"] * 6, "outlet": list("abcdefghijkl"), "status": "ok"}
    )
    assert few_outlets_caveat(many, by="lean") is None
    source = __import__("pathlib").Path("notebooks/06-at-scale.py").read_text()
    assert "few_outlets_caveat(feats, by=by" in source


def test_the_sources_no_side_table_names_no_bare_pronoun():
    # the table of report 07 with the reviewer's pack listed "it" (32 voices) among the most
    # frequent sources: "But the Immigration and Nationality Act, which governs asylum law, is
    # vague on how a country is determined "safe"; it says "pursuant to a bilateral or
    # multilateral agreement."" (a pronoun the detector did not resolve, no one to name)
    from types import SimpleNamespace as NS

    from analysis.report import unsided_sources

    text = "It says the rule applies. Vargas said the rule is cruel."
    said_it = NS(quote_id=None, kind="indirect", resolved="it", side=None, start=0, end=7)
    vargas = NS(quote_id=None, kind="indirect", resolved="Vargas", side=None, start=26, end=37)
    art = NS(body=text, quotes=[], attributions=[said_it, said_it, vargas])
    assert unsided_sources([art], ["WT"])["source"].tolist() == ["Vargas"]
