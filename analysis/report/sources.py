"""Evidence of the source profile for a report: the sources behind each side's share (issue 18).

The side shares of :func:`analysis.detect.quotes.sources.source_profile` count the words of
every direct quotation with a speaker and of every piece of reported speech by the side of its
source in the topic pack's actors table.  :func:`side_sources` lists, per side, the sources that
carry those words, with a sentence each, so that a reader can check whom the actors table put on
which side.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from ..compare.term_filters import fold_spelling
from ..detect.packs import side_label
from ..detect.quotes.sources import REPORTED_KINDS, group_plural, names_a_source, source_type
from ..detect.quotes.speakers import PRONOUNS
from ..text.names import fold_accents
from ..text.segment import sentence_finder, split_sentences

__all__ = [
    "side_sources",
    "unsided_sources",
    "source_key",
    "source_keys",
    "source_forms",
    "MAX_FORMS",
    "NAMES_NO_ONE",
    "rare_source_types",
    "RARE_SOURCE_SHARE",
    "SOURCE_STYLES",
]

#: A source type (``source_share_<type>``) that fewer than this share of the usable articles
#: cite at all is not compared between groups (:func:`rare_source_types`).
RARE_SOURCE_SHARE: float = 0.05

#: Inline styles of the marked source and reporting cue (the reports are self-contained).
SOURCE_STYLES = {"source": "background:#c6dcf6", "cue": "background:#f6e8b0;font-weight:bold"}


def _voices(analysis: Any, sided: bool = True) -> Iterable[tuple[str, str, int, int]]:
    """(source, side, start, end) of the article's sided voices (``sided=False``: those no
    actor row gives a side, with side ``""``), as source_profile counts them: direct
    quotations with a speaker, reported speech with a source."""
    for q in analysis.quotes:
        if q.kind == "direct" and q.speaker and bool(q.side) == sided:
            yield q.speaker, q.side or "", q.start, q.end
    for a in analysis.attributions:
        if a.quote_id is None and a.kind in REPORTED_KINDS and a.resolved:
            if bool(a.side) == sided:
                yield a.resolved, a.side or "", a.start, a.end


def source_key(source: str, institutions: Collection[str] = ()) -> str:
    """The key under which a source's voices are counted together: a name (every word
    capitalised, after a leading "the") by its last word, so that "Mr Biden", "President Joe
    Biden" and "Biden" are one source, and "the United Nations" and "The United Nations"; any
    other phrase as written, lower-cased; spelling variants of a name folded as for the term
    statistics (``lexicons/term_variants.csv``: Zelensky, Zelenskyy, Zelenskiy) and without
    accents (Calderón, Calderon: :func:`analysis.text.names.fold_accents`). A name that
    ends in a title or institution noun ("Company President") is counted as a whole, and so is
    a name of ``institutions`` (:func:`source_keys`).

    Examples
    --------
    >>> [source_key(s) for s in ("Mr Biden", "President Joe Biden", "the Reuters agency")]
    ['biden', 'biden', 'reuters agency']
    >>> source_key("the United Nations") == source_key("The United Nations")
    True
    >>> source_key("Ukrainian President Volodymyr Zelenskyy") == source_key("Zelensky")
    True
    >>> source_key("President Felipe Calderón") == source_key("Calderon")
    True
    >>> [source_key(s) for s in ("The President", "Company President", "Senate Democrats")]
    ['president', 'company president', 'democrats']
    >>> [source_key(s, {"white house", "house"}) for s in ("the White House", "The House")]
    ['white house', 'house']
    """
    words = fold_accents(source).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and all(w[:1].isupper() for w in words) and not _title_head(words[-1]):
        if " ".join(words).casefold() not in institutions:
            return fold_spelling(words[-1].rstrip(".,;:"))
    return fold_spelling(" ".join(words))


#: A possessive inside a name: a person of an institution ("The New Yorker's Ryan Lizza").
_POSSESSIVE = re.compile(r"\w['’]s\s")


def source_keys(sources: Iterable[str]) -> list[str]:
    """:func:`source_key` of each of a corpus's sources, with the names the corpus writes
    after "the" counted whole: such a name is an institution or a publication, not a person
    ("the White House", "the House", "the Washington Post"), and its last word is no surname.
    Report 07 counted "The House" (the chamber) with "the White House" under "house" (the
    review of round 33); "White House" written without "the" is the same institution.

    Examples
    --------
    >>> source_keys(["the White House", "The House", "White House", "Mr. Biden", "Biden"])
    ['white house', 'house', 'white house', 'biden', 'biden']
    >>> source_keys(["the AFL-CIO's Richard Trumka", "Trumka"])
    ['trumka', 'trumka']
    """
    sources = list(sources)
    institutions = set()
    for source in sources:
        words = source.split()
        if len(words) > 1 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:]):
            if not _POSSESSIVE.search(source):  # "the AFL-CIO's Richard Trumka" is a person
                institutions.add(" ".join(words[1:]).casefold())
    return [source_key(s, institutions) for s in sources]


def _title_head(word: str) -> bool:
    """Whether a name's last word is a singular title or institution noun of the source-type
    table ("President", "Leader", "Department"), not a surname: such a name is counted as a
    whole.  Report 07 on gun-policy news counted "National Rifle Association Executive Vice
    President" (Wayne LaPierre) and "Company President" with "the president" (the review of
    round 32).  Plural group nouns ("Senate Democrats") and outlet names ("Bloomberg") keep
    their last word."""
    word = word.rstrip(".,;:")
    return names_a_source(word) and source_type(word) != "media" and not group_plural(word)


def side_sources(
    analyses: Sequence[Any],
    groups: Sequence[Any],
    *,
    top: int = 3,
    max_chars: int = 220,
    labels: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Per side of the actors table, its most frequent sources with a sentence each.

    Parameters
    ----------
    analyses
        :class:`analysis.pipeline.ArticleAnalysis` objects (:func:`analysis.pipeline.analyse_corpus`
        with the lexicons the features were computed with: the actors table is the topic pack's).
    groups
        The group (outlet) of each analysis, same order.
    top
        Sources shown per side.
    max_chars
        The example sentence is cut to this length (with an ellipsis).
    labels
        The sides in words (:func:`analysis.report.scope.side_names`); a side without a label
        is its key with spaces.

    Returns
    -------
    DataFrame
        ``side`` (in words, ``labels``), ``source`` (its most frequent form as written, pronouns
        resolved; forms of one name counted together, :func:`source_key`), ``forms`` (those
        forms with their numbers, :func:`source_forms`), ``voices`` (direct
        quotations and pieces of reported speech), ``groups`` (``"GB 3, US 1"``) and
        ``example`` (the sentence of its first voice); sides in order of their number of
        voices.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> t = "Peskov said the talks failed. Ukraine's army attacked, officials said."
    >>> q = NS(kind="direct", speaker=None, side=None, start=0, end=0)
    >>> a = NS(quote_id=None, kind="indirect", resolved="Peskov", side="russian_government",
    ...        start=0, end=11)
    >>> art = NS(body=t, quotes=[q], attributions=[a])
    >>> side_sources([art, art], ["RU", "GB"]).to_dict("records")[0]["groups"]
    'GB 1, RU 1'
    >>> names = {"russian_government": "Russian government"}
    >>> side_sources([art], ["RU"], labels=names)["side"].tolist()
    ['Russian government']
    """
    rows = _voice_rows(analyses, groups, max_chars=max_chars)
    columns = ["side", "source", "forms", "voices", "groups", "example"]
    if not rows:
        return pd.DataFrame(columns=columns)
    df = pd.DataFrame(rows, columns=["side", "source", "group", "example"])
    df["key"] = source_keys(df["source"])
    out = []
    for side in df["side"].value_counts().index:
        out += _top_sources(df[df["side"] == side], top, side=side_label(side, labels))
    return pd.DataFrame(out, columns=columns)


