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


# Report 06 on BASIL, its tested differences (Holm over 24 comparisons): three features differ,
# the summary named one.
PAIRS = pd.DataFrame(
    {
        "feature": ["quote_share", "evidentials", "flesch", "boosters"],
        "group_a": ["hpo", "hpo", "fox", "hpo"],
        "group_b": ["nyt", "nyt", "nyt", "fox"],
        "mean_a": [28.54, 6.79, 43.51, 0.58],
        "mean_b": [19.12, 3.37, 39.52, 0.16],
        "effect_size": [0.83, 0.59, 0.53, 0.27],
        "significant": [True, True, True, False],
    }
)
LABELS = {
    "quote_share": "Words in direct quotations (%)",
    "evidentials": "Evidentials per 1,000 author words",
    "flesch": "Flesch reading ease of the author text",
    "boosters": "Boosters per 1,000 author words",
}


def test_report06_summary_names_the_other_differences_that_hold():
    from analysis.report.summaries import other_differences

    assert other_differences(PAIRS, "quote_share", LABELS) == (
        "Also different after adjustment: Evidentials per 1,000 author words (hpo higher than "
        "nyt); Flesch reading ease of the author text (fox higher than nyt)."
    )
    # the pair is named with the higher mean first, whichever order the test table has
    # in the report's order of features, whatever the order of the test table
    assert other_differences(PAIRS.iloc[::-1], "quote_share", LABELS) == other_differences(
        PAIRS, "quote_share", LABELS
    )
    swapped = PAIRS.assign(
        group_a=PAIRS["group_b"],
        group_b=PAIRS["group_a"],
        mean_a=PAIRS["mean_b"],
        mean_b=PAIRS["mean_a"],
        effect_size=-PAIRS["effect_size"],
    )
    assert other_differences(swapped, "quote_share", LABELS) == other_differences(
        PAIRS, "quote_share", LABELS
    )
    nb = (Path(__file__).resolve().parents[1] / "notebooks" / "06-at-scale.py").read_text()
    assert "other_differences(pairs, lead, compared)" in nb


def test_report06_summary_unchanged_when_only_its_lead_holds():
    from analysis.report.summaries import other_differences

    only = PAIRS.assign(significant=[True, False, False, False])
    assert other_differences(only, "quote_share", LABELS) == ""
    assert other_differences(PAIRS.assign(significant=False), "quote_share", LABELS) == ""


def test_report06_summary_says_sampled_only_when_a_corpus_was():
    # BASIL: "All 300 articles analysed" above a summary "(sampled to at most 600 articles each)"
    from analysis.report.sampling import sampling_clause

    assert sampling_clause([False], 600) == " (every article)"
    nb = (Path(__file__).resolve().parents[1] / "notebooks" / "06-at-scale.py").read_text()
    assert "sampling_clause(sampled, max_articles)" in nb
    assert 'sampled.append(bool(sample.attrs["sampled"]))' in nb


def test_report06_summary_still_says_sampled_when_a_corpus_was():
    from analysis.report.sampling import sampling_clause

    # the bundled sample with its reference corpora: the references are sampled
    assert sampling_clause([False, True, True], 600) == " (sampled to at most 600 articles each)"
    assert sampling_clause([True], 2400) == " (sampled to at most 2,400 articles each)"
