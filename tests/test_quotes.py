"""Tests for analysis.detect.quotes: hand-written (snippet, expected) tables, seed-corpus checks,
hypothesis properties and the GGT evaluation figure."""

from __future__ import annotations

import pytest
from conftest import need_shared
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.detect.quotes import Quote, find_attributions, find_quotes, quote_features


def _q(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in find_quotes(text)]


# --------------------------------------------------------------------------- mark styles
MARKS = [
    # straight double
    ('"We will finish it," Peskov said.', [("We will finish it,", "direct")]),
    # curly double
    ("“We will finish it,” Peskov said.", [("We will finish it,", "direct")]),
    # RT: straight open, curly close
    (
        '"They should make amendments to their constitution according to which Ukraine would '
        "reject any aims to enter any bloc,” Peskov said.",
        [
            (
                "They should make amendments to their constitution according to which Ukraine "
                "would reject any aims to enter any bloc,",
                "direct",
            )
        ],
    ),
    # RT: curly open, straight close, with a [bracketed insertion] and an apostrophe inside
    (
        "Ukraine needs to “recognise that Donetsk and Lugansk [republics] are independent states. "
        'And that’s it. It will stop in a moment," Peskov stated.',
        [
            (
                "recognise that Donetsk and Lugansk [republics] are independent states. And that’s "
                "it. It will stop in a moment,",
                "direct",
            )
        ],
    ),
    # British single quotes
    (
        "'We hope that all this will go OK,' Peskov said.",
        [("We hope that all this will go OK,", "direct")],
    ),
    (
        "‘We hope that all this will go OK,’ Peskov said.",
        [("We hope that all this will go OK,", "direct")],
    ),
    # apostrophes never open or close
    ("It's clear that the countries' top diplomats will meet.", []),
    ("That’s what the '90s were like, rock 'n' roll and all.", []),
    ("The 6' tall man ran and said it's fine.", []),
    # single quote containing apostrophes
    (
        "'And that’s it. It will stop in a moment,' Peskov told Reuters.",
        [("And that’s it. It will stop in a moment,", "direct")],
    ),
    (
        "'We couldn't just recognise them,' he said.",
        [("We couldn't just recognise them,", "direct")],
    ),
    # a plural possessive inside a single-quoted quotation is not its end
    (
        "'The countries' top diplomats will meet on Thursday,' the ministry said.",
        [("The countries' top diplomats will meet on Thursday,", "direct")],
    ),
    # ... but s' closes when nothing else can
    (
        "Kuleba said they were 'the last hopes of the two countries' and left.",
        [("the last hopes of the two countries", "direct")],
    ),
    # quotes inside quotes: US nesting and British nesting
    (
        "Smith spoke first. \"He called it 'a disgrace' today,\" she said.",
        [("He called it 'a disgrace' today,", "direct")],
    ),
    (
        "'He called it \"a disgrace\" today,' Smith said.",
        [('He called it "a disgrace" today,', "direct")],
    ),
    # same-family single nesting
    (
        "'I'm the new 'champ-champ.' I said that before,' Nunes said.",
        [("I'm the new 'champ-champ.' I said that before,", "direct")],
    ),
    # ... ending together: two single closers typed side by side are not one double mark
    (
        "'I kept on arguing, saying, 'Yes I am; I was adopted.'' said Haines, who is 44.",
        [("I kept on arguing, saying, 'Yes I am; I was adopted.'", "direct")],
    ),
    # ... with a plural possessive inside the nested one
    (
        "'A claim that a deal 'has to do with Israel and its allies' makes clear that he has "
        "no clue about it,' wrote Morton Klein.",
        [
            (
                "A claim that a deal 'has to do with Israel and its allies' makes clear that he "
                "has no clue about it,",
                "direct",
            )
        ],
    ),
    # a mark after a space and before a stop opens ('.gov' is nested, it does not close)
    (
        "'Her practice was to email officials on their '.gov' accounts, so the emails were "
        "captured,' the campaign said.",
        [
            (
                "Her practice was to email officials on their '.gov' accounts, so the emails "
                "were captured,",
                "direct",
            )
        ],
    ),
    # ellipsis inside
    (
        "'Attempts by the Ukrainian side to deceive Russia and the whole civilised world ... are "
        "useless this time,' the ministry said.",
        [
            (
                "Attempts by the Ukrainian side to deceive Russia and the whole civilised world "
                "... are useless this time,",
                "direct",
            )
        ],
    ),
    # two single marks typed for a double closing mark
    (
        "“We dedicate ourselves to comic books,’’ says the founder.",
        [("We dedicate ourselves to comic books,", "direct")],
    ),
    # unbalanced: the quotation stops at the end of its paragraph
    (
        "He said \"this never closes and goes on.\n\nThe next paragraph is the outlet's own.",
        [("this never closes and goes on.", "direct")],
    ),
    # a stray closing mark is ignored
    ('The talks ended." Nothing else was said.', []),
    # a lone opening single mark inside a paragraph is not a quotation
    ("The rock 'n roll era ended.", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", MARKS)
def test_mark_styles(text, expected):
    assert _q(text) == expected


# --------------------------------------------------------------------------- scare vs direct
KINDS = [
    (
        "Russia calls its actions in Ukraine a 'special military operation'.",
        [("special military operation", "scare")],
    ),
    (
        "Russia announced new 'humanitarian corridors' on Monday.",
        [("humanitarian corridors", "scare")],
    ),
    (
        "Minutes earlier, he posted another message, calling the Russian army 'barbarians'.",
        [("barbarians", "scare")],
    ),
    (
        "Russia has accused the Ukrainians of carrying out a “genocide” against Russian-speakers.",
        [("genocide", "scare")],
    ),
    ("A tank with the symbol 'Z' painted on its side is seen.", [("Z", "scare")]),
    # partial quotation inside reported speech: quoted speech, so direct
    (
        'Peskov added that Russia is "finishing the demilitarization of Ukraine" but denied it.',
        [("finishing the demilitarization of Ukraine", "direct")],
    ),
    (
        "Kuleba had said on Saturday he was open to talks but only if they were 'meaningful'.",
        [("meaningful", "direct")],
    ),
    # long quotation without a verb: direct
    (
        "'900+ our settlements are completely deprived of light, water, heat.'",
        [("900+ our settlements are completely deprived of light, water, heat.", "direct")],
    ),
    # short but attached to a reporting verb: direct
    ('"No," she said.', [("No,", "direct")]),
    ('Smith said: "Never."', [("Never.", "direct")]),
    # comma inside the marks, attribution after
    (
        'As officers escorted them out, the attackers shot at them "like snipers," he said.',
        [("like snipers,", "direct")],
    ),
    # a clause-taking verb: anything up to the quotation is reported speech
    (
        'She said police were responsive and "very committed" to hearing her.',
        [("very committed", "direct")],
    ),
    # labelling frame stays scare
    (
        "A spokesperson called the move 'completely immoral' on Monday.",
        [("completely immoral", "scare")],
    ),
    # Title Case names of works are not speech
    (
        'The film "The Kid Who Would Be King" opened on Friday.',
        [("The Kid Who Would Be King", "scare")],
    ),
    ("Its 12 schools and 'Activate' website were praised.", [("Activate", "scare")]),
]


@pytest.mark.parametrize("text,expected", KINDS)
def test_kinds(text, expected):
    assert _q(text) == expected


# ------------------------------------------------------------------------ attribution of quotations
ATTR = [
    # (text, [(quote text, speaker, verb, stance)])
    (
        'Kremlin spokesman Dmitry Peskov said: "They should make amendments to the constitution."',
        [
            (
                "They should make amendments to the constitution.",
                "Kremlin spokesman Dmitry Peskov",
                "said",
                "neutral",
            )
        ],
    ),
    (
        '"Ukraine is an independent state that will live as it wants," said Peskov.',
        [
            (
                "Ukraine is an independent state that will live as it wants,",
                "Peskov",
                "said",
                "neutral",
            )
        ],
    ),
    (
        "'It will stop in a moment,' Peskov told Reuters.",
        [("It will stop in a moment,", "Peskov", "told", "neutral")],
    ),
    (
        "Mykhailo Podoliak posted to Twitter as he left. 'In a few minutes, we will start "
        "talking,' he wrote.",
        [("In a few minutes, we will start talking,", "Mykhailo Podoliak", "wrote", "neutral")],
    ),
    (
        "'Attempts to deceive Russia are useless this time,' the ministry said.",
        [("Attempts to deceive Russia are useless this time,", "the ministry", "said", "neutral")],
    ),
    ("'We had to act,' Peskov claimed.", [("We had to act,", "Peskov", "claimed", "distancing")]),
    (
        "'We made mistakes,' Peskov admitted.",
        [("We made mistakes,", "Peskov", "admitted", "guilt")],
    ),
    (
        '"Do not cross this line," the minister warned.',
        [("Do not cross this line,", "the minister", "warned", "pressure")],
    ),
    (
        '"The plan is ready," Smith revealed.',
        [("The plan is ready,", "Smith", "revealed", "endorsing")],
    ),
    # pronoun resolved to the last named speaker; the next paragraph continues that speaker
    (
        "Peskov said the threat was greater.\n\n"
        '"Since then the situation has worsened for us," he said.\n\n'
        '"We understood they would be attacked."',
        [
            ("Since then the situation has worsened for us,", "Peskov", "said", "neutral"),
            ("We understood they would be attacked.", "Peskov", "said", "neutral"),
        ],
    ),
    # RT: two quotations in one paragraph, the second with its own attribution
    (
        '"We will finish it,” Peskov told Reuters. “But the main thing is that Ukraine ceases its '
        'military action," he said.',
        [
            ("We will finish it,", "Peskov", "told", "neutral"),
            (
                "But the main thing is that Ukraine ceases its military action,",
                "Peskov",
                "said",
                "neutral",
            ),
        ],
    ),
    (
        "Russia will halt 'in a moment' if Ukraine meets three demands, according to a Kremlin "
        "spokesperson.",
        [("in a moment", "a Kremlin spokesperson", "according to", "neutral")],
    ),
    # unknown speaker stays unknown
    ('"It is over."', [("It is over.", None, None, None)]),
    # "said by phone" is not a passive
    (
        '"I was excited to get right back to it," Hadwin said by phone from Phoenix.',
        [("I was excited to get right back to it,", "Hadwin", "said", "neutral")],
    ),
    # a long appositive between name and verb
    (
        "Ken Njoroge, chief executive of a company in the complex that offers mobile banking "
        'services, said he was worried. "It is very difficult for the families," he said.',
        [("It is very difficult for the families,", "Ken Njoroge", "said", "neutral")],
    ),
    # the previous paragraph's attribution carries into an unattributed quotation
    (
        "But the director of operations, Jeff Fraser, says the system is designed for that.\n\n"
        '"As we are going to zero, we are already moving resources."',
        [
            (
                "As we are going to zero, we are already moving resources.",
                "Jeff Fraser",
                "says",
                "neutral",
            )
        ],
    ),
    # ambiguous pronoun: another named subject acts earlier in the sentence; it is not resolved
    # and the speaker is the pronoun as written (issue 18: peers return the pronoun, not None)
    (
        "Peskov said so. Putin recognized the republics, a day before launching what he called a "
        "“military operation” there.",
        [("military operation", "he", "called", "neutral")],
    ),
    # inverted attribution with a role description before the name; the next quotation continues it
    (
        "“Our energy allies are laughing at us,” said oil and gas worker Mike Wipf. “They’re "
        "robbing us blind.”",
        [
            (
                "Our energy allies are laughing at us,",
                "oil and gas worker Mike Wipf",
                "said",
                "neutral",
            ),
            ("They’re robbing us blind.", "oil and gas worker Mike Wipf", "said", "neutral"),
        ],
    ),
    # a named apposition beats a role description
    (
        'DeLaet\'s agent, Danny Fritz, told The Canadian Press the golfer was a "little sore" '
        "after hitting balls.",
        [("little sore", "Danny Fritz", "told", "neutral")],
    ),
    # quote-only verbs: "continued" is speech next to a quotation,
    # not in "forces continued shelling"
    (
        'Russian forces continued shelling. "We go on," Smith continued.',
        [("We go on,", "Smith", "continued", "neutral")],
    ),
    # two single marks typed for a double mark, and a participle attribution
    (
        "“We dedicate ourselves solely to comics,’’ says the founder.",
        [("We dedicate ourselves solely to comics,", "the founder", "says", "neutral")],
    ),
]


@pytest.mark.parametrize("text,expected", ATTR)
def test_quote_attribution(text, expected):
    got = [(q.text, q.speaker, q.verb, q.stance) for q in find_quotes(text)]
    assert got == expected


SIDES = [
    ("'We will finish it,' Peskov said.", "russian_government"),
    ("'We will finish it,' the Kremlin spokesman said.", "russian_government"),
    (
        "'They are citizens of Ukraine,' a spokesperson for Ukrainian President Zelenskiy said.",
        "ukrainian_government",
    ),
    (
        "'It is the fastest growing refugee crisis in Europe,' the United Nations said.",
        "international_organisation",
    ),
    (
        "'While Ukraine is open to neutrality, it will not give in,' The Washington Post reported.",
        "media",
    ),
    ("'We will see what happens next,' a local man said.", None),
]


@pytest.mark.parametrize("text,side", SIDES)
def test_sides(text, side):
    (q,) = find_quotes(text)
    assert q.side == side


# ------------------------------------------------------------- attributions without quotation marks
FREE = [
    ("Peskov claimed Russia had been forced to act.", [("Peskov", "claimed", "distancing")]),
    (
        "The Kremlin insisted Russia was not seeking territory.",
        [("The Kremlin", "insisted", "distancing")],
    ),
    (
        "Ukraine repeatedly and emphatically denied Moscow's assertions.",
        [("Ukraine", "denied", "guilt")],
    ),
    (
        "Mykhailo Podoliyak, an advisor to President Zelensky, posted to Twitter.",
        [("Mykhailo Podoliyak", "posted", "neutral")],
    ),
    (
        "Russia's foreign ministry confirmed the plan.",
        [("Russia's foreign ministry", "confirmed", "endorsing")],
    ),
    (
        "Russia has long demanded that Ukraine rule out joining NATO.",
        [("Russia", "demanded", "pressure")],
    ),
    (
        "Ukrainian officials confirmed they'd arrived.",
        [("Ukrainian officials", "confirmed", "endorsing")],
    ),
    # not attributions
    ("Donetsk and Lugansk are independent states.", []),
    ("The articulation of the three demands is explicit.", []),
    ("Chinese Foreign Minister Wang Yi delivers remarks.", []),
    ("It was a move immediately denounced by Kyiv.", []),
    ("Russian forces continued shelling as the invasion continues.", []),
    ("", []),
]


@pytest.mark.parametrize("text,expected", FREE)
def test_free_attributions(text, expected):
    got = [(a.speaker, a.verb, a.stance) for a in find_attributions(text)]
    assert got == expected
    for a in find_attributions(text):
        assert text[a.start : a.end] == a.text


def test_pronoun_resolution_in_attributions():
    text = "Peskov said it was over. He claimed this was to protect people."
    got = [(a.speaker, a.resolved, a.stance) for a in find_attributions(text)]
    assert got == [("Peskov", "Peskov", "neutral"), ("He", "Peskov", "distancing")]


def test_attribution_tied_to_quote():
    text = "'We had to act,' Peskov claimed. Peskov said it was over."
    attrs = find_attributions(text)
    assert [(a.verb, a.quote_id) for a in attrs] == [("claimed", 0), ("said", None)]


def test_verbs_inside_quotes_are_not_attributions():
    text = "'They said we lost, and he claimed it,' Peskov said."
    assert [(a.speaker, a.verb) for a in find_attributions(text)] == [("Peskov", "said")]


# --------------------------------------------------------------------------- multi-paragraph
MIRROR = (
    'Kremlin spokesman Dmitry Peskov said: "They should make amendments to the constitution.\n\n'
    '"This is possible only by making changes to the constitution.\n\n'
    '"But the main thing is that Ukraine ceases its military action."\n\n'
    "Ukraine repeatedly denied Moscow's assertions."
)


def test_multi_paragraph_pieces_share_id():
    qs = find_quotes(MIRROR)
    assert [q.text for q in qs] == [
        "They should make amendments to the constitution.",
        "This is possible only by making changes to the constitution.",
        "But the main thing is that Ukraine ceases its military action.",
    ]
    assert len({q.quote_id for q in qs}) == 1
    assert all(q.kind == "direct" and q.speaker == "Kremlin spokesman Dmitry Peskov" for q in qs)
    assert [q.close_mark for q in qs] == ["", "", '"']


def test_multi_paragraph_single_quotes():
    qs = find_quotes("'First part of it.\n\n'Second part of it,' he said.")
    assert [(q.text, q.quote_id) for q in qs] == [
        ("First part of it.", 0),
        ("Second part of it,", 0),
    ]


def test_unclosed_quote_does_not_continue_into_plain_paragraph():
    qs = find_quotes('"Open and never closed.\n\nPlain paragraph here.\n\n"A new quote," he said.')
    assert [(q.text, q.quote_id) for q in qs] == [
        ("Open and never closed.", 0),
        ("A new quote,", 1),
    ]


# --------------------------------------------------------------------------- seed corpus
def test_seed_mirror_peskov_quote_spans_four_paragraphs(seed_texts):
    qs = find_quotes(seed_texts["Daily Mirror"])
    first = next(
        q for q in qs if q.text.startswith("They should make amendments to the constitution")
    )
    group = [q for q in qs if q.quote_id == first.quote_id]
    assert len(group) == 4
    assert group[-1].text.endswith("then no one will shoot.")
    assert all(q.speaker == "Kremlin spokesman Dmitry Peskov" for q in group)


def test_seed_daily_mail(seed_texts):
    text = seed_texts["Daily Mail"]
    qs = find_quotes(text)
    by_text = {q.text: q for q in qs}
    assert by_text["barbarians"].kind == "scare"
    assert by_text["special military operation"].kind == "scare"
    assert by_text["humanitarian corridors"].kind == "scare"
    q = by_text[
        "We have also spoken about how they should recognise that Crimea is Russian territory and "
        "that they need to recognise that Donetsk and Lugansk are independent states. And that's "
        "it. It will stop in a moment,"
    ]
    assert (q.speaker, q.verb, q.side) == ("Peskov", "told", "russian_government")
    pod = by_text[
        "In a few minutes, we will start talking to representatives of a country that seriously "
        "believes that large-scale violence against civilians is an argument,"
    ]
    assert pod.speaker == "Mykhailo Podoliyak" and pod.side == "ukrainian_government"


def test_seed_unilad_apostrophes(seed_texts):
    text = seed_texts["UNILAD"]
    qs = find_quotes(text)
    assert [q.text for q in qs] == [
        "in a moment",
        "they were told that all this can be stopped in a moment",
        "We really are finishing the demilitarisation of Ukraine. We will finish it. But the main "
        "thing is that Ukraine ceases its military action. They should stop their military action "
        "and then no one will shoot,",
        "They should make amendments to their constitution according to which Ukraine would reject "
        "any aims to enter any bloc. We have also spoken about how they should recognise that "
        "Crimea is Russian territory and that they need to recognise that Donetsk and Lugansk are "
        "independent states. And that’s it. It will stop in a moment.",
    ]


def test_seed_rt_mixed_marks(seed_texts):
    qs = find_quotes(seed_texts["RT"])
    assert [(q.text, q.kind) for q in qs] == [
        ("in a moment", "direct"),
        (
            "They should make amendments to their constitution according to which Ukraine would "
            "reject any aims to enter any bloc,",
            "direct",
        ),
        (
            "recognise that Donetsk and Lugansk [republics] are independent states. And that’s it. "
            "It will stop in a moment,",
            "direct",
        ),
        ("genocide", "scare"),
        ("military operation", "scare"),
        ("demilitarize", "scare"),
        ("denazify", "scare"),
        ("We really are finishing the demilitarization of Ukraine. We will finish it,", "direct"),
        (
            "But the main thing is that Ukraine ceases its military action. They should stop their "
            "military action and then no one will shoot,",
            "direct",
        ),
        ("immoral", "scare"),
    ]
    assert [q.open_mark + q.close_mark for q in qs][1:3] == ['"”', '“"']


def test_seed_no_boundary_at_an_apostrophe(seed_texts):
    for outlet, text in seed_texts.items():
        for q in find_quotes(text):
            for pos in (q.start - 1, q.end):
                if 0 < pos < len(text) - 1 and text[pos] in "'’":
                    assert not (text[pos - 1].isalnum() and text[pos + 1].isalnum()), (outlet, q)
        assert "countries' top" in text or outlet != "UNILAD"


def test_seed_features(seed_texts):
    f = quote_features(seed_texts["Daily Mirror"])
    assert f["n_direct_quotes"] == 5
    assert f["n_scare_quotes"] == 0
    assert f["n_quotes_side_russian_government"] == 4
    assert 0.2 < f["quote_share"] < 0.5


# --------------------------------------------------------------------------- features
def test_quote_features_keys_and_counts():
    text = (
        "'We will finish it,' Peskov claimed. It calls this a 'special military operation'.\n\n"
        "'And more,' he said."
    )
    f = quote_features(text)
    assert f["n_direct_quotes"] == 2
    assert f["n_scare_quotes"] == 1
    assert f["n_attributions_distancing"] == 1
    assert f["n_attributions_neutral"] == 1
    assert f["n_speakers"] == 1
    assert f["n_quotes_side_russian_government"] == 2
    assert f["quote_share"] == pytest.approx(
        (len("We will finish it,") + len("And more,")) / len(text)
    )
    assert f["scare_share"] == pytest.approx(len("special military operation") / len(text))
    for key in (
        "n_attributions_endorsing",
        "n_attributions_guilt",
        "n_attributions_pressure",
        "n_quotes_side_unknown",
    ):
        assert f[key] == 0


def test_quote_features_empty():
    f = quote_features("")
    assert f["quote_share"] == 0.0 and f["n_direct_quotes"] == 0


def test_user_tables():
    verbs = [{"term": "squeaked", "category": "emotive"}]
    actors = [{"pattern": r"\bmouse\b", "side": "rodents"}]
    (q,) = find_quotes("'Cheese now,' the mouse squeaked.", verbs=verbs, actors=actors)
    assert (q.speaker, q.verb, q.stance, q.side) == ("the mouse", "squeaked", "emotive", "rodents")


# --------------------------------------------------------------------------- properties
ALPHABET = st.sampled_from(
    list("ab Z.,:;!?\n'\"“”‘’«»[]…—-0") + ["\n\n", " said ", " he ", "\ud800", "\x00", "’’"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_property_never_crashes_and_round_trips(text):
    qs = find_quotes(text)
    for q in qs:
        assert isinstance(q, Quote)
        assert text[q.start : q.end] == q.text
        assert q.text and q.kind in ("direct", "scare")
        assert "\n\n" not in q.text  # a piece never crosses a paragraph break
    ids = [q.quote_id for q in qs]
    assert ids == sorted(ids)
    for a in find_attributions(text, quotes=qs):
        assert text[a.start : a.end] == a.text
        assert text[a.verb_start : a.verb_end] == a.verb
    quote_features(text, qs)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_property_arbitrary_unicode(text):
    for q in find_quotes(text):
        assert text[q.start : q.end] == q.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["'", '"', "“", "”", "‘", "’", "x", " ", "\n"]), max_size=400).map(
        "".join
    )
)
@example("''x\n“\nx")  # found by hypothesis: a wrapped line after the mark
def test_property_quotes_stay_in_their_paragraph(text):
    qs = find_quotes(text)
    groups: dict[int, list[Quote]] = {}
    for q in qs:
        groups.setdefault(q.quote_id, []).append(q)
    for pieces in groups.values():
        for q in pieces:
            assert "\n\n" not in text[q.start : q.end]
        # consecutive pieces of one quotation: each later piece starts a paragraph with a mark in
        # opening position (by position, whatever its glyph: sloppy sites curl a paragraph-initial
        # quote as ’ or ”), possibly followed by spaces, or by a hard line wrap when the text
        # goes on in lower case (a wrapped line is the same paragraph: marks._BLOCK_RE)
        for q in pieces[1:]:  # the mark may be doubled ('' for ")
            before = text[: q.start].rstrip(" ")
            if q.text[:1].islower() and before.endswith("\n"):
                before = before[:-1].rstrip(" ")
            assert q.open_mark and before.endswith(q.open_mark) and q.open_mark[-1] in "'\"“‘’”", (
                text,
                q,
            )
            assert before[: -len(q.open_mark)].rstrip(" ")[-1:] in ("", "\n"), (text, q)


def test_adversarial_input_is_linear():
    """Four times the input takes about four times the CPU time, not sixteen: one paragraph of
    thousands of quotations once cost a scan back to the paragraph's start per quotation (the
    lead before each opening mark, the glued stops before each verb).  CPU time of the same
    run, so the machine's load does not decide, with the garbage collector paused as timeit
    does (in a long test session its passes over the session's heap grow with the allocations
    timed: 0.06 s -> 1.1 s in the full suite, linear alone); under half a second is fast
    enough anyway."""
    import gc
    import time

    builders = [
        lambda n: '"' * (4 * n) + "'" * (4 * n),
        lambda n: ("x " * 10 + '"') * n,
        lambda n: ('"x," he said. ') * n,
        lambda n: ("'a ") * (2 * n),
    ]
    find_quotes('"Warm," he said.')  # the verb tables load once
    for build in builders:
        cpu = []
        for n in (1250, 5000):
            text = build(n)
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                find_quotes(text)
                cpu.append(time.process_time() - t0)
            finally:
                gc.enable()
        assert cpu[1] < 0.5 or cpu[1] < 8 * cpu[0], (build(2)[:40], cpu)


# --------------------------------------------------------------------------- shared evaluation
def test_ggt_evaluation():
    root = need_shared("validation", "quotes-ggt")
    from analysis.evaluation.quotes import evaluate_quotes

    r = evaluate_quotes(root)
    # measured: F1 0.919 (P 0.925, R 0.914), char F1 0.982 (P 0.974, R 0.989),
    # speaker accuracy 0.775 (0.836 after issue 18's second pass)
    assert r["f1"] >= 0.915
    assert r["char_f1"] >= 0.98
    assert r["speaker_accuracy"] >= 0.83
    assert len(r["per_article"]) == 98


@pytest.mark.parametrize(
    "style,min_f1,min_char_f1",
    [
        # measured: curly double F1 0.920 / char 0.982; straight single 0.910 / 0.975;
        # curly single 0.910 / 0.971
        ("curly_double", 0.915, 0.98),
        ("straight_single", 0.905, 0.97),
        ("curly_single", 0.905, 0.97),
    ],
)
def test_ggt_evaluation_in_other_house_styles(style, min_f1, min_char_f1):
    root = need_shared("validation", "quotes-ggt")
    from analysis.evaluation.quotes import evaluate_quotes

    r = evaluate_quotes(root, style=style)
    assert r["f1"] >= min_f1
    assert r["char_f1"] >= min_char_f1


def test_marked_segments_and_overlap():
    from analysis.evaluation.quotes import marked_segments, token_overlap

    assert marked_segments("he’s “amazed and overwhelmed” by the response") == [
        "amazed and overwhelmed"
    ]
    assert marked_segments("no marks at all") == ["no marks at all"]
    assert token_overlap("a b c d e", "a b c d") == 0.8
    assert token_overlap("", "a") == 0.0


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=".!?…\"'”’)]([“‘ \nAb9x", max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_sentence_bounds_equal_their_regex_definition(text, a, b, c):
    """The cached sentence index answers exactly what the bounded regex scans answer."""
    from analysis.detect.quotes.sentences import SENTENCE_END as _SENT_END_RE
    from analysis.detect.quotes.sentences import sentence_end as _sentence_end
    from analysis.detect.quotes.sentences import sentence_start as _sentence_start

    lo, pos = sorted((min(a, len(text)), min(b, len(text))))
    start = lo
    for m in _SENT_END_RE.finditer(text, max(lo, pos - 400), pos):
        start = m.end()
    assert _sentence_start(text, lo, pos) == start
    hi = max(pos, min(c, len(text)))
    m = _SENT_END_RE.search(text, pos, min(hi, pos + 400))
    assert _sentence_end(text, pos, hi) == (m.start() + 1 if m else hi)


VERB_WORDS = [
    "said",
    "says",
    "called",
    "for",
    "on",
    "according",
    "to",
    "pointed",
    "out",
    "claimed",
    "unsaid",
    "x",
    "He",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(VERB_WORDS), st.sampled_from([" ", "  ", ", ", "'", "\n", "."])),
        max_size=30,
    ).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_verb_index_answers_like_a_window_scan(text, a, b):
    """Verbs in a window come from the whole-text scan only where that equals scanning the
    window."""
    from analysis.detect.quotes import VerbIndex as _VerbIndex
    from analysis.detect.quotes import load_verbs as _load_verbs

    vt = _load_verbs(None)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    expected = [(a + m.start(), a + m.end(), m.group()) for m in vt.regex.finditer(text[a:b])]
    assert _VerbIndex(text, vt).within(a, b) == expected
