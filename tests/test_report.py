"""Report machinery: parameters, discovery, hashing, rendering, failure reporting, evidence view."""

from __future__ import annotations

import ast
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import FramingError
from analysis.paths import DEFAULT_CORPUS, NOTEBOOKS_DIR
from analysis.report import (
    SUMMARY_MIME,
    ReportSummary,
    build_reports,
    corpus_fingerprint,
    describe_comparison,
    describe_n,
    describe_readability_ordering,
    evidence_html,
    evidence_legend,
    feature_table,
    inject_parameters,
    lexicon_versions,
    list_notebooks,
    loaded_term_table,
    marker_counts,
    naming_table,
    notebook_summary,
    notebook_title,
    read_notebook,
    render_html,
    table,
)

# --------------------------------------------------------------------------------------------
# Evidence view: hand-written expected HTML
# --------------------------------------------------------------------------------------------

Q = '<span class="fe fe-quote" title="{t}">'


def _strip_titles(s: str) -> str:
    return re.sub(r' title="[^"]*"', "", s)


@pytest.mark.parametrize(
    "body, quotes, markers, expected",
    [
        # plain text, escaped
        ("Kyiv & <Moscow>", [], [], "Kyiv &amp; &lt;Moscow&gt;"),
        # a loaded term in the outlet's own voice
        (
            "the barbarians came",
            [],
            [{"start": 4, "end": 14, "category": "loaded", "voice": "author"}],
            'the <span class="fe fe-loaded">barbarians</span> came',
        ),
        # a loaded term inside a quotation: nested inside the quote, marked as quoted voice
        (
            "He called them 'barbarians' today",
            [{"start": 16, "end": 26, "speaker": "He"}],
            [{"start": 16, "end": 26, "category": "loaded", "voice": "quoted"}],
            "He called them &#x27;"
            '<span class="fe fe-quote">'
            '<span class="fe fe-loaded fe-v-quoted">barbarians</span></span>'
            "&#x27;"
            '<span class="fe-who" data-who="He"></span>'
            " today",
        ),
        # crossing spans: the later one is split where the earlier one closes
        (
            "abcdefghij",
            [],
            [
                {"start": 1, "end": 5, "category": "hedge"},
                {"start": 3, "end": 8, "category": "loaded"},
            ],
            'a<span class="fe fe-hedge">bc<span class="fe fe-loaded">de</span></span>'
            '<span class="fe fe-loaded">fgh</span>ij',
        ),
        # a marker that spans a line break keeps the newline inside (pre-wrap), no <p> crossing
        (
            "may\nwell",
            [],
            [{"start": 0, "end": 8, "family": "hedge", "category": "modal"}],
            '<span class="fe fe-hedge">may\nwell</span>',
        ),
        # spans outside the text are ignored, not a crash
        ("short", [], [{"start": 3, "end": 99, "category": "loaded"}], "short"),
        # spans() rows name the family; naming variants get their own colour
        (
            "in Kiev today",
            [],
            [{"start": 3, "end": 7, "family": "naming", "category": "Kyiv", "voice": "author"}],
            'in <span class="fe fe-naming">Kiev</span> today',
        ),
    ],
)
def test_evidence_html_table(body, quotes, markers, expected):
    got = evidence_html(body, quotes, markers, include_style=False)
    assert _strip_titles(got) == f'<div class="fe-body">{expected}</div>'


def test_evidence_tooltips_say_who_is_speaking():
    got = evidence_html(
        "Peskov said 'in a moment'.",
        [{"start": 13, "end": 24, "speaker": "Peskov", "verb": "said", "stance": "neutral"}],
        [],
        include_style=False,
    )
    assert 'title="quoted: Peskov; verb: said; stance: neutral"' in got


def test_speaker_label_once_at_the_true_end_of_a_split_quote():
    # the quote crosses a marker, so it is split; the speaker label comes once, at its real end
    got = evidence_html(
        "ab cd ef",
        [{"start": 3, "end": 8, "speaker": "Peskov", "kind": "direct"}],
        [{"start": 0, "end": 5, "category": "hedge"}],
        include_style=False,
    )
    assert got.count('data-who="Peskov"') == 1
    assert got.endswith('</span><span class="fe-who" data-who="Peskov"></span></div>')


def test_scare_quotes_get_no_speaker_label():
    got = evidence_html(
        "the 'so-called' talks",
        [{"start": 5, "end": 14, "speaker": "X", "kind": "scare"}],
        [],
        include_style=False,
    )
    assert "fe-who" not in got


def test_evidence_escapes_attribute_values():
    got = evidence_html(
        "x y", [{"start": 0, "end": 1, "speaker": '"><script>'}], [], include_style=False
    )
    assert "<script>" not in got


def test_legend_names_every_family_and_the_quoted_voice():
    leg = evidence_legend()
    for label in (
        "Quotation",
        "Loaded term",
        "Naming variant",
        "Hedge",
        "Booster",
        "Evidential",
        "inside a quotation",
    ):
        assert label in leg


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        self.text.append(data)


span_st = st.tuples(
    st.integers(-3, 60),
    st.integers(-3, 60),
    st.sampled_from(["loaded", "hedge", "naming", "booster", "x"]),
)


