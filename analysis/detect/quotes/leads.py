"""Attributions without a reporting verb of the table: colon lead-ins and bylines.

``Graham: Trump's 'Incredibly Hateful Rhetoric' …`` (a paragraph that opens with a name and a
colon), ``Clinton: "…" Bush: "…"`` and ``- Carl Bialik: "…"`` (a name and a colon before a
quotation), ``… issued the following statement:`` (a colon lead-in after a clause with no verb
of the table), ``- Bernie Sanders.`` (a byline paragraph under a quotation), ``Dean Baker,
Center for ….”`` (a pull quote's signature line under it) and ``HEADLINE “…” [WaPo.]`` (a
newsletter's bracketed source).  Used by
:func:`analysis.detect.quotes.attribution.find_attribution_spans` (issue 18, PolNeAR train).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ...lexicons import read_table
from ...text.typography import QUOTE_MARKS
from .insides import is_title
from .kinds import THOUGHT_SUBCATEGORIES
from .marks import first_nonspace
from .records import Attribution, attribution_record
from .sentences import sentence_start
from .sources import names_a_source
from .speakers import DETERMINERS, PRONOUNS, sentence_subject
from .tables import ActorTable, VerbIndex, VerbTable, side_of

__all__ = [
    "with_colons",
    "colon_quote_cues",
    "inverted_cues",
    "subject_cue",
    "colon_labels",
    "is_label",
    "LEAD_NAME_BEFORE",
    "UNLISTED",
]


#: A paragraph (often a headline) that opens with a short name and a colon: "Graham: Trump's
#: 'Incredibly Hateful Rhetoric' …", "Poll: Donald Trump Ties …" (PolNeAR cue ``:``); also
#: after a bullet ("• Bush: '…'", fact checks; round 20).
_COLON_LEAD = re.compile(
    r"[ \t]*(?:[•·▪][ \t]*)?([A-Z][\w.&/-]*(?:[ ][A-Z][\w.&/-]*){0,3}):[ \t]+(?=\S)"
)
#: The same with the medium and the date between the name and the colon, right before a
#: quotation, as fact checks and quote round-ups list statements: "Trump, Feb. 28, 2011: '…'",
#: "David Frum, the Atlantic, January 13, 2015: '…'", "Clinton in 2005: '…'" (round 20,
#: AllSides).
_MEDIUM = r"(?:(?:the|on|in|via)[ ])?[A-Z][\w.&'’/-]*(?:[ ][A-Z][\w.&'’/-]*){0,4}"
_DATE = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ]\d{4})?"
    r"|(?:19|20)\d\d)"
    # the kind of statement after the date: "Donald Trump Jr., July 8 statement: '…'" (round 21)
    r"(?:[ ](?:statement|interview|tweet|speech|letter|remarks|post|op-ed|testimony))?"
)
_DATED_LEAD = re.compile(
    r"[ \t]*((?!(?:In|On|At|After|For|From|By|With|As|But|And)\b)"
    r"[A-Z][\w.&/-]*(?:[ ][A-Z][\w.&/-]*){0,3})"
    rf"(?:,[ ](?:{_DATE}|{_MEDIUM})(?:,?[ ](?:{_DATE}|{_MEDIUM})){{0,3}}|[ ]in[ ](?:{_DATE}))"
    r":[ \t]*(?=[\"“])"
)


#: A paragraph that is a dash and a name, maybe with a few words after a comma ("- Bernie
#: Sanders.", "-President Obama, tweeting after the speech."): the byline of the quotation above.
_BYLINE = re.compile(
    r"[ \t]*([-–—])[ \t]*((?:[A-Z][\w.’'-]*[ ]){0,4}[A-Z][\w’'-]*)\.?(?:,[^\n]{0,60})?[ \t]*$"
)


#: A line that signs the unclosed quotation paragraph right above it (one line break between,
#: no opening mark of its own) and carries its closing mark: "…tax cuts.\nDean Baker, Center for
#: Economic and Policy Research.\"", "…\nFormer NAACP president Ben Jealous.\"" (HuffPost's
#: pull quotes; PolNeAR cue: the closing mark).  The name part before a comma: a capitalised
#: first word, at most six words, at most two of them lower case (issue 18, round 13).
_SIGNATURE = re.compile(
    r"[ \t]*((?:[A-Z][\w.’'-]*)(?:[ ](?:[A-Z][\w.’'-]*|[a-z]+)){0,5})"
    r"(?:,[ \t]*[^\n\"“”‘’]{1,90}?)?\.?[ \t]*([\"”])[ \t]*$"
)


def _signature(text: str, lo: int, hi: int, prev: tuple[int, int] | None) -> re.Match | None:
    """The signature line of the block ``lo``..``hi`` under the quotation paragraph ``prev``
    (:data:`_SIGNATURE`), or None."""
    if prev is None or text[prev[1] : lo].count("\n") != 1:
        return None
    f = first_nonspace(text, prev[0], prev[1])
    if f >= prev[1] or text[f] not in QUOTE_MARKS:
        return None
    m = _SIGNATURE.match(text, lo, hi)
    if m is None:
        return None
    lower = [w for w in m.group(1).split() if w.islower()]
    # a lower-case word is a role ("president", "member"; source_types.csv), not a verb ("God
    # bless America." closing a speech)
    if len(lower) > 2 or not all(names_a_source(w) for w in lower):
        return None
    return m


_NAME_LIST = re.compile(r"(?:[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3},[ \t]*){2}[A-Z]")


def _colon_source(phrase: str) -> bool:
    """A colon lead-in that names a source: two letters or more, no digits, not led by a
    determiner or pronoun, not a participle label ("Breaking", "Revealed", "Contributing")."""
    words = phrase.split()
    return (
        len(phrase) > 2
        and not any(ch.isdigit() for ch in phrase)
        and words[0].lower() not in DETERMINERS | PRONOUNS
        and not words[-1].lower().endswith(("ed", "ing"))
        and not is_label(phrase)
    )


@lru_cache(maxsize=1)
def colon_labels() -> frozenset[str]:
    """Section labels, tags and embed captions before a colon (``lexicons/colon_labels.csv``:
    *Background, Update, Source, WATCH, JUST WATCHED* …), never a speaker.

    Examples
    --------
    >>> "background" in colon_labels()
    True
    """
    return frozenset(r["term"].lower() for r in read_table("colon_labels.csv"))


def is_label(phrase: str) -> bool:
    """Whether a phrase before a colon opens with a label word (:func:`colon_labels`)."""
    words = phrase.split()
    return bool(words) and words[0].lower().strip("\"“”'‘’(") in colon_labels()


#: A bracketed source closing a paragraph right after a quotation, as in newsletters and
#: round-ups: "HEADLINE “…” [WaPo.]", "“…” [Lee Moran, HuffPost]" (PolNeAR cue).
_CITATION = re.compile(r"([\"”’])[ \t]*(\[[A-Z0-9][^\[\]\n]{0,60}\])[ \t]*$")
_HEADLINE = re.compile(r"[ \t]*([^a-z\"“”\n]*[A-Z][^a-z\"“”\n]*?)[ \t]*[\"“]")


def _citation(text: str, lo: int, hi: int, actors: ActorTable) -> Attribution | None:
    """The bracketed source under which a newsletter quotes another outlet's article: cue the
    bracket, speaker the capitalised headline that opens the paragraph (else the source
    itself), resolved to the source ("HOW CHINA'S DECLINE AFFECTS THE WORLD “…” [WaPo.]";
    issue 18, seventh pass, PolNeAR train)."""
    if text.find("[", lo, hi) < 0:
        return None  # every citation has its bracket: no search of the paragraph
    m = _CITATION.search(text, lo, hi)
    if m is None:
        return None
    cs, ce = m.span(2)
    name = text[cs + 1 : ce - 1].strip().rstrip(".").strip()
    h = _HEADLINE.match(text, lo, m.start(1))
    sp = h.span(1) if h is not None and len(h.group(1).split()) >= 2 else (cs + 1, ce - 1)
    return attribution_record(
        text, text[cs:ce], (cs, ce), "neutral", "citation", sp, name, side_of(name, actors), False
    )


#: A verbless credit after a quotation that opens its paragraph, closing the sentence: "“…”
#: Rep. Joe Crowley (D-N.Y.), the vice chairman of the Democratic caucus.", "“…” former George
#: W. Bush press secretary Ari Fleischer.", "“…” Tef Poe, rapper" (round 20, AllSides: Politico,
#: USA Today).  Two capitalised words at least, lowercase role words before them; the credit
#: ends its paragraph or, after a full stop, another quotation follows.
_CREDIT = re.compile(
    r"(?<=[\"”])[ \t]+(?:[—–-][ \t]*)?"
    r"((?:[a-z]+[ ]){0,3}[A-Z][\w.’'-]*(?:[ ](?:[A-Z][\w.’'-]*|\([A-Z][\w.,’'-]*\)|of|de))*"
    r"[ ](?:[A-Z][\w.’'-]*|\([A-Z][\w.,’'-]*\)))"
    r"(?:,[ \t]*[^\n\"“”;:!?]{1,90}?)?\.?(?:[ \t]*$|(?<=\.)(?=[ \t]+[\"“]))",
    re.MULTILINE,
)


_RELATIVE = re.compile(r",[ \t]*(?:who|whose|which|that)\b|,[ \t]*the[ ]\w+[ ]that\b")


def _credit(text: str, lo: int, hi: int, verb_re: re.Pattern | None) -> re.Match | None:
    """The credit (:data:`_CREDIT`) after the quotation that opens the block ``lo``..``hi``,
    with no verb of ``verb_re`` and no word in *-ed* in it, or None."""
    if verb_re is None or lo >= hi or text[lo] not in '"“ \t':
        return None  # the cheap test first: this runs for every paragraph
    f = first_nonspace(text, lo, hi)
    if f >= hi or text[f] not in '"“':
        return None
    close = text.find("”" if text[f] == "“" else '"', f + 1, hi)
    m = _CREDIT.match(text, close + 1, hi) if close > 0 else None
    if m is None or verb_re.search(m.group(0)):
        return None
    # a verb in -ed of a relative clause in the apposition is not the credit's ("Ann Selzer,
    # whose firm conducted the poll."; round 23)
    head = _RELATIVE.split(m.group(0), 1)[0]
    if any(w.endswith(("ed", "ing")) for w in head.split() if w.islower()) or any(
        w.endswith("s") for w in m.group(1).split() if w.islower()
    ):
        return None  # verbs are the verb rules' ("“…” Trump tweeted.", "“…” laughs Frey")
    return m


def with_colons(
    text: str,
    blocks: Sequence[tuple[int, int]],
    out: list[Attribution],
    actors: ActorTable,
    verb_re: re.Pattern | None = None,
) -> list[Attribution]:
    """``out`` with the colon attributions of paragraphs that open with ``Name:`` and words
    (cue ``:``, speaker the name; stance ``neutral``, subcategory ``colon``; not a tally such as
    "Clinton: 547", nor "Added Smith:", a verb of ``out``) and the bylines of quotations (a
    paragraph "- Name." right under a closing mark; cue the dash, subcategory ``byline``; or a
    pull quote's signature line, cue its closing mark: :data:`_SIGNATURE`), in text order."""
    extra = []
    verb_starts = {a.verb_start for a in out}
    for bi, (lo, hi) in enumerate(blocks):
        cite = _citation(text, lo, hi, actors)
        if cite is not None:
            extra.append(cite)
        credit = _credit(text, lo, hi, verb_re)
        if credit is not None:
            # "“…” Rep. Joe Crowley (D-N.Y.), the vice chairman …": the name is the cue
            name, span = credit.group(1), credit.span(1)
            side = side_of(name, actors)
            extra.append(
                attribution_record(text, name, span, "neutral", "byline", span, name, side, True)
            )
            continue
        sig = _signature(text, lo, hi, blocks[bi - 1] if bi else None)
        if sig is not None:
            # the signature of a pull quote: cue its closing mark, speaker the name
            c, name = sig.start(2), sig.group(1).rstrip(".")
            sp, side = (sig.start(1), sig.start(1) + len(name)), side_of(name, actors)
            extra.append(
                attribution_record(
                    text, text[c], (c, c + 1), "neutral", "byline", sp, name, side, False
                )
            )
            continue
        b = _BYLINE.match(text, lo, hi)
        if b is not None and text[max(0, lo - 8) : lo].rstrip()[-1:] in QUOTE_MARKS:
            # "- Bernie Sanders." under a quotation (the cue is the dash; not an author's line)
            sp, d = b.span(2), b.start(1)
            name, side = b.group(2), side_of(b.group(2), actors)
            extra.append(
                attribution_record(
                    text, b.group(1), (d, d + 1), "neutral", "byline", sp, name, side, True
                )
            )
            continue
        for d in _dated_inside(text, lo, hi):  # "…” Cruz, CNN, Aug. 28: '…'" (round 21)
            name, c = d.group(1), text.rindex(":", d.end(1), d.end())
            extra.append(
                attribution_record(
                    text,
                    ":",
                    (c, c + 1),
                    "neutral",
                    "colon",
                    d.span(1),
                    name,
                    side_of(name, actors),
                    True,
                )
            )
        m = _COLON_LEAD.match(text, lo, hi)
        if m is None and text.find(":", lo, min(hi, lo + 160)) >= 0:
            m = _DATED_LEAD.match(text, lo, hi)  # "Trump, Feb. 28, 2011: '…'"
        if m is None or not _colon_source(m.group(1)):
            continue
        if not (text[m.end()].isalpha() or text[m.end()] in QUOTE_MARKS):
            continue
        if _NAME_LIST.match(text, m.end(), hi):
            continue  # a list of names: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …"
        if m.start(1) in verb_starts:
            continue  # a table verb inverted before the name: "Added Smith: '…'" (round attr40)
        sp, c = m.span(1), text.rindex(":", m.end(1), m.end())
        name, side = m.group(1), side_of(m.group(1), actors)
        extra.append(
            attribution_record(text, ":", (c, c + 1), "neutral", "colon", sp, name, side, True)
        )
    if not extra:
        return out
    return sorted(out + extra, key=lambda a: a.verb_start)


# a closing quotation mark, then a dated lead inside the paragraph (fact checks list one
# statement after another: "… had nothing to do with Sandy.\" Cruz, CNN, Aug. 28: \"Now, …\"")
_CLOSE_THEN_NAME = re.compile(r"[\"”][ \t]+(?=[A-Z])")
_COLON_QUOTE = re.compile(r":[ \t]*[\"“]")


def _dated_inside(text: str, lo: int, hi: int) -> list[re.Match]:
    """:data:`_DATED_LEAD` matches right after a closing quotation mark inside the paragraph
    ``[lo, hi)`` (round 21, AllSides: FactCheck.org pieces in USA TODAY)."""
    c = text.find(":", lo, hi)
    if c < 0 or not _COLON_QUOTE.search(text, c, hi):
        return []  # the cheap tests first: a colon, then one right before a quotation mark
    out = []
    for c in _CLOSE_THEN_NAME.finditer(text, lo, hi):
        m = _DATED_LEAD.match(text, c.end(), hi)
        if m is not None and _colon_source(m.group(1)):
            out.append(m)
    return out


_LEAD_WORD = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]*:[ \t]*$")
# a name (or a parenthesis after one) right before the colon: "- Carl Bialik: '…'"; the name
# opens its sentence or follows a dash, a comma or *from* ("More from Jones: '…'")
LEAD_NAME_BEFORE = re.compile(r"(?:^|[.!?\n\"”’•·▪]\s*|[-–—,]\s*|\bfrom\s+)$", re.IGNORECASE)
_LEAD_NAME = re.compile(r"(?:[A-Z][\w.’'-]*|\))[ \t]*(:)[ \t]*$")


