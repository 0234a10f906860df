"""Tokens of one sentence and the closed word classes the agency rules read.

The classes below are English grammar (auxiliaries, determiners, prepositions, pronouns),
closed and topic-free, so they live here; every open list (harm predicates, participles,
instruments, guards) is data in ``analysis/lexicons/agency/``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...text.segment import abbreviations

__all__ = [
    "END_UP",
    "in_name",
    "singular_name_before",
    "singular_after_article",
    "NATIONALITY_ENDS",
    "Token",
    "tokenize",
    "BE",
    "GET",
    "ASPECT",
    "aspectual",
    "HAVE",
    "MODALS",
    "DETERMINERS",
    "PREPOSITIONS",
    "PRONOUNS",
    "CLAUSE_BREAKS",
    "QUANTIFIER_LEADS",
    "is_adverb",
    "ends_phrase",
    "is_possessive",
    "strip_possessive",
    "is_number",
    "live_stamp",
    "gerund_noun",
    "CALENDAR",
    "DAY_ADVERBS",
    "sentence_around",
    "spaced_dash",
    "FINITE_AFTER",
    "PARENTHESIS_REACH",
    "parenthesis_start",
    "singular_premodifier",
]

#: A pronoun's contraction is two tokens, no possessive ("he's wounded": he + 's; dev batch 26).
_CLITIC = r"['’](?:s|m|re|ve|d|ll)\b"
_HOSTS = r"(?i:he|she|it|that|there|here|what|who|where|i|you|we|they)"
_TOKEN = re.compile(
    rf"(?<!\w){_HOSTS}(?={_CLITIC})|(?<=\w){_CLITIC}"
    r"|\d{1,3}(?:,\d{3})+\b|\w+(?:[-'’.]\w+)*['’]?|[^\w\s]"
)


class Token(NamedTuple):
    """A word or punctuation mark: ``text[start:end]``; ``low`` is it in lower case."""

    start: int
    end: int
    low: str
    cap: bool  # starts with a capital letter
    upper: bool = False  # all capitals, two letters or more ("WATCH", "DEAD", "ISIS")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    Examples
    --------
    >>> [t.low for t in tokenize("Russia's 12 self-propelled guns, he said.")]
    ["russia's", '12', 'self-propelled', 'guns', ',', 'he', 'said', '.']
    """
    end = len(text) if end is None else end
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python function: too slow here
    return [
        new(Token, (m.start(), m.end(), g.lower(), g[0].isupper(), len(g) > 1 and g.isupper()))
        for m in _TOKEN.finditer(text, start, end)
        for g in (m.group(),)
    ]


BE = frozenset(
    "be is are was were been being am 're ’re 's ’s 'm ’m isn't aren't wasn't weren't".split()
    + ["isn’t", "aren’t", "wasn’t", "weren’t"]
)
GET = frozenset("get gets got gotten getting".split())
#: Aspectual verbs: a gerund after one is a verb ("someone from the crowd began shooting").
ASPECT = frozenset(
    "begin begins began begun beginning start starts started starting stop stops stopped "
    "stopping continue continues continued continuing keep keeps kept keeping resume resumes "
    "resumed resuming".split()
)
#: Verbs of "end up" / "wind up": the gerund after them is a verb ("ended up dying").
END_UP = frozenset("end ends ended ending wind winds wound winding".split())
#: Nouns that a gerund after an aspectual verb modifies ("start bombing raids"): no verb then.
_GERUND_HEADS = frozenset("raid raids campaign campaigns mission missions run runs sorties".split())
HAVE = frozenset("have has had having 've ’ve 'd ’d haven't hasn't hadn't".split())
#: Finite verbs after which a gerund after a comma is the noun subject of a clause (dev batch
#: 21: "where Russian troops are pressing on having made gains, shelling continues").
FINITE_AFTER = (ASPECT - {"keep", "stop", "start", "begin", "continue", "resume"}) | BE | HAVE
MODALS = frozenset(
    "will would could can may might must shall should won't wouldn't couldn't can't cannot "
    "mustn't shouldn't 'll ’ll".split()
)
DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some any no every each "
    "another other such".split()
)
PREPOSITIONS = frozenset(
    "in on at from with for during into onto over under near to about after against amid "
    "amidst among across through since before behind around outside inside throughout "
    "within without along towards toward via despite including like upon off".split()
)
PRONOUNS = frozenset("i you he she it we they them him us me".split())
#: Possessive determiners: the maker of an attack ("their attack on America", forms.py).
POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
#: Words that end a noun phrase and start another clause.
CLAUSE_BREAKS = frozenset(
    "that which who whom whose when while where whereas because although though if whether unless "
    "until as after before since but and or nor so then than said says say told tells "
    "according also".split()
)
#: Words that open a quantity in an object ("killed at least 12", "more than 300").
QUANTIFIER_LEADS = frozenset("at least more than up to nearly almost about some over".split())
_ADVERBS = frozenset(
    "not n't never also already still just reportedly allegedly apparently then now later "
    "even all both once since ever subsequently eventually initially previously recently "
    "mostly partly nearly almost actually possibly probably likely reportedly soon often "
    "first last again thus therefore however indeed so too very quite rather well badly "
    "seriously fatally critically mortally brutally most".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty tens hundred hundreds thousand thousands dozen dozens million millions scores "
    "several many".split()
)


