"""load_corpus: the bundled corpus, every supported format, and every bad-input case with its
message."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import CorpusError, load_corpus
from analysis.corpus import CORE_COLUMNS, decode_bytes

SEED_OUTLETS = ["Daily Mirror", "Daily Mail", "UNILAD", "Common Dreams", "RT"]


def test_bundled_corpus_loads_five_articles(raw_corpus_dir):
    c = load_corpus(raw_corpus_dir)
    assert list(c["outlet"]) == SEED_OUTLETS
    assert list(c.columns[: len(CORE_COLUMNS)]) == list(CORE_COLUMNS)
    for extra in ("outlet_country", "outlet_type", "author", "notes", "file"):
        assert extra in c.columns
    assert c["article_id"].is_unique
    assert pd.api.types.is_datetime64_any_dtype(c["published"])
    assert (c["published"] == pd.Timestamp("2022-03-07")).all()
    assert (c["load_issue"] == "").all()
    # the manifest title, empty where the scrape has none
    assert c.loc[c.outlet == "Daily Mirror", "title"].item().startswith("Russia demands Ukraine")
    assert c.loc[c.outlet == "RT", "title"].item() == ""
    # text is the raw scrape, unmodified (curly apostrophes intact)
    rt = c.loc[c.outlet == "RT", "text"].item()
    assert "Russia\u2019s military offensive" in rt


def test_default_path_is_bundled_corpus():
    assert list(load_corpus()["outlet"]) == SEED_OUTLETS


def test_bundled_files_are_byte_identical_to_shared(raw_corpus_dir):
    from conftest import need_shared

    src = need_shared("corpus", "peskov-2022-03-07")
    for f in sorted(src.glob("*.txt")) + [src / "manifest.csv"]:
        assert (raw_corpus_dir / f.name).read_bytes() == f.read_bytes(), f.name


def _write_manifest(folder: Path, rows: list[dict]) -> None:
    pd.DataFrame(rows).to_csv(folder / "manifest.csv", index=False)


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet", "tsv"])
def test_table_formats(tmp_path, kind):
    df = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "text": ["Kyiv is the capital.", "Kiev is the capital."],
            "title": ["t1", "t2"],
            "published": ["2022-03-07", "not a date"],
            "lean": ["left", "right"],
        }
    )
    p = tmp_path / f"c.{kind}"
    if kind == "csv":
        df.to_csv(p, index=False)
    elif kind == "tsv":
        df.to_csv(p, index=False, sep="\t")
    elif kind == "jsonl":
        df.to_json(p, orient="records", lines=True)
    else:
        df.to_parquet(p)
    c = load_corpus(p)
    assert list(c["outlet"]) == ["A", "B"]
    assert list(c["article_id"]) == ["c-0000", "c-0001"]
    assert c["published"].iloc[0] == pd.Timestamp("2022-03-07")
    assert pd.isna(c["published"].iloc[1])
    assert "lean" in c.columns  # extra metadata kept
    assert any("could not be parsed" in m for m in c.attrs["load_report"])


def test_column_mapping_for_other_datasets(tmp_path):
    p = tmp_path / "allsides.csv"
    pd.DataFrame(
        {"id": ["x1", "x2"], "source": ["Fox News", "CNN"], "text": ["a b c", "d e f"]}
    ).to_csv(p, index=False)
    with pytest.raises(CorpusError, match=r"outlet_column='source'"):
        load_corpus(p)
    c = load_corpus(p, outlet_column="source")
    assert list(c["outlet"]) == ["Fox News", "CNN"]
    assert list(c["article_id"]) == ["x1", "x2"]


def test_a_media_cloud_story_list_gets_its_outlet_column_named(tmp_path):
    # Media Cloud's CSV of stories (stories_id, publish_date, title, url, media_id, media_name,
    # media_url), with the text a researcher scraped for each story
    p = tmp_path / "mediacloud.csv"
    pd.DataFrame(
        {
            "stories_id": [1, 2],
            "publish_date": ["2022-03-07 09:00:00", "2022-03-08 10:00:00"],
            "media_name": ["The Guardian", "RT"],
            "story_text": ["Kyiv held out.", "Kiev said."],
        }
    ).to_csv(p, index=False)
    with pytest.raises(CorpusError, match=r"text_column='story_text'"):
        load_corpus(p)
    with pytest.raises(CorpusError, match=r"outlet_column='media_name'"):
        load_corpus(p, text_column="story_text")
    c = load_corpus(p, text_column="story_text", outlet_column="media_name")
    assert list(c["outlet"]) == ["The Guardian", "RT"]
    assert c["published"].iloc[1] == pd.Timestamp("2022-03-08 10:00:00")


# --- bad input: every case names the file (and row/line) and the fix -----------------------------


def test_a_dataframe_in_memory_is_a_corpus():
    """A table already in memory (an API's results) was a TypeError deep in pathlib; it is
    read as a table file is, with the same column options and messages, and left unchanged."""
    stories = pd.DataFrame(
        {
            "text": ["Kyiv was shelled overnight, officials said.", None],
            "media_name": ["Guardian", "RT"],
            "publish_date": pd.to_datetime(
                ["2022-03-01 10:00+02:00", "2022-03-02 00:00Z"], utc=True
            ),
        }
    )
    with pytest.raises(CorpusError) as e:
        load_corpus(stories)
    assert str(e.value).startswith("the DataFrame passed to load_corpus: required column 'outlet'")
    assert "outlet_column='media_name'" in str(e.value)
    corpus = load_corpus(stories, outlet_column="media_name")
    assert corpus["article_id"].tolist() == ["article-0000", "article-0001"]
    assert corpus["outlet"].tolist() == ["Guardian", "RT"]
    assert corpus["published"].tolist()[0] == pd.Timestamp("2022-03-01 08:00")  # UTC
    assert corpus["load_issue"].tolist()[1].startswith("missing text")  # flagged, not dropped
    assert corpus.attrs["source"] == "the DataFrame passed to load_corpus"
    assert stories.columns.tolist() == ["text", "media_name", "publish_date"]
    # a loaded corpus loads again as itself
    again = load_corpus(corpus)
    assert again["article_id"].tolist() == corpus["article_id"].tolist()
    with pytest.raises(CorpusError, match=r"path is a int; pass a path .* or a pandas DataFrame"):
        load_corpus(123)


def test_missing_path(tmp_path):
    with pytest.raises(CorpusError, match=r"no such file or folder"):
        load_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match=r"folder is empty"):
        load_corpus(tmp_path)


def test_folder_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    with pytest.raises(CorpusError, match=r"no manifest\.csv.*'file' column"):
        load_corpus(tmp_path)


def test_manifest_names_missing_file(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.")
    _write_manifest(
        tmp_path, [{"file": "a.txt", "outlet": "A"}, {"file": "gone.txt", "outlet": "B"}]
    )
    with pytest.raises(CorpusError) as e:
        load_corpus(tmp_path)
    msg = str(e.value)
    assert (
        "manifest.csv" in msg and "row 3" in msg and "gone.txt" in msg and "remove the row" in msg
    )


def test_manifest_without_file_column(tmp_path):
    _write_manifest(tmp_path, [{"path": "a.txt", "outlet": "A"}])
    with pytest.raises(CorpusError, match=r"no 'file' column"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("missing", ["text", "outlet"])
def test_missing_required_column(tmp_path, missing):
    p = tmp_path / "c.csv"
    cols = {"text": ["t"], "outlet": ["o"]}
    cols.pop(missing)
    pd.DataFrame(cols).to_csv(p, index=False)
    with pytest.raises(CorpusError) as e:
        load_corpus(p)
    assert str(p) in str(e.value) and f"'{missing}'" in str(e.value)


def test_broken_jsonl_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"outlet": "A", "text": "ok"}) + '\n{"outlet": "B", "text": \n')
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: not valid JSON"):
        load_corpus(p)


def test_jsonl_line_not_an_object(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("[1, 2]\n")
    with pytest.raises(CorpusError, match=r"line 1: a JSON array"):
        load_corpus(p)


def test_duplicate_ids(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame(
        {"article_id": ["a", "b", "a"], "outlet": ["X"] * 3, "text": ["1", "2", "3"]}
    ).to_csv(p, index=False)
    with pytest.raises(CorpusError, match=r"duplicate article_id 'a'.*rows \[2, 4\]"):
        load_corpus(p)


def test_unknown_format(tmp_path):
    # a .docx is read as a Nexis Uni export now (tests/test_corpus_nexis.py); a .pdf is
    # refused with its own advice (tests/test_corpus_pdf.py); an .epub is not a corpus
    p = tmp_path / "c.epub"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=r"unknown corpus format '\.epub'"):
        load_corpus(p)


def test_zero_rows(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("outlet,text\n")
    with pytest.raises(CorpusError, match=r"no articles \(0 rows\)"):
        load_corpus(p)


def test_empty_csv_file(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("")
    with pytest.raises(CorpusError, match=r"the file is empty"):
        load_corpus(p)


def test_errors_are_value_errors():
    assert issubclass(CorpusError, ValueError)


# --- encodings: decoded correctly or reported, never mangled silently ---------------------------


@pytest.mark.parametrize(
    "data, expected, encoding",
    [
        (
            "Kyiv \u2013 \u2018caf\u00e9\u2019".encode("utf-8"),
            "Kyiv \u2013 \u2018caf\u00e9\u2019",
            "utf-8",
        ),
        (b"\xef\xbb\xbf" + b"Kyiv", "Kyiv", "utf-8-sig"),
        (
            "Kyiv \u2013 \u2018caf\u00e9\u2019".encode("cp1252"),
            "Kyiv \u2013 \u2018caf\u00e9\u2019",
            "cp1252",
        ),
        (
            "Zelensky said: \u00abno\u00bb".encode("latin-1"),
            "Zelensky said: \u00abno\u00bb",
            "cp1252",
        ),
        ("Kyiv \u2018caf\u00e9\u2019".encode("utf-16"), "Kyiv \u2018caf\u00e9\u2019", "utf-16"),
    ],
)
def test_decode_bytes(data, expected, encoding):
    text, enc, issue = decode_bytes(data)
    assert (text, enc, issue) == (expected, encoding, "")


def test_binary_file_is_flagged_not_dropped(tmp_path):
    (tmp_path / "a.txt").write_text("A real article about Kyiv.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c.txt").write_text("   \n\n ")
    (tmp_path / "d.txt").write_bytes("Caf\u00e9 in Kyiv".encode("cp1252"))
    (tmp_path / "e.txt").write_bytes(b"line one\r\nline two\r\n")
    _write_manifest(tmp_path, [{"file": f"{x}.txt", "outlet": x.upper()} for x in "abcde"])
    c = load_corpus(tmp_path)
    assert len(c) == 5
    issues = dict(zip(c["article_id"], c["load_issue"]))
    assert issues["a"] == ""
    assert "binary" in issues["b"] and c.loc[c.article_id == "b", "text"].item() == ""
    assert "whitespace" in issues["c"]
    assert c.loc[c.article_id == "d", "text"].item() == "Caf\u00e9 in Kyiv"
    assert c.loc[c.article_id == "e", "text"].item() == "line one\nline two\n"
    assert any("d.txt: decoded as cp1252" in m for m in c.attrs["load_report"])


def test_missing_text_cells_are_flagged(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(
        '{"outlet": "A", "text": null}\n{"outlet": "B", "text": "fine"}\n{"outlet": "C"}\n'
    )
    c = load_corpus(p)
    assert len(c) == 3
    assert list(c["load_issue"].map(bool)) == [True, False, True]
    assert c["text"].tolist()[0] == ""


def test_outlet_names_differing_by_case_or_space_are_merged_and_reported(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame(
        {"outlet": ["Daily Mail", "daily mail", " Daily  Mail ", "RT"], "text": list("abcd")}
    ).to_csv(p, index=False)
    c = load_corpus(p)
    assert c["outlet"].tolist() == ["Daily Mail", "Daily Mail", "Daily Mail", "RT"]
    report = " ".join(c.attrs["load_report"])
    assert "'daily mail' merged into 'Daily Mail'" in report and "white space" in report


def test_parquet_with_unexpected_dtypes(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame(
        {"outlet": [1, 2], "text": [b"bytes text", b"more"], "published": [20220307, None]}
    ).to_parquet(p)
    c = load_corpus(p)
    assert c["outlet"].tolist() == ["1", "2"]
    assert c["text"].tolist() == ["bytes text", "more"]


def test_out_of_range_dates_become_nat(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame(
        {"outlet": ["A", "B"], "text": ["x", "y"], "date": ["0001-11-30", "2020-01-02"]}
    ).to_csv(p, index=False)
    c = load_corpus(p)
    assert pd.isna(c["published"].iloc[0]) and c["published"].iloc[1] == pd.Timestamp("2020-01-02")
    assert any("outside" in m for m in c.attrs["load_report"])


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_iter_corpus_streams_the_same_rows(tmp_path, kind):
    from analysis.corpus import iter_corpus

    df = pd.DataFrame(
        {"outlet": [f"O{i % 3}" for i in range(7)], "text": [f"text {i}" for i in range(7)]}
    )
    p = tmp_path / f"c.{kind}"
    {
        "csv": lambda: df.to_csv(p, index=False),
        "jsonl": lambda: df.to_json(p, orient="records", lines=True),
        "parquet": lambda: df.to_parquet(p),
    }[kind]()
    chunks = list(iter_corpus(p, chunksize=3))
    assert [len(c) for c in chunks] == [3, 3, 1]
    streamed = pd.concat(chunks, ignore_index=True)
    assert streamed["text"].tolist() == df["text"].tolist()
    assert streamed["article_id"].is_unique


def test_iter_corpus_detects_duplicates_across_chunks(tmp_path):
    from analysis.corpus import iter_corpus

    p = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b", "c", "a"], "outlet": ["X"] * 4, "text": list("wxyz")}).to_csv(
        p, index=False
    )
    with pytest.raises(CorpusError, match="duplicate article_id 'a'"):
        list(iter_corpus(p, chunksize=2))


# --- hostile-input review (review-robust): ids --------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("blank.csv", "article_id,outlet,text\n,A,x\nb,B,y\n"),
        ("blank2.csv", "article_id,outlet,text\n,A,x\n,B,y\n"),
        ("spaces.csv", "id,outlet,text\n  ,A,x\nb,B,y\n"),
        (
            "null.jsonl",
            '{"article_id": 1, "outlet": "A", "text": "x"}\n'
            '{"article_id": null, "outlet": "B", "text": "y"}\n',
        ),
        (
            "nan.jsonl",
            '{"id": NaN, "outlet": "A", "text": "x"}\n{"id": NaN, "outlet": "B", "text": "y"}\n',
        ),
    ],
)
def test_empty_id_cells_are_named_not_nan_ids(tmp_path, name, content):
    # was: article_id NaN for one empty cell, "duplicate article_id np.float64(nan)" for two
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"empty '(article_)?id' cell\(s\), in rows \[[23]") as e:
        load_corpus(p)
    assert "np.float64" not in str(e.value) and "drop the" in str(e.value)


def test_empty_id_cells_in_parquet(tmp_path):
    p = tmp_path / "c.parquet"
    pd.DataFrame(
        {
            "article_id": pd.array([1, None, 3], dtype="Int64"),
            "outlet": list("ABC"),
            "text": list("xyz"),
        }
    ).to_parquet(p)
    with pytest.raises(CorpusError, match=r"empty 'article_id' cell\(s\), in rows \[3\]"):
        load_corpus(p)


@pytest.mark.parametrize("id_column", ["outlet", "url", "title", "text"])
def test_id_column_may_be_a_core_column(tmp_path, id_column):
    # was: KeyError "['outlet'] not in index" (the id column was renamed away)
    p = tmp_path / "c.csv"
    pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "text": ["x", "y"],
            "title": ["t1", "t2"],
            "url": ["http://a", "http://b"],
        }
    ).to_csv(p, index=False)
    c = load_corpus(p, id_column=id_column)
    assert c["article_id"].tolist() == c[id_column].tolist()
    assert c["outlet"].tolist() == ["A", "B"] and c["url"].tolist() == ["http://a", "http://b"]


def test_custom_id_column_does_not_duplicate_source_id(tmp_path):
    # was: four columns named source_id
    p = tmp_path / "c.csv"
    p.write_text("myid,source_id,outlet,text\n1,s1,A,x\n2,s2,B,y\n", encoding="utf-8")
    c = load_corpus(p, id_column="myid")
    assert c.columns.is_unique
    assert c["article_id"].tolist() == ["1", "2"] and c["source_id"].tolist() == ["s1", "s2"]


# --- hostile-input review (review-robust): manifests --------------------------------------------


def test_manifest_blank_and_empty_rows_are_skipped_and_rows_are_file_lines(tmp_path):
    # was: "row 3: the 'file' cell is empty" for a ",," row; blank lines shifted every later row
    # number
    (tmp_path / "a.txt").write_text("Some text.")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\n\n,\n,\ngone.txt,B\n")
    with pytest.raises(CorpusError, match=r"row 6: file 'gone.txt' does not exist"):
        load_corpus(tmp_path)
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\n\n,\n")
    c = load_corpus(tmp_path)
    assert c["article_id"].tolist() == ["a"]
    assert any("skipped 2 empty row(s)" in m for m in c.attrs["load_report"])


def test_manifest_same_stem_in_two_folders_are_two_articles(tmp_path):
    # was: "duplicate article_id 'a' ... drop the id column" although there is no id column
    for sub in ("bbc", "rt"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "001.txt").write_text(f"Article of {sub}.")
    _write_manifest(
        tmp_path, [{"file": "bbc/001.txt", "outlet": "BBC"}, {"file": "rt/001.txt", "outlet": "RT"}]
    )
    c = load_corpus(tmp_path)
    assert c["article_id"].tolist() == ["bbc/001", "rt/001"]
    assert c["text"].tolist() == ["Article of bbc.", "Article of rt."]


def test_manifest_naming_one_file_twice_says_so(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.")
    _write_manifest(tmp_path, [{"file": "a.txt", "outlet": "A"}, {"file": "a.txt", "outlet": "B"}])
    with pytest.raises(CorpusError, match=r"rows \[2, 3\]: both rows name the file 'a.txt'"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    "name, setup, message",
    [
        ("sub", lambda d: (d / "sub").mkdir(), r"row 2: 'sub' is a folder, not a text file"),
        ("x" * 300 + ".txt", lambda d: None, r"row 2: cannot read 'x+' \(File name too long\)"),
    ],
)
def test_manifest_file_that_cannot_be_read_names_the_row(tmp_path, name, setup, message):
    # was: OSError "File name too long" with a traceback; a folder was reported as "does not exist"
    setup(tmp_path)
    _write_manifest(tmp_path, [{"file": name, "outlet": "A"}])
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


# --- hostile-input review: table files ---------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "outlet,text\nA,Kyiv, the capital\nB,Kiev\n",  # unquoted comma in the first row
        "outlet,text\nA,Kyiv,\nB,Kiev,\n",  # trailing commas on every data row
    ],
)
def test_csv_row_with_more_fields_than_header_is_refused_not_shifted(tmp_path, content):
    # was: pandas made 'outlet' the index: outlet became the text, text the next field (silently)
    p = tmp_path / "c.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(
        CorpusError, match=r"first data row has more fields than the header.*double quotes"
    ):
        load_corpus(p)
    from analysis.corpus import iter_corpus

    with pytest.raises(CorpusError, match=r"first data row has more fields"):
        list(iter_corpus(p))


@pytest.mark.parametrize("sep, word", [(";", "semicolons"), ("|", "vertical bars")])
def test_other_delimiters_get_a_hint(tmp_path, sep, word):
    p = tmp_path / "c.csv"
    p.write_text(f"outlet{sep}text\nA{sep}x\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=f"separated by {word}"):
        load_corpus(p)


@pytest.mark.parametrize("option", ["outlet_column", "text_column"])
def test_column_option_naming_no_column_is_an_error_not_a_fallback(tmp_path, option):
    # was: outlet_column='sorce' silently grouped by the file's 'outlet' column
    p = tmp_path / "c.csv"
    pd.DataFrame({"outlet": ["A"], "source": ["S"], "text": ["x"], "body": ["y"]}).to_csv(
        p, index=False
    )
    with pytest.raises(
        CorpusError,
        match=rf"{option}='sorce' names no column \(found: outlet, source, text, body\)",
    ):
        load_corpus(p, **{option: "sorce"})


def test_jsonl_lone_surrogate_escape_is_replaced_not_fatal(tmp_path):
    # was: CorpusError "'utf-8' codec can't encode character '\ud800'" for the whole corpus
    from analysis.corpus import iter_corpus

    p = tmp_path / "c.jsonl"
    p.write_text(
        '{"outlet": "A", "text": "half an emoji \\ud83d here"}\n'
        '{"outlet": "B", "text": "a whole one \\ud83d\\ude00"}\n',
        encoding="utf-8",
    )
    for c in (load_corpus(p), pd.concat(list(iter_corpus(p)), ignore_index=True)):
        assert c["text"].tolist() == ["half an emoji \ufffd here", "a whole one \U0001f600"]
    assert any("line 1: 1 lone surrogate" in m for m in load_corpus(p).attrs["load_report"])


@pytest.mark.parametrize(
    "content, message",
    [
        ("\n\n  \n", r"no JSON objects"),
        (
            '[{"outlet": "A", "text": "x"}]\n',
            r"line 1: a JSON array, not an object.*looks like one JSON array",
        ),
        (
            '[\n  {"outlet": "A", "text": "x"}\n]\n',
            r"line 1: not valid JSON.*looks like one JSON array",
        ),
        ('{"outlet": "A", "text": "x"}\nnull\n', r"line 2: a JSON null, not an object"),
    ],
)
def test_jsonl_that_is_not_json_lines(tmp_path, content, message):
    p = tmp_path / "c.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(p)


def test_parquet_categorical_bytes_and_null_outlets(tmp_path):
    # was: TypeError "Cannot setitem on a Categorical with a new category ((unknown outlet))";
    # bytes outlets became "b'A'"
    from analysis.corpus import iter_corpus

    p = tmp_path / "c.parquet"
    pd.DataFrame(
        {
            "outlet": pd.Categorical(["A", "B", None]),
            "source": [b"A", b"B", None],
            "text": ["x", "y", "z"],
        }
    ).to_parquet(p)
    assert load_corpus(p)["outlet"].tolist() == ["A", "B", "(unknown outlet)"]
    assert load_corpus(p, outlet_column="source")["outlet"].tolist() == [
        "A",
        "B",
        "(unknown outlet)",
    ]
    # a chunk whose outlets are all missing
    assert [c["outlet"].tolist() for c in iter_corpus(p, chunksize=2)] == [
        ["A", "B"],
        ["(unknown outlet)"],
    ]


def test_text_cell_holding_a_list_of_paragraphs_is_joined(tmp_path):
    # was: str(list) "['Peskov said...', ...]", whose brackets and quote marks reached the quote
    # detector
    p = tmp_path / "c.jsonl"
    p.write_text(
        '{"outlet": "A", "text": ["First paragraph.", "Second paragraph."]}\n', encoding="utf-8"
    )
    c = load_corpus(p)
    assert c["text"].item() == "First paragraph.\n\nSecond paragraph."
    assert "joined as paragraphs" in c["load_issue"].item()


# --- hostile-input review: iter_corpus reads what load_corpus reads -----------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("cp1252.csv", "outlet,text\nA,caf\u00e9 \u2013 Kyiv\n".encode("cp1252")),
        ("utf16.csv", "outlet,text\nA,caf\u00e9 \u2013 Kyiv\n".encode("utf-16")),
        ("cp1252.jsonl", '{"outlet": "A", "text": "caf\u00e9 \u2013 Kyiv"}\n'.encode("cp1252")),
        ("utf16.jsonl", '{"outlet": "A", "text": "caf\u00e9 \u2013 Kyiv"}\n'.encode("utf-16")),
    ],
)
def test_iter_corpus_decodes_like_load_corpus(tmp_path, name, data):
    # was: "not UTF-8 text ... Re-save the file as UTF-8" from framing featurize, while load_corpus
    # read it
    from analysis.corpus import iter_corpus

    p = tmp_path / name
    p.write_bytes(data)
    assert load_corpus(p)["text"].tolist() == ["caf\u00e9 \u2013 Kyiv"]
    assert pd.concat(list(iter_corpus(p, chunksize=1)))["text"].tolist() == [
        "caf\u00e9 \u2013 Kyiv"
    ]


@pytest.mark.parametrize("name", ["blank.jsonl", "empty.parquet", "header.csv"])
def test_iter_corpus_without_articles_raises(tmp_path, name):
    # was: no chunk at all, so `framing featurize` crashed renaming an output file it never wrote
    from analysis.corpus import iter_corpus

    p = tmp_path / name
    if name.endswith(".parquet"):
        pd.DataFrame(
            {"outlet": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}
        ).to_parquet(p)
    else:
        p.write_text("\n\n" if name.endswith(".jsonl") else "outlet,text\n")
    with pytest.raises(CorpusError, match=r"no articles \(0 rows\)"):
        list(iter_corpus(p))


def _headline_table(tmp_path: Path, extra: dict | None = None) -> Path:
    p = tmp_path / "healthcare.csv"
    pd.DataFrame(
        {
            "headline": ["Senate passes the bill", "House delays the vote"],
            "body_text": ["The Senate passed the bill on Monday.", "The House delayed it."],
            "source_name": ["NPR", "Vox"],
            **(extra or {}),
        }
    ).to_csv(p, index=False)
    return p


def test_title_column_is_renamed_to_title(tmp_path):
    p = _headline_table(tmp_path)
    c = load_corpus(
        p, text_column="body_text", outlet_column="source_name", title_column="headline"
    )
    assert c["title"].tolist() == ["Senate passes the bill", "House delays the vote"]
    assert "headline" not in c.columns


def test_title_column_keeps_an_existing_title_as_title_original(tmp_path):
    p = _headline_table(tmp_path, {"title": ["a", "b"]})
    c = load_corpus(
        p, text_column="body_text", outlet_column="source_name", title_column="headline"
    )
    assert c["title"].tolist()[0] == "Senate passes the bill"
    assert c["title_original"].tolist() == ["a", "b"]


def test_title_column_naming_no_column_is_refused(tmp_path):
    p = _headline_table(tmp_path)
    with pytest.raises(CorpusError, match=r"title_column='hed' names no column"):
        load_corpus(p, text_column="body_text", outlet_column="source_name", title_column="hed")


def test_streamed_chunks_read_the_title_column(tmp_path):
    from analysis.corpus.stream import iter_corpus

    p = _headline_table(tmp_path)
    (chunk,) = list(
        iter_corpus(
            p, text_column="body_text", outlet_column="source_name", title_column="headline"
        )
    )
    assert chunk["title"].tolist()[1] == "House delays the vote"


def test_missing_outlet_column_says_what_it_holds(tmp_path):
    p = tmp_path / "one.csv"
    pd.DataFrame({"text": ["Some article text here."]}).to_csv(p, index=False)
    with pytest.raises(CorpusError) as err:
        load_corpus(p)
    msg = str(err.value)
    assert "required column 'outlet' is missing" in msg
    assert "Add an 'outlet' column" in msg and "its name in every row" in msg
