"""Attribution round 20: speaker classes that generalise beyond PolNeAR train's wordings.

Sentences quoted from PolNeAR train articles (file named in each comment) and from the
AllSides corpus (outlet named); expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes
from analysis.detect.quotes.clitics import clitic_subject
from analysis.detect.quotes.tables import load_verbs
from analysis.detect.quotes.timewords import before_time


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.resolved, a.verb) for a in find_attributions(text)]


# Class "contracted auxiliary": a pronoun glued to 's / 've / 'd was read as one word that is
# neither a pronoun nor a name, so the verb after it had no speaker (or "She's" as speaker).
CLITIC_QUOTES = [
    (  # AllSides, Politico
        "Francis' positions have often been at odds with conservative orthodoxy. On "
        'homosexuality, he\'s said, "Who am I to judge?"',
        [("he", "said")],
    ),
    (  # PolNeAR train, usa-today_2016-06-08_party-unity-is-a-two-way-stre
        "Ever since Bernie Sanders announced his candidacy last year, he's said the same thing "
        "at every diner stop, every rally and every campaign event: \"It's not about me, it's "
        'about us."',
        [("Bernie Sanders", "said")],  # "he" resolved to the speaker of *announced*
    ),
]


@pytest.mark.parametrize("text,expected", CLITIC_QUOTES)
def test_contracted_auxiliary_quote_speaker(text, expected):
    assert _direct(text) == expected


def test_contracted_auxiliary_resolves_to_the_named_speaker():
    # PolNeAR train, wash-post_2016-04-23_one-policy-that-trump-seems-t (a preceding
    # attribution names Ryan, so "He" resolves to him)
    text = (
        "Paul D. Ryan said on Tuesday that the Fed was wrong. He's said he gets his ideas about "
        'monetary policy from a pro-gold speech in Ayn Rand\'s "Atlas Shrugged."'
    )
    cues = _cues(text)
    assert ("He", "Paul D. Ryan", "said") in cues


def test_contracted_auxiliary_plural_pronoun():
    # PolNeAR train, politico_2016-05-31_cruz-looks-to-ease-bad-blood-w
    text = (
        "Cruz, who notched nearly 12 percent in that state’s primary, could help turn out the "
        "GOP base for Sen. Kelly Ayotte, they’ve suggested."
    )
    assert [c[0] for c in _cues(text) if c[2] == "suggested"] == ["they"]


@pytest.mark.parametrize(
    "text,verb",
    [
        # PolNeAR train, breitbart_2016-03-15_the-latest-kasich-scores-all-: the outer *said*
        # is the attribution; "he'd asked" is inside its content
        ("Trump at the time said he’d asked his “people” to “look into” paying the fees.", "asked"),
        # AllSides, ProPublica: 's is *is*, a passive
        ("He’s described as suspended by the Diocese of Corpus Christi.", "described"),
    ],
)
def test_contracted_auxiliary_not_a_subject(text, verb):
    assert clitic_subject(text, 0, text.index(verb), load_verbs(None).regex) is None


def test_it_is_not_a_clitic_subject():
    # PolNeAR train sentence shape "it's currently written" (a passive *it is*)
    t = "the amendment as it's currently written"
    assert clitic_subject(t, 0, t.index("written")) is None


# Class "perfect of *wrote*": *had written* / *has written* were missing from the paradigms.
def test_had_written_attributes_the_quotation():
    # PolNeAR train, nyt_2016-01-18_a-one-person-job-now-divided-amo
    text = (
        "As the Hollywood columnist Louella Parsons had written just a few years earlier, ''We "
        "just couldn't have a motion picture industry without E. J. Mannix.''"
    )
    assert _direct(text) == [("the Hollywood columnist Louella Parsons", "had written")]


def test_has_written_off_and_a_written_statement_are_no_cues():
    # PolNeAR train, politico (RNC delegates) and wash-post (Trump University) sentences
    assert not [
        c
        for c in _cues("Like Trump, the Republican National Committee has written off efforts.")
        if "written" in c[2]
    ]
    text = (
        "However, Jill A. Martin, vice president and assistant general counsel for the Trump "
        'Organization, said in a written statement in March that the allegations had "no '
        'substance." She added that "Trump University was a professionally run company."'
    )
    assert _direct(text)[0] == ("Jill A. Martin", "said")


# Class "trailing intensive or time phrase": "Trump himself just last week said" kept the
# reflexive and the period in the speaker phrase.
TRAILERS = [
    (  # PolNeAR train, politico_2016-01-27_the-steep-cost-of-cruz-s-count
        "Cruz himself said Tuesday that “the only way to win the state of Iowa is to go and ask, "
        "one on one, for the support of the grassroots.”",
        "Cruz",
    ),
    (  # PolNeAR train, politico_2016-02-10_top-clinton-adviser-sent-top-s
        "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton "
        'was not the originator of any "top secret" email chains.',
        "Senate Intelligence Ranking Democrat Dianne Feinstein",
    ),
    (  # AllSides, The Hill
        "A Marist poll earlier this month indicated that 53 percent of Americans believe Trump "
        "has done something either illegal or unethical in his dealings with Putin.",
        "A Marist poll",
    ),
]


@pytest.mark.parametrize("text,speaker", TRAILERS)
def test_trailing_reflexive_and_period_cut(text, speaker):
    assert _cues(text)[0][0] == speaker


def test_before_time_keeps_a_participle_subject():
    # "a poll released last week found": the period belongs to the participle, not a speaker
    t = "A poll released last week found"
    assert before_time(t, 0, t.index(" found")) == t.index(" found")


# Class "paragraph-initial name before a colon": the check that the name opens its sentence
# looked only inside the paragraph, so it failed for every paragraph but the first when the
# name's line had a parenthesis or a glued quotation mark.
def test_colon_name_in_a_later_paragraph():
    # PolNeAR train, wash-post_2015-11-16_clinton-s-claim-that-percent-of-
    text = (
        "Clinton's claim that 90 percent of her e-mails were 'in the system' is her camp's "
        'calculation.\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever '
        'cite that figure. Who told you that?"\n\nFormer secretary of state Hillary Rodham '
        'Clinton:"We learned that from the State Department and their analysis of the e-mails '
        'that were already on the system."'
    )
    assert _direct(text)[-2:] == [
        ("Rep. Trey Gowdy", ":"),
        ("Former secretary of state Hillary Rodham Clinton", ":"),
    ]


# Class "name, medium, date: quotation": fact checks and prediction round-ups list statements
# with the medium and the date between the name and the colon (AllSides, Politico 2015-16).
DATED = [
    (
        "Trump made that comment in a video posted to his YouTube channel in February 2011:\n\n"
        'Trump, Feb. 28, 2011: "I can’t believe what our country is doing. Gadhafi in Libya is '
        'killing thousands of people."',
        [("Trump", ":")],
    ),
    (
        "Elizabeth Warren will run for president.\n\nDavid Frum, the Atlantic, January 13, "
        "2015: “Elizabeth Warren can run for president. She should run for president.”",
        [("David Frum", ":")],
    ),
    (
        'Joe Biden will run for president.\n\nBill Kristol, Twitter, Oct. 20, 2015: "Biden '
        "confirms to Obama at lunch today he's running.\"",
        [("Bill Kristol", ":")],
    ),
    (
        "Trump said the troops should be withdrawn quickly from Iraq.\n\nTrump, March 16, "
        '2007, on CNN: "You know how they get out? They get out. That’s how they get out."',
        [("Trump", ":")],
    ),
]


@pytest.mark.parametrize("text,expected", DATED)
def test_name_medium_date_colon_lead(text, expected):
    assert _direct(text)[-1:] == expected


def test_a_place_before_a_comma_is_no_dated_lead():
    # the rule's guard: a sentence opening with a place is no list entry
    text = 'He won.\n\nIn Iowa, voters said: "We want change now, and we want it fast."'
    assert _direct(text) == [("voters", "said")]


# Class "inverted verb opening the sentence, the speaker with a post-modifier": "Added a
# Nevada Democrat who selected Rubio, '…'" (AllSides, Politico insider surveys 2015-16); the
# speaker had to be closed by the comma right after its head.
def test_opening_inversion_with_relative_clause():
    text = (
        "“Jeb was probably good enough to stop some of his bleeding.”\n\nAdded a Nevada "
        "Democrat who selected Rubio, “Rubio, Trump, Bush, Paul and Cruz all seem to have had "
        "good nights.”"
    )
    assert _direct(text)[-1] == ("a Nevada Democrat", "Added")


# Class "participle introducing a quotation after a clause with no reporting verb, its
# subject a determiner's noun phrase": the name rules found no subject, so the quotation had no
# speaker.
PARTICIPLE_SUBJECTS = [
    (  # AllSides, Politico
        "The president didn’t hide his irritation at Warren’s comments, stating, “the notion "
        "that I had this massive fight with Wall Street to make sure we don’t have what happened "
        "in 2007 and 2008, and then I sign a provision to unravel it? I’d have to be pretty "
        "stupid.”",
        ("The president", "stating"),
    ),
    (  # AllSides, Breitbart News
        "The court judged the program’s premise as ineffectual, stating, “the records demanded "
        "are all‐encompassing; the government does not even suggest that all of the records "
        "sought, or even necessarily any of them, are relevant.”",
        ("The court", "stating"),
    ),
    (  # PolNeAR train, nyt_2016-07-29_obama-lays-out-stakes-for-a-divi
        "The president left no doubt of his commitment to helping Mrs. Clinton succeed him, "
        "saying that ''there has never been a man or a woman - not me, not Bill, nobody - more "
        "qualified than Hillary Clinton'' to serve as president.",
        ("The president", "saying"),
    ),
    (  # AllSides, Politico: the clause after the semicolon, not the sentence's first subject
        "The campaign followed up on the Facebook chat Tuesday, releasing a slick video: Sens. "
        "Marco Rubio, Rand Paul and Ted Cruz voted against paid sick leave; Gov. Scott Walker "
        "repealed an equal pay law in his state; and Jeb Bush made a comment offensive to poor "
        "women back in 1994, saying, “women on welfare should get their life together and find "
        "a husband.”",
        ("Jeb Bush", "saying"),
    ),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_SUBJECTS)
def test_participle_quotation_takes_the_clause_subject(text, expected):
    assert _direct(text)[-1] == expected


def test_absolute_phrase_is_no_participle_subject():
    # AllSides, Politico: "Her voice breaking at times" opens the sentence; it speaks nothing
    text = (
        "Her voice breaking at times, Obama went on to say, “I listen to all of this and I feel "
        "it so personally, and I'm sure that many of you do, too, particularly the women,” "
        "adding, “The shameful comments about our bodies, the disrespect of our intelligence.”"
    )
    assert all(not (s or "").startswith("Her voice") for s, _ in _direct(text))


# Class "verbless credit after a quotation that opens its paragraph" (Politico Playbook, USA
# Today, round-ups): "“…” Rep. Joe Crowley (D-N.Y.), the vice chairman of the Democratic
# caucus."; the quotation had no speaker.
CREDITS = [
    (  # AllSides, Politico
        "The House was able to avoid a government shutdown last Friday.\n\n“After bringing our "
        "Homeland Security to the brink, I’m glad Republicans realized what a dangerous game "
        "they were playing with the safety of the American people,” Rep. Joe Crowley (D-N.Y.), "
        "the vice chairman of the Democratic caucus. “Picking a fight with President Obama and "
        "Democrats was a mistake.”",
        "Rep. Joe Crowley (D-N.Y.)",
    ),
    (  # AllSides, USA Today
        "But some critics compare the new movement unfavorably to King's.\n\n“[T]he generation "
        "before us ... They're looking for the next Martin Luther King.” Phillip Agnew, "
        "activist\n\nLast month, referring to the Ferguson and New York protests, he spoke.",
        "Phillip Agnew",
    ),
    (  # AllSides, NBC News round-up
        "Trump sees political advantage in ‘culture war’ debates\n\n“There is no word in the "
        "world more recognizable right now than coronavirus.” — Kurt Bardella, NBC News",
        "Kurt Bardella",
    ),
]


@pytest.mark.parametrize("text,speaker", CREDITS)
def test_verbless_credit_after_quotation(text, speaker):
    assert [s for s, _ in _direct(text)][0] == speaker


def test_credit_is_not_a_name_before_its_verb():
    # AllSides, Politico: the inverted name has its verb; the verb stays the cue
    text = (
        "It was a fight about foreign governments.\n\n“I’m #ReadyForHillary to return all the "
        "money from foreign governments.” Texas Sen. Ted Cruz tweeted with a link to a story."
    )
    assert _direct(text) == [("Texas Sen. Ted Cruz", "tweeted")]


# More colon lead-ins and openings from AllSides 2015-16 articles of the PolNeAR publishers.
LEADS = [
    (  # AllSides, Politico: a sentence adverb opens the sentence before the subject
        "Bush then stumbled.\n\nFinally, after four days and four different explanations, Bush "
        "broke down: “If we’re all supposed to answer hypothetical questions, knowing what we "
        "know now, I would not have gone into Iraq.”",
        ("Bush", "down"),
    ),
    (  # AllSides, Politico: party and state after an inverted speaker
        "Others liked the idea.\n\nAdded Sen. Ron Johnson (R-Wis.): “I think that’s not a bad "
        "idea.”",
        ("Sen. Ron Johnson", "Added"),
    ),
    (  # AllSides, Politico: a relative clause after the party and state
        "Some conservatives had concerns. Added Rep. Mo Brooks (R-Ala.), who is otherwise "
        "undecided on fast-track: “If there is any chance whatsoever of the Obama "
        "administration using this to change immigration law, I will vote no.”",
        ("Rep. Mo Brooks", "Added"),
    ),
    (  # AllSides, Breitbart News: a name and a year
        "Clinton has supported the caucus.\n\nClinton in 2005: “I am delighted to be the Senator "
        "from Punjab as well as New York.”",
        ("Clinton", ":"),
    ),
    (  # AllSides, USA Today (FactCheck.org): a bulleted name
        "Here are some of the repeat claims we heard:\n\n• Bush: “We led the nation in job "
        "growth seven out of eight years” when he was governor of Florida.",
        ("Bush", ":"),
    ),
]


@pytest.mark.parametrize("text,expected", LEADS)
def test_more_colon_leads_and_openings(text, expected):
    assert _direct(text)[-1] == expected


def test_names_ending_in_ly_keep_their_comma():
    # the sentence-adverb rule leaves names alone ("Kelly, a spokeswoman, said")
    text = 'Kelly, a spokeswoman for the campaign, said: "We are done here and moving on."'
    assert _direct(text) == [("Kelly", "said")]


def test_link_labels_are_no_speakers():
    # AllSides, USA Today link list
    text = "• QUIZ: Test your memory of general election debates\n\n• INTERACTIVE: Decide it"
    assert not [c for c in _cues(text) if c[2] == ":"]


# Class "pronoun subject of the first of two coordinated verbs": "he laughed and said" took the
# subject of the sentence's opening clause.
def test_pronoun_of_coordinated_verbs():
    # PolNeAR train, west-journal_2016-07-27_clinton-campaign
    text = (
        "When Robby Mook, Clinton’s campaign manager was asked during a luncheon held by The "
        "Wall Street Journal if Clinton would schedule a press conference prior to Election "
        "Day, he laughed and said, “We’ll see.”"
    )
    assert _direct(text) == [("he", "said")]


def test_pronoun_in_a_subordinate_clause_is_not_the_subject():
    # PolNeAR train, politico (McConnell): "after he clinched … and said" is McConnell's verb
    text = (
        "McConnell was quick to embrace the mogul after he clinched the nomination and said "
        "this week that Trump is looking like he’ll be “very competitive.”"
    )
    assert [c[0] for c in _cues(text) if c[2] == "said"] == ["McConnell"]


# Class "*put it* with an adverbial before the quotation": "As X put it in his memo …, '…'"
PUT_IT = [
    (  # PolNeAR train, nyt (LinkedIn)
        "As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees "
        "explaining the deal, ''Imagine a world where we're no longer looking up at tech titans "
        "such as Apple, Google and Amazon.''",
        ("Jeff Weiner", "put it"),
    ),
    (  # AllSides, USA Today
        "African Americans viewed it differently. As Boston NAACP leader Tom Atkins put it in "
        "March 1975, “An anti-busing amendment is an anti-desegregation amendment.”",
        ("Boston NAACP leader Tom Atkins", "put it"),
    ),
    (  # AllSides, USA Today: an abbreviation inside the adverbial
        "As the rapper Tef Poe put it at a St. Louis rally: \"This ain't your grandparents' "
        'civil rights movement."',
        ("the rapper Tef Poe", "put it"),
    ),
]


@pytest.mark.parametrize("text,expected", PUT_IT)
def test_put_it_with_adverbial(text, expected):
    assert _direct(text) == [expected]


# Class "inverted verb of thought": "Agreed a New Hampshire Republican, '…'" and "'…,' agreed
# Hultquist" are speech (only speech is reported with the verb first), so the quotation takes
# them; a thought verb after its subject still does not ("'Talking Points' believes …").
AGREED = [
    (  # AllSides, Politico insider survey
        "“O'Malley showed he deserved to be in that stage,” a New Hampshire Democrat said.\n\n"
        "Agreed a New Hampshire Republican, “How could Bernie say climate change was a bigger "
        "threat than ISIS?”",
        ("a New Hampshire Republican", "Agreed"),
    ),
    (  # AllSides, Politico
        "”I think this is a stepping stone to further intrusions,” agreed Hultquist.",
        ("Hultquist", "agreed"),
    ),
]


@pytest.mark.parametrize("text,expected", AGREED)
def test_inverted_thought_verb_is_speech(text, expected):
    assert _direct(text)[-1] == expected


def test_thought_verb_after_a_quoted_subject_leads_nothing():
    # AllSides, Fox News
    text = "It collapsed.\n\n“Talking Points” believes the same thing is happening in America."
    assert all(s is None for s, _ in _direct(text))


def test_section_label_before_a_colon_is_no_speaker():
    # GGT (AP market report): the label opens a later paragraph; the speaker follows the quote
    text = (
        "US-CHINA TRADE: Trade talks opened Wednesday between the U.S. and China.\n\n"
        "ANALYST'S VIEWPOINT: \"Today what is most important is that we get day two of the "
        "two-day U.S.-China trade talks. Let's see who folds there.\" Michael Every, a senior "
        "strategist for the Asia-Pacific for Rabobank, said in a commentary."
    )
    assert _direct(text) == [("Michael Every", "said")]
