"""Round review34: report items left by review 33 (a shared quotation's speaker outlet by
outlet, the groups' word in a report grouped by lean, an outlet's own name among its terms, the
House and the White House as one source)."""

from __future__ import annotations

import pandas as pd

from analysis.compare.align import align_event


def _shared_quote(text_a: str, text_b: str, outlets: tuple[str, str]) -> pd.Series:
    corpus = pd.DataFrame(
        {"article_id": ["a", "b"], "outlet": list(outlets), "text": [text_a, text_b]}
    )
    units = align_event(corpus).units
    shared = units[(units["kind"] == "quote") & (units["n_outlets"] >= 2)]
    assert len(shared) == 1
    return shared.iloc[0]


def test_a_shared_quotation_names_each_outlets_speaker_when_they_differ():
    # BASIL, Mary Cheney's post on her sister: the Huffington Post printed "freedom means
    # freedom for everyone" as her father's words too; report 04 named only "Mary Cheney"
    unit = _shared_quote(
        '"Freedom means freedom for everyone," Mary Cheney wrote on Facebook.',
        '"Freedom means freedom for everyone," the former vice president said.',
        ("nyt", "hpo"),
    )
    assert unit["speaker"] == "Mary Cheney (nyt); the former vice president (hpo)"
    assert [o["speaker"] for o in unit["occurrences"]] == [
        "Mary Cheney",
        "the former vice president",
    ]


def test_forms_of_one_name_stay_one_speaker():
    # BASIL, Paul Ryan on Medicare: "Mr. Ryan" (NYT) and "Ryan" (Fox) are one person
    unit = _shared_quote(
        "\"It's irrefutable and that's why I think this is a debate we want to have,\" Mr. Ryan "
        "said.",
        "\"It's irrefutable and that's why I think this is a debate we want to have,\" Ryan said.",
        ("nyt", "fox"),
    )
    assert unit["speaker"] == "Mr. Ryan"


def test_two_people_of_one_surname_are_two_speakers():
    from analysis.compare.align.speakers import unit_speaker

    # BASIL: Liz Cheney's statement, given to Mary Cheney in one outlet
    said = [("nyt", "Liz Cheney"), ("fox", "Liz Cheney"), ("hpo", "Mary Cheney")]
    assert unit_speaker(said) == "Liz Cheney (nyt, fox); Mary Cheney (hpo)"
    assert unit_speaker([("nyt", "Justice Ginsburg"), ("fox", "Justice Ruth Bader Ginsburg")]) == (
        "Justice Ruth Bader Ginsburg"
    )


# --- grouped by lean (framing report --outlet-column lean): the groups are leans -------------


def test_the_data_quality_caveat_names_the_groups():
    from analysis.report.quality import quality_caveat

    checks = pd.DataFrame({"check": ["lead_only"], "severity": ["warning"], "outlet": ["center"]})
    text = quality_caveat(checks, n_outlets=3, noun="lean")
    assert "Differences between these leans may come from the texts" in text
    assert "outlets" not in text
    # a corpus of outlets keeps its wording
    assert "between these outlets" in quality_caveat(checks, n_outlets=3)


def test_the_corpus_notes_pass_the_groups_word_on():
    from analysis.report.scope import corpus_notes

    text = "The senator said on Monday that the bill would pass the chamber next week."
    articles = pd.DataFrame(
        {"text": [text] * 6 + [text + " " + text] * 6, "outlet": ["left"] * 6 + ["right"] * 6}
    )
    articles.loc[:5, "text"] = articles.loc[:5, "text"].str[:40]  # one lean: leads only
    notes = " ".join(repr(b) for b in corpus_notes(articles, noun="lean"))
    assert "Differences between these leans may come from the texts" in notes
    assert "these outlets" not in notes


def test_a_saturated_frame_names_the_groups():
    from analysis.report.frames import saturated_frames

    s = pd.DataFrame(
        {
            "outlet": ["left", "right"],
            "feature": "frame_conflict",
            "n": [20, 30],
            "mean": [1.0, 0.97],
        }
    )
    text = saturated_frames(s, ["conflict"], noun="lean")
    assert "of every lean" in text and "tell the leans apart" in text
    assert "outlet" not in text
    assert "tell the outlets apart" in saturated_frames(s, ["conflict"])  # counter-case


def test_report_07_heads_its_group_columns_by_the_grouping():
    # by lean, report 07's source tables and anonymous-source sentences headed the lean column
    # "outlet" (the column's name in the loaded corpus)
    from analysis.paths import NOTEBOOKS_DIR

    source = (NOTEBOOKS_DIR / "07-sources.py").read_text(encoding="utf-8")
    assert '"groups": by' not in source and "n=n_examples, by=by)" not in source
    assert source.count('"groups": noun') == 2 and "n=n_examples, by=noun)" in source


