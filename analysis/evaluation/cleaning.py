"""How much does :func:`analysis.clean.clean_article` remove from text that is already clean?

On an edited corpus (OneStopEnglish's Guardian-derived texts, AllSides' article bodies) every
removed character is a candidate false positive; the project's target is <= 1 % of characters.
The per-reason breakdown and the removed lines themselves (``examples``) show which rule
classes misfire, so that the class — not the example — can be fixed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from ..clean import clean_article
from ..clean.lines import is_terminal as _is_terminal
from ..clean.lines import n_words as _n_words
from ..paths import shared_dir

__all__ = ["removed_fraction", "evaluate_clean_corpora", "TARGET_MAX_FRACTION"]

#: Target: at most this fraction of characters removed from an already-clean corpus.
TARGET_MAX_FRACTION = 0.01


def removed_fraction(texts: Iterable[Any], *, n_examples: int = 20) -> dict[str, Any]:
    """Fraction of characters that cleaning removes from a collection of texts.

    Parameters
    ----------
    texts
        Article texts (non-strings count as empty).
    n_examples
        How many removed lines (the longest first) to return in ``examples``.

    Returns
    -------
    dict
        ``n_texts``, ``n_chars`` (total raw characters), ``n_removed_chars``, ``fraction``
        (``n_removed_chars / n_chars``, 0.0 for no text), ``n_texts_touched`` (texts with at
        least one removal), ``n_prose_removed_chars`` and ``prose_fraction`` (only removed
        lines that read like prose: final punctuation and >= 8 words — on a corpus that still
        holds some scrape junk this separates likely false positives from real junk),
        ``by_reason`` (reason -> removed characters) and ``examples`` (list of
        ``(reason, text)``).

    Examples
    --------
    >>> r = removed_fraction(["The minister resigned on Monday after a week of protests.",
    ...                       "Advert\\nThe talks resumed on Monday in the city of Brest."])
    >>> r["n_texts"], r["n_removed_chars"], r["by_reason"]
    (2, 6, {'advert': 6})
    """
    n_texts = n_chars = n_removed = n_prose = touched = 0
    by_reason: Counter[str] = Counter()
    examples: list[tuple[str, str]] = []
    for raw in texts:
        text = raw if isinstance(raw, str) else ""
        n_texts += 1
        n_chars += len(text)
        if not text:
            continue
        art = clean_article(text)
        if art.removed:
            touched += 1
        for line, reason in art.removed:
            n_removed += len(line)
            if _is_terminal(line) and _n_words(line) >= 8:
                n_prose += len(line)
            by_reason[reason] += len(line)
            examples.append((reason, line))
    examples.sort(key=lambda x: -len(x[1]))
    return {
        "n_texts": n_texts,
        "n_chars": n_chars,
        "n_removed_chars": n_removed,
        "fraction": n_removed / n_chars if n_chars else 0.0,
        "n_texts_touched": touched,
        "n_prose_removed_chars": n_prose,
        "prose_fraction": n_prose / n_chars if n_chars else 0.0,
        "by_reason": dict(by_reason.most_common()),
        "examples": examples[:n_examples],
    }


def evaluate_clean_corpora(
    shared_root: str | Path | None = None,
    *,
    allsides_sample: int = 500,
    random_state: int = 0,
) -> pd.DataFrame:
    """Measure the removed-character fraction on two clean corpora from ``../shared``.

    Parameters
    ----------
    shared_root
        The shared data folder; default :func:`analysis.paths.shared_dir`.
    allsides_sample
        Number of AllSides articles drawn (seeded) from ``datasets/allsides-2012-2020``.
    random_state
        Seed of the AllSides sample.

    Returns
    -------
    pandas.DataFrame
        One row per corpus present (``onestopenglish`` — all 567 texts — and ``allsides``):
        ``corpus, n_texts, n_chars, n_removed_chars, fraction, n_texts_touched,
        n_prose_removed_chars, prose_fraction, meets_target, by_reason, examples``
        (``meets_target`` is ``fraction <= 0.01``). Empty (with these columns) when the shared
        data is absent.

    Examples
    --------
    >>> df = evaluate_clean_corpora("/nonexistent")
    >>> list(df.columns)[:5]
    ['corpus', 'n_texts', 'n_chars', 'n_removed_chars', 'fraction']
    """
    columns = [
        "corpus",
        "n_texts",
        "n_chars",
        "n_removed_chars",
        "fraction",
        "n_texts_touched",
        "n_prose_removed_chars",
        "prose_fraction",
        "meets_target",
        "by_reason",
        "examples",
    ]
    root = Path(shared_root) if shared_root is not None else shared_dir()
    rows: list[dict[str, Any]] = []
    if root is not None:
        ose = root / "validation" / "readability-onestopenglish" / "texts.csv"
        if ose.is_file():
            texts = pd.read_csv(ose)["text"]
            rows.append({"corpus": "onestopenglish", **removed_fraction(texts)})
        alls = root / "datasets" / "allsides-2012-2020" / "articles.parquet"
        if alls.is_file():
            df = pd.read_parquet(alls, columns=["text"])
            n = min(allsides_sample, len(df))
            sample = df["text"].sample(n=n, random_state=random_state)
            rows.append({"corpus": "allsides", **removed_fraction(sample)})
    out = pd.DataFrame(rows, columns=[c for c in columns if c != "meets_target"] + ["meets_target"])
    out["meets_target"] = out["fraction"] <= TARGET_MAX_FRACTION
    return out[columns]
