"""Align the articles of one event: shared units across outlets, and what each has alone.

Shared units
    Linked units are grouped with union-find, strongest links first (verbatim before
    paraphrase), with a guard against chaining: two groups merge only when every member of one
    is linked (verbatim, or paraphrase by the same rules) to the *representative* of the other,
    so A~B~C chains of ever-drifting sentences do not collapse into one unit.  The
    representative shown for a group is, among the members linked to all others, the one with
    verbatim partners in the most other outlets (ties: more partners, the longest, the first);
    each occurrence's ``relation`` is its relation to that representative.

Pairwise comparison is quadratic: about 2 s for 60 articles (1,450 units); meant for one
event (a few to a few hundred articles), not for a whole corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ...errors import CorpusError, check_corpus_frame
from .grouping import group_occurrences
from .links import (
    MIN_PARAPHRASE_WORDS,
    PARAPHRASE_THRESHOLD,
    VERBATIM_THRESHOLD,
    Link,
    PairLinker,
    find_links,
    unit_cosines,
    verbatim_relation,
)
from .normalisation import normalise
from .result import EventAlignment
from .speakers import unit_speaker
from .units import MIN_UNIT_WORDS, article_units, default_pipeline

__all__ = ["align_event"]

_UNIT_COLUMNS = ["text", "kind", "speaker", "n_outlets", "outlets", "n_occurrences", "occurrences"]


def align_event(
    corpus: pd.DataFrame,
    *,
    paraphrase_threshold: float = PARAPHRASE_THRESHOLD,
    verbatim_threshold: float = VERBATIM_THRESHOLD,
    min_words: int = MIN_UNIT_WORDS,
    min_paraphrase_words: int = MIN_PARAPHRASE_WORDS,
    by: str = "outlet",
    spelling: str = "spelling_variants.csv",
) -> EventAlignment:
    """Align the articles of one event: shared units across outlets, and what is unique.

    Parameters
    ----------
    corpus
        Articles about one event, as loaded by :func:`analysis.load_corpus` (``article_id``,
        ``outlet``, ``text``); a ``body`` column (``clean_corpus``) is used when present,
        otherwise the per-article route (:func:`analysis.pipeline.analyse_article`) cleans
        each text and finds its quotations.
    paraphrase_threshold
        Minimum char n-gram TF-IDF cosine for a paraphrase link (and for the grouping guard).
    verbatim_threshold
        Minimum token ratio / containment share for a verbatim link.
    min_words
        Units with fewer words are ignored.
    min_paraphrase_words
        Paraphrase links need at least this many words in both units.
    by
        Column naming the outlets (matrix columns); several articles of one outlet share a
        column.  Falls back to ``article_id`` when the column is absent.
    spelling
        Spelling-rule table for :func:`normalise`.

    Returns
    -------
    EventAlignment
        ``.units``, ``.matrix``, ``.links``, ``.table()``, ``.outlet_summary()``.

    Raises
    ------
    CorpusError
        The corpus has neither a ``text`` nor a ``body`` column.

    Examples
    --------
    >>> corpus = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["UK", "US", "RU"],
    ...     "body": ["Peskov said: 'We really are finishing the demilitarisation of Ukraine.'",
    ...              'Peskov said: "We really are finishing the demilitarization of Ukraine."',
    ...              "Crimea voted to rejoin Russia in 2014."]})
    >>> ev = align_event(corpus)
    >>> ev.matrix.loc[ev.units.index[0]].tolist()
    ['verbatim', 'verbatim', 'absent']
    """
    if not isinstance(corpus, pd.DataFrame):
        raise CorpusError("align_event: pass a corpus DataFrame (load_corpus(...)).")
    check_corpus_frame(corpus, what="align_event")
    params = {
        "paraphrase_threshold": paraphrase_threshold,
        "verbatim_threshold": verbatim_threshold,
        "min_words": min_words,
        "min_paraphrase_words": min_paraphrase_words,
        "by": by,
        "spelling": spelling,
    }
    ids, outlets_col = _article_outlets(corpus, by)
    outlets: list[str] = list(dict.fromkeys(outlets_col))
    bodies, occ = _occurrences(corpus, ids, outlets_col, min_words=min_words)
    norm = [normalise(o["text"], spelling=spelling) for o in occ]
    toks = [t.split() for t in norm]
    outlet_of = np.array([o["outlet"] for o in occ], dtype=object)
    cos = unit_cosines(norm)
    rules = {
        "verbatim_threshold": verbatim_threshold,
        "paraphrase_threshold": paraphrase_threshold,
        "min_paraphrase_words": min_paraphrase_words,
    }
    links = find_links(norm, toks, outlet_of, cos, **rules)
    # every member of a group stays linked to the group's representative, so A~B~C chains of
    # drifting sentences do not become one unit
    linked = PairLinker(links, norm, toks, outlet_of, cos, **rules)
    groups, merged_by = group_occurrences(links, toks, linked)
    verb_pairs = _verbatim_partners(links, len(occ))
    unit_rows = [
        _unit_row(
            members,
            occ,
            norm,
            toks,
            cos,
            outlet_of,
            verb_pairs,
            linked,
            verbatim_threshold=verbatim_threshold,
        )
        for members in groups.values()
    ]
    unit_rows.sort(key=lambda r: (-r["n_outlets"], r["_first"]))
    units, matrix, link_df = _tables(unit_rows, outlets, links, merged_by)
    return EventAlignment(
        units=units,
        matrix=matrix,
        links=link_df,
        outlets=outlets,
        bodies=dict(zip(ids, bodies)),
        params=params,
    )


def _is_missing(value: Any) -> bool:
    """None, pandas' NA or a float NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _article_outlets(corpus: pd.DataFrame, by: str) -> tuple[list[str], list[str]]:
    """Every article's id and outlet (a missing or blank outlet falls back to the id)."""
    n_art = len(corpus)
    ids = [
        str(x) for x in (corpus["article_id"] if "article_id" in corpus.columns else range(n_art))
    ]
    if by not in corpus.columns:
        return ids, list(ids)
    # 1, 2 (numbers) are outlets too
    outlets_col = [
        ids[i] if _is_missing(o) or not str(o).strip() else str(o) for i, o in enumerate(corpus[by])
    ]
    return ids, outlets_col


