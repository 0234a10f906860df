"""A participle between an article and its noun is a passive without agent (the guideline's
"the wounded soldiers"), and after *a*/*an* its victim stops before a verb in -s (issue 20,
report 09 on AllSides Middle East: "A wounded Syrian boy sits on the back of a truck" had the
victim "Syrian boy sits"). Sentences quoted from the issue and the AllSides corpus; expected
values written by hand."""

import pytest

from analysis.detect.agency import find_agency


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("A wounded Syrian boy sits on the back of a truck.", "Syrian boy"),
        (
            "A wounded man lies on a bed at a hospital after the bombings in Sanaa on March 20.",
            "man",
        ),
        # made-up: a plural noun after "the" is the head, not a verb
        ("The wounded security forces in the town were evacuated.", "security forces"),
    ],
)
def test_prenominal_participle(text, victim):
    got = [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == "wounded"]
    assert got == [("passive_agentless", None, victim)]
