"""Round review38: trust on the user's own corpus (the two Ukraine-war corpora: by country with
``--outlet-column country``, and Guardian/NYT)."""

from __future__ import annotations

import pandas as pd
import pytest


def _quality_checks() -> pd.DataFrame:
    return pd.DataFrame(
        {"check": ["near_duplicate"], "severity": ["warning"], "outlet": ["GB"]},
    )


def test_plural_of_a_group_name():
    from analysis.text.plural import plural

    assert [plural(w) for w in ("country", "outlet country", "lean", "outlet", "corpus")] == [
        "countries",
        "outlet countries",
        "leans",
        "outlets",
        "corpora",
    ]
    # counter-cases: a vowel before the y, a word already plural in form
    assert [plural(w) for w in ("day", "survey", "news", "sources")] == [
        "days",
        "surveys",
        "news",
        "sources",
    ]


def test_data_quality_caveat_names_countries():
    # reports 02-10 on the by-country corpus: "Differences between these countrys may come
    # from the texts rather than from how they frame the story."
    from analysis.report.quality import quality_caveat

    text = quality_caveat(_quality_checks(), noun="country")
    assert "Differences between these countries may come from the texts" in text
    assert "countrys" not in text


def test_data_quality_caveat_of_outlets_is_unchanged():
    from analysis.report.quality import quality_caveat

    text = quality_caveat(_quality_checks())
    assert "Differences between these outlets may come from the texts" in text


def test_omnibus_table_and_caption_name_countries():
    # report 03 and 07: "Do the 6 countrys differ at all on each feature?", column "countrys"
    from analysis.report.differences import omnibus_block, omnibus_table

    omni = pd.DataFrame(
        {
            "feature": ["x"],
            "n_groups": [3],
            "n": [30],
            "eta_squared": [0.2],
            "p_value": [0.001],
            "p_adjusted": [0.002],
            "significant": [True],
        }
    )
    assert "countries" in omnibus_table(omni, by="country").columns
    assert "outlets" in omnibus_table(omni, by="outlet").columns  # counter-case
    feats = pd.DataFrame(
        {
            "outlet": ["GB"] * 4 + ["PL"] * 4 + ["US"] * 4,
            "status": "ok",
            "x": [1.0, 2.0, 1.5, 2.5, 5.0, 6.0, 5.5, 6.5, 1.0, 1.2, 1.1, 1.3],
        }
    )
    block = omnibus_block(feats, by="outlet", features=["x"], n_perm=99, noun="country")
    assert "Do the 3 countries differ at all on each feature?" in block._repr_html_()


def test_few_outlets_caveat_names_countries():
    from analysis.report.scope import few_outlets_caveat

    feats = pd.DataFrame(
        {
            "group": ["a"] * 4 + ["b"] * 4,
            "outlet": ["x", "x", "y", "y", "z", "z", "w", "w"],
            "status": "ok",
        }
    )
    text = few_outlets_caveat(feats, by="group", within="outlet", noun="country")
    assert text.startswith("The countries are 2 outlets each")
    assert "countrys" not in text


_BODIES = (
    'Officials said on {day} that the talks in Geneva had stalled again. "We are not '
    'going to accept this," the minister claimed, adding that the brutal shelling of the '
    "city might continue for weeks. Analysts suggested the offer could perhaps be revised, "
    "although it was unclear whether either side would move. Residents described long "
    "queues for bread and water as the power failed across the eastern districts. The "
    "ministry insisted that aid convoys were reaching the villages near the front line.",
    "The government announced new sanctions on {day}, the latest step in a long campaign "
    "of pressure. According to diplomats, the package targets banks and energy exports and "
    'may be extended. "This is a clear message," said one official, who declined to be '
    "named. Critics argued the measures were too slow, and reportedly several members "
    "opposed them. Prices rose sharply in the markets as traders weighed the likely effect "
    "on supplies during the coming winter months.",
    "Volunteers in the port city spent {day} clearing rubble from the damaged school. Many "
    'families have already left, and those who stay say they fear the next attack. "We '
    'have nowhere else to go," a teacher said quietly. The mayor appeared to suggest that '
    "repairs would take months, and the regional council confirmed that funding had been "
    "approved. Aid groups warned that the devastating winter could make conditions much "
    "worse for the elderly residents who remain.",
)


