"""Harm events across a corpus: one row per event, form shares and agent-erasure rates by
outlet (issue 20).

The per-article detector is :func:`analysis.find_agency` (in the per-article route, so
:func:`analysis.pipeline.analyse_corpus` keeps every article's ``harm_events``).  Rates here are
*pooled* over an outlet's events (erased events / events), with a percentile bootstrap over the
outlet's **articles** (events of one article move together), so the interval reflects how much
the outlet's articles differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..detect.agency.features import is_erased
from ..detect.agency.records import FORMS
from .bootstrap import percentile_ci
from .differences import adjust_pvalues

__all__ = [
    "EVENT_COLUMNS",
    "harm_event_table",
    "form_share_table",
    "form_share_intervals",
    "erasure_table",
    "erasure_differences",
]

#: Columns of :func:`harm_event_table`.
EVENT_COLUMNS = [
    "article_id",
    "title",
    "group",
    "start",
    "end",
    "trigger",
    "lemma",
    "harm",
    "form",
    "voice",
    "agent",
    "victim",
    "agent_side",
    "victim_side",
    "erased",
    "sentence",
    "agent_start",
    "agent_end",
    "victim_start",
    "victim_end",
    "sentence_start",
]


def harm_event_table(
    analyses: Sequence[Any], corpus: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """One row per harm event of a corpus (usable articles only), with its sentence.

    Parameters
    ----------
    analyses
        :func:`analysis.pipeline.analyse_corpus` of ``corpus`` (same order; spans kept).
    corpus
        The corpus as loaded (``article_id`` and the ``by`` column; ``title`` when it has one).
    by
        The grouping column (``outlet``, ``outlet_country``, …), copied as ``group``.

    Returns
    -------
    pandas.DataFrame
        :data:`EVENT_COLUMNS`; offsets are into the cleaned body; ``erased`` is
        :func:`analysis.detect.agency.is_erased`.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from analysis import find_agency
    >>> body = "Twelve civilians were killed. A missile killed 3 people."
    >>> res = SimpleNamespace(status="ok", article=SimpleNamespace(body=body),
    ...                       harm_events=find_agency(body))
    >>> t = harm_event_table([res], pd.DataFrame({"article_id": ["a1"], "outlet": ["X"]}))
    >>> t[["form", "erased", "sentence"]].values.tolist()[0]
    ['passive_agentless', True, 'Twelve civilians were killed.']
    """
    rows = []
    groups = corpus[by].astype(str).tolist() if by in corpus else [""] * len(corpus)
    titles = corpus["title"].fillna("").astype(str) if "title" in corpus else [""] * len(corpus)
    ids = corpus["article_id"].astype(str)
    for aid, title, group, res in zip(ids, titles, groups, analyses):
        if res.status != "ok" or res.article is None:
            continue
        body = res.article.body
        for e in res.harm_events:
            rows.append(
                {
                    "article_id": aid,
                    "title": title,
                    "group": group,
                    "start": e.start,
                    "end": e.end,
                    "trigger": e.text,
                    "lemma": e.lemma,
                    "harm": e.harm,
                    "form": e.form,
                    "voice": e.voice,
                    "agent": e.agent or "",
                    "victim": e.victim or "",
                    "agent_side": e.agent_side or "",
                    "victim_side": e.victim_side or "",
                    "erased": is_erased(e),
                    "sentence": body[e.sentence_start : e.sentence_end],
                    "agent_start": e.agent_start,
                    "agent_end": e.agent_end,
                    "victim_start": e.victim_start,
                    "victim_end": e.victim_end,
                    "sentence_start": e.sentence_start,
                }
            )
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def form_share_table(events: pd.DataFrame, *, voice: str | None = None) -> pd.DataFrame:
    """Share of each form among a group's harm events (rows: groups; columns: the forms, then
    ``n``), in one voice or all.

    Examples
    --------
    >>> ev = pd.DataFrame({"group": ["A", "A", "B"], "voice": ["author"] * 3,
    ...                    "form": ["nominal", "active_agent", "nominal"]})
    >>> form_share_table(ev).loc["A", ["nominal", "n"]].tolist()
    [0.5, 2.0]
    """
    ev = events if voice is None else events[events["voice"] == voice]
    counts = pd.crosstab(ev["group"], ev["form"]).reindex(columns=list(FORMS), fill_value=0)
    n = counts.sum(axis=1)
    out = counts.div(n.where(n > 0), axis=0)
    out["n"] = n.astype(int)  # a count: shown as 35, not 35.00
    out.index.name = "group"
    return out


def form_share_intervals(
    events: pd.DataFrame,
    *,
    voice: str | None = None,
    n_boot: int = 2000,
    random_state: int = 0,
) -> pd.DataFrame:
    """Share of each form among a group's harm events, pooled over the group's events, with a
    95 % percentile bootstrap interval over the group's articles (as :func:`erasure_table`).

    A share from a handful of events is a guess: the interval says how much it would move
    with other articles of the same outlet (five events of one outlet gave "40 % intransitive"
    in report 09 of the by-country corpus, with nothing to say that it could as well be 0).

    Parameters
    ----------
    events
        :func:`harm_event_table`.
    voice
        Keep one voice (``None``: all).
    n_boot, random_state
        Bootstrap resamples and seed (same seed, same intervals).

    Returns
    -------
    pandas.DataFrame
        One row per group and form (every form of :data:`FORMS`, groups sorted): ``group``,
        ``form``, ``n_articles``, ``n_events``, ``n_form``, ``share``, ``low``, ``high`` (NaN
        interval for a group with one article).

    Examples
    --------
    >>> ev = pd.DataFrame({"group": ["A"] * 4, "article_id": ["1", "1", "2", "3"],
    ...                    "voice": ["author"] * 4,
    ...                    "form": ["nominal", "nominal", "intransitive", "nominal"]})
    >>> t = form_share_intervals(ev, n_boot=200).set_index("form")
    >>> [int(t.loc["nominal", c]) for c in ("n_articles", "n_events", "n_form")]
    [3, 4, 3]
    >>> float(t.loc["nominal", "share"])
    0.75
    >>> bool(t.loc["nominal", "low"] < 0.75 < t.loc["nominal", "high"])
    True
    """
    ev = events if voice is None else events[events["voice"] == voice]
    rng = np.random.default_rng(random_state)
    rows = []
    for group, g in ev.groupby("group", sort=True):
        per = pd.crosstab(g["article_id"], g["form"]).reindex(columns=list(FORMS), fill_value=0)
        counts = per.to_numpy(dtype=float)
        share, low, high = pooled_shares(counts, counts.sum(axis=1), rng=rng, n_boot=n_boot)
        for i, form in enumerate(FORMS):
            rows.append(
                {
                    "group": group,
                    "form": form,
                    "n_articles": len(per),
                    "n_events": int(counts.sum()),
                    "n_form": int(counts[:, i].sum()),
                    "share": round(float(share[i]), 4),
                    "low": float(low[i]),
                    "high": float(high[i]),
                }
            )
    cols = ["group", "form", "n_articles", "n_events", "n_form", "share", "low", "high"]
    return pd.DataFrame(rows, columns=cols)


def pooled_shares(
    counts: np.ndarray, sizes: np.ndarray, *, rng: np.random.Generator, n_boot: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pooled shares of several counts over the same units, with a 95 % percentile bootstrap
    interval over the units (rows resampled together, so counts of one article move together).

    Parameters
    ----------
    counts
        ``units x k``: each unit's count of each of ``k`` kinds.
    sizes
        Each unit's total (the denominator).
    rng, n_boot
        The generator (one draw of ``n_boot x units`` indices) and the number of resamples.

    Returns
    -------
    tuple of numpy.ndarray
        ``share``, ``low``, ``high`` (each of length ``k``); NaN intervals for one unit or
        ``n_boot = 0``.

    Examples
    --------
    >>> s, lo, hi = pooled_shares(np.array([[1.0], [0.0]]), np.array([1.0, 3.0]),
    ...                           rng=np.random.default_rng(0), n_boot=100)
    >>> float(s[0]), float(lo[0]), float(hi[0])
    (0.25, 0.0, 1.0)
    """
    share = counts.sum(axis=0) / sizes.sum()
    low = high = np.full(counts.shape[1], np.nan)
    if len(counts) > 1 and n_boot > 0:
        idx = rng.integers(0, len(counts), size=(n_boot, len(counts)))
        boot = counts[idx].sum(axis=1) / sizes[idx].sum(axis=1)[:, None]
        low, high = percentile_ci(boot, 0.95)
    return share, low, high


