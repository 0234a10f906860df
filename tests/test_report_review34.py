"""Round review34: report items left by review 33 (a shared quotation's speaker outlet by
outlet, the groups' word in a report grouped by lean, an outlet's own name among its terms, the
House and the White House as one source)."""

from __future__ import annotations

import pandas as pd

from analysis.compare.align import align_event


def _shared_quote(text_a: str, text_b: str, outlets: tuple[str, str]) -> pd.Series:
    corpus = pd.DataFrame(
        {"article_id": ["a", "b"], "outlet": list(outlets), "text": [text_a, text_b]}
    )
    units = align_event(corpus).units
    shared = units[(units["kind"] == "quote") & (units["n_outlets"] >= 2)]
    assert len(shared) == 1
    return shared.iloc[0]


def test_a_shared_quotation_names_each_outlets_speaker_when_they_differ():
    # BASIL, Mary Cheney's post on her sister: the Huffington Post printed "freedom means
    # freedom for everyone" as her father's words too; report 04 named only "Mary Cheney"
    unit = _shared_quote(
        '"Freedom means freedom for everyone," Mary Cheney wrote on Facebook.',
        '"Freedom means freedom for everyone," the former vice president said.',
        ("nyt", "hpo"),
    )
    assert unit["speaker"] == "Mary Cheney (nyt); the former vice president (hpo)"
    assert [o["speaker"] for o in unit["occurrences"]] == [
        "Mary Cheney",
        "the former vice president",
    ]


def test_forms_of_one_name_stay_one_speaker():
    # BASIL, Paul Ryan on Medicare: "Mr. Ryan" (NYT) and "Ryan" (Fox) are one person
    unit = _shared_quote(
        "\"It's irrefutable and that's why I think this is a debate we want to have,\" Mr. Ryan "
        "said.",
        "\"It's irrefutable and that's why I think this is a debate we want to have,\" Ryan said.",
        ("nyt", "fox"),
    )
    assert unit["speaker"] == "Mr. Ryan"


def test_two_people_of_one_surname_are_two_speakers():
    from analysis.compare.align.speakers import unit_speaker

    # BASIL: Liz Cheney's statement, given to Mary Cheney in one outlet
    said = [("nyt", "Liz Cheney"), ("fox", "Liz Cheney"), ("hpo", "Mary Cheney")]
    assert unit_speaker(said) == "Liz Cheney (nyt, fox); Mary Cheney (hpo)"
    assert unit_speaker([("nyt", "Justice Ginsburg"), ("fox", "Justice Ruth Bader Ginsburg")]) == (
        "Justice Ruth Bader Ginsburg"
    )
