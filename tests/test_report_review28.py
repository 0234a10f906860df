"""Reports on a corpus about another conflict than the Ukraine war, without a topic pack and
with the pack a researcher wrote for it (the report review of round 28).

The corpus of the review: a seeded sample (``random_state=28``, at most 100 articles an
outlet) of 369 AllSides articles of the topic "middle_east" (Israel/Palestine, Syria, Iran,
Iraq, ISIS), 2012 to 2020, from four outlets of different lean: CNN (Web News) 100 (left),
Christian Science Monitor 82 (centre), Fox News 100 and Washington Times 87 (right). No
bundled pack fits it (4 of the 369 articles name the Ukraine war); the reviewer's own pack is
described in ``tests/test_packs_review28.py``.
"""

from __future__ import annotations

import pandas as pd


def test_an_interval_bound_that_rounds_to_zero_has_no_minus():
    # report 10: "Articles with the conflict frame (%): Christian Science Monitor 100 (n = 82)
    # vs CNN (Web News) 97 (n = 100) (the largest of the pairs), difference 3 [95% CI -0 to 7,
    # unadjusted]"
    from analysis.report.differences import describe_difference

    pairs = pd.DataFrame(
        {
            "feature": ["frame_conflict"],
            "group_a": ["CNN (Web News)"],
            "group_b": ["Christian Science Monitor"],
            "n_a": [100],
            "n_b": [82],
            "mean_a": [97.0],
            "mean_b": [100.0],
            "diff": [-3.0],
            "ci_low": [-7.0],
            "ci_high": [0.4],
            "effect_size": [-0.23],
            "p_value": [0.12],
            "p_adjusted": [1.0],
            "significant": [False],
        }
    )
    pairs.attrs.update(correction="holm", alpha=0.05, n_tests=30, n_boot=2000)
    text = describe_difference(pairs, "frame_conflict", label="conflict", digits=0)
    assert "difference 3 [95% CI 0 to 7, unadjusted]" in text


def test_an_erasure_difference_bound_that_rounds_to_zero_has_no_minus():
    # report 09 prints its rates in whole percentage points: a bound of -0.3 points was "-0"
    from analysis.report.harm import erasure_difference_sentences

    d = pd.DataFrame(
        {
            "group_a": ["CNN (Web News)"],
            "group_b": ["Washington Times"],
            "n_articles_a": [74],
            "n_articles_b": [63],
            "n_events_a": [368],
            "n_events_b": [268],
            "rate_a": [0.777],
            "rate_b": [0.694],
            "difference": [0.083],
            "low": [-0.003],
            "high": [0.16],
            "p": [0.04],
            "p_adjusted": [0.166],
            "significant": [False],
        }
    )
    d.attrs.update(correction="holm", n_perm=2000, alpha=0.05)
    (text,) = erasure_difference_sentences(d)
    assert "difference 8 percentage points [95% CI 0 to 16, unadjusted]" in text


def test_report_07_says_no_pack_is_used_when_none_is(tmp_path):
    # report 07 without a pack: "No source of these articles matches an actor of the topic
    # pack's actors table (or no pack with actors is used): sources are not compared by side"
    # - the report knew which, and the reader was not told what to do
    from analysis.detect.packs import choose_lexicons
    from analysis.report.scope import no_sides

    text = no_sides(choose_lexicons(packs=[]), what="sources are not compared by side")
    assert text.startswith("No topic pack is used, so no source has a side")
    assert "actors.csv" in text and "--pack FOLDER" in text
    assert "or no pack" not in text


def test_report_09_says_which_pack_has_no_actor_table(tmp_path):
    # report 09: "The victim's side is unknown for every event (no topic pack with an actors
    # table is used, or its table names none of these victims): no split by side."
    from analysis.detect.packs import choose_lexicons
    from analysis.report.scope import no_sides

    pack = tmp_path / "names-only"
    pack.mkdir()
    (pack / "topic.csv").write_text(
        "name,description,pattern,source,note\nmideast,ME,\\bGaza\\b,own,\n"
    )
    (pack / "naming.csv").write_text(
        "term,category,subcategory,source,note\nWest Bank,naming,west_bank,own,\n"
    )
    tables = ("actors.csv", "harm_actors.csv")
    text = no_sides(
        choose_lexicons(packs=[str(pack)]),
        what="no erasure rate by the victim's side",
        whom="victim",
        tables=tables,
    )
    assert text.startswith("Topic pack mideast has no actors.csv or harm_actors.csv")
    (pack / "harm_actors.csv").write_text(
        "pattern,name,side,role,source,note\n\\bhamas\\b,Hamas,hamas,,own,\n"
    )
    text = no_sides(choose_lexicons(packs=[str(pack)]), what="x", whom="victim", tables=tables)
    assert text.startswith("No victim of these articles matches a row of the actor tables")


def test_grouping_figures_of_outlets_that_differ_on_nothing_carry_a_caveat():
    # report 03: "0 of 48 pairwise differences hold after Holm adjustment", the test over all
    # four outlets holds for none of the 8 features (smallest adjusted p 0.064), and below it a
    # dendrogram, a cosine similarity of -0.56 between CNN and Fox News and a PCA biplot, with
    # no word that they arrange differences within the articles' variation
    from analysis.report.summaries import no_difference_caveat

    omni = pd.DataFrame(
        {
            "feature": ["quote_share_pct", "rate_hedge_author", "rate_loaded_quoted"],
            "p_adjusted": [0.168, 0.064, 0.168],
            "significant": [False, False, False],
        }
    )
    pairs = pd.DataFrame({"feature": ["rate_hedge_author"], "significant": [False]})
    text = no_difference_caveat(omni, pairs, by="outlet")
    assert text.startswith("No feature differs between the outlets after adjustment")
    assert "not as outlets that frame alike or unlike" in text
    omni.loc[1, "significant"] = True  # one feature holds: the figures have something to show
    assert no_difference_caveat(omni, pairs, by="outlet") is None


