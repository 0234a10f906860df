"""``framing validate sample`` / ``score`` and ``framing report --coding``: the CLI reads what it
wrote, and the Measurement check report renders a coded sheet."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest
from test_validate import DIFFERENTIAL, plant

from analysis import load_corpus
from analysis.cli import build_parser, main
from analysis.paths import DEFAULT_CORPUS
from analysis.validate import coding_sample, read_sheet, score_coding, write_sheet


@pytest.fixture(scope="module")
def expected_sheet() -> pd.DataFrame:
    return coding_sample(load_corpus(DEFAULT_CORPUS), n=120, random_state=3)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_sample_writes_sheet_codebook_and_page_and_reads_back(
    suffix, expected_sheet, tmp_path, capsys
):
    out = tmp_path / "check" / f"sheet{suffix}"
    argv = ["validate", "sample", "--corpus", str(DEFAULT_CORPUS), "--n", "120"]
    assert main(argv + ["--seed", "3", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"120 items (8 detectors, 5 groups) -> {out}" in printed
    pd.testing.assert_frame_equal(read_sheet(out), expected_sheet)
    book = (tmp_path / "check" / "sheet.codebook.md").read_text(encoding="utf-8")
    assert book.startswith(f"# Codebook: sheet{suffix}") and "`sheet.html`" in book
    for det in expected_sheet["detector"].unique():
        assert f"### `{det}`" in book
    page = (tmp_path / "check" / "sheet.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and expected_sheet["item_id"].iloc[0] in page


def test_score_reads_the_coded_sheet_it_was_given(expected_sheet, tmp_path, capsys):
    coded, _ = plant(expected_sheet)
    path = write_sheet(coded, tmp_path / "coded.csv")
    out = tmp_path / "scores.csv"
    assert main(["validate", "score", str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"detector\s+outlet\s+n\s+precision", printed)
    got = pd.read_csv(out)
    want = score_coding(coded)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    # and the same scores from the sheet as an Excel file
    xlsx = write_sheet(coded, tmp_path / "coded.xlsx")
    assert main(["validate", "score", str(xlsx), "--out", str(tmp_path / "x.csv")]) == 0
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "x.csv"), got)


def test_score_merges_each_coders_export(expected_sheet, tmp_path, capsys):
    coded, _ = plant(expected_sheet)
    both = coded[list(expected_sheet.columns) + ["coder_a", "coder_b"]]
    ann = write_sheet(both.drop(columns="coder_b"), tmp_path / "sheet-coded-a.csv")
    # the second export in another row order, as an Excel file
    bob = both.drop(columns="coder_a").iloc[::-1]
    bob = write_sheet(bob, tmp_path / "sheet-coded-b.xlsx")
    out, merged = tmp_path / "scores.csv", tmp_path / "merged.csv"
    argv = ["validate", "score", str(ann), str(bob), "--out", str(out), "--merged", str(merged)]
    assert main(argv) == 0
    assert f"merged sheet -> {merged}" in capsys.readouterr().out
    pd.testing.assert_frame_equal(read_sheet(merged), both)
    got = pd.read_csv(out)
    pd.testing.assert_frame_equal(got, score_coding(both), check_dtype=False)
    assert got["alpha"].notna().any()  # two coders: agreement is measured


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: s.head(-1), "sheet 2 does not hold the same items as sheet 1"),
        (lambda s: s.assign(text=s["text"] + "!"), "sheet 2 differs from sheet 1 in text"),
        (lambda s: s.assign(coder_a="1"), "coder_a is in sheet 1 and sheet 2 with different"),
        (lambda s: s.drop(columns="label"), "sheet 2 differs from sheet 1 in the set of columns"),
    ],
)
def test_score_refuses_sheets_of_another_sample(expected_sheet, tmp_path, capsys, change, message):
    coded, _ = plant(expected_sheet)
    first = write_sheet(coded.drop(columns="coder_b"), tmp_path / "a.csv")
    second = write_sheet(change(coded.drop(columns="coder_b")), tmp_path / "b.csv")
    assert main(["validate", "score", str(first), str(second)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and message in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "cells, message",
    [
        ({"coder_ann": "yes"}, r"framing: error: item \S+, column coder_ann: 'yes' is not a code"),
        ({}, "framing: error: the coded sheet has no coder_<name> column"),
    ],
)
def test_score_bad_sheet_is_one_line_exit_2(expected_sheet, tmp_path, capsys, cells, message):
    path = write_sheet(expected_sheet.head(3).assign(**cells), tmp_path / "bad.csv")
    assert main(["validate", "score", str(path)]) == 2
    err = capsys.readouterr().err
    assert re.search(message, err) and err.count("\n") == 1


@pytest.mark.parametrize(
    "argv, message",
    [
        (["validate", "score", "/no/such/sheet.csv"], "no such coding sheet"),
        (["validate", "score", "scores.json"], "a coding sheet is a .csv or .xlsx file"),
        (["validate", "sample", "--out", "{tmp}/s.txt"], "name the sheet .csv or .xlsx"),
        (["validate", "sample", "--detectors", "hedges", "--out", "{tmp}/s.csv"], "unknown det"),
    ],
)
def test_validate_bad_input_is_one_line_exit_2(argv, message, tmp_path, capsys):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and message in err


def test_validate_without_a_step_prints_help(capsys):
    assert main(["validate"]) == 2
    assert "sample" in capsys.readouterr().out


def test_report_coding_is_a_short_form_of_the_coding_parameter(tmp_path):
    sheet = tmp_path / "coded.csv"
    sheet.write_text("x\n", encoding="utf-8")
    args = build_parser().parse_args(
        ["report", "-p", "n_boot=200", "--coding", str(sheet), "-p", "max_articles=5"]
    )
    assert args.param == ["n_boot=200", f"coding={str(sheet.resolve())!r}", "max_articles=5"]
    assert build_parser().parse_args(["report"]).param == []


def test_report_coding_names_a_missing_sheet(capsys):
    with pytest.raises(SystemExit) as e:
        build_parser().parse_args(["report", "--coding", "/no/such/sheet.csv"])
    assert e.value.code == 2
    assert "--coding /no/such/sheet.csv: no such coding sheet" in capsys.readouterr().err


@pytest.mark.slow
def test_report_renders_the_measurement_check_of_a_coded_sheet(tmp_path, capsys):
    sheet = coding_sample(load_corpus(DEFAULT_CORPUS), n=400, random_state=0)
    coded, planted = plant(sheet)
    path = write_sheet(coded, tmp_path / "coded.csv")
    out = tmp_path / "reports"
    argv = ["report", "--notebooks", "08", "--out", str(out), "--coding", str(path)]
    assert main(argv) == 0, capsys.readouterr()
    page = (out / "08-measurement-check.html").read_text(encoding="utf-8")
    assert "This report is incomplete" not in page and "Traceback" not in page
    text = re.sub(r"<[^>]+>", " ", page)
    assert f"{len(coded)} items coded by 2 coder(s)" in text
    assert f"differential error: {DIFFERENTIAL}" in text
    assert f"{DIFFERENTIAL}: precision differs between outlets beyond chance" in text
    k, n = planted[(DIFFERENTIAL, "RT", "hit")]
    assert f"{k / n:.2f} [" in text
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"differential error: {DIFFERENTIAL}" in index


@pytest.mark.slow
def test_report_without_a_sheet_says_how_to_run_the_check(tmp_path):
    # report 08 on AllSides Middle East news (outlet column "publication") printed
    # "--corpus CORPUS" and asked the reader to add the column options; the commands now
    # carry the ones the report was run with, ready to copy
    from analysis.report import build_reports

    corpus = tmp_path / "my corpus.csv"
    load_corpus(DEFAULT_CORPUS).rename(columns={"outlet": "publication"}).to_csv(corpus)
    options = {"outlet_column": "publication"}
    run = build_reports(corpus, tmp_path / "r", notebooks=["08"], load_options=options, packs=[])
    assert run.ok
    page = run.results[0].html.read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "No coded sheet was given" in text
    given = f"--corpus '{corpus}' --outlet-column publication --pack none"
    assert f"framing validate sample {given} --n 200 --out check/sheet.csv" in text
    assert f"framing report {given} --coding check/sheet-coded-NAME.csv" in text
    assert run.results[0].summary.startswith("No coded sheet given")


def test_sample_uses_the_packs_the_report_used(tmp_path, capsys):
    # report 08 tells a user who ran `framing report --pack none` to draw a coding sample; the
    # sample had no --pack option and always coded the default pack's terms (naming variants,
    # the war's loaded terms such as "demilitarisation")
    out = tmp_path / "s.csv"
    argv = ["validate", "sample", "--detectors", "naming,loaded", "--n", "40", "--out", str(out)]
    assert main(argv) == 0
    default = read_sheet(out)
    assert (default["detector"] == "naming").any()
    assert main([*argv, "--pack", "none"]) == 0
    capsys.readouterr()
    none = read_sheet(out)
    assert not ((none["detector"] == "naming") & (none["kind"] == "hit")).any()
    loaded = none.loc[(none["detector"] == "loaded") & (none["kind"] == "hit"), "text"]
    assert not loaded.str.lower().str.startswith("demilitari").any()


def test_sample_reads_a_corpus_whose_outlet_column_has_another_name(tmp_path, capsys):
    """BASIL names its outlet column 'source': the error said to pass outlet_column='source',
    an option `framing validate sample` did not have. It now takes the corpus column options of
    `framing report`, and its error names the CLI option."""
    table = load_corpus(DEFAULT_CORPUS)[["outlet", "text"]].rename(columns={"outlet": "source"})
    path = tmp_path / "basil-like.csv"
    table.to_csv(path, index=False)
    out = tmp_path / "s.csv"
    argv = ["validate", "sample", "--corpus", str(path), "--n", "40", "--out", str(out)]
    assert main(argv) == 2
    assert "pass --outlet-column source" in capsys.readouterr().err
    assert main(argv + ["--outlet-column", "source"]) == 0
    assert "(8 detectors, 5 groups)" in capsys.readouterr().out
    assert set(read_sheet(out)["outlet"]) == set(table["source"])
