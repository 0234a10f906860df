"""Readability indices for news text: correct segmentation, offline, one pass, auditable.

:func:`readability` returns seven classic indices together with every count behind them, all
computed from ONE pass of counts over the text; :func:`readability_features` returns them for
the whole text and for the authorial text only (direct quotations removed).

Formulas and constants (identical to textstat 0.7.13)
-----------------------------------------------------
With S sentences, W words, Y syllables, P polysyllabic words (>= 3 syllables), C complex words
(>= 3 syllables and not on the Dale–Chall easy list), D difficult words (not on the Dale–Chall
easy list), L letters (textstat's "letters": word characters, i.e. letters AND digits), Ch
non-whitespace characters and T whitespace-delimited tokens:

==============================  ===========================================================
flesch_reading_ease             206.835 - 1.015 W/S - 84.6 Y/W
flesch_kincaid_grade            0.39 W/S + 11.8 Y/W - 15.59
gunning_fog                     0.4 (W/S + 100 C/W)
smog_index                      1.043 sqrt(30 P/S) + 3.1291  (no 30-sentence sampling)
coleman_liau_index              0.058 (100 L/W) - 0.296 (100 S/W) - 15.8
dale_chall                      0.1579 (100 D/W) + 0.0496 W/S, + 3.6365 if 100 D/W > 5
automated_readability_index     4.71 Ch/T + 0.5 W/S - 21.43
==============================  ===========================================================

The Dale–Chall easy-word list is textstat's own ``resources/en/easy_words.txt`` (2,941 words,
read from the installed textstat package); like textstat, inflections of easy words and proper
names count as difficult.

Deliberate differences from textstat (everything else is the same)
------------------------------------------------------------------
1. **Sentences** come from :func:`analysis.text.split_sentences`: abbreviations (``Mr.``,
   ``U.S.``, ``Feb. 24``), initials, decimals and currency do not end sentences; a line break
   always does (textstat's regex ignores line breaks, so a headline without a full stop merges
   with the next sentence).  **Every sentence with at least one word counts**: textstat drops
   sentences of two words or fewer from the count (``"He left. She stayed. They argued. Nobody
   won."`` is 1 sentence for textstat, 4 here) while keeping their words.
2. **Words**: textstat's definition (whitespace tokens that contain a letter or digit), except
   that an em dash (``—``, ``―``) or the ellipsis character ``…`` also separates words
   (``war—and``: 2 words here, 1 in textstat).
3. **Syllables**: the CMU dictionary (:func:`analysis.text.cmu.cmu_dict`, first pronunciation,
   offline) as in textstat, with these changes to the lookup key and the fallback:

   * curly apostrophes are normalised first (``doesn’t`` -> ``doesn't``, found in CMU; textstat
     strips the ``’`` and looks up ``doesnt``); the same normalisation is used for the
     Dale–Chall easy-word check (``doesn’t`` is easy);
   * hyphenated (and slashed) compounds count the syllables of their parts
     (``well-known`` = well + known = 2; textstat looks up ``wellknown``);
   * titles and months abbreviated with a full stop are read as spoken (``Dr.`` = doctor = 2,
     ``Gov.`` = governor = 3, ``Sept.`` = 3; the ``spoken`` column of
     ``lexicons/abbreviations.csv``; CMU already reads ``Mr`` = 2 and ``Feb`` = 4);
   * dotted initialisms are spelled out (``U.S.`` = 2, ``U.N.`` = 2; textstat reads ``us`` = 1),
     as are all-capital words of 2–5 letters that are not in CMU (``OSCE`` = 4); W counts 3;
   * a possessive ``'s`` whose base word is in CMU gets the base's syllables (+1 after a
     sibilant: ``Zelensky's``, ``Macron's``);
   * words not in CMU get a vowel-group rule instead of pyphen: on a random sample of
     20,000 alphabetic CMU words (seed 1), pyphen's ``positions + 1`` (textstat's fallback)
     gave the dictionary's count for 61.6 % of words, this rule for 89.3 %.  (``Podoliak`` 4,
     ``Zelenskyy`` 3, ``Kyiv`` 1, ``Peskov`` 2.)  Tokens without letters (``2022``,
     ``1,500``) count one syllable, as in textstat.
4. **Sentences without a letter** (a list number ``1.`` on its own line, ``2022.``, ``***``)
   are not sentences and their tokens are not words (textstat counts the ``1`` as a word and
   merges the fragment into the next sentence).
5. **Empty input**: every index is NaN (textstat returns 0.0, which is a valid score) and every
   count is 0; nothing ever raises or divides by zero.

Authorial text (``exclude``)
----------------------------
``exclude`` spans (e.g. direct quotations) are removed before counting; quotation marks
directly around an excluded span (and closing punctuation just before a closing mark) go with
it.  Sentences are still segmented on the FULL text (so a quotation cannot change where the
author's sentences end); a sentence counts if at least one of its words is kept, and then it
counts as one sentence with only its kept words.  ``He said: "We will win. They will
lose." Then he left.`` with the quotation excluded is 2 sentences ("He said", "Then he left.")
of 2 + 3 words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ...text.cmu import cmu_dict
from ...errors import FramingError, LexiconError
from ...lexicons import read_table
from ...text.segment import _LINE_WORD, _WORD, split_sentences

__all__ = [
    "readability",
    "readability_features",
    "function_word_share",
    "function_words",
    "syllable_count",
    "INDEX_KEYS",
    "COUNT_KEYS",
]

#: The indices returned by :func:`readability`, in order.
INDEX_KEYS: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall",
    "automated_readability_index",
)
#: The counts returned by :func:`readability`, in order.
COUNT_KEYS: tuple[str, ...] = (
    "n_sentences",
    "n_words",
    "n_syllables",
    "n_polysyllables",
    "n_complex_words",
    "n_difficult_words",
    "n_long_words",
    "n_letters",
    "n_characters",
    "n_tokens",
)

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "\u2032": "'"})
_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_COMPOUND_SEP = re.compile(r"[-‐‑–/]+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]\.?$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_VOWELS = re.compile(r"[aeiouy]+")
_HIATUS = re.compile(r"(?<![cstgxq])(?:ia|io|eo|ua|iu)(?!n\b)")
_SILENT_ED = re.compile(r"[^aeiouytd]ed$")
_SILENT_ES = re.compile(r"[^aeiouyscxzgh]es$")
_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh|ce|ge|se|ze)$")
_WORDCHARS = re.compile(r"\w+")
_WORDCHAR = re.compile(r"\w")
_SPACE = re.compile(r"\s+")
_OPEN_MARKS = "\"'“‘«„‚‹"
_CLOSE_TAIL = re.compile(r"[.,;:!?…]*[\"'”’»›]+")
_RUN_HEAD = re.compile(r"\S*")
_RUN_TAIL = re.compile(r"\S*\Z")


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """textstat's Dale–Chall easy-word list (lower case), read from the installed package."""
    try:
        ref = resources.files("textstat").joinpath("resources/en/easy_words.txt")
        with ref.open(encoding="utf-8") as f:
            return frozenset(ln.strip().lower() for ln in f if ln.strip())
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:  # pragma: no cover
        raise LexiconError(
            "textstat's Dale–Chall easy-word list (textstat/resources/en/easy_words.txt) was not "
            "found; install textstat>=0.7.3."
        ) from exc