def test_keyword_in_context_tells_reported_speech_apart():
    # report 02's search for "Hamas": 234 matches, "reported" 0 for every outlet, although
    # CNN's "According to a spokesman for the Israeli military, Hamas started the conflict ..."
    # is reported speech - the evidence table (analysis.spans) had no reported-speech regions,
    # so review 28 dropped the column; since session 29 the table has them (family
    # "reported") and the search counts the reported voice
    import html
    import json
    import re

    from analysis import spans
    from analysis.report.keyword_context import kwic, kwic_html, kwic_sentences

    corpus = pd.DataFrame(
        {
            "article_id": ["cnn"],
            "outlet": ["CNN (Web News)"],
            "title": ["OPINION: In Gaza, Hamas is on the ropes"],
            "text": [
                "According to a spokesman for the Israeli military, Hamas started the conflict "
                "with an arsenal of about 10,000 rockets."
            ],
        }
    )
    markup = kwic_html(kwic_sentences(corpus, spans(corpus)))._repr_html_()
    data = json.loads(re.search(r'id="framing-kwic-data">(.*?)</script>', markup).group(1))
    assert "reported" in data["voices"]
    assert "Indirect speech without quotation marks is not told apart here" not in html.unescape(
        markup
    )
    hits = kwic(kwic_sentences(corpus, spans(corpus)), "Hamas")
    assert hits["voice"].tolist() == ["reported"]


def test_the_victim_side_table_says_on_how_many_events_its_sides_rest():
    # report 09 with the reviewer's pack: "CNN (Web News) | Hamas | 1 | 1 | 1 | 100" and rows
    # like it, under the caption "Agent-erasure rate (author voice) by the victim's side, in %."
    # - CNN's 'unknown' row held 349 of its 368 events
    from analysis.report.harm import side_coverage

    by_side = pd.DataFrame(
        {
            "group": ["CNN (Web News)"] * 3,
            "victim_side": ["hamas", "isis", "unknown"],
            "n_events": [1, 9, 349],
        }
    )
    assert side_coverage(by_side) == (
        "The victim's side is known for 10 of the 359 events (3%); the other 349 are unknown."
    )


def test_a_grouping_whose_groups_are_single_outlets_says_its_pairs_were_tested_by_outlet():
    # report 06, by lean: "Hedges per 1,000 author words: center 8.91 (n = 82) vs left 6.41
    # (n = 100) ... adjusted p = 0.042 (Holm, 18 tests): a difference at the 0.05 level" - the
    # center is Christian Science Monitor alone and the left CNN (Web News) alone, whose pair
    # by outlet, above it, was "adjusted p = 0.210 (Holm, 36 tests): no difference"
    from analysis.report.scope import outlet_pairs_again

    feats = pd.DataFrame(
        {
            "outlet": [
                "CNN (Web News)",
                "Christian Science Monitor",
                "Fox News",
                "Washington Times",
            ],
            "lean": ["left", "center", "right", "right"],
            "status": "ok",
        }
    )
    text = outlet_pairs_again(feats, by="lean")
    assert text.startswith(
        "The pair center – left (Christian Science Monitor – CNN (Web News)) is a pair of "
        "outlets already compared by outlet"
    )
    assert (
        outlet_pairs_again(feats.assign(lean=["left", "left", "right", "right"]), by="lean") is None
    )


def test_same_event_alignment_says_when_two_outlets_ran_one_wire_story():
    # report 04, event E1 ("Israel says ground troops out of Gaza as cease-fire takes effect",
    # 5 Aug 2014): Washington Times and Fox News "carry 4 of the 4 shared quotation units" and
    # 21 statements verbatim - both ran the AP story; six sentences both print below
    from analysis.report.quality import shared_copy_note

    ap = [
        "On Monday, the delegation presented a joint list of demands to Egypt, said Hana Amireh, "
        "a West Bank-based PLO official who is in touch with the delegation.",
        "The demands include a call for internationally funded reconstruction that would be "
        "overseen by an Abbas-led government that was formed in a unity deal with Hamas before "
        "the war.",
        "Israeli government officials were not available for comment.",
        "The report said Israel wanted to make sure the cease-fire held before sending "
        "negotiators to Egypt.",
        "Over the years, Hamas has smuggled rockets and other weapons into Gaza through "
        "smuggling tunnels under the Gaza-Egypt border.",
        "The flow only halted after a new government in Egypt took over a year ago and "
        "destroyed the tunnels.",
    ]
    articles = pd.DataFrame(
        {
            "article_id": ["wt", "fox", "csm"],
            "outlet": ["Washington Times", "Fox News", "Christian Science Monitor"],
            "text": [
                "GAZA CITY, Gaza Strip (AP) — Israel and Hamas began observing a temporary "
                "cease-fire on Tuesday. " + " ".join(ap),
                "The Israeli military has said that all of its ground forces have been removed "
                "from Gaza. " + " ".join(ap),
                "Israel said it was pulling back ground troops from Gaza today at the outset of "
                "a 72-hour cease-fire. This isn't the first cease-fire declared since violence "
                "erupted in early July, but locals and observers are cautiously hopeful.",
            ],
        }
    )
    text = shared_copy_note(articles)
    assert text.startswith(
        "Washington Times and Fox News print 6 of the same sentences outside quotation marks"
    )
    assert shared_copy_note(articles.iloc[[0, 2]]) is None
