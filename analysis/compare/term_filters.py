"""What the distinguishing-terms statistic leaves out or folds together, so that its top terms
show framing rather than house style.

Three things make the raw log-odds ranking of two outlets' words a list of house-style markers
("mr", "said", "defence", "zelenskiy") instead of framing:

Stop words
    Function words, honorifics, neutral reporting verbs, weekdays and contractions
    (:func:`term_stop_words`: scikit-learn's English list plus ``lexicons/term_stopwords.csv``).
Spelling and transliteration variants
    British/American spelling (``lexicons/spelling_variants.csv``, the rules same-event alignment
    uses), dotted abbreviations (F.B.I./FBI; U.S. stays apart from the pronoun "us") and
    house-style variants (``lexicons/term_variants.csv``: Zelenskiy/Zelensky/Zelenskyy, per
    cent/percent/%, Sen./Senator, middle initials).  Naming variants that carry a
    position (Kyiv/Kiev) are deliberately *not* folded.  A folded term is shown in the spelling
    most frequent in the corpus (:meth:`TermPreprocessor.display`).
One article's words, and words of a listed phrase
    A term found in one article of a group describes that article's story, not the group
    ("sashko", a name from one NYT feature, ranked fifth for the New York Times); a word most
    of whose uses are inside a phrase already listed repeats it ("united states", "united",
    "states").  :func:`shown_terms` leaves both out of a group's list.
The outlets' own names
    An outlet names itself ("the Guardian's correspondent"), so its name is its most distinctive
    term; the outlets' names (:mod:`analysis.compare.self_names`), and the short names the text
    calls them by ("NPR" for "NPR Online News", :func:`short_name`), are removed from every text
    (:func:`name_pattern`).

:class:`TermPreprocessor` does all of this as the ``preprocessor`` of scikit-learn's
``CountVectorizer`` in :func:`analysis.compare.distinguishing_terms`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import numpy as np

from ..errors import FramingError
from ..lexicons import read_table
from .align.normalisation import respell
from .names import name_pattern, short_name

__all__ = [
    "STOP_WORDS_FILE",
    "VARIANTS_FILE",
    "term_stop_words",
    "resolve_stop_words",
    "name_pattern",
    "short_name",
    "TermPreprocessor",
    "shown_terms",
    "fold_spelling",
    "check_term_arguments",
]

#: The project's additions to scikit-learn's English stop words (bundled table name).
STOP_WORDS_FILE = "term_stopwords.csv"
#: House-style and transliteration variants folded for term statistics (bundled table name).
VARIANTS_FILE = "term_variants.csv"


@lru_cache(maxsize=8)
def term_stop_words(source: str = STOP_WORDS_FILE) -> frozenset[str]:
    """scikit-learn's English stop words plus the words of a stop-word table.

    Parameters
    ----------
    source
        A table with a ``term`` column (bundled name or path).

    Returns
    -------
    frozenset of str
        Lower-case words.

    Examples
    --------
    >>> words = term_stop_words()
    >>> {"the", "mr", "said", "monday"} <= words, "invasion" in words
    (True, False)
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    extra = {r["term"].lower() for r in read_table(source, required=("term",))}
    return frozenset(ENGLISH_STOP_WORDS) | frozenset(extra)


def resolve_stop_words(stop_words: str | Iterable[str] | None) -> frozenset[str]:
    """The stop words meant by a ``stop_words`` argument.

    Parameters
    ----------
    stop_words
        ``"english"`` (the default list, :func:`term_stop_words`), ``None`` or ``"none"`` (no
        stop words), or an iterable of words (used as given, lower-cased).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> sorted(resolve_stop_words(["The", "said"])), len(resolve_stop_words(None))
    (['said', 'the'], 0)
    """
    if stop_words is None or (isinstance(stop_words, str) and stop_words.lower() == "none"):
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words.lower() != "english":
            raise FramingError(
                f"stop_words={stop_words!r}: use 'english', None, or a list of words"
            )
        return term_stop_words()
    return frozenset(str(w).lower() for w in stop_words)


#: Letters with dots ("f.b.i.", "u.s."), after case-folding.
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}")


