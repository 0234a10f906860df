"""Nexis Uni .docx exports are a corpus: one file, or a folder of them.  The layout written here
follows Nexis Uni's export (cover page, then per document: headline, publication, date line,
copyright, labelled lines, 'Body', paragraphs, Classification / Load-Date, 'End of Document');
the texts are invented."""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

import pytest

from analysis.clean import clean_corpus
from analysis.corpus.load import load_corpus
from analysis.corpus.nexis import nexis_date
from analysis.errors import CorpusError
from analysis.quality import corpus_checks


def _docx(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(
        "<w:p>"
        + "<w:r><w:br/></w:r>".join(
            f'<w:r><w:t xml:space="preserve">{html.escape(part)}</w:t></w:r>'
            for part in p.split("\n")
        )
        + "</w:p>"
        for p in paragraphs
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
        f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", xml)
    return path


COVER = [
    "Date and Time: Friday, 5. July 2019 09:31:00 CEST",
    "Job Number: 00000001",
    "Documents (3)",
    "1. Shelling hits Kharkiv",
    "Client/Matter: -None-",
    "Search Terms: Kharkiv",
    "",
]
DOC1 = [
    "",
    "",
    "",
    "Shelling hits Kharkiv",
    "The Guardian(London)",
    "March 7, 2022 Monday 9:20 PM GMT",
    "",
    "\nCopyright 2022 Guardian Newspapers All Rights Reserved",
    "\n",
    "Section:\xa0WORLD NEWS; Version:4",
    "Length:\xa0212 words",
    "Byline:\xa0Jane Doe in Kyiv",
    "Body",
    "",
    "",
    "Russian forces shelled the centre of Kharkiv overnight.",
    "",
    'Officials said: "We will rebuild."',
    "",
    "Graphic",
    "",
    "A damaged building in Kharkiv.",
    "",
    "Classification",
    "Language:\xa0ENGLISH",
    "Load-Date:\xa0March 8, 2022",
    "",
    "\nEnd of Document",
]
DOC2 = [
    "",
    "",
    "Peace talks: no progress",
    "The New York Times",
    "March 10, 2022 Thursday",
    "Section:\xa0Section A; Column 0; Foreign Desk; Page 1",
    "Length:\xa098 words",
    "Body",
    "Negotiators met in Antalya.",
    "Load-Date:\xa0March 11, 2022",
    "\nEnd of Document",
]
GRAPHIC = ["", "Map of the front line", "The Times (London)", "March 9, 2022", "\nEnd of Document"]


def test_a_nexis_export_is_read_document_by_document(tmp_path: Path) -> None:
    path = _docx(tmp_path / "Files(1).DOCX", COVER + DOC1 + DOC2 + GRAPHIC)
    df = load_corpus(path)
    assert len(df) == 3
    one, two, graphic = (df.iloc[i] for i in range(3))
    assert one["outlet"] == "The Guardian(London)"
    assert one["title"] == "Shelling hits Kharkiv"
    assert str(one["published"])[:16] == "2022-03-07 21:20"
    assert one["section"] == "WORLD NEWS"
    assert one["author"] == "Jane Doe in Kyiv"
    # the body ends where the database's own lines (Graphic, Classification, Load-Date) start
    assert one["text"] == (
        'Russian forces shelled the centre of Kharkiv overnight.\n\nOfficials said: "We will '
        'rebuild."'
    )
    # a title with a colon is the title, not a labelled line; no time in the date line
    assert two["title"] == "Peace talks: no progress"
    assert two["outlet"] == "The New York Times"
    assert str(two["published"])[:10] == "2022-03-10"
    assert two["text"] == "Negotiators met in Antalya."
    # a document without a Body line is kept, flagged
    assert graphic["load_issue"].startswith("Nexis document 3 has no 'Body' line")
    assert "Files(1).DOCX: 3 Nexis Uni document(s)" in df.attrs["load_report"]


def test_a_folder_of_nexis_exports_is_one_corpus(tmp_path: Path) -> None:
    _docx(tmp_path / "Files(1).DOCX", COVER + DOC1)
    _docx(tmp_path / "Files(2).DOCX", COVER + DOC2)
    df = load_corpus(tmp_path)
    assert df["article_id"].tolist() == ["Files(1)", "Files(2)"]
    assert df["outlet"].tolist() == ["The Guardian(London)", "The New York Times"]
    assert df["file"].tolist() == ["Files(1).DOCX", "Files(2).DOCX"]
    # one line for the folder, then one per export (a document without a body is counted
    # as the file's document, not as a file that could not be read)
    _docx(tmp_path / "Files(3).DOCX", COVER + DOC2 + GRAPHIC)
    notes = load_corpus(tmp_path).attrs["load_report"]
    assert notes[0] == f"{tmp_path.name}: no manifest.csv; read 4 article(s) from 3 file(s)"
    assert "Files(3).DOCX: 2 Nexis Uni document(s)" in notes


def test_word_files_that_are_not_nexis_exports_get_the_fix(tmp_path: Path) -> None:
    letter = _docx(tmp_path / "letter.docx", ["Dear editor,", "I write about Kharkiv."])
    with pytest.raises(CorpusError, match="not a Nexis Uni export .no 'End of Document'"):
        load_corpus(letter)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorpusError, match="not a Word .docx file"):
        load_corpus(broken)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("July 1, 2019 Monday 9:20 AM GMT", "2019-07-01 09:20"),
        ("July 1, 2019 Monday 12:05 AM GMT", "2019-07-01 00:05"),
        ("July 1, 2019 Monday 12:05 PM EST", "2019-07-01 12:05"),
        ("December 31, 2021 Friday", "2021-12-31"),
        ("1. Juli 2019 Montag", ""),
    ],
)
def test_nexis_date_lines(line: str, iso: str) -> None:
    assert nexis_date(line) == iso


