"""Same-event alignment: what each outlet took from the shared source, dropped, and added.

Given several articles about one event (the bundled corpus: five outlets reporting one Peskov
interview to Reuters; or a BASIL triplet: Fox, NYT and HuffPost on one story),
:func:`align_event` cuts every cleaned body into **units** and links units across outlets:

Units
    * ``"quote"`` — a sentence-level piece of a *direct* quotation (``find_quotes`` kind
      ``"direct"``, or a quoted fragment of at least :data:`MIN_UNIT_WORDS` words, which is a
      partial quotation such as ``Russia is "finishing the demilitarization of Ukraine"``; the
      quotation's words without the marks, cut with ``split_sentences``);
    * ``"statement"`` — a sentence of the outlet's own (authorial) text, with the direct
      quotations it contains cut out (``Kremlin spokesman Dmitry Peskov said:`` is the
      statement part of a sentence that goes on to quote him).  Scare quotes (``'in a
      moment'``) stay inside the statement: they are the outlet's words.

    A piece with fewer than :data:`MIN_UNIT_WORDS` (4) words is ignored: "he said.", "We will
    finish it" (4 words, kept) versus "And that's it." (3 words, dropped).  Such fragments
    match by chance across any two articles and say nothing about selection.

Links (between units of *different* outlets, and repeats within one outlet)
    * ``"verbatim"`` — equal after :func:`normalise` (case, punctuation, straight/curly marks,
      dashes, whitespace, British/American spelling from ``lexicons/spelling_variants.csv``,
      editorial ``[insertions]``), or near-identical token sequences (difflib ratio
      >= ``verbatim_threshold``), or one contained in the other (a shorter excerpt of a longer
      quotation: >= ``verbatim_threshold`` of the shorter unit's tokens in matching runs);
    * ``"paraphrase"`` — cosine similarity of character n-gram TF-IDF vectors
      (``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))`` fitted on the event's own
      units, normalised text) >= ``paraphrase_threshold``, between units of comparable length
      (the shorter has >= :data:`MIN_LENGTH_RATIO` of the longer one's words).

Shared units
    Linked units are grouped with union-find, strongest links first (verbatim before
    paraphrase), with a guard against chaining: two groups merge only when every member of one
    is linked (verbatim, or paraphrase by the same rules) to the *representative* of the other,
    so A~B~C chains of ever-drifting sentences do not collapse into one unit.  The
    representative shown for a group is, among the members linked to all others, the one with
    verbatim partners in the most other outlets (ties: more partners, the longest, the first);
    each occurrence's ``relation`` is its relation to that representative.

Thresholds and how they were chosen
    * :data:`PARAPHRASE_THRESHOLD` = 0.45.  Chosen on the bundled corpus by reading every
      cross-outlet pair with cosine in [0.3, 0.9) that was not already verbatim: all pairs
      >= 0.45 report the same claim (Peskov's demands; Lavrov and Kuleba to meet in Turkey;
      "not seeking further territorial claims", 0.49; Cavusoglu's announcement, 0.48), about
      half of those in [0.40, 0.45) do, and below 0.40 almost none.  Checked on BASIL (held-out
      triplets, ``analysis/evaluation/align_link_judgements.csv``): paraphrase precision 26/30;
      8 of 10 links in [0.45, 0.50) were right, so raising the threshold to 0.5 would cost
      more right links than wrong ones.
    * :data:`VERBATIM_THRESHOLD` = 0.9: one changed word in ten ("the"/"their constitution",
      "Senator"/"Sen.") stays verbatim; BASIL verbatim precision 30/30.
    * :data:`MIN_PARAPHRASE_WORDS` (6) and :data:`MIN_LENGTH_RATIO` (0.5) fix two classes of
      wrong paraphrase links seen on the bundled corpus and a BASIL development sample
      (``align_link_judgements_dev.csv``, paraphrase 17/21 before the fixes): short attribution
      fragments matched on a shared name, and short fragments matched against long sentences.

Known limits
    * Character n-grams do not see synonyms: "Moscow demands Kyiv recognise Crimea as Russian
      land" is not linked to "The Kremlin wants Kyiv to recognise Crimea as Russian territory".
    * Two sentences about the same entity but different claims can pass the threshold
      ("Weiner is married to Huma Abedin, an aide to Hillary Clinton" ~ "the toll on his wife,
      Huma Abedin, a longtime aide to Hillary Rodham Clinton").
    * Units are only as good as the sentence splitter: BASIL texts lack the space after many
      full stops ("this week.Eric is"), so some units span two sentences; they still link as
      containment of their parts.
    * Pairwise comparison is quadratic: about 2 s for 60 articles (1,450 units); meant for
      one event (a few to a few hundred articles), not for a whole corpus.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ..errors import CorpusError, check_corpus_frame
from ..lexicons import read_table

__all__ = [
    "EventAlignment",
    "align_event",
    "article_units",
    "normalise",
    "link_relation",
    "plot_alignment",
    "MIN_UNIT_WORDS",
    "PARAPHRASE_THRESHOLD",
    "VERBATIM_THRESHOLD",
    "MIN_LENGTH_RATIO",
    "MIN_PARAPHRASE_WORDS",
    "RELATIONS",
]

#: Units with fewer words than this are ignored (see the module docstring).
MIN_UNIT_WORDS: int = 4
#: Cosine of char_wb (3, 5)-gram TF-IDF vectors at or above which two units are paraphrases.
PARAPHRASE_THRESHOLD: float = 0.45
#: difflib token ratio (or share of the shorter unit's tokens matched, for containment) at or
#: above which two units count as the same words.
VERBATIM_THRESHOLD: float = 0.9
#: A paraphrase link also needs comparable lengths: the shorter unit has at least this share of
#: the longer one's words.  Excerpts are verbatim links (containment); without this, a short
#: attribution fragment ("Kremlin spokesman Dmitry Peskov said") matches any long sentence that
#: names the same person on character n-grams alone.
MIN_LENGTH_RATIO: float = 0.5
#: A paraphrase link needs at least this many words in both units: in shorter fragments the
#: character n-grams of one shared name or word decide ("Axelrod said, adding that he had" ~
#: "Biden said, adding he's"; "I didn't send [that] picture out" ~ "Is that picture you?").
MIN_PARAPHRASE_WORDS: int = 6
# Pairs below this cosine are not compared at all; pairs below _DIFFLIB_COSINE only by exact
# containment (cheap), above it also by difflib (near-identical token sequences).
_CANDIDATE_COSINE: float = 0.1
_DIFFLIB_COSINE: float = 0.25
#: Cell values of :attr:`EventAlignment.matrix`, strongest first.
RELATIONS: tuple[str, ...] = ("verbatim", "paraphrase", "absent")

# ---------------------------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------------------------

_MARKS = "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb\u2039\u203a`\u00b4"
_MARK_RE = re.compile("[" + re.escape(_MARKS) + "]")
_BRACKET_RE = re.compile(r"\[[^\[\]]{0,40}\]")
_INNER_DOT_RE = re.compile(r"(?<=\b[^\W_])\.(?=[^\W_]\b)")  # U.S., F.B.I. -- not "week.Eric"
_DIGIT_ALPHA_RE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NONWORD_RE = re.compile(r"[\W_]+")
_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=8)
def _spelling_rules(source: str = "spelling_variants.csv") -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = read_table(source, required=("pattern", "replacement", "note"))
    return tuple((re.compile(r["pattern"]), r["replacement"]) for r in rows)


def normalise(text: str, *, spelling: str = "spelling_variants.csv") -> str:
    """Normalise a unit's text for verbatim comparison.

    Case-folds; drops straight and curly quotation marks and apostrophes, editorial
    ``[insertions]`` and dots inside abbreviations (``U.S.`` -> ``us``); turns dashes, slashes
    and other punctuation into spaces; separates digits from letters (``3million``); applies the
    British/American spelling rules of ``spelling`` (a bundled table name or a path with columns
    pattern, replacement, note) and collapses whitespace.

    Parameters
    ----------
    text
        Any string (control characters and lone surrogates are tolerated).
    spelling
        Spelling-rule table, read with :func:`analysis.lexicons.read_table`.

    Returns
    -------
    str
        Lower-case words separated by single spaces (``""`` when there are none).

    Examples
    --------
    >>> normalise("We really are finishing the demilitarisation of Ukraine.")
    'we really are finishing the demilitarization of ukraine'
    >>> normalise("“Recognise that Donetsk and Lugansk [republics] are independent states”")
    'recognize that donetsk and lugansk are independent states'
    >>> normalise("The colour of our four hours") == normalise("The color of our four hours")
    True
    """
    if not text:
        return ""
    t = _SURROGATE_RE.sub(" ", text)
    t = unicodedata.normalize("NFKC", t).casefold()
    t = _BRACKET_RE.sub(" ", t)
    t = _MARK_RE.sub("", t)
    t = _INNER_DOT_RE.sub("", t)
    t = _DIGIT_ALPHA_RE.sub(" ", t)
    t = _NONWORD_RE.sub(" ", t).strip()
    if not t:
        return t
    respell = _respeller(spelling)
    return " ".join([respell(w) for w in t.split(" ")])


@lru_cache(maxsize=8)
def _respeller(spelling: str) -> Callable[[str], str]:
    """A cached word -> canonical spelling function (every rule matches within one word)."""
    rules = _spelling_rules(spelling)

    @lru_cache(maxsize=65536)
    def respell(word: str) -> str:
        for pattern, repl in rules:
            word = pattern.sub(repl, word)
        return word

    return respell


def _n_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def link_relation(
    a: str,
    b: str,
    *,
    verbatim_threshold: float = VERBATIM_THRESHOLD,
    spelling: str = "spelling_variants.csv",
) -> tuple[str | None, float]:
    """Is ``b`` the same words as ``a`` (verbatim), and how close are the token sequences?

    Parameters
    ----------
    a, b
        Two unit texts (raw; they are normalised here).
    verbatim_threshold
        Minimum difflib token ratio, or share of the shorter text's tokens inside matching
        runs (containment), for ``"verbatim"``.
    spelling
        Spelling-rule table for :func:`normalise`.

    Returns
    -------
    relation, score
        ``("verbatim", score)`` or ``(None, score)``; ``score`` is the larger of the token ratio
        and the containment share, in [0, 1].  Paraphrase needs the event's TF-IDF model and is
        decided in :func:`align_event`.

    Examples
    --------
    >>> link_relation("We really are finishing the demilitarisation of Ukraine.",
    ...               '"We really are finishing the demilitarization of Ukraine,"')
    ('verbatim', 1.0)
    >>> link_relation("finishing the demilitarization of Ukraine",
    ...               "We really are finishing the demilitarisation of Ukraine.")[0]
    'verbatim'
    >>> link_relation("Russia's foreign ministry confirmed the plan.",
    ...               "They should stop their military action.")[0] is None
    True
    """
    return _verbatim(normalise(a, spelling=spelling).split(), normalise(b, spelling=spelling).split(),
                     verbatim_threshold)


def _verbatim(ta: Sequence[str], tb: Sequence[str], threshold: float) -> tuple[str | None, float]:
    if not ta or not tb:
        return None, 0.0
    if list(ta) == list(tb):
        return "verbatim", 1.0
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    score = sm.ratio()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(long_) > len(short) and score < threshold:
        # containment: compare the shorter text with the window of the longer one that its
        # matching runs span ("an excerpt of a longer quotation"); runs scattered over the
        # longer text widen the window and so do not count as containment.
        sm2 = difflib.SequenceMatcher(None, short, long_, autojunk=False)
        blocks = [blk for blk in sm2.get_matching_blocks() if blk.size]
        if blocks:
            window = long_[blocks[0].b: blocks[-1].b + blocks[-1].size]
            matched = sum(blk.size for blk in blocks) / len(short)
            score = max(score, min(matched, difflib.SequenceMatcher(None, short, window, autojunk=False).ratio()))
    return ("verbatim" if score >= threshold else None), float(score)


def _paraphrase(cosine: float, ta: Sequence[str], tb: Sequence[str], threshold: float, min_words: int) -> bool:
    if cosine < threshold or min(len(ta), len(tb)) < min_words:
        return False
    return min(len(ta), len(tb)) / max(len(ta), len(tb)) >= MIN_LENGTH_RATIO


# ---------------------------------------------------------------------------------------------
# units
# ---------------------------------------------------------------------------------------------

_EDGE_TRIM = set(" \t\r\n\f\v\u00a0" + _MARKS + ",;:\u2013\u2014-(")


def _pipeline() -> tuple[Callable[..., Any], Callable[[str], list[tuple[int, int]]], Callable[[str], list[Any]]]:
    """The project's cleaner, sentence splitter and quote finder (imported lazily)."""
    from ..clean import clean_article
    from ..detect.quotes import find_quotes
    from ..text import split_sentences

    return clean_article, split_sentences, find_quotes


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _EDGE_TRIM:
        start += 1
    while end > start and body[end - 1] in _EDGE_TRIM:
        end -= 1
    return start, end