@pytest.fixture
def three_outlet_corpus(tmp_path):
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    rows = [
        (outlet, k, _BODIES[(i + k) % 3].format(day=days[k]) + " " + extra * (k + 1))
        for i, (outlet, extra) in enumerate(
            (
                ("Alpha", "The minister claimed victory. "),
                ("Beta", "Officials said little. "),
                ("Gamma", "Perhaps it may change. "),
            )
        )
        for k in range(6)
    ]
    path = tmp_path / "three.csv"
    pd.DataFrame(
        {
            "id": [f"{o}-{k}" for o, k, _ in rows],
            "source": [o for o, _, _ in rows],
            "text": [t for _, _, t in rows],
        }
    ).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_reports_03_and_06_adjust_the_same_pairs_over_the_same_tests(three_outlet_corpus, tmp_path):
    # report 06 compared six of report 03's eight features, so its Holm adjustment ran over
    # fewer tests: on the by-country corpus "GB 44.19 vs BY 37.95 ... adjusted p = 0.160 (Holm,
    # 120 tests): no difference" in report 03, "adjusted p = 0.046 (Holm, 90 tests): a
    # difference" in report 06
    import re

    from analysis.report import build_reports

    run = build_reports(
        three_outlet_corpus,
        tmp_path / "out",
        notebooks=["03", "06"],
        parameters={"n_boot": 200},
        load_options={"outlet_column": "source", "id_column": "id"},
        packs=[],
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: r.html.read_text(encoding="utf-8") for r in run.results}
    family = re.compile(r"Tested differences \(Holm-adjusted over (\d+) comparisons")
    # counter-case: report 03 is unchanged, 8 features x 3 pairs
    assert family.findall(pages["03-compare-outlets"]) == ["24"]
    assert family.findall(pages["06-at-scale"]) == ["24"]
    for label in ("Loaded terms per 1,000 quoted words", "Distancing attribution verbs"):
        assert label in pages["06-at-scale"]


def _frame_evidence() -> pd.DataFrame:
    # two usable articles (a1 with the frame, a2 without) and one too short to use (a3)
    return pd.DataFrame(
        {
            "outlet": ["RU"] * 3,
            "article_id": ["a1", "a2", "a3"],
            "category": ["morality"] * 3,
            "subcategory": ["M1"] * 3,
            "text": [
                "It is a sin to abandon them, the bishop said.",
                "They called the vote immoral.",
                "A moral duty, he said.",
            ],
            "voice": ["reported", "author", "reported"],
            "term": ["sin", "immoral", "moral"],
        }
    )


def test_frame_evidence_leaves_out_articles_without_a_decision():
    # report 10 on the by-country corpus: "5145 evidence sentences in 451 articles" beside
    # "Frames in 449 articles", the excluded articles' sentences marked "frame absent"
    from analysis.report.frames import frame_evidence_html

    present = pd.DataFrame({"article_id": ["a1", "a2"], "frame_morality": [1, 0]})
    h = frame_evidence_html(_frame_evidence(), ["morality"], by="outlet", present=present)
    assert "morality · RU: 2 sentences in 2 articles; the frame is present in 1 of them" in h
    assert "A moral duty" not in h
    # counter-case: a usable article without the frame is still listed, marked absent
    assert "They called the vote <b>immoral</b>." in h and "a2; frame absent" in h


def test_frame_evidence_without_decisions_lists_every_article():
    # counter-case: without decisions nothing is left out
    from analysis.report.frames import frame_evidence_html

    h = frame_evidence_html(_frame_evidence(), ["morality"], by="outlet")
    assert "morality · RU: 3 sentences in 3 articles</summary>" in h


def test_report_05_counts_the_hit_audit_rounds_it_shows():
    # report 05 said "twelve development rounds in new articles (`dev2` to `dev13`)" above a
    # table of the rounds dev2 to dev23
    from pathlib import Path

    from analysis.report.validation_scope import audit_rounds_text

    splits = ["dev", "test"] + [f"dev{k}" for k in range(2, 24)]
    text = audit_rounds_text(splits)
    assert "and 22 development rounds in new articles (`dev2` to `dev23`)." in text
    assert "the fresh scores of `dev14` to `dev23` are in the audit guideline" in text
    notebook = Path(__file__).parents[1] / "notebooks" / "05-validation.py"
    assert "twelve development rounds" not in notebook.read_text(encoding="utf-8")


def test_report_05_audit_text_of_the_first_thirteen_rounds_is_unchanged():
    # counter-case: the rounds the text was written for read as before
    from analysis.report.validation_scope import audit_rounds_text

    text = audit_rounds_text(["dev", "test"] + [f"dev{k}" for k in range(2, 14)])
    assert "and 12 development rounds in new articles (`dev2` to `dev13`). From `dev4` on" in text
    assert "right-sense kept 0.95). Dev splits were read to write the sense rules" in text
