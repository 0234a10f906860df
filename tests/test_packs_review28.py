"""A researcher's own topic pack for a corpus about another conflict (the report review of
round 28).

The corpus of the review: a seeded sample (``random_state=28``) of 369 AllSides articles of the
topic "middle_east" (Israel/Palestine, Syria, Iran, Iraq, ISIS), 2012 to 2020, from four
outlets of different lean: CNN (Web News) 100 (left), Christian Science Monitor 82 (centre),
Fox News 100 and Washington Times 87 (right). The pack the reviewer wrote for it, following
``analysis/lexicons/README.md`` ("Your own topic pack"): naming variants (West Bank / Judea
and Samaria, ISIS / ISIL / Islamic State / Daesh …), actors and sides (Israeli government,
Hamas, Palestinian Authority …), harm sides and a few loaded terms.
"""

from __future__ import annotations

import pytest

from analysis.errors import LexiconError

# Washington Times, 6 Apr 2015, "'The deal's not done' — key questions remain in Iran deal,
# White House says"
NETANYAHU = (
    "Israeli Prime Minister Benjamin Netanyahu said Sunday he believes Iran will use the "
    "financial benefits of sanctions relief to fund a “terror machine” that already is "
    "wreaking havoc across the region."
)
TOPIC = "name,description,pattern,source,note\nmideast,Middle East,\\bIsrael\\w*,own,\n"
ACTORS = "pattern,name,side,role,source,note\n\\bnetanyahu\\b,Netanyahu,israeli_government,,own,\n"


def _pack(folder, **files):
    folder.mkdir()
    (folder / "topic.csv").write_text(TOPIC)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text)
    return folder


def test_a_pack_of_actor_tables_only_gives_its_sides(tmp_path):
    # README: "A folder anywhere with a topic.csv and any of the pack files above is a pack";
    # a pack with actors.csv and sides.csv but no naming.csv or loaded.csv was dropped without
    # a word (the packs of an analysis are read from its lexicon files): report 07 said "No
    # topic pack is used" and compared no side
    import pandas as pd

    from analysis import featurize
    from analysis.detect.packs import choose_lexicons, packs_of

    pack = _pack(
        tmp_path / "sides-only",
        actors=ACTORS,
        sides="side,label\nisraeli_government,Israeli government\n",
    )
    files = choose_lexicons(packs=[str(pack)])
    assert packs_of(files) == (str(pack),)
    corpus = pd.DataFrame(
        {"article_id": ["wt"], "outlet": ["Washington Times"], "text": [NETANYAHU]}
    )
    row = featurize(corpus, lexicons=files).iloc[0]
    assert row["n_quotes_side_israeli_government"] >= 1


def test_a_comma_that_splits_a_pattern_cell_is_an_error_that_says_to_quote_it(tmp_path):
    # the reviewer's harm_actors.csv row "\b(?:israeli|israel'?s)\b(?:[\w\s'-]{0,30})\b(?:forces)"
    # unquoted: the CSV reader cut the pattern at the comma of {0,30} and dropped the rest, and
    # every notebook failed with "bad pattern ... (missing ), unterminated subpattern)"
    from analysis.lexicons import read_table

    table = tmp_path / "harm_actors.csv"
    table.write_text(
        "pattern,name,side,role,source,note\n"
        "\\b(?:israeli|israel'?s)\\b(?:[\\w\\s'-]{0,30})\\b(?:forces|troops)\\b,"
        "Israeli forces,israeli_government,,own,\n"
    )
    with pytest.raises(LexiconError, match="must be in double quotes"):
        read_table(table, required=("pattern", "side"))


def test_a_note_with_commas_is_no_longer_cut_silently(tmp_path):
    # the same reader had cut 61 notes of the bundled object_verbs.csv at their first comma
    # ("the attack, the supply, the silence after the verb are the outlet's own words")
    from analysis.lexicons import read_table

    rows = read_table("object_verbs.csv", required=("term", "kind"))
    observe = next(r for r in rows if r["term"] == "observe")
    assert observe["note"] == (
        "the attack, the supply, the silence after the verb are the outlet's own words"
    )


