"""Attributions: every reporting verb of a text with its speaker, stance and side.

A reporting verb comes from the verb table; its speaker is the noun phrase before it, after it
when inverted (``…," said Peskov``) or after ``according to`` (:mod:`.speakers`); a paragraph
that opens with ``Name:`` is attributed to the name (cue ``:``); ``Asked whether …,`` opening a
sentence is a cue without a speaker. Verbs inside direct quotations (not the outlet's) are
skipped. Pronouns are resolved to a person by :class:`.referents.Speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...text.typography import QUOTE_MARKS
from .clitics import clitic_subject
from .coordination import coordinated, coordinated_past, coordinated_pronoun
from .cues import (
    ADDRESSEE_AFTER,
    GERUND_LEAD,
    NO_SPEECH_LEAD,
    PROGRESSIVE,
    bare_subject,
    closed_inversion,
    control_subject,
    in_context,
    infinitive_of,
    inverted_tail,
    next_to_quote,
    with_subject,
)
from .insides import outside_quotation
from .inverted import common_after
from .kinds import THOUGHT_SUBCATEGORIES
from .leads import (
    LEAD_NAME_BEFORE,
    UNLISTED,
    colon_quote_cues,
    inverted_cues,
    is_label,
    with_colons,
)
from .leadsubjects import lead_subject
from .marks import blocks as find_blocks
from .marks import first_nonspace
from .nested import after_inner_cue
from .nounforms import in_name, inversion_mark, noun_use
from .participles import clause_subject, opening_subject, quoted_participle_subject
from .perceived import perceived_subject
from .records import Attribution, attribution_record
from .referents import Speakers, inside
from .relatives import relative_kept, relative_speaker
from .sentences import after_glued_stop, sentence_start
from .speakers import (
    IRREGULAR_PLURALS,
    PASSIVE_BY,
    is_named_person,
    sentence_subject,
    speaker_after,
    speaker_before,
)
from .subjects import (
    evidence_phrase,
    evidence_subject,
    inside_opening,
    plural_opening,
    plural_subject,
)
from .tables import ActorTable, VerbIndex, VerbTable, side_of
from .tags import name_before_tag
from .tagtails import tail_cues
from .thoughts import nested_thought

__all__ = ["find_attribution_spans"]

# ", saying", ",” adding", "and saying", "while also suggesting", "by arguing", "after initially
# saying", "Instead of calling", "In addition to stating" (not "the difficulty in predicting")
_PARTICIPLE_LEAD = re.compile(
    r"(?:,(?:''|[\"'”’])?|\b(?:and|while|by|after|before|when|without|instead(?:\s+of)?|"
    r"in\s+addition\s+to))\s+(?:also\s+|[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# "Asked whether …, Feinstein said", "When asked about …": an opening participle (a cue, no source)
# (also after a quotation that closes its sentence: '… grassroots.” Asked which …'; round 23)
_OPENING_ASKED = re.compile(r"(?:^|[.!?\n][\"”’']*\s*|\bwhen\s+)$", re.IGNORECASE)
# "From the report:" / "More from the report:": the source follows *from*
_FROM_LEAD = re.compile(r"\s*(?:more\s+)?from\s+(?=\S)", re.IGNORECASE)
# a form of *be* right before a past participle (passive): "was asked", "has been asked"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+|also\s+|not\s+)?$")
_COORDINATED = re.compile(r"(?:\band|\bbut|,)\s*(?:(?:also|then|later|[a-z]+ly)\s+)?$")


def _previous_in_sentence(text: str, lo: int, vs: int, out: list[Attribution]):
    """The previous attribution of the same sentence when it has a speaker, else None."""
    ss = sentence_start(text, lo, vs + 1)  # one into the verb: a stop right before it is seen
    return out[-1] if out and out[-1].verb_start >= ss and out[-1].speaker_start >= 0 else None


# a participle's quotation after *that* ("The president …, saying that ''…''"; round 20), or
# after its addressee or medium and a comma or colon ("The senator went further, telling
# reporters: '…'", "…, writing on Facebook: '…'"; round attr40)
_THAT_QUOTE = re.compile(
    r"\s+that\s+(?:[\"“‘]|'')|(?:[ \t]+[\w’'.-]+){1,5}[ \t]*[,:][ \t]*(?:[\"“‘]|'')"
)


def _shared_subject(text: str, lo: int, vs: int, out: list[Attribution], common: bool = False):
    """``…, saying …`` / ``… and said …``: the speaker of the previous attribution in the same
    sentence, else the sentence's subject (``Kaine decried that math, saying …``; ``common``:
    or a determiner's noun phrase, "The senator stood at the podium and attacked …"), as
    ``(start, end)`` or an Attribution; None when there is none."""
    prev = _previous_in_sentence(text, lo, vs, out)
    if prev is not None:
        return prev
    return sentence_subject(text, sentence_start(text, lo, vs + 1), vs, common=common)


# at most 8 words, not ending in a function word (the eight-word cut left "according to
# several sources who spoke to Fox News from", AllSides): the phrase ends at "News"
_TAIL = "".join(f"(?<! {w})" for w in "a an the of to from in on at by for with via and or".split())
_SOURCE_PHRASE = re.compile(r"[A-Za-z][\w’'-]*(?:[ ][A-Za-z0-9][\w’'-]*){0,7}(?![\w’'-])" + _TAIL)


def _source_phrase(text: str, a: int, hi: int) -> tuple[int, int] | None:
    """The words after *according to* up to the next punctuation (at most 8): a source
    without a name or determiner ("according to officials", "according to people familiar
    with the matter")."""
    m = _SOURCE_PHRASE.match(text, a, min(hi, a + 120))
    return (m.start(), m.end()) if m else None


def _participle(term: str, verbs: VerbTable) -> bool:
    """A participle cue, one word or more (*saying*, *referring to*, *pointing out*: the table's
    ``ing`` form): it takes the speaker of the clause it hangs on, never the words after it
    ("…," Trump said, referring to Cruz: not *Cruz*; issue 18, PolNeAR train)."""
    return term.endswith("ing") or verbs.forms.get(term) == "ing"


def _speaker_span(text: str, term: str, vs: int, ve: int, lo: int, hi: int, verbs: VerbTable):
    """The speaker phrase of the verb at ``[vs, ve)``: after ``according to``, before the verb,
    or after it when the verb directly follows a closing mark (inversion)."""
    if term == "according to":
        a = first_nonspace(text, ve, hi)
        return speaker_after(text, a, min(hi, ve + 120)) or _source_phrase(text, a, hi)
    # asked one character into the verb: a sentence end right before it is seen there
    ss = after_glued_stop(text, sentence_start(text, lo, min(vs + 1, hi)), vs)
    sp = clitic_subject(text, ss, vs, verbs.regex) or speaker_before(
        text, max(ss, vs - 160), vs, verbs.regex, verbs.forms
    )  # "he's said": the pronoun before a contracted auxiliary (round 20)
    if verbs.stance.get(term, ("", ""))[1] == "evidence" and (
        sp is None or not evidence_subject(text, sp)
    ):
        return evidence_phrase(text, max(ss, vs - 120), vs, verbs) or sp
    if sp is None:
        before = text[max(lo, vs - 4) : vs].rstrip()
        if before[-1:] == "," and before[-2:-1] not in QUOTE_MARKS:
            # after a comma that closes no quotation: an inversion closed by punctuation ("…
            # in 2008, said Ohio State University professor Paul Beck."), else the comma
            # closes an apposition or a relative clause and the subject stands before it ("Dick
            # Dever, who was listed on the slate, told POLITICO": not the addressee after *told*)
            sp = None if term in ADDRESSEE_AFTER else closed_inversion(text, ve, hi)
            sp = sp or sentence_subject(text, ss, ve)
        elif inversion_mark(before):  # not a possessive's apostrophe: "Sanders’ comments"
            a, b = first_nonspace(text, ve, hi), min(hi, ve + 120)
            sp = speaker_after(text, a, b)
            if sp is None and term not in ADDRESSEE_AFTER:
                sp = common_after(text, a, b)  # "“…,” say officials" (round 37)
        elif ss >= vs and verbs.forms.get(term) != "base":
            # inversion opening the sentence, the speaker closed by a comma or colon ("Said
            # Comey, '…'"; not "Read the rest of the story", not "Hope Hicks, a spokeswoman")
            sp = speaker_after(text, first_nonspace(text, ve, hi), min(hi, ve + 120))
            if sp is not None and text[sp[1] : sp[1] + 1] not in (",", ":"):
                sp = sp if inverted_tail(text, sp[1]) else None  # "Added X who …, '…'"
    return coordinated(text, sp, lo, hi) if sp is not None else None


def _rejected(
    text: str,
    term: str,
    sub: str,
    sp: tuple[int, int],
    vspan: tuple[int, int],
    block: tuple[int, int],
    verbs_form: str = "",
    person_ok: bool = False,
) -> bool:
    """Attributions ruled out by their context: a quote-only verb away from a quotation (unless
    ``person_ok`` and its subject is a pronoun or a person's name), a passive ("a move
    denounced by Kyiv"), a plural subject before a verb in -s, a singular one before a base
    form."""
    vs, ve = vspan
    lo, hi = block
    if sub == "quote_only" and not next_to_quote(text, min(sp[0], vs), ve, block):
        # only next to a quotation: "'…,' he continued" / "he continued: '…'"; a commitment
        # of a person also away from one ("Sanders pledged to …"; round 23)
        if not (person_ok and _person_before(text, sp, vs)):
            return True
    if noun_use(text, term, sp, vs, verbs_form):
        return True
    if (
        term in _NAMING
        and not text[sp[1] : vs].strip()
        and text[sp[0] : sp[1]].split()[0].lower() in ("a", "an", "another")
        and not _OBJECT_PRONOUN.match(text, ve, hi)
    ):
        return True  # naming, not speech: "a program called Sandy Hook Promise"
    if term != "according to" and PASSIVE_BY.match(text, ve, min(hi, ve + 40)):
        return True  # passive: "a move denounced by Kyiv" (not "said by phone")
    if sub == "evidence" and not evidence_subject(text, sp):
        return True  # "a poll shows", not "this image shows"
    if verbs_form == "base" and not plural_subject(text, sp, vs):
        return True  # "a conservative think tank", "Republican support": not a verb
    last_word = re.split(r"\s+(?:of|for|at|from)\s+", text[sp[0] : sp[1]])[0].split()[-1]
    # a plural head never takes a verb in -s ("chief of staff says", "statement from X reads")
    return (
        term.endswith("s")
        and last_word.islower()
        and (
            # a singular in -sis/-us is no plural ("the analysis reads", "the census shows";
            # round 23), an adjective in -ous stays one ("Trump's numerous vows")
            (
                last_word.endswith("s")
                and not last_word.endswith(("ss", "sis"))
                and not (last_word.endswith("us") and not last_word.endswith("ous"))
            )
            or last_word in IRREGULAR_PLURALS  # "police reports", "staff notes"
        )
    )


_THIRD_PERSON = frozenset("he she they".split())
# capitalised words that open a sentence but no name ("Despite repeated pronouncements")
_OPENERS = frozenset("despite after before during since amid among although though while".split())
_ADVERBS_ONLY = re.compile(r"(?:\s+(?:also|still|now|only|just|again|[a-z]+ly))*\s*")


def _person_before(text: str, sp: tuple[int, int], vs: int) -> bool:
    """The speaker phrase is *he/she/they* or a person's name, with at most adverbs before the
    verb."""
    phrase = text[sp[0] : sp[1]]
    return bool(_ADVERBS_ONLY.fullmatch(text, sp[1], vs)) and (
        phrase.lower() in _THIRD_PERSON
        or (is_named_person(phrase) and phrase.split()[0].lower() not in _OPENERS)
    )


#: Verbs that name (or post) a thing after an indefinite ("a firm called …", "a video posted to").
_NAMING = frozenset("called dubbed named titled entitled posted".split())
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|him|her|them|himself|herself|themselves)\b", re.IGNORECASE)


