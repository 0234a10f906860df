"""Dask: featurize accepts a dask DataFrame and returns one, identical to pandas (issue 9)."""

from __future__ import annotations

import pandas as pd
import pytest

dd = pytest.importorskip(
    "dask.dataframe", reason="dask is an optional extra: pip install media-framing[scale]"
)
distributed = pytest.importorskip("distributed")

from analysis import featurize, load_corpus  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _compare(corpus: pd.DataFrame, client, npartitions: int) -> pd.DataFrame:
    import dask

    expected = featurize(corpus)
    # keep object columns as they are (dask would otherwise turn metadata such as `author` into
    # pyarrow strings, whose missing value is <NA> rather than NaN: same data, different dtype)
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(corpus, npartitions=npartitions)
    lazy = featurize(ddf)
    assert isinstance(lazy, dd.DataFrame)
    got = client.compute(lazy).result()
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_index_type=False)
    return got


@pytest.mark.slow
def test_dask_equals_pandas_on_bundled_corpus(client, seed_corpus):
    got = _compare(seed_corpus, client, npartitions=2)
    from analysis.compare import outlet_summary

    summary = outlet_summary(got, n_boot=100)
    assert set(summary["outlet"]) == set(seed_corpus["outlet"])


@pytest.mark.slow
def test_dask_equals_pandas_on_a_shared_dataset(client):
    from conftest import need_shared

    path = need_shared("datasets", "ukraine-2022-by-country", "articles.parquet")
    corpus = (
        load_corpus(path, outlet_column="country")
        .sample(n=40, random_state=0)
        .reset_index(drop=True)
    )
    _compare(corpus, client, npartitions=4)
