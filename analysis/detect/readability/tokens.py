"""The token table: every distinct word token's counts, packed so that a text's totals are ONE sum.

Readability needs, per word token, its syllables, letters and a few yes/no properties (long,
Dale–Chall difficult, complex, polysyllabic, English function word), and the cleaner needs how
many of its stricter words (:data:`analysis.text.words.LINE_WORD`) the token holds.  Each
distinct token's counts are computed once and packed into one integer, one
:data:`FIELD_BITS`-bit field per name in :data:`TOKEN_FIELDS`, so that the counts of a whole text
are a single C-level ``sum`` over its tokens (no tuple per token, no Python loop); :func:`unpack`
reads the totals back by name.  The fields are declared once, here.
"""

from __future__ import annotations

from functools import lru_cache
from operator import lshift
from typing import NamedTuple

from ...lexicons import read_table
from ...text.words import LINE_WORD, WORD
from .syllables import easy_words, plain_word_syllables, word_info

__all__ = [
    "TOKEN_FIELDS",
    "FIELD_BITS",
    "TokenTotals",
    "pack",
    "unpack",
    "token_counts",
    "piece_counts",
    "line_words",
    "token_value",
    "line_counts",
    "function_words",
    "TOKEN_TABLE_MAX",
]


class TokenTotals(NamedTuple):
    """The counts of a text (or of one token), by field."""

    syllables: int
    letters: int
    long_words: int  # >= 7 letters
    difficult_words: int  # not on the Dale–Chall easy list
    complex_words: int  # difficult and >= 3 syllables (Gunning fog)
    polysyllables: int  # >= 3 syllables (SMOG)
    function_words: int  # English function words (the language check)
    line_words: int  # the cleaner's words (LINE_WORD matches)


