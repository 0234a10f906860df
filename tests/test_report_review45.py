"""Round review45: the user's own export (Media Cloud's CSV, a JSONL copy with PascalCase
columns) read as a researcher brings it.

A Media Cloud story list names its outlets in ``media_name``: grouped by it, the reports called
the groups "media names" ("4 media names compared on 8 features") and report 03 said "a media
name is not a publisher" while keeping "politico", "vox" in the term statistics. A JSONL copy
with ``Title``, ``URL`` and ``PublishDate`` loaded without titles, addresses or dates, and said
nothing in the load report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.errors import CorpusError

# real sentences of the AllSides stories of the rendered corpus (immigration, climate)
_POLITICO = (
    "A bipartisan House group is nearing a deal on immigration reform, Politico has learned. "
    "The group has met in secret for four years."
)
_VOX = (
    "Vox has explained the diversity visa before. Less than 24 hours after eight people "
    "were killed in New York, the president blamed the visa program."
)


def _media_cloud(tmp_path: Path) -> Path:
    rows = [
        {
            "id": 2000000001 + i,
            "media_name": outlet,
            "publish_date": "2016-04-02 00:00:00",
            "title": f"Story {i}",
            "url": f"https://www.{outlet}/2016/{i}",
            "text": f"{text} Item {i}.",
        }
        for i, (outlet, text) in enumerate(
            [("politico.com", _POLITICO)] * 4 + [("vox.com", _VOX)] * 4
        )
    ]
    path = tmp_path / "mediacloud.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_media_name_is_an_outlet_column() -> None:
    from analysis.report.grouping import group_noun, outlets_within

    # Media Cloud's media_name, NewsAPI's flattened source.name, in any spelling
    assert [group_noun(c) for c in ("media_name", "MediaName", "source.name")] == ["outlet"] * 3
    assert outlets_within(["text", "outlet", "media_name", "lean"], "lean") == "media_name"
    # counter-cases: a lean and a country stay groups of their own name
    assert group_noun("lean") == "lean"
    assert group_noun("country") == "country"


def test_media_cloud_labels_are_set_aside_as_publishers(tmp_path: Path) -> None:
    from analysis.compare import distinguishing_terms

    corpus = load_corpus(_media_cloud(tmp_path), outlet_column="media_name")
    corpus["body"] = corpus["text"]
    terms = distinguishing_terms(
        corpus, voice="all", ngram_range=(1, 1), min_count=2, grouping="media_name"
    )
    assert terms.attrs["self_names"]["group labels"] == ["politico.com", "vox.com"]
    assert not {"politico", "vox"} & set(terms["term"])
    # counter-case: grouped by a lean, the labels are the texts' words and stay
    lean = corpus.assign(outlet=corpus["outlet"].map({"politico.com": "left", "vox.com": "right"}))
    kept = distinguishing_terms(lean, voice="all", ngram_range=(1, 1), min_count=2, grouping="lean")
    assert "group labels" not in kept.attrs["self_names"]


def _pascal_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    rows = [
        {
            "StoryID": 2000000002,
            "PublishDate": "2015-02-17 00:00:00",
            "MediaName": "washingtontimes.com",
            "Title": "Federal judge halts Obama amnesty; White House to appeal",
            "URL": "http://www.washingtontimes.com/news/2015/feb/17/judge-halts-amnesty/",
            "FullText": "A federal judge late Monday halted President Obama's deportation "
            "amnesty, giving a victory to Republicans.",
        }
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_pascal_case_columns_are_read_and_said(tmp_path: Path) -> None:
    df = load_corpus(_pascal_jsonl(tmp_path), outlet_column="MediaName", text_column="FullText")
    assert df.loc[0, "title"] == "Federal judge halts Obama amnesty; White House to appeal"
    assert df.loc[0, "url"].startswith("http://www.washingtontimes.com/")
    assert str(df.loc[0, "published"].date()) == "2015-02-17"
    assert df.attrs["dates"]["column"] == "PublishDate"
    notes = " | ".join(df.attrs["load_report"])
    assert "column 'Title' read as 'title'" in notes
    assert "column 'URL' read as 'url'" in notes


def test_two_spellings_of_one_name_are_not_chosen_between(tmp_path: Path) -> None:
    # counter-case: "Title" and "TITLE" both: neither is the title; the exact name is kept
    path = tmp_path / "t.csv"
    pd.DataFrame({"outlet": ["A"], "text": ["Some words."], "Title": ["x"], "TITLE": ["y"]}).to_csv(
        path, index=False
    )
    df = load_corpus(path)
    assert df.loc[0, "title"] == ""
    assert {"Title", "TITLE"} <= set(df.columns)
    exact = tmp_path / "e.csv"
    pd.DataFrame(
        {"outlet": ["A"], "text": ["Some words."], "title": ["exact"], "Title": ["other"]}
    ).to_csv(exact, index=False)
    assert load_corpus(exact).loc[0, "title"] == "exact"


def test_missing_columns_are_named_together_with_their_spelling(tmp_path: Path) -> None:
    path = _pascal_jsonl(tmp_path)
    with pytest.raises(CorpusError) as e:
        load_corpus(path)
    msg = str(e.value)
    assert "required columns 'text' and 'outlet' are missing" in msg
    # the guesses match "FullText" to full_text and "MediaName" to media_name
    assert "text_column='FullText'" in msg
    assert "outlet_column='MediaName'" in msg
    # the columns are listed as the file writes them
    assert "found: StoryID, PublishDate, MediaName, Title, URL, FullText" in msg


def test_an_option_spelled_another_way_names_the_column(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="pass outlet_column='MediaName'"):
        load_corpus(_pascal_jsonl(tmp_path), outlet_column="media_name", text_column="FullText")


# real sentence of the AllSides corpus (CNN, left): the source's name in a lean's texts
_CNN = "Cabrera told CNN the wall will funnel them into areas where agents can apprehend them."
_RIGHT = "The judge halted the amnesty, giving a victory to Republicans in the border states."


def test_set_aside_note_says_whose_names_by_the_grouping() -> None:
    # review44's item: under --outlet-column lean the publishers are IN the groups; the note
    # called them "the groups' names for themselves"
    from analysis.compare import distinguishing_terms
    from analysis.report.terms import set_aside_note

    lean = pd.DataFrame(
        {
            "outlet": ["left"] * 4 + ["right"] * 4,
            "source": ["CNN (Web News)"] * 4 + ["Washington Times"] * 4,
            "body": [f"{_CNN} Item {k}." for k in range(4)]
            + [f"{_RIGHT} Item {k}." for k in range(4)],
        }
    )
    kw = {"voice": "all", "ngram_range": (1, 1), "min_count": 2}
    text = set_aside_note(distinguishing_terms(lean, grouping="lean", **kw))
    assert text.startswith(
        "Set aside before ranking, as the names of the outlets within the groups"
    )
    assert "names for themselves" not in text
    # counter-case: grouped by the outlets, the names are the groups' own (wording unchanged)
    by_source = lean.assign(outlet=lean["source"])
    text = set_aside_note(distinguishing_terms(by_source, grouping="source", **kw))
    assert text.startswith(
        "Set aside before ranking, as the groups' names for themselves (a self-reference says "
        "who is in a group, not how it frames the story)"
    )


def test_index_counts_one_corpus_file_in_the_singular() -> None:
    # the index of a one-file export said "(1 files, sha256 …)"
    from analysis.report.render import NotebookResult, index_html

    r = NotebookResult("01-x", "T", "s", Path("01-x.html"))
    one = index_html([r], {"corpus": {"path": "mediacloud.csv", "n_files": 1}, "parameters": {}})
    assert "(1 file, sha256" in one
    # counter-case: a folder of files keeps the plural
    many = index_html([r], {"corpus": {"path": "exports", "n_files": 3}, "parameters": {}})
    assert "(3 files, sha256" in many


def test_a_role_before_a_name_is_the_same_speaker() -> None:
    # report 04 on the Media Cloud export, event "Federal judge halts Obama amnesty": one
    # quotation of Josh Earnest was given to two speakers
    from analysis.compare.align.speakers import unit_speaker

    both = [
        ("washingtontimes.com", "Mr. Earnest"),
        ("npr.org", "White House press secretary Josh Earnest"),
    ]
    assert unit_speaker(both) == "White House press secretary Josh Earnest"
    # counter-cases: a role without a name stays itself; two people stay two
    alone = [("politico.com", "the president"), ("npr.org", "President Obama")]
    assert unit_speaker(alone) == "the president (politico.com); President Obama (npr.org)"
    two = [("a", "press secretary Sarah Sanders"), ("b", "Sen. Bernie Sanders")]
    assert unit_speaker(two) == "press secretary Sarah Sanders (a); Sen. Bernie Sanders (b)"


def test_make_report_says_how_to_give_the_option(tmp_path: Path, monkeypatch, capsys) -> None:
    # `make report CORPUS=mediacloud.csv` met "pass --outlet-column media_name" and no word on
    # how make takes an option; the Makefile sets FRAMING_MAKE for framing report
    from analysis.cli import main

    csv = _media_cloud(tmp_path)
    pd.read_csv(csv).rename(columns={"text": "FullText"}).to_csv(csv, index=False)
    make = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "FRAMING_MAKE=1 $(BIN)/framing report" in make
    monkeypatch.setenv("FRAMING_MAKE", "1")
    assert main(["report", "--corpus", str(csv), "--out", str(tmp_path / "r")]) != 0
    err = capsys.readouterr().err
    assert 'REPORT_ARGS="--text-column FullText --outlet-column media_name"' in err
    # counter-case: run as framing report, the message is the command line's alone
    monkeypatch.delenv("FRAMING_MAKE")
    assert main(["report", "--corpus", str(csv), "--out", str(tmp_path / "r")]) != 0
    err = capsys.readouterr().err
    assert "pass --outlet-column media_name" in err and "REPORT_ARGS" not in err


def test_help_lists_every_date_column_read_without_an_option(capsys) -> None:
    # --help listed five of the seven date columns the loader reads (not news-please's
    # date_publish, NewsAPI's publishedAt) and said nothing of other spellings
    from analysis.cli import main

    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "publish_date, published_at, date_publish, publishedAt)" in out
    assert "other case or separators" in out
    # counter-case: the other defaults are as they were
    assert "name of the text column, e.g. body (default: text)" in out