@lru_cache(maxsize=1)
def _spoken_syllables() -> dict[str, int]:
    """Abbreviation (lower case) -> syllables of its spoken form (``abbreviations.csv``)."""
    cmu = cmu_dict()
    out: dict[str, int] = {}
    for row in read_table("abbreviations.csv"):
        spoken = row.get("spoken", "").lower()
        if spoken:
            out[row["term"].lower()] = sum(
                sum(1 for ph in cmu[w][0] if ph[-1].isdigit()) if w in cmu else _rule_syllables(w)
                for w in spoken.split()
            )
    return out


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    """CMU word (lower case) -> syllables of its first pronunciation (stress-marked phones)."""
    return {w: sum(1 for ph in prons[0] if ph[-1].isdigit()) for w, prons in cmu_dict().items() if prons}


def _textstat_key(word: str) -> str:
    """textstat's dictionary key: lower case, punctuation removed except contraction apostrophes."""
    w = word.lower().translate(_APOSTROPHES)
    w = _NONCONTRACTION_APOSTROPHE.sub("", w)
    return _PUNCT_KEEP_APOSTROPHE.sub("", w)


def _rule_syllables(key: str) -> int:
    """Vowel-group syllable estimate for a lower-case word not in CMU (see the module docs)."""
    w = key.replace("'", "")
    if not _HAS_ALPHA.search(w):
        return 1
    n = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye")) and n > 1:
        n -= 1
    n += len(_HIATUS.findall(w))
    if n > 1 and _SILENT_ED.search(w):
        n -= 1
    if n > 1 and _SILENT_ES.search(w):
        n -= 1
    return max(1, n)


