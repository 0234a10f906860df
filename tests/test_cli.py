"""The ``framing`` command line: versions, report options, one-line errors with exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import build_parser, main

FRAMING = Path(sys.executable).with_name("framing")


def test_version_names_package_and_dependencies(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("framing (media-framing) ")
    for dist in ("python", "pandas", "scikit-learn", "matplotlib", "textstat"):
        assert f"\n  {dist} " in out


def test_console_script_version():
    if not FRAMING.exists():
        pytest.skip(f"console script not installed next to {sys.executable}")
    res = subprocess.run([str(FRAMING), "--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "pandas" in res.stdout


def test_report_options_parse():
    a = build_parser().parse_args(
        ["report", "--corpus", "c", "--out", "o", "--show-code", "--notebooks", "01,03"]
    )
    assert (a.corpus, a.out, a.show_code, a.notebooks) == (Path("c"), Path("o"), True, "01,03")


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "report" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ["report", "--corpus", "/no/such/corpus"],
            "framing: error: corpus /no/such/corpus does not exist",
        ),
        (["report", "--notebooks", "99"], "framing: error: no notebook '99'"),
        (["report", "--corpus", "{bad_csv}"], "framing: error: "),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, message, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("title,body\nA,B\n", encoding="utf-8")  # no text/outlet columns
    argv = [a.replace("{bad_csv}", str(bad)) for a in argv]
    code = main(argv + ["--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_input_through_the_console_script_has_no_traceback(tmp_path):
    if not FRAMING.exists():
        pytest.skip(f"console script not installed next to {sys.executable}")
    res = subprocess.run(
        [
            str(FRAMING),
            "report",
            "--corpus",
            str(tmp_path / "missing"),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2
    assert "Traceback" not in res.stderr and res.stderr.startswith("framing: error:")


@pytest.mark.slow
def test_report_runs_one_notebook(tmp_path, capsys):
    code = main(["report", "--out", str(tmp_path), "--notebooks", "01"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert (tmp_path / "01-corpus.html").is_file() and (tmp_path / "index.html").is_file()
    assert "ok" in out and "index:" in out


@pytest.mark.parametrize(
    "items, expected",
    [
        (["max_articles=200"], {"max_articles": 200}),
        (["by=lean"], {"by": "lean"}),
        (["x=[1, 2]", "y=None"], {"x": [1, 2], "y": None}),
    ],
)
def test_param_values_are_literals_or_text(items, expected):
    from analysis.cli.report import _parse_params

    assert _parse_params(items) == expected


def test_bad_param_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", "-p", "no-equals", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(
        "framing: error: --param 'no-equals' is not NAME=VALUE"
    )


# --- hostile-input review (review-robust) -------------------------------------------------------


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            ["--out", "/proc/no-such-folder"],
            "framing: error: --out /proc/no-such-folder: cannot create the folder",
        ),
        (["--out", "{file}"], "cannot create the folder (File exists)"),
        (
            ["--out", "{tmp}/o", "--figures", "/proc/no-such-folder"],
            "framing: error: --figures /proc/no-such-folder",
        ),
        (
            ["--out", "{tmp}/o", "--notebooks", ","],
            "framing: error: --notebooks ',' names no notebook",
        ),
    ],
)
def test_report_bad_out_and_notebooks_are_one_line_errors(tmp_path, capsys, extra, message):
    # was: FileNotFoundError / FileExistsError tracebacks from mkdir; "--notebooks ," ran nothing,
    # exit 0
    f = tmp_path / "a-file"
    f.write_text("x")
    argv = ["report"] + [a.format(tmp=tmp_path, file=f) for a in extra]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.slow
def test_report_on_a_corpus_without_naming_variants_or_usable_articles(tmp_path, capsys):
    # was: notebook 03 failed at "no article uses any naming variant: nothing to plot" on any corpus
    # about another topic, and every later section (terms, clusters, PCA) was lost
    import pandas as pd

    text = (
        "Heavy rain flooded the river valley on {day}, and officials said that hundreds of homes "
        'were evacuated as the water rose. "We have never seen anything like this," the mayor '
        "told reporters. Crews worked with volunteers to reinforce the banks while forecasters "
        "warned of more storms. "
    )
    rows = [
        (o, text.format(day=d) * n)
        for o, d, n in [
            ("Gazette", "Tuesday", 2),
            ("Gazette", "Monday", 3),
            ("Herald", "Friday", 2),
            ("Herald", "Sunday", 4),
        ]
    ]
    corpus = tmp_path / "flood.csv"
    pd.DataFrame(
        rows + [("Courier", "Too short."), ("Courier", "")], columns=["outlet", "text"]
    ).to_csv(corpus, index=False)
    assert (
        main(
            [
                "report",
                "--corpus",
                str(corpus),
                "--out",
                str(tmp_path / "r"),
                "--notebooks",
                "03",
                "-p",
                "n_boot=50",
            ]
        )
        == 0
    ), capsys.readouterr()
    page = (tmp_path / "r" / "03-compare-outlets.html").read_text(encoding="utf-8")
    assert "no naming figure" in page
