"""Generic news frames: the battery as data, the evidence sentences, the decision rule, the
pipeline columns and the evaluation against the gold sets."""

from __future__ import annotations

import pytest
from conftest import battery_from_cue_lines, need_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import find_frames, frame_profile, load_battery
from analysis.detect.frames import FRAMES, default_battery, find_cues
from analysis.detect.frames.battery import parse_answered_by, read_questions
from analysis.errors import LexiconError

# --------------------------------------------------------------------------------------------
# Each question is answered by a news sentence (the bundled corpus and wire-style sentences)
# --------------------------------------------------------------------------------------------

ANSWERS = [
    # a call to act suggests a course of action (R3); without a word of urgency it is not R5
    # (fifth revision; tests/test_frames_review15.py)
    ("The Kremlin has demanded that Ukraine recognise Crimea as Russian.", "R3", ["demanded"]),
    ("The government must act to alleviate the shortage.", "R1", ["government", "must"]),
    (
        "Critics say the ministry is responsible for the delays.",
        "R2",
        ["ministry", "responsible for"],
    ),
    ("Council officials proposed a new strategy to reduce flooding.", "R3", ["proposed"]),
    ("The airline was to blame for the chaos at the airport.", "R4", ["to blame"]),
    ("Scientists warned that urgent action is needed.", "R5", ["urgent"]),
    ("Maria Lopez, a 34-year-old nurse, lost her job in March.", "H1", ["34-year-old"]),
    ('"I could not sleep for weeks," she said.', "H1", ["I"]),
    ("Relatives were in tears outside the court.", "H2", ["in tears"]),
    ("Thousands of families were forced to leave their homes.", "H3", ["families", "forced to"]),
    ("She grew up in a small village near the border.", "H4", ["grew up"]),
    ("The unions disagree with the employers over pay.", "C1", ["disagree"]),
    ("The opposition accused the prime minister of lying.", "C2", ["accused"]),
    ("As the two sides met for a third round of talks, little changed.", "C3", ["two sides"]),
    ("The ruling is a victory for the tenants.", "C4", ["victory"]),
    ("Kyiv denounced the move as immoral and cynical.", "M1", ["immoral"]),
    ("The bishop led prayers for the victims.", "M2", ["bishop"]),
    ("We must all take responsibility for our neighbours.", "M3", ["We", "must"]),
    ("The company reported a loss of $2bn for the year.", "E1", ["loss"]),
    ("The repairs will cost taxpayers millions.", "E2", ["cost"]),
    ("Economists expect the economy to shrink next year.", "E3", ["economy"]),
    # a policy instrument answers R3 with what should be done (error class: a policy reported)
    ("The council should introduce a ban on diesel cars.", "R3", ["ban", "should"]),
    ("Campaigners called for new legislation on rents.", "R3", ["legislation", "called for"]),
    # fairness and intent as moral evaluation; parties acting against each other
    ("Vaccine equity is the challenge of our time.", "M1", ["equity"]),
    ("Wealthy nations hoarded doses while others waited: an inequity.", "M1", ["inequity"]),
    ("The EU imposed new sanctions on the regime.", "C1", ["sanctions"]),
    ("Moscow threatened to cut off gas supplies.", "C1", ["threatened to"]),
    # a course of action toward a remedy suggests a solution (R3), with a government actor the
    # ability to alleviate (R1) (dev error class: solutions stated as goals, pledges, remedial
    # verbs or investment were not seen)
    ("The city pledged to halve its water use by 2030.", "R3", ["pledged"]),
    ("The new scheme is meant to reduce waiting lists.", "R3", ["reduce"]),
    ("Ministers aim to curb rents within two years.", "R1", ["Ministers", "aim to"]),
    ("Investment in flood defences would spare the valley.", "R3", ["Investment"]),
    ("Investment in flood defences would spare the valley.", "E2", ["Investment"]),
    # a human toll names the people and what happened to them (H3; dev error class)
    ("The heatwave caused hundreds of deaths across the region.", "H3", ["deaths"]),
    ("Road casualties rose for a third year.", "H3", ["casualties"]),
    ("The fire was devastating for the village.", "H2", ["devastating"]),
    # the noun of a listed feeling word (fourth revision; real sentences of the dev halves)
    (
        "Will the devastation wrought by Michael and all future hurricanes be laid at the feet"
        ' of "science deniers"?',
        "H2",
        ["devastation"],
    ),
    (
        "As a mother, Ableyeva understood the man’s heartbreak and immediately agreed.",
        "H2",
        ["heartbreak"],
    ),
    ("Auditors found lax oversight of the contracts.", "R4", ["lax"]),
    ("Auditors criticised the oversight of the contracts.", "R4", ["oversight"]),
]


