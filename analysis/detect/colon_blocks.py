"""Text printed after a colon lead-in that names its source: the ``reported`` voice of a block.

A source's text is often printed without quotation marks after a lead-in that ends with a
colon.  Two ways of naming the source count:

* a ``voice_frames.csv`` frame of ``end=block``: a written source document named in a lead-in
  paragraph that ends with the colon ("The email reads as follows:", "From an Associated Press
  report published Monday:", "… to offer testimony, and it was … about so-called fetal pain:");
  the next paragraph is the document's text (:func:`colon_block` from the frame's match);
* an attribution record with its colon right after its cue and source ("…, according to a CNBC
  translation: We are extremely disappointed …"): the rest of the sentence
  (:func:`record_block`).

Not a record's colon that ends its paragraph ("Gabbard answered:", "According to U.S.
officials, … included:"): the agency annotations read such blocks, statements and transcripts
as the outlet's (``agency_guideline.md``), the hit audit as reported; the agency dev voice
figure fell with them (6 of 1,990 mentions), so they are left (voice round voice30; hit audit
dev9, dev16, dev20, dev21).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["colon_block", "record_block"]

#: From a lead-in's cue to its colon: no sentence stop, line break or double quotation mark
#: between (a colon inside a quotation or a later sentence is not the lead-in's).
_TO_COLON = re.compile(r"[^.!?\n\"“”:]*:")
_QUOTE_OPEN = "\"'“‘«"
#: A record's colon right after its cue and source ("according to a CNBC translation: …").
_RIGHT_COLON = re.compile(r"[ \t]*:")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_NEXT_PARAGRAPH = re.compile(r"\s*")
#: Cues that frame the author's own statement or only introduce a quotation
#: (:mod:`analysis.detect.reported_content`): no block.
_NO_BLOCK = frozenset({"appearance", "expectation", "quote_only"})


def colon_block(
    text: str, pos: int, sent_end: int | None = None, *, paragraph: bool = True
) -> tuple[int, int] | None:
    """The words a colon lead-in presents, the lead-in's source cue ending at ``pos``.

    Parameters
    ----------
    text
        The text.
    pos
        Where the lead-in's cue ends; the colon must follow with no sentence stop, line break
        or double quotation mark between.
    sent_end
        The end of the sentence around ``pos``: after a colon inside a paragraph the block
        runs to it (``None``: no such block).
    paragraph
        Whether a colon that ends its paragraph presents the next paragraph (``False``: no
        block after such a colon).

    Returns
    -------
    tuple of (int, int) or None
        The block: the next paragraph when the colon ends its paragraph, else the rest of the
        sentence after the colon; ``None`` without a colon.

    Examples
    --------
    >>> t = "The email reads as follows:\\n\\nSuch moves could prove disastrous.\\n\\nBarr said."
    >>> s, e = colon_block(t, t.index("reads"))
    >>> t[s:e]
    'Such moves could prove disastrous.'
    """
    m = _TO_COLON.match(text, pos)
    if m is None:
        return None
    colon = m.end()
    if _LINE_END.match(text, colon) is not None:  # the colon ends its paragraph
        if not paragraph:
            return None
        start = _NEXT_PARAGRAPH.match(text, colon).end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    elif sent_end is None or sent_end <= colon:
        return None
    else:
        start, end = colon, sent_end
    while start < end and text[start].isspace():
        start += 1
    if start < end and text[start] in _QUOTE_OPEN:  # 'said: “…”': the quotation is the content
        return None
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def record_block(
    text: str, a: Any, sentence_of: Callable[[int, int], tuple[int, int]]
) -> tuple[int, int] | None:
    """The rest of the sentence after a record's colon right after its cue and source
    (:func:`colon_block`): "…, according to a CNBC translation: We are extremely disappointed
    …"; none after a colon that ends its paragraph (the agency annotations read a statement
    printed as a block after "Gabbard answered:" as the outlet's), after a colon later in the
    clause ("Russia has emphasized a strategy …: using missiles"), or for a cue of the author's
    own framing (``seemed to``).

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> t = "The NBA posted this, according to a CNBC translation: We are very disappointed."
    >>> a = A(start=21, end=52, verb="according to", verb_start=21, verb_end=33)
    >>> s, e = record_block(t, a, lambda s, e: (0, len(t)))
    >>> t[s:e]
    'We are very disappointed.'
    """
    if getattr(a, "subcategory", "") in _NO_BLOCK or int(getattr(a, "verb_end", -1)) < 0:
        return None
    pos = max(int(a.end), int(a.verb_end))
    if not _RIGHT_COLON.match(text, pos):  # "emphasized a strategy …: using missiles"
        return None
    return colon_block(text, pos, sentence_of(int(a.start), pos)[1], paragraph=False)
