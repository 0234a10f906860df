"""Per-article agency features: how harm is realised, by voice and by victim side."""

from __future__ import annotations

import math
from collections import Counter
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
    n_voice = Counter(e.voice for e in events)
    n_form = Counter((e.form, e.voice) for e in events)
    erased = [is_erased(e) for e in events]
    n_erased = Counter(e.voice for e, x in zip(events, erased) if x)
    for v in VOICES:
        feats[f"harm_n_{v}"] = n_voice[v]
    for form in FORMS:
        for v in VOICES:
            n = n_form[(form, v)]
            feats[f"harm_n_{form}_{v}"] = n
            feats[f"harm_share_{form}_{v}"] = _rate(n, n_voice[v])
    feats["harm_erasure_rate"] = _rate(sum(erased), len(events))
    for v in VOICES:
        feats[f"harm_erasure_rate_{v}"] = _rate(n_erased[v], n_voice[v])
    side_of = [
        (e.victim_side or "unknown", x) for e, x in zip(events, erased) if e.voice == "author"
    ]
    n_side = Counter(s for s, _ in side_of)
    n_side_erased = Counter(s for s, x in side_of if x)
    for side in [*dict.fromkeys(sides), "unknown"]:
        feats[f"harm_n_author_victim_{side}"] = n_side[side]
        feats[f"harm_erasure_rate_author_victim_{side}"] = _rate(n_side_erased[side], n_side[side])
    return feats
