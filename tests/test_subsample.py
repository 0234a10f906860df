"""corpus.subsample_file: a seeded subset of a large Parquet corpus, read batch by batch."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.corpus import subsample_file
from analysis.errors import FramingError


@pytest.fixture
def big_file(tmp_path):
    """5,000 rows in three row groups (more than one read batch of 1,024 rows each)."""
    n = 5000
    frame = pd.DataFrame(
        {
            "id": [f"a{i}" for i in range(n)],
            "outlet": [f"o{i % 7}" for i in range(n)],
            "text": [f"text number {i} " * (1 + i % 5) for i in range(n)],
        }
    )
    path = tmp_path / "big.parquet"
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path, row_group_size=2000)
    return path, frame


def test_rows_are_a_seeded_subset_in_file_order(big_file, tmp_path):
    path, frame = big_file
    out = subsample_file(path, 1500, folder=tmp_path / "s", random_state=3)
    got = pd.read_parquet(out)
    assert len(got) == 1500
    assert got["id"].is_unique
    # every row is the file's row of that id, whole, and rows keep the file's order
    position = got["id"].str[1:].astype(int)
    assert position.is_monotonic_increasing
    expected = frame.iloc[position.to_numpy()].reset_index(drop=True)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected)
    # drawn from the whole file, not from its first batches
    assert position.min() < 1024 and position.max() > 4000
    again = pd.read_parquet(subsample_file(path, 1500, folder=tmp_path / "t", random_state=3))
    pd.testing.assert_frame_equal(got, again)
    other = pd.read_parquet(subsample_file(path, 1500, folder=tmp_path / "u", random_state=4))
    assert set(other["id"]) != set(got["id"])


def test_small_or_other_files_are_returned_unchanged(big_file, tmp_path):
    path, _ = big_file
    assert subsample_file(path, 5000, folder=tmp_path / "s") == path
    csv = tmp_path / "c.csv"
    csv.write_text("text,outlet\na,b\n")
    assert subsample_file(csv, 1, folder=tmp_path / "s") == csv


@pytest.mark.parametrize("n", [0, -1, 2.5, True, "10"])
def test_bad_n_is_a_clear_error(big_file, tmp_path, n):
    path, _ = big_file
    with pytest.raises(FramingError, match="n must be a positive whole number"):
        subsample_file(path, n, folder=tmp_path / "s")
