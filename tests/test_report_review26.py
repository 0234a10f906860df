"""Reports on the Guardian/NYT Ukraine-war set read as a reviewer reads them (the report review
of round 26).

The corpus of the review: ``ukraine-2022-guardian-nyt/articles.csv``, 407 articles of two
outlets (New York Times 219, lead paragraphs only, 10 May to 31 Jul 2022; The Guardian 188,
24 Feb to 6 Aug 2022, with briefings, live blogs and letters).
"""

from __future__ import annotations

import html
import re

import pytest

from analysis.report import evidence_html, evidence_legend


def test_every_highlight_colour_of_the_evidence_view_is_in_its_legend():
    # report 02 of the review: "missile strikes", "rocket attacks" (violence), "several",
    # "some" (quantifier) and "extremist" (contested) were highlighted in grey, a colour the
    # legend above the articles did not have
    body = "Missile strikes hit several towns."
    shown = evidence_html(
        body,
        [],
        [
            {"start": 0, "end": 15, "category": "violence", "voice": "author"},
            {"start": 20, "end": 27, "category": "quantifier", "voice": "author"},
        ],
        include_style=False,
    )
    used = set(re.findall(r'class="fe (fe-[a-z]+)', shown))
    assert used == {"fe-other"}
    legend = evidence_legend(include_style=False)
    keyed = set(re.findall(r'class="fe (fe-[a-z]+)', legend))
    assert used <= keyed
    assert "violence" in legend and "quantifier" in legend


def test_harm_coverage_caveat_does_not_call_a_war_corpus_a_story_without_violence():
    # report 09 of the review: "Harm to people is reported in 184 of the 407 usable articles
    # (45%) ... (on a story without violence, many of them are deaths from illness or
    # figurative uses ...)" - on a corpus about a war
    import pandas as pd

    from analysis.report.harm import harm_coverage

    events = pd.DataFrame(
        {"group": ["New York Times"] * 2 + ["The Guardian"] * 3, "article_id": list("abcde")}
    )
    usable = pd.Series(["New York Times"] * 6 + ["The Guardian"] * 6)
    text, kind = harm_coverage(events, usable)
    assert kind == "caveat"
    assert "5 of the 12 usable articles (42%)" in text
    assert "without violence" not in text
    assert "read the sentences in the evidence table" in text


