"""Reading and writing coding sheets: CSV (UTF-8) or Excel ``.xlsx`` (with ``openpyxl``).

One of the few modules that touch the file system (with ``corpus/``, the report runner and
``cli/``).  Every cell is read as text, then the sheet's whole-number columns (offsets,
population, words) become integers, so a sheet read back equals the one written and an
exported sheet from the coding page reads exactly like one typed in a spreadsheet.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import FramingError

__all__ = [
    "read_sheet",
    "write_sheet",
    "merge_sheets",
    "cell_text",
    "INTEGER_COLUMNS",
    "SHEET_FORMATS",
]

#: Columns read back as whole numbers when every cell holds one.
INTEGER_COLUMNS: tuple[str, ...] = ("start", "end", "context_start", "population", "group_words")

#: The file types a sheet can be written to and read from.
SHEET_FORMATS: tuple[str, ...] = (".csv", ".xlsx")


def _format(path: Path) -> str:
    fmt = path.suffix.lower()
    if fmt not in SHEET_FORMATS:
        raise FramingError(f"{path}: a coding sheet is a .csv or .xlsx file")
    return fmt


def cell_text(value: object) -> str:
    """A cell as text: blank for empty, whole floats without ``.0`` (Excel stores 1 as 1.0).

    Examples
    --------
    >>> [cell_text(v) for v in (None, float("nan"), 1.0, 2.5, True, "x", 7)]
    ['', '', '1', '2.5', '1', 'x', '7']
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for col in INTEGER_COLUMNS:
        if col in frame.columns:
            vals = pd.to_numeric(frame[col].replace("", None), errors="coerce")
            if vals.notna().all() and (vals % 1 == 0).all():
                frame[col] = vals.astype("int64")
    return frame


def read_sheet(path: str | Path) -> pd.DataFrame:
    """Read a coding sheet (``.csv`` or ``.xlsx``): text cells, whole-number columns as int.

    Parameters
    ----------
    path
        The sheet, as written by ``framing validate sample`` or exported by the coding page.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    FramingError
        The file is missing, of another type, not UTF-8 or has no header.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.csv"
    >>> _ = p.write_text("item_id,start,coder_ann\\na,3,1\\nb,7,\\n", encoding="utf-8")
    >>> s = read_sheet(p)
    >>> s["start"].tolist(), s["coder_ann"].tolist()
    ([3, 7], ['1', ''])
    """
    path = Path(path)
    fmt = _format(path)
    if not path.is_file():
        raise FramingError(f"{path}: no such coding sheet")
    if fmt == ".csv":
        try:
            frame = pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding="utf-8-sig", na_filter=False
            )
        except UnicodeDecodeError:
            raise FramingError(f"{path}: not UTF-8 text; save the sheet as UTF-8 CSV") from None
        except pd.errors.EmptyDataError:
            raise FramingError(f"{path}: the sheet is empty (no header row)") from None
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = list(wb.worksheets[0].iter_rows(values_only=True))
        finally:
            wb.close()
        if not rows:
            raise FramingError(f"{path}: the sheet is empty (no header row)")
        header = [cell_text(h) for h in rows[0]]
        body = [[cell_text(v) for v in r] for r in rows[1:] if any(v is not None for v in r)]
        frame = pd.DataFrame(body, columns=header, dtype=str)
    return _typed(frame)


def write_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a coding sheet as ``.csv`` (UTF-8) or ``.xlsx``.

    Text cells are written as text in Excel (a cell starting with ``=`` is not a formula).

    Parameters
    ----------
    sheet
        From :func:`~analysis.validate.sample.coding_sample` (coded or not).
    path
        The file to write (its folder is created).

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.xlsx"
    >>> s = pd.DataFrame({"item_id": ["a"], "text": ["=1+1"], "start": [3]})
    >>> read_sheet(write_sheet(s, p)).equals(s)
    True
    """
    path = Path(path)
    fmt = _format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == ".csv":
        sheet.to_csv(path, index=False, encoding="utf-8")
        return path
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    ws.append([str(c) for c in sheet.columns])
    for row in sheet.itertuples(index=False):
        ws.append([None if cell_text(v) == "" else v for v in row])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    wb.save(path)
    return path


def _coder_column(name: str) -> bool:
    return name.startswith(("coder_", "note_"))


def merge_sheets(sheets: list[pd.DataFrame]) -> pd.DataFrame:
    """One sheet with every coder's columns, from sheets of the same items (e.g. each coder's
    export from the coding page), in the first sheet's row order.

    Parameters
    ----------
    sheets
        Coding sheets holding the same ``item_id`` values with the same non-coder cells.

    Returns
    -------
    pandas.DataFrame
        The first sheet with every other sheet's ``coder_<name>`` and ``note_<name>`` columns
        added (a column in several sheets must hold the same cells in each).

    Raises
    ------
    FramingError
        The sheets differ in their items or in a non-coder cell, or one coder's column holds
        different codes in two sheets.

    Examples
    --------
    >>> a = pd.DataFrame({"item_id": ["x", "y"], "coder_ann": ["1", "0"]})
    >>> b = pd.DataFrame({"item_id": ["y", "x"], "coder_bob": ["", "1"]})
    >>> merge_sheets([a, b]).to_dict("list")
    {'item_id': ['x', 'y'], 'coder_ann': ['1', '0'], 'coder_bob': ['1', '']}
    """
    if not sheets:
        raise FramingError("no coding sheet to merge")
    out = sheets[0].copy()
    ids = out["item_id"].astype(str)
    base = [c for c in out.columns if not _coder_column(str(c))]
    for i, other in enumerate(sheets[1:], start=2):
        got = other.assign(item_id=other["item_id"].astype(str)).drop_duplicates("item_id")
        if len(got) != len(other) or set(got["item_id"]) != set(ids) or len(ids) != len(other):
            raise FramingError(
                f"sheet {i} does not hold the same items as sheet 1 (merge the exports of one "
                "coding sample)"
            )
        got = got.set_index("item_id").loc[ids].reset_index()
        shared = [c for c in base if c in got.columns and c != "item_id"]
        diff = [c for c in shared if not got[c].reset_index(drop=True).equals(out[c])]
        if diff or set(base) != set(c for c in got.columns if not _coder_column(str(c))):
            bad = ", ".join(map(str, diff)) or "the set of columns"
            raise FramingError(f"sheet {i} differs from sheet 1 in {bad}: not the same sample")
        for c in [c for c in got.columns if _coder_column(str(c))]:
            cells = got[c].reset_index(drop=True)
            if c in out.columns and not cells.equals(out[c].reset_index(drop=True)):
                raise FramingError(f"{c} is in sheet 1 and sheet {i} with different cells")
            out[c] = cells.to_numpy()
    return out
