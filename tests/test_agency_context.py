"""find_agency's harm-context requirement (issue 20, eleventh round): an attack on a person
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
    assert [e.text for e in find_agency(text) if e.lemma in ("attack", "hurt")] == []


EVENTS = [
    # a cue of harm in the sentence (written for these tests)
    ("A gunman's attack on Rosenstein left two people wounded.", "attack"),
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
    assert trigger in [e.text for e in find_agency(text)]


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
