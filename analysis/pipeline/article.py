"""The one per-article route: clean → quotes → markers → harm events → readability → frames,
as one explicit object.

:func:`analyse_article` runs the whole route on one raw text and returns an
:class:`ArticleAnalysis` that keeps every intermediate result (cleaned article, quotations,
attributions, markers) and the feature row; :func:`~analysis.pipeline.featurize.featurize`
(numbers), :func:`~analysis.pipeline.evidence.spans` (the words behind them), the voice texts
for term statistics and the same-event alignment are all views of it, as spaCy's consumers read
one ``Doc``.

What the detectors share is passed explicitly: the compiled tables (:class:`Detectors`) and
one pass over the body that finds where any reporting verb or lexicon term can start
(:class:`~analysis.text.matcher.KeyHits`), handed to both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..clean import Article, clean_text
from ..detect.agency import (
    AgencyTables,
    HarmEvent,
    agency_features,
    find_agency,
    load_agency_tables,
)
from ..detect.frames import (
    Battery,
    FrameDecision,
    count_words,
    decide_frames,
    default_battery,
    frame_features,
    match_frames,
)
from ..detect.language import MIN_FUNCTION_WORD_SHARE, english_share
from ..detect.markers import (
    Lexicon,
    Marker,
    marker_features,
    match_markers,
    resolve_lexicon,
)
from ..detect.packs import pack_actors, pack_harm_actors, packs_of
from ..detect.quotes import (
    ActorTable,
    Attribution,
    Quote,
    VerbTable,
    load_verbs,
    quote_features,
    quotes_and_attributions,
)
from ..detect.readability import line_counts, readability_counts
from ..detect.voice import VoiceSpans, reported_word_count, voice_spans
from ..text.matcher import KeyIndex
from ..text.segment import split_sentences

__all__ = ["ArticleAnalysis", "Detectors", "analyse_article", "authorial_text", "MIN_WORDS"]

#: Articles with fewer words than this (after cleaning) get status "too short" (features are
#: still computed where defined, but they are excluded from outlet statistics).
MIN_WORDS: int = 50

LexiconArg = Lexicon | Sequence[str | Path] | str | Path | None


@dataclass(frozen=True, eq=False)
class Detectors:
    """The compiled tables of the per-article route, and the key index their scanners share.

    Attributes
    ----------
    lexicon : Lexicon
    verbs : VerbTable
    actors : ActorTable
        The quotation speakers' sides of the lexicon's topic packs (empty for no pack).
    harm : ActorTable
        The sides of harm events' agents and victims (the packs' speakers, then their armed
        forces and civilians).
    agency : AgencyTables
        The harm-event tables (:func:`analysis.find_agency`).
    battery : Battery
        The generic-frame question battery and its cues.
    keys : KeyIndex
        The keys of the lexicon, the reporting verbs, the harm triggers and the frame cues,
        found in one pass over a body.
    sides : tuple of str
        The sides of the actors table, in table order (the agency feature columns).
    """

    lexicon: Lexicon
    verbs: VerbTable
    actors: ActorTable
    harm: ActorTable
    agency: AgencyTables
    battery: Battery
    keys: KeyIndex
    sides: tuple[str, ...] = ()

    @staticmethod
    def for_lexicon(lexicons: LexiconArg = None) -> Detectors:
        """The detectors with the given lexicons (built once per lexicon)."""
        return _detectors(resolve_lexicon(lexicons))


@lru_cache(maxsize=8)
def _detectors(lexicon: Lexicon) -> Detectors:
    packs = packs_of(lexicon.files)  # the topic packs the lexicon was built with
    verbs, agency = load_verbs(None), load_agency_tables()
    actors, harm = pack_actors(packs), pack_harm_actors(packs)
    battery = default_battery()
    keys = KeyIndex([lexicon.scanner, verbs.scanner, agency.scanner, battery.cues.scanner])
    sides = tuple(dict.fromkeys(side for _, side in harm.rows))
    return Detectors(
        lexicon=lexicon,
        verbs=verbs,
        actors=actors,
        harm=harm,
        agency=agency,
        battery=battery,
        keys=keys,
        sides=sides,
    )


@dataclass
class ArticleAnalysis:
    """Everything the per-article route computed for one article.

    Attributes
    ----------
    status : str
        ``"ok"`` or why the article's features are not comparable.
    article : Article or None
        The cleaned article (``body`` is what every offset refers to).
    quotes, attributions, markers, harm_events : list
        The detectors' spans in the body.
    frames : dict
        The generic frames: frame -> :class:`~analysis.detect.frames.FrameDecision` (present,
        score, evidence sentences), as :func:`analysis.frame_profile` gives them for the body.
    features : dict
        The feature row (see ``docs/features.md``).
    voices : VoiceSpans or None
        The quoted and reported regions of the body that gave every marker, harm event and
        frame cue its voice (``None`` when the article is unusable or was not kept).
    """

    status: str
    article: Article | None = None
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    harm_events: list[HarmEvent] = field(default_factory=list)
    frames: dict[str, FrameDecision] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)
    voices: VoiceSpans | None = None

    @property
    def body(self) -> str:
        """The cleaned body ("" when the article is unusable or was not kept)."""
        return self.article.body if self.article is not None else ""


def authorial_text(body: str, quotes: Sequence[Any]) -> str:
    """Return ``body`` with every quotation (direct and scare) blanked out.

    Quoted characters are replaced by spaces, so the result has the same length as ``body``
    and offsets stay valid; what remains is the outlet's own voice.

    Parameters
    ----------
    body
        Cleaned article text.
    quotes
        Objects with ``start`` and ``end`` (e.g. from :func:`analysis.find_quotes`).

    Returns
    -------
    str

    Examples
    --------
    >>> from types import SimpleNamespace as Q
    >>> authorial_text('He called them "barbarians" twice.', [Q(start=16, end=26)])
    'He called them "          " twice.'
    """
    if not quotes:
        return body
    chars = list(body)
    for q in quotes:
        for i in range(max(0, q.start), min(len(body), q.end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def empty_features() -> dict[str, Any]:
    """The feature row of an article without a body."""
    return {"n_words": 0, "n_words_author": 0, "n_words_quoted": 0, "n_words_reported": 0}


def _size_features(raw: str, art: Article) -> dict[str, Any]:
    body = art.body
    return {
        "n_chars_raw": len(raw),
        "n_chars_body": len(body),
        "chars_removed_frac": 1 - len(body) / len(raw) if raw else math.nan,
        "n_removed_lines": len(art.removed),
        "n_paragraphs": body.count("\n\n") + 1 if body.strip() else 0,
    }


def _status(english: bool, share: float, n_words: int) -> str:
    if not english:
        return f"not English (English function-word share {share:.2f} < {MIN_FUNCTION_WORD_SHARE})"
    if n_words < MIN_WORDS:
        return f"too short ({n_words} words < {MIN_WORDS})"
    return "ok"


def _analyse_body(
    raw: str, art: Article, body_counts: tuple[int, int] | None, det: Detectors, keep: bool
) -> ArticleAnalysis:
    """The detectors on a cleaned, non-empty body."""
    body = art.body
    feats = _size_features(raw, art)
    hits = det.keys.scan(body)  # where a verb, a lexicon term or a frame cue can start: one pass
    quotes, attributions = quotes_and_attributions(body, det.verbs, det.actors, hits=hits)
    sentences = split_sentences(body)  # shared by readability and the frame evidence
    voices = voice_spans(body, quotes, attributions, sentences=sentences)  # quoted, reported
    # one pass of word counts gives readability (whole and authorial: outside the quoted voice,
    # quotation marks and dash-printed speech) and the language test
    read, n_function = readability_counts(body, list(zip(*voices.quoted)), body_counts, sentences)
    n_words, n_author = int(read["readability_n_words"]), int(read["readability_n_words_author"])
    english, share = english_share(n_function, n_words)
    feats["english_function_word_share"] = share
    n_reported = reported_word_count(body, voices)
    feats.update(
        {
            "n_words": n_words,
            "n_words_author": n_author,
            "n_words_quoted": n_words - n_author,
            "n_words_reported": n_reported,
        }
    )
    feats.update(
        quote_features(body, quotes, attributions=attributions, actors=det.actors, verbs=det.verbs)
    )
    markers = match_markers(body, det.lexicon, voices, hits=hits)
    feats.update(
        marker_features(
            markers,
            n_words_author=n_author - n_reported,
            n_words_quoted=n_words - n_author,
            n_words_reported=n_reported,
            lexicons=det.lexicon,
        )
    )
    # voices: the spans built above for the markers (attributions are found once)
    events = find_agency(body, voices=voices, actors=det.harm, tables=det.agency, hits=hits)
    feats.update(agency_features(events, sides=det.sides))
    # the three voices built above for the markers
    evidence = match_frames(body, det.battery, sentences=sentences, voices=voices, hits=hits)
    # words as readability counts them: the cleaner's count of the body's lines when it made one
    n_body_words = body_counts[1] if body_counts is not None else count_words(body)
    frames = decide_frames(evidence, det.battery, n_sentences=len(sentences), n_words=n_body_words)
    feats.update(frame_features(frames))
    if english:
        feats.update(read)  # English readability formulas apply
    return ArticleAnalysis(
        status=_status(english, share, n_words),
        article=art if keep else None,
        quotes=quotes if keep else [],
        attributions=attributions if keep else [],
        markers=markers if keep else [],
        harm_events=events if keep else [],
        frames=frames if keep else {},
        features=feats,
        voices=voices if keep else None,
    )


def analyse_article(
    raw: str,
    *,
    title: str | None = None,
    load_issue: str = "",
    lexicons: LexiconArg = None,
    keep: bool = True,
    rules: str = "boilerplate.csv",
) -> ArticleAnalysis:
    """Run the per-article route on one raw text.

    Parameters
    ----------
    raw
        The article as loaded (``corpus["text"]``), boilerplate and all.
    title
        A known title (the manifest's); it wins over one detected in the text.
    load_issue
        ``load_corpus``'s note on the text (``""`` when fine); a non-empty issue with an empty
        text gives status ``"unusable: <issue>"``.
    lexicons
        The lexicons for the markers and their feature columns (``None``: the bundled set; a
        compiled :class:`~analysis.detect.markers.Lexicon`, or CSV paths used instead of it).
    keep
        Keep the span objects (quotes, markers, …) in the result; ``False`` saves memory when
        only the numbers are needed.
    rules
        The boilerplate rule table of the cleaning (bundled name or path; see
        :func:`analysis.clean.clean_article`).

    Returns
    -------
    ArticleAnalysis
        ``status`` is ``"ok"`` or the reason the article's features are not comparable:
        ``"unusable: …"``, ``"empty after cleaning"``, ``"not English (…)"``, ``"too short (…)"``,
        or ``"error: …"`` if a stage failed (the other articles are unaffected).

    Examples
    --------
    >>> a = analyse_article('Peskov said: "It will stop in a moment." ' * 20)
    >>> a.status, a.features["n_direct_quotes"] > 0
    ('ok', True)
    """
    raw = raw if isinstance(raw, str) else ""
    if not raw.strip():
        return ArticleAnalysis(
            status=f"unusable: {load_issue or 'empty text'}", features=empty_features()
        )
    det = Detectors.for_lexicon(lexicons)
    try:
        # counted: the cleaner tokenises each line once, for its rules and for readability
        art, _, body_counts = clean_text(
            raw, title=title or None, rules=rules, line_counter=line_counts
        )
        if not art.body.strip():
            feats = {**_size_features(raw, art), **empty_features()}
            reasons = sorted({reason for _, reason in art.removed})
            why = f" (every line removed as boilerplate: {', '.join(reasons)})" if reasons else ""
            return ArticleAnalysis(
                status=f"empty after cleaning{why}", article=art if keep else None, features=feats
            )
        return _analyse_body(raw, art, body_counts, det, keep)
    except Exception as exc:  # isolate the failing article; never abort the corpus
        return ArticleAnalysis(
            status=f"error: {type(exc).__name__}: {str(exc)[:200]}", features=empty_features()
        )
