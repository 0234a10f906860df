"""RTF exports of Factiva and Nexis Uni are a corpus: one file, or a folder of them.

The files written here follow the RTF that Word-compatible writers produce (a font table, a
colour table, an ``\\*\\generator`` group, ``\\'hh`` bytes in the ``\\ansicpg`` code page, ``\\uN``
characters with a fallback) and the two databases' layouts: Factiva's *Full Article/Report plus
Indexing* as a table of field codes and values (the layout of its HTML export, see
``test_corpus_factiva.py``; articles separated by page breaks), Nexis Uni's as the paragraphs
of its Word export (``test_corpus_nexis.py``).  The texts are invented."""

from __future__ import annotations

import pytest

from analysis.corpus.load import load_corpus
from analysis.corpus.rtf import rtf_text
from analysis.errors import CorpusError

HEAD = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}"
    r"{\colortbl;\red0\green0\blue0;}{\*\generator Msftedit 5.41.21.2510;}"
    r"{\info{\title Factiva export}{\author Library}}\viewkind4\uc1" + "\n"
)


def _row(code: str, *paragraphs: str) -> str:
    value = r"\par ".join(paragraphs)
    return (
        r"\trowd\cellx1200\cellx9000\pard\intbl{\b " + code + r"}\cell\pard\intbl "
        + value + r"\cell\row" + "\n"
    )  # fmt: skip


ART1 = (
    _row("HD", r"{\b Shelling hits Kharkiv}")
    + _row("BY", "Jane Doe")
    + _row("WC", "48 words")
    + _row("PD", "7 March 2022")
    + _row("ET", "21:20")
    + _row("SN", "The Times")
    + _row("SC", "TIMEUK")
    + _row("LA", "English")
    + _row("CY", r"\'a9 2022 Times Newspapers Ltd. All rights reserved")
    + _row("LP", "Russian forces shelled Kharkiv overnight, the governor said.", "")
    + _row(
        "TD",
        r"\ldblquote We heard the blasts until dawn,\rdblquote  one resident said.",
        r"Kyiv\rquote s mayor called it \u8216?barbaric\u8217?.",
    )
    + _row("NS", "gvio : Military Action | gcat : Political/General News")
    + _row("RE", "ukrn : Ukraine")
    + _row("AN", "Document TIMEUK0020220307ei37000ab")
)
ART2 = (
    _row("HD", "Talks resume in Istanbul")
    + _row("PD", "29 March 2022")
    + _row("SN", "Financial Times")
    + _row("LP", r"Negotiators met in Istanbul \emdash  the first talks in two weeks.")
    + _row("AN", "Document FTCOM00020220329ei3t0001")
)
FACTIVA = HEAD + ART1 + r"\pard\page" + "\n" + ART2 + "}"


NEXIS = (
    HEAD
    + r"\pard Documents (2)\par 1. Strikes hit Kharkiv\par 2. Talks resume\par\page "
    + r"Strikes hit Kharkiv\par The Guardian(London)\par March 7, 2022 Monday 9:20 PM GMT\par "
    + r"\par Section:\~WORLD NEWS; Version:2\par Length:\~9 words\par Byline:\~Jane Doe\par "
    + r"Body\par \par Russian forces shelled the city overnight.\par \par Load-Date: "
    + r"March 8, 2022\par End of Document\par\page "
    + r"Talks resume\par Financial Times (London, England)\par March 29, 2022 Tuesday\par "
    + r"Body\par Negotiators met in Istanbul.\par End of Document\par }"
)


def test_rtf_text_reads_bytes_in_the_code_page_and_unicode_with_its_fallback():
    cyrillic = r"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}\'cf\'f3\'f2\'e8\'ed\par}"
    assert rtf_text(cyrillic) == "Путин\n"
    # \uN then \ucN fallback characters (a '?' or a \'hh byte) that must not be printed twice
    assert rtf_text(r"{\rtf1\uc1 Kyiv\u8217?s \u1050\'3f\u1080\'3f\u1111\'3f\u1074\'3f}") == (
        "Kyiv’s Київ"
    )
    # \uc0: no fallback follows, the next character is text
    assert rtf_text(r"{\rtf1\uc0 caf\u233 !}") == "café!"


def test_rtf_text_leaves_out_tables_metadata_and_optional_destinations():
    text = rtf_text(HEAD + r"{\*\bkmkstart x}Visible{\*\bkmkend x}\tab text\~here\line end}")
    assert text == "Visible\ttext\xa0here\nend"
    # macOS writes line breaks as a Unicode line separator and a paragraph as a backslash and
    # a newline (amcat's test files, rtfwien/test1.rtf)
    assert rtf_text("{\\rtf1 Ressort: KOM\n\\f1 \\uc0\\u8232 \n\\f0 Seite\\\nx}") == (
        "Ressort: KOM\nSeite\nx"
    )
    # a field: its instruction is no text, its shown result is
    field = r'{\rtf1{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt the ministry}} said}'
    assert rtf_text(field) == "the ministry said"


