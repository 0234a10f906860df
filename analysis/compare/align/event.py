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

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ...errors import CorpusError, check_corpus_frame
from .links import (
    PARAPHRASE_THRESHOLD,
    VERBATIM_THRESHOLD,
    MIN_PARAPHRASE_WORDS,
    CANDIDATE_COSINE,
    DIFFLIB_COSINE,
    is_paraphrase,
    verbatim_relation,
)
from .normalisation import normalise
from .result import EventAlignment
from .units import MIN_UNIT_WORDS, article_units, default_pipeline

__all__ = ["align_event"]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i


def _bodies(corpus: pd.DataFrame, clean: Callable[..., Any] | None) -> list[str]:
    if "body" in corpus.columns:
        return ["" if (b is None or (isinstance(b, float) and np.isnan(b))) else str(b) for b in corpus["body"]]
    if "text" not in corpus.columns:
        raise CorpusError("align_event: the corpus needs a 'text' column (as loaded by load_corpus) "
                          "or a 'body' column (clean_corpus).")
    if clean is None:
        clean = default_pipeline()[0]
    out = []
    titles = corpus["title"] if "title" in corpus.columns else [None] * len(corpus)
    for raw, title in zip(corpus["text"], titles):
        raw = "" if raw is None or (isinstance(raw, float) and np.isnan(raw)) else str(raw)
        title = None if title is None or (isinstance(title, float) and np.isnan(title)) or not str(title) else str(title)
        out.append(clean(raw, title=title).body if raw else "")
    return out


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
        otherwise each text is cleaned with :func:`analysis.clean.clean_article`.
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
    params = {"paraphrase_threshold": paraphrase_threshold, "verbatim_threshold": verbatim_threshold,
              "min_words": min_words, "min_paraphrase_words": min_paraphrase_words, "by": by, "spelling": spelling}
    n_art = len(corpus)
    ids = [str(x) for x in (corpus["article_id"] if "article_id" in corpus.columns else range(n_art))]
    if by in corpus.columns:
        # a missing or blank outlet falls back to the article id; 1, 2 (numbers) are outlets too
        outlets_col = [ids[i] if o is None or o is pd.NA or (isinstance(o, float) and o != o) or not str(o).strip()
                       else str(o) for i, o in enumerate(corpus[by])]
    else:
        outlets_col = list(ids)
    outlets: list[str] = list(dict.fromkeys(outlets_col))
    needs_pipeline = n_art > 0
    clean, split_sentences, find_quotes = default_pipeline() if needs_pipeline else (None, None, None)
    bodies = _bodies(corpus, clean) if n_art else []

    occ: list[dict[str, Any]] = []
    for i, body in enumerate(bodies):
        for u in article_units(body, min_words=min_words, split_sentences=split_sentences, find_quotes=find_quotes):
            occ.append({"outlet": outlets_col[i], "article_id": ids[i], "article_pos": i, **u})

    norm = [normalise(o["text"], spelling=spelling) for o in occ]
    toks = [t.split() for t in norm]
    n = len(occ)
    links: list[tuple[int, int, str, float, float]] = []
    cos = np.zeros((n, n))
    outlet_of = np.array([o["outlet"] for o in occ], dtype=object)
    if n >= 2:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False)
        try:
            X = vec.fit_transform(norm)
            cos = (X @ X.T).toarray()
        except ValueError:  # empty vocabulary
            cos = np.zeros((n, n))
        joined = [" " + t + " " for t in norm]
        # candidate pairs: a verbatim or paraphrase pair shares character n-grams; the
        # candidate floor only saves time (an excerpt has cosine >= 0.14 with its source on BASIL)
        cand = np.argwhere(np.triu(cos >= CANDIDATE_COSINE, k=1))
        for a, b in cand.tolist():
            same_outlet = outlet_of[a] == outlet_of[b]
            c = float(cos[a, b])
            rel: str | None = None
            score = 0.0
            if norm[a] == norm[b] or joined[a] in joined[b] or joined[b] in joined[a]:
                rel, score = "verbatim", 1.0
            elif c >= DIFFLIB_COSINE:
                rel, score = verbatim_relation(toks[a], toks[b], verbatim_threshold)
            if rel is None and not same_outlet and is_paraphrase(c, toks[a], toks[b], paraphrase_threshold,
                                                               min_paraphrase_words):
                rel = "paraphrase"
            if rel is not None:
                links.append((a, b, rel, c, score))

    # --- grouping with a guard against chaining: every member of a group stays linked to the
    # group's representative, so A~B~C chains of drifting sentences do not become one unit.
    uf = _UnionFind(n)
    rep = list(range(n))  # representative (an occurrence index) of each root
    group_members: dict[int, list[int]] = {i: [i] for i in range(n)}
    link_set = {(a, b) for a, b, *_ in links}
    _linked_cache: dict[tuple[int, int], bool] = {}

    def strength(link: tuple[int, int, str, float, float]) -> tuple[int, float, float]:
        return (1 if link[2] == "verbatim" else 0, link[4] if link[2] == "verbatim" else link[3], link[3])

    def linked(i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        if i == j or key in link_set:
            return True
        if key not in _linked_cache:
            _linked_cache[key] = bool(
                norm[i] == norm[j]
                or verbatim_relation(toks[i], toks[j], verbatim_threshold)[0]
                or (outlet_of[i] != outlet_of[j]
                    and is_paraphrase(cos[i, j], toks[i], toks[j], paraphrase_threshold, min_paraphrase_words))
            )
        return _linked_cache[key]

    merged_by: dict[tuple[int, int], bool] = {}
    for link in sorted(links, key=strength, reverse=True):
        a, b = link[0], link[1]
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            merged_by[(a, b)] = True
            continue
        if len(group_members[ra]) < len(group_members[rb]) or (
                len(group_members[ra]) == len(group_members[rb]) and len(toks[rep[ra]]) < len(toks[rep[rb]])):
            ra, rb = rb, ra  # ra: the larger group (then the longer representative)
        if all(linked(rep[ra], m) for m in group_members[rb]):
            keep = rep[ra]
        elif all(linked(rep[rb], m) for m in group_members[ra]):
            keep = rep[rb]
        else:
            merged_by[(a, b)] = False
            continue
        uf.parent[rb] = ra
        rep[ra] = keep
        group_members[ra].extend(group_members.pop(rb))
        merged_by[(a, b)] = True

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)

    verb_pairs: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b, rel, _, _ in links:
        if rel == "verbatim":
            verb_pairs[a].add(b)
            verb_pairs[b].add(a)

    unit_rows = []
    for members in groups.values():
        members.sort(key=lambda i: (occ[i]["article_pos"], occ[i]["start"]))
        mset = set(members)
        # representative: most verbatim partners in the group, then the longest, then first
        # (among the members linked to every other member -- the guard keeps at least one)
        central = [i for i in members if all(linked(i, j) for j in members)] or members
        r = max(central, key=lambda i: (len({outlet_of[j] for j in verb_pairs[i] & mset} - {outlet_of[i]}),
                                         len(verb_pairs[i] & mset), len(toks[i]), -members.index(i)))
        occs = []
        for i in members:
            if i == r or norm[i] == norm[r]:
                relation = "verbatim"
            else:
                relation = "verbatim" if verbatim_relation(toks[i], toks[r], verbatim_threshold)[0] else "paraphrase"
            o = occ[i]
            occs.append({"outlet": o["outlet"], "article_id": o["article_id"], "start": o["start"],
                         "end": o["end"], "text": o["text"], "kind": o["kind"], "relation": relation,
                         "cosine": 1.0 if i == r else round(float(cos[i, r]), 3)})
        outs = list(dict.fromkeys(o["outlet"] for o in occs))
        speakers = [occ[i]["speaker"] for i in members if occ[i]["speaker"]]
        unit_rows.append({
            "text": occ[r]["text"],
            "kind": occ[r]["kind"],
            # the most frequent speaker; a tie goes to the first in article order (not to set order,
            # which changes with the interpreter's hash seed)
            "speaker": max(dict.fromkeys(speakers), key=speakers.count) if speakers else "",
            "n_outlets": len(outs),
            "outlets": outs,
            "n_occurrences": len(occs),
            "occurrences": occs,
            "_first": (occ[members[0]]["article_pos"], occ[members[0]]["start"]),
            "_members": members,
        })
    unit_rows.sort(key=lambda r: (-r["n_outlets"], r["_first"]))
    unit_ids = [f"u{k + 1:03d}" for k in range(len(unit_rows))]
    occ_unit = {}
    for uid, r in zip(unit_ids, unit_rows):
        for i in r["_members"]:
            occ_unit[i] = uid
    unit_records = [{k: v for k, v in r.items() if not k.startswith("_")} for r in unit_rows]
    unit_columns = ["text", "kind", "speaker", "n_outlets", "outlets", "n_occurrences", "occurrences"]
    try:
        units = pd.DataFrame(unit_records, columns=unit_columns, index=pd.Index(unit_ids, name="unit"))
    except UnicodeEncodeError:  # a lone surrogate in a given body: pandas' string dtype cannot hold it
        units = pd.DataFrame(unit_records, columns=unit_columns, index=pd.Index(unit_ids, name="unit"), dtype=object)
    cells = []
    for r in unit_rows:
        row = dict.fromkeys(outlets, "absent")
        for o in r["occurrences"]:
            if row[o["outlet"]] != "verbatim":
                row[o["outlet"]] = o["relation"]
        cells.append(row)
    matrix = pd.DataFrame(cells, index=pd.Index(unit_ids, name="unit"), columns=pd.Index(outlets, name="outlet"))
    link_df = pd.DataFrame(
        [{"a": a, "b": b, "relation": rel, "cosine": c, "token_score": s,
          "unit": occ_unit[a] if merged_by.get((a, b)) else None} for a, b, rel, c, s in links],
        columns=["a", "b", "relation", "cosine", "token_score", "unit"],
    )
    return EventAlignment(units=units, matrix=matrix, links=link_df, outlets=outlets,
                          bodies=dict(zip(ids, bodies)), params=params)
