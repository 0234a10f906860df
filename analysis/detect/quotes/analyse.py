"""Quotations and attributions of a text in one pass: the public entry points.

A quotation takes the attribution right after its closing mark (``…,' Peskov said``), else the
one before its opening mark in the same sentence (colon lead-ins, ``Peskov told Reuters that
"…"``), else one later in the same sentence.  A direct quotation with none that opens its
sentence continues the last speaker: it takes the last attribution before it when that is in the
same or the previous paragraph, or when that is the previous direct quotation's attribution at
most two paragraphs back (a photo caption may sit between).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from pathlib import Path

from ...text.matcher import KeyHits
from ...text.words import WORD_CHAR
from .attribution import find_attribution_spans
from .content import with_content
from .kinds import THOUGHT_SUBCATEGORIES, quote_kind
from .leads import subject_cue
from .marks import Piece, mark_len, raw_pieces
from .marks import blocks as find_blocks
from .placement import (
    colon_before,
    connectives_only,
    goes_on,
    inverted,
    leads_next,
    new_sentence,
    participle_object,
)
from .records import Attribution, Quote
from .relatives import past_relative
from .sentences import sentence_end, sentence_start
from .tables import ActorTable, VerbIndex, VerbTable, load_actors, load_verbs

__all__ = ["find_quotes", "analyse_quotes", "find_attributions", "quotes_and_attributions"]

TableArg = str | Path | Sequence[Mapping[str, str]] | None


def _attach(
    text: str, ps: Sequence[Piece], attrs: list[Attribution], attr_vs: list[int], opens: list[int]
):
    """The attribution of one quotation group, or None (``opens``: sorted opening-mark offsets)."""
    # 1. right after the closing mark: "…,' Peskov said" / "…" said Peskov" / "…,' he wrote"
    last = ps[-1]
    a = last.close + mark_len(text, last.close) if last.close >= 0 else last.end
    b = min(sentence_end(text, a, last.block_end), a + 160)
    k = bisect_left(opens, a)
    b2 = opens[k] if k < len(opens) and opens[k] < b else b
    i = bisect_left(attr_vs, a)
    op, lo = ps[0].open, ps[0].block_start
    after = None
    if i < len(attrs) and attrs[i].verb_start < b2:
        at = past_relative(text, attrs, i, b2) or attrs[i]  # not "…," X, who noted …, said
        gap = text[a : min(at.start, at.verb_start)]
        if (not gap.strip(" ,;:—–-\t") or at.start <= a + 3) and not new_sentence(text, last, at):
            j = bisect_left(attr_vs, op) - 1
            if len(ps) == 1 and j >= 0 and participle_object(text, attrs[j], op, a):
                # 'Citing “…,” the spokeswoman told …' (round 36); one piece: a quotation over
                # paragraphs ends at the verb after it ('predicting, "…. ¶ "…," Trump said')
                return attrs[j]
            if not 0 <= at.speaker_start < op:
                return at
            # a participle whose speaker stands before the quotation ('Trump said it was
            # "maniacal," adding, …'): the verb that leads the quotation in comes first
            after = at
    # 2. before the opening mark in the same sentence: colon lead-ins, "told Reuters that '…'",
    # also past other quotations of the sentence ('Murray said he's "looking forward to it"
    # because "these are matches you play for."'); the sentence bound is asked one character
    # into the quotation (a sentence end before the mark is seen there)
    ss = sentence_start(text, lo, min(op + mark_len(text, op) + 1, ps[0].block_end))
    j = bisect_left(attr_vs, op) - 1
    if j >= 0 and attrs[j].verb_start >= ss:
        return attrs[j]
    if j >= 0 and not text[lo:op].strip() and colon_before(text, attrs[j], lo):
        # the lead-in closes the paragraph above: "… as the Heritage Foundation website
        # notes:" / "'…'" (issue 18, seventh pass)
        return attrs[j]
    if after is not None:
        return after
    # 3. later in the same sentence after the closing mark, unless the quotation closed its
    # sentence, continues a speaker of its paragraph ('"…," he said. "…."') and the verb opens
    # a sentence that goes on to words of its own or to another quotation ('"…." He added,
    # "…"', '"…." She noted a planned rally'; issue 18, sixth pass, PolNeAR train)
    # a verb that leads the next quotation by a colon is not this one's ('"…" He added: "…"')
    if (
        i < len(attrs)
        and attrs[i].verb_start < b2
        and not leads_next(text, attrs[i].verb_end, opens)
    ):
        at = attrs[i]
        if not (
            j >= 0
            and attrs[j].verb_start >= lo
            and new_sentence(text, last, at)
            and goes_on(text, at.verb_end, last.block_end)
        ):
            return at
    return None


_AND_QUOTE = re.compile(r"[\s,]*(?:and|or|but)(?:\s+that)?(?:\s+[a-z]+){0,2}\s*")


def _content_rank(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Per block, its index among the blocks that contain a letter or digit."""
    ranks, r = [], 0
    for blo, bhi in spans:
        if WORD_CHAR.search(text, blo, bhi):
            r += 1
        ranks.append(r)
    return ranks