_DASH = re.compile(r"\s[-–—]+\s*|[–—]")


def _colon_ends(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends in a colon and spaces or tabs (then a line break at most): the
    end every match of :data:`_LEAD_WORD` and :data:`_LEAD_NAME` has, tested before them."""
    end = b - 1 if b > a and text[b - 1] == "\n" else b
    return text[a:end].rstrip(" \t").endswith(":")


_OPENING_QUESTION = re.compile(r"(?:when\s+)?asked$", re.IGNORECASE)


def _leads_in(text: str, lo: int, v: tuple[int, int, str], verbs: VerbTable) -> bool:
    """Whether the table verb ``v`` in a colon lead-in's clause introduces the quotation."""
    vs, _, verb = v
    sub = verbs.stance.get(" ".join(verb.lower().split()), ("", ""))[1]
    if sub in THOUGHT_SUBCATEGORIES or text[max(lo, vs - 3) : vs] == "to ":
        return False  # a thought, or an infinitive ("went so far as to say: '…'")
    ss = sentence_start(text, lo, vs + 1)
    return not _OPENING_QUESTION.fullmatch(text[ss : vs + len(verb)].strip())


def colon_quote_cues(
    text: str,
    exclude: Sequence[tuple[int, int]],
    blocks: Sequence[tuple[int, int]],
    vindex: VerbIndex,
    verbs: VerbTable,
) -> list[tuple[int, int, str]]:
    """Cues of direct quotations led in by a colon after a clause with no reporting verb of
    the table ("Hannity interjected: '…'", "She went on: '…'", "he returned to his familiar
    lines: '…'"): the word before the colon as ``(start, end, text)``; the speaker is the
    sentence's subject (issue 18, PolNeAR train).  A verb of the table in the clause leads the
    quotation in itself, unless it is a verb of thought (a subcategory in
    :data:`THOUGHT_SUBCATEGORIES` of ``verbs``: "Mahaney agreed: '…'") or an opening question
    without a speaker ("Asked which county …, he demurred: '…'"; seventh pass)."""
    out = []
    bstarts = [b[0] for b in blocks]
    for op, _ in exclude:
        bi = bisect_right(bstarts, op) - 1
        if bi < 0:
            continue
        lo, hi = blocks[bi]
        colon = _colon_ends(text, max(lo, op - 40), op)
        m = _LEAD_WORD.search(text, max(lo, op - 40), op) if colon else None
        opening = _COLON_LEAD.match(text, lo, hi)  # the paragraph's own "Name:" (_with_colons)
        if m is None:
            m = _LEAD_NAME.search(text, max(lo, op - 40), op) if colon else None
            if opening is not None and opening.end(1) == m.start(1) if m else False:
                continue
        elif opening is not None:
            continue
        if m is None and bi > 0 and op == first_nonspace(text, lo, hi):
            # the lead-in closes the paragraph above: "… issued the following statement:"
            lo, phi = blocks[bi - 1]
            if _colon_ends(text, max(lo, phi - 40), phi):
                m = _LEAD_WORD.search(text, max(lo, phi - 40), phi) or _LEAD_NAME.search(
                    text, max(lo, phi - 40), phi
                )  # "• David Remnick in The New Yorker:" (round 21)
        if m is None:
            continue
        # asked one character into the lead-in: a sentence end right before it is seen there
        # ("… met on Friday. Putin: '…'"; round 22, AllSides)
        ss = sentence_start(text, lo, min(m.start() + 1, m.end()))
        # a headline and a dash before the lead-in ("But polls did predict the caucus -
        # HuffPollster: '…'"): only the words after the dash lead the quotation in
        ss = max([ss, *(d.end() for d in _DASH.finditer(text, ss, m.start()))])
        if any(_leads_in(text, lo, v, verbs) for v in vindex.within(ss, m.end())):
            continue  # a verb of the table leads it in already
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


#: Stance class and subcategory of a verb of saying missing from the table, found by its place
#: right after a quotation (:func:`inverted_cues`): counted as an attribution, in no stance.
UNLISTED = ("unlisted", "unlisted")
_SUBJECT_VERB = re.compile(  # a name's apposition may stand before the verb (round attr40)
    r"[ \t]*,?[ \t]+(?:he|she|they|we|I|[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3}"
    r"(?:,[ \t]+(?!(?:in|at|on|for|by|with|after)\b)[^,\"“”\n]{3,60},)?|"
    r"(?:the|a|an)(?:[ ][\w’'-]+){1,5}?)[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]{3,}ed)"
    # an object pronoun may follow ("'…,' Hussein scolded them in English"; round 23)
    r"(?:[ \t]+(?:him|her|them|us|me))?"
    r"(?=[ \t]*[,.;:!?]|[ \t]+(?:to|at|on|in|from|back|with|about|as|into)\b)"
)
_VERB_SUBJECT = re.compile(r"[ \t]*,?[ \t]+([a-z]{3,}ed)[ \t]+(?=[A-Z]|the[ ]|an?[ ]|one[ ])")
# a name (or names) and a verb in any tense that closes the sentence ("'…,' Seung Min Kim and
# Mike DeBonis report."; round 23)
_NAMES_VERB_END = re.compile(
    r"[ \t]*,?[ \t]+(?:he|she|they|[A-Z][\w.’'-]*(?:[ ](?:[A-Z][\w.’'-]*|and))*[ ][A-Z][\w’'-]*)"
    r"[ \t]+([a-z]{3,})(?=[ \t]*\.)"
)
# a present tense before a capitalised name ("'…,' crows Rep. Greg Walden", "'…,' worries Robert
# Pounds, 58"; round 23)
_NOT_A_VERB = re.compile(r"(?:ers|ors|ists|ions|ans|ents|ess|ness|news|ides|ics)$")
_VERB_S_NAME = re.compile(r"[ \t]*,?[ \t]+([a-z]{2,}[^\Ws]s)[ \t]+(?=[A-Z][\w.’'-]*[ ][A-Z])")

_IRREGULAR_PAST = frozenset("began spoke wrote told said sang rang drew".split())


def _closing_verb(text: str, m: re.Match) -> bool:
    """The word :data:`_NAMES_VERB_END` found is a verb: in -s or -ed (not a plural noun's
    ending), an irregular past, or any form after two names joined by *and*."""
    verb = m.group(1)
    if verb in _IRREGULAR_PAST or " and " in text[m.start() : m.start(1)]:
        return True
    return verb.endswith(("s", "ed")) and not _NOT_A_VERB.search(verb)


def inverted_cues(
    text: str, exclude: Sequence[tuple[int, int]], vindex: VerbIndex
) -> list[tuple[int, int, str]]:
    """Verbs of saying missing from the table, in the place of one right after a quotation that
    ends in a comma, ``!`` or ``?``: ``'…,' she elaborated``, ``'…!' beamed Donald Hartley``,
    ``'…,' the nominee riffed on …`` (issue 18, seventh pass, PolNeAR train).  A verb of the
    table there is found by the table already."""
    out = []
    for op, end in exclude:
        if is_title(text[op:end].strip(QUOTE_MARKS + " ")):
            continue  # a title ("'The Art of the Deal,' he published in 1987")
        inner = text[max(0, end - 3) : end].rstrip()
        if not inner or inner[-1] not in QUOTE_MARKS:
            continue
        if text[end : end + 1] == "'" and text[end - 1] == "'":
            end += 1  # the NYT's closing two apostrophes (",'' scoffed Arianna Gil"; round 22)
        before_mark = text[max(0, end - 4) : end].rstrip().rstrip(QUOTE_MARKS)[-1:]
        after = text[end : end + 1]
        if before_mark not in (",", "!", "?") and after != ",":
            continue
        m = (
            _SUBJECT_VERB.match(text, end, end + 90)
            or _VERB_SUBJECT.match(text, end, end + 40)
            or _VERB_S_NAME.match(text, end, end + 40)
            or _NAMES_VERB_END.match(text, end, end + 80)
        )
        if m is not None and m.re is _VERB_S_NAME and _NOT_A_VERB.search(m.group(1)):
            continue  # a title or a preposition: "'…,' owners Carl Hall and …", "besides VR"
        if m is not None and m.re is _NAMES_VERB_END and not _closing_verb(text, m):
            continue  # a role noun: "'…,' Bob Casey aide."
        if m is None or vindex.within(end, m.end(1)):
            continue
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


# the main verb after a sentence's subject: an apposition, adverbs and auxiliaries may stand
# between ("Ted Nordhaus, co-founder of …, welcomed", "Huckabee, for his part, is labeling")
_MAIN_VERB = re.compile(
    r"(?:[ \t]*,[^,\n]{1,140},)?[ \t]+(?:(?:[a-z]+ly|also|then|has|have|had|is|was|were|are|"
    r"will|would|could|did|does|do)[ \t]+){0,3}([a-z]{2,}(?:ed|es)|[a-z]{3,}(?:s|ing)|said|"
    r"told|wrote|made|gave|took|saw|put|read|sent|went|spoke|thought|sang|drew)\b"
)
# plural nouns that end a subject's phrase, not verbs ("Cruz backers stood", "Sanders supporters")
_NOUN_END = re.compile(r"(?:ers|ists|ions|ans|ments|ness|news)$")
# another speaker between the main verb and the quotation: a name acting in a participle clause
# ("with Kyiv acknowledging Russia's 'partial success'") or a name's words ("Obama's pathetic
# claim that 'the new normal' …"): the quotation is theirs (issue 17/18 audit dev voice errors)
_OTHER_SPEAKER = re.compile(
    r"\b[A-Z][\w.’'-]*[ ]+(?:[a-z]+ly[ ]+)?[a-z]{3,}ing\b|"
    r"[A-Z][\w.’'-]*['’]s?[ ]+(?:[a-z-]+[ ]+){0,2}(?:claims?|statements?|words|promises?|"
    r"pledges?|assertions?|remarks?|comments?|arguments?|insistence|descriptions?|slogans?|motto|phrases?|terms?|calls?|demands?|warnings?|vows?|"
    r"boasts?|lines?|view|charge|accusations?|question)\b"
)
_NOT_A_SOURCE = frozenset("i we you it this that there".split())


def subject_cue(text: str, op: int, lo: int, actors: ActorTable) -> Attribution | None:
    """The attribution of a direct quotation inside a sentence that no other rule attributes:
    the sentence's subject and its main verb ("Sanders credited Clinton's victory to 'a closed
    primary, …'", "Ted Nordhaus, co-founder of …, welcomed 'the recognition that …'"; stance
    ``unlisted``), or None (no subject, a first- or second-person one, or *it*; issue 18,
    seventh pass, PolNeAR train)."""
    a = max(lo, op - 400)  # bounded: a sentence longer than this has no subject found here
    ss = sentence_start(text, a, op + 1)
    if ss >= op - 1 or (ss == a and a > lo):
        return None
    sp = sentence_subject(text, ss, op, common=True)
    if sp is None or text[sp[0] : sp[1]].lower() in _NOT_A_SOURCE:
        return None
    m = _MAIN_VERB.match(text, sp[1], op)
    if m is None or _NOUN_END.search(m.group(1)) or _OTHER_SPEAKER.search(text, m.end(), op):
        return None
    name = text[sp[0] : sp[1]]
    return attribution_record(
        text, m.group(1), m.span(1), *UNLISTED, sp, name, side_of(name, actors), False
    )
