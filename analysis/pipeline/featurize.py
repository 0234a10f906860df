"""The feature table: one row per input article, always, in input order.

Batch functions never drop an article and never let one bad article abort the corpus: an
article that cannot be analysed comes back as a row whose ``status`` says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import as_text, is_missing
from ..detect.markers import Lexicon
from ..errors import check_corpus_frame, check_jobs
from .article import analyse_article, authorial_text
from .parallel import pool_context, progress, resolve_jobs
from .schema import feature_frame, feature_schema

__all__ = [
    "featurize",
    "features_of",
    "featurize_stream",
    "article_inputs",
    "lexicon_spec",
    "TEXT_COLUMNS",
    "VOICE_COLUMNS",
]

#: Columns of the corpus that are text or per-article objects, never copied into the feature table.
TEXT_COLUMNS = frozenset(
    {"text", "body", "removed", "notes", "author_text", "byline", "standfirst"}
)

Spec = tuple[str, ...] | None


def lexicon_spec(lexicons: Any) -> Spec:
    """What a worker process needs to rebuild the lexicons: their files (None: the bundled set).

    Examples
    --------
    >>> lexicon_spec(None), lexicon_spec("my.csv")
    (None, ('my.csv',))
    """
    if lexicons is None:
        return None
    if isinstance(lexicons, Lexicon):
        return lexicons.files
    if isinstance(lexicons, (str, Path)):
        return (str(lexicons),)
    return tuple(str(p) for p in lexicons)


def _cell(v: Any) -> str:
    return v if isinstance(v, str) else ""


def article_inputs(corpus: pd.DataFrame) -> list[tuple[str, str, str]]:
    """``(text, title, load_issue)`` of every row, as the per-article route takes them (a
    number or bytes in ``text`` is text to read, not an empty text)."""
    n = len(corpus)
    blank = pd.Series([""] * n, index=corpus.index)
    texts = corpus["text"] if "text" in corpus.columns else blank
    titles = corpus["title"] if "title" in corpus.columns else blank
    issues = corpus["load_issue"] if "load_issue" in corpus.columns else blank
    out = []
    for t, ti, li in zip(texts, titles, issues):
        if isinstance(t, str) or is_missing(t):
            t, li = _cell(t), _cell(li)
        else:
            t, why = as_text(t)
            li = _cell(li) or why
        out.append((t, _cell(ti), li))
    return out


#: The text columns ``featurize(..., texts=True)`` adds: the cleaned body and its voices.
VOICE_COLUMNS = ("body", "author_text", "quoted_text")


def _features_chunk(
    job: tuple[list[tuple[str, str, str]], Spec, bool],
) -> list[tuple[str, dict[str, Any]]]:
    items, spec, texts = job
    out = []
    for text, title, issue in items:
        res = analyse_article(text, title=title, load_issue=issue, keep=texts, lexicons=spec)
        feats = res.features
        if texts:
            body = res.body
            feats = {
                **feats,
                "body": body,
                "author_text": authorial_text(body, res.quotes),
                "quoted_text": " \n".join(q.text for q in res.quotes),
            }
        out.append((res.status, feats))
    return out


def _assemble(
    corpus: pd.DataFrame, results: list[tuple[str, dict[str, Any]]], spec: Spec, texts: bool = False
) -> pd.DataFrame:
    schema = feature_schema(spec)
    if texts:
        schema = (*schema, *((c, "str") for c in VOICE_COLUMNS))
    feats = feature_frame([f for _, f in results], corpus.index, schema)
    ids = (
        corpus["article_id"]
        if "article_id" in corpus.columns
        else pd.Series([f"article-{i:04d}" for i in range(len(corpus))], index=corpus.index)
    )
    outlets = (
        corpus["outlet"]
        if "outlet" in corpus.columns
        else pd.Series(["(unknown outlet)"] * len(corpus), index=corpus.index)
    )
    head = pd.DataFrame(
        {
            "article_id": ids.astype(str).astype(object),
            "outlet": outlets.astype(str).astype(object),
            "status": pd.Series([s for s, _ in results], index=corpus.index, dtype=object),
        },
        index=corpus.index,
    )
    meta_cols = [
        c
        for c in corpus.columns
        if c not in TEXT_COLUMNS and c not in head.columns and c not in feats.columns
    ]
    return pd.concat([head, feats, corpus[meta_cols]], axis=1)


def _run(jobs: list, bar: Any, pool: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """The chunks' results in order, from a pool or in this process."""
    results: list[tuple[str, dict[str, Any]]] = []
    for part in pool.map(_features_chunk, jobs) if pool is not None else map(_features_chunk, jobs):
        results.extend(part)
        bar.update(len(part))
    return results


