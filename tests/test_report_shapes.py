"""Reports on corpora of shapes the bundled sample does not have: one outlet only, a topic far
from war, renamed columns. Each test is a presentation problem a reader found in a rendered
report (review 9)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report import (
    build_reports,
    count_of,
    describe_comparison,
    describe_n,
    untested_reason,
)

FAST = {"max_articles": 120, "n_boot": 200}

TEXT = (
    '"We may well vote no on the bill {k}," the senator said on Tuesday. Critics claimed the '
    "plan was reckless and would cost the state {k} million dollars a year. Officials "
    "reportedly expect a long debate over the bill in Washington this week, and several "
    "members said they had not yet read the final text of the proposal.\n\n"
) * 4


def one_outlet_feats(n: int = 3) -> pd.DataFrame:
    return pd.DataFrame({"outlet": ["unknown"] * n, "status": ["ok"] * n})


def test_one_outlet_is_not_described_as_outlets_or_single_articles():
    # SemEval's 433 articles with one outlet column value: report 03 said "1 outlets with 433
    # usable articles each", "No two outlets have two or more usable articles each … the values
    # below are single-article descriptions" and "Only unknown has a usable value of …" eight
    # times, as if the other outlets had no value
    feats = one_outlet_feats(433)
    n_note = describe_n(feats)
    assert "1 outlets" not in n_note and "each" not in n_note
    assert n_note.startswith("One outlet only (unknown, 433 usable articles)")
    reason = untested_reason(feats)
    assert "single-article" not in reason
    assert "nothing to compare it with" in reason and "433 usable articles" in reason
    summary = pd.DataFrame(
        {"outlet": ["unknown"], "feature": "x", "n": [433], "mean": [3.51]}
        | {"ci_low": [3.06], "ci_high": [4.01]}
    )
    sentence = describe_comparison(summary, "x", label="Loaded terms")
    assert not sentence.startswith("Only")
    assert (
        sentence == "Loaded terms: 3.51, 95% CI 3.06–4.01 (n = 433) for unknown, the only outlet."
    )
    # report 03's summary passes a label in lower case ("the loaded-term rate …")
    sentence = describe_comparison(summary, "x", label="the loaded-term rate")
    assert sentence.startswith("The loaded-term rate: 3.51")


def test_a_missing_value_of_one_group_among_several_still_says_only():
    summary = pd.DataFrame(
        {"outlet": ["A", "B"], "feature": "x", "n": [3, 0], "mean": [1.0, float("nan")]}
        | {"ci_low": [0.5, float("nan")], "ci_high": [1.5, float("nan")]}
    )
    assert describe_comparison(summary, "x", label="X") == "Only A has a usable value of X (1.00)."
    two = pd.DataFrame({"outlet": ["A", "B"], "status": ["ok", "ok"]})
    assert untested_reason(two).startswith("No two outlets have two or more usable articles")


@pytest.mark.parametrize(
    "n, noun, expected",
    [
        (1, "outlet", "1 outlet"),
        (4, "outlet", "4 outlets"),
        (2, "country", "2 countries"),
        (1, "corpus", "1 corpus"),
        (2, "corpus", "2 corpora"),
    ],
)
def test_count_of(n, noun, expected):
    assert count_of(n, noun) == expected


@pytest.fixture(scope="module")
def one_outlet_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one-outlet")
    path = folder / "one.csv"
    pd.DataFrame(
        {
            "id": [f"a{k}" for k in range(6)],
            "outlet": "unknown",
            "text": [TEXT.format(k=k) for k in range(6)],
        }
    ).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_compare_report_on_one_outlet_says_so(one_outlet_corpus, tmp_path):
    run = build_reports(
        one_outlet_corpus, tmp_path / "out", notebooks=["01", "03"], parameters=FAST
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: r.html.read_text(encoding="utf-8") for r in run.results}
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for text in (*pages.values(), index):
        assert "1 outlets" not in text
        assert "single-article descriptions" not in text
        assert "Only unknown has a usable value" not in text
    assert "One outlet only (unknown" in pages["03-compare-outlets"]
    assert "the only outlet" in pages["03-compare-outlets"]
    # the term statistic's own message named its function and counted "1 distinct value(s)"
    assert "one outlet only, so no term can distinguish it" in pages["03-compare-outlets"]
    assert "distinct value(s)" not in pages["03-compare-outlets"]


def test_alignment_sentences_of_two_outlets_say_both_and_claim_no_third():
    # report 04 on a health-care corpus: "3 quotation unit(s) appear in at least two outlets;
    # 3 appear in all 2" and "leaves out 0 that at least two others quote" with two outlets
    from analysis.compare.align import align_event
    from analysis.report import describe_alignment

    quote = "'We will not accept this plan under any circumstances at all.'"
    ev = align_event(
        pd.DataFrame(
            {
                "article_id": ["a", "b"],
                "outlet": ["A", "B"],
                "body": [f"Issa said: {quote} Prices rose on Monday.", f"Issa said: {quote}"],
            }
        )
    )
    sentences = describe_alignment(ev)
    assert sentences[0] == "1 quotation unit(s) appear in both outlets."
    assert not any("all 2" in s or "two others" in s for s in sentences)


@pytest.mark.slow
def test_same_event_report_on_one_outlet_says_why_and_shows_no_empty_sections(
    one_outlet_corpus, tmp_path
):
    # report 04 on SemEval's articles (one outlet, no dates) blamed the dates and words ("no
    # articles of two outlets within 3 days have similar enough words") and then showed four
    # empty section headings ("The shared quotations", "The alignment table" …)
    run = build_reports(one_outlet_corpus, tmp_path / "out", notebooks=["04"], parameters=FAST)
    assert run.ok, [r.error for r in run.results]
    page = run.results[0].html.read_text(encoding="utf-8")
    assert "one outlet only (unknown)" in page
    assert "within 3 days" not in page
    for heading in (
        "What each outlet did with the shared material",
        "The shared quotations",
        "Material only one outlet has",
        "The alignment table",
    ):
        assert heading not in page, heading


@pytest.mark.slow
def test_scale_report_names_the_users_file_and_compares_nothing_with_one_group(tmp_path):
    # report 06 on a CSV read with column options named it "This corpus (healthcare.parquet)"
    # (the runner's standardised copy) and, with one outlet, said "1 corpus(es) compared with
    # bootstrap intervals and Holm-adjusted tests" although nothing was compared
    path = tmp_path / "health-care.csv"
    pd.DataFrame(
        {"id": [f"a{k}" for k in range(6)], "source": "unknown"}
        | {"body": [TEXT.format(k=k) for k in range(6)]}
    ).to_csv(path, index=False)
    run = build_reports(
        path,
        tmp_path / "out",
        notebooks=["06"],
        parameters=FAST,
        load_options={"outlet_column": "source", "text_column": "body"},
    )
    assert run.ok, [r.error for r in run.results]
    page = run.results[0].html.read_text(encoding="utf-8")
    assert "This corpus (health-care)" in page
    assert ".parquet)" not in page
    assert "corpus(es)" not in page
    assert "Nothing compared" in page


def test_harm_tables_name_forms_and_counts_in_words_and_give_percent():
    # report 09 showed code as column names (n_articles, n_events, n_erased, low, high,
    # victim_side, active_agent, passive_agentless) and shares as 0.38 without a unit
    from analysis.report.harm import erasure_display, form_share_display

    shares = pd.DataFrame(
        {"active_agent": [0.375], "passive_agentless": [0.0], "nominal": [0.625], "n": [16]},
        index=pd.Index(["Fox News"], name="group"),
    )
    shown = form_share_display(shares)
    assert list(shown.columns) == [
        "active, agent named (%)",
        "agentless passive (%)",
        "nominal (%)",
        "harm events",
    ]
    assert shown.iloc[0].tolist() == [37.5, 0.0, 62.5, 16]
    assert shown.index.name == "outlet"  # not "group"
    erasure = pd.DataFrame(
        {"group": ["Vox"], "victim_side": ["unknown"], "n_articles": [35], "n_events": [81]}
        | {"n_erased": [54], "rate": [0.667], "low": [0.54], "high": [0.78]}
    )
    shown = erasure_display(erasure, by="outlet")
    assert not {"n_articles", "n_events", "n_erased", "low", "high", "victim_side"} & set(
        shown.columns
    )
    assert shown["erased (%)"].round(1).tolist() == [66.7]


def test_harm_coverage_warns_when_most_articles_report_no_harm():
    # report 09 on 396 health-care articles: 198 "harm events" (deaths from cancer, "Obamacare
    # is dead") in 9 of 130 Fox News articles, compared as if they were the corpus
    from analysis.report.harm import harm_coverage

    events = pd.DataFrame({"group": ["Fox News"] * 3 + ["Vox"], "article_id": list("aabc")})
    usable = pd.Series(["Fox News"] * 10 + ["Vox"] * 4)
    text, kind = harm_coverage(events, usable)
    assert kind == "caveat"
    assert text.startswith("Harm to people is reported in 3 of the 14 usable articles (21%)")
    assert "Fox News 2 of 10; Vox 1 of 4" in text
    text, kind = harm_coverage(events, pd.Series(["Fox News"] * 2 + ["Vox"]))
    assert kind == "note" and "Most articles" not in text


@pytest.mark.slow
def test_agency_report_without_sides_skips_the_side_table(tmp_path):
    # with --pack none every victim's side is "unknown": report 09 still printed a by-side
    # table repeating the erasure table with a column of "unknown"
    paragraphs = [
        "Two patients died at the county hospital last year after their coverage lapsed, and a "
        "nurse was injured in the emergency room.",
        "Critics claimed the plan was reckless and would cost the state {k} million dollars "
        "over the next decade.",
        "Officials expect a long debate over the bill in Washington this week, and several "
        "members said they had not yet read the final text of the proposal.",
        "The governor plans to sign the measure in the spring if the legislature passes it "
        "before the session ends in May.",
    ]
    text = "\n\n".join(paragraphs)
    path = tmp_path / "health.csv"
    pd.DataFrame(
        {"id": [f"a{k}" for k in range(6)], "outlet": ["A", "B"] * 3}
        | {"text": [text.format(k=k) for k in range(6)]}
    ).to_csv(path, index=False)
    run = build_reports(path, tmp_path / "out", notebooks=["09"], parameters=FAST, packs=[])
    assert run.ok, [r.error for r in run.results]
    page = run.results[0].html.read_text(encoding="utf-8")
    # the skip says why (report review 28: no pack, a pack without actors, or no match)
    assert "No topic pack is used, so no victim has a side" in page
    assert "by the victim's side, in %" not in page
    for code in ("n_articles", "n_erased", "victim_side", "passive_agentless"):
        assert f">{code}<" not in page, code  # as a column header or a table cell
    assert ">intransitive (%)<" in page


def test_trend_line_breaks_over_periods_without_articles():
    # report 03 on eight years of health-care news by quarter: a straight line bridged two
    # years in which an outlet published nothing, as if its quotation share had moved smoothly
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from analysis.compare.timeline import feature_trend
    from analysis.plots import plot_trend

    f = pd.DataFrame(
        {
            "outlet": "A",
            "status": "ok",
            "x": [1.0, 2.0, 3.0, 4.0, 8.0, 9.0],
            "published": ["2014-01-05", "2014-01-20", "2014-02-03", "2014-02-17"]
            + ["2016-06-01", "2016-06-20"],
        }
    )
    ax = plot_trend(feature_trend(f, ["x"], freq="M", n_boot=20), "x")
    line = next(ln for ln in ax.get_lines() if ln.get_label().startswith("A"))
    y = np.asarray(line.get_ydata(), dtype=float)
    assert np.isnan(y).any(), "the months without articles are bridged by the line"
    assert np.isfinite(y).sum() == 3  # Jan 2014, Feb 2014, Jun 2016
    plt.close("all")


def test_timeline_caption_does_not_assume_a_few_weeks_of_coverage(project_root):
    # the caption of report 03's timeline spoke of "the first weeks" under a figure of eight
    # years by quarter (written for the bundled one-day event)
    source = (project_root / "notebooks" / "03-compare-outlets.py").read_text(encoding="utf-8")
    assert "first weeks" not in source


def test_naming_note_without_any_naming_group_does_not_count_zero_groups():
    # report 02 with --pack none: "None of the 12 article(s) shown uses a form of the 0 naming
    # groups of the lexicons"
    from analysis.report import naming_note
    from analysis.report.tables import naming_table

    f = pd.DataFrame({"outlet": ["A", "B"], "words": [100, 120]})
    text = naming_note(naming_table(f))
    assert "0 naming groups" not in text
    assert text.startswith("The lexicons used have no naming groups")


def test_data_quality_caveat_of_one_outlet_speaks_of_no_differences_between_outlets():
    # reports 02-10 on SemEval's articles (one outlet): "Data quality (report 01): duplicated
    # texts: unknown. Differences between these outlets may come from the texts …"
    from analysis.report.scope import corpus_notes

    text = TEXT.format(k=1)
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "outlet": "unknown", "text": [text, text, TEXT]}
    )
    shown = " ".join(block._repr_html_() for block in corpus_notes(articles, None))
    assert "duplicated texts: unknown" in shown
    assert "between these outlets" not in shown


def test_a_p_value_bound_is_a_number_cell_and_not_broken():
    # the pairwise and omnibus tables of reports 03 and 07 broke "< 0.001" over two lines
    # ("<" above "0.001") and aligned it left of the other p-values
    from analysis.report import table

    markup = table(pd.DataFrame({"p": ["< 0.001", "0.031"]}))._repr_html_()
    assert '<td class="num">&lt; 0.001</td>' in markup


def test_a_missing_number_is_aligned_with_the_numbers():
    # report 02's per-article table on the by-country corpus: an article without quotations
    # has no "loaded terms /1k quoted words"; its dash stood at the left of a column of numbers
    from analysis.report import table

    markup = table(pd.DataFrame({"rate": [5.35, float("nan")], "who": ["a", None]}))._repr_html_()
    assert '<td class="num">&ndash;</td>' in markup  # the missing number
    assert "<td>&ndash;</td>" in markup  # a column without numbers keeps its dash as text


def test_a_grouping_by_lean_says_which_outlets_make_each_lean():
    # report 06 "By lean" on four AllSides outlets compared center (NPR alone), left (Vox
    # alone) and right (Fox News + Townhall) without saying that two "leans" were one outlet
    from analysis.report import describe_composition

    feats = pd.DataFrame(
        {
            "lean": ["center"] * 2 + ["left"] * 3 + ["right"] * 4,
            "outlet": ["NPR"] * 2 + ["Vox"] * 3 + ["Fox News"] * 3 + ["Townhall"],
            "status": "ok",
        }
    )
    text = describe_composition(feats, by="lean")
    assert "center — NPR (2); left — Vox (3); right — Fox News (3), Townhall (1)" in text
    assert "2 of the 3 leans have a single outlet (center and left)" in text
    assert describe_composition(feats, by="outlet") is None


def _table_in_browser(tmp_path, frame, script, *, caption=None):
    """Render ``table(frame)`` as a report page, open it in headless Chromium and return what
    the JavaScript ``script`` evaluates to (skips without Playwright or Chromium)."""
    import shutil

    import nbformat

    from analysis.report import render_html, table

    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("headless Chromium is not installed")
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data", data={"text/html": table(frame, caption=caption)._repr_html_()}
        )
    ]
    page = tmp_path / "wide.html"
    page.write_text(render_html(nbformat.v4.new_notebook(cells=[cell])), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.goto(page.as_uri())
        got = pg.evaluate(script)
        browser.close()
    return got


@pytest.mark.slow
@pytest.mark.browser
def test_the_caption_of_a_wide_table_stays_readable(tmp_path):
    # report 02's per-article table (12 article columns) is wider than the page and scrolls;
    # its caption was laid out on the table's width, so it ran out of sight on the right
    # ("… Words in direct quotations in % (as in reports 03 an")
    wide = pd.DataFrame({f"Outlet {k} · article-id-{k:04d}": [1.5, 2.5] for k in range(14)})
    caption = "A caption long enough to need more than one line of the page to be read. " * 3
    right_edges = _table_in_browser(
        tmp_path,
        wide,
        """() => {
            const cap = document.querySelector("table.report-table caption");
            const box = cap.closest(".output_html") || document.body;
            return [cap.getBoundingClientRect().right, box.getBoundingClientRect().right];
        }""",
        caption=caption,
    )
    caption_right, visible_right = right_edges
    assert caption_right <= visible_right + 1, right_edges


def test_validation_report_speaks_to_readers_not_to_the_issue_tracker(project_root):
    # report 05 titled a section "the hit audit of issue 17" and headed its columns
    # precision_before, wrong_removed, reported_recognised
    import re

    source = (project_root / "notebooks" / "05-validation.py").read_text(encoding="utf-8")
    markdown = "\n".join(line for line in source.splitlines() if line.startswith("# "))
    assert not re.search(r"\bissue \d+", markdown)
    assert '"precision_before": "precision before"' in source


def test_a_p_value_at_the_permutation_floor_is_printed_as_a_bound():
    # the report review: after Holm over 48 tests every strong difference read "0.024", the
    # smallest value 2,000 permutations can give, as if it were measured
    import pandas as pd

    from analysis.report.differences import differences_table

    pairs = pd.DataFrame(
        {
            "feature": ["x", "y"],
            "group_a": ["A", "A"],
            "group_b": ["B", "B"],
            "n_a": [40, 40],
            "n_b": [50, 50],
            "diff": [0.4, 0.1],
            "ci_low": [0.2, -0.1],
            "ci_high": [0.6, 0.3],
            "effect_size": [0.9, 0.2],
            "effect_low": [0.5, -0.2],
            "effect_high": [1.3, 0.6],
            "p_value": [1 / 2001, 0.2],
            "p_adjusted": [48 / 2001, 1.0],
            "significant": [True, False],
        }
    )
    pairs.attrs.update(n_boot=2000, correction="holm")
    t = differences_table(pairs)
    adjusted = [c for c in t.columns if c.startswith("adjusted p")][0]
    assert t[adjusted].tolist() == ["≤ 0.024", "1.000"]
    assert t["p"].tolist() == ["< 0.001", "0.200"]


def test_victim_sides_are_shown_in_words():
    # report 09 on Guardian/NYT showed the actors table's keys: "ukrainian_government"
    import pandas as pd

    from analysis.report.harm import erasure_display

    t = pd.DataFrame(
        {
            "group": ["A"],
            "victim_side": ["ukrainian_government"],
            "n_articles": [3],
            "n_events": [4],
            "n_erased": [1],
            "rate": [0.25],
            "low": [0.0],
            "high": [0.5],
        }
    )
    assert erasure_display(t)["victim's side"].tolist() == ["ukrainian government"]


@pytest.mark.slow
@pytest.mark.browser
def test_the_row_labels_of_a_wide_table_stay_in_view_and_unsqueezed(tmp_path):
    # report 02's per-article table on the by-country corpus: the feature names were squeezed
    # into a narrow first column ("loaded / terms / 1k / author / words", one word a line) and
    # scrolled out of sight with the article columns
    wide = pd.DataFrame({f"GB · articles-{k:04d}": [1.5, 2.5] for k in range(14)})
    wide.insert(0, "feature", ["loaded terms /1k author words", "Flesch reading ease"])
    got = _table_in_browser(
        tmp_path,
        wide,
        """() => {
            const td = document.querySelector("table.report-table tbody td");
            const box = [...document.querySelectorAll("*")].find(
                e => e.contains(td) && e.scrollWidth > e.clientWidth + 5
                     && getComputedStyle(e).overflowX !== "visible");
            const before = td.getBoundingClientRect();
            box.scrollLeft = 500;
            const after = td.getBoundingClientRect();
            const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
            return [before.left, after.left, before.width / rem];
        }""",
    )
    left_before, left_after, width_rem = got
    assert abs(left_after - left_before) < 1, got  # the label column did not scroll away
    assert width_rem >= 8, got


def test_an_erasure_interval_of_no_width_is_no_interval_in_the_table():
    # the report review (AllSides immigration): report 09's erasure table printed "100 / 100"
    # in its interval columns for a group whose articles all agree, while its sentences say
    # there is no interval
    from analysis.report.harm import erasure_display

    t = pd.DataFrame(
        {"group": ["Newsmax", "Vox"], "n_articles": [3, 35], "n_events": [7, 81]}
        | {"n_erased": [7, 54], "rate": [1.0, 0.667], "low": [1.0, 0.54], "high": [1.0, 0.78]}
    )
    shown = erasure_display(t, by="outlet").set_index("outlet")
    assert shown.loc["Newsmax", ["95% CI low (%)", "95% CI high (%)"]].isna().all()
    assert shown.loc["Newsmax", "erased (%)"] == 100.0
    assert shown.loc["Vox", ["95% CI low (%)", "95% CI high (%)"]].round(0).tolist() == [54.0, 78.0]


@pytest.mark.slow
@pytest.mark.browser
def test_a_count_table_of_every_marker_family_fits_the_page(tmp_path):
    # report 02's "markers per outlet and voice" on AllSides Middle East news (four outlets,
    # eight families) was 1,008 px wide in a 969 px column and scrolled for 39 px, hiding its
    # last family ("violen…"); on by-country the same
    families = ["booster", "contested", "evidential", "hedge", "loaded", "naming"]
    families += ["quantifier", "violence"]
    rows = {
        "outlet": ["Christian Science Monitor", "CNN (Web News)"],
        "voice": ["reported", "author"],
        "words": ["79,733", "18,437"],
    }
    frame = pd.DataFrame(rows | {f: [225, 1376] for f in families})
    got = _table_in_browser(
        tmp_path,
        frame,
        """() => new Promise(done => {
            const t = document.querySelector("table.report-table");
            const measure = () => {  // once DataTables has styled it
                if (!t.classList.contains("dataTable")) return setTimeout(measure, 50);
                const box = t.closest(".dt-container") || t.parentElement;
                done([t.scrollWidth, box.clientWidth]);
            };
            measure();
        })""",
    )
    table_width, box_width = got
    assert table_width <= box_width + 1, got
