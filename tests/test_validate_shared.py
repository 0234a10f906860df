"""The measurement check end to end on a real corpus sample (../shared: Guardian and NYT articles
on the war in Ukraine): ``framing validate sample`` on the corpus, one coder whose errors are
planted (one detector errs far more on one outlet), then ``framing report --coding``.

The planted codes are typed here from the sheet, never from the code under test; the expected
precision of every (detector, outlet) cell is the planted share of right hits.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from conftest import need_shared

from analysis import clean_corpus, load_corpus
from analysis.cli import main
from analysis.validate import read_sheet, write_sheet

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DETECTORS = ["quote", "hedge", "naming"]
#: planted precision of the hits: hedge is right on every Guardian hit and on a fifth of the NYT
#: hits; the other detectors on four hits in five everywhere
PLANTED = {("hedge", "The Guardian"): 1.0, ("hedge", "New York Times"): 0.2}


@pytest.fixture(scope="module")
def real_sample(tmp_path_factory):
    """40 articles per outlet, seeded, written as a corpus file outside the repository."""
    articles = pd.read_csv(need_shared("datasets", "ukraine-2022-guardian-nyt", "articles.csv"))
    picked = [
        articles[articles["outlet"] == o].sample(40, random_state=0)
        for o in sorted(articles["outlet"].unique())
    ]
    path = tmp_path_factory.mktemp("corpus") / "gn80.csv"
    pd.concat(picked).to_csv(path, index=False)
    return path


def plant(sheet: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    rng = np.random.default_rng(3)
    codes = pd.Series("", index=sheet.index)
    planted = {}
    for (det, outlet, kind), cell in sheet.groupby(["detector", "outlet", "kind"]):
        p = PLANTED.get((det, outlet), 0.8) if kind == "hit" else 0.9
        k = int(round(p * len(cell)))
        codes[cell.index] = "0"
        codes[rng.choice(cell.index.to_numpy(), size=k, replace=False)] = "1"
        planted[(det, outlet, kind)] = (k, len(cell))
    return sheet.assign(coder_ann=codes), planted


def test_sample_code_and_report_on_a_real_corpus_sample(real_sample, tmp_path, capsys):
    out = tmp_path / "check" / "sheet.csv"
    argv = ["validate", "sample", "--corpus", str(real_sample), "--n", "120"]
    assert main(argv + ["--detectors", ",".join(DETECTORS), "--out", str(out)]) == 0
    assert f"120 items (3 detectors, 2 groups) -> {out}" in capsys.readouterr().out
    sheet = read_sheet(out)
    # every item points at the words it quotes, in the cleaned article text
    corpus = load_corpus(real_sample)
    bodies = dict(zip(corpus["article_id"], clean_corpus(corpus)["body"]))
    for r in sheet.itertuples():
        assert bodies[r.article_id][r.start : r.end] == r.text, r.item_id
    counts = sheet.groupby(["detector", "outlet"]).size()
    assert counts.min() == 20 and counts.max() == 20  # equal allocation: 120 / (3 x 2)

    coded, planted = plant(sheet)
    path = write_sheet(coded, tmp_path / "check" / "sheet-coded-ann.csv")
    reports = tmp_path / "reports"
    argv = ["report", "--corpus", str(real_sample), "--notebooks", "08", "--out", str(reports)]
    assert main(argv + ["--coding", str(path)]) == 0, capsys.readouterr()
    page = (reports / "08-measurement-check.html").read_text(encoding="utf-8")
    assert "This report is incomplete" not in page and "Traceback" not in page
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "120 items coded by 1 coder(s)" in text
    assert "differential error: hedge." in text
    assert "hedge: precision differs between outlets beyond chance" in text
    for det in ("quote", "naming"):
        assert f"{det}: precision differs" not in text
    # the per-outlet precision table shows the planted share of right hits of every cell
    shown = precision_table_cells(page)
    for (det, outlet, kind), (k, n) in planted.items():
        if kind == "hit":
            assert re.fullmatch(rf"{k / n:.2f} \[[0-9.]+–[0-9.]+\], n {n}", shown[det, outlet])


def precision_table_cells(page: str) -> dict[tuple[str, str], str]:
    """The cells of the report's "Precision per outlet" table, by (detector, outlet)."""
    tables = [t for t in re.findall(r"<table.*?</table>", page, re.S) if "Precision per" in t]
    assert len(tables) == 1
    rows = [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
        for r in re.findall(r"<tr.*?</tr>", tables[0], re.S)
    ]
    header = rows[0]
    return {(r[0], header[i]): r[i] for r in rows[1:] for i in range(1, len(r))}
