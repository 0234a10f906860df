"""Factiva HTML exports ('Full Article/Report plus Indexing') are a corpus: one page, or a folder
of them.  The page written here follows the layout of tm.plugin.factiva's test export (CRAN,
inst/texts/factiva_test.html): a style sheet and navigation, then one ``div class="article
enArticle"`` per article holding a table of field codes (HD, BY, WC, PD, ET, SN, SE, LA, CY, LP,
TD, NS, RE, PUB, AN).  The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.corpus.factiva import factiva_articles
from analysis.corpus.load import load_corpus
from analysis.errors import CorpusError


def _field(code: str, value: str) -> str:
    return (
        f'<tr><td align="right" valign="top" class="index"><b>{code}</b>&nbsp;</td>'
        f"<td>{value}</td></tr>\n"
    )


def _paragraphs(code: str, paragraphs: list[str]) -> str:
    ps = "\n".join(f'<p class="articleParagraph enarticleParagraph">{p}</p>' for p in paragraphs)
    return (
        f'<tr><td align="right" valign="top" class="index"><p><b>{code}</b>&nbsp;</p></td>'
        f"<td>{ps}\n</td></tr>"
    )


def _article(fields: list[tuple[str, str]], lp: list[str], td: list[str]) -> str:
    rows = "".join(_field(c, v) for c, v in fields)
    if lp:
        rows += _paragraphs("LP", lp)
    if td:
        rows += _paragraphs("TD", td)
    rows += _field("NS", "<br/>gcat : Political/General News | gvio : Military Action")
    rows += _field("AN", "<br/>Document TIMEUK0020220307ei37000ab")
    return (
        '<span></span><div class="article enArticle"><table cellpadding="1" cellspacing="1" '
        f'border="0">{rows}</table><br/></div><br/>'
    )


HEAD = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
    'charset=UTF-8"/><title>Factiva</title><style type="text/css">body{margin:0;}'
    + ".icon a{display:block;}"
    * 200
    + '</style></head><body><div id="navBar"><a href="#">Search</a></div>'
    '<form name="PageBaseForm"><div id="contentWrapper"><div id="contentLeft">'
)
FOOT = (
    '</div></div></form><div id="pageFooter"><span class="copyright">&copy; 2022 Factiva, '
    "Inc. All rights reserved.</span></div></body></html>"
)
ART1 = _article(
    [
        ("HD", "<b class='enHeadline'>Shelling hits Kharkiv</b>"),
        ("BY", "Jane Doe"),
        ("WC", "48 words"),
        ("PD", "7 March 2022"),
        ("ET", "21:20"),
        ("SN", "The Times"),
        ("SE", "News"),
        ("LA", "English"),
        ("CY", "(c) Times Newspapers Ltd 2022"),
    ],
    ["Russian forces shelled Kharkiv overnight, the governor said.", "Residents sheltered."],
    ["&quot;We heard the blasts until dawn,&quot; one resident said.", "Talks resume today."],
)
ART2 = _article(
    [("HD", "<b>Index entry</b>"), ("PD", "8 March 2022"), ("SN", "Daily Mail")], [], []
)
ART3 = _article(
    [("HD", "<b>Gespräche</b>"), ("PD", "8 März 2022"), ("SN", "Die Welt")],
    ["Die Verhandlungen gehen weiter."],
    [],
)
PAGE = HEAD + ART1 + ART2 + ART3 + FOOT


def test_one_page_is_a_corpus_of_its_articles(tmp_path):
    path = tmp_path / "factiva.html"
    path.write_text(PAGE, encoding="utf-8")
    df = load_corpus(path)
    assert len(df) == 3
    first = df.iloc[0]
    assert (first["outlet"], first["title"], first["author"], first["section"]) == (
        "The Times",
        "Shelling hits Kharkiv",
        "Jane Doe",
        "News",
    )
    assert str(first["published"]) == "2022-03-07 21:20:00"
    # lead paragraphs then the text; the index codes (NS, AN, CY) are not the article's text
    assert first["text"] == (
        "Russian forces shelled Kharkiv overnight, the governor said.\n\nResidents sheltered."
        '\n\n"We heard the blasts until dawn," one resident said.\n\nTalks resume today.'
    )
    assert first["document"] == "TIMEUK0020220307ei37000ab"


def test_an_article_without_paragraphs_is_a_flagged_row(tmp_path):
    path = tmp_path / "factiva.html"
    path.write_text(PAGE, encoding="utf-8")
    df = load_corpus(path)
    assert df.iloc[1]["load_issue"] == "Factiva article 2 has no text (no LP or TD paragraphs)"
    assert df.iloc[2]["date_line"] == "8 März 2022"
    assert any("not in English" in line for line in df.attrs["load_report"])


def test_a_folder_of_pages_is_a_corpus(tmp_path):
    folder = tmp_path / "factiva"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "b.htm").write_text(HEAD + ART1 + FOOT, encoding="utf-8")
    df = load_corpus(folder)
    assert len(df) == 4
    assert sorted(df["file"].unique()) == ["a.html", "b.htm"]


def test_a_page_without_article_tables_gets_the_export_format_to_choose(tmp_path):
    path = tmp_path / "headlines.html"
    path.write_text(HEAD + "<p>Headlines only</p>" + FOOT, encoding="utf-8")
    with pytest.raises(CorpusError, match="Full Article/Report plus Indexing"):
        load_corpus(path)


def test_a_web_page_that_is_not_factiva_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><div class="article"><p>Text</p></div></html>', encoding="utf-8")
    with pytest.raises(CorpusError, match="not a Factiva export"):
        load_corpus(path)


def test_article_divs_are_counted_whatever_nests_inside_them():
    nested = ART1.replace("<table", "<div><div></div></div><table", 1)
    rows = factiva_articles(HEAD + nested + ART3 + FOOT)
    assert [r["outlet"] for r in rows] == ["The Times", "Die Welt"]


def test_an_export_in_an_outlet_folder_names_the_fix(tmp_path: Path):
    (tmp_path / "Times").mkdir()
    (tmp_path / "Times" / "001.txt").write_text("Kyiv held out.", encoding="utf-8")
    (tmp_path / "Times" / "export.html").write_text(PAGE, encoding="utf-8")
    df = load_corpus(tmp_path).set_index("article_id")
    assert "load the export on its own" in df.loc["export", "load_issue"]