def is_adverb(low: str) -> bool:
    """A word the auxiliary-to-participle gap may hold (``were reportedly killed``)."""
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha())


def ends_phrase(tokens: list[Token], b: int) -> bool:
    """Whether ``tokens[b]`` ends a noun phrase running right: an adverb not in *-ly*, or "far"
    before "from" or "away" ("airstrikes on areas far from the heart of the eastern battles":
    Guardian, dev batch 19; not "a far more diplomatic tone").

    Examples
    --------
    >>> t = tokenize("areas far from the front and a far more diplomatic tone")
    >>> ends_phrase(t, 1), ends_phrase(t, 7)
    (True, False)
    """
    low = tokens[b].low
    if low == "far":
        return b + 1 < len(tokens) and tokens[b + 1].low in ("from", "away")
    return is_adverb(low) and not low.endswith("ly")


#: Endings of nationality adjectives ("Russian", "Chinese", "British", "European", "American").
NATIONALITY_ENDS = ("ian", "ese", "ish", "ean", "ican")


def is_possessive(low: str) -> bool:
    """``Russia's``, ``forces'``; not the contracted auxiliary ``'s`` alone ("he 's")."""
    return len(low) > 2 and low.endswith(("'s", "’s", "s'", "s’"))


def strip_possessive(word: str) -> str:
    """``word`` without a final possessive apostrophe (and its *s*).

    Examples
    --------
    >>> strip_possessive("Russia's"), strip_possessive("forces’"), strip_possessive("Kyiv")
    ('Russia', 'forces', 'Kyiv')
    """
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


#: Capitalised words that are no names of persons (dates: "Tuesday's attack", "July strikes").
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday christmas easter".split()
)
#: Days named as a time adverbial: a noun phrase does not run over one to its left unless a
#: determiner makes it a modifier ("said Friday Russia had launched a surprise attack": the
#: agent is Russia; "the Friday attack" stays one phrase).  Closed-class calendar words.
DAY_ADVERBS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


#: Words of time that are no object of a verb before them ("in shelling early on Monday").
_WHEN = CALENDAR | frozenset("overnight yesterday today tonight earlier".split())
#: Prepositions of a cause before a gerund ("killed … in shelling early on Monday").
_CAUSE_PREPOSITIONS = frozenset("in during amid amidst under".split())
#: Words after which a gerund with a modifier before it is a noun ("a mass shooting at").
_AFTER_NOUN = PREPOSITIONS | frozenset("of by that which , . ; : ( )".split())
#: Articles before such a modifier ("her city dying at the hands of the police" is a verb).
_ARTICLES = frozenset("a an the another this that".split())
#: Modifiers that are the gerund's doer ("a sniper shooting at", "a man dying at"): people,
#: and agent nouns by their ending.
_DOERS = frozenset("man men woman women child children boy girl people police troops army".split())
_DOER_ENDS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants")


def gerund_noun(tokens: list[Token], j: int, nxt: Token) -> bool:
    """Whether the gerund after ``tokens[j]`` (``nxt`` after it) is a noun, not a verb with an
    object: a time word or adverb after a preposition of a cause ("One man was also killed …
    in shelling early on Monday", dev batch 22), or a determiner and a modifier before it and
    no object after it ("a mass shooting at an Orlando nightclub", "the June shooting at the
    Emanuel A.M.E. church", "an off-campus shooting at a party": unlabelled dev text; "the
    cops murdering George Floyd" keeps its object, "a sniper shooting at" its doer: verbs).

    Examples
    --------
    >>> t = tokenize("after a mass shooting at a nightclub")
    >>> u = tokenize("police said the cops murdering him")
    >>> gerund_noun(t, 2, t[4]), gerund_noun(u, 3, u[5])
    (True, False)
    """
    if j < 0:
        return False
    low = tokens[j].low
    if low in _CAUSE_PREPOSITIONS:
        return is_adverb(nxt.low) or nxt.low in _WHEN
    if j < 1 or tokens[j - 1].low not in _ARTICLES or low in BE | HAVE | MODALS | _DOERS:
        return False
    return low[0].isalnum() and not low.endswith(_DOER_ENDS) and nxt.low in _AFTER_NOUN


