"""Issue 18, round 13 (PolNeAR train error classes): sentences written for these tests."""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _speakers(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


#: Class "indefinite speaker": *one* / *another* standing alone as the speaker (train: the
#: quotation had no speaker, or a word inside the quotation was taken for it)
INDEFINITE = [
    (
        '"Yet another state we would have won," a supporter wrote.\n\n'
        '"Better watch out for Grimes," tweeted another.',
        [("a supporter", "wrote"), ("another", "tweeted")],
    ),
    (
        'Waters tweeted, "Trump did the same last week."\n\n'
        'Another tweeted, "Clinton thinks she is above the rules."',
        [("Waters", "tweeted"), ("Another", "tweeted")],
    ),
    ('"It is ambush journalism," said one.', [("one", "said")]),
    (
        'She met three lawyers; one suggested, "Marry an American and the problem is solved."',
        [("one", "suggested")],
    ),
]


@pytest.mark.parametrize("text,expected", INDEFINITE)
def test_indefinite_speaker(text, expected):
    assert _speakers(text) == expected


#: ... but not as a determiner or inside a clause
NOT_INDEFINITE = [
    # the determiner of a longer phrase: the phrase is the speaker
    ('"It is ambush journalism," said another protester.', [("another protester", "said")]),
    # before, the speaker "It's" was taken from inside the quotation
]


@pytest.mark.parametrize("text,expected", NOT_INDEFINITE)
def test_indefinite_determiner(text, expected):
    assert _speakers(text) == expected


def test_inverted_indefinite_is_not_a_word_of_the_quotation():
    text = '"It\'s ambush journalism," said one.'
    (q,) = find_quotes(text)
    assert q.speaker_start >= text.index("said")


@pytest.mark.parametrize(
    "text",
    [
        # a naming participle after "another" (as after "a"): not speech
        "Trump hired a firm owned by a donor, and another called i360, owned by the Koch network.",
        # inside a clause, not opening it: "one" names a thing
        "He backed a ban on cloning, including one called therapeutic cloning.",
    ],
)
def test_named_thing_is_no_attribution(text):
    assert not [c for c in _cues(text) if c[1] == "called"]


#: Class "weekday as the speaker": a time adverbial between the speaker and the verb ("X on
#: Tuesday said"; train: 40 attributions whose speaker was a bare weekday)
TIME_ADVERBIAL = [
    (
        'Glenn Beck on Wednesday called the senator "a fraud and a liar who should resign."',
        [("Glenn Beck", "called")],
    ),
    (
        'Priebus later Thursday told Fox News: "Both of them are meeting up next week."',
        [("Priebus", "told")],
    ),
    (
        "Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord, saying it goes "
        '"nowhere near far enough."',
        [("Sen. Bernie Sanders", "saying")],
    ),
]


@pytest.mark.parametrize("text,expected", TIME_ADVERBIAL)
def test_time_adverbial_is_not_the_speaker(text, expected):
    assert _speakers(text) == expected


def test_time_adverbial_of_a_participle_stays():
    # the day belongs to a participle: the evidence subject keeps it
    text = "A Des Moines Register poll released Saturday found that 28 percent back him."
    assert ("A Des Moines Register poll released Saturday", "found") in _cues(text)


def test_time_adverbial_after_a_conjunction_keeps_the_cue():
    # no subject between the conjunction and the adverbial: the cue is not dropped
    text = "Marcus has been critical of him but on Tuesday wrote that she agreed with him."
    assert "wrote" in [v for _, v in _cues(text)]


#: Class "block quote in straight marks with curly quotations inside" (Breitbart's copied
#: passages): a curly-opened paragraph does not continue a straight-opened quotation
BLOCK = (
    "As Breitbart News reported, the White House was refusing to call it terrorism:\n\n"
    '"The administration is still reluctant to call the attack an act of terrorism.\n\n'
    '"At the White House today, reporters questioned Press Secretary Josh Earnest.\n\n'
    '“I don’t want to talk about it because there’s an ongoing investigation,” Earnest said."\n\n'
    "We have seen this before."
)


def test_straight_block_quote_is_not_continued_by_a_curly_paragraph():
    got = _speakers(BLOCK)
    assert got == [("Breitbart News", "reported")] * 2 + [("Earnest", "said")]
    assert len({q.quote_id for q in find_quotes(BLOCK)}) == 2


@pytest.mark.parametrize("opening,closing", [('"', '"'), ("“", "”")])
def test_multi_paragraph_quote_in_one_typing_continues(opening, closing):
    text = (
        f"{opening}We will not stop until the job is done.\n\n"
        f"{opening}And we will do it together,{closing} the senator said."
    )
    qs = find_quotes(text)
    assert len(qs) == 2 and len({q.quote_id for q in qs}) == 1
    assert {q.speaker for q in qs} == {"the senator"}


#: Class "headline kicker before a colon" (lexicons/colon_labels.csv, round 13 rows): no speaker
@pytest.mark.parametrize(
    "text",
    [
        "Wow: Al Sharpton Just Said Something Unexpected About Donald Trump.",
        "LOOK: Shocking Photos Of GOP Candidate’s Rally Are Going Viral.",
        "BYLINE: Amber Phillips.",
        "Name: Gabrielle Hatcher Age: 27 City: New York",
    ],
)
def test_kicker_is_no_colon_speaker(text):
    assert not [c for c in _cues(text) if c[1] == ":"]


def test_name_before_colon_is_still_a_speaker():
    text = "Sharpton: Trump Is Wrong About Everything In This Race."
    assert ("Sharpton", ":") in _cues(text)


#: Class "pull quote signed on the next line" (HuffPost: the quotation paragraph, a line break,
#: "Name, affiliation." and the closing mark; PolNeAR cue: the closing mark)
SIGNED = [
    (
        "Some economists are worried.\n\n"
        '"I worry that we may see a resurgence of Democrats singing the virtues of balanced '
        'budgets.\nDean Baker, Center for Economic and Policy Research."\n\nBut that is not all.',
        ("Dean Baker", '"'),
    ),
    (
        "The race goes on.\n\n"
        '"[Sanders] should stay in until he gets everything he is fighting for.\n'
        'Former NAACP president Ben Jealous."\n\nThe chair chose four.',
        ("Former NAACP president Ben Jealous", '"'),
    ),
    (
        "He is confident.\n\n"
        '"If Mrs. Clinton loses Iowa, that could create new and real problems for her here.\n'
        'S.C. Rep. Jim Clyburn."',
        ("S.C. Rep. Jim Clyburn", '"'),
    ),
]


@pytest.mark.parametrize("text,expected", SIGNED)
def test_pull_quote_signature(text, expected):
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the last line of a speech, not a name: a verb among its lower-case words
        '"Republicans have lost their way," Obama said.\n\n"We will fight on and win.\n'
        'God bless America."',
        # a new paragraph (blank line), not a signature line
        '"Republicans have lost their way," Obama said.\n\n"We will fight on and win.\n\n'
        'Hillary Clinton."',
    ],
)
def test_no_signature(text):
    assert all(s == "Obama" for s, _ in _speakers(text))


