"""Topic packs: chosen with --pack (or none), carried by the lexicon files, named in the reports.

A new user's corpus about gun control or immigration was analysed with the tables of the
bundled Russia-Ukraine story (its naming groups, war-specific loaded terms and actor sides)
and no report said so.  These tests hold the choice (``--pack NAME`` / ``--pack none``), that
every detector follows it, and the sentence the reports print about it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import featurize, load_corpus
from analysis.cli import main
from analysis.detect.agency import find_agency
from analysis.detect.markers import load_lexicons
from analysis.detect.packs import (
    available_packs,
    check_packs,
    choose_lexicons,
    pack_harm_actors,
    packs_of,
    topic_shares,
)
from analysis.errors import FramingError
from analysis.paths import shared_path
from analysis.report.scope import PACK_FIT, corpus_notes, pack_note

NO_PACK = load_lexicons(packs=())


def test_the_bundled_pack_is_found_and_a_misspelt_one_is_refused_with_the_list():
    assert available_packs() == ("ukraine-2022",)
    with pytest.raises(FramingError, match=r"unknown topic pack 'ukraine'.*ukraine-2022"):
        check_packs(["ukraine"])


def test_choose_lexicons_default_none_own_and_added_pack(tmp_path):
    own = tmp_path / "mine.csv"
    own.write_text("term,category,subcategory,source,note\nthugs,loaded,label,me,\n", "utf-8")
    assert choose_lexicons() is None  # the bundled default: core lexicons and ukraine-2022
    no_pack = choose_lexicons(packs=[])
    assert packs_of(no_pack) == () and any(f.endswith("hedges.csv") for f in no_pack)
    assert choose_lexicons([own]) == [str(own.resolve())]  # your own alone: no pack (as before)
    with_pack = choose_lexicons([own], ["ukraine-2022"])
    assert packs_of(with_pack) == ("ukraine-2022",) and str(own.resolve()) in with_pack
    assert not any(f.endswith("hedges.csv") for f in with_pack)  # own lexicons replace the core
    with pytest.raises(FramingError, match="--lexicon .*missing.csv: no such file"):
        choose_lexicons([tmp_path / "missing.csv"])


def test_a_user_file_in_a_folder_named_packs_is_not_a_bundled_pack(tmp_path):
    assert packs_of([str(tmp_path / "packs" / "mine" / "loaded.csv")]) == ()


def test_without_a_pack_no_naming_groups_no_side_columns_and_same_articles(raw_corpus_dir):
    corpus = load_corpus(raw_corpus_dir)
    with_pack, without = featurize(corpus), featurize(corpus, lexicons=NO_PACK)
    assert with_pack["article_id"].tolist() == without["article_id"].tolist()
    assert any(c.startswith("naming_kyiv") for c in with_pack.columns)
    assert any(c.startswith("n_quotes_side_russian_government") for c in with_pack.columns)
    sided = [c for c in without.columns if "_side_" in c or "_victim_" in c]
    assert sorted(sided) == [  # every quotation and victim is of unknown side
        "harm_erasure_rate_author_victim_unknown",
        "harm_n_author_victim_unknown",
        "n_quotes_side_unknown",
        "source_share_side_unknown",
    ]
    assert not [c for c in without.columns if c.startswith("naming_") or "euphemism" in c]
    # what does not depend on a pack is unchanged: hedges, quotations, readability
    for col in ("n_direct_quotes", "rate_hedge_author", "readability_flesch_reading_ease"):
        pd.testing.assert_series_equal(with_pack[col], without[col])


def test_harm_event_sides_follow_the_packs():
    text = "Russian forces killed 12 civilians in Kharkiv."
    ukraine = find_agency(text, actors=pack_harm_actors(("ukraine-2022",)))
    none = find_agency(text, actors=pack_harm_actors(()))
    assert [e.agent_side for e in ukraine] == ["russian_government"]
    assert [e.agent_side for e in none] == [None]
    assert [e.agent for e in none] == ["Russian forces"]  # the agent is still read


def test_featurize_command_with_pack_none_and_a_misspelt_pack(tmp_path, raw_corpus_dir, capsys):
    out = tmp_path / "f.csv"
    assert main(["featurize", str(raw_corpus_dir), "--out", str(out), "--pack", "none"]) == 0
    cols = pd.read_csv(out).columns
    assert not any(c.startswith("naming_") for c in cols) and "n_direct_quotes" in cols
    assert main(["featurize", str(raw_corpus_dir), "--out", str(out), "--pack", "ukrain"]) == 2
    err = capsys.readouterr().err
    assert "unknown topic pack 'ukrain'" in err and "ukraine-2022" in err


def test_pack_note_says_which_pack_and_warns_when_the_corpus_is_about_something_else():
    about = [f"Shelling near Kyiv on day {i}." for i in range(3)]
    other = [f"The senate voted on gun bill {i}." for i in range(7)]
    text, kind = pack_note(about + other[:2])
    assert (
        kind == "note"
        and "ukraine-2022" in text
        and "3 of the 5 articles (60%) name that story" in text
    )
    text, kind = pack_note(about + other)  # 3 of 10 name the story: under PACK_FIT
    assert 0.3 < PACK_FIT and kind == "caveat"
    assert "3 of the 10 articles (30%)" in text and "--pack none" in text
    text, kind = pack_note(about, NO_PACK)
    assert kind == "note" and text.startswith("No topic pack is used")


def test_corpus_notes_put_the_data_quality_caveat_before_the_pack_note():
    articles = pd.DataFrame(
        {"text": ["Kyiv was shelled again today."] * 2 + ["Kyiv talks."], "outlet": list("AAB")}
    )
    notes = [repr(b) for b in corpus_notes(articles)]
    assert len(notes) == 2
    assert notes[0].startswith("Caveat. Data quality") and "duplicated" in notes[0]
    assert notes[1].startswith("Note. Topic pack ukraine-2022")


def test_the_topic_pattern_names_the_story_in_the_shared_corpora():
    """On real corpora the share separates the war corpora from US political news."""
    by_country = shared_path("datasets", "ukraine-2022-by-country", "articles.parquet")
    allsides = shared_path("datasets", "allsides-2012-2020", "articles.parquet")
    if by_country is None or allsides is None:
        pytest.skip("needs ../shared/datasets (by-country and AllSides); not in the project")
    war = pd.read_parquet(by_country).sample(n=300, random_state=0)
    us = pd.read_parquet(allsides).sample(n=300, random_state=0)
    war_share = topic_shares(war["text"], ["ukraine-2022"])["ukraine-2022"]
    us_share = topic_shares(us["text"], ["ukraine-2022"])["ukraine-2022"]
    assert war_share > 0.9 and us_share < 0.1


def test_report_01_names_the_topic_pack_with_the_data_quality_findings():
    """Report 01 is where a user decides whether the later reports fit their corpus."""
    text = (Path(__file__).resolve().parents[1] / "notebooks" / "01-corpus.py").read_text("utf-8")
    assert 'pack_note(articles["text"], lexicons)' in text
    assert "display(note(pack_text, kind=pack_kind))" in text


def _own_pack(folder: Path) -> Path:
    """A small pack of one's own for another story: US gun-policy news."""
    folder.mkdir()
    (folder / "topic.csv").write_text(
        "name,description,pattern,source,note\n"
        'guns,US gun policy,"\\b(?:guns?|firearms?|rifles?)\\b",test,\n',
        "utf-8",
    )
    (folder / "naming.csv").write_text(
        "term,category,subcategory,source,note,match,case,variants,form\n"
        "gun control,naming,policy_name,test,,exact,,,gun control\n"
        "gun safety,naming,policy_name,test,,exact,,,gun safety\n",
        "utf-8",
    )
    (folder / "actors.csv").write_text(
        "pattern,name,side,role\n\\bnra\\b,National Rifle Association,gun_rights,lobby\n", "utf-8"
    )
    return folder


