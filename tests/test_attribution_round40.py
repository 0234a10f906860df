"""Attribution round 40: general constructions of news that leave a direct quotation without its
speaker, read on unlabelled AllSides articles of the PolNeAR publishers and years (ids named;
``sample(1500, random_state=400)`` of Politico, USA Today, NYT, Breitbart, The Hill, Fox and CNN
before 2017) and PolNeAR train.  Expected values written by hand.

A weekday after a verb and its object is no name that role words lead up to: "House Speaker
John Boehner went further Thursday, saying: '…'" read *Boehner … Thursday* as one name phrase
(like "said oil and gas worker Mike Wipf") and so found no subject before *saying*.

A reporting verb fronted before a name and a colon is the cue ("Added Corker: '…'", "Continued
Stone: '…'"): the paragraph's name-colon lead took "Added Corker" for the name and the colon for
the cue, and the quote-only *continued* found no quotation next to it.

A participle cue whose addressee or place stands between it and its quotation ("…, telling
supporters: '…'", "…, saying in Mount Pleasant: '…'") introduces the quotation: without a name
as subject the participle found no speaker, and the sentence's main verb took the quotation.

A verb no row has after a quotation, its name and the name's apposition ("“…,” Westmoreland, the
Georgia lawmaker, advised.") is the tag's verb, as it is without the apposition (issue 18,
seventh pass): the quotation had none or the previous speaker's.
"""

from analysis.detect.quotes import analyse_quotes

BOEHNER = (  # AllSides tk5jf87lwHi6hays
    'House Speaker John Boehner went further Thursday, saying: "The decision to invoke executive '
    "privilege is an admission that White House officials were involved in decisions that misled "
    'the Congress and have covered up the truth."\n\n'
    'He asked, "What is the Obama administration hiding in Fast and Furious?"'
)
HINT = (  # AllSides pJaDidHEHY6SidMW
    'Trump gave a hint Sunday that he may be changing his tone, saying, "Certainly I would take '
    'contributions, I actually like the idea of investing in a campaign."'
)
CARSON = (  # PolNeAR train, breitbart_2016-03-01_the-latest-sanders-wins-minnesot
    "Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the political "
    "system “rotten to the core.”"
)
# Counter-cases: a possessive's noun before the weekday is a phrase, not a clause (AllSides
# WUVSdrvZJhPUmQ6D); role words before a name (PolNeAR train style); a weekday that opens the
# tag's time adverbial (round 13).
ROMNEY = (
    'And Romney\'s comments Wednesday characterized that response as standing "in apology" when '
    "the embassy's statement was issued."
)
WIPF = '"We have lost everything," said oil and gas worker Mike Wipf.'
ON_TUESDAY = '"We will win," Hillary Clinton on Tuesday said.'


def _quote(text: str, words: str):
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].strip('"“ ').startswith(words))


def _written(text: str, q) -> str | None:
    return text[q.speaker_start : q.speaker_end] if q.speaker_start >= 0 else None


def test_weekday_after_a_verb_and_object_ends_no_name():
    q = _quote(BOEHNER, "The decision")
    assert (_written(BOEHNER, q), q.verb) == ("House Speaker John Boehner", "saying")
    q = _quote(HINT, "Certainly")
    assert (_written(HINT, q), q.verb) == ("Trump", "saying")
    q = _quote(CARSON, "rotten")
    assert (_written(CARSON, q), q.verb) == ("Carson", "called")


def test_the_next_pronoun_resolves_to_the_speaker_found():
    q = _quote(BOEHNER, "What is")
    assert (q.speaker, q.verb) == ("House Speaker John Boehner", "asked")


def test_weekday_after_a_possessive_noun_or_in_an_adverbial_unchanged():
    q = _quote(ROMNEY, "in apology")
    assert (_written(ROMNEY, q), q.verb) == ("Romney's comments Wednesday", "characterized")
    q = _quote(WIPF, "We have")
    assert (_written(WIPF, q), q.verb) == ("oil and gas worker Mike Wipf", "said")
    q = _quote(ON_TUESDAY, "We will")
    assert (_written(ON_TUESDAY, q), q.verb) == ("Hillary Clinton", "said")


STONE = (  # PolNeAR train, breitbart_2016-08-08_exclusive-roger-stone-don-t-trus
    "The big city machines, particularly Chicago, are very adept at manipulating these "
    "machines.”\n\nContinued Stone: “So I think it’s a very real problem.”"
)
CORKER = (  # AllSides dXvCjEUZzmr5DfiC
    "A spokesman for Reid rebuffed the complaints from Republican senators.\n\nAdded Corker: “The "
    "very people who are calling for more amendments are those who have objected to amendments "
    "being voted on. I think it’s ironic.”"
)
SAID_TRUMP = (  # AllSides FDWHrhXqHUgYJ9Pj
    "Said Trump: “We have large trade deficits with Mexico and Canada. NAFTA, which is under "
    "renegotiation right now, has been a bad deal for U.S.A.”"
)
# Counter-cases: a name and a colon (PolNeAR style), a name that is a base form of a table verb
# (*hope*), a fronted verb before a determiner's phrase (already the verb's).
PAUL = "Sen. Rand Paul: “So I think it’s a very real problem.”"
HICKS = "Hope Hicks: “This is also a press failure.”"
SENATOR = "Added the senator: “So I think it’s a very real problem.”"


