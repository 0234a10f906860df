"""Reports on a corpus about another topic than the war (the report review of round 27).

The corpus of the review: a seeded sample (``random_state=27``) of 400 AllSides articles of the
topic "elections", 2012 to 2020, from four outlets of different lean: CNN (Web News) 110
(left), NPR Online News 100 (centre), Fox News 110 and Townhall 80 (right). No bundled topic
pack fits it (6 of the 400 articles name the Ukraine war).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]

# report 04 of the review, event E26 (NPR Online News and Fox News, 10 Nov 2018): the two
# outlets share statements, each in its own words, and no quotation
NPR = (
    "The votes in the Senate race between Democratic Sen. Bill Nelson and Republican Gov. "
    "Rick Scott will be recounted, Florida officials announced on Saturday afternoon. "
    "Florida law requires a machine recount when the leading candidate's margin is 0.5 "
    "percentage points or less."
)
FOX = (
    "The votes in the Senate race between Democratic Sen. Bill Nelson and Republican Gov. "
    "Rick Scott, and the race for governor, will be recounted, the state said on Saturday. "
    "State law requires a machine recount when the leading candidate's margin is half a "
    "percentage point or less."
)


def _event():
    from analysis.compare.align import align_event

    return align_event(
        pd.DataFrame({"article_id": ["n", "f"], "outlet": ["NPR", "Fox"], "body": [NPR, FOX]})
    )


def test_alignment_of_outlets_that_share_no_quotation_does_not_count_zero_of_zero():
    # report 04 of the review: "0 quotation unit(s) appear in both outlets." and "NPR Online
    # News: carries 0 of the 0 shared quotation units (3 of its shared units only as
    # paraphrase)", where the outlets shared four statements
    from analysis.report import describe_alignment

    ev = _event()
    shared = ev.units[ev.units["n_outlets"] >= 2]
    assert len(shared) == 2 and set(shared["kind"]) == {"statement"}
    sentences = describe_alignment(ev)
    assert sentences[0] == "No quotation appears in both outlets; 2 statement unit(s) do."
    assert not any("0 of the 0" in s for s in sentences)
    assert sentences[1].startswith("NPR: shares no quotation with the other outlet")


def test_an_outlet_is_not_counted_verbatim_for_carrying_its_own_words():
    # report 04 of the review: "verbatim 3, paraphrase 1" for Fox News and "verbatim 1,
    # paraphrase 3" for NPR Online News on four shared statements that the two outlets wrote
    # in their own words: the outlet whose sentence stood for the unit was counted verbatim
    ev = _event()
    m = ev.matrix[ev.units["n_outlets"] >= 2]
    # each shared unit's text is one outlet's sentence; the other outlet's is a paraphrase
    assert sorted(map(sorted, m.to_numpy().tolist())) == [["paraphrase", "verbatim"]] * 2
    s = ev.outlet_summary()
    assert s["n_verbatim"].tolist() == [0, 0]
    assert s["n_paraphrase"].tolist() == [2, 2]


def test_alignment_figure_caption_says_whose_words_a_row_shows():
    # the matrix of the review's event E26 showed Fox News "verbatim" and NPR "paraphrase" on a
    # row, and NPR "verbatim" on another, with nothing to say that "verbatim" there is the
    # outlet whose sentence the row label quotes
    src = (ROOT / "notebooks" / "04-same-event.py").read_text(encoding="utf-8")
    assert "the {noun} whose words the row label quotes" in src  # "outlet" by outlet (round 40)


def _omni() -> pd.DataFrame:
    # report 07 of the review: the test of equal means over the four outlets (300 sampled
    # articles): the experts' share differs, eight other features do not
    o = pd.DataFrame(
        {
            "feature": ["source_share_expert_pct", "anonymous_source_share_pct"],
            "n_groups": [4, 4],
            "n": [291, 300],
            "eta_squared": [0.046, 0.004],
            "p_value": [0.001, 0.62],
            "p_adjusted": [0.009, 1.0],
            "significant": [True, False],
        }
    )
    o.attrs["correction"] = "holm"
    return o


def _expert_summary() -> pd.DataFrame:
    rows = [
        ("CNN (Web News)", 83, 4.29),
        ("Fox News", 82, 6.82),
        ("NPR Online News", 74, 3.82),
        ("Townhall", 60, 11.86),
    ]
    return pd.DataFrame(
        [{"outlet": g, "feature": "source_share_expert_pct", "n": n, "mean": m} for g, n, m in rows]
    )


def test_a_summary_without_a_pairwise_difference_gives_the_test_over_all_groups_that_holds():
    # report 07 of the review: "In short. Sources of 300 articles by outlet. Sources that are
    # anonymous (%): CNN (Web News) 2.00 (n = 83) vs Townhall 1.21 (n = 60) ... no difference
    # detectable at the 0.05 level" - while the table below it said the four outlets differ on
    # the experts' share (adjusted p 0.009); no single pair survived Holm over 54 comparisons
    from analysis.report.summaries import omnibus_lead

    pairs = pd.DataFrame({"feature": ["source_share_expert_pct"], "significant": [False]})
    pairs.attrs["n_tests"] = 54
    text = omnibus_lead(
        _omni(),
        pairs,
        _expert_summary(),
        by="outlet",
        labels={"source_share_expert_pct": "Attributed words from experts (%)"},
    )
    assert text.startswith("The 4 outlets differ on Attributed words from experts (%)")
    assert "Townhall 11.86 (n = 60)" in text and "NPR Online News 3.82 (n = 74)" in text
    assert "adjusted p = 0.009" in text and "η² = 0.05" in text
    assert "no single pair of outlets differs" in text
    # a pair that holds leads the summary as before; no omnibus difference: nothing to add
    assert omnibus_lead(_omni(), pairs.assign(significant=True), _expert_summary()) is None
    assert omnibus_lead(_omni().assign(significant=False), pairs, _expert_summary()) is None


def test_comparison_summaries_fall_back_on_the_test_over_all_groups():
    for name in ("03-compare-outlets.py", "07-sources.py"):
        src = (ROOT / "notebooks" / name).read_text(encoding="utf-8")
        assert "omnibus_lead(" in src, name


def test_terms_of_a_grouping_by_lean_lose_the_outlets_own_names():
    # report 06 of the review, by lean: "left: “cnn” (z = 13.3, 251×)", "right: “fox”
    # (z = 8.7, 140×), “fox news” (z = 8.4, 122×)", "center: “npr” (z = 7.1), “npr's”": the
    # outlets' own names (datelines, "told Fox News", "NPR's Don Gonyea contributed") were
    # removed from the by-outlet lists but not from the lists of the leans the outlets make up
    from analysis.compare import distinguishing_terms

    cnn = (
        "Windham, New Hampshire (CNN) Donald Trump pumped up his attacks on Hillary "
        "Clinton's character Saturday night, CNN reported."
    )
    fox = "Trump told Fox News that Republicans will win over black voters, Fox News said."
    npr = "NPR's Don Gonyea contributed to this report on the voters of New Hampshire, NPR said."
    corpus = pd.DataFrame(
        {
            "outlet": ["CNN (Web News)"] * 3 + ["Fox News"] * 3 + ["NPR Online News"] * 3,
            "lean": ["left"] * 3 + ["right"] * 3 + ["center"] * 3,
            "body": [cnn] * 3 + [fox] * 3 + [npr] * 3,
        }
    )
    terms = distinguishing_terms(corpus, by="lean", voice="all", min_count=2, top=30)
    assert not set(terms["term"]) & {"cnn", "fox", "fox news", "news", "npr", "npr's"}
    # the texts' other words stay
    assert {"trump", "gonyea"} <= set(terms["term"])
    # and a list given by the caller is used as it is
    kept = distinguishing_terms(corpus, by="lean", voice="all", min_count=2, top=30, drop_names=[])
    assert "cnn" in set(kept["term"])


def test_same_event_summary_goes_on_in_lower_case_after_its_colon():
    # the index and report 04 of the review: "event E26 aligned: No quotation appears in both
    # outlets; 4 statement unit(s) do."
    src = (ROOT / "notebooks" / "04-same-event.py").read_text(encoding="utf-8")
    assert 'aligned: "' in src
    assert (
        'describe_alignment(aligned,partial=partial,noun=noun)[0].replace("Noquotation","noquotation")'
        in "".join(src.split())  # the grouping's noun since round 40; white space aside
    )


def test_a_source_type_almost_no_article_has_is_not_compared():
    # report 07 of the review: "Attributed words from military sources (%): CNN (Web News)
    # 0.10, Fox News 0.14, NPR Online News 0.50 (n = 74), Townhall 0.00", tested pair by pair
    # ("NPR Online News 0.50 vs Townhall 0.00 ... no difference detectable") in election news
    # where 7 of the 300 sampled articles cite any military source: a row of near-zeros that
    # also widened the Holm family from 48 to 54 comparisons
    from analysis.report.sources import rare_source_types

    n = 300
    feats = pd.DataFrame(
        {
            "outlet": (["CNN (Web News)", "Fox News", "NPR Online News", "Townhall"] * 75),
            "status": "ok",
            "source_share_military_pct": [5.0] * 7 + [0.0] * (n - 7),
            "source_share_expert_pct": [10.0] * 110 + [0.0] * (n - 110),
            "rate_sources": [11.0] * n,
        }
    )
    labels = {
        "source_share_military_pct": "Attributed words from military sources (%)",
        "source_share_expert_pct": "Attributed words from experts (%)",
        "rate_sources": "Distinct sources per 1,000 words",
    }
    kept, why = rare_source_types(feats, list(labels), labels=labels)
    assert kept == ["source_share_expert_pct", "rate_sources"]
    assert why.startswith("Not compared: Attributed words from military sources (%), 7 of the ")
    assert "300 usable articles (2%)" in why
    # every type common enough: nothing left out, nothing to say
    assert rare_source_types(feats, ["source_share_expert_pct"], labels=labels) == (
        ["source_share_expert_pct"],
        None,
    )


def test_sources_report_leaves_out_the_rare_source_types():
    src = (ROOT / "notebooks" / "07-sources.py").read_text(encoding="utf-8")
    assert "rare_source_types(" in src


def _frame_summary() -> pd.DataFrame:
    # report 10 of the review: the share of each outlet's articles with the frame
    shares = {
        "conflict": [1.0, 1.0, 0.96, 0.975],
        "responsibility": [0.827, 0.882, 0.71, 0.812],
        "morality": [0.118, 0.073, 0.08, 0.15],
    }
    outlets = ["CNN (Web News)", "Fox News", "NPR Online News", "Townhall"]
    sizes = [110, 110, 100, 80]
    return pd.DataFrame(
        [
            {"outlet": o, "feature": f"frame_{f}", "n": n, "mean": m}
            for f, ms in shares.items()
            for o, n, m in zip(outlets, sizes, ms, strict=True)
        ]
    )


def test_a_frame_found_in_nearly_every_article_of_every_outlet_is_said_not_to_tell_them_apart():
    # report 10 of the review: conflict "100% (all 110)", "100% (all 110)", "96% (92–99)",
    # "98% (94–100)", tested pair by pair like the other frames, with nothing to say that a
    # frame the detector finds in nearly every article cannot tell the outlets apart
    from analysis.report.frames import saturated_frames

    text = saturated_frames(_frame_summary(), ["responsibility", "conflict", "morality"])
    assert text.startswith("The conflict frame is found in 96% to 100% of the articles of")
    assert "every outlet" in text and "responsibility" not in text and "morality" not in text
    # a frame under the ceiling in one outlet is not saturated
    s = _frame_summary()
    s.loc[(s["feature"] == "frame_conflict") & (s["outlet"] == "Townhall"), "mean"] = 0.9
    assert saturated_frames(s, ["conflict"]) is None


def test_frames_report_says_which_frames_are_saturated():
    src = (ROOT / "notebooks" / "10-frames.py").read_text(encoding="utf-8")
    assert "saturated_frames(" in src


def test_harm_summary_says_on_how_many_articles_the_events_rest():
    # the index and report 09 of the review: "358 harm events in 400 usable articles; 73% name
    # no agent ..." - the events came from 145 of the 400 election stories (36%), many of them
    # figurative ("Trump's campaign was possibly mortally wounded"), which the page's caveat
    # said and the summary did not
    from analysis.report.harm import harm_count

    events = pd.DataFrame(
        {"group": ["A"] * 6 + ["B"] * 2, "article_id": list("aabbcc") + ["d"] * 2}
    )
    assert harm_count(events, 10) == (
        "8 harm events in 4 of the 10 usable articles (40%; most articles report no harm to "
        "people: the rates rest on the others, and some events may be figurative)"
    )
    many = pd.DataFrame({"group": ["A"] * 6, "article_id": list("abcdef")})
    assert harm_count(many, 10) == "6 harm events in 6 of the 10 usable articles (60%)"
    assert harm_count(many.iloc[:0], 10) == "No harm event in the 10 usable articles"
    src = (ROOT / "notebooks" / "09-agency.py").read_text(encoding="utf-8")
    assert "harm_count(events, n_ok)" in src


def test_frames_summary_gives_a_difference_that_holds():
    # the index of the review: "Frames in 400 articles: most often conflict, least often
    # morality." - while the page found the economic frame in 49% of CNN's articles against 27%
    # of Fox News's (adjusted p = 0.030), the one difference of 30 that held
    src = (ROOT / "notebooks" / "10-frames.py").read_text(encoding="utf-8")
    assert "strongest_difference(pairs" in src.split("summary_line = (")[1]


def test_the_generic_method_text_of_report_02_uses_no_war_example():
    # report 02 on the review's election news: "an outlet that quotes or reports a source
    # calling the enemy "barbarians"" and, above the keyword search, "(reported: "officials said
    # the strike was ...")" - examples of a war in the text that explains every corpus
    src = (ROOT / "notebooks" / "02-framing-features.py").read_text(encoding="utf-8")
    assert "the enemy" not in src and "the strike was" not in src


def test_agency_accuracy_says_it_was_measured_on_war_reporting():
    # report 09 of the review, election news: "form macro-F1 0.911, ... non-events rejected
    # 0.812 on project annotation (test split, held-out)" with no word that the set holds harm
    # words of war reporting only, while the page's events included "Heading into this debate,
    # Trump's campaign was possibly mortally wounded" (CNN, "OPINION: Who won the town hall
    # debate?") and "attacks on Obama's economic polices"
    src = (ROOT / "notebooks" / "09-agency.py").read_text(encoding="utf-8")
    assert "of harm words in war reporting" in src
    assert "may do worse than these scores" in src


def test_the_note_on_a_corpus_no_bundled_pack_fits_says_how_to_write_one():
    # every comparison report of the review: "No topic pack is used: ... there are no naming
    # groups and no actor sides. ... Bundled: ukraine-2022 (Russia's invasion of Ukraine
    # (2022)), named by 6 of the 400 articles (2%); to use one anyway: framing report --pack
    # NAME." - the only way offered was the war's pack, on election news
    from analysis.detect.packs import corpus_lexicons
    from analysis.report.scope import pack_note

    texts = ["Romney leads Obama in Ohio, a new poll shows."]
    text, kind = pack_note(texts, lexicons=corpus_lexicons(texts))
    assert kind == "note" and text.startswith("No topic pack is used")
    assert "your own pack" in text and '"Your own topic pack"' in text
    assert "--pack FOLDER" in text


def test_validation_lists_the_audit_rounds_in_their_order():
    # report 05 of the review: the hit audit's rounds as text sorts them, "dev, dev10, dev11,
    # ..., dev18, dev2, dev3, ... dev9, test"; the sort key lives in analysis (notebooks hold no
    # function definitions: test_report's check)
    from analysis.evaluation.scores import split_order

    src = (ROOT / "notebooks" / "05-validation.py").read_text(encoding="utf-8")
    assert "key=lambda s: s.map(split_order)" in src
    rounds = ["dev", "dev10", "dev2", "test", "dev18", "dev9"]
    ordered = sorted(rounds, key=split_order)
    assert ordered == ["dev", "dev2", "dev9", "dev10", "dev18", "test"]
