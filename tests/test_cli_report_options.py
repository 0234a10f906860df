"""`framing report` options of issue 16: corpus columns, --dayfirst/--monthfirst, --lexicon,
-p validated against the notebooks' parameters, a spreadsheet hint, errors that name options."""

from __future__ import annotations

import json

import pytest

from analysis.cli import build_parser, main
from analysis.cli.report import cli_wording
from analysis.report import build_reports

CSV = (
    "source,body,date\n"
    "The Guardian,Troops advanced on Monday.,07/03/2022\n"
    "NYT,Talks resumed.,25/03/2022\n"
)


@pytest.fixture
def renamed(tmp_path):
    p = tmp_path / "renamed.csv"
    p.write_text(CSV, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "extra, message",
    [
        # the loader's Python argument is named as the CLI option
        ([], "(pass --text-column body to use the 'body' column)"),
        (
            ["--text-column", "body", "--outlet-column", "src"],
            "--outlet-column src names no column",
        ),
        (["--text-column", "body", "--outlet-column", "source", "-p", "max_artcles=3"], None),
        (
            ["--text-column", "body", "--outlet-column", "source", "--lexicon", "{tmp}/none.csv"],
            "--lexicon {tmp}/none.csv: no such file",
        ),
    ],
)
def test_report_option_errors_are_one_line_and_name_the_option(
    renamed, tmp_path, capsys, extra, message
):
    argv = ["report", "--corpus", str(renamed), "--out", str(tmp_path / "o")]
    assert main(argv + [a.format(tmp=tmp_path) for a in extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and err.count("\n") == 1
    if message is None:  # the misspelt -p
        assert "-p max_artcles: no such parameter" in err
        assert "Did you mean max_articles?" in err and "max_units" in err
    else:
        assert message.format(tmp=tmp_path) in err
    assert "_column=" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    "notebooks, known", [("04", "event, event_column, grouping, max_days"), ("01", "")]
)
def test_unknown_parameter_lists_the_known_ones_of_the_notebooks_run(
    tmp_path, capsys, notebooks, known
):
    argv = ["report", "--out", str(tmp_path), "--notebooks", notebooks, "-p", "nope=1"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"Known parameters: {known}" in err or (not known and "max_articles_listed" in err)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
def test_spreadsheet_gets_a_conversion_hint(tmp_path, capsys, suffix):
    p = tmp_path / f"corpus{suffix}"
    p.write_bytes(b"PK\x03\x04")
    assert main(["report", "--corpus", str(p), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "spreadsheets are not read" in err and "CSV UTF-8" in err and "read_excel" in err


def test_load_corpus_spreadsheet_hint(tmp_path):
    from analysis import load_corpus
    from analysis.errors import CorpusError

    p = tmp_path / "c.xlsx"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match="spreadsheets are not read.*CSV UTF-8"):
        load_corpus(p)


def test_dayfirst_and_monthfirst_exclude_each_other(capsys):
    parser = build_parser()
    assert parser.parse_args(["report", "--dayfirst"]).dayfirst is True
    assert parser.parse_args(["report", "--monthfirst"]).dayfirst is False
    assert parser.parse_args(["report"]).dayfirst is None
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "--dayfirst", "--monthfirst"])


@pytest.mark.parametrize(
    "message, expected",
    [
        ("pass outlet_column='source'", "pass --outlet-column source"),
        ('pass date_column="when"', "pass --date-column when"),
        ("load it with load_corpus (text_column=..., outlet_column=...)", None),
        ("load with dayfirst=True or dayfirst=False", "load with --dayfirst or --monthfirst"),
        ("nothing to change", "nothing to change"),
    ],
)
def test_cli_wording(message, expected):
    if expected is None:
        expected = "load it with load_corpus (--text-column NAME, --outlet-column NAME)"
    assert cli_wording(message) == expected


LOADS = """# %% tags=["parameters"]
corpus = ""
lexicons = None

# %%
from analysis import load_corpus

c = load_corpus(corpus)
print(sorted(set(c["outlet"])), [f"{d:%Y-%m-%d}" for d in c["published"]], lexicons)
"""


@pytest.mark.slow
def test_build_reports_reads_the_corpus_with_the_load_options(renamed, tmp_path):
    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    (nbdir / "01-loads.py").write_text(LOADS, encoding="utf-8")
    lex = tmp_path / "mine.csv"
    lex.write_text("term,category,subcategory,source,note\nfoo,loaded,x,me,\n", encoding="utf-8")
    out = tmp_path / "out"
    run = build_reports(
        renamed,
        out,
        notebooks_dir=nbdir,
        load_options={"text_column": "body", "outlet_column": "source", "date_column": "date"},
        lexicons=[lex],
        strict_parameters=True,
    )
    assert run.ok, run.results[0].error
    page = (out / "01-loads.html").read_text(encoding="utf-8")
    assert (
        "[&#x27;NYT&#x27;, &#x27;The Guardian&#x27;]" in page or "['NYT', 'The Guardian']" in page
    )
    assert "2022-03-07" in page and "2022-03-25" in page  # day first, as 25/03/2022 proves
    assert str(lex) in page
    assert not (out / ".corpus").exists()  # the standardised copy is removed after the run
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["load_options"]["outlet_column"] == "source"
    assert manifest["parameters"]["lexicons"] == [str(lex)]


NAMES = """# %% tags=["parameters"]
corpus = ""

# %%
from pathlib import Path

print("reading", Path(corpus).name)
"""


@pytest.mark.slow
def test_the_standardised_copy_keeps_the_name_of_the_users_file(renamed, tmp_path):
    # report 06 headed BASIL (articles.csv, read with --outlet-column) "This corpus
    # (corpus.parquet)", the name of the copy the options produce
    nbdir = tmp_path / "nb"
    nbdir.mkdir()
    (nbdir / "01-names.py").write_text(NAMES, encoding="utf-8")
    out = tmp_path / "out"
    run = build_reports(
        renamed,
        out,
        notebooks_dir=nbdir,
        load_options={"text_column": "body", "outlet_column": "source", "date_column": "date"},
    )
    assert run.ok, run.results[0].error
    page = (out / "01-names.html").read_text(encoding="utf-8")
    assert "reading renamed.parquet" in page
