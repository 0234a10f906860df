"""Round review35: report 05 read on a user's own corpus (AllSides elections, 2,599 articles of
five outlets; the Guardian/NYT Ukraine-war corpus): what its scores were measured on."""

from __future__ import annotations


def _notebook_05():
    from analysis.paths import NOTEBOOKS_DIR
    from analysis.report.notebooks import read_notebook

    return read_notebook(NOTEBOOKS_DIR / "05-validation.py")


def test_frame_sets_named_from_the_sets_scored():
    # report 05 on a machine with $FRAMING_FRAMES_EXTRA said 'two gold sets: 100 articles ...
    # and 433 SemEval-2023 articles' above three tables (synthetic, semeval, frermann)
    from analysis.report.validation_scope import frame_sets_text

    text = frame_sets_text({"synthetic": 100, "semeval": 433, "frermann": 427})
    assert text.startswith("Scored on three gold sets: ")
    assert "427 climate-change news articles" in text
    assert "100 articles written to embody one frame" in text
    assert "433 SemEval-2023 articles" in text


def test_frame_sets_without_the_optional_set_stay_two():
    from analysis.report.validation_scope import frame_sets_text

    text = frame_sets_text({"synthetic": 100, "semeval": 433})
    assert text.startswith("Scored on two gold sets: ")
    assert "climate" not in text


def test_notebook_05_counts_no_gold_sets_in_its_own_words():
    nb = _notebook_05()
    source = "\n".join(cell.source for cell in nb.cells)
    assert "two gold sets" not in source.lower()
    assert "frame_sets_text(" in source


def test_report_05_says_its_scores_are_not_measured_on_the_corpus():
    from analysis.report.validation_scope import corpus_scope_text

    text = corpus_scope_text(
        "/tmp/r35/allsides-elections.parquet",
        "--corpus allsides-elections.parquet --outlet-column source",
    )
    assert "not on a sample of allsides-elections.parquet" in text
    assert "Report 08" in text
    assert (
        "`framing validate sample --corpus allsides-elections.parquet --outlet-column source "
        "--n 200" in text
    )
    assert (
        "`framing report --corpus allsides-elections.parquet --outlet-column source --coding"
        in text
    )


def test_report_05_takes_the_corpus_options_and_shows_the_note():
    from analysis.report.notebooks import notebook_parameters

    nb = _notebook_05()
    assert {"corpus", "corpus_args"} <= set(notebook_parameters(nb))
    source = "\n".join(cell.source for cell in nb.cells)
    assert "corpus_scope_text(corpus, corpus_args" in source


def test_feature_table_names_each_article_by_its_title():
    # report 02 on the AllSides elections corpus headed its columns 'Politico · 3jd36uf3mNdPrIET'
    # with no headline anywhere in the table
    import pandas as pd

    from analysis.report import feature_table

    f = pd.DataFrame(
        {
            "outlet": ["Politico", "Politico", "Fox News"],
            "article_id": ["3jd36uf3mNdPrIET", "BM5vXL4J6mwKbUK1", "a4FZeo66E3g5u67L"],
            "status": "ok",
            "n_words": [1514, 1353, 329],
        }
    )
    titles = {
        "3jd36uf3mNdPrIET": "Trump puts GOP House majority in jeopardy",
        "a4FZeo66E3g5u67L": "President Trump unveils 2020 slogan",
    }
    t = feature_table(f, {"status": "status", "n_words": "words"}, titles=titles)
    assert list(t.index) == ["status", "title", "words"]
    assert t.loc["title"].tolist() == [
        "Trump puts GOP House majority in jeopardy",
        "",
        "President Trump unveils 2020 slogan",
    ]


def test_feature_table_without_titles_keeps_its_rows():
    import pandas as pd

    from analysis.report import feature_table

    f = pd.DataFrame({"outlet": ["RT"], "article_id": ["a"], "status": ["ok"], "n_words": [4]})
    t = feature_table(f, {"status": "status", "n_words": "words"})
    assert list(t.index) == ["status", "words"]


def test_report_02_summary_counts_loaded_terms_of_every_voice():
    # report 02 on the AllSides elections corpus: 'In short. 2599 articles (2599 usable): 30217
    # direct quotations, 44155 lexicon markers, 1638 loaded terms in the outlets' own voice and
    # 1516 inside quotations' -- the 456 in reported speech (its markers table: 112 + 63 + 50 +
    # 141 + 90) were left out, and no thousands separators as in every other count of the page
    import pandas as pd

    from analysis.report.feature_summary import features_summary

    feats = pd.DataFrame({"status": ["ok"] * 3, "n_direct_quotes": [30000, 200, 17]})
    voices = ["author"] * 1638 + ["quoted"] * 1516 + ["reported"] * 456
    markers = pd.DataFrame(
        {
            "category": ["loaded"] * len(voices) + ["hedge"] * 2,
            "voice": voices + ["author", "quoted"],
        }
    )
    text = features_summary(feats, markers)
    assert text.startswith("3 articles (3 usable): 30,217 direct quotations, 3,612 lexicon markers")
    assert (
        "3,610 loaded terms: 1,638 in the outlets' own voice, 1,516 inside quotations and 456 in "
        "reported speech" in text
    )


def test_report_02_summary_without_reported_speech_says_zero():
    import pandas as pd

    from analysis.report.feature_summary import features_summary

    feats = pd.DataFrame({"status": ["ok", "too short"], "n_direct_quotes": [2, 0]})
    markers = pd.DataFrame({"category": ["loaded"], "voice": ["author"]})
    text = features_summary(feats, markers)
    assert text.startswith(
        "2 articles (1 usable): 2 direct quotations, 1 lexicon marker; 1 loaded term: "
    )
    assert "1 in the outlets' own voice, 0 inside quotations and 0 in reported speech" in text


def test_report_08_does_not_say_coders_judged_before_any_sheet():
    # report 08 on both corpora, no coded sheet: 'Skipped. No coded sheet was given' and then
    # 'Coders judged a stratified random sample of the detectors' decisions'
    from analysis.paths import NOTEBOOKS_DIR
    from analysis.report.notebooks import read_notebook

    nb = read_notebook(NOTEBOOKS_DIR / "08-measurement-check.py")
    source = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    source = " ".join(source.replace("#", " ").split())
    assert "Coders judged" not in source
    assert "until one is given, the report is skipped and nothing below was measured" in source
    assert "**Precision** is the share of a detector's hits the coders judged right" in source


def test_report_05_says_what_gold_items_count_per_row():
    # report 05's 'All detectors' table: 'hedged sentence test ... gold items 1,037' beside the
    # shipped table's 'hedges-wikiweasel test n 3,596' (uncertain sentences vs all sentences)
    nb = _notebook_05()
    source = " ".join(" ".join(cell.source for cell in nb.cells).split())
    assert 'sentences " "annotated uncertain (not every sentence scored)' in source


def test_report_05_names_the_corpus_as_given_not_its_standardised_copy():
    # framing report --outlet-column outlet reads a standardised copy (<out>/data/articles.parquet)
    # and the note said 'not on a sample of articles.parquet' of a corpus given as articles.csv
    from analysis.report.validation_scope import corpus_scope_text

    args = "--corpus /data/ukraine-2022-guardian-nyt/articles.csv --outlet-column outlet"
    text = corpus_scope_text("/tmp/r35/ukr/data/articles.parquet", args)
    assert "not on a sample of articles.csv." in text
    assert "not on a sample of corpus.parquet." in corpus_scope_text("/x/corpus.parquet", "")
