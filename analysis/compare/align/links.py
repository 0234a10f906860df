"""Links between units: the same words (verbatim), or the same claim in other words (paraphrase).

* ``"verbatim"`` — equal after :func:`~analysis.compare.align.normalisation.normalise`, or
  near-identical token sequences (difflib ratio >= ``verbatim_threshold``), or one contained
  in the other (a shorter excerpt of a longer quotation: >= ``verbatim_threshold`` of the
  shorter unit's tokens in matching runs) — :func:`link_relation`, :func:`verbatim_relation`;
* ``"paraphrase"`` — cosine similarity of character n-gram TF-IDF vectors
  (``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5))`` fitted on the event's own
  units, normalised text) >= ``paraphrase_threshold``, between units of comparable length and
  of at least :data:`MIN_PARAPHRASE_WORDS` words (:func:`is_paraphrase`).

:func:`find_links` links the units of one event; :class:`PairLinker` answers, for any two
units, whether they are linked by the same rules (the grouping guard asks it).

Thresholds and how they were chosen
    * :data:`PARAPHRASE_THRESHOLD` = 0.45.  Chosen on the bundled corpus by reading every
      cross-outlet pair with cosine in [0.3, 0.9) that was not already verbatim: all pairs
      >= 0.45 report the same claim (Peskov's demands; Lavrov and Kuleba to meet in Turkey;
      "not seeking further territorial claims", 0.49; Cavusoglu's announcement, 0.48), about
      half of those in [0.40, 0.45) do, and below 0.40 almost none.  Checked on BASIL (held-out
      triplets, ``analysis/evaluation/align_link_judgements.csv``): paraphrase precision 26/30
      in the first check; 25/30 when redone on 2026-12-04 after the glued-sentence split
      (:mod:`analysis.evaluation.align`, History).  6 of 9 links in [0.45, 0.50) were right
      (8 of 10 in the first check), so raising the threshold to 0.5 would cost more right links
      than wrong ones.
    * :data:`VERBATIM_THRESHOLD` = 0.9: one changed word in ten ("the"/"their constitution",
      "Senator"/"Sen.") stays verbatim; BASIL verbatim precision 30/30 (both checks).
    * :data:`MIN_PARAPHRASE_WORDS` (6) and :data:`MIN_LENGTH_RATIO` (0.5) fix two classes of
      wrong paraphrase links seen on the bundled corpus and a BASIL development sample
      (``align_link_judgements_dev.csv``, paraphrase 17/21 before the fixes): short attribution
      fragments matched on a shared name, and short fragments matched against long sentences.
      The development sample redrawn on 2026-12-04: paraphrase 20/26, verbatim 28/30 (two
      containments of a four-word common phrase, "for the middle class").
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import numpy as np

from .normalisation import normalise

__all__ = [
    "PARAPHRASE_THRESHOLD",
    "VERBATIM_THRESHOLD",
    "MIN_LENGTH_RATIO",
    "MIN_PARAPHRASE_WORDS",
    "CANDIDATE_COSINE",
    "DIFFLIB_COSINE",
    "Link",
    "link_relation",
    "verbatim_relation",
    "is_paraphrase",
    "unit_cosines",
    "find_links",
    "PairLinker",
]

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
#: Pairs below this cosine are not compared at all; pairs below :data:`DIFFLIB_COSINE` only by
#: exact containment (cheap), above it also by difflib (near-identical token sequences).
CANDIDATE_COSINE: float = 0.1
#: See :data:`CANDIDATE_COSINE`.
DIFFLIB_COSINE: float = 0.25

#: A link between occurrences ``a < b``: (a, b, relation, cosine, token score).
Link = tuple[int, int, str, float, float]


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
        Spelling-rule table for :func:`~analysis.compare.align.normalisation.normalise`.

    Returns
    -------
    relation, score
        ``("verbatim", score)`` or ``(None, score)``; ``score`` is the larger of the token ratio
        and the containment share, in [0, 1].  Paraphrase needs the event's TF-IDF model and is
        decided in :func:`analysis.compare.align_event`.

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
    return verbatim_relation(
        normalise(a, spelling=spelling).split(),
        normalise(b, spelling=spelling).split(),
        verbatim_threshold,
    )


def verbatim_relation(
    ta: Sequence[str], tb: Sequence[str], threshold: float
) -> tuple[str | None, float]:
    """:func:`link_relation` on token lists that are already normalised.

    Parameters
    ----------
    ta, tb
        Normalised tokens of the two units.
    threshold
        Minimum token ratio or containment share for ``"verbatim"``.

    Returns
    -------
    relation, score
        As in :func:`link_relation`.

    Examples
    --------
    >>> verbatim_relation("a b c d".split(), "a b c e".split(), 0.7)
    ('verbatim', 0.75)
    """
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
            window = long_[blocks[0].b : blocks[-1].b + blocks[-1].size]
            matched = sum(blk.size for blk in blocks) / len(short)
            in_window = difflib.SequenceMatcher(None, short, window, autojunk=False).ratio()
            score = max(score, min(matched, in_window))
    return ("verbatim" if score >= threshold else None), float(score)


def is_paraphrase(
    cosine: float, ta: Sequence[str], tb: Sequence[str], threshold: float, min_words: int
) -> bool:
    """Whether two units of different outlets are paraphrases (the rules of the module).

    Parameters
    ----------
    cosine
        Their char n-gram TF-IDF cosine.
    ta, tb
        Their normalised tokens.
    threshold
        Minimum cosine.
    min_words
        Minimum words in both units.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_paraphrase(0.5, "one two three four five six".split(), "a b c d e f g".split(), 0.45, 6)
    True
    """
    if cosine < threshold or min(len(ta), len(tb)) < min_words:
        return False
    return min(len(ta), len(tb)) / max(len(ta), len(tb)) >= MIN_LENGTH_RATIO


def unit_cosines(norm: Sequence[str]) -> np.ndarray:
    """Cosine of char_wb (3, 5)-gram TF-IDF vectors of the normalised units (n x n).

    Parameters
    ----------
    norm
        Normalised unit texts of one event (the TF-IDF model is fitted on them).

    Returns
    -------
    numpy.ndarray
        Zeros when there are fewer than two units or no n-gram at all.

    Examples
    --------
    >>> unit_cosines(["russia wants peace", "russia wants peace"]).round(3).tolist()
    [[1.0, 1.0], [1.0, 1.0]]
    """
    n = len(norm)
    if n < 2:
        return np.zeros((n, n))
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False)
    try:
        X = vec.fit_transform(norm)
        return (X @ X.T).toarray()
    except ValueError:  # empty vocabulary
        return np.zeros((n, n))


def find_links(
    norm: Sequence[str],
    toks: Sequence[Sequence[str]],
    outlet_of: np.ndarray,
    cos: np.ndarray,
    *,
    verbatim_threshold: float,
    paraphrase_threshold: float,
    min_paraphrase_words: int,
) -> list[Link]:
    """Every verbatim or paraphrase link between the units of one event.

    Parameters
    ----------
    norm, toks
        Normalised text and tokens of every unit.
    outlet_of
        The outlet of every unit (paraphrase links only join different outlets).
    cos
        Their :func:`unit_cosines`.
    verbatim_threshold, paraphrase_threshold, min_paraphrase_words
        The link rules' parameters.

    Returns
    -------
    list of Link
        In the order of the candidate pairs (row-major over the upper triangle).

    Examples
    --------
    >>> norm = ["we will stop now", "we will stop now", "prices rose"]
    >>> links = find_links(norm, [t.split() for t in norm], np.array(["A", "B", "A"]),
    ...                    unit_cosines(norm), verbatim_threshold=0.9, paraphrase_threshold=0.45,
    ...                    min_paraphrase_words=6)
    >>> [(a, b, rel, round(c, 3), s) for a, b, rel, c, s in links]
    [(0, 1, 'verbatim', 1.0, 1.0)]
    """
    links: list[Link] = []
    if len(norm) < 2:
        return links
    joined = [" " + t + " " for t in norm]
    # candidate pairs: a verbatim or paraphrase pair shares character n-grams; the
    # candidate floor only saves time (an excerpt has cosine >= 0.14 with its source on BASIL)
    cand = np.argwhere(np.triu(cos >= CANDIDATE_COSINE, k=1))
    for a, b in cand.tolist():
        c = float(cos[a, b])
        rel: str | None = None
        score = 0.0
        if norm[a] == norm[b] or joined[a] in joined[b] or joined[b] in joined[a]:
            rel, score = "verbatim", 1.0
        elif c >= DIFFLIB_COSINE:
            rel, score = verbatim_relation(toks[a], toks[b], verbatim_threshold)
        if (
            rel is None
            and outlet_of[a] != outlet_of[b]
            and is_paraphrase(c, toks[a], toks[b], paraphrase_threshold, min_paraphrase_words)
        ):
            rel = "paraphrase"
        if rel is not None:
            links.append((a, b, rel, c, score))
    return links


class PairLinker:
    """Whether two units are linked: a found link, or verbatim / paraphrase by the same rules.

    Parameters
    ----------
    links
        The event's links (:func:`find_links`).
    norm, toks, outlet_of, cos
        As in :func:`find_links`.
    verbatim_threshold, paraphrase_threshold, min_paraphrase_words
        The link rules' parameters.

    Examples
    --------
    >>> norm = ["we will stop now", "we will stop now", "prices rose"]
    >>> toks, outlets = [t.split() for t in norm], np.array(["A", "B", "A"])
    >>> linked = PairLinker([], norm, toks, outlets, unit_cosines(norm), verbatim_threshold=0.9,
    ...                     paraphrase_threshold=0.45, min_paraphrase_words=6)
    >>> linked(0, 1), linked(1, 2)
    (True, False)
    """

    def __init__(
        self,
        links: Sequence[Link],
        norm: Sequence[str],
        toks: Sequence[Sequence[str]],
        outlet_of: np.ndarray,
        cos: np.ndarray,
        *,
        verbatim_threshold: float,
        paraphrase_threshold: float,
        min_paraphrase_words: int,
    ) -> None:
        self.link_set = {(a, b) for a, b, *_ in links}
        self.norm, self.toks, self.outlet_of, self.cos = norm, toks, outlet_of, cos
        self.verbatim_threshold = verbatim_threshold
        self.paraphrase_threshold = paraphrase_threshold
        self.min_paraphrase_words = min_paraphrase_words
        self._cache: dict[tuple[int, int], bool] = {}

    def __call__(self, i: int, j: int) -> bool:
        """Whether occurrences ``i`` and ``j`` are linked (every unit is linked to itself)."""
        key = (i, j) if i < j else (j, i)
        if i == j or key in self.link_set:
            return True
        if key not in self._cache:
            self._cache[key] = self._rules_link(i, j)
        return self._cache[key]

    def _rules_link(self, i: int, j: int) -> bool:
        toks = self.toks
        return bool(
            self.norm[i] == self.norm[j]
            or verbatim_relation(toks[i], toks[j], self.verbatim_threshold)[0]
            or (
                self.outlet_of[i] != self.outlet_of[j]
                and is_paraphrase(
                    self.cos[i, j],
                    toks[i],
                    toks[j],
                    self.paraphrase_threshold,
                    self.min_paraphrase_words,
                )
            )
        )
