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
