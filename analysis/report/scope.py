"""What a report's numbers rest on, said at its top: the topic packs used (and how much of the
corpus is about their story) and the data-quality warnings that bear on comparing outlets."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..detect.packs import (
    available_packs,
    pack_side_labels,
    pack_topic,
    packs_of,
    topic_shares,
)
from .blocks import HTMLBlock, note
from .quality import quality_caveat

__all__ = ["PACK_FIT", "pack_note", "corpus_notes", "side_names"]

#: Below this share of articles naming a pack's story, the report warns that the pack's tables
#: (naming groups, the story's loaded terms, actor sides) were written for another story.
PACK_FIT: float = 0.5


def pack_note(texts: Any, lexicons: Any = None) -> tuple[str, str]:
    """One sentence on the topic packs of an analysis, and its kind (``note`` or ``caveat``).

    Parameters
    ----------
    texts
        The articles' texts (``corpus["text"]``).
    lexicons
        The ``lexicons`` argument given to ``featurize`` (``None``: the bundled set, with the
        ``ukraine-2022`` pack).

    Returns
    -------
    tuple of str
        The sentence, and ``"caveat"`` when a pack's story is named by fewer than
        :data:`PACK_FIT` of the articles, else ``"note"``.

    Examples
    --------
    >>> text, kind = pack_note(["Kyiv was shelled.", "Kiev said so.", "Ohio votes."])
    >>> kind, text.split(":")[0]
    ('note', 'Topic pack ukraine-2022 is used')
    >>> pack_note(["Ohio votes."])[1]
    'caveat'
    """
    from ..detect.markers import resolve_lexicon

    packs = packs_of(resolve_lexicon(lexicons).files)
    if not packs:
        return (
            "No topic pack is used: the markers come from the core lexicons, which apply to any "
            "story, and there are no naming groups and no actor sides. Bundled packs: "
            f"{', '.join(available_packs())} (framing report --pack NAME).",
            "note",
        )
    texts = list(texts)
    shares = topic_shares(texts, packs)
    parts, unfit = [], []
    for pack in packs:
        n = round(shares[pack] * len(texts))
        label = pack if Path(pack).name == pack else f"{Path(pack).name} (your own, {pack})"
        parts.append(
            f"Topic pack {label} is used: naming groups, loaded terms and actor sides written for "
            f"one story, {pack_topic(pack).description}. {n:,} of the {len(texts):,} articles "
            f"({shares[pack]:.0%}) name that story."
        )
        if shares[pack] < PACK_FIT:
            unfit.append(pack)
    if not unfit:
        return " ".join(parts), "note"
    return (
        " ".join(parts)
        + " On the other articles its tables rarely fit, and its loaded terms still count in the "
        "loaded-language rates; to leave it out: framing report --pack none.",
        "caveat",
    )


def corpus_notes(articles: Any, lexicons: Any = None) -> list[HTMLBlock]:
    """The boxed notes at the top of a report that compares outlets: the data-quality caveat
    of report 01 (when there is one) and the topic packs used (:func:`pack_note`).

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"text": [f"Kyiv was shelled on day {i}." for i in range(3)],
    ...                   "outlet": ["A", "B", "C"]})
    >>> [repr(b).split(" ")[:3] for b in corpus_notes(a)]
    [['Note.', 'Topic', 'pack']]
    """
    from ..quality import corpus_checks

    out = []
    caveat = quality_caveat(corpus_checks(articles), n_outlets=int(articles["outlet"].nunique()))
    if caveat:
        out.append(note(caveat, kind="caveat"))
    text, kind = pack_note(articles["text"], lexicons)
    out.append(note(text, kind=kind))
    return out


def side_names(lexicons: Any = None) -> Mapping[str, str]:
    """The actor sides of an analysis's topic packs in words (their ``sides.csv``), for the
    tables and sentences of a report.

    Parameters
    ----------
    lexicons
        The ``lexicons`` argument given to ``featurize`` (``None``: the bundled set).

    Examples
    --------
    >>> side_names()["us_government"]
    'US government'
    """
    from ..detect.markers import resolve_lexicon

    return pack_side_labels(packs_of(resolve_lexicon(lexicons).files))
