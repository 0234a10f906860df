"""Which articles a report shows when it cannot show them all: a seeded draw from every outlet.

The first rows of a file are not a sample: a corpus sorted by outlet shows one outlet only.
:func:`spread_sample` takes the same number of articles from each outlet (fewer when an outlet
has fewer), at random with a seed, so that a per-article table or an evidence view puts the
outlets side by side; :func:`sample_note` says what was shown and where the rest is.
(``analysis.compare`` has a proportional sample for statistics; a page of twelve columns needs
every outlet equally.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import FramingError
from ..text.plural import plural

__all__ = ["spread_sample", "sample_note", "sampling_clause"]


def spread_sample(
    df: Any,
    n: int | None,
    *,
    by: str = "outlet",
    random_state: int = 0,
    every_group: bool = True,
) -> Any:
    """At most ``n`` rows, taken in turn from each group at random (seeded).

    Every group gets ``n // groups`` rows or all it has; rows left over go one by one to the
    groups that still have rows, in order of first appearance.  With more groups than ``n``,
    every group still gets one row (a page must show each outlet), unless ``every_group`` is
    false: then ``n`` groups drawn at random get one row each (an analysis that cannot take
    more rows, such as an alignment).

    Parameters
    ----------
    df
        A corpus or feature table with the ``by`` column.
    n
        Rows wanted (``None``: all).
    by
        Group column.
    random_state
        Seed of the draw.
    every_group
        Whether every group gets a row even beyond ``n``.

    Returns
    -------
    pandas.DataFrame
        The rows, grouped by group (first-appearance order), in file order within a group;
        ``attrs["sample"]``: group -> (shown, total), ``attrs["n_total"]``, ``attrs["by"]``,
        ``attrs["random_state"]``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["G"] * 8 + ["N"] * 2, "x": range(10)})
    >>> s = spread_sample(df, 6)
    >>> s["outlet"].tolist(), s.attrs["sample"]
    (['G', 'G', 'G', 'G', 'N', 'N'], {'G': (4, 8), 'N': (2, 2)})
    >>> spread_sample(df, 6)["x"].tolist() == s["x"].tolist()  # seeded
    True
    >>> len(spread_sample(df, 1)), len(spread_sample(df, 1, every_group=False))
    (2, 1)
    """
    import numpy as np

    if by not in df.columns:
        raise FramingError(f"no column {by!r} to sample by; the columns are {list(df.columns)}")
    if n is not None and (isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1):
        raise FramingError(
            f"the number of articles shown must be a positive whole number, not {n!r}"
        )
    groups = df[by].astype(str).to_numpy()
    order = list(dict.fromkeys(groups))
    sizes = {g: int((groups == g).sum()) for g in order}
    rng = np.random.default_rng(random_state)
    want = dict(sizes)
    if n is not None and n < len(df):
        want = {g: 0 for g in order}
        left = max(n, len(order))
        if not every_group and len(order) > n:
            drawn = set(rng.choice(len(order), n, replace=False).tolist())
            sizes = {g: (k if i in drawn else 0) for i, (g, k) in enumerate(sizes.items())}
            left = n
        while left > 0:
            open_ = [g for g in order if want[g] < sizes[g]]
            if not open_:
                break
            each = max(left // len(open_), 1)
            for g in open_:
                take = min(each, sizes[g] - want[g], left)
                want[g] += take
                left -= take
    pos: list[int] = []
    for g in order:
        rows = np.flatnonzero(groups == g)
        picked = rows if want[g] >= len(rows) else rng.choice(rows, want[g], replace=False)
        pos.extend(sorted(int(p) for p in picked))
    out = df.iloc[pos].copy()
    totals = {g: int((groups == g).sum()) for g in order}
    out.attrs.update(
        sample={g: (want[g], totals[g]) for g in order},
        n_total=len(df),
        by=by,
        random_state=random_state,
    )
    return out


def sample_note(sample: Any, what: str, *, parameter: str = "", rest: str = "") -> str:
    """One sentence on what a sample from :func:`spread_sample` shows.

    Parameters
    ----------
    sample
        Output of :func:`spread_sample`.
    what
        What the rows are (``"articles"``).
    parameter
        The notebook parameter that sets the number shown.
    rest
        Where the whole table is (``"features.csv"``).

    Returns
    -------
    str
        Empty when nothing was left out.

    Examples
    --------
    >>> import pandas as pd
    >>> s = spread_sample(pd.DataFrame({"outlet": ["G"] * 8 + ["N"] * 2}), 6)
    >>> print(sample_note(s, "articles", parameter="max_table_articles", rest="features.csv"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Showing 6 of the 10 articles, drawn at random (seed 0) from every outlet: G 4 of 8,
    N 2 of 2 (parameter max_table_articles). Every article is in features.csv.
    >>> sample_note(spread_sample(pd.DataFrame({"outlet": ["G"]}), 6), "articles")
    ''
    """
    a = sample.attrs
    if len(sample) >= a.get("n_total", len(sample)):
        return ""
    groups = a["sample"]
    shown = sum(1 for k, _ in groups.values() if k)
    if len(groups) <= 12:
        per = ": " + ", ".join(f"{g} {k:,} of {m:,}" for g, (k, m) in groups.items())
    else:
        per = f" ({len(groups):,} in all)"
    where = f"every {a['by']}"
    if shown < len(groups):
        where, per = f"{shown:,} of the {len(groups):,} {plural(a['by'])}", ""
    text = (
        f"Showing {len(sample):,} of the {a['n_total']:,} {what}, drawn at random "
        f"(seed {a['random_state']}) from {where}{per}"
    )
    text += f" (parameter {parameter})." if parameter else "."
    return text + (f" Every {what.rstrip('s')} is in {rest}." if rest else "")


def sampling_clause(sampled: Sequence[bool], limit: int | None) -> str:
    """The words of a summary on how its corpora were sampled, from whether each one was.

    Report 06 on BASIL said "(sampled to at most 600 articles each)" in its summary under the
    note "All 300 articles analysed": the clause followed the parameter, not the sample
    (review42).

    Parameters
    ----------
    sampled
        One flag per corpus compared: was it sampled down to ``limit`` articles.
    limit
        The most articles a corpus keeps (``max_articles``); ``None``: no limit.

    Returns
    -------
    str
        ``" (sampled to at most N articles each)"`` when a corpus was sampled, ``" (every
        article)"`` when none was, ``""`` when no corpus was compared.

    Examples
    --------
    >>> sampling_clause([False], 600), sampling_clause([True, False], 1200)
    (' (every article)', ' (sampled to at most 1,200 articles each)')
    >>> sampling_clause([], 600)
    ''
    """
    if not sampled:
        return ""
    if limit is not None and any(sampled):
        return f" (sampled to at most {limit:,} articles each)"
    return " (every article)"