def _top_sources(part: pd.DataFrame, top: int, **fields: str) -> list[dict]:
    """The ``top`` most frequent sources (by :func:`source_key`) of ``part``, as table rows."""
    out = []
    for key in part["key"].value_counts().index[:top]:
        mine = part[part["key"] == key]
        counts = mine["group"].value_counts().sort_index()
        forms = mine["source"].value_counts()
        out.append(
            {
                **fields,
                "source": forms.index[0],  # its usual form
                "forms": source_forms(forms),
                "voices": len(mine),
                "groups": ", ".join(f"{g} {n:,}" for g, n in counts.items()),
                "example": mine["example"].iloc[0],
            }
        )
    return out


#: Forms of a source listed in the ``forms`` column of the source tables (the others: "…").
MAX_FORMS = 6


def source_forms(counts: Mapping[str, int]) -> str:
    """The forms counted as one source, with their numbers, most frequent first: the reader
    sees when one surname stands for two people ("Mrs. Clinton 16, ..., Bill Clinton 2").

    Report 07 on 300 AllSides elections and health-care articles listed "Mrs. Clinton 35" with
    Bill Clinton's voices in it and "Harris 26" for Kamala Harris, Mark Harris and the
    journalist John Harris together (the review of round 30): :func:`source_key` counts the
    forms of a name by its last word.

    Parameters
    ----------
    counts : mapping of str to int
        Each form as written and its number of voices, most frequent first.

    Returns
    -------
    str

    Examples
    --------
    >>> source_forms({"Mrs. Clinton": 16, "Clinton": 10, "Bill Clinton": 2})
    'Mrs. Clinton 16, Clinton 10, Bill Clinton 2'
    >>> source_forms({f"Form {i}": 1 for i in range(8)})
    'Form 0 1, Form 1 1, Form 2 1, Form 3 1, Form 4 1, Form 5 1, … (2 more)'
    """
    items = list(counts.items())
    shown = ", ".join(f"{form} {int(n):,}" for form, n in items[:MAX_FORMS])
    more = len(items) - MAX_FORMS
    return shown + (f", … ({more} more)" if more > 0 else "")


