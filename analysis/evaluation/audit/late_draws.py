"""The article draws of the late development rounds of the hit audit (dev19 onwards, issue 17).

Every late round is :func:`~.draw_dev16.thin_round` one step wider than the round before: its
seed is its number, and it draws AllSides topics with at most ``n - 12`` articles in the table
before the round, written by outlets with at most ``n - 16`` (:data:`LATE_ROUNDS`).  Each
round's module (``draw_dev19`` …) keeps its docstring (the draw as documented when it was
made) and its ``draw``; the chain of earlier draws each round excludes is built here once.
"""

from __future__ import annotations

import pandas as pd

from . import draw_dev16, draw_dev18
from .draw_dev6 import draw_hits

__all__ = ["LATE_ROUNDS", "draw_round", "draws_before", "round_articles"]

#: Round -> (most articles of a topic, most articles of an outlet) in the table before it.
LATE_ROUNDS: dict[int, tuple[int, int]] = {
    19: (7, 3),
    20: (8, 4),
    21: (9, 5),
    22: (10, 6),
    23: (11, 7),
    24: (12, 8),
    25: (13, 9),
    26: (14, 10),
    27: (15, 11),
    28: (16, 12),
}


def draws_before(n: int) -> list[dict[str, pd.DataFrame]]:
    """The article draws of dev10 to dev(n-1), each computed once.

    Parameters
    ----------
    n
        A round of :data:`LATE_ROUNDS`.

    Returns
    -------
    list of dict of str to pandas.DataFrame
        The drawn articles of each earlier round, by corpus.
    """
    if n == min(LATE_ROUNDS):
        before = draw_dev18.earlier_draws()
        before += [draw_dev18.dev18_articles(before)]
        return before
    before = draws_before(n - 1)
    before += [round_articles(n - 1, before)]
    return before


def round_articles(
    n: int, before: list[dict[str, pd.DataFrame]] | None = None
) -> dict[str, pd.DataFrame]:
    """The articles of the dev<n> draw, by corpus.

    Parameters
    ----------
    n
        A round of :data:`LATE_ROUNDS`.
    before
        The draws of dev10 to dev(n-1) (:func:`draws_before`), when the caller has computed
        them already; computed here otherwise.

    Returns
    -------
    dict of str to pandas.DataFrame
        The drawn articles of each corpus.
    """
    before = draws_before(n) if before is None else before
    max_topic, max_outlet = LATE_ROUNDS[n]
    return draw_dev16.thin_round(n, before, seed=n, max_topic=max_topic, max_outlet=max_outlet)


def draw_round(n: int) -> pd.DataFrame:
    """The hits of the dev<n> draw (before labelling): :func:`~.draw_dev6.draw_hits` on the
    round's articles with the round's number as seed.

    Parameters
    ----------
    n
        A round of :data:`LATE_ROUNDS`.

    Returns
    -------
    pandas.DataFrame
        The drawn hits (:data:`~.draw_dev16.N_HITS` of them).
    """
    return draw_hits(round_articles(n), n, draw_dev16.N_HITS)
