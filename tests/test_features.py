"""featurize / spans / FramingFeatures: one row per article always, statuses, equivalence,
evidence."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.detect.language import language_check
from analysis.pipeline import FramingFeatures, analyse_article, featurize, spans, texts_for_voice

FRENCH = (
    "Le Kremlin a déclaré lundi que l'offensive russe s'arrêterait « en un instant » si l'Ukraine "
    "acceptait ses conditions. Selon le porte-parole Dmitri Peskov, Kiev doit modifier sa "
    "constitution, reconnaître la Crimée comme russe et reconnaître l'indépendance des républiques "
    "de Donetsk et de Louhansk. Les négociations doivent reprendre en Biélorussie dans "
    "l'après-midi, a-t-il ajouté."
)
ENGLISH = (
    "The Kremlin said on Monday that its offensive would stop 'in a moment' if Ukraine met its "
    "demands. Kremlin spokesman Dmitry Peskov told Reuters that Kyiv must change its constitution, "
    "recognise Crimea as Russian and recognise the independence of the Donetsk and Luhansk "
    "republics. Talks were due to resume in Belarus in the afternoon, he added. Ukraine has "
    "rejected the demands and called them an ultimatum, while the fighting around the capital "
    "continued for a twelfth day."
)


@pytest.fixture(scope="module")
def seed_feats(seed_corpus):
    return featurize(seed_corpus)


def test_one_row_per_article_in_order(seed_corpus, seed_feats):
    assert len(seed_feats) == len(seed_corpus)
    assert seed_feats["article_id"].tolist() == seed_corpus["article_id"].tolist()
    assert (seed_feats["status"] == "ok").all(), seed_feats["status"].tolist()
    # metadata carried over, text not
    assert {"outlet_country", "published", "title"} <= set(seed_feats.columns)
    assert "text" not in seed_feats.columns


def test_seed_feature_facts(seed_feats):
    f = seed_feats.set_index("outlet")
    # every seed article quotes Peskov directly
    assert (f["n_direct_quotes"] >= 1).all()
    # the Mirror's article is more than a fifth direct quotation; RT's too; no article is all quotes
    assert (f["quote_share"] > 0.1).all() and (f["quote_share"] < 0.8).all()
    assert f.loc["RT", "naming_kyiv"] == "Kiev"
    assert f.loc["Daily Mirror", "naming_kyiv"] == "Kyiv"


@pytest.mark.parametrize(
    "text, status_prefix",
    [
        ("", "unusable"),
        ("   \n\n  ", "unusable"),
        (
            "Russian forces shelled Kyiv overnight, officials said. Two people were hurt.",
            "too short",
        ),
        ("Kyiv", "empty after cleaning"),
        (FRENCH * 2, "not English"),
        (ENGLISH, "ok"),
    ],
)
def test_status(text, status_prefix):
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "text": [text]})
    feats = featurize(corpus)
    assert len(feats) == 1
    assert feats["status"].iloc[0].startswith(status_prefix), feats["status"].iloc[0]


def test_not_english_has_no_readability():
    feats = featurize(pd.DataFrame({"outlet": ["X"], "text": [FRENCH * 2]}))
    read_cols = [c for c in feats.columns if "flesch" in c or "fk_" in c or "smog" in c]
    assert read_cols == [] or feats[read_cols].isna().all(axis=None)


def test_failing_article_is_isolated(monkeypatch, seed_corpus):
    import analysis.pipeline.article as route

    real = route.quotes_and_attributions

    def boom(text, *a, **k):
        if "Kiev" in text:
            raise RuntimeError("synthetic failure")
        return real(text, *a, **k)

    monkeypatch.setattr(route, "quotes_and_attributions", boom)
    feats = featurize(seed_corpus)
    assert len(feats) == 5
    st = dict(zip(feats["outlet"], feats["status"]))
    assert st["RT"].startswith("error: RuntimeError: synthetic failure")
    assert st["Daily Mirror"] == "ok"


def test_n_jobs_gives_identical_results(seed_corpus):
    big = pd.concat([seed_corpus] * 3, ignore_index=True)
    big["article_id"] = [f"a{i}" for i in range(len(big))]
    one = featurize(big, n_jobs=1, chunksize=4)
    two = featurize(big, n_jobs=2, chunksize=4)
    pd.testing.assert_frame_equal(one, two)


def test_n_jobs_from_a_script_read_on_stdin(tmp_path):
    """``python - <<EOF`` with n_jobs=2: forkserver workers would try to re-run "<stdin>" as the
    main module and die (BrokenProcessPool); the pool must work and agree with n_jobs=1."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = (
        "from analysis import load_corpus\n"
        "from analysis.pipeline import featurize\n"
        "import pandas as pd\n"
        "c = load_corpus()\n"
        "c = pd.concat([c] * 2, ignore_index=True)\n"
        "c['article_id'] = [f'a{i}' for i in range(len(c))]\n"
        "pd.testing.assert_frame_equal(featurize(c, n_jobs=1, chunksize=3), "
        "featurize(c, n_jobs=2, chunksize=3))\n"
        "print('identical')\n"
    )
    out = subprocess.run(
        [sys.executable, "-"], input=script, capture_output=True, text=True, cwd=root, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "identical" in out.stdout


def test_language_check():
    assert language_check(ENGLISH)[0] is True
    assert language_check(FRENCH * 2)[0] is False


def test_spans_offsets_round_trip(seed_corpus):
    from analysis.clean import clean_corpus

    ev = spans(seed_corpus)
    bodies = dict(zip(seed_corpus["article_id"], clean_corpus(seed_corpus)["body"]))
    located = ev[ev["start"] >= 0]
    assert len(located) > 50
    for row in located.itertuples():
        assert bodies[row.article_id][row.start : row.end] == row.text
    assert set(ev["family"]) == {"quote", "marker", "attribution", "removed", "frame", "reported"}
    # the evidence behind a feature: barbarians only in the Daily Mail, only quoted
    barb = ev[(ev["family"] == "marker") & ev["text"].str.lower().str.startswith("barbarian")]
    assert len(barb) >= 1
    assert set(barb["outlet"]) == {"Daily Mail"} and set(barb["voice"]) == {"quoted"}


def test_texts_for_voice_author_blanks_quotes(seed_corpus):
    author = texts_for_voice(seed_corpus, "author")
    quoted = texts_for_voice(seed_corpus, "quoted")
    mail = seed_corpus["outlet"].tolist().index("Daily Mail")
    assert "Barbarians of the XXI century" not in author[mail]
    assert "Barbarians of the XXI century" in quoted[mail]
    with pytest.raises(ValueError):
        texts_for_voice(seed_corpus, "nobody")


def test_framing_features_in_a_pipeline(seed_corpus):
    from sklearn.base import clone
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    texts = seed_corpus["text"]
    ff = FramingFeatures(features=["quote_share", "n_direct_quotes", "rate_hedge_author"])
    X = ff.fit_transform(texts)
    assert list(X.columns) == ["quote_share", "n_direct_quotes", "rate_hedge_author"]
    assert X.shape == (5, 3) and np.isfinite(X.to_numpy()).all()
    pipe = make_pipeline(clone(ff), StandardScaler())
    Z = pipe.fit_transform(texts)
    assert Z.shape == (5, 3)
    assert list(ff.get_feature_names_out()) == [
        "quote_share",
        "n_direct_quotes",
        "rate_hedge_author",
    ]
    with pytest.raises(ValueError, match="not fitted"):
        FramingFeatures().transform(texts)


def test_analyse_article_keeps_evidence():
    res = analyse_article(ENGLISH)
    assert res.status == "ok"
    assert res.article is not None and res.article.body
    assert any(q.kind == "scare" or q.kind == "direct" for q in res.quotes)


def _documented_patterns(project_root):
    import re

    doc = (project_root / "docs" / "features.md").read_text()
    pats = []
    for name in re.findall(r"^\| `([^`]+)` \|", doc, flags=re.M):
        rx = re.escape(name)
        rx = rx.replace(r"\<", "<").replace(r"\>", ">")
        rx = rx.replace("<voice>", "(author|quoted|reported)").replace(
            "<category>", "(loaded|violence|naming|hedge|booster|evidential|quantifier|contested)"
        )
        rx = re.sub(r"<[a-z]+>", "[a-z0-9_]+", rx)
        pats.append(re.compile(rf"^{rx}$"))
    return pats


def test_every_feature_column_is_documented(seed_feats, seed_corpus, project_root):
    pats = _documented_patterns(project_root)
    assert len(pats) > 20
    meta = set(seed_corpus.columns) | {"article_id", "outlet", "status"}
    undocumented = [
        c for c in seed_feats.columns if c not in meta and not any(p.match(c) for p in pats)
    ]
    assert undocumented == []
    # the check can fail: an invented column is caught
    assert not any(p.match("n_bogus_feature") for p in pats)


def test_one_pass_quote_analysis_equals_separate_calls(seed_corpus):
    from analysis.clean import clean_article
    from analysis.detect.quotes import (
        analyse_quotes,
        find_attributions,
        find_quotes,
        quote_features,
    )

    for raw in seed_corpus["text"]:
        body = clean_article(raw).body
        q, a = analyse_quotes(body)
        assert q == find_quotes(body)
        assert a == find_attributions(body)
        assert quote_features(body, q, attributions=a) == quote_features(body)


def test_feature_frame_matrix_path_equals_column_coercion():
    """Numeric features go into one float matrix; a value that is no number (never made by the
    pipeline) sends the frame through per-column coercion, with the same result otherwise."""
    from analysis.pipeline import feature_frame, feature_schema

    def _feature_frame(dicts, index):
        return feature_frame(dicts, index, feature_schema())

    idx = pd.RangeIndex(3)
    dicts = [
        {"n_words": 3, "quote_share": 0.5, "rate_loaded_author": None},
        {"n_words": 4.0, "english_function_word_share": np.nan},
        {"n_words": 0},
    ]
    fast = _feature_frame(dicts, idx)
    slow = _feature_frame([*dicts[:2], {"n_words": 0, "quote_share": "not a number"}], idx)
    assert fast["n_words"].tolist() == [3.0, 4.0, 0.0] and fast["n_words"].dtype == "float64"
    assert (
        math.isnan(slow.loc[2, "quote_share"])
        and fast.loc[2, "quote_share"] != fast.loc[2, "quote_share"]
    )
    pd.testing.assert_frame_equal(fast, slow)
    extra = _feature_frame([{"n_words": 1, "rate_mycat_author": 2.5}], pd.RangeIndex(1))
    assert extra.columns[-1] == "rate_mycat_author" and extra.iloc[0, -1] == 2.5


# --- custom lexicons are honoured for markers AND feature columns (issue 15) -------------------
def _one_row_lexicon(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("term,category,subcategory,source,note,match\nkremlin,pressure,demand,me,,exact\n")
    return str(f)


def test_analyse_article_with_a_custom_lexicon_has_only_its_columns(tmp_path, seed_texts):
    res = analyse_article(seed_texts["RT"], lexicons=[_one_row_lexicon(tmp_path)])
    assert res.status == "ok"
    feats = res.features
    assert "rate_pressure_author" in feats and "rate_pressure_demand_author" in feats
    # categories that were not searched are absent, never 0.0 or "none"
    assert not any(k.startswith(("rate_hedge", "n_hedge", "naming_", "rate_loaded")) for k in feats)
    assert {m.category for m in res.markers} <= {"pressure"}


def test_featurize_takes_lexicons(tmp_path, seed_corpus):
    mine = _one_row_lexicon(tmp_path)
    feats = featurize(seed_corpus, lexicons=[mine])
    assert len(feats) == 5
    assert "rate_pressure_author" in feats.columns and "n_pressure_author" in feats.columns
    assert not any(c.startswith(("rate_hedge", "naming_kyiv")) for c in feats.columns)
    # three voices since issue 17 (author, quoted, reported): every hit is in one of them
    n = feats["n_pressure_author"] + feats["n_pressure_quoted"] + feats["n_pressure_reported"]
    import re

    expected = [
        len(re.findall(r"\bkremlin\b", b, re.I)) for b in texts_for_voice(seed_corpus, "all")
    ]
    assert n.tolist() == expected and sum(expected) > 0
    # the same with a compiled lexicon, in worker processes
    from analysis import load_lexicons

    par = featurize(
        seed_corpus,
        lexicons=load_lexicons(core=False, packs=(), extra=[mine]),
        n_jobs=2,
        chunksize=2,
    )
    pd.testing.assert_frame_equal(par, feats)


def test_framing_features_on_a_loaded_corpus_gives_one_row_per_article(seed_corpus):
    X = FramingFeatures().fit_transform(seed_corpus)
    assert X.shape[0] == len(seed_corpus) == 5
    assert "quote_share" in X.columns
    texts = FramingFeatures().fit_transform(seed_corpus["text"])
    pd.testing.assert_frame_equal(
        X.reset_index(drop=True), texts.reset_index(drop=True), check_like=True
    )