# The New York Times in Nexis Uni: an edition line between the date line and the copyright
# (layout of the database's export; headline and body from review48's AllSides sample)
NYT_EDITION = [
    "Romney, in Shift, Says Health Care Mandate Is a Tax",
    "The New York Times",
    "July 4, 2012 Wednesday",
    "Late Edition - Final",
    "Copyright 2012 The New York Times Company All Rights Reserved",
    "Section:\xa0Section A; Column 0; National Desk; Pg. 16",
    "Length:\xa017 words",
    "Body",
    "Mitt Romney said on Wednesday that the health care mandate was a tax.",
    "Load-Date:\xa0July 5, 2012",
    "\nEnd of Document",
]


def test_an_edition_line_after_the_date_is_not_the_date(tmp_path: Path) -> None:
    df = load_corpus(_docx(tmp_path / "Files(1).DOCX", COVER + NYT_EDITION + DOC1))
    nyt, guardian = df.iloc[0], df.iloc[1]
    # before review48 the edition line was read as the date, the date line as the outlet and
    # "The New York Times" as the title: each NYT article its own outlet, undated
    assert nyt["outlet"] == "The New York Times"
    assert nyt["title"] == "Romney, in Shift, Says Health Care Mandate Is a Tax"
    assert str(nyt["published"])[:10] == "2012-07-04"
    assert nyt["edition"] == "Late Edition - Final"
    assert not any("not in English" in note for note in df.attrs["load_report"])
    # a document without an edition line is read as before
    assert (guardian["outlet"], guardian["edition"]) == ("The Guardian(London)", "")
    assert str(guardian["published"])[:16] == "2022-03-07 21:20"


def test_a_date_line_not_in_english_still_goes_to_the_date_reader(tmp_path: Path) -> None:
    german = ["Titel", "Die Zeit", "1. Juli 2019 Montag", "Body", "Text.", "\nEnd of Document"]
    df = load_corpus(_docx(tmp_path / "Files(1).DOCX", german), dayfirst=True)
    assert (df.iloc[0]["outlet"], df.iloc[0]["title"]) == ("Die Zeit", "Titel")
    assert df.iloc[0]["date_line"] == "1. Juli 2019 Montag"


