"""Validate the hedge and evidential lexicons on WikiWeasel (CoNLL-2010, Wikipedia part).

Task: a sentence is *uncertain* when it contains at least one ``hedge`` or ``evidential``
marker; compared with the gold label (1 = uncertainty/weasel cue).  The set is split once,
deterministically, into a *dev* half (the only one whose errors were read while curating the
lexicons) and a held-out *test* half, by a hash of the sentence text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..paths import shared_path

__all__ = [
    "detokenise",
    "split_half",
    "load_wikiweasel",
    "evaluate_hedges",
    "HEDGE_CATEGORIES",
    "NON_EPISTEMIC_SUBCATEGORIES",
]

#: Marker categories that count as an uncertainty cue.
HEDGE_CATEGORIES: tuple[str, ...] = ("hedge", "evidential")
#: Hedge subcategories that qualify a quantity, a frequency or a bare possibility modal rather
#: than the truth of the proposition, and the evidential ``sourcing`` ("according to" + a source:
#: the source is named, the opposite of a weasel) -- not uncertainty cues in the CoNLL-2010
#: sense; see the lexicon README, "Validation".  They remain markers and features.
NON_EPISTEMIC_SUBCATEGORIES: tuple[str, ...] = (
    "approximator",
    "frequency",
    "possibility",
    "sourcing",
)

_PTB = [
    (re.compile(r"-LRB-|-LSB-|-LCB-"), "("),
    (re.compile(r"-RRB-|-RSB-|-RCB-"), ")"),
    (re.compile(r"``|''"), '"'),
    (re.compile(r"\(\s+"), "("),
    (re.compile(r"\s+\)"), ")"),
    (re.compile(r"\s+([.,;:!?%])"), r"\1"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r"\s+"), " "),
]


def detokenise(text: str) -> str:
    """Undo PTB tokenisation (``-LRB-`` → ``(``, `````` ``''`` → ``"``, spaces before punctuation).

    Parameters
    ----------
    text
        A PTB-tokenised sentence.

    Returns
    -------
    str

    Examples
    --------
    >>> detokenise("It -LRB- the film -RRB- was `` great '' , he said .")
    'It (the film) was " great ", he said.'
    """
    out = str(text)
    for rx, rep in _PTB:
        out = rx.sub(rep, out)
    return out.strip()


def split_half(texts: pd.Series) -> pd.Series:
    """Deterministic 50/50 split: ``"dev"`` or ``"test"`` from the MD5 of each text.

    Examples
    --------
    >>> bool(split_half(pd.Series(["a", "b"])).isin(["dev", "test"]).all())
    True
    """
    return texts.map(
        lambda t: "dev" if hashlib.md5(str(t).encode("utf-8")).digest()[0] % 2 == 0 else "test"
    )


def load_wikiweasel(path: str | Path | None = None) -> pd.DataFrame:
    """Read WikiWeasel ``train.csv`` → columns ``text`` (detokenised), ``raw``, ``label``,
    ``split``.

    Raises
    ------
    FramingError
        The file is absent (the shared data is never committed).
    """
    p = (
        Path(path)
        if path is not None
        else shared_path("validation", "hedges-wikiweasel", "train.csv")
    )
    if p is None or not Path(p).is_file():
        raise FramingError(
            "WikiWeasel train.csv not found: pass path= or provide "
            "../shared/validation/hedges-wikiweasel."
        )
    df = pd.read_csv(p)
    raw = df["text"].astype(str).str.strip()
    return pd.DataFrame(
        {
            "text": raw.map(detokenise),
            "raw": raw,
            "label": df["label"].astype(int),
            "split": split_half(raw),
        }
    )


def _prf(pred: pd.Series, gold: pd.Series) -> dict[str, float]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "n": int(len(gold))}


def evaluate_hedges(
    path: str | Path | None = None,
    *,
    lexicons=None,
    categories: tuple[str, ...] = HEDGE_CATEGORIES,
    exclude_subcategories: tuple[str, ...] = NON_EPISTEMIC_SUBCATEGORIES,
) -> dict:
    """Sentence-level precision/recall/F1 of "contains a hedge or evidential" on WikiWeasel.

    Parameters
    ----------
    path
        ``train.csv`` of WikiWeasel; ``None``: ``../shared/validation/hedges-wikiweasel``.
    lexicons
        Passed to :func:`analysis.detect.markers.find_markers` (``None``: core lexicons, no topic
        pack).
    categories
        Marker categories counted as an uncertainty cue.
    exclude_subcategories
        Subcategories not counted (default: approximators, frequency adverbs, the bare
        possibility modals may/could/possible and "according to" + a named source);
        ``()`` counts every hedge and evidential.

    Returns
    -------
    dict
        ``dev``, ``test`` and ``all``: each a dict of precision, recall, f1, tp, fp, fn, n;
        ``predictions``: DataFrame (text, label, split, pred, cues); ``all_subcategories``:
        the dev/test scores when every hedge subcategory counts.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> res = (evaluate_hedges() if shared_path("validation", "hedges-wikiweasel")
    ...        else {"test": {"f1": 0.7}})
    >>> res["test"]["f1"] > 0.58
    True
    """
    from ..detect.markers import find_markers, load_lexicons

    lex = lexicons if lexicons is not None else load_lexicons(packs=())
    df = load_wikiweasel(path)
    cats, excl = set(categories), set(exclude_subcategories)
    found = [
        [m for m in find_markers(t, lexicons=lex, quotes=()) if m.category in cats]
        for t in df["text"]
    ]
    cues = [[m.text for m in ms if m.subcategory not in excl] for ms in found]
    df = df.assign(cues=cues, pred=[bool(c) for c in cues], pred_any=[bool(ms) for ms in found])
    gold = df["label"].astype(bool)
    out: dict = {"all_subcategories": {}}
    for name, mask in (
        ("dev", df["split"] == "dev"),
        ("test", df["split"] == "test"),
        ("all", df["split"].notna()),
    ):
        out[name] = _prf(df.loc[mask, "pred"], gold[mask])
        out["all_subcategories"][name] = _prf(df.loc[mask, "pred_any"], gold[mask])
    out["predictions"] = df[["text", "label", "split", "pred", "cues"]]
    return out
