"""Attribution round 39: speech tags after a quotation whose verb no table row has, followed by
a short tail (a time word, a particle, *while* + participle) or an irregular past.

PolNeAR train has no quotation of this construction; the sentences are quoted from unlabelled
AllSides and by-country articles (ids named; AllSides ``sample(2000, random_state=391)``) and the
counter-cases from PolNeAR train and AllSides. Expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes

THUNDERED = (  # AllSides 27034
    '"Wall Street, corporations, and the super-rich are going to start paying their fair share '
    'of taxes," Clinton thundered later in the same speech.'
)
PRONOUNCED = (  # AllSides 31038
    '(CNN) -- "I do not believe we can keep doing the same thing for over five decades and '
    'expect a different result," President Barack Obama pronounced Wednesday.'
)
SUMMED = (  # by-country 64, the quotation's last sentence
    '"This is the eternal dispute about who is stronger, who is right, who is the number one '
    'power," Vladimir Makei summed up.'
)
BEGAN = (  # AllSides 34021
    '"My drive to fight against sexual assault in the ranks is not from the outside looking '
    'in," McSally began. "And it is deeply personal."'
)
SANG = (  # AllSides 11094, shortened
    'The vote closed. "Na na na na, hey, hey, hey, goodbye!" they sang while waving at Republicans.'
)
# Counter-cases: an adverb in -ly (PolNeAR train, wash-post_2016-07-22_republican-assails-
# elites-as-he-: the quotation is Trump's), an object after the verb of a reaction to a
# question (AllSides 26679: the question is Leahy's), and a participle after the subject before
# a table verb (PolNeAR train, wash-post_2016-05-29_internal-trump-university-record).
APPLAUDED = (
    "When Trump later referred to the recent massacre at a gay nightclub in Orlando and said he "
    'would "protect our LGBTQ citizens," the crowd applauded loudly.'
)
HEDGED = (
    "When Sen. Patrick Leahy (D-VT) asked him Thursday, “did you interview William Pryor?” "
    "Kavanaugh hedged a bit, saying “I don’t believe so.”"
)
RELEASED = (
    'Trump\'s "assertion that the information retains any commercial value is speculative," '
    "the order released Friday said."
)


def _quote(text: str, words: str):
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].strip('"“ ').startswith(words))


def test_tag_verb_with_a_time_word_after_it():
    assert (_quote(THUNDERED, "Wall").speaker, _quote(THUNDERED, "Wall").verb) == (
        "Clinton",
        "thundered",
    )
    q = _quote(PRONOUNCED, "I do not")
    assert (q.speaker, q.verb) == ("President Barack Obama", "pronounced")


def test_tag_verb_with_a_particle_or_a_participle_after_it():
    q = _quote(SUMMED, "This is")
    assert (q.speaker, q.verb) == ("Vladimir Makei", "summed")
    q = _quote(SANG, "Na na")
    assert (q.speaker, q.verb) == ("they", "sang")


def test_tag_verb_an_irregular_past():
    q = _quote(BEGAN, "My drive")
    assert (q.speaker, q.verb) == ("McSally", "began")


def test_no_tag_after_an_adverb_an_object_or_before_a_table_verb():
    q = _quote(APPLAUDED, "protect")
    assert (q.speaker, q.verb) == ("Trump", "said")
    q = _quote(HEDGED, "did you")
    assert (q.speaker, q.verb) == ("Sen. Patrick Leahy", "asked")
    q = _quote(RELEASED, "assertion")
    assert q.verb == "said"
