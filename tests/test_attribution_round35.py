"""Round 35 (issue 18): *he*/*she* not resolved to a speaker known to be of the other gender.

Sentences from the unlabelled corpora (by-country, Guardian/NYT); each rule test fails on the
round start, each counter-case passes on both.
"""

from __future__ import annotations

from analysis.detect.quotes import analyse_quotes
from analysis.detect.quotes.genders import Genders

# by-country (BBC, June 2023): "he" was given to Ms Tikhanovskaya, the last named speaker
TIKHANOVSKAYA = (
    "Ms Tikhanovskaya has warned of the danger of transferring nuclear weapons from Russia into "
    '"the hands of a crazy dictator" in Belarus, after Alexander Lukashenko confirmed that the '
    'first "missiles and bombs" had arrived in the country.\n\n'
    "Ms Tikhanovskaya, who was speaking to the BBC in Warsaw, accused Western politicians of "
    '"staying silent" about the first deployment of tactical nuclear weapons outside of Russia '
    "since the collapse of the USSR in 1991.\n\n"
    "When the presenter asked him to clarify his statement - that Belarus has already received "
    "the weapons, sooner than expected - Mr Lukashenko chuckled, like the two were sharing a "
    'joke. "Not all of them. Gradually," he said.'
)
# Guardian/NYT (NYT, July 2022): "She" was given to William J. Burns (a man by his given name)
GRINER = (
    "In response to a question last week about potentially trading Mr. Bout, William J. Burns, "
    "the C.I.A. director, speaking at the Aspen Security Forum, did not sound enthusiastic, "
    "calling Mr. Bout “a creep.”\n\n"
    "Russia has held Ms. Griner, 31, since mid-February, when she was arrested at a Moscow "
    "airport on charges involving hashish oil found in her luggage. She has pleaded guilty to "
    "the drug charges against her and said in a court appearance outside Moscow on Wednesday "
    "that she accidentally packed a small amount of the oil."
)


def _resolved(text: str, pronoun: str) -> list[str | None]:
    return [a.resolved for a in analyse_quotes(text)[1] if a.speaker == pronoun]


def test_he_skips_a_speaker_with_a_womans_honorific():
    # Ms Tikhanovskaya is a woman (her honorific); Mr Lukashenko, named earlier, a man
    assert _resolved(TIKHANOVSKAYA, "he") == ["Alexander Lukashenko"]


def test_she_is_not_a_man_named_by_his_given_name():
    assert _resolved(GRINER, "She") == [None, None]  # Ms. Griner is no speaker before it


def test_gender_evidence_order():
    g = Genders("Mrs. Clinton spoke. Ms Truss said so. Mr Lukashenko chuckled.", [])
    assert g.of("Truss") == "female" and g.of("Lukashenko") == "male"
    assert g.of("Bill Clinton") == "male"  # the given name before another's honorific
    assert g.of("Republican Christine Todd Whitman") == "female"
    assert g.of("Gay marriage foe Brown") is None  # a descriptor is no given name


def test_counter_unknown_gender_keeps_the_last_named_speaker():
    text = '"We will not give in," Lukashenko said.\n\n"It is over," she said.'
    assert _resolved(text, "she") == ["Lukashenko"]


def test_counter_agreeing_gender_unchanged():
    text = '"We will go on," Ms Truss said.\n\n"It will not be easy," she said.'
    assert _resolved(text, "she") == ["Ms Truss"]


# AllSides (Washington Times, ty6a2Bd14cxx8Ctn): the last named speaker is a man (Mr.); the
# woman named in the paragraph before, a speaker earlier, is the referent of "she"
SPEIER = (
    "During that hearing, Rep. Jackie Speier, California Democrat, referred to Mr. Caputo as "
    "Russian President Vladimir Putin’s “image consultant.”\n\n"
    "“I have three children, and my family lives in fear,” Mr. Caputo said. “All of this has "
    "happened to me, and I’m just a witness. I’m not a central player.”\n\n"
    "Ms. Speier was not troubled.\n\n"
    "“Welcome to the crowd. We get death threats all the time,” she told The Times."
)


def test_she_goes_back_to_a_woman_named_near_it():
    assert _resolved(SPEIER, "she") == ["Rep. Jackie Speier"]


def test_counter_no_earlier_name_of_the_gender_near_it():
    # the woman is an earlier speaker, but not named in the pronoun's paragraph or the one
    # before: no referent rather than a guess
    far = SPEIER.replace("Ms. Speier was not troubled.", "The hearing went on.")
    assert _resolved(far, "she") == [None]


# Role nouns: "the head of state" / "the president" stand for the person the article gave
# that title; the speaker as written stays the role phrase (PolNeAR train's convention).
LUKASHENKO = (  # by-country (BelTA, 28 January 2022)
    "MINSK, 28 January (BelTA) –Belarusian President Aleksandr Lukashenko commented on the "
    "sanctions pressure against Belarus and other states as he delivered his Address to the "
    "Belarusian people and the National Assembly in Minsk on 28 January, BelTA has learned.\n\n"
    '"The so-called compatriots who call for sanctions commit a crime against the state and '
    "their own people. They will be held responsible for this according to the law, wherever "
    'they are," the head of state said.'
)
BIDEN = (  # by-country (US outlet, 15 February 2022)
    "President Biden spoke directly to the people of Russia during a Tuesday address on the "
    "situation.\n\n"
    '"President Putin and I agreed that our teams should continue to engage" in a diplomatic '
    "solution, Biden said.\n\n"
    '"The United States has put on the table concrete ideas to establish a security environment '
    'in Europe," the president continued.'
)


def _role(text: str, written: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker, a.resolved) for a in analyse_quotes(text)[1] if a.speaker == written]


def test_head_of_state_is_the_president_named_before():
    assert _role(LUKASHENKO, "the head of state") == [("the head of state", "Aleksandr Lukashenko")]


def test_a_title_inside_a_quotation_introduces_nobody():
    assert _role(BIDEN, "the president") == [("the president", "Biden")]


def test_counter_two_presidents_named_stay_unresolved():
    # the same paragraphs with Putin's title in the outlet's own words: two holders
    text = BIDEN.replace('"President Putin and I agreed', "President Putin and Biden agreed")
    assert _role(text, "the president") == [("the president", "the president")]


def test_counter_vice_president_is_no_president():
    text = 'Vice President Mike Pence spoke first.\n\n"We will win," the president said.'
    assert _role(text, "the president") == [("the president", "the president")]
