"""Attribution round 42: two general constructions read on unlabelled AllSides articles (ids
named).  First, a participle cue after a passive of perception ("Reid was caught on a hot
mic telling Gray, '…'", "Police could be heard shouting: '…'", "'…,' Kelly is heard saying in the
tape."), read on unlabelled AllSides articles (ids named).  Expected values written by hand.

The subject of the passive speaks: without a comma before the participle only the
speaker-optional *saying* found a speaker, and it took the words up to the participle ("Kelly is
heard", "Clinton was overheard"); *telling*, *shouting*, *asking*, *chanting* … found none.

Second, a time adverb that opens a sentence without a comma before a capitalised subject ("Later
Trump backed …, saying:", "Yesterday Sarah Huckabee Sanders dismissed …") is no part of the
subject: the speaker read "Later Trump", or no subject was found.
"""

import pytest
from quote_cases import quote_starting, written_speaker

REID = (  # AllSides EAD8KTnIKOJra5lb
    "Reid was caught on a hot mic telling Gray, “I’m on your side – don’t screw it up.”"
)
POLICE = (  # AllSides osDyGoT0hSgDm5i0
    "The suspect walked out of the house with his arms raised as local TV crews filmed the scene. "
    "Police could be heard shouting: “Hands up! Hands up! Get down! Get down!”"
)
ASSANGE = (  # AllSides RfsqYNAdhfGfqSNg
    "As he was being hauled out of the embassy in a dramatic scene shortly after 0900 GMT after "
    "Ecuador terminated his asylum, the Australian-born Assange was heard shouting, “This is "
    "unlawful, I’m not leaving.”"
)
OHIO = (  # AllSides ZBmbrFS7Rr0p4nB7
    "Clean coal also triggered a misstep in the Obama campaign — Joe Biden in 2008 exposed Obama "
    "to an easy Republican attack line when the vice presidential candidate was caught on camera "
    "in Ohio telling a woman, “We’re not supporting clean coal.”"
)
RECORDED = (  # AllSides 96GrWmlb7FIqpMSO
    "Trump was recorded in September telling U.S. diplomats in New York: “Basically, that person "
    "never saw the report, never saw the call, he never saw the call.”"
)
TAYLOR = (  # AllSides uD9Cl5BF4D9zh7wm
    "Career diplomat William Taylor, the charge d’affaires in Kyiv, offered new testimony that "
    "Trump was overheard asking on the phone about “the investigations” of Democrats that he "
    "wanted Ukraine to pursue."
)
KELLY = (  # AllSides KJHYev6iz1uJgzTR
    '"We\'ve got to talk to you about leaving the White House," Kelly is heard saying in the tape.'
)
CROWD = (  # AllSides N4dcu6sr2tbVHDNp
    'At times, an enthusiastic crowd could be heard chanting: "USA! USA! USA!"'
)
# Counter-cases: "seen as" is no perception (AllSides zIMBTStuioBAkgfP, the quotation is the
# statement's); a comma before the participle (AllSides y0Hu84vgNDUzykFH, already its subject);
# a name right before the passive with *saying* (AllSides BxQnh7st9K4fQIMp, already right).
SEEN_AS = (
    "The move was widely seen as a warning to Afghan President Hamid Karzai, who “has "
    "demonstrated that it is unlikely that he will sign” the Bilateral Security Agreement (BSA), "
    "which lays the legal framework for US troops to remain in the country after 2014, according "
    "to the White House statement."
)
OPEN_MIC = (
    "The same year, Obama was caught on an open mic, telling then-French president Nicolas "
    'Sarkozy: "You\'re fed up with him? I have to deal with him every day."'
)
GARNER = (
    'In a videotape of the incident, Garner can be heard saying repeatedly: "I can\'t breathe."'
)


LATER = (  # AllSides 0qeTLqJBDpahiVfN
    "Later Trump backed the role of government-sponsored health care, saying: \"You're not gonna "
    'let people die sitting in the middle of the street."'
)
YESTERDAY = (  # AllSides jU2MaXRCpLWDv84c
    "Yesterday Sarah Huckabee Sanders dismissed the allegations in this lawsuit, saying “the "
    "president had no knowledge” of the Fox story."
)
EARLIER = (  # AllSides k1v3LB50UaFgQiy5
    "Earlier Biden had said, “Anyone who can’t afford it gets automatically enrolled in the "
    "Medicare-like option.”"
)
KUDLOW = (  # AllSides 4Gci6WBO7UEQC2jp
    "However, later White House aide Larry Kudlow told ABC News that as things stood Mr Mnuchin "
    'would take a final decision "as new information surfaces".'
)
# Counter-cases: a weekday after the time word opens an adverbial up to its comma (AllSides
# vFc3tI3KIYUE4y2H, sPXMkIl1IKytt2oS: the subject follows the comma); *Today* opens a name
# ("Today show host", written for the case).
EARLIER_TUESDAY = (
    "Earlier Tuesday, House Speaker John Boehner chafed at such unilateral action, telling "
    'reporters that Republicans are "just not going to sit here and let the President trample all '
    'over us."'
)
TODAY_SHOW = '"We will win," Today show host Matt Lauer said.'


# (text, the quotation's first words, written speaker, verb): the cases the round moves
CHANGED = [
    (REID, "I’m on", "Reid", "telling"),
    (POLICE, "Hands up", "Police", "shouting"),
    (ASSANGE, "This is", "the Australian-born Assange", "shouting"),
    (OHIO, "We’re not", "the vice presidential candidate", "telling"),
    (RECORDED, "Basically", "Trump", "telling"),
    (TAYLOR, "the investigations", "Trump", "asking"),
    (KELLY, "We've got", "Kelly", "saying"),
    (CROWD, "USA", "an enthusiastic crowd", "chanting"),
    (LATER, "You're not", "Trump", "saying"),
    (YESTERDAY, "the president", "Sarah Huckabee Sanders", "saying"),
    (EARLIER, "Anyone", "Biden", "said"),
    (KUDLOW, "as new", "White House aide Larry Kudlow", "told"),
]
# the counter-cases, which must not change
KEPT = [
    (SEEN_AS, "has demonstrated", "the White House statement", "according to"),
    (OPEN_MIC, "You're fed", "Obama", "telling"),
    (GARNER, "I can't", "Garner", "saying"),
    (EARLIER_TUESDAY, "just not", "House Speaker John Boehner", "telling"),
    (TODAY_SHOW, "We will", "Today show host Matt Lauer", "said"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "verb"), CHANGED + KEPT)
def test_speaker_as_written_and_verb(text, words, speaker, verb):
    q = quote_starting(text, words)
    assert (written_speaker(text, q), q.verb) == (speaker, verb)