#: Class "verb of the table missing its paradigm" (attribution_verbs.csv, round 13 rows:
#: shouting, chanting, chants, interjecting …; kept at train precision >= 0.6)
PARADIGM = [
    (
        "Hundreds of demonstrators marched through Center City on Monday, chanting "
        '"Bernie or Jill, No Hill."',
        [("Hundreds of demonstrators", "chanting")],  # the whole phrase since round 14
    ),
    (
        'He stood at the lectern for an hour, alternately shouting "Get \'em out of here" at '
        "the guards.",
        [("He", "shouting")],
    ),
]


@pytest.mark.parametrize("text,expected", PARADIGM)
def test_verb_paradigm(text, expected):
    assert _speakers(text) == expected


def test_shouting_needs_a_quotation():
    # quote_only: away from a quotation "shouting" is no cue
    text = "He can show up just about anywhere, disheveled and shouting, and still charm them."
    assert "shouting" not in [v for _, v in _cues(text)]


#: Class "absolute construction with *with*": the noun phrase after *with* is the subject of
#: the participle cue ("…, with Trump reportedly yelling: '…'")
WITH = [
    (
        "Some of his supporters kicked a protester, with Trump reportedly yelling: "
        '"Get him the hell out of here!"',
        [("Trump", "yelling")],
    ),
    (
        "Clinton won the union's backing, with the American Federation of Teachers calling her "
        '"the champion working families need."',
        [("the American Federation of Teachers", "calling")],
    ),
]


