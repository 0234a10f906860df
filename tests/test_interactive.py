"""The interactive and downloadable parts of the reports, without a browser: table options,
keyword in context, the evidence behind cells, exported tables, figure data links, page assets.

The same features are driven in headless Chromium in tests/test_playwright.py.
"""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

from analysis.report import (
    evidence_block,
    evidence_sentences,
    export_table,
    file_link,
    index_html,
    kwic,
    kwic_html,
    kwic_sentences,
    link_cells,
    render_html,
    table,
)
from analysis.report.interactive import json_script, page_assets


def _options(markup: str) -> dict | None:
    m = re.search(r'data-framing-table="([^"]*)"', markup)
    return json.loads(html.unescape(m.group(1))) if m else None


# --------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n_rows, paging, page_length",
    [(2, False, None), (20, False, None), (21, True, 20), (500, True, 20)],
)
def test_table_keeps_its_order_and_pages_only_long_tables(n_rows, paging, page_length):
    df = pd.DataFrame({"outlet": [f"o{i}" for i in range(n_rows)], "n": range(n_rows)})
    opts = _options(table(df, max_rows=None)._repr_html_())
    assert opts["order"] == [] and opts["searching"] is True
    assert opts["paging"] is paging and opts.get("pageLength") == page_length


@pytest.mark.parametrize(
    "frame, numeric",
    [
        (pd.DataFrame({"outlet": ["A", "B"], "n": [1, 2]}), [1]),
        (pd.DataFrame({"f": ["x", "y"], "A": ["0.57 [0.51–0.63]", "1,234.50"]}), [1]),
        (pd.DataFrame({"f": ["x", "y"], "A": [1.5, float("nan")]}), [1]),
        (pd.DataFrame({"f": ["status", "words"], "A": ["ok", 442]}), []),
        (pd.DataFrame({"date": pd.to_datetime(["2022-03-01", "2022-03-02"])}), []),
    ],
)
def test_numeric_columns_sort_by_number(frame, numeric):
    opts = _options(table(frame)._repr_html_())
    got = [t for d in opts.get("columnDefs", []) for t in d["targets"]]
    assert got == numeric


def test_static_table_and_one_row_table_have_no_script_options():
    df = pd.DataFrame({"outlet": ["A", "B"], "n": [1, 2]})
    assert _options(table(df, interactive=False)._repr_html_()) is None
    assert _options(table(df.head(1))._repr_html_()) is None


def test_cells_with_evidence_behind_them_are_linked():
    counts = pd.DataFrame(
        {"outlet": ["RT", "BBC"], "voice": ["author", "quoted"], "hedge": [2, 0], "loaded": [1, 3]}
    )
    link = link_cells(
        ["hedge", "loaded"],
        row_fields={"outlet": "outlet", "voice": "voice"},
        column_field="category",
    )
    markup = table(counts, evidence=link)._repr_html_()
    cells = re.findall(r'<td[^>]*data-ev="([^"]*)"[^>]*>(\d+)</td>', markup)
    got = [(json.loads(html.unescape(f)), int(n)) for f, n in cells]
    assert got == [
        ({"outlet": "RT", "voice": "author", "category": "hedge"}, 2),
        ({"outlet": "RT", "voice": "author", "category": "loaded"}, 1),
        ({"outlet": "BBC", "voice": "quoted", "category": "loaded"}, 3),
    ]  # the 0 is not a link
    assert 'data-ev-source="framing-evidence"' in markup


def test_json_block_cannot_close_its_element():
    payload = {"t": "</script><script>alert(1)</script> & <!--"}
    block = json_script("x", payload)
    inner = block[len('<script type="application/json" id="x">') : -len("</script>")]
    assert "<" not in inner and ">" not in inner
    assert json.loads(inner) == payload


# --------------------------------------------------------------------------------------------
# keyword in context
# --------------------------------------------------------------------------------------------


def _corpus(*texts: str, outlets: list[str] | None = None) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "outlet": outlets or ["X"] * n,
            "title": [f"T{i}" for i in range(n)],
            "text": list(texts),
        }
    )


