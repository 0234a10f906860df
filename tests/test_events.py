"""Which articles report the same event (issue 16): an event column, or groups of articles close
in date and words, at most one article per outlet."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import need_shared

from analysis.compare.align import EVENT_COLUMNS, event_articles, events_for_export, find_events
from analysis.compare.align.events import ID_SEPARATOR

# Two events, each reported by three outlets in their own words, plus unrelated stories.
GRAIN = [
    (
        "X",
        "2022-07-22",
        "Ukraine and Russia sign UN-backed deal to restart grain exports",
        "Ukraine and Russia signed a deal in Istanbul brokered by the UN and Turkey to reopen "
        "Black Sea ports for grain exports, easing fears of a global food crisis.",
    ),
    (
        "Y",
        "2022-07-22",
        "Grain deal signed in Istanbul",
        "Russia and Ukraine signed agreements in Istanbul to let grain exports resume from Black "
        "Sea ports, in a deal brokered by Turkey and the United Nations.",
    ),
    (
        "Z",
        "2022-07-23",
        "Black Sea grain exports to resume under UN deal",
        "Grain exports from Ukraine's Black Sea ports will resume under a deal signed with Russia "
        "in Istanbul, the UN and Turkey said.",
    ),
]
GAS = [
    (
        "X",
        "2022-07-25",
        "Gazprom cuts gas flow through Nord Stream pipeline",
        "Gazprom said it would cut gas flows through the Nord Stream pipeline to Germany to a "
        "fifth of capacity, citing turbine maintenance.",
    ),
    (
        "Y",
        "2022-07-26",
        "Russia cuts Nord Stream gas flow to Germany again",
        "Russia's Gazprom cut gas flow to Germany through Nord Stream to a fifth of capacity, "
        "blaming a turbine; Germany called it a power play.",
    ),
    (
        "Z",
        "2022-07-25",
        "Nord Stream flow to fall to 20% of capacity",
        "Gas flow through Nord Stream to Germany will fall to 20 percent of capacity, Gazprom "
        "said, pointing to turbine maintenance.",
    ),
]
OTHER = [
    (
        "X",
        "2022-07-22",
        "Heatwave brings record temperatures to London",
        "Temperatures in London passed 40C for the first time as the heatwave closed schools.",
    ),
    (
        "Y",
        "2022-07-24",
        "Tennis final draws record crowd",
        "The women's final at Wimbledon drew the largest crowd in the tournament's history.",
    ),
    # the grain story again from X two weeks later: too late to be the same event
    (
        "X",
        "2022-08-08",
        "First grain ship reaches Turkey",
        "The first ship carrying Ukrainian grain under the UN and Turkey deal reached Istanbul for "
        "inspection on its way from Black Sea ports.",
    ),
]


def _corpus(rows=GRAIN + GAS + OTHER) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(rows))],
            "outlet": [r[0] for r in rows],
            "published": pd.to_datetime([r[1] for r in rows]),
            "title": [r[2] for r in rows],
            "text": [r[3] for r in rows],
        }
    )


def test_inferred_events_are_the_planted_ones():
    ev = find_events(_corpus())
    assert ev.attrs["method"] == "inferred"
    assert list(ev.columns) == list(EVENT_COLUMNS)
    assert sorted(tuple(sorted(ids)) for ids in ev["article_ids"]) == [
        ("a0", "a1", "a2"),
        ("a3", "a4", "a5"),
    ]
    assert ev["n_outlets"].tolist() == [3, 3] and ev["event"].tolist() == ["E1", "E2"]


def test_at_most_one_article_per_outlet_and_dates_within_max_days():
    ev = find_events(_corpus(), max_days=3)
    for ids in ev["article_ids"]:
        assert "a8" not in ids  # the grain story 17 days later
    c = _corpus()
    outlets = dict(zip(c["article_id"], c["outlet"]))
    for ids in ev["article_ids"]:
        assert len({outlets[a] for a in ids}) == len(ids)


def test_no_shared_event_gives_an_empty_table():
    ev = find_events(_corpus(OTHER))
    assert ev.empty and list(ev.columns) == list(EVENT_COLUMNS)


def test_undated_articles_are_grouped_by_words_alone():
    c = _corpus(GRAIN + OTHER[:2]).assign(published=pd.NaT)
    ev = find_events(c)
    assert [tuple(sorted(i)) for i in ev["article_ids"]] == [("a0", "a1", "a2")]


def test_event_column_is_used_when_present():
    c = _corpus().assign(event=["g"] * 3 + ["n"] * 3 + ["h", "t", "g"])
    ev = find_events(c)
    assert ev.attrs["method"] == "column"
    # "h" and "t" have one outlet each: not events; "g" has four articles from three outlets
    assert ev["event"].tolist() == ["g", "n"]
    assert ev["n_articles"].tolist() == [4, 3]
    assert event_articles(c, ev, "n")["article_id"].tolist() == ["a3", "a4", "a5"]


def test_event_column_none_infers_even_when_the_column_exists():
    c = _corpus().assign(event="all one")
    assert find_events(c, event_column=None).attrs["method"] == "inferred"


def test_bundled_corpus_is_one_event(seed_corpus):
    from analysis.clean import clean_corpus

    ev = find_events(clean_corpus(seed_corpus))
    assert len(ev) == 1 and ev.loc[0, "n_outlets"] == 5


def test_basil_triplets_found_without_the_triplet_column():
    need_shared("datasets", "basil-same-event", "articles.csv")
    from analysis.evaluation.events import evaluate_events

    res = evaluate_events()
    # measured 2026-12-03: precision 1.000, recall 0.947, 93 of 100 triplets exact
    assert res["precision"] >= 0.99 and res["recall"] >= 0.94 and res["exact"] >= 0.93


@pytest.mark.parametrize(
    "body, expected",
    [
        # a sentence quoting someone mid-way is two statement units; the reader gets it whole
        (
            'Shoigu told Putin on Sunday that his forces had "established full control" over '
            "Lysychansk and several nearby settlements, RIA Novosti reported. Kyiv disputed it.",
            [
                'Shoigu told Putin on Sunday that his forces had "established full control" over '
                "Lysychansk and several nearby settlements, RIA Novosti reported.",
                "Kyiv disputed it.",
            ],
        ),
        (
            "The talks resumed in Istanbul on Tuesday. Both delegations met for three hours.",
            ["The talks resumed in Istanbul on Tuesday.", "Both delegations met for three hours."],
        ),
    ],
)
def test_unit_sentences_are_whole_sentences(body, expected):
    from analysis.compare.align import align_event, unit_sentences

    ev = align_event(pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "body": [body]}))
    statements = ev.units[ev.units["kind"] == "statement"].index
    got = unit_sentences(ev, list(statements))["sentence"].tolist()
    assert [s for s in expected if len(s.split()) >= 4] == got


def test_exported_article_ids_with_spaces_can_be_split_again(tmp_path):
    # review48: a Nexis Uni download names its files "Files (1).DOCX", so its article ids are
    # "Files (1)-0024"; report 04's events.csv joined them with a space, which no reader can
    # split again ("Files", "(1)-0024", …)
    c = _corpus().assign(article_id=[f"Files ({i % 2 + 1})-{i:04d}" for i in range(9)])
    ev = find_events(c)
    events_for_export(ev).to_csv(tmp_path / "events.csv", index=False)
    cells = pd.read_csv(tmp_path / "events.csv")["article_ids"]
    assert [tuple(cell.split(ID_SEPARATOR)) for cell in cells] == list(ev["article_ids"])
    assert cells.iloc[0].split(ID_SEPARATOR)[0].startswith("Files (")