def test_fronted_verb_before_a_name_and_a_colon_is_the_cue():
    q = _quote(STONE, "So I think")
    assert (_written(STONE, q), q.verb) == ("Stone", "Continued")
    q = _quote(CORKER, "The very")
    assert (_written(CORKER, q), q.verb) == ("Corker", "Added")
    q = _quote(SAID_TRUMP, "We have")
    assert (_written(SAID_TRUMP, q), q.verb) == ("Trump", "Said")


def test_name_colon_leads_without_a_fronted_verb_unchanged():
    q = _quote(PAUL, "So I think")
    assert (_written(PAUL, q), q.verb) == ("Sen. Rand Paul", ":")
    q = _quote(HICKS, "This is")
    assert (_written(HICKS, q), q.verb) == ("Hope Hicks", ":")
    q = _quote(SENATOR, "So I think")
    assert (_written(SENATOR, q), q.verb) == ("the senator", "Added")


TEXT_SIGNED = (  # AllSides Iq9z2xOg9MzW6nKO
    'The campaign followed up with a text signed "H" from Hillary, telling supporters: “If you '
    "knocked on doors, talked to friends, pitched in, or voted -- tonight is your victory.”"
)
MOUNT_PLEASANT = (  # AllSides 4zf9ZMCMelvR0B3W
    "Earlier in the day, the former vice president made a passing reference to Mr. Trump’s 2016 "
    "campaign slogan, saying in Mount Pleasant: “You talk about the fact that let’s ‘Make America "
    "Great Again.’ I’d settle for just let America be America again.”"
)
# Counter-cases: a name's participle with its addressee (already the participle's), a
# participle right before the quotation.
REUTERS = "Trump spoke to Reuters, telling the agency, “We had no water for days.”"
FURTHER = "The senator went further, saying, “We will win.”"


def test_participle_with_its_addressee_or_place_before_the_quotation():
    q = _quote(TEXT_SIGNED, "If you")
    assert (_written(TEXT_SIGNED, q), q.verb) == ("The campaign", "telling")
    q = _quote(MOUNT_PLEASANT, "You talk")
    assert (_written(MOUNT_PLEASANT, q), q.verb) == ("the former vice president", "saying")


def test_participle_next_to_its_quotation_or_after_a_name_unchanged():
    q = _quote(REUTERS, "We had")
    assert (_written(REUTERS, q), q.verb) == ("Trump", "telling")
    q = _quote(FURTHER, "We will")
    assert (_written(FURTHER, q), q.verb) == ("The senator", "saying")


CRACKED = (  # AllSides JEejpZ9VOAwkTdYa
    '"I hadn\'t had so much fun since my last interrogation in Hanoi," McCain, a celebrated former '
    "prisoner of war, cracked at a Hill reception for the team ahead of a White House visit."
)
ADVISED = (  # AllSides GNNq0qpZqv3oKu3U
    "To withstand these inevitable legal challenges, the panelists said, it is important to "
    "control the judges.\n\n“Always know who’s going to end up ruling on your maps,” "
    "Westmoreland, the Georgia lawmaker, advised."
)
INTONED = (  # AllSides yKF0kBpYSmodiY5L
    '"The most disappointing week at SCOTUS in years," tweeted Sen. Josh Hawley, R-Mo.\n\n'
    '"Judging is not a game. It\'s not supposed to be a game," Sen. Ted Cruz, R-Texas, intoned on '
    "the Senate floor."
)
# Counter-cases: a prepositional phrase is no apposition (AllSides sdGQil8N4ibTjZYe: the scare
# quote is the editorial board's), and a table verb after an apposition (already its cue).
IN_RESPONSE = (
    "Asked recently by the New York Times editorial board about President Donald Trump’s “appeal "
    "of racism,” Sanders, in response, focused on economics."
)
RETIRED = "“We had no water for days,” Mr. Smith, a retired teacher, said."


def test_unlisted_tag_verb_after_a_name_and_its_apposition():
    q = _quote(CRACKED, "I hadn't")
    assert (_written(CRACKED, q), q.verb) == ("McCain", "cracked")
    q = _quote(ADVISED, "Always")
    assert (_written(ADVISED, q), q.verb) == ("Westmoreland", "advised")
    q = _quote(INTONED, "Judging")
    assert (_written(INTONED, q), q.verb) == ("Sen. Ted Cruz", "intoned")


def test_no_tag_after_a_prepositional_phrase_table_verbs_unchanged():
    q = _quote(IN_RESPONSE, "appeal")
    assert q.speaker is None
    q = _quote(RETIRED, "We had")
    assert (_written(RETIRED, q), q.verb) == ("Mr. Smith", "said")
