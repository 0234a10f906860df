"""Sizes: unusable texts, outlets with few articles, length imbalance, lead-only and truncated
texts.

A lead paragraph or an abstract is not the article: its quote share, readability and marker
rates are those of a different kind of text, so comparing it with full articles compares
unlike things (the Guardian/NYT set: NYT leads, median 171 words, against Guardian articles,
median 612).
"""

from __future__ import annotations

import re

import pandas as pd

from ..corpus.stated_length import CUT_RATIO
from .findings import ALL_OUTLETS, Finding, examples, words

__all__ = [
    "size_findings",
    "length_findings",
    "LENGTH_RATIO",
    "LEAD_MAX_WORDS",
    "TRUNCATION_END",
    "MIN_CHECKED",
]

#: An outlet whose median length is below 1/LENGTH_RATIO or above LENGTH_RATIO times the
#: median of the other outlets' articles is flagged.
LENGTH_RATIO = 2.0
#: ... and called lead-only when it is short and its median is at most this many words.
LEAD_MAX_WORDS = 250
#: Outlets with fewer usable articles than this are not judged on their lengths.
MIN_CHECKED = 3
#: How a text cut by a feed or an API ends: an ellipsis, ``[+1234 chars]``, "Read more".
TRUNCATION_END = re.compile(
    r"(?:\.\.\.|…|\[\+?\d+ chars?\]|\[…\]|\[\.\.\.\]|\bread more|\bcontinue reading"
    r"|\bclick here to read(?: more)?)\W{0,3}$",
    re.IGNORECASE,
)


def size_findings(f: pd.DataFrame, *, min_articles: int = 5) -> list[Finding]:
    """Unusable texts, outlets with few articles, a single outlet, very unequal outlet sizes.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.
    min_articles
        Outlets with fewer usable articles are flagged.

    Returns
    -------
    list of Finding
    """
    out = []
    for outlet, g in f[~f["usable"]].groupby("outlet", sort=True):
        reasons = g["load_issue"].replace("", "empty text").value_counts()
        why = ", ".join(f"{k} ({v})" for k, v in reasons.items())
        out.append(
            Finding(
                check="unusable_text",
                severity="error",
                outlet=str(outlet),
                detail=f"{len(g)} article(s) have no usable text: {why}. They are kept, flagged "
                "in the feature table's status, and count in no statistic.",
                n_articles=len(g),
                examples=examples(g["article_id"]),
            )
        )
    usable = f[f["usable"]]
    sizes = usable["outlet"].value_counts()
    outlets = sorted(set(f["outlet"]))
    if len(outlets) == 1:
        out.append(
            Finding(
                check="few_articles",
                severity="warning",
                outlet=ALL_OUTLETS,
                detail=f"One outlet ({outlets[0]}): there is nothing to compare it with. "
                "Compare by another column (e.g. --outlet-column country) or add outlets.",
                n_articles=int(sizes.sum()),
            )
        )
    for outlet in outlets:
        n = int(sizes.get(outlet, 0))
        if n < min_articles:
            out.append(
                Finding(
                    check="few_articles",
                    severity="warning",
                    outlet=outlet,
                    detail=f"only {n} usable article(s) (fewer than {min_articles}): its "
                    "intervals are wide or not drawn, and what it says may be one author's "
                    "style rather than the outlet's.",
                    n_articles=n,
                    examples=examples(usable.loc[usable["outlet"] == outlet, "article_id"]),
                )
            )
    if len(sizes) > 1 and sizes.min() > 0 and sizes.max() / sizes.min() >= 10:
        out.append(
            Finding(
                check="few_articles",
                severity="info",
                outlet=ALL_OUTLETS,
                detail=f"outlet sizes are very unequal: {sizes.index[0]} has {sizes.iloc[0]} "
                f"articles, {sizes.index[-1]} {sizes.iloc[-1]}. Pooled statistics are "
                "dominated by the largest outlets; per-outlet ones are not.",
            )
        )
    return out


