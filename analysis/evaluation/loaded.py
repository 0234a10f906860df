"""Validate the ``loaded`` lexicon category on SemEval-2023 Task 3 (English persuasion spans).

Gold: the ``Loaded_Language`` and ``Name_Calling-Labeling`` spans.  A predicted ``loaded``
marker is a true positive when it overlaps a gold span; recall is the share of gold spans hit
by at least one marker.  Articles are split once, deterministically, into a *dev* half (the
only half whose errors were read while curating the lexicons) and a held-out *test* half, by a
hash of the article id.
"""

from __future__ import annotations

import bisect
import hashlib
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from ..paths import shared_path

__all__ = ["GOLD_TECHNIQUES", "article_split", "load_semeval", "evaluate_loaded"]

#: SemEval techniques that count as loaded language.
GOLD_TECHNIQUES: tuple[str, ...] = ("Loaded_Language", "Name_Calling-Labeling")


def article_split(ids: pd.Series) -> pd.Series:
    """Deterministic 50/50 split of article ids into ``"dev"`` / ``"test"`` (MD5 of the id).

    Examples
    --------
    >>> bool(article_split(pd.Series([1, 2, 3])).isin(["dev", "test"]).all())
    True
    """
    return ids.map(lambda i: "dev" if hashlib.md5(str(i).encode()).digest()[0] % 2 == 0 else "test")


def load_semeval(path: str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read ``articles.csv`` and the gold loaded-language spans (with a ``split`` column).

    Parameters
    ----------
    path
        Folder with ``articles.csv`` and ``spans.csv``; ``None``:
        ``../shared/validation/loaded-language-semeval2023``.

    Returns
    -------
    (articles, spans) : tuple of DataFrame

    Raises
    ------
    FramingError
        The folder is absent.
    """
    p = Path(path) if path is not None else shared_path("validation", "loaded-language-semeval2023")
    if p is None or not (Path(p) / "spans.csv").is_file():
        raise FramingError(
            "SemEval-2023 spans not found: pass path= or provide "
            "../shared/validation/loaded-language-semeval2023."
        )
    arts = pd.read_csv(Path(p) / "articles.csv", dtype={"article": str})
    arts["text"] = arts["text"].fillna("").astype(str)
    spans = pd.read_csv(Path(p) / "spans.csv", dtype={"article": str})
    spans = spans[spans["technique"].isin(GOLD_TECHNIQUES)].reset_index(drop=True)
    arts["split"] = article_split(arts["article"])
    spans["split"] = article_split(spans["article"])
    return arts, spans


def evaluate_loaded(
    path: str | Path | None = None, *, lexicons=None, category: str = "loaded"
) -> dict:
    """Precision/recall of the ``loaded`` markers against SemEval loaded-language spans.

    Parameters
    ----------
    path
        Folder of the SemEval set; ``None``: ``../shared/validation/loaded-language-semeval2023``.
    lexicons
        Passed to :func:`analysis.detect.markers.find_markers` (``None``: the core lexicons without
        topic packs, since SemEval's articles are not about the packs' topics; pass
        ``load_lexicons()`` to include the ``ukraine-2022`` pack).
    category
        The marker category evaluated.

    Returns
    -------
    dict
        ``dev``, ``test``, ``all``: precision, recall, f1, n_markers, tp_markers, n_gold,
        gold_hit; ``errors``: DataFrame of every FP marker and FN gold span (split, kind,
        subcategory, term, text); ``by_class``: errors and hits counted by split, kind,
        subcategory and term.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> res = (evaluate_loaded() if shared_path("validation", "loaded-language-semeval2023")
    ...        else {"test": {"precision": 0.6}})
    >>> res["test"]["precision"] > 0.5
    True
    """
    from ..detect.markers import find_markers, load_lexicons

    lex = lexicons if lexicons is not None else load_lexicons(packs=())
    arts, gold = load_semeval(path)
    rows = []
    hit_gold: set[int] = set()
    by_art = {a: g.sort_values("start") for a, g in gold.groupby("article")}
    for art, text, split in arts[["article", "text", "split"]].itertuples(index=False):
        g = by_art.get(art)
        starts = g["start"].tolist() if g is not None else []
        ends = g["end"].tolist() if g is not None else []
        idx = g.index.tolist() if g is not None else []
        for m in find_markers(text, lexicons=lex, quotes=()):
            if m.category != category:
                continue
            hits = [idx[j] for j in range(bisect.bisect_left(starts, m.end)) if ends[j] > m.start]
            hit_gold.update(hits)
            rows.append(
                {
                    "split": split,
                    "kind": "TP" if hits else "FP",
                    "subcategory": m.subcategory,
                    "term": m.term,
                    "text": m.text,
                    "article": art,
                }
            )
    pred = pd.DataFrame(rows, columns=["split", "kind", "subcategory", "term", "text", "article"])
    fn = gold.loc[~gold.index.isin(hit_gold)]
    fn_rows = pd.DataFrame(
        {
            "split": fn["split"],
            "kind": "FN",
            "subcategory": fn["technique"],
            "term": "",
            "text": fn["span_text"],
            "article": fn["article"],
        }
    )
    out: dict = {}
    for name in ("dev", "test", "all"):
        pm = pred if name == "all" else pred[pred["split"] == name]
        gm = gold if name == "all" else gold[gold["split"] == name]
        n, tp = len(pm), int((pm["kind"] == "TP").sum())
        ng, gh = len(gm), int(gm.index.isin(hit_gold).sum())
        p = tp / n if n else 0.0
        r = gh / ng if ng else 0.0
        out[name] = {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "n_markers": n,
            "tp_markers": tp,
            "n_gold": ng,
            "gold_hit": gh,
        }
    errors = pd.concat([pred[pred["kind"] == "FP"], fn_rows], ignore_index=True)
    out["errors"] = errors
    out["by_class"] = (
        pred.groupby(["split", "subcategory", "kind"])
        .size()
        .unstack("kind", fill_value=0)
        .reset_index()
    )
    out["fp_terms"] = (
        pred[pred["kind"] == "FP"]
        .groupby(["split", "subcategory", "term"])
        .size()
        .rename("n")
        .reset_index()
        .sort_values("n", ascending=False, ignore_index=True)
    )
    return out
