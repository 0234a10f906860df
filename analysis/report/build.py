"""Execute the notebooks headless and write them as standalone, reproducible HTML reports.

:func:`build_reports` is what ``framing report`` and ``make report`` run:

1. every ``notebooks/NN-*.py`` (jupytext percent format, the source of truth) is read,
2. a parameters cell is injected after the cell tagged ``parameters`` (as papermill does),
3. the notebook is executed with :mod:`nbclient` in a kernel that runs *this* interpreter, with
   a fixed working directory, ``PYTHONHASHSEED=0`` and the inline matplotlib backend,
4. it is rendered to one self-contained HTML file: figures embedded as base64 PNG, code hidden
   unless asked for, no script or stylesheet loaded from the network,
5. ``index.html`` links every report with a one-line summary and shows the run manifest
   (package and dependency versions, lexicon hashes, parameters, corpus hash), which is also
   written to ``manifest.json``.

Re-running on the same input gives byte-identical files: cell ids are deterministic, timing
metadata is not recorded, memory addresses are masked and nothing depends on the clock.

A notebook that fails still gets a report: it shows a red banner naming the failing cell and
the error, the failing cell's code and traceback, and what was not run.  The run as a whole is
then marked failed (``ReportRun.ok`` is ``False``; ``framing report`` exits non-zero).

This module writes the report files (with ``corpus``, ``cli`` and ``plots.save_figure`` one of
the few places that touch the file system); the steps are in :mod:`.notebooks`,
:mod:`.render` and :mod:`.provenance`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..detect.packs import DEFAULT_PACKS, choose_lexicons, corpus_packs, packs_of
from ..errors import FramingError
from ..paths import DEFAULT_CORPUS, NOTEBOOKS_DIR, REPORTS_DIR
from .notebooks import (
    execute_notebook,
    inject_parameters,
    list_notebooks,
    notebook_description,
    notebook_parameters,
    notebook_summary,
    notebook_title,
    read_notebook,
)
from .provenance import run_manifest
from .render import NotebookResult, index_html, render_html

__all__ = ["ReportRun", "build_reports"]


@dataclass(frozen=True)
class ReportRun:
    """The outcome of :func:`build_reports`."""

    out: Path
    index: Path
    manifest: dict[str, Any]
    results: tuple[NotebookResult, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def build_reports(
    corpus: str | Path = DEFAULT_CORPUS,
    out: str | Path = REPORTS_DIR,
    *,
    notebooks: Iterable[str] | None = None,
    show_code: bool = False,
    figures_dir: str | Path | None = None,
    notebooks_dir: str | Path = NOTEBOOKS_DIR,
    timeout: int = 1200,
    parameters: Mapping[str, Any] | None = None,
    load_options: Mapping[str, Any] | None = None,
    lexicons: Iterable[str | Path] | None = None,
    packs: Iterable[str] | None = None,
    strict_parameters: bool = False,
) -> ReportRun:
    """Execute the notebooks on a corpus; write HTML reports, ``index.html``, ``manifest.json``.

    Parameters
    ----------
    corpus
        Corpus folder or file, injected into every notebook as the parameter ``corpus``
        (absolute path).
    out
        Output folder (created).  Each notebook ``NN-name.py`` becomes ``NN-name.html``.
    notebooks
        Numbers or names to run (default: all).
    show_code
        Show the code cells in the reports.
    figures_dir
        Where notebooks save figure files (PNG/SVG + CSV data); default ``<out>/figures``.
        Injected as the parameter ``figures_dir``.  The exported tables (per-article features,
        evidence spans, alignment) go to ``<out>/data``, injected as ``data_dir``.
    notebooks_dir
        Folder of the notebooks.
    timeout
        Seconds allowed per cell.
    parameters
        Further parameters injected into every notebook (e.g. ``{"max_articles": 200}``); a
        notebook ignores names it does not use.  Recorded in the manifest.
    load_options
        Options of :func:`analysis.load_corpus` (``text_column``, ``outlet_column``,
        ``date_column``, ``id_column``, ``title_column``, ``dayfirst``).  The corpus is then
        loaded once with them and the notebooks read that standardised copy
        (``<out>/.corpus/``, removed after the run).  Recorded in the manifest.
    lexicons
        Your own lexicon files, used instead of the bundled lexicons wherever a notebook
        computes markers (injected as the parameter ``lexicons``, absolute paths).
    packs
        Topic packs (``analysis/lexicons/packs/``) to use: ``[]`` for none; ``None``: the
        bundled packs whose story at least a fifth of the corpus names
        (:func:`analysis.detect.packs.fitting_packs`) with the bundled lexicons, none with your
        own.  The packs used are recorded in the manifest and named in the reports.
    strict_parameters
        Refuse a parameter that none of the notebooks run has (``framing report -p``).

    Returns
    -------
    ReportRun
        ``ok`` is ``False`` when any notebook failed (its report shows the error).

    Raises
    ------
    FramingError
        When the corpus does not exist or cannot be loaded (:class:`analysis.errors.CorpusError`),
        or no notebook matches.

    Examples
    --------
    >>> run = build_reports("data/raw", "/tmp/reports", notebooks=["01"])  # doctest: +SKIP
    >>> run.ok, run.index.name  # doctest: +SKIP
    (True, 'index.html')
    """
    corpus_path = _existing_corpus(corpus)
    paths = list_notebooks(notebooks_dir, select=list(notebooks) if notebooks is not None else None)
    extra = _extra_parameters(parameters)
    if strict_parameters:
        _check_parameters(paths, extra)
    # fail fast, with the loader's one-line message, on a corpus no notebook could read
    from ..corpus import load_corpus

    options = {k: v for k, v in (load_options or {}).items() if v is not None}
    loaded = load_corpus(corpus_path, **options)
    packs = corpus_packs(lexicons, packs, loaded["text"])  # by default, the packs that fit
    files = choose_lexicons(lexicons, packs)
    out_dir = Path(out).resolve()
    fig_dir = Path(figures_dir).resolve() if figures_dir is not None else out_dir / "figures"
    _make_folders(out_dir, fig_dir)
    read_from = _standardised(loaded, out_dir, corpus_path.stem) if options else corpus_path
    data_dir = out_dir / "data"  # the exported tables (features, evidence, alignment)
    injected = {
        "corpus": str(read_from),
        "figures_dir": str(fig_dir),
        "data_dir": str(data_dir),
        "corpus_args": corpus_arguments(corpus_path, options, lexicons=lexicons, packs=packs),
        **extra,
    }
    if options.get("outlet_column"):  # the groups' own name (a lean, a country …)
        injected["grouping"] = str(options["outlet_column"])
    recorded = {**extra, **({"load_options": dict(sorted(options.items()))} if options else {})}
    if files is not None:
        injected["lexicons"] = files
    if lexicons is not None:
        recorded["lexicons"] = [str(Path(p).expanduser().resolve()) for p in lexicons]
    recorded["packs"] = list(packs_of(files) if files is not None else DEFAULT_PACKS)
    manifest = _manifest(
        corpus_path, paths, out_dir=out_dir, fig_dir=fig_dir, show_code=show_code, extra=recorded
    )
    results = []
    try:
        for path in paths:
            result = _report_one(
                path,
                injected,
                out_dir=out_dir,
                manifest=manifest,
                show_code=show_code,
                timeout=timeout,
            )
            results.append(result)
    finally:
        if read_from != corpus_path:
            import shutil

            shutil.rmtree(read_from.parent, ignore_errors=True)
    _write_manifest(out_dir, manifest, results)
    figure_files = _figure_files(out_dir, fig_dir)
    data_files = sorted(p.relative_to(out_dir).as_posix() for p in data_dir.glob("*.*"))
    page = index_html(results, manifest, figure_files=figure_files, data_files=data_files)
    index = _write_text(out_dir / "index.html", page)
    return ReportRun(out=out_dir, index=index, manifest=manifest, results=tuple(results))


def corpus_arguments(
    corpus_path: str | Path,
    options: Mapping[str, Any],
    *,
    lexicons: Iterable[str | Path] | None = None,
    packs: Iterable[str] | None = None,
) -> str:
    """The options of a ``framing`` command that reads this corpus as the report did
    (``--corpus``, the column options, ``--lexicon`` and ``--pack`` when given), quoted for a
    shell: report 08 prints them in the commands that draw and score a coding sample.

    Examples
    --------
    >>> corpus_arguments("/data/my corpus.csv", {"outlet_column": "source", "dayfirst": True})
    "--corpus '/data/my corpus.csv' --outlet-column source --dayfirst"
    >>> corpus_arguments("/d/c.csv", {"dayfirst": False}, packs=[])
    '--corpus /d/c.csv --monthfirst --pack none'
    """
    import shlex

    args = ["--corpus", shlex.quote(str(corpus_path))]
    for key, value in options.items():
        if key == "dayfirst":
            args.append("--dayfirst" if value else "--monthfirst")
        else:
            args += [f"--{key.replace('_', '-')}", shlex.quote(str(value))]
    for path in lexicons or ():
        args += ["--lexicon", shlex.quote(str(Path(path).expanduser().resolve()))]
    if packs is not None:
        args += [a for p in (list(packs) or ["none"]) for a in ("--pack", shlex.quote(str(p)))]
    return " ".join(args)


def _existing_corpus(corpus: str | Path) -> Path:
    """The corpus as an absolute path; a one-line error when it does not exist."""
    corpus_path = Path(corpus).resolve()
    if not corpus_path.exists():
        raise FramingError(
            f"corpus {corpus} does not exist: pass a folder with manifest.csv or a "
            ".csv/.jsonl/.parquet file"
        )
    return corpus_path


def _check_parameters(paths: Iterable[Path], extra: Mapping[str, Any]) -> None:
    """Refuse parameter names that no notebook of the run has (a misspelt ``-p``)."""
    known: dict[str, None] = {}
    for path in paths:
        known.update(dict.fromkeys(notebook_parameters(read_notebook(path))))
    for own_option in ("corpus", "figures_dir", "data_dir", "lexicons"):
        known.pop(own_option, None)
    unknown = [name for name in extra if name not in known]
    if unknown:
        import difflib

        close = {n: difflib.get_close_matches(n, list(known), n=1) for n in unknown}
        hint = "".join(f" Did you mean {c[0]}?" for c in close.values() if c)
        raise FramingError(
            f"-p {', '.join(unknown)}: no such parameter in the notebooks run.{hint} Known "
            f"parameters: {', '.join(sorted(known))}."
        )


def _standardised(corpus: Any, out_dir: Path, stem: str) -> Path:
    """The corpus loaded with the user's options, written where the notebooks read it, under
    the stem of the user's file (report 06 names the corpus by its file)."""
    folder = out_dir / ".corpus"
    folder.mkdir(exist_ok=True)
    path = folder / f"{stem}.parquet"
    corpus.to_parquet(path, index=False)
    return path


