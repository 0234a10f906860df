"""Round review44: trust on the user's own corpus, items left by the review of BASIL
(review42)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# BASIL's first sentences (basil-same-event, articles.csv): US politics, no bundled pack fits.
BASIL = [
    "Donald Trump said on Sunday that he would sign the bill.",
    "Democrats in the House of Representatives voted against the measure.",
]
WAR = ["Kyiv was shelled overnight.", "Russian forces shelled Kiev again, officials said."]


def test_topic_pack_note_sets_its_commands_as_code():
    # reports 02, 06, 09 and 10 on BASIL: "to use one anyway: framing report --pack NAME. ...
    # give it with framing report --pack FOLDER." printed as prose, where report 05's commands
    # (review36) are code
    from analysis.detect.packs import corpus_lexicons
    from analysis.report.blocks import note
    from analysis.report.scope import pack_note, unfit_packs

    text, kind = pack_note(BASIL, corpus_lexicons(BASIL))
    page = note(text, kind=kind)._repr_html_()
    assert "<code>framing report --pack NAME</code>" in page
    assert "<code>framing report --pack FOLDER</code>" in page
    assert "`" not in page
    # the war pack on BASIL (--pack ukraine-2022): the caveat's --pack none, and report 07's
    # and 09's skipped side split
    text, kind = pack_note(BASIL, None)
    assert kind == "caveat"
    assert "<code>framing report --pack none</code>" in note(text, kind=kind)._repr_html_()
    misfit = unfit_packs(BASIL, None, what="no split by side")
    assert "<code>framing report --pack FOLDER</code>" in note(misfit)._repr_html_()


def test_topic_pack_note_with_no_command_is_unchanged():
    # counter-case: a pack that fits its corpus offers no command, and no code is set
    from analysis.report.blocks import note
    from analysis.report.scope import pack_note

    text, kind = pack_note(WAR, None)
    assert kind == "note" and text.startswith("Topic pack ukraine-2022 is used")
    assert "<code>" not in note(text, kind=kind)._repr_html_()
    assert not re.search(r"--pack|`", text)


def test_report06_summary_names_the_corpus_given_alone():
    # report 06 on BASIL alone: "1 corpus compared with bootstrap intervals and Holm-adjusted
    # tests (every article). This corpus (articles), by outlet: …"
    from analysis.report.summaries import corpora_compared

    given = "This corpus (articles)"
    assert corpora_compared([given, given], given) == "The corpus given, compared"
    nb = (ROOT / "notebooks" / "06-at-scale.py").read_text(encoding="utf-8")
    assert 'corpora_compared((f.split(", by ")[0] for f in findings), datasets[0]["name"])' in nb
    assert "'corpus')} compared with" not in nb


def test_report06_summary_still_counts_several_corpora():
    # counter-case: the bundled sample with its references (the old count, unchanged), and a
    # reference corpus alone when the user's corpus has one group
    from analysis.report.summaries import corpora_compared

    given = "This corpus (sample)"
    refs = [
        "Reference: Guardian vs New York Times on the war in Ukraine (Feb–Aug 2022)",
        "Reference: US political news by AllSides lean (2012–2020)",
    ]
    assert corpora_compared([given, refs[0], refs[0], refs[1]], given) == "3 corpora compared"
    assert corpora_compared([refs[1]], given) == "1 corpus compared"


def test_a_recomputed_score_prints_as_its_shipped_value():
    # Frermann human-interest, held out: precision 2/9, recall 5/14, F1 0.27397 recomputed by
    # report 05 ("0.273") and shipped rounded as 0.274 (measured/frames.csv), printed "0.274"
    # by report 10
    import pandas as pd

    from analysis.evaluation.scores import cut_scores, load_scores, score_text

    p, r = 2 / 9, 5 / 14
    f1 = 2 * p * r / (p + r)
    sc = load_scores()
    shipped = sc[
        (sc["gold_set"] == "frames-frermann2023")
        & (sc["measure"] == "human_interest_f1")
        & (sc["split"] == "test")
    ]["value"]
    assert shipped.astype(float).tolist() == [0.274]
    assert score_text(f1) == score_text(float(shipped.iloc[0])) == "0.274"
    assert cut_scores(pd.DataFrame({"F1": [f1]}))["F1"].tolist() == [0.274]
    # counter-cases: a score under a bar at the stored precision is still cut, not rounded up
    assert score_text(0.9496) == "0.949"
    assert cut_scores(pd.DataFrame({"F1": [0.27349, 0.94994]}))["F1"].tolist() == [0.273, 0.949]
