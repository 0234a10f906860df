"""Round review50: a researcher's own spreadsheet of AllSides Middle East news (373 articles,
CNN, Christian Science Monitor, Fox News, Washington Times; columns ``ID, Publication, Lean,
Date, Headline, Byline, URL, Article Text``), all ten reports read as screenshots."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus
from analysis.pipeline import analyse_corpus
from analysis.report import anonymous_source_evidence

# --- the command line names a column with a space as a user types it --------------------------


def _sheet(tmp_path, **columns):
    df = pd.DataFrame(
        {
            "ID": [1, 2],
            "Publication": ["Fox News", "CNN (Web News)"],
            "Date": ["9/12/2012", "9/13/2012"],
            **columns,
            "Article Text": [
                "The U.S. ambassador to Libya and three other Americans were killed.",
                "Story highlights Obama condemns the attack in Benghazi\n\nThe president spoke.",
            ],
        }
    )
    path = tmp_path / "sheet.csv"
    df.to_csv(path, index=False)
    return path


def test_the_missing_column_message_names_a_spaced_column_as_an_option(
    tmp_path, capsys, monkeypatch
):
    # framing report on the sheet said "pass text_column='Article Text'" (the Python
    # argument) beside "pass --outlet-column Publication"
    from analysis.cli.main import main

    monkeypatch.delenv("FRAMING_MAKE", raising=False)
    path = _sheet(tmp_path, Headline=["A", "B"])
    assert main(["report", "--corpus", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "pass --text-column 'Article Text' to use the 'Article Text' column" in err
    assert "pass --outlet-column Publication to use" in err
    assert "text_column=" not in err


def test_cli_wording_quotes_a_name_with_a_space():
    from analysis.cli.corpus_options import cli_wording, make_wording

    msg = "rename yours (pass text_column='Article Text' to use the 'Article Text' column)."
    said = cli_wording(msg)
    assert (
        said == "rename yours (pass --text-column 'Article Text' to use the 'Article Text' column)."
    )
    assert make_wording(said, True).endswith("REPORT_ARGS=\"--text-column 'Article Text'\"")
    # counter-cases: a name without a space is written as before
    assert (
        cli_wording("pass outlet_column='Publication' to") == "pass --outlet-column Publication to"
    )
    assert cli_wording("pass text_column=body.") == "pass --text-column body."


# --- loading: a sheet's "Headline" is the articles' title ------------------------------------


def _load(path, **options):
    return load_corpus(path, text_column="Article Text", outlet_column="Publication", **options)


def test_a_headline_column_is_read_as_the_title_and_said(tmp_path):
    # the reports said "(no title in the scrape)" above every article of a sheet headed
    # "Headline", and CNN's "Story highlights …" line stood in as its title
    heads = ["U.S. ambassador to Libya killed in attack", "Obama vows justice"]
    got = _load(_sheet(tmp_path, Headline=heads))
    assert got["title"].tolist() == heads
    assert "Headline" not in got.columns
    assert (
        "column 'Headline' read as 'title' (another name of it; --title-column names another "
        "column)" in got.attrs["load_report"]
    )


def test_a_title_column_wins_and_two_headlines_are_no_choice(tmp_path):
    # counter-cases: a sheet with Title keeps it, and its Headline stays a column of its own
    got = _load(_sheet(tmp_path, Title=["A", "B"], Headline=["C", "D"]))
    assert got["title"].tolist() == ["A", "B"] and got["Headline"].tolist() == ["C", "D"]
    # two columns that are both a headline: neither is chosen
    two = _load(_sheet(tmp_path, Headline=["C", "D"], HEADLINE=["E", "F"]))
    assert two["title"].fillna("").eq("").all()
    assert not any("read as 'title'" in line for line in two.attrs["load_report"])
    # the option names the title column
    chosen = _load(_sheet(tmp_path, Headline=["C", "D"], Hed=["G", "H"]), title_column="Hed")
    assert chosen["title"].tolist() == ["G", "H"] and chosen["Headline"].tolist() == ["C", "D"]


# --- report 07: the sentences behind every source type's share -------------------------------

# report 07's leading difference was the media share (Christian Science Monitor 10.7 % against
# Washington Times 1.9 %) and no sentence showed where it came from: the Monitor's round-ups
# cite other outlets ("…, reports Reuters.", "The New York Times reports that …")
MONITOR = [
    "Mr. Kerry noted it was key for the opposition to become better organized, reports Reuters.",
    "However, The New York Times reports that heading into the G8 talks, there were signs that "
    "Britain and France were moving closer to arming the rebels.",
]
TIMES = [
    "The Associated Press reported in May that American officials had identified five men who "
    "took part in the attack.",
    # no media source: an anonymous one only
    "At least 13 protesters and six police officers were injured in the earlier clashes, "
    "Egyptian government officials said Thursday.",
]


def _analysed(tmp_path):
    texts = MONITOR + TIMES
    outlets = ["Christian Science Monitor"] * 2 + ["Washington Times"] * 2
    corpus = pd.DataFrame(
        {"article_id": ["m1", "m2", "t1", "t2"], "outlet": outlets, "text": texts}
    )
    corpus.to_csv(tmp_path / "c.csv", index=False)
    return analyse_corpus(load_corpus(tmp_path / "c.csv")), outlets


def test_media_sources_have_their_sentences_with_source_and_cue_marked(tmp_path):
    from analysis.report import source_type_evidence

    arts, outlets = _analysed(tmp_path)
    out = source_type_evidence(arts, outlets, kind="media")
    markup = out._repr_html_()
    assert out.plain.startswith("3 media-source sentences")
    assert 'title="source">Reuters</mark>' in markup
    assert 'title="source">The New York Times</mark>' in markup
    assert 'title="source">The Associated Press</mark>' in markup
    assert 'title="cue">reports</mark>' in markup
    # how many such attributions each group has, and in how many articles
    assert "Christian Science Monitor 2 in 2 articles; Washington Times 1 in 1 article" in markup
    # counter-case: the anonymous officials are no media source
    assert "Egyptian government officials" not in markup


def test_articles_are_taken_in_turns_across_the_groups(tmp_path):
    from analysis.report import source_type_evidence

    arts, outlets = _analysed(tmp_path)
    out = source_type_evidence(arts, outlets, kind="media", n=2)._repr_html_()
    # two rows: the first article of each outlet, not the Monitor's two
    assert "Reuters" in out and "The Associated Press" in out and "New York Times" not in out


def test_a_group_whose_first_article_cites_no_such_source_still_comes_early(tmp_path):
    from analysis.report import source_type_evidence

    # report 07's eight media-source rows held no Washington Times row: its first articles
    # cite no outlet, and their turns were used up all the same
    texts = [MONITOR[0], MONITOR[1], TIMES[1], TIMES[0]]
    outlets = ["Christian Science Monitor"] * 2 + ["Washington Times"] * 2
    corpus = pd.DataFrame(
        {"article_id": ["m1", "m2", "t2", "t1"], "outlet": outlets, "text": texts}
    )
    corpus.to_csv(tmp_path / "c.csv", index=False)
    arts = analyse_corpus(load_corpus(tmp_path / "c.csv"))
    out = source_type_evidence(arts, outlets, kind="media", n=2)._repr_html_()
    assert "The Associated Press" in out and "Reuters" in out and "New York Times" not in out


def test_a_type_no_article_cites_gives_nothing(tmp_path):
    from analysis.report import source_type_evidence

    arts, outlets = _analysed(tmp_path)
    assert source_type_evidence(arts, outlets, kind="military") is None


def test_the_anonymous_sentences_are_unchanged(tmp_path):
    # counter-case: the one anonymous source, and no media source among them
    arts, outlets = _analysed(tmp_path)
    anonymous = anonymous_source_evidence(arts, outlets)._repr_html_()
    assert 'title="source">Egyptian government officials</mark>' in anonymous
    assert anonymous.count("<tr><td>") == 1
    assert "Reuters" not in anonymous


def test_collapsed_the_type_and_its_counts_are_the_line_a_reader_clicks(tmp_path):
    from analysis.report import collapsible, source_type_evidence

    arts, outlets = _analysed(tmp_path)
    out = source_type_evidence(arts, outlets, kind="media", collapsed=True)._repr_html_()
    assert out.startswith(
        '<details class="report-collapsible"><summary>media sources: Christian Science '
        "Monitor 2 in 2 articles; Washington Times 1 in 1 article</summary>"
    )
    assert out.endswith("</table></div></details>")
    assert (
        collapsible("a `b`", "<p>x</p>")
        ._repr_html_()
        .startswith('<details class="report-collapsible"><summary>a <code>b</code></summary>')
    )


def test_report_07_shows_the_sentences_of_every_compared_source_type():
    # the notebook listed anonymous sources only
    from analysis.paths import NOTEBOOKS_DIR

    source = (NOTEBOOKS_DIR / "07-sources.py").read_text(encoding="utf-8")
    assert "## The sentences behind the source-type shares" in source
    assert "for kind in kinds:" in source and "kind=kind, collapsed=True" in source
    assert "anonymous_source_evidence(" not in source


# --- report 01: the Washington Times' columns are opinion pages -------------------------------


def test_the_washington_times_opinion_label_flags_an_opinion_page():
    # 11 of the 79 Washington Times articles opened with this label and passed as news reports:
    # their titles ("BOLTON: Baghdad dreaming") and urls (/news/2012/jun/4/…) name no genre
    from analysis.quality import article_genres

    texts = [
        "ANALYSIS/OPINION:\n\nHaving apparently learned nothing from the Iraq war, the "
        "administration now dreams of Baghdad.",
        "ANALYSIS/OPINION:  ANALYSIS/OPINION:  Perhaps it's not fair to blame Barack Obama.",
        # counter-cases: a news analysis, opinion polls, a quoted opinion later in the text
        "ANALYSIS: Iran's nuclear talks resume in Geneva on Monday.",
        "Opinion polls show most Americans oppose strikes on Syria.",
        'The senator said: "My opinion: we should stay out of Syria."',
    ]
    corpus = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": "Washington Times",
            "title": ["BOLTON: Baghdad dreaming", "PRUDEN: Obama a cipher", "", "", ""],
            "url": [f"http://www.washingtontimes.com/news/2012/jun/{i}/x/" for i in range(5)],
            "text": texts,
        }
    )
    got = article_genres(corpus)
    opinion = got[got["genre"] == "opinion"]
    assert sorted(opinion["article_id"]) == ["a0", "a1"]
    assert set(opinion["field"]) == {"text_start"}


def test_report_01_writes_the_articles_that_are_not_news_reports_for_a_user_to_drop(
    tmp_path, monkeypatch
):
    # report 01 warned "11 of 79 articles look like opinion pages … (filter them with
    # analysis.quality.article_genres)": a user of framing report had no list of them
    from pathlib import Path

    import analysis
    from analysis.report import build_reports

    monkeypatch.setenv("PYTHONPATH", str(Path(analysis.__file__).resolve().parents[1]))
    news = (
        "The U.S. ambassador to Libya and three other Americans were killed when armed men "
        "stormed the U.S. diplomatic mission in Benghazi on Tuesday, officials said. "
    )
    texts = [
        "ANALYSIS/OPINION:\n\nHaving apparently learned nothing from the Iraq war, the "
        "administration now dreams of Baghdad. " * 5,
        news * 5,
        news * 4,
    ]
    corpus = pd.DataFrame(
        {
            "ID": ["wt-1", "wt-2", "cnn-1"],
            "Publication": ["Washington Times", "Washington Times", "CNN (Web News)"],
            "Headline": ["BOLTON: Baghdad dreaming", "Ambassador killed", "Ambassador killed"],
            "Article Text": texts,
        }
    )
    path = tmp_path / "sheet.csv"
    corpus.to_csv(path, index=False)
    out = tmp_path / "out"
    build_reports(
        path,
        out,
        notebooks=["01"],
        load_options={"text_column": "Article Text", "outlet_column": "Publication"},
    )
    genres = pd.read_csv(out / "data" / "genres.csv")
    assert genres["article_id"].tolist() == ["wt-1"]  # the news articles are not listed
    assert genres[["genre", "title"]].values.tolist() == [["opinion", "BOLTON: Baghdad dreaming"]]
    page = (out / "01-corpus.html").read_text(encoding="utf-8")
    assert "drop these ids from the corpus file and run framing report again" in page
    assert 'href="data/genres.csv"' in page


# --- report 10: where the sentences a line does not list are ---------------------------------


def test_a_frame_line_says_where_the_sentences_it_does_not_list_are():
    # report 10's 'economic · Christian Science Monitor: 247 sentences in 55 articles' listed
    # eight and ended '… 239 more', with no word on where the others were
    from analysis.report.frames import frame_evidence_html

    sentences = [
        "The accord gives Iran up to $7 billion in sanctions relief.",
        "In exchange, it will receive $4.2 billion in cash from its own oil sales.",
        "The sanctions have cost Iran's economy billions in lost oil revenue.",
    ]
    ev = pd.DataFrame(
        {
            "outlet": "Christian Science Monitor",
            "article_id": ["233", "252", "219"],
            "category": "economic",
            "subcategory": "E1",
            "text": sentences,
            "voice": "author",
            "term": ["billion", "billion", "cost"],
        }
    )
    out = frame_evidence_html(ev, ["economic"], max_sentences=2)
    assert "… 1 more (every sentence is in report 02's evidence table, data/evidence.csv" in out
    # counter-case: a line that lists all its sentences says nothing more
    assert "more" not in frame_evidence_html(ev, ["economic"], max_sentences=3)
