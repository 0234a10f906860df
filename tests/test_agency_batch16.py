"""find_agency on the non-event classes of the batch-16 round (issue 20: dev-split war reporting
of the Guardian/NYT, the by-country outlets and AllSides), and the batch-16 rows.

The sentences are real sentences of the war corpora (cited by corpus and article id; the
dev-split mentions of batch 16, or unlabelled war articles read for the guards' drops); each
class has a counter-case that stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch16 import BATCH16, BATCH16_PARTS, GROUPS


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written)."""
    return [e.form for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events, guards.csv rows of the batch-16 round
NON_EVENTS_16 = [
    # a capability a weapon gives (AllSides BBC EYI9Ys05IoS1UY3D, dev batch 16)
    (
        "It would enable Russia to launch a nuclear strike at Nato countries at very short notice.",
        "strike",
    ),
    # (by-country articles-0129, dev batch 16)
    (
        "He added that the shipment of new weapons “will enable Ukraine to strike major goals "
        'with more accuratebattlefield".',
        "strike",
    ),
    # a thing that could be used to attack (Guardian articles-0025, dev batch 16)
    (
        "Ships entering Ukraine will be inspected under the supervision of the same joint "
        "coordination centre to ensure they are not carrying weapons or items that could be used "
        "to attack the Ukrainian side.",
        "attack",
    ),
    # (AllSides Salon jCizhoMOLZlGVQ6F, unlabelled war text)
    (
        "While claiming that it is only interested in uprooting tunnels that could be used to "
        "attack Israel, the IDF has engaged in the same criminal behavior that the world "
        "condemns in other struggles.",
        "attack",
    ),
    # the purpose a thing is built for (AllSides Fox News 54oo9Z860H7o9Hz5, dev batch 16)
    (
        "Netanyahu recommended to Ban that that the international community “work to "
        "demilitarize Gaza,” instead of having its money used by Hamas to build terror tunnels "
        "to attack Israel.",
        "attack",
    ),
    # strikes destroying military equipment (Guardian articles-0131, dev batch 16)
    (
        "Ukrainian rocket strikes have destroyed more than 30 Russian military logistics centres "
        "in recent weeks and significantly reduced Russia’s attacking potential, Ukraine’s "
        "defence ministry spokesperson said on Friday.",
        "strikes",
    ),
    # (Guardian articles-0057, dev batch 9; articles-0118, AllSides ZmEWulznyXAv5k2O: unlabelled)
    (
        "But Russia’s defence ministry said on Sunday the strikes had destroyed a naval vessel "
        "and arms delivered by Washington.",
        "strikes",
    ),
    (
        "Russia’s ministry of defence said the strikes had destroyed T-72 tanks that had been "
        "provided to Ukraine by European countries that were being stored in the buildings of a "
        "car repair business, although the claim could not immediately be verified.",
        "strikes",
    ),
    (
        "The strikes destroyed or damaged three ISIS Humvees, one ISIS vehicle and multiple "
        "locations where improvised explosives had been placed, the U.S.",
        "strikes",
    ),
]


# read on unlabelled dev-split war text in the batch-16 round
UNLABELLED_16 = [
    # a document's execution named by a possessive (Guardian articles-0069)
    (
        "But the company officially registered as the Amadea’s owner, Millemarin Investment, on "
        "Friday obtained a temporary stay on the US warrant’s execution from the Court of "
        "Appeal, Fiji prosecutors said.",
        "execution",
    ),
    # 'it' as the subject of die (by-country articles-0408; AllSides EDUJA4VcGrm1Orhu)
    (
        "In his almost two-hour-long speech, Macron warned that “our Europe, today, is mortal "
        "and it can die”, Jennifer Rankin writes from Brussels.",
        "die",
    ),
    (
        "The 45-cents-a-gallon ethanol tax credit expired in 2012, but before it died it was "
        "increasing carbon emissions by five million tons every year.",
        "died",
    ),
]


# read on unlabelled dev-split AllSides war and foreign-policy articles in the batch-16 round
UNLABELLED_16 += [
    # a deal struck, no auxiliary (AllSides gFBKPgEol6SxZ8Be, BxFI5sfrBRDa3BX3,
    # i1EtU8ad1C4o6lJ7; Guardian articles-0015)
    (
        "So is the expanded public Internet access that Cubans now enjoy, something the Cuban "
        "government agreed to as part of the deal struck between President Obama and Cuban "
        "President Raúl Castro a year ago Thursday.",
        "struck",
    ),
    (
        "The president himself is caught between competing impulses: his disdain for the 2015 "
        "deal the Obama administration struck with Iran and his desire to strike a contrast, on "
        "the one hand, and his reluctance to get into another war in the Middle East on the "
        "other.",
        "struck",
    ),
    (
        "The president himself is caught between competing impulses: his disdain for the 2015 "
        "deal the Obama administration struck with Iran and his desire to strike a contrast, on "
        "the one hand, and his reluctance to get into another war in the Middle East on the "
        "other.",
        "strike",
    ),
    (
        "The government of President Bashar al-Assad has until mid-2014 to destroy its chemical "
        "weapons program under a deal struck by Russia and the United States in September.",
        "struck",
    ),
    (
        "The railways announcement prompted some panic shopping in Kaliningrad and an angry "
        "response from Moscow, where officials accused Lithuania of breaching transit agreements "
        "struck in 2004.",
        "struck",
    ),
    # an idiom (AllSides hFe29AFNNPVe9qMf)
    ("It is insult to injury to him.”", "injury"),
    # partisans as the subject of attack (AllSides l9tfwGWOvZyHRbco)
    (
        "Republicans have been attacking Rice since the appearance, with House Homeland Security "
        "Committee Chairman Peter King, a New York Republican, even calling for her resignation.",
        "attacking",
    ),
]


@pytest.mark.parametrize("text, word", NON_EVENTS_16 + UNLABELLED_16)
def test_batch16_non_events(text, word):
    assert forms_of(text, word) == []


# (sentence, trigger, its form): counter-cases that stay events
COUNTER_16 = [
    # a person's execution named by a possessive stays an event (AllSides VqFoHE2uUvn2clRC,
    # Xb0FpkWfyJYLt8vh)
    (
        "Such actions -- like Foley's execution -- spurred widespread condemnation.",
        "execution",
        "nominal",
    ),
    (
        "President Donald Trump, who advocated for Bergdahl’s execution during the campaign, was "
        "not happy with the sentence.",
        "execution",
        "nominal",
    ),
    # planned and advocated strikes stay events (AllSides rlw0ELlu4LVFmu32, bI1NwI2QASoXYIB5)
    (
        'The missiles would be used to strike "command and control" facilities such as command '
        "bunkers, or the Syrian regime's means of delivering chemical weapons: artillery "
        "batteries and launchers.",
        "strike",
        None,
    ),
    (
        "By March, however, American experts who visited Baghdad were being told that Iraq’s "
        "top leaders were hoping that American air power could be used to strike the militants’ "
        "staging and training areas inside Iraq, and help Iraq’s beleaguered forces stop them "
        "from crossing into Iraq from Syria.",
        "strike",
        None,
    ),
    # an attack whose subject is no partisan (AllSides NPR, dev batch 16)
    (
        '"Will we repel Bashar Assad\'s air assets that will be attacking them?"',
        "attacking",
        None,
    ),
    # the subject of die is a person (by-country GB, dev batch 16)
    (
        "On the other side of the country, in the eastern city of Luhansk, a pro-Russia "
        "prosecutor and his deputy died when their office was blown up.",
        "died",
        "intransitive",
    ),
    # a thing that WAS used to attack: an act (AllSides Newsmax FRU4X4YHeFJyCZA9)
    ("Drones were also used to attack a Saudi oil pipeline last month.", "attack", None),
    # troops to attack (Guardian articles-0012)
    (
        "Russia is also moving troops from its eastern military district, which was being used "
        "to attack Sloviansk, a town in Ukrainian-controlled Donetsk, and were in reserve in "
        "Russia’s southern Belgorod region.",
        "attack",
        None,
    ),
    # a strike that destroyed a residential building (Guardian articles-0146)
    (
        "Saturday’s strike destroyed the five-storey building and damaged several others in the "
        "Donetsk region city.",
        "strike",
        "nominal",
    ),
]


@pytest.mark.parametrize("text, word, form", COUNTER_16)
def test_batch16_counter_cases(text, word, form):
    forms = forms_of(text, word)
    assert len(forms) == 1
    if form is not None:
        assert forms == [form]


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch16_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b16 = raw[raw["batch"] == 16]
    assert len(b16) == sum(n for _, _, n in BATCH16_PARTS) == 120
    assert (b16["key"].map(split_of) == "dev").all() and (b16["split"] == "dev").all()
    assert b16.groupby(["corpus", "article_id"]).size().max() <= BATCH16["per_article"]
    earlier = raw[raw["batch"] < 16]
    assert not set(zip(b16["corpus"], b16["article_id"], b16["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b16["corpus"].value_counts().to_dict() == {
        "allsides": 50,
        "by-country": 35,
        "guardian-nyt": 35,
    }
    assert set(b16["corpus"]) <= {c for cs in GROUPS.values() for c in cs}
    assert b16["label"].value_counts().to_dict() == {
        "nominal": 50,
        "none": 23,
        "active_agent": 18,
        "passive_agentless": 14,
        "intransitive": 8,
        "active_instrument": 7,
    }


# "those" + the participle of a verb that needs an object: a reduced passive, not a past tense
# with "those" as its subject (by-country articles-0080, dev batch 16; the others unlabelled
# war text: Guardian articles-0274, AllSides AzCx1YKcvIPucNa2, Bw62njQRNFCIj6GI)
THOSE_16 = [
    (
        "May all those killed today and during the war rest in peace.",
        "killed",
        "passive_agentless",
    ),
    (
        "It said three children were among those killed in the strike on Vinnytsia, about 240 "
        "miles inland from the coast.",
        "killed",
        "passive_agentless",
    ),
    ("Two of those killed were police officers.", "killed", "passive_agentless"),
    (
        "Most of those executed by Saudi Arabia were Sunnis linked to al-Qaeda attacks in the "
        "kingdom.",
        "executed",
        "passive_agent",
    ),
    # the victim is "those", not the phrase before it (AllSides JkcRR8F7JSfkRZKi: "hope" in
    # that phrase had made it no event)
    (
        '"Our deepest condolences go out to the families and loved ones of those killed, and we '
        'hope for a speedy recovery for those wounded," the statement said.',
        "wounded",
        "passive_agentless",
    ),
    # counter-case: "those who killed" keeps its active verb (AllSides MSNBC iWA1WuMirGIFshqR)
    (
        "intelligence agencies have reason to believe Vladimir Putin's government offered "
        "financial rewards to those who killed American servicemen and women.",
        "killed",
        "active_agent",
    ),
]


@pytest.mark.parametrize("text, word, form", THOSE_16)
def test_those_with_a_participle_is_a_reduced_passive(text, word, form):
    assert forms_of(text, word) == [form]