def _assign(
    text, groups, kinds, attrs, spans, pieces, cited=()
) -> tuple[dict[int, Attribution], dict[int, int]]:
    """Each quotation group's attribution (its own, or the continued speaker's), and which
    attribution introduces which quotation (id of the attribution -> quote_id); ``cited``:
    newsletter citations (``[WaPo.]``), the attribution of a quotation with no other."""
    attr_vs = [a.verb_start for a in attrs]
    bstarts = [b[0] for b in spans]
    rank = _content_rank(text, spans)
    # openings of direct quotations: a scare quote between a quotation and its verb does not
    # cut them apart ('"…," Bill Eastland, wearing "Ted Cruz" pins, said')
    opens = sorted(p.open for p in pieces if kinds[p.group] == "direct")
    info: dict[int, Attribution] = {}
    tied: dict[int, int] = {}
    prev = None  # (gid, block index of its last piece, its attribution)
    for gid in sorted(groups):
        ps = groups[gid]
        a = _attach(text, ps, attrs, attr_vs, opens)
        if a is not None:
            tied.setdefault(id(a), gid)
        first_block = bisect_right(bstarts, ps[0].open) - 1
        # asked one character into the quotation: a bound at the mark itself does not see a
        # sentence end whose lookahead reads the mark ("… 'Shark Tank.' 'I mean …'")
        inside = min(ps[0].open + mark_len(text, ps[0].open) + 1, ps[0].block_end)
        ss = sentence_start(text, ps[0].block_start, inside)
        opens_sentence = ss >= ps[0].open - 1 or connectives_only(text, ss, ps[0].open)
        if a is None and kinds[gid] == "direct":
            a = _byline(ps[-1], attrs, attr_vs, bstarts, rank)
            if a is None and (a := _cited(text, ps[-1], cited)) is not None:
                tied.setdefault(id(a), gid)
        if a is None and kinds[gid] == "direct" and opens_sentence:
            # no attribution of its own: the quotation continues the last speaker
            j = bisect_left(attr_vs, ps[0].open) - 1
            cand = (
                _continued(
                    text, attrs[j], prev, spans[bisect_right(bstarts, attrs[j].verb_start) - 1][0]
                )
                if j >= 0
                else None
            )
            if cand is not None:
                ablock = bisect_right(bstarts, cand.verb_start) - 1
                near = rank[first_block] - rank[ablock] <= 1
                if not near and prev is not None and prev[2] is cand:
                    near = rank[first_block] - rank[prev[1]] <= 2
                if near:
                    a = cand
        if a is None and prev is not None and prev[2] is not None and prev[3] >= 0:
            if _AND_QUOTE.fullmatch(text, prev[3], ps[0].open):
                a = prev[2]  # '… said that her family "came out …" and "struggled …"'
        if a is not None:
            info[gid] = a
        if kinds[gid] == "direct":
            end = ps[-1].close + mark_len(text, ps[-1].close) if ps[-1].close >= 0 else -1
            prev = (gid, bisect_right(bstarts, ps[-1].open) - 1, a, end)
    _coordinated_back(text, groups, kinds, info)
    return info, tied


