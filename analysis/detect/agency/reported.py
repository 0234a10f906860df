"""Reported-speech spans from attributions: the interim source of the ``reported`` voice.

**Hook.** The shared voice module (``analysis.detect.voice``, issue 17) will define the
``reported`` voice for every detector.  Until it lands, :func:`reported_spans` gives a simple
approximation from the attributions :func:`analysis.find_attributions` already finds: in a
sentence with an attribution ("Officials said 12 civilians were
killed", "12 civilians were killed, officials said", "… according to the governor"), the rest
of the sentence is reported speech.  Attributions of subcategory ``labelling`` ("what he
called …") make no reported speech.  Replace the call in ``analysis/pipeline/article.py`` by
the voice module's spans when it lands; :func:`~analysis.detect.agency.find_agency` takes any
``(start, end)`` spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .words import sentence_around

__all__ = ["reported_spans", "mark_reported"]


def reported_spans(text: str, attributions: Sequence[Any]) -> list[tuple[int, int]]:
    """The reported-speech spans of ``text``: each sentence with an attribution that
    introduces no quotation, less the attribution itself.

    Parameters
    ----------
    text
        The text the attributions were found in.
    attributions
        :class:`~analysis.detect.quotes.Attribution` records (``start``, ``end``,
        ``quote_id``, ``subcategory``).

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> from analysis import find_attributions
    >>> t = "Officials said two people were killed. It rained."
    >>> [t[a:b] for a, b in reported_spans(t, find_attributions(t))]
    [' two people were killed.']
    """
    atts = [
        a for a in attributions if getattr(a, "subcategory", "") not in ("labelling", "quote_only")
    ]
    if not atts:
        return []
    out: list[tuple[int, int]] = []
    for a in atts:
        s, e = sentence_around(text, a.start, a.end)
        if a.start > s:
            out.append((s, a.start))
        if a.end < e:
            out.append((a.end, e))
    return sorted(set(out))


def mark_reported(events: Sequence[Any], attributions: Sequence[Any]) -> list[Any]:
    """``events`` with voice ``reported`` where an author-voice event shares its sentence with
    an attribution that introduces no quotation (outside the attribution itself): the same
    rule as :func:`reported_spans`, checked only where there are events.

    Examples
    --------
    >>> from analysis import find_attributions
    >>> from analysis.detect.agency import find_agency
    >>> t = "Officials said two people were killed. Three died."
    >>> [e.voice for e in mark_reported(find_agency(t), find_attributions(t))]
    ['reported', 'author']
    """
    atts = [
        (a.start, a.end)
        for a in attributions
        if getattr(a, "subcategory", "") not in ("labelling", "quote_only")
    ]
    if not atts:
        return list(events)
    out = []
    for e in events:
        if e.voice == "author" and any(
            e.sentence_start <= s < e.sentence_end and not (s <= e.start < t) for s, t in atts
        ):
            e = e._replace(voice="reported")
        out.append(e)
    return out
