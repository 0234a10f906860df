"""Review round 14: the reports read on the Guardian/NYT Ukraine set (407 articles, NYT texts
lead paragraphs only, Guardian briefings and letters) and on an AllSides health-care sample
(5 sources x 120 articles, the default ukraine-2022 pack not fitting)."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]

LEAD_ONLY = pd.DataFrame(
    {
        "check": ["lead_only", "exact_duplicate", "truncated"],
        "severity": ["warning", "warning", "info"],
        "outlet": ["New York Times", "The Guardian", "The Guardian"],
    }
)


def _pairs() -> pd.DataFrame:
    p = pd.DataFrame(
        {
            "feature": ["quote_share_pct"],
            "group_a": ["New York Times"],
            "group_b": ["The Guardian"],
            "n_a": [219],
            "n_b": [188],
            "mean_a": [8.12],
            "mean_b": [19.81],
            "diff": [-11.69],
            "ci_low": [-14.39],
            "ci_high": [-9.16],
            "effect_size": [-0.92],
            "p_value": [0.0005],
            "p_adjusted": [0.004],
            "significant": [True],
        }
    )
    p.attrs.update({"correction": "holm", "alpha": 0.05, "n_tests": 8})
    return p


def test_partial_texts_are_the_outlets_warned_of_leads_or_cuts():
    from analysis.report import partial_texts

    # a note (info) is not a warning; duplicates are not partial texts
    assert partial_texts(LEAD_ONLY) == {"New York Times": "lead paragraphs only"}
    assert partial_texts(LEAD_ONLY.iloc[1:]) == {}


def test_a_tested_difference_with_a_lead_only_outlet_says_so():
    # report 03 on Guardian/NYT: "Words in direct quotations (%): The Guardian 19.81 (n = 188)
    # vs New York Times 8.12 (n = 219) ... a difference at the 0.05 level" was the report's
    # headline ("In short"), with nothing there saying that NYT's texts are lead paragraphs
    from analysis.report import partial_texts
    from analysis.report.differences import describe_difference

    plain = describe_difference(_pairs(), "quote_share_pct", label="Words in direct quotations (%)")
    said = describe_difference(
        _pairs(),
        "quote_share_pct",
        label="Words in direct quotations (%)",
        partial=partial_texts(LEAD_ONLY),
    )
    assert said.startswith(plain)
    assert "the texts of New York Times are lead paragraphs only (report 01)" in said
    assert "how much of each article the corpus holds, not from framing" in said
    # no finding, no caveat (it would repeat under every feature)
    held_not = _pairs().assign(significant=False, p_adjusted=0.4)
    held_not.attrs.update(_pairs().attrs)
    assert "Caveat" not in describe_difference(
        held_not, "quote_share_pct", partial=partial_texts(LEAD_ONLY)
    )
    # a pair without a partial outlet gets no caveat
    other = describe_difference(_pairs(), "quote_share_pct", partial={"Daily Mail": "x"})
    assert "Caveat" not in other


def test_alignment_sentence_of_a_lead_only_outlet_says_what_it_leaves_out_may_be_missing():
    # report 04 on Guardian/NYT, event "Putin due in Tehran": "New York Times: carries 1 of
    # the 1 shared quotation units ...; 100% of its own statements appear in no other outlet"
    # on a 4-unit lead, in a report about what each outlet "left out"
    from analysis.compare.align import align_event
    from analysis.report import describe_alignment

    quote = "'We will not accept this plan under any circumstances at all.'"
    ev = align_event(
        pd.DataFrame(
            {
                "article_id": ["a", "b"],
                "outlet": ["G", "NYT"],
                "body": [f"Issa said: {quote} Prices rose on Monday.", f"Issa said: {quote}"],
            }
        )
    )
    sentences = describe_alignment(ev, partial={"NYT": "lead paragraphs only"})
    nyt = next(s for s in sentences if s.startswith("NYT:"))
    g = next(s for s in sentences if s.startswith("G:"))
    assert "lead paragraphs only (report 01)" in nyt and "rest of the article" in nyt
    assert "Caveat" not in g
    assert describe_alignment(ev) == [s.split(" Caveat:")[0] for s in sentences]


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    out = []
    for path in sorted((ROOT / "notebooks").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == name:
                out.append((path.name, node))
    return out


def test_every_notebook_sentence_comparing_outlets_is_told_the_partial_outlets():
    # the general mechanism: each report sentence that compares outlets (03, 04, 06, 07, 10)
    # passes the outlets whose texts are leads or cut, so none states a lead-vs-article
    # difference as a finding
    calls = [
        (nb, c) for name in ("describe_difference", "describe_alignment") for nb, c in _calls(name)
    ]
    assert {nb for nb, _ in calls} >= {
        "03-compare-outlets.py",
        "04-same-event.py",
        "06-at-scale.py",
        "07-sources.py",
        "10-frames.py",
    }
    missing = [nb for nb, c in calls if "partial" not in {k.arg for k in c.keywords}]
    assert not missing, missing


def test_same_event_report_shows_the_data_quality_caveat():
    # report 04 had no data-quality box at all, unlike 02, 03, 07, 09 and 10
    src = (ROOT / "notebooks" / "04-same-event.py").read_text(encoding="utf-8")
    assert "quality_caveat(" in src and "display(" in src


def test_pack_share_under_one_percent_is_not_printed_as_zero():
    # every comparison report on the health-care sample: "1 of the 599 articles (0%) name
    # that story"
    from analysis.report.scope import pack_note

    texts = ["Kyiv was shelled on Monday."] + ["The Senate voted on the health bill."] * 598
    text, kind = pack_note(texts)
    assert kind == "caveat"
    assert "1 of the 599 articles (under 1%) name that story" in text


def test_sides_of_a_pack_written_for_another_story_are_not_compared():
    # report 07 on the health-care sample (1 of 300 articles about Ukraine) tabled
    # "Attributed words from US government (%)" and "from news media (%)", unknown 97-99%, and
    # tested them ("news media ... differ: yes"): the ukraine-2022 actors table matching "the
    # White House" and Fox News in US health-care news
    from analysis.report.scope import unfit_packs

    off = ["The White House said the health bill would pass the Senate on Tuesday."] * 10
    reason = unfit_packs(off, what="sources are not compared by side")
    assert reason is not None
    assert "ukraine-2022, written for another story" in reason
    assert "0 of the 10 articles name: sources are not compared by side." in reason
    assert unfit_packs(["Kyiv was shelled, Ukraine said."] * 3, what="x") is None
    assert unfit_packs(off, [], what="x") is None  # no pack: nothing unfit


def test_side_sections_ask_whether_the_pack_fits():
    # the general mechanism: report 07's side shares and report 09's split by the victim's
    # side both go through unfit_packs before showing a side
    for name in ("07-sources.py", "09-agency.py"):
        src = (ROOT / "notebooks" / name).read_text(encoding="utf-8")
        assert "unfit_packs(" in src, name


def _health_corpus(path: Path) -> Path:
    body = (
        "The White House said on Tuesday that the health bill would lower premiums for "
        "families. A gunman killed a nurse at a clinic in Ohio on Monday. "
        "Senator Smith said the plan was a disaster for hospitals in his state. "
        "Insurers warned that costs could rise next year, according to a report by analysts. "
        "A nurse was killed when a gunman attacked the clinic, police said. Doctors said the "
        "vote would decide whether rural hospitals stay open, and the White House press "
        "secretary said the president would sign the bill."
    )
    rows = [
        {"source": s, "date": f"2013-10-{d + 1:02d}", "text": f"{body} Story {d} of {s}."}
        for s in ("Alpha", "Beta", "Gamma")
        for d in range(6)
    ]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_sources_and_agency_reports_on_an_off_topic_corpus_leave_the_sides_out(tmp_path):
    from analysis.report import build_reports

    run = build_reports(
        _health_corpus(tmp_path / "health.csv"),
        tmp_path / "out",
        notebooks=["07", "09"],
        parameters={"max_articles": 120, "n_boot": 200},
        load_options={"outlet_column": "source", "date_column": "date"},
        packs=["ukraine-2022"],  # asked for, though no article names the story
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: r.html.read_text(encoding="utf-8") for r in run.results}
    assert "sources are not compared by side" in pages["07-sources"]
    assert "Attributed words from US government" not in pages["07-sources"]
    assert "no split by the victim&#x27;s side" in pages["09-agency"] or (
        "no split by the victim's side" in pages["09-agency"]
    )


def test_strongest_difference_without_any_effect_size_does_not_crash():
    # report 07 on 18 near-identical health-care articles stopped at its summary with
    # "ValueError: Encountered all NA values": differences held, but every Hedges' g was
    # undefined (no spread within the outlets)
    from analysis.report.differences import strongest_difference

    p = pd.DataFrame(
        {"feature": ["a", "b"], "effect_size": [float("nan")] * 2, "significant": [False, True]}
    )
    assert strongest_difference(p, "a") == "b"


def _terms_corpus() -> pd.DataFrame:
    # NYT-like: "united states" in many articles, one long feature naming "Sashko" 38 times;
    # Guardian-like: "forces" and "uk"
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet".split()
    nyt = [f"Officials sent billion dollars, {w} United States {w} reported." for w in words]
    nyt[0] += " Sashko said." * 38
    gdn = [f"Russian forces advanced as the UK minister spoke, note {k}." for k in range(10)]
    gdn[:3] = [g + " The United Nations and its member states met." for g in gdn[:3]]
    return pd.DataFrame({"outlet": ["NYT"] * 10 + ["G"] * 10, "body": nyt + gdn})


def test_distinguishing_terms_list_no_one_article_term_and_no_half_of_a_listed_phrase():
    # report 03 on Guardian/NYT listed for the New York Times "united states", "united" and
    # "states" (3 of its 8 slots for one name) and "sashko" (z = 5.9, 38 uses, all in one
    # article: a name from one feature, not the outlet's voice)
    from analysis.compare import distinguishing_terms

    t = distinguishing_terms(_terms_corpus(), voice="all")
    nyt = list(t.loc[(t["group"] == "NYT") & (t["z"] > 0), "term"])
    assert "united states" in nyt
    assert "united" not in nyt and "states" not in nyt
    assert "sashko" not in nyt
    assert t.attrs["min_docs"] == 2
    # min_docs=1 with max_doc_share=None gives the old list back; min_docs=1 alone does not
    # since every use of "sashko" is in one article (max_doc_share, review26)
    old = distinguishing_terms(_terms_corpus(), voice="all", top=40, min_docs=1, max_doc_share=None)
    assert "sashko" in set(old.loc[old["group"] == "NYT", "term"])
    one = distinguishing_terms(_terms_corpus(), voice="all", top=40, min_docs=1)
    assert "sashko" not in set(one.loc[one["group"] == "NYT", "term"])


def test_a_group_of_one_article_keeps_its_terms():
    # the bundled corpus: five outlets, one article each
    from analysis.compare import distinguishing_terms

    c = pd.DataFrame(
        {"outlet": ["A", "B"], "body": ["invasion invasion invasion", "operation operation"]}
    )
    t = distinguishing_terms(c, voice="all", ngram_range=(1, 1), min_count=2, top=1)
    assert t.groupby("group")["term"].first().to_dict() == {"A": "invasion", "B": "operation"}


def test_every_report_comparing_outlets_shows_what_its_numbers_rest_on():
    # report 06 on the health-care sample compared loaded-term rates (counting the ukraine-2022
    # pack's terms) with no word on the pack, which 1 of 599 articles' story fits, nor on the
    # data-quality warnings (opinion pages in 4 of the 5 sources) that 02, 03, 07, 09, 10 show
    for name in ("02", "03", "06", "07", "09", "10"):
        (path,) = (ROOT / "notebooks").glob(f"{name}-*.py")
        assert "corpus_notes(" in path.read_text(encoding="utf-8"), path.name


def test_marker_counts_give_the_words_they_are_counted_in():
    # report 02 on Guardian/NYT: "Lexicon markers per outlet and voice (counts)" put The
    # Guardian's 807 author-voice naming hits beside NYT's 273 with no denominator: 188 full
    # articles against 219 leads
    from analysis.report.tables import marker_counts

    m = pd.DataFrame(
        {"outlet": ["G", "G", "NYT"], "voice": ["author"] * 3, "category": ["naming"] * 3}
    )
    f = pd.DataFrame(
        {
            "outlet": ["G", "G", "NYT"],
            "n_words_author": [600, 500, 170],
            "n_words_quoted": [100, 0, 10],
            "n_words_reported": [50, 50, 0],
        }
    )
    counts = marker_counts(m, order=["G", "NYT"], features=f)
    assert counts[["outlet", "naming", "words"]].values.tolist() == [
        ["G", 2, 1100],
        ["NYT", 1, 170],
    ]
    assert "words" not in marker_counts(m).columns
    # next to the voice: with nine marker families the table scrolls sideways, and a last
    # column was out of view on the Guardian/NYT render (1,088 px in a 969 px column)
    assert list(counts.columns[:3]) == ["outlet", "voice", "words"]


def test_framing_report_table_of_marker_counts_has_its_words():
    src = (ROOT / "notebooks" / "02-framing-features.py").read_text(encoding="utf-8")
    assert "marker_counts(markers, order=outlets, features=feats)" in src


def test_at_scale_summary_leads_with_a_difference_that_holds():
    # report 06 on the health-care sample summed up with "Loaded terms per 1,000 author words:
    # Townhall 2.08 vs CNN (Web News) 0.92 ... no difference detectable" while the quote share
    # (Hedges' g 1.02) and readability differences held: it took the second feature, always
    src = (ROOT / "notebooks" / "06-at-scale.py").read_text(encoding="utf-8")
    assert "strongest_difference(pairs, lead)" in src
    assert "sentences[1 if len(sentences) > 1 else 0]" not in src


def test_pca_arrow_labels_sit_on_white_above_the_arrows():
    # report 03 on the health-care sample: the arrow of "distancing attribution verbs" ran
    # through the words "Flesch reading ease (author text)" of the next arrow's label (its tip
    # on the word "ease")
    import matplotlib

    matplotlib.use("Agg")
    import numpy as np

    from analysis import plots
    from analysis.compare.cluster.pca import PCAResult

    # the outlet-level PCA of that report (5 sources x 120 articles), rounded
    scores = pd.DataFrame(
        {
            "PC1": [0.795, 0.514, -0.108, -3.333, 2.131],
            "PC2": [0.874, 2.145, -0.22, -0.758, -2.041],
            "n": [119, 120, 120, 120, 120],
        },
        index=["CNN (Web News)", "Fox News", "Politico", "Townhall", "Washington Times"],
    )
    loadings = pd.DataFrame(
        {
            "PC1": [0.45, -0.444, 0.466, -0.407, -0.454, -0.093, -0.055, -0.009],
            "PC2": [0.192, -0.237, -0.159, 0.301, -0.18, 0.459, 0.54, 0.507],
        },
        index=[
            "quote_share_pct",
            "rate_loaded_author",
            "rate_loaded_quoted",
            "rate_hedge_author",
            "rate_booster_author",
            "rate_evidential_author",
            "rate_attributions_distancing",
            "readability_flesch_reading_ease_author",
        ],
    )
    pca = PCAResult(
        scores=scores,
        loadings=loadings,
        explained_variance_ratio=np.array([0.517, 0.317]),
        dropped={},
        level="outlet",
    )
    ax = plots.plot_pca(pca)
    arrows = [t for t in ax.texts if not t.get_text()]
    labels = [t for t in ax.texts if t.get_text() and "(n =" not in t.get_text()]
    assert len(arrows) == len(labels) == 6
    top_arrow = max(a.get_zorder() for a in arrows)
    for t in labels:
        assert t.get_zorder() > top_arrow and t.get_bbox_patch() is not None, t.get_text()
    # ... and, on white, a label does not hide the tip of another arrow
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    tips = {a: ax.transData.transform(a.xy) for a in arrows}
    for t in labels:
        box = t.get_bbox_patch().get_window_extent(renderer)
        own = ax.transData.transform(t.xy)
        for tip in tips.values():
            if not np.allclose(tip, own):
                assert not box.contains(*tip), t.get_text()


def test_difference_plot_labels_of_neighbouring_rows_do_not_touch():
    # report 03 on the health-care sample (the 24 largest of 80 differences): a row's label
    # "Loaded terms per 1,000 author / words / CNN (Web News) − Townhall" ran into the next
    # row's, so a pair line read as the start of the next feature
    import matplotlib

    matplotlib.use("Agg")
    from analysis import plots

    feats = ["rate_loaded_author", "rate_booster_author", "readability_flesch_reading_ease_author"]
    labels = {
        "rate_loaded_author": "Loaded terms per 1,000 author words",
        "rate_booster_author": "Boosters per 1,000 author words",
        "readability_flesch_reading_ease_author": "Flesch reading ease of the author text, "
        "whole body without quotations",
    }
    pairs = [("CNN (Web News)", "Townhall"), ("Fox News", "Washington Times")] * 4
    d = pd.DataFrame(
        [
            {
                "feature": f,
                "group_a": a,
                "group_b": b,
                "effect_size": 0.5,
                "effect_low": 0.2,
                "effect_high": 0.8,
                "significant": True,
            }
            for f in feats
            for a, b in pairs
        ]
    )
    ax = plots.plot_differences(d, labels=labels)
    ax.figure.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.get_yticklabels()]
    assert len(boxes) == 24
    for upper, lower in zip(boxes, boxes[1:]):  # inverted axis: each row above the next
        assert upper.y0 - lower.y1 >= 2, (upper, lower)


def test_compared_features_are_rates_or_shares_not_counts_per_article():
    # report 07 on the health-care sample led with "Distinct sources per article: CNN (Web
    # News) 11.43 vs Townhall 6.37 ... a difference" (median 832 against 538 words: a count
    # grows with the article's length), and on Guardian/NYT 11.71 against 2.84 for NYT's leads
    for path in sorted((ROOT / "notebooks").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "compared" for t in node.targets)
                and isinstance(node.value, ast.Dict)
            ):
                keys = [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
                counts = [k for k in keys if str(k).startswith("n_")]
                assert not counts, (path.name, counts)


# A lean, country or bloc holding an outlet whose texts are leads or cut is flagged when groups
# other than outlets are compared (report 03's `by`, report 06's groupings, report 07's
# AllSides leans): the caveat was keyed by outlet and never reached those sentences.

ARTICLES = pd.DataFrame(
    {
        "outlet": ["New York Times"] * 3 + ["Washington Post"] * 2 + ["The Guardian"] * 4,
        "lean": ["Left"] * 5 + ["Centre"] * 4,
    }
)


def test_a_group_holding_a_lead_only_outlet_is_flagged_with_its_share():
    from analysis.report import partial_by_group, partial_texts

    partial = partial_texts(LEAD_ONLY)
    assert partial_by_group(partial, ARTICLES, "lean") == {
        "Left": "in part lead paragraphs only (New York Times: 3 of 5 articles)"
    }
    # compared by outlet, the outlet's own flag is kept
    assert partial_by_group(partial, ARTICLES, "outlet") == {
        "New York Times": "lead paragraphs only"
    }
    # a group made only of the flagged outlet is that outlet's kind of text
    only_nyt = ARTICLES[ARTICLES["outlet"] != "Washington Post"]
    assert partial_by_group(partial, only_nyt, "lean") == {"Left": "lead paragraphs only"}
    assert partial_by_group({}, ARTICLES, "lean") == {}


def test_a_tested_difference_between_leans_says_one_holds_lead_only_texts():
    from analysis.report import partial_by_group, partial_texts
    from analysis.report.differences import describe_difference

    pairs = _pairs().assign(group_a="Left", group_b="Centre")
    pairs.attrs.update(_pairs().attrs)
    said = describe_difference(
        pairs,
        "quote_share_pct",
        label="Words in direct quotations (%)",
        partial=partial_by_group(partial_texts(LEAD_ONLY), ARTICLES, "lean"),
    )
    assert "the texts of Left are in part lead paragraphs only (New York Times: 3 of 5" in said
    # keyed by outlet, as before, the leans' sentence said nothing
    plain = describe_difference(pairs, "quote_share_pct", partial=partial_texts(LEAD_ONLY))
    assert "Caveat" not in plain


def test_a_point_label_of_the_biplot_does_not_hide_an_arrow_head():
    # noticed on the review-14 renders: a group's label, on white above the arrows, sat on the
    # head of a loading arrow, so the feature the arrow stood for had no visible direction; of
    # 40 seeded six-outlet corpora of random features (below: seeds 0 and 6) 16 had one
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import plots
    from analysis.compare.cluster import pca_biplot_data

    for seed in (0, 6):
        rng = np.random.default_rng(seed)
        f = pd.DataFrame({"outlet": [f"Outlet number {i}" for i in range(6)], "status": "ok"})
        for c in "abcde":
            f[c] = rng.normal(size=6)
        ax = plots.plot_pca(pca_biplot_data(f))
        ax.figure.canvas.draw()
        renderer = ax.figure.canvas.get_renderer()
        heads = [ax.transData.transform(a.xy) for a in ax.texts if not a.get_text()]
        points = [t for t in ax.texts if "(n = " in t.get_text()]
        assert len(points) == 6 and len(heads) == 5
        for t in points:
            box = t.get_window_extent(renderer)
            assert not any(box.contains(*h) for h in heads), (seed, t.get_text())
        plt.close(ax.figure)