def _undot(m: re.Match[str]) -> str:
    """ "f.b.i." -> "fbi"; "u.s." stays, since "us" is the pronoun (an English stop word)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    bare = m.group().replace(".", "")
    return m.group() if bare in ENGLISH_STOP_WORDS else bare


@lru_cache(maxsize=8)
def _variant_rules(source: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = read_table(source, required=("pattern", "replacement", "note"))
    return tuple((re.compile(r["pattern"]), r["replacement"]) for r in rows)


def fold_spelling(text: str, variants: str = VARIANTS_FILE) -> str:
    """``text`` lower-cased with its house-style and transliteration variants folded
    (``lexicons/term_variants.csv``), as the term statistics see it.

    Examples
    --------
    >>> fold_spelling("Zelenskyy"), fold_spelling("Zelenskiy")
    ('zelensky', 'zelensky')
    """
    return _substitute(text.lower(), _variant_rules(variants))


def _substitute(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """``text`` with every (pattern, replacement) of ``rules`` applied in order."""
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


class TermPreprocessor:
    """The text as the term statistics see it: names removed, case-folded, variants folded.

    Called once per document by scikit-learn's ``CountVectorizer`` (its ``preprocessor``).  It
    records which spellings it folded, so that :meth:`display` can show each term as the corpus
    most often writes it.

    Parameters
    ----------
    base
        The case-folding step (``analysis.compare.terms.normalise_for_terms``).
    token_pattern
        The token regular expression of the vectoriser.
    fold_variants
        Fold British/American spellings and house-style variants.
    names
        Names to remove from the texts (the groups' names); empty for none.
    spelling, variants
        The spelling-rule and variant tables (bundled names or paths).

    Examples
    --------
    >>> pre = TermPreprocessor(str.lower, r"\\b\\w+\\b", names=["The Guardian"])
    >>> pre("The Guardian's defence editor on Zelenskiy")
    '  defense editor on zelensky'
    >>> pre.display("defense editor")
    'defence editor'
    >>> dict(pre.set_aside)
    {'guardian': 1}
    """

    def __init__(
        self,
        base: Callable[[str], str],
        token_pattern: str,
        *,
        fold_variants: bool = True,
        names: Sequence[str] = (),
        spelling: str = "spelling_variants.csv",
        variants: str = VARIANTS_FILE,
    ) -> None:
        self.base = base
        self.token_re = re.compile(token_pattern)
        self.fold_variants = fold_variants
        self.names = name_pattern(names) if names else None
        self.spelling = spelling
        self.rules = _variant_rules(variants) if fold_variants else ()
        self.folded: dict[str, Counter[str]] = {}
        self.unigram_counts: dict[str, int] = {}
        self.set_aside: Counter[str] = Counter()  # the names removed, as written (lower case)
        # the names once more as folded text: "Zelensky" also removes "Zelenskiy"
        long_names = [n for n in names if len(re.findall(r"\w", str(n))) >= 3]
        folded_names = [self._folded(self.base(str(n))) for n in long_names]
        self.folded_names = name_pattern(folded_names) if fold_variants and long_names else None
        self.folded = {}

    def _fold(self, m: re.Match[str]) -> str:
        word = m.group()
        canon = respell(word, spelling=self.spelling)
        if canon != word:
            self.folded.setdefault(canon, Counter())[word] += 1
        return canon

    def _folded(self, text: str) -> str:
        """Abbreviations undotted, variant rules, then every token respelt (case-folded text)."""
        text = _substitute(_DOTTED.sub(_undot, text), self.rules)
        return self.token_re.sub(self._fold, text)

    def _set_aside(self, m: re.Match[str]) -> str:
        """Count a removed name ("The Guardian's" as "guardian") and put a space in its place."""
        name = re.sub(r"^the\s+|['\u2019]s?$", "", " ".join(m.group().lower().split()))
        self.set_aside[name] += 1
        return " "

    def __call__(self, text: str) -> str:
        if self.names is not None:
            text = self.names.sub(self._set_aside, text)
        text = self.base(text)
        if not self.fold_variants:
            return text
        text = self._folded(text)
        if self.folded_names is not None:
            text = self.folded_names.sub(self._set_aside, text)
        return text

    def canonical(self, words: Iterable[str]) -> list[str]:
        """Words as this preprocessor writes them (for a stop-word list that stays consistent).

        Examples
        --------
        >>> TermPreprocessor(str.lower, r"\\b\\w+\\b").canonical(["Defence", "the"])
        ['defense', 'the']
        """
        seen = self.set_aside.copy()  # a stop word is no name the texts use
        out = [self(w).strip() for w in words]
        self.set_aside = seen
        return out

    def display(self, term: str) -> str:
        """A term with each folded word in the spelling the corpus uses most often.

        A word's unfolded count is ``unigram_counts[word]`` (set by the caller from the
        vocabulary) minus its folded count; without it, any folded spelling wins.
        """
        out = []
        for w in term.split(" "):
            seen = self.folded.get(w)
            if not seen:
                out.append(w)
                continue
            as_is = self.unigram_counts.get(w, 0) - sum(seen.values())
            best, n = seen.most_common(1)[0]
            out.append(w if as_is >= n else best)
        return " ".join(out)


def shown_terms(
    ranked: Sequence[int],
    vocab: Sequence[str],
    counts: Sequence[float],
    n_docs: Sequence[int],
    z: Sequence[float],
    *,
    min_docs: int,
    top: int | None,
    top_doc: Sequence[float] | None = None,
    max_doc_share: float | None = None,
) -> list[int]:
    """The indices of the terms a group's list shows, from its terms in rank order.

    Of the terms the group uses more than the rest (``z > 0``), a term is left out when it
    occurs in fewer than ``min_docs`` of the group's documents, and a single word is left out
    when more than half of its uses in the group are inside the one listed phrase with a
    higher z that contains it (the phrase says it already: "united states" before "united"
    and "states"; a word inside several listed phrases, "the u.s." and "u.s. said", is their
    common core and stays).
    Terms the group uses less than the rest (``z <= 0``) are all kept.

    Parameters
    ----------
    ranked
        Term indices, best first.
    vocab
        The terms (n-grams joined by spaces).
    counts
        The group's count of every term.
    n_docs
        The number of the group's documents with every term.
    z
        The group's z-score of every term.
    min_docs
        The fewest documents a shown term occurs in (the caller bounds it by the group's size).
    top
        At most this many indices (``None``: all).
    top_doc, max_doc_share
        The group's largest count of every term in one document, and the largest share of
        the group's uses one document may hold for a term the group uses more (``None``: no
        such filter).

    Returns
    -------
    list of int

    Examples
    --------
    >>> vocab = ["united states", "united", "states", "sashko", "billion"]
    >>> shown_terms(range(5), vocab, [54, 67, 62, 38, 30], [44, 51, 46, 1, 16],
    ...             [7.2, 6.8, 5.9, 5.9, 5.6], min_docs=2, top=None)
    [0, 4]
    >>> shown_terms(range(3), ["the u.s.", "u.s. said", "u.s."], [12, 12, 12], [12, 12, 12],
    ...             [2.5, 2.5, 2.4], min_docs=2, top=None)
    [0, 1, 2]
    """
    out: list[int] = []
    inside: dict[str, list[tuple[float, float]]] = {}  # word -> (count, z) of kept phrases
    for i in ranked:
        words = str(vocab[i]).split(" ")
        phrases = inside.get(words[0], []) if len(words) == 1 else []
        # inside one phrase only: the word is half of it; inside several, it is their core
        nested = len(phrases) == 1 and phrases[0][0] > 0.5 * counts[i] and phrases[0][1] > z[i]
        one_doc = top_doc is not None and top_doc[i] > (max_doc_share or 1.0) * counts[i]
        if z[i] > 0 and (n_docs[i] < min_docs or nested or one_doc):
            continue
        for w in words if len(words) > 1 else ():
            inside.setdefault(w, []).append((float(counts[i]), float(z[i])))
        out.append(int(i))
        if top is not None and len(out) >= top:
            break
    return out


def check_term_arguments(
    prior_scale: float,
    ngram_range: tuple[int, int],
    top: int | None,
    token_pattern: str,
    max_doc_share: float | None = None,
) -> tuple[int, int]:
    """Raise :class:`FramingError` on a bad argument of
    :func:`analysis.compare.distinguishing_terms`; return the n-gram range's two ends."""
    if (
        isinstance(prior_scale, bool)
        or not isinstance(prior_scale, (int, float, np.number))
        or not 0 < prior_scale < np.inf
    ):
        raise FramingError(f"prior_scale must be a positive number, not {prior_scale!r}")
    try:
        lo_n, hi_n = ngram_range
    except (TypeError, ValueError):
        raise FramingError(
            f"ngram_range must be a pair (min, max) such as (1, 2), not {ngram_range!r}"
        ) from None
    whole = all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in (lo_n, hi_n))
    if not whole or not (1 <= lo_n <= hi_n):
        raise FramingError(
            "ngram_range must be (min, max) whole numbers with 1 <= min <= max, "
            f"not {ngram_range!r}"
        )
    if max_doc_share is not None and (
        isinstance(max_doc_share, bool)
        or not isinstance(max_doc_share, (int, float, np.number))
        or not 0 < max_doc_share <= 1
    ):
        raise FramingError(
            f"max_doc_share must be None or a share in (0, 1], not {max_doc_share!r}"
        )
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0
    ):
        raise FramingError(f"top must be None or a number of terms >= 0, not {top!r}")
    try:
        n_groups = re.compile(token_pattern).groups
    except (re.error, TypeError) as exc:
        raise FramingError(
            f"token_pattern {token_pattern!r} is not a valid regular expression ({exc})"
        ) from None
    if n_groups > 1:  # scikit-learn refuses it, which would look like an empty vocabulary
        raise FramingError(
            f"token_pattern {token_pattern!r} has {n_groups} capturing groups; use at most one "
            "(or (?:...) groups)"
        )
    return lo_n, hi_n