def test_your_own_pack_is_a_folder_with_a_topic_csv(tmp_path):
    pack = _own_pack(tmp_path / "guns")
    text = (
        'The NRA said: "Nothing will change at all." The bill is the first gun control law in '
        "years. Its authors call it a gun safety law, and rifles are sold as before. " * 6
    )
    corpus = pd.DataFrame({"text": [text, text.replace("NRA", "mayor")], "outlet": ["A", "B"]})
    files = choose_lexicons(packs=[str(pack)])
    assert packs_of(files) == (str(pack.resolve()),)
    feats = featurize(corpus, lexicons=files)
    assert feats["naming_policy_name_forms"].iloc[0] == "gun control+gun safety"
    assert feats["n_quotes_side_gun_rights"].tolist() == [6, 0]
    assert not any(c.startswith("naming_kyiv") for c in feats.columns)  # only the packs asked
    note_text, kind = pack_note(corpus["text"], files)
    assert kind == "note" and note_text.startswith("Topic pack guns (your own, ")
    assert "one story, US gun policy. 2 of the 2 articles (100%)" in note_text
    with pytest.raises(FramingError, match="a folder without topic.csv"):
        choose_lexicons(packs=[str(tmp_path)])


def test_featurize_command_takes_your_own_pack_folder(tmp_path, raw_corpus_dir):
    pack, out = _own_pack(tmp_path / "guns"), tmp_path / "f.csv"
    assert main(["featurize", str(raw_corpus_dir), "--out", str(out), "--pack", str(pack)]) == 0
    cols = pd.read_csv(out).columns
    assert "naming_policy_name" in cols and "naming_kyiv" not in cols
