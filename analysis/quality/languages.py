"""Texts that are not English: the function-word test of the feature table, on each text's start.

The detectors and lexicons are English; a text in another language gets near-zero rates that
are not a framing difference.  The test is that of ``english_function_word_share``
(:func:`analysis.detect.language.english_share`): the share of common English function words
among the words, here over the first :data:`SAMPLE_CHARS` characters (fast on a large corpus).
"""

from __future__ import annotations

import pandas as pd

from ..detect.language import english_share
from ..detect.readability.tokens import function_words
from ..text.words import WORD
from .findings import Finding, examples

__all__ = ["english_flags", "language_findings", "SAMPLE_CHARS"]

#: Characters of each text read by the test.
SAMPLE_CHARS = 3000


def english_flags(texts: list[str]) -> list[tuple[bool, float]]:
    """(is English, function-word share) of each text's first :data:`SAMPLE_CHARS` characters.

    Parameters
    ----------
    texts
        The texts.

    Returns
    -------
    list of (bool, float)
        Texts under 20 words pass with a NaN share (too short to tell).

    Examples
    --------
    >>> [ok for ok, _ in english_flags([
    ...     "The talks were held in Istanbul and the delegations met for three hours on Tuesday "
    ...     "as the shelling of the city went on, officials said.",
    ...     "Die Gespräche wurden in Istanbul geführt, und die Delegationen trafen sich am "
    ...     "Dienstag drei Stunden lang, während der Beschuss der Stadt weiterging, sagten "
    ...     "Beamte."])]
    [True, False]
    """
    fw = function_words()
    out = []
    for t in texts:
        tokens = WORD.findall(t[:SAMPLE_CHARS].lower())
        out.append(english_share(sum(tok in fw for tok in tokens), len(tokens)))
    return out


def language_findings(f: pd.DataFrame) -> list[Finding]:
    """One finding per outlet with texts that fail the English test.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.

    Returns
    -------
    list of Finding
    """
    usable = f[f["usable"]]
    flags = english_flags(usable["text"].tolist())
    bad = usable[[not ok for ok, _ in flags]]
    out = []
    sizes = usable["outlet"].value_counts()
    for outlet, g in bad.groupby("outlet", sort=True):
        out.append(
            Finding(
                check="non_english",
                severity="warning",
                outlet=str(outlet),
                detail=f"{len(g)} of {int(sizes[outlet])} texts do not read as English (few "
                "English function words): the lexicons and detectors are English, so their rates "
                "there are near zero for that reason alone. Translate or drop them.",
                n_articles=len(g),
                examples=examples(g["article_id"]),
            )
        )
    return out
