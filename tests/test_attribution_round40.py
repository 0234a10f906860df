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

import pytest
from quote_cases import quote_starting, written_speaker

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


# (text, the quotation's first words, written speaker, verb): the cases the round moves
CHANGED = [
    (BOEHNER, "The decision", "House Speaker John Boehner", "saying"),
    (HINT, "Certainly", "Trump", "saying"),
    (CARSON, "rotten", "Carson", "called"),
    (STONE, "So I think", "Stone", "Continued"),
    (CORKER, "The very", "Corker", "Added"),
    (SAID_TRUMP, "We have", "Trump", "Said"),
    (TEXT_SIGNED, "If you", "The campaign", "telling"),
    (MOUNT_PLEASANT, "You talk", "the former vice president", "saying"),
    (CRACKED, "I hadn't", "McCain", "cracked"),
    (ADVISED, "Always", "Westmoreland", "advised"),
    (INTONED, "Judging", "Sen. Ted Cruz", "intoned"),
]
# the counter-cases, which must not change
KEPT = [
    (ROMNEY, "in apology", "Romney's comments Wednesday", "characterized"),
    (WIPF, "We have", "oil and gas worker Mike Wipf", "said"),
    (ON_TUESDAY, "We will", "Hillary Clinton", "said"),
    (PAUL, "So I think", "Sen. Rand Paul", ":"),
    (HICKS, "This is", "Hope Hicks", ":"),
    (SENATOR, "So I think", "the senator", "Added"),
    (REUTERS, "We had", "Trump", "telling"),
    (FURTHER, "We will", "The senator", "saying"),
    (IN_RESPONSE, "appeal", None, None),
    (RETIRED, "We had", "Mr. Smith", "said"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "verb"), CHANGED + KEPT)
def test_speaker_as_written_and_verb(text, words, speaker, verb):
    q = quote_starting(text, words)
    assert (written_speaker(text, q), q.verb) == (speaker, verb)


def test_the_next_pronoun_resolves_to_the_speaker_found():
    q = quote_starting(BOEHNER, "What is")
    assert (q.speaker, q.verb) == ("House Speaker John Boehner", "asked")
