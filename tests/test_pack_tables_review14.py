"""Rows of the ukraine-2022 pack tables found wrong by the report review on the Guardian/NYT set."""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers
from analysis.detect.packs import pack_actors
from analysis.detect.quotes.tables import side_of

ACTORS = pack_actors(("ukraine-2022",))


@pytest.mark.parametrize(
    "speaker", ["the Kyiv Independent", "Kyiv Post", "The Moscow Times", "Ukrainska Pravda"]
)
def test_outlets_named_after_a_capital_are_media(speaker):
    # 'the Kyiv Independent reports' was put on the Ukrainian government's side
    assert side_of(speaker, ACTORS) == "media"


@pytest.mark.parametrize(
    "speaker, side",
    [
        ("officials in Kyiv", "ukrainian_government"),
        ("Kyiv", "ukrainian_government"),
        ("Moscow", "russian_government"),
        ("Russia's foreign ministry", "russian_government"),
    ],
)
def test_capitals_as_metonyms_keep_their_side(speaker, side):
    assert side_of(speaker, ACTORS) == side


def test_putin_regime_is_its_own_term():
    # NYT's author-voice 'Putin regime' was listed under the term 'Kiev regime'
    found = {
        m.text: (m.category, m.term)
        for m in find_markers("Critics of the Putin regime met. The Kremlin regime denied it.")
    }
    assert found["Putin regime"] == ("loaded", "Putin regime")
    assert found["Kremlin regime"] == ("loaded", "Putin regime")


def test_pack_note_lists_what_the_pack_holds(tmp_path):
    from analysis.report.scope import pack_note

    # the note said "naming groups, loaded terms and actor sides" and left out the pack's
    # harm sides; its frame cues are not used by the reports (report 10 keeps to the generic
    # battery), so the note says so instead of listing them as used (report review 28)
    text, _ = pack_note(["Kyiv was shelled."])
    assert "loaded terms, actor sides and sides of harm events written for" in text
    assert "Its frame cues (frames.csv) are not" in text
    (tmp_path / "topic.csv").write_text("pattern,description\n\\bohio\\b,Ohio politics\n")
    (tmp_path / "naming.csv").write_text(
        "term,category,subcategory,source,note\nBuckeye State,naming,ohio_name,own,\n"
    )
    own, _ = pack_note(["Ohio votes."], lexicons=[str(tmp_path / "naming.csv")])
    assert "is used: naming groups written for one story, Ohio politics" in own


@pytest.mark.parametrize("form", ["Kiev", "Kyiv", "KIEV", "Zelensky"])
def test_regime_label_after_a_naming_form_is_loaded(form):
    # the case-sensitive naming form was tried first, so 'Kiev regime' (Russian state media's
    # name for the Ukrainian government) was never a loaded term: only 'Kiev' + 'regime'
    text = f"They attacked the {form} regime."
    found = [(m.text, m.category, m.term) for m in find_markers(text)]
    assert found[0][1] == "naming" and found[0][0] == form
    assert (f"{form} regime", "loaded", "Kiev regime") in found
    assert not any(cat == "contested" for _, cat, _ in found)  # its 'regime' is taken


def test_naming_form_alone_is_unchanged():
    found = [(m.text, m.category) for m in find_markers("Kiev said the regime of sanctions hurt.")]
    assert found[0] == ("Kiev", "naming") and not any(c == "loaded" for _, c in found)