@settings(max_examples=200, deadline=None)
@given(
    body=st.text(max_size=60),
    quotes=st.lists(st.tuples(st.integers(-3, 60), st.integers(-3, 60)), max_size=4),
    markers=st.lists(span_st, max_size=8),
)
def test_evidence_html_is_well_formed_and_keeps_the_text(body, quotes, markers):
    q = [{"start": s, "end": e} for s, e in quotes]
    m = [{"start": s, "end": e, "category": c, "voice": "quoted"} for s, e, c in markers]
    out = evidence_html(body, q, m, include_style=False)
    p = _Checker()
    p.feed(out)
    p.close()
    assert p.ok and p.stack == []
    # the visible text is the body (control characters and lone surrogates shown as U+FFFD;
    # the HTML parser normalises \r like a browser does)
    expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", "\ufffd", body)
    assert "".join(p.text).replace("\r\n", "\n").replace("\r", "\n") == expected.replace(
        "\r\n", "\n"
    ).replace("\r", "\n")


# --------------------------------------------------------------------------------------------
# Evidence view: excerpts (the articles are copyrighted; a shared report shows part of each)
# --------------------------------------------------------------------------------------------

ARTICLE = (
    "Peskov said the talks would go on.\n"
    "Kremlin spokesman Dmitry Peskov said: 'We really are finishing the demilitarisation of "
    "Ukraine.'\n"
    "The invasion is now in its twelfth day. The shelling went on overnight in the city.\n"
    "Refugees crossed into Poland on Monday."
)


def _visible_text(markup: str) -> str:
    p = _Checker()
    p.feed(markup)
    p.close()
    assert p.ok and p.stack == []
    return "".join(p.text)


@pytest.mark.parametrize(
    "max_words, shown, more",
    [
        (None, ARTICLE, None),  # default: the whole text, no excerpt line
        (100, ARTICLE, None),  # the article is shorter than the excerpt
        (3, "Peskov said the talks would go on.", (7, 42)),  # up to the end of the paragraph
        (14, ARTICLE.split("\n")[0] + "\n" + ARTICLE.split("\n")[1], (20, 42)),
    ],
)
def test_evidence_excerpt_stops_at_a_paragraph_and_says_how_much_is_left_out(
    max_words, shown, more
):
    q = [
        {
            "start": ARTICLE.index("We really"),
            "end": ARTICLE.index("Ukraine.'") + 8,
            "speaker": "Peskov",
        }
    ]
    m = [
        {
            "start": ARTICLE.index("demilitarisation"),
            "end": ARTICLE.index("demilitarisation") + 16,
            "category": "loaded",
            "voice": "quoted",
        },
        {
            "start": ARTICLE.index("shelling"),
            "end": ARTICLE.index("shelling") + 8,
            "category": "loaded",
            "voice": "author",
        },
    ]
    out = evidence_html(ARTICLE, q, m, include_style=False, max_words=max_words)
    text = _visible_text(out)
    if more is None:
        assert text == ARTICLE and "fe-more" not in out
    else:
        n_shown, n_total = more
        assert text.startswith(shown) and not text.startswith(ARTICLE)
        assert f"the first {n_shown} of {n_total} words" in text
        assert (
            "shelling" not in text
        )  # spans beyond the excerpt are dropped, not shown out of place


def test_evidence_excerpt_cuts_a_long_paragraph_at_a_sentence_end():
    body = "One two three four. Five six seven eight. Nine ten eleven twelve. " * 5
    out = evidence_html(body, [], [], include_style=False, max_words=6)
    assert _visible_text(out).startswith("One two three four. Five six seven eight.[")


def test_evidence_excerpt_clips_a_quotation_that_crosses_the_cut():
    body = (
        "He said: 'one two three four five six seven eight nine ten'. Then more text follows here."
    )
    q = [{"start": 10, "end": 59, "speaker": "He"}]
    out = evidence_html(body, q, [], include_style=False, max_words=4)
    assert out.count('class="fe fe-quote"') == 1
    _visible_text(out)  # well-formed


@pytest.mark.parametrize("max_words", [0, -5])
def test_evidence_excerpt_rejects_nonsense(max_words):
    with pytest.raises(FramingError, match="max_words"):
        evidence_html("a b c", [], [], max_words=max_words)


# --------------------------------------------------------------------------------------------
# Tables for the per-article report (02)
# --------------------------------------------------------------------------------------------


def test_feature_table_prints_counts_as_whole_numbers():
    import pandas as pd

    f = pd.DataFrame(
        {
            "outlet": ["RT", "Mail"],
            "article_id": ["r", "m"],
            "status": ["ok", "ok"],
            "n_words": [442.0, 1423.0],
            "n_direct_quotes": [5.0, 20.0],
            "quote_share": [0.1546, 0.263],
            "rate_loaded_author": [0.0, 10.9],
        }
    )
    labels = {
        "status": "status",
        "n_words": "words",
        "n_direct_quotes": "quotes",
        "quote_share": "share",
        "rate_loaded_author": "loaded",
        "not_there": "absent",
    }
    t = feature_table(f, labels)
    assert list(t.index) == ["status", "words", "quotes", "share", "loaded"]
    assert list(t.columns) == ["RT", "Mail"]
    markup = table(t, index=True)._repr_html_()
    # the report showed "648.00" words and "5.00" quotations
    assert '<td class="num">1,423</td>' in markup and '<td class="num">20</td>' in markup
    assert "1,423.00" not in markup and ">20.00<" not in markup
    assert '<td class="num">0.15</td>' in markup and '<td class="num">10.90</td>' in markup