def is_number(low: str) -> bool:
    """A numeral or number word (``12``, ``1,200``, ``dozens``)."""
    return low[:1].isdigit() or low in _NUMBER_WORDS


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


def live_stamp(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is the clock time of a live blog's time stamp after a year ("12 Jul
    2022 20.36 Four people were killed", "From 8 May 2022 21.48 60 people confirmed killed":
    Guardian live blogs, dev): no noun phrase runs over it.

    Examples
    --------
    >>> t = tokenize("12 Jul 2022 20.36 Four people were killed")
    >>> live_stamp(t, 3), live_stamp(t, 2)
    (True, False)
    """
    low = tokens[i].low
    if i < 1 or not _CLOCK.fullmatch(low):
        return False
    year = tokens[i - 1].low
    return year.isdigit() and len(year) == 4 and year[:2] in ("19", "20")


# A sentence boundary: terminal punctuation (and closing marks) before white space and a
# capital or digit, or a line break (with the spaces around it).  Written as its first
# character, then the alternative that character allows (told apart by a look-behind), so that
# ``re`` skips to the next stop, space or line break instead of trying both alternatives at
# every character: the same matches as ``[.!?…]+["'”’)\]]*[ \t]+(?=…)|[ \t]*\n\s*``, twice as
# fast (``sentence_around`` scans 400 characters each way per harm trigger).
_BOUNDARY = re.compile(
    r"[.!?…\t\n ](?:(?<=[ \t])[ \t]*+\n\s*|(?<=\n)\s*"
    r"|(?<=[.!?…])[.!?…]*[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])"
    # a stop glued to the next sentence by the scrape ("the dead and wounded.In the Sunday
    # report"): after two lower-case letters, before a capitalised word
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]))"
)
_WORD_BEFORE = re.compile(r"(\w+)\.?$")


def _is_stop(text: str, m: re.Match) -> bool:
    if text[m.start()] in " \t\n":
        return True
    if text[m.start()] != ".":
        return True
    w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if w is None:
        return True
    word = w.group(1)
    return not (len(word) == 1 and word.isupper()) and word.lower() not in abbreviations()


def sentence_around(text: str, a: int, b: int, *, reach: int = 400) -> tuple[int, int]:
    """The bounds of the sentence around ``text[a:b]``, found locally (at most ``reach``
    characters each way): a line break, or terminal punctuation before a capital or digit
    that does not end an abbreviation (``Mr.``, ``Feb.``) or an initial.

    Examples
    --------
    >>> t = "He left. Mr. Smith was killed in Kyiv. Then"
    >>> s, e = sentence_around(t, 19, 25)
    >>> t[s:e]
    'Mr. Smith was killed in Kyiv.'
    """
    lo = max(0, a - reach)
    s = lo
    for m in _BOUNDARY.finditer(text, lo, a):
        if _is_stop(text, m):
            s = m.end()
    e = min(len(text), b + reach)
    for m in _BOUNDARY.finditer(text, b, e):
        if _is_stop(text, m):
            e = m.start() + len(m.group().rstrip())
            break
    return s, e


def aspectual(tokens: list[Token], j: int, nxt: Token | None) -> bool:
    """Whether the gerund after ``tokens[j]`` is a verb because ``tokens[j]`` is an aspectual
    verb (:data:`ASPECT`): "gunmen … began shooting", "Russia … began directly bombing rebels";
    not an adjective ("under continued shelling"), not before "of" ("continued shelling of
    residential neighborhoods") or a head noun ("to start bombing raids").

    Examples
    --------
    >>> t = tokenize("the gunmen began shooting at random")
    >>> aspectual(t, 2, t[4]), aspectual(tokenize("under continued shelling"), 1, None)
    (True, False)
    """
    if j >= 1 and tokens[j].low == "up" and tokens[j - 1].low in END_UP:
        return True  # "many of the French … ended up dying anyway" (dev batch 19)
    if j < 0 or tokens[j].low not in ASPECT:
        return False
    if j > 0 and tokens[j - 1].low in PREPOSITIONS | DETERMINERS:
        return False
    return nxt is None or nxt.low not in _GERUND_HEADS and nxt.low != "of"


def in_name(tokens: list[Token], k: int) -> bool:
    """A capitalised trigger after a word is inside a name, unless the trigger or the word
    before it is in capitals: a headline ("MUST WATCH Airstrikes hit Iraq", "MISSILES KILL 12";
    dev batch 6, AllSides video captions)."""
    if k == 0 or not tokens[k].cap or not tokens[k - 1].low[0].isalnum():
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tokens[k].low in _HEADLINE_VERBS and nxt is not None and not nxt.cap:
        # a title-case headline: "Iranian President Dies in Helicopter Crash" (batch 18)
        return not (nxt.low in PREPOSITIONS or nxt.low[:1].isdigit())
    if _title_case_run(tokens, k):
        return False
    return not (tokens[k].upper or tokens[k - 1].upper)


def _title_case_run(tokens: list[Token], k: int) -> bool:
    """Whether the trigger follows a capitalised article after another capitalised word: a
    title-case headline, not a name ("… Leading Up To The Attack", "… Predicting An Attack On
    U.S.": the Senate report headings of dev batches 14 and 21); a name keeps a lower-case word
    before its article ("the film The Death of Stalin") or has no article ("the Committee
    Against Torture", dev batch 20)."""
    if k < 2 or not (tokens[k - 1].cap and tokens[k - 2].cap):
        return False
    return tokens[k - 1].low in ("the", "a", "an") and tokens[k - 2].low[0].isalpha()


#: Finite verbs of dying and killing that a title-case headline capitalises before a
#: lower-case preposition or a number.
_HEADLINE_VERBS = frozenset("dies died kills killed".split())


def singular_name_before(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a capitalised singular word after "the" ("days after the
    Capitol attack Donald Trump admitted", dev batch 19): a premodifier of the base form that
    follows, which cannot be that verb's subject ("the Capitol attack" would need "attacks").

    Examples
    --------
    >>> singular_name_before(tokenize("after the Capitol attack Donald Trump"), 2)
    True
    >>> singular_name_before(tokenize("the Russians attack Kyiv"), 1)
    False
    """
    if j < 1 or tokens[j - 1].low != "the" or not tokens[j].cap or tokens[j].upper:
        return False
    return not tokens[j].low.endswith("s")


def singular_after_article(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a lower-case singular noun in a phrase opened by "a" or "an"
    within three words ("a gunshot wound", "a minor gunshot wound": dev batches 16 and 21): a
    premodifier of the base form that follows, which cannot be that verb's subject (a singular
    subject would need "wounds"), as :func:`singular_name_before` for "the Capitol attack".

    Examples
    --------
    >>> singular_after_article(tokenize("suffered a minor gunshot wound"), 3)
    True
    >>> singular_after_article(tokenize("the rebels wound"), 1)
    False
    """
    if j < 1 or tokens[j].cap or tokens[j].low.endswith("s") or not tokens[j].low.isalpha():
        return False
    for i in range(j - 1, max(-1, j - 4), -1):
        low = tokens[i].low
        if low in ("a", "an"):
            return True
        if not low.isalpha() or low in DETERMINERS or low in PREPOSITIONS or low in BE:
            return False
    return False


def singular_premodifier(tokens: list[Token], j: int) -> bool:
    """:func:`singular_name_before` or :func:`singular_after_article`: ``tokens[j]`` modifies
    the base form after it, which is then a noun ("the Capitol attack", "a gunshot wound")."""
    return singular_name_before(tokens, j) or singular_after_article(tokens, j)


PARENTHESIS_REACH = 12  # tokens of a participle clause between a subject and its verb


def parenthesis_start(tokens: list[Token], j: int) -> int | None:
    """The comma that opens a participle clause closed by the comma at ``j`` before an
    auxiliary ("a hail of … Russian strikes, delivered by warplanes, artillery and missiles, has
    killed, maimed", dev batch 8), or None."""
    for c in range(j - 1, max(0, j - PARENTHESIS_REACH), -1):
        low = tokens[c].low
        if low in (";", ":") or low in ("who", "that", "which"):
            return None
        nxt = tokens[c + 1]  # or "three people, including two police officers, were shot"
        if (
            low == ","
            and (nxt.low == "including" or not nxt.cap and nxt.low.endswith("ed"))
            and c + 1 < j
        ):
            return c if c >= 1 and tokens[c - 1].low[0].isalnum() else None
    return None


def spaced_dash(tokens: list[Token], d: int) -> bool:
    """A hyphen with a space on both sides is a dash that ends a phrase ("a possible attack on
    Ukraine - he added"), not a hyphen inside it ("Russian-backed").

    Examples
    --------
    >>> toks = tokenize("Ukraine - he added; 5 -10")
    >>> spaced_dash(toks, 1), spaced_dash(toks, 6)
    (True, False)
    """
    return (
        tokens[d].low == "-"
        and 0 < d < len(tokens) - 1
        and tokens[d - 1].end < tokens[d].start
        and tokens[d].end < tokens[d + 1].start
    )
