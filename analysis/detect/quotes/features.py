"""Per-article quotation features: shares of quoted text, counts by kind, stance, speaker, side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .analyse import find_attributions, quotes_and_attributions
from .records import Attribution, Quote
from .sources import source_profile
from .tables import ActorTable, VerbTable, load_actors, load_verbs

__all__ = ["quote_features", "STANCE_CLASSES"]

#: Stance classes of the bundled verb table (``category`` column), in report order.
STANCE_CLASSES: tuple[str, ...] = (
    "neutral",
    "distancing",
    "endorsing",
    "guilt",
    "pressure",
    "emotive",
    "tentative",
    "position",
    "cognition",
)


#: (verb table, actor table) -> (the tables, their stance classes and sides), by identity.
_LAYOUTS: dict[tuple[int, int], tuple[VerbTable, ActorTable, tuple[str, ...], tuple[str, ...]]] = {}


def _layout(vt: VerbTable, at: ActorTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stance classes (:data:`STANCE_CLASSES`, then the table's others, sorted) and the
    sides of the actors table (in table order): computed once per pair of tables, not per
    article."""
    key = (id(vt), id(at))
    hit = _LAYOUTS.get(key)
    if hit is None or hit[0] is not vt or hit[1] is not at:
        extra = sorted({c for c, _ in vt.stance.values()} - set(STANCE_CLASSES))
        sides = tuple(dict.fromkeys(s for _, s in at.rows))
        if len(_LAYOUTS) >= 16:  # tables are few; bounded anyway
            _LAYOUTS.clear()
        hit = _LAYOUTS[key] = (vt, at, (*STANCE_CLASSES, *extra), sides)
    return hit[2], hit[3]


def quote_features(
    text: str,
    quotes: list[Quote] | None = None,
    *,
    attributions: Sequence[Attribution] | None = None,
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
    source_types: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> dict:
    """Per-article quotation features and the source profile.

    Keys
    ----
    quote_share
        Characters inside direct quotations (the quoted words, without marks) / ``len(text)``
        (0.0 for an empty text).
    scare_share
        The same for scare quotes.
    n_direct_quotes
        Number of distinct direct quotations (a multi-paragraph quotation counts once).
    n_scare_quotes
        Number of scare quotes.
    n_attributions
        All reporting verbs with a speaker, with or without quotation marks.
    n_attributions_<stance>
        The same per stance class (``neutral``, ``distancing``, ``endorsing``, ``guilt``,
        ``pressure``, ``emotive``, ``tentative``, ``position``, ``cognition``, and any other
        class in a user's verb table).
    n_speakers
        Distinct speakers (case-insensitive, after pronoun resolution) of direct quotations.
    n_quotes_unattributed
        Direct quotations without a speaker.
    n_quotes_side_<side>
        Direct quotations whose speaker belongs to each side of the actors table, plus
        ``n_quotes_side_unknown`` for attributed speakers that match no actor.
    n_sources, n_reported_speech, reported_share, n_words_attributed
        The source profile (:func:`analysis.detect.quotes.sources.source_profile`), with
        ``source_share_<type>``, ``source_share_side_<side>`` and ``anonymous_source_share``.

    Parameters
    ----------
    text
        The article body.
    quotes
        :func:`find_quotes` output for ``text`` (computed when ``None``).
    attributions
        :func:`find_attributions` output for ``text`` (e.g. from :func:`analyse_quotes`);
        computed when ``None``.
    actors, verbs
        As in :func:`find_quotes`.
    source_types
        The source-type table (``lexicons/source_types.csv`` by default).

    Returns
    -------
    dict

    Examples
    --------
    >>> f = quote_features("'We will finish it,' Peskov said.")
    >>> f["n_direct_quotes"], f["n_quotes_side_russian_government"], f["n_attributions_neutral"]
    (1, 1, 1)
    """
    vt = load_verbs(verbs)
    at = load_actors(actors)
    if not isinstance(text, str):
        text = ""
    if not text:
        quotes, attrs = [], []
    elif quotes is None:
        quotes, attrs = quotes_and_attributions(text, vt, at)
    elif attributions is not None:
        attrs = list(attributions)
    else:
        attrs = find_attributions(text, quotes=quotes, actors=at, verbs=vt)
    n = len(text)
    direct = [q for q in quotes if q.kind == "direct"]
    scare = [q for q in quotes if q.kind == "scare"]
    feats: dict = {
        "quote_share": (sum(q.end - q.start for q in direct) / n) if n else 0.0,
        "scare_share": (sum(q.end - q.start for q in scare) / n) if n else 0.0,
        "n_direct_quotes": len({q.quote_id for q in direct}),
        "n_scare_quotes": len({q.quote_id for q in scare}),
    }
    classes, sides = _layout(vt, at)
    feats["n_attributions"] = len(attrs)
    for c in classes:
        feats[f"n_attributions_{c}"] = sum(1 for a in attrs if a.stance == c)
    first = {}
    for q in direct:
        first.setdefault(q.quote_id, q)
    feats["n_speakers"] = len({q.speaker.lower() for q in first.values() if q.speaker})
    feats["n_quotes_unattributed"] = sum(1 for q in first.values() if not q.speaker)
    for s in sides:
        feats[f"n_quotes_side_{s}"] = sum(1 for q in first.values() if q.side == s)
    feats["n_quotes_side_unknown"] = sum(1 for q in first.values() if q.speaker and q.side is None)
    feats.update(source_profile(text, quotes, attrs, actors=at, source_types=source_types))
    return feats