def test_feature_table_names_articles_of_one_outlet_apart_and_caps_columns():
    import pandas as pd

    f = pd.DataFrame(
        {
            "outlet": ["RT", "RT", "BBC"],
            "article_id": ["r1", "r2", "b"],
            "status": "ok",
            "n_words": [1, 2, 3],
        }
    )
    t = feature_table(f, {"n_words": "words"}, max_articles=2)
    assert list(t.columns) == ["RT · r1", "RT · r2"]
    assert t.attrs == {"n_articles": 2, "n_total": 3}


def test_naming_table_drops_groups_nobody_uses():
    import pandas as pd

    f = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "naming_kyiv_forms": ["Kyiv", "Kiev+Kyiv"],
            "naming_odesa_forms": ["", None],
            "naming_zelensky_forms": ["none", "Zelenskyy"],
        }
    )
    t = naming_table(f)
    assert t.to_dict("index") == {
        "kyiv": {"A": "Kyiv", "B": "Kiev+Kyiv"},
        "zelensky": {"A": "", "B": "Zelenskyy"},
    }
    assert t.attrs["unused"] == ["odesa"]


def test_loaded_terms_counted_per_term_not_per_spelling():
    import pandas as pd

    # report 02 listed "Barbarians" and "barbarians" (Daily Mail, quoted) as two rows of n = 1
    m = pd.DataFrame(
        {
            "outlet": ["Mail", "Mail", "Mail", "RT", "Mail"],
            "voice": ["quoted", "quoted", "author", "quoted", "author"],
            "category": ["loaded", "loaded", "loaded", "loaded", "hedge"],
            "subcategory": ["dehumanising", "dehumanising", "violence", "violence", "modal"],
            "term": ["barbarians", "barbarians", "onslaught", "genocide", "may"],
            "text": ["Barbarians", "barbarians", "onslaught", "genocide", "may"],
        }
    )
    t = loaded_term_table(m, order=["RT", "Mail"])
    assert t[["outlet", "voice", "term", "n", "forms"]].values.tolist() == [
        ["RT", "quoted", "genocide", 1, "genocide"],
        ["Mail", "author", "onslaught", 1, "onslaught"],
        ["Mail", "quoted", "barbarians", 2, "Barbarians, barbarians"],
    ]
    c = marker_counts(m, order=["RT", "Mail"])
    assert c[["outlet", "voice"]].values.tolist() == [
        ["RT", "quoted"],
        ["Mail", "author"],
        ["Mail", "quoted"],
    ]
    assert c["loaded"].tolist() == [1, 1, 2] and c["hedge"].tolist() == [0, 1, 0]


# --------------------------------------------------------------------------------------------
# Generated sentences
# --------------------------------------------------------------------------------------------


def _summary(means, n=1, ci=None):
    import numpy as np
    import pandas as pd

    rows = []
    for i, (g, m) in enumerate(means.items()):
        lo, hi = ci[i] if ci else (np.nan, np.nan)
        rows.append({"outlet": g, "feature": "x", "n": n, "mean": m, "ci_low": lo, "ci_high": hi})
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    "means, expected",
    [
        # 0.263 and 0.256 both print as 0.26: the sentence must not name one of them as highest
        (
            {"Mail": 0.263, "CD": 0.256, "RT": 0.155},
            "X is highest for CD and Mail (0.26 each) and lowest for RT (0.15).",
        ),
        (
            {"A": 2.0, "B": 1.0, "C": 1.004},
            "X is highest for A (2.00) and lowest for B and C (1.00 each).",
        ),
        ({"A": 1.001, "B": 0.999}, "X is the same for every outlet (1.00)."),
    ],
)
def test_describe_comparison_treats_values_that_print_alike_as_ties(means, expected):
    assert describe_comparison(_summary(means), "x", label="X", caveat=False) == expected


def test_describe_comparison_overlap_uses_every_tied_group():
    # A and B tie at the top; B's interval reaches down into C's: not "do not overlap"
    s = _summary({"A": 5.0, "B": 5.001, "C": 3.0}, n=10, ci=[(4.5, 5.5), (2.5, 7.5), (2.8, 3.2)])
    assert describe_comparison(s, "x", label="X").endswith(
        "their intervals overlap, so the data do not clearly separate even these two."
    )
    s = _summary({"A": 5.0, "B": 3.0}, n=10, ci=[(4.5, 5.5), (2.8, 3.2)])
    assert describe_comparison(s, "x", label="X").endswith("; their intervals do not overlap.")


@pytest.mark.parametrize(
    "noun, expected",
    [
        (None, "2 outlets with 2 usable articles each."),
        ("country", "2 countries with 2 usable articles each."),
        ("lean", "2 leans with 2 usable articles each."),
    ],
)
def test_describe_n_names_what_a_group_is(noun, expected):
    import pandas as pd

    # report 06 said "6 outlets" of groups that are countries
    f = pd.DataFrame({"outlet": ["GB", "GB", "RU", "RU"], "status": "ok"})
    assert describe_n(f, noun=noun).startswith(expected)


