"""find_agency on the classes of the batch-19 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near fourteen kinds of non-event cue, least-drawn outlets weighted), and the
batch-19 rows and draw.

The sentences are real sentences of the war corpora (cited by corpus and article id: the
dev-split mentions of batches 1-19, or unlabelled dev-split articles of the batch-18 pool); each
class has a counter-case that stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch19 import BATCH19, BATCH19_PARTS, CUES19, NEW_CUES19


def events_of(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
    """(form, agent, victim) of the events whose trigger is ``word`` (as written)."""
    return [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events
NON_EVENTS_19 = [
    # an abstraction called a casualty (AllSides cp1YCd0zB1j7Ux19, dev split; the round's open
    # "culture is a casualty too")
    ("But for now, jobs are a big casualty of the industry’s shift from coal.", "casualty"),
    # a definition, the defining words included (AllSides 3nh5kXNjvqvhnPNC, unlabelled dev-split
    # article of the batch-18 pool)
    (
        "The US military defines a casualty as either an injury or fatality involving personnel.",
        "casualty",
    ),
    (
        "The US military defines a casualty as either an injury or fatality involving personnel.",
        "injury",
    ),
    (
        "The US military defines a casualty as either an injury or fatality involving personnel.",
        "fatality",
    ),
    # an office named after casualties (AllSides zAnKVkoKZyDRf0Q2, unlabelled dev split)
    (
        "The Met Police has set up a casualty bureau on 0800 096 1233 and 020 7158 0197 for "
        "people concerned about friends or relatives.",
        "casualty",
    ),
    # equipment lost to attacks (by-country articles-0408, dev batch 18, left open there)
    (
        "The US agreed to send 31 Abrams to Ukraine in January 2023. Five have been lost to "
        "Russian attacks.",
        "attacks",
    ),
    # a named law or programme that is dead (AllSides 8SyLlmbHObViqVgm, GmpE368i2Ofy8T4p, dev
    # split; the round's open "Obamacare is dead")
    ("“I also want people to know that Obamacare is dead.", "dead"),
    (
        "On Monday, Trump widened his attack, tweeting: “DACA is dead because the Democrats "
        "didn’t care or act, and now everyone wants to get onto the DACA bandwagon.",
        "dead",
    ),
    # a political strike timed against a speech or aimed at critics (AllSides
    # 6Hhel9nkgEELVDqp, OcupESstyUbwHDW2, dev split; the round's open "pre-emptive strike")
    (
        "LEXINGTON, Va. — President Obama’s re-election campaign on Monday launched a pre-emptive "
        "strike ahead of Republican presidential candidate Mitt Romney’s planned foreign policy "
        "address, arguing that Mr. Romney has failed to offer specifics.",
        "strike",
    ),
    (
        "Hillary Clinton could face a major bruising and, as her pre-emptive strike at "
        "Republican critics during the June release of her book shows, Team Hillary knows it.",
        "strike",
    ),
    # a sentence-initial subject is capitalised by its place, not a name; a plural cognate
    # object of "die" (AllSides K713rQG5RlfIZTMx, dev split)
    ("Reform has died several deaths since then, and millions have suffered.", "died"),
    ("Reform has died several deaths since then, and millions have suffered.", "deaths"),
    # machines attacked (AllSides bize0C0aUHa1bMCQ, unlabelled dev split of the batch-18 pool,
    # of election infrastructure; the round's open cyber attacks)
    (
        "We're going to be giving the people responsible for protecting the election "
        "infrastructure in the United States everything we know about how the Russians and "
        'others try to attack those systems," Comey said.',
        "attack",
    ),
    # verbal attacks: the object of a verb of answering words (BASIL dev split and AllSides
    # ZbIeAkHV1DomOt7V, dev batch 15), a person's attack told by a participle of speech
    # (AllSides UjtEyunmo3BEysbd, dev batch 7)
    (
        "Democrats hope to deflect such attacks this year by pointing out that Mr. Ryan’s budget "
        "plan, approved twice by the House, would cut Medicare, and that the shooting killed "
        "two.",
        "attacks",
    ),
    (
        "Mr. Trump also has begun to preview such attacks, after the shooting killed two.",
        "attacks",
    ),
    (
        "Sen. Rand Paul kept up his attack Monday, saying that Bill Clinton was Hillary's "
        '"women\'s problem," after the bombing killed two.',
        "attack",
    ),
]


@pytest.mark.parametrize(("text", "word"), NON_EVENTS_19)
def test_batch19_non_events(text, word):
    assert events_of(text, word) == []


# (sentence, trigger, form): the counter-cases stay events, and events found in the round
COUNTER_CASES_19 = [
    # "ended up dying" (AllSides ZXsi2BCLbLi4RYli, dev batch 19: missed before the round)
    (
        "It is worth remembering that many of the French who had no issue with the German "
        "annexation of Danzig ended up dying anyway, for among the lessons of history is that "
        "belligerent powers never stop with the small countries.",
        "dying",
        "intransitive",
    ),
    # people lost, not things (constructed from the row's counter-case)
    ("Dozens of lives have been lost to Russian attacks on the city.", "attacks", "nominal"),
    # a pre-emptive strike on a place (constructed)
    ("Israel launched a pre-emptive strike on Iranian nuclear sites.", "strike", "nominal"),
    # an attack before a phrase of a speech is the 9/11 attacks (AllSides OzRaHf2qvGmzQH4t,
    # unlabelled dev split: a first version of the strike row dropped it)
    (
        "Critics, however, point to the fact that he mentioned the September 11, 2001, attacks "
        "before the phrase in his speech and could have been referring to them.",
        "attacks",
        "nominal",
    ),
    # a transport network is a place where people are (AllSides wK9V0gCmVIZIaQhw, unlabelled
    # dev split: a first version of the machines row dropped it)
    (
        "It stirred anxiety and alerts in Britain not seen since the summer of 2005, when "
        "coordinated bomb attacks struck London's public transport network.",
        "struck",
        "active_instrument",
    ),
    # attacks that are fended off are military too (constructed)
    (
        "Ukrainian forces fended off attacks on Bakhmut, the military said.",
        "attacks",
        "nominal",
    ),
    # a person's death, one death (constructed)
    ("He died a slow death in the camp.", "died", "intransitive"),
    # a person named first in the sentence stays a person (AllSides war text, constructed)
    ("Soleimani died in the strike.", "died", "intransitive"),
]


@pytest.mark.parametrize(("text", "word", "form"), COUNTER_CASES_19)
def test_batch19_counter_cases(text, word, form):
    assert [f for f, _, _ in events_of(text, word)][:1] == [form]


# (sentence, trigger, (form, agent, victim)): forms, agents and victims of the round
FORMS_19 = [
    # the by-phrase of an elliptical conjunct reaches the first participle (by-country
    # articles-0480, dev batch 19)
    (
        "Two men aged 50 and 48 were killed and two wounded by guided aerial bomb attacks on the "
        "town of Vovchansk close to the border, Syniehubov added later.",
        "killed",
        ("passive_agent", "guided aerial bomb attacks", "48"),
    ),
    # a comma before the by-phrase of a coordination (Guardian articles-0158, dev batch 19)
    (
        "At least five people were killed on Saturday, and seven others injured, by renewed "
        "Russian shelling in Donetsk, Ukraine officials said.",
        "injured",
        ("passive_agent", "renewed Russian shelling", "seven others"),
    ),
    # "including" is no verb: a coordinated verb's subject is read over it (NYT articles-0402,
    # dev batch 19)
    (
        "The missile strike on Vinnytsia killed 23 people, including Liza and two other "
        "children, and wounded 140 others.",
        "wounded",
        ("active_instrument", "The missile strike on Vinnytsia", "140 others"),
    ),
    # a subject before ", including …," (AllSides eQrwzlCPh9AUR3q6, nEO4IvIq4pGTE3Ex,
    # unlabelled dev split: the victim had been empty)
    (
        "Hours later, the Associated Press reported that three people, including two police "
        "officers, were shot in a second incident in the Danish city.",
        "shot",
        ("passive_agentless", None, "three people"),
    ),
    (
        "A woman was killed and six people, including a police officer, were injured in the "
        "incident.",
        "injured",
        ("passive_agentless", None, "six people"),
    ),
    # a participle glued to "-out" before its noun (by-country articles-0180, dev batch 19;
    # the agent had been "trips")
    (
        "Highlights read like a retrospective of some of the worst headlines of the conflict, "
        "with trips to bombed-out residential areas and damaged cultural treasures.",
        "bombed",
        ("passive_agentless", None, "residential areas"),
    ),
    # a capitalised singular word after "the" premodifies a base form (Guardian articles-0173,
    # dev batch 19; "the Capitol" had been the subject of a verb "attack")
    (
        "The panel is understood to be particularly interested in McCarthy after it emerged "
        "this week he had told the Republican leadership that days after the Capitol attack "
        "Donald Trump admitted at least partial responsibility to him.",
        "attack",
        ("nominal", None, None),
    ),
    # the head of "dozens of …" is after "of" (Guardian articles-0244, dev batch 9; AllSides
    # sxD5bekH0zvnL5Dz, unlabelled dev split)
    (
        "At the same time, dozens of Russian missiles struck targets across the southern "
        "regions of Odesa and Mykolaiv, hitting port and transport infrastructure.",
        "struck",
        ("active_instrument", "dozens of Russian missiles", "targets"),
    ),
    (
        "Baden told the Times that one of the bullets struck the top of Brown's skull.",
        "struck",
        ("active_instrument", "one of the bullets", "the top of Brown's skull"),
    ),
    # a gerund after "end up" is a verb, its subject before "end up" (AllSides
    # ZXsi2BCLbLi4RYli, dev batch 19; WAhp8DqY4aZNOY9N, unlabelled dev split)
    (
        "Well, they end up murdering vast numbers of people who were imams or religious scholars.",
        "murdering",
        ("active_agent", "they", "vast numbers of people"),
    ),
    # counter-case: a count of people stays an agent (constructed)
    (
        "Hundreds of soldiers attacked the village.",
        "attacked",
        ("active_agent", "soldiers", "the village"),
    ),
    # counter-case: a plural subject of the base form stays a verb (constructed)
    (
        "If the Russians attack Kyiv, thousands will die.",
        "attack",
        ("active_agent", "the Russians", "Kyiv"),
    ),
    # counter-case: "by all accounts" after a comma names no agent (constructed)
    ("He was shot, by all accounts, in the back.", "shot", ("passive_agentless", None, "He")),
]


@pytest.mark.parametrize(("text", "word", "expected"), FORMS_19)
def test_batch19_forms(text, word, expected):
    assert events_of(text, word)[:1] == [expected]


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch19_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b19 = raw[raw["batch"] == 19]
    # the parts ask 133: the pool has too few mentions left near four cue kinds
    assert len(b19) == 120 and sum(n for _, _, n in BATCH19_PARTS) == 133
    assert len(CUES19) == 14 and len(NEW_CUES19) == 4
    assert len(BATCH19_PARTS) == 3 * (len(CUES19) + 1) + 3
    assert (b19["key"].map(split_of) == "dev").all() and (b19["split"] == "dev").all()
    assert b19.groupby(["corpus", "article_id"]).size().max() <= BATCH19["per_article"]
    earlier = raw[raw["batch"] < 19]
    assert not set(zip(b19["corpus"], b19["article_id"], b19["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b19["corpus"].value_counts().to_dict() == {
        "allsides": 45,
        "by-country": 39,
        "guardian-nyt": 36,
    }
    assert b19["label"].value_counts().to_dict() == {
        "nominal": 57,
        "none": 24,
        "passive_agentless": 14,
        "active_agent": 12,
        "active_instrument": 5,
        "intransitive": 4,
        "passive_agent": 4,
    }


@pytest.mark.shared
def test_batch19_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora
    from analysis.evaluation.agency_sample_batch19 import sample_batch19

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch19(batch18_corpora(), raw[raw["batch"] < 19])
    gold = raw[raw["batch"] == 19]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn["draw"].value_counts().to_dict()
    assert counts["none"] == 24 and counts["any"] == 13
    assert sum(counts.values()) == 120
