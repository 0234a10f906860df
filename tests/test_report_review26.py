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
                + "Officials said 12 civilians were killed in the shelling of Kharkiv."
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
    # characters ("... Mr. Sullivan told reporters at the W…")
    from analysis.report import build_reports

    run = build_reports(
        _two_outlet_corpus(tmp_path / "war.csv"),
        tmp_path / "out",
        notebooks=["04", "07"],
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