def test_describe_n_gives_one_size_when_groups_are_equal_and_a_range_otherwise():
    import pandas as pd

    # reports 03, 06 and 07 said "3 outlets with 100–100 usable articles each (median 100)"
    equal = pd.DataFrame({"outlet": ["A"] * 6 + ["B"] * 6, "status": "ok"})
    assert describe_n(equal).startswith("2 outlets with 6 usable articles each. ")
    unequal = pd.DataFrame({"outlet": ["A"] * 6 + ["B"] * 8 + ["C"] * 9, "status": "ok"})
    assert describe_n(unequal).startswith("3 outlets with 6–9 usable articles each (median 8). ")


@pytest.mark.parametrize(
    "cell, numeric",
    [
        ("0.57 [0.51–0.63]", True),
        ("1,423", True),
        ("-0.08", True),
        ("12.44 [11.41–13.45]", True),
        ("ok", False),
        ("Kyiv+Kiev", False),
        ("2022-03-07", False),
        ("u001", False),
    ],
)
def test_interval_cells_are_right_aligned_and_unbroken(cell, numeric):
    import pandas as pd

    markup = table(pd.DataFrame({"x": [cell]}))._repr_html_()
    assert ('<td class="num">' in markup) is numeric


def test_describe_readability_ordering_names_ties_and_where_textstat_is_better():
    import pandas as pd

    r = pd.DataFrame(
        {
            "source": ["ours"] * 3 + ["textstat"] * 3,
            "index": ["fk", "fog", "smog"] * 2,
            "strict": [0.9577, 0.9577, 0.93, 0.9577, 0.9735, 0.92],
            "n_topics": 189,
        }
    )
    assert describe_readability_ordering(r) == (
        "Best of ours: fk and fog order all three levels correctly for 96% of 189 topics. textstat "
        "does better on 1 of 3 indices (fog), as well on 1 and worse on 1; its best is fog (97%)."
    )


# --------------------------------------------------------------------------------------------
# Notebook plumbing
# --------------------------------------------------------------------------------------------


def _nb(*cells):
    return nbformat.v4.new_notebook(cells=list(cells))


def test_inject_parameters_goes_after_the_tagged_cell_and_keeps_the_original():
    nb = _nb(
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell("corpus = 'x'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(corpus)"),
    )
    new = inject_parameters(nb, {"corpus": Path("/data/c"), "n": 3})
    assert len(nb.cells) == 3
    assert new.cells[2].source.splitlines()[1:] == ["corpus = '/data/c'", "n = 3"]
    assert new.cells[2].metadata["tags"] == ["injected-parameters"]
    assert [c.id for c in new.cells] == ["cell-000", "cell-001", "cell-002", "cell-003"]


def test_inject_parameters_without_parameters_cell_goes_first():
    new = inject_parameters(_nb(nbformat.v4.new_code_cell("x")), {"a": 1})
    assert new.cells[0].source.endswith("a = 1")


def test_inject_parameters_rejects_bad_names():
    with pytest.raises(FramingError, match="identifier"):
        inject_parameters(_nb(), {"not a name": 1})


def test_every_notebook_has_title_parameters_cell_and_default_corpus():
    paths = list_notebooks()
    assert paths and paths[0].name == "01-corpus.py"
    for p in paths:
        nb = read_notebook(p)
        assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), p.name
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, f"{p.name}: exactly one cell tagged parameters"
        assert "DEFAULT_CORPUS" in tagged[0].source and "corpus =" in tagged[0].source, p.name
        # no analysis logic in notebooks: no function or class definitions (a lambda bound to a
        # name is one; a lambda passed inline as an argument is not)
        for c in nb.cells:
            if c.cell_type == "code":
                defs = [
                    n
                    for n in ast.walk(ast.parse(c.source))
                    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                    or (isinstance(n, ast.Assign) and isinstance(n.value, ast.Lambda))
                ]
                assert not defs, f"{p.name}: logic belongs in analysis/"


@pytest.mark.parametrize(
    "select, names",
    [(["01"], ["01-corpus.py"]), (["1"], ["01-corpus.py"]), (["01-corpus"], ["01-corpus.py"])],
)
def test_list_notebooks_select(select, names):
    assert [p.name for p in list_notebooks(select=select)] == names


def test_list_notebooks_unknown_name_says_which_exist():
    with pytest.raises(FramingError, match="01-corpus"):
        list_notebooks(select=["99"])


def test_title_and_summary():
    nb = _nb(
        nbformat.v4.new_markdown_cell("# 07 · Things\n\nWhat *this* shows.\n"),
        nbformat.v4.new_code_cell("x"),
    )
    assert notebook_title(nb) == "07 · Things"
    assert notebook_summary(nb) == "What this shows."
    nb.cells[1].outputs = [
        nbformat.v4.new_output("display_data", data={SUMMARY_MIME: {"summary": "5 articles."}})
    ]
    assert notebook_summary(nb) == "5 articles."


def test_report_summary_bundle():
    b = ReportSummary("5 articles   from\n5 outlets")._repr_mimebundle_()
    assert b[SUMMARY_MIME] == {"summary": "5 articles from 5 outlets"}
    assert "In short." in b["text/html"]


# --------------------------------------------------------------------------------------------
# Hashes and manifest
# --------------------------------------------------------------------------------------------


