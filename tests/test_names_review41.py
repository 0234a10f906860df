"""Given name and surname for matching one person's names (review 41).

A speaker's given name was the word right before the surname, so a middle name was read as the
given name ("Ben Ray Luján" -> Ray): "Ben Luján" and "Ben Ray Luján" were two speakers of a
shared quotation, "NAACP President Ben Jealous" and "the NAACP President Benjamin Todd Jealous"
(BASIL) too.  The given name is now the name's first word, and a compound surname written alone
("Ray Luján", "López Obrador") still names the person.  The names are quoted from the BASIL and
AllSides sets; the counter-cases are different people of one surname.
"""

import pytest

from analysis.compare.align.speakers import _same_person, speaker_person, unit_speaker
from analysis.text.names import fold_person_names


def same(a: str, b: str) -> bool:
    return _same_person(speaker_person(a), speaker_person(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rep. Ben Ray Luján", "Ben Luján"),  # a middle name
        ("NAACP President Ben Jealous", "the NAACP President Benjamin Todd Jealous"),
        ("Chief Justice Roberts", "Chief Justice John Roberts"),
        ("Justice Ruth Bader Ginsburg", "Ruth Ginsburg"),
    ],
)
def test_a_middle_name_is_no_given_name(a, b):
    assert same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ray Luján", "Rep. Ben Ray Luján"),  # a Spanish double surname written alone
        ("López Obrador", "Andrés Manuel López Obrador"),
        ("Mr. López Obrador", "President Andrés Manuel López Obrador"),
    ],
)
def test_a_compound_surname_written_alone_is_the_same_person(a, b):
    assert same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Liz Cheney", "Mary Cheney"),
        ("Sen. Tom Udall", "Sen. Mark Udall"),
        ("Mary Cheney", "Dick Cheney"),
    ],
)
def test_different_given_names_of_one_surname_stay_two_people(a, b):
    assert not same(a, b)


def test_the_unit_speaker_names_one_person():
    said = [
        ("nyt", "NAACP President Ben Jealous"),
        ("fox", "NAACP President Benjamin Todd Jealous"),
    ]
    assert ";" not in unit_speaker(said)
    assert unit_speaker([("nyt", "Liz Cheney"), ("hpo", "Mary Cheney")]) == (
        "Liz Cheney (nyt); Mary Cheney (hpo)"
    )


def test_a_short_form_before_a_middle_name_is_one_source():
    keys = fold_person_names(["Bill Jefferson Clinton", "William Jefferson Clinton"])
    assert keys["Bill Jefferson Clinton"] == keys["William Jefferson Clinton"]
    keys = fold_person_names(["Rep. Ben Ray Luján", "Benjamin Ray Luján"])
    assert keys["Rep. Ben Ray Luján"] == "rep. benjamin ray lujan"
    # counter-case: a middle name is not expanded, different given names stay apart
    keys = fold_person_names(["Bill Jefferson Clinton", "Hillary Rodham Clinton"])
    assert len(set(keys.values())) == 2