def test_a_bad_actor_table_stops_the_command_before_any_notebook(tmp_path):
    # with the bad pattern above, `framing report --pack FOLDER` ran seven minutes and six of
    # ten notebooks failed one by one with the same error
    from analysis.detect.packs import choose_lexicons

    pack = _pack(
        tmp_path / "bad",
        actors="pattern,name,side,role,source,note\n\\b(?:hamas,Hamas,hamas,,own,\n",
    )
    with pytest.raises(LexiconError, match="actors.csv"):
        choose_lexicons(packs=[str(pack)])


def test_the_pack_note_does_not_claim_frame_cues_the_reports_do_not_use(tmp_path):
    # "Topic pack mideast is used: naming groups, loaded terms, actor sides, sides of harm
    # events and frame cues written for one story": report 10 and featurize use the generic
    # battery (default_battery), so a pack's frames.csv changes no number of any report
    from analysis.detect.frames import default_battery
    from analysis.detect.packs import choose_lexicons
    from analysis.report.scope import pack_note

    pack = _pack(
        tmp_path / "mideast",
        actors=ACTORS,
        frames="term,category,subcategory,source,note\nHamas,conflict,actor,own,\n",
    )
    text, _ = pack_note([NETANYAHU], choose_lexicons(packs=[str(pack)]))
    assert "is used: actor sides written for one story" in text
    assert "Its frame cues (frames.csv) are not" in text
    assert not any(str(pack) in f for f in default_battery().cues.files)


def test_the_reports_call_an_own_pack_by_the_name_of_its_topic_csv(tmp_path):
    # report 01 with the reviewer's pack in /tmp/review28/pack, whose topic.csv names it
    # "mideast": "Topic pack pack (your own, /tmp/review28/pack) is used"
    from analysis.detect.packs import choose_lexicons
    from analysis.report.scope import pack_note

    pack = _pack(tmp_path / "pack", actors=ACTORS)
    text, _ = pack_note([NETANYAHU], choose_lexicons(packs=[str(pack)]))
    assert text.startswith(f"Topic pack mideast (your own, {pack}) is used")


def test_the_readme_gives_a_header_and_a_working_row_for_every_pack_file(tmp_path):
    # "Your own topic pack" gave a row of actors.csv without its header ("\bnra\b,National Rifle
    # Association,gun_rights,lobby": four cells for six columns) and no word on quoting a
    # pattern with a comma; the reviewer's pack failed on both. Every row of the README's
    # table, written under its header, must make a pack that loads and works.
    import re
    from pathlib import Path

    from analysis.detect.markers import load_lexicons
    from analysis.detect.packs import choose_lexicons, pack_actors, packs_of
    from analysis.detect.quotes.tables import side_of

    readme = Path(__file__).parents[1] / "analysis" / "lexicons" / "README.md"
    rows = re.findall(r"^\| `(\w+\.csv)` \| (.+?) \| `(.+?)`", readme.read_text("utf-8"), re.M)
    files = {name: (header, row.replace("\\|", "|")) for name, header, row in rows}
    assert {"topic.csv", "naming.csv", "actors.csv", "harm_actors.csv", "sides.csv"} <= set(files)
    actor_header = re.match(r"`([^`]+)`", files["actors.csv"][0]).group(1)
    pack = tmp_path / "from-readme"
    pack.mkdir()
    for name, (header, row) in files.items():
        header = re.match(r"`([^`]+)`", header)
        header = header.group(1) if header else actor_header  # "as actors.csv"
        (pack / name).write_text(f"{header}\n{row}\n", encoding="utf-8")
    chosen = choose_lexicons(packs=[str(pack)])
    packs = packs_of(chosen)
    assert side_of("Benjamin Netanyahu", pack_actors(packs)) == "israeli_government"
    assert "west_bank" in load_lexicons(packs=[str(pack)]).naming_groups
