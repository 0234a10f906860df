"""Benchmark: our one-pass ``readability()`` vs textstat's six functions called one by one.

Both run on the same texts in the same process; the result is a RATIO (textstat time / our
time), never an absolute time to compare across runs or machines.  textstat memoises every
function with ``lru_cache`` (per text and per word), so all of its caches are cleared before
each timed repetition, and so is our per-word cache (both start cold each repetition).

Texts: the OneStopEnglish texts in ``../shared/validation/readability-onestopenglish`` when
present, else the bundled corpus in ``data/raw``.

Usage::

    python benchmarks/readability.py [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import time

import pandas as pd

import analysis  # noqa: F401  (patches textstat to read the packaged CMU dictionary)
from analysis.detect.readability.core import _word_info, readability
from analysis.paths import DEFAULT_CORPUS, shared_path

TEXTSTAT_SIX = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_readability_score",
)


def load_texts(limit: int | None = None) -> list[str]:
    """OneStopEnglish texts if ../shared is present, else the bundled corpus."""
    p = shared_path("validation", "readability-onestopenglish", "texts.csv")
    if p is not None:
        texts = pd.read_csv(p)["text"].fillna("").astype(str).tolist()
    else:
        from analysis import load_corpus

        texts = load_corpus(DEFAULT_CORPUS)["text"].tolist()
    return texts[:limit] if limit else texts


def clear_textstat_caches() -> int:
    """Call ``cache_clear()`` on every memoised function in textstat; return how many."""
    import textstat

    n = 0
    mods = [textstat, importlib.import_module("textstat.textstat")]
    for info in pkgutil.walk_packages(textstat.__path__, "textstat."):
        try:
            mods.append(importlib.import_module(info.name))
        except ImportError:  # pragma: no cover
            continue
    seen: set[int] = set()
    for mod in mods:
        for obj in vars(mod).values():
            if hasattr(obj, "cache_clear") and id(obj) not in seen:
                seen.add(id(obj))
                obj.cache_clear()
                n += 1
    return n


def time_ours(texts: list[str]) -> float:
    _word_info.cache_clear()
    gc.collect()
    t0 = time.perf_counter()
    for t in texts:
        readability(t)
    return time.perf_counter() - t0


def time_textstat(texts: list[str]) -> float:
    import textstat

    fns = [getattr(textstat, name) for name in TEXTSTAT_SIX]
    clear_textstat_caches()
    gc.collect()
    t0 = time.perf_counter()
    for t in texts:
        for f in fns:
            f(t)
    return time.perf_counter() - t0


def run(repeat: int = 3, limit: int | None = None) -> dict[str, float]:
    """Time both (interleaved, best of ``repeat``) and return the ratio textstat / ours."""
    texts = load_texts(limit)
    # warm-up: load the CMU dictionary, easy words and pyphen once for both sides
    readability(texts[0])
    time_textstat(texts[:1])
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(time_ours(texts))
        theirs.append(time_textstat(texts))
    return {
        "n_texts": len(texts),
        "n_words": sum(len(t.split()) for t in texts),
        "ratio_textstat_over_ours": min(theirs) / min(ours),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    res = run(repeat=args.repeat, limit=args.limit)
    print(
        f"{res['n_texts']} texts, {res['n_words']} words: our readability() (7 indices + counts) is "
        f"{res['ratio_textstat_over_ours']:.1f}x faster than textstat's six functions called one by one "
        "(same texts, same run, cold caches)"
    )


if __name__ == "__main__":
    main()