def _spelled(letters: str) -> int:
    return sum(3 if c in "wW" else 1 for c in letters if c.isalpha())


def _part_syllables(part: str) -> int:
    """Syllables of one hyphen-free part of a word (original case)."""
    if _DOTTED.match(part):
        return _spelled(part)
    key = _textstat_key(part)
    if not key:
        return 0
    cmu = cmu_dict()
    spoken = _spoken_syllables().get(key)
    if spoken:
        return spoken
    pron = cmu.get(key)
    if pron:
        return sum(1 for ph in pron[0] if ph[-1].isdigit())
    if _ACRONYM.match(part):
        return _spelled(part)
    if key.endswith("'s"):
        base = cmu.get(key[:-2])
        if base:
            return sum(1 for ph in base[0] if ph[-1].isdigit()) + (1 if _SIBILANT_END.search(key[:-2]) else 0)
    return _rule_syllables(key)


@lru_cache(maxsize=1 << 16)
def _word_info(word: str) -> tuple[int, bool, int]:
    """(syllables, easy, letters) of one word token; cached per distinct token."""
    if word.isascii() and word.isalpha():  # fast path: a plain word (most tokens)
        key = word.lower()
        spoken = _spoken_syllables().get(key)
        cmu_n = _cmu_syllables().get(key, -1)
        if spoken:
            syll = spoken
        elif cmu_n >= 0:
            syll = cmu_n
        elif _ACRONYM.match(word):
            syll = _spelled(word)
        else:
            syll = _rule_syllables(key)
        return max(syll, 1), key in _easy_words(), len(word)
    return _general_word_info(word)


def _general_word_info(word: str) -> tuple[int, bool, int]:
    """:func:`_word_info` of any token: apostrophes unified, compound parts counted apart."""
    w = word.translate(_APOSTROPHES)
    parts = [p for p in _COMPOUND_SEP.split(w) if p]
    syll = sum(_part_syllables(p) for p in parts) if parts else 0
    if syll == 0:
        syll = 1  # a word always has at least one syllable (e.g. "_")
    easy = _textstat_key(w) in _easy_words()
    letters = sum(map(len, _WORDCHARS.findall(word)))
    return syll, easy, letters


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Common English function words (lower case; ``lexicons/function_words_en.csv``).

    Their share among a text's words tells English from other languages without a model
    (:func:`analysis.pipeline.language_check`); it is counted in the same pass as readability.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "the" in function_words()
    True
    """
    return frozenset(r["term"].lower() for r in read_table("function_words_en.csv"))


# Per-token counts packed into one integer, one 40-bit field each, so that an article's totals
# are ONE C-level ``sum`` over the tokens (no tuple per token, no Python loop).  Field order:
_FIELDS = ("syllables", "letters", "long", "difficult", "complex", "polysyllables", "function_words", "line_words")
_N_INDEX_FIELDS = 7  # the fields the indices use; "line_words" is the cleaner's word count
_BITS = 40  # a field would overflow only past 10**12 per article
_FIELD_MASK = (1 << _BITS) - 1
_LINE_WORDS_SHIFT = _N_INDEX_FIELDS * _BITS
#: Distinct tokens kept before the table is emptied (bounded memory on huge corpora).
TOKEN_TABLE_MAX = 1 << 18


def _pack(word: str, y: int, easy: bool, nl: int) -> int:
    """One token's counts packed (``_FIELDS``), from its syllables, Dale–Chall ease and letters."""
    return (
        y
        | nl << _BITS
        | (nl >= 7) << 2 * _BITS
        | (not easy) << 3 * _BITS
        | (not easy and y >= 3) << 4 * _BITS
        | (y >= 3) << 5 * _BITS
        | (word.lower() in function_words()) << 6 * _BITS
        | len(_LINE_WORD.findall(word)) << _LINE_WORDS_SHIFT
    )


class _TokenTable(dict):
    """token -> its packed counts (see ``_FIELDS``), computed on first lookup."""

    def __missing__(self, word: str) -> int:
        key = word.lower()
        if word.isascii() and word.isalnum():
            # _word_info's plain-word path, inline (a letters-and-digits token reads the same
            # on its general path: one part, no punctuation to strip, letters = len(word))
            y = _spoken_syllables().get(key) or _cmu_syllables().get(key, -1)
            if y < 0:
                y = _spelled(word) if _ACRONYM.match(word) else _rule_syllables(key)
            y = max(y, 1)
            easy = key in _easy_words()
            nl = len(word)
        else:
            y, easy, nl = _word_info(word)
        v = _pack(word, y, easy, nl)
        if len(self) >= TOKEN_TABLE_MAX:
            self.clear()
        self[word] = v
        return v


