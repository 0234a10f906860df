"""The cleaning rules the annotated evaluation sets were drawn with.

The gold offsets of the agency annotations and of the hit audit are offsets into article bodies
*as cleaned when they were drawn*.  A boilerplate rule added later (its ``since`` column in
``lexicons/boilerplate.csv``) removes lines from some of those bodies and would move every
offset after them, and change which mentions a seeded draw picks.  The evaluations therefore
clean their gold articles with :func:`annotation_rules`: the bundled rules without the rows
that have a ``since``.  The cleaning itself is measured on its own (``evaluation/cleaning.py``)
with today's rules.  Where a gold set is read through today's cleaning all the same (the hit
audit runs the per-article route), :func:`relocate` finds each gold span again by its words.
"""

from __future__ import annotations

import csv
import io
import tempfile
from functools import lru_cache
from pathlib import Path

from ..lexicons import bundled_path

__all__ = ["annotation_rules", "relocate"]


@lru_cache(maxsize=1)
def annotation_rules(source: str = "boilerplate.csv") -> str:
    """Path of a copy of the bundled rule table without its rows that have a ``since`` (rules
    added after the annotated sets were drawn); the table itself when no row has one.

    Examples
    --------
    >>> from analysis.clean.rules import boilerplate_rules
    >>> len(boilerplate_rules(annotation_rules())) < len(boilerplate_rules())
    True
    """
    text = bundled_path(source).read_text(encoding="utf-8")
    kept, header, dropped = [], None, 0
    for line in text.splitlines(keepends=True):
        if line.startswith("#") or not line.strip():
            kept.append(line)
            continue
        cells = next(csv.reader(io.StringIO(line)))
        if header is None:
            header = cells
            kept.append(line)
            continue
        row = dict(zip(header, cells))
        if (row.get("since") or "").strip():
            dropped += 1
            continue
        kept.append(line)
    if not dropped:
        return source
    folder = Path(tempfile.mkdtemp(prefix="framing-annotation-rules-"))
    path = folder / source
    path.write_text("".join(kept), encoding="utf-8")
    return str(path)


def relocate(body: str, start: int, end: int, text: str) -> tuple[int, int] | None:
    """The offsets of a gold span in today's cleaned body: as annotated when the body still
    has ``text`` there, else its nearest occurrence (a cleaning change that removes lines above
    it moves it); None when ``text`` is gone.

    Examples
    --------
    >>> relocate("Kiev said no.", 0, 4, "Kiev")
    (0, 4)
    >>> relocate("Kiev said no. Kiev again.", 20, 24, "Kiev")  # five characters removed above
    (14, 18)
    >>> relocate("Nothing here.", 0, 4, "Kiev") is None
    True
    """
    if body[start:end] == text:
        return start, end
    best = None
    i = body.find(text)
    while i >= 0:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = body.find(text, i + 1)
    return (best, best + len(text)) if best is not None else None
