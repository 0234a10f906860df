""":func:`corpus_checks`: what a researcher should know about a corpus before comparing outlets."""

from __future__ import annotations

import pandas as pd

from ..errors import FramingError, check_corpus_frame
from .dates import date_findings
from .duplicates import NEAR_DUPLICATE_THRESHOLD, find_duplicates
from .findings import ALL_OUTLETS, FINDING_COLUMNS, SEVERITIES, Finding, check_frame, examples
from .genres import article_genres, genre_findings
from .languages import language_findings
from .lengths import length_findings, size_findings
from .names import name_findings
from .syndication import find_shared_copy, shared_copy_findings

__all__ = ["corpus_checks", "CHECKS", "duplicate_findings"]

#: Every check, in the order the table lists them (within a severity), and what it looks for.
CHECKS: dict[str, str] = {
    "unusable_text": "articles with an empty or unreadable text (load_issue)",
    "few_articles": "outlets with fewer than min_articles articles; one outlet; very unequal sizes",
    "split_outlet": "outlet names that may be one outlet ('The Guardian (London)', 'Guardian.com')",
    "lead_only": "outlets whose texts are lead paragraphs or abstracts (short against the others)",
    "length_imbalance": "outlets whose median length is under half or over twice the others'",
    "truncated": "texts ending in a truncation mark, or many texts of exactly the same length",
    "exact_duplicate": "the same text twice (case and white space ignored)",
    "near_duplicate": "texts sharing most sentences (Jaccard >= 0.8), or one inside another",
    "shared_copy": "articles of two outlets printing 5+ identical sentences outside quotes (wire)",
    "genre_mix": "letters, live blogs, opinion, reviews, briefings … (lexicons/genre_cues.csv)",
    "non_english": "texts that fail the English function-word test",
    "date_order": "numeric dates whose day/month order the column proves, or cannot decide",
    "date_unparseable": "date values that are not dates, or out of pandas' range",
    "date_missing": "articles without a date",
    "date_outlier": "dates far outside the corpus's span, default dates (1970-01-01)",
    "date_coverage": "outlets whose articles come from a different period than the others'",
}


def duplicate_findings(f: pd.DataFrame, pairs: pd.DataFrame) -> list[Finding]:
    """Exact and near duplicates as findings: per outlet, or per pair of outlets.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.
    pairs
        :func:`~analysis.quality.duplicates.find_duplicates` of the corpus.

    Returns
    -------
    list of Finding
    """
    out = []
    if not len(pairs):
        return out
    pairs = pairs.assign(
        where=[
            a if a == b else " / ".join(sorted((a, b)))
            for a, b in zip(pairs["outlet"], pairs["duplicate_outlet"])
        ]
    )
    for (kind, where), g in pairs.groupby(["kind", "where"], sort=True):
        shown = examples([f"{a} = {b}" for a, b in zip(g["article_id"], g["duplicate_id"])], k=3)
        rows = set(g["article_id"]) | set(g["duplicate_id"])
        if kind == "exact":
            copies = g["duplicate_id"].nunique()
            detail = (
                f"{copies} article(s) repeat the text of an earlier one ({shown}): each text "
                "counts once per copy in every statistic. Drop the copies (keep the first)."
            )
            check, n = "exact_duplicate", copies
        else:
            how = (
                f"that share at least {NEAR_DUPLICATE_THRESHOLD:.0%} of their sentences"
                if kind == "near"
                else "where one is (nearly) all inside the other"
            )
            detail = (
                f"{len(g)} pair(s) of texts {how} ({shown}): the same story twice (a wire "
                "copy, an update, a re-scrape)? Check them; keep one if so."
            )
            check, n = "near_duplicate", len(rows)
        if " / " in where:
            detail += " They are in different outlets: a syndicated text is not the outlet's own."
        out.append(
            Finding(
                check=check,
                severity="warning",
                outlet=where,
                detail=detail,
                n_articles=int(n),
                examples=examples(sorted(rows)),
            )
        )
    return out


def corpus_checks(
    corpus: pd.DataFrame,
    *,
    min_articles: int = 5,
    near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> pd.DataFrame:
    """Check a corpus for what can mislead a comparison of outlets, before comparing them.

    Length imbalance and lead-only or truncated texts by outlet, exact and near-duplicate texts,
    copy that outlets share (an edited wire story), genre mixes (letters, live blogs, opinion
    …), non-English texts, outlets with very few articles, outlet names that may be one outlet,
    and date problems (day/month order undecidable, values that are not dates, missing dates,
    dates outside the corpus's span, outlets covering different periods). See :data:`CHECKS`.

    Parameters
    ----------
    corpus
        A corpus as :func:`analysis.load_corpus` returns it (``text`` and ``outlet`` at least;
        ``article_id``, ``title``, ``url``, ``published``, ``load_issue`` when present).
    min_articles
        Outlets with fewer usable articles are flagged.
    near_duplicate_threshold
        Jaccard index of two texts' sentence sets from which they are near-duplicates.

    Returns
    -------
    pandas.DataFrame
        One row per finding: ``check, severity`` (``error``, ``warning``, ``info``),
        ``outlet`` (``"A / B"`` for a pair of outlets, ``"(all outlets)"`` for the corpus),
        ``detail`` (what was found, with its numbers, and what to do), ``n_articles`` and
        ``examples`` (up to five article ids).  Errors first, then warnings, then infos; an
        empty table when nothing was found.

    Raises
    ------
    FramingError
        ``corpus`` is not a corpus DataFrame, or has no ``text`` or ``outlet`` column.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> checks = corpus_checks(load_corpus())
    >>> list(checks.columns[:4])
    ['check', 'severity', 'outlet', 'detail']
    >>> sorted(set(checks["check"]))
    ['few_articles']
    """
    check_corpus_frame(corpus, what="corpus_checks")
    missing = [c for c in ("text", "outlet") if c not in corpus.columns]
    if missing:
        raise FramingError(
            f"corpus_checks: the corpus has no {' or '.join(missing)} column; load it with "
            "load_corpus (text_column=..., outlet_column=...)."
        )
    f = check_frame(corpus)
    found: list[Finding] = []
    found += size_findings(f, min_articles=min_articles)
    found += name_findings(f)
    found += length_findings(f)
    duplicates = find_duplicates(corpus, threshold=near_duplicate_threshold)
    found += duplicate_findings(f, duplicates)
    found += shared_copy_findings(f, find_shared_copy(corpus), duplicates)
    found += genre_findings(f, article_genres(corpus))
    found += language_findings(f)
    found += date_findings(corpus, f)
    order = {c: i for i, c in enumerate(CHECKS)}
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(key=lambda x: (rank[x.severity], order[x.check], x.outlet == ALL_OUTLETS, x.outlet))
    table = pd.DataFrame(found, columns=list(FINDING_COLUMNS))
    return table.astype({"n_articles": "int64"})
