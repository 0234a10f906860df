"""The cleaning rules the annotated evaluation sets were drawn with.

The gold offsets of the agency annotations and of the hit audit are offsets into article bodies
*as cleaned when they were drawn*.  A boilerplate rule added later (its ``since`` column in
``lexicons/boilerplate.csv``) removes lines from some of those bodies and would move every
offset after them, and change which mentions a seeded draw picks.  The evaluations therefore
clean their gold articles with :func:`annotation_rules`: the bundled rules without the rows
that have a ``since``, and the structural rules (title, byline, body range) of the round the
sets were drawn with (:data:`DRAWN_ROUND`).  The cleaning itself is measured on its own
(``evaluation/cleaning.py``) with today's rules.  Where a gold set is read through today's
cleaning all the same (the hit audit runs the per-article route), :func:`relocate` finds each
gold span again by its words.
"""

from __future__ import annotations

import csv
import io
import tempfile
from functools import lru_cache
from pathlib import Path

from ..lexicons import bundled_path

__all__ = ["DRAWN_ROUND", "annotation_rules", "relocate"]

#: The annotated sets were drawn with the structural cleaning rules (title, byline, body range)
#: of this round; those of later rounds (the headline that asks, abbreviations in headlines:
#: round 17) are left out when they are cleaned for an evaluation.
DRAWN_ROUND = 16


@lru_cache(maxsize=4)
def annotation_rules(source: str = "boilerplate.csv", *, drawn_round: int | None = None) -> str:
    """Path of a copy of the bundled rule table without its rows that have a ``since`` (rules
    added after the annotated sets were drawn) and with the structural rules of
    :data:`DRAWN_ROUND` (a ``# structure-round:`` comment).

    ``drawn_round``: keep the rows of that round and before, and its structural rules (the
    hit-audit draws, made with the rules of their day, pass 16); ``None``: drop every row that
    has a ``since`` (the agency annotations, drawn before any had one).

    Examples
    --------
    >>> from analysis.clean.rules import boilerplate_rules
    >>> len(boilerplate_rules(annotation_rules())) < len(boilerplate_rules())
    True
    """
    text = bundled_path(source).read_text(encoding="utf-8")
    kept, header = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("#") or not line.strip():
            kept.append(line)
            continue
        cells = next(csv.reader(io.StringIO(line)))
        if header is None:
            header = cells
            kept.append(line)
            continue
        since = (dict(zip(header, cells)).get("since") or "").strip()
        if since and (drawn_round is None or int(since) > drawn_round):
            continue
        kept.append(line)
    folder = Path(tempfile.mkdtemp(prefix="framing-annotation-rules-"))
    path = folder / source
    # the structural rules as when the sets were drawn (analysis.clean.rules.Rules)
    drawn = DRAWN_ROUND if drawn_round is None else drawn_round
    path.write_text(f"# structure-round: {drawn}\n" + "".join(kept), encoding="utf-8")
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
