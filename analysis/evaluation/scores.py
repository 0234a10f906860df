"""The project's measured accuracy, shipped with the package: one small CSV per detector.

Each evaluation in :mod:`analysis.evaluation` writes its headline scores to
``analysis/evaluation/measured/<detector>.csv`` when it is run against the gold sets in
``../shared/validation`` (:func:`write_scores`); the files are committed, so the reports can state
a detector's measured precision and recall next to its numbers on any machine
(:func:`load_scores`, :func:`accuracy_note`), and recompute them where ``../shared`` is present.

Columns (:data:`SCORE_COLUMNS`): ``detector`` (e.g. ``hedges``), ``measure`` (``precision``,
``recall``, ``f1``, ``accuracy`` …), ``value``, ``n`` (items scored), ``gold_set`` (the folder
under ``../shared/validation``), ``split`` (``dev``, ``test``, ``all`` …), ``held_out`` (``yes``
when the rules were never revised from this split's errors), ``date`` (ISO date of the run),
``note``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = [
    "SCORE_COLUMNS",
    "STORED_DIGITS",
    "scores_folder",
    "score_rows",
    "write_scores",
    "load_scores",
    "accuracy_note",
    "measure_label",
    "headline_scores",
    "score_text",
    "cut_scores",
    "split_order",
    "MEASURE_LABELS",
    "HEADLINE_MEASURES",
    "MAIN_SPLITS",
]

SCORE_COLUMNS: tuple[str, ...] = (
    "detector",
    "measure",
    "value",
    "n",
    "gold_set",
    "split",
    "held_out",
    "date",
    "note",
)

# the decimals a shipped score keeps (measured/*.csv); a score is shown from that precision, so
# that a report recomputing it and a report reading the file print the same figure (review44)
STORED_DIGITS = 4


def scores_folder() -> Path:
    """The folder of the shipped score files (``analysis/evaluation/measured``)."""
    return Path(str(resources.files("analysis.evaluation").joinpath("measured")))


def score_rows(
    detector: str,
    measures: Mapping[str, float],
    *,
    n: int,
    gold_set: str,
    split: str,
    held_out: bool,
    note: str = "",
    date: str | None = None,
) -> pd.DataFrame:
    """One row per measure, in :data:`SCORE_COLUMNS` order.

    Examples
    --------
    >>> rows = score_rows("hedges", {"f1": 0.6}, n=10, gold_set="hedges-wikiweasel",
    ...                   split="test", held_out=True, date="2026-12-03")
    >>> rows[["measure", "value", "held_out"]].values.tolist()
    [['f1', 0.6, 'yes']]
    """
    date = date or _dt.date.today().isoformat()
    rows = [
        {
            "detector": detector,
            "measure": m,
            "value": round(float(v), STORED_DIGITS),
            "n": int(n),
            "gold_set": gold_set,
            "split": split,
            "held_out": "yes" if held_out else "no",
            "date": date,
            "note": note,
        }
        for m, v in measures.items()
    ]
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def write_scores(
    frames: Iterable[pd.DataFrame], *, detector: str, folder: Path | None = None
) -> Path:
    """Write a detector's score rows to ``<folder>/<detector>.csv`` (the validation run does)."""
    folder = folder or scores_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{detector}.csv"
    pd.concat(list(frames), ignore_index=True).to_csv(path, index=False)
    return path


def load_scores(folder: Path | None = None) -> pd.DataFrame:
    """Every shipped score row (empty, with the columns, when there are none).

    Examples
    --------
    >>> list(load_scores().columns) == list(SCORE_COLUMNS)
    True
    """
    folder = folder or scores_folder()
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    if not files:
        return pd.DataFrame(columns=list(SCORE_COLUMNS))
    return pd.concat(
        [pd.read_csv(f, dtype={"note": str}, keep_default_na=False) for f in files],
        ignore_index=True,
    )[list(SCORE_COLUMNS)]


