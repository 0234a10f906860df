"""Right-sense rates of the hit audit's terms, and the terms that need a confirming context.

The hit audit (:mod:`analysis.evaluation.markers_audit`) labels each sampled lexicon hit right or
wrong sense.  Exclusion rules written from the wrong hits of one round remove about half of the
wrong hits of the next (GUIDELINE.md, dev4..dev9): they list the sentences seen.  A term whose
hits are *mostly* the wrong sense in news is better served by a **require** rule (a row of
``senses.csv`` with ``effect = require``): the hit is kept only in the context that makes the
lexicon's sense likely.  This module computes, from the labels of the development rounds only,

1. :func:`term_rates`: per term (or subcategory) the labelled hits, right and wrong, pooled over
   the chosen splits;
2. :func:`ambiguous_terms`: the terms whose right-sense rate is below a bar (the candidates for a
   require rule), decided on one half of the rounds and checked on the other
   (:data:`HALVES`);
3. :func:`term_table`: both, with the terms that have a require rule of the term-level round
   (``source = audit-terms``), written to ``audit/term_rates.csv`` by
   ``python -m analysis.evaluation.audit_terms``.

The held-out split is refused everywhere: its labels are never read.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..errors import FramingError
from .markers_audit import audit_path, load_audit

__all__ = [
    "DEV_SPLITS",
    "HALVES",
    "term_rates",
    "ambiguous_terms",
    "require_terms",
    "term_table",
]

#: The development rounds of the hit audit (the held-out split is ``test``).
DEV_SPLITS: tuple[str, ...] = ("dev", *(f"dev{k}" for k in range(2, 11)))
#: The two halves of the development rounds: terms chosen on one are checked on the other.
HALVES: dict[str, tuple[str, ...]] = {"A": DEV_SPLITS[:5], "B": DEV_SPLITS[5:]}


def term_rates(
    audit: pd.DataFrame, *, splits: Sequence[str] = DEV_SPLITS, by: Sequence[str] = ("term",)
) -> pd.DataFrame:
    """Labelled hits per term (or per ``by`` columns), right and wrong, over development splits.

    Parameters
    ----------
    audit
        :func:`~analysis.evaluation.markers_audit.load_audit` rows (any splits; only ``splits``
        are counted).
    splits
        Development splits to pool; ``"test"`` raises.
    by
        Grouping columns (``("term",)``, ``("category", "subcategory")`` …).

    Returns
    -------
    DataFrame
        ``by`` columns, ``n``, ``right``, ``wrong``, ``right_rate``, sorted by ``by``.

    Raises
    ------
    FramingError
        ``splits`` names the held-out split.

    Examples
    --------
    >>> t = pd.DataFrame({"split": ["dev", "dev2", "dev2"], "term": ["pound"] * 3,
    ...                   "sense": ["wrong", "right", "wrong"]})
    >>> r = term_rates(t).loc[0]
    >>> int(r["n"]), int(r["right"]), round(float(r["right_rate"]), 3)
    (3, 1, 0.333)
    """
    if "test" in splits:
        raise FramingError("term_rates reads development labels only: the test split is held out.")
    g = audit[audit["split"].isin(splits)]
    right = (g["sense"] == "right").rename("right")
    out = right.groupby([g[c] for c in by]).agg(["size", "sum"]).reset_index()
    out = out.rename(columns={"size": "n", "sum": "right"})
    out["n"], out["right"] = out["n"].astype(int), out["right"].astype(int)
    out["wrong"] = out["n"] - out["right"]
    out["right_rate"] = out["right"] / out["n"]
    return out[[*by, "n", "right", "wrong", "right_rate"]].reset_index(drop=True)


def ambiguous_terms(rates: pd.DataFrame, *, below: float = 0.5, min_n: int = 2) -> list[str]:
    """Terms of :func:`term_rates` that are mostly the wrong sense: ``right_rate < below`` with
    at least ``min_n`` labelled hits (the candidates for a require rule).

    Examples
    --------
    >>> r = pd.DataFrame({"term": ["a", "b", "c"], "n": [4, 1, 4], "right_rate": [.25, 0., .75]})
    >>> ambiguous_terms(r)
    ['a']
    """
    keep = (rates["n"] >= min_n) & (rates["right_rate"] < below)
    return sorted(rates.loc[keep, "term"].astype(str))


def require_terms(source: str = "audit-terms") -> list[str]:
    """Terms with a require rule of ``source`` in the bundled sense rules (core and packs).

    Examples
    --------
    >>> "demonstrate" in require_terms()
    True
    """
    from ..lexicons import bundled_packs, pack_dir, read_table

    names = ["senses.csv"] + [
        f"packs/{p}/senses.csv" for p in bundled_packs() if (pack_dir(p) / "senses.csv").is_file()
    ]
    terms = {
        r["term"]
        for name in names
        for r in read_table(name)
        if r.get("source") == source and r.get("effect") == "require"
    }
    return sorted(terms)


def term_table(audit: pd.DataFrame, *, below: float = 0.5, min_n: int = 2) -> pd.DataFrame:
    """Per term: labelled hits pooled over the development rounds and per half, whether the term
    is ambiguous on each half (:func:`ambiguous_terms`), and whether it has a term-level require
    rule (:func:`require_terms`).

    Returns
    -------
    DataFrame
        ``term, n, right, right_rate, n_A, right_A, n_B, right_B, ambiguous_A, ambiguous_B,
        require``, sorted by ``right_rate`` then ``term``.
    """
    pooled = term_rates(audit)[["term", "n", "right", "right_rate"]]
    out = pooled
    for half, splits in HALVES.items():
        r = term_rates(audit, splits=splits)
        chosen = set(ambiguous_terms(r, below=below, min_n=min_n))
        r = r[["term", "n", "right"]].rename(columns={"n": f"n_{half}", "right": f"right_{half}"})
        out = out.merge(r, on="term", how="left")
        out[f"ambiguous_{half}"] = out["term"].isin(chosen)
    for c in ("n_A", "right_A", "n_B", "right_B"):
        out[c] = out[c].fillna(0).astype(int)
    out["require"] = out["term"].isin(set(require_terms()))
    return out.sort_values(["right_rate", "term"]).reset_index(drop=True)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluation.audit_terms [OUT.csv]``: write the term table (default
    ``audit/term_rates.csv`` beside the labelled table)."""
    args = list(argv if argv is not None else sys.argv[1:])
    out = Path(args[0]) if args else audit_path().with_name("term_rates.csv")
    table = term_table(load_audit())
    table.to_csv(out, index=False, float_format="%.4f")
    print(f"wrote {out}: {len(table)} terms, {int(table['require'].sum())} with a require rule")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