def _body_column(corpus: pd.DataFrame) -> list[str]:
    """The ``body`` column (``clean_corpus``) as strings."""
    if "body" not in corpus.columns:
        raise CorpusError(
            "align_event: the corpus needs a 'text' column (as loaded by "
            "load_corpus) or a 'body' column (clean_corpus)."
        )
    return [
        "" if (b is None or (isinstance(b, float) and np.isnan(b))) else str(b)
        for b in corpus["body"]
    ]


def _occurrences(
    corpus: pd.DataFrame, ids: list[str], outlets_col: list[str], *, min_words: int
) -> tuple[list[str], list[dict[str, Any]]]:
    """The bodies, and every unit of every body with its outlet, article id and position."""
    if not len(corpus):
        return [], []
    _, split_sentences, find_quotes = default_pipeline()
    if "body" in corpus.columns or "text" not in corpus.columns:
        bodies, quotes = _body_column(corpus), [None] * len(corpus)
    else:  # the per-article route, as featurize and spans run it: clean, then quotations
        from ...pipeline import analyse_corpus

        analyses = analyse_corpus(corpus)
        bodies, quotes = [a.body for a in analyses], [a.quotes for a in analyses]
    occ: list[dict[str, Any]] = []
    for i, body in enumerate(bodies):
        for u in article_units(
            body,
            min_words=min_words,
            split_sentences=split_sentences,
            find_quotes=find_quotes,
            quotes=quotes[i],
        ):
            occ.append({"outlet": outlets_col[i], "article_id": ids[i], "article_pos": i, **u})
    return bodies, occ


def _verbatim_partners(links: Sequence[Link], n: int) -> dict[int, set[int]]:
    """Occurrence -> the occurrences it has a verbatim link with."""
    verb_pairs: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b, rel, _, _ in links:
        if rel == "verbatim":
            verb_pairs[a].add(b)
            verb_pairs[b].add(a)
    return verb_pairs


