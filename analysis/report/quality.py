"""The data-quality findings of :func:`analysis.corpus_checks` as reports show them.

Report 01 shows the whole table first (:func:`quality_table`, :func:`quality_summary`); the
comparison reports repeat, in one caveat, the findings that bear on what they compare
(:func:`quality_caveat`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..text.plural import plural

__all__ = [
    "CHECK_LABELS",
    "COMPARISON_CHECKS",
    "quality_table",
    "quality_summary",
    "quality_caveat",
    "PARTIAL_TEXTS",
    "partial_texts",
    "partial_by_group",
    "partial_text_note",
    "shared_copy_note",
]

#: How each check is named in a report.
CHECK_LABELS: dict[str, str] = {
    "unusable_text": "unusable texts",
    "few_articles": "few articles or outlets",
    "split_outlet": "one outlet, several names",
    "lead_only": "lead paragraphs only",
    "length_imbalance": "unequal lengths",
    "truncated": "truncated texts",
    "exact_duplicate": "duplicated texts",
    "near_duplicate": "near-duplicate texts",
    "shared_copy": "copy shared with another outlet",
    "genre_mix": "not news reports",
    "non_english": "not English",
    "date_order": "day/month order",
    "date_unparseable": "unreadable dates",
    "date_missing": "missing dates",
    "date_outlier": "far-off dates",
    "date_coverage": "different periods",
}

#: The checks whose warnings bear on a comparison of outlets' features.
COMPARISON_CHECKS: tuple[str, ...] = (
    "unusable_text",
    "split_outlet",
    "lead_only",
    "length_imbalance",
    "truncated",
    "exact_duplicate",
    "near_duplicate",
    "shared_copy",
    "genre_mix",
    "non_english",
)


def quality_table(checks: Any) -> Any:
    """The findings with human-readable headers, for a report table.

    Parameters
    ----------
    checks
        :func:`analysis.corpus_checks` of the corpus.

    Returns
    -------
    pandas.DataFrame
        ``Severity, Check, Outlet, What was found, Articles, Examples``; ``Articles`` is
        missing (shown as a dash) for a finding that is not a count of articles (its
        ``n_articles`` is 0, e.g. the order numeric dates were read in).

    Examples
    --------
    >>> from analysis import corpus_checks, load_corpus
    >>> quality_table(corpus_checks(load_corpus())).columns.tolist()[:3]
    ['Severity', 'Check', 'Outlet']
    """
    import pandas as pd

    counted = pd.array([n if n > 0 else None for n in checks["n_articles"]], dtype="Int64")
    return (
        checks.assign(check=[CHECK_LABELS.get(c, c) for c in checks["check"]], n_articles=counted)
        .rename(
            columns={
                "severity": "Severity",
                "check": "Check",
                "outlet": "Outlet",
                "detail": "What was found",
                "n_articles": "Articles",
                "examples": "Examples",
            }
        )
        .loc[:, ["Severity", "Check", "Outlet", "What was found", "Articles", "Examples"]]
    )


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


def quality_summary(checks: Any) -> str:
    """One sentence: how many errors and warnings, and about what.

    Parameters
    ----------
    checks
        :func:`analysis.corpus_checks` of the corpus.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> quality_summary(pd.DataFrame(columns=["check", "severity", "outlet"]))
    'corpus_checks found nothing that could mislead a comparison of the outlets.'
    >>> quality_summary(pd.DataFrame({"check": ["lead_only", "exact_duplicate", "date_order"],
    ...     "severity": ["warning", "warning", "info"], "outlet": ["NYT", "G", "(all outlets)"]}))
    'corpus_checks: 2 warnings (lead paragraphs only: NYT; duplicated texts: G) and 1 note.'
    """
    serious = checks[checks["severity"].isin(["error", "warning"])]
    if not len(serious):
        if not len(checks):
            return "corpus_checks found nothing that could mislead a comparison of the outlets."
        return f"corpus_checks: no error or warning; {_count(len(checks), 'note')}."
    parts = []
    for sev in ("error", "warning"):
        rows = serious[serious["severity"] == sev]
        if len(rows):
            what = "; ".join(
                f"{CHECK_LABELS.get(c, c)}: {', '.join(dict.fromkeys(g['outlet']))}"
                for c, g in rows.groupby("check", sort=False)
            )
            parts.append(f"{_count(len(rows), sev)} ({what})")
    infos = int((checks["severity"] == "info").sum())
    tail = f" and {_count(infos, 'note')}" if infos else ""
    return f"corpus_checks: {' and '.join(parts)}{tail}."


def quality_caveat(
    checks: Any,
    *,
    only: Iterable[str] = COMPARISON_CHECKS,
    n_outlets: int | None = None,
    noun: str = "outlet",
) -> str | None:
    """A caveat naming the warnings that bear on a comparison, or ``None`` when there are none.

    Parameters
    ----------
    checks
        :func:`analysis.corpus_checks` of the corpus.
    only
        The checks to mention (default :data:`COMPARISON_CHECKS`).
    n_outlets
        The number of outlets of the corpus, when known: with one, the caveat speaks of its
        figures, not of differences between outlets.
    noun
        What a group of the comparison is (``"lean"`` when ``framing report --outlet-column
        lean``: :func:`analysis.report.grouping.group_noun`).

    Returns
    -------
    str or None

    Examples
    --------
    >>> import pandas as pd
    >>> quality_caveat(pd.DataFrame({"check": ["lead_only"], "severity": ["warning"],
    ...     "outlet": ["NYT"]}))  # doctest: +NORMALIZE_WHITESPACE
    'Data quality (report 01): lead paragraphs only: NYT. Differences between these outlets may
    come from the texts rather than from how they frame the story.'
    """
    wanted = list(only)
    rows = checks[checks["check"].isin(wanted) & checks["severity"].isin(["error", "warning"])]
    if not len(rows):
        return None
    where = {c: ", ".join(dict.fromkeys(g["outlet"])) for c, g in rows.groupby("check")}
    what = "; ".join(f"{CHECK_LABELS.get(c, c)}: {where[c]}" for c in wanted if c in where)
    if n_outlets == 1:
        return (
            f"Data quality (report 01): {what}. The figures below may reflect these texts "
            f"rather than how the {noun} frames the story."
        )
    return (
        f"Data quality (report 01): {what}. Differences between these {plural(noun)} may come "
        "from the texts rather than from how they frame the story."
    )


#: The checks that find an outlet's texts to be only part of its articles, and how a sentence
#: about that outlet says so.
PARTIAL_TEXTS: dict[str, str] = {
    "lead_only": "lead paragraphs only",
    "truncated": "cut at a fixed length",
}


def partial_texts(checks: Any) -> dict[str, str]:
    """The outlets whose texts are only part of their articles (a warning of a check in
    :data:`PARTIAL_TEXTS`), each with what its texts are.

    A comparison sentence about such an outlet must say so: its quote share, rates and
    readability are those of a lead, and what it seems to leave out of an event may be in the
    part of the article the corpus does not hold.

    Parameters
    ----------
    checks
        :func:`analysis.corpus_checks` of the corpus.

    Returns
    -------
    dict
        Outlet -> ``"lead paragraphs only"`` or ``"cut at a fixed length"`` (both joined when
        both checks warn); empty when no outlet is flagged.

    Examples
    --------
    >>> import pandas as pd
    >>> partial_texts(pd.DataFrame({"check": ["lead_only", "exact_duplicate"],
    ...     "severity": ["warning", "warning"], "outlet": ["NYT", "G"]}))
    {'NYT': 'lead paragraphs only'}
    """
    rows = checks[checks["check"].isin(list(PARTIAL_TEXTS)) & (checks["severity"] == "warning")]
    out: dict[str, list[str]] = {}
    for check, outlet in zip(rows["check"], rows["outlet"]):
        out.setdefault(str(outlet), []).append(PARTIAL_TEXTS[str(check)])
    return {o: " and ".join(dict.fromkeys(v)) for o, v in out.items()}


def partial_by_group(partial: Any, frame: Any, by: str) -> dict[str, str]:
    """:func:`partial_texts` (keyed by outlet) carried over to the groups of column ``by`` (a
    lean, a country, a bloc of outlets): a group is flagged when it holds articles of a flagged
    outlet, with which outlet and how many of the group's articles are its.

    Parameters
    ----------
    partial
        Outlet -> what its texts are (:func:`partial_texts`).
    frame
        One row per article with columns ``outlet`` and ``by`` (the features or the articles).
    by
        The grouping compared; ``"outlet"`` (or a frame without ``by``) returns ``partial``.

    Returns
    -------
    dict
        Group -> e.g. ``"in part lead paragraphs only (NYT: 2 of 3 articles)"``; a group made
        only of flagged outlets of one kind -> that kind, as for an outlet.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["NYT", "NYT", "WaPo", "Fox"],
    ...                   "lean": ["Left", "Left", "Left", "Right"]})
    >>> partial_by_group({"NYT": "lead paragraphs only"}, f, "lean")
    {'Left': 'in part lead paragraphs only (NYT: 2 of 3 articles)'}
    >>> partial_by_group({"NYT": "lead paragraphs only"}, f[:2], "lean")
    {'Left': 'lead paragraphs only'}
    """
    if not partial or by == "outlet" or by not in getattr(frame, "columns", ()):
        return dict(partial or {})
    out: dict[str, str] = {}
    for group, rows in frame.groupby(by, sort=False):
        counts = rows["outlet"].astype(str).value_counts(sort=False)
        flagged = {o: n for o, n in counts.items() if o in partial}
        if not flagged:
            continue
        kinds = list(dict.fromkeys(partial[o] for o in flagged))
        if len(flagged) == len(counts) and len(kinds) == 1:
            out[str(group)] = kinds[0]
            continue
        which = ", ".join(f"{o}: {n:,} of {len(rows):,} articles" for o, n in flagged.items())
        out[str(group)] = f"in part {' or '.join(kinds)} ({which})"
    return out


def partial_text_note(groups: Iterable[Any], partial: Any, *, consequence: str) -> str:
    """The clause that a sentence about ``groups`` ends with when some of them are in
    ``partial`` (:func:`partial_texts`), else ``""``.

    Examples
    --------
    >>> partial_text_note(["G", "NYT"], {"NYT": "lead paragraphs only"},
    ...                   consequence="this may be a difference of the texts")
    ' Caveat: the texts of NYT are lead paragraphs only (report 01): this may be a difference
    of the texts.'
    >>> partial_text_note(["G"], {"NYT": "lead paragraphs only"}, consequence="x")
    ''
    >>> partial_text_note(["A", "B"], {"A": "cut", "B": "cut"}, consequence="x")
    ' Caveat: the texts of A and B are cut (report 01): x.'
    """
    by_what: dict[str, list[str]] = {}
    for g in groups:
        if g in (partial or {}):
            by_what.setdefault(partial[g], []).append(str(g))
    if not by_what:
        return ""
    flagged = "; ".join(f"{' and '.join(gs)} are {what}" for what, gs in by_what.items())
    return f" Caveat: the texts of {flagged} (report 01): {consequence}."


def shared_copy_note(articles: Any, *, noun: str = "outlet") -> str | None:
    """The caveat of a same-event alignment whose articles of two outlets print the same
    sentences outside quotation marks (:func:`analysis.quality.find_shared_copy`): one agency
    story both ran, so the material they share is the agency's choice, not each outlet's;
    ``None`` when no pair shares copy.

    Report 04 on the Middle East corpus aligned a cease-fire story in which Washington Times
    and Fox News carried "4 of the 4 shared quotation units" and 21 statements verbatim: the
    same AP story (report 01 listed the copy, report 04 said nothing).

    Parameters
    ----------
    articles
        The articles of the event (``text``, ``outlet``, ``article_id``).
    noun
        What a group is (``"country"`` under ``framing report --outlet-column country``).

    Returns
    -------
    str or None

    Examples
    --------
    >>> import pandas as pd
    >>> s = ["Troops crossed the border at dawn on Monday.", "The ministry gave no figure.",
    ...      "Markets fell sharply after the first reports.", "Talks are due to resume in May.",
    ...      "The border crossing was closed to all traffic.", "Aid trucks waited at the gate."]
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                   "text": [" ".join(s), " ".join(s[::-1])]})
    >>> shared_copy_note(a).split(":")[0]
    'X and Y print 5 of the same sentences outside quotation marks'
    """
    from ..quality import find_shared_copy

    pairs = find_shared_copy(articles)
    if pairs.empty:
        return None
    which = "; ".join(
        f"{r.outlet} and {r.shared_outlet} print {r.shared_sentences} of the same sentences "
        "outside quotation marks"
        for r in pairs.itertuples()
    )
    return (
        f"{which}: one agency or wire story both ran (report 01, copy shared with another "
        f"{noun}). What they carry in common here, verbatim, is that story's choice of "
        f"material, not each {noun}'s."
    )
