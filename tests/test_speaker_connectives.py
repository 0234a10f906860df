"""A sentence connective before a speaker is not part of the speaker phrase (lead, round 31).

"Yet Sen. Ted Cruz says", "Now Trump says", "But now Portman has endorsed": the noun-phrase walk
took the connective in ("Yet Sen. Ted Cruz"; the report review of round 31 saw "Yet House Speaker
Nancy Pelosi" as a source in report 07). In 1,500 seeded AllSides articles 9 attributions
changed, each to the speaker without its connective; PolNeAR train halves unchanged.
"""

from analysis.detect.quotes import find_attributions


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in find_attributions(text)]


def test_yet_now_before_the_speaker_are_left_out():
    # Politico, USA TODAY, Vox (AllSides)
    assert _speakers(
        "Yet Sen. Ted Cruz says lawmakers should be wary of handing the commander in chief a "
        "“blanket authorization.”"
    ) == ["Sen. Ted Cruz"]
    assert _speakers("Now Trump says he is thinking about regulating those flights.") == ["Trump"]
    assert "Portman" in _speakers(
        "But now Portman has endorsed a plan to phase out the Medicaid expansion, saying “it "
        "is time.”"
    )


def test_a_connective_inside_or_at_the_end_of_a_name_is_kept():
    # counter-cases: only a leading connective goes ("Ben Still", "Then" inside no phrase)
    assert _speakers("Ben Still said the bill would fail.") == ["Ben Still"]
    assert _speakers("Sen. Mark Meadows said the bill would fail.") == ["Sen. Mark Meadows"]
