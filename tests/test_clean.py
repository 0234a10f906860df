"""Tests of analysis.clean: one table of hand-written snippets per junk class, the five seeds
checked paragraph by paragraph, clean text left alone, and never-crash properties."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import need_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import REASONS, Article, clean_article, clean_corpus, clean_text, removal_table
from analysis.evaluation.cleaning import evaluate_clean_corpora, removed_fraction

# Two ordinary body paragraphs that every snippet below is embedded between.
P1 = "The city council approved the new budget on Tuesday after a four-hour debate."
P2 = "Opposition members said the plan would raise local taxes by almost 4 per cent."


def _wrap(line: str) -> str:
    return f"{P1}\n\n{line}\n\n{P2}"


def _reasons(art: Article) -> dict[str, str]:
    return {text: reason for text, reason in art.removed}


# (junk line placed between two body paragraphs, expected reason)
JUNK_INSIDE = [
    # advert
    ("Advertisement", "advert"),
    ("ADVERT", "advert"),
    ("Sponsored content", "advert"),
    ("Story continues below advertisement", "advert"),
    ("Article continues below", "advert"),
    # promo
    ("Sign up to our free morning briefing newsletter", "promo"),
    ("Subscribe to The Herald's politics email for the week's best reads", "promo"),
    ("Follow the latest updates on the storm with our live blog", "promo"),
    ("Keep up with all the latest news from the election on our live coverage page", "promo"),
    ("Click here to get the app", "promo"),
    ("Download our app for breaking news alerts", "promo"),
    # teaser link
    ("READ MORE: Mayor unveils plan for new tram line", "teaser"),
    ("Related: Why the bypass was delayed again", "teaser"),
    # caption with a credit
    ("Firefighters tackle the blaze at the warehouse on Friday night (PA)", "caption"),
    ("Protesters outside parliament in London (Photo by Jane Doe/Getty Images)", "caption"),
    ("The mayor speaks to reporters outside city hall. REUTERS/John Smith", "caption"),
    ("Pictured: the damaged bridge after the flood", "caption"),
    # caption by its form: no final punctuation inside the body
    ("Councillors queue to vote in the chamber at the town hall on Tuesday evening", "caption"),
    ("The mayor (centre) with residents of the estate", "caption"),
    # crosshead
    ("What happens next", "heading"),
    # correction note
    (
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "correction",
    ),
    ("Clarification - the figure quoted refers to 2021, not 2022.", "correction"),
    # appeal
    (
        "If you have a story you would like to share, email our newsdesk at news@example.org",
        "appeal",
    ),
    ("Got a story? Send it to us via tips@example.com", "appeal"),
    ("Please consider supporting independent local journalism today.", "appeal"),
]


@pytest.mark.parametrize("line, reason", JUNK_INSIDE)
def test_junk_line_inside_body_is_removed_with_reason(line: str, reason: str) -> None:
    art = clean_article(_wrap(line))
    assert art.body == f"{P1}\n\n{P2}"
    assert (line, reason) in art.removed


# (junk line placed after the last body paragraph, expected reason)
JUNK_FOOTER = [
    ("Comments", "comments"),
    ("No comments", "comments"),
    ("View comments", "comments"),
    ("23 comments", "comments"),
    ("Join the conversation", "comments"),
    ("Comments are closed for this article.", "comments"),
    ("Topics: Budget, Council, Local politics", "navigation"),
    ("Tags: council, taxes", "navigation"),
    ("Related Articles", "navigation"),
    ("Most read", "navigation"),
    ("Share this article", "navigation"),
    ("© 2023 Example News Ltd. All rights reserved.", "footer"),
    (
        "This story is published under a licence: licensed under Creative Commons CC BY 4.0.",
        "footer",
    ),
    ("Terms of Use | Privacy Policy | Cookie Settings", "footer"),
    ("Example Gazette Logo", "footer"),
    ("Can you chip in a few pounds to keep our reporting free for everyone?", "appeal"),
    ("Support our journalism.", "appeal"),
    ("To donate by cheque or bank transfer, visit our giving page.", "appeal"),
    ("We are an independent, reader-funded newsroom.", "appeal"),
    ("This article originally appeared on Example Wire.", "aggregator"),
    ("Sign in to continue reading", "aggregator"),
    ("Already a subscriber? Log in", "aggregator"),
    ("Thirty days free", "aggregator"),
]


@pytest.mark.parametrize("line, reason", JUNK_FOOTER)
def test_junk_line_after_body_is_removed_with_reason(line: str, reason: str) -> None:
    art = clean_article(f"{P1}\n\n{P2}\n\n{line}")
    assert art.body == f"{P1}\n\n{P2}"
    assert (line, reason) in art.removed


def test_correction_goes_to_notes_not_body() -> None:
    note = "Correction: This article originally misspelled the councillor's surname."
    art = clean_article(f"{P1}\n{note}\n{P2}")
    assert art.notes == [note]
    assert note not in art.body


HEADERS = [
    # (raw, title kwarg, expected title, byline, standfirst, body starts with)
    (
        "Council passes budget after long debate\nBy Anna Kowalski\n" + P1 + "\n" + P2,
        None,
        "Council passes budget after long debate",
        "Anna Kowalski",
        "",
        P1,
    ),
    (
        "Council passes budget after long debate\n\nTax rise of 4% is the largest in a decade.\n\n"
        "Anna Kowalski\n\n" + P1 + "\n\n" + P2,
        None,
        "Council passes budget after long debate",
        "Anna Kowalski",
        "Tax rise of 4% is the largest in a decade.",
        P1,
    ),
    (
        "Anna Kowalski\n\nCouncil passes budget after long debate\n\n" + P1 + "\n\n" + P2,
        "Council passes budget after long debate",
        "Council passes budget after long debate",
        "Anna Kowalski",
        "",
        P1,
    ),
    (  # the known title wins over the first line, and its own line is removed
        "Home\nCOUNCIL PASSES BUDGET AFTER LONG DEBATE\n" + P1 + "\n" + P2,
        "Council passes budget after long debate",
        "Council passes budget after long debate",
        "",
        "",
        P1,
    ),
]


@pytest.mark.parametrize("raw, title, exp_title, exp_byline, exp_standfirst, exp_first", HEADERS)
def test_headers(raw, title, exp_title, exp_byline, exp_standfirst, exp_first) -> None:
    art = clean_article(raw, title=title)
    assert art.title == exp_title
    assert art.byline == exp_byline
    assert art.standfirst == exp_standfirst
    assert art.body.split("\n\n")[0] == exp_first
    assert P2 in art.body


def test_caption_copy_of_body_sentence_goes_body_sentence_stays() -> None:
    body = (
        "Engineers said the bridge would stay closed until at least the end of the month while "
        "repairs continue."
    )
    copy = (
        "Engineers said the bridge would stay closed until at least the end of the month while "
        "repairs continue"
    )
    raw = f"{P1}\n{body}\n{P2}\n{copy}\nThe council will meet again next week to review the costs."
    art = clean_article(raw)
    assert art.body.count(body) == 1
    assert (copy, "duplicate") in art.removed
    # the copy first, the sentence later: still the unpunctuated copy goes
    art2 = clean_article(f"{P1}\n{copy}\n{P2}\n{body}")
    assert body in art2.body and (copy, "duplicate") in art2.removed


def test_repeated_paragraph_removed_once() -> None:
    para = "The council will meet again next week to review the costs of the repairs."
    art = clean_article(f"{P1}\n{para}\n{P2}\n{para}")
    assert art.body.count(para) == 1
    assert (para, "duplicate") in art.removed


def test_teaser_block_with_author_dot_lines() -> None:
    raw = (
        f"{P1}\n\n{P2}\n\nMore from us\n\n"
        "Residents protest outside the depot\n\nBin strike enters its third week\n\nTom Reyes ·\n\n"
        "A view of the harbour\n\nFerry fares to rise in spring\n\n"
        "The operator blamed fuel costs for the increase.\n\nLina Ortiz ·"
    )
    art = clean_article(raw)
    assert art.body == f"{P1}\n\n{P2}"
    r = _reasons(art)
    for line in (
        "Bin strike enters its third week",
        "Tom Reyes ·",
        "Ferry fares to rise in spring",
        "The operator blamed fuel costs for the increase.",
        "Lina Ortiz ·",
    ):
        assert r[line] == "teaser"


MULTI_PARA_QUOTE = (
    'The minister said: "We have listened to residents and we will act.\n\n'
    '"The money will go to the schools that need it most.\n\n'
    '"Nobody will be left behind."\n\nThe plan will be published in full next month.'
)


def test_multi_paragraph_quote_kept() -> None:
    art = clean_article(MULTI_PARA_QUOTE)
    assert art.removed == []
    assert art.body == MULTI_PARA_QUOTE


# ---------------------------------------------------------------------------------------------
# clean text stays untouched
CLEAN = [
    P1 + "\n\n" + P2,
    "Prices rose by 0.4% in March, the statistics office said.\n"
    "Economists had expected a smaller rise.\n"
    '"It is a surprise," said one analyst. "But not a big one."',
    "Short piece.",
    "Is this the end of the high street? Shops closed at a record rate last year, figures show.\n"
    "The trend began long before the pandemic, retail experts say.",
    "He said the decision was final. ”\nThe vote is on Monday, the clerk confirmed.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_unchanged(text: str) -> None:
    art = clean_article(text)
    assert art.removed == []
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    assert art.body == "\n\n".join(paras)


def test_glued_drop_cap_is_still_a_sentence_end() -> None:
    raw = f"{P1}\nThe treaty was signed in 2019 and ratified by both houses of parliament.T\n{P2}"
    art = clean_article(raw)
    assert art.removed == []


def test_paragraph_that_lost_its_full_stop_is_kept_when_it_is_prose() -> None:
    lost = (
        "The bridge closed in May. Engineers found cracks in two of its supports and said repairs "
        "would take at least a year"
    )
    art = clean_article(f"{P1}\n{lost}\n{P2}")
    assert lost in art.body


# ---------------------------------------------------------------------------------------------
# input hygiene
def test_html_is_stripped_and_recorded() -> None:
    raw = (
        "<html><head><style>p{color:red}</style></head><body><h1>Bridge to reopen</h1>"
        "<p>The bridge will reopen on Monday, the council said.</p><script>track()</script>"
        "<figure><img src='a.jpg'><figcaption>The bridge last week</figcaption></figure>"
        "<p>Repairs cost &pound;2m &amp; took a year.</p></body></html>"
    )
    art = clean_article(raw)
    assert (
        art.body
        == "The bridge will reopen on Monday, the council said.\n\nRepairs cost £2m & took a year."
    )
    assert art.title == "Bridge to reopen"
    reasons = _reasons(art)
    assert reasons["<p>"] == "html"
    assert "track()" in " ".join(t for t, r in art.removed if r == "html")
    assert reasons["The bridge last week"] == "caption"


def test_invisible_characters_and_crlf() -> None:
    raw = f"Advert\r\n{P1[:10]}\u200b{P1[10:]}\r\n\u202e{P2}\ufeff\r\n"
    art = clean_article(raw)
    assert art.body == f"{P1}\n\n{P2}"
    assert art.removed == [("Advert", "advert")]


@pytest.mark.parametrize(
    "raw", ["", " ", "\n\n\n", None, float("nan"), "Advert", "x", "\ud800", "<p></p>", "&amp;"]
)
def test_degenerate_input(raw) -> None:
    art = clean_article(raw)
    assert isinstance(art, Article)
    assert isinstance(art.body, str)


def test_very_long_text() -> None:
    raw = "\n".join([P1, P2, "A photo of the site", "Advert"] * 5000)
    art = clean_article(raw)
    assert art.body.startswith(P1)
    assert {r for _, r in art.removed} <= set(REASONS)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes(text: str) -> None:
    art = clean_article(text)
    assert {r for _, r in art.removed} <= set(REASONS)
    for t, _ in art.removed:
        assert t


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                P1,
                P2,
                "Advert",
                "Comments",
                "By Jo Bloggs",
                "<p>",
                "</div>",
                "&nbsp;",
                "Photo (AP)",
                "",
                "\u200b",
                '"Quote begins',
                "Read more: x",
                "\r",
            ]
        ),
        max_size=30,
    )
)
def test_never_crashes_on_junk_mixtures(parts: list[str]) -> None:
    art = clean_article("\n".join(parts))
    assert "Advert" not in art.body.split("\n\n")


# ---------------------------------------------------------------------------------------------
# the five seeds (annotated by hand, line by line)
def _seed(seed_corpus, outlet: str) -> tuple[Article, dict[str, str]]:
    row = seed_corpus[seed_corpus["outlet"] == outlet].iloc[0]
    title = row["title"] if isinstance(row["title"], str) and row["title"] else None
    art = clean_article(row["text"], title=title)
    return art, _reasons(art)


MIRROR_KEPT = [
    "The Kremlin has demanded that Ukraine recognise Crimea as Russian and Donetsk and Lugansk as "
    "independent states if the invasion is to end.",
    'Kremlin spokesman Dmitry Peskov said: "They should make amendments to the constitution '
    "according to which Ukraine would reject any aims to enter any bloc.",
    '"This is possible only by making changes to the constitution.',
    '"We really are finishing the demilitarisation of Ukraine. We will finish it.',
    '"But the main thing is that Ukraine ceases its military action. They should stop their '
    'military action and then no one will shoot."',
    "\"Donetsk and Lugansk don't want to be part of Ukraine. But it doesn't mean they should be "
    "destroyed as a result.",
    '"For the rest. Ukraine is an independent state that will live as it wants, but under '
    'conditions of neutrality."',
    "Ankara has good relations with both Moscow and Kyiv, and has Russia's invasion unacceptable "
    "even as it opposes sanctions against Moscow.",
]
MIRROR_REMOVED = [
    ("Get all your news in one place.", "aggregator"),
    ("Start reading", "aggregator"),
    ("Milo Boyd", "byline"),
    ("Russia demands Ukraine let 3 regions break away and scrap its army to stop war", "title"),
    ("Follow all today's latest updates on the conflict with our live blog", "promo"),
    (
        "A woman carried by Ukrainian soldiers crosses an improvised path while fleeing the town "
        "of Irpin on Sunday (AP)",
        "caption",
    ),
    ("Sign up to read this article", "aggregator"),
    ("Top stories on inkl right now", "aggregator"),
    ("Fourteen days free", "aggregator"),
    ("100+ trusted global sources.", "aggregator"),
]


def test_seed_mirror(seed_corpus) -> None:
    art, r = _seed(seed_corpus, "Daily Mirror")
    paras = art.body.split("\n\n")
    for p in MIRROR_KEPT:
        assert p in paras
    for line, reason in MIRROR_REMOVED:
        assert r.get(line) == reason, line
    assert len(paras) == 27
    assert art.byline == "Milo Boyd"


MAIL_BODY_COPIED = (
    "Peskov also said today that Russia is demanding Ukraine cease military action, change its "
    "constitution to enshrine neutrality so it cannot join the EU or NATO, acknowledge Crimea as "
    "Russian territory and recognise the separatist republics of Donetsk and Lugansk as "
    "independent territories."
)
MAIL_LAVROV = (
    "Russian Foreign Minister Sergei Lavrov and Ukrainian counterpart Dmytro Kuleba are also due "
    "to meet at a forum in Turkey on Thursday, Ankara said. It would be the first top-level "
    "meeting since Moscow launched its invasion on February 24."
)


def test_seed_mail(seed_corpus) -> None:
    art, r = _seed(seed_corpus, "Daily Mail")
    paras = art.body.split("\n\n")
    assert paras.count(MAIL_BODY_COPIED) == 1
    assert paras.count(MAIL_LAVROV) == 1
    assert r[MAIL_BODY_COPIED[:-1]] == "duplicate"  # the caption copy: same words, no full stop
    assert (
        r[
            "Russian Foreign Minister Sergei Lavrov (right) and Ukrainian counterpart Dmytro "
            "Kuleba (left) are also due to meet at a forum in Turkey on Thursday, Ankara said. It "
            "would be the first top-level meeting since Moscow launched its invasion on February 24"
        ]
        == "duplicate"
    )
    assert (
        r["President Zelensky adviser Mykhailo Podoliak sets off the for peace talks today"]
        == "caption"
    )
    assert (
        r[
            "A view shows a residential building damaged by recent shelling, as Russia's invasion "
            "of Ukraine continues, in Chernihiv, Ukraine March 3, 2022"
        ]
        == "caption"
    )
    assert r["No comments"] == "comments"
    assert art.title.startswith("Russia and Ukraine sit down for talks")
    assert r[art.title] == "title"
    # the paragraph glued to a drop cap ("... and the EU.I") is body text
    assert any(p.endswith("member of NATO and the EU.I") for p in paras)
    assert "His message captioned a picture of buildings levelled by Russian airstrikes." in paras
    assert len(paras) == 51


def test_seed_unilad(seed_corpus) -> None:
    art, r = _seed(seed_corpus, "UNILAD")
    paras = art.body.split("\n\n")
    assert "Advert" not in paras
    assert sum(1 for t, why in art.removed if (t, why) == ("Advert", "advert")) == 3
    assert r["Topics: Russia, Ukraine, World News"] == "navigation"
    assert (
        r["If you have a story you want to tell, send it to UNILAD via [email protected]"]
        == "appeal"
    )
    assert paras[0].startswith("Russia will halt its military action 'in a moment'")
    assert paras[-1].startswith("News of the talks comes as Russia remains frustrated")
    assert len(paras) == 11


def test_seed_common_dreams(seed_corpus) -> None:
    art, r = _seed(seed_corpus, "Common Dreams")
    paras = art.body.split("\n\n")
    assert paras[0].startswith("The Kremlin said Monday that Russia's deadly assault")
    assert paras[-1].startswith(
        "The United Nations said Monday that it has been able to confirm 406"
    )
    assert len(paras) == 12
    assert art.standfirst.startswith("The Kremlin said Russia's demands include")
    assert art.byline == "Jake Johnson"
    assert art.notes == [
        "Correction: The Russian and Ukrainian foreign ministers are set to meet on Thursday, not "
        "Monday."
    ]
    assert r["Sign up for our newsletter."] == "promo"
    assert r["Comments"] == "comments"
    assert (
        r["Study Shows Covid-19 Infection Linked to Brain Shrinkage, Cognitive Decline"] == "teaser"
    )
    assert r["Students Rally Against 'Don't Say Gay' Bill at Florida Capitol"] == "teaser"
    assert r["Study Warns of 'Profound' Consequences as Amazon Nears 'Tipping Point'"] == "teaser"
    assert r["Support our work."] == "appeal"
    assert (
        r["To donate by check, phone, or other method, see our More Ways to Give page."] == "appeal"
    )
    assert (
        r[
            "Delegations attend the third round of Russia-Ukraine peace talks in Brest, Belarus on "
            "March 07, 2022. (Photo by Foreign Ministry of Belarus/Anadolu Agency via Getty Images)"
        ]
        == "caption"
    )
    body = art.body
    for junk in ("Covid", "Amazon", "Don't Say Gay", "chip in", "Creative Commons"):
        assert junk not in body


def test_seed_rt_is_untouched(seed_corpus) -> None:
    art, _ = _seed(seed_corpus, "RT")
    assert art.removed == []
    assert len(art.body.split("\n\n")) == 8


# ---------------------------------------------------------------------------------------------
# corpus-level functions
def test_clean_corpus_columns_and_titles(seed_corpus) -> None:
    out = clean_corpus(seed_corpus)
    assert len(out) == len(seed_corpus)
    for col in (
        "title",
        "byline",
        "standfirst",
        "body",
        "notes",
        "removed",
        "n_removed",
        "chars_removed_frac",
    ):
        assert col in out.columns
    mail = out[out["outlet"] == "Daily Mail"].iloc[0]
    assert mail["title"] == seed_corpus[seed_corpus["outlet"] == "Daily Mail"].iloc[0]["title"]
    rt = out[out["outlet"] == "RT"].iloc[0]
    assert rt["n_removed"] == 0 and rt["chars_removed_frac"] == 0.0
    assert "text" in out.columns and "body" not in seed_corpus.columns  # a copy; input untouched


def test_clean_corpus_manifest_title_wins() -> None:
    df = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "outlet": ["X", "Y"],
            "title": ["Official headline", None],
            "text": [f"Scraped headline here\n{P1}", f"Another scraped headline\n{P2}"],
        }
    )
    out = clean_corpus(df)
    assert out["title"].tolist() == ["Official headline", "Another scraped headline"]


def test_clean_corpus_keeps_unusable_rows() -> None:
    df = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "text": [None, ""]})
    out = clean_corpus(df)
    assert out["body"].tolist() == ["", ""]
    assert out["n_removed"].tolist() == [0, 0]


def test_removal_table(seed_corpus) -> None:
    tab = removal_table(seed_corpus)
    assert list(tab.columns) == ["article_id", "outlet", "line_no", "reason", "text"]
    unilad = tab[tab["outlet"] == "UNILAD"]
    assert unilad[unilad["reason"] == "advert"]["line_no"].tolist() == [3, 8, 12]
    # same rows from the clean_corpus output
    tab2 = removal_table(clean_corpus(seed_corpus))
    assert tab2[["reason", "text"]].values.tolist() == tab[["reason", "text"]].values.tolist()


def test_removed_fraction_counts() -> None:
    r = removed_fraction([f"{P1}\nAdvert\n{P2}", P1])
    assert r["n_removed_chars"] == len("Advert")
    assert r["n_chars"] == len(P1) * 2 + len(P2) + len("Advert") + 2
    assert r["n_texts_touched"] == 1


def test_clean_corpora_remove_at_most_one_percent() -> None:
    root = need_shared()
    need_shared("validation", "readability-onestopenglish")
    need_shared("datasets", "allsides-2012-2020")
    res = evaluate_clean_corpora(root, allsides_sample=150, random_state=0).set_index("corpus")
    # OneStopEnglish is edited text: everything removed counts against the 1 % target
    assert res.loc["onestopenglish", "fraction"] <= 0.01
    # AllSides bodies still hold scrape junk (galleries, "Advertisement", newsletter lines), so the
    # 1 % target is applied to removed lines that read like prose (full stop, >= 8 words)
    assert res.loc["allsides", "prose_fraction"] <= 0.01


def test_short_closing_and_opening_sentences_stay_in_body() -> None:
    art = clean_article(f"Advert\nSo it begins.\n{P1}\n{P2}\nNo one was hurt.\nComments")
    assert art.body == f"So it begins.\n\n{P1}\n\n{P2}\n\nNo one was hurt."
    assert art.removed == [("Advert", "advert"), ("Comments", "comments")]


def test_unanchored_alternative_of_a_rule_is_searched_mid_line() -> None:
    line = "The mayor at the reopened depot on Friday. Hide caption"
    art = clean_article(_wrap(line))
    assert (line, "caption") in art.removed


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?…:;\"'”’»)] \tAbZx\u2003", max_size=14))
def test_is_terminal_is_the_regex_definition(line):
    from analysis.clean.lines import TERMINAL as _TERMINAL
    from analysis.clean.lines import is_terminal as _is_terminal

    assert _is_terminal(line) == (_TERMINAL.search(line) is not None)


def test_normalising_precheck_covers_every_normalised_character():
    """The one-scan precheck must see every character the three normalisations change."""
    from analysis.clean.normalise import INVISIBLE as _INVISIBLE
    from analysis.clean.normalise import LINESEP as _LINESEP
    from analysis.clean.normalise import NEEDS_NORMALISING as _NEEDS_NORMALISING
    from analysis.clean.normalise import SPACES as _SPACES

    for c in map(chr, range(0x3000)):
        if _INVISIBLE.search(c) or _SPACES.search(c) or _LINESEP.search(c):
            assert _NEEDS_NORMALISING.search(c), hex(ord(c))
    for c in map(chr, [0xFEFF, 0x2066, 0x2069, 0xD800, 0xDFFF]):
        assert _NEEDS_NORMALISING.search(c)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1 .,'’-ß\u2019ÉxBy", max_size=30))
def test_title_prefilter_never_skips_a_match(line):
    """A line is compared with the title only if it has at most as many words as the title's
    key has word runs: that must hold for every line whose key equals the title's."""
    from analysis.clean.lines import BY_PREFIX as _BY_PREFIX
    from analysis.clean.lines import may_have_key as _may_have_key
    from analysis.clean.lines import n_words as _n_words
    from analysis.clean.lines import title_key as _title_key

    assert _may_have_key(line, _n_words(line), len(_title_key(line).split()))
    assert _may_have_key(
        line, _n_words(line), len(_title_key(_BY_PREFIX.sub("", line)).split()) + 2
    )


