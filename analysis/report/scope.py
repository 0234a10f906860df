"""What a report's numbers rest on, said at its top: the topic packs used (and how much of the
corpus is about their story) and the data-quality warnings that bear on comparing outlets."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..detect.packs import (
    PACK_CHOICE,
    available_packs,
    pack_contents,
    pack_side_labels,
    pack_topic,
    packs_of,
    topic_shares,
)
from ..lexicons import pack_dir
from ..text.plural import plural
from .blocks import HTMLBlock, note
from .describe import count_of
from .quality import quality_caveat

__all__ = [
    "pairwise_scope",
    "PACK_FIT",
    "pack_note",
    "unfit_packs",
    "no_sides",
    "outlet_pairs_again",
    "few_outlets_caveat",
    "FEW_OUTLETS",
    "corpus_notes",
    "side_names",
]

#: Below this share of articles naming a pack's story, the report warns that the pack's tables
#: (naming groups, the story's loaded terms, actor sides, frame cues) were written for another
#: story.
PACK_FIT: float = 0.5


def _packs_used(lexicons: Any) -> tuple[str, ...]:
    """The topic packs of the ``lexicons`` argument given to ``featurize``."""
    from ..detect.markers import resolve_lexicon

    return packs_of(resolve_lexicon(lexicons).files)


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
    packs = _packs_used(lexicons)
    texts = list(texts)
    if not packs:
        shares = topic_shares(texts, available_packs())
        named = "; ".join(
            f"{p} ({pack_topic(p).description}), named by {_count_share(shares[p], len(texts))}"
            for p in available_packs()
        )
        return (
            "No topic pack is used: the markers come from the core lexicons, which apply to any "
            "story, and there are no naming groups and no actor sides. framing report uses a "
            f"bundled pack by itself when at least {PACK_CHOICE:.0%} of the articles name its "
            f"story. Bundled: {named}; to use one anyway: `framing report --pack NAME`. For the "
            "naming groups and actor sides of this corpus's own story, write your own pack (a "
            'folder with a topic.csv; analysis/lexicons/README.md, "Your own topic pack") and '
            "give it with `framing report --pack FOLDER`.",
            "note",
        )
    shares = topic_shares(texts, packs)
    parts, unfit = [], []
    for pack in packs:
        label = pack_topic(pack).label
        label = label if Path(pack).name == pack else f"{label} (your own, {pack})"
        # the reports' frames keep to the generic battery: a pack's frame cues are not used
        held = [w for w in pack_contents(pack) if w != "frame cues"] or ["tables"]
        held = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
        parts.append(
            f"Topic pack {label} is used: {held} written for "
            f"one story, {pack_topic(pack).description}. "
            f"{_count_share(shares[pack], len(texts))} name that story."
            + (
                " Its frame cues (frames.csv) are not: the frames report uses the generic "
                "battery on every corpus."
                if "frame cues" in pack_contents(pack)
                else ""
            )
        )
        if shares[pack] < PACK_FIT:
            unfit.append(pack)
    if not unfit:
        return " ".join(parts), "note"
    return (
        " ".join(parts)
        + " On the other articles its tables rarely fit, and its loaded terms still count in the "
        "loaded-language rates; to leave it out: `framing report --pack none`.",
        "caveat",
    )


def unfit_packs(texts: Any, lexicons: Any = None, *, what: str) -> str | None:
    """Why a section built on a topic pack's tables (its actor sides, its victims' sides) is
    left out, or ``None`` when every pack used fits the corpus.

    A pack fits when at least :data:`PACK_FIT` of the articles name its story (the same test
    as :func:`pack_note`'s caveat). On a corpus about something else the pack's actor table
    names a few stray sources (on US health-care news, "the White House" as *US government*,
    Fox News as *news media*) and leaves nearly every other source *unknown*: shares and tests
    of those sides would be numbers about the wrong story.

    Parameters
    ----------
    texts
        The articles' texts (``corpus["text"]``).
    lexicons
        The ``lexicons`` argument given to ``featurize`` (``None``: the bundled set, with the
        ``ukraine-2022`` pack).
    what
        What the section would have shown, for the sentence ("sources are not compared by
        side").

    Returns
    -------
    str or None

    Examples
    --------
    >>> print(unfit_packs(["Ohio votes.", "Taxes rose."], what="no split by side"))
    The actor sides come from topic pack ukraine-2022, written for another story (Russia's
    invasion of Ukraine (2022)), which 0 of the 2 articles name: no split by side. Give a pack
    for this corpus's story (`framing report --pack FOLDER`) to compare sides.
    >>> unfit_packs(["Kyiv was shelled.", "Kiev said so."], what="x") is None
    True
    """
    packs = _packs_used(lexicons)
    texts = list(texts)
    shares = topic_shares(texts, packs)
    unfit = [p for p in packs if shares[p] < PACK_FIT]
    if not unfit:
        return None
    named = "; ".join(
        f"{pack_topic(p).label}, written for another story "
        f"({pack_topic(p).description}), which {_count_share(shares[p], len(texts))} name"
        for p in unfit
    )
    return (
        f"The actor sides come from topic pack {named}: {what}. Give a pack for this corpus's "
        "story (`framing report --pack FOLDER`) to compare sides."
    )


def no_sides(
    lexicons: Any = None,
    *,
    what: str,
    whom: str = "source",
    tables: tuple[str, ...] = ("actors.csv",),
) -> str:
    """Why no ``whom`` of a report has a side, in one sentence that says which of three it is
    and what to do: no topic pack is used, the packs used have no actors table, or their
    tables name none of these articles' ``whom`` (reports 07 and 09 said "no pack with actors
    is used, or its table names none of these victims" on a corpus with no pack at all).

    Parameters
    ----------
    lexicons
        The ``lexicons`` argument given to ``featurize``.
    what
        What the section would have shown ("sources are not compared by side").
    whom
        Who has a side in the section ("source", "victim").
    tables
        The pack tables that give ``whom`` a side (``actors.csv``; for victims also
        ``harm_actors.csv``).

    Returns
    -------
    str

    Examples
    --------
    >>> print(no_sides([], what="sources are not compared by side"))  # doctest: +ELLIPSIS
    No topic pack is used, so no source has a side: sources are not compared by side. ...
    >>> no_sides(what="no split", whom="victim").startswith("No victim of these articles")
    True
    """
    packs = _packs_used(lexicons)
    how = _how_to_give_sides(whom, tables)
    if not packs:
        return f"No topic pack is used, so no {whom} has a side: {what}. To compare sides, {how}"
    names = ", ".join(pack_topic(p).label for p in packs)
    if not any((pack_dir(p) / t).is_file() for p in packs for t in tables):
        return (
            f"Topic pack {names} has no {' or '.join(tables)}, so no {whom} has a side: "
            f"{what}. To compare sides, {how}"
        )
    return (
        f"No {whom} of these articles matches a row of the actor tables of topic pack {names} "
        f"({' and '.join(tables)}): {what}. Read the {plural(whom)} this report lists and add rows "
        "for them."
    )


def _how_to_give_sides(whom: str, tables: tuple[str, ...]) -> str:
    """What to write so that ``whom`` gets a side: the table that gives it one (the last of
    ``tables``: ``harm_actors.csv`` for harm victims and agents) and the phrase its pattern is
    searched in (report 09 told users to write an actors.csv pattern "for the speaker phrase"
    about victims)."""
    table_file = tables[-1]
    if table_file == "harm_actors.csv":
        kind, phrase = "a harm actor table", "the victim's or agent's phrase"
    else:
        kind, phrase = "an actors table", f"the {'speaker' if whom == 'source' else whom} phrase"
    return (
        f"write a topic pack for the corpus's story with {kind} ({table_file}: a pattern for "
        f"{phrase} and its side; sides.csv: the sides in words; "
        'analysis/lexicons/README.md, "Your own topic pack") and give it with '
        "`framing report --pack FOLDER`."
    )


def outlet_pairs_again(
    feats: Any, *, by: str, within: str = "outlet", noun: str | None = None
) -> str | None:
    """The caveat of a grouping (lean, country …) in which two or more groups hold a single
    ``within`` each: a pair of such groups is a pair of outlets already compared by outlet,
    now tested among fewer comparisons, so its adjusted p can hold here and not there.

    Report 06 on the Middle East corpus: by lean, "center 8.91 vs left 6.41 hedges per 1,000
    words ... adjusted p = 0.042 (Holm, 18 tests): a difference", which is Christian Science
    Monitor against CNN (Web News), "adjusted p = 0.210 (Holm, 36 tests)" by outlet above it.

    Parameters
    ----------
    feats
        Feature table with ``status``, the ``by`` column and the ``within`` column.
    by
        The grouping column.
    within
        The column of the units a group is made of.
    noun
        What a group is, for the sentence (default: the column name).

    Returns
    -------
    str or None
        ``None`` when fewer than two groups hold a single ``within``.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"lean": ["left", "center", "right", "right"],
    ...                   "outlet": ["CNN", "CSM", "Fox", "WT"], "status": "ok"})
    >>> print(outlet_pairs_again(f, by="lean"))  # doctest: +NORMALIZE_WHITESPACE
    The pair center – left (CSM – CNN) is a pair of outlets already compared by outlet: tested
    here among fewer comparisons, its adjusted p can hold here and not there, which says
    nothing about the leans.
    """
    if by == within or within not in feats.columns or by not in feats.columns:
        return None
    ok = feats[feats["status"] == "ok"] if "status" in feats.columns else feats
    members = ok.groupby(by)[within].unique()
    single = {str(g): str(m[0]) for g, m in members.items() if len(m) == 1}
    if len(single) < 2:
        return None
    groups = sorted(single)
    pairs = [(a, b) for i, a in enumerate(groups) for b in groups[i + 1 :]]
    which = "; ".join(f"{a} – {b} ({single[a]} – {single[b]})" for a, b in pairs)
    one = len(pairs) == 1
    return (
        f"{'The pair' if one else 'The pairs'} {which} {'is a pair' if one else 'are pairs'} "
        f"of {plural(within)} already compared by {within}: tested here among fewer comparisons, "
        f"{'its' if one else 'their'} adjusted p can hold here and not there, which says "
        f"nothing about the {plural(noun or by)}."
    )


#: A grouping (lean, country …) whose groups hold fewer outlets than this each is tested on
#: too few outlets to speak of the groups (:func:`few_outlets_caveat`).
FEW_OUTLETS: int = 5


def few_outlets_caveat(
    feats: Any, *, by: str, within: str = "outlet", noun: str | None = None, above: bool = True
) -> str | None:
    """The caveat of a grouping whose groups hold a few ``within`` each: its tests relabel
    articles as if each were drawn on its own, so a difference between the groups is one
    between the articles of these outlets, and may be one outlet's.

    Report 06 on 395 AllSides immigration articles, by lean: "Loaded terms per 1,000 author
    words: right 0.80 (n = 200) vs left 0.39 (n = 195) ... adjusted p = 0.042: a difference",
    where each lean was two outlets; nothing said that n = 200 articles are two outlets (the
    review of round 29).

    Parameters
    ----------
    feats
        Feature table with ``status``, the ``by`` column and the ``within`` column.
    by
        The grouping column.
    within
        The column of the units a group is made of.
    noun
        What a group is, for the sentence (default: the column name).
    above
        Whether the report compares the ``within`` above this grouping (report 06 does; a
        report grouped by ``--outlet-column lean`` has no table of the outlets).

    Returns
    -------
    str or None
        ``None`` when a group holds :data:`FEW_OUTLETS` or more ``within``, or when every group
        holds one (:func:`outlet_pairs_again` and the composition note say that).

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"lean": ["left", "left", "right", "right"],
    ...                   "outlet": ["CNN", "Politico", "Fox", "WT"], "status": "ok"})
    >>> print(few_outlets_caveat(f, by="lean"))  # doctest: +NORMALIZE_WHITESPACE
    The leans are 2 outlets each: the tests below relabel articles as if each were drawn
    on its own, so a difference between leans is one between the articles of these 4 outlets,
    and may be a single outlet's (compare the outlets above); it is no evidence about leans
    beyond them.
    """
    if by == within or within not in feats.columns or by not in feats.columns:
        return None
    ok = feats[feats["status"] == "ok"] if "status" in feats.columns else feats
    sizes = ok.groupby(by)[within].nunique()
    if len(sizes) < 2 or sizes.max() >= FEW_OUTLETS or sizes.max() < 2:
        return None
    noun = noun or by
    each = f"{sizes.min()}" if sizes.min() == sizes.max() else f"{sizes.min()} to {sizes.max()}"
    return (
        f"The {plural(noun)} are {each} {plural(within)} each: the tests below "
        "relabel articles as if each were drawn on its own, so a difference between "
        f"{plural(noun)} is one between the articles of these {ok[within].nunique()} "
        f"{plural(within)}, and may be a single {within}'s"
        f"{f' (compare the {plural(within)} above)' if above else ''}; it is no evidence about "
        f"{plural(noun)} beyond them."
    )


def _count_share(share: float, n: int) -> str:
    """ "1 of the 599 articles (under 1%)": a share that rounds to 0% but is not 0 says so."""
    k = round(share * n)
    pct = "under 1%" if 0 < share < 0.005 else f"{share:.0%}"
    return f"{k:,} of the {n:,} articles" + (f" ({pct})" if k else "")


def corpus_notes(articles: Any, lexicons: Any = None, *, noun: str = "outlet") -> list[HTMLBlock]:
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
    n = int(articles["outlet"].nunique())
    caveat = quality_caveat(corpus_checks(articles), n_outlets=n, noun=noun)
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
    return pack_side_labels(_packs_used(lexicons))


def pairwise_scope(pairs: Any, *, noun: str, omnibus: bool = True) -> str | None:
    """The caveat of a report whose pairwise tests leave out the smaller groups: which were
    tested, which not (with their usable articles), and that all are tested together per
    feature; ``None`` when every group was tested.

    One sentence for reports 03, 06, 07 and 10 (on a 12-outlet corpus report 03 named the
    tested outlets, report 10 named none, and none named the outlets left out).

    Parameters
    ----------
    pairs
        Output of :func:`analysis.report.differences.largest_group_pairs`.
    noun
        What a group is, singular ("outlet", "lean").
    omnibus
        Whether the report also tests all groups together
        (:func:`analysis.report.differences.omnibus_block`); without it, the sentence says that
        the groups left out are not tested.

    Returns
    -------
    str or None

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame()
    >>> p.attrs.update(groups_tested=["A", "B"], groups_untested={"C": 6, "D": 4}, n_groups=4)
    >>> pairwise_scope(p, noun="outlet")  # doctest: +NORMALIZE_WHITESPACE
    'Pairwise differences are tested among the 2 largest of the 4 outlets (parameter
    max_pairwise_groups): A, B. Not tested in pairs: C (6 articles), D (4 articles); all 4 are
    tested together, per feature, by the test of equal means.'
    """
    left = pairs.attrs.get("groups_untested", {})
    if not left:
        return None
    tested, n = pairs.attrs["groups_tested"], pairs.attrs["n_groups"]
    return (
        f"Pairwise differences are tested among the {len(tested):,} largest of the "
        f"{count_of(n, noun)} (parameter max_pairwise_groups): {', '.join(map(str, tested))}. "
        "Not tested in "
        "pairs: "
        + ", ".join(f"{g} ({count_of(k, 'article')})" for g, k in left.items())
        + (
            f"; all {n:,} are tested together, per feature, by the test of equal means."
            if omnibus
            else "; no difference of theirs is tested in this report."
        )
    )
