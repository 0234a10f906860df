"""A .json corpus file: an array of articles, an object holding one, or one article."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.errors import CorpusError


def _write(path, doc):
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_array_of_article_objects(tmp_path):
    p = _write(
        tmp_path / "c.json",
        [
            {"outlet": "RT", "text": "Kiev refused.", "date": "2022-03-07"},
            {"outlet": "Mirror", "text": "Kyiv held.", "date": "2022-03-08"},
        ],
    )
    df = load_corpus(p)
    assert list(df["outlet"]) == ["RT", "Mirror"]
    assert list(df["text"]) == ["Kiev refused.", "Kyiv held."]
    assert df["published"].tolist() == [pd.Timestamp("2022-03-07"), pd.Timestamp("2022-03-08")]
    assert list(df["article_id"]) == ["c-0000", "c-0001"]  # <file stem>-<row>, as for tables


def test_a_news_api_response_with_nested_source(tmp_path):
    # the shape NewsAPI returns: the articles under one key, the outlet nested in "source"
    doc = {
        "status": "ok",
        "totalResults": 2,
        "articles": [
            {
                "source": {"id": "bbc-news", "name": "BBC News"},
                "author": None,
                "title": "Talks resume",
                "publishedAt": "2022-03-07T10:00:00Z",
                "content": "Talks resumed in Belarus on Monday.",
            },
            {
                "source": {"id": None, "name": "RT"},
                "author": "RT staff",
                "title": "Kiev delays",
                "publishedAt": "2022-03-07T12:00:00Z",
                "content": "Kiev delayed the talks, Moscow said.",
            },
        ],
    }
    p = _write(tmp_path / "newsapi.json", doc)
    df = load_corpus(
        p, outlet_column="source.name", text_column="content", date_column="publishedAt"
    )
    assert list(df["outlet"]) == ["BBC News", "RT"]
    assert list(df["title"]) == ["Talks resume", "Kiev delays"]
    assert df["text"].iloc[1] == "Kiev delayed the talks, Moscow said."
    assert any("2 article object(s) under the key 'articles'" in n for n in df.attrs["load_report"])


def test_the_missing_outlet_column_names_the_dotted_columns(tmp_path):
    p = _write(tmp_path / "n.json", {"articles": [{"source": {"name": "BBC"}, "text": "T."}]})
    with pytest.raises(CorpusError) as e:
        load_corpus(p)
    assert "source.name" in str(e.value) and "outlet" in str(e.value)


def test_one_article_per_file_and_lists_of_authors(tmp_path):
    # news-please writes one object per article; authors come as a list
    doc = {
        "source_domain": "theguardian.com",
        "title": "Kyiv holds",
        "authors": ["Luke Harding", "Julian Borger"],
        "maintext": "Kyiv held out overnight.",
    }
    p = _write(tmp_path / "a.json", doc)
    df = load_corpus(p, outlet_column="source_domain", text_column="maintext")
    assert df["authors"].item() == "Luke Harding; Julian Borger"
    assert df["outlet"].item() == "theguardian.com"


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"outlet": "RT", "text": "a"}\n{"outlet": "RT", "text": "b"}\n', "rename it to .jsonl"),
        ('[{"outlet": "RT", "text": "a"},]', "not valid JSON (Expecting value at line 1"),
        ("[]", "is empty: no articles"),
        ('[{"outlet": "RT", "text": "a"}, "b"]', "item 1 of the top-level array is a str"),
        ('{"a": [{"x": 1}], "b": [{"y": 2}]}', "several arrays of objects ('a', 'b')"),
        ('{"count": 3}', "no array of article objects found (keys: count)"),
        ("3", "the JSON document is a int"),
    ],
)
def test_bad_json_stops_with_the_fix(tmp_path, content, message):
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        load_corpus(p)
    assert message in str(e.value) and "bad.json" in str(e.value)
