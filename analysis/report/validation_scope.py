"""What report 05's scores were measured on, in words: the frame gold sets scored, and the
corpus of the report, which is none of the gold sets unless the report runs on one of them.

Report 05 scores the detectors on public gold sets; a reader of a report run on their own
corpus needs to be told that these are not scores on that corpus, and where those are measured
(report 08).  The frames section scores two or three gold sets (the third, Frermann et al.
2023, only where ``$FRAMING_FRAMES_EXTRA`` points), so its description is written from the sets
actually scored.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..detect.markers.lexicon import load_lexicons, resolve_lexicon
from ..detect.packs import packs_of
from ..lexicons import bundled_packs

#: Frame gold set (the keys of :func:`analysis.evaluation.frames.evaluate_frames`) -> what it is.
FRAME_SET_TEXT: dict[str, str] = {
    "synthetic": (
        "synthetic: {n} articles written to embody one frame each (only the designed frame "
        "counts as gold, a strict reading: trained coders recovered the designed frame about "
        "half of the time)"
    ),
    "semeval": (
        "semeval: {n} SemEval-2023 articles coded for the Media Frames Corpus dimensions "
        "(mapped: Economic -> economic and Morality -> morality exactly; Policy prescription -> "
        "responsibility, Quality of life -> human interest, Political -> conflict partially; the "
        "nine other dimensions have no generic counterpart)"
    ),
    "frermann": (
        "frermann: {n} climate-change news articles coded with a Semetko & Valkenburg battery "
        "(Frermann et al. 2023; resolution -> responsibility partially), optional: read where "
        "$FRAMING_FRAMES_EXTRA points"
    ),
}
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four"}


def frame_sets_text(sizes: Mapping[str, int]) -> str:
    """Name the frame gold sets scored, with their number of articles.

    Parameters
    ----------
    sizes
        Set name (``synthetic``, ``semeval``, ``frermann``) -> articles scored (both halves).

    Returns
    -------
    str
        One sentence: how many sets, and what each is.

    Examples
    --------
    >>> frame_sets_text({"synthetic": 100, "semeval": 433})[:35]
    'Scored on two gold sets: synthetic:'
    """
    parts = [
        FRAME_SET_TEXT.get(name, name + ": {n} articles").format(n=f"{n:,}")
        for name, n in sizes.items()
    ]
    count = _NUMBERS.get(len(parts), str(len(parts)))
    sets = "set" if len(parts) == 1 else "sets"
    return f"Scored on {count} gold {sets}: " + "; ".join(parts) + "."


def corpus_scope_text(
    corpus: str, corpus_args: str = "", own_sets: Mapping[str, str] | None = None
) -> str:
    """Say that report 05's scores are not measured on the report's corpus, and where they are.

    Parameters
    ----------
    corpus
        The corpus the reports were run on (a path); its file or folder name is shown.
    corpus_args
        The corpus options of ``framing report`` (``--corpus … --outlet-column …``), put into
        the command that draws a coding sample; ``""``: a placeholder.
    own_sets
        Gold sets drawn from this very corpus (:func:`gold_sets_of_corpus`): name -> the
        detectors scored on it.  Their rows are then said to be measured on the corpus itself.

    Returns
    -------
    str
        The note shown at the top of report 05.

    Examples
    --------
    >>> "not on a sample of articles.csv" in corpus_scope_text("/data/articles.csv")
    True
    >>> corpus_scope_text("/d/articles.csv", "", {"basil": "alignment links"})[:66]
    'The rows of basil (alignment links) are measured on articles.csv i'
    """
    name = _corpus_name(corpus, corpus_args)
    given = corpus_args or "--corpus CORPUS"
    if own_sets:
        sets = "; ".join(f"{s} ({d})" for s, d in own_sets.items())
        these = "these gold sets are" if len(own_sets) > 1 else "this gold set is"
        lead = (
            f"The rows of {sets} are measured on {name} itself: {these} drawn from it, so "
            "those scores were read on the corpus of this report, and rules may have been "
            "revised on it. Every other score is measured on the gold sets named in its rows "
            "(public annotated sets, and the project's own annotation of news corpora). "
        )
    else:
        lead = (
            "Every score in this report is measured on the gold sets named in its rows (public "
            "annotated sets, and the project's own annotation of other news corpora), not on a "
            f"sample of {name}. "
        )
    return (
        lead
        + "How well they carry to that corpus depends on how far its texts resemble those sets. "
        "Report 08 measures the detectors on a coded sample of the corpus itself, outlet by "
        f"outlet: draw it with `framing validate sample {given} --n 200 --out check/sheet.csv`, "
        f"code it, and run `framing report {given} --coding check/sheet-coded-NAME.csv`."
    )


def _given_corpus(corpus: str, corpus_args: str) -> str:
    """The corpus as given to ``framing report`` (its ``--corpus`` option), not the
    standardised copy the notebooks read when column options are given."""
    words = shlex.split(corpus_args) if corpus_args else []
    return words[words.index("--corpus") + 1] if "--corpus" in words[:-1] else corpus


def _corpus_name(corpus: str, corpus_args: str) -> str:
    """The file or folder name of the corpus as given to ``framing report``."""
    given = _given_corpus(corpus, corpus_args)
    return Path(given).name or str(given)


def gold_sets_of_corpus(
    corpus: str, corpus_args: str, rows: pd.DataFrame, shared: Path | None
) -> dict[str, str]:
    """The gold sets of the shipped scores that are drawn from the report's own corpus.

    A gold set is named by its folder in the shared data, then any note in brackets
    (``basil-same-event (triplet column)``); the corpus is one of its files when its path lies
    in ``shared/datasets/<name>`` or ``shared/validation/<name>``.

    Parameters
    ----------
    corpus, corpus_args
        As for :func:`corpus_scope_text`.
    rows
        The shipped scores (:func:`analysis.evaluation.scores.load_scores`: ``detector``,
        ``gold_set``).
    shared
        The shared data folder (:func:`analysis.paths.shared_dir`); ``None``: no set is.

    Returns
    -------
    dict
        Gold set folder -> its detectors (``"alignment links, same-event grouping"``), in the
        order of the rows.

    Examples
    --------
    >>> rows = pd.DataFrame({"detector": ["events"], "gold_set": ["basil (triplet column)"]})
    >>> gold_sets_of_corpus("/x/articles.csv", "", rows, None)
    {}
    """
    if shared is None or rows.empty:
        return {}
    path = Path(_given_corpus(corpus, corpus_args)).resolve()
    found: dict[str, list[str]] = {}
    for detector, gold_set in zip(rows["detector"], rows["gold_set"]):
        folder = str(gold_set).split(" (")[0].strip()
        if not folder or "/" in folder:
            continue
        homes = [(shared / kind / folder).resolve() for kind in ("datasets", "validation")]
        if any(h.is_dir() and path.is_relative_to(h) for h in homes):
            named = found.setdefault(folder, [])
            name = str(detector).split(" (")[0]
            if name not in named:
                named.append(name)
    return {s: ", ".join(d) for s, d in found.items()}


def unused_pack_rows(
    scores: pd.DataFrame, lexicons: Sequence[str | Path] | None
) -> tuple[pd.DataFrame, str]:
    """Leave out of the hit audit's table the rows of a topic pack this corpus does not use.

    The hit audit labels hits of every bundled lexicon, the Ukraine-war pack's naming groups
    (crimea, donbas, zelensky …) and loaded-term subcategories among them; on a corpus read
    without that pack (``--pack none``, or no pack fits) those rows score terms the other
    reports never count (review36).  A row is left out when its (category, subcategory) is
    reported by a bundled pack and not by the lexicons the reports use.

    Parameters
    ----------
    scores
        :func:`analysis.evaluation.markers_audit.score_audit` rows (``category``,
        ``subcategory``).
    lexicons
        The lexicon files of the reports (``framing report`` passes them); ``None``: the
        bundled default (:data:`analysis.detect.packs.DEFAULT_PACKS`).

    Returns
    -------
    DataFrame, str
        The rows kept, and a sentence naming the packs and subcategories left out (``""``
        when none is).

    Examples
    --------
    >>> from analysis.detect.packs import choose_lexicons
    >>> s = pd.DataFrame({"category": ["hedge", "naming"], "subcategory": ["x", "kyiv"]})
    >>> kept, said = unused_pack_rows(s, choose_lexicons(packs=[]))
    >>> kept["category"].tolist(), said[:40]
    (['hedge'], 'Left out: 1 row of the ukraine-2022 topi')
    >>> unused_pack_rows(s, None)[1]
    ''
    """
    if lexicons is None:
        return scores, ""
    lexicon = resolve_lexicon(lexicons)
    unused = [p for p in bundled_packs() if p not in packs_of(lexicon.files)]
    if not unused:
        return scores, ""
    pairs = set(load_lexicons(packs=unused).subcategories) - set(lexicon.subcategories)
    drop = [(c, s) in pairs for c, s in zip(scores["category"], scores["subcategory"])]
    left = scores[drop]
    if left.empty:
        return scores, ""
    subs = ", ".join(sorted(dict.fromkeys(left["subcategory"])))
    n = len(left)
    return scores[[not d for d in drop]], (
        f"Left out: {n:,} row{'s' if n != 1 else ''} of the {' and '.join(unused)} topic "
        f"pack{'s' if len(unused) != 1 else ''} ({subs}), which this corpus's reports do not "
        "use: their terms are counted nowhere in them."
    )


#: The hit audit's rounds whose fresh first scores report 05 quotes (later rounds' are in the
#: audit guideline, ``analysis/evaluation/audit/GUIDELINE.md``).
AUDIT_FRESH_TEXT = (
    "From `dev4` on, each round was drawn from the lexicons before any sense rule and its labels "
    "committed before any prediction was read, so its first score, with the rules of its day, "
    "is a fresh estimate of how the rules transfer to unseen text: wrong-sense hits removed 0.37 "
    "(`dev4`), 0.48, 0.44, 0.33, 0.53, 0.55, 0.62 (`dev10`, right-sense kept 0.97), 0.74 "
    "(`dev11`, drawn from AllSides topics and by-country outlets no earlier round had read; "
    "right-sense kept 0.95, or 0.77 / 0.97 with three labels aligned to the lexicon rows' "
    "notes), 0.57 (`dev12`, AllSides topics with at most one earlier article, Guardian/NYT, "
    "unlabelled BASIL and by-country articles; right-sense kept 0.97) and 0.75 (`dev13`, one "
    "AllSides article of each outlet no earlier round had read, Guardian/NYT, unlabelled BASIL "
    "and by-country articles; right-sense kept 0.95){later}. Dev splits were read to write the "
    "sense rules; `test` is held out. Precision before = share of the sampled hits in the right "
    "sense; after = among the hits today's lexicons still find."
)


def audit_rounds_text(splits: Sequence[str]) -> str:
    """Report 05's account of the hit audit's rounds, counted from the audit's own splits.

    The text said "twelve development rounds in new articles (`dev2` to `dev13`)" above a table
    of the rounds `dev2` to `dev23` (the report review of round 38): the rounds are counted here.

    Parameters
    ----------
    splits
        The ``split`` of every labelled hit (:func:`analysis.evaluation.markers_audit.
        load_audit`): ``dev``, ``test`` and the rounds ``dev2``, ``dev3`` ….

    Returns
    -------
    str
        Markdown.

    Examples
    --------
    >>> t = audit_rounds_text(["dev", "test", "dev2", "dev13", "dev3"])
    >>> "and 3 development rounds in new articles (`dev2` to `dev13`). From" in t
    True
    """
    rounds = sorted(
        {int(s[3:]) for s in map(str, splits) if s.startswith("dev") and s[3:].isdigit()}
    )
    later = (
        f"; the fresh scores of `dev14` to `dev{rounds[-1]}` are in the audit guideline "
        "(`analysis/evaluation/audit/GUIDELINE.md`)"
        if rounds and rounds[-1] > 13
        else ""
    )
    span = f" (`dev{rounds[0]}` to `dev{rounds[-1]}`)" if len(rounds) > 1 else ""
    return (
        "Hits of the marker lexicons sampled by term and corpus, each labelled by hand as the "
        "right or wrong sense and with its voice (`analysis/evaluation/audit/`, guideline in "
        "`GUIDELINE.md`): the first draw (split `dev` and the held-out `test`, from the lexicons "
        f"as they were before the sense rules) and {len(rounds):,} development round"
        f"{'s' if len(rounds) != 1 else ''} in new articles{span}. "
        + AUDIT_FRESH_TEXT.format(later=later)
    )
