"""Argument classes of find_agency (issue 20, sixth round; ``agency/arguments.csv``).

Every row has a sentence where it makes a harm word no event and one where the same harm word
stays an event; the sentences are the dev errors named in the rows' notes or news sentences of
the same construction (AllSides, the war corpora), the expected values written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.tables import load_agency_tables
from analysis.errors import LexiconError
from analysis.lexicons import read_table

# (slot, first word of the row) -> [(sentence, trigger, is an event?)]
CASES: dict[tuple[str, str], list[tuple[str, str, bool]]] = {
    ("head_after", "@weapon"): [
        ("Iran has furnished Russia with vast numbers of attack drones.", "attack", False),
        ("It conducted 10 strikes using attack helicopters and fighter jets.", "attack", False),
        ("Washington is denying Kyiv the precision strike capability it needs.", "strike", False),
        ("Johnson began bombing raids on North Vietnam.", "bombing", True),
    ],
    ("head_after", "penalty"): [
        ("Two Britons are facing the death penalty after being captured.", "death", False),
        ("The men are preparing an appeal against their death sentences.", "death", False),
        ("They marked the liberation of the former Nazi death camp.", "death", False),
        ("Ukrainians discovered mass graves and torture rooms in the city.", "torture", False),
        (
            "No one can benefit from sanctions or a shooting war, the minister said.",
            "shooting",
            False,
        ),
        ("Estimates of the death toll range from dozens to 61.", "death toll", True),
    ],
    ("object", "economy"): [
        (
            "If Putin can really hurt the economy of the biggest European countries, he will.",
            "hurt",
            False,
        ),
        ("The cost of the battle could hurt Russia's ability to fend off attacks.", "hurt", False),
        ("He attacked Western policy and the Ukrainian government.", "attacked", False),
        ("Its attacks on civilian targets and morale have intensified.", "attacks", True),
        # seventeenth round, AllSides immigration news (report 09 read)
        (
            "Like with background checks for gun buyers, the conventional wisdom that the party "
            "would never kill immigration reform was always wrong.",
            "kill",
            False,
        ),
        (
            "Senate Minority Leader Chuck Schumer, D-N.Y., called for killing the nomination.",
            "killing",
            False,
        ),
        # session 29, AllSides immigration news (report 09 of review 29 read): programmes,
        # executive actions and orders, bans
        (
            "Ryan and Senator Orrin Hatch joined a small but growing number of lawmakers to "
            "speak out against killing DACA, created in 2012.",
            "killing",
            False,
        ),
        (
            "Those invoking the Constitution to attack Trump's order are simply embarrassing "
            "themselves.",
            "attack",
            False,
        ),
        # a name before the head: the phrase overran the victim ("the killing of Scott …")
        ("The 2015 killing of Scott kick-started efforts to reform local police.", "killing", True),
        (
            "Particularly harrowing was the 5 July strike on Sloviansk's town market.",
            "strike",
            True,
        ),
    ],
    ("subject", "crisis"): [
        ("A new winter energy crisis strikes and western support drops further.", "strikes", False),
        ("Escalating tariffs hurt American businesses and consumers.", "hurt", False),
        ("If a car is not recharging, the battery can die within two weeks.", "die", False),
        ("The junta waged a campaign against the minority, killing thousands.", "killing", True),
        ("A Russian missile strikes a school in Kharkiv.", "strikes", True),
    ],
    ("object", "animal"): [
        ("The zoo said it will kill the animals.", "kill", False),
        ("Warming brings the death of coral reefs and more extreme weather.", "death", False),
        ("Sanders referred to the 2018 attack on the Tree of Life synagogue.", "attack", True),
    ],
    ("object", "anthrax"): [
        # AllSides SmanujLRLib2o7g5 (Vox), dev batch 29: `none`
        ("They were samples at a lab responsible for killing live anthrax.", "killing", False),
        ("More than 2,000 people affected by the virus have now died.", "died", True),
        ("Ebola has killed more than 700 people in three nations.", "killed", True),
    ],
    ("subject", "animal"): [
        ("The grower uses more of the water so that his trees don't die.", "die", False),
        ("More than 2,000 people affected by the virus have now died.", "died", True),
    ],
    ("subject", "ad"): [
        ("American Heartland's new ad attacks Jacobs as a Texas executive.", "attacks", False),
        ("The media can attack me, but not my family.", "attack", False),
        ("Gunmen attack a police station in the north.", "attack", True),
    ],
    ("after_object", "as"): [
        ("This info-siphoning struck many people as creepy.", "struck", False),
        ("Its propaganda channels often attack him as an insincere partner.", "attack", False),
        ("Romney responded by attacking Obama as anti-business.", "attacking", False),
        ("It's been 13 days since Russia attacked Ukraine for no reason.", "attacked", True),
    ],
    ("particle", "down"): [
        # strike down (batch 7): a law, not a person; the verb with an object stays an event
        ("The appeals court may strike it down within weeks.", "strike", False),
        ("Drones strike them every night.", "strike", True),
        ("We thank the brigade who shot down another enemy aircraft near Avdiivka.", "shot", False),
        (
            "The balloon drifted over strategic sites before they ended up shooting it down.",
            "shooting",
            False,
        ),
        ("Ukraine lacks the systems to shoot down Russian projectiles.", "shoot", False),
        (
            "The moves were taken in response to Sunday’s shoot-down of a Syrian military "
            "aircraft by a U.S. fighter.",
            "shoot",
            False,
        ),
        ("A sniper shot two soldiers near the river.", "shot", True),
    ],
    ("head_of", "threat"): [
        (
            "Calling life under the threat of death “inconceivable” for Israel, Netanyahu said "
            "the military will not end its incursion into Gaza.",
            "death",
            False,
        ),
        ("Iran vowed major retaliation for Suleimani’s death.", "death", True),
        ("Syrians need safety from the threat of attack.", "attack", True),
    ],
    ("object", "balance"): [  # batch 7: what is struck that is no one
        ("The agency seeks to strike the right balance on privacy.", "strike", False),
        ("Both parties hope to strike a workable bargain soon.", "strike", False),
        ("Missiles strike the city almost every night.", "strike", True),
    ],
    ("modifier", "live"): [  # batch 7: a shot as a chance or a camera shot
        ("Every applicant should get a fair shot at the job.", "shot", False),
        ("The live shot froze during the broadcast.", "shot", False),
        ("The fatal shot came from a rooftop.", "shot", True),
    ],
    ("modifier", "verbal"): [  # BASIL sentences (predictions read; no gold)
        ("Biden made a thinly-veiled attack on Trump on Thursday.", "attack", False),
        (
            "President Obama went on offense with an often disdainful attack on Paul Ryan.",
            "attack",
            False,
        ),
        (
            "She was disappointed by false attacks and irresponsible characterizations.",
            "attacks",
            False,
        ),
        ("It was the deadliest terror attack on the U.S. homeland since 9/11.", "attack", True),
        ("The consulate could not defend against a coordinated attack.", "attack", True),
    ],
    ("subject", "legislation"): [
        (
            "Some are skeptical of using a funding bill to cut off the group’s government money, "
            "aware that the legislation would likely die in the Senate.",
            "die",
            False,
        ),
        (
            "An immigration expert said that comprehensive immigration reform is dead.",
            "dead",
            False,
        ),
        ("The death of the legislator shocked his colleagues.", "death", True),
    ],
    # batch-19 round: machines attacked (AllSides bize0C0aUHa1bMCQ, AfDDEjVbGiYF3z2r,
    # unlabelled dev split; the guideline's "space systems"), not a transport network
    ("object", "systems"): [
        (
            "We're going to be giving the people responsible for protecting the election "
            "infrastructure in the United States everything we know about how the Russians and "
            'others try to attack those systems," Comey said.',
            "attack",
            False,
        ),
        (
            "Russia and China have studied U.S. war fighting and are preparing to attack space "
            "systems as a vulnerable center of gravity for U.S. military power, Mr. Work said.",
            "attack",
            False,
        ),
        (
            "It stirred anxiety not seen since the summer of 2005, when coordinated bomb attacks "
            "struck London's public transport network.",
            "struck",
            True,
        ),
    ],
    # batch-20 round: a people's culture or appearance that perishes (guardian-nyt, dev batch
    # 20, quoted), not the people who perish with it
    ("subject", "culture"): [
        (
            "Calling Russian soldiers “murderers”, “butchers” and “rapists”, Zelenskiy said late "
            "on Sunday: “your culture and human appearance perished together with the Ukrainian "
            "men and women”.",
            "perished",
            False,
        ),
        (
            "The Ukrainian men and women perished together with their culture.",
            "perished",
            True,
        ),
    ],
    # batch-21 round: shoot as a verb of motion (AllSides L4lLnnSRMWfhIoYm, unlabelled
    # dev-split article of the batch-18 pool); a person shooting into a vehicle stays (AllSides
    # z8w9KegYDu0O9ZYN, unlabelled dev-split article)
    ("subject", "fireball"): [
        ("Another said a fireball shot into the air as a nearby building shook.", "shot", False),
        (
            "The attack ended when police shot into the truck, killing Bouhlel, French "
            "prosecutor François Molins said Friday.",
            "shot",
            True,
        ),
    ],
    # batch-25 round: a crime as a legal or statistical category (AllSides P6vNF0N0EqECShVC,
    # BViKPughrQd6UAB5, unlabelled dev-split articles of the batch-25 pool); a charge of murder
    # stays (AllSides 9JuQK2f9PgqQKcYM, dev `nominal`)
    ("head_after", "rate"): [
        (
            "If he survives, Tsarnaev may face state murder charges as well as federal "
            "terrorism charges, CNN reports.",
            "murder",
            False,
        ),
        (
            "The murder rate in East St. Louis, which has a population of about 26,000, is 19 "
            "times higher than the national average.",
            "murder",
            False,
        ),
        ("Cousins was charged with murder.", "murder", True),
    ],
    # batch-25 round: a practice of an attack (AllSides DrUyHSPL3LldDLK5, unlabelled dev-split
    # article of the batch-25 pool); an attack on a base stays
    ("head_after", "drill"): [
        (
            "The two B-1 bombers flew 2,000 miles to conduct a precision strike training "
            "exercise with South Korean fighter jets.",
            "strike",
            False,
        ),
        ("A precision strike on the base killed two soldiers.", "killed", True),
    ],
    # batch-28 round: a crime named as a legal category, rape (AllSides, Bloomberg, dev batch
    # 28; AllSides bpgjDYAJaxkUN8y2, unlabelled dev-split article of the batch-28 pool)
    ("head_after", "case"): [
        (
            "Assange still faces likely arrest by London police should he leave the embassy for "
            "jumping bail when he refused to be extradited to Sweden for the rape case.",
            "rape",
            False,
        ),
        (
            "His church had no say when the Argentine Supreme Court expanded access to legal "
            "abortions in rape cases.",
            "rape",
            False,
        ),
        ("He was accused of the rape of a woman in Stockholm.", "rape", True),
    ],
    # batch-28 round: an aircraft shot (AllSides, CNN, dev batch 28); a pilot shot stays
    ("object", "plane"): [
        (
            "The shooting of the plane, Putin said, “represents a stab in the back by the "
            "terrorists’ accomplices.",
            "shooting",
            False,
        ),
        ("They shot the pilot of the plane as he landed.", "shot", True),
    ],
    # batch-28 round: a mission that dies (AllSides FEoKbOtRguYDWHfr, unlabelled dev-split
    # article of the batch-28 pool); the people of a mission who die stay
    ("subject", "mission"): [
        ("NATO’s original mission died then as well.", "died", False),
        ("Two members of the mission died in the crash.", "died", True),
    ],
    # agencywar35 round: a programme or a memo named by its harm noun (by-country articles-0485,
    # dev batch 17, `none`; AllSides ol4rNcESPl8thQI3, unlabelled dev-split pool); a bombing
    # campaign stays (AllSides UZiBabvrxubb8puS, unlabelled dev-split pool)
    ("head_after", "program"): [
        (
            'Russia has a targeted assassination program governed by the federal law, "On '
            'Countering Extreme Activity," that was approved by Putin in 2002.',
            "assassination",
            False,
        ),
        (
            "The government must disclose its still-secret targeted killing memos so the public "
            "can determine if they contain criteria as vague and elastic as its definitions.",
            "killing",
            False,
        ),
        (
            "But take the Obama administration’s bombing campaign against the Islamic State.",
            "bombing",
            True,
        ),
    ],
}


def _row_key(row: dict[str, str]) -> tuple[str, str]:
    return row["category"], row["term"].split("|")[0]


@pytest.mark.parametrize(
    "key,text,trigger,event",
    [(k, *case) for k, cases in CASES.items() for case in cases],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_argument_class_on_a_real_sentence(key, text, trigger, event):
    found = [e.text.lower() for e in find_agency(text)]
    assert (trigger.lower() in found) == event, (text, found)


def test_every_argument_row_has_cases():
    rows = read_table("agency/arguments.csv")
    assert {_row_key(r) for r in rows} == set(CASES)


def test_weapon_nouns_come_from_the_instruments_table():
    t = load_agency_tables()
    heads = t.arguments[("head_after", "*")]
    assert {"drones", "helicopters", "missiles"} <= heads
    assert "raids" not in heads and "strikes" not in heads  # attack nouns: the event itself


def test_bad_slot_is_a_lexicon_error(tmp_path):
    bad = tmp_path / "arguments.csv"
    bad.write_text("term,category,subcategory,source,note\nas,after_verb,attack,me,\n")
    with pytest.raises(LexiconError, match="after_verb"):
        load_agency_tables((("arguments", str(bad)),))


@pytest.mark.parametrize(
    "text,trigger,form",
    [
        # a form that is also a noun is a verb before an object pronoun (dev: "its propaganda
        # channels often attack him as …" was read as a noun)
        ("Drones attack them every night.", "attack", "active_instrument"),
        ("The militia attacks us from the hills.", "attacks", "active_agent"),
        ("The attack on the village was repelled.", "attack", "nominal"),
    ],
)
def test_object_pronoun_makes_a_verb(text, trigger, form):
    got = {e.text: e.form for e in find_agency(text)}
    assert got.get(trigger) == form, (text, got)


@pytest.mark.parametrize(
    "text,event",
    [
        ("But the attack on McCain's accounting was part of the assault nonetheless.", False),
        ("Mr. Trump has waged relentless attacks on news coverage that he does not like.", False),
        ("I'll fight against liberal attacks on our religious heritage.", False),
        ("Congress investigated the attack on the U.S. outpost in Benghazi.", True),
    ],
)
def test_abstract_objects_of_political_attacks(text, event):
    """The object class's words of political criticism (BASIL): character, faith, heritage,
    coverage, accounting, inquiry … are things, not people attacked."""
    assert any(e.lemma == "attack" for e in find_agency(text)) == event


def test_phrase_lemma_is_its_readable_name():
    # the evidence tables showed the phrase's regular expression as its lemma
    # ("lo(?:se|ses|st|sing)\s+…") on the war corpora
    ev = find_agency("Eleven civilians lost their lives in the town on Sunday.")
    assert [(e.text, e.lemma, e.form) for e in ev] == [
        ("lost their lives", "lose one's life", "intransitive")
    ]


def test_phrase_row_without_a_name_is_a_lexicon_error(tmp_path):
    bad = tmp_path / "harm_predicates.csv"
    bad.write_text(
        "term,category,subcategory,third,past,participle,gerund,nouns,keys,lemma,source,note\n"
        '"gave\\s+up\\s+the\\s+ghost",phrase,death,,,,,,gave,,me,\n'
    )
    with pytest.raises(LexiconError, match="row 1: a phrase row needs its readable name"):
        load_agency_tables((("predicates", str(bad)),))
