"""Report 07 analyses the whole corpus it is given (review 41).

It sampled 300 of the by-country corpus's 487 articles (a default written for the 37,554-article
AllSides reference corpus), so its n per country differed from reports 02-06, 09 and 10. On all
487 articles it took 1:08 against 1:01 for the sample (one render each, wall clock, 2 shared
cores): the sample is dropped for the user's corpus and kept, as its own parameter, for the
AllSides reference corpus the bundled five-article sample falls back on.
"""

import ast

from analysis.paths import NOTEBOOKS_DIR
from analysis.report.notebooks import read_notebook


def _defaults(name: str) -> dict[str, object]:
    nb = read_notebook(NOTEBOOKS_DIR / name)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    out = {}
    for node in ast.parse(cell.source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return out


def test_report07_analyses_every_article_by_default():
    assert _defaults("07-sources.py")["max_articles"] is None
    # as the other per-article reports
    assert _defaults("09-agency.py")["max_articles"] is None
    assert _defaults("10-frames.py")["max_articles"] is None


def test_the_reference_corpus_is_still_sampled():
    # counter-case: the AllSides fall-back of the bundled sample stays a 300-article sample
    assert _defaults("07-sources.py")["reference_articles"] == 300
    source = (NOTEBOOKS_DIR / "07-sources.py").read_text(encoding="utf-8")
    assert "so its n per {noun} differs from" in source
