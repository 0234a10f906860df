"""Attribution round 21: constructions that lost their speaker in AllSides output.

Sentences quoted from the AllSides corpus (outlet named) and PolNeAR train articles (file
named); expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.resolved, a.verb) for a in find_attributions(text)]


# Class "surname May": the modal *may* is a stop word of speaker phrases, so "May told
# reporters" and "Theresa May told" gave the quotation no speaker.
MAY_QUOTES = [
    (  # AllSides, USA TODAY
        "They drew a swift rebuke from Prime Minister Theresa May.\n\n"
        "\"I never think it's helpful for anybody to speculate on what is an ongoing "
        'investigation," May told reporters in London.',
        [("May", "told")],
    ),
    (  # AllSides, USA TODAY (shortened)
        "“I see no equivalence between those who propose fascist views and those who oppose "
        "them,” May told reporters.",
        [("May", "told")],
    ),
]


@pytest.mark.parametrize("text,expected", MAY_QUOTES)
def test_surname_may_speaks(text, expected):
    assert _direct(text) == expected


def test_full_name_with_may_is_the_speaker():
    # AllSides, USA TODAY: "British Prime Minister Theresa May called on China …"
    text = "British Prime Minister Theresa May called on China to put more pressure on North Korea."
    assert (
        "British Prime Minister Theresa May",
        "British Prime Minister Theresa May",
        "called on",
    ) in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        'In May, Trump said "it is bad."',  # the month, after a preposition and a comma
        '"It will pass," he said. Lawmakers may said nothing.',  # lower-case modal
    ],
)
def test_month_and_modal_are_no_speakers(text):
    assert all(s != "May" and s != "may" for s, _ in _direct(text))


# Class "participle after a finite clause with no comma": "<subject> issued a statement
# saying …" took the whole clause as the speaker ("The White House issued a statement").
CLAUSE_QUOTES = [
    (  # AllSides, Politico
        "Trump fired Comey on May 9. The White House issued a statement saying, “President "
        "Trump acted based on the clear recommendations of both the Deputy Attorney General "
        "and the Attorney General.”",
        [("The White House", "saying")],
    ),
    (  # AllSides, USA TODAY
        "Rubio addressed Cruz during the most recent debate saying, “You used to support "
        "legalizing people that were here illegally.”",
        [("Rubio", "saying")],
    ),
    (  # PolNeAR train, wash-post_2016-03-22_presidential-candidates-promise- (gold source
        # "a sign"): the sign says it, not the person holding it
        "Lori Bernstein held up a sign saying \"Jews Against Trump - Because We've Seen This "
        'Before."',
        [("a sign", "saying")],
    ),
    (  # AllSides, USA TODAY
        'Marchers carried signs saying, "No to terrorism," and "Tunisia is bloodied but '
        'still standing."',
        [("signs", "saying"), ("signs", "saying")],
    ),
]


@pytest.mark.parametrize("text,expected", CLAUSE_QUOTES)
def test_participle_takes_the_clause_subject(text, expected):
    assert _direct(text) == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        # AllSides, Politico: a plural noun before an auxiliary is the subject's head
        (
            "White House officials are hoping to have a vote Friday or Saturday.",
            "White House officials",
        ),
        # AllSides: a progressive after a negated auxiliary
        (
            "And the Wisconsin Republican isn’t talking about moving legislation in Congress.",
            "the Wisconsin Republican",
        ),
    ],
)
def test_participle_subject_keeps_the_noun_phrase(text, speaker):
    assert [c[0] for c in _cues(text)] == [speaker]


def test_statement_saying_source_is_the_subject():
    # PolNeAR train, huff-post_2016-07-26_obama-administration-to-expand-p
    text = (
        "His office put out a statement saying the U.S. “does not have the capacity to "
        "properly vet every incoming refugee, and terrorist organizations can take advantage "
        "of the major shortfalls in the refugee process.”"
    )
    assert [c[0] for c in _cues(text)] == ["His office"]


# Class "he/she resolved to a group": a plural group named by a capitalised common noun
# ("Democrats said", "Republicans said", "Aides said") became the last named speaker, so the
# next *he* or *she* resolved to it.
CLINTON_2008 = (  # AllSides, Politico (2016)
    "Sanders' campaign has said the path ahead now depends on flipping superdelegates to his "
    "side come summer — a similar strategy to Clinton’s last ditch efforts in 2008. Back then, "
    "Bill Clinton was phoning superdelegates, reportedly trying to convince them that the "
    "country wasn’t ready to elect an African-American President. Hillary Clinton refused to "
    "make such calls, out of what allies say was a mixture of fear of rejection and sense of "
    "entitlement. This time, Sanders' campaign is pointing to national polls where he still "
    "beats Clinton.\n\n"
    "But just like eight years ago, Democrats said it is hard to see a scenario where "
    "superdelegates would go against the candidate leading in pledged delegates as well as the "
    "popular vote.\n\n"
    "Mused one Clinton ally: “Is Sanders secretly banking on an FBI report?”\n\n"
    "Like Clinton in 2008, Sanders also appears to be making a last-ditch racial argument "
    "tucked into a demographic one. It was after Clinton won Indiana on May 6 that she told "
    "USA Today, “Senator Obama’s support among working, hard-working Americans, white "
    "Americans, is weakening.”\n"
)


def test_she_does_not_resolve_to_a_group():
    she = [(a.speaker, a.resolved) for a in find_attributions(CLINTON_2008) if a.verb == "told"]
    assert she == [("she", "Hillary Clinton")]


def test_they_still_resolves_to_a_group():
    # AllSides, USA TODAY (shortened): "they" keeps the last speaker of any kind
    text = (
        "Congressional Republicans said they will negotiate with Democrats on the status of "
        "young migrants in the new year. They said the issue should not get tied up with a new "
        "spending plan."
    )
    assert ("They", "Congressional Republicans") in [
        (a.speaker, a.resolved) for a in find_attributions(text)
    ]


# Class "described speaker before an apposition": "another protester, dressed as the devil,
# yelled" kept no speaker (an apposition was kept only next to a name).
APPOSITION_QUOTES = [
    (  # AllSides, Politico
        "Around the corner, another protester, dressed as the devil, yelled, “I’m the devil! I "
        "support Donald Trump!”",
        [("another protester", "yelled")],
    ),
    (  # AllSides, Reuters
        "“He’s worried about his reputation being trashed, which is much more valuable to him "
        "than anything else,” the former administration official, speaking on condition of "
        "anonymity, said of Cohn.",
        [("the former administration official", "said")],
    ),
]


@pytest.mark.parametrize("text,expected", APPOSITION_QUOTES)
def test_described_speaker_before_apposition(text, expected):
    assert _direct(text) == expected


def test_apposition_after_a_preposition_is_no_speaker():
    # GGT (Covington article): the place after "across" is no speaker; the relative clause's
    # antecedent speaks
    text = (
        "Sarah Buckley, who attended an all-girls Catholic school across the street, played in "
        "the band at athletic events and graduated in 2013, said Covington Catholic has “a "
        "culture of entitlement, of machismo, of masculinity.”"
    )
    assert "the street" not in [c[0] for c in _cues(text)]


def test_video_script_language_label_is_not_in_the_speaker():
    # AllSides, New York Times (a Reuters video script): "(English)" labels the soundbite
    text = (
        "(SOUNDBITE) (English) ARIZONA REPUBLICAN SENATOR JOHN MCCAIN SAYING: “To start with Dr. "
        "Carter, members of this committee met with (Jordanian) King Abdullah yesterday.”"
    )
    assert _direct(text) == [("ARIZONA REPUBLICAN SENATOR JOHN MCCAIN", "SAYING")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # AllSides, Fox News
            "“We believe in the American idea,” Ryan proclaims. “We stand for a more prosperous, a "
            "more secure and a more confident America.”",
            [("Ryan", "proclaims"), ("Ryan", "proclaims")],
        ),
    ],
)
def test_present_form_of_a_table_verb(text, expected):
    assert _direct(text) == expected


def test_bulleted_colon_lead_in_the_paragraph_above():
    # AllSides, New York Times (a round-up of partisan writing): the bullet before the name
    text = (
        "• David Remnick in The New Yorker:\n\n“During his first hundred days in office, Trump "
        "has not done away with populist rhetoric, but he has acted almost entirely as a "
        "plutocrat.”"
    )
    assert _direct(text) == [("David Remnick in The New Yorker", ":")]


# Class "dated lead inside a paragraph or with the kind of statement": fact checks (FactCheck.org
# in USA TODAY) list statements as "Name, medium, date: '…'" one after another in a paragraph,
# or "Name, July 8 statement: '…'"; only the paragraph-initial "Name, medium, date:" was read.
DATED_QUOTES = [
    (  # AllSides, USA TODAY
        'Cruz, NBC News, Aug. 28: "I and a number of others enthusiastically and emphatically '
        "supported hurricane relief for Sandy. Two-thirds of that bill had nothing to do with "
        'Sandy." Cruz, CNN, Aug. 28: "Now, there were a number of us who were concerned that '
        'that particular bill became a $50 billion bill filled with pork."',
        [("Cruz", ":"), ("Cruz", ":")],
    ),
    (  # AllSides, USA TODAY
        'Donald Trump Jr., July 8 statement: "It was a short introductory meeting. I asked Jared '
        'and Paul to stop by."',
        [("Donald Trump Jr.", ":")],
    ),
]


@pytest.mark.parametrize("text,expected", DATED_QUOTES)
def test_dated_lead(text, expected):
    assert _direct(text) == expected


def test_said_of_is_no_inverted_speaker():
    # AllSides, Politico: the phrase after "said of" is the topic, not an inverted speaker
    text = (
        "McCaskill, who had previously expressed unease about Obama’s administrative actions, "
        "said of the Collins plan: “I’m in favor of amending it. I’m in favor of trying to get "
        "comprehensive reform. I’m not saying I’m in favor of her legislation.”"
    )
    assert _direct(text) == [("McCaskill", "said")]


# Class "sentence-initial plural with a post-modifier": "Senators of both parties said" was cut
# to its post-modifier ("of both parties") because the phrase's head test saw the whole phrase.
@pytest.mark.parametrize(
    "text,speaker",
    [
        (  # AllSides, USA TODAY
            "Senators of both parties said they were impressed that Wray testified that he did "
            'not consider Mueller\'s investigation to be "a witch hunt," as Trump has described '
            "it.",
            "Senators of both parties",
        ),
        (  # AllSides, Politico
            "Operatives in both campaigns said the reaction on Sunday was surprisingly muted.",
            "Operatives in both campaigns",
        ),
    ],
)
def test_plural_subject_keeps_its_post_modifier(text, speaker):
    assert [c[0] for c in _cues(text)][:1] == [speaker]


# Class "example apposition": "Other officials, including Vice President Pence, said" took the
# example ("including Vice President Pence") as the speaker.
@pytest.mark.parametrize(
    "text,speaker",
    [
        (  # AllSides, USA TODAY
            "Other officials, including Vice President Pence, said they were assured that "
            "Flynn’s pre-inaugural conversations did not include the subject of sanctions "
            "against Russia.",
            "Other officials",
        ),
        (  # AllSides, New York Times
            "Some Republicans, like Mr. Ryan, have preferred to keep the focus firmly on the "
            "good stuff.",
            "Some Republicans",
        ),
    ],
)
def test_example_apposition_is_not_the_speaker(text, speaker):
    assert [c[0] for c in _cues(text)][:1] == [speaker]


def test_example_after_a_quotation_keeps_the_inverted_speaker():
    # PolNeAR train, nyt_2015-11-09_jobs-report-gives-democrats-a-li (a closing quote between
    # the phrase and "like": the speaker is inverted after "said")
    text = (
        "''The most impressive aspect has been a newfound resilience by consumers to a host of "
        "negative developments,'' like the recent volatility of financial markets, said "
        "Richard Curtin, the chief economist for the Michigan Survey of Consumers."
    )
    assert "a host of negative developments" not in [c[0] for c in _cues(text)]