def erasure_table(
    events: pd.DataFrame,
    *,
    voice: str | None = "author",
    n_boot: int = 2000,
    random_state: int = 0,
    by_victim_side: bool = False,
) -> pd.DataFrame:
    """Agent-erasure rate per group (and victim side): erased events / events, with a 95 %
    percentile bootstrap interval over the group's articles.

    Parameters
    ----------
    events
        :func:`harm_event_table`.
    voice
        Keep one voice (``None``: all).
    n_boot, random_state
        Bootstrap resamples and seed (same seed, same intervals).
    by_victim_side
        Also split by the victim's side (``unknown`` where the actors table does not know it).

    Returns
    -------
    pandas.DataFrame
        ``group`` (and ``victim_side``), ``n_articles``, ``n_events``, ``n_erased``, ``rate``,
        ``low``, ``high`` (NaN interval for a single article).

    Examples
    --------
    >>> ev = pd.DataFrame({"group": ["A"] * 3, "article_id": ["1", "1", "2"],
    ...                    "voice": ["author"] * 3, "erased": [True, False, True],
    ...                    "victim_side": ["", "", ""]})
    >>> erasure_table(ev, n_boot=50)[["group", "n_events", "rate"]].values.tolist()
    [['A', 3, 0.6667]]
    """
    ev = events if voice is None else events[events["voice"] == voice]
    ev = ev.assign(victim_side=ev["victim_side"].replace("", "unknown"))
    keys = ["group", "victim_side"] if by_victim_side else ["group"]
    rng = np.random.default_rng(random_state)
    rows = []
    for key, g in ev.groupby(keys, sort=True):
        per = g.groupby("article_id")["erased"].agg(["sum", "size"]).to_numpy(dtype=float)
        rate, low, high = pooled_shares(per[:, :1], per[:, 1], rng=rng, n_boot=n_boot)
        key = key if isinstance(key, tuple) else (key,)
        rows.append(
            {
                **dict(zip(keys, key)),
                "n_articles": len(per),
                "n_events": int(per[:, 1].sum()),
                "n_erased": int(per[:, 0].sum()),
                "rate": round(float(rate[0]), 4),
                "low": float(low[0]),
                "high": float(high[0]),
            }
        )
    cols = [*keys, "n_articles", "n_events", "n_erased", "rate", "low", "high"]
    return pd.DataFrame(rows, columns=cols)


