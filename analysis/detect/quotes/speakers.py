"""The speaker of a reporting verb: the noun phrase before it, or after it when inverted.

``Kremlin spokesman Dmitry Peskov said``, ``the ministry said``, ``Mykhailo Podoliyak, an
advisor to …, posted`` (appositive), ``…," said Peskov`` (inversion), ``according to X``.  The
phrase is delimited with closed-class words (grammar, not a curated lexicon): pronouns,
determiners, connectors, and words that cannot be inside a speaker phrase.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial

from .adverbials import adverb_before_verb, adverbial_end, opens_adverbial
from .appositives import described_subject, earlier_name, has_clause_verb, participle_opens
from .brackets import after_bracket, before_parenthesis, tagged_name
from .channels import before_channel
from .datelines import after_dateline
from .indefinites import INDEFINITES, solo_subject, stands_alone
from .insides import title_closes
from .locatives import after_locative
from .nounsubjects import before_preposition, determined_subject_end, named_head_end
from .places import before_state
from .quantities import quantity_subject_end
from .sentences import sentence_end
from .shares import share_before, share_in_apposition
from .surnames import name_will, surname_may
from .timewords import WEEKDAYS, before_time, time_opener

__all__ = [
    "PRONOUNS",
    "DETERMINERS",
    "speaker_before",
    "speaker_after",
    "is_named_person",
    "is_pronoun",
    "SUBJECT_NAME",
    "PASSIVE_BY",
    "QUANTIFIERS",
    "IRREGULAR_PLURALS",
    "sentence_subject",
    "NP_STOP",
]

# ------------ closed-class words (grammar, not a curated lexicon: they delimit speaker phrases)
PRONOUNS = frozenset("he she they it we i you".split())
DETERMINERS = frozenset("the a an his her their its our this these those one another some".split())
_CONNECTORS = frozenset("of for to at de van von al bin".split())
_EXAMPLES = frozenset("like including especially notably".split())  # round 21
_ADDRESSEE = frozenset("to of for about with".split())  # after an inverted verb (round 21)
_SKIP_BEFORE_VERB = frozenset(
    "has have had also later then previously earlier repeatedly again further once long "
    "reportedly had already thus far not never would will could both all "
    "subsequently recently separately here "
    # do-support ("Northam did say that", "Carson did not mention"; round 23)
    "did does do didn't doesn't don't didn’t doesn’t don’t".split()
)
_NP_STOP = frozenset(
    "that which who whom whose when while as and but or so if because since after before "
    "although though where whether than then also is was were are be been being has have had "
    "will would could should may might must can do does did not no in on at by with from into "
    "onto over under about against during without within between through across toward towards "
    "upon per via what how why there here it's said says say told don't doesn't didn't won't "
    "can't isn't wasn't aren't weren't two three four five six seven eight nine ten several many "
    "few most all both each every other such only more".split()
)
NP_STOP = _NP_STOP  #: Words that cannot be inside a speaker phrase (public for .coordination).
# quantifiers that start (or are) a speaker phrase: "many economists say", "others said"
QUANTIFIERS = frozenset("many most some several few all both other others".split())
# a capitalised name acting as a subject: "Putin recognized", "Trudeau stressed"
SUBJECT_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+ed)\b")
PASSIVE_BY = re.compile(r"\s+by\s+(?:(?:the|a|an)\s+)?[A-Z]")
# possessive: same matches; a percent sign ends a numeral ("26% say"); runs of word characters
# as single-class repeats (the same tokens as one alternation per character, fewer steps)
_TOKEN_RE = re.compile(r"[^\W_][\w.\-%]*+(?:['’](?=\w)[\w.\-%]*+)*+|[,–—-]")
_COMPOUND = re.compile(r"\d[\d,.]*-[a-z][a-z-]*\.?")  # "46-year-old", "20-something"


def _word(t: str) -> bool:
    """A word of a noun phrase: letters first, or a numeral compound ("the 46-year-old")."""
    return t[0].isalpha() or _COMPOUND.fullmatch(t) is not None


def is_named_person(speaker: str) -> bool:
    """A phrase headed by a proper name ("Kremlin spokesman Dmitry Peskov", not "the ministry",
    not "Russia's invasion of Ukraine", not "released Tuesday"): the word before any of/for/to."""
    words = speaker.split()
    if not words or words[0].lower() in DETERMINERS:
        return False
    head = words[-1]
    for k, w in enumerate(words):
        if w.lower() in _CONNECTORS and k > 0:
            head = words[k - 1]
            break
    return head[:1].isupper() and not head.endswith(("'s", "’s")) and head not in WEEKDAYS


def is_pronoun(s: str) -> bool:
    """Whether ``s`` is a personal pronoun (he, she, they, it, we, I, you)."""
    return s.lower() in PRONOUNS


def _has_name(tokens: list[str]) -> bool:
    return any(t[:1].isupper() for t in tokens)


def speaker_before(
    text: str, a: int, b: int, verb_re: re.Pattern, forms: Mapping[str, str] | None = None
) -> tuple[int, int] | None:
    """Speaker noun phrase ending just before ``b`` (verb start), looking no further than ``a``:
    its ``(start, end)``, or None.  ``forms`` (the verb table's grammatical forms): a base form
    in an appositive is no clause ("the Institute, a US-based think tank, said")."""
    b = before_parenthesis(text, a, before_time(text, a, before_channel(text, a, b)))
    b = before_state(text, a, b)  # "a retiree from Adel, Iowa, said": as if after "Adel" (round 26)
    toks = list(_TOKEN_RE.finditer(text, a, b))  # Match objects: m[0] text, m.start(), m.end()
    # tokens must be contiguous to the verb: nothing but spaces between last token and b
    if not toks or (text[toks[-1].end() : b].strip() and not title_closes(text, a, b)):
        return None  # (a quoted title may close an apposition: "the host of “Meet the Press,”")
    i = len(toks) - 1
    while i >= 0:
        t = toks[i][0]
        if (t.lower() in _SKIP_BEFORE_VERB and not name_will(toks, i)) or adverb_before_verb(t):
            i -= 1
        elif (
            t == "and"
            and i + 1 < len(toks)
            and toks[i + 1][0].endswith("ly")
            and toks[i - 1][0].endswith("ly")
        ):
            i -= 1  # "repeatedly and emphatically denied" (not "Maddow and officially endorsed")
        else:
            break
    if i < 0:
        return None
    # appositive: "Name, an adviser to X, said" / "Name - Turkey's foreign minister - announced"
    if toks[i][0] in ",–—-":
        if toks[i][0] == "," and (sh := share_in_apposition(text, a, toks[i].start())):
            return sh  # "about two-thirds, 67 percent, say" (round 23)
        sep = toks[i][0]
        j = i - 1
        while j >= 0 and i - j <= 25 and toks[j][0] not in (",–—-" if sep != "," else ","):
            j -= 1
        if j < 0 or i - j > 25 or i - j < 2:  # "“…,” Elijah Cummings (D-Md.), said" (round 27)
            return tagged_name(text, toks, i, partial(_np_walk, text, toks)) if j < 0 else None
        inner = " ".join(t[0] for t in toks[j + 1 : i])
        if has_clause_verb(inner, verb_re, forms) and not participle_opens(toks, j + 1, forms):
            return None  # a participle clause may stand between: "Durbin, noting …, said"
        if j >= 3 and toks[j - 1][0].isdigit() and toks[j - 2][0] == ",":
            j -= 2  # an age between commas: "Clinton, 35, the daughter of …, said"
        np = _np_walk(text, toks, _before_bracket(text, toks, a, j))
        if np is not None and toks[j + 1][0].lower() in _EXAMPLES and text[toks[j].end()] == " ":
            return toks[np[0]].start(), toks[np[1]].end()  # "Some Republicans, like Mr. Ryan,"
        inner_np = _np_walk(text, toks, _before_bracket(text, toks, a, i))  # "Murphy (D-Conn.),"
        if (
            np is not None
            and inner_np is not None
            and inner_np[0] == j + 1
            and is_named_person(text[toks[inner_np[0]].start() : toks[inner_np[1]].end()])
            and not is_named_person(text[toks[np[0]].start() : toks[np[1]].end()])
        ):
            # "DeLaet's agent, Danny Fritz, told"
            return toks[inner_np[0]].start(), toks[inner_np[1]].end()
        if np is None or not _has_name([t[0] for t in toks[np[0] : np[1] + 1]]):
            # "the director of operations, Jeff Fraser, says": the name is the apposition
            if (
                inner_np is None
                or inner_np[0] != j + 1
                or not is_named_person(text[toks[inner_np[0]].start() : toks[inner_np[1]].end()])
            ):
                # "another protester, dressed as …,"; "Sanford, a self-identified, lifelong …,"
                walk = partial(_np_walk, text, toks)
                return described_subject(toks, j, i, np) or earlier_name(
                    toks, j, walk, is_named_person
                )
            np = inner_np
        return toks[np[0]].start(), toks[np[1]].end()
    np = _np_walk(text, toks, i)
    if np is None:
        return share_before(text, max(a, toks[i].end() - 90), toks[i].end())  # "55 percent said"
    np = after_locative(toks, np, lambda k: _np_walk(text, toks, k), _NP_STOP)  # "from Sumter"
    return toks[np[0]].start(), toks[np[1]].end()


def _before_bracket(text: str, toks, a: int, j: int) -> int:
    """Index of the last token before the separator ``toks[j]``, skipping a parenthesis that
    ends right before it ("Sen. Richard J. Durbin (D-Ill.), noting …, said")."""
    pb = before_parenthesis(text, a, toks[j].start())
    k = j - 1
    while k >= 0 and toks[k].end() > pb:
        k -= 1
    return k


# plural nouns without an -s (grammar: irregular and collective plurals)
IRREGULAR_PLURALS = frozenset("police people staff personnel clergy".split())
# one-word speaker phrases besides pronouns: relative "who", quantifiers used as pronouns
_SOLO = frozenset("who which many most some several others both".split())

_INSTITUTIONS = frozenset(
    "service ministry agency office command committee council department administration "
    "staff authority commission directorate".split()
)


def _common_subject(words: list[str]) -> bool:
    """A speaker phrase of common nouns only: a quantifier start ("many economists", "other
    senators") or a plural head of at most three lowercase words ("company executives",
    "border officials", "forecasters")."""
    first, head = words[0].lower(), words[-1]
    if first in QUANTIFIERS and len(words) > 1:
        return True
    if len(words) <= 3 and head in IRREGULAR_PLURALS:
        return True  # "police said", "campaign staff said"
    return (
        len(words) <= 3
        and head.islower()
        and head.isalpha()
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
    )


def _sentence_initial(text: str, k: int) -> bool:
    """Whether the word at ``k`` opens a sentence or a block (after . ! ? or a line break)."""
    j = k
    while j > 0 and text[j - 1] in " \t\"“'‘":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


def _stops(toks, i: int, lw: str) -> bool:
    """Whether the last word ``lw`` (token ``i``) can end no speaker phrase: a determiner or
    a stop word, unless it is the surname May."""
    return lw in DETERMINERS or (
        lw in _NP_STOP and not (surname_may(toks, i, _NP_STOP) or name_will(toks, i))
    )


def _np_walk(text: str, toks, i: int):
    """Indices (first, last) of the noun phrase ending at token ``i``, or None."""
    if i < 0:
        return None
    w = toks[i][0]
    lw = w.lower().rstrip(".").replace("’", "'")
    if w in ",–—-":
        return None
    if lw in PRONOUNS or lw in _SOLO or solo_subject(lw, text, toks, i, _NP_STOP):
        return (i, i)  # "Another tweeted", "; one suggested" (not "including one called"), "that"
    if _stops(toks, i, lw) or w.endswith(("'", "’", "'s", "’s")) or not _word(w):
        return None
    first = i
    lower_run = 0
    j = i
    det = None  # the determiner before a connector the walk continued over
    while j >= 0:
        t = toks[j][0]
        lt = t.lower().replace("’", "'")
        if t in ",–—-":
            break
        if j < i and text[toks[j].end() : toks[j + 1].start()].strip():
            break  # only spaces may separate the words of a noun phrase
        if lt in DETERMINERS or (lt in QUANTIFIERS and j < i):
            first = j
            # "a spokesperson for the Russian government", "a voice-over in the ad": continue
            # over a connector (in/on: issue 18, seventh pass)
            if (
                j >= 2
                and toks[j - 1][0].lower() in ("for", "of", "to", "at", "in", "on")
                and toks[j - 2][0] not in ",–—-"
                and toks[j - 2][0].lower() not in _NP_STOP
            ):
                det = j if det is None else det
                j -= 2
                continue
            break
        if (lt in _NP_STOP and j < i and not name_will(toks, j)) or not _word(t):
            break  # (token i passed the checks above: a surname May)
        if lt in _CONNECTORS:
            j -= 1
            continue
        if t[0].islower():
            lower_run += 1
            if lower_run > 3 and (lower_run > 4 or toks[j - 1][0].lower() not in DETERMINERS):
                break  # four after a determiner: "The former vice president’s spokeswoman"
        first = j
        j -= 1
    # strip leading connectors and sentence connectives ("Yet Sen. Ted Cruz says", "Now Trump")
    while first < i and (toks[first][0].lower() in _LEADS or time_opener(toks, first, i + 1)):
        first += 1
    words = [toks[k][0] for k in range(first, i + 1)]
    if not (_has_name(words) or words[0].lower() in DETERMINERS or _common_subject(words)):
        if det is None:
            return None
        first = det  # no phrase before the connector: the phrase from the determiner
        words = [toks[k][0] for k in range(first, i + 1)]
    if _has_name(words) and words[0].lower() not in DETERMINERS and not words[-1][0].isupper():
        # lowercase head after a name ("Ukrainian officials", "Russia's foreign ministry"):
        # one lowercase word after a name, two after a possessive or a nationality adjective
        caps = [k for k, w in enumerate(words) if w[0].isupper()]
        tail = len(words) - 1 - caps[-1]
        cap = words[caps[-1]]
        lowered = [words[0].lower(), *words[1:]]
        sentence_initial = caps == [0] and _sentence_initial(text, toks[first].start())
        owner = cap.endswith(("'s", "’s"))  # three after a possessive before an institution:
        # "Ukraine’s state emergency service said" (agency dev batch 5)
        if (
            (tail > 2 and not (tail == 3 and owner and words[-1].lower() in _INSTITUTIONS))
            or (tail == 2 and not (owner or cap.endswith(("an", "ese", "ish", "i", "ch"))))
        ) and not (sentence_initial and _common_subject(before_preposition(lowered))):
            # "Abortion rights advocates said" passes: a capital of position; otherwise keep
            # a plural common-noun tail of the phrase ("American law enforcement officials
            # said" -> "law enforcement officials"; issue 18, fourth pass), else no speaker
            rest = words[caps[-1] + 1 :]
            if not _common_subject(rest):
                return None
            first += caps[-1] + 1
    if len(words) == 1 and words[0].lower() in DETERMINERS:
        return None
    return first, i


def speaker_after(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Speaker noun phrase starting at ``a`` (after an inverted verb), up to ``b`` and its
    sentence's end ("said John Smith. He": round 24): its ``(start, end)``, or None."""
    b = sentence_end(text, a, b)
    toks = list(_TOKEN_RE.finditer(text, a, b))  # Match objects: m[0] text, m.start(), m.end()
    if not toks or text[a : toks[0].start()].strip():
        return None
    # a lower-case word with a full stop ends its sentence ("according to police reports. Mr.
    # Scott ran away": not "police reports. Mr. Scott", AllSides)
    ends = [i for i, m in enumerate(toks) if m[0][0].islower() and re.fullmatch(r"\w+\.", m[0])]
    toks = toks[: ends[0] + 1] if ends else toks
    k = 0
    out_last = None
    lower_run = 0
    while k < len(toks) and k < 9:
        t = toks[k][0]
        lt = t.lower().rstrip(".")
        if k and text[toks[k - 1].end() : toks[k].start()].strip():
            break  # only spaces between the words of a noun phrase
        if t in ",–—-":
            break
        if k == 0 and lt in PRONOUNS:
            return toks[0].start(), toks[0].end()
        if k == 0 and lt in _ADDRESSEE:
            return None  # "said to Hillary Rodham", "said of Cohn": no inverted speaker
        if k == 0 and lt in INDEFINITES and stands_alone(text, toks[0].end(), b):
            return toks[0].start(), toks[0].start() + len(lt)  # '"…," tweeted another.'
        if lt in DETERMINERS:
            if k != 0 and toks[k - 1][0].lower() != "of":  # on after "one of the", "some of"
                break
            k += 1
            continue
        if lt in _CONNECTORS and out_last is not None:
            k += 1
            continue
        if (
            (lt in _NP_STOP and not name_will(toks, k))
            or lt[:4] in ("who'", "who’")
            or not _word(t)
        ):
            break
        if t[0].islower():
            lower_run += 1
            if lower_run > 4:
                break
        out_last = k
        k += 1
    # "said oil and gas worker Mike Wipf": lowercase role words (and "and") before a name
    if out_last is None or (
        toks[0][0].lower() not in DETERMINERS
        and not _has_name([t[0] for t in toks[: out_last + 1]])
    ):
        run_end = None
        for k2 in range(min(len(toks), 10)):
            t2 = toks[k2][0]
            if k2 and text[toks[k2 - 1].end() : toks[k2].start()].strip():
                break  # only spaces between the words of a noun phrase
            if t2 in ",–—-" or (t2[0].islower() and t2.lower() in _NP_STOP and t2.lower() != "and"):
                break
            if t2[0].isupper():
                run_end = k2
            elif run_end is not None:
                break
        if run_end is not None and toks[0][0].lower() not in PRONOUNS:
            out_last = run_end
    if out_last is None:
        return None
    words = [t[0] for t in toks[: out_last + 1]]
    if not (_has_name(words) or words[0].lower() in DETERMINERS):
        return None
    s, e = toks[0].start(), toks[out_last].end()
    if text[e - 1] == ".":
        e -= 1
    return s, e


#: Connectives that may open a sentence before its subject or a quotation ("But …", "Now, …").
CONNECTIVES = frozenset(
    "but and still yet however also so meanwhile instead now then plus indeed again".split()
)
_LEADS = _CONNECTORS | CONNECTIVES  # words stripped before a speaker phrase


def sentence_subject(text: str, ss: int, b: int, common: bool = False) -> tuple[int, int] | None:
    """The subject of the sentence at ``ss`` (before ``b``; ``common``: or a determiner's common
    noun phrase, :mod:`.nounsubjects`), or None: ``Kaine decried that math, saying …`` ->
    ``Kaine``; an opening adverbial up to its comma is skipped (``In a statement, …``)."""
    toks = list(_TOKEN_RE.finditer(text, after_dateline(text, ss, b), b))  # "ST. LOUIS —"
    k = 0
    while k < len(toks) and (toks[k][0].lower() in CONNECTIVES or time_opener(toks, k, len(toks))):
        k += 1
        if k < len(toks) and toks[k][0] == ",":
            k += 1
    for _ in range(3):  # "On Thursday, after remaining neutral …, Warren appeared"
        comma = next((j for j in range(k + 1, min(len(toks), k + 16)) if toks[j][0] == ","), None)
        if opens_adverbial(toks, k):
            if comma is None:
                return None
            k = comma + 1
        elif (
            comma is not None
            and comma - k <= 5
            and adverbial_end(toks[comma - 1][0], comma == k + 1, toks[k][0])
        ):
            k = comma + 1
        else:
            break
    if k >= len(toks):
        return None
    last = named_head_end(toks, k, quantity_subject_end(toks, k) or _subject_end(text, toks, k))
    if last is None and common:  # a common noun's phrase: "A footnote in the report makes"
        last = determined_subject_end(toks, k)
    if last is None or last + 1 >= len(toks):
        return None
    nxt = after_bracket(text, toks, last)  # "Rep. Hakeem Jeffries (D-N.Y.) reacted"
    for _ in range(2):
        if nxt >= len(toks) or toks[nxt][0] != ",":
            break
        # one or two appositions of up to 23 tokens between subject and verb ("Mark Mahaney,
        # technology analyst at RBC Capital Markets, agreed", "Ted Nordhaus, co-founder of the
        # Breakthrough Institute and advocate of …, welcomed"; issue 18, seventh pass)
        stop = min(len(toks), nxt + 24)
        nxt = next((j + 1 for j in range(nxt + 1, stop) if toks[j][0] == ","), len(toks))
    word = toks[nxt][0] if nxt < len(toks) else ""
    if not (word[:1].isalpha() and word[:1].islower()):
        return None  # the subject is followed by its verb
    return toks[k].start(), toks[last].end()


def _subject_end(text: str, toks, k: int) -> int | None:
    """Last token of a subject starting at token ``k``: a pronoun, or capitalised words (with
    connectors and titles), after an optional determiner and up to three lowercase role words
    ("the Republican nominee Donald Trump", "Florida Gov. Rick Scott")."""
    first = toks[k][0].lower()
    if first in PRONOUNS:
        return k
    j = k + 1 if first in DETERMINERS else k
    lower = 0
    last = None
    while j < len(toks) and j - k < 12:
        t = toks[j][0]
        if t in ",–—-" or (j > k and text[toks[j - 1].end() : toks[j].start()].strip()):
            break
        if t[0].isupper():
            last = j
        elif t.lower() in _CONNECTORS and last is not None:
            pass
        elif t[0].isalpha() and t.lower() not in _NP_STOP and lower < 3:
            if last is not None and not _name_follows(text, toks, j, 3 - lower):
                break  # "Trump issued": the verb; "Republican presidential nominee Donald
            lower += 1  # Trump": role words between capitals
        else:
            break
        j += 1
    return last


def _name_follows(text: str, toks, j: int, n: int) -> bool:
    """Whether a capitalised word follows token ``j`` (a lowercase word) within ``n``
    lowercase role words (spaces only between them; not a verb in -ed, a connector or a
    closed-class word: "Sanders compared himself to Clinton" is a clause; not a weekday
    after a name that is no possessive: "Boehner went further Thursday" is a clause, "Romney's
    comments Wednesday" a phrase; round attr40)."""
    for k in range(j, min(len(toks), j + n + 1)):
        if k > j and text[toks[k - 1].end() : toks[k].start()].strip():
            return False
        t = toks[k][0]
        if t[0].isupper():
            return k > j and (t not in WEEKDAYS or toks[j - 1][0].endswith(("'s", "’s")))
        lt = t.lower()
        if not t[0].isalpha() or lt in _NP_STOP or lt in _CONNECTORS or lt.endswith("ed"):
            return False
    return False
