"""The agent of an attack noun outside its noun phrase (issue 20): a possessive determiner
("Israel stepped up its attacks") or the subject of a light verb ("Moscow launched a missile
strike"). Without it, these nominal events counted as events whose agent is erased. Seen in
report 09 on Guardian/NYT ("a day before Vladimir Putin launched a major attack on Ukraine"
had no agent); the sentences are quoted from the corpora, the expected agents written by
hand."""

import pytest

from analysis.detect.agency import find_agency


def _attacks(text):
    return [(e.text, e.form, e.agent) for e in find_agency(text) if e.harm == "attack"]


CASES = [
    (  # Guardian/NYT, report 09
        "The Telegraph report was published on 23 February, a day before Vladimir Putin "
        "launched a major attack on Ukraine that sought to capture the capital, Kyiv.",
        [("attack", "nominal", "Vladimir Putin")],
    ),
    (  # by-country (PL)
        "The Polish prime minister said on Wednesday, after Moscow launched a missile strike on "
        "the Black Sea port.",
        [("strike", "nominal", "Moscow")],
    ),
    (  # AllSides
        "We invaded Afghanistan to get Osama bin Laden and punish his forces for their attack "
        "on America on 9/11.",
        [("attack", "nominal", "their")],
    ),
    (  # AllSides
        "Haley's own remarks a week ago, before Mr. Assad carried out his latest chemical "
        "weapons attack on civilians.",
        [("attack", "nominal", "his")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_maker_of_an_attack_is_its_agent(text, expected):
    assert _attacks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive has no subject of its own: not "the last best opportunity"
        "Obama had the last best opportunity to launch debilitating strikes against IS.",
        # a possessive of a shooting may be its victim
        "His shooting shocked the town.",
    ],
)
def test_no_agent_without_a_maker(text):
    assert [a for _, _, a in _attacks(text)] == [None]


def test_a_light_verb_after_an_auxiliary():
    # Guardian (report 09): "has launched" reads the subject over the auxiliary
    text = (
        "Lysychansk is set to become the next main focus of fighting, as Moscow has launched "
        "massive artillery bombardments and airstrikes on areas far from the heart of the "
        "eastern battles."
    )
    assert _attacks(text)[0] == ("bombardments", "nominal", "Moscow")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # a light verb in the base form after a modal, a control predicate or in a
        # headline-like clause (AllSides, by-country), seventeenth round
        (
            "The report said Jordan will carry out further strikes if border attacks keep up.",
            "Jordan",
        ),
        (
            "Sen. Robert Casey, D-Pa., told USA TODAY that the United States should launch cruise "
            "missile strikes to ground the Syrian air force.",
            "the United States",
        ),
        ("But Russia has denied it intends to launch an attack.", "it"),
        # an -ed adjective between the light verb and the noun (Guardian/NYT, AllSides)
        (
            "Russian troops captured the southeastern Ukrainian city of Melitopol, Russia's "
            "Interfax news agency said, as Moscow launched coordinated missile and artillery "
            "attacks on several cities including Kyiv.",
            "Moscow",
        ),
        ("India then launched unprecedented air strikes in Pakistan.", "India"),
        # no subject to read: an infinitive after a noun, a noun after a determiner
        # (the batch-17 round reads "Russia has the capabilities to launch an attack" as a
        # capability, no event; AllSides XpMYthLLNTNR4dlY instead)
        (
            "Federal prosecutors say Christopher Paul Hasson, a self-described white nationalist "
            "living in Silver Spring, Md., was amassing firearms since at least 2017, while "
            "cultivating plans to launch a widespread attack on prominent Democratic lawmakers.",
            None,
        ),
        (
            "The issue was made more pressing after the US president authorized the launch of a "
            "missile attack in Syria.",
            None,
        ),
    ],
)
def test_light_verb_in_the_base_form(text, agent):
    first = [e for e in find_agency(text) if e.harm == "attack"][0]
    assert (first.form, first.agent) == ("nominal", agent)
