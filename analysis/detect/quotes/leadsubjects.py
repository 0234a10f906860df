"""The subject of a colon lead-in after an opening phrase the adverbial rules do not know
(round 38, PolNeAR train): "Likewise, a paper from the left-leaning Brookings Institution had
this to say about his free-college proposal: '…'", "But back on American soil, he returned to
his familiar lines: '…'". :func:`~.speakers.sentence_subject` skips connectives and known
adverbials only; a colon lead-in's clause has a finite verb and its subject, so the subject may
be read after the sentence's first commas instead.
"""

from __future__ import annotations

from ...text.typography import QUOTE_MARKS
from .speakers import sentence_subject

__all__ = ["lead_subject"]

#: How many opening phrases (each closed by a comma) may be skipped.
MAX_OPENINGS = 2
#: The most words an opening phrase may have ("But back on American soil,": 5).
MAX_OPENING_WORDS = 6
#: Subjects not taken after a skipped phrase: the dummy *it* ("Wait, it gets better: '…'").
DUMMY_SUBJECTS = frozenset({"it"})


def lead_subject(text: str, ss: int, b: int) -> tuple[int, int] | None:
    """The subject of the colon lead-in whose sentence starts at ``ss`` and whose lead word
    ends at ``b``: :func:`~.speakers.sentence_subject` (a common noun's phrase allowed) from
    the sentence start, else from after each of its first :data:`MAX_OPENINGS` commas, when
    the phrase skipped is short (:data:`MAX_OPENING_WORDS`) and holds no quotation mark, and
    the subject found there is not in :data:`DUMMY_SUBJECTS`.

    Parameters
    ----------
    text
        The article text.
    ss, b
        The sentence start and the end of the lead-in's last word.

    Returns
    -------
    tuple of int or None
        The subject's ``(start, end)``, or None.

    Examples
    --------
    >>> t = "Likewise, a paper from the institute had this to say about it: 'No.'"
    >>> s = lead_subject(t, 0, t.index(":"))
    >>> t[s[0] : s[1]]
    'a paper from the institute'
    """
    sp = sentence_subject(text, ss, b, common=True)
    start = ss
    for _ in range(MAX_OPENINGS):
        if sp is not None:
            return sp
        c = text.find(",", start, b)
        phrase = text[start:c]
        if (
            c < 0
            or len(phrase.split()) > MAX_OPENING_WORDS
            or any(q in phrase for q in QUOTE_MARKS)
        ):
            return None
        start = c + 1
        sp = sentence_subject(text, start, b, common=True)
        if sp is not None and text[sp[0] : sp[1]].lower() in DUMMY_SUBJECTS:
            return None
    return sp
