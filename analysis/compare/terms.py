"""Distinguishing terms: the terms whose use most distinguishes one group from all the others.

The log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008,
"Fightin' Words", eqs. 16–22), generalised to any number of groups (each group against the
rest).  Tokens are normalised by :func:`normalise_for_terms` and cut by :data:`TOKEN_PATTERN`;
the texts of a voice come from :func:`corpus_texts`.  :func:`analysis.compare.outlet_similarity`
uses the same three, so that both see the same terms.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import numpy as np
import pandas as pd

from ..errors import FramingError, check_corpus_frame

__all__ = ["TOKEN_PATTERN", "normalise_for_terms", "corpus_texts", "distinguishing_terms"]


#: Default tokens: dotted abbreviations ("U.S.", "U.K.", "a.m.") as one token, else words of
#: letters (with inner apostrophes or hyphens); lower-cased.  Without the first alternative
#: "U.S." became the two tokens "u" and "s", which then ranked as distinguishing terms.
TOKEN_PATTERN = r"(?u)(?:\b[^\W\d_]\.){2,}|\b[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*\b"


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


#: A short all-capitals word standing alone (not inside a compound such as "US-led").
_CAPS_WORD = re.compile(r"(?<![\w.'\u2019-])[A-Z]{2,4}(?![\w'\u2019-]|\.\w)")


def _dotted_if_stop_word(m: re.Match[str]) -> str:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # the Glasgow stop-word list

    w = m.group()
    return ".".join(w) + "." if w.lower() in ENGLISH_STOP_WORDS else w


def normalise_for_terms(text: str) -> str:
    """Lower-case and unify apostrophes, so "Russia’s" and "Russia's" are one term.

    An acronym that lower-cases to an English stop word ("US", "WHO", "IT": scikit-learn's
    ``ENGLISH_STOP_WORDS``) is first written dotted, so that "US" and "U.S." are one term ("u.s.") and neither is merged with
    the pronoun "us".

    Examples
    --------
    >>> normalise_for_terms("The US told us; the U.S. and the WHO, who knew. NATO’s US-led")
    "the u.s. told us; the u.s. and the w.h.o., who knew. nato's us-led"
    """
    return _CAPS_WORD.sub(_dotted_if_stop_word, text).lower().translate(_APOSTROPHES)


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
                f"distinguishing_terms: the corpus has no 'text' column (as loaded by load_corpus) nor a 'body' "
                f"column (clean_corpus); columns are {list(corpus.columns)[:12]}"
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
    prior_scale: float = 0.1,
    top: int | None = None,
    stop_words: Sequence[str] | None = None,
    token_pattern: str = TOKEN_PATTERN,
) -> pd.DataFrame:
    """Terms that distinguish each group from all the others: log-odds with an informative prior.

    For every group *i* and term *w*, the group's counts ``y_iw`` are compared with the pooled
    counts of all other groups ``y_jw`` (Monroe, Colaresi & Quinn 2008, *Political Analysis*
    16(4), eqs. 16–22)::

        a_w     = prior_scale * y_w                    (informative Dirichlet prior: whole corpus)
        a_0     = sum_w a_w
        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    where ``y_w`` is the term's count in the whole corpus and ``n_i``, ``n_j``, ``a_0`` are totals
    over the terms *of the same n-gram order* (unigrams and bigrams are separate multinomials).
    The prior shrinks the log-odds of rare terms towards zero, and ``z`` accounts for the
    remaining uncertainty, so frequent *and* lopsided terms rank first.

    Parameters
    ----------
    corpus
        Corpus DataFrame (pandas or Dask) with the ``by`` column.  If it has a ``status``
        column (e.g. merged from :func:`analysis.featurize`), rows whose status is not
        ``"ok"`` (not English, empty …) are left out (``attrs["n_excluded"]``).  Text: an ``author_text``
        column (voice ``"author"``), ``body`` (voice ``"all"``) or ``quoted_text`` (voice
        ``"quoted"``) when present; otherwise :func:`analysis.pipeline.texts_for_voice` runs
        the cleaning and quotation pipeline on ``text``.
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
    prior_scale
        ``a_w / y_w``: pseudo-counts the prior adds per corpus occurrence of the term, so the
        prior's total mass ``a_0`` is ``prior_scale`` times the corpus size.  The default 0.1
        shrinks rare terms firmly while keeping power for frequent ones: for a term used by
        one group only, ``z`` grows like ``sqrt(count) * log((1 + s) / s) / sqrt(1/s + 1/(1 + s))``,
        which peaks near ``s = 0.15`` (at ``s = 1`` it is a quarter lower, at ``s = 0.01``
        40 % lower).  Larger values trust the corpus-wide distribution more.
    top
        Keep only the ``top`` terms per group by ``z`` (default: all terms).
    stop_words
        Terms to ignore (default none: function words can be distinctive of style).
    token_pattern
        Regular expression for a token (scikit-learn ``CountVectorizer`` syntax).

    Returns
    -------
    pandas.DataFrame
        ``group``, ``term``, ``ngram`` (n), ``log_odds`` (delta), ``z``, ``count_group``,
        ``count_rest``, ``freq`` and ``freq_rest`` (per 1,000 n-grams of the same order),
        ``n_docs_group`` (documents of the group containing the term); sorted by group, then
        ``z`` descending.  Positive ``z``: used more by the group than by the rest.

    Examples
    --------
    >>> corpus = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
    ...     "body": ["the invasion began", "an invasion again", "the operation began", "operation again"]})
    >>> t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=2)
    >>> t.groupby("group")["term"].first().to_dict()
    {'A': 'invasion', 'B': 'operation'}
    """
    from sklearn.feature_extraction.text import CountVectorizer

    if not isinstance(corpus, pd.DataFrame) and hasattr(corpus, "compute"):
        corpus = corpus.compute()
    check_corpus_frame(corpus, what="distinguishing_terms")
    if by not in corpus.columns:
        raise FramingError(f"the corpus has no column {by!r} to group by")
    if isinstance(prior_scale, bool) or not isinstance(prior_scale, (int, float, np.number)) or not 0 < prior_scale < np.inf:
        raise FramingError(f"prior_scale must be a positive number, not {prior_scale!r}")
    try:
        lo_n, hi_n = ngram_range
    except (TypeError, ValueError):
        raise FramingError(f"ngram_range must be a pair (min, max) such as (1, 2), not {ngram_range!r}") from None
    if not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in (lo_n, hi_n)) or not (1 <= lo_n <= hi_n):
        raise FramingError(f"ngram_range must be (min, max) whole numbers with 1 <= min <= max, not {ngram_range!r}")
    if top is not None and (isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0):
        raise FramingError(f"top must be None or a number of terms >= 0, not {top!r}")
    import re

    try:
        n_groups = re.compile(token_pattern).groups
    except (re.error, TypeError) as exc:
        raise FramingError(f"token_pattern {token_pattern!r} is not a valid regular expression ({exc})") from None
    if n_groups > 1:  # scikit-learn refuses it, which would look like an empty vocabulary
        raise FramingError(
            f"token_pattern {token_pattern!r} has {n_groups} capturing groups; use at most one (or (?:...) groups)"
        )
    keep = np.array(corpus[by].notna().to_numpy(), dtype=bool)  # a writable copy
    if "status" in corpus.columns:
        keep &= corpus["status"].astype("string").eq("ok").fillna(False).to_numpy(dtype=bool)
    n_excluded = int((~keep).sum())
    corpus = corpus.loc[keep]
    texts = corpus_texts(corpus, voice)
    groups = corpus[by].astype(str).to_numpy()
    uniq = sorted(set(groups))
    out_cols = ["group", "term", "ngram", "log_odds", "z", "count_group", "count_rest", "freq",
                "freq_rest", "n_docs_group"]
    if len(uniq) < 2:
        raise FramingError(
            f"distinguishing_terms compares groups against each other; the corpus has {len(uniq)} "
            f"distinct value(s) of {by!r}"
        )
    vec = CountVectorizer(preprocessor=normalise_for_terms, ngram_range=(lo_n, hi_n), token_pattern=token_pattern,
                          stop_words=list(stop_words) if stop_words else None, dtype=np.int64)
    try:
        X = vec.fit_transform(texts)  # sparse docs x vocab
    except ValueError:  # empty vocabulary
        return pd.DataFrame(columns=out_cols)
    vocab = vec.get_feature_names_out()
    order = np.char.count(vocab.astype(str), " ") + 1
    codes = pd.Categorical(groups, categories=uniq).codes
    from scipy import sparse

    G = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(uniq), len(codes)))
    Y = np.asarray((G @ X).todense(), dtype=float) if len(vocab) * len(uniq) <= 10_000_000 else None
    D = (G @ (X > 0).astype(np.int64)).tocsr()
    total = np.asarray(X.sum(axis=0)).ravel().astype(float)
    a = prior_scale * total
    # per-order totals of the corpus and of the prior
    orders = np.unique(order)
    a0 = np.zeros_like(total)
    n_tot = np.zeros_like(total)
    for o in orders:
        sel = order == o
        a0[sel] = a[sel].sum()
        n_tot[sel] = total[sel].sum()
    keep_terms = total >= min_count
    parts = []
    for gi, g in enumerate(uniq):
        yi = Y[gi] if Y is not None else np.asarray(G[gi] @ X).ravel().astype(float)
        yj = total - yi
        ni = np.zeros_like(total)
        for o in orders:
            sel = order == o
            ni[sel] = yi[sel].sum()
        nj = n_tot - ni
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = (np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a)))
            var = 1.0 / (yi + a) + 1.0 / (yj + a)
            z = delta / np.sqrt(var)
            freq = np.where(ni > 0, 1000.0 * yi / np.where(ni > 0, ni, 1), np.nan)
            freq_rest = np.where(nj > 0, 1000.0 * yj / np.where(nj > 0, nj, 1), np.nan)
        idx = np.flatnonzero(keep_terms)
        # sort by z descending, ties by term for determinism
        idx = idx[np.lexsort((vocab[idx], -z[idx]))]
        if top is not None:
            idx = idx[: int(top)]
        ndocs = np.asarray(D[gi].todense()).ravel()
        parts.append(pd.DataFrame({
            "group": g, "term": vocab[idx].astype(str), "ngram": order[idx].astype(int),
            "log_odds": delta[idx], "z": z[idx],
            "count_group": yi[idx].astype(np.int64), "count_rest": yj[idx].astype(np.int64),
            "freq": freq[idx], "freq_rest": freq_rest[idx], "n_docs_group": ndocs[idx].astype(np.int64),
        }))
    out = pd.concat(parts, ignore_index=True)[out_cols]
    out.attrs.update({"by": by, "voice": voice, "ngram_range": tuple(ngram_range), "min_count": min_count,
                      "prior_scale": prior_scale, "n_docs": len(texts), "n_excluded": n_excluded})
    return out
