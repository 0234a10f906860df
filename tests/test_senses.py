"""Sense rules and idiom guards (issue 17): one case from a real sentence for every rule.

Each rule of ``analysis/lexicons/senses.csv``, ``packs/ukraine-2022/senses.csv`` and each issue-17
guard of ``guards.csv`` has at least one sentence where it fires (the hit is dropped) and, for
``require`` rules, one where it lets the hit through.  The sentences are the issue's examples, the
snippets quoted in the rules' notes (from the dev half of the hit audit and of WikiWeasel) or short
news sentences of the same construction; the expected values are written by hand.
"""

from __future__ import annotations

import pytest
from senses_dev10_cases import DEV10_CASES
from senses_dev11_cases import DEV11_CASES, DEV11_FORM_CASES
from senses_dev12_cases import DEV12_CASES
from senses_dev13_cases import DEV13_CASES, DEV13_LEXICON_CASES
from senses_dev14_cases import DEV14_CASES, DEV14_LEXICON_CASES
from senses_dev15_cases import DEV15_CASES, DEV15_LEXICON_CASES
from senses_dev16_cases import DEV16_CASES, DEV16_LEXICON_CASES, DEV16_VIRULENT_CASES
from senses_dev17_cases import DEV17_CASES
from senses_dev18_cases import DEV18_CASES
from senses_dev19_cases import DEV19_CASES
from senses_dev20_cases import DEV20_CASES
from senses_dev21_cases import DEV21_CASES
from senses_dev22_cases import DEV22_CASES
from senses_dev23_cases import DEV23_CASES
from senses_dev24_cases import DEV24_CASES
from senses_dev25_cases import DEV25_CASES
from senses_dev26_cases import DEV26_CASES
from senses_dev27_cases import DEV27_CASES
from senses_dev28_cases import DEV28_CASES
from senses_hedge18_cases import HEDGE18_CASES
from senses_hedge19_cases import HEDGE19_CASES
from senses_hedge20_cases import HEDGE20_CASES
from senses_term_cases import TERM_CASES

from analysis.detect.markers import compile_lexicon, find_markers
from analysis.detect.markers.senses import SenseRules, parse_rule
from analysis.errors import LexiconError
from analysis.evaluation.hedges import NON_EPISTEMIC_SUBCATEGORIES
from analysis.lexicons import read_table

