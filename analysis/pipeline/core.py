"""Per-article pipeline and the feature table: clean → quotes → markers → readability.

:func:`analyse_article` runs the whole per-article pipeline on one raw text and keeps every
intermediate result (cleaned article, quote spans, attributions, markers), so that
:func:`featurize` (one row of numbers per article) and :func:`spans` (the words behind the
numbers) are two views of the same computation.  The feature columns are documented in
``docs/features.md``.

Batch functions never drop an article and never let one bad article abort the corpus: an
article that cannot be analysed comes back as a row whose ``status`` says why.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from ..corpus import as_text, is_missing
from ..errors import check_corpus_frame, check_jobs

__all__ = [
    "ArticleAnalysis",
    "analyse_article",
    "featurize",
    "spans",
    "texts_for_voice",
    "authorial_text",
    "language_check",
    "MIN_WORDS",
    "FramingFeatures",
    "feature_schema",
    "framing_feature_columns",
    "featurize_stream",
]

#: Articles with fewer words than this (after cleaning) get status "too short" (features are
#: still computed where defined, but they are excluded from outlet statistics).
MIN_WORDS: int = 50

#: Minimum share of English function words among a text's words for it to count as English.
MIN_FUNCTION_WORD_SHARE: float = 0.12
#: Texts with fewer words than this are not language-tested (too few for a stable share).
LANGUAGE_MIN_WORDS: int = 20

# Columns of the corpus that are text or per-article objects, never copied into the feature table.
_TEXT_COLUMNS = {"text", "body", "removed", "notes", "author_text", "byline", "standfirst"}



def _share(n_function: int, n_words: int) -> tuple[bool, float]:
    if n_words < LANGUAGE_MIN_WORDS:
        return True, float("nan")
    share = n_function / n_words
    return share >= MIN_FUNCTION_WORD_SHARE, share


def language_check(text: str) -> tuple[bool, float]:
    """Is ``text`` English? A function-word test that needs no model and no download.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    is_english, share
        ``share`` is the fraction of the text's words (as :func:`analysis.detect.readability` counts
        them) that are common English function words (``analysis/lexicons/function_words_en.csv``);
        English news prose scores 0.3–0.5, other languages (even with English names in them)
        below 0.1.  Texts with fewer than ``LANGUAGE_MIN_WORDS`` words are given the benefit of
        the doubt (``True``).  The per-article pipeline counts the function words in its
        readability pass, so this is the same number at no extra cost.

    Examples
    --------
    >>> language_check("The Kremlin said that it would stop the war if Ukraine met its demands.")[0]
    True
    >>> language_check("Le Kremlin a déclaré que la guerre s'arrêterait si l'Ukraine acceptait ses "
    ...                "conditions, selon le porte-parole Dmitri Peskov, qui a parlé lundi à Reuters "
    ...                "depuis Moscou avant les négociations prévues en Biélorussie.")[0]
    False
    """
    from ..detect.readability import function_word_share

    return _share(*function_word_share(text))


def authorial_text(body: str, quotes: Sequence[Any]) -> str:
    """Return ``body`` with every quotation (direct and scare) blanked out.

    Quoted characters are replaced by spaces, so the result has the same length as ``body``
    and offsets stay valid; what remains is the outlet's own voice.

    Parameters
    ----------
    body
        Cleaned article text.
    quotes
        Objects with ``start`` and ``end`` (e.g. from :func:`analysis.find_quotes`).

    Returns
    -------
    str

    Examples
    --------
    >>> from types import SimpleNamespace as Q
    >>> authorial_text('He called them "barbarians" twice.', [Q(start=16, end=26)])
    'He called them "          " twice.'
    """
    if not quotes:
        return body
    chars = list(body)
    for q in quotes:
        for i in range(max(0, q.start), min(len(body), q.end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass
class ArticleAnalysis:
    """Everything the per-article pipeline computed for one article."""

    status: str
    article: Any = None
    quotes: list = field(default_factory=list)
    attributions: list = field(default_factory=list)
    markers: list = field(default_factory=list)
    features: dict[str, Any] = field(default_factory=dict)


def analyse_article(
    raw: str,
    *,
    title: str | None = None,
    load_issue: str = "",
    lexicons: Any = None,
    keep: bool = True,
) -> ArticleAnalysis:
    """Run the per-article pipeline on one raw text.

    Parameters
    ----------
    raw
        The article as loaded (``corpus["text"]``), boilerplate and all.
    title
        A known title (the manifest's); it wins over one detected in the text.
    load_issue
        ``load_corpus``'s note on the text (``""`` when fine); a non-empty issue with an empty
        text gives status ``"unusable: <issue>"``.
    lexicons
        Passed to :func:`analysis.find_markers` (``None``: the bundled lexicons).
    keep
        Keep the span objects (quotes, markers, …) in the result; ``False`` saves memory when
        only the numbers are needed.

    Returns
    -------
    ArticleAnalysis
        ``status`` is ``"ok"`` or the reason the article's features are not comparable:
        ``"unusable: …"``, ``"empty after cleaning"``, ``"not English (…)"``, ``"too short (…)"``,
        or ``"error: …"`` if a stage failed (the other articles are unaffected).

    Examples
    --------
    >>> a = analyse_article('Peskov said: "It will stop in a moment." ' * 20)
    >>> a.status, a.features["n_direct_quotes"] > 0
    ('ok', True)
    """
    from ..clean.core import _clean
    from ..detect.markers.core import find_markers, marker_features, resolve_lexicon
    from ..detect.quotes.core import _load_verbs, analyse_quotes, quote_features
    from ..detect.readability.core import _features as readability_counts

    raw = raw if isinstance(raw, str) else ""
    if not raw.strip():
        why = load_issue or "empty text"
        return ArticleAnalysis(status=f"unusable: {why}", features=_empty_features())
    try:
        # counted: the cleaner tokenises each line once, for its rules and for readability
        art, _, body_counts = _clean(raw, title=title or None, author=None, counted=True)
        body = art.body
        feats: dict[str, Any] = {
            "n_chars_raw": len(raw),
            "n_chars_body": len(body),
            "chars_removed_frac": 1 - len(body) / len(raw) if raw else math.nan,
            "n_removed_lines": len(art.removed),
            "n_paragraphs": body.count("\n\n") + 1 if body.strip() else 0,
        }
        if not body.strip():
            feats.update(_empty_features())
            reasons = sorted({reason for _, reason in art.removed})
            why = f" (every line removed as boilerplate: {', '.join(reasons)})" if reasons else ""
            return ArticleAnalysis(status=f"empty after cleaning{why}", article=art if keep else None, features=feats)
        # the reporting verbs and the lexicon scan the body in one pass (their keys in one trie)
        _key_group(resolve_lexicon(lexicons)._scanner, _load_verbs(None).scanner).prime(body)
        quotes, attributions = analyse_quotes(body)
        quote_spans = [(q.start, q.end) for q in quotes]
        # one pass of word counts gives readability (whole and authorial) and the language test
        read, n_function = readability_counts(body, quote_spans, body_counts)
        n_words, n_author = int(read["readability_n_words"]), int(read["readability_n_words_author"])
        english, share = _share(n_function, n_words)
        feats["english_function_word_share"] = share
        if not english:
            read = {}  # English readability formulas do not apply
        feats.update({"n_words": n_words, "n_words_author": n_author, "n_words_quoted": n_words - n_author})
        feats.update(quote_features(body, quotes, attributions=attributions))
        markers = find_markers(body, lexicons=lexicons, quotes=quotes)
        feats.update(marker_features(markers, n_words_author=n_author, n_words_quoted=n_words - n_author))
        feats.update(read)
        status = "ok"
        if not english:
            status = f"not English (English function-word share {share:.2f} < {MIN_FUNCTION_WORD_SHARE})"
        elif n_words < MIN_WORDS:
            status = f"too short ({n_words} words < {MIN_WORDS})"
        return ArticleAnalysis(
            status=status,
            article=art if keep else None,
            quotes=quotes if keep else [],
            attributions=attributions if keep else [],
            markers=markers if keep else [],
            features=feats,
        )
    except Exception as exc:  # isolate the failing article; never abort the corpus
        return ArticleAnalysis(status=f"error: {type(exc).__name__}: {str(exc)[:200]}", features=_empty_features())


@lru_cache(maxsize=8)
def _key_group(*scanners: Any) -> Any:
    """One :class:`analysis.text.scan.KeyGroup` per set of scanners (built once: a trie of their keys)."""
    from ..text.scan import KeyGroup

    return KeyGroup([s for s in scanners if s is not None])


def _empty_features() -> dict[str, Any]:
    return {"n_words": 0, "n_words_author": 0, "n_words_quoted": 0}


def _row_inputs(corpus: pd.DataFrame) -> list[tuple[str, str, str]]:
    texts = corpus["text"] if "text" in corpus.columns else pd.Series([""] * len(corpus), index=corpus.index)
    titles = corpus["title"] if "title" in corpus.columns else pd.Series([""] * len(corpus), index=corpus.index)
    issues = corpus["load_issue"] if "load_issue" in corpus.columns else pd.Series([""] * len(corpus), index=corpus.index)

    def s(v: Any) -> str:
        return v if isinstance(v, str) else ""

    def text(t: Any, li: Any) -> tuple[str, str]:  # a number or bytes is text to read, not "empty text"
        if isinstance(t, str) or is_missing(t):
            return s(t), s(li)
        t, why = as_text(t)
        return t, s(li) or why

    out = []
    for t, ti, li in zip(texts, titles, issues):
        t, li = text(t, li)
        out.append((t, s(ti), li))
    return out


def _features_chunk(items: list[tuple[str, str, str]]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for text, title, issue in items:
        res = analyse_article(text, title=title, load_issue=issue, keep=False)
        out.append((res.status, res.features))
    return out


def _pool_context() -> Any:
    """The start method of the worker processes: ``forkserver`` where available (workers do
    not inherit the parent's threads and locks), but ``fork`` when the main module is not a
    file the workers could re-import — a script read from standard input (``python -``) has
    ``__file__ == "<stdin>"``, and forkserver/spawn workers die trying to run that path."""
    import multiprocessing as mp
    import os
    import sys

    methods = mp.get_all_start_methods()
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if isinstance(main_file, str) and not os.path.isfile(main_file) and "fork" in methods:
        return mp.get_context("fork")
    return mp.get_context("forkserver") if "forkserver" in methods else None


def _progress(iterable: Iterable, *, total: int, enabled: bool | None, desc: str):
    from tqdm.auto import tqdm

    # disable=None: show only on a terminal, so tests and CI logs stay quiet
    return tqdm(iterable, total=total, disable=(None if enabled is None else not enabled), desc=desc, unit="article")


def featurize(
    corpus: pd.DataFrame,
    *,
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
        return _featurize_dask(corpus)
    check_corpus_frame(corpus, what="featurize")
    check_jobs(n_jobs, chunksize)
    items = _row_inputs(corpus)
    n = len(items)
    if n == 0:
        return _assemble(corpus, [])
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        import os

        n_jobs = max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    chunks = [items[i : i + chunksize] for i in range(0, n, chunksize)]
    results: list[tuple[str, dict[str, Any]]] = []
    if n_jobs == 1 or len(chunks) <= 1:
        bar = _progress(range(n), total=n, enabled=progress, desc="featurize")
        for chunk in chunks:
            results.extend(_features_chunk(chunk))
            bar.update(len(chunk))
        bar.close()
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n_jobs, mp_context=_pool_context()) as pool:
            bar = _progress(range(n), total=n, enabled=progress, desc=f"featurize ({n_jobs} processes)")
            for part in pool.map(_features_chunk, chunks):
                results.extend(part)
                bar.update(len(part))
            bar.close()
    return _assemble(corpus, results)


_SCHEMA_TEXT = (
    "Kremlin spokesman Dmitry Peskov told Reuters on Monday that the offensive would stop 'in a moment' "
    "if Kyiv met its demands. \"They should make amendments to the constitution,\" he said. Officials in "
    "Kyiv said the talks may continue, and the ministry reportedly rejected what it called an ultimatum."
)


@lru_cache(maxsize=1)
def feature_schema() -> tuple[tuple[str, str], ...]:
    """The feature columns ``featurize`` always emits, with their dtypes, in order.

    The set of columns does not depend on the articles: every category, subcategory, stance
    class, side and naming group of the bundled tables has its column, so chunks, processes and
    Dask partitions agree.  Numeric features are ``float64`` (an undefined value is NaN, e.g.
    readability of a non-English article); labels (``naming_*``) are strings.

    Returns
    -------
    tuple of (column, dtype) pairs

    Examples
    --------
    >>> dict(feature_schema())["quote_share"]
    'float64'
    """
    res = analyse_article(_SCHEMA_TEXT * 8, keep=False)
    if res.status != "ok":  # pragma: no cover - the template is fixed text
        raise RuntimeError(f"feature schema template failed: {res.status}")
    out = []
    for col in _order_columns(res.features):
        v = res.features[col]
        out.append((col, "str" if isinstance(v, str) else "float64"))
    return tuple(out)


def featurize_stream(
    chunks: Iterable[pd.DataFrame],
    *,
    n_jobs: int = 1,
    chunksize: int = 64,
    progress: bool | None = None,
    total: int | None = None,
) -> Iterable[pd.DataFrame]:
    """featurize a stream of corpus chunks with one pool of worker processes (bounded memory).

    Parameters
    ----------
    chunks
        Corpus DataFrames, e.g. from :func:`analysis.corpus.iter_corpus`.
    n_jobs, chunksize, progress
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
    import os

    check_jobs(n_jobs, chunksize)
    if n_jobs is None or n_jobs == 0:
        n_jobs = 1
    if n_jobs < 0:
        n_jobs = max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    bar = _progress(range(total or 0), total=total, enabled=progress, desc=f"featurize ({n_jobs} process(es))")
    pool = None
    try:
        if n_jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=n_jobs, mp_context=_pool_context())
        for corpus in chunks:
            items = _row_inputs(corpus)
            parts = [items[i : i + chunksize] for i in range(0, len(items), chunksize)]
            results: list[tuple[str, dict[str, Any]]] = []
            mapped = pool.map(_features_chunk, parts) if pool is not None else map(_features_chunk, parts)
            for part in mapped:
                results.extend(part)
                bar.update(len(part))
            yield _assemble(corpus, results)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown()


def _assemble(corpus: pd.DataFrame, results: list[tuple[str, dict[str, Any]]]) -> pd.DataFrame:
    feats = _feature_frame([f for _, f in results], corpus.index)
    ids = corpus["article_id"] if "article_id" in corpus.columns else pd.Series(
        [f"article-{i:04d}" for i in range(len(corpus))], index=corpus.index)
    outlets = corpus["outlet"] if "outlet" in corpus.columns else pd.Series(["(unknown outlet)"] * len(corpus), index=corpus.index)
    head = pd.DataFrame({"article_id": ids.astype(str).astype(object), "outlet": outlets.astype(str).astype(object),
                         "status": pd.Series([s for s, _ in results], index=corpus.index, dtype=object)}, index=corpus.index)
    meta_cols = [c for c in corpus.columns if c not in _TEXT_COLUMNS and c not in head.columns and c not in feats.columns]
    return pd.concat([head, feats, corpus[meta_cols]], axis=1)


def _feature_frame(dicts: list[dict[str, Any]], index: pd.Index) -> pd.DataFrame:
    """The schema's columns (numeric ones float64, text ones str) then any extra feature
    columns, from one feature dict per article."""
    schema = feature_schema()
    known = dict(schema)
    extra = [c for c in _order_columns(set().union(*dicts)) if c not in known] if dicts else []
    numeric = [c for c, dtype in schema if dtype == "float64"]
    try:  # one float matrix (numbers, None and NaN: the features the pipeline makes)
        matrix = np.array([[f.get(c, np.nan) for c in numeric] for f in dicts], dtype="float64").reshape(len(dicts), len(numeric))
    except (TypeError, ValueError):  # anything else is coerced column by column, as to_numeric does
        matrix = None
    raw = pd.DataFrame.from_records(dicts, index=index) if matrix is None or extra else None
    position = {c: k for k, c in enumerate(numeric)}
    columns: dict[str, Any] = {}
    for col, dtype in schema:
        if dtype != "float64":
            columns[col] = pd.Series([v if isinstance(v := f.get(col), str) else "" for f in dicts], index=index, dtype=object)
        elif matrix is not None:
            columns[col] = matrix[:, position[col]]
        else:
            values = raw[col] if col in raw.columns else pd.Series(np.nan, index=index)
            columns[col] = pd.to_numeric(values, errors="coerce").astype("float64")
    for col in extra:  # e.g. a user's own lexicon category
        columns[col] = raw[col]
    return pd.DataFrame(columns, index=index)


_ORDER_PREFIXES = (
    "n_chars_raw", "n_chars_body", "chars_removed_frac", "n_removed_lines", "n_paragraphs",
    "english_function_word_share", "n_words", "n_words_author", "n_words_quoted",
    "quote_share", "scare_share", "n_direct_quotes", "n_scare_quotes", "n_attributions", "n_speakers",
    "n_quotes_side", "rate_", "n_markers", "naming_",
)


def _order_columns(cols: Iterable[str]) -> list[str]:
    cols = list(cols)

    def key(c: str) -> tuple[int, str]:
        for i, p in enumerate(_ORDER_PREFIXES):
            if c == p or c.startswith(p):
                return (i, c if p.endswith("_") or c != p else "")
        return (len(_ORDER_PREFIXES), c)

    return sorted(cols, key=key)


#: Readability indices kept among the headline framing features (the others are in the table).
_HEADLINE_READABILITY = ("readability_flesch_kincaid_grade", "readability_flesch_kincaid_grade_author")


def framing_feature_columns(feats: pd.DataFrame, *, subcategories: bool = False) -> list[str]:
    """The headline framing features of a feature table, for clustering, PCA and profiles.

    Bookkeeping columns (sizes, cleaning statistics, the language score, raw counts that scale
    with article length) are left out, so that multivariate methods compare *how* outlets write,
    not how long their articles are.

    Parameters
    ----------
    feats
        Output of :func:`featurize`.
    subcategories
        Also include the per-subcategory rates (``rate_<category>_<subcategory>_<voice>``).

    Returns
    -------
    list of str
        ``quote_share``, ``scare_share``, ``rate_<category>_<voice>`` for every lexicon
        category, and the Flesch–Kincaid grade of the whole and of the authorial text.
        Attribution-stance counts are not included: they are counts that grow with length
        (``plots.plot_stance_bars`` normalises them).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> cols = framing_feature_columns(featurize(load_corpus()))
    >>> cols[:3]
    ['quote_share', 'scare_share', 'rate_booster_author']
    """
    cats = {c.split("_")[1] for c in feats.columns if c.startswith("n_") and c.endswith(("_author", "_quoted"))
            and c.count("_") == 2}
    out = [c for c in ("quote_share", "scare_share") if c in feats.columns]
    for c in feats.columns:
        if not c.startswith("rate_"):
            continue
        parts = c.split("_")
        if parts[-1] not in ("author", "quoted"):
            continue
        is_top = len(parts) == 3 and parts[1] in cats
        if is_top or (subcategories and not is_top):
            out.append(c)
    out += [c for c in _HEADLINE_READABILITY if c in feats.columns]
    return out


def _featurize_partition(part: pd.DataFrame) -> pd.DataFrame:
    return featurize(part, n_jobs=1, progress=False)


def _featurize_dask(ddf: Any) -> Any:
    """featurize every partition of a Dask DataFrame; the result is a lazy Dask DataFrame."""
    meta = _featurize_partition(ddf._meta)
    return ddf.map_partitions(_featurize_partition, meta=meta)


def spans(corpus: pd.DataFrame, *, lexicons: Any = None) -> pd.DataFrame:
    """The evidence table: every span behind every feature, one row per span.

    Parameters
    ----------
    corpus
        The corpus as loaded (raw ``text``).
    lexicons
        Passed to :func:`analysis.find_markers`.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, outlet, family, category, subcategory, start, end, text, voice,
        term, speaker, verb, stance``.  ``family`` is ``quote`` (category ``direct``/``scare``),
        ``attribution`` (category = stance class), ``marker`` (category ``loaded``, ``naming``,
        ``hedge``, ``booster``, ``evidential``) or ``removed`` (cleaning; category = reason,
        offsets -1).  Offsets are into the cleaned ``body`` (``clean_corpus(corpus)["body"]``):
        ``body[start:end] == text``.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> ev = spans(load_corpus())
    >>> sorted(ev["family"].unique())
    ['attribution', 'marker', 'quote', 'removed']
    """
    check_corpus_frame(corpus, what="spans")
    rows: list[dict[str, Any]] = []
    ids = corpus["article_id"].astype(str).tolist() if "article_id" in corpus.columns else [str(i) for i in range(len(corpus))]
    outlets = corpus["outlet"].astype(str).tolist() if "outlet" in corpus.columns else [""] * len(corpus)
    for aid, outlet, (text, title, issue) in zip(ids, outlets, _row_inputs(corpus)):
        res = analyse_article(text, title=title, load_issue=issue, lexicons=lexicons)
        base = {"article_id": aid, "outlet": outlet}
        if res.article is not None:
            for line, reason in res.article.removed:
                rows.append({**base, "family": "removed", "category": reason, "subcategory": "", "start": -1,
                             "end": -1, "text": line, "voice": ""})
        for q in res.quotes:
            rows.append({**base, "family": "quote", "category": q.kind, "subcategory": getattr(q, "side", None) or "",
                         "start": q.start, "end": q.end, "text": q.text, "voice": "quoted",
                         "speaker": q.speaker, "verb": q.verb, "stance": q.stance})
        for a in res.attributions:
            rows.append({**base, "family": "attribution", "category": a.stance or "unknown", "subcategory": "",
                         "start": a.start, "end": a.end, "text": a.text, "voice": "author",
                         "speaker": a.speaker, "verb": a.verb, "stance": a.stance})
        for m in res.markers:
            rows.append({**base, "family": "marker", "category": m.category, "subcategory": m.subcategory,
                         "start": m.start, "end": m.end, "text": m.text, "voice": m.voice, "term": m.term})
    cols = ["article_id", "outlet", "family", "category", "subcategory", "start", "end", "text", "voice",
            "term", "speaker", "verb", "stance"]
    df = pd.DataFrame.from_records(rows, columns=cols)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df


def texts_for_voice(corpus: pd.DataFrame, voice: str = "author") -> list[str]:
    """The cleaned text of each article in one voice, for term statistics.

    Parameters
    ----------
    corpus
        The corpus as loaded, or after :func:`analysis.clean_corpus` (its ``body`` is reused).
    voice
        ``"author"`` (quotations blanked out), ``"quoted"`` (only the quotations), or
        ``"all"`` (the whole cleaned body).

    Returns
    -------
    list of str, one per row, in order.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> rt = texts_for_voice(load_corpus().tail(1), "author")[0]
    >>> "genocide" in rt, "Kiev" in rt
    (False, True)
    """
    if voice not in ("author", "quoted", "all"):
        raise ValueError(f"voice must be 'author', 'quoted' or 'all', not {voice!r}")
    from ..clean import clean_article
    from ..detect.quotes import find_quotes

    if "body" in corpus.columns:
        bodies = [b if isinstance(b, str) else "" for b in corpus["body"]]
    else:
        bodies = [clean_article(t, title=ti or None).body if t.strip() else "" for t, ti, _ in _row_inputs(corpus)]
    if voice == "all":
        return bodies
    out = []
    for body in bodies:
        quotes = find_quotes(body)
        if voice == "author":
            out.append(authorial_text(body, quotes))
        else:
            out.append(" \n".join(q.text for q in quotes))
    return out


class FramingFeatures(TransformerMixin, BaseEstimator):
    """scikit-learn transformer: raw article texts → numeric framing features.

    ``fit`` learns only the output columns (the numeric features seen on the training texts);
    ``transform`` runs :func:`featurize` and returns a DataFrame with exactly those columns, so
    the transformer can sit in a ``Pipeline`` before a scaler and a model.

    Parameters
    ----------
    features
        Column names to keep (default: every numeric feature seen in ``fit``).
    fill_value
        Value for undefined features (e.g. readability of a non-English text); ``None`` keeps NaN.
    n_jobs
        Passed to :func:`featurize`.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> texts = load_corpus()["text"]
    >>> X = FramingFeatures().fit_transform(texts)
    >>> X.shape[0], "quote_share" in X.columns
    (5, True)
    """

    def __init__(self, features: Sequence[str] | None = None, fill_value: float | None = 0.0, n_jobs: int = 1):
        self.features = features
        self.fill_value = fill_value
        self.n_jobs = n_jobs

    def _numeric(self, X: Any) -> pd.DataFrame:
        texts = [t if isinstance(t, str) else "" for t in (X.tolist() if hasattr(X, "tolist") else list(X))]
        feats = featurize(pd.DataFrame({"text": texts}), n_jobs=self.n_jobs)
        return feats.select_dtypes(include=[np.number])

    def _finish(self, num: pd.DataFrame) -> pd.DataFrame:
        num = num.reindex(columns=self.columns_)
        return num.fillna(self.fill_value) if self.fill_value is not None else num

    def fit(self, X: Any, y: Any = None) -> "FramingFeatures":
        self._fit_numeric(X)
        return self

    def _fit_numeric(self, X: Any) -> pd.DataFrame:
        num = self._numeric(X)
        self.columns_ = list(self.features) if self.features is not None else list(num.columns)
        return num

    def transform(self, X: Any) -> pd.DataFrame:
        if not hasattr(self, "columns_"):
            raise ValueError("FramingFeatures is not fitted: call fit() before transform().")
        return self._finish(self._numeric(X))

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> pd.DataFrame:
        return self._finish(self._fit_numeric(X))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(self.columns_, dtype=object)