_token_table = _TokenTable()


def _token_counts(text: str) -> tuple[int, int]:
    """(packed token totals, number of words) of ``text``.

    Words never cross white space, so the counts of texts joined by white space are the sums
    of their counts: the cleaner counts each line once (:func:`line_words` of the totals is its
    line-rule word count) and readability adds up the lines it keeps instead of re-reading the
    body.

    Examples
    --------
    >>> a, b = _token_counts("The U.S. army."), _token_counts("It left.")
    >>> _token_counts("The U.S. army.\\n\\nIt left.") == (a[0] + b[0], a[1] + b[1])
    True
    >>> line_words(a[0]), a[1]
    (3, 3)
    """
    tokens = _WORD.findall(text)
    return sum(map(_token_table.__getitem__, tokens)), len(tokens)


def line_words(total: int) -> int:
    """The cleaner's word count (``text._LINE_WORD`` matches) in packed token totals."""
    return (total >> _LINE_WORDS_SHIFT) & _FIELD_MASK


def syllable_count(word: str) -> int:
    """Syllables of one word as counted by :func:`readability` (CMU dictionary first).

    Parameters
    ----------
    word : str
        A single word token (surrounding punctuation is ignored).

    Returns
    -------
    int
        >= 1 for any token with a letter or digit, 0 otherwise.

    Examples
    --------
    >>> syllable_count("spokesman"), syllable_count("U.S."), syllable_count("Podoliak")
    (2, 2, 4)
    """
    if not isinstance(word, str):
        return 0
    toks = _WORD.findall(word)
    return sum(_word_info(t)[0] for t in toks)


def _intervals(text: str, exclude: Sequence[tuple[int, int]], *, marks: bool = True) -> list[tuple[int, int]]:
    """The excluded spans (with their quotation marks when ``marks``), clipped to the text,
    sorted and merged."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    for span in exclude:
        try:
            s, e = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError) as exc:
            raise FramingError(f"exclude: {span!r} is not a (start, end) pair of integers.") from exc
        s, e = max(0, min(s, n)), max(0, min(e, n))
        if e <= s:
            continue
        if marks:
            while s > 0 and text[s - 1] in _OPEN_MARKS:
                s -= 1
            m = _CLOSE_TAIL.match(text, e)
            if m:
                e = m.end()
        spans.append((s, e))
    return _merge(spans)


def _run_start(text: str, s: int) -> int:
    """Start of the whitespace-delimited run that contains ``text[s - 1]`` (``s`` if none)."""
    lo = max(0, s - 64)
    m = _RUN_TAIL.search(text, lo, s)
    start = m.start() if m else s
    while start == lo and start > 0 and not text[start - 1].isspace():  # a run longer than 64
        start -= 1
    return start


def _blanked_delta(text: str, intervals: Sequence[tuple[int, int]]) -> tuple[int, int, int, int]:
    """How blanking ``intervals`` (sorted, disjoint) changes the counts of ``text``.

    Returns the change of (packed token totals, words, whitespace tokens, non-space
    characters).  Only the text around the intervals is re-read: each interval is widened to
    whole whitespace-delimited runs (a word never crosses white space, so outside those
    regions nothing changes), and inside a region the words of the original text are replaced
    by the words of the parts that stay.
    """
    regions: list[list] = []
    run_end = _RUN_HEAD.match
    for s, e in intervals:
        lo, hi = _run_start(text, s), run_end(text, e).end()
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
            regions[-1][2].append((s, e))
        else:
            regions.append([lo, hi, [(s, e)]])
    value = _token_table.__getitem__
    findall = _WORD.findall
    d_sum = d_words = d_tok = d_chars = 0
    for lo, hi, ivs in regions:
        before = findall(text, lo, hi)
        chunks = text[lo:hi].split()
        d_sum -= sum(map(value, before))
        d_words -= len(before)
        d_tok -= len(chunks)
        d_chars -= sum(map(len, chunks))
        pos = lo
        for s, e in [*ivs, (hi, hi)]:
            if s > pos:  # a part that stays
                kept = findall(text, pos, s)
                chunks = text[pos:s].split()
                d_sum += sum(map(value, kept))
                d_words += len(kept)
                d_tok += len(chunks)
                d_chars += sum(map(len, chunks))
            pos = max(pos, e)
    return d_sum, d_words, d_tok, d_chars


def _nan_result() -> dict[str, float | int]:
    res: dict[str, float | int] = {k: math.nan for k in INDEX_KEYS}
    res.update({k: 0 for k in COUNT_KEYS})
    return res


def readability(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> dict[str, float | int]:
    """Seven readability indices and the counts behind them, from one pass over the text.

    Parameters
    ----------
    text : str
        Article body (any string; ``None`` is treated as empty).
    exclude : sequence of (int, int), optional
        Character spans to drop before counting (e.g. direct-quotation spans for the authorial
        variant).  Sentences are segmented on the full text; a partly excluded sentence counts
        once if any of its words survive, with only its surviving words (module docstring).

    Returns
    -------
    dict
        ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
        ``coleman_liau_index``, ``dale_chall``, ``automated_readability_index`` (floats; NaN
        when there are no words) and the integer counts ``n_sentences``, ``n_words``,
        ``n_syllables``, ``n_polysyllables`` (>= 3 syllables), ``n_complex_words`` (>= 3
        syllables and not Dale–Chall-easy: Gunning fog), ``n_difficult_words`` (not
        Dale–Chall-easy), ``n_long_words`` (>= 7 letters), ``n_letters``, ``n_characters``
        (non-whitespace) and ``n_tokens`` (whitespace-delimited, for ARI).

    Raises
    ------
    FramingError
        ``text`` is not a string, or an ``exclude`` item is not a pair of integers.

    Examples
    --------
    >>> r = readability("He left. She stayed. They argued. Nobody won.")
    >>> r["n_sentences"], r["n_words"], r["n_syllables"]
    (4, 8, 11)
    >>> round(r["flesch_kincaid_grade"], 3)
    1.415
    >>> readability("")["n_words"]
    0
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return _nan_result()
    if not isinstance(text, str):
        raise FramingError(f"readability() needs a str, got {type(text).__name__}.")
    whole = _Whole(text, split_sentences(text))
    return whole.counts(_intervals(text, exclude) if exclude else ())[0]


