"""Attribution round 19 (issue 18): error classes read on PolNeAR train, checked on unlabelled
AllSides text. The sentences are quoted from PolNeAR train articles and AllSides articles; the
expected speakers, verbs and cues are written by hand."""

import pytest

from analysis.detect.quotes import analyse_quotes, find_attributions


def _speaker_of(text, verb):
    return [a.speaker for a in find_attributions(text) if a.verb == verb]


def _quote_verbs(text):
    quotes, _ = analyse_quotes(text)
    return [(q.speaker, q.verb) for q in quotes if q.kind == "direct"]


#: Class "verb after a non-restrictive relative clause": the antecedent speaks, with the main
#: verb (not the words after the verb, not a word of the quotation, not the clause's verb)
RELATIVE_SPEAKERS = [
    (  # PolNeAR train (politico): the quotation took the clause's verb 'proposed'
        "“The answer you’d like me to give is, ‘I’m for the RFS, darn it,’” Cruz, who has "
        "proposed repealing the mandate over five years, said at the time.",
        "said",
        ["Cruz"],
    ),
    (  # PolNeAR train: 'endorsed' took the quotation
        "\"I'm a superdelegate and I don't believe in superdelegates. I don't think that "
        'superdelegates ought to sway the election," Warren, who has not endorsed a candidate, '
        "told reporters in Massachusetts.",
        "told",
        ["Warren"],
    ),
    (  # AllSides: the words after the verb were taken for an inverted speaker
        "House Judiciary Committee Chairman Lamar Smith, who wrote the legislation, said the "
        "visa lottery invites fraud.",
        "said",
        ["House Judiciary Committee Chairman Lamar Smith"],
    ),
    (  # AllSides: the first word of the quotation was taken
        '"They\'re interested in recommendations for Cabinet posts," the congressional source, '
        "who was not authorized to speak about the subject publicly, said.",
        "said",
        ["the congressional source"],
    ),
    (  # AllSides: a coordinated name stays whole (its article dropped, as without the clause)
        "The Securities and Exchange Commission, which monitors financial markets, encouraged "
        "employees at its Washington headquarters to work from home.",
        "encouraged",
        ["Securities and Exchange Commission"],
    ),
]


@pytest.mark.parametrize("text,verb,expected", RELATIVE_SPEAKERS)
def test_speaker_after_relative_clause(text, verb, expected):
    assert _speaker_of(text, verb) == expected


def test_quotation_takes_main_verb_not_relative_clause_verb():
    text = RELATIVE_SPEAKERS[0][0]
    assert _quote_verbs(text) == [("Cruz", "said")]
    text = RELATIVE_SPEAKERS[1][0]
    assert _quote_verbs(text) == [("Warren", "told")]


def test_relative_clause_of_plural_before_verb_in_s_keeps_old_rule():
    # AllSides: "officials ... says" does not agree; the report (no speaker found) keeps its cue
    text = (
        "The report by U.S. intelligence officials, which was first published by Bloomberg, says "
        "that leaders in Beijing intentionally underreported the cases."
    )
    assert [a.verb for a in find_attributions(text)] == ["says"]
    assert _speaker_of(text, "says") != ["U.S. intelligence officials"]


def test_according_to_after_relative_clause_keeps_its_source():
    # PolNeAR train: the source of 'according to' follows it
    text = (
        "The Trump campaign announced last week that it hired former Cruz spokeswoman Katrina "
        "Pierson, who has been outspoken in espousing Tea Party ideals, according to Politico."
    )
    assert _speaker_of(text, "according to") == ["Politico"]


#: Class "a speaker phrase that swallowed an earlier cue" ("X reported Y said"): the nested
#: speaker starts after the earlier verb (AllSides sentences)
NESTED_SPEAKERS = [
    (
        "CNN reported a senior federal law enforcement official said “three or four members of "
        "al Qaeda in the Arabian Peninsula,” were involved.",
        "said",
        ["a senior federal law enforcement official"],
    ),
    (
        "Again, Bush claimed Trump said “ISIS was not our fight” and that “ISIS was not a factor.”",
        "said",
        ["Trump"],
    ),
    (
        "ABC News also claims Sessions offered to resign because his relationship with the "
        "president had soured.",
        "offered",
        ["Sessions"],
    ),
    # a participle inside the phrase is no earlier clause: the phrase stays whole
    (
        "Meanwhile, groups hoping to limit immigration vowed to intensify their efforts.",
        "vowed",
        ["groups hoping to limit immigration"],
    ),
]


