"""Review round 14: the reports read on the Guardian/NYT Ukraine set (407 articles, NYT texts
lead paragraphs only, Guardian briefings and letters) and on an AllSides health-care sample
(5 sources x 120 articles, the default ukraine-2022 pack not fitting)."""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd

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
    # the general mechanism: each report sentence that compares outlets (03, 04, 07, 10)
    # passes the outlets whose texts are leads or cut, so none states a lead-vs-article
    # difference as a finding; report 06 compares whole corpora of its own
    calls = [
        (nb, c)
        for name in ("describe_difference", "describe_alignment")
        for nb, c in _calls(name)
        if not nb.startswith("06-")
    ]
    assert {nb for nb, _ in calls} >= {
        "03-compare-outlets.py",
        "04-same-event.py",
        "07-sources.py",
        "10-frames.py",
    }
    missing = [nb for nb, c in calls if "partial" not in {k.arg for k in c.keywords}]
    assert not missing, missing


def test_same_event_report_shows_the_data_quality_caveat():
    # report 04 had no data-quality box at all, unlike 02, 03, 07, 09 and 10
    src = (ROOT / "notebooks" / "04-same-event.py").read_text(encoding="utf-8")
    assert "quality_caveat(" in src and "display(" in src


def test_strongest_difference_without_any_effect_size_does_not_crash():
    # report 07 on 18 near-identical health-care articles stopped at its summary with
    # "ValueError: Encountered all NA values": differences held, but every Hedges' g was
    # undefined (no spread within the outlets)
    from analysis.report.differences import strongest_difference

    p = pd.DataFrame(
        {"feature": ["a", "b"], "effect_size": [float("nan")] * 2, "significant": [False, True]}
    )
    assert strongest_difference(p, "a") == "b"