class _Whole:
    """The counts of a whole text, from which blanked variants are derived cheaply."""

    __slots__ = ("text", "sentences", "alpha", "total", "n_words", "n_tok", "n_chars")

    def __init__(self, text: str, sentences: list[tuple[int, int]], counts: tuple[int, int] | None = None) -> None:
        self.text = text
        self.sentences = sentences
        has_alpha = _HAS_ALPHA.search
        self.alpha = [has_alpha(text, s, e) is not None for s, e in sentences]
        # counts: _token_counts(text) when the caller has them already (summed over lines)
        self.total, self.n_words = _token_counts(text) if counts is None else counts
        chunks = text.split()  # str.split and regex \s agree on what is whitespace
        self.n_tok = len(chunks)
        self.n_chars = sum(map(len, chunks))

    def counts(self, intervals: Sequence[tuple[int, int]] = ()) -> tuple[dict[str, float | int], int]:
        """Indices and counts of the text with ``intervals`` (sorted, disjoint) blanked, and how
        many of its words are English function words.

        Sentences are those of the full text; those without a kept letter ("1.", "2022.",
        "***", or wholly excluded) are not sentences, and their tokens are not words.
        """
        text = self.text
        has_alpha, has_wordchar = _HAS_ALPHA.search, _WORDCHAR.search
        n_sent = 0
        drop: list[tuple[int, int]] = []
        j, n_iv = 0, len(intervals)
        for k, (s, e) in enumerate(self.sentences):
            while j < n_iv and intervals[j][1] <= s:
                j += 1
            if j == n_iv or intervals[j][0] >= e:  # untouched by the intervals
                if self.alpha[k]:
                    n_sent += 1
                elif has_wordchar(text, s, e):
                    drop.append((s, e))
                continue
            parts, pos, jj = [], s, j  # the kept parts of the sentence
            while jj < n_iv and intervals[jj][0] < e:
                if intervals[jj][0] > pos:
                    parts.append((pos, intervals[jj][0]))
                pos = max(pos, intervals[jj][1])
                jj += 1
            if pos < e:
                parts.append((pos, e))
            if any(has_alpha(text, a, b) for a, b in parts):
                n_sent += 1
            elif any(has_wordchar(text, a, b) for a, b in parts):
                drop.append((s, e))
        total, n_words, n_tok, n_chars = self.total, self.n_words, self.n_tok, self.n_chars
        blank = _merge([*intervals, *drop]) if drop else intervals
        if blank:
            d = _blanked_delta(text, blank)
            total, n_words, n_tok, n_chars = total + d[0], n_words + d[1], n_tok + d[2], n_chars + d[3]
        return _result(n_sent, n_words, total, n_tok, n_chars)


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping and touching ones merged."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _result(n_sent: int, n_words: int, total: int, n_tok: int, n_chars: int) -> tuple[dict[str, float | int], int]:
    """The indices from the counts (``total``: packed token totals, see ``_FIELDS``)."""
    if n_words == 0:
        return _nan_result(), 0
    syll, letters, long_, difficult, complex_, poly, n_function = (
        (total >> (k * _BITS)) & _FIELD_MASK for k in range(_N_INDEX_FIELDS)
    )
    W, S = n_words, max(n_sent, 1)
    wps = W / S
    spw = syll / W
    pct_difficult = 100.0 * difficult / W
    dale = 0.1579 * pct_difficult + 0.0496 * wps + (3.6365 if pct_difficult > 5 else 0.0)
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100.0 * complex_ / W),
        "smog_index": 1.043 * math.sqrt(30.0 * poly / S) + 3.1291,
        "coleman_liau_index": 0.058 * (100.0 * letters / W) - 0.296 * (100.0 * S / W) - 15.8,
        "dale_chall": dale,
        "automated_readability_index": 4.71 * n_chars / max(n_tok, 1) + 0.5 * wps - 21.43,
        "n_sentences": n_sent,
        "n_words": W,
        "n_syllables": syll,
        "n_polysyllables": poly,
        "n_complex_words": complex_,
        "n_difficult_words": difficult,
        "n_long_words": long_,
        "n_letters": letters,
        "n_characters": n_chars,
        "n_tokens": n_tok,
    }, n_function


