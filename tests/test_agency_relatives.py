"""A relative pronoun after the of-phrase of an attack noun takes the attack noun as its
antecedent (issue 20, report 09 on AllSides Middle East): "The 1983 bombing of the US Marine
compound in Beirut, which killed 241 American servicemen" — the bombing killed (an instrument),
not "Marine compound in Beirut" (an agent). Sentences quoted from the corpora; expected values
written by hand."""

from analysis.detect.agency import find_agency
from analysis.detect.agency.relatives import relative_antecedent
from analysis.detect.agency.words import tokenize

BEIRUT = (
    "The 1983 bombing of the US Marine compound in Beirut, which killed 241 American "
    "servicemen and stands as the deadliest single attack on US troops overseas since World "
    "War II, showed just how dangerous such operations can be."
)


def _reading(text, trigger):
    return [(e.form, e.agent) for e in find_agency(text) if e.text == trigger]


def test_relative_after_of_phrase_takes_the_attack_noun():
    assert _reading(BEIRUT, "killed") == [("active_instrument", "The 1983 bombing")]


def test_attack_noun_as_subject_is_part_of_the_killing():
    # the guideline: the instrument of an annotated harm predicate is no event of its own
    assert _reading(BEIRUT, "bombing") == []


def test_relative_who_keeps_its_own_antecedent():
    toks = tokenize("the shelling of the convoy of a commander who killed")
    assert relative_antecedent(toks, 7, (5, 8), frozenset({"shelling"})) is None
    toks = tokenize("the shelling of the convoy near the border, which killed")
    assert relative_antecedent(toks, 7, (3, 8), frozenset({"shelling"})) == (0, 2)


def test_armed_assault_that_killed_still_works():
    # from the issue: "the armed assault that killed"
    text = "The armed assault that killed 12 people was condemned."
    assert _reading(text, "killed") == [("active_instrument", "assault")]
