"""Round review42: trust on the user's own corpus (BASIL, ``--outlet-column source``; reports
02, 05, 06, 08, 09 and 10 read as screenshots)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

# The shipped scores whose gold sets are folders of the shared data (as in
# analysis/evaluation/measured/align.csv, events.csv and hedges.csv).
ROWS = pd.DataFrame(
    {
        "detector": [
            "alignment links (verbatim)",
            "alignment links",
            "same-event grouping",
            "hedges",
        ],
        "gold_set": [
            "basil-same-event (hand-judged link sample)",
            "basil-same-event (hand-judged link sample)",
            "basil-same-event (triplet column)",
            "hedges-wikiweasel",
        ],
    }
)


def _shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    (shared / "datasets" / "basil-same-event").mkdir(parents=True)
    (shared / "datasets" / "basil-same-event" / "articles.csv").write_text("key\n")
    (shared / "validation" / "hedges-wikiweasel").mkdir(parents=True)
    (shared / "datasets" / "other-news").mkdir(parents=True)
    (shared / "datasets" / "other-news" / "articles.csv").write_text("key\n")
    return shared


def test_report05_says_which_scores_are_measured_on_its_own_corpus(tmp_path):
    # BASIL rendered: report 05 said every score was measured "not on a sample of
    # articles.csv", above rows "same-event grouping · basil-same-event (triplet column)" and
    # "alignment links · basil-same-event (hand-judged link sample)": scores on that very file
    from analysis.report.validation_scope import corpus_scope_text, gold_sets_of_corpus

    shared = _shared(tmp_path)
    given = shared / "datasets" / "basil-same-event" / "articles.csv"
    args = f"--corpus {given} --outlet-column source"
    own = gold_sets_of_corpus("/tmp/standardised.parquet", args, ROWS, shared)
    assert own == {"basil-same-event": "alignment links, same-event grouping"}
    text = corpus_scope_text("/tmp/standardised.parquet", args, own)
    assert text.startswith(
        "The rows of basil-same-event (alignment links, same-event grouping) are measured on "
        "articles.csv itself"
    )
    assert "not on a sample of articles.csv" not in text
    assert "Report 08" in text


def test_report05_scope_unchanged_for_a_corpus_no_gold_set_is_drawn_from(tmp_path):
    from analysis.report.validation_scope import corpus_scope_text, gold_sets_of_corpus

    shared = _shared(tmp_path)
    for given in (shared / "datasets" / "other-news" / "articles.csv", tmp_path / "mine.csv"):
        args = f"--corpus {given} --outlet-column source"
        assert gold_sets_of_corpus(str(given), args, ROWS, shared) == {}
        text = corpus_scope_text(str(given), args, {})
        assert text == corpus_scope_text(str(given), args)
        assert text.startswith("Every score in this report is measured on the gold sets")
        assert "not on a sample of" in text
    # no shared data: no gold set can be the corpus
    given = shared / "datasets" / "basil-same-event" / "articles.csv"
    assert gold_sets_of_corpus(str(given), "", ROWS, None) == {}
