"""PDF exports are refused with what to download instead (Nexis Uni and Factiva offer PDF
next to Word, RTF and HTML; a researcher's first download is often the PDF)."""

from __future__ import annotations

import pytest

from analysis import load_corpus
from analysis.errors import CorpusError

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
ARTICLE = "The council met on Tuesday to discuss the budget for the coming year. " * 10


def test_a_pdf_file_names_the_formats_to_download(tmp_path):
    p = tmp_path / "Files (100).PDF"
    p.write_bytes(PDF)
    with pytest.raises(CorpusError) as err:
        load_corpus(p)
    msg = str(err.value)
    assert "Files (100).PDF" in msg and "PDF files are not read" in msg
    assert "Microsoft Word" in msg and "Rich Text Format" in msg and "Factiva" in msg
    assert "unknown corpus format" not in msg


@pytest.mark.parametrize("where", ["top", "outlet"])
def test_a_folder_of_pdfs_says_so(tmp_path, where):
    folder = tmp_path / "exports"
    target = folder if where == "top" else folder / "Guardian"
    target.mkdir(parents=True)
    for i in range(4):
        (target / f"Files ({i}).pdf").write_bytes(PDF)
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    msg = str(err.value)
    assert "4 PDF file(s)" in msg and "PDF files are not read" in msg
    assert "Put each outlet's articles as .txt files" not in msg


def test_a_pdf_beside_articles_is_a_flagged_row_with_the_advice(tmp_path):
    outlet = tmp_path / "corpus" / "Guardian"
    outlet.mkdir(parents=True)
    (outlet / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (outlet / "b.pdf").write_bytes(PDF)
    df = load_corpus(tmp_path / "corpus")
    assert len(df) == 2  # the PDF is a row, not silently dropped
    issue = df.loc[df["file"].str.endswith("b.pdf"), "load_issue"].iloc[0]
    assert "PDF files are not read" in issue and "Microsoft Word" in issue
    assert df.loc[df["file"].str.endswith("a.txt"), "load_issue"].iloc[0] == ""