@pytest.mark.slow
def test_fold_joins_words_lists_every_such_character():
    """The title prefilter assumes only these characters fold from non-word into word characters."""
    import re

    from analysis.clean.lines import FOLD_JOINS_WORDS as _FOLD_JOINS_WORDS
    from analysis.clean.lines import may_have_key as _may_have_key

    w = re.compile(r"\w")
    odd = [
        c
        for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and c.casefold() != c
        and not w.match(c)
        and any(w.match(x) for x in c.casefold())
    ]
    assert "".join(odd) == _FOLD_JOINS_WORDS
    assert _may_have_key("a\u0345b", 2, 1)  # folds to one run "aιb": the key must be computed


LINE_PIECES = st.sampled_from(
    [
        "U.S.",
        "Kremlin's",
        "Kremlin’s",
        "full-scale",
        "a--b",
        "and/or",
        "1,000",
        "2.5",
        "x_y",
        "—",
        "…",
        "'",
        "’",
        ".",
        "-",
        " ",
        "  ",
        "\n",
        "Kyiv",
        "said",
        "é",
        "ﬁ",
        "ß",
        "\u00a0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINE_PIECES, st.text(max_size=3)), max_size=30).map("".join))
def test_line_word_count_from_readability_tokens_equals_the_cleaners_definition(line):
    """The counted cleaner reads a line's word count off readability's token table: it equals
    the number of the cleaner's own words (_WORD matches) in the line."""
    from analysis.detect.readability import line_words, token_counts
    from analysis.text.words import LINE_WORD as CLEAN_WORD

    assert line_words(token_counts(line)[0]) == len(CLEAN_WORD.findall(line))


@pytest.mark.parametrize("i", range(5))
def test_counted_cleaning_gives_the_same_article_and_the_body_counts(i):
    from analysis import load_corpus
    from analysis.clean import clean_text
    from analysis.detect.readability import line_counts, token_counts

    raw = load_corpus()["text"].iloc[i]
    plain, removed, none = clean_text(raw)
    counted, removed2, counts = clean_text(raw, line_counter=line_counts)
    assert none is None and counted == plain and removed2 == removed
    assert counts == token_counts(counted.body)


def _rules_with_needs():
    from analysis.clean.rules import boilerplate_rules, rule_needs

    return [pytest.param(r, id=r["pattern"][:40]) for r in boilerplate_rules() if rule_needs(r)]


@pytest.mark.parametrize("row", _rules_with_needs())
def test_declared_needs_occur_in_every_line_a_rule_matches(row):
    """A line without any of a rule's ``needs`` literals is not searched: on lines generated
    from the rule's own regex (case-insensitive, as the rules match), one of them must occur."""
    import re

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from analysis.clean.rules import rule_needs
    from analysis.text.fold import fold
    from analysis.text.matcher import contains_any

    needs = rule_needs(row)

    # from_regex discards many drafts of a pattern with bounded negated classes ("[^.]{0,60}"):
    # the health check then fails a run by chance (CI, 2026-12-07, on the hyperlink footer rule),
    # which says nothing of the rule; the examples that are generated are all checked.
    @settings(
        max_examples=200,
        deadline=None,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(st.from_regex(re.compile(row["pattern"], re.I)))
    def check(line):
        assert contains_any(fold(line), needs)

    check()


def test_match_rule_bucket_skip_changes_no_line() -> None:
    """``match_rule`` skips the floating buckets whose ``max_words`` a line exceeds by one bisect
    over ``Rules.floating_limits`` (round 4 speed pass): every line of the bundled corpus, and
    long variants of it (past every limit), gets the rule it gets when no bucket is skipped so."""
    import dataclasses

    from analysis import load_corpus
    from analysis.clean.lines import n_words
    from analysis.clean.rules import compiled_rules, match_rule

    rules = compiled_rules()
    limits = [lim for lim, *_ in rules.floating if lim is not None]
    assert list(rules.floating_limits) == sorted(limits) == limits and len(limits) >= 2
    unskipped = dataclasses.replace(rules, floating_limits=())
    lines = [ln.strip() for t in load_corpus()["text"] for ln in t.splitlines() if ln.strip()]
    lines += [ln + " word" * k for ln in lines[:40] for k in (5, 60, 160)]
    lines += ["Getty Images", "Advertisement", "Sign up for our newsletter" + " now" * 200]
    got = [match_rule(ln, n_words(ln), rules) for ln in lines]
    assert got == [match_rule(ln, n_words(ln), unskipped) for ln in lines]
    assert any(r >= 0 for r in got) and any(r < 0 for r in got)


def _anchored_rules():
    from analysis.clean.rules import boilerplate_rules, is_anchored

    return [
        pytest.param(r["pattern"], id=r["pattern"][:40])
        for r in boilerplate_rules()
        if is_anchored(r["pattern"]) and (r.get("scope") or "").strip() != "inline"
    ]


def test_is_anchored_takes_alternatives_that_each_open_with_a_caret() -> None:
    """A rule is tried only at the line start when every top-level alternative opens with
    ``^`` (twenty-second session's speed round: ``^[(]note|^editor’s note`` was searched at
    every position of every line); an unanchored alternative, or one inside a group, keeps it
    floating."""
    from analysis.clean.rules import compiled_rules, is_anchored

    assert is_anchored("^a|^b") and is_anchored("^(?:a|b)c|^d") and is_anchored(r"^a\|b")
    assert not is_anchored("^a|b") and not is_anchored("^a|(^b)") and not is_anchored("a|^b")
    assert not is_anchored("(^a|b)") and not is_anchored(r"^a|\^b")
    # every floating bucket of the bundled table declares literals now (none is searched blind)
    assert all(pre is not None for _, _, pre, _ in compiled_rules().floating)


@pytest.mark.parametrize("pattern", _anchored_rules())
def test_anchored_rules_match_only_at_the_line_start(pattern: str) -> None:
    """For a rule ``is_anchored`` accepts, ``re.match`` finds what ``re.search`` finds (what
    lets ``match_rule`` try it at the line start only): on the bundled corpus's lines and on
    strings generated from the rule, as written and after other text."""
    import re

    from analysis import load_corpus

    rx = re.compile(pattern, re.I)
    lines = [ln.strip() for t in load_corpus()["text"] for ln in t.splitlines() if ln.strip()]

    def same(s: str) -> None:
        found, at_start = rx.search(s), rx.match(s)
        assert (found is None) == (at_start is None)
        assert found is None or found.span() == at_start.span()

    for ln in lines:
        same(ln)

    @settings(max_examples=100, deadline=None)
    @given(st.from_regex(rx), st.sampled_from(["", "x ", "Note: ", "(", " "]))
    def check(s: str, before: str) -> None:
        same(before + s)

    check()


def test_the_guardians_inline_newsletter_box_is_removed_as_a_promotion() -> None:
    # by-country GB articles (9): the newsletter box printed as one 93-102-word line, too long
    # for the sign-up rows; its "Newsletters may contain info" reached the hedge counts (audit26)
    box = (
        "skip past newsletter promotion Sign up to First Edition Free daily newsletter Our "
        "morning email breaks down the key stories of the day, telling you what’s happening and "
        "why it matters Enter your email address Sign up Privacy Notice: Newsletters may contain "
        "info about charities, online ads, and content funded by outside parties. For more "
        "information see our Privacy Policy . We use Google reCaptcha to protect our website and "
        "the Google Privacy Policy and Terms of Service apply. after newsletter promotion"
    )
    prose = "The minister said the talks would resume on Monday after a week of shelling. " * 3
    more = "Aid convoys reached the city on Tuesday, officials said, and more were expected. " * 3
    cleaned = clean_text(f"{prose}\n\n{box}\n\n{more}")
    assert "newsletter" not in cleaned.article.body
    assert [(r[2], r[1][:30]) for r in cleaned.removed] == [
        ("promo", "skip past newsletter promotion")
    ]
    # a sentence of an article that speaks of a newsletter promotion stays
    kept = "The paper ran a newsletter promotion for weeks, and readers complained about it."
    assert kept in clean_text(f"{prose}\n\n{kept}\n\n{more}").article.body