def test_corpus_fingerprint_changes_with_one_byte(tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,X\n")
    h1 = corpus_fingerprint(tmp_path)["sha256"]
    (tmp_path / "a.txt").write_text("hellp")
    h2 = corpus_fingerprint(tmp_path)["sha256"]
    (tmp_path / ".hidden").write_text("ignored")
    assert h1 != h2 == corpus_fingerprint(tmp_path)["sha256"]


def test_corpus_fingerprint_of_bundled_corpus_is_relative_and_counts_files():
    fp = corpus_fingerprint(DEFAULT_CORPUS)
    assert fp["path"] == "data/raw" and fp["n_files"] == 6


def test_corpus_fingerprint_missing_path():
    with pytest.raises(FramingError, match="does not exist"):
        corpus_fingerprint("/no/such/corpus")


def test_lexicon_versions_list_bundled_csv_files(tmp_path):
    (tmp_path / "b.csv").write_text("term,category\nx,y\nz,w\n")
    (tmp_path / "a.csv").write_text("term\n")
    assert lexicon_versions(tmp_path) == [
        {"file": "a.csv", "sha256": lexicon_versions(tmp_path)[0]["sha256"], "rows": 0},
        {"file": "b.csv", "sha256": lexicon_versions(tmp_path)[1]["sha256"], "rows": 2},
    ]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_EXTERNAL = re.compile(r"<(script|link|img|iframe)\b[^>]*(src|href)=[\"']?(https?:)?//", re.I)


def test_render_hides_code_by_default_and_shows_it_on_request():
    nb = _nb(
        nbformat.v4.new_markdown_cell("# T"), nbformat.v4.new_code_cell("secret_code_here = 1")
    )
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="visible output\n")]
    hidden = render_html(nb)
    shown = render_html(nb, show_code=True)
    assert "secret_code_here" not in hidden and "visible output" in hidden
    assert "secret_code_here" in shown
    for page in (hidden, shown):
        assert not _EXTERNAL.search(page)
        assert "require.js" not in page and "mathjax" not in page.lower()


def _failing_notebooks(tmp_path: Path) -> Path:
    d = tmp_path / "nbs"
    d.mkdir()
    (d / "01-ok.py").write_text(
        "# %% [markdown]\n# # Fine\n#\n# Works.\n\n# %% tags=[\"parameters\"]\ncorpus = 'x'\n\n"
        "# %%\nprint('fine')\n"
    )
    (d / "02-broken.py").write_text(
        "# %% [markdown]\n# # Broken\n#\n# Fails.\n\n# %% tags=[\"parameters\"]\ncorpus = 'x'\n\n"
        "# %%\nraise ValueError('the corpus has no outlet column')\n\n# %%\nprint('never')\n"
    )
    return d


@pytest.mark.slow
def test_failing_notebook_gives_error_report_and_failed_run(tmp_path):
    run = build_reports(
        DEFAULT_CORPUS, tmp_path / "out", notebooks_dir=_failing_notebooks(tmp_path)
    )
    assert not run.ok
    ok, broken = run.results
    assert ok.ok and not broken.ok
    assert broken.error == "cell 4: ValueError: the corpus has no outlet column"
    page = broken.html.read_text()
    assert "This report is incomplete: the notebook failed." in page
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert (
        "raise ValueError('the corpus" in text
    )  # the failing cell's code is shown even with code hidden
    assert "print('fine')" not in html.unescape(re.sub(r"<[^>]+>", "", ok.html.read_text()))
    assert "1 cell(s) after the failure were not run" in page
    index = run.index.read_text()
    assert "FAILED" in index and "1 of 2 notebooks failed" in index
    manifest = json.loads((run.out / "manifest.json").read_text())
    assert [r["ok"] for r in manifest["reports"]] == [True, False]


def test_build_reports_missing_corpus(tmp_path):
    with pytest.raises(FramingError, match="does not exist"):
        build_reports(tmp_path / "nope", tmp_path / "out")


def test_notebooks_folder_is_the_source_of_truth():
    assert NOTEBOOKS_DIR.is_dir()
    assert not list(NOTEBOOKS_DIR.glob("*.ipynb")), (
        "notebooks are jupytext .py files; .ipynb are generated"
    )


def test_html_escape_in_index():
    from analysis.report import NotebookResult, index_html

    r = NotebookResult("01-x", "<T>", "a < b", Path("01-x.html"))
    page = index_html([r], {"corpus": {"path": "<p>"}, "parameters": {}})
    assert "&lt;T&gt;" in page and "a &lt; b" in page and "<code>&lt;p&gt;</code>" in page


@pytest.mark.slow
def test_kernel_runs_this_interpreter_with_fixed_settings(tmp_path):
    import sys

    from analysis.report import execute_notebook

    nb = _nb(
        nbformat.v4.new_code_cell(
            "import os, sys, matplotlib\n"
            "print(sys.executable)\n"
            "print(os.getcwd())\n"
            "print(os.environ['PYTHONHASHSEED'], matplotlib.get_backend())\n"
            "print(hash('framing'))"
        )
    )
    run, err = execute_notebook(nb, cwd=tmp_path)
    assert err is None
    lines = run.cells[0].outputs[0]["text"].splitlines()
    assert lines[0] == sys.executable
    assert lines[1] == str(tmp_path)
    assert lines[2].split()[0] == "0" and "inline" in lines[2]
    # PYTHONHASHSEED=0 makes str hashes reproducible: the same in a second kernel
    again, _ = execute_notebook(nb, cwd=tmp_path)
    assert again.cells[0].outputs[0]["text"].splitlines()[3] == lines[3]