def test_a_factiva_rtf_export_is_a_corpus_of_its_articles(tmp_path):
    path = tmp_path / "Factiva-20220330-1012.rtf"
    path.write_text(FACTIVA, encoding="ascii")
    df = load_corpus(path)
    assert len(df) == 2
    first = df.iloc[0]
    assert (first["outlet"], first["title"], first["author"]) == (
        "The Times",
        "Shelling hits Kharkiv",
        "Jane Doe",
    )
    assert str(first["published"]) == "2022-03-07 21:20:00"
    # lead paragraph then text; the index codes (NS, RE, CY, AN) are not the article's text
    assert first["text"] == (
        "Russian forces shelled Kharkiv overnight, the governor said.\n\n"
        "“We heard the blasts until dawn,” one resident said.\n\n"
        "Kyiv’s mayor called it ‘barbaric’."
    )
    assert first["document"] == "TIMEUK0020220307ei37000ab"
    second = df.iloc[1]
    assert (second["outlet"], str(second["published"])) == (
        "Financial Times",
        "2022-03-29 00:00:00",
    )
    assert second["text"] == "Negotiators met in Istanbul — the first talks in two weeks."
    assert any("2 Factiva article(s) (RTF)" in line for line in df.attrs["load_report"])


def test_a_nexis_uni_rtf_export_is_a_corpus_of_its_documents(tmp_path):
    path = tmp_path / "Files (2).rtf"
    path.write_text(NEXIS, encoding="ascii")
    df = load_corpus(path)
    assert list(df["title"]) == ["Strikes hit Kharkiv", "Talks resume"]
    first = df.iloc[0]
    assert (first["outlet"], first["section"], first["author"]) == (
        "The Guardian(London)",
        "WORLD NEWS",
        "Jane Doe",
    )
    assert str(first["published"]) == "2022-03-07 21:20:00"
    assert first["text"] == "Russian forces shelled the city overnight."
    assert str(df.iloc[1]["published"]) == "2022-03-29 00:00:00"


def test_a_folder_of_rtf_exports_is_a_corpus(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "factiva.rtf").write_text(FACTIVA, encoding="ascii")
    (folder / "nexis.rtf").write_text(NEXIS, encoding="ascii")
    df = load_corpus(folder)
    assert len(df) == 4
    assert sorted(df["file"].unique()) == ["factiva.rtf", "nexis.rtf"]


def test_factivas_article_format_gets_the_display_option_to_choose(tmp_path):
    # 'Article Format' prints the headline, word count, date and source as bare lines
    plain = (
        HEAD
        + r"{\b Shelling hits Kharkiv}\par 48 words\par 7 March 2022\par The Times\par TIMEUK"
        + r"\par English\par Russian forces shelled Kharkiv.\par Document "
        + r"TIMEUK0020220307ei37000ab\par }"
    )
    path = tmp_path / "Factiva-plain.rtf"
    path.write_text(plain, encoding="ascii")
    with pytest.raises(CorpusError, match="Full Article/Report plus Indexing"):
        load_corpus(path)


def test_an_rtf_article_that_is_no_export_names_the_fix(tmp_path):
    path = tmp_path / "article.rtf"
    path.write_text(HEAD + r"Russian forces shelled Kharkiv.\par }", encoding="ascii")
    with pytest.raises(CorpusError, match="not a Nexis Uni or Factiva export.*\\.txt file"):
        load_corpus(path)
    renamed = tmp_path / "notes.rtf"
    renamed.write_text("Plain text saved with the wrong suffix.", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a Rich Text file"):
        load_corpus(renamed)


def test_an_rtf_export_in_an_outlet_folder_names_the_fix(tmp_path):
    (tmp_path / "Times").mkdir()
    (tmp_path / "Times" / "001.txt").write_text("Kyiv held out.", encoding="utf-8")
    (tmp_path / "Times" / "export.rtf").write_text(FACTIVA, encoding="ascii")
    df = load_corpus(tmp_path).set_index("article_id")
    assert "load the export on its own" in df.loc["export", "load_issue"]


def test_factiva_codes_set_off_by_spaces_are_fields_and_body_capitals_are_not():
    from analysis.corpus.factiva import factiva_text_articles

    lines = [
        "HD    Shelling hits Kharkiv",
        "SN    The Times",
        "PD    7 March 2022",
        "LP    Russian forces shelled Kharkiv overnight.",
        "TD    IN BRIEF: the mayor spoke.",  # 'IN' then one space: a body line, not a code
        "US officials said nothing.",
    ]
    (a,) = factiva_text_articles(lines)
    assert (a["outlet"], a["published"]) == ("The Times", "2022-03-07")
    assert a["text"] == (
        "Russian forces shelled Kharkiv overnight.\n\nIN BRIEF: the mayor spoke.\n\n"
        "US officials said nothing."
    )
