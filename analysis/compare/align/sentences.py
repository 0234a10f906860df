"""Whole sentences behind alignment units, for reading.

A statement unit is a sentence *with its direct quotations cut out*, so a sentence that quotes
someone in the middle becomes two fragments ("… forces had established" and "over Lysychansk
and …").  That is right for matching, but a reader needs the sentence: :func:`unit_sentences`
maps units back to the whole sentences of the article they come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

__all__ = ["unit_sentences"]


def unit_sentences(alignment: Any, units: Sequence[str], *, outlet: str | None = None):
    """The whole sentences containing the given units, each once, in article order.

    Parameters
    ----------
    alignment
        An :class:`analysis.compare.align.EventAlignment`.
    units
        Unit ids (the index of ``alignment.units``).
    outlet
        Use the units' occurrences in this outlet's articles (default: each unit's first).

    Returns
    -------
    pandas.DataFrame
        ``sentence`` (the whole sentence of the article), ``units`` (the ids it contains,
        comma-separated), ``article_id``; fragments of one sentence give one row.

    Examples
    --------
    >>> from analysis.compare.align import align_event
    >>> body = ("Shoigu told Putin that their forces had established \\"full control\\" over "
    ...         "Lysychansk and nearby villages, RIA said. Kyiv said the fighting went on.")
    >>> ev = align_event(pd.DataFrame({"article_id": ["a"], "outlet": ["A"], "body": [body]}))
    >>> ev.units["text"].tolist()[1]  # a fragment: the quotation is cut out
    'over Lysychansk and nearby villages, RIA said.'
    >>> s = unit_sentences(ev, list(ev.units.index))
    >>> s["units"].tolist()
    ['u001, u002', 'u003']
    >>> s["sentence"][0] == body.split(" Kyiv")[0]
    True
    """
    from ...text import split_sentences

    spans: dict[str, list[tuple[int, int]]] = {}
    rows: dict[tuple[str, int, int], list[str]] = {}
    for unit in units:
        occ = alignment.units.loc[unit, "occurrences"]
        mine = [o for o in occ if outlet is None or o["outlet"] == outlet] or list(occ)
        if not mine:
            continue
        o = mine[0]
        aid = str(o["article_id"])
        body = alignment.bodies.get(aid, "")
        if aid not in spans:
            spans[aid] = split_sentences(body)
        start, end = next(
            ((s, e) for s, e in spans[aid] if s <= o["start"] < e), (o["start"], o["end"])
        )
        rows.setdefault((aid, start, end), []).append(str(unit))
    out = [
        {"sentence": alignment.bodies.get(aid, "")[s:e], "units": ", ".join(u), "article_id": aid}
        for (aid, s, e), u in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    ]
    return pd.DataFrame(out, columns=["sentence", "units", "article_id"])