def test_show_code_renders_highlighted_code_without_external_css():
    nb = _nb(nbformat.v4.new_code_cell("x = 'kiev'"))
    page = render_html(nb, show_code=True)
    assert ".highlight" in page and "kiev" in page
    assert not _EXTERNAL.search(page)


def test_form_share_table_counts_events_in_whole_numbers():
    import pandas as pd

    from analysis.compare.agency import form_share_table

    # report 09 showed the number of events as "35.00" and "128.0"
    ev = pd.DataFrame(
        {
            "group": ["A", "A", "B"],
            "voice": ["author"] * 3,
            "form": ["nominal", "active_agent", "nominal"],
        }
    )
    shares = form_share_table(ev)
    assert shares["n"].tolist() == [2, 1]
    assert pd.api.types.is_integer_dtype(shares["n"])
    page = table(shares, index=True)._repr_html_()
    assert "2.00" not in page and "1.00" in page  # the share of nominal in B is 1.00


def test_harm_evidence_names_the_article_by_its_title():
    import pandas as pd

    from analysis.compare.agency import harm_event_table
    from analysis.pipeline import analyse_corpus
    from analysis.report.harm import harm_evidence

    # report 09's evidence listed bare article ids ("gn-0412"); the corpus has titles
    filler = "The city council met on Tuesday to discuss the budget for the coming year. " * 5
    corpus = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "outlet": ["X", "Y"],
            "title": ["Shelling hits the port", None],
            "text": [
                "Twelve civilians were killed in the port. " + filler,
                "Two soldiers died. " + filler,
            ],
        }
    )
    events = harm_event_table(analyse_corpus(corpus), corpus)
    assert events["title"].tolist() == ["Shelling hits the port", ""]
    page = harm_evidence(events)._repr_html_()
    assert '<span title="a1">Shelling hits the port</span>' in page
    assert "<td>a2</td>" in page  # no title: the id


# names of the bundled event that reports 03, 07 and 09 and the keyword search printed on every
# corpus (US politics on BASIL: "Peskov said Russia would …", "Russian forces killed 12 …")
BUNDLED_EVENT = re.compile(
    r"peskov|russia|ukrain|kyiv|kiev|kremlin|zelensk|luhansk|lugansk|donbas|crimea|invasion",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "notebook", sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9][0-9]-*.py"))
)
def test_notebook_text_names_no_bundled_event(notebook):
    cells = re.split(r"^# %%", notebook.read_text(encoding="utf-8"), flags=re.MULTILINE)
    prose = "".join(c for c in cells if c.startswith(" [markdown]"))
    assert BUNDLED_EVENT.findall(prose) == []


def test_keyword_search_form_suggests_no_bundled_event_word():
    import pandas as pd

    from analysis.report.keyword_context import kwic_html, kwic_sentences

    c = pd.DataFrame(
        {"article_id": ["a"], "outlet": ["X"], "title": [""], "text": ["The vote went on."]}
    )
    page = kwic_html(kwic_sentences(c))._repr_html_()
    assert BUNDLED_EVENT.findall(page) == []


def test_naming_note_replaces_an_empty_table_and_names_no_group():
    import pandas as pd

    from analysis.report import naming_note

    # report 02 on BASIL (US politics): an empty naming table, then "Naming groups no article
    # uses: crimea, donbas_entities, donbas, kharkiv, kyiv, …"
    f = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "naming_kyiv_forms": ["", "none"],
            "naming_crimea_forms": [None, ""],
        }
    )
    assert naming_note(naming_table(f)) == (
        "None of the 2 article(s) shown uses a form of the 2 naming groups of the lexicons "
        "(analysis/lexicons/): no naming table."
    )
    f["naming_kyiv_forms"] = ["Kyiv", ""]
    assert naming_note(naming_table(f)) == "Naming groups no article shown uses: crimea."
    f["naming_crimea_forms"] = ["", "Crimea"]
    assert naming_note(naming_table(f)) == ""


def test_kernel_environment_silences_tqdm_without_the_word_warning_on_every_page():
    import os
    import subprocess
    import sys

    from analysis.report.notebooks import KERNEL_ENV

    # the run manifest at the foot of every report lists this environment; its
    # "ignore:IProgress not found:Warning" put "Warning" on every page of every run
    assert not [v for v in KERNEL_ENV.values() if "warning" in v.lower()]
    code = (
        "import warnings; "
        "warnings.warn('IProgress not found. Please update jupyter and ipywidgets.'); "
        "warnings.warn('IProgress not found. Please update jupyter.', DeprecationWarning); "
        "warnings.warn('another message')"
    )
    env = {**os.environ, "PYTHONWARNINGS": KERNEL_ENV["PYTHONWARNINGS"]}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert "IProgress" not in done.stderr and "another message" in done.stderr


def test_describe_comparison_counts_a_long_tie_instead_of_naming_every_group():
    # report 07 on a 600-article AllSides sample: "… lowest for AP Fact Check, Above The Law,
    # Al Jazeera, American Spectator, …" named some sixty outlets in one sentence
    means = {"Top": 0.31, **{f"O{k:02d}": 0.0 for k in range(60)}}
    assert describe_comparison(_summary(means), "x", label="X", caveat=False) == (
        "X is highest for Top (0.31) and lowest for 60 outlets, among them O00, O01 and O02 "
        "(0.00 each)."
    )
    three = {"Top": 0.31, "A": 0.0, "B": 0.0, "C": 0.0}
    assert describe_comparison(_summary(three), "x", label="X", caveat=False) == (
        "X is highest for Top (0.31) and lowest for A, B and C (0.00 each)."
    )