#: The packed fields, in bit order.
TOKEN_FIELDS: tuple[str, ...] = TokenTotals._fields
#: Bits per field: a field overflows only past 10**12 per text.
FIELD_BITS = 40
_MASK = (1 << FIELD_BITS) - 1
_SHIFTS = tuple(k * FIELD_BITS for k in range(len(TOKEN_FIELDS)))
_SHIFT = dict(zip(TOKEN_FIELDS, _SHIFTS))
#: Distinct tokens kept before the table is emptied (bounded memory on huge corpora).
TOKEN_TABLE_MAX = 1 << 18


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Common English function words (lower case; ``lexicons/function_words_en.csv``).

    Their share among a text's words tells English from other languages without a model
    (:func:`analysis.detect.language.language_check`); it is counted in the readability pass.

    Examples
    --------
    >>> "the" in function_words()
    True
    """
    return frozenset(r["term"].lower() for r in read_table("function_words_en.csv"))


def pack(counts: TokenTotals) -> int:
    """The counts packed into one integer (:data:`TOKEN_FIELDS` order).

    Examples
    --------
    >>> unpack(pack(TokenTotals(2, 9, 1, 1, 0, 0, 0, 1))).letters
    9
    """
    return sum(map(lshift, counts, _SHIFTS))


def unpack(total: int) -> TokenTotals:
    """Packed totals read back by field."""
    return TokenTotals(*((total >> shift) & _MASK for shift in _SHIFTS))


def _token_totals(word: str) -> TokenTotals:
    """The counts of one word token (the definition; :func:`_token_packed` computes them)."""
    y, easy, nl = word_info(word)
    return TokenTotals(
        syllables=y,
        letters=nl,
        long_words=int(nl >= 7),
        difficult_words=int(not easy),
        complex_words=int(not easy and y >= 3),
        polysyllables=int(y >= 3),
        function_words=int(word.lower() in function_words()),
        line_words=len(LINE_WORD.findall(word)),
    )


_LETTERS, _LONG, _DIFFICULT, _COMPLEX, _POLY, _FUNCTION, _LINE_WORDS = (
    1 << _SHIFT[f] for f in TOKEN_FIELDS[1:]
)


def _token_packed(word: str) -> int:
    """``pack(_token_totals(word))``, a letters-and-digits token packed directly.

    word_info's plain-word path, inline: a letters-and-digits token reads the same on its
    general path (one part, no punctuation to strip, letters = its length) and is one
    :data:`~analysis.text.words.LINE_WORD` word.
    """
    low = word.lower()
    if word.isascii() and word.isalnum():
        y, nl = plain_word_syllables(word), len(word)
        hard = low not in easy_words()
        n_line = 1
    else:  # pack(_token_totals(word)), its fields added in place
        y, easy, nl = word_info(word)
        hard = not easy
        n_line = len(LINE_WORD.findall(word))
    return (
        y
        + nl * _LETTERS
        + (nl >= 7) * _LONG
        + hard * (_DIFFICULT + (y >= 3) * _COMPLEX)
        + (y >= 3) * _POLY
        + (low in function_words()) * _FUNCTION
        + n_line * _LINE_WORDS
    )


class _TokenTable(dict):
    """token -> its packed counts, computed on first lookup (a bounded memo)."""

    def __missing__(self, word: str) -> int:
        v = _token_packed(word)
        if len(self) >= TOKEN_TABLE_MAX:
            self.clear()
        self[word] = v
        return v


_table = _TokenTable()
#: The packed counts of one token (memoised per process).
token_value = _table.__getitem__

#: A field above :data:`TOKEN_FIELDS` in the chunk table's values: the chunk's number of words.
_WORDS_SHIFT = len(TOKEN_FIELDS) * FIELD_BITS
_ONE_WORD = 1 << _WORDS_SHIFT
_FIELDS_MASK = _ONE_WORD - 1


#: Punctuation a chunk often has around its one word ("said," "war." "“We" "(AP)"): none is a
#: word character, so a chunk that is such marks around letters and digits only is that one
#: word token (:data:`~analysis.text.words.WORD` neither starts nor ends with them), found
#: without the regular expression.
_EDGE_MARKS = ".,;:!?\"'“”‘’()[]"


class _ChunkTable(dict):
    """White-space-free chunk of text -> the packed counts of its word tokens, plus their
    number in a field above the token fields (a bounded memo)."""

    def __missing__(self, chunk: str) -> int:
        core = chunk.strip(_EDGE_MARKS)  # "said," "“We": punctuation around one word
        if core.isalnum():  # word characters only: the chunk is one word token
            v = token_value(core) + _ONE_WORD
        else:
            tokens = WORD.findall(chunk)
            v = sum(map(token_value, tokens)) + len(tokens) * _ONE_WORD
        if len(self) >= TOKEN_TABLE_MAX:
            self.clear()
        self[chunk] = v
        return v


_chunks = _ChunkTable()


def token_counts(text: str) -> tuple[int, int]:
    """(packed token totals, number of words) of ``text``.

    Words never cross white space, so the counts of texts joined by white space are the sums
    of their counts: the cleaner counts each line once (:func:`line_words` of the totals is its
    line-rule word count) and readability adds up the lines it keeps instead of re-reading the
    body.

    Examples
    --------
    >>> a, b = token_counts("The U.S. army."), token_counts("It left.")
    >>> token_counts("The U.S. army.\\n\\nIt left.") == (a[0] + b[0], a[1] + b[1])
    True
    >>> line_words(a[0]), a[1]
    (3, 3)
    """
    # words never hold white space (str.split and the regex \s agree on what it is): the
    # text's counts are the sums of its white-space-free chunks' counts, memoised per chunk
    total = sum(map(_chunks.__getitem__, text.split()))
    return total & _FIELDS_MASK, total >> _WORDS_SHIFT


def piece_counts(text: str) -> tuple[int, int, int, int]:
    """(packed token totals, words, white-space-delimited tokens, their characters) of
    ``text``: :func:`token_counts` and the two counts of the automated readability index, from
    one split (the chunks' counts are memoised, so a piece of an article that was counted line
    by line costs a dictionary lookup per chunk, not a tokenisation).

    Examples
    --------
    >>> piece_counts("The U.S. army.")[1:]
    (3, 3, 12)
    """
    chunks = text.split()
    total = sum(map(_chunks.__getitem__, chunks))
    return total & _FIELDS_MASK, total >> _WORDS_SHIFT, len(chunks), sum(map(len, chunks))


def line_words(total: int) -> int:
    """The cleaner's word count (:data:`analysis.text.words.LINE_WORD` matches) in packed totals."""
    return (total >> _SHIFT["line_words"]) & _MASK


def line_counts(line: str) -> tuple[int, int, int]:
    """(the cleaner's word count, packed token totals, words) of one line: the cleaner's
    :data:`~analysis.clean.article.LineCounter`, so a line is tokenised once for both.

    Examples
    --------
    >>> line_counts("The U.S. army.")[0::2]
    (3, 3)
    """
    total, n = token_counts(line)
    return line_words(total), total, n
