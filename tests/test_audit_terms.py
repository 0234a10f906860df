"""Term rates of the hit audit and the terms that need a confirming context
(analysis/evaluation/audit_terms.py; issue 17, audit16 round).  Expected values are counts of
the labels written by hand (GUIDELINE.md, "Term-level round"); the test split is refused."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import FramingError
from analysis.evaluation.audit_terms import (
    HALVES,
    ambiguous_terms,
    require_terms,
    term_rates,
    term_table,
)
from analysis.evaluation.markers_audit import audit_path, load_audit


def test_term_rates_by_hand():
    t = pd.DataFrame(
        {
            "split": ["dev", "dev3", "dev7", "dev7", "test", "dev2"],
            "category": ["booster", "booster", "booster", "booster", "booster", "hedge"],
            "subcategory": ["v", "v", "v", "v", "v", "m"],
            "term": ["prove", "prove", "prove", "prove", "prove", "may"],
            "sense": ["right", "wrong", "wrong", "wrong", "right", "right"],
        }
    )
    r = term_rates(t).set_index("term")
    assert r.loc["prove", "n"] == 4 and r.loc["prove", "right"] == 1  # the test row not counted
    assert r.loc["prove", "wrong"] == 3 and r.loc["prove", "right_rate"] == 0.25
    assert ambiguous_terms(term_rates(t)) == ["prove"]
    assert ambiguous_terms(term_rates(t, splits=HALVES["A"])) == []  # dev, dev3: 1 of 2
    by_sub = term_rates(t, by=("category", "subcategory"))
    assert by_sub["n"].tolist() == [4, 1]


def test_the_held_out_split_is_refused():
    with pytest.raises(FramingError, match="held out"):
        term_rates(load_audit(), splits=("dev", "test"))


def test_halves_cover_the_development_rounds_once():
    assert HALVES["A"] == ("dev", "dev2", "dev3", "dev4", "dev5")
    assert HALVES["B"] == ("dev6", "dev7", "dev8", "dev9", "dev10")


def test_shipped_table_counts():
    # labelled hits of the development rounds (read off markers.csv, not off this code)
    r = term_rates(load_audit()).set_index("term")
    assert (r.loc["demonstrate", "n"], r.loc["demonstrate", "right"]) == (9, 3)
    # dev10 adds one so-called hit, a term introduction ('deploy so-called “strategic assets”')
    assert (r.loc["so-called", "n"], r.loc["so-called", "right"]) == (9, 3)
    assert (r.loc["doubt", "n"], r.loc["doubt", "right"]) == (8, 3)
    assert (r.loc["must have", "n"], r.loc["must have", "right"]) == (5, 2)
    assert (r.loc["neutralise", "n"], r.loc["neutralise", "right"]) == (3, 0)


def test_every_require_term_was_chosen_on_a_half():
    """A term-level require rule is written only for a term that is mostly the wrong sense on
    at least one half of the development rounds; pummel is the one rule given by its class (the
    bombardment verbs pound and barrage: its own hits are 2 right of 3)."""
    table = term_table(load_audit()).set_index("term")
    req = require_terms()
    assert set(req) == {
        "barrage",
        "beast",
        "demonstrate",
        "doubt",
        "in general",
        "must have",
        "neutralise",
        "pound",
        "prove",
        "pummel",
        "relentless",
        "so-called",
    }
    chosen = table["ambiguous_A"] | table["ambiguous_B"]
    assert sorted(t for t in req if not chosen[t]) == ["pummel"]


def test_shipped_term_table_is_current():
    shipped = pd.read_csv(audit_path().with_name("term_rates.csv"), keep_default_na=False)
    now = term_table(load_audit())
    assert shipped["term"].astype(str).tolist() == now["term"].tolist()
    assert shipped["n"].tolist() == now["n"].tolist()
    assert shipped["require"].tolist() == now["require"].tolist()