def _speaker_of(
    text: str,
    verb: str,
    span: tuple[int, int, int, int],
    cue: tuple[str, str, str],
    lead_starts: set[int],
    out: list[Attribution],
    verbs: VerbTable,
):
    """The speaker of one reporting verb at ``span`` = ``(vs, ve, lo, hi)`` (verb and block
    bounds; ``cue`` = its normalised term, stance and subcategory): a ``(start, end)`` span,
    ``(-1, -1)`` (the cue counts without a speaker), an earlier :class:`Attribution` whose
    subject it shares, ``None`` (none found) or ``False`` (not a reporting verb here)."""
    vs, ve, lo, hi = span
    term, stance, sub = cue
    sp: tuple[int, int] | Attribution | None
    if vs in lead_starts and verb == ":":
        # "Bush: '…'", "Rep. Trey Gowdy (R-S.C.): '…'": the name before the colon
        ss = sentence_start(text, lo, vs)
        sp = speaker_before(text, max(ss, vs - 160), vs, verbs.regex, verbs.forms)
        sp = coordinated(text, sp, lo, hi) if sp is not None else None  # "Blumenthal and Cohen:"
        if sp is not None and is_label(text[sp[0] : sp[1]]):
            return False  # a section label or an embed caption: "Background:", "WATCH:"
        if sp is not None and not LEAD_NAME_BEFORE.search(text, max(0, sp[0] - 12), sp[0]):
            # the addressee or the author, not the speaker: "McConnell delivered a blunt
            # message to Trump:" (the sentence's subject speaks), "by Times' X:" (none)
            return sentence_subject(text, ss, sp[0]) or False
    elif vs in lead_starts:
        ss = sentence_start(text, lo, vs)
        fm = _FROM_LEAD.match(text, ss, vs)  # "From the report: '…'" (issue 18, seventh pass)
        sp = (fm.end(), ve) if fm else lead_subject(text, ss, ve)
    elif (
        _participle(term, verbs)
        and stance != "cognition"
        and (pm := PROGRESSIVE.search(text, max(lo, vs - 24), vs))
    ):
        # a progressive form is finite: its subject stands before the auxiliary
        ss = sentence_start(text, lo, pm.start())
        sp = speaker_before(text, max(ss, vs - 160), pm.start(), verbs.regex, verbs.forms)
    elif _participle(term, verbs):
        if not (lead := _PARTICIPLE_LEAD.search(text[max(lo, vs - 28) : vs])):
            sp = with_subject(text, lo, vs, verbs) or perceived_subject(text, lo, vs)
            return sp or _without_speaker(text, term, (vs, ve, lo, hi), out, verbs) or False
        sp = _shared_subject(text, lo, vs, out)
        if sp is None and (next_to_quote(text, vs, ve, (lo, hi)) or _THAT_QUOTE.match(text, ve)):
            sp = quoted_participle_subject(text, lo, vs)  # "The court …, stating, '…'"
        ss = sentence_start(text, lo, vs)
        if sp is None and not text[ss : max(lo, vs - 28) + lead.start()].strip():
            # the clause opens the sentence: its subject follows the comma ("After
            # initially saying he would not run, Mayor Brand entered the race")
            sp = sentence_subject(text, ss, min(hi, vs + 240))
    else:
        sp = relative_speaker(text, term, span, verbs.regex)  # "Cruz, who has proposed …, said"
        sp = sp or _speaker_span(text, term, vs, ve, lo, hi, verbs)
        if (
            sp is None
            and term != "according to"
            and _COORDINATED.search(text, max(lo, vs - 20), vs)
        ):
            # "blasted Congress and said …"; a past form after *and*/*but* also after a
            # determiner's noun phrase ("The senator paused and recalled …"; not "anger and
            # fear", "… and tweets", passives: ", widely referred to as", "arrested and accused of")
            common = verbs.forms.get(term) == "past" and coordinated_past(text, lo, vs, ve)
            sp = _shared_subject(text, lo, vs, out, common=common)
            if not isinstance(sp, Attribution):  # "he laughed and said" (round 20)
                sp = coordinated_pronoun(text, lo, vs) or sp
    if sp is None and sub == "question" and _PASSIVE_AUX.search(text, max(lo, vs - 16), vs):
        sp = (-1, -1)  # "the senator was asked whether …": the asker unnamed, the cue counts
    if sp is None and verbs.forms.get(term) == "base" and infinitive_of(text, lo, vs, ve):
        sp = control_subject(text, lo, vs, verbs) or _shared_subject(text, lo, vs, out)
    if sp is None and verbs.forms.get(term) == "base":
        sp = plural_opening(text, lo, None, vs, verbs)  # "Aides to the governor say"
    if sp is None and term == "asked" and _OPENING_ASKED.search(text[max(lo, vs - 8) : vs]):
        sp = (-1, -1)  # no speaker in the clause; the cue still counts
    if sp is None:
        sp = _without_speaker(text, term, span, out, verbs)
    return outside_quotation(text, lo, vs, sp if relative_kept(text, sp, term, verbs) else None)


