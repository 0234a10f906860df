"""A folder of JSON article files (news-please's output) is a corpus; hosts of one site are one
outlet.  Found by the report review on AllSides gun-control articles saved as news-please
writes them (``<year>/<month>/<day>/<host>/<md5>.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.hosts import host_folds
from analysis.corpus.load import load_corpus
from analysis.errors import CorpusError


def _article(folder: Path, host: str, name: str, text: str, date: str | None) -> None:
    d = folder / "2019" / "03" / "17" / host
    d.mkdir(parents=True, exist_ok=True)
    record = {
        "authors": ["Jane Doe", "John Roe"],
        "date_publish": date,
        "maintext": text,
        "source_domain": host,
        "title": f"Headline {name}",
        "url": f"https://{host}/{name}",
        "language": "en",
    }
    (d / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")


@pytest.fixture
def newsplease(tmp_path: Path) -> Path:
    _article(
        tmp_path,
        "foxnews.com",
        "a1",
        "Senators debated the bill on Tuesday.",
        "2019-03-17 10:00:00",
    )
    _article(tmp_path, "cnn.com", "b1", "The House passed the bill.", "2019-03-18 00:00:00")
    _article(tmp_path, "politicalticker.blogs.cnn.com", "b2", "The vote was close.", None)
    return tmp_path


def test_a_folder_of_newsplease_files_is_read_with_its_fields(newsplease: Path) -> None:
    df = load_corpus(newsplease, text_column="maintext", outlet_column="source_domain")
    assert len(df) == 3
    by_id = df.set_index("article_id")
    assert by_id.loc["a1", "text"] == "Senators debated the bill on Tuesday."
    assert by_id.loc["a1", "title"] == "Headline a1"
    assert by_id.loc["a1", "authors"] == "Jane Doe; John Roe"
    assert by_id.loc["a1", "file"] == "2019/03/17/foxnews.com/a1.json"
    # news-please's date_publish is read as the publication date without an option
    assert str(by_id.loc["a1", "published"])[:16] == "2019-03-17 10:00"
    assert pd.isna(by_id.loc["b2", "published"])
    # the blog host of cnn.com is cnn.com, and the load report says so
    assert by_id.loc["b2", "outlet"] == "cnn.com"
    assert sorted(df["outlet"].unique()) == ["cnn.com", "foxnews.com"]
    notes = " | ".join(df.attrs["load_report"])
    assert "read 3 article(s) from 3 file(s)" in notes
    assert "'politicalticker.blogs.cnn.com' folded into 'cnn.com' (1 row(s)" in notes


def test_without_column_options_the_message_names_the_folder_and_the_field(
    newsplease: Path,
) -> None:
    with pytest.raises(CorpusError) as e:
        load_corpus(newsplease)
    msg = str(e.value)
    # both missing columns in one message (review45: a user fixed one and met the other)
    assert msg.startswith(f"{newsplease}: required columns 'text' and 'outlet' are missing")
    assert "manifest.csv" not in msg.split(":")[0]
    assert "text_column='maintext'" in msg
    assert "outlet_column='source_domain'" in msg
    with pytest.raises(CorpusError, match="outlet_column='source_domain'"):
        load_corpus(newsplease, text_column="maintext")


def test_a_broken_or_foreign_file_is_a_flagged_row_not_a_lost_article(newsplease: Path) -> None:
    host = newsplease / "2019" / "03" / "17" / "foxnews.com"
    (host / "a2.json").write_text('{"maintext": "cut off', encoding="utf-8")
    (host / "scan.pdf").write_bytes(b"%PDF-1.4")
    df = load_corpus(newsplease, text_column="maintext", outlet_column="source_domain")
    assert len(df) == 5
    issues = df.set_index("article_id")["load_issue"]
    assert issues["a2"].startswith("2019/03/17/foxnews.com/a2.json: not valid JSON (")
    assert "at at" not in issues["a2"]
    assert issues["scan"] == (
        "not a .json, .jsonl, Nexis .docx, LexisNexis .txt, Factiva .html or RTF export file "
        "(.pdf): move it out of the corpus folder, or save its article as .json"
    )
    assert "2 file(s) could not be read and are flagged rows" in df.attrs["load_report"][0]


def test_a_file_holding_several_articles_numbers_them(tmp_path: Path) -> None:
    rows = [{"content": f"Text {i}.", "site": "rt.com"} for i in range(2)]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"content": "Alone.", "site": "rt.com"}))
    df = load_corpus(tmp_path, text_column="content", outlet_column="site")
    assert df["article_id"].tolist() == ["batch-0001", "batch-0002", "one"]


def test_text_files_keep_the_outlet_folder_layout(tmp_path: Path) -> None:
    (tmp_path / "RT").mkdir()
    (tmp_path / "RT" / "a.txt").write_text("Kiev said so.", encoding="utf-8")
    (tmp_path / "RT" / "meta.json").write_text("{}", encoding="utf-8")
    df = load_corpus(tmp_path)
    # the .json next to text files is not an article source: a flagged row, as before
    assert df.set_index("article_id").loc["meta", "load_issue"].startswith("not a plain-text")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["cnn.com", "edition.cnn.com"], {"edition.cnn.com": "cnn.com"}),
        (
            ["time.com", "swampland.time.com", "world.time.com"],
            {"swampland.time.com": "time.com", "world.time.com": "time.com"},
        ),
        (["www1.cbn.com"], {"www1.cbn.com": "cbn.com"}),
        (["m.bbc.co.uk", "bbc.co.uk"], {"m.bbc.co.uk": "bbc.co.uk"}),
        # no shorter host of the site is an outlet: nothing is guessed
        (["abcnews.go.com", "espn.go.com"], {}),
        # names that are not hosts are never touched
        (["Fox News", "CNN (Web News)", "GB"], {}),
        # www. is not stripped down to a bare suffix
        (["www.com"], {}),
        # a host with no other host of its site keeps its spelling (AllSides: 19 such names
        # were lowercased by the first version, which changed the hit-audit draws)
        (["NBCNews.com", "TheBlaze.com", "AL.com"], {}),
        (["CNN.com", "edition.cnn.com"], {"edition.cnn.com": "CNN.com"}),
    ],
)
def test_host_folds(names: list[str], expected: dict[str, str]) -> None:
    assert host_folds(names) == expected


def test_outlets_given_as_web_addresses_are_their_sites(tmp_path: Path) -> None:
    """An outlet column of article URLs made every article an outlet of its own; each address
    is read as its host (and hosts of one site folded), in a file and in a stream alike."""
    from analysis.corpus import iter_corpus

    df = pd.DataFrame(
        {
            "text": ["A.", "B.", "C.", "D."],
            "outlet": [
                "https://edition.cnn.com/2022/03/01/europe/kyiv-shelling/index.html",
                "cnn.com",
                "http://www.foxnews.com:80/world/x?utm=1",
                "Fox News",
            ],
        }
    )
    df.to_csv(tmp_path / "c.csv", index=False)
    corpus = load_corpus(tmp_path / "c.csv")
    # www. is dropped by the host folding, as for any host-named outlet
    assert corpus["outlet"].tolist() == ["cnn.com", "cnn.com", "foxnews.com", "Fox News"]
    notes = " | ".join(corpus.attrs["load_report"])
    assert "2 row(s) name their outlet by a web address, read as its host" in notes
    assert "outlet_column=" in notes
    # a table with addresses and no outlet column is pointed at its url column, which stays
    urls = pd.DataFrame({"text": ["A.", "B."], "url": [df["outlet"][0], df["outlet"][2]]})
    with pytest.raises(CorpusError, match=r"pass outlet_column='url'"):
        load_corpus(urls)
    by_url = load_corpus(urls, outlet_column="url")
    assert by_url["outlet"].tolist() == ["edition.cnn.com", "foxnews.com"]
    assert by_url["url"].tolist() == urls["url"].tolist()
    chunks = list(iter_corpus(tmp_path / "c.csv", chunksize=2))
    assert [c["outlet"].tolist() for c in chunks] == [
        ["cnn.com", "cnn.com"],
        ["foxnews.com", "Fox News"],
    ]


def test_a_saved_corpus_carries_how_it_was_read(newsplease: Path, tmp_path_factory) -> None:
    # framing report with column options writes the loaded corpus as parquet for the
    # notebooks; report 01's 'How the corpus was read' list was empty because re-reading it
    # started a new load report
    df = load_corpus(newsplease, text_column="maintext", outlet_column="source_domain")
    saved = tmp_path_factory.mktemp("saved") / "guns.parquet"
    df.to_parquet(saved, index=False)
    again = load_corpus(saved).attrs["load_report"]
    assert again[0].endswith(": no manifest.csv; read 3 article(s) from 3 file(s)")
    assert any("folded into 'cnn.com'" in line for line in again)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_stream_folds_hosts_as_the_whole_file_decides(tmp_path: Path, suffix: str) -> None:
    # chunks of 2: the second chunk has edition.cnn.com without cnn.com, and must still fold
    from analysis.corpus import iter_corpus

    df = pd.DataFrame(
        {
            "text": ["A.", "B.", "C.", "D."],
            "outlet": ["cnn.com", "foxnews.com", "edition.cnn.com", "www.foxnews.com"],
        }
    )
    path = tmp_path / f"c{suffix}"
    df.to_csv(path, index=False) if suffix == ".csv" else df.to_parquet(path, index=False)
    chunks = list(iter_corpus(path, chunksize=2))
    assert [c["outlet"].tolist() for c in chunks] == [
        ["cnn.com", "foxnews.com"],
        ["cnn.com", "foxnews.com"],
    ]
    assert load_corpus(path)["outlet"].tolist() == ["cnn.com", "foxnews.com"] * 2


def test_a_record_with_its_own_file_field_keeps_it(tmp_path: Path) -> None:
    record = {"text": "Kyiv said so.", "outlet": "RT", "file": "scrape/0001.html"}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    df = load_corpus(tmp_path)
    assert df.loc[0, "file"] == "a.json"
    assert df.loc[0, "file_original"] == "scrape/0001.html"


def test_a_readme_and_licence_beside_the_files_are_not_articles(newsplease: Path) -> None:
    """A crawl or dataset folder as shared (README.md, LICENSE-repository, SOURCE.md at the top,
    as in ../shared/datasets) was read as loose text files ("README.md is not in an outlet
    subfolder"); they are named in the load report and not read."""
    (newsplease / "README.md").write_text("Crawled with news-please in March 2019.\n")
    (newsplease / "LICENSE-repository").write_text("MIT\n")
    df = load_corpus(newsplease, text_column="maintext", outlet_column="source_domain")
    assert len(df) == 3 and (df["load_issue"] == "").all()
    notes = " | ".join(df.attrs["load_report"])
    assert "not read as articles (documentation): LICENSE-repository, README.md" in notes
    # a text file that only starts like one is an article: outside an outlet folder, an error
    (newsplease / "source_1.txt").write_text("An article.")
    with pytest.raises(CorpusError, match=r"\(source_1\.txt\) are not in an outlet subfolder"):
        load_corpus(newsplease, text_column="maintext", outlet_column="source_domain")
