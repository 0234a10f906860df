"""Distinguishing terms: the terms whose use most distinguishes one group from all the others.

The log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008,
"Fightin' Words", *Political Analysis* 16(4), eqs. 16–22), generalised to any number of groups
(each group against the rest).  Tokens are normalised by :func:`normalise_for_terms` and cut by
:data:`TOKEN_PATTERN`; the texts of a voice come from :func:`corpus_texts`.
:func:`analysis.compare.outlet_similarity` uses the same three, so both see the same terms.

The statistic
    For every group *i* and term *w*, the group's counts ``y_iw`` are compared with the pooled
    counts of all other groups ``y_jw``::

        a_w     = prior_scale * y_w                    (informative Dirichlet prior: whole corpus)
        a_0     = sum_w a_w
        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    where ``y_w`` is the term's count in the whole corpus and ``n_i``, ``n_j``, ``a_0`` are
    totals over the terms *of the same n-gram order* (unigrams and bigrams are separate
    multinomials).  The prior shrinks the log-odds of rare terms towards zero, and ``z``
    accounts for the remaining uncertainty, so frequent *and* lopsided terms rank first.

The prior's scale
    ``prior_scale`` = ``a_w / y_w``: pseudo-counts the prior adds per corpus occurrence of the
    term, so the prior's total mass ``a_0`` is ``prior_scale`` times the corpus size.  The
    default 0.1 shrinks rare terms firmly while keeping power for frequent ones: for a term used
    by one group only, ``z`` grows like ``sqrt(count) * log((1 + s) / s) / sqrt(1/s + 1/(1 + s))``,
    which peaks near ``s = 0.15`` (at ``s = 1`` it is a quarter lower, at ``s = 0.01`` 40 %
    lower).  Larger values trust the corpus-wide distribution more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError, check_corpus_frame
from ..text.typography import normalise_apostrophes
from .acronyms import dotted_acronyms
from .self_names import self_names
from .term_filters import (
    TermPreprocessor,
    check_term_arguments,
    resolve_stop_words,
    shown_terms,
)

__all__ = ["TOKEN_PATTERN", "normalise_for_terms", "corpus_texts", "distinguishing_terms"]


#: Default tokens: dotted abbreviations ("U.S.", "U.K.", "a.m.") as one token, else words of
#: letters (with inner apostrophes or hyphens); lower-cased.  Without the first alternative
#: "U.S." became the two tokens "u" and "s", which then ranked as distinguishing terms.  A word
#: has at least two letters, or a hyphen ("x-ray", "r-ky"): single letters are party labels
#: ("Sen. Collins (R)", "(D)") or the remains of initials, and ranked as one outlet's terms
#: ("r", "d" for the Christian Science Monitor on AllSides gun-control articles).
TOKEN_PATTERN = (
    r"(?u)(?:\b[^\W\d_]\.){2,}"
    r"|\b[^\W\d_](?:[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|(?:['\u2019\-][^\W\d_]+)+)\b"
)


#: A web address: its pieces are not words ("http", "abcn", "ws" ranked as ABC News's terms
#: from its "http://abcn.ws/…" links on AllSides gun-control articles).
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")


# Group x vocabulary count matrices up to this many cells are made dense at once.
_MAX_DENSE_CELLS = 10_000_000

_OUT_COLUMNS = [
    "group",
    "term",
    "ngram",
    "log_odds",
    "z",
    "count_group",
    "count_rest",
    "freq",
    "freq_rest",
    "n_docs_group",
]


def normalise_for_terms(text: str) -> str:
    """Lower-case and unify apostrophes, so "Russia’s" and "Russia's" are one term; web
    addresses are removed.

    An acronym that lower-cases to an English stop word ("US", "WHO", "IT": scikit-learn's
    ``ENGLISH_STOP_WORDS``) is first written dotted, so that "US" and "U.S." are one term
    ("u.s.") and neither is merged with the pronoun "us".  A word of a line written in capitals
    (a headline or subheading: "THE WAR IS BACK") or of a label in capitals of three words or
    seven letters ("IN THE NEWS:", "THE PRESIDENT:") is not an acronym and is only lower-cased.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str

    Examples
    --------
    >>> normalise_for_terms("The US told us; the U.S. and the WHO, who knew. NATO’s US-led")
    "the u.s. told us; the u.s. and the w.h.o., who knew. nato's us-led"
    >>> normalise_for_terms("THE US IS BACK\\nThe US and UK")  # a line in capitals
    'the us is back\\nthe u.s. and uk'
    >>> normalise_for_terms("IN THE NEWS: the US and the UK say the WHO is wrong")
    'in the news: the u.s. and the uk say the w.h.o. is wrong'
    >>> normalise_for_terms("Watch: http://abcn.ws/10CbAVK and www.x.com/a now")
    'watch:   and   now'

    """
    text = _URL.sub(" ", text)
    return normalise_apostrophes(dotted_acronyms(text).lower(), left_quote=True)


def corpus_texts(corpus: pd.DataFrame, voice: str) -> list[str]:
    """The texts of one voice, from the corpus's columns or, if absent, the pipeline.

    Parameters
    ----------
    corpus
        Corpus DataFrame: an ``author_text`` (voice ``"author"``), ``body`` (``"all"``) or
        ``quoted_text`` (``"quoted"``) column is used when present; otherwise
        :func:`analysis.pipeline.texts_for_voice` runs on ``text`` (or ``body``).
    voice
        ``"author"``, ``"quoted"`` or ``"all"``.

    Returns
    -------
    list of str
        One text per row (``""`` for a missing one).

    Examples
    --------
    >>> corpus_texts(pd.DataFrame({"body": ["One text.", None]}), "all")
    ['One text.', '']
    """
    if voice == "author" and "author_text" in corpus.columns:
        col = corpus["author_text"]
    elif voice == "all" and "body" in corpus.columns:
        col = corpus["body"]
    elif voice == "quoted" and "quoted_text" in corpus.columns:
        col = corpus["quoted_text"]
    else:
        if voice not in ("author", "quoted", "all"):
            raise FramingError(f"voice must be 'author', 'quoted' or 'all', not {voice!r}")
        from ..pipeline import texts_for_voice  # lazy: runs the cleaning + quote pipeline

        if "text" not in corpus.columns and "body" not in corpus.columns:
            raise FramingError(
                "distinguishing_terms: the corpus has no 'text' column (as loaded by "
                "load_corpus) nor a 'body' column (clean_corpus); columns are "
                f"{list(corpus.columns)[:12]}"
            )
        return [t if isinstance(t, str) else "" for t in texts_for_voice(corpus, voice)]
    return [t if isinstance(t, str) else "" for t in col]


def distinguishing_terms(
    corpus: Any,
    *,
    by: str = "outlet",
    voice: str = "author",
    ngram_range: tuple[int, int] = (1, 2),
    min_count: int = 3,
    min_docs: int = 2,
    max_doc_share: float | None = 0.5,
    prior_scale: float = 0.1,
    top: int | None = None,
    stop_words: str | Sequence[str] | None = "english",
    fold_variants: bool = True,
    drop_names: bool | Sequence[str] = True,
    token_pattern: str = TOKEN_PATTERN,
    grouping: str | None = None,
) -> pd.DataFrame:
    """Terms that distinguish each group from all the others: log-odds with an informative prior.

    The statistic (Monroe, Colaresi & Quinn 2008) is written out in :mod:`the module's
    documentation <analysis.compare.terms>`.

    Parameters
    ----------
    corpus
        Corpus DataFrame (pandas or Dask) with the ``by`` column.  If it has a ``status``
        column (e.g. merged from :func:`analysis.featurize`), rows whose status is not
        ``"ok"`` (not English, empty …) are left out (``attrs["n_excluded"]``).  Text: as
        :func:`corpus_texts` finds it for ``voice``.
    by
        Grouping column; at least two distinct values are needed.
    voice
        ``"author"`` (default: the outlet's own words, quotations removed), ``"quoted"`` or
        ``"all"``.
    ngram_range
        Smallest and largest n-gram length (word tokens).
    min_count
        Drop terms seen fewer than this many times in the whole corpus (after the totals and
        the prior are computed, so the filter does not change the other terms' scores).
    min_docs
        List a term a group uses more than the rest only when it occurs in at least this many
        of the group's documents (at most the group's size); a term of one article describes
        that article's story, not the group.  Its single words most of whose uses are inside a
        phrase listed above them are not listed either
        (:func:`analysis.compare.term_filters.shown_terms`).  Scores are computed before, so
        the filter changes no other term's ``z``.
    max_doc_share
        Nor when one document holds more than this share of the group's uses of the term
        (``None``: no such filter; a group of one article keeps its terms): "like" topped the
        NYT's list on the Guardian/NYT set, 61 of its uses in one podcast transcript.
    prior_scale
        ``a_w / y_w``, pseudo-counts per corpus occurrence (see the module documentation for
        why the default is 0.1).  Larger values trust the corpus-wide distribution more.
    top
        Keep only the ``top`` terms per group by ``z`` (default: all terms).
    stop_words
        Words left out before n-grams are formed: ``"english"`` (default: scikit-learn's
        English list plus honorifics, neutral reporting verbs, weekdays and contractions, see
        :func:`analysis.compare.term_filters.term_stop_words`), ``None`` (keep every word:
        function words can be distinctive of style), or your own list.
    fold_variants
        Count British/American spellings (defence/defense) and house-style variants
        (Zelenskiy/Zelensky, per cent/percent) as one term, shown in the corpus's most frequent
        spelling (default ``True``; tables ``lexicons/spelling_variants.csv`` and
        ``lexicons/term_variants.csv``).  Politically marked naming variants (Kyiv/Kiev) are
        not folded.
    drop_names
        Remove the groups' names for themselves ("The Guardian", "Guardian's") from the texts
        (``True``, the default: the group labels if publishers, see ``grouping``; the outlet
        names of the corpus's publisher columns, its web sites and dateline agencies,
        :func:`analysis.compare.self_names.self_names`), remove the names given (a list), or
        keep every name (``False``).
    token_pattern
        Regular expression for a token (scikit-learn ``CountVectorizer`` syntax).
    grouping
        The corpus column ``by`` came from (``--outlet-column lean``; ``None``: ``by``).  The
        group labels are set aside only when it names publishers (``outlet``, ``source`` …,
        :func:`~analysis.compare.self_names.names_publishers`): "US President" is kept.

    Returns
    -------
    pandas.DataFrame
        ``group``, ``term``, ``ngram`` (n), ``log_odds`` (delta), ``z``, ``count_group``,
        ``count_rest``, ``freq`` and ``freq_rest`` (per 1,000 n-grams of the same order),
        ``n_docs_group`` (documents of the group containing the term); sorted by group, then
        ``z`` descending.  Positive ``z``: used more by the group than by the rest.
        ``attrs["set_aside"]``: the names removed from the texts, as written (lower case),
        with their number of uses; ``attrs["self_names"]``: where each name was found.

    Examples
    --------
    >>> corpus = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "body": [
    ...     "the invasion began", "an invasion again", "the operation began", "operation again"]})
    >>> t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=2)
    >>> t.groupby("group")["term"].first().to_dict()
    {'A': 'invasion', 'B': 'operation'}
    """
    if not isinstance(corpus, pd.DataFrame) and hasattr(corpus, "compute"):
        corpus = corpus.compute()
    check_corpus_frame(corpus, what="distinguishing_terms")
    if by not in corpus.columns:
        raise FramingError(f"the corpus has no column {by!r} to group by")
    lo_n, hi_n = check_term_arguments(prior_scale, ngram_range, top, token_pattern, max_doc_share)
    corpus, n_excluded = _usable_rows(corpus, by)
    texts = corpus_texts(corpus, voice)
    groups, uniq = _groups(corpus, by)
    # the groups' names for themselves: group labels, outlet names (a lean is made of outlets:
    # "cnn" z = 13.3 for the left, round 27), web sites ("hpo" is "HuffPost"), dateline agencies
    # ("MINSK (BelTA) –" made "belta" a term of Belarus, round 40)
    own = self_names(corpus, by, texts, grouping=grouping) if drop_names is True else {}
    names = sorted({n for v in own.values() for n in v})
    names = names if drop_names is True else list(drop_names or ())
    pre = TermPreprocessor(
        normalise_for_terms, token_pattern, fold_variants=fold_variants, names=names
    )
    counted = _count_terms(texts, (lo_n, hi_n), pre, resolve_stop_words(stop_words))
    if counted is None:  # empty vocabulary
        return pd.DataFrame(columns=_OUT_COLUMNS)
    out = _score_groups(
        *counted,
        groups,
        uniq,
        prior_scale=prior_scale,
        min_count=min_count,
        min_docs=min_docs,
        max_doc_share=max_doc_share,
        top=top,
    )
    out = _displayed(out, counted, pre)
    out.attrs.update(
        {
            "by": by,
            "grouping": grouping or by,
            "voice": voice,
            "ngram_range": tuple(ngram_range),
            "min_count": min_count,
            "min_docs": min_docs,
            "max_doc_share": max_doc_share,
            "prior_scale": prior_scale,
            "n_docs": len(texts),
            "n_excluded": n_excluded,
            "stop_words": stop_words
            if isinstance(stop_words, str) or stop_words is None
            else "custom",
            "fold_variants": fold_variants,
            "dropped_names": list(names),
            "self_names": own,  # where each name was found (self_names)
            # the names met in the texts, as written, with their number of uses
            "set_aside": dict(pre.set_aside.most_common()),
        }
    )
    return out


def _displayed(out: pd.DataFrame, counted: tuple[Any, np.ndarray], pre: Any) -> pd.DataFrame:
    """Each term in the spelling the corpus uses most (folded variants only)."""
    if not pre.folded or out.empty:
        return out
    X, vocab = counted
    total = np.asarray(X.sum(axis=0)).ravel()
    pre.unigram_counts = {
        str(t): int(n) for t, n in zip(vocab, total) if " " not in t and t in pre.folded
    }
    return out.assign(term=out["term"].map(pre.display))


def _usable_rows(corpus: pd.DataFrame, by: str) -> tuple[pd.DataFrame, int]:
    """Rows with a ``by`` value and (if there is a ``status``) status "ok"; how many were not."""
    keep = np.array(corpus[by].notna().to_numpy(), dtype=bool)  # a writable copy
    if "status" in corpus.columns:
        keep &= corpus["status"].astype("string").eq("ok").fillna(False).to_numpy(dtype=bool)
    return corpus.loc[keep], int((~keep).sum())


def _groups(corpus: pd.DataFrame, by: str) -> tuple[np.ndarray, list[str]]:
    """Every row's group and the sorted distinct groups (at least two are needed)."""
    groups = corpus[by].astype(str).to_numpy()
    uniq = sorted(set(groups))
    if len(uniq) < 2:
        raise FramingError(
            f"distinguishing_terms compares groups against each other; the corpus has "
            f"{len(uniq)} distinct value(s) of {by!r}"
        )
    return groups, uniq


