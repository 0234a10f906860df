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


def test_a_draw_of_round_16_keeps_the_rows_of_round_16_and_before():
    today = boilerplate_rules()
    then = boilerplate_rules(annotation_rules(drawn_round=16))
    expected = [r["pattern"] for r in today if not r.get("since") or int(r["since"]) <= 16]
    assert [r["pattern"] for r in then] == expected
    assert any(r.get("since") == "16" for r in then)
    assert not any(r.get("since") == "17" for r in then)


BODY = (
    "The White House is under intensified pressure to hit pause on the rollout of ObamaCare as "
    "evidence mounts that officials knew of major problems.\n\nRepublicans said so."
)


def test_gold_bodies_keep_the_structure_of_their_round():
    # round 17 reads an asking first line as the headline when no title is given; a gold body
    # drawn in round 16 keeps it, so that no annotated offset moves
    text = "Time to hit pause on ObamaCare?\n\n" + BODY
    assert clean_text(text).article.title == "Time to hit pause on ObamaCare?"
    for rules in (annotation_rules(), annotation_rules(drawn_round=16)):
        cleaned = clean_text(text, rules=rules).article
        assert cleaned.title == "" and cleaned.body.startswith("Time to hit pause")
    headline = "Rep. Issa accuses HHS of criminally obstructing probe into ObamaCare website"
    assert clean_text(f"{headline}\n\n{BODY}").article.title == headline
    assert clean_text(f"{headline}\n\n{BODY}", rules=annotation_rules()).article.title == ""
