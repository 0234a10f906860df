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


Modules
-------
``api``        :func:`readability`, :func:`readability_features`
``counts``     the counts of a text and of the text with spans blanked out
``indices``    the formulas
``tokens``     the token table (per-token counts, packed; the fields declared once)
``syllables``  syllables, Dale–Chall ease and letters of one word
"""

from .api import readability, readability_counts, readability_features
from .indices import COUNT_KEYS, INDEX_KEYS
from .syllables import syllable_count
from .tokens import function_words, line_counts, line_words, token_counts

__all__ = [
    "readability",
    "readability_features",
    "readability_counts",
    "syllable_count",
    "function_words",
    "token_counts",
    "line_words",
    "line_counts",
    "INDEX_KEYS",
    "COUNT_KEYS",
]
