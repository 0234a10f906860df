"""The notebooks as documents: find them, read them, inject parameters, execute them in a
fresh kernel of this interpreter, and read back their title, description and summary.

Used by :func:`analysis.report.build_reports`; reads notebook files, writes none.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import FramingError
from ..paths import NOTEBOOKS_DIR
from .blocks import SUMMARY_MIME

__all__ = [
    "KERNEL_ENV",
    "list_notebooks",
    "read_notebook",
    "inject_parameters",
    "notebook_parameters",
    "execute_notebook",
    "notebook_title",
    "notebook_description",
    "notebook_summary",
]

_NOTEBOOK_RE = re.compile(r"^(\d\d)-[A-Za-z0-9_.-]+\.py$")


def list_notebooks(
    directory: str | Path = NOTEBOOKS_DIR, *, select: Iterable[str] | None = None
) -> list[Path]:
    """The notebooks ``NN-name.py`` of a folder, in order.

    Parameters
    ----------
    directory
        Folder of jupytext percent-format notebooks.
    select
        Optional numbers or names (``"01"``, ``"1"``, ``"01-corpus"``) to keep.

    Returns
    -------
    list of Path

    Raises
    ------
    FramingError
        When the folder has no notebooks or a selected notebook does not exist.

    Examples
    --------
    >>> [p.name for p in list_notebooks(select=["01"])]
    ['01-corpus.py']
    """
    d = Path(directory)
    found = sorted(p for p in d.glob("*.py") if _NOTEBOOK_RE.match(p.name)) if d.is_dir() else []
    if not found:
        raise FramingError(
            f"no notebooks NN-name.py in {d}: run from a source checkout or pass the notebooks "
            "folder"
        )
    if select is None:
        return found
    wanted = [s.strip() for s in select if s and s.strip()]
    chosen: list[Path] = []
    for w in wanted:
        key = w.removesuffix(".py")
        hits = [
            p for p in found if p.stem == key or (key.isdigit() and int(p.name[:2]) == int(key))
        ]
        if not hits:
            names = ", ".join(p.stem for p in found)
            raise FramingError(f"no notebook {w!r} in {d}: choose from {names}")
        chosen.extend(h for h in hits if h not in chosen)
    return sorted(chosen)


def read_notebook(path: str | Path) -> Any:
    """Read a jupytext percent-format notebook, with deterministic cell ids.

    Parameters
    ----------
    path
        The ``.py`` notebook.

    Returns
    -------
    nbformat.NotebookNode

    Examples
    --------
    >>> nb = read_notebook(list_notebooks()[0])
    >>> nb.cells[0].cell_type, nb.cells[0].id
    ('markdown', 'cell-000')
    """
    import jupytext

    nb = jupytext.read(str(path))
    _renumber(nb)
    return nb


def _renumber(nb: Any) -> None:
    """Deterministic cell ids ``cell-000``, ``cell-001`` … (nbformat 4.5), in place."""
    nb.nbformat, nb.nbformat_minor = 4, 5
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:03d}"


def notebook_parameters(nb: Any) -> list[str]:
    """The names assigned in a notebook's ``parameters`` cell, in order.

    Parameters
    ----------
    nb
        A notebook (:func:`read_notebook`).

    Returns
    -------
    list of str
        Empty when no cell is tagged ``parameters``.

    Examples
    --------
    >>> notebook_parameters(read_notebook(list_notebooks()[0]))[:2]
    ['corpus', 'figures_dir']
    """
    import ast

    names: list[str] = []
    for c in nb.cells:
        if "parameters" in c.get("metadata", {}).get("tags", []):
            for node in ast.parse(c.source).body:
                targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
                names += [t.id for t in targets if isinstance(t, ast.Name) and t.id not in names]
    return names


def inject_parameters(nb: Any, parameters: Mapping[str, Any]) -> Any:
    """Return a copy of ``nb`` with a cell assigning ``parameters`` after the ``parameters`` cell.

    Like papermill: the new cell is tagged ``injected-parameters``; if no cell is tagged
    ``parameters`` it goes first.  Values are written with :func:`repr` (paths as strings).

    Parameters
    ----------
    nb
        A notebook (not modified).
    parameters
        Names and values (str, int, float, bool, None, Path, lists/dicts of those).

    Returns
    -------
    nbformat.NotebookNode

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]})
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> inject_parameters(nb, {"x": 2}).cells[1].source.splitlines()[-1]
    'x = 2'
    """
    import copy

    import nbformat

    new = copy.deepcopy(nb)
    lines = ["# Parameters injected by `framing report`"]
    for name, value in parameters.items():
        if not name.isidentifier():
            raise FramingError(f"parameter name {name!r} is not a Python identifier")
        if isinstance(value, Path):
            value = str(value)
        lines.append(f"{name} = {value!r}")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    at = 0
    for i, c in enumerate(new.cells):
        if "parameters" in c.get("metadata", {}).get("tags", []):
            at = i + 1
            break
    new.cells.insert(at, cell)
    _renumber(new)
    return new


#: Settings of the kernel process that make runs reproducible (recorded in the manifest).
KERNEL_ENV: dict[str, str] = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "SOURCE_DATE_EPOCH": "0",
    "TZ": "UTC",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    "JUPYTER_PLATFORM_DIRS": "1",
    "TQDM_DISABLE": "1",
    # tqdm.auto warns in a kernel without ipywidgets; progress bars are off in reports anyway
    "PYTHONWARNINGS": "ignore:IProgress not found",  # any category (the default: Warning)
}


def _kernel_manager(socket_dir: str | None = None) -> Any:
    """A kernel manager whose kernel is ``sys.executable -m ipykernel_launcher``.

    With ``socket_dir``, the kernel talks over Unix sockets in that folder.

    A ``python3`` kernelspec found elsewhere (e.g. in ``~/.local/share/jupyter``) could point to
    another interpreter without this package; we never look it up.
    """
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=f"Python {platform.python_version()} ({sys.prefix})",
        language="python",
    )

    class _ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:  # noqa: D401
            return spec

    km = KernelManager(kernel_name="python3", kernel_spec_manager=_ThisInterpreter())
    if socket_dir is not None:
        # IPC transport (Unix sockets, an absolute path: the kernel runs in another working
        # directory), not TCP: local only, and the kernel does not warn on the terminal that it
        # "is running over TCP without encryption"
        km.transport = "ipc"
        km.ip = str(Path(socket_dir) / "kernel")
    return km


def execute_notebook(nb: Any, *, cwd: str | Path, timeout: int = 1200) -> tuple[Any, str | None]:
    """Execute a notebook in a fresh kernel of the running interpreter.

    Parameters
    ----------
    nb
        The notebook (not modified).
    cwd
        Working directory of the kernel (notebooks must not depend on it; fixed for
        reproducibility).
    timeout
        Seconds allowed per cell.

    Returns
    -------
    (notebook, error)
        The executed copy and ``None``, or the partially executed copy and a one-line error
        (``"cell 5: ValueError: ..."``); the failing cell keeps its traceback output and gets
        the tag ``report-error``.

    Examples
    --------
    >>> import nbformat, tempfile
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1/0")])
    >>> _, err = execute_notebook(nb, cwd=tempfile.gettempdir())  # doctest: +SKIP
    >>> err  # doctest: +SKIP
    'cell 1: ZeroDivisionError: division by zero'
    """
    import copy
    import tempfile

    run = copy.deepcopy(nb)
    env = {**os.environ, **KERNEL_ENV}
    with tempfile.TemporaryDirectory(prefix="framing-kernel-") as sockets:
        return _execute(run, env, cwd=cwd, timeout=timeout, socket_dir=sockets)


def _execute(
    run: Any, env: dict[str, str], *, cwd: str | Path, timeout: int, socket_dir: str
) -> tuple[Any, str | None]:
    """Execute ``run`` in place; its kernel is shut down before this returns."""
    from nbclient import NotebookClient

    client = NotebookClient(
        run,
        km=_kernel_manager(socket_dir if os.name == "posix" else None),
        timeout=timeout,
        record_timing=False,
        allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    error: str | None = None
    try:
        # cleanup_kc: shut the kernel down now. nbclient keeps a kernel whose manager it was
        # given alive until the interpreter exits: six kernels at once, and their shutdown
        # warnings printed after `make report` had returned (issue 16)
        client.execute(env=env, cwd=str(cwd), cleanup_kc=True)
    except Exception as exc:  # a failing notebook must still produce a report
        error = _describe_failure(run, exc)
    return run, error


def _describe_failure(nb: Any, exc: BaseException) -> str:
    """One line naming the failing cell and its error; that cell is tagged ``report-error``."""
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                cell.setdefault("metadata", {}).setdefault("tags", []).append("report-error")
                evalue = " ".join(str(out.get("evalue", "")).split())
                return f"cell {i + 1}: {out.get('ename', 'Error')}: {evalue}"[:500]
    first = " ".join(str(exc).split())[:400]
    return f"{type(exc).__name__}: {first}"


def notebook_title(nb: Any, default: str = "Report") -> str:
    """The first heading of the first markdown cell (without ``#``).

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Corpus\\ntext")])
    >>> notebook_title(nb)
    'Corpus'
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.strip().startswith("#"):
                    return line.strip().lstrip("#").strip()
            break
    return default


def notebook_description(nb: Any) -> str:
    """What the notebook shows: the first prose paragraph of its first markdown cell, on one line.

    A paragraph wrapped over several lines (markdown joins them) is read whole.

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_markdown_cell("# T\\n\\nWhat is *here*.\\n\\nMore.")
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> notebook_description(nb)
    'What is here.'
    >>> cell = nbformat.v4.new_markdown_cell("# T\\n\\nWhat is *here*,\\n  wrapped.\\n\\nMore.")
    >>> notebook_description(nbformat.v4.new_notebook(cells=[cell]))
    'What is here, wrapped.'
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            paragraph: list[str] = []
            for line in cell.source.splitlines():
                s = line.strip()
                if s and not s.startswith("#"):
                    paragraph.append(s)
                elif paragraph:
                    break
            # code spans keep their text (``reference_corpus``); emphasis marks go
            parts = re.split(r"(`[^`]*`)", " ".join(paragraph))
            return "".join(
                part.strip("`")
                if part.startswith("`")
                else re.sub(r"(?<!\w)_+|_+(?!\w)", "", part.replace("*", ""))
                for part in parts
            )
    return ""


def notebook_summary(nb: Any) -> str:
    """The result line for the index: the last :class:`ReportSummary` emitted, else the description.

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_markdown_cell("# T\\n\\nWhat is here.\\n\\nMore.")
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> notebook_summary(nb)
    'What is here.'
    """
    emitted = [
        out["data"][SUMMARY_MIME]["summary"]
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if SUMMARY_MIME in out.get("data", {})
    ]
    if emitted:
        return str(emitted[-1])
    return notebook_description(nb)