@pytest.mark.parametrize(
    "text, query, expected",
    [
        (
            'He said "the war is over". The war went on.',
            "war",
            [("quoted", "war"), ("author", "war")],
        ),
        ("Warfare is not war. WAR!", "war", [("author", "war"), ("author", "WAR")]),
        (
            "Barbarians at the gate. Such barbaric acts.",
            "barbar*",
            [("author", "Barbarians"), ("author", "barbaric")],
        ),
        (
            "Russia's war. Russian troops.",
            "russia*",
            [("author", "Russia's"), ("author", "Russian")],
        ),
        (
            "Moscow calls it a special\nmilitary operation. A special operation.",
            "special operation",
            [("author", "special operation")],
        ),
        ("Kyiv and Kiev, but not Kyivan.", "kyiv", [("author", "Kyiv")]),
        ("Nothing here.", "   ", []),
    ],
)
def test_kwic_finds_whole_words_with_their_voice(text, query, expected):
    got = kwic(kwic_sentences(_corpus(text)), query)
    assert list(zip(got["voice"], got["match"])) == expected


def test_kwic_voice_comes_from_every_voice_region_of_the_evidence():
    text = "Officials said the talks had failed. Others disagreed."
    evidence = pd.DataFrame(
        {
            "article_id": ["a0"],
            "family": ["reported"],
            "start": [15],
            "end": [35],
            "voice": ["reported"],
        }
    )
    s = kwic_sentences(_corpus(text), evidence)
    got = kwic(s, "talks")
    assert got[["voice", "left", "right"]].values.tolist() == [
        ["reported", "Officials said the ", " had failed."]
    ]


def test_kwic_context_starts_and_ends_at_whole_words():
    text = "In the run-up to the Russian invasion, Ukraine repeatedly and emphatically denied it."
    got = kwic(kwic_sentences(_corpus(text)), "invasion", context=12).iloc[0]
    assert (got["left"], got["right"]) == ("the Russian ", ", Ukraine")


def test_kwic_sample_is_balanced_bounded_seeded_and_says_so():
    texts = ["A sentence about the war. " * 8] * 12  # 208 characters each
    corpus = _corpus(*texts, outlets=["Big"] * 9 + ["Small"] * 3)
    s = kwic_sentences(corpus, max_chars=1000, random_state=1)
    assert s.attrs["sample"] == {"Big": (2, 9), "Small": (2, 3)}
    assert s.attrs["n_articles"] == 4 and s.attrs["n_total"] == 12
    again = kwic_sentences(corpus, max_chars=1000, random_state=1)
    assert again["article_id"].tolist() == s["article_id"].tolist()
    note = html.unescape(kwic_html(s)._repr_html_())
    assert "4 of the 12 articles" in note and "Big 2 of 9; Small 2 of 3" in note
    whole = kwic_sentences(corpus, max_chars=None)
    assert whole.attrs["n_articles"] == 12
    assert "every sentence of the 12 articles" in kwic_html(whole)._repr_html_()


def test_kwic_page_data_lists_voices_and_sentences_per_outlet():
    corpus = _corpus('He said "war". War.', "War again.", outlets=["A", "B"])
    markup = kwic_html(kwic_sentences(corpus))._repr_html_()
    raw = re.search(r'id="framing-kwic-data">(.*?)</script>', markup).group(1)
    data = json.loads(raw)
    # no evidence region is reported speech: no column of zeros for it (report review 28)
    assert data["outlets"] == ["A", "B"] and data["voices"] == ["author", "quoted"]
    assert data["n_sentences"] == [2, 1]
    assert data["sentences"][0] == [0, 'He said "war".', [[9, 12, 1]]]


# --------------------------------------------------------------------------------------------
# the evidence behind a cell
# --------------------------------------------------------------------------------------------


def test_evidence_sentences_put_every_span_back_in_its_sentence():
    from analysis import load_corpus, spans

    corpus = load_corpus()
    ev = evidence_sentences(spans(corpus), corpus)
    assert len(ev) == ev.attrs["n_total"] > 100  # the bundled corpus fits whole
    for r in ev.itertuples():
        assert r.sentence[r.match_start : r.match_end] == r.text
        assert len(r.sentence) <= 700
    assert set(ev["outlet"]) == set(corpus["outlet"])


