"""Attributions: every reporting verb of a text with its speaker, stance and side.

A reporting verb comes from the verb table; its speaker is the noun phrase before it, after it
when inverted (``…," said Peskov``) or after ``according to`` (:mod:`.speakers`).  Verbs inside
direct quotations are not the outlet's attributions and are skipped.  Pronouns are resolved to
the last named speaker (``he``/``she``: the last speaker whose phrase is headed by a proper
name; ``they``: the last non-pronoun speaker); a ``he``/``she`` is left unresolved when another
capitalised name acts as a subject earlier in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...text.typography import QUOTE_MARKS
from .marks import blocks as find_blocks
from .marks import first_nonspace
from .records import Attribution
from .sentences import sentence_start
from .speakers import (
    DETERMINERS,
    PASSIVE_BY,
    PRONOUNS,
    SUBJECT_NAME,
    is_named_person,
    is_pronoun,
    speaker_after,
    speaker_before,
)
from .tables import ActorTable, VerbIndex, VerbTable, side_of

__all__ = ["find_attribution_spans"]

_PARTICIPLE_LEAD = re.compile(r"(?:,|\band)\s*$")


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


class _Speakers:
    """The speakers seen so far in the text, for pronoun resolution."""

    def __init__(self, text: str, exclude: Sequence[tuple[int, int]]) -> None:
        self.text, self.exclude = text, exclude
        self.starts = [s for s, _ in exclude]
        self.last_name: str | None = None
        self.last_any: str | None = None

    def resolve(self, speaker: str, lo: int, start: int) -> str | None:
        """The resolved speaker of a speaker phrase at ``start`` (block from ``lo``)."""
        low = speaker.lower()
        if low in ("he", "she"):
            return self._he_she(lo, start)
        if low == "they":
            return self.last_any
        if not is_pronoun(speaker):
            if is_named_person(speaker):
                self.last_name = speaker
            self.last_any = speaker
        return speaker

    def _he_she(self, lo: int, start: int) -> str | None:
        name = self.last_name
        if name is None:
            return None
        # ambiguous when another named subject acts earlier in the pronoun's sentence
        # ("Putin recognized the republics …, before launching what he called …")
        ss = sentence_start(self.text, lo, start)
        for cm in SUBJECT_NAME.finditer(self.text, ss, start):
            w = cm.group(1)
            if _inside(self.exclude, self.starts, cm.start()):
                continue  # inside a quotation: not a subject of the outlet's sentence
            if w.lower() not in DETERMINERS and w.lower() not in PRONOUNS and w not in name:
                return None
        return name


def _participle(text: str, lo: int, vs: int, out: list[Attribution]) -> Attribution | None:
    """``…, saying …``: the speaker is the subject of the previous attribution in the same
    sentence (None when there is none)."""
    if not _PARTICIPLE_LEAD.search(text[max(lo, vs - 6) : vs]):
        return None
    ss = sentence_start(text, lo, vs)
    prev = out[-1] if out and out[-1].verb_start >= ss and out[-1].resolved else None
    return prev


def _speaker_span(text: str, term: str, vs: int, ve: int, lo: int, hi: int, verbs: VerbTable):
    """The speaker phrase of the verb at ``[vs, ve)``: after ``according to``, before the verb,
    or after it when the verb directly follows a closing mark (inversion)."""
    if term == "according to":
        return speaker_after(text, first_nonspace(text, ve, hi), min(hi, ve + 120))
    ss = sentence_start(text, lo, vs)
    sp = speaker_before(text, max(ss, vs - 160), vs, verbs.regex)
    if sp is None:
        before = text[max(lo, vs - 4) : vs].rstrip()
        if before and before[-1] in QUOTE_MARKS + ",":
            sp = speaker_after(text, first_nonspace(text, ve, hi), min(hi, ve + 120))
    return sp


def _rejected(
    text: str, term: str, sub: str, sp: tuple[int, int], vs: int, ve: int, lo: int, hi: int
) -> bool:
    """Attributions ruled out by their context: a quote-only verb away from a quotation, a
    passive ("a move denounced by Kyiv"), a plural subject before a verb in -s."""
    if sub == "quote_only":
        # only next to a quotation: "'…,' he continued" / "he continued: '…'"
        s0 = min(sp[0], vs)
        pre = text[max(lo, s0 - 3) : s0].rstrip(" ,")
        post = text[ve : min(hi, ve + 3)].lstrip()
        if not ((pre and pre[-1] in QUOTE_MARKS) or (post[:1] in QUOTE_MARKS + ":")):
            return True
    if term != "according to" and PASSIVE_BY.match(text, ve, min(hi, ve + 40)):
        return True  # passive: "a move denounced by Kyiv" (not "said by phone")
    last_word = text[sp[0] : sp[1]].split()[-1]
    # "Wang Yi delivers remarks": a plural subject never takes a verb in -s
    return (
        term.endswith("s")
        and last_word.islower()
        and last_word.endswith("s")
        and not last_word.endswith("ss")
    )


def find_attribution_spans(
    text: str,
    verbs: VerbTable,
    actors: ActorTable,
    exclude: Sequence[tuple[int, int]],
    blocks: list[tuple[int, int]] | None = None,
    vindex: VerbIndex | None = None,
) -> list[Attribution]:
    """All reporting verbs of ``text`` with their speakers, in text order (pronouns resolved).

    Parameters
    ----------
    text
        The text.
    verbs, actors
        The compiled tables.
    exclude
        Sorted spans of direct quotations (verbs inside them are skipped).
    blocks, vindex
        The text's blocks and verb index, when the caller has them.
    """
    blocks = find_blocks(text) if blocks is None else blocks
    vindex = VerbIndex(text, verbs) if vindex is None else vindex
    bstarts = [b[0] for b in blocks]
    ex_starts = [s for s, _ in exclude]
    speakers = _Speakers(text, exclude)
    out: list[Attribution] = []
    for vs, ve, verb in vindex.matches:
        bi = bisect_right(bstarts, vs) - 1
        if _inside(exclude, ex_starts, vs) or bi < 0:
            continue
        lo, hi = blocks[bi]
        term = " ".join(verb.lower().split())
        stance, sub = verbs.stance.get(term, ("neutral", ""))
        if term.endswith("ing"):
            prev = _participle(text, lo, vs, out)
            if prev is not None:
                out.append(
                    Attribution(
                        start=vs,
                        end=ve,
                        text=text[vs:ve],
                        verb=verb,
                        verb_start=vs,
                        verb_end=ve,
                        stance=stance,
                        subcategory=sub,
                        speaker=None,
                        speaker_start=-1,
                        speaker_end=-1,
                        resolved=prev.resolved,
                        side=prev.side,
                    )
                )
            continue
        sp = _speaker_span(text, term, vs, ve, lo, hi, verbs)
        if sp is None or _rejected(text, term, sub, sp, vs, ve, lo, hi):
            continue
        speaker = text[sp[0] : sp[1]]
        resolved = speakers.resolve(speaker, lo, sp[0])
        s, e = min(sp[0], vs), max(sp[1], ve)
        out.append(
            Attribution(
                start=s,
                end=e,
                text=text[s:e],
                verb=verb,
                verb_start=vs,
                verb_end=ve,
                stance=stance,
                subcategory=sub,
                speaker=speaker,
                speaker_start=sp[0],
                speaker_end=sp[1],
                resolved=resolved,
                side=side_of(resolved, actors),
                quote_id=None,
            )
        )
    return out
