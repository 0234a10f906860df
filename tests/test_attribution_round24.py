"""Attribution round 24: constructions that lost or stretched their speaker.

Sentences quoted from the AllSides corpus (outlet and article id named; development batch of
round 24: 2,000 articles of the PolNeAR publishers outside round 23's draw, seed 2424); expected
values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


# Class "inverted speaker runs into the next sentence": the speaker phrase after an inverted
# verb ended only at punctuation, so a name and the next sentence's first words became one
# speaker ("Monmouth pollster Patrick Murray. Voters"), and a quotation after the next sentence's
# pronoun lost the speaker of the one before it.
INVERTED_SENTENCE_END = [
    (  # AllSides, USA TODAY, MVKOVFezrLZ55bir
        "“That’s usually what really happens,” said Monmouth pollster Patrick Murray. Voters, "
        "Murray said, don’t make the same calculus that strategists do when considering possible "
        "running mates.",
        [("Monmouth pollster Patrick Murray", "said")],
    ),
    (  # AllSides, USA TODAY, rfpqrOtoEMezEyCP
        'Yet two houses away, "we didn\'t even lose any glasses," said Jorge Garcia. He lives in '
        "a newer home built under stricter building codes.",
        [("Jorge Garcia", "said")],
    ),
    (  # AllSides, USA TODAY, d9Y6Lx3OO9mRFYxl
        "“During Obama's eight years in office, the Democrats have lost more House, Senate, state "
        "legislative and governors seats than under any other president,” writes NPR’s Mara "
        'Liasson. She adds, "Democrats currently hold fewer seats."',
        [("NPR’s Mara Liasson", "writes"), ("NPR’s Mara Liasson", "adds")],
    ),
]


@pytest.mark.parametrize("text, expected", INVERTED_SENTENCE_END)
def test_inverted_speaker_ends_with_its_sentence(text, expected):
    assert _direct(text) == expected


def test_inverted_speaker_keeps_a_title_full_stop():
    # a title's full stop is no sentence end: the speaker keeps the name after it
    text = '"We will win," said Sen. John Smith. He added that the party would hold.'
    assert _cues(text)[0] == ("Sen. John Smith", "said")


# Class "the quotation's first words as the speaker": with no inverted speaker found, the
# fallbacks took the sentence's subject from inside the quotation ("There", "He", "My mantra").
# The verb stands outside the marks: the cue counts without a speaker.
SPEAKER_INSIDE_QUOTATION = [
    # AllSides, Politico, mf6mXi58Doa4PtFg
    "“There is more concern out there among Democrats than I would have thought,” said one in "
    "New Hampshire.",
    # AllSides, Politico, MXYThOdHpLiMrNcs
    "“My mantra is to be prepared and ready for anything,” said that campaign manager, Matt "
    "Burgess, who Franken hired in March.",
    # AllSides, Politico, eaPSFtyQSDwMFLJa
    "“It was the first time there was any discussion about it in that senior staff meeting,” "
    "which happened every Monday, said someone close to the campaign.",
]


@pytest.mark.parametrize("text", SPEAKER_INSIDE_QUOTATION)
def test_no_speaker_from_inside_the_quotation(text):
    quote = text[1 : text.index("”")]
    for speaker, verb in _cues(text):
        assert verb == "said"
        assert speaker is None or speaker not in quote


def test_apposition_with_a_capitalised_verb_form():
    # AllSides, New York Times - News, it3k8mZsomtqtRha: "States" is part of a name here
    text = (
        "“The Palestinians are waging a diplomatic and legal war against Israel. That’s the "
        "strategy,” Ron Dermer, the Israeli ambassador to the United States, said in a phone "
        "interview."
    )
    assert _direct(text) == [("Ron Dermer", "said")]


# Class "inverted indefinite with a place or relation": "said one in New Hampshire" found no
# speaker ("one" stood alone only before punctuation); "someone" was no indefinite.
INDEFINITE_WITH_PLACE = [
    (  # AllSides, Politico, mf6mXi58Doa4PtFg
        "“C’mon, there isn’t one voter in 100 who knows enough about these trade deals to explain "
        "them to someone else,” said one in New Hampshire.",
        [("one", "said")],
    ),
    (  # AllSides, New York Times - News, 7Z4RRgp523pKxvJT
        "“I’m sorry,” said another from Ms. Pelosi, apologizing for the drumbeat of emails before "
        "pressing for cash.",
        [("another", "said")],
    ),
    (  # AllSides, Politico, iIvhoSTy9r8p3d9I
        "“South Carolina is a good indicator on what to expect on Super Tuesday, especially among "
        "SEC states,” acknowledged someone close to the Cruz campaign, who also added that the "
        "expectation is that those states would be more conservative, with more deeply "
        "conservative evangelicals who should favor Cruz.",
        [("someone", "acknowledged")],
    ),
]


@pytest.mark.parametrize("text, expected", INDEFINITE_WITH_PLACE)
def test_inverted_indefinite_before_a_preposition(text, expected):
    assert _direct(text) == expected


def test_indefinite_of_stays_a_determiner():
    # constructed counter-example: "one of the aides" is a phrase, not "one" alone
    text = "“We will go only as far left as we have to,” said one of the senator's aides."
    assert _direct(text) == [("one of the senator's aides", "said")]


# Class "quoted title in the speaker's apposition": the title's closing mark stood between the
# apposition's comma and the verb, so the speaker was lost (or taken from the next words), and
# the title counted as a direct quotation of the verb.
TITLE_IN_APPOSITION = [
    (  # AllSides, New York Times - News, tn9KhYNRWsOALNKy
        "David Thomson, an analyst and author of the book “The French Jihadists,” said by email "
        "that he had confirmed with sources inside the Islamic State that Abu Sayyaf was a "
        "Tunisian emir who had traveled to Iraq as far back as 2003.",
        "David Thomson",
        "The French Jihadists,",
    ),
    (  # AllSides, Politico, GlGwLut1fquzkiHL
        "House Minority Leader Nancy Pelosi, appearing on MSNBC’s “Morning Joe,” said the "
        "president’s behavior with Comey was “certainly inappropriate” and “an abuse of power” "
        "but she stopped short of discussing impeachment.",
        "House Minority Leader Nancy Pelosi",
        "Morning Joe,",
    ),
]


@pytest.mark.parametrize("text, speaker, title", TITLE_IN_APPOSITION)
def test_quoted_title_in_the_apposition(text, speaker, title):
    quotes = find_quotes(text)
    assert all(q.speaker == speaker for q in quotes)
    kinds = {text[q.start : q.end]: q.kind for q in quotes}
    assert kinds[title] == "scare"
    assert (speaker, "said") in _cues(text)


def test_quoted_title_in_the_apposition_before_a_colon_quotation():
    # PolNeAR train, politico_2015-12-09_the-presidential-candidates-favo (gold source: the
    # name with its apposition; cue: listed): the speaker was "an NBC show"
    text = (
        "Donald Trump, the Republican front-runner and former host of the reality show “The "
        "Apprentice,” listed an NBC show as his guilty pleasure: “Saturday Night Live” — and "
        "more specifically his most recent appearance."
    )
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Donald Trump", "Donald Trump"]


# Class "inverted speaker after a party tag or before a relative clause": after words that
# follow the quotation, the inversion counted only when punctuation closed the speaker; "who's"
# was read as part of the phrase.
INVERTED_WITH_TAIL = [
    (  # AllSides, Politico, 4tN2WUL4i3gzaxMT
        "“I understand the frustration” by Trump, said Rep. Tom Cole (R-Okla.), who backed the "
        "president’s efforts to “shake things up” at DHS.",
        ("Rep. Tom Cole", "said"),
    ),
    (  # AllSides, Politico, 7QTOnwcgmRV3Qegr
        "“My sense is that Tillerson wants to go big,” said a State Department official who's "
        "familiar with the discussions.",
        ("a State Department official", "said"),
    ),
]


@pytest.mark.parametrize("text, expected", INVERTED_WITH_TAIL)
def test_inverted_speaker_with_a_tag_or_relative_clause(text, expected):
    assert _direct(text)[0] == expected


# Class "a hyphenated adjective in -ed as a reporting verb": "a self-described “…”" gave the
# quotation after it the speaker "a self-" (PolNeAR annotates the cue, with the described person
# as the source: the cue stays, without a speaker, and leads no quotation).
SELF_DESCRIBED = [
    (  # AllSides, Politico, nXbTfvwqOTA5m4mx
        "“It’s a chicken and egg thing,” said Matt Kibbe, a self-described “recovering "
        "Republican” who headed a super PAC for Rand Paul earlier this cycle but attended and "
        "spoke at the weekend’s Libertarian convention. “I think a lot of significant donors "
        "would consider the Libertarian ticket if it demonstrated competitiveness.”",
        "Matt Kibbe",
    ),
    (  # AllSides, Politico, TmqvqVsXC6xhacH5
        "“… I think moved the balance of coverage into a situation where it was actually skewed "
        "in a conservative direction,” says David Brock, the former self-described “right-wing "
        "hit man” who later became a top Democratic operative and founded Media Matters in "
        "2004.",
        "David Brock",
    ),
]


@pytest.mark.parametrize("text, speaker", SELF_DESCRIBED)
def test_self_described_leads_no_quotation(text, speaker):
    assert {q.speaker for q in find_quotes(text)} == {speaker}
    described = [a for a in find_attributions(text) if a.verb == "described"]
    assert [a.speaker for a in described] == [None]


def test_opening_time_phrase_before_coordinated_verbs():
    # AllSides, Politico, qeSh7Acw4FiMoilQ: "The following month," opens the sentence; the subject
    # of "forwarded … and added:" is Schwerin
    text = (
        "The following month, Schwerin forwarded a news report on “Clinton’s Mend-It-Don’t-End-It” "
        "ethanol strategy and added: “I’d say we successfully ‘threaded the needle’ yet again!”"
    )
    assert _direct(text) == [("Schwerin", "added")]


def test_a_time_noun_after_a_clause_opens_nothing():
    # PolNeAR train, west-journal_2016-01-20 (Beck and Palin): "the next day" ends a clause
    text = "He apologized the next day, saying it was “childish” to name-call."
    assert [(a.speaker, a.verb) for a in find_attributions(text)] == [("He", "saying")]


# Class "an apposition with a comma of its own": "Name, a self-identified, lifelong libertarian,
# tells" and "Name, vice president, the university’s dean of admissions, said" lost the name (the
# fallbacks then read the quotation's first word as the speaker).
APPOSITION_WITH_COMMA = [
    (  # AllSides, Politico, Yq1KJ9IQiYmT5yAx
        "“Mick knows the numbers. And he’s going to get to, at some point, a soul-testing "
        "moment,” Mark Sanford, his fellow South Carolina representative and a self-identified, "
        "lifelong libertarian, tells me.",
        [("Mark Sanford", "tells")],
    ),
    (  # AllSides, USA TODAY, 02HZDNvRjrn6Tic4
        "“Today, many under-resourced and underrepresented students, families and school "
        "advisers perceive top-ranked colleges as inaccessible if students do not have the means "
        "to help them stand out in the application process,” James Nondorf, vice president, the "
        "university’s dean of admissions, said in a statement.",
        [("James Nondorf", "said")],
    ),
]


@pytest.mark.parametrize("text, expected", APPOSITION_WITH_COMMA)
def test_apposition_with_a_comma_of_its_own(text, expected):
    assert _direct(text) == expected


def test_a_clause_between_commas_is_no_apposition():
    # AllSides, HuffPost, AEMYyATAZjxBSEbg: the speaker of "asked" is the doctor, not "Boston"
    text = (
        "Janice O’Keefe, a former nurse in Boston, tells me a doctor once looked at her, paused, "
        "then asked, “How could you do this to yourself?”"
    )
    assert "Boston" not in [a.speaker for a in find_attributions(text)]


# Class "a determiner's subject with a name in apposition": "A spokeswoman for the campaign,
# Andrea Saul, summarized …: '…'" found no subject (the common-noun subject had to be followed by
# its verb).
NAMED_APPOSITION_SUBJECT = [
    (  # AllSides, New York Times - News, 3KlKBmcLgB1ivNA6
        "A spokeswoman for the campaign, Andrea Saul, summarized his position in an e-mail: "
        "“Governor Romney believes that every legal vote should count.”",
        "A spokeswoman for the campaign",
    ),
    (  # AllSides, USA TODAY, 85ejB0V5s8v5V1MS
        'Another protester, Amy Picone, went further, saying she is "100% scared for another '
        'world war."',
        "Another protester",
    ),
]


@pytest.mark.parametrize("text, speaker", NAMED_APPOSITION_SUBJECT)
def test_determiner_subject_with_a_name_in_apposition(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


# Class "a plural after 'of' taken for the head": "a plural subject never takes a verb in -s"
# read the last word, so "chief of staff says" (staff) and "an average of recent polls shows"
# (polls) were no attributions.
OF_PHRASE_HEAD = [
    (  # AllSides, Politico, D86AnTpCF00JVBEp
        "“Sanders delivered a meandering manifesto about Democratic messaging on the economy,” "
        "says a former Senate chief of staff.",
        ("a former Senate chief of staff", "says"),
    ),
    (  # PolNeAR train, wash-post_2016-09-04_clinton-s-standing-among-latinos (gold cue: shows)
        "This year, an average of recent Post-ABC polls shows Hillary Clinton leading Trump by 70 "
        "percent to 25 percent among Hispanic voters - similar to Obama's margin over Romney.",
        ("an average of recent Post-ABC polls", "shows"),
    ),
]


@pytest.mark.parametrize("text, expected", OF_PHRASE_HEAD)
def test_the_head_before_of_decides_the_number(text, expected):
    assert expected in _cues(text)


# Class "four lowercase words after a determiner": the speaker walk stopped after three
# lowercase words, so "the former vice president’s spokeswoman told" had no speaker (PolNeAR
# gold source) and "one top executive at a large Wall Street bank said" lost "one top".
FOUR_LOWERCASE = [
    (  # PolNeAR train, politico_2016-07-24_al-gore-to… (gold source: the whole phrase)
        "Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO "
        "that Gore plans to skip the festivities in Philadelphia where his former boss’s wife will "
        "accept the Democratic presidential nomination.",
        ("the former vice president’s spokeswoman", "told"),
    ),
    (  # AllSides, Politico, e28PJGTH90BDjUH6
        "“I think this is going to be disastrous for the city,” one top executive at a large Wall "
        "Street bank said on the eve of de Blasio’s election.",
        ("one top executive at a large Wall Street bank", "said"),
    ),
]


@pytest.mark.parametrize("text, expected", FOUR_LOWERCASE)
def test_four_lowercase_words_after_a_determiner(text, expected):
    assert expected in _cues(text)
