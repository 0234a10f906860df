"""Tests for analysis.compare.align (same-event alignment) and analysis.evaluation.align."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import need_shared
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.compare.align import (
    EventAlignment,
    align_event,
    article_units,
    link_relation,
    normalise,
)
from analysis.plots import plot_alignment


def _event(*bodies: str, outlets: list[str] | None = None) -> pd.DataFrame:
    outlets = outlets or [f"O{i}" for i in range(len(bodies))]
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(bodies))],
            "outlet": outlets,
            "body": list(bodies),
        }
    )


def _row(ev: EventAlignment, needle: str) -> pd.Series:
    hits = [
        uid
        for uid, u in ev.units.iterrows()
        if any(needle.lower() in o["text"].lower() for o in u["occurrences"])
    ]
    assert hits, f"no unit contains {needle!r}"
    assert len(hits) == 1, f"{needle!r} is in several units: {hits}"
    return ev.matrix.loc[hits[0]]


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "a, b",
    [
        ("recognise", "recognize"),
        ("demilitarisation of Ukraine", "demilitarization of Ukraine"),
        ("the colour of honour", "the color of honor"),
        ("the city centre", "the city center"),
        ("minister of defence", "minister of defense"),
        ("they travelled to Brest", "they traveled to Brest"),
        ("buildings levelled by airstrikes", "buildings leveled by airstrikes"),
        ("And that’s it.", "And that's it"),
        ("“in a moment”", '"in a moment"'),
        (
            "Mevlut Cavusoglu - Turkey's foreign minister - announced",
            "Mevlut Cavusoglu — Turkey’s foreign minister — announced",
        ),
        ("the 3million people", "the 3 million people"),
        ("U.S. and British weapons", "US and British weapons"),
        (
            "earlier this week.Eric is a good friend",
            "earlier this week. Eric is a good friend",
        ),  # BASIL glue
        ("Donetsk and Lugansk [republics] are independent", "Donetsk and Lugansk are independent"),
        ("  many   spaces\n\nhere ", "many spaces here"),
        ("analyse the programme", "analyze the program"),
    ],
)
def test_normalise_equates_variants(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("four hours", "for hors"),  # -our rule must not touch four / hour
        ("your tour", "yor tor"),
        ("our contour", "or contor"),
        ("Lugansk", "Luhansk"),  # naming variants are a framing feature, not spelling
        ("Kiev", "Kyiv"),
        ("the constitution", "their constitution"),
    ],
)
def test_normalise_keeps_distinct_words(a, b):
    assert normalise(a) != normalise(b)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # same words up to spelling and punctuation
        (
            "We really are finishing the demilitarisation of Ukraine.",
            '"We really are finishing the demilitarization of Ukraine,"',
            "verbatim",
        ),
        # one word changed in a long quote (the/their): near-identical token sequence
        (
            "They should make amendments to the constitution according to which Ukraine would "
            "reject any aims to enter any bloc.",
            "They should make amendments to their constitution according to which Ukraine would "
            "reject any aims to enter any bloc",
            "verbatim",
        ),
        # a shorter excerpt of a longer quotation
        (
            "finishing the demilitarization of Ukraine",
            "We really are finishing the demilitarisation of Ukraine.",
            "verbatim",
        ),
        (
            "recognise that Donetsk and Lugansk [republics] are independent states.",
            "We have also spoken about how they should recognize that Crimea is Russian territory "
            "and that they need to recognize that Donetsk and Lugansk are independent states.",
            "verbatim",
        ),
        # shared words scattered over a longer sentence are not an excerpt
        (
            "It will stop in a moment",
            "Moscow told the country it will stop its onslaught 'in a moment' if Kyiv meets a raft "
            "of conditions",
            None,
        ),
        (
            "Russia's foreign ministry confirmed the plan.",
            "They should stop their military action.",
            None,
        ),
        (
            "Donetsk and Lugansk don't want to be part of Ukraine.",
            "They should recognise that Donetsk and Lugansk are independent states.",
            None,
        ),
    ],
)
def test_link_relation(a, b, expected):
    assert link_relation(a, b)[0] == expected
    assert link_relation(b, a)[0] == expected


# --------------------------------------------------------------------------- units


def test_units_split_quote_from_statement_and_skip_short_pieces():
    body = (
        'Kremlin spokesman Dmitry Peskov said: "We really are finishing the demilitarisation of '
        "Ukraine. We will finish it. And that's it.\" He spoke to Reuters."
    )
    units = article_units(body)
    got = [(u["kind"], u["text"]) for u in units]
    assert ("statement", "Kremlin spokesman Dmitry Peskov said") in got
    assert ("quote", "We really are finishing the demilitarisation of Ukraine.") in got
    assert ("quote", "We will finish it.") in got
    assert ("statement", "He spoke to Reuters.") in got
    # "And that's it." has three words: ignored
    assert not any("that's it" in t for _, t in got)
    for u in units:
        assert body[u["start"] : u["end"]] == u["text"]


def test_scare_quotes_stay_in_the_statement():
    body = (
        "Russia announced new 'humanitarian corridors' on Monday to transport Ukrainians to Russia "
        "itself."
    )
    units = article_units(body)
    assert [(u["kind"], u["text"]) for u in units] == [("statement", body)]


@pytest.mark.parametrize(
    "body", ["", "   \n\n  ", "OK.", "Yes. No. Maybe so.", "\x00\x01\ud800 «»"]
)
def test_units_of_bodies_without_sentences(body):
    assert article_units(body) == []


# --------------------------------------------------------------------------- synthetic events

SYNTH = _event(
    # O0: British spelling, straight quotes
    "Peskov said: 'We really are finishing the demilitarisation of Ukraine.' "
    "The Kremlin wants Kyiv to recognise Crimea as Russian territory. "
    "Prices of wheat rose sharply in Chicago on Monday.",
    # O1: American spelling, curly quotes, an em dash
    "Peskov said: “We really are finishing the demilitarization of Ukraine.” "
    "The Kremlin wants Kyiv to recognize Crimea as Russian territory — officials said. "
    "A famous violinist gave a concert in Vienna last night.",
    # O2: a paraphrase of O0's second sentence (reordered, content words kept) and nothing verbatim
    "The Kremlin says it wants the government in Kyiv to recognise that Crimea is Russian. "
    "The weather in Lisbon was sunny and warm all weekend.",
    outlets=["UK", "US", "Para"],
)


def test_synthetic_verbatim_with_spelling_and_punctuation_variants():
    ev = align_event(SYNTH)
    row = _row(ev, "finishing the demilitari")
    assert row.to_dict() == {"UK": "verbatim", "US": "verbatim", "Para": "absent"}


def test_synthetic_paraphrase_and_unrelated_absent():
    ev = align_event(SYNTH)
    row = _row(ev, "to recognise Crimea as Russian territory")
    assert row["UK"] == "verbatim" and row["US"] == "verbatim"
    assert row["Para"] == "paraphrase"
    for needle, outlet in [("wheat", "UK"), ("violinist", "US"), ("Lisbon", "Para")]:
        r = _row(ev, needle)
        assert r[outlet] == "verbatim"
        assert (r.drop(outlet) == "absent").all()


@pytest.mark.xfail(
    strict=True,
    reason="known limit: character n-grams do not see synonyms "
    "(Moscow/Kremlin, demands/wants, land/territory)",
)
def test_synonym_paraphrase_is_not_detected():
    ev = align_event(
        _event(
            "The Kremlin wants Kyiv to recognise Crimea as Russian territory.",
            "Moscow demands that Kyiv recognises Crimea as Russian land.",
        )
    )
    assert len(ev.units) == 1


def test_matrix_order_units_kinds_and_summary():
    ev = align_event(SYNTH)
    n = ev.units["n_outlets"].tolist()
    assert n == sorted(n, reverse=True)
    assert list(ev.matrix.columns) == ["UK", "US", "Para"]
    assert set(ev.matrix.stack().unique()) <= {"verbatim", "paraphrase", "absent"}
    quote = ev.units.loc[ev.units["text"].str.contains("finishing")]
    assert quote["kind"].tolist() == ["quote"]
    s = ev.outlet_summary()
    # Para: two statements, one shared (paraphrase) and one unique
    assert s.loc["Para", "n_statements"] == 2
    assert s.loc["Para", "n_unique_statements"] == 1
    assert s.loc["Para", "unique_context_share"] == pytest.approx(0.5)
    assert s.loc["Para", "n_paraphrase"] == 1
    assert s.loc["Para", "quotes_used"] == []
    assert s.loc["UK", "n_quotes"] == 1
    assert (
        s.loc["Para", "shared_quotes_dropped"]
        == ev.units.index[ev.units["kind"] == "quote"].tolist()
    )


def test_offsets_round_trip():
    ev = align_event(SYNTH)
    for _, u in ev.units.iterrows():
        for o in u["occurrences"]:
            assert ev.bodies[o["article_id"]][o["start"] : o["end"]] == o["text"]


def test_one_article_and_empty_articles():
    ev = align_event(_event("Russia wants the war to stop now. Prices rose sharply on Monday."))
    assert (ev.matrix["O0"] == "verbatim").all() and len(ev.matrix) == 2
    ev = align_event(_event("", "Yes. No.", "Russia wants the war to stop now."))
    assert list(ev.matrix.columns) == ["O0", "O1", "O2"]
    assert len(ev.units) == 1
    assert ev.outlet_summary().loc["O0", "n_units"] == 0
    ev = align_event(pd.DataFrame({"article_id": [], "outlet": [], "text": []}))
    assert ev.units.empty and ev.matrix.empty
    assert ev.outlet_summary().empty


def test_alignment_imports_no_matplotlib():
    """The alignment is computed without matplotlib: the figure is in analysis.plots."""
    import subprocess
    import sys

    code = (
        "import sys, pandas as pd\n"
        "from analysis.compare.align import align_event\n"
        "ev = align_event(pd.DataFrame({'article_id': ['a', 'b'], 'outlet': ['A', 'B'],\n"
        "    'body': ['Russia wants the war to stop now.', "
        "'Russia wants the war to stop now!']}))\n"
        "ev.table(); ev.outlet_summary()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_table_and_plot():
    import matplotlib

    matplotlib.use("Agg")
    ev = align_event(SYNTH)
    t = ev.table(max_len=20)
    assert list(t.columns) == ["unit", "kind", "speaker", "n_outlets", "UK", "US", "Para"]
    assert all(len(s) <= 20 for s in t.index)
    assert set(t[["UK", "US", "Para"]].stack()) <= {"verbatim", "paraphrase", ""}
    ax = plot_alignment(ev, max_len=25)
    labels = [x.get_text() for x in ax.get_xticklabels()]
    assert labels[0].startswith("UK") and "(n=" in labels[0]
    assert len(ax.get_yticklabels()) == len(ev.units)
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {
        "verbatim",
        "paraphrase",
        "absent",
    }
    # rows start with the unit id that the tables and the per-outlet sentences cite ("leaves out
    # u007")
    rows = [x.get_text() for x in ax.get_yticklabels()]
    assert [r.split(" ", 1)[0] for r in rows] == list(ev.units.index[: len(rows)])
    # legible in a report column: not wider than ~8.3 in (at 110 dpi), labels at least 8 pt
    assert ax.figure.get_size_inches()[0] <= 8.3
    assert min(x.get_fontsize() for x in ax.get_yticklabels()) >= 8


# --------------------------------------------------------------------------- bundled corpus


@pytest.fixture(scope="module")
def seed_event(seed_corpus):
    return align_event(seed_corpus)


def test_bundled_constitution_quote_in_all_five_outlets(seed_event):
    row = _row(seed_event, "should make amendments to")
    assert (row != "absent").all(), row.to_dict()
    assert (row == "verbatim").all(), row.to_dict()


def test_bundled_barbarians_only_in_daily_mail(seed_event):
    row = _row(seed_event, "Barbarians of the XXI century")
    assert row["Daily Mail"] == "verbatim"
    assert (row.drop("Daily Mail") == "absent").all(), row.to_dict()


def test_bundled_crimea_rejoin_only_in_rt(seed_event):
    row = _row(seed_event, "Crimea voted to rejoin Russia")
    assert row["RT"] == "verbatim"
    assert (row.drop("RT") == "absent").all(), row.to_dict()


@pytest.mark.parametrize(
    "needle, carried_by",
    [
        # Peskov's quotes: hand-checked against the five articles
        # Common Dreams quotes the excerpt "finishing the demilitarization of Ukraine"
        (
            "We really are finishing the demilitari",
            {"Daily Mirror", "Daily Mail", "UNILAD", "Common Dreams", "RT"},
        ),
        (
            "They should stop their military action and then no one will shoot",
            {"Daily Mirror", "Daily Mail", "UNILAD", "RT"},
        ),
        ("In the end what tipped the balance", {"Daily Mirror", "Daily Mail"}),
        ("civilian deaths since Russia's full-scale invasion", {"Common Dreams"}),
    ],
)
def test_bundled_quote_selection(seed_event, needle, carried_by):
    row = _row(seed_event, needle)
    assert set(row.index[row != "absent"]) == carried_by, row.to_dict()


def test_bundled_peskov_quotes_per_outlet(seed_event):
    s = seed_event.outlet_summary(source="Peskov")
    t = seed_event.table(speaker="peskov")
    assert set(s["source_quotes_used"].explode().dropna()) == set(t["unit"])
    # the Daily Mail reprints most of the interview; UNILAD runs only the core demands (read by
    # hand)
    assert s["n_source_quotes"].idxmax() == "Daily Mail"
    assert s.loc["Daily Mail", "n_source_quotes"] > s.loc["UNILAD", "n_source_quotes"] > 0
    constitution = _row(seed_event, "should make amendments to").name
    assert all(constitution in used for used in s["source_quotes_used"])
    assert ((s["source_quote_share"] > 0) & (s["source_quote_share"] <= 1)).all()


def test_bundled_offsets_round_trip(seed_event):
    for _, u in seed_event.units.iterrows():
        for o in u["occurrences"]:
            assert seed_event.bodies[o["article_id"]][o["start"] : o["end"]] == o["text"]
    s = seed_event.outlet_summary()
    assert list(s.index) == ["Daily Mirror", "Daily Mail", "UNILAD", "Common Dreams", "RT"]
    assert (s["n_shared"] + s["n_unique"] == s["n_units"]).all()


def test_raw_corpus_and_body_column_agree(seed_corpus):
    from analysis.clean import clean_corpus

    a = align_event(seed_corpus)
    b = align_event(clean_corpus(seed_corpus))
    pd.testing.assert_frame_equal(a.matrix, b.matrix)


# --------------------------------------------------------------------------- properties

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("'\"“”‘’«»—–-.!?\n ") + ["\ud800"]),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_normalise_never_crashes(text):
    out = normalise(text)
    assert isinstance(out, str)
    assert out == normalise(out)  # idempotent


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_text, min_size=1, max_size=3))
def test_align_event_never_crashes_and_offsets_hold(bodies):
    ev = align_event(_event(*bodies))
    for _, u in ev.units.iterrows():
        for o in u["occurrences"]:
            assert ev.bodies[o["article_id"]][o["start"] : o["end"]] == o["text"]
    assert set(ev.matrix.stack().unique()) <= {"verbatim", "paraphrase", "absent"}


# --------------------------------------------------------------------------- BASIL (shared data)


def test_basil_triplets_align_plausibly():
    from analysis.evaluation.align import load_basil

    corpus = load_basil(need_shared("datasets", "basil-same-event", "articles.csv"))
    triplets = sorted(corpus["triplet"].unique())[:3]
    for t in triplets:
        sub = corpus[corpus["triplet"] == t].reset_index(drop=True)
        ev = align_event(sub)
        assert set(ev.matrix.columns) == set(sub["outlet"])
        assert len(ev.units) >= 10
        # same-event coverage by three outlets shares something, but most sentences are their own
        assert 0 < (ev.units["n_outlets"] >= 2).sum() < len(ev.units) / 2
        for _, u in ev.units.iterrows():
            for o in u["occurrences"]:
                assert ev.bodies[o["article_id"]][o["start"] : o["end"]] == o["text"]


def test_basil_review_precision():
    from analysis.evaluation.align import JUDGEMENT_COLUMNS, REVIEW_PATH, link_precision

    review = pd.read_csv(REVIEW_PATH, dtype=str, keep_default_na=False)
    assert len(review) >= 40
    # judgements and unit keys only: no article text of the shared data set is committed
    assert list(review.columns) == list(JUDGEMENT_COLUMNS)
    assert (
        review["unit_a_key"].str.fullmatch(r"[0-9a-f]{16}").all()
        and review["unit_b_key"].str.fullmatch(r"[0-9a-f]{16}").all()
    )
    assert set(review["judgement"]) <= {"yes", "no"}
    p = link_precision(review)
    assert p.loc["all", "n"] == len(review)
    assert p.loc["verbatim", "n"] > 0 and p.loc["paraphrase", "n"] > 0


def test_basil_review_text_comes_back_from_shared_data():
    from analysis.evaluation.align import REVIEW_COLUMNS, judgements_only, review_with_text

    articles = need_shared("datasets", "basil-same-event", "articles.csv")
    back = review_with_text(articles=articles)
    assert list(back.columns) == list(REVIEW_COLUMNS)
    found = (back["unit_a"] != "") & (back["unit_b"] != "")
    assert found.mean() >= 0.95  # a unit the current alignment no longer produces stays empty
    assert (back["unit_a"].str.len() <= 200).all() and (back["unit_b"].str.len() <= 200).all()
    # the keys of the excerpts put back are the committed keys
    again = judgements_only(back[found])
    assert again["unit_a_key"].tolist() == review_keys(found, "unit_a_key")
    assert again["unit_b_key"].tolist() == review_keys(found, "unit_b_key")


def test_basil_review_tables_come_from_the_documented_draws():
    # the committed samples are sample_basil_links(**DRAWS[split]) (their triplets, drawn order)
    from analysis.evaluation.align import DRAWS, SAMPLE_PATHS, drawn_triplets, load_basil

    corpus = load_basil(need_shared("datasets", "basil-same-event", "articles.csv"))
    dev = drawn_triplets(corpus, DRAWS["dev"]["n_triplets"], DRAWS["dev"]["random_state"])
    spec = DRAWS["test"]
    exclude = set().union(*(drawn_triplets(corpus, n, rs) for rs, n in spec["exclude_draws"]))
    assert set(dev) <= exclude
    test = drawn_triplets(corpus, spec["n_triplets"], spec["random_state"], frozenset(exclude))
    for split, drawn in (("dev", dev), ("test", test)):
        review = pd.read_csv(SAMPLE_PATHS[split], dtype=str, keep_default_na=False)
        assert set(review["triplet"]) <= set(drawn)
        order = [
            drawn.index(t) for t in review.loc[review["system_label"] == "verbatim", "triplet"]
        ]
        assert order == sorted(order)
        assert (review["system_label"].value_counts() <= spec["n_per_label"]).all()


def review_keys(mask, column):
    from analysis.evaluation.align import REVIEW_PATH

    review = pd.read_csv(REVIEW_PATH, dtype=str, keep_default_na=False)
    return review.loc[mask.values, column].tolist()


def test_bad_corpus_raises_and_missing_outlet_falls_back_to_article_id():
    from analysis.errors import CorpusError

    with pytest.raises(CorpusError, match="'text' column"):
        align_event(pd.DataFrame({"article_id": ["a"], "outlet": ["A"]}))
    with pytest.raises(CorpusError):
        align_event(["not", "a", "frame"])  # type: ignore[arg-type]
    ev = align_event(
        pd.DataFrame(
            {"article_id": ["x", "y"], "body": ["Russia wants the war to stop now.", None]}
        )
    )
    assert list(ev.matrix.columns) == ["x", "y"]
    assert ev.matrix.loc[ev.units.index[0]].tolist() == ["verbatim", "absent"]


def test_basil_review_sampler_runs():
    from analysis.evaluation.align import REVIEW_COLUMNS, load_basil, sample_basil_links

    corpus = load_basil(need_shared("datasets", "basil-same-event", "articles.csv"))
    t = sample_basil_links(corpus, n_triplets=1, n_per_label=3, random_state=0)
    assert list(t.columns) == list(REVIEW_COLUMNS)
    assert len(t) <= 6
    assert (t["unit_a"].str.len() <= 200).all()
    assert (t["outlet_a"] != t["outlet_b"]).all()


# --- hostile-input review (review-robust) -------------------------------------------------------


def test_numeric_outlets_are_outlets_not_article_ids():
    # was: outlets 1 and 2 (not str) silently replaced by the article ids in the matrix columns
    body = (
        "Peskov said: 'We really are finishing the demilitarisation of Ukraine, and it will go on.'"
    )
    ev = align_event(
        pd.DataFrame({"article_id": ["a", "b"], "outlet": [1, 2], "body": [body, body]})
    )
    assert ev.matrix.columns.tolist() == ["1", "2"]


def test_lone_surrogate_in_a_body_column_does_not_abort():
    # was: UnicodeEncodeError building the units table
    body = (
        "Peskov said: 'We really are finishing the demilitarisation of Ukraine, and it will go on.'"
    )
    corpus = pd.DataFrame(
        {"article_id": ["a", "b"], "outlet": ["A", "B"], "body": ["\ud800 " + body, body]},
        dtype=object,
    )
    ev = align_event(corpus)
    assert len(ev.units) >= 1
    for occs in ev.units["occurrences"]:
        for o in occs:
            assert ev.bodies[o["article_id"]][o["start"] : o["end"]] == o["text"]