@pytest.mark.parametrize("text,expected", WITH)
def test_with_subject(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment dipped to 4.9 percent, with the economy adding 151,000 jobs in January.",
        "Even with all precincts reporting, the race remained too close to call.",
    ],
)
def test_with_a_thing_is_no_speaker(text):
    assert [c for c in _cues(text) if c[1] in ("adding", "reporting")] == []


#: Class "partial quotation in the next sentence": a quotation without a cue in the sentence
#: right after the one that attributes the previous quotation of its paragraph continues it
PARTIAL = [
    (
        '"It\'s ambush journalism," she says. It\'s "this new in-your-face journalism."',
        [("she", "says"), ("she", "says")],
    ),
    (
        '"We thought only Trump was an insensitive guy," said Aida, who wrote a book on him. '
        'Biden "kind of misspoke. This is not something he should talk about in public."',
        [("Aida", "said"), ("Aida", "said")],
    ),
    (
        '"She has the best friends she had in grade school," Bill Clinton has said. That makes '
        'her "by definition a trustworthy, reliable good person unless they had a gang."',
        [("Bill Clinton", "said"), ("Bill Clinton", "said")],
    ),
]


@pytest.mark.parametrize("text,expected", PARTIAL)
def test_partial_quotation_continues(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two sentences later: not the next sentence
        '"It is ambush journalism," she says. He disagrees. It is "a new kind of journalism, '
        'which we have not seen before."',
        # another paragraph
        '"It is ambush journalism," she says.\n\nIt is "a new kind of journalism, which we have '
        'not seen before."',
    ],
)
def test_partial_quotation_not_continued(text):
    assert _speakers(text)[-1] == (None, None)


#: Class "a thing posted": *posted* after an indefinite noun phrase names the thing posted, as
#: *called* does ("a video posted to her Facebook account"), not speech
@pytest.mark.parametrize(
    "text",
    [
        "In a video posted to her Facebook account, she criticized the donor.",
        "A statement posted on the website GunBroker.com said listings are user generated.",
    ],
)
def test_a_thing_posted_is_no_cue(text):
    assert "posted" not in [v for _, v in _cues(text)]


def test_a_person_posting_is_a_cue():
    assert ("Trump", "posted") in _cues("Trump posted on Twitter that the vote was rigged.")


#: Class "colon lead-in or quotation sentence whose subject names no person": a determiner's
#: common-noun phrase ("A footnote in the report makes that clear: '…'", "The ad targets '…'")
COMMON_SUBJECT = [
    (
        "Gowdy cited a report. A footnote in the report makes that clear: "
        '"These assessments do not apply to the system used by the high-level principals."',
        ("A footnote in the report", "clear"),
    ),
    (
        "An interfaith rally by the city's leaders on Wednesday had one message: "
        '"Dump Trump and do it now."',
        ("An interfaith rally by the city's leaders on Wednesday", "message"),
    ),
    (
        'The ad targets a "corrupt political system that keeps in place a rigged economy where '
        'Wall Street buys off elections."',
        ("The ad", "targets"),
    ),
]


@pytest.mark.parametrize("text,expected", COMMON_SUBJECT)
def test_common_noun_subject(text, expected):
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a participle after the noun, not its verb: no subject found there
        "A previously undisclosed email obtained by Citizens United shows the aide wrote: "
        '"We need to talk about this before the hearing."',
        # a plural noun before a verb in -s is no subject ("the referendum results were")
        'The referendum results were allowed to stand, as the clause read "to be executed '
        'within national law in every single case."',
    ],
)
def test_common_noun_subject_not_misread(text):
    assert all(s not in ("A previously", "The referendum") for s, _ in _speakers(text))
