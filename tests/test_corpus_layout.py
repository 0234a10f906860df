"""A corpus folder without manifest.csv: one subfolder per outlet (analysis.corpus.layout)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus.layout import name_date
from analysis.errors import CorpusError


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_outlet_subfolders_are_read_as_outlets(tmp_path):
    _write(tmp_path / "Guardian" / "001.txt", "Kyiv was shelled overnight, officials said.")
    _write(tmp_path / "RT" / "001.txt", "Kiev has refused to negotiate.")
    _write(tmp_path / "RT" / "march" / "002.txt", "Moscow said the talks would go on.")
    df = load_corpus(tmp_path)
    # stems in two folders: the relative path is the id; a unique stem is the id
    assert list(zip(df["article_id"], df["outlet"])) == [
        ("Guardian/001", "Guardian"),
        ("RT/001", "RT"),
        ("002", "RT"),
    ]
    assert (df["load_issue"] == "").all()
    assert df.loc[df["article_id"] == "RT/001", "text"].item() == "Kiev has refused to negotiate."
    notes = df.attrs["load_report"]
    assert any("no manifest.csv; read 3 file(s) from 2 outlet" in n for n in notes)
    assert df["published"].isna().all()


def test_iso_dates_at_the_start_of_file_names_are_publication_dates(tmp_path):
    _write(tmp_path / "BBC" / "2022-03-07_peskov.txt", "The Kremlin set out its demands.")
    _write(tmp_path / "BBC" / "20220308-talks.txt", "Talks resumed in Belarus.")
    _write(tmp_path / "BBC" / "notes-on-talks.txt", "No date in this name.")
    df = load_corpus(tmp_path).set_index("article_id")
    assert df.loc["2022-03-07_peskov", "published"] == pd.Timestamp("2022-03-07")
    assert df.loc["20220308-talks", "published"] == pd.Timestamp("2022-03-08")
    assert pd.isna(df.loc["notes-on-talks", "published"])
    assert any("file names of 2 of 3 file(s)" in n for n in df.attrs["load_report"])


@pytest.mark.parametrize(
    "name, expected",
    [
        ("2022-03-07_a.txt", "2022-03-07"),
        ("2022_03_07 a.txt", "2022-03-07"),
        ("20220307.txt", "2022-03-07"),
        ("07-03-2022_a.txt", None),  # day or month first: not read
        ("2022-03-071.txt", None),  # a longer number, not a date
        ("2022-13-01.txt", None),  # no month 13
        ("2022-03_07.txt", None),  # mixed separators
        ("article-2022-03-07.txt", None),  # only at the start of the name
    ],
)
def test_name_date(name, expected):
    assert name_date(name) == expected


def test_a_file_that_is_not_text_is_kept_and_flagged(tmp_path):
    _write(tmp_path / "Mail" / "001.txt", "Barbarians, the minister said.")
    (tmp_path / "Mail" / "002.docx").write_bytes(b"PK\x03\x04 not text")
    df = load_corpus(tmp_path).set_index("article_id")
    assert len(df) == 2
    assert df.loc["002", "load_issue"] == (
        "not a plain-text file (.docx): save it as .txt, or, if it is a news database's "
        "export (Nexis .docx, Factiva .html, an .rtf of either), load the export on its own "
        "or in a folder holding only exports"
    )
    assert df.loc["002", "text"] == ""


def test_hidden_files_and_folders_without_text_are_not_outlets(tmp_path):
    _write(tmp_path / "Mirror" / "001.txt", "Kyiv held out.")
    (tmp_path / "Mirror" / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "map.png").write_bytes(b"\x89PNG")
    df = load_corpus(tmp_path)
    assert list(df["outlet"]) == ["Mirror"]
    notes = df.attrs["load_report"]
    assert any("without a text file not read as outlets: images" in n for n in notes)


def test_text_files_outside_an_outlet_folder_stop_with_the_fix(tmp_path):
    _write(tmp_path / "Guardian" / "001.txt", "Text.")
    _write(tmp_path / "loose.txt", "Whose article is this?")
    with pytest.raises(CorpusError) as e:
        load_corpus(tmp_path)
    msg = str(e.value)
    assert "loose.txt" in msg and "not in an outlet subfolder" in msg and "manifest.csv" in msg


def test_a_dataset_folder_holding_a_table_is_told_to_pass_the_table(tmp_path):
    """A dataset as downloaded (the shared Guardian/NYT folder: articles.csv and SOURCE.md) was
    told that SOURCE.md is not in an outlet subfolder; it is now told to pass the table."""
    _write(tmp_path / "SOURCE.md", "Where the articles come from.")
    pd.DataFrame({"text": ["Kyiv was shelled."], "outlet": ["Guardian"]}).to_csv(
        tmp_path / "articles.csv", index=False
    )
    with pytest.raises(CorpusError) as e:
        load_corpus(tmp_path)
    msg = str(e.value)
    assert "holds table file(s) (articles.csv)" in msg and "SOURCE.md" not in msg
    assert f"--corpus {tmp_path / 'articles.csv'}" in msg
    # the fix the message names works
    assert load_corpus(tmp_path / "articles.csv")["outlet"].tolist() == ["Guardian"]
    # a table beside outlet subfolders does not stop the folder from being read
    (tmp_path / "SOURCE.md").unlink()
    _write(tmp_path / "RT" / "001.txt", "Kiev has refused to negotiate.")
    assert load_corpus(tmp_path)["outlet"].tolist() == ["RT"]


def test_subfolders_without_any_text_file_stop_with_the_fix(tmp_path):
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page1.png").write_bytes(b"\x89PNG\r\n")
    with pytest.raises(CorpusError, match=r"no text file in an outlet subfolder"):
        load_corpus(tmp_path)


def test_a_manifest_still_decides_when_present(tmp_path):
    _write(tmp_path / "Guardian" / "001.txt", "Text one.")
    _write(tmp_path / "Guardian" / "002.txt", "Text two.")
    pd.DataFrame([{"file": "Guardian/001.txt", "outlet": "The Guardian"}]).to_csv(
        tmp_path / "manifest.csv", index=False
    )
    df = load_corpus(tmp_path)
    assert list(df["outlet"]) == ["The Guardian"] and len(df) == 1