#: The words a report prints for a measure (:func:`accuracy_note`); other measures print
#: their names with the underscores as spaces.
MEASURE_LABELS: Mapping[str, str] = {
    "f1": "F1",
    "form_macro_f1": "form macro-F1",
    "precision_passive_agentless": "agentless-passive precision",
    "recall_passive_agentless": "agentless-passive recall",
    "voice_accuracy": "voice accuracy",
    "nonevent_rejection": "non-events rejected",
    "direct_speaker_accuracy": "speaker of direct quotations",
    "direct_verb_accuracy": "reporting verb of direct quotations",
    "reported_recall": "reported speech found",
    "attribution_precision": "attribution precision",
    "char_f1": "quotation character F1",
    "macro_f1": "macro-F1",
    "event_recall": "events found",
    "wrong_removed": "wrong-sense hits removed",
    "right_kept": "right-sense hits kept",
    "reported_recognised": "reported speech recognised",
    "ggt_speaker_accuracy": "speaker accuracy",
    "ggt_quote_f1": "quotation F1",
}

#: The measures :func:`headline_scores` shows per detector (in this order); a detector not
#: listed shows all of its measures.  The rest stay in the shipped files.
HEADLINE_MEASURES: Mapping[str, tuple[str, ...]] = {
    "agency": (
        "form_macro_f1",
        "precision_passive_agentless",
        "recall_passive_agentless",
        "voice_accuracy",
        "nonevent_rejection",
        "event_recall",
    ),
    "attribution": (
        "direct_speaker_accuracy",
        "direct_verb_accuracy",
        "reported_recall",
        "attribution_precision",
        "char_f1",
        "ggt_speaker_accuracy",
        "ggt_quote_f1",
    ),
    "frames": (
        "macro_f1",
        "responsibility_f1",
        "human_interest_f1",
        "conflict_f1",
        "morality_f1",
        "economic_f1",
    ),
    "markers-audit": ("wrong_removed", "right_kept", "reported_recognised", "voice_accuracy"),
}

#: The splits :func:`headline_scores` shows: the development and held-out halves and whole
#: sets, not the annotation batches and audit rounds within them.
MAIN_SPLITS: tuple[str, ...] = ("train", "dev", "test", "all")


def measure_label(measure: str) -> str:
    """The words a report prints for a measure.

    Examples
    --------
    >>> measure_label("nonevent_rejection"), measure_label("human_interest_f1")
    ('non-events rejected', 'human interest F1')
    """
    if measure in MEASURE_LABELS:
        return MEASURE_LABELS[measure]
    words = measure.replace("_", " ")
    return words[:-3] + " F1" if words.endswith(" f1") else words


def score_text(x: float) -> str:
    """A score with three decimals, cut rather than rounded, so that a score just under a bar
    is never shown at it (right-sense hits kept 0.9496 read "0.950" against a bar of 0.95).

    Examples
    --------
    >>> score_text(0.9496), score_text(0.741), score_text(0.95), score_text(1.0)
    ('0.949', '0.741', '0.950', '1.000')

    A recomputed score reads as its shipped value (stored with :data:`STORED_DIGITS`
    decimals): Frermann human-interest F1 0.27397 is stored 0.274 (report 05 printed 0.273,
    report 10 0.274).

    >>> score_text(0.27397), score_text(0.274)
    ('0.274', '0.274')
    """
    return f"{_cut(x, 3):.3f}"


def _cut(x, digits: int):
    """``x`` (a number or an array-like) rounded to the :data:`STORED_DIGITS` decimals of a
    shipped score, then floored to ``digits`` decimals; the product is rounded first so that
    0.95 * 1000 = 949.999… is not cut to 0.949."""
    import numpy as np

    scale = 10**digits
    return np.floor(np.round(np.round(x, STORED_DIGITS) * scale, 6)) / scale


def cut_scores(df: pd.DataFrame, digits: int = 3) -> pd.DataFrame:
    """A copy of ``df`` whose float columns are cut (floored) to ``digits`` decimals.

    A table that shows scores with ``digits`` decimals rounds; cut first, a score just under a
    bar is never shown at it (:func:`score_text` does the same for one number). Missing values
    stay missing; integer and text columns are untouched.

    Examples
    --------
    >>> cut_scores(pd.DataFrame({"kept": [0.9496, 0.95, None], "n": [397, 40, 3]}))
        kept    n
    0  0.949  397
    1  0.950   40
    2    NaN    3
    """
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = _cut(out[col], digits)
    return out


