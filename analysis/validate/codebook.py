"""The codebook: what counts as right for each detector, from ``codebook.csv``.

:func:`codebook` returns the table (one row per detector); :func:`codebook_markdown` the text
written beside every coding sheet (how to code, the questions, the sampling design and how the
scores are computed).  The definitions are data (``codebook.csv``, provenance in this folder's
``README.md``); a detector added to :data:`~analysis.validate.items.DETECTORS` needs a row.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..lexicons import read_table
from .items import DETECTORS

__all__ = ["codebook", "codebook_markdown", "CODEBOOK_COLUMNS", "GENERIC"]

#: Columns of ``codebook.csv``.
CODEBOOK_COLUMNS: tuple[str, ...] = (
    "detector",
    "what",
    "hit_question",
    "right",
    "wrong",
    "nonhit_question",
    "nonhit_right",
    "nonhit_wrong",
    "unsure",
)

#: The entry used for a detector the codebook does not know (a user's own item function).
GENERIC: dict[str, str] = {
    "what": "A detector without a codebook entry.",
    "hit_question": "Is the detector's decision (the label) right for the highlighted words?",
    "right": "The label describes the highlighted words correctly in this context.",
    "wrong": "The label does not fit the highlighted words here.",
    "nonhit_question": "Is it right that the detector found nothing of its kind here?",
    "nonhit_right": "There is nothing of the detector's kind in the highlighted text.",
    "nonhit_wrong": "There is something of the detector's kind that was not found.",
    "unsure": "You cannot decide from the context shown.",
}


def _path() -> Path:
    return Path(str(resources.files(__package__).joinpath("codebook.csv")))


def codebook(detectors: Iterable[str] | None = None, *, strict: bool = True) -> pd.DataFrame:
    """The codebook table: one row per detector, in the order asked for.

    Parameters
    ----------
    detectors
        Detector names (default: every registered detector).
    strict
        Raise for a detector without an entry (else it gets :data:`GENERIC`).

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`CODEBOOK_COLUMNS`, indexed by detector.

    Examples
    --------
    >>> cb = codebook(["hedge", "naming"])
    >>> list(cb.index), cb.loc["naming", "nonhit_question"]
    (['hedge', 'naming'], '')
    >>> cb.loc["hedge", "hit_question"]
    'Does the highlighted word work as a hedge here, and is the voice right?'
    """
    rows = {r["detector"]: r for r in read_table(_path(), required=CODEBOOK_COLUMNS)}
    names = list(DETECTORS) if detectors is None else list(detectors)
    out = []
    for name in names:
        if name in rows:
            out.append({c: rows[name][c] for c in CODEBOOK_COLUMNS})
        elif strict:
            raise FramingError(
                f"the codebook has no entry for detector {name!r}; add a row to "
                f"{_path()} (columns {', '.join(CODEBOOK_COLUMNS)})"
            )
        else:
            out.append({"detector": name, **GENERIC})
    return pd.DataFrame(out, columns=list(CODEBOOK_COLUMNS)).set_index("detector")


_HOW = """\
## How to code

Open the coding page (`{page}`) in any browser: it works offline, needs no server and saves
your progress in the browser as you go.  Type your name, then for each item read the
question, the detector's decision (the label) and the highlighted words in their context, and
press

| key | code | meaning |
|---|---|---|
| `r` or `1` | right | the detector's decision is right (code 1) |
| `w` or `0` | wrong | the decision is wrong (code 0) |
| `u` or `?` | unsure | you cannot decide from the context (left blank; noted) |
| `n` | note | type a note (Enter to save it) |
| `→` / `←` | | next / previous item |
| `e` | export | download the sheet with your column `coder_<name>` |

The outlet is not shown, so that coding stays blind to it.  Code every item on its own; when
in doubt, code *unsure* and say why in the note.  The same sheet can be coded in a spreadsheet:
add a column `coder_<name>` with 1 (right), 0 (wrong) or nothing (not coded / unsure).  For
agreement, two or more coders code the same sheet independently (each exports their own
column; put the columns side by side in one file); `framing validate score SHEET` then reports
Krippendorff's alpha between them.
"""

_DESIGN = """\
## How the sample was drawn and how it is scored

Items are drawn at random, stratified by group (outlet) and detector: each group gets the same
number of items for each detector, so that precision can be compared between groups.  About a
quarter of each detector's items are **non-hits** (sentences, or quotations, where it found
nothing of its kind) so that misses, and so recall, can be estimated.  Inside a group every
decision of a detector had the same chance of being drawn; `population` is how many there
were.

`framing validate score` reports, per detector and group: precision (the share of hits coded
right, with a Wilson 95% interval), recall where non-hits were coded, Krippendorff's alpha
between coders, whether precision differs between groups beyond chance (a chi-square test with
a permutation p-value, Holm-adjusted across detectors), and each group's rate per 1,000 words
corrected by precision / recall next to the raw one.  The correction assumes the coded items
represent the detector's decisions in that group and that the coders are right.
"""


def _section(name: str, row: pd.Series) -> str:
    lines = [f"### `{name}`", "", row["what"], "", f"**Hit.** {row['hit_question']}", ""]
    lines += [f"- *Right (1)*: {row['right']}", f"- *Wrong (0)*: {row['wrong']}"]
    if row["nonhit_question"]:
        lines += ["", f"**Non-hit.** {row['nonhit_question']}", ""]
        lines += [f"- *Right (1)*: {row['nonhit_right']}", f"- *Wrong (0)*: {row['nonhit_wrong']}"]
    lines += [f"- *Unsure (blank)*: {row['unsure']}", ""]
    return "\n".join(lines)


def codebook_markdown(
    detectors: Iterable[str] | None = None, *, sheet: str = "sheet.csv", page: str = "sheet.html"
) -> str:
    """The codebook as Markdown, written beside a coding sheet.

    Parameters
    ----------
    detectors
        The detectors of the sheet (default: every registered detector).
    sheet, page
        File names of the sheet and its coding page, named in the text.

    Returns
    -------
    str

    Examples
    --------
    >>> md = codebook_markdown(["hedge"], sheet="s.csv", page="s.html")
    >>> md.splitlines()[0], "### `hedge`" in md, "`s.html`" in md
    ('# Codebook: s.csv', True, True)
    """
    cb = codebook(detectors, strict=False)
    parts = [f"# Codebook: {sheet}", "", _HOW.format(page=page), "## The detectors", ""]
    parts += [_section(str(name), row) for name, row in cb.iterrows()]
    parts += [_DESIGN]
    return "\n".join(parts)
