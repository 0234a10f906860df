"""Validate the generic-frame detector (:func:`analysis.frame_profile`) on two gold sets.

``frames-generic-synthetic``
    100 articles, each written to embody one Semetko & Valkenburg frame (five topics).  Gold:
    the designed frame is present, the four others absent — a strict reading, since an article
    written to one frame may show others (trained coders recovered the designed frame about half
    of the time).  Also reported: how often the frame with the highest score relative to its
    threshold is the designed one (``top_frame_accuracy``; chance 0.2).
``frames-semeval2023``
    433 news and opinion articles coded for the 14 Media Frames Corpus dimensions, on other
    topics.  Mapped (:data:`SEMEVAL_MAP`): Economic -> economic and Morality -> morality (same
    definitions); Policy_prescription_and_evaluation -> responsibility (only the "solution"
    question), Quality_of_life -> human_interest (only "how individuals are affected") and
    Political -> conflict (partisan conflict only): partial.  The other nine dimensions
    (Capacity_and_resources, Fairness_and_equality, Legality, Crime_and_punishment,
    Security_and_defense, Health_and_safety, Cultural_identity, Public_opinion,
    External_regulation_and_reputation) have no generic-frame counterpart and are not used.
``frames-frermann2023`` (optional, where ``$FRAMING_FRAMES_EXTRA`` points)
    428 US news articles on climate change (2017-2019, 11 outlets left to right) coded by
    trained annotators with a Semetko & Valkenburg question battery, frame presence aggregated
    per article (L. Frermann, J. Li, S. Khanehzar, G. Mikolajczak, "Conflicts, villains,
    resolutions: towards models of narrative media framing", ACL 2023; MIT licence; GitHub
    ``phenixace/narrative-framing``, ``data/articles_metadata.tsv``).  Mapped
    (:data:`FRERMANN_MAP`): CO, EC, HI, MO -> conflict, economic, human_interest, morality
    (same batteries); RE "resolution" (government able to alleviate; solutions) ->
    responsibility (partial: the blame questions are not part of it).  Never committed; absent
    -> skipped.

Each set is split once, seeded, into a *dev* half (the only one whose errors were read and on
which the thresholds and length powers of ``decision.csv`` were chosen: :func:`choose_thresholds`,
:func:`choose_length_powers`, in :mod:`analysis.evaluation.frames_choice`) and a held-out *test*
half.  Per frame: precision, recall, F1 and the F1 of calling every article positive
(``baseline_f1`` = 2p / (1 + p) for prevalence p); macro-F1 over the frames; an error table by
class (false positives by the question that fired, false negatives by "no evidence" or "below
threshold"); and a check that every evidence span of a positive decision round-trips.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from ..detect.frames import (
    FRAMES,
    Battery,
    count_words,
    decide_frames,
    default_battery,
    evidence_weight,
    match_frames,
)
from ..detect.frames.evidence import text_voices
from ..errors import FramingError
from ..paths import shared_path
from ..text.segment import split_sentences
from .frames_choice import (
    LENGTH_POWERS,
    choose_length_powers,
    choose_thresholds,
    half_split_f1,
    rescore,
)
from .scores import score_rows

__all__ = [
    "SEMEVAL_MAP",
    "SEMEVAL_UNMAPPED",
    "FRERMANN_MAP",
    "EXTRA_ENV",
    "load_synthetic",
    "load_semeval",
    "load_frermann",
    "profile_table",
    "frame_scores",
    "error_table",
    "margin_bootstrap",
    "breakeven_prevalence",
    "choose_thresholds",
    "rescore",
    "half_split_f1",
    "choose_length_powers",
    "LENGTH_POWERS",
    "evaluate_frames",
    "headline_rows",
    "write_measured",
]

#: Media Frames Corpus dimension(s) -> generic frame, and whether the mapping is exact.
SEMEVAL_MAP: dict[str, tuple[tuple[str, ...], str]] = {
    "economic": (("Economic",), "exact"),
    "morality": (("Morality",), "exact"),
    "responsibility": (("Policy_prescription_and_evaluation",), "partial"),
    "human_interest": (("Quality_of_life",), "partial"),
    "conflict": (("Political",), "partial"),
}
#: The dimensions with no generic-frame counterpart.
SEMEVAL_UNMAPPED: tuple[str, ...] = (
    "Capacity_and_resources",
    "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence",
    "Crime_and_punishment",
    "Security_and_defense",
    "Health_and_safety",
    "Cultural_identity",
    "Public_opinion",
    "External_regulation_and_reputation",
)
#: Frermann et al. (2023) frame column -> generic frame.
FRERMANN_MAP: dict[str, str] = {
    "responsibility": "RE",
    "human_interest": "HI",
    "conflict": "CO",
    "morality": "MO",
    "economic": "EC",
}
#: Set name -> (gold-set name in ``measured/frames.csv``, the note of its score rows).
GOLD_SETS: dict[str, tuple[str, str]] = {
    "synthetic": ("frames-generic-synthetic", "strict: only the designed frame is gold"),
    "semeval": (
        "frames-semeval2023",
        "mapped MFC dimensions; exact: economic, morality; partial: the others",
    ),
    "frermann": (
        "frames-frermann2023",
        "S&V battery, climate news; resolution -> responsibility (partial)",
    ),
}
#: Environment variable: the folder holding ``articles_metadata.tsv`` of Frermann et al.
EXTRA_ENV = "FRAMING_FRAMES_EXTRA"
SEED = 0


def _read(folder: str, path: str | Path | None) -> pd.DataFrame:
    p = Path(path) if path is not None else shared_path("validation", folder, "articles.csv")
    if p is None or not Path(p).is_file():
        raise FramingError(
            f"{folder}/articles.csv not found: pass path= or provide ../shared/validation/{folder}."
        )
    return pd.read_csv(p)


def _split(n: int, groups: Iterable | None = None, seed: int = SEED) -> np.ndarray:
    """``dev``/``test`` labels: half of each group (seeded permutation within the group)."""
    rng = np.random.RandomState(seed)
    keys = np.asarray(list(groups)) if groups is not None else np.zeros(n, dtype=int)
    out = np.full(n, "test", dtype=object)
    for k in sorted(set(keys.tolist())):
        idx = rng.permutation(np.flatnonzero(keys == k))
        out[idx[: len(idx) // 2]] = "dev"
    return out


def load_synthetic(path: str | Path | None = None) -> pd.DataFrame:
    """The synthetic set: ``docid, topic, frame, text, split`` and one ``gold_<frame>`` column
    per frame (the designed frame only); split stratified by frame, seeded.

    Raises
    ------
    FramingError
        The file is absent (the shared data is never committed).
    """
    df = _read("frames-generic-synthetic", path)
    df = df.assign(split=_split(len(df), df["frame"]))
    for f in FRAMES:
        df[f"gold_{f}"] = df["frame"] == f
    return df


def load_semeval(path: str | Path | None = None) -> pd.DataFrame:
    """SemEval-2023 subtask 2 (English): ``id, frames, text, split`` and ``gold_<frame>`` by
    :data:`SEMEVAL_MAP`; split seeded, half and half.

    Raises
    ------
    FramingError
        The file is absent.
    """
    df = _read("frames-semeval2023", path)
    labels = df["frames"].fillna("").map(lambda s: set(s.split(",")))
    df = df.assign(split=_split(len(df)))
    for f, (dims, _) in SEMEVAL_MAP.items():
        df[f"gold_{f}"] = labels.map(lambda ls, dims=dims: bool(ls & set(dims)))
    return df


def load_frermann(path: str | Path | None = None) -> pd.DataFrame | None:
    """Frermann et al. (2023), climate-change news coded with an S&V battery: ``docid, source,
    text, split`` and ``gold_<frame>`` by :data:`FRERMANN_MAP`; split seeded, half and half.

    ``path``: the TSV or its folder; ``None``: ``$FRAMING_FRAMES_EXTRA``.  Returns ``None``
    when absent (the set is optional and never committed); the one article without labels is
    dropped.
    """
    if path is None:
        env = os.environ.get(EXTRA_ENV)
        if not env:
            return None
        path = env
    p = Path(path)
    p = p / "articles_metadata.tsv" if p.is_dir() else p
    if not p.is_file():
        return None
    df = pd.read_csv(p, sep="\t", dtype=str)
    df = df.dropna(subset=list(FRERMANN_MAP.values())).reset_index(drop=True)
    df = df.rename(columns={"ID": "docid"}).assign(split=_split(len(df)))
    for f, col in FRERMANN_MAP.items():
        df[f"gold_{f}"] = df[col].str.strip().str.startswith("True")
    return df


def profile_table(texts: Iterable[str], *, battery: Battery | None = None) -> pd.DataFrame:
    """One row per text: ``<frame>_present``, ``<frame>_score``, ``<frame>_threshold``,
    ``<frame>_questions`` (ids joined by ``+``), ``<frame>_evidence`` (the weighted evidence
    before the length normalisation), ``count_<question>`` (its evidence sentences, per question:
    what :mod:`analysis.evaluation.frames_fit` weighs), ``n_sentences``, ``n_words`` and
    ``evidence_ok`` (every evidence span of a present frame round-trips and a present frame has
    evidence).  The same route as :func:`analysis.frame_profile`."""
    battery = battery or default_battery()
    rows = []
    for text in texts:
        sentences = split_sentences(text)
        evidence = match_frames(text, battery, sentences=sentences, voices=text_voices(text))
        n_words = count_words(text)
        prof = decide_frames(evidence, battery, n_sentences=len(sentences), n_words=n_words)
        row: dict = {"evidence_ok": True, "n_sentences": len(sentences), "n_words": n_words}
        counts = Counter(e.question for e in evidence)  # evidence sentences per question
        row |= {f"count_{q.id}": counts.get(q.id, 0) for q in battery.questions}
        for f, d in prof.items():
            row[f"{f}_present"] = d.present
            row[f"{f}_score"] = d.score
            row[f"{f}_threshold"] = d.threshold
            row[f"{f}_questions"] = "+".join(d.questions)
            row[f"{f}_evidence"] = evidence_weight(d.evidence, battery)
            if d.present:
                ok = bool(d.evidence) and all(
                    text[e.start : e.end] == e.text
                    and all(text[c.start : c.end] == c.text for c in e.cues)
                    for e in d.evidence
                )
                row["evidence_ok"] = row["evidence_ok"] and ok
        rows.append(row)
    return pd.DataFrame(rows)


def _prf(pred: pd.Series, gold: pd.Series) -> dict[str, float]:
    pred, gold = pred.astype(bool), gold.astype(bool)
    tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    prev = float(gold.mean()) if len(gold) else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "baseline_f1": 2 * prev / (1 + prev) if prev else 0.0,
        "prevalence": prev,
        "predicted_rate": float(pred.mean()) if len(pred) else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "n": int(len(gold)),
    }


def frame_scores(df: pd.DataFrame, frames: Iterable[str] = FRAMES) -> pd.DataFrame:
    """Per frame and split: precision, recall, F1, the all-positive baseline F1, counts.

    ``df`` has ``split``, ``gold_<frame>`` and ``<frame>_present`` columns (a gold set joined
    with its :func:`profile_table`).
    """
    rows = []
    for split in ("dev", "test", "all"):
        part = df if split == "all" else df[df["split"] == split]
        for f in frames:
            rows.append(
                {"split": split, "frame": f, **_prf(part[f"{f}_present"], part[f"gold_{f}"])}
            )
    return pd.DataFrame(rows)


def error_table(df: pd.DataFrame, frames: Iterable[str] = FRAMES) -> pd.DataFrame:
    """Errors by class: false positives by the questions that answered (the class of cue that
    misled), false negatives by cause (``no evidence`` or ``below threshold``); per split."""
    rows = []
    for f in frames:
        pred, gold = df[f"{f}_present"].astype(bool), df[f"gold_{f}"].astype(bool)
        for kind, mask in (("FP", pred & ~gold), ("FN", ~pred & gold)):
            for _, r in df[mask].iterrows():
                qs = r[f"{f}_questions"]
                if kind == "FP":
                    causes = qs.split("+")
                else:
                    causes = ["below threshold" if qs else "no evidence"]
                rows += [
                    {"split": r["split"], "frame": f, "kind": kind, "cause": c} for c in causes
                ]
    cols = ["split", "frame", "kind", "cause"]
    if not rows:
        return pd.DataFrame(columns=[*cols, "n"])
    return pd.DataFrame(rows).groupby(cols).size().rename("n").reset_index()


def margin_bootstrap(
    df: pd.DataFrame, frames: Iterable[str] = FRAMES, *, repeats: int = 2000, seed: int = 0
) -> pd.DataFrame:
    """How robust each frame's margin over calling every article positive is: the articles of
    ``df`` resampled with replacement ``repeats`` times (seeded), and per frame the margin F1 -
    baseline F1 (both on the resample) at the detector's decisions.

    ``df`` has ``gold_<frame>`` and ``<frame>_present`` (a gold set joined with its
    :func:`profile_table`; pass one split).  Returns one row per frame: ``margin`` (on ``df``),
    ``mean``, ``p05``, ``p95`` (of the resampled margins) and ``p_above`` (the share of
    resamples in which the detector beats all-positive by more than a rounding error).

    Examples
    --------
    >>> gold = [True, False, False, True] * 2
    >>> df = pd.DataFrame({"gold_economic": gold, "economic_present": gold})
    >>> r = margin_bootstrap(df, ["economic"], repeats=200).iloc[0]
    >>> round(float(r["margin"]), 3), bool(r["p_above"] > 0.9)  # perfect: F1 1 vs 2/3
    (0.333, True)
    """
    rng = np.random.RandomState(seed)
    rows = []
    for f in frames:
        pred = df[f"{f}_present"].to_numpy(bool)
        gold = df[f"gold_{f}"].to_numpy(bool)
        idx = rng.randint(0, len(gold), size=(repeats, len(gold)))
        p, g = pred[idx], gold[idx]
        tp = (p & g).sum(axis=1)
        f1 = 2 * tp / np.maximum(p.sum(axis=1) + g.sum(axis=1), 1)
        prev = g.mean(axis=1)
        margins = f1 - 2 * prev / (1 + prev)
        whole = _prf(pd.Series(pred), pd.Series(gold))
        rows.append(
            {
                "frame": f,
                "margin": whole["f1"] - whole["baseline_f1"],
                "mean": float(margins.mean()),
                "p05": float(np.percentile(margins, 5)),
                "p95": float(np.percentile(margins, 95)),
                "p_above": float((margins > 1e-9).mean()),  # not a rounding tie
            }
        )
    return pd.DataFrame(rows)


def breakeven_prevalence(df: pd.DataFrame, frames: Iterable[str] = FRAMES) -> pd.DataFrame:
    """Up to which prevalence each frame's decisions beat calling every article positive, if
    the detector kept its recall R and false-positive rate F on a corpus where the frame is more
    (or less) common: F1 = 2pR / (p(1 + R) + (1 - p)F) > 2p / (1 + p) exactly when
    p < (R - F) / (1 - F) (``breakeven``; F = 1: 0).  ``df`` as :func:`margin_bootstrap`.

    Examples
    --------
    >>> df = pd.DataFrame({"gold_economic": [True, True, False, False],
    ...                    "economic_present": [True, False, True, False]})
    >>> breakeven_prevalence(df, ["economic"]).round(3).to_dict("records")  # R = F = 0.5
    [{'frame': 'economic', 'recall': 0.5, 'fp_rate': 0.5, 'breakeven': 0.0}]
    """
    rows = []
    for f in frames:
        pred = df[f"{f}_present"].to_numpy(bool)
        gold = df[f"gold_{f}"].to_numpy(bool)
        r = float(pred[gold].mean()) if gold.any() else 0.0
        fp = float(pred[~gold].mean()) if (~gold).any() else 0.0
        be = (r - fp) / (1 - fp) if fp < 1 else 0.0
        rows.append({"frame": f, "recall": r, "fp_rate": fp, "breakeven": max(0.0, be)})
    return pd.DataFrame(rows)


def _top_frame_accuracy(df: pd.DataFrame) -> dict[str, float]:
    rel = np.column_stack([df[f"{f}_score"] / df[f"{f}_threshold"] for f in FRAMES])
    top = np.asarray(FRAMES, dtype=object)[rel.argmax(axis=1)]
    hit = pd.Series(top == df["frame"].to_numpy(), index=df.index)
    return {s: float(hit[df["split"] == s].mean()) for s in ("dev", "test")}


def evaluate_frames(
    *,
    synthetic: str | Path | None = None,
    semeval: str | Path | None = None,
    extra: str | Path | None = None,
    battery: Battery | None = None,
    dev_only: bool = False,
) -> dict:
    """Score :func:`analysis.frame_profile` on the gold sets (dev and held-out test halves).

    ``extra``: Frermann et al. (2023), see :func:`load_frermann` (``None``: from
    ``$FRAMING_FRAMES_EXTRA``; absent: left out).  ``dev_only``: profile and score the dev
    halves only (for development; the test halves are not run at all).

    Returns
    -------
    dict
        ``synthetic``, ``semeval`` and, when present, ``frermann``: each a dict with ``data``
        (the set joined with its profile table), ``scores`` (:func:`frame_scores`),
        ``macro_f1`` (split -> macro-F1 over the frames), ``errors`` (:func:`error_table`) and
        ``evidence_ok`` (every positive decision's evidence round-trips); ``synthetic`` also
        has ``top_frame_accuracy``.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> res = (evaluate_frames() if shared_path("validation", "frames-semeval2023")
    ...        and shared_path("validation", "frames-generic-synthetic") else None)
    >>> res is None or (res["synthetic"]["evidence_ok"] and res["semeval"]["evidence_ok"])
    True
    """
    sets = [("synthetic", load_synthetic(synthetic)), ("semeval", load_semeval(semeval))]
    frermann = load_frermann(extra)
    if frermann is not None:
        sets.append(("frermann", frermann))
    out = {}
    for name, df in sets:
        if dev_only:
            df = df[df["split"] == "dev"]
        prof = profile_table(df["text"], battery=battery)
        data = pd.concat([df.reset_index(drop=True), prof], axis=1)
        scores = frame_scores(data)
        res = {
            "data": data,
            "scores": scores,
            "macro_f1": scores.groupby("split")["f1"].mean().to_dict(),
            "errors": error_table(data),
            "evidence_ok": bool(prof["evidence_ok"].all()),
        }
        if name == "synthetic":
            res["top_frame_accuracy"] = _top_frame_accuracy(data)
        out[name] = res
    return out


def headline_rows(result: Mapping, *, date: str | None = None) -> list[pd.DataFrame]:
    """The score rows of :func:`evaluate_frames` for ``measured/frames.csv``: per set and split,
    macro-F1, and per frame precision, recall, F1 and the all-positive baseline F1."""
    frames = []
    for name, res in result.items():
        for split in ("dev", "test"):
            sc = res["scores"][res["scores"]["split"] == split].set_index("frame")
            measures = {"macro_f1": res["macro_f1"][split]}
            for f in FRAMES:
                for m in ("precision", "recall", "f1", "baseline_f1"):
                    measures[f"{f}_{m}"] = sc.loc[f, m]
            if "top_frame_accuracy" in res:
                measures["top_frame_accuracy"] = res["top_frame_accuracy"][split]
            frames.append(
                score_rows(
                    "frames",
                    measures,
                    n=int(sc["n"].iloc[0]),
                    gold_set=GOLD_SETS[name][0],
                    split=split,
                    held_out=split == "test",
                    note=GOLD_SETS[name][1],
                    date=date,
                )
            )
    return frames


def write_measured(result: Mapping | None = None, *, folder: Path | None = None) -> list[Path]:
    """Run :func:`evaluate_frames` (unless given its result) and write the committed CSVs:
    ``measured/frames.csv`` (:func:`headline_rows`) and ``measured/errors/frames.csv`` (the
    error table by class, per gold set and split; a subfolder, so ``load_scores`` reads only
    score rows).

    Run it with ``python -m analysis.evaluation.frames`` where ``../shared`` is present.
    """
    from .scores import scores_folder, write_scores

    result = result if result is not None else evaluate_frames()
    folder = folder or scores_folder()
    paths = [write_scores(headline_rows(result), detector="frames", folder=folder)]
    errors = pd.concat(
        [res["errors"].assign(gold_set=name) for name, res in result.items()], ignore_index=True
    )
    errors = errors[["gold_set", "split", "frame", "kind", "cause", "n"]]
    (folder / "errors").mkdir(exist_ok=True)
    paths.append(folder / "errors" / "frames.csv")
    errors.to_csv(paths[-1], index=False)
    return paths


if __name__ == "__main__":  # pragma: no cover - a command, run where ../shared is present
    res = evaluate_frames()
    for p in write_measured(res):
        print("wrote", p)
    for name, r in res.items():
        print(name, {k: round(v, 3) for k, v in r["macro_f1"].items()})
