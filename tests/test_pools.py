"""The evaluations' corpora read and cleaned once per process (analysis/evaluation/pools.py).

A remembered result must be what the uncached call returns, a copy no caller can change for
the next one, and forgotten when the file, the rule table or the frame's contents change.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest

from analysis import clean_corpus, load_corpus
from analysis.evaluation import pools


@pytest.fixture(autouse=True)
def _empty_memo():
    pools.forget()
    yield
    pools.forget()


def _write_corpus(path, texts: list[str]) -> None:
    pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": ["X"] * len(texts),
            "title": ["Talks resume"] * len(texts),
            "text": texts,
        }
    ).to_csv(path, index=False)


def test_loaded_is_what_load_corpus_returns_and_a_fresh_copy(tmp_path):
    p = tmp_path / "articles.csv"
    _write_corpus(p, ["Talks resume\nThe two sides met on Monday.", "Shelling went on."])
    first = pools.loaded(p)
    pd.testing.assert_frame_equal(first, load_corpus(p))
    first.loc[0, "text"] = "changed by a caller"
    first["extra"] = 1
    pd.testing.assert_frame_equal(pools.loaded(p), load_corpus(p))


def test_loaded_reads_again_when_the_file_changes(tmp_path):
    p = tmp_path / "articles.csv"
    _write_corpus(p, ["The two sides met on Monday."])
    assert pools.loaded(p)["text"].tolist() == ["The two sides met on Monday."]
    _write_corpus(p, ["The two sides met on Monday.", "They met again on Tuesday."])
    st = os.stat(p)
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert len(pools.loaded(p)) == 2


def test_loaded_keys_on_the_loader_arguments(tmp_path):
    p = tmp_path / "articles.csv"
    pd.DataFrame(
        {"article_id": ["a0"], "outlet": ["X"], "source": ["Y"], "text": ["Shelling went on."]}
    ).to_csv(p, index=False)
    assert pools.loaded(p, outlet_column="source")["outlet"].tolist() == ["Y"]
    assert pools.loaded(p)["outlet"].tolist() == ["X"]


def test_cleaned_is_what_clean_corpus_returns_on_the_bundled_corpus(seed_corpus):
    for _ in range(2):  # built, then remembered
        got = pools.cleaned(seed_corpus, rules="boilerplate.csv")
        pd.testing.assert_frame_equal(got, clean_corpus(seed_corpus, rules="boilerplate.csv"))


def test_cleaned_cleans_again_when_one_cell_changes(seed_corpus):
    before = pools.cleaned(seed_corpus, rules="boilerplate.csv")
    edited = seed_corpus.copy()
    edited.loc[0, "text"] = "Talks resume\nThe two sides met again on Monday in Brest."
    after = pools.cleaned(edited, rules="boilerplate.csv")
    assert after.loc[0, "body"] == "The two sides met again on Monday in Brest."
    assert before.loc[0, "body"] != after.loc[0, "body"]


def test_cleaned_cleans_again_when_the_rule_table_changes(tmp_path, seed_corpus):
    from analysis.lexicons import bundled_path

    rules = tmp_path / "boilerplate.csv"
    rules.write_text(bundled_path("boilerplate.csv").read_text(encoding="utf-8"), "utf-8")
    pools.cleaned(seed_corpus, rules=str(rules))
    pools.cleaned(seed_corpus, rules=str(rules))
    assert len(pools.entries()) == 1
    key_before = pools.file_key(rules)
    rules.write_text(rules.read_text(encoding="utf-8") + "\n", "utf-8")
    assert pools.file_key(rules) != key_before
    st = os.stat(rules)
    os.utime(rules, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert len(pools.entries()) == 1
    pools.cleaned(seed_corpus, rules=str(rules))
    assert len(pools.entries()) == 2


def test_a_frame_with_unhashable_cells_is_cleaned_without_being_remembered(seed_corpus):
    odd = seed_corpus.copy()
    odd["tags"] = [["a"]] * len(odd)
    got = pools.cleaned(odd, rules="boilerplate.csv")
    assert got["body"].tolist() == clean_corpus(seed_corpus)["body"].tolist()
    assert not pools.entries()


def test_the_memo_keeps_at_most_max_entries():
    for i in range(pools.MAX_ENTRIES + 3):
        pools.remembered(("test", i), lambda i=i: pd.DataFrame({"i": [i]}))
    kept = pools.entries()
    assert len(kept) == pools.MAX_ENTRIES
    assert ("test", 0) not in kept and ("test", pools.MAX_ENTRIES + 2) in kept


def test_a_folder_or_no_path_is_read_on_every_call_and_not_remembered(raw_corpus_dir):
    pd.testing.assert_frame_equal(pools.loaded(raw_corpus_dir), load_corpus(raw_corpus_dir))
    pd.testing.assert_frame_equal(pools.loaded(None), load_corpus(None))
    assert not pools.entries()
