"""Validate the ``loaded`` markers on BABE, sentences of US news labelled for bias by experts.

BABE (Spinde et al. 2021, "Neural Media Bias Detection Using Distant Supervision With BABE -
Bias Annotations By Experts", Findings of EMNLP) labels 3,700 news sentences (SG2: five expert
annotators, majority vote) as *Biased* or *Non-biased* and lists the words the annotators marked
as biased.  Sentences without a majority (*No agreement*) are dropped.  A sentence is predicted
biased when a ``loaded`` marker fires in it (any voice: a whole sentence is labelled).  Sentences
are split once, deterministically, by the MD5 of their text: *dev* (the only half whose errors
were read while curating the lexicon) and a held-out *test* half.

BABE is **not** in ``../shared``: the folder is read from ``$FRAMING_BABE`` or, when present,
``../shared/validation/loaded-babe``; it holds ``final_labels_SG2.csv`` as published in
github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE
(AGPL-3.0; never copied into this project).
"""

from __future__ import annotations

import ast
import hashlib
import os
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..paths import shared_path

__all__ = ["babe_folder", "load_babe", "evaluate_babe"]

#: BABE's file of sentence labels (SG2).
BABE_FILE = "final_labels_SG2.csv"


def babe_folder() -> Path | None:
    """The BABE folder: ``$FRAMING_BABE``, else ``../shared/validation/loaded-babe``, else None."""
    env = os.environ.get("FRAMING_BABE")
    if env and (Path(env) / BABE_FILE).is_file():
        return Path(env)
    p = shared_path("validation", "loaded-babe")
    return p if p is not None and (p / BABE_FILE).is_file() else None


def _split(text: str) -> str:
    return "dev" if hashlib.md5(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load_babe(path: str | Path | None = None) -> pd.DataFrame:
    """BABE's labelled sentences: ``text, biased (bool), biased_words (list), outlet, split``.

    Raises
    ------
    FramingError
        No BABE folder (set ``FRAMING_BABE`` to the folder holding ``final_labels_SG2.csv``).
    """
    folder = Path(path) if path is not None else babe_folder()
    if folder is None or not (folder / BABE_FILE).is_file():
        raise FramingError(
            f"BABE not found: set FRAMING_BABE to a folder with {BABE_FILE} (from "
            "github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-"
            "With-BABE, data/) or pass path="
        )
    df = pd.read_csv(folder / BABE_FILE, sep=";", encoding="utf-8-sig")
    df = df[df["label_bias"].isin(["Biased", "Non-biased"])].reset_index(drop=True)

    def words(cell: object) -> list[str]:
        try:
            got = ast.literal_eval(str(cell))
        except (ValueError, SyntaxError):
            return []
        return [str(w) for w in got] if isinstance(got, list) else []

    return pd.DataFrame(
        {
            "text": df["text"].astype(str),
            "biased": df["label_bias"].eq("Biased"),
            "biased_words": df["biased_words"].map(words),
            "outlet": df["outlet"].astype(str),
            "split": df["text"].astype(str).map(_split),
        }
    )


def evaluate_babe(
    path: str | Path | None = None, *, lexicons=None, category: str = "loaded"
) -> dict:
    """Sentence-level precision/recall of the ``loaded`` markers against BABE's bias labels.

    Parameters
    ----------
    path
        The BABE folder (default :func:`babe_folder`).
    lexicons
        Passed to :func:`analysis.detect.markers.find_markers` (``None``: the core lexicons, no
        topic packs: BABE is US news on many topics).
    category
        The marker category evaluated.

    Returns
    -------
    dict
        ``dev``, ``test``, ``all``: ``precision``, ``recall``, ``f1``, ``n`` (sentences),
        ``n_pred``, ``n_gold``; ``errors``: one row per false positive (the terms that fired)
        and per false negative (the words the annotators marked), with ``split``.
    """
    from ..detect.markers import find_markers, load_lexicons

    lex = lexicons if lexicons is not None else load_lexicons(packs=())
    df = load_babe(path)
    terms = [
        [m.text for m in find_markers(t, lexicons=lex) if m.category == category]
        for t in df["text"]
    ]
    df = df.assign(pred=[bool(t) for t in terms], terms=terms)
    out: dict = {}
    for split in ("dev", "test", "all"):
        part = df if split == "all" else df[df["split"] == split]
        tp = int((part["pred"] & part["biased"]).sum())
        n_pred, n_gold = int(part["pred"].sum()), int(part["biased"].sum())
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[split] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "n": len(part),
            "n_pred": n_pred,
            "n_gold": n_gold,
        }
    fp = df[df["pred"] & ~df["biased"]].assign(kind="FP", words=lambda d: d["terms"])
    fn = df[~df["pred"] & df["biased"]].assign(kind="FN", words=lambda d: d["biased_words"])
    out["errors"] = pd.concat([fp, fn])[["split", "kind", "words", "text"]].reset_index(drop=True)
    return out
