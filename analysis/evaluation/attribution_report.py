"""Headline scores and error tables of the attribution layer (issue 18).

``python -m analysis.evaluation.attribution_report`` scores PolNeAR ``train`` (the development
split: error classes were read there) and ``dev`` (held out), the direct-quote characters in every
house style on ``dev``, the round-27 and round-29 development batches
(:mod:`analysis.evaluation.attribution_batch`, :mod:`analysis.evaluation.attribution_batch2`)
and the GGT speakers, and writes ``analysis/evaluation/measured/attribution.csv`` with
:func:`analysis.evaluation.scores.score_rows`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .attribution import evaluate_attribution
from .quotes import STYLES
from .scores import score_rows, write_scores

__all__ = ["error_table", "measure_attribution", "HEADLINE"]

#: Measures written for each PolNeAR split.
HEADLINE: tuple[str, ...] = (
    "speaker_accuracy",
    "verb_accuracy",
    "direct_speaker_accuracy",
    "direct_verb_accuracy",
    "char_f1",
    "reported_recall",
    "attribution_precision",
    "reported_source_accuracy",
    "reported_content_f1",
)


def error_table(result: dict) -> pd.DataFrame:
    """Errors by class from :func:`evaluate_attribution` output: one row per (part, class).

    Quotations are classed ``right``, ``wrong speaker``, ``no speaker`` or ``quotation not
    found`` (part ``quotation``; ``direct quotation``: gold ``direct`` only, when the rows have
    ``kind``); their verbs (``… verb``, when the rows have ``verb_ok``) ``right``,
    ``no verb``, ``wrong verb, speaker right`` (another cue of the same speaker: "said, adding
    …") or ``wrong verb and speaker`` (the verb of another clause), or ``quotation not found``;
    reported speech ``found``, ``missed: cue in the verb table`` (a speaker or context rule
    dropped it) or ``missed: cue not in the verb table`` (nouns, colons, cognition verbs …).

    Examples
    --------
    >>> q = pd.DataFrame({"speaker_class": ["right", "no speaker", "right"]})
    >>> g = pd.DataFrame({"found": [True, False], "gold_cue": ["said", "in"]})
    >>> error_table({"quotations": q, "reported": g})[["part", "class", "n"]].values.tolist()
    [['quotation', 'right', 2], ['quotation', 'no speaker', 1], ['reported', 'found', 1], \
['reported', 'missed: cue not in the verb table', 1]]
    """
    from ..detect.quotes.tables import load_verbs

    stance = load_verbs(None).stance
    rows = []
    quotations = result["quotations"]
    parts = [("quotation", quotations)]
    if "kind" in quotations:  # the headline measures are on direct quotations
        parts.append(("direct quotation", quotations[quotations["kind"] == "direct"]))
    for part, q in parts:
        if not len(q):
            continue
        for cls, n in q["speaker_class"].value_counts().items():
            rows.append((part, cls, int(n), n / len(q)))
        if "verb_ok" in q:
            for cls, n in _verb_classes(q).value_counts().items():
                rows.append((f"{part} verb", cls, int(n), n / len(q)))
    g = result["reported"]
    if len(g):
        cls = g["found"].map({True: "found", False: ""})
        missed = ~g["found"]
        cls[missed] = [
            "missed: cue in the verb table" if c in stance else "missed: cue not in the verb table"
            for c in g.loc[missed, "gold_cue"]
        ]
        for c, n in cls.value_counts().items():
            rows.append(("reported", c, int(n), n / len(g)))
    return pd.DataFrame(rows, columns=["part", "class", "n", "share"])


def _verb_classes(q: pd.DataFrame) -> pd.Series:
    """The verb class of each quotation row (:func:`error_table`)."""
    wrong = q["speaker_ok"].map(
        {True: "wrong verb, speaker right", False: "wrong verb and speaker"}
    )
    cls = wrong.where(q["pred_verb"].notna(), "no verb")
    cls = cls.where(q["speaker_class"] != "quotation not found", "quotation not found")
    return cls.where(~q["verb_ok"], "right")


def _batch_frames() -> list:
    """The score rows of the hand-labelled development batches (rounds 27 and 29)."""
    from .attribution_batch import measure_batch
    from .attribution_batch2 import measure_batch2

    frames = []
    for measure, gold_set, note in (
        (
            measure_batch,
            "attribution-batch27",
            "round-27 development batch: 60 AllSides articles labelled by hand",
        ),
        (
            measure_batch2,
            "attribution-batch29",
            "round-29 development batch: 30 AllSides articles of other outlets and topics",
        ),
    ):
        batch = measure()
        if batch is not None:
            frames.append(
                score_rows(
                    "attribution",
                    batch[0],
                    n=batch[1],
                    gold_set=gold_set,
                    split="development",
                    held_out=False,
                    note=note,
                )
            )
    return frames


def measure_attribution(root: str | Path | None = None, folder: Path | None = None) -> Path:
    """Score both PolNeAR splits, the house styles and GGT speakers; write the score file.

    Returns
    -------
    Path
        The written ``attribution.csv``.
    """
    from .quotes import evaluate_quotes

    frames = []
    for split, held in (("train", False), ("dev", True)):
        r = evaluate_attribution(split, root)
        note = "error classes read on train" if not held else "held out (PolNeAR dev split)"
        frames.append(
            score_rows(
                "attribution",
                {k: r[k] for k in HEADLINE},
                n=r["n_quotations"] + r["n_reported"],
                gold_set="attribution-polnear",
                split=split,
                held_out=held,
                note=note,
            )
        )
        errs = error_table(r)
        frames.append(
            score_rows(
                "attribution",
                {
                    f"error_share {p}: {c}": s
                    for p, c, s in zip(errs["part"], errs["class"], errs["share"])
                },
                n=r["n_quotations"] + r["n_reported"],
                gold_set="attribution-polnear",
                split=split,
                held_out=held,
                note="error table by class",
            )
        )
        if held:
            for style in STYLES:
                rs = evaluate_attribution(split, root, style=style)
                frames.append(
                    score_rows(
                        "attribution",
                        {f"char_f1 {style}": rs["char_f1"]},
                        n=rs["n_quotations"],
                        gold_set="attribution-polnear",
                        split=split,
                        held_out=True,
                        note="direct-quote characters, house style",
                    )
                )
    frames.extend(_batch_frames())
    g = evaluate_quotes()
    frames.append(
        score_rows(
            "attribution",
            {"ggt_speaker_accuracy": g["speaker_accuracy"], "ggt_quote_f1": g["f1"]},
            n=g["n_gold"],
            gold_set="quotes-ggt",
            split="all",
            held_out=False,
            note="GGT: error classes read on it in earlier issues",
        )
    )
    return write_scores(frames, detector="attribution", folder=folder)


if __name__ == "__main__":  # pragma: no cover
    print(measure_attribution())
