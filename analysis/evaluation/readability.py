"""Validate readability indices on OneStopEnglish: do they order ele < int < adv?

The OneStopEnglish corpus (Vajjala & Lučić 2018;
``../shared/validation/readability-onestopenglish``) has 189 Guardian news texts, each rewritten
at three reading levels: elementary (``ele``), intermediate (``int``) and advanced (``adv``).
A valid difficulty index must rank the three
versions of one topic in that order.  For each index (ours and textstat's, for comparison) we
report the fraction of topics ordered strictly ``ele < int < adv`` and the three pairwise
accuracies.  For the ease scores (Flesch reading ease: higher = easier) the direction is flipped,
so "ordered" always means "harder level gets the harder score".  Ties count as failures.

Data caveat: the ``int`` texts of this release lost their apostrophes and quotation marks
(``doesnt``, ``Britain\x19s``; ``ele``/``adv`` have ``doesn’t``), so an index that looks words
up in a list (Dale–Chall's easy words) sees ``doesn't`` as easy at two levels and ``doesnt`` as
difficult at the third.  ``strip_apostrophes=True`` removes apostrophes (``'``, ``’``,
``\x19``) from every level before scoring, so all three levels are treated alike; report both.

Results (textstat 0.7.13; fraction of 189 topics ordered ele < int < adv strictly)::

    index                         ours   ours, apostrophes stripped   textstat
    flesch_reading_ease           0.931  0.931                        0.942
    flesch_kincaid_grade          0.958  0.958                        0.958
    gunning_fog                   0.958  0.958                        0.974
    smog_index                    0.931  0.926                        0.937
    coleman_liau_index            0.873  0.873                        0.899
    dale_chall                    0.857  0.937                        0.915
    automated_readability_index   0.947  0.958                        0.968 (0.958 stripped)

Error classes looked at: control characters ``\x1c``/``\x1d`` (mojibake quotation marks in
the ``int`` texts) were taken for line breaks, i.e. sentence boundaries — fixed in
:mod:`analysis.text` for every input (it did not change the figures above); list numbers alone
on a line ("1.") are no longer sentences.  The remaining gaps to textstat on
Coleman–Liau, SMOG and fog come from sentence counting: we count headings and list items
("1 Passing clouds", "Dog-food taster") and sentences of <= 2 words as sentences, textstat
merges or drops them, and textstat splits at every full stop (decimals, "U.S.").  We did not
tune any list against the levels.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from ..detect.readability import INDEX_KEYS, readability
from ..errors import CorpusError
from ..paths import shared_path

__all__ = ["evaluate_readability", "ordering_accuracy", "LEVELS"]

#: Reading levels from easiest to hardest.
LEVELS: tuple[str, str, str] = ("ele", "int", "adv")

#: Indices where a HIGHER value means EASIER text.
_EASE = {"flesch_reading_ease"}

#: textstat function for each of our index keys.
_TEXTSTAT = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "coleman_liau_index": "coleman_liau_index",
    "dale_chall": "dale_chall_readability_score",
    "automated_readability_index": "automated_readability_index",
}


def ordering_accuracy(scores: pd.DataFrame, *, higher_is_harder: bool = True) -> dict[str, float]:
    """Fraction of topics whose three levels are ordered by a score.

    Parameters
    ----------
    scores : DataFrame
        Index = topic, columns ``ele``, ``int``, ``adv`` (one score per level).
    higher_is_harder : bool, optional
        ``False`` for ease scores (Flesch reading ease), whose sign is flipped first.

    Returns
    -------
    dict
        ``strict`` (ele < int < adv), ``ele<int``, ``int<adv``, ``ele<adv``, and ``n_topics``.
        Topics with a missing (NaN) score count as not ordered.

    Examples
    --------
    >>> s = pd.DataFrame({"ele": [1, 1], "int": [2, 3], "adv": [3, 2]}, index=["a", "b"])
    >>> ordering_accuracy(s)["strict"], ordering_accuracy(s)["ele<adv"]
    (0.5, 1.0)
    """
    s = scores[list(LEVELS)].astype(float)
    if not higher_is_harder:
        s = -s
    n = len(s)
    if n == 0:
        return {
            "strict": math.nan,
            "ele<int": math.nan,
            "int<adv": math.nan,
            "ele<adv": math.nan,
            "n_topics": 0,
        }
    a, b, c = s["ele"], s["int"], s["adv"]
    return {
        "strict": float(((a < b) & (b < c)).mean()),
        "ele<int": float((a < b).mean()),
        "int<adv": float((b < c).mean()),
        "ele<adv": float((a < c).mean()),
        "n_topics": n,
    }


def _load(path: str | Path | None) -> pd.DataFrame:
    if path is None:
        p = shared_path("validation", "readability-onestopenglish", "texts.csv")
        if p is None:
            raise CorpusError(
                "../shared/validation/readability-onestopenglish/texts.csv not found; pass path= "
                "to a CSV with columns topic, level (ele/int/adv), text."
            )
    else:
        p = Path(path)
        if p.is_dir():
            p = p / "texts.csv"
    if not p.is_file():
        raise CorpusError(
            f"{p}: file not found. Pass the OneStopEnglish texts.csv (topic, level, text)."
        )
    df = pd.read_csv(p)
    missing = {"topic", "level", "text"} - set(df.columns)
    if missing:
        raise CorpusError(
            f"{p}: missing column(s) {', '.join(sorted(missing))}; need topic, level, text."
        )
    return df


_APOSTROPHES = re.compile("['’\x19]")


def evaluate_readability(
    path: str | Path | None = None,
    *,
    include_textstat: bool = True,
    strip_apostrophes: bool = False,
) -> pd.DataFrame:
    """Ordering accuracy of every index, ours and textstat's, on OneStopEnglish.

    Parameters
    ----------
    path : str or Path, optional
        ``texts.csv`` (or its folder); default ``../shared/validation/readability-onestopenglish``.
    include_textstat : bool, optional
        Also score textstat's functions for comparison (default ``True``; slower).
    strip_apostrophes : bool, optional
        Remove apostrophes from all texts first (see the data caveat in the module docs).

    Returns
    -------
    DataFrame
        One row per (``source`` in {"ours", "textstat"}, ``index``) with columns ``strict``,
        ``ele<int``, ``int<adv``, ``ele<adv`` (fractions of topics) and ``n_topics``.

    Raises
    ------
    CorpusError
        The file is missing or lacks the ``topic``, ``level``, ``text`` columns.

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp(); f = os.path.join(d, "texts.csv")
    >>> pd.DataFrame({"topic": ["t"] * 3, "level": ["ele", "int", "adv"],
    ...               "text": ["The cat sat. It was fun.", "The old cat sat on the mat today.",
    ...                        "The elderly feline positioned itself deliberately upon the "
    ...                        "carpet."]}
    ...              ).to_csv(f, index=False)
    >>> res = evaluate_readability(f, include_textstat=False)
    >>> float(res.set_index("index").loc["flesch_kincaid_grade", "strict"])
    1.0
    """
    df = _load(path)
    df = df[df["level"].isin(LEVELS)].copy()
    df["text"] = df["text"].fillna("").astype(str)
    if strip_apostrophes:
        df["text"] = df["text"].str.replace(_APOSTROPHES, "", regex=True)
    ours = pd.DataFrame([readability(t) for t in df["text"]], index=df.index)
    sources = {"ours": ours}
    if include_textstat:
        from ..text.cmu import offline_textstat

        textstat = offline_textstat()
        sources["textstat"] = pd.DataFrame(
            {k: [getattr(textstat, fn)(t) for t in df["text"]] for k, fn in _TEXTSTAT.items()},
            index=df.index,
        )
    rows = []
    for source, scores in sources.items():
        for key in INDEX_KEYS:
            wide = pd.DataFrame({"topic": df["topic"], "level": df["level"], "score": scores[key]})
            wide = wide.pivot_table(
                index="topic", columns="level", values="score", aggfunc="first", dropna=False
            )
            for lv in LEVELS:
                if lv not in wide.columns:
                    wide[lv] = math.nan
            acc = ordering_accuracy(wide, higher_is_harder=key not in _EASE)
            rows.append({"source": source, "index": key, **acc})
    return pd.DataFrame(
        rows, columns=["source", "index", "strict", "ele<int", "int<adv", "ele<adv", "n_topics"]
    )
