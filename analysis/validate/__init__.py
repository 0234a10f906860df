"""The measurement check: validate every detector against human coding on the studied corpus.

A journalism-studies paper must report how well automated measures agree with human coding
*on the corpus studied*, and whether a detector errs more on one outlet than another (which
would bias the outlet comparison).  This package makes that check a routine:

``items``     what a coder judges: the registry :data:`DETECTORS` (detector name -> a function
              yielding :class:`Item` hits and non-hits from one ``ArticleAnalysis``)
``sample``    :func:`coding_sample` — a stratified random sample of decisions (the sheet)
``codebook``  :func:`codebook`, :func:`codebook_markdown` — what counts as right (``codebook.csv``)
``page``      :func:`coding_page` — the offline HTML coding page (keyboard, localStorage, CSV)
``sheet``     :func:`read_sheet`, :func:`write_sheet`, :func:`merge_sheets` — CSV / Excel sheets
``stats``     Wilson intervals, Holm, Krippendorff's alpha (the ``krippendorff`` package), the
              differential-error permutation test
``score``     :func:`score_coding` — precision, recall, alpha, differential flag, corrected rates

From the command line: ``framing validate sample`` and ``framing validate score``.
"""

from __future__ import annotations

from .codebook import codebook, codebook_markdown
from .items import DETECTORS, Item, ItemSource
from .page import coding_page
from .sample import SHEET_COLUMNS, coding_candidates, coding_sample
from .score import ALL, SCORE_COLUMNS, score_coding
from .sheet import merge_sheets, read_sheet, write_sheet

__all__ = [
    "coding_sample",
    "coding_candidates",
    "score_coding",
    "coding_page",
    "codebook",
    "codebook_markdown",
    "read_sheet",
    "write_sheet",
    "merge_sheets",
    "DETECTORS",
    "Item",
    "ItemSource",
    "SHEET_COLUMNS",
    "SCORE_COLUMNS",
    "ALL",
]