@pytest.mark.parametrize("text, question, cues", ANSWERS)
def test_each_question_is_answered_by_its_sentence(text, question, cues):
    ev = [e for e in find_frames(text) if e.question == question]
    assert ev, f"{question} not answered by {text!r}"
    assert [c.text for c in ev[0].cues] == cues
    assert ev[0].text == text and (ev[0].start, ev[0].end) == (0, len(text))


NOT_ANSWERS = [
    ("She won three games in a row.", "C1"),  # a guard: not a dispute
    ("The loss of life was terrible.", "E1"),  # a human loss, not a financial one
    ("Are these really the values the US should be promoting?", "M3"),  # US is not "us"
    ("HSBC suspended its head of responsible investing.", "R4"),  # an adjective of business
    ("Justice Samuel Alito will hear the case.", "M1"),  # a title, not justice
    ("Oh my God, he shouted.", "M2"),  # an exclamation
    ("The bus used the road.", "M3"),  # "used" is not an inflection of "us"
    ("I could not sleep for weeks.", "H1"),  # first person in the author's voice (an op-ed)
    ("Three days in a row, nothing happened.", "C1"),
    ("In Dalton's unit, they should have six nurses.", "R4"),  # not hindsight blame
    # a policy merely reported is not a suggested solution (dev error class, R3)
    ("The ministry announced new measures on Tuesday.", "R3"),
    ("The policy took effect in 2019.", "R3"),
    # first person of opinion or speech inside a quotation is a stance, not a personal account
    ('"I think the plan is wrong," the senator said.', "H1"),
    # kinship words as titles or figures of speech, marriage as policy, a constituency (H4)
    ("The Holy Father addressed the crowd.", "H4"),
    ("The court ruled on same-sex marriage.", "H4"),
    ("The senator fought for his home state.", "H4"),
    # a survey's age bracket is not a human face (H1)
    ("Support was 75 percent among people aged 18 to 29.", "H1"),
    # a target hit, a summit reached: not a course of action toward a remedy (R3)
    ("The gunman targeted a crowded market.", "R3"),
    ("The climbers reached the summit at dawn.", "R3"),
    # the death of a thing is not a human toll (H3)
    ("Critics mourned the death of the high street.", "H3"),
    # a capitalised cue word names a body or an organisation, not blame or a remedy
    ("The House Oversight Committee met on Tuesday.", "R4"),
    ("Project Sunrise released a new video.", "R3"),
    # 'emergency' naming a service, 'life'/'marriage' inside a name or a fixed term (fourth
    # revision; real sentences of the dev halves)
    (
        "Emergency responders initially did not know if it was an attack or some sort of mishap.",
        "R5",
    ),
    (
        "In emergency rooms across the country, the carnage of gun violence has become routine.",
        "R5",
    ),
    (
        '"Trump is selling out coastal communities and marine life to the oil industry," she said.',
        "H3",
    ),
    (
        'The text box: "The pontiff says pro-life believers must defend the unity of the family."',
        "H3",
    ),
    ("Bishop Fischer signed the Profession of Immutable Truths about Sacramental Marriage.", "H4"),
]


@pytest.mark.parametrize("text, question", NOT_ANSWERS)
def test_news_phrases_that_look_like_cues_answer_nothing(text, question):
    assert question not in {e.question for e in find_frames(text)}


FOURTH_REVISION_GUARDED = NOT_ANSWERS[-5:]


def _battery_without_fourth_revision_guards(tmp_path):
    """The bundled battery with the guard rows of the fourth revision left out."""
    from analysis.lexicons import bundled_path

    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not (",guard," in ln and "fourth revision" in ln)]
    assert len(lines) - len(kept) >= 20
    return battery_from_cue_lines(tmp_path, kept)


@pytest.mark.parametrize("text, question", FOURTH_REVISION_GUARDED)
def test_the_fourth_revision_guards_are_what_stops_these_sentences(tmp_path, text, question):
    # without the guard rows each sentence answers its question: the guards are what the
    # test above checks, not a cue that never fired
    battery = _battery_without_fourth_revision_guards(tmp_path)
    assert question in {e.question for e in find_frames(text, battery=battery)}