def _representative(
    members: list[int],
    toks: Sequence[Sequence[str]],
    outlet_of: np.ndarray,
    verb_pairs: dict[int, set[int]],
    linked: Callable[[int, int], bool],
) -> int:
    """The occurrence shown for a group (``members`` in article order).

    The one with verbatim partners in the most other outlets, then the most partners, the
    longest, the first -- among the members linked to every other member (the guard keeps at
    least one).
    """
    mset = set(members)
    central = [i for i in members if all(linked(i, j) for j in members)] or members
    return max(
        central,
        key=lambda i: (
            len({outlet_of[j] for j in verb_pairs[i] & mset} - {outlet_of[i]}),
            len(verb_pairs[i] & mset),
            len(toks[i]),
            -members.index(i),
        ),
    )


def _unit_row(
    members: list[int],
    occ: list[dict[str, Any]],
    norm: Sequence[str],
    toks: Sequence[Sequence[str]],
    cos: np.ndarray,
    outlet_of: np.ndarray,
    verb_pairs: dict[int, set[int]],
    linked: Callable[[int, int], bool],
    *,
    verbatim_threshold: float,
) -> dict[str, Any]:
    """One shared unit: its representative's text, its occurrences and their relations."""
    members.sort(key=lambda i: (occ[i]["article_pos"], occ[i]["start"]))
    r = _representative(members, toks, outlet_of, verb_pairs, linked)
    occs = []
    for i in members:
        if (
            i == r
            or norm[i] == norm[r]
            or verbatim_relation(toks[i], toks[r], verbatim_threshold)[0]
        ):
            relation = "verbatim"
        else:
            relation = "paraphrase"
        o = occ[i]
        occs.append(
            {
                "outlet": o["outlet"],
                "article_id": o["article_id"],
                "start": o["start"],
                "end": o["end"],
                "text": o["text"],
                "kind": o["kind"],
                "speaker": o["speaker"],
                "relation": relation,
                "cosine": 1.0 if i == r else round(float(cos[i, r]), 3),
            }
        )
    outs = list(dict.fromkeys(o["outlet"] for o in occs))
    return {
        "text": occ[r]["text"],
        "kind": occ[r]["kind"],
        # one speaker when the outlets agree, each outlet's own when they differ (article
        # order, not set order, which changes with the interpreter's hash seed)
        "speaker": unit_speaker((o["outlet"], o["speaker"]) for o in occs),
        "n_outlets": len(outs),
        "outlets": outs,
        "n_occurrences": len(occs),
        "occurrences": occs,
        "_first": (occ[members[0]]["article_pos"], occ[members[0]]["start"]),
        "_members": members,
    }


def _tables(
    unit_rows: list[dict[str, Any]],
    outlets: list[str],
    links: Sequence[Link],
    merged_by: dict[tuple[int, int], bool],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The units, the units x outlets matrix and the links, with unit ids in row order."""
    unit_ids = [f"u{k + 1:03d}" for k in range(len(unit_rows))]
    index = pd.Index(unit_ids, name="unit")
    occ_unit = {i: uid for uid, r in zip(unit_ids, unit_rows) for i in r["_members"]}
    records = [{k: v for k, v in r.items() if not k.startswith("_")} for r in unit_rows]
    try:
        units = pd.DataFrame(records, columns=_UNIT_COLUMNS, index=index)
    except UnicodeEncodeError:  # a lone surrogate in a given body: pandas' string dtype fails
        units = pd.DataFrame(records, columns=_UNIT_COLUMNS, index=index, dtype=object)
    cells = []
    for r in unit_rows:
        row = dict.fromkeys(outlets, "absent")
        for o in r["occurrences"]:
            if row[o["outlet"]] != "verbatim":
                row[o["outlet"]] = o["relation"]
        cells.append(row)
    matrix = pd.DataFrame(cells, index=index, columns=pd.Index(outlets, name="outlet"))
    link_df = pd.DataFrame(
        [
            {
                "a": a,
                "b": b,
                "relation": rel,
                "cosine": c,
                "token_score": s,
                "unit": occ_unit[a] if merged_by.get((a, b)) else None,
            }
            for a, b, rel, c, s in links
        ],
        columns=["a", "b", "relation", "cosine", "token_score", "unit"],
    )
    return units, matrix, link_df
