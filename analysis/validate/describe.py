"""The scores of a coded sheet as report tables and sentences (the "Measurement check" report).

Sentences are written from the numbers so that they stay true of the sheet.
"""

from __future__ import annotations

import math

import pandas as pd

from ..text.plural import plural
from .score import ALL
from .stats import coder_columns

__all__ = [
    "precision_table",
    "detector_table",
    "corrected_table",
    "describe_scores",
    "measurement_summary",
    "coding_instructions",
    "ALPHA_MINIMUM",
]

#: Krippendorff's lowest alpha for tentative conclusions (Content Analysis, 4th ed., 2018).
ALPHA_MINIMUM = 0.667


def _num(x: float, digits: int = 2) -> str:
    return "–" if x is None or not math.isfinite(x) else f"{x:.{digits}f}"


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _interval(row: pd.Series) -> str:
    if row["n"] == 0:
        return "not coded"
    return f"{row['precision']:.2f} [{row['ci_low']:.2f}–{row['ci_high']:.2f}]"


def precision_table(scores: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Precision with its 95% interval, detectors x groups (and all groups).

    Examples
    --------
    >>> from analysis.validate import score_coding
    >>> s = score_coding(pd.DataFrame({"detector": ["hedge"] * 3, "outlet": ["A", "A", "B"],
    ...                                "coder_ann": [1, 0, 1]}))
    >>> precision_table(s).loc["hedge"].tolist()
    ['0.50 [0.09–0.91], n 2', '1.00 [0.21–1.00], n 1', '0.67 [0.21–0.94], n 3']
    """
    cells = scores.assign(cell=[f"{_interval(r)}, n {r['n']}" for _, r in scores.iterrows()]).pivot(
        index="detector", columns=by, values="cell"
    )
    groups = [g for g in cells.columns if g != ALL] + [ALL]
    order = list(dict.fromkeys(scores["detector"]))
    return cells.reindex(index=order, columns=groups).fillna("")


def detector_table(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per detector over all groups: precision, recall, agreement, differential error.

    Examples
    --------
    >>> from analysis.validate import score_coding
    >>> s = score_coding(pd.DataFrame({"detector": ["hedge"] * 3, "outlet": ["A", "A", "B"],
    ...                                "coder_ann": [1, 0, 1]}))
    >>> detector_table(s).iloc[0, 2:].tolist()
    ['0.67 [0.21–0.94]', '–', '–', '1.00 (no)']
    """
    rows = []
    for _, r in scores[scores.iloc[:, 1] == ALL].iterrows():
        flag = "yes" if r["differential"] else "no"
        rows.append(
            {
                "detector": r["detector"],
                "coded hits": int(r["n"]),
                "precision [95% CI]": _interval(r),
                "recall": _num(r["recall"]),
                "alpha": _num(r["alpha"]),
                "differential (Holm p)": f"{_num(r['p_differential'])} ({flag})",
            }
        )
    return pd.DataFrame(rows)


def corrected_table(scores: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Each group's rate per 1,000 words, raw and corrected for the measured error.

    Examples
    --------
    >>> from analysis.validate import score_coding
    >>> s = score_coding(pd.DataFrame({"detector": ["hedge"] * 2, "outlet": ["A", "A"],
    ...                                "kind": ["hit", "hit"], "population": [10, 10],
    ...                                "group_words": [1000, 1000], "coder_ann": [1, 0]}))
    >>> corrected_table(s).loc["hedge"].tolist()
    ['10.00 → 5.00', '10.00 → 5.00']
    """
    cells = scores.assign(
        cell=[
            f"{_num(r['raw_rate'])} → {_num(r['corrected_rate'])}"
            if math.isfinite(r["raw_rate"])
            else ""
            for _, r in scores.iterrows()
        ]
    ).pivot(index="detector", columns=by, values="cell")
    groups = [g for g in cells.columns if g != ALL] + [ALL]
    order = list(dict.fromkeys(scores["detector"]))
    return cells.reindex(index=order, columns=groups).fillna("")


def describe_scores(scores: pd.DataFrame, *, by: str = "outlet") -> list[str]:
    """Sentences on what the scores mean for the outlet comparison.

    Examples
    --------
    >>> from analysis.validate import score_coding
    >>> sheet = pd.DataFrame({"detector": ["hedge"] * 20, "outlet": ["A"] * 10 + ["B"] * 10,
    ...                       "coder_ann": [1] * 10 + [0] * 10})
    >>> print(describe_scores(score_coding(sheet))[0])  # doctest: +ELLIPSIS
    hedge: precision differs between outlets beyond chance (p < 0.001 after Holm's ...
    """
    overall = scores[scores[by] == ALL]
    tested = int(overall["p_differential"].notna().sum())
    out = []
    for _, r in overall[overall["differential"]].iterrows():
        cells = scores[(scores["detector"] == r["detector"]) & (scores[by] != ALL)]
        cells = cells[cells["n"] > 0].sort_values("precision")
        low, high = cells.iloc[0], cells.iloc[-1]
        out.append(
            f"{r['detector']}: precision differs between {plural(by)} beyond chance "
            f"({_p(r['p_differential'])} after Holm's correction across {tested} "
            f"detector{'s' if tested > 1 else ''}), from {low['precision']:.2f} ({low[by]}) "
            f"to {high['precision']:.2f} ({high[by]}): its {by} comparison is biased by "
            "measurement error; compare the corrected rates, or drop it."
        )
    if not out and tested:
        out.append(
            f"No detector's precision differs between {plural(by)} beyond chance (chi-square tests "
            f"with Monte Carlo p-values, Holm-adjusted across {tested} detectors, all ≥ 0.05); "
            "with small samples this is weak evidence of equal precision, not proof."
        )
    coded = overall[overall["n"] > 0].sort_values("precision")
    if len(coded):
        worst = coded.iloc[0]
        out.append(
            f"Lowest precision over all {plural(by)}: {worst['detector']} "
            f"({_interval(worst)}, {int(worst['n'])} coded hits)."
        )
    alpha = overall[overall["alpha"].notna()]
    low_alpha = alpha[alpha["alpha"] < ALPHA_MINIMUM]["detector"].tolist()
    if len(alpha) and low_alpha:
        out.append(
            f"Coders agree less than Krippendorff's minimum for tentative conclusions "
            f"(alpha {ALPHA_MINIMUM}) on: {', '.join(low_alpha)}: sharpen the codebook there "
            "before trusting those precisions."
        )
    elif len(alpha):
        out.append(
            f"Coders agree at least at Krippendorff's minimum for tentative conclusions "
            f"(alpha ≥ {ALPHA_MINIMUM}) on every detector coded twice."
        )
    return out


def measurement_summary(sheet: pd.DataFrame, scores: pd.DataFrame, *, by: str = "outlet") -> str:
    """The report's one-line result.

    Examples
    --------
    >>> from analysis.validate import score_coding
    >>> sheet = pd.DataFrame({"detector": ["hedge"] * 3, "outlet": ["A", "A", "B"],
    ...                       "coder_ann": [1, 0, 1]})
    >>> print(measurement_summary(sheet, score_coding(sheet)))  # doctest: +NORMALIZE_WHITESPACE
    3 items coded by 1 coder(s); precision over all outlets 0.67 (hedge) to 0.67 (hedge);
    no differential error found.
    """
    coders = coder_columns(sheet)
    coded = int(sheet[coders].replace("", pd.NA).notna().any(axis=1).sum())
    overall = scores[(scores[by] == ALL) & (scores["n"] > 0)].sort_values("precision")
    flagged = overall[overall["differential"]]["detector"].tolist()
    if overall.empty:
        return f"{coded} items coded: no hit coded yet."
    lo, hi = overall.iloc[0], overall.iloc[-1]
    diff = f"differential error: {', '.join(flagged)}" if flagged else "no differential error found"
    return (
        f"{coded} items coded by {len(coders)} coder(s); precision over all {plural(by)} "
        f"{lo['precision']:.2f} ({lo['detector']}) to {hi['precision']:.2f} ({hi['detector']}); "
        f"{diff}."
    )


def coding_instructions(corpus_args: str = "") -> str:
    """What to run when no coded sheet is given: draw a sample, code it, score it.

    Parameters
    ----------
    corpus_args
        The corpus options the report was run with (``--corpus … --outlet-column …``), put
        into the commands so that they can be copied; ``""``: placeholders.

    Examples
    --------
    >>> "`framing validate sample --corpus c.csv --outlet-column source --n 200" in (
    ...     coding_instructions("--corpus c.csv --outlet-column source"))
    True
    >>> "check/sheet.csv` (add the column options" in coding_instructions()
    True
    """
    sample = f"`framing validate sample {corpus_args} --n 200 --out check/sheet.csv`"
    if not corpus_args:
        sample = (
            "`framing validate sample --corpus CORPUS --n 200 --out check/sheet.csv` (add the "
            "column options you gave `framing report`, such as `--outlet-column source`)"
        )
    given = corpus_args or "--corpus CORPUS"
    report = f"`framing report {given} --coding check/sheet-coded-NAME.csv`"
    return (
        "No coded sheet was given, so this report has nothing to score yet. Draw a coding "
        f"sample from your corpus with {sample}, which writes the sheet, its codebook and an "
        "offline coding page (check/sheet.html) on which one or more coders judge each item "
        f"with the keyboard and export their codes. Then run {report} (or `framing validate "
        "score` on the exported sheet) and this report shows each detector's precision, recall "
        "and agreement per outlet."
    )