def erasure_differences(
    events: pd.DataFrame,
    *,
    voice: str | None = "author",
    min_articles: int = 5,
    max_groups: int = 8,
    n_perm: int = 2000,
    n_boot: int = 2000,
    alpha: float = 0.05,
    correction: str = "holm",
    random_state: int = 0,
) -> pd.DataFrame:
    """Tested differences in the agent-erasure rate between pairs of groups.

    For each pair of the ``max_groups`` groups with the most articles (of those with at least
    ``min_articles`` articles with an event): the difference of the pooled rates (erased
    events / events), its 95 % percentile bootstrap interval (articles resampled within each
    group), and a permutation p-value (the two groups' articles shuffled between them, the
    events of one article moving together), adjusted over the pairs (``correction``).

    Parameters
    ----------
    events
        :func:`harm_event_table`.
    voice
        Keep one voice (``None``: all).
    min_articles, max_groups
        Groups with fewer articles are not tested; at most this many groups (the largest).
    n_perm, n_boot, random_state
        Permutations, bootstrap resamples and seed (same seed, same numbers).
    alpha, correction
        Level and multiple-comparison adjustment (:func:`analysis.compare.adjust_pvalues`).

    Returns
    -------
    pandas.DataFrame
        One row per pair, the higher rate first: ``group_a``, ``group_b``, ``n_articles_a``,
        ``n_articles_b``, ``n_events_a``, ``n_events_b``, ``rate_a``, ``rate_b``,
        ``difference`` (``rate_a - rate_b``), ``low``, ``high``, ``p``, ``p_adjusted``,
        ``significant``; ``attrs["correction"]``, ``attrs["n_perm"]``; empty with fewer than
        two testable groups.

    Examples
    --------
    >>> ev = pd.DataFrame({"group": ["A"] * 12 + ["B"] * 12, "voice": "author",
    ...                    "article_id": [f"a{i // 2}" for i in range(24)],
    ...                    "erased": [True] * 12 + [False] * 12})
    >>> d = erasure_differences(ev, n_perm=200, n_boot=200)
    >>> d[["group_a", "group_b", "difference", "significant"]].values.tolist()
    [['A', 'B', 1.0, True]]
    """
    ev = events if voice is None else events[events["voice"] == voice]
    per = ev.groupby(["group", "article_id"])["erased"].agg(["sum", "size"])
    n_art = per.groupby(level="group").size()
    n_art = n_art[n_art >= min_articles].sort_values(ascending=False, kind="mergesort")
    tested = sorted(n_art.index[:max_groups], key=str)
    rng = np.random.default_rng(random_state)
    rows = []
    for i, a in enumerate(tested):
        for b in tested[i + 1 :]:
            ea, eb = per.loc[a].to_numpy(float), per.loc[b].to_numpy(float)
            rows.append(_erasure_pair(a, b, ea, eb, rng=rng, n_perm=n_perm, n_boot=n_boot))
    cols = [
        *("group_a", "group_b", "n_articles_a", "n_articles_b", "n_events_a", "n_events_b"),
        *("rate_a", "rate_b", "difference", "low", "high", "p", "p_adjusted", "significant"),
    ]
    out = pd.DataFrame(rows, columns=cols[:-2])
    out["p_adjusted"] = adjust_pvalues(out["p"].to_numpy(), method=correction)
    out["significant"] = out["p_adjusted"] <= alpha
    out.attrs.update(correction=correction, n_perm=n_perm, alpha=alpha)
    return out[cols]


