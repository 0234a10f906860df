"""Output snapshot: check that a refactoring leaves every result unchanged.

Usage::

    .venv/bin/python benchmarks/snapshot.py write   DIR   # before the change
    .venv/bin/python benchmarks/snapshot.py compare DIR   # after it: exit status 1 on a difference

Only the public API is called (``analysis.__all__`` names), so the script runs unchanged on both
sides of a refactoring.  For each corpus it records

* ``featurize(corpus)`` — every feature column of every article;
* ``clean_corpus(corpus)`` — title, byline, standfirst, body, notes and every removed line with
  its reason;
* per cleaned body: every field of every ``find_quotes``, ``find_attributions``,
  ``find_markers``, ``find_agency``, ``find_passives`` and ``find_frames`` record, and
  ``readability``;
* ``spans(corpus)`` (the evidence table), ``outlet_summary`` of the features and
  ``distinguishing_terms`` by outlet; ``align_event`` on the bundled corpus.

Corpora: the bundled ``data/raw`` and, when ``../shared`` is present, a seeded 3,000-article
sample of AllSides and the two Ukraine-war sets.  The snapshot data stays outside the repository
(it holds article text); only this check is committed.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analysis as A  # noqa: E402


def _shared(*parts: str) -> Path | None:
    import os

    base = Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared"))
    p = base.joinpath(*parts)
    return p if p.exists() else None


def corpora(n_allsides: int) -> dict[str, pd.DataFrame]:
    out = {"bundled": A.load_corpus(ROOT / "data" / "raw")}
    p = _shared("datasets", "allsides-2012-2020", "articles.parquet")
    if p is not None:
        c = A.load_corpus(p, outlet_column="source")
        out["allsides"] = c.sample(n=min(n_allsides, len(c)), random_state=0).reset_index(drop=True)
    for name, parts, kw in (
        ("guardian_nyt", ("ukraine-2022-guardian-nyt", "articles.csv"), {}),
        (
            "by_country",
            ("ukraine-2022-by-country", "articles.parquet"),
            {"outlet_column": "country"},
        ),
    ):
        p = _shared("datasets", *parts)
        if p is not None:
            out[name] = A.load_corpus(p, **kw)
    return out


def _fields(obj: Any) -> tuple:
    """Every field value of a record (dataclass, NamedTuple or slotted), by field name."""
    import dataclasses

    if dataclasses.is_dataclass(obj):
        return tuple((f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj))
    if hasattr(obj, "_fields"):
        return tuple((f, getattr(obj, f)) for f in obj._fields)
    return tuple(sorted(vars(obj).items()))


def record(corpus: pd.DataFrame, *, align: bool) -> dict[str, Any]:
    snap: dict[str, Any] = {}
    feats = A.featurize(corpus)
    snap["featurize"] = feats
    cleaned = A.clean_corpus(corpus)
    keep = [
        c
        for c in ("title", "byline", "standfirst", "body", "notes", "removed")
        if c in cleaned.columns
    ]
    snap["clean"] = cleaned[keep].astype(str)
    per_article = []
    for body in cleaned["body"]:
        body = body if isinstance(body, str) else ""
        qs = A.find_quotes(body)
        per_article.append(
            {
                "quotes": [_fields(q) for q in qs],
                "attributions": [_fields(a) for a in A.find_attributions(body)],
                "markers": [_fields(m) for m in A.find_markers(body)],
                "harm_events": [_fields(e) for e in A.find_agency(body)],
                "passives": [_fields(p) for p in A.find_passives(body)],
                "frames": [_fields(f) for f in A.find_frames(body)],
                "readability": A.readability(body),
            }
        )
    snap["per_article"] = per_article
    snap["spans"] = A.spans(corpus)
    snap["summary"] = A.outlet_summary(feats, by="outlet", n_boot=200, random_state=0)
    try:
        snap["terms"] = A.distinguishing_terms(corpus, by="outlet")
    except Exception as e:  # an error is part of the behaviour to keep (or to fix knowingly)
        snap["terms"] = f"{type(e).__name__}: {e}"
    if align:
        ev = A.align_event(corpus)
        snap["align_units"] = ev.units
        snap["align_matrix"] = ev.matrix
    return snap


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
            return True
        except AssertionError:
            return False
    if isinstance(a, float) and isinstance(b, float):
        return (np.isnan(a) and np.isnan(b)) or a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def _explain(key: str, a: Any, b: Any) -> str:
    if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
        except AssertionError as e:
            return f"{key}: {str(e)[:1500]}"
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if not _same(x, y):
                return f"{key}[{i}]:\n  before: {str(x)[:1500]}\n  after:  {str(y)[:1500]}"
    return f"{key}:\n  before: {str(a)[:800]}\n  after:  {str(b)[:800]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("write", "compare"))
    ap.add_argument("directory", type=Path)
    ap.add_argument("--n-allsides", type=int, default=3000)
    args = ap.parse_args(argv)
    args.directory.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, corpus in corpora(args.n_allsides).items():
        snap = record(corpus, align=(name == "bundled"))
        path = args.directory / f"{name}.pkl"
        if args.mode == "write":
            path.write_bytes(pickle.dumps(snap))
            print(f"{name}: {len(corpus)} articles written to {path}")
            continue
        before = pickle.loads(path.read_bytes())
        diffs = [k for k in before.keys() | snap.keys() if not _same(before.get(k), snap.get(k))]
        if diffs:
            failed += 1
            print(f"{name}: {len(corpus)} articles DIFFER in {sorted(diffs)}")
            for k in sorted(diffs):
                print(_explain(k, before.get(k), snap.get(k)))
        else:
            print(f"{name}: {len(corpus)} articles identical ({', '.join(sorted(snap))})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