def test_summary_leads_with_a_difference_that_holds():
    import pandas as pd

    from analysis.report.differences import describe_difference, strongest_difference

    # report 03's summary on BASIL: "4 of 24 pairwise differences hold after Holm adjustment.
    # Loaded terms …: adjusted p = 1.000 …: no difference detectable" (the loaded-term rate,
    # always), while words in quotations differed with g = 0.83
    pairs = pd.DataFrame(
        {
            "feature": ["loaded", "quotes", "quotes", "ease"],
            "group_a": ["A", "A", "B", "A"],
            "group_b": ["B", "B", "C", "B"],
            "n_a": [50] * 4,
            "n_b": [50] * 4,
            "mean_a": [1.0, 28.0, 19.0, 38.0],
            "mean_b": [0.4, 19.0, 28.0, 31.0],
            "diff": [0.6, 9.0, -9.0, 7.0],
            "ci_low": [0.01, 6.0, -12.0, 5.0],
            "ci_high": [1.2, 12.0, -6.0, 10.0],
            "effect_size": [0.26, 0.80, -0.83, 0.84],
            "p_value": [0.06, 0.0005, 0.0005, 0.0005],
            "p_adjusted": [1.0, 0.004, 0.004, 0.004],
            "significant": [False, True, True, True],
        }
    )
    pairs.attrs.update({"correction": "holm", "alpha": 0.05, "n_tests": 4})
    assert strongest_difference(pairs, "loaded") == "ease"
    assert strongest_difference(pairs.assign(significant=False), "loaded") == "loaded"
    assert describe_difference(pairs, strongest_difference(pairs, "loaded")).endswith(
        "a difference at the 0.05 level."
    )


def test_pairs_are_tested_among_the_largest_groups_with_enough_permutations():
    import pandas as pd

    from analysis.report.differences import largest_group_pairs

    # reports 03, 06 and 07 test pairs among the largest groups; ties are broken by name, and
    # a failed article does not count towards its group's size
    sizes = {"D": 6, "B": 4, "A": 4, "C": 3, "E": 2}
    rows = [
        {"outlet": g, "status": "ok", "x": float(i % 3), "y": float(i)}
        for g, n in sizes.items()
        for i in range(n)
    ]
    rows += [{"outlet": "C", "status": "failed", "x": 0.0, "y": 0.0}] * 3
    feats = pd.DataFrame(rows)
    pairs = largest_group_pairs(
        feats, by="outlet", features=["x", "y"], max_groups=3, n_boot=200, alpha=0.05
    )
    assert pairs.attrs["groups_tested"] == ["D", "A", "B"]
    assert pairs.attrs["n_groups"] == 5
    # 3 pairs x 2 features = 6 tests: max(200, 2 * 6 / 0.05) = 240 permutations
    assert pairs.attrs["n_permutations"] == 240
    assert set(zip(pairs["group_a"], pairs["group_b"])) == {("A", "B"), ("A", "D"), ("B", "D")}
    assert pairs.attrs["n_tests"] == 6


def _noted(folder, detector, values, *, gold_set, split, n, labels=None):
    """The accuracy note of ``detector`` after writing ``values`` as its held-out scores."""
    from analysis.evaluation.scores import accuracy_note, score_rows, write_scores

    rows = score_rows(detector, values, gold_set=gold_set, split=split, held_out=True, n=n)
    write_scores([rows], detector=detector, folder=folder)
    return accuracy_note(detector, measures=tuple(values), labels=labels, folder=folder)


def test_accuracy_note_prints_a_report_s_words_for_a_measure(tmp_path):
    said = _noted(
        tmp_path,
        "attribution",
        {"direct_speaker_accuracy": 0.8, "reported_recall": 0.42},
        gold_set="polnear",
        split="dev",
        n=100,
        labels={"direct_speaker_accuracy": "direct-quote speaker right"},
    )
    assert said.startswith(
        "Measured accuracy (attribution): direct-quote speaker right 0.800, reported speech "
        "found 0.420 on polnear (dev split, held-out; n = 100;"
    )


def test_accuracy_note_never_prints_a_measure_s_code_name(tmp_path):
    # the report review: report 09 printed 'form_macro_f1 0.89, precision_passive_agentless …'
    said = _noted(
        tmp_path,
        "agency",
        {"form_macro_f1": 0.89, "precision_passive_agentless": 0.96, "some_new_measure": 0.5},
        gold_set="project",
        split="test",
        n=421,
    )
    assert "_" not in said.split(" on ")[0]
    assert "form macro-F1 0.890, agentless-passive precision 0.960, some new measure 0.500" in said


def test_accuracy_note_cuts_a_score_just_under_a_bar(tmp_path):
    # held-out direct-quote speaker 0.8496 against the 0.85 must not read 0.85
    said = _noted(
        tmp_path,
        "attribution",
        {"direct_speaker_accuracy": 0.8496},
        gold_set="polnear",
        split="dev",
        n=650,
        labels={"direct_speaker_accuracy": "direct-quote speaker right"},
    )
    assert "direct-quote speaker right 0.849 on polnear" in said


