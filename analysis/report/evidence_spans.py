"""What the evidence view highlights: the span families and their colours, and the spans of one
article (quotations, reported speech, attribution verbs, lexicon markers) with the text shown on
hover.

:mod:`.evidence` draws these spans as nested HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["EVIDENCE_FAMILIES", "collect_spans"]

#: Families of highlighted spans: css class, legend label, colour.  Order = nesting priority
#: (earlier families are drawn outside later ones when spans overlap).
EVIDENCE_FAMILIES: dict[str, tuple[str, str]] = {
    "quote": ("Quotation (quoted voice)", "#e8eef7"),
    "reported": ("Reported speech (reported voice)", "#f5eedf"),
    "attribution": ("Attribution verb", "#b2dfdb"),
    "loaded": ("Loaded term", "#f8c4c4"),
    "naming": ("Naming variant", "#bfdcff"),
    "hedge": ("Hedge", "#ffe08a"),
    "booster": ("Booster", "#c8e6a0"),
    "evidential": ("Evidential", "#e3c8f2"),
    "other": ("Other marker", "#e0e0e0"),
}

_FAMILY_ALIASES = {
    "quotes": "quote",
    "quotation": "quote",
    "loaded_term": "loaded",
    "loaded_terms": "loaded",
    "loaded-language": "loaded",
    "naming_variant": "naming",
    "naming_variants": "naming",
    "name": "naming",
    "hedges": "hedge",
    "boosters": "booster",
    "evidentials": "evidential",
    "attribution_verb": "attribution",
    "verb": "attribution",
}


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """A field of a record or a mapping (``spans()`` rows and detector records alike)."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _normalise_family(raw: Any) -> str:
    """A family or category name as an :data:`EVIDENCE_FAMILIES` key (``"other"`` if unknown)."""
    fam = str(raw or "").strip().lower().replace(" ", "_")
    fam = _FAMILY_ALIASES.get(fam, fam)
    return fam if fam in EVIDENCE_FAMILIES else "other"


def collect_spans(
    body: str,
    quotes: Iterable[Any],
    markers: Iterable[Any],
    attributions: Iterable[Any] = (),
    reported: Iterable[tuple[int, int]] = (),
) -> list[dict[str, Any]]:
    """The spans to highlight in ``body``, outer spans first.

    Spans outside the text are dropped; quote rows among the markers are skipped (quotations
    come from ``quotes``).

    Parameters
    ----------
    body
        The text the offsets point into.
    quotes, markers, attributions
        Records or mappings as described in :func:`analysis.report.evidence_html`.
    reported
        ``(start, end)`` stretches of reported speech (the reported voice:
        :func:`analysis.pipeline.evidence.reported_stretches`); the hover names whose words
        they are (:func:`analysis.pipeline.evidence.reported_source`).

    Returns
    -------
    list of dict
        ``start``, ``end``, ``family`` (an :data:`EVIDENCE_FAMILIES` key), ``title`` (the
        hover text), ``quoted`` (a marker inside a quotation) and, for quotations, ``who`` (the
        speaker label, ``None`` for scare quotes); sorted by start, then longer first, then
        family priority.

    Examples
    --------
    >>> [(s["family"], s["title"]) for s in collect_spans("he said war", [],
    ...     [{"start": 8, "end": 11, "category": "loaded", "voice": "author"}])]
    [('loaded', 'loaded term; voice: author')]
    """
    n = len(body)
    out = [
        *_attribution_spans(body, attributions or ()),
        *_quote_spans(n, quotes or ()),
        *_reported_spans(n, reported or (), attributions or ()),
        *_marker_spans(body, markers or ()),
    ]
    order = list(EVIDENCE_FAMILIES)
    # outer first: earlier start, then longer, then family priority
    out.sort(key=lambda d: (d["start"], -d["end"], order.index(d["family"]), d["title"]))
    return out


