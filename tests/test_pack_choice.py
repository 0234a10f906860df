"""The topic pack chosen by the corpus: ``framing report``, ``framing validate sample`` and
``framing featurize`` use a bundled pack by default only when at least a fifth of the articles
name its story (a US gun-policy corpus got the Ukraine pack's loaded terms and actor sides:
1 of its 363 articles names the war)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.detect.packs import (
    PACK_CHOICE,
    choose_lexicons,
    corpus_packs,
    fitting_packs,
    packs_of,
)
from analysis.report.scope import pack_note

ROOT = Path(__file__).resolve().parents[1]

GUNS = (
    "The Senate voted on Tuesday on a bill to expand background checks for gun buyers. "
    "The National Rifle Association said the measure would not stop criminals."
)
WAR = "Russian forces shelled Kharkiv on Monday, Ukrainian officials said, and Kyiv asked for aid."


def test_the_threshold_is_one_article_in_five():
    assert PACK_CHOICE == 0.2
    # 1 of 5 names the story: kept; 1 of 6: left out
    assert fitting_packs([WAR] + [GUNS] * 4) == ("ukraine-2022",)
    assert fitting_packs([WAR] + [GUNS] * 5) == ()
    assert fitting_packs([]) == ()


def test_the_story_is_recognised_by_its_names_not_by_violence():
    # a shooting is no war story; "Kiev" (the older spelling) and "Zelensky" name it
    assert fitting_packs(["A gunman shot three people in Ohio."]) == ()
    assert fitting_packs(["Zelensky met Biden."]) == ("ukraine-2022",)
    assert fitting_packs(["Talks in Kiev went on."]) == ("ukraine-2022",)


def test_a_choice_on_the_command_line_wins_over_the_corpus():
    assert corpus_packs(None, None, [GUNS]) == []
    assert corpus_packs(None, None, [WAR]) == ["ukraine-2022"]
    assert corpus_packs(None, ["ukraine-2022"], [GUNS]) == ["ukraine-2022"]  # --pack NAME
    assert corpus_packs(None, [], [WAR]) == []  # --pack none
    assert corpus_packs(["own.csv"], None, [WAR]) is None  # --lexicon: no pack, as before


def test_the_note_without_a_pack_says_how_much_of_the_corpus_names_the_bundled_story():
    text, kind = pack_note([GUNS, GUNS, WAR, GUNS, GUNS, GUNS], choose_lexicons(packs=[]))
    assert kind == "note"
    assert text.startswith("No topic pack is used")
    assert (
        "ukraine-2022 (Russia's invasion of Ukraine (2022)), named by 1 of the 6 articles" in text
    )
    assert "--pack NAME" in text


def _corpus(path: Path, body: str) -> Path:
    rows = [
        {"outlet": o, "date": f"2019-08-{d + 1:02d}", "text": f"{body} Story {d} of {o}."}
        for o in ("Alpha", "Beta")
        for d in range(4)
    ]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_report_uses_the_pack_only_on_its_story(tmp_path):
    from analysis.report import build_reports

    off = build_reports(_corpus(tmp_path / "guns.csv", GUNS), tmp_path / "a", notebooks=["01"])
    assert off.ok, [r.error for r in off.results]
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["packs"] == []
    page = off.results[0].html.read_text(encoding="utf-8")
    assert "No topic pack is used" in page
    assert "Topic pack ukraine-2022 is used" not in page

    on = build_reports(_corpus(tmp_path / "war.csv", WAR), tmp_path / "b", notebooks=["01"])
    assert on.ok, [r.error for r in on.results]
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["packs"] == ["ukraine-2022"]
    assert "Topic pack ukraine-2022 is used" in on.results[0].html.read_text(encoding="utf-8")


def test_featurize_command_names_the_packs_it_chose(tmp_path, capsys):
    from analysis.cli import main

    out = tmp_path / "f.csv"
    assert (
        main(["featurize", str(_corpus(tmp_path / "g.csv", GUNS)), "--out", str(out)] + ["--quiet"])
        == 0
    )
    assert capsys.readouterr().out.strip().endswith("topic packs: none")
    assert len(pd.read_csv(out)) == 8
    assert (
        main(["featurize", str(_corpus(tmp_path / "w.csv", WAR)), "--out", str(out), "--quiet"])
        == 0
    )
    assert capsys.readouterr().out.strip().endswith("topic packs: ukraine-2022")


def test_choose_lexicons_of_no_pack_has_no_pack_files():
    assert packs_of(choose_lexicons(packs=corpus_packs(None, None, [GUNS]))) == ()