def _count_terms(
    texts: list[str],
    ngram_range: tuple[int, int],
    pre: Any,
    stop_words: frozenset[str],
) -> tuple[Any, np.ndarray] | None:
    """Sparse document x term counts and the terms; ``None`` when there is no term at all.

    The stop words are also given as the preprocessor writes them (so that "defence" in a
    user's list still removes "defense"), which keeps scikit-learn's consistency check quiet.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    stop = sorted(stop_words | set(pre.canonical(stop_words))) if stop_words else None
    vec = CountVectorizer(
        preprocessor=pre,
        ngram_range=ngram_range,
        token_pattern=pre.token_re.pattern,
        stop_words=stop,
        dtype=np.int64,
    )
    try:
        X = vec.fit_transform(texts)  # sparse docs x vocab
    except ValueError:  # empty vocabulary
        return None
    return X, vec.get_feature_names_out()


def _score_groups(
    X: Any,
    vocab: np.ndarray,
    groups: np.ndarray,
    uniq: list[str],
    *,
    prior_scale: float,
    min_count: int,
    min_docs: int,
    max_doc_share: float | None,
    top: int | None,
) -> pd.DataFrame:
    """Every group's terms against the rest, from the document x term counts ``X``."""
    from scipy import sparse

    order = np.char.count(vocab.astype(str), " ") + 1
    codes = pd.Categorical(groups, categories=uniq).codes
    G = sparse.csr_matrix(
        (np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(uniq), len(codes))
    )
    dense = len(vocab) * len(uniq) <= _MAX_DENSE_CELLS
    Y = np.asarray((G @ X).todense(), dtype=float) if dense else None
    D = (G @ (X > 0).astype(np.int64)).tocsr()
    total = np.asarray(X.sum(axis=0)).ravel().astype(float)
    prior = _prior(total, order, prior_scale)
    keep_terms = np.flatnonzero(total >= min_count)
    parts = []
    for gi, g in enumerate(uniq):
        # a group's row of the sparse product is itself sparse: np.asarray would wrap it in a
        # 0-d object array instead of giving its values
        yi = Y[gi] if Y is not None else (G[gi] @ X).toarray().ravel().astype(float)
        stats = _log_odds(yi, total, order, *prior)
        ndocs = np.asarray(D[gi].todense()).ravel()
        size = int((codes == gi).sum())
        need = min(min_docs, size)  # a group of one article keeps its terms
        ranked = _ranked(keep_terms, vocab, stats["z"], None)
        top_doc = (  # the group's largest count of each term in one article
            np.asarray(X[codes == gi].max(axis=0).todense()).ravel()
            if max_doc_share is not None and size > 1
            else None
        )
        idx = np.asarray(
            shown_terms(
                ranked,
                vocab,
                yi,
                ndocs,
                stats["z"],
                min_docs=need,
                top=top,
                top_doc=top_doc,
                max_doc_share=max_doc_share,
            ),
            int,
        )
        parts.append(
            pd.DataFrame(
                {
                    "group": g,
                    "term": vocab[idx].astype(str),
                    "ngram": order[idx].astype(int),
                    "log_odds": stats["log_odds"][idx],
                    "z": stats["z"][idx],
                    "count_group": yi[idx].astype(np.int64),
                    "count_rest": stats["count_rest"][idx].astype(np.int64),
                    "freq": stats["freq"][idx],
                    "freq_rest": stats["freq_rest"][idx],
                    "n_docs_group": ndocs[idx].astype(np.int64),
                }
            )
        )
    return pd.concat(parts, ignore_index=True)[_OUT_COLUMNS]


