"""Generated prose for the reports: sentences written from the numbers, so that they stay true.

Sample sizes (:func:`describe_n`), a comparison of groups on one feature
(:func:`describe_comparison`), distinguishing terms, same-event alignment and the readability
evaluation, each as plain text for :func:`analysis.report.note` or
:func:`analysis.report.bullets`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..text.plural import plural
from .quality import partial_text_note

__all__ = [
    "describe_n",
    "describe_comparison",
    "describe_terms",
    "describe_alignment",
    "describe_readability_ordering",
    "count_of",
    "untested_reason",
    "describe_composition",
]

_N1_CAVEAT = "; with one article per outlet these are single-article values without uncertainty."


def _fmt(x: float, digits: int) -> str:
    return f"{x:,.{digits}f}"


def count_of(n: int, noun: str) -> str:
    """A count with its noun in the right number: ``1 outlet``, ``4 outlets``, ``2 countries``.

    Examples
    --------
    >>> count_of(1, "outlet"), count_of(4, "outlet"), count_of(2, "country")
    ('1 outlet', '4 outlets', '2 countries')
    """
    return f"{n:,} {noun if n == 1 else plural(noun)}"


#: Tied groups named in a sentence; more are counted (with the first few named).
MAX_NAMED = 3


def _join_names(xs: Sequence[str]) -> str:
    """``["a"]`` -> ``a``; ``["a", "b", "c"]`` -> ``a, b and c``."""
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def _usable(feats: Any) -> Any:
    """The rows of usable articles (``status`` "ok"; every row when there is no status)."""
    return feats[feats["status"] == "ok"] if "status" in feats else feats


def describe_n(feats: Any, *, by: str = "outlet", noun: str | None = None) -> str:
    """A caveat sentence about sample size per group, generated from the feature table.

    Parameters
    ----------
    feats
        Feature table with ``status`` and the ``by`` column.
    by
        Grouping column.
    noun
        What a group is, for the sentence (default: the column name): pass ``"country"`` when
        the ``outlet`` column holds countries.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> describe_n(pd.DataFrame({"outlet": ["A", "B"], "status": ["ok", "ok"]}))
    ... # doctest: +ELLIPSIS
    'Each of the 2 outlets has a single usable article: every comparison below is between
    single articles...'
    """
    ok = _usable(feats)
    counts = ok.groupby(by).size()
    n_groups = int(counts.size)
    excluded = int(len(feats) - len(ok))
    tail = ""
    if excluded:
        tail = f" {excluded} article(s) were excluded because their status is not ok."
    noun = noun or by
    if n_groups == 0:
        return "No usable article: nothing can be compared." + tail
    if n_groups == 1:
        n = int(counts.iloc[0])
        return (
            f"One {noun} only ({counts.index[0]}, {count_of(n, 'usable article')}): there is "
            f"nothing to compare it with. Intervals are 95% bootstrap intervals over its "
            "articles; they describe these articles, not a difference between groups." + tail
        )
    if counts.max() == 1:
        return (
            f"Each of the {n_groups:,} {plural(noun)} has a single usable article: every "
            "comparison below is between single articles, not estimates of how the outlets write "
            "in general, and no uncertainty can be estimated. Differences of a few words per "
            "thousand can come from one sentence." + tail
        )
    small = counts[counts < 5]
    low, high = int(counts.min()), int(counts.max())
    size = (
        f"{low} usable articles each"
        if low == high
        else f"{low}–{high} usable articles each (median {float(counts.median()):g})"
    )
    msg = (
        f"{n_groups:,} {plural(noun)} with {size}. Intervals are 95% bootstrap intervals over "
        "articles."
    )
    if len(small):
        # named, smallest first (at most 8): with 12 outlets the reader could not tell which
        # one "1 outlet(s)" meant without scanning every table (the report review, round 25)
        named = [f"{g} ({int(k):,})" for g, k in small.sort_values(kind="stable").items()]
        more = f" and {len(named) - 8:,} more" if len(named) > 8 else ""
        msg += (
            f" {len(small):,} {noun}(s) have fewer than 5 articles ({', '.join(named[:8])}{more}); "
            "their intervals are unreliable: read them as these few articles, not as the "
            f"{noun}."
        )
    return msg + tail


def describe_comparison(
    summary: Any,
    feature: str,
    *,
    label: str | None = None,
    by: str = "outlet",
    digits: int = 2,
    caveat: bool = True,
) -> str:
    """One or two sentences comparing groups on one feature, from :func:`analysis.outlet_summary`.

    Names the highest and lowest group with their means (and intervals when available) and
    says whether the intervals separate them; with n = 1 per group it says that no
    uncertainty is available.

    Parameters
    ----------
    summary
        Output of :func:`analysis.compare.outlet_summary` (long form).
    feature
        Feature to describe.
    label
        Human-readable name of the feature (default: the column name).
    by
        The grouping column of the summary.
    digits
        Decimals.
    caveat
        Append the n = 1 caveat when every group has one article (set ``False`` when the
        caveat is already stated once, e.g. with :func:`describe_n`).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "x", "n": [1, 1], "mean": [2.0, 1.0],
    ...                   "ci_low": [float("nan")] * 2, "ci_high": [float("nan")] * 2})
    >>> describe_comparison(s, "x", label="X")
    'X is highest for A (2.00) and lowest for B (1.00); with one article per outlet these are
    single-article values without uncertainty.'
    """
    import numpy as np

    name = label or feature
    rows = summary[(summary["feature"] == feature) & (summary["n"] > 0)].dropna(subset=["mean"])
    if rows.empty:
        return f"No outlet has a usable value of {name}."
    rows = rows.sort_values(["mean", by], ascending=[False, True], kind="stable")
    hi, lo = rows.iloc[0], rows.iloc[-1]
    if len(rows) == 1 and summary[by].nunique() == 1:  # one group in all: nothing to compare
        value = _fmt(hi["mean"], digits)
        if np.isfinite(hi.get("ci_low", np.nan)) and np.isfinite(hi.get("ci_high", np.nan)):
            value += f", 95% CI {_fmt(hi['ci_low'], digits)}–{_fmt(hi['ci_high'], digits)}"
        lead = name[:1].upper() + name[1:]  # a sentence of its own: "The loaded-term rate: …"
        return f"{lead}: {value} (n = {int(hi['n']):,}) for {hi[by]}, the only {by}."
    if len(rows) == 1:
        return f"Only {hi[by]} has a usable value of {name} ({_fmt(hi['mean'], digits)})."
    # groups are tied when they print the same: a difference the sentence cannot show is not claimed
    shown = rows["mean"].map(lambda v: _fmt(v, digits))
    if shown.iloc[0] == shown.iloc[-1]:
        return f"{name} is the same for every {by} ({_fmt(hi['mean'], digits)})."
    who_hi, val_hi = _ranked_end(rows, shown, hi, by=by, digits=digits)
    who_lo, val_lo = _ranked_end(rows, shown, lo, by=by, digits=digits)
    text = f"{name} is highest for {who_hi} ({val_hi}) and lowest for {who_lo} ({val_lo})"
    return text + _interval_verdict(rows, shown, caveat=caveat)


def untested_reason(feats: Any, *, by: str = "outlet", noun: str | None = None) -> str:
    """Why no difference between groups is tested: one group only, or no two with two articles.

    Parameters
    ----------
    feats
        Feature table with ``status`` and the ``by`` column.
    by
        Grouping column.
    noun
        What a group is, for the sentence (default: the column name).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> untested_reason(pd.DataFrame({"outlet": ["A"] * 3, "status": "ok"}))
    'One outlet only (A): there is nothing to compare it with, so no difference is tested; the
    values below describe its 3 usable articles.'
    """
    ok = _usable(feats)
    counts = ok.groupby(by).size()
    noun = noun or by
    if counts.size == 0:
        return "No usable article: nothing can be compared."
    if counts.size == 1:
        return (
            f"One {noun} only ({counts.index[0]}): there is nothing to compare it with, so no "
            f"difference is tested; the values below describe its "
            f"{count_of(int(counts.iloc[0]), 'usable article')}."
        )
    return (
        f"No two {plural(noun)} have two or more usable articles each: differences cannot be "
        "tested, and the values below are single-article descriptions."
    )


def describe_composition(
    feats: Any, *, by: str, within: str = "outlet", noun: str | None = None
) -> str | None:
    """Which outlets make up each group of a grouping by another column (lean, country …).

    A group with a single outlet is that outlet: its difference from another group may be the
    outlet's house style as much as the group's, and the sentence says so.

    Parameters
    ----------
    feats
        Feature table with ``status``, the ``by`` column and the ``within`` column.
    by
        The grouping column.
    within
        The column of the units a group is made of.
    noun
        What a group is, for the sentence (default: the column name).

    Returns
    -------
    str or None
        ``None`` when ``by`` is ``within`` or the table has no ``within`` column.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"lean": ["left", "right", "right"], "outlet": ["Vox", "Fox", "TH"],
    ...                   "status": "ok"})
    >>> print(describe_composition(f, by="lean"))  # doctest: +NORMALIZE_WHITESPACE
    Each lean is made of: left — Vox (1); right — Fox (1), TH (1) (usable articles). 1 of the
    2 leans has a single outlet (left): a difference of such a lean may be that outlet's house
    style as much as its lean.
    """
    if by == within or within not in feats.columns or by not in feats.columns:
        return None
    ok = _usable(feats)
    noun = noun or by
    sizes = ok.groupby([by, within]).size()
    parts, single = [], []
    for group, members in sizes.groupby(level=0):
        names = [f"{m} ({int(n):,})" for (_, m), n in members.sort_values(ascending=False).items()]
        parts.append(f"{group} — {', '.join(names)}")
        if len(members) == 1:
            single.append(str(group))
    text = f"Each {noun} is made of: {'; '.join(parts)} (usable articles)."
    if single:
        n_groups = sizes.index.get_level_values(0).nunique()
        text += (
            f" {len(single):,} of the {count_of(n_groups, noun)} "
            f"{'has' if len(single) == 1 else 'have'} a single {within} "
            f"({_join_names(single)}): a difference of such a {noun} may be that {within}'s "
            f"house style as much as its {noun}."
        )
    return text


def _ranked_end(rows: Any, shown: Any, r: Any, *, by: str, digits: int) -> tuple[str, str]:
    """Who holds one end of the ranking (tied groups named together) and the value to print."""
    import numpy as np

    tied = sorted(str(g) for g in rows.loc[shown == _fmt(r["mean"], digits), by])
    if len(tied) > 1:
        value = f"{_fmt(r['mean'], digits)} each"
    elif np.isfinite(r.get("ci_low", np.nan)) and np.isfinite(r.get("ci_high", np.nan)):
        interval = f"{_fmt(r['ci_low'], digits)}–{_fmt(r['ci_high'], digits)}"
        value = f"{_fmt(r['mean'], digits)}, 95% CI {interval}, n = {int(r['n']):,}"
    else:
        value = _fmt(r["mean"], digits) + (f", n = {int(r['n']):,}" if r["n"] > 1 else "")
    if len(tied) > MAX_NAMED:  # a sentence naming sixty outlets is not read
        return f"{len(tied):,} {plural(by)}, among them {_join_names(tied[:MAX_NAMED])}", value
    return _join_names(tied), value


def _interval_verdict(rows: Any, shown: Any, *, caveat: bool) -> str:
    """The end of the comparison sentence: whether the top and bottom intervals overlap."""
    import numpy as np

    if (rows["n"] <= 1).all():
        return _N1_CAVEAT if caveat else "."
    top, bottom = rows[shown == shown.iloc[0]], rows[shown == shown.iloc[-1]]
    top_lo = top["ci_low"].to_numpy(dtype=float)
    bottom_hi = bottom["ci_high"].to_numpy(dtype=float)
    if np.isfinite(top_lo).all() and np.isfinite(bottom_hi).all():
        if top["ci_low"].min() > bottom["ci_high"].max():
            return "; their intervals do not overlap."
        who_ = "them" if len(rows) == 2 else "even these two"
        return f"; their intervals overlap, so the data do not clearly separate {who_}."
    return "; at least one of them has too few articles for an interval."


def describe_terms(terms: Any, *, k: int = 3, min_z: float = 1.96) -> str:
    """Sentences naming each group's most distinctive terms, from
    :func:`analysis.distinguishing_terms`.

    Parameters
    ----------
    terms
        Output of ``distinguishing_terms`` (``group, term, z, count_group`` …).
    k
        Terms named per group.
    min_z
        Only terms with ``z`` at least this are named (1.96 ≈ two-sided 5%, uncorrected).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "term": ["kiev", "the", "kyiv"],
    ...                   "z": [3.0, 1.0, 2.5], "count_group": [4, 40, 3]})
    >>> describe_terms(t)
    'A: “kiev” (z = 3.0, 4×). B: “kyiv” (z = 2.5, 3×).'
    """
    from .terms import term_sentences

    return " ".join(term_sentences(terms, k=k, min_z=min_z))


def describe_alignment(alignment: Any, *, partial: Any = None, noun: str = "outlet") -> list[str]:
    """One sentence per group on what it quoted, dropped and added, from an
    :func:`analysis.align_event` result.

    Parameters
    ----------
    alignment
        An ``EventAlignment`` (``units``, ``matrix``, ``outlet_summary()``).
    partial
        Outlets whose texts are only part of their articles, and what they are
        (:func:`analysis.report.quality.partial_texts`): their sentence says that what they
        seem to leave out may be in the rest of the article, which the corpus does not hold.
    noun
        What a group is (``"country"`` under ``framing report --outlet-column country``).

    Returns
    -------
    list of str
        First a sentence on the shared quotations, then one per group.

    Examples
    --------
    >>> import pandas as pd
    >>> from analysis.compare.align import align_event
    >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...     "body": ["Peskov said: 'We will stop in a moment if they agree.' "
    ...              "Prices rose on Monday.",
    ...              "Peskov said: 'We will stop in a moment if they agree.'"]}))
    >>> describe_alignment(ev)[0]
    '1 quotation unit(s) appear in both outlets.'
    >>> describe_alignment(ev, noun="country")[0]
    '1 quotation unit(s) appear in both countries.'
    """
    u = alignment.units
    summ = alignment.outlet_summary()
    n_out = len(alignment.outlets)
    shared_q = u[(u["kind"] == "quote") & (u["n_outlets"] >= 2)]
    all_q = shared_q[shared_q["n_outlets"] == n_out]
    n_stm = int(((u["kind"] == "statement") & (u["n_outlets"] >= 2)).sum())
    nouns = plural(noun)
    where, others = (
        (f"both {nouns}", f"other {noun}") if n_out == 2 else (f"at least two {nouns}", "others")
    )
    # no "0 quotation unit(s) appear", no "carries 0 of the 0" when only statements are shared
    # (round 27's review: two election stories, four statements in common, no quotation)
    head = f"{len(shared_q):,} quotation unit(s) appear in {where}" if len(shared_q) else ""
    head += f"; {len(all_q):,} appear in all {n_out:,}" if len(shared_q) and n_out > 2 else ""
    head = head or f"No quotation appears in {where}" + (
        f"; {n_stm:,} statement unit(s) do" * bool(n_stm)
    )
    out = [head + "."]
    for outlet, r in summ.iterrows():
        dropped = list(r.get("shared_quotes_dropped") or [])
        used = int(r.get("n_shared_quotes", 0))
        share = r.get("unique_context_share")
        bit = f"{outlet}: " + (
            f"carries {used:,} of the {len(shared_q):,} shared quotation units"
            if len(shared_q)
            else f"shares no quotation with the {others}"
        )
        n_para, n_shared = int(r.get("n_paraphrase", 0)), int(r.get("n_shared", 0))
        # not "only in other words": the figure draws the outlet a row quotes as verbatim (r34)
        bit += f" ({n_para:,} of its {n_shared:,} shared units in words no other {noun} has)"
        if n_out > 2:  # with two outlets no quotation is quoted by two others
            bit += f"; leaves out {len(dropped):,} that at least two others quote"
            bit += f" ({', '.join(map(str, dropped))})" if dropped else ""
        if share == share and share is not None:
            bit += f"; {float(share):.0%} of its own statements appear in no other {noun}"
        out.append(
            bit
            + "."
            + partial_text_note(
                [outlet],
                partial,
                consequence="what it seems to leave out may be in the rest of the article, "
                "which the corpus does not hold",
            )
        )
    return out


def describe_readability_ordering(result: Any) -> str:
    """Sentences on which readability indices best order texts by level, ours against textstat.

    Ties (equal ``strict`` shares) are named together, and the comparison with textstat is
    stated per index, so that the note does not single out one index or hide where textstat
    does better.

    Parameters
    ----------
    result
        Output of :func:`analysis.evaluation.readability.evaluate_readability` (``source``,
        ``index``, ``strict``, ``n_topics``).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"source": ["ours", "ours", "textstat", "textstat"],
    ...                   "index": ["fk", "fog", "fk", "fog"],
    ...                   "strict": [0.95, 0.95, 0.95, 0.97], "n_topics": 189})
    >>> describe_readability_ordering(r)
    'Best of ours: fk and fog order all three levels correctly for 95% of 189 topics. textstat
    does better on 1 of 2 indices (fog), as well on 1 and worse on 0; its best is fog (97%).'
    """
    ours = result[result["source"] == "ours"].set_index("index")["strict"]
    if ours.empty:
        return "No readability index of ours was evaluated."
    n_topics = int(result["n_topics"].max())
    best = [i for i, v in ours.items() if f"{v:.3f}" == f"{ours.max():.3f}"]
    text = (
        f"Best of ours: {_join_names(best)} order{'s' if len(best) == 1 else ''} all three levels "
        f"correctly for {ours.max():.0%} of {n_topics:,} topics."
    )
    textstat = result[result["source"] == "textstat"].set_index("index")["strict"]
    ts = textstat.reindex(ours.index).dropna()
    if ts.empty:
        return text
    diff = ts.round(3) - ours.reindex(ts.index).round(3)
    better, same, worse = list(diff[diff > 0].index), int((diff == 0).sum()), int((diff < 0).sum())
    ts_best = [i for i, v in ts.items() if f"{v:.3f}" == f"{ts.max():.3f}"]
    text += (
        f" textstat does better on {len(better):,} of {len(ts):,} indices"
        + (f" ({_join_names(better)})" if better else "")
        + f", as well on {same} and worse on {worse}; its best is {_join_names(ts_best)}"
        f" ({ts.max():.0%})."
    )
    return text
