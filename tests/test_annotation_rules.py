"""The annotated sets are cleaned with the rules of their time (analysis.evaluation.rules)."""

from __future__ import annotations

from analysis.clean import clean_text
from analysis.clean.rules import boilerplate_rules
from analysis.evaluation.rules import annotation_rules

PLAYER = (
    "JUST WATCHED Rep. Massie slams GOP House leadership Replay More Videos ... MUST WATCH "
    "Rep. Massie slams GOP House leadership 01:45"
)


def test_rows_with_since_are_left_out_and_nothing_else():
    today = boilerplate_rules()
    then = boilerplate_rules(annotation_rules())
    assert [r["pattern"] for r in then] == [r["pattern"] for r in today if not r.get("since")]
    assert any(r.get("since") for r in today)


def test_gold_bodies_keep_the_lines_a_later_rule_removes():
    # the agency annotations were drawn before CNN's video-player row: a mention annotated on
    # such a line keeps its offset in the evaluation's body, while users' bodies drop the line
    text = (
        "Ryan and Trump spoke for 45 minutes by phone on Thursday night.\n\n"
        + PLAYER
        + "\n\nTrump's bet represents his most audacious risk yet."
    )
    assert "JUST WATCHED" not in clean_text(text).article.body
    assert "JUST WATCHED" in clean_text(text, rules=annotation_rules()).article.body