def _reported_spans(
    n: int, reported: Iterable[tuple[int, int]], attributions: Iterable[Any]
) -> list[dict[str, Any]]:
    """Stretches of reported speech, with whose words they are on hover."""
    from ..pipeline.evidence import reported_source

    attributions = list(attributions)
    out = []
    for s, e in reported:
        if not 0 <= int(s) < int(e) <= n:
            continue
        a = reported_source(int(s), int(e), attributions)
        who = (_get(a, "resolved") or _get(a, "speaker")) if a is not None else None
        verb = f" ({_get(a, 'verb')})" if a is not None and _get(a, "verb") else ""
        title = f"reported speech of {who or 'a source not found'}{verb}: indirect, without "
        title += "quotation marks (reported voice)"
        out.append(
            {"start": int(s), "end": int(e), "family": "reported", "title": title, "quoted": False}
        )
    return out


def _attribution_spans(body: str, attributions: Iterable[Any]) -> list[dict[str, Any]]:
    """Reporting verbs, with stance and speaker on hover."""
    n = len(body)
    out = []
    for a in attributions:
        s, e = _get(a, "verb_start", None), _get(a, "verb_end", None)
        if s is None or e is None:
            s, e = _get(a, "start", 0), _get(a, "end", 0)
        s, e = int(s), int(e)
        if not 0 <= s < e <= n:
            continue
        bits = [f"attribution verb: {_get(a, 'verb') or body[s:e]}"]
        if _get(a, "stance"):
            bits.append(f"stance: {_get(a, 'stance')}")
        who = _get(a, "resolved") or _get(a, "speaker")
        bits.append(f"speaker: {who or 'not found'}")
        title = "; ".join(bits)
        out.append({"start": s, "end": e, "family": "attribution", "title": title, "quoted": False})
    return out


def _quote_spans(n: int, quotes: Iterable[Any]) -> list[dict[str, Any]]:
    """Quotations (in a text of ``n`` characters), with speaker, verb, stance and kind."""
    out = []
    for q in quotes:
        s, e = int(_get(q, "start", 0)), int(_get(q, "end", 0))
        if not 0 <= s < e <= n:
            continue
        bits = [f"quoted: {_get(q, 'speaker') or 'speaker unknown'}"]
        verb = _get(q, "verb")
        if verb:
            bits.append(f"verb: {verb}")
        stance = _get(q, "stance")
        if stance:
            bits.append(f"stance: {stance}")
        kind = _get(q, "kind")
        if kind:
            bits.append(f"kind: {kind}")
        who = _get(q, "speaker") if _get(q, "kind", "direct") != "scare" else None
        title = "; ".join(bits)
        out.append(
            {"start": s, "end": e, "family": "quote", "title": title, "quoted": False, "who": who}
        )
    return out


def _marker_spans(body: str, markers: Iterable[Any]) -> list[dict[str, Any]]:
    """Lexicon markers, with family (subcategory), term and voice."""
    n = len(body)
    out = []
    for m in markers:
        s, e = int(_get(m, "start", 0)), int(_get(m, "end", 0))
        if not 0 <= s < e <= n:
            continue
        fam_raw = _get(m, "family") or _get(m, "category")
        fam = _normalise_family(fam_raw)
        if fam == "quote":
            continue  # quote spans from a spans() table are passed as quotes
        sub = _get(m, "subcategory") or (_get(m, "category") if _get(m, "family") else None)
        voice = _get(m, "voice") or ""
        label = EVIDENCE_FAMILIES[fam][0].lower()
        if fam == "other" and fam_raw:
            label = str(fam_raw)
        bits = [label + (f" ({sub})" if sub and str(sub) != str(fam_raw) else "")]
        term = _get(m, "term")
        if term and str(term).lower() != body[s:e].lower():
            bits.append(f"term: {term}")
        if voice:
            bits.append(f"voice: {voice}")
        title, quoted = "; ".join(bits), str(voice) == "quoted"
        out.append({"start": s, "end": e, "family": fam, "title": title, "quoted": quoted})
    return out
