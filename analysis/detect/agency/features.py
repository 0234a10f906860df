"""Per-article agency features: how harm is realised, by voice and by victim side."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .records import FORMS, VOICES, HarmEvent

__all__ = ["agency_features", "ERASED_FORMS", "is_erased"]

#: Forms that can realise harm without naming who caused it.
ERASED_FORMS: frozenset[str] = frozenset({"passive_agentless", "nominal", "intransitive"})


def is_erased(event: HarmEvent) -> bool:
    """Whether an event names no agent: an agentless passive, or a nominal or intransitive
    mention without an agent phrase.

    Examples
    --------
    >>> is_erased(HarmEvent(0, 4, "died", "die", "death", "intransitive"))
    True
    """
    return event.form in ERASED_FORMS and event.agent is None


def _rate(num: int, den: int) -> float:
    return num / den if den else math.nan


def agency_features(events: Sequence[HarmEvent], *, sides: Sequence[str] = ()) -> dict[str, Any]:
    """The agency feature columns of one article (see ``docs/features.md``).

    Parameters
    ----------
    events
        The article's harm events (:func:`analysis.find_agency`).
    sides
        The sides of the actors table (every one gets its columns, also when absent).

    Returns
    -------
    dict
        ``harm_n``, ``harm_n_<voice>``, ``harm_n_<form>_<voice>``, ``harm_share_<form>_<voice>``
        (share among that voice's events; NaN without any), ``harm_erasure_rate`` and
        ``harm_erasure_rate_<voice>``, ``harm_n_author_victim_<side>`` and
        ``harm_erasure_rate_author_victim_<side>`` (author voice; ``unknown`` for victims
        without a side).

    Examples
    --------
    >>> e = [HarmEvent(0, 6, "killed", "kill", "kill", "passive_agentless"),
    ...      HarmEvent(9, 15, "killed", "kill", "kill", "active_agent", agent="Russia")]
    >>> f = agency_features(e)
    >>> f["harm_n"], f["harm_share_passive_agentless_author"], f["harm_erasure_rate"]
    (2, 0.5, 0.5)
    """
    feats: dict[str, Any] = {"harm_n": len(events)}
    by_voice = {v: [e for e in events if e.voice == v] for v in VOICES}
    for v, evs in by_voice.items():
        feats[f"harm_n_{v}"] = len(evs)
    for form in FORMS:
        for v, evs in by_voice.items():
            n = sum(1 for e in evs if e.form == form)
            feats[f"harm_n_{form}_{v}"] = n
            feats[f"harm_share_{form}_{v}"] = _rate(n, len(evs))
    feats["harm_erasure_rate"] = _rate(sum(map(is_erased, events)), len(events))
    for v, evs in by_voice.items():
        feats[f"harm_erasure_rate_{v}"] = _rate(sum(map(is_erased, evs)), len(evs))
    author = by_voice["author"]
    for side in [*dict.fromkeys(sides), "unknown"]:
        evs = [e for e in author if (e.victim_side or "unknown") == side]
        feats[f"harm_n_author_victim_{side}"] = len(evs)
        feats[f"harm_erasure_rate_author_victim_{side}"] = _rate(sum(map(is_erased, evs)), len(evs))
    return feats