@pytest.mark.parametrize(
    "text, question, cue",
    [
        # the same words outside the fixed terms still answer (wire-style sentences)
        ("Scientists declared a global emergency on Monday.", "R5", "emergency"),
        ("The floods have upended the lives of coastal communities.", "H3", "lives"),
        ("Her marriage ended after the floods.", "H4", "marriage"),
    ],
)
def test_the_guarded_words_still_answer_outside_the_fixed_terms(text, question, cue):
    ev = [e for e in find_frames(text) if e.question == question]
    assert ev and cue in [c.text for c in ev[0].cues]


def test_voice_of_the_evidence_follows_the_quotations():
    text = 'Officials said: "We will sue the company." The unions disagree.'
    ev = {e.question: e for e in find_frames(text)}
    assert ev["C1"].voice == "author"  # "disagree" outside the quotation
    sue = [e for e in find_frames(text) if "sue" in [c.text for c in e.cues]]
    assert sue and sue[0].voice == "quoted"


def test_reported_voice_hook():
    text = "The minister said the unions disagree with the plan."
    start = text.index("the unions")
    ev = find_frames(text, voices=[(start, len(text), "reported")])
    c1 = [e for e in ev if e.question == "C1"][0]
    assert c1.voice == "reported" and c1.cues[0].voice == "reported"


def test_reported_speech_is_found_without_a_hook():
    # the three voices of the markers: indirect speech attributed to a source is "reported"
    # (the frames used to see only quotations and gave this sentence to the author)
    said = "The minister said the unions disagree with the plan."
    c1 = [e for e in find_frames(said) if e.question == "C1"]
    assert c1 and c1[0].voice == "reported"
    own = "The unions disagree with the plan."
    assert [e.voice for e in find_frames(own) if e.question == "C1"] == ["author"]
    quoted = 'The minister said: "The unions disagree with the plan."'
    assert [e.voice for e in find_frames(quoted) if e.question == "C1"] == ["quoted"]


def test_reported_evidence_is_a_feature():
    from analysis.detect.frames import frame_features

    f = frame_features(frame_profile("The minister said the unions disagree with the plan."))
    assert f["frame_conflict_evidence_reported"] == 1.0
    assert f["frame_conflict_evidence_author"] == 0.0


def test_cues_and_guards_in_one_text():
    cues = find_cues("It cost $5m, three days in a row.", default_battery())
    assert [(c.text, c.cue_class) for c in cues] == [("cost", "cost"), ("5m", "money")]


# --------------------------------------------------------------------------------------------
# Offsets round-trip
# --------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([t for t, _, _ in ANSWERS] + [t for t, _ in NOT_ANSWERS] + ["\n", " "]),
        max_size=8,
    )
)
def test_offsets_round_trip(parts):
    text = " ".join(parts)
    for e in find_frames(text):
        assert text[e.start : e.end] == e.text
        for c in e.cues:
            assert text[c.start : c.end] == c.text and e.start <= c.start < e.end


def test_offsets_round_trip_on_the_bundled_corpus(seed_corpus):
    from analysis import clean_article

    for raw in seed_corpus["text"]:
        body = clean_article(raw).body
        for d in frame_profile(body).values():
            assert not d.present or d.evidence
            for e in d.evidence:
                assert body[e.start : e.end] == e.text


# --------------------------------------------------------------------------------------------
# The decision rule
# --------------------------------------------------------------------------------------------


def _decision(tmp_path, powers):
    """A decision table with threshold 1 and the given length powers."""
    d = tmp_path / "decision.csv"
    rows = "\n".join(f"{f},1,{powers.get(f, '')}" for f in FRAMES)
    d.write_text(f"frame,threshold,length_power\n{rows}\n", encoding="utf-8")
    return load_battery(decision=d)


@pytest.mark.parametrize("power", [0, 0.25, 0.5, 0.75, 1])
def test_score_is_weighted_evidence_per_power_of_the_sentences(tmp_path, power):
    # four sentences; E2 in two of them (weight 1), E3 in one (weight 1): 3 / 4 ** power
    text = "Prices rose. The weather was fine. Costs rose. The economy slowed."
    b = _decision(tmp_path, {"economic": power})
    d = frame_profile(text, quotes=[], battery=b)["economic"]
    assert d.questions == ("E2", "E3")
    assert d.score == pytest.approx(3 / 4**power)
    assert d.present == (d.score >= d.threshold)