def _order_totals(values: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Each term's total of ``values`` over the terms of its n-gram order."""
    out = np.zeros_like(values)
    for o in np.unique(order):
        sel = order == o
        out[sel] = values[sel].sum()
    return out


def _prior(
    total: np.ndarray, order: np.ndarray, prior_scale: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The prior ``a_w``, its per-order total ``a_0`` and the corpus's per-order total."""
    a = prior_scale * total
    return a, _order_totals(a, order), _order_totals(total, order)


def _log_odds(
    yi: np.ndarray,
    total: np.ndarray,
    order: np.ndarray,
    a: np.ndarray,
    a0: np.ndarray,
    n_tot: np.ndarray,
) -> dict[str, np.ndarray]:
    """One group's log-odds, z, the rest's counts and both frequencies, for every term."""
    yj = total - yi
    ni = _order_totals(yi, order)
    nj = n_tot - ni
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a))
        var = 1.0 / (yi + a) + 1.0 / (yj + a)
        z = delta / np.sqrt(var)
        freq = np.where(ni > 0, 1000.0 * yi / np.where(ni > 0, ni, 1), np.nan)
        freq_rest = np.where(nj > 0, 1000.0 * yj / np.where(nj > 0, nj, 1), np.nan)
    return {"log_odds": delta, "z": z, "count_rest": yj, "freq": freq, "freq_rest": freq_rest}


def _ranked(keep: np.ndarray, vocab: np.ndarray, z: np.ndarray, top: int | None) -> np.ndarray:
    """The kept terms' indices by ``z`` descending (ties by term), the first ``top``."""
    idx = keep[np.lexsort((vocab[keep], -z[keep]))]
    if top is not None:
        idx = idx[: int(top)]
    return idx