def _byline(last: Piece, attrs, attr_vs: list[int], bstarts: list[int], rank: list[int]):
    """The byline under a quotation ("- Bernie Sanders." in the next paragraph), or None."""
    i = bisect_left(attr_vs, last.end)
    if i >= len(attrs) or attrs[i].subcategory != "byline":
        return None
    here = bisect_right(bstarts, last.end) - 1
    there = bisect_right(bstarts, attrs[i].verb_start) - 1
    return attrs[i] if rank[there] - rank[here] == 1 else None


def _cited(text: str, last: Piece, cited: Sequence[Attribution]) -> Attribution | None:
    """The bracketed source right after a quotation's closing mark ("… .” [WaPo.]"), or None."""
    if last.close < 0:
        return None
    end = last.close + mark_len(text, last.close)
    return next(
        (c for c in cited if c.verb_start >= end and not text[end : c.verb_start].strip()), None
    )


def _continued(text: str, last: Attribution, prev, lo: int) -> Attribution:
    """The attribution a quotation with none of its own continues: the last one before it,
    unless that one hangs in the sentence of the previous quotation's attribution after it (a
    participle or a relative clause: '"…," Trump said, referring to Cruz. "…"', '"…," said
    O'Donnell, who wrote about it. "…"'), when the previous quotation's attribution goes on."""
    if prev is None or prev[2] is None or prev[2] is last or last.subcategory == "continuation":
        return last  # '"…," he said, adding that … "…"': the addition goes on (round 19)
    own = prev[2]
    if own.verb_start < last.verb_start and sentence_start(text, lo, last.verb_start) <= own.start:
        return own
    return last


def _coordinated_back(text: str, groups, kinds, info: dict[int, Attribution]) -> None:
    """A direct quotation with no attribution, coordinated with the next one that has one
    ('Guns are "the ultimate …" and "stunt …," Howard Dean … proclaimed'), takes it."""
    gids = sorted(groups)
    for g, nxt in zip(gids[::-1][1:], gids[::-1]):
        if g in info or kinds[g] != "direct" or nxt not in info:
            continue
        last = groups[g][-1]
        if last.close < 0:
            continue
        end = last.close + mark_len(text, last.close)
        if _AND_QUOTE.fullmatch(text, end, groups[nxt][0].open):
            info[g] = info[nxt]


def _partials_continue(text: str, groups, kinds, info: dict[int, Attribution], attrs) -> None:
    """A direct quotation still without an attribution, inside the sentence right after the one
    that attributes the previous quotation of its paragraph, with no cue of another speaker
    between, continues that speaker ('"…," she says. It's "this new in-your-face journalism."',
    '"…," said Aida, who wrote …. Biden "kind of misspoke. …"'; issue 18, round 13, PolNeAR
    train)."""
    attr_vs = [a.verb_start for a in attrs]
    gids = sorted(g for g in groups if kinds[g] == "direct")
    for g0, g in zip(gids, gids[1:]):
        a, ps = info.get(g0), groups[g]
        if g in info or a is None or groups[g0][-1].block_start != ps[0].block_start:
            continue
        op, lo = ps[0].open, ps[0].block_start
        between = attrs[bisect_right(attr_vs, a.verb_start) : bisect_left(attr_vs, op)]
        if not a.verb_end < op <= a.verb_end + 160 or any(
            b.resolved != a.resolved and b.speaker not in ("who", "which") for b in between
        ):
            continue  # too far, or a cue of another speaker between
        ss = sentence_start(text, lo, min(op + mark_len(text, op) + 1, ps[0].block_end))
        if ss > a.verb_end and sentence_start(text, lo, ss - 1) <= a.verb_start:
            info[g] = a