def _without_speaker(
    text: str, term: str, span: tuple[int, int, int, int], out: list[Attribution], verbs
):
    """A cue of a verb that is always one of saying (the table's ``speaker_optional``: *said,
    says, saying*) where no speaker rule applied (issue 18, fifth pass): a participle takes
    the previous attribution of its sentence, then the bare noun phrase of its clause ("with
    30 percent of voters saying"), then the sentence's subject, else no speaker; a finite form
    the bare noun phrase ("Some advocates for stem cell research said"), then the sentence's
    subject.  None for other verbs and for "quoted X as saying", "for saying", "That said,"
    and "easier said than done"."""
    vs, ve, lo, hi = span
    if term not in verbs.speakerless or NO_SPEECH_LEAD.search(text, max(lo, vs - 8), vs):
        return None
    ss = sentence_start(text, lo, vs + 1)
    if text[ss:vs].strip(' (“"').lower() == "that" or text[ve : ve + 5] == " than":
        return None
    if _participle(term, verbs) and (prev := _previous_in_sentence(text, lo, vs, out)):
        return prev
    if term.endswith("ing") and GERUND_LEAD.search(text, max(lo, vs - 12), vs):
        # "Clinton was swift in saying": the subject of its clause, not "Clinton was swift in"
        bare = bare_subject(text, ss, vs)
        if sub := (bare and sentence_subject(text, bare[0], vs)) or sentence_subject(text, ss, vs):
            return sub
    bare = bare_subject(text, ss, vs)
    bare = clause_subject(text, lo, vs, bare) if bare and _participle(term, verbs) else bare
    return bare or sentence_subject(text, ss, vs) or opening_subject(text, ss, span) or (-1, -1)


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
    speakers = Speakers(text, exclude, verbs.regex)
    out: list[Attribution] = []
    leads = colon_quote_cues(text, exclude, blocks, vindex, verbs)
    unlisted = inverted_cues(text, exclude, vindex)
    unlisted += tail_cues(text, exclude, vindex, unlisted)  # "“…,” X thundered later" (r39)
    items = sorted([*vindex.matches, *leads, *unlisted]) if leads or unlisted else vindex.matches
    lead_starts = {c[0] for c in leads}
    unlisted_starts = {c[0] for c in unlisted}
    for vs, ve, verb in items:
        bi = bisect_right(bstarts, vs) - 1
        if inside(exclude, ex_starts, vs) or bi < 0 or in_name(text, vs, ve, verb):
            continue
        lo, hi = blocks[bi]
        term = " ".join(verb.lower().split())
        stance, sub = UNLISTED if vs in unlisted_starts else verbs.stance.get(term, ("neutral", ""))
        sp = _speaker_of(text, verb, (vs, ve, lo, hi), (term, stance, sub), lead_starts, out, verbs)
        if sp is None or sp is False:
            continue
        sp = sp if isinstance(sp, Attribution) else name_before_tag(text, lo, sp)  # "Paul, R-Ky.,"
        sp = sp if isinstance(sp, Attribution) or sp[0] < 0 else after_inner_cue(text, sp, out, vs)
        ctx = verbs.contexts.get(term)
        span = (sp.speaker_start, sp.speaker_end) if isinstance(sp, Attribution) else sp
        if ctx is not None and not in_context(text, ctx, span, (vs, ve), (lo, hi), verbs):
            if not isinstance(sp, Attribution) and sp[0] >= 0:
                # no speech here ("Marta spoke from the steps"), but still the person later
                # pronouns of quotations resolve to ("'…,' she said")
                speakers.resolve(text[sp[0] : sp[1]], lo, sp[0])
            continue
        adjacent = not isinstance(sp, Attribution) and not _participle(term, verbs)
        if isinstance(sp, Attribution):
            prev = sp
            sp = (prev.speaker_start, prev.speaker_end)
            resolved, side = prev.resolved, prev.side
        elif sp[0] < 0:
            resolved, side = None, None
        else:
            # a colon lead-in's word is the cue whatever its form ("went so far as to say:")
            form = (
                ""
                if vs in lead_starts or infinitive_of(text, lo, vs, ve)
                else verbs.forms.get(term, "")
            )
            if form == "base" and (
                not plural_subject(text, sp, vs) or inside_opening(text, lo, sp, vs, verbs)
            ):
                sp = plural_opening(text, lo, sp, vs, verbs)
            person_ok = term in verbs.person_subject
            if _rejected(text, term, sub, sp, (vs, ve), (lo, hi), form, person_ok):
                continue
            if stance == "cognition" and nested_thought(text, sp, out, lo, vs):
                continue
            if verbs.forms.get(term) == "base" and text[sp[0] : sp[1]].lower() in ("i", "we"):
                continue  # the writer's own act outside quotation marks: "We condemn …"
            # a thought ("Easley knew …") does not make its subject the speaker that later
            # pronouns of quotations resolve to (GGT speakers, issue 18 fourth pass)
            resolved = speakers.resolve(
                text[sp[0] : sp[1]], lo, sp[0], update=sub not in THOUGHT_SUBCATEGORIES
            )
            side = side_of(resolved, actors)
        out.append(
            attribution_record(text, verb, (vs, ve), stance, sub, sp, resolved, side, adjacent)
        )
    return with_colons(text, blocks, out, actors, verbs.regex)