#: A source that names no one: the subject pronouns of the speaker rules ("it says", the review
#: of round 29), the object pronouns after "according to" ("According to him, Russia wants to
#: 'get something'", 9 voices on the Ukraine-war corpus by country) and a relative pronoun
#: ("Government officials, who asked not to be identified", BASIL) (the review of round 31).
NAMES_NO_ONE: frozenset[str] = PRONOUNS | frozenset("him her them us me who whom".split())


def _voice_rows(
    analyses: Sequence[Any], groups: Sequence[Any], *, max_chars: int, sided: bool = True
) -> list[tuple[str, str, str, str]]:
    """(side, source, group, sentence) of every voice of the analyses (:func:`_voices`)."""
    rows = []
    for art, group in zip(analyses, groups):
        voices = list(_voices(art, sided))
        if not voices:
            continue
        find = sentence_finder(art.body, split_sentences(art.body))
        for source, side, start, end in voices:
            s, e = find(start, end)
            sentence = " ".join(art.body[s:e].split())
            if len(sentence) > max_chars:
                sentence = sentence[: max_chars - 1] + "…"
            rows.append((side, source, str(group), sentence))
    return rows


def unsided_sources(
    analyses: Sequence[Any], groups: Sequence[Any], *, top: int = 15, max_chars: int = 220
) -> pd.DataFrame:
    """The most frequent sources that no actor row gives a side, with a sentence each: who is
    quoted when no topic pack is used, and the rows a pack's ``actors.csv`` still lacks.

    Report 07 on 395 AllSides immigration articles listed no source at all without a pack
    (the side table is skipped), and with the reviewer's own pack left 54% to 68% of each
    outlet's attributed words "unknown" without saying whose they were: the pack was written
    blind (the review of round 29).

    Parameters
    ----------
    analyses
        :class:`analysis.pipeline.ArticleAnalysis` objects.
    groups
        The group (outlet) of each analysis, same order.
    top
        Sources listed.
    max_chars
        The example sentence is cut to this length (with an ellipsis).

    Returns
    -------
    DataFrame
        ``source`` (its most frequent form; forms of one name counted together,
        :func:`source_key`), ``forms`` (:func:`source_forms`), ``voices``, ``groups``
        (``"GB 3, US 1"``) and ``example``, most
        frequent first.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> t = "Advocates said the raids spread fear."
    >>> a = NS(quote_id=None, kind="indirect", resolved="Advocates", side=None, start=0, end=15)
    >>> art = NS(body=t, quotes=[], attributions=[a])
    >>> unsided_sources([art, art], ["CNN", "Fox"]).to_dict("records")[0]["groups"]
    'CNN 1, Fox 1'
    """
    columns = ["source", "forms", "voices", "groups", "example"]
    rows = _voice_rows(analyses, groups, max_chars=max_chars, sided=False)
    rows = [r for r in rows if r[1].lower() not in NAMES_NO_ONE]  # "it says": no one to name
    if not rows:
        return pd.DataFrame(columns=columns)
    df = pd.DataFrame(rows, columns=["side", "source", "group", "example"])
    df["key"] = source_keys(df["source"])
    return pd.DataFrame(_top_sources(df, top), columns=columns)