def _make_folders(out_dir: Path, fig_dir: Path) -> None:
    """Create the output and figures folders; a one-line error naming the option when not."""
    for what, folder in (("out", out_dir), ("figures", fig_dir)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file of that name, a read-only place …
            raise FramingError(
                f"--{what} {folder}: cannot create the folder ({exc.strerror or exc}). "
                "Choose a folder you can write to."
            ) from None


def _extra_parameters(parameters: Mapping[str, Any] | None) -> dict[str, Any]:
    """The further parameters, sorted by name; ``corpus`` and ``figures_dir`` are refused."""
    extra = dict(sorted((parameters or {}).items()))
    for reserved in ("corpus", "figures_dir", "data_dir", "lexicons"):
        if reserved in extra:
            raise FramingError(
                f"parameter {reserved!r} is set by its own option; do not pass it in parameters"
            )
    return extra


def _manifest(
    corpus_path: Path,
    paths: Iterable[Path],
    *,
    out_dir: Path,
    fig_dir: Path,
    show_code: bool,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """The run manifest of :func:`build_reports`, with the parameters as the reports see them."""
    # the manifest names the figures folder relative to the reports when it is inside them, so
    # that the same run written to two places gives the same bytes
    inside = fig_dir.is_relative_to(out_dir)
    shown_fig = fig_dir.relative_to(out_dir).as_posix() if inside else str(fig_dir)
    recorded = {
        "corpus": str(corpus_path),
        "figures_dir": shown_fig,
        "data_dir": "data",
        "show_code": show_code,
    }
    return run_manifest(
        corpus_path, parameters={**recorded, **extra}, notebooks=[p.stem for p in paths]
    )


def _report_one(
    path: Path,
    injected: Mapping[str, Any],
    *,
    out_dir: Path,
    manifest: Mapping[str, Any],
    show_code: bool,
    timeout: int,
) -> NotebookResult:
    """Execute one notebook, write its page ``<out>/NN-name.html`` and say how it went."""
    nb = inject_parameters(read_notebook(path), injected)
    executed, error = execute_notebook(nb, cwd=out_dir, timeout=timeout)
    page = render_html(executed, show_code=show_code, manifest=manifest, error=error)
    target = _write_text(out_dir / f"{path.stem}.html", page)
    return NotebookResult(
        name=path.stem,
        title=notebook_title(executed),
        summary=notebook_summary(executed),
        html=target,
        error=error,
        description=notebook_description(executed),
    )


def _write_manifest(
    out_dir: Path, manifest: Mapping[str, Any], results: Iterable[NotebookResult]
) -> None:
    """``<out>/manifest.json``: the run manifest and whether each report succeeded."""
    reports = [{"name": r.name, "ok": r.ok, "error": r.error} for r in results]
    text = json.dumps({**manifest, "reports": reports}, indent=2) + "\n"
    _write_text(out_dir / "manifest.json", text)


def _figure_files(out_dir: Path, fig_dir: Path) -> list[str]:
    """The figure data files (CSV) the index links to, when the figures are inside the reports."""
    if not fig_dir.is_relative_to(out_dir):
        return []
    return sorted(p.relative_to(out_dir).as_posix() for p in fig_dir.glob("*.csv"))


def _write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text with ``\\n`` line ends (the same bytes on every platform)."""
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