def headline_scores(scores: pd.DataFrame, *, splits: Iterable[str] = MAIN_SPLITS) -> pd.DataFrame:
    """One row per detector, gold set and main split, with its headline measures in words.

    Parameters
    ----------
    scores
        :func:`load_scores` rows.
    splits
        The splits to show (default :data:`MAIN_SPLITS`).

    Returns
    -------
    DataFrame
        ``detector``, ``gold set``, ``split``, ``held out``, ``n``, ``measured`` and ``scores``
        (":data:`HEADLINE_MEASURES` in words and values, joined by ``;``").

    Examples
    --------
    >>> df = pd.DataFrame({"detector": "agency", "measure": ["nonevent_rejection", "x"],
    ...     "value": [0.741, 0.5], "n": 421, "gold_set": "g", "split": "test",
    ...     "held_out": "yes", "date": "2026-12-05", "note": ""})
    >>> headline_scores(df)["scores"].tolist()
    ['non-events rejected 0.741']
    """
    keys = ["detector", "gold_set", "split", "held_out", "n", "date"]
    rows = []
    main = scores[scores["split"].isin(list(splits))]
    for key, part in main.groupby(keys, sort=False):
        wanted = HEADLINE_MEASURES.get(str(key[0]))
        values = dict(zip(part["measure"], part["value"].astype(float)))
        order = [m for m in wanted if m in values] if wanted else list(values)
        if not order:
            continue
        text = "; ".join(f"{measure_label(m)} {score_text(values[m])}" for m in order)
        rows.append(dict(zip(keys, key), scores=text))
    out = pd.DataFrame(rows, columns=[*keys, "scores"])
    return out.rename(columns={"gold_set": "gold set", "held_out": "held out", "date": "measured"})


def accuracy_note(
    detector: str,
    *,
    measures: tuple[str, ...] = ("precision", "recall", "f1"),
    labels: Mapping[str, str] | None = None,
    folder: Path | None = None,
) -> str:
    """One sentence for a report: a detector's measured scores, the gold set, split and date.

    Returns ``""`` when the detector has no shipped scores.  Held-out rows are preferred.
    ``labels`` maps a measure to the words a report prints for it (default
    :data:`MEASURE_LABELS`, else its name with spaces for underscores).

    Examples
    --------
    >>> accuracy_note("no-such-detector")
    ''
    """
    df = load_scores(folder)
    df = df[(df["detector"] == detector) & df["measure"].isin(measures)]
    if df.empty:
        return ""
    held = df[df["held_out"] == "yes"]
    df = held if not held.empty else df
    first = df.iloc[0]
    sub = df[(df["gold_set"] == first["gold_set"]) & (df["split"] == first["split"])]
    own = labels or {}
    parts = ", ".join(
        f"{own.get(r.measure) or measure_label(r.measure)} {score_text(float(r.value))}"
        for r in sub.itertuples()
    )
    kind = "held-out" if first["held_out"] == "yes" else "development"
    return (
        f"Measured accuracy ({detector}): {parts} on {first['gold_set']} "
        f"({first['split']} split, {kind}; n = {int(first['n']):,}; measured {first['date']})."
    )


def split_order(split: str) -> float:
    """Sort key of a split in its round order: ``dev`` 1, ``dev2`` 2 … ``dev19`` 19, then ``test``
    and any other name (a text sort puts dev10 before dev2).

    Examples
    --------
    >>> sorted(["test", "dev10", "dev2", "dev"], key=split_order)
    ['dev', 'dev2', 'dev10', 'test']
    """
    rest = str(split).removeprefix("dev")
    if str(split).startswith("dev") and (rest == "" or rest.isdigit()):
        return float(rest or 1)
    return float("inf")
