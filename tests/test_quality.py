"""corpus_checks and the data-quality checks of analysis.quality (issue 16: data quality).

Planted problems in small corpora (a lead-only outlet, duplicates, letters and live blogs, German
texts, undecidable and default dates), then the Guardian/NYT set of ../shared: NYT leads, the
Guardian's letters, live blogs and daily briefings, its 10 duplicated texts, and UK dates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import need_shared

from analysis import corpus_checks, load_corpus
from analysis.errors import FramingError, LexiconError
from analysis.quality import CHECKS, FINDING_COLUMNS, article_genres, find_duplicates, genre_cues

VOCAB = (
    "the of and to in a said that for on was with as by at from his it an were are which this "
    "be has had have not they their but who its one after been more also two people would "
    "there first other new when into government over three than last could some years war "
    "forces troops city officials minister region border talks president military attack "
    "country week day report army shelling civilians kyiv moscow ukraine russia sanctions "
    "energy gas prices europe allies weapons aid refugees village bridge port missile strike "
    "defence leader spokesman statement meeting negotiations ceasefire offensive front line"
).split()


def text(seed: int, n_words: int) -> str:
    """A distinct text of ``n_words`` words in sentences of 8-20 words (seeded)."""
    rng = np.random.default_rng(seed)
    out, left = [], n_words
    while left > 0:
        k = min(left, int(rng.integers(8, 21)))
        words = list(rng.choice(VOCAB, size=k))
        out.append(" ".join(words).capitalize() + ".")
        left -= k
    return " ".join(out)


def full(i: int) -> str:
    """A full article of 500-700 words (unique per i)."""
    return text(i, 500 + (i * 37) % 200)


def lead(i: int) -> str:
    """A lead paragraph of 50-80 words."""
    return text(10_000 + i, 50 + (i * 7) % 30)


def planted_corpus() -> pd.DataFrame:
    rows = [("A", f"a{i}", full(i), f"News story {i}") for i in range(6)]
    rows += [("B", f"b{i}", lead(i), f"Lead {i}") for i in range(6)]
    rows += [("C", f"c{i}", full(100 + i), f"Report {i}") for i in range(6)]
    rows.append(("C", "c-copy", full(100), "Report 0 (again)"))  # planted exact duplicate
    rows.append(("A", "a-letter", full(50), "Sanctions are working | Letters"))
    rows.append(("A", "a-live", full(51), "Russia-Ukraine war: day 12 – as it happened"))
    return pd.DataFrame(rows, columns=["outlet", "article_id", "text", "title"])


def found(table: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(table["check"], table["outlet"]))


def test_columns_and_every_check_documented():
    t = corpus_checks(planted_corpus())
    assert list(t.columns) == list(FINDING_COLUMNS)
    assert list(t.columns[:4]) == ["check", "severity", "outlet", "detail"]
    assert set(t["check"]) <= set(CHECKS)
    assert set(t["severity"]) <= {"error", "warning", "info"}


@pytest.mark.parametrize(
    "check, outlet, severity",
    [
        ("lead_only", "B", "warning"),
        ("exact_duplicate", "C", "warning"),
        ("genre_mix", "A", "warning"),  # 1 of 8 articles: over 5%
    ],
)
def test_planted_problems_are_found(check, outlet, severity):
    t = corpus_checks(planted_corpus())
    rows = t[(t["check"] == check) & (t["outlet"] == outlet)]
    assert len(rows) >= 1, t[["check", "outlet"]].values.tolist()
    assert set(rows["severity"]) == {severity}


def test_planted_corpus_has_no_false_alarms():
    # A and C are full texts of the same length: neither is lead-only or imbalanced
    t = corpus_checks(planted_corpus())
    assert ("lead_only", "A") not in found(t) and ("lead_only", "C") not in found(t)
    assert not t["check"].isin(["length_imbalance", "non_english", "near_duplicate"]).any()


def test_lead_only_detail_gives_the_medians():
    t = corpus_checks(planted_corpus())
    detail = t.loc[t["check"] == "lead_only", "detail"].iloc[0]
    assert "lead paragraphs" in detail and "median 6" in detail


def test_duplicates_name_both_ids():
    pairs = find_duplicates(planted_corpus())
    assert pairs[["article_id", "duplicate_id", "kind"]].values.tolist() == [
        ["c0", "c-copy", "exact"]
    ]


def test_duplicate_across_outlets_says_syndicated():
    c = planted_corpus()
    c.loc[c["article_id"] == "c-copy", "outlet"] = "A"
    t = corpus_checks(c)
    row = t[t["check"] == "exact_duplicate"].iloc[0]
    assert row["outlet"] == "A / C" and "different outlets" in row["detail"]


@pytest.mark.parametrize(
    "title, url, text_start, genre",
    [
        ("Sanctions against Russia are not backfiring | Letters", "", "", "letter"),
        ("", "https://www.irishtimes.com/letters/2022/03/01/sanctions/", "", "letter"),
        ("", "", "To the editor: Your report on the sanctions", "letter"),
        ("Russia-Ukraine war: Zelenskiy speaks – as it happened", "", "", "live blog"),
        ("Live Updates: Russia Invades Ukraine", "", "", "live blog"),
        ("", "https://edition.cnn.com/europe/live-news/ukraine-russia", "", "live blog"),
        ("The Guardian view on Ukraine: hold the line", "", "", "opinion"),
        ("", "https://www.theguardian.com/commentisfree/2022/mar/01/x", "", "opinion"),
        ("Russia-Ukraine war: what we know on day 161 of the invasion", "", "", "briefing"),
        ("Nightlands review – a chilling war story", "", "", "review"),
    ],
)
def test_genre_cues(title, url, text_start, genre):
    c = pd.DataFrame(
        {
            "article_id": ["x"],
            "outlet": ["O"],
            "title": [title],
            "url": [url],
            "text": [text_start + " The rest of the article follows here."],
        }
    )
    assert article_genres(c)["genre"].tolist() == [genre]


@pytest.mark.parametrize(
    "title",
    [
        "Pentagon orders review of Ukraine aid deliveries",
        "Live fire exercises near the border alarm Kyiv",
        "Putin's letter to Scholz warns of consequences",
        "Zelensky comments on the talks in Istanbul",
    ],
)
def test_news_titles_are_not_a_genre(title):
    c = pd.DataFrame({"outlet": ["O"], "title": [title], "text": ["Troops advanced on Monday."]})
    assert article_genres(c).empty


def test_live_blog_timestamps_need_four():
    stamps = "\n".join(f"{h}.30pm BST\nShelling continued in the east." for h in range(1, 5))
    three = "\n".join(stamps.splitlines()[:6])
    c = pd.DataFrame({"outlet": ["O", "O"], "text": [stamps, three]})
    assert article_genres(c)["article_id"].tolist() == ["0"]


def test_bad_cue_table_names_the_row(tmp_path):
    p = tmp_path / "cues.csv"
    p.write_text("genre,field,pattern,min_count,source\nletter,body,x,,me\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cue 1 \(letter\).*field 'body'"):
        genre_cues(str(p))


def test_non_english_texts_are_flagged():
    german = (
        "Die Gespräche wurden in Istanbul geführt, und die Delegationen trafen sich am Dienstag "
        "drei Stunden lang, während der Beschuss der Stadt weiterging, sagten Beamte. "
    ) * 4
    c = pd.DataFrame(
        {"outlet": ["A"] * 5 + ["D"] * 5, "text": [full(i) for i in range(5)] + [german] * 5}
    )
    t = corpus_checks(c)
    rows = t[t["check"] == "non_english"]
    assert rows["outlet"].tolist() == ["D"] and rows["n_articles"].tolist() == [5]


@pytest.mark.parametrize(
    "dates, check",
    [
        # 07/03 and 08/04 cannot be ordered: left empty and flagged, never guessed
        (["07/03/2022", "08/04/2022", "2022-03-09", "2022-03-10"], "date_order"),
        (["1970-01-01", "2022-03-08", "2022-03-09", "2022-03-10"], "date_outlier"),
        (["not a date", "2022-03-08", "2022-03-09", "2022-03-10"], "date_unparseable"),
        ([None, "2022-03-08", "2022-03-09", "2022-03-10"], "date_missing"),
    ],
)
def test_date_problems(dates, check):
    c = pd.DataFrame({"outlet": ["A"] * 4, "text": [full(i) for i in range(4)], "published": dates})
    assert check in set(corpus_checks(c)["check"])


def test_an_outlet_mostly_undated_is_a_warning_a_few_undated_a_note():
    # a 12-outlet AllSides sample (review, 2026-12-06): 28 of 30 WSJ articles had no date,
    # and the finding was a note beside the one-undated-article notes of other outlets
    n = 30
    c = pd.DataFrame(
        {
            "outlet": ["WSJ"] * n + ["NPR"] * n,
            "text": [full(i) for i in range(2 * n)],
            "published": ["2019-05-01", "2019-05-02"] + [None] * (n - 2)
            + [f"2019-05-{d:02d}" for d in range(1, n)] + [None],
        }
    )  # fmt: skip
    t = corpus_checks(c)
    rows = t[t["check"] == "date_missing"].set_index("outlet")
    assert rows.loc["WSJ", "severity"] == "warning"
    assert rows.loc["WSJ", "detail"] == (
        "28 of 30 articles have no date: its timeline and comparisons by period rest on 2 "
        "dated articles."
    )
    assert rows.loc["NPR", "severity"] == "info"
    assert rows.loc["NPR", "detail"] == "1 of 30 articles have no date."


def test_uk_dates_loaded_day_first_are_reported(tmp_path):
    p = tmp_path / "uk.csv"
    p.write_text(
        "outlet,text,published\nG,a b c,07/03/2022\nG,d e f,25/03/2022\nG,g h i,01/04/2022\n",
        encoding="utf-8",
    )
    t = corpus_checks(load_corpus(p))
    row = t[t["check"] == "date_order"].iloc[0]
    assert (
        row["severity"] == "info" and "day first" in row["detail"] and "25/03/2022" in row["detail"]
    )


def test_bundled_corpus_only_has_few_articles():
    t = corpus_checks(load_corpus())
    assert set(t["check"]) == {"few_articles"}


def test_one_outlet_finding_counts_the_corpus_articles():
    # the report review: report 01 showed the one-outlet warning with "Articles 0"
    c = load_corpus()
    words = " ".join(["The ministry said the talks would resume on Monday."] * 30)
    one = c.assign(outlet="Only Outlet", text=[f"{words} {i}" for i in range(len(c))])
    t = corpus_checks(one)
    row = t[t["detail"].str.startswith("One outlet")].iloc[0]
    assert row["check"] == "few_articles" and row["n_articles"] == len(c)


def test_not_a_corpus_is_refused():
    with pytest.raises(FramingError, match="no outlet column"):
        corpus_checks(pd.DataFrame({"text": ["a"]}))


@pytest.fixture(scope="module")
def guardian_nyt():
    return load_corpus(need_shared("datasets", "ukraine-2022-guardian-nyt", "articles.csv"))


def test_guardian_nyt_checks(guardian_nyt):
    t = corpus_checks(guardian_nyt)
    lead = t[(t["check"] == "lead_only")]
    assert lead["outlet"].tolist() == ["New York Times"]
    assert "median 171 words" in lead["detail"].iloc[0]
    exact = t[t["check"] == "exact_duplicate"]
    assert exact["n_articles"].sum() == 10
    genres = t[t["check"] == "genre_mix"]
    # the NYT's one podcast transcript (articles-0375) is an info line of its own
    assert set(genres["outlet"]) == {"The Guardian", "New York Times"}
    nyt = genres[genres["outlet"] == "New York Times"]
    assert nyt["severity"].tolist() == ["info"] and "transcript" in nyt["detail"].iloc[0]
    for genre, severity in (("letter", "info"), ("live blog", "warning"), ("briefing", "warning")):
        row = genres[genres["detail"].str.contains(f"look like {genre} pages")]
        assert row["severity"].tolist() == [severity], genre
    # live blogs: 9 since mojibake is repaired in titles ("... Europe â€“ as it happened" was
    # missed)
    assert article_genres(guardian_nyt)["genre"].value_counts().to_dict() == {
        "briefing": 57,
        "live blog": 9,
        "letter": 2,
        "review": 1,
        "transcript": 1,
    }


def test_guardian_nyt_uk_dates_read_right(guardian_nyt, tmp_path):
    # the same corpus with its dates written the British way loads to the same days
    uk = guardian_nyt.assign(published=guardian_nyt["published"].dt.strftime("%d/%m/%Y"))
    p = tmp_path / "uk.csv"
    uk[["outlet", "title", "published", "text"]].to_csv(p, index=False)
    back = load_corpus(p)
    want = guardian_nyt["published"].dt.tz_localize(None).dt.normalize()
    got = back["published"].dt.tz_localize(None) if back["published"].dt.tz else back["published"]
    assert (got.to_numpy() == want.to_numpy()).all()
    assert back.attrs["dates"]["order"] == "day-first"
    assert not set(corpus_checks(back)["check"]) & {"date_unparseable", "date_missing"}


def test_date_findings_survive_the_standardised_copy(tmp_path):
    # framing report --date-column writes the loaded corpus to parquet for the notebooks: the
    # undecidable dates (left empty) must still be reported there, not silently lost
    p = tmp_path / "c.csv"
    p.write_text("src,body,when\nG,a b c,07/03/2022\nG,d e f,08/04/2022\n", encoding="utf-8")
    c = load_corpus(p, text_column="body", outlet_column="src", date_column="when")
    c.to_parquet(tmp_path / "c.parquet", index=False)
    again = load_corpus(tmp_path / "c.parquet")
    rows = corpus_checks(again)
    row = rows[rows["check"] == "date_order"]
    assert row["severity"].tolist() == ["warning"] and row["n_articles"].tolist() == [2]


def _outlier_dates(dates):
    c = pd.DataFrame(
        {
            "outlet": ["A"] * len(dates),
            "text": [full(i) for i in range(len(dates))],
            "published": dates,
        }
    )
    t = corpus_checks(c)
    return t[t["check"] == "date_outlier"]


def test_a_tail_that_runs_on_is_no_outlier():
    # a debate with a peak in 2013-2014 and articles every few months up to 2019 (the AllSides
    # health-care sample): the late years were flagged as "far outside the corpus's span"
    core = [f"2013-{m:02d}-15" for m in range(1, 13)] + [f"2014-{m:02d}-15" for m in range(1, 13)]
    tail = [f"{y}-{m:02d}-01" for y in range(2015, 2020) for m in (2, 6, 10)]
    assert _outlier_dates(core * 3 + tail).empty


@pytest.mark.parametrize("stray", ["2031-05-01", "1998-05-01"])
def test_a_date_cut_off_by_a_long_gap_is_an_outlier(stray):
    core = [f"2022-{m:02d}-{d:02d}" for m in range(2, 9) for d in (1, 10, 20)]
    rows = _outlier_dates(core + [stray])
    assert rows["n_articles"].tolist() == [1] and stray in rows["detail"].iloc[0]


def _coverage_rows(dates_by_outlet):
    rows = [(o, d) for o, ds in dates_by_outlet.items() for d in ds]
    c = pd.DataFrame(
        {
            "outlet": [o for o, _ in rows],
            "text": [full(i) for i in range(len(rows))],
            "published": [d for _, d in rows],
        }
    )
    t = corpus_checks(c)
    return t[t["check"] == "date_coverage"]


def test_an_outlet_from_one_month_of_a_two_year_story_is_flagged():
    # by-country: RU's articles all come from April-May 2024, the others' from 2022 to 2024;
    # the check only knew outlets whose periods do not overlap at all
    long = [f"{y}-{m:02d}-10" for y in (2022, 2023) for m in range(1, 13)]
    rows = _coverage_rows(
        {"A": long, "B": long, "RU": ["2023-06-01", "2023-06-08", "2023-06-15", "2023-06-22"]}
    )
    assert rows["outlet"].tolist() == ["RU"]
    assert "days against" in rows["detail"].iloc[0]


def test_outlets_over_the_same_period_are_not_flagged():
    a = [f"2022-{m:02d}-05" for m in range(2, 9)]
    b = [f"2022-{m:02d}-20" for m in range(3, 9)]
    assert _coverage_rows({"A": a, "B": b}).empty


def test_an_outlet_with_a_quarter_of_its_articles_outside_the_others_period_is_flagged():
    # Guardian/NYT set: the NYT's articles run from 10 May to 31 July 2022, the Guardian's from
    # 24 February to 6 August; neither outlet's central 80% is brief next to the other's, and
    # 49 Guardian articles from outside the NYT's period passed without a word (review26)
    days = pd.date_range("2022-02-24", "2022-08-06", freq="4D").strftime("%Y-%m-%d").tolist()
    nyt = pd.date_range("2022-05-10", "2022-07-31", freq="2D").strftime("%Y-%m-%d").tolist()
    rows = _coverage_rows({"The Guardian": days, "New York Times": nyt})
    assert rows["outlet"].tolist() == ["The Guardian"]
    detail = rows["detail"].iloc[0]
    before = sum(d < "2022-05-10" for d in days)
    after = sum(d > "2022-07-31" for d in days)
    assert f"{before} before 2022-05-10" in detail and f"{after} after 2022-07-31" in detail
    assert rows["n_articles"].iloc[0] == before + after
    assert "common period (2022-05-10 to 2022-07-31)" in detail


def test_an_article_later_on_the_others_last_day_is_not_outside_their_period():
    a = [f"2022-{m:02d}-{d:02d}" for m in range(3, 8) for d in (3, 13, 23)]
    b = [f"2022-{m:02d}-{d:02d}" for m in range(3, 8) for d in (4, 14)] + ["2022-07-24T05:00"]
    late = a + ["2022-07-24T18:00"] * 5
    assert _coverage_rows({"A": late, "B": b}).empty


def _genre_of(text: str, title: str = "A story") -> list[str]:
    found = article_genres(pd.DataFrame({"outlet": ["X"], "title": [title], "text": [text]}))
    return sorted(set(found["genre"]))


def test_a_podcast_transcript_is_found_by_its_lower_case_speaker_lines():
    # NYT "First Person" in the Guardian/NYT set: 59 turns opened by a speaker's name alone
    # on its line; its speaker lines were removed as headings and its "like" topped the NYT's
    # distinguishing terms (review26)
    turns = "".join(
        f"{name}\n\nWe talked about the front line and what came after, {i}.\n\n"
        for i, name in enumerate(["lulu garcia-navarro", "oleksandr zhuhan"] * 5)
    )
    assert _genre_of("From New York Times Opinion, this is First Person.\n\n" + turns) == [
        "transcript"
    ]


def test_a_broadcast_transcript_is_found_by_its_upper_case_labels():
    # Democracy Now in the AllSides set: 'AMY GOODMAN: ', 'JOHN BONIFAZ: ' ...
    turns = "".join(
        f"{name}: We turn now to the question of impeachment, part {i}.\n\n"
        for i, name in enumerate(["AMY GOODMAN", "JOHN BONIFAZ"] * 5)
    )
    assert _genre_of(turns) == ["transcript"]


def test_news_with_short_lines_fact_check_labels_or_capitalised_names_is_no_transcript():
    short = "".join(f"Photo {i}\n\nKyiv Regional Administration\n\n" for i in range(10))
    facts = "".join(
        f"THE FACTS: The claim {i} is not supported by the record.\n\n" for i in range(10)
    )
    lower_prose = "".join(f"the talks went on for hours, day {i}\n\n" for i in range(10))
    assert _genre_of(short) == [] and _genre_of(facts) == [] and _genre_of(lower_prose) == []