def _two_outlet_corpus(path):
    """Two outlets on the war in Ukraine (one lead-only-like, one with long sentences), each
    quoting Ukrainian, Russian and US officials in varying amounts, and one event both report
    on the same day (the only two articles of different outlets published within days)."""
    import pandas as pd

    speakers = [
        ("Volodymyr Zelenskiy", "Ukraine's president"),
        ("Dmitry Peskov", "the Kremlin spokesman"),
        ("Antony Blinken", "the US secretary of state"),
    ]
    long_own = (
        "The Guardian's correspondent, who spent the week travelling between the shelled "
        "villages east of Kharkiv and the crowded railway station in Lviv where families wait "
        "for trains to Poland, found that almost every household had sent someone to the "
        "front, and that the price of bread had doubled since the spring."
    )
    rows = []
    for k in range(16):
        # one event: the first articles, on the same day; the others months apart
        for outlet, month in (("New York Times", 5), ("The Guardian", 5 if k == 0 else 7)):
            name, role = speakers[k % 3]
            other, orole = speakers[(k + 1) % 3]
            text = (
                f"Russia's invasion of Ukraine entered its {k + 60}th day as troops shelled "
                f"towns in the Donbas region near Kyiv. {name}, {role}, said the war would "
                f"go on for months. “We will not give up our land, not in the Donbas, not in the "
                f"south and not anywhere else our people live,” {name} said. "
                + (f"{other}, {orole}, said talks had stalled. " * (1 + (k + len(outlet)) % 3))
                + "Officials said 12 civilians were killed in the shelling of Kharkiv. "
                # author-voice harm: agentless in every Guardian article, in every other NYT one
                + (
                    "Two soldiers were killed near Izium."
                    if outlet == "The Guardian" or k % 2
                    else "Russian troops killed two soldiers near Izium."
                )
            )
            if outlet == "The Guardian" and k == 0:
                text += " " + long_own
            rows.append(
                {
                    "outlet": outlet,
                    "published": f"2022-{month:02d}-{k + 1:02d}",
                    "title": f"Day {k}",
                    "text": text,
                }
            )
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_two_outlet_reports_test_the_side_shares_and_show_their_sentences_whole(tmp_path):
    # report 07 of the review: "Attributed words from US government (%): New York Times 7.14
    # [4.06-10.61], The Guardian 1.70 [0.99-2.49]" with no test (two outlets have no omnibus
    # test), and the example sentences of the sources cut at 90 characters ("Mikhail Podolyak,
    # a key adviser to the Ukrainian president, Volodymyr Zelenskiy, tweeted:…");
    # report 04: "sentences with material no other outlet ... carries ..., shown whole" cut at 220
    # characters ("... Mr. Sullivan told reporters at the W…"); report 09: the erasure rates of
    # the two outlets (70% and 57%) were given with intervals, never tested
    from analysis.report import build_reports

    run = build_reports(
        _two_outlet_corpus(tmp_path / "war.csv"),
        tmp_path / "out",
        notebooks=["04", "07", "09"],
        parameters={"n_boot": 200},
        packs=["ukraine-2022"],
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: html.unescape(r.html.read_text(encoding="utf-8")) for r in run.results}
    sources = pages["07-sources"]
    assert "Tested differences in the side shares (Holm-adjusted over 3 comparisons" in sources
    assert re.search(r"Attributed words from US government \(%\): [^<]*adjusted p", sources)
    assert (
        "“We will not give up our land, not in the Donbas, not in the south and not anywhere "
        "else our people live,” Volodymyr Zelenskiy said." in sources
    )
    event = pages["04-same-event"]
    assert "The Guardian: 1 sentence(s) with material of its own" in event
    assert "and that the price of bread had doubled since the spring." in event
    agency = pages["09-agency"]
    assert "Tested differences in the erasure rate" in agency
    assert re.search(
        r"The Guardian \d+% \(\d+ events, 16 articles\) vs New York Times \d+% \(\d+ events, "
        r"16 articles\): difference \d+ percentage points \[95% CI [^]]+\]; adjusted p [≤=] "
        r"0\.0\d+ \(Holm, 1 test\): a difference at the 0\.05 level\.",
        agency,
    )
    # the summary on the index says it too
    index = html.unescape((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert re.search(r"Author-voice erasure rates: The Guardian \d+% \(\d+ events", index)


def _events(rates: dict[str, list[tuple[int, int]]]):
    """A harm-event table: per group, (erased, events) of each article, author voice."""
    import pandas as pd

    rows = [
        {"group": g, "article_id": f"{g}{i}", "voice": "author", "erased": j < erased}
        for g, arts in rates.items()
        for i, (erased, n) in enumerate(arts)
        for j in range(n)
    ]
    return pd.DataFrame(rows)


def test_erasure_rates_of_two_outlets_are_tested_not_only_given_intervals():
    # report 09 of the review: "The Guardian: 231 of 328 author-voice harm events name no
    # agent (70%, 95% interval 65%-75%; 81 articles). New York Times: 58 of 101 ... (57%, 95%
    # interval 46%-67%; 49 articles)" - and no test of whether the two rates differ
    from analysis.compare.agency import erasure_differences

    # Guardian-like: 9 of 12 events of 6 articles agentless (75%); NYT-like: 3 of 12 (25%)
    ev = _events(
        {
            "G": [(2, 2), (1, 2), (2, 2), (1, 2), (2, 2), (1, 2)],
            "NYT": [(0, 2), (1, 2), (0, 2), (1, 2), (0, 2), (1, 2)],
        }
    )
    d = erasure_differences(ev, n_perm=500, n_boot=500)
    assert d[["group_a", "group_b", "n_events_a", "n_events_b"]].values.tolist() == [
        ["G", "NYT", 12, 12]
    ]
    assert d.loc[0, "rate_a"] == 0.75 and d.loc[0, "rate_b"] == 0.25
    assert abs(d.loc[0, "difference"] - 0.5) < 1e-9
    assert d.loc[0, "low"] > 0 and d.loc[0, "high"] <= 1
    assert d.loc[0, "p"] < 0.05 and bool(d.loc[0, "significant"])
    # the same articles in both groups: no difference, p large
    same = _events({"G": [(1, 2)] * 6, "NYT": [(1, 2)] * 6})
    d = erasure_differences(same, n_perm=500, n_boot=500)
    assert d.loc[0, "difference"] == 0 and not bool(d.loc[0, "significant"])
    assert d.loc[0, "p"] > 0.5
    # a group of fewer than 5 articles is not tested
    small = _events({"G": [(1, 2)] * 6, "NYT": [(1, 2)] * 4})
    assert erasure_differences(small, n_perm=50, n_boot=50).empty


def test_erasure_difference_sentence_gives_rates_difference_and_the_partial_caveat():
    import pandas as pd

    from analysis.report.harm import erasure_difference_sentences

    d = pd.DataFrame(
        {
            "group_a": ["The Guardian"],
            "group_b": ["New York Times"],
            "n_articles_a": [81],
            "n_articles_b": [49],
            "n_events_a": [328],
            "n_events_b": [101],
            "rate_a": [0.7043],
            "rate_b": [0.5743],
            "difference": [0.13],
            "low": [0.018],
            "high": [0.241],
            "p": [0.022],
            "p_adjusted": [0.022],
            "significant": [True],
        }
    )
    d.attrs.update(correction="holm", n_perm=2000, alpha=0.05)
    (text,) = erasure_difference_sentences(d, partial={"New York Times": "lead paragraphs only"})
    assert text.startswith(
        "The Guardian 70% (328 events, 81 articles) vs New York Times 57% (101 events, 49 "
        "articles): difference 13 percentage points [95% CI 2 to 24, unadjusted]; adjusted p = "
        "0.022 (Holm, 1 test): a difference at the 0.05 level."
    )
    assert "the texts of New York Times are lead paragraphs only (report 01)" in text


def test_summary_table_gives_the_n_of_a_mean_over_fewer_articles():
    # report 03 of the review: "Loaded terms per 1,000 quoted words: New York Times 8.71
    # [2.44-17.62]" under "articles (n) 219" - the mean is over the 148 NYT articles that
    # quote; report 07: "Attributed words from media (%)" under "articles (n) 161", a mean
    # over 148 articles with attributed words
    import pandas as pd

    from analysis.report import summary_table

    s = pd.DataFrame(
        {
            "outlet": ["New York Times", "The Guardian"] * 2,
            "feature": ["rate_loaded_author"] * 2 + ["rate_loaded_quoted"] * 2,
            "n": [219, 188, 148, 179],
            "mean": [1.44, 0.38, 8.71, 8.87],
            "ci_low": [1.02, 0.23, 2.44, 6.19],
            "ci_high": [1.92, 0.56, 17.62, 11.87],
        }
    )
    t = summary_table(s, labels={"rate_loaded_author": "author", "rate_loaded_quoted": "quoted"})
    assert t.loc["articles (n)"].tolist() == ["219", "188"]
    assert t.loc["author"].tolist() == ["1.44 [1.02–1.92]", "0.38 [0.23–0.56]"]
    assert t.loc["quoted"].tolist() == [
        "8.71 [2.44–17.62] (n = 148)",
        "8.87 [6.19–11.87] (n = 179)",
    ]


def test_every_frame_false_positive_cause_is_a_battery_question_the_report_can_word():
    # report 05's frame error table gave bare causes "R3", "C1" (review26: "the error-class
    # codes are not explained on the page"); it now adds each question's wording, which needs
    # every false-positive cause in the measured errors to be a question of the battery
    import pandas as pd

    from analysis.detect.frames.battery import read_questions
    from analysis.paths import PROJECT_ROOT as ROOT

    errs = pd.read_csv(ROOT / "analysis" / "evaluation" / "measured" / "errors" / "frames.csv")
    fp = set(errs.loc[errs["kind"] == "FP", "cause"])
    assert fp and fp <= {q.id for q in read_questions()}
    source = (ROOT / "notebooks" / "05-validation.py").read_text(encoding="utf-8")
    assert 'errs["cause"].map(asked)' in source
