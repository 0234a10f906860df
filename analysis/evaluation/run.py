"""The validation run: every detector against its gold set, headline scores written to
``analysis/evaluation/measured/<detector>.csv`` (the files the reports show on any machine).

``python -m analysis.evaluation`` runs every evaluation whose gold set is present in
``../shared/validation`` and rewrites that detector's file; a detector whose gold set is absent
keeps its shipped file.  ``python -m analysis.evaluation quotes hedges`` runs only those.

Each ``measure_<detector>`` function returns the score rows of :func:`score_rows` (one row per
measure), or ``None`` when the gold set is absent.  Other detectors add their own function to
:data:`EVALUATIONS` (or write their file with :func:`analysis.evaluation.scores.write_scores`):
report 05 shows every file in ``measured/``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from ..paths import shared_path
from .scores import score_rows, write_scores

__all__ = [
    "EVALUATIONS",
    "measure_quotes",
    "measure_hedges",
    "measure_loaded",
    "measure_loaded_babe",
    "measure_markers_audit",
    "measure_readability",
    "measure_align",
    "measure_cleaning",
    "measure_events",
    "run_validation",
    "main",
]


def measure_quotes(*, overlap: float = 0.8) -> pd.DataFrame | None:
    """Direct quotations on the Gender Gap Tracker set (quote and character level, speaker)."""
    root = shared_path("validation", "quotes-ggt")
    if root is None:
        return None
    from .quotes import evaluate_quotes

    q = evaluate_quotes(root, overlap=overlap)
    note = (
        f"direct quotations matched at token overlap >= {overlap}; not held out: the rules were "
        "revised from error classes found on these articles"
    )
    common = {"gold_set": "quotes-ggt", "split": "all", "held_out": False}
    return pd.concat(
        [
            score_rows(
                "quotes",
                {m: q[m] for m in ("precision", "recall", "f1")},
                n=q["n_gold"],
                note=note,
                **common,
            ),
            score_rows(
                "quotes (characters)",
                {"precision": q["char_precision"], "recall": q["char_recall"], "f1": q["char_f1"]},
                n=q["n_gold"],
                note="share of quoted characters, same matching",
                **common,
            ),
            score_rows(
                "quote speakers",
                {"accuracy": q["speaker_accuracy"]},
                n=q["n_matched"],
                note="speaker agrees with the annotated speaker, on matched quotations",
                **common,
            ),
        ],
        ignore_index=True,
    )


def _dev_test_rows(detector: str, res: dict, *, n_key: Callable[[dict], int], **kw) -> list:
    """Score rows of a result with ``dev`` and ``test`` parts (test held out)."""
    return [
        score_rows(
            detector,
            {m: res[split][m] for m in ("precision", "recall", "f1")},
            n=n_key(res[split]),
            split=split,
            held_out=split == "test",
            **kw,
        )
        for split in ("dev", "test")
    ]


def measure_hedges() -> pd.DataFrame | None:
    """Hedged sentences on WikiWeasel (dev half read while curating; test half held out); also
    writes the dev half's error table, ``measured/errors/hedges.csv``."""
    if shared_path("validation", "hedges-wikiweasel") is None:
        return None
    from .hedges import evaluate_hedges, write_error_table

    res = evaluate_hedges()
    write_error_table(res)
    rows = _dev_test_rows(
        "hedges",
        res,
        n_key=lambda r: int(r["n"]),
        gold_set="hedges-wikiweasel",
        note="sentence is uncertain when it has a hedge or evidential marker; n = sentences",
    )
    return pd.concat(rows, ignore_index=True)


def measure_loaded() -> pd.DataFrame | None:
    """Loaded-term markers against SemEval-2023 loaded-language and name-calling spans."""
    if shared_path("validation", "loaded-language-semeval2023") is None:
        return None
    from .loaded import evaluate_loaded

    res = evaluate_loaded()
    rows = _dev_test_rows(
        "loaded",
        res,
        n_key=lambda r: int(r["n_gold"]),
        gold_set="loaded-language-semeval2023",
        note="marker overlaps a Loaded_Language or Name_Calling span; n = gold spans; a lexicon "
        "cannot see loaded phrasing built from ordinary words, so recall is a lower bound",
    )
    return pd.concat(rows, ignore_index=True)


def measure_loaded_babe() -> pd.DataFrame | None:
    """Loaded-term markers against BABE's sentence bias labels (when ``$FRAMING_BABE`` is set)."""
    from .babe import babe_folder, evaluate_babe

    if babe_folder() is None:
        return None
    res = evaluate_babe()
    rows = _dev_test_rows(
        "loaded-babe",
        res,
        n_key=lambda r: int(r["n"]),
        gold_set="BABE SG2 (Spinde et al. 2021; not in ../shared)",
        note="sentence is biased when a loaded marker fires in it; n = sentences with a majority "
        "label",
    )
    return pd.concat(rows, ignore_index=True)


