"""`framing featurize`: streams a corpus to parquet/csv, identical to featurize() in memory."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import featurize, load_corpus
from analysis.cli import main
from analysis.features import featurize_stream
from analysis.corpus import iter_corpus


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_featurize_command_matches_in_memory(tmp_path, raw_corpus_dir, capsys, suffix):
    out = tmp_path / f"features{suffix}"
    assert main(["featurize", str(raw_corpus_dir), "--out", str(out), "--chunk-size", "2", "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "5 articles" in printed and "ok: 5" in printed
    got = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out)
    expected = featurize(load_corpus(raw_corpus_dir))
    assert got["article_id"].tolist() == expected["article_id"].tolist()
    num = [c for c in expected.columns if pd.api.types.is_float_dtype(expected[c])]
    pd.testing.assert_frame_equal(got[num].reset_index(drop=True), expected[num].reset_index(drop=True), check_dtype=False)


def test_featurize_stream_with_processes_equals_featurize(raw_corpus_dir):
    expected = featurize(load_corpus(raw_corpus_dir))
    got = pd.concat(list(featurize_stream(iter_corpus(raw_corpus_dir, chunksize=2), n_jobs=2, chunksize=1)))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))


def test_featurize_command_bad_input(tmp_path, capsys):
    assert main(["featurize", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "f.parquet")]) == 2
    assert "missing.csv" in capsys.readouterr().err
    assert main(["featurize", str(tmp_path), "--out", str(tmp_path / "f.xlsx")]) == 2