def test_a_nexis_download_still_zipped_gets_the_fix(tmp_path: Path) -> None:
    # review48: Nexis Uni delivers a download of several files as one .zip; loading it said
    # "unknown corpus format '.zip'", and a folder holding it asked for outlet subfolders
    folder = tmp_path / "download"
    folder.mkdir()
    with zipfile.ZipFile(folder / "Files (269).ZIP", "w") as z:
        z.writestr("Files (1).DOCX", "")
    for path in (folder / "Files (269).ZIP", folder):
        with pytest.raises(CorpusError) as err:
            load_corpus(path)
        assert "unzip it" in str(err.value) and "unknown corpus format" not in str(err.value)
    # counter-case: the folder it unpacks to is read
    unpacked = tmp_path / "Files (269)"
    unpacked.mkdir()
    _docx(unpacked / "Files (1).DOCX", COVER + DOC1)
    assert load_corpus(unpacked)["outlet"].tolist() == ["The Guardian(London)"]


def test_a_body_much_shorter_than_its_stated_length_is_flagged_not_dropped(
    tmp_path: Path,
) -> None:
    # review49: every Nexis document states "Length: N words"; a body cut by the export (here
    # the first sentence of a 1,076-word NYT article of review48's sample) read as a whole text
    cut = [
        line if not line.startswith("Length") else "Length:\xa01,076 words" for line in NYT_EDITION
    ]
    no_length = [line for line in NYT_EDITION if not line.startswith("Length")]
    path = _docx(tmp_path / "Files(1).DOCX", COVER + cut + NYT_EDITION + no_length)
    df = load_corpus(path)
    assert len(df) == 3  # kept
    assert df["cut_text"].tolist() == ["13 of 1076 stated words", "", ""]
    # a whole text (13 of 17 words: Nexis counts its own way) and no Length line: not flagged
    # no numeric column: the comparisons would read a stated length as a framing feature
    assert "stated_words" not in df.columns
    assert df["length"].tolist() == ["1,076 words", "17 words", ""]
    notes = [n for n in df.attrs["load_report"] if "'Length' line" in n]
    assert notes == [
        "Files(1).DOCX: 1 text(s) have under 50% of the words their 'Length' line states: cut "
        "by the export? Kept, flagged in cut_text"
    ]
    found = corpus_checks(df)
    cut_rows = found[found["detail"].str.contains("'Length' line", regex=False)]
    assert cut_rows["check"].tolist() == ["truncated"]
    assert "Files(1)-0000: 13 of 1076 stated words" in cut_rows["detail"].iloc[0]
    # one of three texts is a third: the outlet's comparisons are caveated
    assert cut_rows["severity"].tolist() == ["warning"]


def test_a_whole_download_has_no_cut_text_finding(tmp_path: Path) -> None:
    df = load_corpus(_docx(tmp_path / "Files(1).DOCX", COVER + NYT_EDITION + NYT_EDITION))
    assert df["cut_text"].tolist() == ["", ""]
    assert not any("'Length' line" in note for note in df.attrs["load_report"])
    found = corpus_checks(df)
    assert not found["detail"].str.contains("'Length' line", regex=False).any()


def test_the_highlight_is_the_standfirst_not_the_body(tmp_path: Path) -> None:
    # review49: Nexis Uni prints the outlet's summary as "Highlight:" above "Body"; it was
    # dropped with the other header lines.  It is the standfirst, and cleaning keeps it.
    summary = "Mitt Romney said the mandate was a tax, contradicting his top adviser."
    doc = NYT_EDITION[:7] + [f"Highlight:\xa0{summary}"] + NYT_EDITION[7:]
    df = load_corpus(_docx(tmp_path / "Files(1).DOCX", COVER + doc + NYT_EDITION))
    assert df["standfirst"].tolist() == [summary, ""]
    assert summary not in df["text"].iloc[0]
    assert df["title"].iloc[0] == "Romney, in Shift, Says Health Care Mandate Is a Tax"
    cleaned = clean_corpus(df)
    assert cleaned["standfirst"].tolist() == [summary, ""]
    assert cleaned["body"].iloc[0] == df["text"].iloc[0]
