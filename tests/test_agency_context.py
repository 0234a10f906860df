"""find_agency's harm-context requirement (issue 20, twelfth round): an attack on a person
(a name that is no country, or a personal pronoun) is a harm event only with a cue of harm near
it (``lexicons/agency/harm_cues.csv``, ``countries.csv``; ``analysis/detect/agency/context.py``).

The non-events are real sentences of dev-split AllSides articles (cited by article id: the
batch-7 dev errors, and drops read on unlabelled dev-split articles); the counter-cases that stay
events are real sentences where cited, else written for these tests.  Every non-event case
yielded the trigger as an event before this round.
"""

from __future__ import annotations

import re

import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.tables import load_agency_tables
from analysis.errors import LexiconError

#: Sentences of war vocabulary before the text, not next to it: the article is no sparse one
#: (the gate of ``test_no_harm_cue_in_an_article_without_harm_vocabulary_is_no_event``), and
#: the sentence before the text holds no cue.
WAR_LEAD = "Troops shelled the town and killed five soldiers. Officials gave no details. "

NON_EVENTS = [
    # batch 7 dev errors (AllSides political news)
    "Trump’s attack on Rosenstein is in reference to how the deputy attorney general signed a FISA "
    "surveillance warrant for former Trump campaign adviser Carter Page.",  # Lum6wcCQxwFaDNCD
    "MUST WATCH Romney attacks Obama but lacks details 03:39",  # js31SQnVMQyFxlpV
    "Behind the scenes, Trump’s team — concerned that Romney’s attacks are hampering the mogul’s "
    "efforts to make inroads in the donor community — has been looking to ease tensions with the "
    "former Massachusetts governor.",  # AlPssNn8MuIqFd90
    "Nehlen is running again this year, and his campaign has drummed up the kind of attacks "
    "against Ryan that have long been found on the pages of Breitbart News, the far-right media "
    "outlet run by Trump’s former adviser Steve Bannon.",  # TmO8WHA1xTy4Fao7
    # drops read on unlabelled dev-split AllSides articles
    "But the lowest moment of the night came when Trump attacked Debbie Dingell, a Democratic "
    "congresswoman from the state he was speaking in, for voting in favor of impeachment.",
    "That slam was not his first attack on Brzezinski.",  # 1jrhh1GTGVUncl0s
    "Ryan energized the convention on Wednesday night with a powerful attack on Obama that "
    "championed conservative principles.",  # zDRiPXzaX6C0065E
    "Say you’re sorry when you hurt somebody.",  # qdaB9TXjADLy2eWz
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_attack_on_a_person_without_harm_cue_is_no_event(text):
    events = find_agency(WAR_LEAD + text)
    assert [e.text for e in events if e.lemma in ("attack", "hurt")] == []


EVENTS = [
    # a cue of harm in the sentence (written for these tests; "… left two people wounded"
    # now carries the event on "wounded", the attack its agent, as "left N dead": batch 18)
    ("A gunman's attack on Rosenstein, who was wounded, shocked the city.", "attack"),
    ("Police said a man attacked her with a hammer outside the store.", "attacked"),
    ("He was hurt in the crash.", "hurt"),
    # no person: states, armed groups, places (written; the second from the sentence of a drop
    # of a first draft, qFE9xKsqlsCdT2gW, where "Paris" was read as the agent)
    ("Hamas attacked Israel.", "attacked"),
    ("Pope Francis declared the Paris attacks “not human.”", "attacks"),
    ("MUST WATCH Boko Haram attack survivor speaks to CNN 02:37", "attack"),  # v1m7ogEl5OVDlnvB
    # a capitalised pronoun is no name (roxxrghOqbdaeYHF)
    ('We were attacked in downtown Manhattan, where Wall Street is," she said.', "attacked"),
    # a cue in the sentence before (written)
    ("Troops entered the village at dawn. They attacked him in his house.", "attacked"),
    ("Russia massed tanks on the border. Putin's attack on Zelensky's government began.", "attack"),
]


@pytest.mark.parametrize(("text", "trigger"), EVENTS)
def test_attack_with_harm_cue_or_without_person_stays_an_event(text, trigger):
    assert trigger in [e.text for e in find_agency(WAR_LEAD + text)]


def test_countries_are_case_sensitive_with_possessive():
    rx = load_agency_tables().countries
    assert rx.fullmatch("US") and rx.fullmatch("Russia’s") and rx.fullmatch("Ukrainians")
    assert not rx.fullmatch("us") and not rx.fullmatch("Rosenstein")


def test_harm_cue_scope(tmp_path):
    sentence, context = load_agency_tables().harm_cues["attack"]
    assert sentence.search("two civilians") and not context.search("two civilians")
    assert context.search("an armed gunman")
    bad = tmp_path / "cues.csv"
    bad.write_text("term,category,subcategory,scope,source,note\nx,weapon,attack,near,project,\n")
    with pytest.raises(LexiconError, match=re.escape("scope must be sentence or context")):
        load_agency_tables((("harm_cues", str(bad)),))


# In an article with hardly any harm vocabulary (context.SPARSE_HARM), every lemma of
# harm_cues.csv needs a cue near it. Each text below is a whole (one-sentence) text.
SPARSE_NON_EVENTS = [
    # batch 7 dev errors
    (
        "The former staffers we spoke to largely felt that this damaged Media Matters’s "
        "credibility and hurt the work it did in other areas.",  # PWYu0gkL7IDeJE1K
        "hurt",
    ),
    (
        "Obama attacked me personally on 15 separate occasions, but he finally stopped when "
        "someone pointed out to him that I considered the attacks a badge of honor, and used "
        "them in the introduction of my radio show.",  # v8IE09uzMLJDuZyk
        "attacks",
    ),
    # drops read on unlabelled dev-split AllSides articles
    (
        "Public polls have showed him within striking distance of Trump for second place -- and "
        "finishing ahead of Trump would be a major boost.",  # uJzatBqs1rRHUxgn
        "striking",
    ),
    (
        "He told CNN that more needed to be done because “we have storm clouds rolling in from "
        "Europe.”",  # Iqdenz6a7X2pbUvW (shortened)
        "storm",
    ),
]


#: Neutral political news with no harm vocabulary: the rest of a sparse article (rule 2 reads
#: texts of at least DENSITY_MIN_CHARS characters only).
NEUTRAL = (
    " The committee met on Tuesday to discuss the budget for the coming year. Members of both"
    " parties said they expected a long debate over spending on schools, roads and health care."
    " The chairman told reporters that a vote could come as early as next month, although"
    " several members asked for more time to read the proposal. Polls show that voters care"
    " most about the cost of living and about jobs. The governor is expected to sign the bill"
    " if it reaches her desk, her spokesman said in a statement. Local business groups welcomed"
    " the plan, and a union leader said it was a good first step. The debate will continue when"
    " the legislature returns after the holiday. Several candidates for next year's election"
    " have already announced their campaigns, and fundraising reports are due at the end of"
    " the quarter. Analysts said turnout in the primary could be higher than usual. The mayor"
    " announced a new plan for public transit, and the city council will hold hearings on it in"
    " the spring. Officials hope the changes will make commuting easier for families."
)


@pytest.mark.parametrize(("text", "trigger"), SPARSE_NON_EVENTS)
def test_no_harm_cue_in_an_article_without_harm_vocabulary_is_no_event(text, trigger):
    assert trigger not in [e.text for e in find_agency(text + NEUTRAL)]


def test_a_lone_sentence_is_not_judged_as_an_article():
    """A density per 1,000 characters needs an article: a sentence keeps its attack event,
    the same sentence in a sparse article does not."""
    from analysis.detect.agency.context import DENSITY_MIN_CHARS

    assert len(NEUTRAL) >= DENSITY_MIN_CHARS
    assert [e.text for e in find_agency("The attack began at dawn.")] == ["attack"]
    assert "attack" not in [e.text for e in find_agency("The attack began at dawn." + NEUTRAL)]


SPARSE_EVENTS = [
    # the same kind of sentence in an article about a war (written)
    (
        "Missiles hit Kharkiv overnight and troops shelled three villages, killing five. "
        "Officials gave no details. He said the attacks continued.",
        "attacks",
    ),
    # the violent forms of shoot (GnMGFbHI86c3e9k7, S6HOQGiqVPixTHG8)
    (
        "In 1881, President James Garfield was shot twice in the back but stubbornly clung to "
        "life for 80 days while completely incapacitated.",
        "shot",
    ),
    ("And there have been security concerns among both candidates after the shooting.", "shooting"),
]


@pytest.mark.parametrize(("text", "trigger"), SPARSE_EVENTS)
def test_harm_vocabulary_or_violent_form_keeps_the_event(text, trigger):
    assert trigger in [e.text for e in find_agency(text)]