def test_cut_scores_never_shows_a_score_at_a_bar_it_misses():
    import pandas as pd

    from analysis.evaluation.scores import cut_scores

    df = pd.DataFrame({"F1": [0.5996, 0.6], "frame": ["a", "b"], "n": [10, 20]})
    out = cut_scores(df)
    assert out["F1"].tolist() == [0.599, 0.6]
    assert out["frame"].tolist() == ["a", "b"] and out["n"].tolist() == [10, 20]
    assert df["F1"].tolist() == [0.5996, 0.6]  # the input is not changed


def test_notebook_description_keeps_underscores_of_code_and_names():
    import nbformat

    from analysis.report.notebooks import notebook_description

    # the index described report 07 as using "(parameter referencecorpus)"
    text = "# T\n\nUses `reference_corpus`, *this*, **that**, _those_ and n_boot.\n\nMore."
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text)])
    assert notebook_description(nb) == "Uses reference_corpus, this, that, those and n_boot."


def test_a_column_name_may_break_after_its_underscores_and_reads_the_same():
    """An 8-column table of 'passive_agentless'-style names was 3 px wider than its box in a
    1280-px report (a scroll bar under a table that needed none): names break after '_'."""
    import pandas as pd

    from analysis.report.blocks import table

    markup = table(pd.DataFrame({"passive_agentless": [0.1], "n": [3]}), caption="c")._repr_html_()
    assert "<th>passive_<wbr>agentless</th>" in markup and "<th>n</th>" in markup
    text = re.sub(r"<[^>]+>", "", markup.split("</thead>")[0])
    assert "passive_agentless" in text  # what a reader (and a copy) sees


@pytest.mark.parametrize(
    "name", ["02-framing-features", "03-compare-outlets", "07-sources", "09-agency", "10-frames"]
)
def test_reports_that_compare_outlets_repeat_the_data_quality_caveat(name):
    """Report 01's warnings (unequal lengths, lead paragraphs only, non-news texts …) bear on every
    comparison of outlets: reports 09 and 10 did not repeat them (a long-explainer outlet's higher
    economic-frame share on AllSides gun-control news, with no caveat).  The same cell names the
    topic packs the numbers rest on (``corpus_notes``, tested in tests/test_packs.py)."""
    text = (Path(__file__).resolve().parents[1] / "notebooks" / f"{name}.py").read_text("utf-8")
    code = "".join(
        c for c in re.split(r"^# %%", text, flags=re.MULTILINE) if "[markdown]" not in c[:12]
    )
    assert re.search(r"display\(\*corpus_notes\((articles|sample), lexicons(\)\)|, noun=)", code)


def test_headline_scores_are_one_readable_row_per_detector_set_and_main_split():
    # report 05 on any machine: the shipped-accuracy table was one row per annotation batch and
    # audit round (49 rows), each a run of every measure's key ("precision_passive_agentle…"),
    # cut off at the right of the page
    import pandas as pd

    from analysis.evaluation.scores import headline_scores

    shipped = pd.DataFrame(
        {
            "detector": ["agency"] * 4 + ["hedges"] * 2,
            "measure": ["nonevent_rejection", "agent_presence_accuracy"] * 2 + ["f1", "recall"],
            "value": [0.741, 0.8, 0.9, 0.7, 0.62, 0.68],
            "n": [421, 421, 41, 41, 3596, 3596],
            "gold_set": ["project"] * 4 + ["wikiweasel"] * 2,
            "split": ["test", "test", "test-batch6", "test-batch6", "test", "test"],
            "held_out": "yes",
            "date": "2026-12-05",
            "note": "",
        }
    )
    got = headline_scores(shipped)
    assert got[["detector", "split", "scores"]].values.tolist() == [
        ["agency", "test", "non-events rejected 0.741"],
        ["hedges", "test", "F1 0.620; recall 0.680"],
    ]
    assert list(got.columns) == [
        "detector",
        "gold set",
        "split",
        "held out",
        "n",
        "measured",
        "scores",
    ]


def test_headline_score_just_under_a_bar_is_not_shown_at_it():
    # report 05 on by-country (this stop): "right-sense hits kept 0.950" for a measured 0.9496,
    # against the bar of 0.95
    import pandas as pd

    from analysis.evaluation.scores import headline_scores

    df = pd.DataFrame(
        {
            "detector": "markers-audit",
            "measure": ["wrong_removed", "right_kept"],
            "value": [0.6562, 0.9496],
            "n": 171,
            "gold_set": "g",
            "split": "test",
            "held_out": "yes",
            "date": "2026-12-05",
            "note": "",
        }
    )
    text = headline_scores(df)["scores"].iloc[0]
    assert "right-sense hits kept 0.949" in text and "0.950" not in text
    assert "wrong-sense hits removed 0.656" in text


def test_dates_and_times_read_as_people_write_them():
    # a corpus read from a news API (publishedAt "2020-03-24T12:00:00Z") showed
    # "2020-03-24T12:00:00" in report 01's article table
    import pandas as pd

    df = pd.DataFrame(
        {
            "published": [
                pd.Timestamp("2020-03-24"),
                pd.Timestamp("2020-03-24 12:00"),
                pd.Timestamp("2020-03-24 12:00:05"),
                pd.Timestamp("2020-03-24 12:00", tz="UTC"),
            ]
        }
    )
    markup = table(df, interactive=False)._repr_html_()
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", markup)
    expected = ["2020-03-24", "2020-03-24 12:00", "2020-03-24 12:00:05", "2020-03-24 12:00 UTC"]
    assert cells == expected