def _pooled_rate(x: np.ndarray) -> Any:
    """Erased events / events of the articles on the last-but-one axis (``[..., (erased,
    events)]``)."""
    return x[..., 0].sum(axis=-1) / x[..., 1].sum(axis=-1)


def _erasure_pair(
    a: Any, b: Any, ea: np.ndarray, eb: np.ndarray, *, rng: np.random.Generator, **n: int
) -> dict[str, Any]:
    """One pair of :func:`erasure_differences` (``ea``, ``eb``: erased and events per article),
    the group with the higher rate first."""
    rate = _pooled_rate
    if rate(ea) < rate(eb):
        a, b, ea, eb = b, a, eb, ea
    diff = float(rate(ea) - rate(eb))
    boot = rate(ea[rng.integers(0, len(ea), (n["n_boot"], len(ea)))]) - rate(
        eb[rng.integers(0, len(eb), (n["n_boot"], len(eb)))]
    )
    pooled = np.concatenate([ea, eb])
    perm = np.argsort(rng.random((n["n_perm"], len(pooled))), axis=1)
    shuffled = pooled[perm]
    null = rate(shuffled[:, : len(ea)]) - rate(shuffled[:, len(ea) :])
    p = (1 + np.sum(np.abs(null) >= abs(diff) - 1e-12)) / (1 + n["n_perm"])
    low, high = percentile_ci(boot[:, None], 0.95) if n["n_boot"] else ([np.nan], [np.nan])
    return {
        **{"group_a": a, "group_b": b, "n_articles_a": len(ea), "n_articles_b": len(eb)},
        **{"n_events_a": int(ea[:, 1].sum()), "n_events_b": int(eb[:, 1].sum())},
        **{"rate_a": round(rate(ea), 4), "rate_b": round(rate(eb), 4), "difference": diff},
        **{"low": float(low[0]), "high": float(high[0]), "p": float(p)},
    }
