"""Per-cue reliability of the hedge validation, chosen on one dev half and checked on the other.

Round hedge16 of issue 17 (item 5).  A cue (a lexicon term) whose WikiWeasel sentences are
weasel sentences no more often than any sentence is evidence of nothing; a cue whose *marginal*
precision (the share of weasel sentences among the sentences only it flags) is below F1/2 lowers
F1.  :func:`unreliable_cues` selects such cues on one dev half, :func:`cross_half_check` measures
what leaving them out of the counted set does on both halves, chosen on *dev-a* and checked on
*dev-b* and the other way round: a cue would be left out only if it is selected on both halves.
The same check is made for the decision rule "a weak cue needs a second cue" (``rule=
"second_cue"``: a sentence flagged only by weak cues is not counted; for single-term cue sets it
removes the same sentences as dropping the cues).  Nothing here reads the test half.
"""

from __future__ import annotations

import pandas as pd

from .hedges import cue_table

__all__ = ["half_scores", "unreliable_cues", "without_cues", "cross_half_check"]

HALVES: tuple[str, str] = ("dev-a", "dev-b")
CRITERIA: tuple[str, ...] = ("base_rate", "break_even")


def half_scores(cues: pd.DataFrame) -> pd.DataFrame:
    """Base rate and P/R/F1 of "a sentence with a counted cue is a weasel sentence" per half.

    Parameters
    ----------
    cues
        Columns ``label`` (0/1), ``half`` and ``keys`` (the counted cue classes of each
        sentence; empty: not flagged), as from :func:`analysis.evaluation.hedges.dev_cue_sets`.

    Returns
    -------
    DataFrame
        Index: half; columns ``n``, ``base_rate``, ``precision``, ``recall``, ``f1``.

    Examples
    --------
    >>> cues = pd.DataFrame({"label": [1, 1, 0, 0], "half": ["dev-a"] * 4,
    ...                      "keys": [{"a"}, set(), {"a"}, set()]})
    >>> half_scores(cues).loc["dev-a", ["base_rate", "precision", "recall", "f1"]].tolist()
    [0.5, 0.5, 0.5, 0.5]
    """
    rows = {}
    for half, grp in cues.groupby("half"):
        gold = grp["label"].astype(bool)
        pred = grp["keys"].map(bool)
        tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows[half] = {
            "n": len(grp),
            "base_rate": float(gold.mean()),
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
        }
    return pd.DataFrame.from_dict(rows, orient="index")


def unreliable_cues(
    cues: pd.DataFrame, half: str, *, criterion: str = "break_even", min_n: int = 8
) -> list[str]:
    """Cue classes that are unreliable on one dev half.

    Parameters
    ----------
    cues
        As for :func:`half_scores`.
    half
        ``"dev-a"`` or ``"dev-b"``: only its sentences are read.
    criterion
        ``"base_rate"``: at least ``min_n`` sentences carry the cue and their weasel share
        (precision) is below the half's base rate (evidence of nothing); ``"break_even"``: at
        least ``min_n`` sentences carry only this cue and their weasel share (marginal precision)
        is below F1/2 of the half (leaving the cue out raises the half's F1).
    min_n
        Support.

    Returns
    -------
    list of str
        The keys, sorted.

    Raises
    ------
    ValueError
        Unknown ``criterion``.

    Examples
    --------
    >>> cues = pd.DataFrame({"label": [1, 0, 0, 1, 0], "half": ["dev-a"] * 5,
    ...                      "keys": [{"a"}, {"b"}, {"b"}, {"a"}, set()]})
    >>> unreliable_cues(cues, "dev-a", min_n=2)
    ['b']
    """
    if criterion not in CRITERIA:
        raise ValueError(f"criterion must be one of {CRITERIA}, not {criterion!r}")
    own = cues[cues["half"] == half]
    table = cue_table(own)
    scores = half_scores(own).loc[half]
    if criterion == "base_rate":
        bad = (table["n"] >= min_n) & (table["precision"] < scores["base_rate"])
    else:
        bad = (table["n_only"] >= min_n) & (table["precision_only"] < scores["f1"] / 2)
    return sorted(table.loc[bad, "key"])


def without_cues(cues: pd.DataFrame, drop: list[str], *, rule: str = "drop") -> pd.DataFrame:
    """The cue sets after leaving cues out of the counted set, or requiring a second cue.

    Parameters
    ----------
    cues
        As for :func:`half_scores`.
    drop
        Cue classes (keys).
    rule
        ``"drop"``: the keys are not counted; ``"second_cue"``: a sentence whose keys are all in
        ``drop`` is not counted, the keys count wherever another cue is present.

    Returns
    -------
    DataFrame
        ``cues`` with new ``keys``.

    Examples
    --------
    >>> cues = pd.DataFrame({"label": [1, 0], "half": ["dev-a"] * 2,
    ...                      "keys": [{"a", "b"}, {"b"}]})
    >>> [sorted(k) for k in without_cues(cues, ["b"])["keys"]]
    [['a'], []]
    >>> [sorted(k) for k in without_cues(cues, ["b"], rule="second_cue")["keys"]]
    [['a', 'b'], []]
    """
    weak = frozenset(drop)
    if rule == "drop":
        keys = cues["keys"].map(lambda ks: frozenset(ks) - weak)
    else:
        keys = cues["keys"].map(lambda ks: frozenset() if frozenset(ks) <= weak else frozenset(ks))
    return cues.assign(keys=keys)


def cross_half_check(
    cues: pd.DataFrame, *, criterion: str = "break_even", min_n: int = 8, rule: str = "drop"
) -> pd.DataFrame:
    """Choose unreliable cues on each dev half and measure the change of F1 on both halves.

    Parameters
    ----------
    cues
        As for :func:`half_scores`.
    criterion, min_n
        As for :func:`unreliable_cues`.
    rule
        As for :func:`without_cues`.

    Returns
    -------
    DataFrame
        Rows ``dev-a``, ``dev-b`` (the half the cues were chosen on) and ``both`` (the cues
        chosen on both halves, the only ones a round may act on); columns ``cues`` (the keys,
        ``|``-joined) and, per half, ``f1_<half>`` (before) and ``delta_<half>`` (after - before).

    Examples
    --------
    >>> cues = pd.DataFrame({"label": [1, 0, 0, 1, 0, 1],
    ...                      "half": ["dev-a"] * 3 + ["dev-b"] * 3,
    ...                      "keys": [{"a"}, {"b"}, {"b"}, {"a"}, {"b"}, {"b"}]})
    >>> cross_half_check(cues, min_n=2)["cues"].tolist()
    ['b', '', '']
    """
    before = half_scores(cues)["f1"]
    chosen = {h: unreliable_cues(cues, h, criterion=criterion, min_n=min_n) for h in HALVES}
    chosen["both"] = sorted(set(chosen["dev-a"]) & set(chosen["dev-b"]))
    rows = {}
    for name, keys in chosen.items():
        after = half_scores(without_cues(cues, keys, rule=rule))["f1"]
        row: dict[str, object] = {"cues": "|".join(keys)}
        for h in HALVES:
            row[f"f1_{h}"] = float(before[h])
            row[f"delta_{h}"] = float(after[h] - before[h])
        rows[name] = row
    return pd.DataFrame.from_dict(rows, orient="index")