def rare_source_types(
    feats: pd.DataFrame,
    features: Sequence[str],
    *,
    labels: Mapping[str, str] | None = None,
    min_share: float = RARE_SOURCE_SHARE,
) -> tuple[list[str], str | None]:
    """The features to compare without the source types almost no article cites, and the
    sentence that says which were left out and why (``None`` when none was).

    A source type's share (``source_share_<type>…``) is compared only when at least
    ``min_share`` of the usable articles cite such a source at all. Below that, its means are
    near zero in every group and its tests only widen the multiple-comparison family (the
    review of round 27: military sources in 7 of 300 election stories). The other features
    (rates, the reported-speech share) are kept as they are.

    Parameters
    ----------
    feats
        The feature table (``status``; the features).
    features
        The features the report would compare.
    labels
        Feature -> readable label, for the sentence.
    min_share
        The least share of usable articles with a non-zero value.

    Returns
    -------
    tuple
        The features kept (in their order), and the sentence or ``None``.

    Examples
    --------
    >>> f = pd.DataFrame({"status": "ok", "source_share_military_pct": [0.0] * 39 + [3.0],
    ...                   "source_share_expert_pct": [4.0] * 40})
    >>> kept, why = rare_source_types(f, ["source_share_military_pct",
    ...                                   "source_share_expert_pct"])
    >>> kept
    ['source_share_expert_pct']
    >>> print(why)
    Not compared: source_share_military_pct, 1 of the 40 usable articles (2%) cite any such
    source (fewer than 5%); the shares are in the feature table.
    """
    ok = feats[feats["status"] == "ok"] if "status" in feats.columns else feats
    n = len(ok)
    names = dict(labels or {})
    kept, rare = [], []
    for f in features:
        if f.startswith("source_share_") and f in ok.columns and n:
            k = int(ok[f].fillna(0).gt(0).sum())
            if k < min_share * n:
                rare.append(f"{names.get(f, f)}, {k:,} of the {n:,} usable articles ({k / n:.0%})")
                continue
        kept.append(f)
    if not rare:
        return kept, None
    return kept, (
        f"Not compared: {'; '.join(rare)} cite any such source (fewer than {min_share:.0%}); "
        "the shares are in the feature table."
    )