def readability_features(text: str, *, quote_spans: Sequence[tuple[int, int]] = ()) -> dict[str, float | int]:
    """Readability of the whole text and of the authorial text only, as feature columns.

    Naming: ``readability_<key>`` for the whole text and ``readability_<key>_author`` for the
    text with ``quote_spans`` removed, where ``<key>`` is every key of :func:`readability`
    (e.g. ``readability_flesch_kincaid_grade`` / ``readability_flesch_kincaid_grade_author``,
    ``readability_n_words`` / ``readability_n_words_author``).

    Parameters
    ----------
    text : str
        Article body.
    quote_spans : sequence of (int, int), optional
        Direct-quotation spans into ``text`` (as returned by the quote finder; they cover the
        quoted words, the marks around them are dropped too).

    Returns
    -------
    dict
        ``2 * (len(INDEX_KEYS) + len(COUNT_KEYS))`` entries.

    Examples
    --------
    >>> t = 'Peskov said: "Ukraine must accept our terms." Kyiv refused.'
    >>> f = readability_features(t, quote_spans=[(t.index("Ukraine"), t.index('."'))])
    >>> f["readability_n_words"], f["readability_n_words_author"]
    (9, 4)
    """
    return _features(text, quote_spans)[0]


def _features(
    text: str, quote_spans: Sequence[tuple[int, int]], counts: tuple[int, int] | None = None
) -> tuple[dict[str, float | int], int]:
    """``readability_features`` and the number of English function words among the words
    (``counts``: ``_token_counts(text)``, when known)."""
    n_function = 0
    if text is None or (isinstance(text, float) and math.isnan(text)):
        whole = author = _nan_result()
    elif not isinstance(text, str):
        raise FramingError(f"readability() needs a str, got {type(text).__name__}.")
    else:
        # one sentence segmentation serves both variants (it is done on the full text anyway)
        counter = _Whole(text, split_sentences(text), counts)
        whole, n_function = counter.counts()
        author = counter.counts(_intervals(text, quote_spans))[0] if quote_spans else whole
    out: dict[str, float | int] = {f"readability_{k}": v for k, v in whole.items()}
    out.update({f"readability_{k}_author": v for k, v in author.items()})
    return out, n_function


def function_word_share(text: str) -> tuple[int, int]:
    """English function words and words of ``text``, counted as :func:`readability` counts words.

    Parameters
    ----------
    text : str

    Returns
    -------
    n_function_words, n_words

    Examples
    --------
    >>> function_word_share("The war and the peace.")
    (3, 5)
    """
    if not isinstance(text, str) or not text:
        return 0, 0
    whole, n_function = _Whole(text, split_sentences(text)).counts()
    return n_function, int(whole["n_words"])