def test_the_reports_03_and_10_ask_whether_the_groups_differ():
    # by lean, the headings asked "Do the outlets differ?" above tests between leans
    from analysis.paths import NOTEBOOKS_DIR

    for stem in ("03-compare-outlets", "10-frames"):
        source = (NOTEBOOKS_DIR / f"{stem}.py").read_text(encoding="utf-8")
        assert "## Do the outlets differ?" not in source, stem
        assert "## Do the groups differ?" in source, stem


# --- report 07: the House (the chamber) is not the White House ------------------------------


def test_the_house_and_the_white_house_are_two_sources():
    # 300 AllSides immigration articles: the key 'house' held 'the White House' 23, 'The White
    # House' 16, 'the House' 1, 'The House' 1 (every name by its last word)
    from types import SimpleNamespace as NS

    from analysis.report.sources import source_keys, unsided_sources

    keys = source_keys(["the White House", "The White House", "The House", "the House"])
    assert keys[0] == keys[1] and keys[2] == keys[3] and keys[0] != keys[2]
    body = "On Wednesday, the White House said it had nothing to do with the decision."

    def voice(source):
        return NS(quote_id=None, kind="indirect", resolved=source, side=None, start=14, end=36)

    art = NS(body=body, quotes=[], attributions=[voice("the White House"), voice("The House")])
    table = unsided_sources([art, art], ["Fox News", "CNN"])
    assert sorted(table["source"]) == ["The House", "the White House"]


def test_forms_of_a_person_and_of_a_newspaper_stay_together():
    from analysis.report.sources import source_keys

    # counter-cases: a person's forms, with and without a possessive institution before the
    # name; a newspaper with and without "the"
    assert len(set(source_keys(["Mr. Trump", "President Donald Trump", "Trump"]))) == 1
    assert len(set(source_keys(["the AFL-CIO's Richard Trumka", "Trumka"]))) == 1
    assert len(set(source_keys(["The Washington Times", "the Washington Times"]))) == 1
    assert len(set(source_keys(["The Washington Times", "The New York Times"]))) == 2


# --- term statistics: an outlet coded "hpo" calls itself HuffPost -----------------------------


def _coded_corpus() -> pd.DataFrame:
    # BASIL's outlets are "fox", "hpo", "nyt"; the Huffington Post's texts name it
    hpo = [
        "Rep. Steve King told HuffPost on Tuesday that the bill would fail in the House.",
        "The senator's office did not respond to a HuffPost request for comment on the bill.",
        "A spokesman told The Huffington Post that the senator would vote against the bill.",
    ]
    nyt = [
        "The senator said on Tuesday that the bill would fail in the House this week.",
        "The governor's office did not respond to a request for comment on the measure.",
        "A spokesman said the senator would vote against the measure this week.",
    ]
    return pd.DataFrame(
        {
            "outlet": ["hpo"] * 3 + ["nyt"] * 3,
            "body": hpo + nyt,
            "url": [f"https://www.huffpost.com/entry/{i}" for i in range(3)]
            + [f"https://www.nytimes.com/2013/{i}.html" for i in range(3)],
        }
    )


def test_an_outlets_site_name_is_not_its_distinguishing_term():
    from analysis.compare import distinguishing_terms

    terms = distinguishing_terms(_coded_corpus(), voice="all", min_count=2, min_docs=2)
    hpo = set(terms.loc[terms["group"] == "hpo", "term"])
    assert not {"huffpost", "huffington", "huffington post"} & hpo
    assert "spokesman" in set(terms["term"]) or "bill" in hpo  # the other words still count


def test_a_site_named_by_a_word_others_use_keeps_the_word():
    from analysis.compare.names import own_sites

    # counter-case: a student paper on arizona.edu (2 AllSides articles) is no name for
    # "Arizona", which other outlets write too
    urls = ["https://wc.arizona.edu/a", "https://wc.arizona.edu/b", "https://x.com/1"]
    texts = ["Tucson, Arizona, voted.", "", "Arizona's governor and Arizona's senators spoke."]
    assert own_sites(urls, ["Daily Wildcat", "Daily Wildcat", "Fox"], texts) == []
    assert own_sites(urls[:2], ["Daily Wildcat"] * 2) == ["wc.arizona.edu"]


# --- report 04: the per-outlet sentence and the figure's verbatim cell -----------------------


def test_a_paraphrased_unit_is_in_words_no_other_outlet_has():
    # AllSides immigration, event E1: the figure drew the Washington Times as verbatim in the
    # rows that quote its words, and the sentence said "3 of its 3 shared units only in other
    # words: paraphrase"
    from analysis.report.describe import describe_alignment

    ev = align_event(
        pd.DataFrame(
            {
                "article_id": ["a", "b"],
                "outlet": ["Washington Times", "CNN (Web News)"],
                "text": [
                    "A ruling is expected from the justices by the end of June.",
                    "A ruling is expected from the justices by late June.",
                ],
            }
        )
    )
    assert set(ev.matrix.iloc[0]) == {"verbatim", "paraphrase"}
    lines = describe_alignment(ev)
    assert "(1 of its 1 shared units in words no other outlet has)" in lines[1]
    assert "only in other words" not in " ".join(lines)
