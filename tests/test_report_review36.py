"""Round review36: trust on the user's own corpus (AllSides elections and immigration, five
largest outlets; the Guardian/NYT Ukraine corpus; the by-country corpus; BASIL)."""

from __future__ import annotations


def test_note_renders_a_command_between_backticks_as_code():
    # report 05's note (validation_scope.corpus_scope_text) showed
    # '`framing validate sample --corpus allsides-elections.parquet ...`' with raw backticks
    from analysis.report.blocks import note
    from analysis.report.validation_scope import corpus_scope_text

    text = corpus_scope_text(
        "/tmp/r36/allsides-elections.parquet",
        "--corpus allsides-elections.parquet --outlet-column source",
    )
    markup = note(text)._repr_html_()
    assert "`" not in markup
    assert (
        "<code>framing validate sample --corpus allsides-elections.parquet --outlet-column "
        "source --n 200 --out check/sheet.csv</code>" in markup
    )


def test_bullets_and_skip_notes_of_report_08_render_code_spans():
    from analysis.report.blocks import bullets, note
    from analysis.validate.describe import coding_instructions

    markup = note(coding_instructions(), kind="skip")._repr_html_()
    assert "`" not in markup
    assert "<code>framing validate score</code>" in markup
    assert bullets(["run `framing validate score` <now>"])._repr_html_() == (
        '<div class="report-bullets"><ul><li>run <code>framing validate score</code> '
        "&lt;now&gt;</li></ul></div>"
    )


def test_note_without_code_spans_is_unchanged():
    # counter-case: plain text, a lone backtick and markup characters are escaped as before
    from analysis.report.blocks import note

    assert note("n < 5 per outlet; it`s", kind="caveat")._repr_html_() == (
        '<p class="report-caveat"><strong>Caveat.</strong> n &lt; 5 per outlet; it`s</p>'
    )


def _coverage_rows(dates_by_outlet):
    import pandas as pd

    from analysis import corpus_checks

    rows = [(o, d) for o, ds in dates_by_outlet.items() for d in ds]
    c = pd.DataFrame(
        {
            "outlet": [o for o, _ in rows],
            "text": [
                f"Article {i} says the vote was held on time, officials said."
                for i in range(len(rows))
            ],
            "published": [d for _, d in rows],
        }
    )
    t = corpus_checks(c)
    return t[t["check"] == "date_coverage"]


def _monthly(start: str, end: str, per_month: int = 2) -> list[str]:
    import pandas as pd

    days = pd.date_range(start, end, freq="MS")
    return [f"{d:%Y-%m}-{day:02d}" for d in days for day in (5, 20)[:per_month]]


def test_an_outlet_whose_articles_stop_two_years_early_is_flagged():
    # AllSides elections, five largest outlets: Fox News's last dated article is 22 Sep 2018,
    # the other four run to July 2020 (220 of their articles after 22 Sep 2018); report 01
    # said nothing, since all of Fox's articles lie inside the others' period
    others = _monthly("2012-05-01", "2020-07-01")
    fox = _monthly("2012-05-01", "2018-09-01")
    rows = _coverage_rows({"CNN": others, "Fox News": fox, "NPR": others, "Politico": others})
    assert rows["outlet"].tolist() == ["Fox News"]
    after = 3 * sum(d > "2018-09-20" for d in others)
    detail = rows["detail"].iloc[0]
    assert detail.startswith(f"no dated articles after 2018-09-20; the other outlets have {after} ")
    assert "overall shares mix periods" in detail
    assert rows["n_articles"].iloc[0] == after


def test_an_outlet_starting_a_week_later_is_not_flagged():
    # counter-case, by-country set: UA's first article is 4 Feb 2022, the others' 25 Jan 2022
    # (22 of their articles earlier), over a span of two years: an edge of the sampling
    others = ["2022-01-25", "2022-01-27", "2022-01-29", "2022-01-31"] + _monthly(
        "2022-02-01", "2024-05-01"
    )
    ua = _monthly("2022-02-01", "2024-05-01")
    assert _coverage_rows({"GB": others, "PL": others, "US": others, "UA": ua}).empty


def test_outlets_of_the_same_events_are_not_flagged():
    # counter-case, BASIL: every outlet has an article on each event
    days = _monthly("2010-02-01", "2019-03-01", per_month=1)
    assert _coverage_rows({"fox": days, "hpo": days, "nyt": days}).empty


def _audit_rows():
    import pandas as pd

    # rows of report 05's held-out hit-audit table (score_audit): core and Ukraine-pack rows
    return pd.DataFrame(
        {
            "category": ["hedge", "loaded", "loaded", "loaded", "naming", "naming"],
            "subcategory": [
                "approximator",
                "emotive",
                "euphemism",
                "name_calling",
                "crimea",
                "zelensky",
            ],
        }
    )


def test_hit_audit_leaves_out_the_naming_rows_of_a_pack_not_used():
    # report 05 on AllSides elections read with --pack none listed crimea, donbas, zelensky …
    from analysis.detect.packs import choose_lexicons
    from analysis.report.validation_scope import unused_pack_rows

    kept, said = unused_pack_rows(_audit_rows(), choose_lexicons(packs=[]))
    assert kept["subcategory"].tolist() == ["approximator", "emotive"]
    assert said.startswith("Left out: 4 rows of the ukraine-2022 topic pack (crimea, ")
    assert "zelensky" in said


def test_hit_audit_keeps_every_row_when_the_pack_is_used():
    # counter-case: the Guardian/NYT corpus reads the Ukraine pack; nothing is left out
    from analysis.detect.packs import choose_lexicons
    from analysis.report.validation_scope import unused_pack_rows

    rows = _audit_rows()
    for lexicons in (choose_lexicons(packs=["ukraine-2022"]), None):
        kept, said = unused_pack_rows(rows, lexicons)
        assert kept.equals(rows) and said == ""


def test_report_05_takes_the_lexicons_of_the_reports():
    from analysis.paths import NOTEBOOKS_DIR
    from analysis.report.notebooks import notebook_parameters, read_notebook

    nb = read_notebook(NOTEBOOKS_DIR / "05-validation.py")
    assert "lexicons" in notebook_parameters(nb)
    assert "unused_pack_rows(" in "\n".join(cell.source for cell in nb.cells)


def test_a_frame_whose_shares_spread_beyond_noise_is_not_called_saturated():
    # decision of review36, kept: AllSides immigration (five largest outlets), conflict in
    # 85.4 % (Townhall, n=82) to 98.1 % (Politico, n=107) of each outlet's articles; the spread
    # (12.8 points) is beyond binomial noise (chi-square over the five outlets, p < 0.0001), so
    # 'its share cannot tell the outlets apart' would be false; the 0.95 level stays
    import pandas as pd

    from analysis.report.frames import SATURATED, saturated_frames

    shares = {
        "CNN (Web News)": (95, 0.979),
        "Fox News": (115, 0.965),
        "Politico": (107, 0.981),
        "Townhall": (82, 0.854),
        "Washington Times": (211, 0.976),
    }
    s = pd.DataFrame(
        [
            {"outlet": o, "feature": "frame_conflict", "n": n, "mean": m}
            for o, (n, m) in shares.items()
        ]
    )
    assert SATURATED == 0.95
    assert saturated_frames(s, ["conflict"]) is None
    s.loc[s["outlet"] == "Townhall", "mean"] = 0.963  # all at the ceiling: the note
    assert saturated_frames(s, ["conflict"]).startswith("The conflict frame is found in 96% to")
