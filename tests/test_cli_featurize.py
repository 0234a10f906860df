"""`framing featurize`: streams a corpus to parquet/csv, identical to featurize() in memory."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import featurize, load_corpus
from analysis.cli import main
from analysis.corpus import iter_corpus
from analysis.pipeline import featurize_stream


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_featurize_command_matches_in_memory(tmp_path, raw_corpus_dir, capsys, suffix):
    out = tmp_path / f"features{suffix}"
    assert (
        main(["featurize", str(raw_corpus_dir), "--out", str(out), "--chunk-size", "2", "--quiet"])
        == 0
    )
    printed = capsys.readouterr().out
    assert "5 articles" in printed and "ok: 5" in printed
    got = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out)
    expected = featurize(load_corpus(raw_corpus_dir))
    assert got["article_id"].tolist() == expected["article_id"].tolist()
    num = [c for c in expected.columns if pd.api.types.is_float_dtype(expected[c])]
    pd.testing.assert_frame_equal(
        got[num].reset_index(drop=True), expected[num].reset_index(drop=True), check_dtype=False
    )


def test_featurize_stream_with_processes_equals_featurize(raw_corpus_dir):
    expected = featurize(load_corpus(raw_corpus_dir))
    got = pd.concat(
        list(featurize_stream(iter_corpus(raw_corpus_dir, chunksize=2), n_jobs=2, chunksize=1))
    )
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


def test_featurize_command_bad_input(tmp_path, capsys):
    assert (
        main(["featurize", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "f.parquet")])
        == 2
    )
    assert "missing.csv" in capsys.readouterr().err
    assert main(["featurize", str(tmp_path), "--out", str(tmp_path / "f.xlsx")]) == 2


# --- hostile-input review (review-robust) -------------------------------------------------------


def _small_csv(path):
    pd.DataFrame(
        {"outlet": ["A", "B"], "text": ["Peskov said the talks would go on. " * 12, ""]}
    ).to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    "out, message",
    [
        ("/proc/no-such-folder/f.parquet", "cannot write there"),  # a parent that cannot be created
        ("{tmp}/adir.parquet", "is a folder; name the output file"),
        ("{tmp}/c.csv", "is the input corpus"),
    ],
)
def test_featurize_command_bad_out_is_one_line(tmp_path, capsys, out, message):
    # was: FileNotFoundError / IsADirectoryError tracebacks; --out equal to the input overwrote the
    # corpus
    src = _small_csv(tmp_path / "c.csv")
    before = src.read_bytes()
    (tmp_path / "adir.parquet").mkdir()
    code = main(["featurize", str(src), "--out", out.format(tmp=tmp_path), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("framing: error: --out") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert src.read_bytes() == before


def test_featurize_command_creates_missing_parent_folders(tmp_path, capsys):
    src = _small_csv(tmp_path / "c.csv")
    out = tmp_path / "new" / "sub" / "f.csv"
    assert main(["featurize", str(src), "--out", str(out), "--quiet"]) == 0
    assert len(pd.read_csv(out)) == 2


def test_featurize_command_never_appends_to_a_stale_partial_file(tmp_path, capsys):
    # was: a .partial file left by an interrupted run was appended to: its rows, then a second
    # header
    src = _small_csv(tmp_path / "c.csv")
    out = tmp_path / "f.csv"
    (tmp_path / "f.csv.partial").write_text("stale,rows\n1,2\n")
    assert main(["featurize", str(src), "--out", str(out), "--quiet"]) == 0
    got = pd.read_csv(out)
    assert len(got) == 2 and list(got.columns[:3]) == ["article_id", "outlet", "status"]


def test_featurize_command_failed_run_leaves_no_partial_file(tmp_path, capsys):
    p = tmp_path / "c.jsonl"
    p.write_text('{"outlet": "A", "text": "x"}\n' * 3 + "not json\n")
    assert (
        main(
            ["featurize", str(p), "--out", str(tmp_path / "f.csv"), "--chunk-size", "1", "--quiet"]
        )
        == 2
    )
    assert "line 4: not valid JSON" in capsys.readouterr().err
    assert not list(tmp_path.glob("f.csv*"))


@pytest.mark.parametrize(
    "name, content", [("blank.jsonl", "\n\n"), ("header.csv", "outlet,text\n")]
)
def test_featurize_command_on_a_corpus_without_articles(tmp_path, capsys, name, content):
    # was: FileNotFoundError renaming 'f.parquet.partial', which was never written
    p = tmp_path / name
    p.write_text(content)
    assert main(["featurize", str(p), "--out", str(tmp_path / "f.parquet"), "--quiet"]) == 2
    assert "no articles" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-5", "abc"])
def test_featurize_command_chunk_size_must_be_positive(tmp_path, capsys, value):
    # was: "c.csv: cannot be read: 'chunksize' must be an integer >=1. Check the file is valid."
    src = _small_csv(tmp_path / "c.csv")
    with pytest.raises(SystemExit) as e:
        main(["featurize", str(src), "--out", str(tmp_path / "f.parquet"), "--chunk-size", value])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "--chunk-size" in err and "cannot be read" not in err


def test_featurize_command_misspelt_outlet_column(tmp_path, capsys):
    # was: silently grouped by the file's 'outlet' column
    src = _small_csv(tmp_path / "c.csv")
    assert (
        main(
            [
                "featurize",
                str(src),
                "--out",
                str(tmp_path / "f.parquet"),
                "--outlet-column",
                "sorce",
            ]
        )
        == 2
    )
    assert "--outlet-column sorce names no column" in capsys.readouterr().err


def test_featurize_command_names_its_own_options_for_a_missing_column(tmp_path, capsys):
    # was: "pass outlet_column='source'" -- a Python argument the command line does not have
    text = "Officials in Kyiv said on Monday that the talks would go on. " * 6
    src = tmp_path / "c.csv"
    pd.DataFrame({"source": ["A", "B"], "text": [text, text]}).to_csv(src, index=False)
    assert main(["featurize", str(src), "--out", str(tmp_path / "f.csv")]) == 2
    err = capsys.readouterr().err
    assert "--outlet-column source" in err and "outlet_column=" not in err


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_featurize_command_jsonl_objects_with_different_keys(tmp_path, capsys, suffix):
    # was: parquet -> ValueError "Target schema's field names are not matching" (traceback);
    # csv -> the second chunk's 'country' values written under the 'lean' header (silently)
    import json

    text = "Peskov said the talks would go on, officials in Kyiv reported on Monday. " * 8
    recs = [
        {"outlet": "A", "text": text, "lean": "left"},
        {"outlet": "B", "text": text, "country": "UK"},
        {"outlet": "C", "text": text, "lean": None, "published": "2022-03-07"},
        {"outlet": "D", "text": text, "lean": 5, "score": 1.5},
        {"outlet": "E", "text": text, "score": "high"},
    ]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    out = tmp_path / f"f{suffix}"
    assert main(["featurize", str(src), "--out", str(out), "--chunk-size", "1", "--quiet"]) == 0, (
        capsys.readouterr().err
    )
    got = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out, dtype=str)
    got = got.set_index("outlet")
    assert (
        got.loc["A", "lean"] == "left"
        and got.loc["B", "country"] == "UK"
        and pd.isna(got.loc["B", "lean"])
    )
    assert (
        got.loc["D", "lean"] == "5"
        and got.loc["E", "score"] == "high"
        and got.loc["D", "score"] == "1.5"
    )
    assert str(got.loc["C", "published"]).startswith("2022-03-07")


def test_featurize_command_parquet_int_column_with_nulls_in_some_batches(tmp_path, capsys):
    # an int64 column with a null in one batch comes back as float64 in that batch only
    text = "Peskov said the talks would go on, officials in Kyiv reported on Monday. " * 8
    src = tmp_path / "c.parquet"
    pd.DataFrame(
        {
            "outlet": list("ABCD"),
            "text": [text] * 4,
            "year": pd.array([2022, None, 2021, 2020], dtype="Int64"),
            "flag": [True, None, False, True],
        }
    ).to_parquet(src)
    out = tmp_path / "f.parquet"
    assert main(["featurize", str(src), "--out", str(out), "--chunk-size", "1", "--quiet"]) == 0, (
        capsys.readouterr().err
    )
    got = pd.read_parquet(out)
    assert got["year"].tolist()[::2] == [2022.0, 2021.0] and pd.isna(got["year"].iloc[1])
    assert len(got) == 4


def test_featurize_command_takes_the_report_column_options(tmp_path, capsys):
    """`framing featurize` had --text-column and --outlet-column only; a table with its date
    and id in other columns now reads them as `framing report` does (one set of options)."""
    table = load_corpus()[["outlet", "text"]].rename(columns={"outlet": "source", "text": "body"})
    table = table.assign(
        when=["07/03/2022", "08/03/2022", "13/03/2022", "09/03/2022", "10/03/2022"]
    )
    table = table.assign(link=[f"https://example.org/{i}" for i in range(len(table))])
    src = tmp_path / "other-names.csv"
    table.to_csv(src, index=False)
    out = tmp_path / "f.csv"
    argv = ["featurize", str(src), "--out", str(out), "--quiet", "--text-column", "body"]
    argv += ["--outlet-column", "source", "--date-column", "when", "--id-column", "link"]
    assert main(argv + ["--dayfirst"]) == 0
    got = pd.read_csv(out)
    assert got["article_id"].tolist() == table["link"].tolist()
    assert pd.to_datetime(got["published"]).dt.strftime("%Y-%m-%d").tolist()[:3] == [
        "2022-03-07",
        "2022-03-08",
        "2022-03-13",
    ]


def test_title_column_option_reaches_the_loader():
    import argparse

    from analysis.cli.corpus_options import add_column_options, cli_wording, column_options

    parser = argparse.ArgumentParser()
    add_column_options(parser)
    args = parser.parse_args(["--title-column", "headline"])
    assert column_options(args) == {"title_column": "headline"}
    assert cli_wording("title_column='hed' names no column") == "--title-column hed names no column"