def test_evidence_sample_keeps_rare_terms_whole_and_caps_frequent_ones():
    body = "The barbarians came. " * 120
    corpus = _corpus(body)
    rows = []
    for i in range(100):
        rows.append(
            (
                "a0",
                "X",
                "marker",
                "loaded",
                "dehumanising",
                4 + 21 * i,
                14 + 21 * i,
                "barbarians",
                "author",
                "barbarians",
            )
        )
    for i in range(100, 103):
        rows.append(
            (
                "a0",
                "X",
                "marker",
                "hedge",
                "",
                4 + 21 * i,
                14 + 21 * i,
                "barbarians",
                "author",
                "rare",
            )
        )
    cols = [
        "article_id",
        "outlet",
        "family",
        "category",
        "subcategory",
        "start",
        "end",
        "text",
        "voice",
        "term",
    ]
    ev = evidence_sentences(pd.DataFrame(rows, columns=cols), corpus, max_rows=20)
    assert ev.attrs["per_group"] == 17 and ev.attrs["n_total"] == 103
    assert ev["term"].value_counts().to_dict() == {"barbarians": 17, "rare": 3}
    note = html.unescape(evidence_block(ev)._repr_html_())
    assert "20 of the 103 lexicon-marker spans: at most 17 per outlet, term and voice" in note


# --------------------------------------------------------------------------------------------
# downloads
# --------------------------------------------------------------------------------------------


def test_export_table_writes_csv_and_parquet_that_read_back(tmp_path):
    df = pd.DataFrame({"article_id": ["a", "b"], "n": [1, 2], "forms": [["Kyiv"], None]})
    block = export_table(df, "features", folder=tmp_path / "data", description="X.", base=tmp_path)
    markup = block._repr_html_()
    assert 'href="data/features.csv"' in markup and 'href="data/features.parquet"' in markup
    back = pd.read_csv(tmp_path / "data" / "features.csv")
    assert back["n"].tolist() == [1, 2] and back["article_id"].tolist() == ["a", "b"]
    pq = pd.read_parquet(tmp_path / "data" / "features.parquet")
    assert pq["forms"].iloc[0] == "['Kyiv']" and pq["forms"].isna().tolist() == [False, True]
    import pyarrow.parquet as papq

    assert papq.read_table(tmp_path / "data" / "features.parquet")["forms"].null_count == 1


def test_file_link_embeds_small_files_and_links_big_ones(tmp_path):
    f = tmp_path / "figures" / "x.csv"
    f.parent.mkdir()
    f.write_text("a,b\n1,2\n")
    small = file_link(f, base=tmp_path)
    assert 'href="data:text/csv;charset=utf-8;base64,' in small and 'download="x.csv"' in small
    assert 'href="figures/x.csv"' in file_link(f, base=tmp_path, embed_max_bytes=3)
    outside = file_link(f, base=tmp_path / "elsewhere", embed_max_bytes=0)
    assert f'href="{f.resolve().as_uri()}"' in outside


def test_a_saved_figure_links_its_data(tmp_path, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import save_figure
    from analysis.report import figure

    monkeypatch.chdir(tmp_path)
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    save_figure(ax, "demo", pd.DataFrame({"x": [1, 2]}), folder=tmp_path / "figures")
    markup = figure(ax, caption="A line")._repr_html_()
    assert 'download="demo.csv"' in markup and "The numbers behind this figure" in markup
    fig2, ax2 = plt.subplots()
    assert "download=" not in figure(ax2, caption="Not saved")._repr_html_()


# --------------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------------


def _page_with(markup: str) -> str:
    import nbformat

    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": markup})]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T"), cell])
    return render_html(nb)


def test_page_assets_come_once_and_only_where_needed():
    df = pd.DataFrame({"a": [1, 2]})
    page = _page_with(table(df)._repr_html_() + table(df)._repr_html_())
    assert page.count('id="framing-dt-bundle"') == 1
    assert page.count("DataTable.ext.errMode") == 1
    static = _page_with(table(df, interactive=False)._repr_html_())
    assert "framing-dt-bundle" not in static and "<script" not in static
    assets = page_assets()
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", assets)
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", assets)


def test_index_lists_the_data_files():
    page = index_html(
        [],
        {"corpus": {}, "parameters": {}},
        data_files=["data/evidence.csv", "data/evidence.parquet", "data/features.csv"],
    )
    assert '<a href="data/evidence.parquet">parquet</a>' in page
    assert "<strong>features</strong>: one row of framing features per article" in page


