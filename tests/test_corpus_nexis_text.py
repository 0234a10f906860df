"""LexisNexis text exports (``.txt``, LexisNexis Academic's download format) are a corpus: one
file, or a folder of them.  The layout written here follows the sample export that
LexisNexisTools (JBGruber/LexisNexisTools, inst/extdata/sample.TXT) ships: a download request,
then per document a centred 'N of M DOCUMENTS' line, centred publication and date lines (an
edition under the date), the headline flush left, BYLINE/SECTION/LENGTH lines, the text
hard-wrapped at 78 characters, LOAD-DATE/LANGUAGE/GRAPHIC/PUBLICATION-TYPE lines and a centred
copyright.  The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus.load import load_corpus
from analysis.corpus.nexis_text import is_nexis_text
from analysis.errors import CorpusError

C = " " * 30  # the export centres its header lines

COVER = """

Download Request: Selected Items: 1-3
Time Of Request: Monday, March 7, 2022  16:51:31

Terms: (kharkiv)

Source: The Times (London);Daily Mail
Project ID: None


"""
DOC1 = f"""
{C} 1 of 3 DOCUMENTS



{C}The Times (London)

{C}March 7, 2022 Monday
{C}   Edition 1;
{C}   Scotland

Shelling hits
Kharkiv overnight

BYLINE: Jane Doe

SECTION: NEWS; Pg. 3

LENGTH: 40 words

HIGHLIGHT: Residents shelter in metro stations


KYIV: Russian forces shelled the eastern city of Kharkiv overnight, the regional
governor said, and residents sheltered in metro stations.

"We heard the blasts until dawn," one resident said.

LOAD-DATE: March 8, 2022

LANGUAGE: ENGLISH

GRAPHIC: A metro station in Kharkiv, where residents sheltered from the
shelling

PUBLICATION-TYPE: Newspaper


{C}Copyright 2022 Times Newspapers Limited
{C}All Rights Reserved
"""
DOC2 = f"""
{C} 2 of 3 DOCUMENTS


{C}Copyright 2022 Associated Newspapers Ltd.

{C}DAILY MAIL (London)

{C}8. März 2022 Dienstag

Talks resume

LENGTH: 20 words

Negotiators met again on the Belarusian border on Tuesday.

LOAD-DATE: March 9, 2022
"""
DOC3 = f"""
{C} 3 of 3 DOCUMENTS


{C}The Times (London)

{C}March 9, 2022 Wednesday

Picture gallery

SECTION: PICTURES

LOAD-DATE: March 9, 2022
"""
EXPORT = COVER + DOC1 + DOC2 + DOC3


def _write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_one_export_file_is_a_corpus_of_its_documents(tmp_path):
    df = load_corpus(_write(tmp_path / "times.txt", EXPORT))
    assert len(df) == 3
    first = df.iloc[0]
    assert first["outlet"] == "The Times (London)"
    assert first["title"] == "Shelling hits Kharkiv overnight"
    assert first["published"].strftime("%Y-%m-%d") == "2022-03-07"
    assert first["author"] == "Jane Doe"
    assert first["section"] == "NEWS; Pg. 3"
    # the line wrapping is undone; a dateline that looks like a label stays text; the
    # highlight, load date, graphic caption and copyright are the database's, not the text
    assert first["text"] == (
        "KYIV: Russian forces shelled the eastern city of Kharkiv overnight, the regional "
        "governor said, and residents sheltered in metro stations.\n\n"
        '"We heard the blasts until dawn," one resident said.'
    )
    # review49: the HIGHLIGHT (the outlet's summary) is the standfirst, not lost
    assert df["standfirst"].tolist() == ["Residents shelter in metro stations", "", ""]


def test_copyright_before_the_publication_and_a_date_line_not_in_english(tmp_path):
    df = load_corpus(_write(tmp_path / "mail.txt", EXPORT))
    second = df.iloc[1]
    assert second["outlet"] == "DAILY MAIL (London)"
    assert second["text"] == "Negotiators met again on the Belarusian border on Tuesday."
    assert second["date_line"] == "8. März 2022 Dienstag"
    assert any("not in English" in line for line in df.attrs["load_report"])


def test_a_document_without_text_is_a_flagged_row_not_dropped(tmp_path):
    df = load_corpus(_write(tmp_path / "times.txt", EXPORT))
    third = df.iloc[2]
    assert third["title"] == "Picture gallery"
    assert "LexisNexis document 3 has no text" in third["load_issue"]


def test_a_folder_of_exports_in_any_encoding_is_a_corpus(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    _write(folder / "a.txt", EXPORT)
    latin = EXPORT.replace("Negotiators", "Négociateurs")
    _write(folder / "b.txt", latin, encoding="cp1252")
    df = load_corpus(folder)
    assert len(df) == 6
    assert df["text"].str.contains("Négociateurs").sum() == 1
    assert any("b.txt: decoded as cp1252" in line for line in df.attrs["load_report"])


def test_a_plain_text_file_among_exports_is_a_flagged_row(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    _write(folder / "a.txt", EXPORT)
    (folder / "z_note.txt").write_text("Search notes: Kharkiv, March 2022.")
    df = load_corpus(folder)
    flagged = df[df["file"] == "z_note.txt"]
    assert len(flagged) == 1
    assert "not a LexisNexis export" in flagged["load_issue"].iloc[0]


def test_an_export_inside_an_outlet_folder_is_flagged_not_read_as_one_article(tmp_path):
    # read as one article, the export would be one 'article' holding three
    outlet = tmp_path / "corpus" / "times"
    outlet.mkdir(parents=True)
    (outlet / "article1.txt").write_text("Russian forces shelled Kharkiv overnight.")
    _write(outlet / "export.txt", EXPORT)
    df = load_corpus(tmp_path / "corpus")
    row = df[df["article_id"].str.contains("export")]
    assert len(row) == 1
    assert "LexisNexis export of many articles" in row["load_issue"].iloc[0]
    assert row["text"].iloc[0] == ""


def test_one_plain_text_file_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Russian forces shelled Kharkiv overnight.")
    with pytest.raises(CorpusError, match="one text file is one article"):
        load_corpus(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("x\n                 12 of 140 DOCUMENTS\n", True),
        ("x\n     1 of 1 DOCUMENT\n", True),
        ("He had read 1 of 2 documents when the hearing began.", False),
        ("1 of 2 DOCUMENTS were missing, he said.", False),
    ],
)
def test_an_export_is_known_by_its_document_lines(text, expected):
    assert is_nexis_text(text) is expected