@pytest.mark.parametrize("text,verb,expected", NESTED_SPEAKERS)
def test_nested_speaker_after_earlier_cue(text, verb, expected):
    assert _speaker_of(text, verb) == expected


#: Class "gerund cue after a preposition" ('swift in saying'): the subject of its clause speaks,
#: not the words before the preposition (PolNeAR train and AllSides sentences)
GERUND_SPEAKERS = [
    (
        'Clinton clearly erred in saying that the "90 to 95 percent" figure was from the State '
        "Department.",
        "saying",
        ["Clinton"],
    ),
    (
        'Young used the term "wetbacks" in describing Hispanic migrant workers who used to pick '
        "tomatoes.",
        "describing",
        ["Young"],
    ),
    (
        "The Post has it right in describing last month’s results: “That finding was more "
        "positive for the administration than many expected.”",
        "describing",
        ["The Post"],
    ),
    # not after *with* / *over*: "a voice over" is a noun phrase (PolNeAR train)
    (
        "The 60 second ad ends with a voice over saying: “Amnesty for illegal immigrants. Big "
        "money for himself.”",
        "saying",
        ["a voice over"],
    ),
]


@pytest.mark.parametrize("text,verb,expected", GERUND_SPEAKERS)
def test_gerund_after_preposition_takes_clause_subject(text, verb, expected):
    assert _speaker_of(text, verb) == expected


#: Class "coordinated verb whose subject is a determiner's noun phrase" ('stood at the podium
#: and attacked'): the past form after *and*/*but* shares that subject (PolNeAR train, AllSides)
COORDINATED_SPEAKERS = [
    (  # PolNeAR train
        "The senator paused and recalled the figure of Neil Heslin, sitting alone in the "
        "firehouse.",
        "recalled",
        ["The senator"],
    ),
    (  # PolNeAR train
        "But the former president showed considerable restraint Monday and described his "
        "weekend outburst as the emotions of a worried spouse.",
        "described",
        ["the former president"],
    ),
    (  # AllSides
        "When Amazon’s bid was rejected, the company sued and argued that Trump’s public remarks "
        "improperly influenced the decision.",
        "argued",
        ["the company"],
    ),
]


@pytest.mark.parametrize("text,verb,expected", COORDINATED_SPEAKERS)
def test_coordinated_past_shares_common_subject(text, verb, expected):
    assert _speaker_of(text, verb) == expected


#: Class "a capitalised cue word ending a name before a comma" (reporting verb 'Forecast' of
#: 'the UCLA Anderson Forecast', 'Consumer Reports', 'Christopher Rants'): part of the name
NAME_BEFORE_COMMA = [
    (  # PolNeAR train: the quotation took 'Forecast' for its verb
        '"The risk," said Edward Leamer, an economist who is the director of the UCLA '
        'Anderson Forecast, "is that we\'re going to be attracting workers."',
        ["said"],
    ),
    (  # AllSides
        "David Friedman, vice president of advocacy for Consumer Reports, said the difference is "
        "small.",
        ["said"],
    ),
]


@pytest.mark.parametrize("text,expected", NAME_BEFORE_COMMA)
def test_capitalised_cue_before_comma_is_part_of_name(text, expected):
    assert [a.verb for a in find_attributions(text)] == expected


def test_quotation_after_adding_continues_the_addition():
    # PolNeAR train: the next quotation goes on from 'adding', not from 'said' (gold cue 'adding')
    text = (
        "“Be very conservative, because it could be very rough out there,” Trump said, adding a "
        "plug for himself as president. “And who can fix things better than me?”"
    )
    assert _quote_verbs(text) == [("Trump", "said"), ("Trump", "adding")]