def quotes_and_attributions(
    text: str, verbs: VerbTable, actors: ActorTable, *, hits: KeyHits | None = None
) -> tuple[list[Quote], list[Attribution]]:
    """Quotations and attributions in one pass (attributions tied to their quotation).

    The engine of :func:`analyse_quotes`, for callers with compiled tables (``hits``: the key
    positions of the reporting verbs, from a shared :class:`~analysis.text.matcher.KeyIndex`).
    """
    spans = find_blocks(text)
    vindex = VerbIndex(text, verbs, hits=hits)
    pieces = raw_pieces(text, spans)
    if not pieces:
        attrs = find_attribution_spans(text, verbs, actors, [], spans, vindex)
        return [], with_content(text, attrs, [], spans)
    groups: dict[int, list[Piece]] = {}
    for p in pieces:
        groups.setdefault(p.group, []).append(p)
    kinds = {gid: quote_kind(text, ps, verbs, vindex) for gid, ps in groups.items()}
    direct_spans = sorted(
        (p.open, (p.close + 1) if p.close >= 0 else p.end)
        for p in pieces
        if kinds[p.group] == "direct"
    )
    attrs = find_attribution_spans(text, verbs, actors, direct_spans, spans, vindex)
    # a speakerless cue ("Asked whether …,") gives no quotation its speaker
    # nor does a thought ("even though Canada believes …, '…'": the quotation is Freeland's),
    # unless inverted, which only speech is ("Agreed a New Hampshire Republican, '…'"; round 20)
    spoken = [
        a
        for a in attrs
        if a.speaker_start >= 0
        and a.subcategory != "citation"
        and (a.subcategory not in THOUGHT_SUBCATEGORIES or inverted(text, a))
    ]
    cited = [a for a in attrs if a.subcategory == "citation"]
    info, tied = _assign(text, groups, kinds, spoken, spans, pieces, cited)
    fallbacks = []
    for gid, ps in groups.items():
        # no attribution of its own inside a sentence: the sentence's subject and main verb
        if kinds[gid] == "direct" and gid not in info:
            fb = subject_cue(text, ps[0].open, ps[0].block_start, actors)
            if fb is not None:
                info[gid], tied[id(fb)] = fb, gid
                fallbacks.append(fb)
    if fallbacks:
        attrs = sorted([*attrs, *fallbacks], key=lambda x: x.verb_start)
    _partials_continue(text, groups, kinds, info, attrs)
    # a citation counts only as the attribution of the quotation it closes
    attrs = [a for a in attrs if a.subcategory != "citation" or id(a) in tied]
    out = []
    for p in pieces:
        a = info.get(p.group)
        out.append(
            Quote(
                start=p.start,
                end=p.end,
                text=text[p.start : p.end],
                kind=kinds[p.group],
                speaker=(a.resolved or a.speaker) if a is not None else None,
                verb=a.verb if a is not None else None,
                stance=a.stance if a is not None else None,
                quote_id=p.group,
                side=a.side if a is not None else None,
                open_mark=text[p.open : p.open + mark_len(text, p.open)],
                close_mark=text[p.close : p.close + mark_len(text, p.close)]
                if p.close >= 0
                else "",
                speaker_start=a.speaker_start if a is not None else -1,
                speaker_end=a.speaker_end if a is not None else -1,
                verb_start=a.verb_start if a is not None else -1,
                verb_end=a.verb_end if a is not None else -1,
            )
        )
    attrs = [a._replace(quote_id=tied[id(a)]) if id(a) in tied else a for a in attrs]
    return out, with_content(text, attrs, out, spans)