def test_half_weight_of_government_and_solution_questions():
    text = "The government proposed a plan to fix it."  # R1 (0.5) and R3 (0.5) in one sentence
    d = frame_profile(text, quotes=[])["responsibility"]
    assert d.questions == ("R1", "R3") and d.score == pytest.approx(1.0)


def test_a_story_of_remedies_is_responsibility_framed_and_a_story_of_events_is_not():
    remedies = (
        "Flooding closed the high street for a week. The council has pledged to cut the risk "
        "by half. Engineers plan to reduce runoff with new drains. Ministers aim to curb "
        "building on the flood plain. Investment in defences will follow."
    )
    events = (
        "Flooding closed the high street for a week. Shops stayed shut and the bus was "
        "diverted. Engineers inspected the drains on Monday. Builders worked on the flood "
        "plain. Defences were tested."
    )
    with_remedy = frame_profile(remedies, quotes=[])["responsibility"]
    assert with_remedy.present and {"R1", "R3"} <= set(with_remedy.questions)
    assert {c.cue_class for e in with_remedy.evidence for c in e.cues} >= {"remedy"}
    assert all(remedies[e.start : e.end] == e.text for e in with_remedy.evidence)
    assert not frame_profile(events, quotes=[])["responsibility"].present


def test_length_normalisation_is_per_frame_data():
    # chosen on dev halves by choose_length_powers: economic a count, responsibility per fourth
    # root, conflict per sentence ** 0.75; human interest and morality per word (their length in
    # words since the twelfth round; per sentence ** 0.75 before, morality 0.25 before the fifth
    # revision)
    b = default_battery()
    powers = {f: b.length_power(f) for f in FRAMES}
    assert powers == {
        "responsibility": 0.25,
        "human_interest": 1.0,
        "conflict": 0.75,
        "morality": 1.0,
        "economic": 0.0,
    }
    text = (
        "The firm was to blame. Nothing else happened. The sky was grey. Costs rose. "
        "The dog barked. Birds sang. Night fell. Rain came. The shop closed. It was late. "
        "A car passed. The end came. The lights went out. Nobody spoke. Morning came. "
        "The bus left."
    )
    p = frame_profile(text, quotes=[])
    assert p["responsibility"].questions == ("R4",)
    assert p["responsibility"].score == pytest.approx(1 / 16**0.25)  # R4 (1) per fourth root
    assert p["economic"].score == pytest.approx(1.0)  # E2 (1), not divided by length


def test_a_longer_story_with_the_same_evidence_keeps_its_economic_count():
    short = "The plan will cost $2bn. Prices rose again."
    padding = " The river rose. Shops closed. The bus was late. It rained again."
    a = frame_profile(short, quotes=[])
    b = frame_profile(short + padding, quotes=[])
    assert a["economic"].score == b["economic"].score > 0
    assert a["economic"].present == b["economic"].present
    # responsibility is discounted by the fourth root of the length: same evidence, lower score
    blame = "Officials were to blame for the flooding. They failed to act."
    r_short = frame_profile(blame, quotes=[])["responsibility"]
    r_long = frame_profile(blame + padding, quotes=[])["responsibility"]
    assert r_short.questions == r_long.questions and r_short.score > r_long.score > 0
    assert r_long.score == pytest.approx(r_short.score * (2 / 6) ** 0.25)


def test_profile_has_every_frame_and_absent_frames_have_no_claim():
    p = frame_profile("The cat sat on the mat.", quotes=[])
    assert list(p) == list(FRAMES)
    assert not any(d.present for d in p.values())
    assert all(d.score == 0 and d.evidence == () for d in p.values())


# --------------------------------------------------------------------------------------------
# The battery is data
# --------------------------------------------------------------------------------------------


def test_battery_is_the_published_twenty_questions():
    qs = read_questions()
    assert [q.id for q in qs] == [
        *("R1", "R2", "R3", "R4", "R5", "H1", "H2", "H3", "H4", "H5"),
        *("C1", "C2", "C3", "C4", "M1", "M2", "M3", "E1", "E2", "E3"),
    ]
    assert {q.frame for q in qs} == set(FRAMES)
    assert [q.id for q in qs if not q.answered_by] == ["H5"]  # pictures


def test_generic_battery_has_no_topic_cues():
    terms = {r["term"].lower() for r in default_battery().cues.rows}
    for topical in ("ukraine", "russia", "kremlin", "putin", "covid", "climate", "zelensky"):
        assert not any(topical in t for t in terms), topical