def measure_markers_audit() -> pd.DataFrame | None:
    """The hand-labelled hit audit of the marker lexicons (issue 17): wrong-sense hits removed,
    right-sense hits kept, voice, by split (``audit/GUIDELINE.md``)."""
    if shared_path("datasets") is None:
        return None
    from .markers_audit import audit_corpora, audit_score_rows, load_audit, match_hits, score_audit

    return audit_score_rows(score_audit(match_hits(load_audit(), audit_corpora())))


def measure_readability() -> pd.DataFrame | None:
    """Share of OneStopEnglish topics whose three levels each index orders correctly."""
    if shared_path("validation", "readability-onestopenglish") is None:
        return None
    from .readability import evaluate_readability

    res = evaluate_readability(include_textstat=False)
    ours = res[res["source"] == "ours"]
    return score_rows(
        "readability",
        {f"ordering {r['index']}": r["strict"] for _, r in ours.iterrows()},
        n=int(ours["n_topics"].max()),
        gold_set="readability-onestopenglish",
        split="all",
        held_out=True,
        note="share of topics with elementary < intermediate < advanced; no list was tuned "
        "against the levels",
    )


def measure_align() -> pd.DataFrame:
    """Precision of same-event links from the shipped hand judgements (no ../shared needed)."""
    from .align import REVIEW_PATH, link_precision

    frames = []
    for path, split, held in (
        (REVIEW_PATH.with_name("align_link_judgements_dev.csv"), "dev", False),
        (REVIEW_PATH, "test", True),
    ):
        if not path.is_file():
            continue
        lp = link_precision(path)
        for label in ("verbatim", "paraphrase", "all"):
            name = "alignment links" if label == "all" else f"alignment links ({label})"
            frames.append(
                score_rows(
                    name,
                    {"precision": lp.loc[label, "precision"]},
                    n=int(lp.loc[label, "n"]),
                    gold_set="basil-same-event (hand-judged link sample)",
                    split=split,
                    held_out=held,
                    note=f"Wilson 95% interval {lp.loc[label, 'ci_low']:.2f}–"
                    f"{lp.loc[label, 'ci_high']:.2f}; recall not measured",
                )
            )
    return pd.concat(frames, ignore_index=True)


def measure_cleaning() -> pd.DataFrame | None:
    """Share of clean text the boilerplate cleaner wrongly removes (target at most 1%)."""
    from .cleaning import evaluate_clean_corpora

    res = evaluate_clean_corpora()
    if res.empty:
        return None
    return pd.concat(
        [
            score_rows(
                "cleaning",
                {"wrongly removed share": r["fraction"]},
                n=int(r["n_texts"]),
                gold_set="readability-onestopenglish"
                if r["corpus"] == "onestopenglish"
                else "allsides-2012-2020 (seeded sample)",
                split="all",
                held_out=False,
                note="characters removed from texts with no page furniture (lower is better)",
            )
            for _, r in res.iterrows()
        ],
        ignore_index=True,
    )


def measure_events() -> pd.DataFrame | None:
    """Same-event grouping on BASIL's triplets, the event column withheld (pairs of articles)."""
    if shared_path("datasets", "basil-same-event", "articles.csv") is None:
        return None
    from .events import evaluate_events

    res = evaluate_events()
    return score_rows(
        "same-event grouping",
        {m: res[m] for m in ("precision", "recall", "f1", "exact")},
        n=int(res["n_true_pairs"]),
        gold_set="basil-same-event (triplet column)",
        split="all",
        held_out=False,
        note="pairs of articles put in one event; exact = share of triplets found whole; the "
        "similarity threshold was chosen on this set",
    )


#: Detector file name -> the function measuring it.
EVALUATIONS: dict[str, Callable[[], pd.DataFrame | None]] = {
    "quotes": measure_quotes,
    "hedges": measure_hedges,
    "loaded": measure_loaded,
    "loaded-babe": measure_loaded_babe,
    "markers-audit": measure_markers_audit,
    "readability": measure_readability,
    "align": measure_align,
    "cleaning": measure_cleaning,
    "events": measure_events,
}


def run_validation(
    names: Sequence[str] | None = None, *, folder: Path | None = None
) -> dict[str, Path | None]:
    """Run the evaluations and write their score files.

    Parameters
    ----------
    names
        Detectors to run (keys of :data:`EVALUATIONS`); default all.
    folder
        Where the files go (default the package's ``measured/`` folder).

    Returns
    -------
    dict
        Detector -> the file written, or ``None`` when its gold set is absent (file kept).
    """
    names = list(names or EVALUATIONS)
    unknown = [n for n in names if n not in EVALUATIONS]
    if unknown:
        raise SystemExit(f"unknown evaluation(s) {unknown}; known: {', '.join(EVALUATIONS)}")
    out: dict[str, Path | None] = {}
    for name in names:
        rows = EVALUATIONS[name]()
        out[name] = None if rows is None else write_scores([rows], detector=name, folder=folder)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluation [detector ...]``: run, write, say what was written."""
    written = run_validation(list(argv if argv is not None else sys.argv[1:]) or None)
    for name, path in written.items():
        print(f"{name}: {'wrote ' + str(path) if path else 'gold set absent, file kept'}")
    return 0
