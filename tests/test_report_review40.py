"""Round review40: trust on the user's own corpus — reports grouped by something other than
outlet (by country with ``--outlet-column country``, AllSides by lean or source)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

#: Where "outlet" in a report's text is the option's name, or lists the kinds of group a report
#: compares (its title and first paragraph).
_PUBLISHER = re.compile(r"--outlet-column|its outlets, or")


def _rendered_outlet_words(name: str) -> list[str]:
    """The string pieces of a notebook's code that say "outlet(s)" as a word of prose."""
    tree = ast.parse((NOTEBOOKS / name).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if " " not in text.strip():  # a column or keyword name ("outlet", "n_outlets")
                continue
            if re.search(r"\boutlets?\b", _PUBLISHER.sub("", text), re.I):
                found.append(text)
    return found


def _markdown_outlet_words(name: str) -> list[str]:
    """Lines of a notebook's markdown cells that say "outlet(s)" (static text, any grouping)."""
    lines, in_markdown = [], False
    for line in (NOTEBOOKS / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# %%"):
            in_markdown = "[markdown]" in line
        elif in_markdown and re.search(r"\boutlets?\b", _PUBLISHER.sub("", line), re.I):
            lines.append(line)
    return lines


@pytest.mark.parametrize("name", ["03-compare-outlets.py", "04-same-event.py"])
def test_reports_03_and_04_say_no_hard_coded_outlet(name):
    # by country, report 04 said "14 event(s) reported by two or more outlets", "Material only
    # one outlet has" (about 20 strings); report 03 "Comparing outlets", "Each feature is
    # averaged over an outlet's usable articles", "6 outlets compared on 8 features"
    assert _rendered_outlet_words(name) == []
    assert _markdown_outlet_words(name) == []


def test_the_scan_finds_a_hard_coded_outlet(tmp_path, monkeypatch):
    # counter-case: the scan can fail (a caption of the old report 04), and keeps the
    # publisher's meaning
    src = 'x = f"{n} event(s) reported by two or more outlets"\ny = "--outlet-column lean"\n'
    (tmp_path / "x.py").write_text(src, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.NOTEBOOKS", tmp_path)
    assert _rendered_outlet_words("x.py") == [" event(s) reported by two or more outlets"]


def test_report_04_takes_the_grouping_parameter():
    source = (NOTEBOOKS / "04-same-event.py").read_text(encoding="utf-8")
    assert 'grouping = "outlet"' in source  # the parameter framing report fills in
    assert "noun = group_noun(grouping)" in source


def _event(names=("GB", "RU")):
    from analysis.compare.align import align_event

    quote = "'We will not accept this plan under any circumstances at all.'"
    return align_event(
        pd.DataFrame(
            {
                "article_id": ["a", "b"],
                "outlet": list(names),
                "body": [f"Peskov said: {quote} Prices rose on Monday.", f"Peskov said: {quote}"],
            }
        )
    )


def test_alignment_sentences_name_countries():
    from analysis.report import describe_alignment

    sentences = describe_alignment(_event(), noun="country")
    assert sentences[0] == "1 quotation unit(s) appear in both countries."
    assert "no other country has" in sentences[1]
    assert "no other country." in sentences[1]
    assert not any("outlet" in s for s in sentences)
    # counter-case: by outlet, the sentences are unchanged
    assert describe_alignment(_event())[0] == "1 quotation unit(s) appear in both outlets."
    assert "no other outlet has" in describe_alignment(_event())[1]


def test_shared_copy_caveat_names_countries():
    from analysis.report.quality import shared_copy_note

    s = [
        "Troops crossed the border at dawn on Monday.",
        "The ministry gave no figure.",
        "Markets fell sharply after the first reports.",
        "Talks are due to resume in May.",
        "The border crossing was closed to all traffic.",
        "Aid trucks waited at the gate.",
    ]
    a = pd.DataFrame(
        {"article_id": ["a", "b"], "outlet": ["GB", "RU"], "text": [" ".join(s), " ".join(s)]}
    )
    text = shared_copy_note(a, noun="country")
    assert "copy shared with another country" in text and "not each country's" in text
    assert "copy shared with another outlet" in shared_copy_note(a)  # counter-case


def test_alignment_figure_legend_names_countries():
    import matplotlib

    matplotlib.use("Agg")
    from analysis.plots import plot_alignment

    title = plot_alignment(_event(), noun="country").get_legend().get_title().get_text()
    assert title == "rows: Q quotation, S statement in the country's own words"
    default = plot_alignment(_event()).get_legend().get_title().get_text()
    assert default == "rows: Q quotation, S statement in the outlet's own words"  # unchanged


@pytest.mark.slow
def test_report_04_by_country_names_countries(tmp_path):
    # report 04 rendered on a corpus grouped by --outlet-column country
    from analysis.report import build_reports

    quote = '"We will not accept this plan under any circumstances at all," Peskov said.'
    bodies = [
        f"Kremlin spokesman Dmitry Peskov rejected the peace plan on Monday. {quote} "
        "Talks in Istanbul stalled after the second round of negotiations ended.",
        f"The Kremlin rejected the peace plan put forward in Istanbul on Monday. {quote} "
        "Officials in Kyiv said the talks had stalled after the second round.",
    ]
    path = tmp_path / "by-country.csv"
    pd.DataFrame(
        {
            "id": ["a", "b"],
            "country": ["GB", "RU"],
            "published": ["2022-03-28", "2022-03-28"],
            "text": bodies,
        }
    ).to_csv(path, index=False)
    run = build_reports(
        path,
        tmp_path / "out",
        notebooks=["04"],
        load_options={"outlet_column": "country", "id_column": "id"},
        packs=[],
    )
    assert run.ok, [r.error for r in run.results]
    page = run.results[0].html.read_text(encoding="utf-8")
    assert "What each country did with the shared material" in page
    assert "reported by two or more countries" in page
    shown = _PUBLISHER.sub("", re.sub(r"<script.*?</script>", "", page, flags=re.S))
    assert not re.search(r"\boutlets?\b(?![_-])", shown)


# --- self-references among the distinguishing terms ----------------------------------------

#: Real opening lines of the by-country corpus (BY: BelTA; US: CNN; a wire story in RU and US).
_BELTA = "MINSK, 28 January (BelTA) –Belarusian President Aleksandr Lukashenko commented on it."
_CNN = "Atlanta, United States (CNN)- The United States has seen indicators that Russia has plans."
_AP = "WASHINGTON (AP) – The U.S. and U.K. will begin restricting the trade of Russian metals."


def test_dateline_agencies_of_one_group_are_its_names():
    from analysis.compare.self_names import dateline_agencies

    texts = [_BELTA, _BELTA, "Headline\n\n" + _CNN, _CNN, _AP, _AP]
    groups = ["BY", "BY", "US", "US", "US", "RU"]
    assert dateline_agencies(texts, groups) == ["BelTA", "CNN"]
    # counter-case: a wire two groups run names neither; a bracket in running text is none
    assert (
        dateline_agencies([_AP, _AP, "Peace (at last) - he said."] * 2, ["US", "RU", "US"] * 2)
        == []
    )


def _country_corpus() -> pd.DataFrame:
    by = [
        f"{_BELTA} Minsk is ready for talks on security, BelTA has learned from officials.",
        "MINSK, 7 February (BelTA) – Minsk hosted the talks. The sides met in Minsk, BelTA {k}.",
    ]
    gb = [
        "London said the sanctions would bite and London would stand by Kyiv, the minister said.",
        "Sanctions were announced in London as the minister visited Kyiv for more talks.",
    ]
    texts = [t.replace("{k}", str(k)) for k in range(3) for t in by] + [
        f"{t} Day {k}." for k in range(3) for t in gb
    ]
    return pd.DataFrame({"outlet": ["BY"] * 6 + ["GB"] * 6, "body": texts})


def test_dateline_agency_is_no_distinguishing_term():
    # by country, "belta" was BY's fifth term (z = 9.9, 48 uses): "MINSK, 28 January (BelTA) –"
    from analysis.compare import distinguishing_terms

    terms = distinguishing_terms(_country_corpus(), voice="all", ngram_range=(1, 1), min_count=2)
    by = set(terms.loc[terms["group"] == "BY", "term"])
    assert "belta" not in by
    assert "minsk" in by  # counter-case: the place stays
    assert terms.attrs["set_aside"]["belta"] == 12
    assert terms.attrs["self_names"]["datelines"] == ["BelTA"]


def _lean_corpus() -> pd.DataFrame:
    left = "CNN reported the tax plan. It is time to act on the tax reform, about time, CNN said."
    right = "Time is short for the gun bill. The gun owners said they would act."
    return pd.DataFrame(
        {
            "outlet": ["left"] * 4 + ["right"] * 4,
            "source": ["CNN (Web News)"] * 4 + ["Time Magazine"] * 4,
            "body": [f"{left} Item {k}." for k in range(4)]
            + [f"{right} Item {k}." for k in range(4)],
        }
    )


def test_outlet_names_of_the_column_under_the_grouping_are_set_aside():
    # AllSides by lean with --outlet-column lean: the sources' names stayed in the texts (only
    # the labels left/center/right went), "cnn" z = 13.3 for the left in round 27's review
    from analysis.compare import distinguishing_terms

    terms = distinguishing_terms(_lean_corpus(), voice="all", ngram_range=(1, 1), min_count=2)
    left = set(terms.loc[terms["group"] == "left", "term"])
    assert "cnn" not in left
    assert terms.attrs["self_names"]["outlet names"] == ["CNN (Web News)"]
    # counter-case: "Time Magazine" is an outlet too, but "time" is every lean's word: kept
    assert "time" not in terms.attrs["set_aside"]


def test_report_03_lists_what_it_set_aside():
    from analysis.report.terms import set_aside_note

    source = (NOTEBOOKS / "03-compare-outlets.py").read_text(encoding="utf-8")
    assert "display(note(set_aside_note(terms)))" in source
    from analysis.compare import distinguishing_terms

    terms = distinguishing_terms(_country_corpus(), voice="all", ngram_range=(1, 1), min_count=2)
    text = set_aside_note(terms)
    assert "“belta” (12×)" in text
    assert "the agencies of the articles' datelines (BelTA)" in text
    # counter-case: with no name met in the texts, no note
    plain = pd.DataFrame(
        {"outlet": ["A", "A", "B", "B"], "body": ["war began"] * 2 + ["peace"] * 2}
    )
    assert set_aside_note(distinguishing_terms(plain, voice="all", min_count=1, min_docs=1)) is None
