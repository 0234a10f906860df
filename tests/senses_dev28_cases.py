"""Cases of the sense rules of the twenty-eighth development round (``audit-dev28``, issue 17).

The sentences are the development hits of the classes (dev19 to dev28 rows of the hit audit,
wrong-sense hits the rules of the round start kept) and hits the rules drop in unlabelled
dev-half AllSides articles (read), quoted; the counter-cases are right-sense development hits of
the same terms and unlabelled uses that must stay, and the expected values are written by hand.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV28_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (P, "terrorist", "terrorist_armed_group"): [
        # audit-dev23, Islamic State
        (
            "But the killing of Abu Bakr al-Baghdadi could provoke more violence from the "
            "terrorist group and its followers.",
            "terrorist",
            "loaded",
            False,
        ),
        # audit-dev19
        (
            "Trump also announced sanctions Friday on Iran's Revolutionary Guard Corps, whom he "
            "accused of providing assistance to terrorist groups.",
            "terrorist",
            "loaded",
            False,
        ),
        # audit-dev28, quoted
        (
            "“Elephants and other big game in Africa are blood currency for terrorist "
            "organizations, and they are being killed at an alarming rate,” Royce said.",
            "terrorist",
            "loaded",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Jordan's official news agency, Petra, said the country carried out airstrikes "
            "against terrorist groups in Syria.",
            "terrorist",
            "loaded",
            False,
        ),
        # counter-cases: a verb of name-calling or of a party's view with its object, in
        # unlabelled articles
        (
            "when prominent right-wingers like Rush Limbaugh are calling Black Lives Matter a "
            "“terrorist group,” it’s a point that has to be made.",
            "terrorist",
            "loaded",
            True,
        ),
        (
            'primary challenger Cynthia Nixon has called ICE a "terrorist organization."',
            "terrorist",
            "loaded",
            True,
        ),
        (
            "The San Francisco Board of Supervisors passed a resolution Tuesday that declares "
            'the National Rifle Association a "domestic terrorist organization."',
            "terrorist",
            "loaded",
            True,
        ),
        (
            "Hamas, which Israel, the United States and much of the West consider to be a "
            "terrorist organization.",
            "terrorist",
            "loaded",
            True,
        ),
        # counter-case: a text on the war in Ukraine (by-country dev half)
        (
            "Ukraine, the Middle East and China were interlinked by “a battle of ideas”, Radakin "
            "said, between “an authoritarian and belligerent Russia and a dynamic, democratic "
            "Ukraine” and “between a reckless Iran and its terrorist network on one side, and the "
            "responsible nations of the Middle East on the other”.",
            "terrorist",
            "loaded",
            True,
        ),
        # counter-case: the label of a person, no organisation noun (audit-dev21, right)
        (
            "voters, who doubted his promises on the economy, rejected his embrace of dictators "
            "and terrorists and were unconvinced by his claims",
            "terrorists",
            "loaded",
            True,
        ),
    ],
    (P, "neo-Nazi", "neo_nazi_group"): [
        # unlabelled dev-half AllSides
        (
            "Hate group watchdogs say the Daily Stormers, a neo-Nazi group, are also expected.",
            "neo-Nazi",
            "loaded",
            False,
        ),
        (
            "White nationalist and neo-Nazi groups took to the streets in two Tennessee towns on "
            "Saturday.",
            "neo-Nazi",
            "loaded",
            False,
        ),
        # counter-case: the label of a government (audit-dev27, right)
        (
            "Russia’s invasion of Ukraine aimed at toppling the Kyiv government – based on the "
            "preposterous claim that it’s run by “neo-Nazis” – has produced Europe’s worst war "
            "in a generation.",
            "neo-Nazis",
            "loaded",
            True,
        ),
    ],
    (S, "indicate", "indicate_chart_legend"): [
        # audit-dev28, a map legend
        (
            "Candidates who have raised the most money Darker shades on the map indicate a "
            "greater share of money raised.",
            "indicate",
            "hedge",
            False,
        ),
        # audit-dev25
        (
            "a green dot could indicate that the user hasn’t chosen to share much disputed news, "
            "a yellow dot could indicate that they do it sometimes",
            "indicate",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Outlined circles indicate the most competitive races.",
            "indicate",
            "hedge",
            False,
        ),
        # counter-cases: evidence indicates (audit-dev22, audit-dev23, right)
        (
            "By comparison, disclosure records indicate that the median income for Columbia "
            "workers in 2019 was $27,562.",
            "indicate",
            "hedge",
            True,
        ),
        (
            "That's less than the 160,000 economists were predicting but still indicates an "
            "expanding economy.",
            "indicates",
            "hedge",
            True,
        ),
    ],
    (S, "guess", "guessing_idiom"): [
        # audit-dev27
        (
            "Russia, which for decades has provided much of Europe’s natural gas, kept Europe "
            "guessing as to whether it will resume gas flows later this week.",
            "guessing",
            "hedge",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "If nothing else, his presidency keeps everyone guessing as to what will happen next.",
            "guessing",
            "hedge",
            False,
        ),
        # counter-case: the speaker's hedge (audit-dev28, right)
        (
            "“I guess there is no such thing anywhere in Russia now ... you can’t trust anyone "
            "in any university.”",
            "guess",
            "hedge",
            True,
        ),
    ],
    (S, "guess", "guess_again"): [
        # audit-dev28
        (
            "\"If making it easy to be an illegal alien isn't enough, how about offering a reward "
            'for being an illegal immigrant? No sane country would do that, right?" Reid said. '
            '"Guess again. If you break our laws by entering this country without permission '
            'and give birth to a child, we reward that child with U.S. citizenship."',
            "Guess",
            "hedge",
            False,
        ),
        # counter-case: the writer's hedge (audit-dev28, right)
        (
            "So let's move on with them, I guess.",
            "guess",
            "hedge",
            True,
        ),
    ],
    (S, "regime", "technical_regime"): [
        # audit-dev28
        (
            "But the current disability-compensation regime demands a closer look, not only for "
            "the sake of financial prudence but also to avoid creating a culture of dependency.",
            "regime",
            "contested",
            False,
        ),
        # unlabelled dev-half AllSides
        (
            "Even without doing the heavy lifting of mass deportation, the administration has "
            "put together an enforcement regime that does just enough to remind immigrants "
            "they’re vulnerable.",
            "regime",
            "contested",
            False,
        ),
        (
            "the two sides have quarreled over the design of a nationwide testing regime, among "
            "other pieces.",
            "regime",
            "contested",
            False,
        ),
        # counter-case: the label of a government (audit-dev27, right)
        (
            "the sudden escalation follows recent attempts by Secretary of State Rex Tillerson to "
            "make overtures to the Kim regime amid a punishing new round of United Nations "
            "sanctions",
            "regime",
            "contested",
            True,
        ),
    ],
}