# --------------------------------------------------------------------------------------------
# which articles a page shows
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sizes, n, expected",
    [
        ({"Guardian": 188, "NYT": 219}, 12, {"Guardian": 6, "NYT": 6}),
        ({"A": 100, "B": 5, "C": 1}, 10, {"A": 5, "B": 4, "C": 1}),
        ({"A": 2, "B": 30}, 12, {"A": 2, "B": 10}),
        ({"A": 1, "B": 1, "C": 1, "D": 1}, 2, {"A": 1, "B": 1, "C": 1, "D": 1}),
        ({"A": 3, "B": 3}, None, {"A": 3, "B": 3}),
        ({"A": 3, "B": 3}, 20, {"A": 3, "B": 3}),
    ],
)
def test_spread_sample_shows_every_outlet(sizes, n, expected):
    from analysis.report import spread_sample

    outlets = [o for o, k in sizes.items() for _ in range(k)]  # sorted by outlet, as files are
    df = pd.DataFrame({"outlet": outlets, "row": range(len(outlets))})
    s = spread_sample(df, n)
    assert s["outlet"].value_counts().to_dict() == expected
    assert s.attrs["sample"] == {o: (expected[o], sizes[o]) for o in sizes}
    for _, rows in s.groupby("outlet"):
        assert rows["row"].is_monotonic_increasing  # file order within an outlet


@pytest.mark.parametrize(
    "sizes, n, n_groups, note",
    [
        (
            {f"o{i:03d}": 3 for i in range(148)},
            30,
            30,
            "Showing 30 of the 444 articles, drawn at random (seed 0) from 30 of the 148 outlets.",
        ),
        (
            {"A": 3, "B": 3, "C": 3},
            4,
            3,
            "Showing 4 of the 9 articles, drawn at random (seed 0) from every outlet: "
            "A 2 of 3, B 1 of 3, C 1 of 3.",
        ),
    ],
)
def test_a_bounded_sample_draws_outlets_when_there_are_too_many(sizes, n, n_groups, note):
    from analysis.report import sample_note, spread_sample

    df = pd.DataFrame({"outlet": [o for o, k in sizes.items() for _ in range(k)]})
    s = spread_sample(df, n, every_group=False)
    assert len(s) == n and s["outlet"].nunique() == n_groups
    assert sample_note(s, "articles") == note
    assert len(spread_sample(df, n)) == max(n, len(sizes))  # default: every outlet shown


def test_spread_sample_is_seeded_random_not_the_first_rows():
    from analysis.report import sample_note, spread_sample

    df = pd.DataFrame({"outlet": ["G"] * 50 + ["N"] * 50, "row": range(100)})
    a, b = spread_sample(df, 10), spread_sample(df, 10)
    assert a["row"].tolist() == b["row"].tolist()
    assert a["row"].tolist() != list(range(5)) + list(range(50, 55))
    assert spread_sample(df, 10, random_state=1)["row"].tolist() != a["row"].tolist()
    assert sample_note(a, "articles") == (
        "Showing 10 of the 100 articles, drawn at random (seed 0) from every outlet: "
        "G 5 of 50, N 5 of 50."
    )


def test_loaded_terms_by_term_put_the_outlets_side_by_side():
    from analysis.report import loaded_term_table

    m = pd.DataFrame(
        {
            "outlet": ["G", "G", "G", "N", "N", "G"],
            "voice": ["author", "author", "author", "author", "quoted", "quoted"],
            "category": "loaded",
            "subcategory": "violence",
            "term": ["shelling", "shelling", "atrocity", "shelling", "atrocity", "war crimes"],
            "text": ["shelling", "Shelling", "atrocities", "shelling", "atrocity", "war crimes"],
        }
    )
    got = loaded_term_table(m, order=["G", "N"], by_term=True)
    assert got.columns.tolist() == ["term", "subcategory", "outlet", "voice", "n", "forms"]
    assert got[["term", "outlet", "voice", "n"]].values.tolist() == [
        ["shelling", "G", "author", 2],
        ["shelling", "N", "author", 1],
        ["atrocity", "G", "author", 1],
        ["atrocity", "N", "quoted", 1],
        ["war crimes", "G", "quoted", 1],
    ]