def _sentence_spans(split_sentences: Callable[[str], Any], text: str) -> list[tuple[int, int]]:
    spans = []
    for sp in split_sentences(text) or []:
        s, e = (sp.start, sp.end) if hasattr(sp, "start") else (int(sp[0]), int(sp[1]))
        spans.append((s, e))
    return spans


def article_units(
    body: str,
    *,
    min_words: int = MIN_UNIT_WORDS,
    split_sentences: Callable[[str], Any] | None = None,
    find_quotes: Callable[[str], Any] | None = None,
) -> list[dict[str, Any]]:
    """Cut one cleaned body into quote and statement units.

    Parameters
    ----------
    body
        A cleaned article body (``clean_article(raw).body``).
    min_words
        Pieces with fewer words are ignored.
    split_sentences, find_quotes
        The sentence splitter and quote finder; default: :mod:`analysis.text` and
        :mod:`analysis.detect.quotes`.

    Returns
    -------
    list of dict
        Keys ``kind`` ("quote" | "statement"), ``start``, ``end``, ``text``
        (``body[start:end] == text``), ``speaker`` (quote units; ``""`` if unknown), in body
        order.

    Examples
    --------
    >>> units = article_units("Kremlin spokesman Dmitry Peskov said: "
    ...                       "\\"We really are finishing the demilitarisation of Ukraine.\\"")
    >>> [(u["kind"], u["text"]) for u in units]  # doctest: +NORMALIZE_WHITESPACE
    [('statement', 'Kremlin spokesman Dmitry Peskov said'),
     ('quote', 'We really are finishing the demilitarisation of Ukraine.')]
    """
    if not body:
        return []
    if split_sentences is None or find_quotes is None:
        _, ss, fq = _pipeline()
        split_sentences = split_sentences or ss
        find_quotes = find_quotes or fq
    n = len(body)
    quotes = [q for q in (find_quotes(body) or [])
              if getattr(q, "kind", "direct") == "direct"
              or _n_words(body[int(q.start):int(q.end)]) >= min_words]
    units: list[dict[str, Any]] = []
    # quote pieces, and the quoted regions (with their marks) to cut out of the statements
    cut: list[tuple[int, int]] = []
    for q in quotes:
        qs, qe = int(q.start), int(q.end)
        if not (0 <= qs < qe <= n):
            continue
        a, b = qs, qe
        while a > 0 and body[a - 1] in _MARKS:
            a -= 1
        while b < n and body[b] in _MARKS:
            b += 1
        cut.append((a, b))
        speaker = getattr(q, "speaker", "") or ""
        for s, e in _sentence_spans(split_sentences, body[qs:qe]):
            s, e = _trim(body, qs + s, qs + e)
            if e > s and _n_words(body[s:e]) >= min_words:
                units.append({"kind": "quote", "start": s, "end": e, "text": body[s:e], "speaker": str(speaker)})
    cut.sort()
    for ss, se in _sentence_spans(split_sentences, body):
        pieces = [(ss, se)]
        for a, b in cut:
            if b <= ss or a >= se:
                continue
            nxt = []
            for s, e in pieces:
                if b <= s or a >= e:
                    nxt.append((s, e))
                    continue
                if a > s:
                    nxt.append((s, a))
                if b < e:
                    nxt.append((b, e))
            pieces = nxt
        for s, e in pieces:
            s, e = _trim(body, s, e)
            if e > s and _n_words(body[s:e]) >= min_words:
                units.append({"kind": "statement", "start": s, "end": e, "text": body[s:e], "speaker": ""})
    units.sort(key=lambda u: (u["start"], u["end"]))
    return units