def length_findings(f: pd.DataFrame) -> list[Finding]:
    """Length imbalance, lead-only outlets, texts cut at a fixed length or with a truncation mark.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.

    Returns
    -------
    list of Finding

    Examples
    --------
    >>> from analysis.quality.findings import check_frame
    >>> full = [" ".join(["word"] * n) for n in (580, 600, 650)]
    >>> lead = [" ".join(["word"] * n) for n in (110, 120, 135)]
    >>> df = pd.DataFrame({"outlet": ["A"] * 3 + ["B"] * 3, "text": full + lead})
    >>> [(x.check, x.outlet) for x in length_findings(check_frame(df))]
    [('lead_only', 'B')]
    """
    usable = f[f["usable"]]
    out: list[Finding] = []
    groups = dict(list(usable.groupby("outlet", sort=True)))
    # the other outlets' lengths only (not their texts: one copy per outlet was 30 s on 10,000)
    words, outlets = usable["n_words"], usable["outlet"]
    found = {o: _imbalance(str(o), g, words[outlets != o]) for o, g in groups.items()}
    # an outlet is not "longer" merely than the lead-only ones: compare it with the others
    leads = {o for o, x in found.items() if x and x[0].check == "lead_only"}
    for outlet, g in groups.items():
        if outlet not in leads and leads:
            found[outlet] = _imbalance(str(outlet), g, words[~outlets.isin(leads | {outlet})])
        out.extend(found[outlet])
        out.extend(_truncated(str(outlet), g))
    return out


def _imbalance(outlet: str, g: pd.DataFrame, rest: pd.Series) -> list[Finding]:
    """Lead-only or unusually long/short compared with the other outlets' articles."""
    if len(g) < MIN_CHECKED or len(rest) < MIN_CHECKED:
        return []
    med, other = float(g["n_words"].median()), float(rest.median())
    ratio = med / other if other else float("inf")
    if 1 / LENGTH_RATIO <= ratio <= LENGTH_RATIO:
        return []
    numbers = f"median {words(med)} vs {words(other)} in the other outlets' articles"
    if ratio < 1 / LENGTH_RATIO and med <= LEAD_MAX_WORDS:
        return [
            Finding(
                check="lead_only",
                severity="warning",
                outlet=outlet,
                detail=f"texts look like lead paragraphs or abstracts, not full articles "
                f"({numbers}). Quote share, readability and rates of a lead are not those of "
                "the article: compare it with full texts only with care.",
                n_articles=len(g),
                examples=examples(g.sort_values("n_words")["article_id"]),
            )
        ]
    longer = "shorter" if ratio < 1 else "longer"
    return [
        Finding(
            check="length_imbalance",
            severity="warning",
            outlet=outlet,
            detail=f"texts are {1 / ratio if ratio < 1 else ratio:.1f}× {longer} ({numbers}). "
            "Counts grow with length; rates and shares differ by kind of text.",
            n_articles=len(g),
        )
    ]


def _truncated(outlet: str, g: pd.DataFrame) -> list[Finding]:
    """Texts ending in a truncation mark, many texts of exactly the same length, or texts much
    shorter than the length their news database states (``cut_text``)."""
    out = []
    stated = g[g["cut_text"] != ""]
    if len(stated):
        cuts = [f"{a}: {c}" for a, c in zip(stated["article_id"], stated["cut_text"])]
        out.append(
            Finding(
                check="truncated",
                # a few cut texts are named; an outlet's comparisons are caveated (a warning)
                # at the share that makes truncation marks a finding
                severity="warning" if len(stated) >= 0.1 * len(g) else "info",
                outlet=outlet,
                detail=f"{len(stated)} of {len(g)} texts have under {CUT_RATIO:.0%} of the words "
                f"their news database's 'Length' line states ({examples(cuts, k=3)}): cut by "
                "the export, not whole articles. Export them again.",
                n_articles=len(stated),
                examples=examples(stated["article_id"]),
            )
        )
    marked = g[[bool(TRUNCATION_END.search(t[-60:].rstrip())) for t in g["text"]]]
    if len(marked) >= 2 and len(marked) >= 0.1 * len(g):
        out.append(
            Finding(
                check="truncated",
                severity="warning",
                outlet=outlet,
                detail=f"{len(marked)} of {len(g)} texts end in a truncation mark ('…', "
                "'[+N chars]', 'Read more'): they are cut, not whole articles.",
                n_articles=len(marked),
                examples=examples(marked["article_id"]),
            )
        )
    for unit, sizes in (("characters", g["text"].str.len()), ("words", g["n_words"])):
        top = sizes.value_counts()
        if not len(top):
            continue
        size, n = int(top.index[0]), int(top.iloc[0])
        if n >= 3 and n >= 0.2 * len(g) and size >= 20:
            same = g[sizes == size]
            out.append(
                Finding(
                    check="truncated",
                    severity="warning",
                    outlet=outlet,
                    detail=f"{n} of {len(g)} texts are exactly {size} {unit} long: cut at a "
                    "fixed length by a feed or an export, not whole articles.",
                    n_articles=n,
                    examples=examples(same["article_id"]),
                )
            )
            break
    return out