def featurize(
    corpus: pd.DataFrame,
    *,
    lexicons: Any = None,
    texts: bool = False,
    n_jobs: int = 1,
    chunksize: int = 64,
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row of framing features per input article — always, in input order.

    Parameters
    ----------
    corpus
        The corpus as loaded by :func:`analysis.load_corpus` (raw ``text``; ``title`` and
        ``load_issue`` are used when present).  A ``dask.dataframe.DataFrame`` is accepted too
        and a Dask DataFrame is returned (computed partition by partition).
    lexicons
        The lexicons for the markers and their feature columns: ``None`` (the bundled set), a
        compiled lexicon (:func:`analysis.load_lexicons`), or CSV paths used instead of the
        bundled set.  Categories the lexicons do not have get no column.
    texts
        Also return the cleaned ``body`` and the text of each voice (``author_text``: the body
        with quotations blanked out; ``quoted_text``: the quotations), from the same pass — the
        input :func:`analysis.distinguishing_terms` and :func:`analysis.outlet_similarity` read,
        so a notebook runs the per-article route once.
    n_jobs
        Worker processes (``-1``: all cores).  Results are identical to ``n_jobs=1``.
    chunksize
        Articles per task sent to a worker.
    progress
        Show a tqdm progress bar: ``None`` (default) shows it only on an interactive
        terminal, so tests and CI logs stay quiet.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``outlet``, ``status`` (``"ok"`` or why the article is not
        comparable), then the feature columns documented in ``docs/features.md``, then the
        corpus's other metadata columns (``title``, ``published``, ``lean`` …).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> feats = featurize(load_corpus())
    >>> len(feats), bool((feats["status"] == "ok").all())
    (5, True)
    """
    if hasattr(corpus, "map_partitions") and not isinstance(corpus, pd.DataFrame):
        from .dask import featurize_dask

        return featurize_dask(corpus, lexicons=lexicon_spec(lexicons))
    check_corpus_frame(corpus, what="featurize")
    check_jobs(n_jobs, chunksize)
    spec = lexicon_spec(lexicons)
    feature_schema(spec)  # a bad lexicon file fails here, once, with its LexiconError
    items = article_inputs(corpus)
    n, n_jobs = len(items), resolve_jobs(n_jobs)
    jobs = [(items[i : i + chunksize], spec, texts) for i in range(0, n, chunksize)]
    if n_jobs == 1 or len(jobs) <= 1:
        bar = progress_bar(n, progress, "featurize")
        results = _run(jobs, bar)
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n_jobs, mp_context=pool_context()) as pool:
            bar = progress_bar(n, progress, f"featurize ({n_jobs} processes)")
            results = _run(jobs, bar, pool)
    bar.close()
    return _assemble(corpus, results, spec, texts)


def features_of(
    corpus: pd.DataFrame, analyses: Sequence[Any], *, lexicons: Any = None
) -> pd.DataFrame:
    """The feature table of analyses already made, as :func:`featurize` gives it for ``corpus``.

    For a notebook that needs both the features and the spans behind them
    (:func:`analysis.pipeline.analyse_corpus`): the per-article route runs once.

    Parameters
    ----------
    corpus
        The corpus the analyses were made from, same rows in the same order.
    analyses
        ``analyse_corpus(corpus, lexicons=lexicons)``.
    lexicons
        The lexicons of the analyses (they decide the feature columns).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> from analysis.pipeline.evidence import analyse_corpus
    >>> c = load_corpus()
    >>> features_of(c, analyse_corpus(c)).equals(featurize(c))
    True
    """
    return _assemble(corpus, [(a.status, a.features) for a in analyses], lexicon_spec(lexicons))


def progress_bar(total: int | None, enabled: bool | None, desc: str) -> Any:
    """A progress bar over ``total`` articles (see :func:`analysis.pipeline.parallel.progress`)."""
    return progress(range(total or 0), total=total, enabled=enabled, desc=desc)


def featurize_stream(
    chunks: Iterable[pd.DataFrame],
    *,
    lexicons: Any = None,
    n_jobs: int = 1,
    chunksize: int = 64,
    progress: bool | None = None,
    total: int | None = None,
) -> Iterator[pd.DataFrame]:
    """featurize a stream of corpus chunks with one pool of worker processes (bounded memory).

    Parameters
    ----------
    chunks
        Corpus DataFrames, e.g. from :func:`analysis.corpus.iter_corpus`.
    lexicons, n_jobs, chunksize, progress
        As for :func:`featurize`; the worker pool is started once and reused for every chunk.
    total
        Number of articles, for the progress bar (optional).

    Yields
    ------
    pandas.DataFrame
        The feature table of each chunk, in order; concatenated they equal ``featurize`` of the
        whole corpus.

    Examples
    --------
    >>> from analysis.corpus import iter_corpus
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> sum(len(f) for f in featurize_stream(iter_corpus(DEFAULT_CORPUS, chunksize=2)))
    5
    """
    check_jobs(n_jobs, chunksize)
    n_jobs, spec = resolve_jobs(n_jobs), lexicon_spec(lexicons)
    feature_schema(spec)
    bar = progress_bar(total, progress, f"featurize ({n_jobs} process(es))")
    pool = None
    try:
        if n_jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=n_jobs, mp_context=pool_context())
        for corpus in chunks:
            items = article_inputs(corpus)
            jobs = [
                (items[i : i + chunksize], spec, False) for i in range(0, len(items), chunksize)
            ]
            yield _assemble(corpus, _run(jobs, bar, pool), spec)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()