# ---------------------------------------------------------------------------------------------
# the alignment
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventAlignment:
    """Result of :func:`align_event`.

    Attributes
    ----------
    units
        DataFrame indexed by unit id (``"u001"`` …): ``text`` (representative occurrence),
        ``kind`` ("quote" | "statement", the representative's), ``speaker``, ``n_outlets``,
        ``outlets`` (list), ``n_occurrences``, ``occurrences`` (list of dicts: outlet,
        article_id, start, end, text, kind, relation, cosine — TF-IDF cosine with the
        representative; ``bodies[article_id][start:end] == text``).
    matrix
        DataFrame units x outlets with ``"verbatim"`` | ``"paraphrase"`` | ``"absent"``;
        rows ordered by ``n_outlets`` (desc) then first appearance.  An outlet's cell is
        ``"verbatim"`` when one of its occurrences is the representative's words (after
        normalisation; a unit carried by one outlet only is ``"verbatim"`` there).
    links
        DataFrame of all links between unit occurrences: ``a``, ``b`` (occurrence numbers),
        ``relation``, ``cosine``, ``token_score``, ``unit`` (shared unit id or ``None`` when
        the guard kept the two apart).
    outlets
        Outlet names in corpus order (the matrix columns).
    bodies
        ``{article_id: body}`` — the strings the offsets point into.
    params
        The parameters used.
    """

    units: pd.DataFrame
    matrix: pd.DataFrame
    links: pd.DataFrame
    outlets: list[str]
    bodies: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)

    def table(
        self,
        *,
        max_len: int | None = 80,
        min_outlets: int = 1,
        kind: str | None = None,
        speaker: str | None = None,
    ) -> pd.DataFrame:
        """Readable table: unit text on the rows, outlets as columns.

        Parameters
        ----------
        max_len
            Truncate the unit text to this many characters (with "…"); ``None`` keeps it whole.
        min_outlets
            Only units carried by at least this many outlets.
        kind
            ``"quote"`` or ``"statement"`` to keep one kind only.
        speaker
            Keep only quote units whose speaker contains this text (case-insensitive), e.g.
            ``"Peskov"``: which of the common source's quotes each outlet ran.

        Returns
        -------
        pandas.DataFrame
            Columns ``unit`` (id), ``kind``, ``speaker``, ``n_outlets``, one column per outlet
            ("verbatim" / "paraphrase" / "" for absent), indexed by the (truncated) text.

        Examples
        --------
        >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "body": ["Russia wants the war to stop now.", "Russia wants the war to stop now!"]}))
        >>> ev.table().iloc[0][["A", "B"]].tolist()
        ['verbatim', 'verbatim']
        """
        u = self.units
        keep = u["n_outlets"] >= min_outlets
        if kind is not None:
            keep &= u["kind"] == kind
        if speaker is not None:
            keep &= (u["kind"] == "quote") & u["speaker"].str.casefold().str.contains(speaker.casefold(), regex=False)
        ids = u.index[keep]
        m = self.matrix.loc[ids].replace("absent", "")
        text = u.loc[ids, "text"].map(lambda t: _truncate(t, max_len))
        out = pd.concat([pd.DataFrame({"unit": ids, "kind": u.loc[ids, "kind"].to_numpy(),
                                       "speaker": u.loc[ids, "speaker"].to_numpy(),
                                       "n_outlets": u.loc[ids, "n_outlets"].to_numpy()}, index=ids), m], axis=1)
        out.index = pd.Index(text.to_numpy(), name="text")
        return out

    def outlet_summary(self, *, source: str | None = None) -> pd.DataFrame:
        """Per outlet: what it shares, what only it has, which quotes it used.

        Parameters
        ----------
        source
            The common source's name as it appears in quote speakers (case-insensitive
            substring, e.g. ``"Peskov"``); adds ``source_quotes_used`` (ids of that speaker's
            quote units the outlet carries), ``n_source_quotes`` and ``source_quote_share``
            (carried / all of that speaker's quote units in the event).

        Returns
        -------
        pandas.DataFrame
            Indexed by outlet: ``n_units``; ``n_shared`` (units also carried by another
            outlet); ``n_unique``; ``n_statements``; ``n_unique_statements``;
            ``unique_context_share`` (unique statement units / its statement units, NaN when it
            has none); ``n_quotes``; ``n_shared_quotes``; ``n_verbatim`` / ``n_paraphrase``
            (of its shared units); ``quotes_used`` (ids of the quote units it carries, in
            matrix order); ``shared_quotes_dropped`` (quote units carried by at least two
            *other* outlets that it does not carry).

        Examples
        --------
        >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "body": ["Russia wants the war to stop now. Prices rose sharply on Monday.",
        ...              "Russia wants the war to stop now."]}))
        >>> s = ev.outlet_summary()
        >>> int(s.loc["A", "n_shared"]), int(s.loc["A", "n_unique"]), float(s.loc["A", "unique_context_share"])
        (1, 1, 0.5)
        """
        u, m = self.units, self.matrix
        is_source = pd.Series(False, index=u.index)
        if source is not None and len(u):
            is_source = (u["kind"] == "quote") & u["speaker"].str.casefold().str.contains(source.casefold(), regex=False)
        rows = []
        for o in self.outlets:
            has = m[o] != "absent"
            mine = u[has]
            shared = mine["n_outlets"] >= 2
            stm = mine["kind"] == "statement"
            quotes = mine[mine["kind"] == "quote"]
            others = (m.drop(columns=[o]) != "absent").sum(axis=1)
            dropped = u.index[(~has) & (others >= 2) & (u["kind"] == "quote")]
            n_stm = int(stm.sum())
            rows.append({
                "outlet": o,
                "n_units": int(has.sum()),
                "n_shared": int(shared.sum()),
                "n_unique": int((~shared).sum()),
                "n_statements": n_stm,
                "n_unique_statements": int((stm & ~shared).sum()),
                "unique_context_share": (float((stm & ~shared).sum()) / n_stm) if n_stm else float("nan"),
                "n_quotes": len(quotes),
                "n_shared_quotes": int((quotes["n_outlets"] >= 2).sum()),
                "n_verbatim": int(((m.loc[mine.index, o] == "verbatim") & shared).sum()),
                "n_paraphrase": int(((m.loc[mine.index, o] == "paraphrase") & shared).sum()),
                "quotes_used": list(quotes.index),
                "shared_quotes_dropped": list(dropped),
            })
            if source is not None:
                used = list(u.index[has & is_source])
                rows[-1].update({"source_quotes_used": used, "n_source_quotes": len(used),
                                 "source_quote_share": len(used) / int(is_source.sum()) if is_source.any() else float("nan")})
        cols = ["outlet", "n_units", "n_shared", "n_unique", "n_statements", "n_unique_statements",
                "unique_context_share", "n_quotes", "n_shared_quotes", "n_verbatim", "n_paraphrase",
                "quotes_used", "shared_quotes_dropped"]
        if source is not None:
            cols += ["source_quotes_used", "n_source_quotes", "source_quote_share"]
        return pd.DataFrame(rows, columns=cols).set_index("outlet")