def find_quotes(text: str, *, actors: TableArg = None, verbs: TableArg = None) -> list[Quote]:
    """Find every quotation in ``text`` (see :mod:`analysis.detect.quotes` for the rules).

    Parameters
    ----------
    text
        Any string (a cleaned article body, one paragraph per line or blank-line separated).
    actors
        Actors table (speaker -> side): ``None`` for the bundled ukraine-2022 pack, a CSV path,
        or row dicts with ``pattern`` and ``side``.
    verbs
        Reporting-verb table: ``None`` for ``lexicons/attribution_verbs.csv``, a CSV path, or
        row dicts with ``term`` and ``category``.

    Returns
    -------
    list of Quote
        In text order; ``text[q.start:q.end] == q.text``.  Pieces of one multi-paragraph
        quotation share ``quote_id``.

    Examples
    --------
    >>> [(q.text, q.kind, q.speaker, q.stance)
    ...  for q in find_quotes("'We will finish it,' Peskov said.")]
    [('We will finish it,', 'direct', 'Peskov', 'neutral')]
    >>> [(q.text, q.kind) for q in find_quotes("It calls this a 'special military operation'.")]
    [('special military operation', 'scare')]
    """
    if not isinstance(text, str) or not text:
        return []
    return quotes_and_attributions(text, load_verbs(verbs), load_actors(actors))[0]


def analyse_quotes(
    text: str, *, actors: TableArg = None, verbs: TableArg = None
) -> tuple[list[Quote], list[Attribution]]:
    """Quotations and attributions of a text in one pass.

    Equal to ``(find_quotes(text), find_attributions(text))`` at the cost of one of them.

    Parameters
    ----------
    text
        Any string.
    actors, verbs
        As in :func:`find_quotes`.

    Returns
    -------
    quotes, attributions

    Examples
    --------
    >>> q, a = analyse_quotes("'We will finish it,' Peskov said. Kyiv denied it.")
    >>> [x.text for x in q], [(x.speaker, x.stance) for x in a]
    (['We will finish it,'], [('Peskov', 'neutral'), ('Kyiv', 'guilt')])
    """
    if not isinstance(text, str) or not text:
        return [], []
    return quotes_and_attributions(text, load_verbs(verbs), load_actors(actors))


def _tie(attrs: list[Attribution], quotes: Sequence[Quote]) -> list[Attribution]:
    """Tie each quotation's attribution (same verb, same speaker, within 200 characters) to its
    ``quote_id``."""
    first: dict[int, Quote] = {}
    for q in quotes:
        first.setdefault(q.quote_id, q)
    out = []
    used: set[int] = set()
    for a in attrs:
        gid = None
        for q in first.values():
            if q.quote_id in used or q.verb != a.verb or q.speaker != a.resolved:
                continue
            if abs(a.verb_start - q.end) < 200 or abs(a.verb_start - q.start) < 200:
                gid = q.quote_id
                break
        if gid is not None:
            used.add(gid)
            a = a._replace(quote_id=gid)
        out.append(a)
    return out


def find_attributions(
    text: str,
    *,
    quotes: Sequence[Quote] | None = None,
    actors: TableArg = None,
    verbs: TableArg = None,
) -> list[Attribution]:
    """Reporting verbs with speaker and stance, with or without quotation marks.

    ``"Peskov claimed Russia had been forced…"`` and ``"the Kremlin insisted"`` are
    attributions without quotation marks; ``"…,' Peskov said"`` is one tied to a quotation
    (its ``quote_id`` is set).  Verbs inside direct quotations are not attributions of the
    outlet and are skipped.

    Parameters
    ----------
    text
        Any string.
    quotes
        The result of :func:`find_quotes` on the same text (computed when ``None``).
    actors, verbs
        As in :func:`find_quotes`.

    Returns
    -------
    list of Attribution
        In text order; ``text[a.start:a.end] == a.text``.

    Examples
    --------
    >>> [(a.speaker, a.verb, a.stance)
    ...  for a in find_attributions("Peskov claimed Russia had been forced to act.")]
    [('Peskov', 'claimed', 'distancing')]
    """
    if not isinstance(text, str) or not text:
        return []
    vt, at = load_verbs(verbs), load_actors(actors)
    if quotes is None:
        return quotes_and_attributions(text, vt, at)[1]
    direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    spans = find_blocks(text)
    attrs = _tie(find_attribution_spans(text, vt, at, direct, spans), quotes)
    return with_content(text, attrs, quotes, spans)