def test_pack_adds_cues():
    ev = find_frames("The Kremlin must end the war.", battery=load_battery(packs=["ukraine-2022"]))
    assert "R1" in {e.question for e in ev}
    assert "R1" not in {e.question for e in find_frames("The Kremlin must end the war.")}


@pytest.mark.parametrize(
    "expr, message",
    [("government+", "not a list of cue classes"), ("blame@shouted", "not a list of cue classes")],
)
def test_bad_answered_by_is_a_lexicon_error(expr, message):
    with pytest.raises(LexiconError, match=message):
        parse_answered_by(expr)


def test_question_naming_an_unknown_cue_class_is_caught(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text(
        "id,frame,question,answered_by,source,note\nX1,economic,Money?,monney,me,\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="monney"):
        load_battery(questions=q)


def test_threshold_must_be_positive(tmp_path):
    d = tmp_path / "d.csv"
    d.write_text("frame,threshold\neconomic,0\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a number > 0"):
        load_battery(decision=d)


def test_length_power_is_between_zero_and_one_and_optional(tmp_path):
    d = tmp_path / "d.csv"
    d.write_text("frame,threshold,length_power\neconomic,1,2\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="length_power"):
        load_battery(decision=d)
    rows = "\n".join(f"{f},1" for f in FRAMES)
    d.write_text(f"frame,threshold\n{rows}\n", encoding="utf-8")
    assert all(load_battery(decision=d).length_power(f) == 0.5 for f in FRAMES)


# --------------------------------------------------------------------------------------------
# The pipeline: columns, spans, same numbers as frame_profile
# --------------------------------------------------------------------------------------------


def test_featurize_columns_match_frame_profile(seed_corpus):
    from analysis import clean_article, featurize
    from analysis.detect.frames import frame_columns, frame_features

    feats = featurize(seed_corpus)
    for col in frame_columns():
        assert col in feats.columns, col
    for raw, (_, row) in zip(seed_corpus["text"], feats.iterrows()):
        expected = frame_features(frame_profile(clean_article(raw).body))
        assert {k: row[k] for k in expected} == pytest.approx(expected)


def test_spans_carry_the_frame_evidence(seed_corpus):
    from analysis import clean_corpus, spans

    ev = spans(seed_corpus)
    fr = ev[ev["family"] == "frame"]
    assert len(fr) > 0 and set(fr["category"]) <= set(FRAMES)
    bodies = dict(zip(seed_corpus["article_id"].astype(str), clean_corpus(seed_corpus)["body"]))
    for r in fr.itertuples():
        assert bodies[r.article_id][r.start : r.end] == r.text


# --------------------------------------------------------------------------------------------
# Against the gold sets (skipped without ../shared)
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def evaluation():
    need_shared("validation", "frames-generic-synthetic")
    need_shared("validation", "frames-semeval2023")
    from analysis.evaluation.frames import evaluate_frames

    return evaluate_frames()


def test_every_positive_decision_has_round_tripping_evidence(evaluation):
    assert evaluation["synthetic"]["evidence_ok"] and evaluation["semeval"]["evidence_ok"]


def test_optional_third_gold_set_is_skipped_when_absent_and_mapped_when_present(
    tmp_path, monkeypatch
):
    from analysis.evaluation.frames import EXTRA_ENV, FRERMANN_MAP, load_frermann

    monkeypatch.delenv(EXTRA_ENV, raising=False)
    assert load_frermann() is None and load_frermann(tmp_path) is None
    rows = ["ID\tsource\ttext\tRE\tHI\tCO\tMO\tEC"]
    rows += [f"{i}\tx\tText {i}.\tTrue\tFalse\tTrue\tFalse\tFalse)" for i in range(4)]
    rows += ["9\tx\tNo labels.\t\t\t\t\t"]
    (tmp_path / "articles_metadata.tsv").write_text("\n".join(rows) + "\n")
    monkeypatch.setenv(EXTRA_ENV, str(tmp_path))
    df = load_frermann()
    assert len(df) == 4 and sorted(df["split"]) == ["dev", "dev", "test", "test"]
    assert set(FRERMANN_MAP) == set(FRAMES)
    assert df["gold_responsibility"].all() and df["gold_conflict"].all()
    assert not df["gold_economic"].any() and not df["gold_human_interest"].any()


def test_error_table_has_classes(evaluation):
    err = evaluation["synthetic"]["errors"]
    assert {"FP", "FN"} <= set(err["kind"]) and {"split", "frame", "cause", "n"} <= set(err)
