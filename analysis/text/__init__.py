"""Text primitives shared by every detector, each concept defined once.

``typography``  quotation-mark and apostrophe alphabets
``words``       what counts as a word (the word and token patterns, named for what they mean)
``fold``        case folding as ``re.IGNORECASE`` compares characters
``matcher``     the multi-pattern matcher (trie regex, key scanner, shared key index)
``segment``     paragraphs, sentences and words as character spans
``cmu``         the CMU Pronouncing Dictionary, offline; textstat made offline-safe
"""

from .segment import (
    abbreviations,
    sentence_finder,
    sentence_starters,
    sentences,
    split_paragraphs,
    split_sentences,
    word_spans,
    words,
)

__all__ = [
    "split_paragraphs",
    "split_sentences",
    "sentence_finder",
    "sentences",
    "word_spans",
    "words",
    "abbreviations",
    "sentence_starters",
]
