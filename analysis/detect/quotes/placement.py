"""Where an attribution stands against a quotation: the sentence-position tests of the
attachment in :mod:`analysis.detect.quotes.analyse` (split from it in round 32).

An inverted verb ("'…,' agreed Hultquist"), connectives before a quotation that still opens
its sentence, a lead-in that ends the paragraph above in a colon, a verb whose sentence goes on,
an attribution that opens a new sentence after a quotation, and a verb that leads the next
quotation by a colon (round 32); a participle cue whose object is the quotation (round 36).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .marks import Piece, mark_len
from .records import Attribution
from .sentences import sentence_start
from .speakers import CONNECTIVES

__all__ = [
    "inverted",
    "connectives_only",
    "colon_before",
    "goes_on",
    "new_sentence",
    "leads_next",
    "participle_object",
]


# before an inverted verb: a quotation closed by a comma, "!" or "?", or a sentence start
_INVERSION_BEFORE = re.compile(r"(?:[,!?][\"”’']|^|[.!?][\"”’']?)\s*\Z")
# before a speaker right after a quotation: its comma, "!" or "?" and the closing mark
_QUOTE_COMMA_BEFORE = re.compile(r"[,!?][\"”’'][ \t]*\Z")


def inverted(text: str, a: Attribution) -> bool:
    """The verb of ``a`` stands before its speaker, right after a quotation's comma or at the
    start of a sentence ("'…,' agreed Hultquist", "Agreed a New Hampshire Republican, '…'"),
    or its speaker and then the verb stand right after a quotation's comma ("“…,” Anzalone
    agreed."; round 23): only speech is reported so, also with a verb of thought (round 20)."""
    if a.verb.isupper():
        return False  # not in a headline in capitals ("… 'GET HIS FACTS STRAIGHT,' KNOWS …")
    if 0 <= a.speaker_start < a.verb_start:
        return not text[a.speaker_end : a.verb_start].strip() and bool(
            _QUOTE_COMMA_BEFORE.search(text[max(0, a.speaker_start - 4) : a.speaker_start])
        )
    return bool(_INVERSION_BEFORE.search(text[max(0, a.verb_start - 4) : a.verb_start]))


# one or two words between commas and white space, and nothing else (possessive: a longer lead
# fails at its third word, without reading the rest of the paragraph)
_LEAD = re.compile(r"[\s,]*+([^\s,]++)(?:[\s,]++([^\s,]++))?+[\s,]*+")


def connectives_only(text: str, lo: int, hi: int) -> bool:
    """Only one or two connectives in ``text[lo:hi]``, before a quotation's opening mark: it
    still opens its sentence ('"…," he said. But "…"', "Now, ''…''"; issue 18, seventh pass,
    PolNeAR train)."""
    m = _LEAD.fullmatch(text, lo, hi)
    return m is not None and all(w.lower() in CONNECTIVES for w in m.groups() if w is not None)


def colon_before(text: str, at: Attribution, lo: int) -> bool:
    """The paragraph before ``lo`` ends in a colon after the attribution ``at``, in its last
    sentence."""
    end = len(text[:lo].rstrip())
    if end <= at.verb_end or text[end - 1] != ":" or end - at.verb_end > 120:
        return False
    return sentence_start(text, at.verb_end, end) == at.verb_end


# after a verb: the rest of its sentence is a short adverbial at most ("He said on Monday.")
_SHORT_REST = re.compile(r"(?:[ \t]+[\w.’'-]+){0,4}[ \t]*(?:[.!?]|$)")


def goes_on(text: str, ve: int, hi: int) -> bool:
    """The sentence of the verb ending at ``ve`` goes on past a short adverbial."""
    return not _SHORT_REST.match(text, ve, hi)


def new_sentence(text: str, last: Piece, at: Attribution) -> bool:
    """The quotation ends its sentence with a full stop, ``!`` or ``?`` inside the marks and the
    attribution after it opens a new one with a capital ("… abortions.'' She called the atom
    bomb …", "… for the long run!” She replied …"; round 15) or stands in a new one ("…
    nothing.'' That's why, he added, …")."""
    if last.close < 0 or not text[last.start : last.close].rstrip().endswith((".", "!", "?")):
        return False
    first = min(at.start, at.verb_start)
    # or words of a new sentence stand between ("… nothing.'' That's why, he added, …"; round 14)
    lead = text[last.close + mark_len(text, last.close) : first].strip()
    return (text[first : first + 1].isupper() and first != at.verb_start) or lead[:1].isupper()


# from a verb to the next opening mark: words without a sentence end or a mark, then a colon
_COLON_TO_MARK = re.compile(r"[^.!?;\"“”\n]{0,80}?:[ \t]*")


def leads_next(text: str, verb_end: int, opens: Sequence[int]) -> bool:
    """The verb ending at ``verb_end`` leads the next quotation by a colon ("“…” He added:
    “…”", "“…” The presidential candidate reiterated: “…”"): it introduces that quotation, not
    the one before it (round 32, PolNeAR train).  ``opens``: the sorted opening-mark offsets.

    Examples
    --------
    >>> t = "“We won.” He added: “We will win again.”"
    >>> leads_next(t, 18, [0, 20])
    True
    >>> leads_next("“We won.” He added. “Again.”", 18, [0, 20])
    False
    """
    k = bisect_right(opens, verb_end)
    return k < len(opens) and _COLON_TO_MARK.fullmatch(text, verb_end, opens[k]) is not None


# between a participle cue and the opening mark of its object: white space or a comma (not a
# colon: Axios's label "What they're saying: “…,” Timothy Klausutis wrote.")
_OBJECT_GAP = re.compile(r"[ \t,]*")
# the end of a quotation closed by a comma, inside or after its closing mark
_COMMA_CLOSE = re.compile(r",[\"”’']{1,2}\Z|[\"”’']{1,2},\Z")


def participle_object(text: str, at: Attribution, op: int, end: int) -> bool:
    """The quotation from ``op`` (its opening mark) to ``end`` (after its closing mark, or after
    the comma that follows it) is the object of the participle cue of ``at`` right before it,
    ``at`` has a speaker, and the quotation ends in a comma (the main clause goes on): that cue
    introduces it, not a verb after its closing mark ("Citing “obligations in Tennessee,” the
    spokeswoman told POLITICO …"; round 36, PolNeAR train).

    Examples
    --------
    >>> from analysis.detect.quotes import find_attributions
    >>> t = "Citing “obligations at home,” the spokeswoman told reporters that Gore would stay."
    >>> cite = find_attributions(t)[0]
    >>> cite.verb, participle_object(t, cite, t.index("“"), t.index("”") + 1)
    ('Citing', True)
    >>> t = "Trump said, “We will win,” adding that he was sure."
    >>> said = find_attributions(t)[0]
    >>> said.verb, participle_object(t, said, t.index("“"), t.index("”") + 1)
    ('said', False)
    """
    return (
        at.verb.endswith("ing")
        and at.speaker_start >= 0
        and at.verb_end <= op
        and _OBJECT_GAP.fullmatch(text, at.verb_end, op) is not None
        and _COMMA_CLOSE.search(
            text, max(op, end - 3), end + 1 if text.startswith(",", end) else end
        )
        is not None
    )