# (file, term, rule name) -> [(sentence, surface of the hit, category, kept?)]
CASES: dict[tuple[str, str, str], list[tuple[str, str, str, bool]]] = {
    ("senses.csv", "*", "capitalised_name"): [
        ("The Daily Beast reported the story first.", "Beast", "loaded", False),
        ("Representative Louise M. Slaughter of New York said so.", "Slaughter", "loaded", False),
    ],
    ("senses.csv", "toxic", "toxic_literal"): [
        # audit-dev6-skim
        (
            "Russia had the intent and the motive to poison the Skripals with a toxic agent.",
            "toxic",
            "loaded",
            False,
        ),
        (
            "The river is unsafe because the toxic coal ash in it is burying animals.",
            "toxic",
            "loaded",
            False,
        ),
        ("Workers were exposed to toxic chemicals at the plant.", "toxic", "loaded", False),
        ("The term has become toxic in Washington.", "toxic", "loaded", True),
        ("The ad invokes toxic masculinity.", "toxic", "loaded", True),
    ],
    ("senses.csv", "toxic", "toxic_degree"): [
        ("The compound is highly toxic to fish.", "toxic", "loaded", False),
        ("It's a toxic and volatile mix of grievances.", "toxic", "loaded", True),
    ],
    ("senses.csv", "demon", "inner_demons"): [
        ("He has spoken about battling his own demons for years.", "demons", "loaded", False),
    ],
    ("senses.csv", "slam", "slam_physical"): [
        ("The car slammed into a building on Main Street.", "slammed", "loaded", False),
        ("The senator slammed the decision as reckless.", "slammed", "loaded", True),
    ],
    ("senses.csv", "woke", "woke_verb"): [
        ("She woke to find the street flooded.", "woke", "loaded", False),
        ("The campaign mocked what it called woke corporations.", "woke", "loaded", True),
    ],
    ("senses.csv", "woke", "woke_up"): [
        ("Residents woke up to sirens on Tuesday.", "woke", "loaded", False),
    ],
    ("senses.csv", "bitterly", "bitterly_cold"): [
        ("It was bitterly cold in the trenches.", "bitterly", "loaded", False),
        ("The two sides bitterly disagree over the plan.", "bitterly", "loaded", True),
    ],
    ("senses.csv", "bash", "bash_party"): [
        ("She threw a birthday bash for 200 guests.", "bash", "loaded", False),
    ],
    ("senses.csv", "trash", "trash_noun"): [
        (  # audit-dev6-skim
            "Coca-Cola was the most polluting brand in a global audit of plastic trash.",
            "trash",
            "loaded",
            False,
        ),
        ("Residents were throwing out the trash when the storm hit.", "trash", "loaded", False),
        ("He used the speech to trash the deal.", "trash", "loaded", True),
    ],
    ("senses.csv", "trash", "trash_compound"): [
        ("Trash cans overflowed in the park.", "Trash", "loaded", False),
    ],
    ("senses.csv", "puppet", "puppet_literal"): [
        ("The studio built digital puppets for the film.", "puppets", "loaded", False),
    ],
    ("senses.csv", "puppet", "puppet_show"): [
        ("Children watched a puppet show in the square.", "puppet", "loaded", False),
    ],
    ("senses.csv", "brutal", "degree_word"): [
        ("It was brutally cold in the trenches.", "brutally", "loaded", False),
        ("It was a brutal attack on civilians.", "brutal", "loaded", True),
    ],
    ("senses.csv", "bombshell", "literal_shell"): [
        ("Sappers removed an unexploded bombshell from the garden.", "bombshell", "loaded", False),
    ],
    ("senses.csv", "blasted", "blast_explosion"): [
        ("They walked among the ruins of blasted heritage sites.", "blasted", "loaded", False),
    ],
    ("senses.csv", "blasted", "blast_explosion_object"): [
        ("Engineers blasted through the wall to reach the cellar.", "blasted", "loaded", False),
        ("Critics blasted the minister over the delay.", "blasted", "loaded", True),
    ],
    ("senses.csv", "pound", "currency"): [
        ("The pound fell against the dollar on Friday.", "pound", "violence", False),
        ("Russian artillery continued to pound the city.", "pound", "violence", True),
    ],
    ("senses.csv", "pound", "currency_sentence"): [
        ("Sterling slid as traders said pounds were being sold.", "pounds", "violence", False),
    ],
    ("senses.csv", "pound", "weight"): [
        ("Police seized two pounds of marijuana.", "pounds", "violence", False),
    ],
    ("senses.csv", "barrage", "barrage_of_words"): [
        ("She faced a barrage of attacks on her character.", "barrage", "violence", False),
        ("A barrage of rockets hit the city overnight.", "barrage", "violence", True),
    ],
    ("senses.csv", "blitz", "media_blitz"): [
        ("The campaign launched a media blitz before the vote.", "blitz", "violence", False),
    ],
    ("senses.csv", "bombardment", "bombard_with_words"): [
        ("Reporters bombarded him with questions.", "bombarded", "violence", False),
        ("Forces bombarded the town with artillery.", "bombarded", "violence", True),
    ],
    ("senses.csv", "deadly", "deadly_idiom"): [
        ("The coach was deadly serious about the rule.", "deadly", "violence", False),
        ("It was a deadly strike on the city.", "deadly", "violence", True),
    ],
    ("senses.csv", "famous", "celebrated_verb"): [
        (
            "Fans celebrated the victory in the streets of Kharkiv.",
            "celebrated",
            "evidential",
            False,
        ),
        ("Mass was celebrated in the cathedral on Sunday.", "celebrated", "evidential", False),
        ("The celebrated novelist died on Tuesday.", "celebrated", "evidential", True),
    ],
    ("senses.csv", "regarded as", "dubbed_audio"): [
        ("The discs were then dubbed from these masters.", "dubbed", "evidential", False),
        ("The film was dubbed into English for its release.", "dubbed", "evidential", False),
        ("He was dubbed the Iron Chancellor.", "dubbed", "evidential", True),
    ],
    # prove_turn_out_modal, doubt_noun_object, have_possess: exclusions replaced by the term-level
    # require rules of the audit16 round (their cases now test the requires)
    ("senses.csv", "prove", "proof_asserted"): [
        (
            "The consequences of getting this wrong might prove disastrous.",
            "prove",
            "booster",
            False,
        ),
        ("The tests prove that the missile was Russian.", "prove", "booster", True),
    ],
    ("senses.csv", "truly", "negated_truly"): [
        ("He did not truly represent his constituents.", "truly", "booster", False),
    ],
    ("senses.csv", "necessarily", "necessarily_comparison"): [
        (
            "It was more of a personal tasking than necessarily a CIA-led one.",
            "necessarily",
            "booster",
            False,
        ),
    ],
    ("senses.csv", "radical", "radical_change"): [
        (
            "Perhaps the single most radical thing about the revolution was its end.",
            "radical",
            "contested",
            False,
        ),
        ("He called for a radical overhaul of the tax code.", "radical", "contested", False),
        ("The radical left opposed the bill.", "radical", "contested", True),
    ],
    ("senses.csv", "many", "as_many_as"): [
        ("As many as 64% of Ukrainians believe the war will be won.", "many", "quantifier", False),
    ],
    ("senses.csv", "many", "as_many_comparison"): [
        ("The aim is to score as many points as possible.", "many", "quantifier", False),
        ("There are as many floats as bands in the parade.", "many", "quantifier", False),
        ("In 1720, as many sailors took to piracy as a trade.", "many", "quantifier", True),
    ],
    ("senses.csv", "claimed", "claim_take"): [
        ("The opposition leader claimed victory on Sunday.", "claimed", "evidential", False),
        ("He had claimed a dubious victory in the election.", "claimed", "evidential", False),
        ("The epidemic claimed the lives of thousands.", "claimed", "evidential", False),
        ("He claimed the vote had been rigged.", "claimed", "evidential", True),
    ],
    ("senses.csv", "most + evaluation", "ranked_list"): [
        ("It was among the nation's five most popular new cars.", None, "evidential", False),
        ("It was the 60th most successful school in the country.", None, "evidential", False),
        ("It is the most popular car in the country.", "most popular", "evidential", True),
    ],
    ("senses.csv", "is said to", "said_to_term"): [
        (
            'A bird with one copy of the gene is said to be "split" for the trait.',
            "is said to",
            "evidential",
            False,
        ),
        ("The forms are said to `inhere' in the particulars.", "are said to", "evidential", False),
        ("The castle is said to date to the 12th century.", "is said to", "evidential", True),
    ],
    ("senses.csv", "generally regarded", "called_term"): [
        ('This is often called an "extra man offense".', "often called", "evidential", False),
        (
            "The winner of the bid (often called the `pitcher') leads.",
            "often called",
            "evidential",
            False,
        ),
        ("He is often called the greatest bowler of his era.", "often called", "evidential", True),
    ],
    ("senses.csv", "so-called", "term_in_parentheses"): [
        ("Some people (so-called superspreaders) infect dozens.", "so-called", "evidential", False),
        ("The so-called referendum was a sham.", "so-called", "evidential", True),
    ],
    ("senses.csv", "assume", "lets_assume"): [
        ("But let's assume that didn't work.", "assume", "hedge", False),
    ],
    ("senses.csv", "could", "could_barely"): [
        ("Biden looked as if he could barely stay in his seat.", "could", "hedge", False),
    ],
    ("senses.csv", "doubt", "doubt_content"): [
        (
            "The lingering doubt Trump has imposed on power markets persists.",
            "doubt",
            "hedge",
            False,
        ),
        ("I doubt that the ceasefire will hold.", "doubt", "hedge", True),
    ],
    ("senses.csv", "fairly", "fairly_how"): [
        (
            "It is time to judge the media on how fairly they covered the parties.",
            "fairly",
            "hedge",
            False,
        ),
        ("The results were fairly close.", "fairly", "hedge", True),
    ],
    ("senses.csv", "guess", "guess_what"): [
        ("But guess what: the law has been ignored for decades.", "guess", "hedge", False),
    ],
    ("senses.csv", "in general", "noun_in_general"): [
        (
            "It was his lack of popularity in general in his district that doomed him.",
            "in general",
            "hedge",
            False,
        ),
        ("In general, the troops were well supplied.", "In general", "hedge", True),
    ],
    ("senses.csv", "partly", "partly_or_wholly"): [
        (
            "If using any of our content, partly or in full, provide a link.",
            "partly",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "plausible", "negated_plausible"): [
        ("The acts lack any plausible legal justification.", "plausible", "hedge", False),
    ],
    ("senses.csv", "speculation", "speculation_about"): [
        (
            "His remark gave rise to speculation about his Russia policy.",
            "speculation",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "suspect that", "suspected_of"): [
        (
            "He is reluctant to call people suspected of collaborating with Russia Ukrainians.",
            "suspected",
            "hedge",
            False,
        ),
        ("Officials suspected that the fire was arson.", "suspected that", "hedge", True),
    ],
    ("senses.csv", "uncertain", "no_uncertain_terms"): [
        ("Russian officials hit back in no uncertain terms.", "uncertain", "hedge", False),
        ("The outcome remains uncertain.", "uncertain", "hedge", True),
    ],
    ("senses.csv", "hateful", "policy_name"): [
        (
            "Twitter said the embassy had violated its rules on hateful conduct.",
            "hateful",
            "loaded",
            False,
        ),
        ("He posted hateful messages about Ukrainians.", "hateful", "loaded", True),
    ],
    ("senses.csv", "catastrophic", "nuclear_catastrophe"): [
        ("Escalation may produce a nuclear catastrophe.", "catastrophe", "loaded", False),
    ],
    ("senses.csv", "trash", "trash_hyphen_compound"): [
        ("The laws against trash-throwing are not enforced.", "trash", "loaded", False),
    ],
    ("senses.csv", "casualties", "casualty_of_politics"): [
        (
            "Jeff Flake, a casualty of the GOP Trump takeover, warned senators.",
            "casualty",
            "violence",
            False,
        ),
    ],
    ("senses.csv", "deadly", "deadly_disease"): [
        (
            "He said cholera and other deadly diseases could kill thousands.",
            "deadly",
            "violence",
            False,
        ),
    ],
    ("senses.csv", "terrorist attack", "counter_terrorism"): [
        (
            "The arrest followed an operation by the counter-terrorism command.",
            "terrorism",
            "violence",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "invasion", "other_invader_before"): [
        (
            "Hitler gave assurances about Germany invading Czechoslovakia in 1938,"
            " as Ukraine knows.",
            "invading",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "military operation", "plural_generic"): [
        (
            "The Situation Room is where military operations are tracked; Ukraine was discussed.",
            "military operations",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "Kyiv", "organisation_name"): [
        (
            "Russia and Ukraine exchanged prisoners, the Kyiv Independent reports.",
            "Kyiv",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "Kiev", "organisation_name"): [
        ("Dynamo Kiev beat Shakhtar in Ukraine's league.", "Kiev", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "Kiev", "organisation_name_after"): [
        ("The Kiev Post reported the strike on Ukraine's capital.", "Kiev", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "Odessa", "us_namesake"): [
        ("A gunman killed seven people in Odessa, Texas, on Saturday.", "Odessa", "naming", False),
        ("Russian drones struck Odessa, the port city, overnight.", "Odessa", "naming", True),
    ],
    ("packs/ukraine-2022/senses.csv", "Odessa", "us_namesake_sentence"): [
        (
            "The gunman drove from Midland to Odessa before police stopped him.",
            "Odessa",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "Odesa", "us_namesake"): [
        ("The shooting in Odesa, TX was the second in a month.", "Odesa", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "Odesa", "us_namesake_sentence"): [
        ("Oil workers in the Permian Basin around Odesa mourned.", "Odesa", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "liberation", "ukraine_territories"): [
        (
            "Ukraine may refrain from operations in exchange for the liberation and"
            " protection of all territories, including the Donbas.",
            "liberation",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "Nazi", "historical_nazi_symbols"): [
        (
            "Facebook takes down Trump ads featuring symbol used by Nazis to mark"
            " political prisoners.",
            "Nazis",
            "loaded",
            False,
        ),
    ],
    ("senses.csv", "kind of", "kind_of_type"): [
        ("We do not know what kind of equipment they have.", "kind of", "hedge", False),
        ("It was kind of a surprise.", "kind of", "hedge", True),
    ],
    ("senses.csv", "sort of", "sort_of_type"): [
        ("This sort of aggression cannot go unanswered.", "sort of", "hedge", False),
    ],
    ("senses.csv", "suppose", "supposed_to"): [
        ("It was supposed to be a photo opportunity.", "supposed", "hedge", False),
    ],
    ("senses.csv", "possibility", "possibility_object"): [
        ("Ministers will study the possibility of sanctions.", "possibility", "hedge", False),
        ("There is a real possibility of a ceasefire.", "possibility", "hedge", True),
    ],
    ("senses.csv", "possibility", "possibility_that"): [
        (
            "Officials did not rule out the possibility that it was sabotage.",
            "possibility",
            "hedge",
            True,
        ),
    ],
    ("senses.csv", "might", "might_noun"): [
        ("Russia displayed its military might in Red Square.", "might", "hedge", False),
        ("The talks might resume next week.", "might", "hedge", True),
    ],
    ("senses.csv", "think", "thought_noun"): [
        ("He defended freedom of thought.", "thought", "hedge", False),
        ("Officials thought the attack was imminent.", "thought", "hedge", True),
    ],
    ("senses.csv", "believe", "believe_in"): [
        ("I believe in the Golden Rule.", "believe", "hedge", False),
    ],
    ("senses.csv", "assume", "assume_office"): [
        ("She could assume the chairmanship next year.", "assume", "hedge", False),
    ],
    ("senses.csv", "suggest", "suggest_propose"): [
        (
            "He reached out to suggest that we consider changing the date.",
            "suggest",
            "hedge",
            False,
        ),
        ("The data suggest that the strike hit a depot.", "suggest", "hedge", True),
    ],
    ("senses.csv", "possibly", "possibly_emphatic"): [
        ("Things couldn't possibly be worse.", "possibly", "hedge", False),
    ],
    ("senses.csv", "may have", "have_possess"): [
        ("Voters may have a chance to decide.", "may have", "hedge", False),
    ],
    ("senses.csv", "generally", "generally_scope"): [
        ("It hurt Ukraine and the west more generally.", "generally", "hedge", False),
    ],
    ("senses.csv", "usually", "usually_comparison"): [
        ("He was a more than usually crucial member of the team.", "usually", "hedge", False),
    ],
    ("senses.csv", "according to", "according_to_relative"): [
        (
            "They proposed amendments according to which Ukraine would reject the deal.",
            "according to",
            "evidential",
            False,
        ),
        (
            "The strike killed 12 people, according to the regional governor.",
            "according to",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "clearly", "manner_of_saying"): [
        ("The treaty clearly states the border.", "clearly", "booster", False),
        # audit-dev9 (by-country, PL)
        (
            "One of the high -ranking EU officials told the Polish Radio journalist, Beata "
            "Płomecka, that this position was clearly presented.",
            "clearly",
            "booster",
            False,
        ),
    ],
    ("senses.csv", "clearly", "manner_degree"): [
        ("She spoke clearly to the crowd.", "clearly", "booster", False),
        ("This is clearly a war crime.", "clearly", "booster", True),
    ],
    ("senses.csv", "definitively", "manner_definitively"): [
        ("He avoided answering questions definitively.", "definitively", "booster", False),
    ],
    ("senses.csv", "definitively", "manner_definitively_verb"): [
        (
            "Investigators have not definitively determined the cause.",
            "definitively",
            "booster",
            False,
        ),
    ],
    ("senses.csv", "necessarily", "negated_booster"): [
        ("That doesn't necessarily mean a retreat.", "necessarily", "booster", False),
    ],
    ("senses.csv", "demonstrate", "show_quality"): [
        (
            "It is late in the day. President Biden simply needs to demonstrate the political "
            "will to act.",
            "demonstrate",
            "booster",
            False,
        ),
        (
            "The summit is an opportunity to demonstrate leadership.",
            "demonstrate",
            "booster",
            False,
        ),
    ],
    ("senses.csv", "demonstrate", "protest"): [
        ("Thousands demonstrated outside the embassy.", "demonstrated", "booster", False),
        ("The footage demonstrates that the convoy was civilian.", "demonstrates", "booster", True),
    ],
    ("senses.csv", "prove", "prove_turn_out"): [
        ("The crossing proved difficult for the troops.", "proved", "booster", False),
    ],
    ("senses.csv", "many", "quantity_of_time"): [
        ("He had lived there for many years.", "many", "quantifier", False),
        ("Many believe the vote was rigged.", "Many", "evidential", True),
        # a bare quantity is a quantifier (tenth audit round), not an evidential
        (
            "The authorities of many countries have mobilized teams that support rescue "
            "operations.",
            "many",
            "quantifier",
            True,
        ),
        (
            "The authorities of many countries have mobilized teams that support rescue "
            "operations.",
            "many",
            "evidential",
            False,
        ),
    ],
    ("senses.csv", "some", "quantity_of_time"): [
        ("The talks will take some time.", "some", "quantifier", False),
    ],
    ("senses.csv", "many", "degree_quantity"): [
        ("Too many Democrats backed down and abandoned Dreamers.", "many", "quantifier", False),
    ],
    ("senses.csv", "doubt", "negated_doubt"): [
        ("The goals will be achieved. There are no doubts about that.", "doubts", "hedge", False),
        ("Analysts doubt the offensive will succeed.", "doubt", "hedge", True),
    ],
    ("senses.csv", "estimate", "estimate_noun"): [
        ("The IMF upgraded Russia's GDP estimate for this year.", "estimate", "hedge", False),
        ("Officials estimate that 300 people were killed.", "estimate", "hedge", True),
    ],
    ("senses.csv", "may have", "counterfactual_ability"): [
        ("Schumer said Trump could have chosen a union member.", "could have", "hedge", False),
        ("The strike could have killed hundreds.", "could have", "hedge", True),
    ],
    ("senses.csv", "presume", "legal_presumption"): [
        (
            "As of March 15, there were 13 confirmed or presumed positive COVID-19 cases.",
            "presumed",
            "hedge",
            False,
        ),
        ("Virtually all congressional action is presumed valid.", "presumed", "hedge", False),
        ("Two sailors are missing, presumed dead.", "presumed", "hedge", True),
    ],
    ("senses.csv", "unlikely", "attributive_unlikely"): [
        (
            "The oath capped Trump's unlikely journey to the White House.",
            "unlikely",
            "hedge",
            False,
        ),
        ("A deal is unlikely to be reached this week.", "unlikely", "hedge", True),
    ],
    ("senses.csv", "demonstrate", "demonstrate_display"): [
        (
            "The Mona Lisa is animated in three clips to demonstrate the new technology.",
            "demonstrate",
            "booster",
            False,
        ),
    ],
    ("senses.csv", "bloody", "literal_blood"): [
        (  # audit-dev6-skim
            "Rasputin's body was found after one of his bloody boots got caught on the bridge.",
            "bloody",
            "loaded",
            False,
        ),
        ("The Sun shows a bloody-faced woman leaving the scene.", "bloody", "loaded", False),
        ("It was a bloody week for the government.", "bloody", "loaded", True),
    ],
    # the ukraine-2022 pack
    ("packs/ukraine-2022/senses.csv", "animals", "people_as_animals"): [
        ("They are behaving like animals, the mayor said.", "animals", "loaded", True),
        ("The filigree pieces, often depicting animals, were stolen.", "animals", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "animals", "literal_animals"): [
        ("Volunteers rescued animals like dogs and cats from the zoo.", "animals", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "Nazi", "historical_nazi"): [
        (
            "His grandfather fought the Nazi invaders in the Second World War.",
            "Nazi",
            "loaded",
            False,
        ),
        ("Moscow calls the government in Kyiv a Nazi regime.", None, "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "fascist", "historical_fascism"): [
        ("Mussolini's fascist party ruled Italy from 1922.", "fascist", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "drug addicts", "literal_addicts"): [
        (
            "Putin called the Kyiv government a gang of drug addicts.",
            "drug addicts",
            "loaded",
            True,
        ),
        ("They rounded up the drunks and the drug addicts.", "drug addicts", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "liberation", "russian_agent"): [
        ("Russian troops claimed the liberation of Mariupol.", "liberation", "loaded", True),
        ("The liberated villages celebrated.", "liberated", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "liberation", "ukraine_agent"): [
        (
            "Ukrainian forces liberated Snake Island after Russia withdrew.",
            "liberated",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "liberation", "other_liberation"): [
        ("Russia marked the liberation of Auschwitz in 1945.", "liberation", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "peacekeepers", "russian_peacekeepers"): [
        ("Putin sent Russian peacekeepers to Donetsk.", "peacekeepers", "loaded", True),
        ("The peacekeepers left the town.", "peacekeepers", "loaded", False),
    ],
    ("packs/ukraine-2022/senses.csv", "peacekeepers", "other_peacekeepers"): [
        (
            "Ukraine's peacekeepers in Kosovo will return, Russia said.",
            "peacekeepers",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "orc", "acronym"): [
        ("A new CNN/ORC International poll shows Obama leading.", "ORC", "loaded", False),
        ("Ukrainian soldiers call the Russian invaders orcs.", "orcs", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "neutralise", "neutralise_threat"): [
        (
            "The weapons will neutralise Russia's ability to kill civilians.",
            "neutralise",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "republics", "donbas_anchor"): [
        (
            "Moscow recognised the Donetsk and Luhansk people's republics.",
            "people's republics",
            "naming",
            True,
        ),
        ("Crimea was an autonomous republic within the Soviet Union.", "republic", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "republics", "other_republic"): [
        ("Separatists compared it to the Czech republic.", "republic", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "separatists", "ukraine_anchor"): [
        ("Separatists in Donetsk shelled the town.", "Separatists", "naming", True),
        ("The separatists held a referendum.", "separatists", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "separatists", "other_separatists"): [
        ("Russia backs rebels in Syria and separatists elsewhere.", "rebels", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "annexation", "crimea_anchor"): [
        ("Russia annexed Crimea in 2014.", "annexed", "naming", True),
        ("Putin signed the annexation of four regions.", "annexation", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "reunification", "crimea_anchor"): [
        ("Moscow celebrates Crimea's reunification with Russia.", "reunification", "naming", True),
        (
            "The turbine was returned to Russia after repairs.",
            "returned to Russia",
            "naming",
            False,
        ),
        ("Children were reunited with family members.", "reunited", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "war", "this_war"): [
        ("The war in Ukraine enters its second year.", "war", "naming", True),
        ("The war has been a disaster for the party.", "war", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "war", "other_war_before"): [
        ("The Vietnam war divided America, the Ukrainian envoy said.", "war", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "war", "other_war_after"): [
        ("Unlike the war in Iraq, Kyiv has allies.", "war", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "invasion", "this_war"): [
        ("The invasion of Ukraine began on 24 February.", "invasion", "naming", True),
        ("The invasion failed, the historian writes.", "invasion", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "invasion", "other_invasion"): [
        ("Kyiv's envoy recalled the Soviet invasion of 1968.", "invasion", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "invasion", "other_invasion_of"): [
        ("Zelensky compared it to the invasion of Iraq.", "invasion", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "this_war"): [
        ("Russia launched its offensive in the Donbas.", "offensive", "naming", True),
        ("The offensive stalled in the snow.", "offensive", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "offensive_adjective"): [
        ("Kyiv called the remark deeply offensive.", "offensive", "naming", False),
        ("Ukraine's counter-offensive retook Kharkiv.", "offensive", "naming", False),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "offensive_to"): [
        ("Kyiv said the poster was offensive to women.", "offensive", "naming", False),
    ],
    # second round (audit dev2 and WikiWeasel dev): one sentence of each construction
    ("senses.csv", "plainly", "manner_plainly"): [
        (
            "Anyone who saw the tape could plainly see that he was joking.",
            "plainly",
            "booster",
            False,
        ),
        ("The claim is plainly false.", "plainly", "booster", True),
    ],
    ("senses.csv", "truly", "degree_truly"): [
        ("His words about the invasion were truly terrifying.", "truly", "booster", False),
        ("Nobody truly knows what the Kremlin wants.", "truly", "booster", True),
    ],
    ("senses.csv", "indeed", "indeed_conditional"): [
        (
            "There could be consequences for Ecuador if it does indeed grant him asylum.",
            "indeed",
            "booster",
            False,
        ),
        ("The report was indeed accurate.", "indeed", "booster", True),
    ],
    ("senses.csv", "beyond doubt", "standard_of_proof"): [
        (
            "The bill would make companies prove beyond doubt that the gap is fair.",
            "beyond doubt",
            "booster",
            False,
        ),
        (
            "The forensic report established beyond doubt that the missile was Russian.",
            "beyond doubt",
            "booster",
            True,
        ),
    ],
    ("senses.csv", "prove", "prove_demand"): [
        ("I want you to prove that I am a racist.", "prove", "booster", False),
        ("These documents prove that the order came from Moscow.", "prove", "booster", True),
    ],
    ("senses.csv", "fairly", "fairly_manner"): [
        (
            "Companies must make sure that women are treated fairly in the workplace.",
            "fairly",
            "hedge",
            False,
        ),
        ("The talks were fairly short.", "fairly", "hedge", True),
    ],
    ("senses.csv", "virtually", "virtually_online"): [
        (
            "Most of the trading takes place virtually via financial centres.",
            "virtually",
            "hedge",
            False,
        ),
        ("The town was virtually destroyed.", "virtually", "hedge", True),
    ],
    ("senses.csv", "virtually", "virtually_online_verb"): [
        ("The ministers met virtually on Tuesday evening.", "virtually", "hedge", False),
    ],
    ("senses.csv", "could", "rhetorical_question"): [
        ("Who could blame him?", "could", "hedge", False),
        ("The talks could collapse this week.", "could", "hedge", True),
    ],
    ("senses.csv", "estimate", "estimates_noun_verb"): [
        (
            "He said UN estimates showed only two million tonnes could be moved by rail.",
            "estimates",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "guess", "guess_activity"): [
        (
            "Western leaders have spent years trying to guess what Putin wants.",
            "guess",
            "hedge",
            False,
        ),
        ("I guess the talks will fail.", "guess", "hedge", True),
        # audit-dev9 (Guardian/NYT, NYT: a quoted former ambassador)
        ("My guess is that Putin wants to liberate his comrade.", "guess", "hedge", True),
    ],
    ("senses.csv", "it appears", "than_it_appears"): [
        (
            "The issue may be more complicated than it appears on the surface.",
            "it appears",
            "hedge",
            False,
        ),
        ("It appears the convoy has stopped.", "It appears", "hedge", True),
    ],
    ("senses.csv", "seem", "than_it_seems"): [
        ("The deal is more fragile than it seems.", "seems", "hedge", False),
        ("The deal seems fragile.", "seems", "hedge", True),
    ],
    ("senses.csv", "speculation", "speculation_topic"): [
        ("He stoked a frenzy of speculation about his pick.", "speculation", "hedge", False),
        ("There is speculation that the minister will resign.", "speculation", "hedge", True),
    ],
    ("senses.csv", "might", "might_noun_possessive"): [
        (
            "Russia's reminders of its nuclear might, even if bluster, were noted.",
            "might",
            "hedge",
            False,
        ),
        ("Russia might escalate the war.", "might", "hedge", True),
    ],
    ("senses.csv", "must have", "epistemic_perfect"): [
        ("The Union must have a strong voice of Poland.", None, "hedge", False),
        ("He must have known about the plan.", None, "hedge", True),
    ],
    ("senses.csv", "not necessarily", "views_disclaimer"): [
        (
            "The views expressed are the author's and not necessarily those of the newspaper.",
            "not necessarily",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "suggest", "suggest_proposal"): [
        (
            "Obama has privately suggested that Sanders drop out of the race.",
            "suggested",
            "hedge",
            False,
        ),
        ("The data suggested that the strike had failed.", "suggested", "hedge", True),
    ],
    ("senses.csv", "suppose", "lets_suppose"): [
        ("Let's suppose security is needed.", "suppose", "hedge", False),
        ("I suppose security is needed.", "suppose", "hedge", True),
    ],
    ("senses.csv", "think", "think_about"): [
        ("I kept thinking about all this while the artillery thudded.", "thinking", "hedge", False),
        ("I think about 40 people were killed.", "think", "hedge", True),
    ],
    ("senses.csv", "smear", "smear_literal"): [
        ("It is as callous as smearing shoe polish on your face.", "smearing", "loaded", False),
        ("The campaign tried smearing his opponent as a traitor.", "smearing", "loaded", True),
    ],
    ("senses.csv", "dumb", "dumb_contrast"): [
        ("You could be female, male, smart, dumb, rich or poor.", "dumb", "loaded", False),
        ("That was a dumb decision.", "dumb", "loaded", True),
    ],
    ("senses.csv", "tragic", "literary_term"): [
        (
            "There are two views of human nature, one tragic and one therapeutic.",
            "tragic",
            "loaded",
            False,
        ),
        ("It was a tragic loss of life.", "tragic", "loaded", True),
    ],
    ("senses.csv", "*", "hashtag"): [
        ("He tagged the photo #man #trash #digger.", "trash", "loaded", False),
    ],
    ("senses.csv", "indiscriminate", "non_violent"): [
        (
            "The agency is prohibited from indiscriminately sifting through phone records.",
            "indiscriminately",
            "violence",
            False,
        ),
        ("The indiscriminate shelling of the city went on.", "indiscriminate", "violence", True),
    ],
    ("senses.csv", "death toll", "disease_disaster"): [
        ("Iran's death toll from the virus jumped to 124.", "death toll", "violence", False),
        ("The death toll from the missile strike rose to 20.", "death toll", "violence", True),
    ],
    ("senses.csv", "casualties", "disease_disaster"): [
        ("The earthquake caused heavy casualties in the south.", "casualties", "violence", False),
    ],
    ("senses.csv", "according to", "according_to_standard"): [
        ("A pantun is recited according to a fixed rhythm.", "according to", "evidential", False),
        ("The drink is blended according to preference.", "according to", "evidential", False),
        (
            "The plant was shelled overnight, according to the governor.",
            "according to",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "widely", "widely_attitude"): [
        (
            "Electronic pedalboards became widely available in the 1990s.",
            "widely",
            "evidential",
            False,
        ),
        ("The period is widely regarded as a time of decline.", "widely", "evidential", True),
        # audit-dev6: an attitude of unnamed people (dropped by the rules before the round)
        (
            "Clinton's claim in that interview has been widely debunked as false.",
            "widely",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "it is believed", "it_is_often_usage"): [
        ("It is often used as a substitute for butter.", "It is often", "evidential", False),
        (
            "It is often said that the number belonged to a student flat.",
            "It is often",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "appear to", "appear_to_viewer"): [
        (
            "A few weeks later the ghost appeared to Andrew in a dream.",
            "appeared to",
            "hedge",
            False,
        ),
        ("Trump appeared to strike a softer tone.", "appeared to", "hedge", True),
    ],
    ("senses.csv", "tend to", "tend_to_care"): [
        ("Those who tended to the ill were most at risk.", "tended to", "hedge", False),
        ("Sanctions tend to hurt the poor most.", "tend to", "hedge", True),
    ],
    ("senses.csv", "indicate", "indicate_signify"): [
        (
            "The first letter indicates the half-month of the discovery.",
            "indicates",
            "hedge",
            False,
        ),
        ("Early reports indicate that the dam was blown up.", "indicate", "hedge", True),
    ],
    ("senses.csv", "indicate", "indicate_purpose"): [
        ("The term was used to indicate a sticky situation.", "indicate", "hedge", False),
        ("The results seem to indicate a slowdown.", "indicate", "hedge", True),
    ],
    ("senses.csv", "think", "thought_noun_field"): [
        (
            "The books trace French literature and thought from 1750 to 1898.",
            "thought",
            "hedge",
            False,
        ),
        ("Officials thought the attack was imminent.", "thought", "hedge", True),
    ],
    ("senses.csv", "believe", "believe_object"): [
        (
            "He refused to believe any other explanation of the partnership.",
            "believe",
            "hedge",
            False,
        ),
        ("I do not believe the reports are true.", "believe", "hedge", True),
    ],
    ("senses.csv", "famous", "made_famous"): [
        ("This road was made famous worldwide by a short film.", "famous", "evidential", False),
        ("The role that made him famous was a cameo.", "famous", "evidential", True),
    ],
    ("senses.csv", "famous", "famous_title"): [
        (
            "Titles shown include ` Killzone 2', ` Infamous' and others.",
            "Infamous",
            "evidential",
            False,
        ),
        ("Famous for its beaches, the town grew quickly.", "Famous", "evidential", True),
    ],
    ("senses.csv", "notable", "notable_remark"): [
        ("It is notable that one of his sketches has a subtitle.", "notable", "evidential", False),
        ("The band is notable for its concept albums.", "notable", "evidential", True),
    ],
    ("senses.csv", "believe", "disbelief_idiom"): [
        ("The others couldn't believe their eyes.", "believe", "hedge", False),
        ("Many believe the war will last years.", "believe", "hedge", True),
    ],
    ("senses.csv", "assume", "assumed_adjective"): [
        (
            "Apart from his assumed and crafty melancholy, nothing recommended him.",
            "assumed",
            "hedge",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "animals", "animal_modifier"): [
        ("We treat stray animals better, another man notes.", "animals", "loaded", False),
        ("They treat prisoners like animals.", "animals", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "beast", "literal_animal_sentence"): [
        (
            "Like a pride of lions with an elephant, they exhaust the beast in small bites.",
            "beast",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "Nazi", "historical_nazi_sentence"): [
        (
            "Some historians argue that the bitterness helped the Nazis rise to power.",
            "Nazis",
            "loaded",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "relentless", "degree_relentlessly"): [
        ("He presented himself as relentlessly positive.", "relentlessly", "loaded", False),
        ("The relentless shelling of the town went on.", "relentless", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "invasion", "plural_generic"): [
        (
            "Ukraine needs help. We need more diplomacy in response to invasions of Ukraine, "
            "Palestine or Yemen.",
            "invasions",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "plural_generic"): [
        (
            "Russian operations in Ukraine are unlikely to beat previous major offensives "
            "around Kyiv.",
            "offensives",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "military operation", "other_war_sentence"): [
        (  # audit-dev6-skim
            "Russia's war in Ukraine dominated the talks. Kerry argued that a huge U.S. military "
            "operation in the Middle East is unlikely to reshape its politics.",
            "military operation",
            "naming",
            False,
        ),
        (
            "Sweden joined Nato after the war in Ukraine. Turkey launched a military operation "
            "to take areas in Syria held by Kurdish fighters.",
            "military operation",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "other_war_sentence"): [
        (
            "Kyiv is quiet today. The offensive in Syria's Idlib province resumed.",
            "offensive",
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "republics", "other_republic_china"): [
        (
            "Trade with Ukraine is a chance, argued the leader of the Chinese People's Republic.",
            None,
            "naming",
            False,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "war", "compound_of"): [
        ("Ukraine said the men were protected as prisoners of war.", "war", "naming", False),
        ("Ukraine said the war would go on.", "war", "naming", True),
    ],
    # fourth development round (audit-dev4): constructed sentences of the dev4 constructions
    ("senses.csv", "*", "booster_in_condition"): [
        (
            "If a defendant can demonstrate that the claims are justified, it will help him.",
            "demonstrate",
            "booster",
            False,
        ),
        (
            "If the investigators have in fact engaged in misconduct, they should be called on it.",
            "in fact",
            "booster",
            False,
        ),
        ("The investigators have in fact engaged in misconduct.", "in fact", "booster", True),
        (
            "As if to reinforce the fact that the lists were incomplete, two names were missing.",
            "the fact that",
            "booster",
            True,
        ),
    ],
    ("senses.csv", "*", "manner_speech_act"): [
        (
            "Blinken called on Russia to clearly deny that it would attack Ukraine.",
            "clearly",
            "booster",
            False,
        ),
        ("Russia clearly wants to attack Ukraine.", "clearly", "booster", True),
    ],
    ("senses.csv", "*", "named_inclusion"): [
        (
            "That created a fight, with some – including conservatives such as Sen. Marco Rubio "
            "– arguing that the plan would fail.",
            "some",
            "evidential",
            False,
        ),
        (
            "The latest fighting in the east came amid predictions from some analysts that Russia "
            "may be overstretched in other areas, including around Kherson.",
            "some analysts",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "regarded as", "active_named_describer"): [
        (
            "The two powers would form what he described as a grand coalition.",
            "described as",
            "evidential",
            False,
        ),
        (
            "The two powers would form what is described as a grand coalition.",
            "described as",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "*", "frequency_superlative_participle"): [
        (
            "With demand flat, most commonly sold gasoline contains only 10 percent ethanol.",
            "commonly",
            "hedge",
            False,
        ),
        ("The drug is commonly believed to be safe.", "commonly", "hedge", True),
    ],
    ("senses.csv", "likely", "likely_electorate"): [
        (
            "Perry netted six percent support among likely Republican caucus-goers.",
            "likely",
            "hedge",
            False,
        ),
        ("Perry is likely to lose the caucus.", "likely", "hedge", True),
    ],
    ("senses.csv", "*", "approximator_physical_state"): [
        (
            'A detainee died after being held "partially nude" and chained to the floor.',
            "partially",
            "hedge",
            False,
        ),
        ("The sanctions were partly to blame for the crisis.", "partly", "hedge", True),
    ],
    ("senses.csv", "suggest", "suggest_insinuate"): [
        (
            "Asked whether he was suggesting that Mr. Obama lacked sympathy, he did not back down.",
            "suggesting",
            "hedge",
            False,
        ),
        ("The data are suggesting that losses declined.", "suggesting", "hedge", True),
    ],
    ("senses.csv", "hoax", "hoax_literal_object"): [
        ('"These are not hoax devices," the FBI director said.', "hoax", "loaded", False),
        ("He called the investigation a hoax.", "hoax", "loaded", True),
    ],
    ("senses.csv", "*", "violent_imagery_abstract_target"): [
        (
            "The outcome obliterated the decades-long legal challenge to the team's name.",
            "obliterated",
            "loaded",
            False,
        ),
        (
            "Bishops criticised a budget plan that decimates food programs for families.",
            "decimates",
            "loaded",
            False,
        ),
        (
            "Steele will disregard the onslaught of criticism and seek a second term.",
            "onslaught",
            "loaded",
            False,
        ),
        ("The Russian onslaught on Mariupol went on for weeks.", "onslaught", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "fascist", "victory_over_fascism"): [
        (
            "On Victory in Europe Day we celebrate the victory over fascism of decades ago.",
            "fascism",
            "loaded",
            False,
        ),
        ("Moscow calls the government in Kyiv fascist.", "fascist", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "Nazi", "victory_over_nazism"): [
        ("Veterans marked the victory over the Nazis in Kyiv.", "Nazis", "loaded", False),
        ("Russian state TV calls Ukrainians Nazis.", "Nazis", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "war", "domain_war_compound"): [
        (
            "Ukraine urged a stepping up of the west's economic war against Russia.",
            "war",
            "naming",
            False,
        ),
        ("Ukraine said the war against Russia would go on.", "war", "naming", True),
    ],
    # fifth development round (audit-dev5): sentences of the dev5 constructions
    ("senses.csv", "regime", "technical_regime"): [
        (
            "Most state income tax regimes begin with federal taxable income as the starting "
            "point.",
            "regimes",
            "contested",
            False,
        ),
        (
            "It intended to strengthen and uphold the global non-proliferation regime.",
            "regime",
            "contested",
            False,
        ),
        ("The regime in Minsk jailed its critics.", "regime", "contested", True),
    ],
    ("senses.csv", "regime", "regime_of_rules"): [
        ("Tehran accepted a strict regime of inspections.", "regime", "contested", False),
        ("The regime of Bashar al-Assad bombed the town.", "regime", "contested", True),
    ],
    ("senses.csv", "*", "caution_against_assuming"): [
        ("No one should assume that America can survive the change.", "assume", "hedge", False),
        ("Never assume that the talks will fail.", "assume", "hedge", False),
        (
            "We should not assume too much about its effectiveness.",
            "assume",
            "hedge",
            True,
        ),
        ("I assume that the talks will fail.", "assume", "hedge", True),
    ],
    ("senses.csv", "*", "frequency_name"): [
        (
            "The economies of South Korea, Thailand and Japan collapsed, commonly known as the "
            "East Asia Crisis.",
            "commonly",
            "hedge",
            False,
        ),
        (
            "St. Petersburg State University, commonly known as SPbU, is one of Russia's premier "
            "academies.",
            "commonly",
            "hedge",
            False,
        ),
        ("Such attacks are commonly reported in the region.", "commonly", "hedge", True),
        (
            "Mason Locke Weems, generally known as Parson Weems, was an American author.",
            "generally",
            "hedge",
            True,
        ),
    ],
    ("senses.csv", "*", "degree_adverb_neutral"): [
        (
            "Biden said he would move quickly to send desperately needed military aid.",
            "desperately",
            "loaded",
            False,
        ),
        (
            "This feels like an America's Next Top Model challenge gone so horribly wrong.",
            "horribly",
            "loaded",
            False,
        ),
        ("The prisoners were horribly abused.", "horribly", "loaded", True),
    ],
    ("senses.csv", "*", "negated_evaluation"): [
        (
            "Saying the shutdown is a good reminder is not too shocking because national parks "
            "usually poll pretty well.",
            "shocking",
            "loaded",
            False,
        ),
        ("The footage from Bucha is shocking.", "shocking", "loaded", True),
        ("It was not only shocking but illegal.", "shocking", "loaded", True),
    ],
    ("senses.csv", "*", "speech_barrage"): [
        (
            "His interruptive barrage was as relentless as his silent mugging for the camera.",
            "barrage",
            "violence",
            False,
        ),
        ("An artillery barrage hit the town overnight.", "barrage", "violence", True),
        ("The senator faced a verbal onslaught from his rivals.", "onslaught", "loaded", False),
        ("The Russian onslaught on Mariupol went on for weeks.", "onslaught", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "neutralise", "neutralised_country"): [
        (
            "The sovereignty of the countries of Europe will be compromised. Europe will be "
            "neutralized.",
            "neutralized",
            "loaded",
            False,
        ),
        (
            "Russian forces said they had neutralised 200 Ukrainian fighters.",
            "neutralised",
            "loaded",
            True,
        ),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "offensive_on_place"): [
        (
            "In Ukraine, Russian forces backed by the Wagner group step up their offensive on the "
            "Donetsk town of Bakhmut.",
            "offensive",
            "naming",
            False,
        ),
        (
            "ISW assesses that a Russian ground offensive against Kharkiv in Ukraine is unlikely.",
            "offensive",
            "naming",
            False,
        ),
        ("Russia's offensive in Ukraine entered its second year.", "offensive", "naming", True),
    ],
    # unlabelled dev-half news articles read after the fifth round (audit-dev5-skim)
    ("senses.csv", "think", "thinking_noun"): [
        ("This is such facile thinking.", "thinking", "hedge", False),
        (
            "Critical thinking is a skill developed through rigorous debate.",
            "thinking",
            "hedge",
            False,
        ),
        ("I was thinking that the talks might fail.", "thinking", "hedge", True),
    ],
    ("senses.csv", "conclusively", "manner_conclusively"): [
        (
            "A basic toxicology test should answer that question conclusively.",
            "conclusively",
            "booster",
            False,
        ),
        ("The tests conclusively show that he was poisoned.", "conclusively", "booster", True),
    ],
    ("senses.csv", "*", "manner_of_variation"): [
        ("Oil prices swung wildly in 2022.", "wildly", "loaded", False),
        ("The claim is wildly inaccurate.", "wildly", "loaded", True),
    ],
    ("senses.csv", "bully", "bully_pulpit"): [
        (
            "He has the bully pulpits of the White House and his Twitter feed.",
            "bully",
            "loaded",
            False,
        ),
        ("They bully their critics into silence.", "bully", "loaded", True),
    ],
    ("senses.csv", "blitz", "blitz_of_words"): [
        (
            "Ryan responded with a blitz of radio appearances and two campaign stops.",
            "blitz",
            "violence",
            False,
        ),
        ("London survived the blitz of German bombs.", "blitz", "violence", True),
    ],
    ("senses.csv", "wreak havoc", "havoc_abstract_target"): [
        (
            "Low oil prices are wreaking havoc on already struggling energy companies.",
            "wreaking havoc",
            "loaded",
            False,
        ),
        ("The shelling wreaked havoc on the town's hospitals.", "wreaked havoc", "loaded", True),
    ],
    ("senses.csv", "regarded as", "called_convened"): [
        (
            "Snap elections have been called for September.",
            "have been called",
            "evidential",
            False,
        ),
        (
            "More than 20,000 National Guard members have been called up in 29 states.",
            "have been called",
            "evidential",
            False,
        ),
        (
            "The writer has been called the conscience of his generation.",
            "has been called",
            "evidential",
            True,
        ),
    ],
    # sixth development round (audit-dev6): sentences of the dev6 articles (AllSides, by-country)
    ("senses.csv", "*", "as_adverb_as_comparison"): [
        (
            "For every young man whom killers in uniform execute as unambiguously as they did "
            "Randy Evans, still more are never indicted.",
            "unambiguously",
            "booster",
            False,
        ),
        ("It is clearly a war crime.", "clearly", "booster", True),
        (
            "As surely as night follows day, violence and death follow drug trafficking.",
            "surely",
            "booster",
            True,
        ),
    ],
    ("senses.csv", "generally regarded", "active_perfect_sayer"): [
        (
            "So I've often said that if people are fundamentally opposed to her, I'm not "
            "convinced that it's sexism.",
            "often said",
            "evidential",
            False,
        ),
        ("Critics have often said that the plan is flawed.", "often said", "evidential", True),
    ],
    ("senses.csv", "regarded as", "named_document_source"): [
        (
            "Now, in new government papers, it is described as an unprecedented strategic "
            "challenge to regional peace.",
            "described as",
            "evidential",
            False,
        ),
        (
            "Now it is described as an unprecedented strategic challenge.",
            "described as",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "indicate", "indicate_intention"): [
        (
            "President Obama vacillated, first indicating that he was prepared to order some "
            "strikes, then retreating.",
            "indicating",
            "hedge",
            False,
        ),
        ("The data indicate that the virus is spreading.", "indicate", "hedge", True),
    ],
    ("senses.csv", "plausibly", "negated_ability_manner"): [
        (
            "Rather than champion an optimistic message, which Clinton cannot plausibly sell at "
            "this point, she should focus on scaring voters.",
            "plausibly",
            "hedge",
            False,
        ),
        ("He could plausibly argue that the law is void.", "plausibly", "hedge", True),
    ],
    ("senses.csv", "plausible", "plausible_judgement"): [
        ("For a time, Kasich's plan seemed plausible.", "plausible", "hedge", False),
        ("It is plausible that the virus escaped from a lab.", "plausible", "hedge", True),
    ],
    ("senses.csv", "possibility", "identified_possibility"): [
        (
            "An emerging risk that those looking to refinance may want to consider is the "
            "possibility of government orders to shelter in place.",
            "possibility",
            "hedge",
            False,
        ),
        ("There is a real possibility that the talks fail.", "possibility", "hedge", True),
    ],
    ("senses.csv", "*", "question_to_listener"): [
        (
            "Which way will those numbers tilt in coming years, do you suppose, as the party "
            "drifts left?",
            "suppose",
            "hedge",
            False,
        ),
        ("I suppose the talks will fail.", "suppose", "hedge", True),
    ],
    ("senses.csv", "suspect that", "suspected_attributive"): [
        (
            "The FBI and the Securities Exchange Commission are investigating a suspected Ponzi "
            "scheme in Texas.",
            "suspected",
            "hedge",
            False,
        ),
        ("I suspected that he was lying.", "suspected that", "hedge", True),
    ],
    ("senses.csv", "terrorist attack", "terrorism_compound"): [
        (
            "Every visa applicant also has to go through a criminal and terrorism background "
            "check.",
            "terrorism",
            "violence",
            False,
        ),
        ("The city was hit by terrorism.", "terrorism", "violence", True),
    ],
    ("senses.csv", "*", "frequency_survey_ranking"): [
        (
            "The next most frequently cited issue was foreign policy and/or national security.",
            "frequently",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "some", "some_heading"): [
        (
            "Some background: In April of 2022, Moskalyov's then 12-year-old daughter Masha drew "
            "a picture.",
            "Some",
            "quantifier",
            False,
        ),
        ("Some say the talks will fail.", "Some", "evidential", True),
    ],
    ("packs/ukraine-2022/senses.csv", "relentless", "manner_of_effort"): [
        (
            "She practices relentlessly and come performance time she executes according to plan.",
            "relentlessly",
            "loaded",
            False,
        ),
        ("Russian forces relentlessly bombarded the city.", "relentlessly", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "military offensive", "offensive_capability"): [
        (
            "The lesson of Ukraine is that they gave away their nuclear weapons. Much of the "
            "money will go on advanced new missiles that will give Japan an offensive strike "
            "capability again.",
            "offensive",
            "naming",
            False,
        ),
        ("Russia's offensive in Ukraine entered its second year.", "offensive", "naming", True),
    ],
    # unlabelled dev-half AllSides articles read after the sixth round (audit-dev6-skim)
    ("senses.csv", "passive considered", "considered_deliberated"): [
        (
            '"It would certainly be considered seriously," he said.',
            "be considered",
            "evidential",
            False,
        ),
        ("The painting is considered lost.", "is considered", "evidential", True),
        (
            "It follows that such agreements cannot be considered fully credible.",
            "be considered",
            "evidential",
            True,
        ),
    ],
    ("senses.csv", "it appears", "appears_published"): [
        (
            "I'm writing this column conscious of the fact that it is unusually critical of the "
            "newspaper in which it appears.",
            "it appears",
            "hedge",
            False,
        ),
        ("It appears that the talks have failed.", "It appears", "hedge", True),
    ],
    ("senses.csv", "plausibly", "plausibly_judgement"): [
        (
            "His rather muted performance actually looked plausibly presidential.",
            "plausibly",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "*", "imperative_hypothesis"): [
        (
            "Draconian changes seem implausible. Suppose pollution problems grow more severe: "
            "Will Florida's businesses pay?",
            "Suppose",
            "hedge",
            False,
        ),
        # changed 2026-12-07 (audit37, the project lead's decision): this early case kept the
        # opening conditional as a hedge (audit-dev6-skim); the development rounds label the
        # conditional reading wrong (dev10, dev19, dev23, dev25: GUIDELINE, "condition"), and
        # assuming_opening_conditional now drops it (no imperative: imperative_hypothesis
        # does not fire on it)
        (
            "Assuming the WikiLeaks emails are accurate, Clinton portrayed herself as a friend "
            "of Wall Street.",
            "Assuming",
            "hedge",
            False,
        ),
    ],
    ("senses.csv", "think", "think_of_idiom"): [
        ("He does not think much of the current field.", "think", "hedge", False),
        ("I think the talks will fail.", "think", "hedge", True),
    ],
    ("senses.csv", "chilling", "chilling_effect"): [
        # audit-dev8
        (
            "Cuomo's hastily modified quarantine-at-home policy is less harsh, but could have a "
            "similar chilling effect.",
            "chilling",
            "loaded",
            False,
        ),
        ("It was a chilling account of the massacre.", "chilling", "loaded", True),
    ],
    ("senses.csv", "probable", "probable_technical"): [
        # audit-dev8
        (
            "The World Health Organization estimates that the three affected countries already "
            "have 10,000 confirmed, probable and suspected cases of Ebola.",
            "probable",
            "hedge",
            False,
        ),
        ("Police had probable cause to search the car.", "probable", "hedge", False),
        ("It is probable that the talks will fail.", "probable", "hedge", True),
    ],
    ("packs/ukraine-2022/senses.csv", "terrorist", "terrorist_act"): [
        # audit-dev7, audit-dev8
        (
            "The recent terrorist attacks in El Paso and Dayton may be the tip of a melting "
            "iceberg.",
            "terrorist",
            "loaded",
            False,
        ),
        ("Russia is a terrorist state, the parliament declared.", "terrorist", "loaded", True),
    ],
    ("senses.csv", "*", "proof_as_aim"): [
        # audit-dev9 (by-country, GB)
        (
            "It said it hoped the document can demonstrate the feasibility of such a tribunal.",
            "demonstrate",
            "booster",
            False,
        ),
        ("Prosecutors will try to prove that he lied to investigators.", "prove", "booster", False),
        (
            "The report demonstrates that the strikes on the city were deliberate.",
            "demonstrates",
            "booster",
            True,
        ),
    ],
    ("senses.csv", "truly", "degree_truly_adjective"): [
        # audit-dev9 (by-country, BY: a quoted speech)
        (
            "In fact, the West is looking for, methodically and cynically, for the pain points of "
            "the economy, conducting truly inhumane experiments.",
            "truly",
            "booster",
            False,
        ),
        # audit-dev4 (a right-sense label): an epistemic adjective stays
        (
            "So the fact that he's dismantling this voter fraud commission is to me truly "
            "indicative of the fact that voter fraud is not the problem.",
            "truly",
            "booster",
            True,
        ),
        ("I truly believe that he will win.", "truly", "booster", True),
    ],
    ("senses.csv", "*", "violent_imagery_abstract_agent"): [
        # audit-dev9 (by-country, UA)
        (
            "Pummelled by a barrage of unprecedented Western sanctions, Putin has sought to "
            "bolster ties with countries in Africa and Asia, especially with China.",
            "Pummelled",
            "violence",
            False,
        ),
        ("Kharkiv was pummelled by missiles overnight.", "pummelled", "violence", True),
    ],
    ("packs/ukraine-2022/senses.csv", "demilitarisation", "demilitarized_zone"): [
        # audit-dev9 (by-country, UA)
        (
            "The institute recalled a statement by Russian Foreign Minister Sergei Lavrov that "
            'Kharkiv City "plays an important role" in Russian President Vladimir Putin\'s idea '
            'of establishing a demilitarized "sanitary zone" in Ukraine.',
            "demilitarized",
            "loaded",
            False,
        ),
        ("Moscow demands the demilitarisation of Ukraine.", "demilitarisation", "loaded", True),
    ],
    ("packs/ukraine-2022/senses.csv", "liberation", "liberate_prisoner"): [
        # audit-dev9 (Guardian/NYT, NYT: Viktor Bout)
        (
            "My guess is that Putin wants to liberate his comrade.",
            "liberate",
            "loaded",
            False,
        ),
        ("Russia says it will liberate the Donbas.", "liberate", "loaded", True),
    ],
    ("senses.csv", "doubt", "nobody_doubts"): [
        # audit-dev9 (BASIL, Fox: a White House press secretary quoted)
        (
            "The House has spent time on issues like commemorative baseball coins and reaffirming "
            "a motto that I don't think anyone doubted.",
            "doubted",
            "hedge",
            False,
        ),
        ("I doubt that the talks will succeed.", "doubt", "hedge", True),
    ],
    ("senses.csv", "unlikely", "attributive_unlikely_plural"): [
        # audit-dev9 (BASIL, NYT)
        (
            "But even some unlikely allies have emerged to decry the cover as disrespectful.",
            "unlikely",
            "hedge",
            False,
        ),
        ("Some unlikely to vote were called twice.", "unlikely", "hedge", True),
    ],
    ("senses.csv", "possibility", "possibility_sentence_subject"): [
        # audit-dev9 (by-country, GB: Dmitri Trenin quoted)
        (
            "He wrote: \u201cThe possibility of using nuclear weapons during the current conflict "
            "should not be hidden.\u201d",
            "possibility",
            "hedge",
            True,
        ),
        ("They will study the possibility of sanctions.", "possibility", "hedge", False),
    ],
    ("senses.csv", "besieged", "siege_mentality"): [
        (
            "Republicans exploited this under-siege mentality to mobilize the conservative base.",
            "siege",
            "violence",
            False,
        ),
        ("Russian forces laid siege to Mariupol.", "siege", "violence", True),
    ],
    ("packs/ukraine-2022/senses.csv", "relentless", "relentless_effort"): [
        (
            "Much of the reform agenda echoes a relentless focus on raising poor children's "
            "standardized test scores.",
            "relentless",
            "loaded",
            False,
        ),
        ("The relentless shelling of Kharkiv continued.", "relentless", "loaded", True),
    ],
}

# the term-level require rules of the audit16 round (tests/senses_term_cases.py)
for _key, _cases in TERM_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the tenth development round (tests/senses_dev10_cases.py)
for _key, _cases in DEV10_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the eleventh development round (tests/senses_dev11_cases.py)
for _key, _cases in DEV11_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twelfth development round (tests/senses_dev12_cases.py)
for _key, _cases in DEV12_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the thirteenth development round (tests/senses_dev13_cases.py)
for _key, _cases in DEV13_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the fourteenth development round (tests/senses_dev14_cases.py)
for _key, _cases in DEV14_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the fifteenth development round (tests/senses_dev15_cases.py)
for _key, _cases in DEV15_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the sixteenth development round (tests/senses_dev16_cases.py)
for _key, _cases in DEV16_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the seventeenth development round (tests/senses_dev17_cases.py)
for _key, _cases in DEV17_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of round hedge18 (tests/senses_hedge18_cases.py)
for _key, _cases in HEDGE18_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of round hedge19 (tests/senses_hedge19_cases.py)
for _key, _cases in HEDGE19_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of round hedge20 (tests/senses_hedge20_cases.py)
for _key, _cases in HEDGE20_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the eighteenth and nineteenth rounds adopted in the twentieth (senses_dev18_cases.py,
# senses_dev19_cases.py)
for _key, _cases in [*DEV18_CASES.items(), *DEV19_CASES.items()]:
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twentieth development round (tests/senses_dev20_cases.py)
for _key, _cases in DEV20_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-first development round (tests/senses_dev21_cases.py)
for _key, _cases in DEV21_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-second development round (tests/senses_dev22_cases.py)
for _key, _cases in DEV22_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-third development round (tests/senses_dev23_cases.py)
for _key, _cases in DEV23_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-fourth development round (tests/senses_dev24_cases.py)
for _key, _cases in DEV24_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-fifth development round (tests/senses_dev25_cases.py)
for _key, _cases in DEV25_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)
# the rules of the twenty-sixth development round (tests/senses_dev26_cases.py)
for _key, _cases in DEV26_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)

# the rules of the twenty-seventh development round (tests/senses_dev27_cases.py)
for _key, _cases in DEV27_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)

# the rules of the twenty-eighth development round (tests/senses_dev28_cases.py)
for _key, _cases in DEV28_CASES.items():
    CASES.setdefault(_key, []).extend(_cases)

# issue-17 guards of guards.csv (term -> sentence and the hit that must not be produced)
GUARD_CASES: dict[str, tuple[str, str, str]] = {
    "Cold War": ("Ukraine has seen nothing like it since the Second World War.", "War", "naming"),
    "assault rifle": ("Ukrainian volunteers trained with assault rifles.", "assault", "violence"),
    "slam dunk": ("Kyiv's lawyers said the case was a slam dunk.", "slam", "loaded"),
    "smear test": ("Ukrainian refugees can book a smear test.", "smear", "loaded"),
    "chicken Kiev": ("A Kyiv restaurant renamed its chicken Kiev.", "Kiev", "naming"),
    "invasion of privacy": (
        "Ukraine's Zelensky called it an invasion of privacy.",
        "invasion",
        "naming",
    ),
    "charm offensive": (
        "Ukraine's foreign minister began a charm offensive.",
        "offensive",
        "naming",
    ),
    "likely voters": ("Most likely voters back more aid to Ukraine.", "likely", "hedge"),
}


def _rule_keys(name: str) -> list[tuple[str, str, str]]:
    rows = read_table(name)
    return [(name, r["term"], r["subcategory"]) for r in rows]


def _hits(text: str, category: str) -> list[str]:
    return [m.text for m in find_markers(text, quotes=[]) if m.category == category]


@pytest.mark.parametrize(
    "key,text,surface,category,kept",
    [(k, *case) for k, cases in CASES.items() for case in cases],
    ids=lambda v: v[2] if isinstance(v, tuple) else None,
)
def test_sense_rule_on_real_sentence(key, text, surface, category, kept):
    hits = _hits(text, category)
    if surface is None:  # any hit of the category (an inflection the lexicon lists)
        assert bool(hits) is kept, (text, hits)
    else:
        assert (surface in hits) is kept, (text, hits)


@pytest.mark.parametrize("text,surface,category,found", DEV11_FORM_CASES)
def test_word_forms_added_in_dev11(text, surface, category, found):
    # audit-dev11: verb forms the explicit inflection list of a row left out ('barraged')
    assert (surface in _hits(text, category)) is found, text


@pytest.mark.parametrize("text,surface,category,found", DEV13_LEXICON_CASES)
def test_lexicon_rows_added_in_dev13(text, surface, category, found):
    # audit-dev13: the partitive vague source ('some of the most ardent conservatives say')
    assert (surface in _hits(text, category)) is found, text


@pytest.mark.parametrize("text,surface,category,found", DEV14_LEXICON_CASES)
def test_lexicon_rows_widened_in_dev14(text, surface, category, found):
    # audit-dev14: the online and partisan mobs of the woke-mob row ('Social-media mobs', dev11)
    assert (surface in _hits(text, category)) is found, text


@pytest.mark.parametrize("text,surface,category,found", DEV15_LEXICON_CASES)
def test_lexicon_rows_added_in_dev15(text, surface, category, found):
    # audit-dev15: the vague source 'some in the West have suggested' (the partitive row's class)
    assert (surface in _hits(text, category)) is found, text


@pytest.mark.parametrize("text,surface,category,found", DEV16_LEXICON_CASES + DEV16_VIRULENT_CASES)
def test_lexicon_forms_added_in_dev16(text, surface, category, found):
    # audit-dev16: the plural 'tyrannies' of the listed noun 'tyranny'; 'virulent' (not a disease)
    assert (surface in _hits(text, category)) is found, text


@pytest.mark.parametrize("name", ["senses.csv", "packs/ukraine-2022/senses.csv"])
def test_every_sense_rule_has_a_case(name):
    missing = [k for k in _rule_keys(name) if k not in CASES]
    assert missing == []
    for k in _rule_keys(name):
        assert any(not kept for *_, kept in CASES[k]) or any(kept for *_, kept in CASES[k])


@pytest.mark.parametrize("term", sorted(GUARD_CASES))
def test_idiom_guard_on_real_sentence(term):
    text, surface, category = GUARD_CASES[term]
    assert surface not in _hits(text, category), text


def test_every_issue17_guard_has_a_case():
    rows = [r for r in read_table("guards.csv") if r["source"] == "issue-17"]
    assert sorted(r["term"] for r in rows) == sorted(GUARD_CASES)


def test_rules_are_only_applied_to_their_term():
    # the currency rule of "pound" does not touch other violence words in a money sentence
    text = "Sterling fell as shelling continued in the east."
    assert "shelling" in _hits(text, "violence")


@pytest.mark.parametrize(
    "row,msg",
    [
        ({"term": "x", "category": "loaded", "effect": "drop", "before": "a"}, "effect"),
        ({"term": "x", "category": "loaded", "effect": "exclude"}, "at least one"),
        ({"term": "x", "category": "loaded", "effect": "exclude", "after": "("}, "invalid"),
        (
            {"term": "x", "category": "loaded", "effect": "exclude", "words": "0", "hit": "x"},
            "words",
        ),
    ],
)
def test_bad_rule_rows_raise(row, msg):
    with pytest.raises(LexiconError, match=msg):
        parse_rule(row, "mine.csv")


def test_require_and_exclude_combine():
    req = parse_rule(
        {"term": "war", "category": "naming", "effect": "require", "document": "Ukraine"}, "t"
    )
    exc = parse_rule(
        {"term": "war", "category": "naming", "effect": "exclude", "before": r"\bcold\s+$"}, "t"
    )
    rules = SenseRules([req, exc])
    t1, t2 = "The war in Ukraine.", "The cold war ended; Ukraine was free."
    assert rules.keep(t1, 4, 7, "naming", "war", {})
    assert not rules.keep(t2, 9, 12, "naming", "war", {})
    assert not rules.keep("The war.", 4, 7, "naming", "war", {})


def test_user_sense_rules_in_a_lexicon_file(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text(
        "term,category,subcategory,source,note,effect,before\n"
        "regime,pressure,label,me,,,\n"
        'regime,pressure,descriptive,me,,exclude,"\\b(?:Iranian|Syrian)\\s+$"\n'
    )
    lex = compile_lexicon([f])
    assert len(lex.senses) == 1
    got = [
        m.text
        for m in find_markers("The Kyiv regime and the Iranian regime.", lexicons=lex, quotes=[])
    ]
    assert got == ["regime"]


@pytest.mark.parametrize(
    "text,surface",
    [
        # loaded classes from the BABE dev half (sentences the experts labelled biased that the
        # lexicon missed) that the SemEval dev half does not contradict: figurative "toxic"
        # ("illegal aliens", "lied" and "obsessed", also BABE classes, are left out: SemEval's
        # annotators marked 0 of 62, 0 of 23 and 1 of 3 of their dev hits)
        ("The toxic internal politics of the House majority are to blame.", "toxic"),
        ("Graham buoyed the witness and ripped into the Democrats.", "ripped into"),
        # what they leave out: the physical verb, poison
        ("She ripped the letter in half.", None),
        ("Workers were exposed to toxic chemicals at the plant.", None),
    ],
)
def test_loaded_classes_from_babe_dev(text, surface):
    hits = [m.text for m in find_markers(text, quotes=[]) if m.category == "loaded"]
    assert (hits == [surface]) if surface is not None else hits == [], (text, hits)


@pytest.mark.parametrize(
    "text,surface,kept",
    [
        # vague attribution added from WikiWeasel dev (evidentials.csv): agentless passive
        ("The manuscript is considered lost.", "is considered", True),
        ("His sonnets are considered his best work.", "are considered", True),
        ("The bill is considered by the Senate today.", "is considered", False),  # an agent
        ("This siege is often referred to as a rebellion.", "often referred to as", True),
        ("This is generally agreed to be his invention.", "generally agreed", True),
        ("The critic has been called a wolf in sheep's clothing.", "has been called", True),
    ],
)
def test_vague_attribution_forms_from_wikiweasel_dev(text, surface, kept):
    hits = [m.text for m in find_markers(text, quotes=[]) if m.category == "evidential"]
    assert (surface in hits) is kept, (text, hits)


@pytest.mark.parametrize(
    "text,surface,category",
    [
        # issue 17, third round (WikiWeasel dev, classes of missed weasel sentences): praise or
        # rank without a source (Wikipedia's peacock class), agentless claims, unnamed beliefs
        ("She is one of the most important poets of her time.", "one of the most", "evidential"),
        ("It was one of the finest bombers of the war.", "one of the finest", "evidential"),
        ("His most famous painting hangs in Kyiv.", "most famous", "evidential"),
        ("The town's most notable building is the church.", "most notable", "evidential"),
        ("It is a notable example of the style.", "notable", "evidential"),
        ("He is best known for his novels.", "best known", "evidential"),
        ("A well-known writer opened the festival.", "well-known", "evidential"),
        ("The square is famous for its fountain.", "famous", "evidential"),
        ("Which has been argued encourages quacks.", "has been argued", "evidential"),
        ("It is known that the Osage roamed these lands.", "It is known", "evidential"),
        ("It is questioned whether the method works.", "It is questioned", "evidential"),
        ("There is a perception that the deal is one-way.", "There is a perception", "evidential"),
        ("There were rumours at the time about the band.", "There were rumours", "evidential"),
        ("Contrary to popular belief, bats are not blind.", "popular belief", "evidential"),
        ("It is a common misconception that bulls hate red.", "common misconception", "evidential"),
        ("Teams are generally affiliated to the national body.", "generally", "hedge"),
        ("The theory has largely been discredited.", "largely", "hedge"),
        ("It is also possible for the husband to take the name.", None, "hedge"),
        # fourth round (WikiWeasel dev, missed weasel sentences): a modal + adverb + perfect, an
        # approximator before certainty, impersonal passives of observation, an unsourced
        # debate, participles of criticism or praise + 'as'
        ("The bridge may already have been closed by then.", "may already have", "hedge"),
        ("A second factor may also have played a role.", "may also have", "hedge"),
        ("The fort was almost certainly built by the Romans.", "almost certainly", "hedge"),
        ("It is almost certain that the name is Celtic.", "almost certain", "hedge"),
        (
            "It has been observed that tame foxes avoid hens.",
            "It has been observed that",
            "evidential",
        ),
        ("It was learned that the firm had paid him.", "It was learned that", "evidential"),
        ("There is a debate over the value of the caucuses.", "There is a debate", "evidential"),
        (
            "There is considerable uncertainty about the date.",
            "There is considerable uncertainty",
            "evidential",
        ),
        ("He made remarks criticised as racist.", "criticised as", "evidential"),
        ("The style was derided as a passing fad.", "derided as", "evidential"),
        # unnamed sources of Wikipedia's weasel guideline: tradition, rumour, criticism or
        # praise without its source, unnamed research
        (
            "The battle is traditionally taken as the founding of the kingdom.",
            "traditionally taken",
            "evidential",
        ),
        ("According to legend, the saint landed here.", "According to legend", "evidential"),
        (
            "A rumor was circulated that the mayor had resigned.",
            "rumor was circulated",
            "evidential",
        ),
        ("The framework was heavily criticized in 2004.", "was heavily criticized", "evidential"),
        (
            "The theory has received considerable criticism.",
            "received considerable criticism",
            "evidential",
        ),
        ("It remains the subject of heated debate.", "the subject of heated debate", "evidential"),
        (
            "Other studies have shown rates as low as two percent.",
            "Other studies have shown",
            "evidential",
        ),
        ("According to some historians, the town is older.", "According to some", "evidential"),
        (
            "The bridge was hit, according to local reports.",
            "according to local reports",
            "evidential",
        ),
        ("According to the myth, the king was warned.", "According to the myth", "evidential"),
        ("The play has never, in my experience, been so moving.", "in my experience", "hedge"),
        ("As far as we know, he is still in Moscow.", "As far as we know", "hedge"),
        ("The war is estimated to have killed thousands.", "is estimated to", "evidential"),
        # fifth round (WikiWeasel dev): popularity asserted, agentless knowledge of a habit, a
        # dispute without its parties
        (
            "His series of books were extremely popular in Germany.",
            "extremely popular",
            "evidential",
        ),
        ("It was the best-selling car in Europe from 2001 to 2003.", "best-selling", "evidential"),
        (
            "Fine dust particles are known to cause mechanical failure after daily use.",
            "known to cause",
            "evidential",
        ),
        (
            "At her live shows she is known to bring people up on stage.",
            "known to bring",
            "evidential",
        ),
        ("The status of these detainees is hotly disputed.", "hotly disputed", "evidential"),
        (
            "Recent releases of the mods have sparked much controversy.",
            "much controversy",
            "evidential",
        ),
    ],
)
def test_weasel_classes_from_wikiweasel_dev(text, surface, category):
    hits = [m.text for m in find_markers(text, quotes=[]) if m.category == category]
    assert (surface in hits) if surface is not None else bool(hits), (text, hits)


@pytest.mark.parametrize(
    "text,category",
    [
        # what these classes leave out: a measured rank, a superlative of measure, an attributed
        # claim, the adverb 'notably', a claim with its agent
        ("Kharkiv is one of the largest cities in Ukraine.", "evidential"),
        ("The most common form of the disease is mild.", "evidential"),
        ("The case has been argued by lawyers for two days.", "evidential"),
        ("Prices rose, notably for bread.", "evidential"),
        ("Prices are usually higher in winter.", "hedge"),
        # fourth round: have = possess after a modal + adverb, a thing found, certainty denied,
        # a dismissal from a post, a holiday observed
        ("Regional units may also have international roles.", "hedge"),
        ("It was found in a cave near the river.", "evidential"),
        ("There is no doubt that the fort is Roman.", "hedge"),
        ("He was dismissed as the head of the agency.", "evidential"),
        ("The day is celebrated as a national holiday.", "evidential"),
        ("The plan was criticised by the opposition.", "evidential"),
        ("He was condemned to death in 1941.", "evidential"),
        ("Energy prices will be a key subject of discussion at the summit.", "evidential"),
        ("A 2007 study by the university found lower rates.", "evidential"),
        ("The share is estimated to be as high as 75 percent.", "evidential"),
        # fifth round: a noun after 'known to', a dispute with its party, a debate held, a race
        ("The suspect was known to the police.", "evidential"),
        ("The figures are disputed by the ministry.", "evidential"),
        ("What else was debated on the stage?", "evidential"),
        ("The campaigns focused on the most hotly contested states.", "evidential"),
        ("The party is popular with young voters.", "evidential"),
    ],
)
def test_weasel_classes_leave_out(text, category):
    hits = [m for m in find_markers(text, quotes=[]) if m.category == category]
    if category == "hedge":  # usually, bare may: frequency and possibility, not uncertainty cues
        hits = [m for m in hits if m.subcategory not in NON_EPISTEMIC_SUBCATEGORIES]
    assert hits == [], (text, [m.text for m in hits])


@pytest.mark.parametrize(
    "text,subcategory",
    [
        # 'according to' + a named source is sourcing (a marker, not an uncertainty cue on
        # WikiWeasel: the source is named); an unnamed source after it is vague attribution
        ("According to Herodotus, the queen dreamed of a lion.", "sourcing"),
        ("The plant was shelled, according to the ministry.", "sourcing"),
        ("According to experts, the dam could fail.", "vague_attribution"),
        ("The town fell, according to officials.", "vague_attribution"),
    ],
)
def test_according_to_sourcing_and_vague_sources(text, subcategory):
    subs = [m.subcategory for m in find_markers(text, quotes=[]) if m.category == "evidential"]
    assert subs == [subcategory], (text, subs)
    assert "sourcing" in NON_EPISTEMIC_SUBCATEGORIES


def test_before_window_is_the_n_words_before_the_hit():
    # the window of a `before` pattern starts at the n-th word back (at the line's first word
    # when the line has fewer), white space kept as written
    r = parse_rule(
        {
            "term": "think",
            "category": "hedge",
            "subcategory": "question_to_listener",
            "effect": "exclude",
            "words": "2",
            "before": r"^do\s+you\s+$",
        },
        "test",
    )
    rules = SenseRules([r])
    for text, kept in [
        ("Why do  you\tthink so?", False),  # window "do  you\t"
        ("So what you think matters.", True),  # window "what you "
        ("you think so", True),  # one word before: window "you "
        ("Said:\ndo you think so", False),  # the window stops at the line break
    ]:
        s = text.index("think")
        assert rules.keep(text, s, s + 5, "hedge", "think", {}) is kept, text