def _truncate(text: str, max_len: int | None) -> str:
    t = " ".join(str(text).split())
    if max_len is None or len(t) <= max_len:
        return t
    return t[: max(1, max_len - 1)].rstrip() + "\u2026"


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
        clean = _pipeline()[0]
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
    clean, split_sentences, find_quotes = _pipeline() if needs_pipeline else (None, None, None)
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
        cand = np.argwhere(np.triu(cos >= _CANDIDATE_COSINE, k=1))
        for a, b in cand.tolist():
            same_outlet = outlet_of[a] == outlet_of[b]
            c = float(cos[a, b])
            rel: str | None = None
            score = 0.0
            if norm[a] == norm[b] or joined[a] in joined[b] or joined[b] in joined[a]:
                rel, score = "verbatim", 1.0
            elif c >= _DIFFLIB_COSINE:
                rel, score = _verbatim(toks[a], toks[b], verbatim_threshold)
            if rel is None and not same_outlet and _paraphrase(c, toks[a], toks[b], paraphrase_threshold,
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
                or _verbatim(toks[i], toks[j], verbatim_threshold)[0]
                or (outlet_of[i] != outlet_of[j]
                    and _paraphrase(cos[i, j], toks[i], toks[j], paraphrase_threshold, min_paraphrase_words))
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
                relation = "verbatim" if _verbatim(toks[i], toks[r], verbatim_threshold)[0] else "paraphrase"
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


# ---------------------------------------------------------------------------------------------
# figure
# ---------------------------------------------------------------------------------------------

#: Colours of the heatmap categories (colour-blind safe: Okabe-Ito blue, orange; light grey).
RELATION_COLOURS: dict[str, str] = {"verbatim": "#0072B2", "paraphrase": "#E69F00", "absent": "#EEEEEE"}


def plot_alignment(
    alignment: EventAlignment,
    *,
    ax: Any = None,
    max_units: int | None = 40,
    max_len: int = 60,
    min_outlets: int = 1,
    kind: str | None = None,
) -> Any:
    """Heatmap of the alignment matrix: units (rows) x outlets (columns).

    Parameters
    ----------
    alignment
        The result of :func:`align_event`.
    ax
        A matplotlib Axes to draw on; a new figure is made when ``None``.
    max_units
        Draw at most this many units (the most widely carried first); ``None`` for all.
    max_len
        Truncate unit text on the y axis to this many characters.
    min_outlets, kind
        As in :meth:`EventAlignment.table`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...     "body": ["Russia wants the war to stop now.", "Russia wants the war to stop now!"]}))
    >>> ax = plot_alignment(ev)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['A\\n(n=1)', 'B\\n(n=1)']
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    u = alignment.units
    keep = u["n_outlets"] >= min_outlets
    if kind is not None:
        keep &= u["kind"] == kind
    ids = list(u.index[keep])
    if max_units is not None:
        ids = ids[:max_units]
    m = alignment.matrix.loc[ids]
    codes = m.replace({r: k for k, r in enumerate(RELATIONS)}).to_numpy(dtype=float) if len(ids) else np.zeros((0, len(alignment.outlets)))
    if ax is None:
        # sized for a report column (about 8.3 in at 110 dpi) so the labels are not scaled down
        height = max(2.5, 0.3 * len(ids) + 1.6)
        width = min(8.2, 0.8 + 0.8 * max(1, len(alignment.outlets)) + 0.06 * max_len)
        _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    cmap = ListedColormap([RELATION_COLOURS[r] for r in RELATIONS])
    if len(ids) and len(alignment.outlets):
        ax.imshow(codes, cmap=cmap, vmin=-0.5, vmax=len(RELATIONS) - 0.5, aspect="auto", interpolation="nearest")
    n_per = (alignment.matrix != "absent").sum(axis=0)
    ax.set_xticks(range(len(alignment.outlets)))
    import textwrap

    # outlet names wrapped onto short lines, so that neighbouring column labels do not run into each other
    ax.set_xticklabels([textwrap.fill(str(o), 9) + f"\n(n={int(n_per.get(o, 0))})" for o in alignment.outlets], fontsize=9)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(ids)))
    # the unit id comes first, so the rows can be matched with the tables and sentences that cite them
    ax.set_yticklabels([f"{i} {'Q' if u.at[i, 'kind'] == 'quote' else 'S'} {_truncate(u.at[i, 'text'], max_len)}" for i in ids],
                       fontsize=8)
    ax.set_xticks(np.arange(-0.5, len(alignment.outlets), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(ids), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    # below the matrix: at its right the legend took the width the columns need
    ax.legend(handles=[Patch(facecolor=RELATION_COLOURS[r], edgecolor="#999999", label=r) for r in RELATIONS],
              loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=len(RELATIONS), frameon=False, fontsize=9,
              title="rows: Q quotation, S statement in the outlet's own words", title_fontsize=9)
    ax.set_ylim(len(ids) - 0.5, -0.5)
    return ax
