"""Round review39: trust on the user's own corpus (the two Ukraine-war corpora: by country with
``--outlet-column country``, and Guardian/NYT)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

# A by-country article whose whole text is its headline (the title field is empty).
HEADLINE_ONLY = "The West must strike now, and collapse the Iranian regime"
BODY = (
    "Russian forces shelled the city overnight, officials said on Monday. "
    "Three people were killed and a school was damaged, the regional governor said."
)


def _cleaned_overview() -> pd.DataFrame:
    from analysis.clean import clean_corpus
    from analysis.report import corpus_table

    corpus = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["GB", "GB", "US"],
            "title": ["", "Shelling", "Shelling"],
            "published": pd.to_datetime(["2022-03-01"] * 3),
            "text": [HEADLINE_ONLY, BODY, BODY],
        }
    )
    return corpus_table(clean_corpus(corpus))


def test_report01_counts_articles_with_no_words_after_cleaning():
    from analysis.pipeline.article import analyse_article
    from analysis.report import outlet_overview
    from analysis.report.empty_bodies import empty_bodies_note

    # what the note says is what the pipeline does: the row is flagged, not "ok"
    assert analyse_article(HEADLINE_ONLY).status.startswith("empty after cleaning")
    by_outlet = outlet_overview(_cleaned_overview())
    assert by_outlet["empty"].to_dict() == {"GB": 1, "US": 0}
    text = empty_bodies_note(by_outlet, noun="country")
    assert text.startswith("1 article has no words after cleaning (GB 1)")
    assert "this country is 0" in text
    # counter-case: a group whose articles all keep words is not named; none at all, no note
    assert "US" not in text
    assert empty_bodies_note(by_outlet.loc[["US"]], noun="country") == ""
    assert not analyse_article(BODY).status.startswith("empty after cleaning")


# Counts put into report prose: one formatter, the thousands separator of ``count_of``
# ("5,139"). Report 10 printed "5134 evidence sentences in 446 articles, 7647 answers" beside
# "cleaning kept 243,497 of 252,827 words" in report 01 (by-country corpus).
_COUNT = (
    r"(?:len\(|int\(|min\(|n\b|k\b|n_\w+|used\b|group_sizes\.size"
    r"|row\['n_|evidence\["
    # a count read from a frame's attrs by its key, whatever the frame's name:
    # side_pairs.attrs['n_tests'] (review44), pairs.attrs.get('n_permutations')
    r"|\w+\.attrs(?:\[|\.get\()['\"](?:n|n_\w+)['\"]"
    # a count read from a record by its key: q['n_gold'], ld['test']['gold_hit'] (review42)
    r"|\w+(?:\[[^\]]*\])*\[['\"](?:n|n_\w+|\w+_hit|\w+_markers)['\"]\])"
)
# report prose written outside analysis/report: the measured-accuracy caveat of reports 03, 06,
# 07, 09 and 10 (review42: "n = 3596" beside "2,000 resamples")
_PROSE_MODULES = ("analysis/evaluation/scores.py",)
_FSTRING = re.compile(r"\bf(\"[^\"\n]*\"|'[^'\n]*')")
_BARE_COUNT = re.compile(
    r"(?<![{=]\")(?<!\{)\{(" + _COUNT + r"[^{}:!]*(?:\[[^\]]*\][^{}:!]*)*)\}(?!\})"
)


def _bare_counts(source: str) -> list[str]:
    """Count placeholders of f-strings with no format spec (``{len(x)}``, ``{n_boot}``)."""
    hits = []
    for line in source.splitlines():
        if line.lstrip().startswith(("#", ">>>", "...")):
            continue
        for literal in _FSTRING.findall(line):
            hits += [m.group(0) for m in _BARE_COUNT.finditer(literal)]
    return hits


def test_counts_in_report_text_have_a_thousands_separator():
    root = Path(__file__).resolve().parents[1]
    files = (
        sorted((root / "notebooks").glob("*.py"))
        + sorted((root / "analysis" / "report").glob("*.py"))
        + [root / m for m in _PROSE_MODULES]
    )
    found = {f"{p.name}: {h}" for p in files for h in _bare_counts(p.read_text(encoding="utf-8"))}
    assert not found, sorted(found)


def test_the_count_scanner_finds_a_bare_count():
    # the sentence of report 10, as it was written
    assert _bare_counts(
        """    f"{len(evidence)} answers to a question; " + f"{n_boot} resamples"  """
    ) == ["{len(evidence)}", "{n_boot}"]
    # report 05's loaded-language note and the measured-accuracy caveat, as written (review42)
    assert _bare_counts(
        """f"{ld['test']['gold_hit']} of {ld['test']['n_gold']}" f"(n = {int(first['n'])})" """
    ) == ["{ld['test']['gold_hit']}", "{ld['test']['n_gold']}", "{int(first['n'])}"]
    # counter-cases: a key that is no count, a count with its separator
    assert (
        _bare_counts("""f"{ld['test']['precision']} {q['n_gold']:,} {first['gold_set']}" """) == []
    )
    # counter-cases: a separator, another format spec, a repr, a machine-read attribute
    assert (
        _bare_counts("""f"{len(ok):,} of {k / max(n, 1):.0%} {n!r}" + f' data-ev-n="{int(v)}"' """)
        == []
    )
    # report 07's side-by-side caption, as written (review44), and a count read with .get
    assert _bare_counts(
        """f"over {side_pairs.attrs['n_tests']} comparisons {p.attrs.get('n_boot', 0)}" """
    ) == ["{side_pairs.attrs['n_tests']}", "{p.attrs.get('n_boot', 0)}"]
    # counter-cases: an attr that is no count, a count attr with its separator
    assert (
        _bare_counts(
            """f"{pairs.attrs['correction']} {counts.attrs['freq']} {pairs.attrs['n_tests']:,}" """
        )
        == []
    )
    # after the change, the formatter prints the separator
    from analysis.report import count_of

    assert count_of(5139, "evidence sentence") == "5,139 evidence sentences"


def _print_block(page: str) -> str:
    start = page.index("@media print {")
    return page[start : page.index("\n}", start)]


def test_printed_tables_fit_the_page():
    # by-country report 03 printed to A4: the seven-column table of intervals (1,033 px) was
    # cut at the page's right edge (703 px); a table cannot scroll on paper
    from analysis.report.render import NotebookResult, index_html

    r = NotebookResult("03-compare-outlets", "Compare", "6 countries.", Path("03.html"))
    page = index_html([r], {"corpus": {}, "parameters": {}})
    rules = _print_block(page)
    assert ".output_html" in rules and "overflow:visible !important" in rules
    assert "white-space:normal !important" in rules and "width:100% !important" in rules
    # counter-case: on screen, wide tables still scroll rather than shrink
    screen = page[: page.index("@media print {")]
    assert ".output_html, .output_subarea { overflow-x:auto; max-width:100%; }" in screen
