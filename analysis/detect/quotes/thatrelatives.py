"""The relative pronoun *that* as the subject of a reporting verb (issue 18, round 31).

"They passed out water bottles that said, “…”", "… replaced … by a message that said, "…"",
"T-shirts … appeared in front of NLD headquarters that said "…"" (PolNeAR train: the source of
each is *that*).  As for *who* and *which*, the speaker phrase as written is the pronoun and the
resolved speaker is its antecedent, the noun phrase right before it
(:func:`analysis.detect.quotes.attribution`'s resolution).  Without this rule the phrase ran
from the sentence's start over the main clause ("They passed out water bottles that") or named
the sentence's subject.  *that* is a relative pronoun here only right after a word that can end
a noun phrase: not a closed-class word (*so that*, *said that*, *is that*), an adverb in *-ly*
or a past form in *-ed* (*claimed that*, *argued that*: a conjunction).

Only a verb that is always one of saying (the verb table's ``speaker_optional`` forms: *said,
says, saying* …) keeps the pronoun as its speaker
(:func:`analysis.detect.quotes.relatives.relative_kept`): those verbs were attributions before,
with a speaker phrase that ran over the clause.  Other verbs after a relative *that* are often
no speech ("a development that has angered consumers", "an offensive that threatens
communities", "a police force that seems to be …"): PolNeAR train annotates 25 of the 59 they
would add (0.42), the AllSides sample of round 31 about half, so they stay without an
attribution, as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["relative_that"]

_NO_NOUN_END = re.compile(r"(?:ly|ed)$")


def relative_that(text: str, toks: list[re.Match], i: int, stop: Collection[str]) -> bool:
    """Whether token ``i`` (right before a verb) is the relative pronoun *that* after a noun.

    Parameters
    ----------
    text
        The text the tokens were read from.
    toks
        Word tokens (``Match`` objects) up to the verb.
    i
        The token to test.
    stop
        Closed-class words that end no noun phrase (lower case).

    Returns
    -------
    bool
        True for a lower-case *that* right after (only spaces between) a word that is not in
        ``stop``, ends in no *-ly* or *-ed* and starts with a letter.

    Examples
    --------
    >>> t = "They passed out water bottles that said hello. He argued that said rules"
    >>> toks = list(re.finditer(r"\\w+", t))
    >>> [relative_that(t, toks, k, {"so"}) for k, m in enumerate(toks) if m[0] == "that"]
    [True, False]
    """
    if toks[i][0] != "that" or i == 0:
        return False
    prev = toks[i - 1]
    word = prev[0].lower()
    if text[prev.end() : toks[i].start()].strip() or not word[:1].isalpha():
        return False
    return word not in stop and not _NO_NOUN_END.search(word)
