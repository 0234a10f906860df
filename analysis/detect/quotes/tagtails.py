"""Speech tags right after a quotation whose verb no table row has and whose sentence goes on
past the verb by a short tail: a time word ("“…,” Clinton thundered later in the same
speech.", "“…,” President Barack Obama pronounced Wednesday."), a particle ("“…,” Vladimir
Makei summed up."), a subordinator before a participle ("“…!” they sang while waving"), or an
irregular past of a closed list as the verb ("“…,” McSally began.").

:func:`.leads.inverted_cues` reads the same position when punctuation or a preposition follows
the verb; these tails are read here (attribution round 39, ``lexicons/tag_tails.csv``).  An
adverb in *-ly* ("“…,” the crowd applauded loudly.", PolNeAR train: the quotation is Trump's)
or an object ("“…?” Kavanaugh hedged a bit", AllSides: the question is Leahy's) is no tail,
and a verb of the table later in the tag's sentence is its verb ("“…,” the order released
Friday said.", PolNeAR train: a participle after the subject).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicons import read_table
from ...text.typography import QUOTE_MARKS
from .insides import is_title
from .tables import VerbIndex
from .timewords import WEEKDAYS

__all__ = ["tail_cues"]

_SENTENCE_END = re.compile(r"[.!?\n]")

# the subject of a tag: a pronoun, up to four capitalised words, or a short common noun phrase
_SUBJECT = (
    r"(?:he|she|they|we|I|[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}|"
    r"(?:the|a|an)(?:[ ][\w’'-]+){1,5}?)"
)


@lru_cache(maxsize=1)
def _tag() -> re.Pattern[str]:
    """The tag after a closing mark: subject, verb (group 1) and a tail of the table."""
    rows = read_table("tag_tails.csv")
    words = {r["subcategory"]: [] for r in rows}
    for r in rows:
        words[r["subcategory"]].append(re.escape(r["term"]))
    irregular = "|".join(words["irregular_past"])
    times = "|".join([*words["time"], *sorted(WEEKDAYS)])
    tail = (
        rf"[ \t]+(?:{'|'.join(words['particle'])})(?=[ \t]*[.,;!?])"
        rf"|[ \t]+(?:{times})\b"
        rf"|[ \t]+(?:{'|'.join(words['subordinator'])})[ \t]+[a-z]{{2,}}ing\b"
    )
    return re.compile(
        rf"[ \t]*,?[ \t]+{_SUBJECT}[ \t]+"
        rf"([a-z]{{3,}}ed(?={tail})|(?:{irregular})(?=[ \t]*[.,;!?]|{tail}))"
    )


def tail_cues(
    text: str,
    exclude: Sequence[tuple[int, int]],
    vindex: VerbIndex,
    found: Sequence[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Verbs of speech tags with a tail (module docstring) right after a quotation closed by a
    comma, ``!`` or ``?``, as ``(start, end, verb)``.

    Parameters
    ----------
    text
        The text.
    exclude
        Sorted spans of direct quotations.
    vindex
        The verb index: a verb of the table in the tag is found by the table already.
    found
        The cues :func:`.leads.inverted_cues` found (a quotation with one is skipped).

    Returns
    -------
    list of tuple
        ``(start, end, verb)`` per tag, in text order.

    Examples
    --------
    >>> from analysis.detect.quotes.tables import load_verbs
    >>> t = "“We will win,” Clinton thundered later in the same speech."
    >>> tail_cues(t, [(0, 14)], VerbIndex(t, load_verbs()), [])
    [(23, 32, 'thundered')]
    >>> t = "“We will win,” the crowd applauded loudly."
    >>> tail_cues(t, [(0, 14)], VerbIndex(t, load_verbs()), [])
    []
    """
    taken = {c[0] for c in found}
    out = []
    for op, end in exclude:
        if is_title(text[op:end].strip(QUOTE_MARKS + " ")):
            continue
        if text[end : end + 1] == "'" and text[end - 1] == "'":
            end += 1  # the NYT's closing two apostrophes
        before_mark = text[max(0, end - 4) : end].rstrip().rstrip(QUOTE_MARKS)[-1:]
        if before_mark not in (",", "!", "?") and text[end : end + 1] != ",":
            continue
        m = _tag().match(text, end, end + 90)
        if m is None or m.start(1) in taken:
            continue
        stop = _SENTENCE_END.search(text, m.end(1), m.end(1) + 120)
        if vindex.within(end, stop.start() if stop else m.end(1) + 120):
            continue  # a table verb in the tag: "“…,” the order released Friday said." (train)
        out.append((m.start(1), m.end(1), m.group(1)))
    return out
