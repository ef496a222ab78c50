from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.parse import analyse
from timeline.parse.events import merge_reports
from timeline.parse.text import (
    Span,
    gate_title,
    resolve_reference,
    sentences,
    shorten_names,
    title_problems,
    to_headline_tense,
)

ROOT = Path(__file__).resolve().parent.parent
POMPEO = (ROOT / "data" / "pompeo-sochi-talks.txt").read_text(encoding="utf-8")


def _events(text: str, published: str = "2019-05-15") -> list[tuple[str, str]]:
    result = analyse(text, source_id="a.txt", published=dt.date.fromisoformat(published))
    return [(e.date, e.title) for e in result.events]


def test_pompeo_sample_facts() -> None:
    events = _events(POMPEO)
    assert sorted(events) == [
        ("2014", "Russia annexes Crimea"),
        ("2016", "Russia meddles in the 2016 U.S. presidential election"),
        ("2019-05-14", "Pompeo meets Putin and Lavrov in Sochi"),
        ("2020", "Pompeo warns against interference in the 2020 election"),
    ]  # and the dateline, 2019-05-15, is not an event


SEED = ROOT.parent / "shared" / "seeds" / "pompeo-putin-2019-05-15.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_pompeo_seed_facts() -> None:
    events = dict(_events(SEED.read_text(encoding="utf-8")))
    assert events["2014"] == "Russia annexes Crimea"
    assert events["2016"] == "Russia meddles in the 2016 U.S. presidential election"
    assert events["2019-05-14"] == "Pompeo travels to Russia for talks with Putin and Lavrov"
    assert events["2020"].startswith("Pompeo warns against interference in American elections")
    assert set(events) == {"2014", "2016", "2019-05-14", "2020"}


def test_pompeo_events_have_confidence_and_why() -> None:
    result = analyse(POMPEO, source_id="a.txt")
    tuesday = next(e for e in result.events if e.date == "2019-05-14")
    assert tuesday.why.startswith("Tuesday: the Tuesday before the publication date")
    assert 0 < tuesday.confidence <= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "May 15, 2019\nThe program will run for three years. Now is the time.",
            [],
            id="durations-and-present-ref",
        ),
        pytest.param(
            "May 15, 2019\nThe 8-year-old girl was rescued. Sales rose 4% to Wednesday's close.",
            [],
            id="ages-and-possessive-reference",
        ),
        pytest.param(
            "May 15, 2019\nRidership has fallen since 2016.",
            [],
            id="trend-start",
        ),
        pytest.param(
            "May 15, 2019\nToday only a few stretches of the wall survive.",
            [],
            id="present-today",
        ),
    ],
)
def test_not_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_reporting_date_dropped_when_something_else_happened() -> None:
    text = (
        "May 15, 2019\nThe council approved the flood plan on Tuesday.\n"
        "The mayor, speaking to reporters on Tuesday, called it a relief."
    )
    assert _events(text) == [("2019-05-14", "Council approves the flood plan")]


def test_reporting_date_kept_when_nothing_else_happened() -> None:
    text = "May 15, 2019\nAcme Corp said on Tuesday it had agreed to buy Widget Ltd for $5 million."
    assert _events(text) == [("2019-05-14", "Acme Corp agrees to buy Widget Ltd for $5 million")]


def test_two_dates_two_events() -> None:
    text = (
        "May 15, 2019\nThe fund awarded the project a grant in 2017, "
        "and restoration work began in May 2018."
    )
    assert _events(text) == [
        ("2017", "Fund awards the project a grant"),
        ("2018-05", "Restoration work begins"),
    ]


def test_relative_clause_gets_its_antecedent() -> None:
    text = "May 15, 2019\nLabour, which won control of the council in 2012, lost ten seats."
    assert _events(text) == [("2012", "Labour wins control of the council")]


def test_planned_event_says_so() -> None:
    text = "May 15, 2019\nThe museum will reopen next spring after a long restoration."
    assert _events(text) == [("2020-SP", "Museum to reopen after a long restoration")]


def test_same_happening_merged_with_every_quote() -> None:
    text = (
        "May 15, 2019\n\nPompeo held talks with Putin in Sochi on Tuesday.\n\n"
        'Pompeo: "Our talks here today were a good step."\n'
    )
    result = analyse(text, source_id="a.txt")
    assert [(e.date, e.title) for e in result.events] == [
        ("2019-05-14", "Pompeo holds talks with Putin in Sochi")
    ]
    assert len(result.events[0].mentions) == 2


def test_quoted_today_is_the_day_the_speaker_spoke() -> None:
    text = (
        "May 15, 2019\n\nThe ministers met in Sochi on Tuesday for talks on trade.\n\n"
        'Lavrov: "We agreed today to keep talking about trade."\n'
    )
    result = analyse(text, source_id="a.txt")
    assert {e.date for e in result.events} == {"2019-05-14"}


def test_coarse_apposition_gives_one_event() -> None:
    text = (
        "Saturday 9 November 2019\n"
        "Thirty years ago today, on 9 November 1989, crowds crossed the Wall."
    )
    assert _events(text, "2019-11-09") == [("1989-11-09", "Crowds cross the Wall")]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        pytest.param("Russia annexed Crimea", ("Russia annexes Crimea", False), id="past"),
        pytest.param(
            "Pompeo met Putin and Lavrov", ("Pompeo meets Putin and Lavrov", False), id="irregular"
        ),
        pytest.param("The pilots will walk out", ("The pilots to walk out", True), id="future"),
        pytest.param(
            "The deal is expected to close", ("The deal expected to close", True), id="expected"
        ),
        pytest.param(
            "The council has approved the plan",
            ("The council approves the plan", False),
            id="perfect",
        ),
    ],
)
def test_headline_tense(clause: str, expected: tuple[str, bool]) -> None:
    assert to_headline_tense(clause) == expected


def test_sentence_ends_after_abbreviation_before_quote() -> None:
    text = 'He was arrested in Greenwich, Conn. "Mr. Hale lied," the judge said.'
    assert len(sentences(text)) == 2


def test_merge_reports_across_articles_is_order_independent() -> None:
    a = analyse(POMPEO, source_id="a.txt").events
    b = analyse(
        "May 15, 2019\nPompeo told Lavrov the United States would not recognise Russia's "
        "annexation of Crimea in 2014.",
        source_id="b.txt",
    ).events
    one = merge_reports((*a, *b))
    two = merge_reports((*b, *a))
    assert sorted(e.id for e in one) == sorted(e.id for e in two)
    crimea = [e for e in one if e.date == "2014"]
    assert len(crimea) == 1
    assert {m.source for m in crimea[0].mentions} == {"a.txt", "b.txt"}
    assert crimea[0].id in {e.id for e in (*a, *b)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "April 6, 2023\nThe last transit tax, approved by voters in 2004, is fully spent.",
            [("2004", "Last transit tax approved by voters")],
            id="participle-insertion",
        ),
        pytest.param(
            "April 6, 2023\nFounded in 1949 by two teachers, the choir has grown to 90 voices.",
            [("1949", "Choir founded by two teachers")],
            id="participle-lead",
        ),
        pytest.param(
            "April 6, 2023\nThe wreck lay hidden until an expedition led by Ann Rowe found it in "
            "1985.",
            [("1985", "Expedition led by Ann Rowe finds it")],
            id="reduced-passive-is-not-the-verb",
        ),
        pytest.param(
            "April 6, 2023\nIf the council approves it, the tax would go before voters in "
            "November.",
            [("2023-11", "Tax could go before voters")],
            id="conditional-could-and-future-month",
        ),
        pytest.param(
            "April 6, 2023\nThe new season kicks off in August.",
            [("2023-08", "New season kicks off")],
            id="present-tense-future-month",
        ),
        pytest.param(
            "June 3, 2024\nThe regulator had been due to decide by Feb. 10 but extended its "
            "review in January.",
            [("2024-01", "Regulator extends its review")],
            id="past-verb-after-but-keeps-month-past",
        ),
        pytest.param(
            "January 3, 2024\nThe WHO approved a vaccine in October 2021. Regulators are "
            "expected to decide on the new one by the summer.",
            [
                ("2021-10", "WHO approves a vaccine"),
                ("2024-SU", "Regulators expected to decide on the new one"),
            ],
            id="future-season-not-narrative",
        ),
        pytest.param(
            "April 14, 2012\nThe liner struck an iceberg late on April 14, 1912, and sank early "
            "the following morning.",
            [("1912-04-14", "Liner strikes an iceberg"), ("1912-04-15", "Liner sinks")],
            id="following-morning",
        ),
        pytest.param(
            "January 3, 2024\nThe trial ran from 2019 to 2022. Each child received three doses, "
            "followed by a booster a year later.",
            [("2019", "Trial runs")],  # 2019/2022: _events shows the start
            id="distributive-each",
        ),
        pytest.param(
            "June 8, 2022\nShe pointed to the 2019 collapse of a freight bridge over the river.",
            [("2019", "Freight bridge over the river collapses")],
            id="event-noun-after-year",
        ),
        pytest.param(
            "June 8, 2022\nRelations soured after Chinese meddling in the 2019 census.",
            [("2019", "China meddles in the 2019 census")],
            id="demonym-gerund",
        ),
    ],
)
def test_general_title_rules(text: str, expected: list[tuple[str, str]]) -> None:
    published = text.split("\n", 1)[0]
    day = dt.datetime.strptime(published, "%B %d, %Y").date().isoformat()  # noqa: DTZ007
    assert _events(text, day) == expected


def test_titled_names_become_surnames() -> None:
    assert shorten_names("Secretary of State Mike Pompeo met President Vladimir Putin") == (
        "Pompeo met Putin"
    )


def test_role_and_body_resolve_to_the_nearest_name() -> None:
    text = "Harwell Borough Council met Mayor Ana Ruiz. The mayor said the council would vote."
    assert resolve_reference(text, text.index("The mayor"), "The mayor") == "Ruiz"
    assert resolve_reference(text, text.index("the council"), "the council") == (
        "Harwell Borough Council"
    )
    assert resolve_reference(text, 0, "the council") is None


def test_warning_from_unacceptable_in_reported_speech() -> None:
    text = (
        "May 15, 2019\nSecretary of State Mike Pompeo met Sergei Lavrov. The secretary said "
        "any interference in the 2020 election would be unacceptable."
    )
    assert _events(text) == [("2020", "Pompeo warns against interference in the 2020 election")]


def test_merge_reports_merges_differently_worded_reports_of_one_day() -> None:
    a = analyse(POMPEO, source_id="a.txt").events
    b = analyse(
        "May 15, 2019\nU.S. Secretary of State Mike Pompeo traveled to Russia for talks with "
        "President Vladimir Putin and Foreign Minister Sergei Lavrov on Tuesday.",
        source_id="b.txt",
    ).events
    merged = [e for e in merge_reports((*a, *b)) if e.date == "2019-05-14"]
    assert len(merged) == 1
    assert {m.source for m in merged[0].mentions} == {"a.txt", "b.txt"}


def test_merge_reports_keeps_different_happenings_of_one_day_apart() -> None:
    a = analyse("May 15, 2019\nPompeo met Putin in Sochi on Tuesday.", source_id="a.txt").events
    b = analyse(
        "May 15, 2019\nA storm flooded the harbour in Dover on Tuesday.", source_id="b.txt"
    ).events
    assert len(merge_reports((*a, *b))) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "May 15, 2019\nThe council approved the flood plan on Tuesday.",
            [("2019-05-14", "Council approves the flood plan")],
            id="past-tense-weekday",
        ),
        pytest.param(
            "April 6, 2023\nThe plan, drawn up by the transport department in January, would "
            "raise $90 million.",
            [("2023-01", "Plan drawn up by the transport department")],
            id="past-participle-month",
        ),
        pytest.param(
            "May 15, 2019\nThe council will vote on the plan on Tuesday.",
            [("2019-05-21", "Council to vote on the plan")],
            id="future-tense-weekday",
        ),
    ],
)
def test_tense_decides_the_side_of_the_publication_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    published = text.split("\n", 1)[0]
    day = dt.datetime.strptime(published, "%B %d, %Y").date().isoformat()  # noqa: DTZ007
    assert _events(text, day) == expected


def _ranges(text: str, published: str) -> list[tuple[str, str | None]]:
    result = analyse(text, source_id="a.txt", published=dt.date.fromisoformat(published))
    return [(e.date, e.end_date) for e in result.events]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Committee members will meet on March 21 and 22 in Washington.",
            "2023-03-09",
            [("2023-03-21", "2023-03-22")],
            id="month-day-and-day",
        ),
        pytest.param(
            "The firm will show its robot at a fair in Stuttgart from March 19 to 21, 2024.",
            "2024-02-06",
            [("2024-03-19", "2024-03-21")],
            id="month-day-to-day-year",
        ),
        pytest.param(
            "Schools in the district will stay closed on Wednesday and Thursday.",
            "2023-08-22",
            [("2023-08-23", "2023-08-24")],
            id="consecutive-weekdays",
        ),
        pytest.param(
            "Pupils in the district went back to class on Monday, and they rested on Wednesday.",
            "2023-08-24",
            [("2023-08-21", None), ("2023-08-23", None)],
            id="weekdays-not-joined",
        ),
    ],
)
def test_day_ranges(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _ranges(text, published) == expected


def test_wire_dateline_without_year_is_no_event() -> None:
    text = (
        "Pinecrest to cut jobs\n\nCHICAGO, July 27 (Reuters) - Pinecrest Foods Inc said on "
        "Thursday it would cut about 900 jobs and close two plants in Ohio.\n"
    )
    events = _events(text, "2023-07-27")
    assert [d for d, _ in events] == ["2023-07-27"]
    assert not events[0][1].startswith("CHICAGO")


def test_live_blog_time_stamps() -> None:
    text = (
        "Live: wildfire near Cedar Falls\n\nUpdated Aug. 22, 2023\n\n"
        "9:15 a.m. — Fire officials ordered the evacuation of about 1,200 homes north of town.\n\n"
        "12:05 p.m. — The fire, which started Sunday afternoon near a campground, has burned "
        "8,000 acres.\n\n"
        "3:50 p.m. — Officials said a community meeting will be held at 7 p.m. tonight.\n"
    )
    events = _events(text, "2023-08-22")
    dates = [d[:10] for d, _ in events]
    assert dates == ["2023-08-22", "2023-08-20", "2023-08-22"]
    assert events[0][1].startswith("Fire officials order the evacuation")
    assert "a.m." not in events[1][1]
    assert "p.m. —" not in events[2][1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The government will release its February jobs report on Friday.", id="report"
        ),
        pytest.param(
            "Net income was $88 million, down from $131 million a year earlier.", id="baseline"
        ),
        pytest.param(
            "Half a century ago this week, the bridge was painted green.", id="anniversary"
        ),
    ],
)
def test_references_are_no_events(text: str) -> None:
    dates = [d for d, _ in _events(text, "2023-03-09")]
    assert "2023-02" not in dates
    assert "2022" not in dates
    assert "2023-W10" not in dates


def test_coordinated_clauses_get_their_own_titles() -> None:
    text = "The current station was built in 1968 and last refurbished in 1997."
    titles = dict(_events(text, "2025-03-04"))
    assert "1997" not in titles["1968"]
    assert "refurbished" not in titles["1968"]
    assert "refurbish" in titles["1997"]
    assert "1968" not in titles["1997"]


def test_quoted_today_joins_the_days_event() -> None:
    text = (
        'Gov. Lena Marsh declared a state of emergency on Tuesday. "We will get every resource '
        'we have to Cedar Falls today," Marsh said.'
    )
    events = _events(text, "2023-08-22")
    assert [d for d, _ in events] == ["2023-08-22"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A painting by Jan Mol that hung unseen in a barn for years sold for £2m on Monday.",
            [("2019-05-13", "Painting by Jan Mol sells for £2m")],
            id="restrictive-that-before-main-verb",
        ),
        pytest.param(
            "A driver who stole a bus from the depot was jailed on Monday.",
            [("2019-05-13", "Driver who stole a bus from the depot jailed")],
            id="restrictive-who-before-main-verb",
        ),
        pytest.param(
            "The probe, built by Astra, launched on 2 May and entered orbit four days later.",
            [("2019-05-02", "Probe launches"), ("2019-05-06", "Probe enters orbit")],
            id="participle-insertion-and-coordinated-verb",
        ),
        pytest.param(
            "The last crew, Apollo 17, left the Moon in 1972.",
            [("1972", "Apollo 17 leaves the Moon")],
            id="named-apposition-is-the-subject",
        ),
        pytest.param(
            "BOSTON, May 14, 2019 — Acme on Tuesday unveiled a drone and said it would "
            "begin shipping on June 3.",
            [("2019-05-14", "Acme unveils a drone"), ("2019-06-03", "Acme to begin shipping")],
            id="wire-dateline-and-weekday-leave-the-subject",
        ),
    ],
)
def test_subject_and_main_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Strike called\n\nUpdated: 10:42 AM EST, Wed May 15, 2019\n\n"
            "Teachers will walk out on Friday.",
            [("2019-05-17", "Teachers to walk out")],
            id="updated-stamp-line-is-no-event",
        ),
        pytest.param(
            "Teachers will walk out on Friday. Lunches will be served from 11 a.m. each weekday.",
            [("2019-05-17", "Teachers to walk out")],
            id="recurring-time-is-no-event",
        ),
        pytest.param(
            "Prices fall under a law Gov. Jane Roe signed on Monday.",
            [("2019-05-13", "Roe signs the law")],
            id="reduced-object-relative",
        ),
    ],
)
def test_page_stamps_timetables_and_object_relatives(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("unit", "dates"),
    [
        pytest.param("2019 ", {"2019"}, id="years-spaced"),
        pytest.param("5 May 2019, ", {"2019-05-05"}, id="dates-spaced"),
    ],
)
def test_many_dates_without_a_full_stop(unit: str, dates: set[str]) -> None:
    # 16 KB with no sentence end: quadratic in the dates of one sentence took > 30 s here.
    text = "Headline\n" + unit * (16_000 // len(unit))
    result = analyse(text, source_id="a.txt", published=dt.date(2019, 6, 1))
    assert dates <= {e.date for e in result.events}
    mentions = [m for e in result.events for m in e.mentions]
    # The whole line is read, up to its end, in quotes of bounded size.
    assert max(m.timex_end for m in mentions) > len(text) - 100
    for m in mentions:
        assert text[m.quote_start : m.quote_end] == m.quote
        assert m.quote_start <= m.timex_start < m.timex_end <= m.quote_end
        assert len(m.quote) <= 1000


def test_a_date_on_a_huge_line_gets_a_bounded_quote() -> None:
    text = "Council news\n" + "x " * 600 + "The council met on 5 May 2019." + " y" * 300_000
    (event,) = analyse(text, source_id="a.txt", published=dt.date(2019, 6, 1)).events
    (mention,) = event.mentions
    assert event.date == "2019-05-05"
    assert text[mention.timex_start : mention.timex_end] == "5 May 2019"
    assert len(mention.quote) <= 1000
    assert text[mention.quote_start : mention.quote_end] == mention.quote


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Fraud case\nA former executive, who pleaded guilty in 2020 and testified at trial, "
            "will be sentenced on March 10.",
            "2022-02-17",
            ("2022-03-10", "sentenced"),
            id="future-day-month-takes-the-publication-year",
        ),
        pytest.param(
            "Ring unveiled\nThe company unveiled a ring on Tuesday. Pre-orders open on Thursday "
            "at a price of $299, the company said.",
            "2024-01-09",
            ("2024-01-11", "Pre-orders open"),
            id="present-schedule-verb-looks-ahead",
        ),
    ],
)
def test_future_and_schedule_dates_look_ahead(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    date, words = expected
    titles = dict(_events(text, published))
    assert words in titles[date]


def test_a_trailing_reporting_frame_leaves_the_title() -> None:
    text = "Ring unveiled\nPre-orders open on Thursday at a price of $299, the company said."
    (title,) = [t for _, t in _events(text, "2024-01-09")]
    assert title == "Pre-orders open at a price of $299"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Robots\nNorthwind Robotics opened a plant in Rotterdam last year. "
            "It shipped its 10,000th robot in October.",
            "Northwind Robotics ships its 10,000th robot",
            id="it-is-the-previous-subject",
        ),
        pytest.param(
            "Sales\nSales fell sharply in the spring. It cut its forecast in April.",
            "It cuts its forecast",
            id="a-plural-subject-is-not-it",
        ),
    ],
)
def test_a_pronoun_subject_takes_the_previous_subject(text: str, title: str) -> None:
    assert [t for d, t in _events(text, "2023-12-01") if d.endswith(("-10", "-04"))] == [title]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        pytest.param(
            "Cup\nHarlow are at home to Braintree tomorrow night.",
            "2023-11-20",
            ["2023-11-21"],
            id="part-of-day-names-its-day",
        ),
        pytest.param(
            "Vote\nThe president called an election for 24 November, a year ahead of schedule.",
            "2024-10-08",
            ["2024-11-24"],
            id="ahead-of-schedule-is-no-date",
        ),
        pytest.param(
            "Vote\nCampaigning begins on 25 October. A second round will be held two weeks "
            "later, on 8 December.",
            "2024-10-08",
            ["2024-10-25", "2024-12-08"],
            id="narrative-offset-yields-to-named-day",
        ),
        pytest.param(
            "Shop\nResults for the first quarter are due on 16 April.",
            "2024-02-22",
            ["2024-04-16"],
            id="results-for-the-quarter-name-figures",
        ),
        pytest.param(
            "Shop\nSales for the 52 weeks to 30 December rose 4%. Shares fell on Monday.",
            "2024-02-22",
            ["2024-02-19"],
            id="weeks-to-a-day-name-a-period",
        ),
        pytest.param(
            "Storm\nSnow fell on Monday. Storm Isha could bring gusts to the coast on Sunday.",
            "2024-01-16",
            ["2024-01-15", "2024-01-21"],
            id="modal-weekday-looks-ahead",
        ),
        pytest.param(
            "Hall\nThe old market hall first opened to traders and shoppers in 2001. "
            "It will reopen in spring 2026, "
            "the deputy leader said on Wednesday.",
            "2024-03-14",
            ["2001", "2026-SP"],
            id="trailing-statement-date-beside-news",
        ),
    ],
)
def test_dates_that_name_no_other_happening(text: str, published: str, dates: list[str]) -> None:
    assert sorted(d for d, _ in _events(text, published)) == dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "Vote\nSunday's protests in the capital drew about 30,000 people.",
            "2024-10-08",
            ("2024-10-06", "Protests in the capital"),
            id="possessive-day-names-a-happening",
        ),
        pytest.param(
            "Poll\nSunday's first round will go to a run-off, officials said on Monday.",
            "2024-04-16",
            ("2024-04-14", "First round to go to a run-off"),
            id="possessive-day-in-a-report-is-past",
        ),
    ],
)
def test_a_possessive_day_before_an_event_noun_is_an_event(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(text, published)


def test_a_possessive_day_before_other_nouns_is_no_event() -> None:
    assert _events("Shares\nWednesday's closing price was 310p.", "2024-03-14") == []


def test_two_days_joined_by_and_far_apart_are_two_events() -> None:
    text = "Sky\nThe telescope observed the planet during transits on 3 and 28 December."
    assert sorted(d for d, _ in _events(text, "2023-12-30")) == ["2023-12-03", "2023-12-28"]


def test_a_short_title_takes_the_when_clause_after_the_date() -> None:
    text = "Vote\nThe crisis began last Thursday, when the Farmers' Party quit the coalition."
    assert _events(text, "2024-10-08") == [("2024-10-03", "Farmers' Party quits the coalition")]


# The title quality gate: one small case per rule, then every bundled article.
@pytest.mark.parametrize(
    ("title", "problem"),
    [
        pytest.param("Was discover", "verb-or-connective-start", id="auxiliary-start"),
        pytest.param("Was discover in the lab", "broken-verb", id="broken-verb"),
        pytest.param("Born in Leith", "participle-start", id="lone-participle"),
        pytest.param("Liner sinks", "too-few-words", id="two-words"),
        pytest.param("Record set at Braemar in 1895 and", "dangling-end", id="dangling"),
        pytest.param("It lowers its forecast again", "pronoun-subject", id="pronoun"),
        pytest.param("CHICAGO, July 27 - Pinecrest says", "dateline", id="dateline"),
        pytest.param("Testifying before the Senate", "gerund-start", id="gerund"),
        pytest.param("Ran drew more than 1,100 responses", "verb-start", id="past-start"),
    ],
)
def test_title_problems_names_each_rule(title: str, problem: str) -> None:
    assert problem in title_problems(title)


@pytest.mark.parametrize(
    "title",
    [
        "Russia annexes Crimea",
        "Pompeo: Russia meddles in the 2016 election",
        "Lunar night sets in for the lander",
        "This month's measurements made public",
        "Retired fisherman sells the sketches",
        "Council to vote on the plan (planned)",
    ],
)
def test_title_problems_accepts_headlines(title: str) -> None:
    assert title_problems(title) == ()


def _gate_events(text: str) -> list[tuple[str, str]]:
    result = analyse(text, source_id="t.txt", published=dt.date(2024, 5, 1))
    return [(e.date, e.title) for e in result.events]


def test_gate_gives_a_pronoun_its_name() -> None:
    text = (
        "May 1, 2024\nMartin Ellery stole from the residents of a care home. "
        "He was arrested in May 2020 and later admitted the fraud.\n"
    )
    titles = dict(_gate_events(text))
    # the terse title names him; no plain copy of a clause about another subject is needed
    assert titles["2020-05"] == "Ellery arrested"


def test_gate_uses_a_passive_after_an_appositive() -> None:
    text = (
        "May 1, 2024\nThe planet, LHS 1140 b, orbits a red dwarf star 48 light years away "
        "and was discovered in 2017.\n"
    )
    assert ("2017", "LHS 1140 b discovered") in _gate_events(text)


def test_gate_gives_a_bare_name_in_full() -> None:
    text = (
        "May 1, 2024\nThe James Webb Space Telescope studied the planet. "
        "Webb launched on 25 December 2021.\n"
    )
    assert ("2021-12-25", "James Webb Space Telescope launches") in _gate_events(text)


def test_gate_trims_a_dangling_end() -> None:
    assert gate_title("Record set at Braemar in 1895 and", "", Span(0, 0), 0, 0) == (
        "Record set at Braemar in 1895"
    )


def test_gate_falls_back_to_a_plain_clause() -> None:
    text = "May 1, 2024\nBorn in Leith on 3 March 1932, Voss studied engineering.\n"
    assert ("1932-03-03", "Voss born in Leith") in _gate_events(text)


def _articles() -> list[Path]:
    root = Path(__file__).resolve().parent.parent
    found: list[Path] = []
    for folder in (
        "bench/gold",
        "bench/gold-tune2",
        "bench/gold-tune3",
        "bench/gold-tune4",
        "data",
    ):
        found.extend(sorted((root / folder).glob("*.txt")))
    return found


# Titles the gate could not mend yet; each is still the least broken candidate.
_KNOWN_TERSE = 21


def test_every_bundled_title_passes_the_gate_or_is_its_best() -> None:
    import json

    failing: list[str] = []
    for path in _articles():
        spec = path.with_suffix(".json")
        published = (
            dt.date.fromisoformat(json.loads(spec.read_text(encoding="utf-8"))["published"])
            if spec.exists()
            else None
        )
        result = analyse(path.read_text(encoding="utf-8"), source_id=path.name, published=published)
        for event in result.events:
            problems = title_problems(event.title)
            # Nothing the gate leaves may be outright broken; a terse title may remain.
            assert not {"broken-verb", "fragment-start", "participle-start"} & set(problems), (
                path.stem,
                event.title,
            )
            if problems:
                failing.append(f"{path.stem}: {event.title}")
    assert len(failing) <= _KNOWN_TERSE, failing


def test_gate_gives_a_bare_noun_its_name() -> None:
    text = (
        "May 1, 2024\nThe Kelvin Arts Festival has a new director. "
        "The festival runs from 4 to 27 August.\n"
    )
    assert "Kelvin Arts Festival runs" in [t for _, t in _gate_events(text)]


def test_a_passive_before_and_carries_over() -> None:
    text = "May 1, 2024\nMartin Ellery was arrested in May 2020 and charged the following year.\n"
    assert ("2021", "Martin Ellery charged") in _gate_events(text)


def test_respectively_pairs_dates_with_items() -> None:
    text = (
        "February 22, 2024\nThe group upgraded its plants in Hull and Wakefield last year, "
        "in March and October respectively.\n"
    )
    assert _gate_events(text) == [
        ("2023-03", "Group upgrades its plants in Hull"),
        ("2023-10", "Group upgrades its plants in Wakefield"),
    ]


def test_two_happenings_on_one_day_in_one_sentence() -> None:
    text = (
        "January 16, 2024\nMore than 200 schools were closed on Monday, and the city airport "
        "suspended flights for four hours yesterday morning.\n"
    )
    result = analyse(text, source_id="t.txt", published=dt.date(2024, 1, 16))
    assert [(e.date, e.title) for e in result.events] == [
        ("2024-01-15", "More than 200 schools closed"),
        ("2024-01-15", "City airport suspends flights for four hours"),
    ]


def test_a_pronoun_after_a_semicolon_takes_the_earlier_clause() -> None:
    text = (
        "May 1, 2024\nThe company cut its full-year profit forecast for the second time; "
        "it had lowered it in April.\n"
    )
    assert ("2024-04", "Company lowers its full-year profit forecast") in _gate_events(text)


def test_regex_characters_in_a_bare_subject_are_literal() -> None:
    # Found by hypothesis: a bare noun taken from the text went into a pattern unescaped.
    text = "May 15, 2019\nA[ May Tuesday.\n"
    result = analyse(text, source_id="t.txt", published=dt.date(2019, 5, 15))
    for event in result.events:
        assert text[event.source.quote_start : event.source.quote_end] == event.quote


def test_a_range_until_midnight_ends_on_that_day() -> None:
    text = "Snow\nA warning will be in force from 6am on Wednesday until midnight on Thursday."
    result = analyse(text, source_id="a.txt", published=dt.date(2024, 1, 16))
    assert [(e.date, e.end_date) for e in result.events] == [("2024-01-17T06:00", "2024-01-18")]


def test_a_clock_time_dated_only_by_an_earlier_sentence_is_no_event() -> None:
    text = (
        "Probe\nThe probe entered orbit on 21 February. Controllers lost contact after "
        "touchdown before a faint signal was picked up at 23:40 GMT."
    )
    assert [d for d, _ in _events(text, "2024-02-23")] == ["2024-02-21"]


def test_a_clock_time_beside_its_day_gives_one_event() -> None:
    text = (
        "Vote\nVoters have until 18 June to register. Postal applications close on 19 June, at 5pm."
    )
    assert [d for d, _ in _events(text, "2024-05-23")] == ["2024-06-18", "2024-06-19"]


def test_a_coarse_plan_in_the_lead_is_made_precise_later() -> None:
    text = (
        "Lake\n\n14 September 2023\n\nJet skis will be banned from the lake from next April, "
        "after the authority voted to restrict motorised craft. "
        "Members approved the byelaw on Wednesday. "
        "Patrol boats will enforce the ban from 1 April 2024."
    )
    assert sorted(d for d, _ in _events(text, "2023-09-14")) == ["2023-09-13", "2024-04-01"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pianist\nHe played at Sunday services for a decade before moving in 1950.",
            id="weekday-before-a-noun",
        ),
        pytest.param(
            'Pianist\nHis breakthrough came with "Sunday Water," an album released in 1961.',
            id="weekday-in-a-quoted-name",
        ),
        pytest.param(
            "Parking\nThe council said in 2019 that the Sunday charge would raise £180,000.",
            id="weekday-after-a-determiner",
        ),
    ],
)
def test_a_weekday_that_names_no_day_is_no_event(text: str) -> None:
    assert not any(d.startswith("2023-06") for d, _ in _events(text, "2023-06-05"))


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("Storm\nThe tornado struck Sunday night.", ["2023-06-04"], id="part-of-day"),
        pytest.param("Death\nHe died Sunday at his home.", ["2023-06-04"], id="then-a-preposition"),
        pytest.param("Vote\nOn Sunday voters went to the polls.", ["2023-06-04"], id="on-a-day"),
        pytest.param(
            "Bugs\nA spokeswoman said the company told customers Sunday about the bugs.",
            ["2023-06-04"],
            id="wire-style-then-about",
        ),
        pytest.param(
            "Rally\nThousands marched in a rally Sunday demanding the boy's return.",
            ["2023-06-04"],
            id="wire-style-then-a-participle",
        ),
    ],
)
def test_a_bare_weekday_still_names_its_day(text: str, dates: list[str]) -> None:
    assert [d for d, _ in _events(text, "2023-06-05")] == dates


def test_tonight_in_the_present_is_the_publication_day() -> None:
    text = "Theatre\nThe Grange Theatre marks its 50th birthday tonight with a gala performance."
    assert [d for d, _ in _events(text, "2024-09-14")] == ["2024-09-14"]


def test_a_clock_time_beside_another_day_adds_no_event() -> None:
    text = "Vote\nThe House voted on Wednesday after a debate that stretched past midnight."
    assert [d for d, _ in _events(text, "2025-03-13")] == ["2025-03-12"]


def test_a_half_of_a_match_is_no_date() -> None:
    text = "Football\nThe striker scored twice in the first half on Saturday."
    assert [d for d, _ in _events(text, "2025-04-27")] == ["2025-04-26"]


def test_a_live_blog_stamp_is_of_the_page_day() -> None:
    text = (
        "Live: storm\n\nMonday, April 29, 2024\n\n"
        "2:40 p.m. — Schools will reopen on Wednesday, the superintendent said.\n\n"
        "9:20 a.m. — Crews cleared the main road into town."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2024, 4, 29))
    assert "2024-04-29T09:20" in [e.date for e in result.events]


def test_a_weekday_before_a_reported_future_is_past() -> None:
    text = (
        "Election\nThe Prime Minister's surprise announcement on Wednesday evening that the "
        "country will go to the polls on 4 July has set off a six-week sprint."
    )
    assert "2024-05-22" in [d for d, _ in _events(text, "2024-05-23")]


def test_that_season_is_the_season_named_before() -> None:
    text = (
        "Heat\nEmergency visits rose during the summer of 2021, according to research "
        "released Monday. That summer, the city planted 1,100 trees."
    )
    assert [d for d, _ in _events(text, "2022-10-05")].count("2021-SU") >= 1
    assert "2022-SU" not in [d for d, _ in _events(text, "2022-10-05")]


def test_a_period_named_before_in_a_noun_phrase_is_no_event() -> None:
    text = (
        "Heat\nEmergency visits rose during the summer of 2021. "
        "The researchers matched hospital records from that summer with satellite maps."
    )
    assert [d for d, _ in _events(text, "2022-10-05")] == ["2021-SU"]


def test_a_possessive_day_naming_a_told_happening_joins_it() -> None:
    text = (
        "Cup\nOkafor's late winner beat Stowmarket 2-1 on Saturday. "
        "Saturday's win was their fourth in a row."
    )
    assert [d for d, _ in _events(text, "2023-11-20")] == ["2023-11-18"]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        pytest.param(
            "Schools\nThe school board voted on Monday night to move students to a four-day "
            "week starting in August.",
            "2024-02-13",
            "2024-08",
            id="starting-in-a-month",
        ),
        pytest.param(
            "Rail\nCommuters held a protest on Monday morning against a separate plan to cut "
            "evening services from December.",
            "2023-06-27",
            "2023-12",
            id="plan-to-from-a-month",
        ),
    ],
)
def test_the_start_of_a_planned_change_looks_ahead(text: str, published: str, date: str) -> None:
    assert date in [d for d, _ in _events(text, published)]


def test_days_after_a_clause_date_its_happening() -> None:
    text = (
        "Launch\nThe satellite reached orbit early Monday after lifting off, three days after "
        "high winds forced controllers to scrub the first attempt."
    )
    events = _events(text, "2024-10-08")
    assert ("2024-10-04", "High winds force controllers to scrub the first attempt") in events
    assert "2024-10-07" in [d for d, _ in events]


def test_a_date_with_or_later_is_a_bound() -> None:
    text = "Phones\nPhones released in 2020 or later will get the update on Monday."
    assert [d for d, _ in _events(text, "2025-06-10")] == ["2025-06-16"]


def test_a_possessive_day_in_a_relative_clause_joins_the_days_happening() -> None:
    text = (
        "Board\nThe school board voted 4-3 on Monday night to adopt the plan. "
        "Opponents, many of whom packed Monday's meeting, said parents would bear the cost."
    )
    assert [d for d, _ in _events(text, "2024-02-13")] == ["2024-02-12"]


def test_a_told_update_stamp_on_a_busy_day_is_no_event() -> None:
    text = (
        "Live: storm\n\nMonday, April 29, 2024\n\n"
        "1:30 p.m. — The governor declared a state of emergency early Monday.\n\n"
        "9:20 a.m. — At least three people were killed, the sheriff's office said."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2024, 4, 29))
    assert [e.date for e in result.events] == ["2024-04-29"]


def test_a_lead_statement_date_after_the_leads_own_day_is_no_event() -> None:
    text = (
        "Soldavia heads for a run-off\n\n"
        "Sunday's first round of the presidential election will go to a run-off, electoral "
        "officials said on Monday, after neither candidate won more than half of the vote."
    )
    assert [d for d, _ in _events(text, "2024-04-15")] == ["2024-04-14"]


def test_a_publication_on_the_leads_day_is_the_leads_news() -> None:
    text = (
        "Telescope spots water vapour\n\n"
        "Astronomers have detected water vapour around a rocky planet, a team from the "
        "University of Ostrava reported on Monday. The planet was discovered in 2017. "
        "Their findings were published in the journal Nature Astronomy on Monday."
    )
    assert sorted(d for d, _ in _events(text, "2023-04-12")) == ["2017", "2023-04-10"]


def test_up_until_ends_a_state_not_a_happening() -> None:
    text = (
        "Manhunt\nThe suspect was charged with murder on Thursday. Up until Wednesday, "
        "however, police had described him only as a witness."
    )
    assert [d for d, _ in _events(text, "1999-05-07")] == ["1999-05-06"]


def test_a_slated_month_looks_ahead() -> None:
    text = "Trade\nThe two had been talking about the slated visit of the secretary in September."
    assert [d for d, _ in _events(text, "1998-08-26")] == ["1998-09"]


def test_each_date_of_a_list_names_its_own_item() -> None:
    text = (
        "NATO\nThe alliance has expanded three times before, adding Greece and Turkey in "
        "1952, West Germany in 1955 and Spain in 1982."
    )
    titles = dict(_events(text, "1999-03-12"))
    assert "West Germany" in titles["1955"]
    assert "Greece" not in titles["1955"]
    assert "Spain" in titles["1982"]
    assert "Greece" not in titles["1982"]
    assert "Greece and Turkey" in titles["1952"]


def test_a_negated_could_does_not_look_ahead() -> None:
    text = "Cuba\nNeither he nor the grandparents could be located Wednesday in their hometown."
    assert [d for d, _ in _events(text, "2000-01-06")] == ["2000-01-05"]


def test_no_comment_gives_way_to_the_days_happening() -> None:
    text = (
        "Cuba\nThe court ruled on Wednesday that the boy must return. "
        "The family's lawyer could not be reached for comment on Wednesday."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2000, 1, 6))
    assert [len(e.mentions) for e in result.events] == [1]


def test_a_timetable_keeps_every_dated_line_without_its_label() -> None:
    text = (
        "Key dates\n\nPublished 2 April 2024\n\nThe council has published the timetable.\n\n"
        "- 2 May: polling day, polls open 7am to 10pm\n"
        "- 3 May: count begins at 9am\n\n"
        "Saturday 13 April: Ashvale v Millford (3pm)\n"
    )
    events = _events(text, "2024-04-02")
    assert [d for d, _ in events] == ["2024-05-02", "2024-05-03", "2024-04-13"]
    assert events[1][1] == "Count begins at 9am"
    assert events[2][1] == "Ashvale v Millford"


def test_that_evening_names_the_day_before_it() -> None:
    text = (
        "Storm\nThe storm made landfall on Saturday near Dover. That evening, the council "
        "opened an emergency shelter for families."
    )
    events = _events(text, "2024-03-10")
    assert [d for d, _ in events] == ["2024-03-09", "2024-03-09"]


def test_the_new_year_written_late_in_a_year_is_the_next_year() -> None:
    text = "Theatre\nA history of the theatre will be published in the new year."
    assert [d for d, _ in _events(text, "2024-09-14")] == ["2025"]


def test_a_markdown_timeline_list_gives_clean_titles() -> None:
    text = (
        "# Bridge\n\n*Published 14 May 2024*\n\n"
        "* **3 March** – Engineers found a crack in the main span.\n"
        "* **April** – Repair work began, two weeks later than planned.\n"
    )
    events = _events(text, "2024-05-14")
    assert [d for d, _ in events] == ["2024-03-03", "2024-04"]
    assert events[0][1].startswith("Engineers")
    assert events[1][1].startswith("Repair work")


def test_a_life_span_in_brackets_is_no_event() -> None:
    text = "Obituary\nMs. Calloway (1936–2024) graduated from Howard University in 1958."
    assert [d for d, _ in _events(text, "2024-11-03")] == ["1958"]


def test_a_quoted_today_counts_from_the_day_the_speaker_spoke() -> None:
    text = (
        "Talks\nThe minister met union leaders in London on Wednesday. "
        '"We will reach a deal today," the minister said on Tuesday.'
    )
    assert sorted(d for d, _ in _events(text, "2024-05-16")) == ["2024-05-14", "2024-05-15"]


def test_a_count_read_off_on_a_day_is_no_event() -> None:
    text = (
        "Flu wards fill up\n\n"
        "The hospital said 212 patients were being treated on its wards on Thursday. "
        "The hospital opened a new wing on Friday."
    )
    assert [d for d, _ in _events(text, "2025-01-11")] == ["2025-01-10"]


def test_a_figure_in_a_with_clause_is_no_event() -> None:
    text = (
        "Theatre turns fifty\n\n"
        "The director said the building was busy, with more than 180,000 tickets sold last year. "
        "The theatre opened in 1975."
    )
    assert [d for d, _ in _events(text, "2025-03-01")] == ["1975"]
    # (this case was a title example before: its figure is no event now)
    text = (
        "March 2, 2023\nThe club was busier than ever, with more than 20,000 tickets sold in 2022."
    )
    assert _events(text, "2023-03-02") == []


def test_a_speculation_about_a_season_is_no_event() -> None:
    text = (
        "Rovers promoted\n\n"
        "Rovers won promotion on Saturday. "
        "The striker may attract offers from bigger clubs in the summer."
    )
    assert [d for d, _ in _events(text, "2025-04-27")] == ["2025-04-26"]


def test_what_could_be_done_next_year_is_still_an_event() -> None:
    text = (
        "Vaccine trial ends\n\n"
        "If regulators say yes, the first doses could be given in Mali next year."
    )
    assert [d for d, _ in _events(text, "2024-05-01")] == ["2025"]


def test_a_plan_with_its_condition_is_an_event() -> None:
    text = (
        "Nurses to ballot\n\n"
        "If members vote for action, the first walkout could take place in December."
    )
    assert [d for d, _ in _events(text, "2025-09-01")] == ["2025-12"]


def test_a_record_baseline_and_a_level_read_off_are_no_events() -> None:
    text = (
        "Storm passes\n\n"
        "Gusts of 90mph were recorded on Sunday, the highest since records began in 1961. "
        "Inflation, which stood at 3.4% in September, fell in October."
    )
    assert [d for d, _ in _events(text, "2025-11-12")] == ["2025-11-09", "2025-10"]


def test_a_superlative_since_a_named_happening_keeps_it() -> None:
    text = "Turnout low\n\nTurnout was 58%, the lowest since the first free election in 1991."
    assert [d for d, _ in _events(text, "2024-04-15")] == ["1991"]


def test_a_baseline_counted_in_words_is_no_event() -> None:
    text = (
        "Count ends\n\n"
        "The Liberal Democrats won four of the seven seats on Friday, up from one in 2019."
    )
    assert [d for d, _ in _events(text, "2024-07-06")] == ["2024-07-05"]


def test_how_long_something_lasts_is_no_event() -> None:
    text = (
        "Drug maker raises cash\n\n"
        "The company said on Monday that it had enough cash to last into 2027. "
        "Its loan, which runs through December, was repaid early."
    )
    assert [d for d, _ in _events(text, "2025-10-01")] == ["2025-09-29"]


def test_a_weekday_after_after_comes_before_the_main_day() -> None:
    text = (
        "Count goes on\n\n"
        "Staff will begin a second count at 10am on Sunday after a first count on Friday "
        "cut the lead to nine votes."
    )
    events = _events(text, "2024-07-06")
    assert ("2024-07-05", "First count cuts the lead to nine votes") in events
    assert [d for d, _ in events] == ["2024-07-07T10:00", "2024-07-05"]


def test_a_clock_time_after_the_narrative_moved_to_another_day_is_no_event() -> None:
    text = (
        "Count goes on\n\n"
        "Polls closed at 10pm on Thursday. A recount was requested and began at noon."
    )
    assert [d for d, _ in _events(text, "2024-07-06")] == ["2024-07-04T22:00"]


def test_a_date_heading_dates_the_update_below_it() -> None:
    text = (
        "Fire live updates\n\n"
        "Thursday, 9:50 p.m.\n"
        "The sheriff's office lifted the evacuation warning for Oakhurst.\n\n"
        "Thursday, 4:05 p.m.\n"
        "Investigators said the fire was sparked on Tuesday afternoon.\n\n"
        "Thursday, 1:00 p.m.\n"
        "The governor declared a state of emergency in Oakhurst county.\n"
    )
    events = _events(text, "2026-08-14")
    # the second update has a date of its own; each heading keeps its own update
    assert [d for d, _ in events] == ["2026-08-13", "2026-08-11", "2026-08-13"]
    assert events[0][1] == "Sheriff's office lifts the evacuation warning for Oakhurst"
    assert events[2][1] == "Governor declares a state of emergency in Oakhurst county"


def test_a_plan_given_up_is_no_event() -> None:
    text = (
        "Term delayed\n\n"
        "Classes, which had been due to begin on Aug. 19, will now start on Aug. 26."
    )
    assert [d for d, _ in _events(text, "2026-08-14")] == ["2026-08-26"]


def test_a_warning_window_looks_ahead() -> None:
    text = (
        "Heat alert\n\n"
        "The agency has issued an amber alert for London from 9am on Saturday until 6pm "
        "on Tuesday."
    )
    assert [d for d, _ in _events(text, "2026-07-16")] == ["2026-07-18T09:00"]
    assert (
        analyse(text, source_id="a.txt", published=dt.date(2026, 7, 16)).events[0].end_date
        == "2026-07-21T18:00"
    )


def test_a_record_and_its_period_are_no_events() -> None:
    text = (
        "Heatwave\n\n"
        "A temperature of 34.2C was recorded on Tuesday, the highest of the year so far, "
        "after the driest spring in the region since records began in 1836."
    )
    assert [d for d, _ in _events(text, "2026-07-16")] == ["2026-07-14"]


def test_a_headline_plan_and_a_range_still_to_come_look_ahead() -> None:
    text = (
        "Museum to reopen Saturday after renovation\n\n"
        "DAYTON, Ohio, April 23, 2026 — The museum will reopen to the public on Saturday.\n\n"
        "The opening exhibition runs from Saturday through Sept. 6."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2026, 4, 23))
    assert [(e.date, e.end_date) for e in result.events] == [
        ("2026-04-25", None),
        ("2026-04-25", "2026-09-06"),
    ]


def test_a_baseline_after_against_is_no_event_and_weeks_ago_is_a_week() -> None:
    text = (
        "Museum hopes\n\n"
        "The museum hoped to draw 300,000 visitors a year, against 210,000 in 2019. "
        "She was hurt in a defeat two weeks ago."
    )
    assert [d for d, _ in _events(text, "2026-06-15")] == ["2026-W23"]


def test_the_week_of_a_day_is_that_week() -> None:
    text = (
        "Satellite to fall\n\n"
        "The satellite is expected to re-enter the atmosphere during the week of Nov. 16, "
        "the agency said."
    )
    assert [d for d, _ in _events(text, "2026-11-02")] == ["2026-W47"]


def test_a_span_of_clock_times_has_no_day_of_its_own() -> None:
    text = (
        "Bridge to close\n\n"
        "A free shuttle bus will start running Feb. 16, every 15 minutes from 6 a.m. to "
        "10 p.m."
    )
    assert [d for d, _ in _events(text, "2026-01-27")] == ["2026-02-16"]


def test_would_and_can_with_a_weekday_look_ahead() -> None:
    text = (
        "Port ban\n\n"
        "The operator said it would suspend vehicle bookings from Thursday until further "
        "notice. Residents can raise concerns at a community meeting on Thursday."
    )
    assert [d for d, _ in _events(text, "2026-02-17")] == ["2026-02-19", "2026-02-19"]


def test_a_years_volume_is_no_event_but_a_counted_action_is() -> None:
    text = (
        "Port figures\n\n"
        "Brannock handled 4.1 million containers in 2025. "
        "The firm recalled about 60,000 tower fans in 2021."
    )
    assert [d for d, _ in _events(text, "2026-02-17")] == ["2021"]


def test_should_keeps_a_weekday_ahead() -> None:
    text = "Storm\n\nShe said conditions should ease from Sunday."
    assert [d for d, _ in _events(text, "2025-01-23")] == ["2025-01-26"]


def test_a_future_decade_a_reference_number_and_a_routine_are_no_events() -> None:
    text = (
        "Appeal\n\n"
        "Half of those homes may face regular flooding by the 2050s. "
        "Anyone with information should call 101, quoting incident 0412 of 9 March. "
        "Patrols have been on duty every Friday and Saturday night since the autumn."
    )
    assert _events(text, "2024-03-11") == []


def test_today_in_a_present_conjunct_and_a_past_standing_are_no_events() -> None:
    text = (
        "Quarry\n\n"
        "The quarry was first worked in the 1890s and employs 85 people today. "
        "The university was ranked 134th as recently as 2020."
    )
    assert [d for d, _ in _events(text, "2024-06-12")] == ["189"]


def test_a_statement_on_the_day_of_the_headline_news_adds_nothing() -> None:
    text = (
        "Kindra recalls 410,000 space heaters over fire risk\n\n"
        "WASHINGTON (AP) — Kindra Home is recalling about 410,000 space heaters because "
        "they can overheat, the Consumer Product Safety Commission said Tuesday.\n\n"
        "Spokeswoman Lena Duarte said Tuesday that the company had changed its testing."
    )
    assert _events(text, "2025-02-04") == [
        ("2025-02-04", "Kindra recalls 410,000 space heaters over fire risk")
    ]


def test_this_weekday_is_in_the_publication_week_and_the_following_one_counts_on() -> None:
    text = (
        "Unions set dates\n\n"
        "The unions have called demonstrations in about 200 towns this Saturday. "
        "Tickets go on sale to members on Friday and to the public the following Monday."
    )
    assert [d for d, _ in _events(text, "2026-03-04")] == [
        "2026-03-07",
        "2026-03-06",
        "2026-03-09",
    ]


def test_a_weekday_ending_a_range_is_the_first_after_its_start() -> None:
    text = (
        "Hospital attack\n\n"
        "The trust diverted ambulances to other hospitals from Saturday night until "
        "Monday morning."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2026, 4, 16))
    assert [(e.date, e.end_date) for e in result.events] == [("2026-04-11", "2026-04-13")]


def test_a_coordinate_after_but_keeps_its_own_tense() -> None:
    text = (
        "Drug approved\n\n"
        "The agency had been due to rule by Feb. 14 but extended its review by three "
        "months in January."
    )
    assert [d for d, _ in _events(text, "2026-05-22")] == ["2026-01"]


def test_last_night_names_its_day_and_a_decade_describing_a_thing_is_no_event() -> None:
    text = (
        "Record sale\n\n"
        "A harbour scene sold for a record sum last night. "
        "The evening sale takes place on Thursday, led by a 1990s triptych."
    )
    assert [d for d, _ in _events(text, "2026-11-18")] == ["2026-11-17", "2026-11-19"]


def test_a_weekday_something_is_set_for_lies_ahead() -> None:
    headline = "Launch scrubbed; new try set for Saturday\n\nThe launch was called off."
    assert [d for d, _ in _events(headline, "2026-11-12")] == ["2026-11-14"]
    text = "Vigil\n\nFriends of the victim have organized a candlelight vigil for Saturday evening."
    assert [d for d, _ in _events(text, "2026-11-12")] == ["2026-11-14"]


def test_a_counterfactual_and_a_tally_are_no_events() -> None:
    text = (
        "Verdict\n\n"
        '"Marisol would have turned 30 next month," she said. '
        "New trains should have entered service in 2025. "
        "It was the second delay this week."
    )
    assert _events(text, "2026-05-06") == []


def test_a_record_of_this_year_and_a_heading_above_a_dated_update_are_no_events() -> None:
    text = (
        "Mine rescue live\n\n"
        "Wednesday, 9:40 p.m.\n"
        "Drillers were about 30 feet from the chamber. The second shaft, started Tuesday "
        "night, has been advancing fast.\n\n"
        "A painting sold for a record sum on Tuesday, the highest price paid at a London "
        "auction this year."
    )
    assert [d for d, _ in _events(text, "2026-03-12")] == ["2026-03-10", "2026-03-10"]


def test_a_chance_priced_and_a_forecast_period_are_no_events() -> None:
    text = (
        "Bank holds\n\n"
        "Markets now price only a one-in-three chance of a move before March. "
        "For the fiscal second quarter, the company forecast revenue of $3.2 billion."
    )
    assert _events(text, "2025-11-06") == []


def test_counts_tallies_and_forecast_figures_are_no_events() -> None:
    text = (
        "Port dispute\n\n"
        "The ban began on Feb. 9 after members rejected a pay deal. "
        "Nine lorries were queuing at the gate on Monday night. "
        "Clinics said 340 children were treated for burns on Sunday. "
        "The shares have risen 12% so far this year. "
        "The group now expects revenue of about $4.1 billion for 2027. "
        "The plan would save 9 billion euros a year by 2031. "
        "Trains ran late for more than 2.1 million minutes in 2025."
    )
    assert [d for d, _ in _events(text, "2026-02-17")] == ["2026-02-09"]


def test_a_statement_of_opinion_or_of_an_undated_past_is_no_event() -> None:
    text = (
        "Drug approved\n\n"
        "Federal regulators approved the first pill for the rare disease on Thursday. "
        '"Nobody should panic," said agency spokesman Tom Reyes on Sunday. '
        "She said Friday that doctors would still need to check patients closely. "
        "The chief executive said on Monday the firm had made its last offer."
    )
    assert [d for d, _ in _events(text, "2026-05-22")] == ["2026-05-21"]


def test_a_statement_that_tells_news_keeps_its_date() -> None:
    text = (
        "Famine warning\n\n"
        "Aid agencies met in Geneva on Thursday to plan a response to the famine. "
        "She told reporters on Monday that one child in four in the district was malnourished."
    )
    assert [d for d, _ in _events(text, "2026-06-12")] == ["2026-06-11", "2026-06-08"]


def test_levels_figures_logged_counts_and_a_plan_given_up_are_no_events() -> None:
    text = (
        "Volcano alert\n\n"
        "The agency raised the alert for the volcano to level 4 on Thursday. "
        "The reservoir held 18.4% of its capacity on Monday, against 41% a year earlier. "
        "Revenue rose 61% to $212 million last year. "
        "Scientists said 212 tremors were logged on Wednesday alone. "
        "The tour was to open in Austin on March 6."
    )
    assert [d for d, _ in _events(text, "2026-02-20")] == ["2026-02-19"]


def test_a_figure_told_as_a_turn_stays_an_event() -> None:
    text = "Brewer sold\n\nThe brewer's sales fell 4% in 2023 after a decade of growth.\n"
    assert [d for d, _ in _events(text, "2024-01-12")] == ["2023"]


def test_an_alert_lifted_before_looks_back_and_an_added_show_goes_on_sale_ahead() -> None:
    text = (
        "Volcano alert\n\n"
        "The agency raised the alert for Mount Kaluan to level 4 on Thursday after a blast. "
        "The agency had lifted the alert from level 2 to level 3 on Monday."
    )
    assert [d for d, _ in _events(text, "2026-08-20")] == ["2026-08-20", "2026-08-17"]
    text = (
        "Tour postponed\n\n"
        "The singer has postponed her spring tour after surgery, her label said Tuesday. "
        "Two added concerts at the arena go on sale Friday at 10 a.m."
    )
    assert [d for d, _ in _events(text, "2026-02-10")] == ["2026-02-10", "2026-02-13"]


def test_habits_baselines_reporting_periods_and_a_dropped_plan_are_no_events() -> None:
    text = (
        "Results day\n\n"
        "The firm bought a rival for $2.1 billion in March. "
        "The deal added about two points to growth in the quarter. "
        "Heaters cause about 1,700 home fires a year, and most occur between December "
        "and February. "
        "Punctuality has improved since the summer, when fewer than two-thirds of trains "
        "arrived on time. "
        "Sewage spilled for 3.6 million hours last year, up from 1.8 million hours in 2020. "
        "The tour was to open in Austin on March 6 and end at the Hollywood Bowl on April 25. "
        "The firm will report full-year 2025 results on Feb. 4, 2026, and will hold a "
        "conference call for investors that morning."
    )
    assert [d for d, _ in _events(text, "2025-10-30")] == ["2025-03", "2026-02-04"]


def test_a_plan_said_with_a_yearly_habit_after_it_stays() -> None:
    text = (
        "Audit plan\n\n"
        "Commissioners plan to vote next month on hiring a firm to audit the office every year."
    )
    assert [d for d, _ in _events(text, "2026-05-06")] == ["2026-06"]


def test_a_range_start_without_a_year_takes_the_year_of_its_end() -> None:
    text = (
        "Holiday lets\n\n"
        "A public consultation ran from May to August 2025, and most replies backed a register."
    )
    assert [
        (e.date, e.end_date)
        for e in analyse(text, source_id="a.txt", published=dt.date(2026, 6, 1)).events
    ] == [("2025-05", "2025-08")]


def test_a_month_a_postponement_moves_to_lies_ahead() -> None:
    text = (
        "Theft trial pushed to September after key witness falls ill\n\n"
        "The theft trial of the former county treasurer was postponed Tuesday until "
        "09/14/2026 after the main witness was admitted to hospital."
    )
    dates = [d for d, _ in _events(text, "2026-05-06")]
    assert "2025-09" not in dates
    assert "2026-05-05" in dates
    assert any(d.startswith("2026-09") for d in dates)


def test_a_with_phrase_after_a_future_clause_lies_ahead() -> None:
    text = (
        "Launch scrubbed\n\n"
        "The rocket company called off the launch of a weather satellite on Wednesday night. "
        "The company said its rocket would try again Saturday at 9:12 p.m. EST, with a backup "
        "window on Sunday night."
    )
    assert [d[:10] for d, _ in _events(text, "2026-11-12")] == [
        "2026-11-11",
        "2026-11-14",
        "2026-11-15",
    ]


def test_a_date_that_is_the_subject_of_falls_on_is_no_event() -> None:
    text = (
        "Lander drills\n\n"
        "The lander drilled its first core sample from the lunar surface on Monday. "
        "The next night falls on Feb. 21, when the lander will power down its instruments."
    )
    assert [d for d, _ in _events(text, "2026-02-10")] == ["2026-02-09", "2026-02-21"]


def test_two_consecutive_years_told_as_a_pair_are_one_span() -> None:
    text = (
        "Grant awarded\n\n"
        "The grant follows a pilot study, funded by the state in 2022 and 2023, that mapped "
        "flood risk. The record was equalled in 1982 and 1995."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2025, 4, 3))
    assert [(e.date, e.end_date) for e in result.events] == [
        ("2022", "2023"),
        ("1982", None),
        ("1995", None),
    ]


def test_a_coarse_date_in_a_clause_of_its_own_stays_and_a_nth_time_tally_is_none() -> None:
    text = (
        "Bank results\n\n"
        "Lisle will retire next year, and the board expects to name his successor by the end "
        "of the first quarter. "
        "The bank cut its profit forecast for the second time this year."
    )
    assert [d for d, _ in _events(text, "2026-10-20")] == ["2027", "2027-Q1"]


def test_a_question_tells_no_happening() -> None:
    text = (
        "Energy price cap\n\n"
        "The new price cap took effect on Tuesday.\n"
        "Q: Will prices fall later this year?\n"
        "A: Analysts expect the cap to fall slightly in July.\n"
        "What happened in 2022?"
    )
    assert [d for d, _ in _events(text, "2025-04-01")] == ["2025-04-01", "2025-07"]


def test_the_other_side_of_a_comparison_is_a_baseline() -> None:
    text = (
        "Phone unveiled\n\n"
        "The company unveiled its new phone on Tuesday. "
        "It is 20% lighter than the phone it launched in 2023. "
        "Planning appeals take longer than they did in 2010. "
        "Inflation proved more stubborn than officials expected in December 2024, when the bank "
        "slowed its increases."
    )
    assert [d for d, _ in _events(text, "2025-09-10")] == ["2025-09-09", "2024-12"]


def test_a_figure_moving_over_a_period_is_a_statistic() -> None:
    text = (
        "Fares to rise\n\n"
        "The government said on Wednesday that fares will rise by 4.6% next March. "
        "Fares rose by 4.9% in January and by 5.9% in February. "
        "Library visits fell from 900,000 in 2015 to 410,000 last year. "
        "Orbis shares have risen 12% this year."
    )
    assert [d for d, _ in _events(text, "2025-06-18")] == ["2025-06-18", "2026-03"]
    # a figure that rose in a year, told in the simple past, may be that year's news
    text = "Fares up\n\nFares rose by 4.9% in 2024, the biggest rise in a decade."
    assert [d for d, _ in _events(text, "2025-06-18")] == ["2024"]


def test_a_habit_told_around_a_season_is_no_event() -> None:
    text = (
        "The last ferryman\n\n"
        "The council voted last month to buy a new boat. "
        "In the summer, the ferryman carries up to 200 people a day. "
        "In winter, he sometimes waits hours for a single passenger."
    )
    assert [d for d, _ in _events(text, "2025-07-19")] == ["2025-06"]


def test_a_day_move_of_a_share_price_is_no_event_but_a_debut_is() -> None:
    text = (
        "Plant to close\n\n"
        "The carmaker said on Tuesday it would close its plant in 2027. "
        "Arvika shares fell 3.2% on Thursday. "
        "Nimbusgrid's shares, which fell 6% on Monday, recovered 2% on Wednesday."
    )
    assert [d for d, _ in _events(text, "2027-01-22")] == ["2027-01-19", "2027"]
    text = (
        "Robot maker lists\n\n"
        "Shares of Harborlight jumped 38% in their first day of trading on Thursday."
    )
    assert [d for d, _ in _events(text, "2026-04-24")] == ["2026-04-23"]


def test_a_line_of_two_page_stamps_is_no_event() -> None:
    text = (
        "Leopard cubs born\n\n"
        "Published 19 May 2026, 08:10 BST | Updated 19 May 2026, 14:35 BST\n\n"
        "Two leopard cubs were born at the zoo on Sunday."
    )
    assert [d for d, _ in _events(text, "2026-05-19")] == ["2026-05-17"]


def test_the_end_of_a_quote_and_a_wish_said_are_no_events() -> None:
    text = (
        "Steakhouse to close\n\n"
        "The owner announced the closing on Monday in a letter to regulars.\n\n"
        '"We are not failing. We are being priced out," Marlowe, 44, said in an interview '
        "Tuesday. The mayor said on Friday he wanted to spend more time with his family."
    )
    assert [d for d, _ in _events(text, "2026-11-18")] == ["2026-11-16"]


def test_a_weekday_said_to_come_after_would_lies_ahead() -> None:
    text = (
        "Leopard cubs born\n\n"
        "The zoo announced the birth of two cubs on Monday.\n\n"
        "UPDATE 14:35: The zoo said the cubs would be microchipped and vaccinated on "
        "Thursday, and that keepers would watch the den."
    )
    assert [d[:10] for d, _ in _events(text, "2026-05-19")] == ["2026-05-18", "2026-05-21"]


def test_a_sentence_that_only_dates_what_was_told_before_takes_its_title() -> None:
    text = (
        "Roman bathhouse found\n\n"
        "The trowel stopped on something smooth and red. Volunteer Mo Aziz found the edge "
        'of a tile. "I knew straight away it was not drains," he says.\n\n'
        "That was on the morning of 21 July."
    )
    assert _events(text, "2026-08-06") == [
        ("2026-07-21", "Volunteer Mo Aziz finds the edge of a tile")
    ]


def test_a_name_will_is_no_future_and_an_infinitive_looks_ahead() -> None:
    text = (
        "Squad named\n\n"
        "Captain Will Foxley returns after a back injury he suffered in June. "
        "The decision clears the way for contractors to begin clearing the site in June."
    )
    assert [d for d, _ in _events(text, "2026-12-03")] == ["2026-06", "2027-06"]


def test_a_month_told_in_the_past_after_a_future_year_is_before_publication() -> None:
    text = (
        "Reservoir approved\n\n"
        "Families will be rehoused by the end of 2028 under a compensation deal agreed in "
        "January, the company said."
    )
    assert [d for d, _ in _events(text, "2026-03-11")] == ["2028", "2026-01"]


def test_a_key_dates_line_that_repeats_the_lead_joins_it() -> None:
    text = (
        "Mayoral election: the key dates\n\n"
        "Voters across the valley will choose a new metro mayor on Thursday 6 May, after "
        "the mayor said he would not stand again.\n\n"
        "- 8 April: nominations close.\n"
        "- 6 May: polling day.\n"
        "- 7 May: votes are counted.\n"
    )
    assert [d for d, _ in _events(text, "2027-03-16")] == ["2027-05-06", "2027-04-08", "2027-05-07"]


def test_volumes_levels_ages_and_hedges_are_no_events() -> None:
    text = (
        "Plant to close\n\n"
        "The carmaker said on Wednesday it would close the plant. "
        "The plant built 92,000 cars in 2024. "
        "He scored 19 goals in 2024. "
        "Passenger numbers have recovered to 95% of their 2019 level. "
        "Baudin, who turns 70 in August, says he will keep rowing. "
        '"Maybe in 2027," she said.'
    )
    assert [d for d, _ in _events(text, "2025-03-12")] == ["2025-03-12"]


def test_a_statement_on_a_day_of_timed_happenings_adds_nothing() -> None:
    text = (
        "Storm live\n\n"
        "4:35pm - The agency has issued 41 flood warnings.\n\n"
        "2:15pm - A tree fell on a car on the A59. A spokesperson said on Saturday that "
        "rivers would keep rising overnight.\n"
    )
    assert [d[:10] for d, _ in _events(text, "2024-11-23")] == ["2024-11-23", "2024-11-23"]


def test_a_habit_in_its_own_part_of_a_sentence_is_no_event() -> None:
    text = (
        "Rail line reopens\n\n"
        "The line reopened on Monday. "
        "Heritage steam trips, which usually run from June to October, will start on 7 June "
        "this year."
    )
    assert [d for d, _ in _events(text, "2025-04-22")] == ["2025-04-21", "2025-06-07"]


def test_a_thing_named_by_its_date_and_a_story_setting_are_no_events() -> None:
    text = (
        "Novel review\n\n"
        "The novel was published on Thursday. "
        "Set in Kent in the summer of 1976, the book follows two sisters. "
        "Police are appealing for anyone with dashcam footage from Tuesday to come forward."
    )
    assert [d for d, _ in _events(text, "2025-10-03")] == ["2025-10-02"]


def test_a_year_naming_a_model_and_an_expected_figure_are_no_events() -> None:
    text = (
        "Bus restaurant\n\n"
        "The chef opened her first restaurant on the top deck of a 1968 Routemaster in 2019. "
        "The bank said it expected loan growth of 3% to 4% in 2025."
    )
    assert [d for d, _ in _events(text, "2025-06-12")] == ["2019"]


def test_a_day_after_a_launch_is_no_habit() -> None:
    text = (
        "Capsule nears station\n\n"
        "The capsule is closing in on the station, a little more than a day after lifting "
        "off from Cape Canaveral at 3:11 a.m. Wednesday."
    )
    assert [d for d, _ in _events(text, "2027-11-18")] == ["2027-11-17T03:11"]


def test_market_moves_values_waits_and_data_periods_are_no_events() -> None:
    text = (
        "Rates raised\n\n"
        "The central bank raised its rate on Wednesday. "
        "The S&P 500 closed down 1.1% on Wednesday. "
        "Shares in its parent, Baltic Logistics, rose 4% in Warsaw on Tuesday. "
        "Consumer price data for March will be released on April 13. "
        "The report found that 4,200 patients had waited more than a year at the end of March. "
        "Trade between the two countries was worth £9.8bn last year."
    )
    assert [d for d, _ in _events(text, "2027-03-18")] == ["2027-03-17", "2027-04-13"]


def test_plans_given_up_and_what_continues_them_are_no_events() -> None:
    text = (
        "Subway delayed\n\n"
        "The council approved the budget on Monday. "
        "The line was supposed to open in 2022. Then it was the fall of 2024. Then last "
        "summer. Its opening was first planned for last autumn but was delayed."
    )
    assert [d for d, _ in _events(text, "2027-11-10")] == ["2027-11-08"]


def test_a_season_or_month_naming_a_thing_is_no_event() -> None:
    text = (
        "Flood wall\n\n"
        "Funding was confirmed in the spring budget in March 2025. "
        "The regulator will announce the July cap on 27 May."
    )
    assert [d for d, _ in _events(text, "2025-04-01")] == ["2025-03", "2025-05-27"]


def test_a_live_blog_greeting_and_sign_off_are_no_events() -> None:
    text = (
        "Live: capsule docks\n\n"
        "6:02 a.m. — Good morning.\n\n"
        "6:57 a.m. — Contact and capture! The capsule docked to the station.\n\n"
        "9:10 a.m. — Now the handover.\n\n"
        "11:45 a.m. — That's all from us this morning.\n"
    )
    assert [d for d, _ in _events(text, "2027-11-18")] == ["2027-11-18T06:57"]


def test_the_writers_own_doing_gives_way_to_the_when_clause() -> None:
    text = (
        "Column\n\n"
        "I first wrote about the Harbor Line in 2014, when the city council voted 9-4 to "
        "build a subway to the airport."
    )
    assert _events(text, "2027-06-01") == [
        ("2014", "City council votes 9-4 to build a subway to the airport")
    ]


def test_no_day_in_particular_and_a_month_in_a_name_are_no_events() -> None:
    text = (
        "Theatre season\n\n"
        "The theatre will open its season on Sept. 9 with a revival of August Wilson's "
        '"Fences." Counts taken on a single Tuesday found 1,900 cyclists.'
    )
    assert [d for d, _ in _events(text, "2027-06-10")] == ["2027-09-09"]


def test_a_total_reached_in_a_month_is_a_statistic() -> None:
    text = (
        "Drug trial\n\n"
        "The drug was approved in 2023. Sales of the drug reached $1.2 billion in February."
    )
    assert [d for d, _ in _events(text, "2026-03-04")] == ["2023"]


def test_bounds_frequencies_weather_and_a_figure_for_a_period_are_no_events() -> None:
    text = (
        "Bus firm collapses\n\n"
        "Directors appointed administrators on Tuesday morning. "
        "Season tickets bought before Tuesday remain valid. "
        "The bank reported a pre-tax profit of £1.9bn for 2027 last month. "
        "Flights will run three times a week in summer and twice a week in winter. "
        "A runway extension lets fully loaded jets take off in summer heat. "
        "Passenger numbers hit a record 5.1 million in January. "
        "The duo almost did not enter this year. "
        "A survey found that a third of the 13th-century carvings were crumbling."
    )
    assert [d for d, _ in _events(text, "2028-03-01")] == ["2028-02-29", "2028-02"]


def test_a_stamp_line_that_opens_with_its_date_is_no_event() -> None:
    text = (
        "Startup raises money\n\n"
        "Nov. 8, 2028, 9:00 a.m. ET | Updated Nov. 8, 2028, 1:45 p.m. ET\n\n"
        "Quillstack raised $85 million on Tuesday."
    )
    assert [d for d, _ in _events(text, "2028-11-08")] == ["2028-11-07"]


def test_a_date_bounding_a_period_takes_its_when_clause_and_a_tour_lies_ahead() -> None:
    text = (
        "Coaster report\n\n"
        "The report said the sensor logged 37 errors in the nine weeks before the afternoon "
        "of Aug. 9, 2027, when two trains collided at the end of the ride. "
        "The pair begin a 20-date UK tour in September."
    )
    events = _events(text, "2028-05-14")
    assert events[0][0] == "2027-08-09"
    assert "trains" in events[0][1]
    assert events[1][0] == "2028-09"


def test_a_day_said_to_come_is_ahead_and_a_look_ahead_list_is_of_days_to_come() -> None:
    text = (
        "Fraudster jailed\n\n"
        "The judge jailed him on Tuesday. She said on Tuesday that the court would decide "
        "at a hearing on 14 September how much he must repay.\n\n"
        "Coming up next week: inflation figures on Monday, and the rate decision on Tuesday."
    )
    assert [d for d, _ in _events(text, "2027-06-09")] == [
        "2027-06-08",
        "2027-09-14",
        "2027-06-14",
        "2027-06-15",
    ]


def test_a_statement_dated_by_its_occasion_adds_nothing() -> None:
    text = (
        "Chipmaker profit rises\n\n"
        "Velmar reported a 14% rise in profit on Wednesday. Chief executive Ilse Brandt told "
        "reporters on a conference call on Wednesday that orders were the strongest in years."
    )
    assert [d for d, _ in _events(text, "2027-10-28")] == ["2027-10-27"]


def test_two_days_joined_by_to_are_one_span_and_a_month_after_a_day_to_come_lies_ahead() -> None:
    text = (
        "Phone launch\n\n"
        "The phone goes on sale in the United States on July 8 and in Europe in September. "
        "The national championships run May 30 to June 1 in Sacramento. "
        "Teachers will strike on 11 May and 12 May."
    )
    result = analyse(text, source_id="a.txt", published=dt.date(2028, 4, 20))
    assert [(e.date, e.end_date) for e in result.events] == [
        ("2028-07-08", None),
        ("2028-09", None),
        ("2028-05-30", "2028-06-01"),
        ("2028-05-11", "2028-05-12"),
    ]
    late = "Phone launch\n\nThe phone goes on sale in the US on July 8 and in Europe in September."
    assert [d for d, _ in _events(late, "2028-06-22")] == ["2028-07-08", "2028-09"]


def test_a_thousands_comma_does_not_cut_off_the_past_verb() -> None:
    text = "Homes approved\n\nCouncillors approved plans for 1,200 homes on Thursday night."
    assert [d for d, _ in _events(text, "2027-05-03")] == ["2027-04-29"]


def test_tallies_share_falls_comparisons_and_what_is_unlikely_are_no_events() -> None:
    text = (
        "Software firm cuts jobs\n\n"
        "Lumenstack said Tuesday that it would lay off 1,800 employees. "
        "It is the company's second round of cuts this year. "
        "Its shares have lost about a third of their value this year. "
        "Ice now covers about 740 square kilometres, down from roughly 1,300 square kilometres "
        "in the 1970s. "
        "Many are unlikely to return before the spring, aid workers said. "
        "Satellite records going back to 1979 show the change."
    )
    assert [d for d, _ in _events(text, "2030-09-24")] == ["2030-09-24"]


def test_a_periods_volume_a_share_of_a_whole_and_a_state_years_later_are_no_events() -> None:
    text = (
        "RSV jab for over-75s\n\n"
        "The regulator approved the jab in July. "
        "Last winter hospitals treated 23,000 patients with the virus. "
        "Last year about 1.2 million households received help. "
        "Offshore wind supplied 17% of Britain's electricity last year. "
        "Heavy snow tends to be more common in February. "
        "In most models the ice does not return to its 1980s levels. "
        "She caught Covid in March 2020. Eight years later she still cannot walk far."
    )
    assert [d for d, _ in _events(text, "2028-10-05")] == ["2028-07", "2020-03"]


def test_a_told_live_update_on_a_day_of_happenings_and_a_rest_of_the_week_add_nothing() -> None:
    text = (
        "Live: Landslide buries homes\n\n"
        "October 9, 2030 — live updates\n\n"
        "6:10 a.m. — A hillside gave way above the town at about 2:40 this morning.\n\n"
        "6:45 a.m. — Sheriff Laura Benning says 14 homes were hit.\n\n"
        "7:30 a.m. — The governor has declared a state of emergency for the county.\n\n"
        "11:05 a.m. — The school district says its schools will stay closed for the rest of "
        "the week and reopen on Monday.\n\n"
        "11:50 a.m. — We'll pick up our coverage here at 6 a.m."
    )
    events = _events(text, "2030-10-09")
    assert [d[:10] for d, _ in events] == ["2030-10-09", "2030-10-09", "2030-10-14"]
    assert "Benning" not in " ".join(t for _, t in events)


def test_a_ranked_month_a_kind_of_month_and_a_figure_for_a_period_are_no_events() -> None:
    text = (
        "Retailer warns\n\n"
        "Brightway cut its profit forecast on Wednesday. "
        "Chief executive Olu Martins told analysts that July had been the toughest month in "
        "a decade. July is their busiest month. "
        "The ban was lifted after an unusually wet April. "
        "Its market share fell to 9% in the first quarter. "
        "The delay would cut its profits by about £90 million in 2028. "
        "The £4.6 billion project was meant to supply power to 1.2 million homes from the end "
        "of this year."
    )
    assert [d for d, _ in _events(text, "2028-08-16")] == ["2028-08-16"]


def test_a_count_of_days_in_a_period_whose_days_are_told_adds_nothing() -> None:
    text = (
        "Airport strikes\n\n"
        "Staff will strike on six days in July and August. The walkouts will take place on "
        "16 and 17 July, and 13 and 14 August. They walked out on two days in March."
    )
    assert [d for d, _ in _events(text, "2027-06-28")] == ["2027-07-16", "2027-08-13", "2027-03"]


def test_a_fixture_named_before_its_day_lies_ahead() -> None:
    text = "Preview\n\nWales host Ireland at the Principality Stadium on Saturday needing a win."
    assert [d for d, _ in _events(text, "2027-08-27")] == ["2027-08-28"]


def test_a_live_update_told_again_later_that_day_is_one_event() -> None:
    text = (
        "Live: Whales stranded\n\n"
        "January 20, 2032 — live\n\n"
        "07:50 — About 30 pilot whales have been found stranded on the beach.\n\n"
        "08:40 — Medics say at least nine of the whales have died.\n\n"
        "11:02 — Good news. The first whales have been refloated on the rising tide.\n\n"
        "16:00 — Twenty whales have been refloated."
    )
    events = _events(text, "2032-01-20")
    assert [d for d, _ in events] == ["2032-01-20T07:50", "2032-01-20T11:02"]


def test_a_key_dates_line_on_the_leads_day_joins_the_lead() -> None:
    text = (
        "Living wage rises\n\n"
        "About 3.1 million workers will get a pay rise tomorrow, when the wage goes up.\n\n"
        "Key dates:\n\n"
        "2032-04-01: the new rates take effect.\n"
        "2032-05-14: HM Revenue and Customs begins spot checks on employers."
    )
    assert [d for d, _ in _events(text, "2032-03-31")] == ["2032-04-01", "2032-05-14"]


def test_a_named_day_is_not_moved_a_week_and_a_year_from_a_relative_clause_gives_way() -> None:
    holiday = "Holiday\n\nThe government has confirmed an extra bank holiday on Monday 5 November."
    assert [d for d, _ in _events(holiday, "2029-09-14")] == ["2029-11-05"]
    text = "Vicar leaves\n\nThe Rev. Helen Ward, who came here in 2021, leaves at the end of July."
    assert [d for d, _ in _events(text, "2029-05-04")] == ["2021", "2029-07"]


def test_sizes_prices_measurements_and_holiday_periods_are_no_events() -> None:
    text = (
        "Retailer warns\n\n"
        "Brightway cut its forecast on Wednesday. "
        "Brightway employed 14,500 people at the end of last year. "
        "Both airports handled a combined 40 million passengers last year. "
        "Last year 42 people made the trip to France. "
        "A basket that cost £41 in February 2026 costs £49 today. "
        "Rainfall in June was less than half the long-term average. "
        "This year was no different. "
        "The first closures will come after the Christmas trading period. "
        "Most pupils sit their exams in the first two weeks of May."
    )
    assert [d for d, _ in _events(text, "2028-08-16")] == ["2028-08-16"]


def test_a_balance_for_a_period_and_a_move_over_a_span_of_years_are_no_events() -> None:
    text = (
        "Music department to close\n\n"
        "The council decided on Wednesday to close the department. "
        "The university, which posted a deficit of £14 million last year, says applications "
        "fell by 35% between 2020 and 2028."
    )
    assert [d for d, _ in _events(text, "2029-02-15")] == ["2029-02-14"]


def test_a_reaction_dated_by_its_statement_is_no_event() -> None:
    text = (
        "Council approves budget\n\n"
        "Friday 13 April 2029\n\n"
        "Councillors approved a budget with a 5% council tax rise on Monday night.\n\n"
        "Council leader Ann Reid said on Tuesday that she was proud of the decision.\n\n"
        'Opposition leader Tom Hart said on Wednesday the rise was "unfair on pensioners".\n\n'
        "In an interview on Thursday, Hart called the decision a mistake."
    )
    assert [d for d, _ in _events(text, "2029-04-13")] == ["2029-04-09"]


def test_a_happening_named_by_its_date_and_judged_joins_the_one_told_before() -> None:
    text = (
        "Election\n\n"
        "Voters went to the polls on Thursday. Turnout was 61%. "
        "The election on 5 April was the first since the boundary changes."
    )
    assert [d for d, _ in _events(text, "2029-04-10")] == ["2029-04-05"]
    other = (
        "Strike\n\nWorkers walked out on Monday. The council vote on Monday approved the budget."
    )
    assert [d for d, _ in _events(other, "2029-04-10")] == ["2029-04-09", "2029-04-09"]


def test_what_a_speaker_believed_or_was_doing_at_a_time_is_no_event() -> None:
    text = (
        "Sea ice\n\n"
        '"In 2014 many of us still believed the ice was safe," Raman said. '
        '"In April we were fighting for the play-offs," he said. '
        '"In 2023 we came here and lost," she said.'
    )
    assert [d for d, _ in _events(text, "2028-03-02")] == ["2023"]


def test_a_habit_told_on_a_day_and_the_speakers_this_year_are_no_events() -> None:
    text = (
        "Root century\n\n"
        "Friday 24 March 2028\n\n"
        "Joe Root scored his 40th Test century on Thursday.\n\n"
        'Their captain, Tom Latham, said on Wednesday that his side "always struggle in the '
        "first session at Lord's\".\n\n"
        '"Every year I say this is the best line-up," she said. "This year I mean it."'
    )
    assert [d for d, _ in _events(text, "2028-03-24")] == ["2028-03-23"]


def test_a_plan_gone_by_and_a_tournament_named_open_are_no_timetable() -> None:
    text = (
        "Hospital opens\n\n"
        "The hospital opened on Monday. Work began in 2024 and was due to finish in spring "
        "2028, but it was delayed. Sabalenka has won all four of their meetings, most recently "
        "at the Australian Open in January."
    )
    assert [d for d, _ in _events(text, "2030-07-05")] == ["2030-07-01", "2024", "2030-01"]


def test_a_past_day_of_a_month_ahead_is_last_years_and_its_offsets_follow() -> None:
    text = (
        "Treasurer jailed\n\n"
        "The former treasurer was jailed on Friday. The trust reported the matter to police "
        "on March 14, and he was arrested at his home two days later. The hearing was "
        "adjourned until March 3. The launch range is booked for a rocket on Feb. 10."
    )
    assert [d for d, _ in _events(text, "2033-01-24")] == [
        "2033-01-21",
        "2032-03-14",
        "2032-03-16",
        "2033-03-03",
        "2033-02-10",
    ]


def test_a_figure_that_moved_by_a_fraction_over_a_span_is_a_trend() -> None:
    text = (
        "Planners\n\n"
        "The council approved the plan on Monday. The number of planners employed by local "
        "authorities fell by a quarter between 2010 and 2025. Bee numbers fell by about a "
        "third between 2000 and 2020."
    )
    assert [d for d, _ in _events(text, "2033-03-16")] == ["2033-03-14"]


def test_a_newsletters_signpost_to_its_readers_is_no_event() -> None:
    text = (
        "The Byte\n\n"
        "Good morning. Here's what happened in tech this week, and what's coming up. "
        "Orbit unveiled its first phone on Tuesday."
    )
    assert [d for d, _ in _events(text, "2033-04-22")] == ["2033-04-19"]


def test_a_day_counted_from_a_year_lies_in_that_year_and_minutes_from_a_month_are_none() -> None:
    text = (
        "Start-up\n\n"
        "The company was founded in 2019. Two days later, it hired its first engineer. The "
        "teams met in January. Brandt put Central ahead on a power play four minutes later."
    )
    assert [d for d, _ in _events(text, "2034-03-05")] == ["2019", "2019", "2034-01"]


def test_a_likeness_a_wrap_and_a_feeling_about_today_are_no_events() -> None:
    text = (
        "Pier\n\n"
        "The pier reopened on Saturday. "
        '"Most of it is new, but it looks exactly as it did in 1900," said Evans. '
        '"Today we were lucky," said Hendry.\n\n'
        "2:30 p.m. — That's a wrap from Casper."
    )
    assert [d for d, _ in _events(text, "2034-03-06")] == ["2034-03-04"]


def test_a_budget_named_by_its_year_and_a_blogs_return_are_no_events() -> None:
    text = (
        "Budget\n\n"
        "The government must present its budget for next year by September 15. "
        "Our coverage resumes tomorrow morning."
    )
    assert [d for d, _ in _events(text, "2033-06-08")] == ["2033-09-15"]


def test_figures_read_off_a_period_are_no_events() -> None:
    text = (
        "Waits\n\n"
        "Figures were published on Thursday. "
        "Waits were longer than in any month since records began "
        "in 2010. Response times averaged 47 minutes in December. Sewage was discharged "
        "for 41,000 hours, up 12% on 2031. Poultry units rose from 90 in 2010 to more than "
        "150 by 2023. The reservoir was 54% full on Monday. Only 61mm of rain fell between "
        "March and May."
    )
    assert [d for d, _ in _events(text, "2033-02-17")] == ["2033-02-17"]


def test_a_month_in_a_sentence_told_with_an_irregular_past_is_gone_by() -> None:
    text = (
        "Eastbourne\n\n"
        "Fernandez leads their head-to-head 3-2. The Canadian won their most recent meeting, "
        "in Miami in March, in three sets."
    )
    assert [d for d, _ in _events(text, "2025-06-26")] == ["2025-03"]


def test_a_date_line_above_the_first_stamp_dates_the_updates_below_it() -> None:
    text = (
        "Siege: live updates\n\n"
        "Saturday 14 June 2031\n\n"
        "16:45 — Residents returned home.\n\n"
        "15:10 — A police negotiator persuaded the man to give himself up."
    )
    assert [d[:10] for d, _ in _events(text, "2031-06-15")] == ["2031-06-14", "2031-06-14"]


def test_what_is_not_expected_or_waited_for_at_a_date_is_no_event() -> None:
    text = (
        "Hosepipe ban\n\n"
        "Thames Water says it does not expect one this summer. Boateng said the work could "
        "not wait until next year. The bridge is not expected to reopen until late fall."
    )
    assert [d for d, _ in _events(text, "2031-07-16")] == ["2031-FA"]


def test_the_leads_happening_told_again_with_its_time_is_one_event() -> None:
    text = (
        "Hosepipe ban\n\n"
        "Southern Water will bring in a hosepipe ban for 1.2 million customers from Friday. "
        "Here is what it means.\n\n"
        "The hosepipe ban starts at 00:01 on Friday 18 July."
    )
    events = analyse(text, source_id="a.txt", published=dt.date(2031, 7, 16)).events
    assert [(e.date, len(e.mentions)) for e in events] == [("2031-07-18", 2)]


def test_a_planned_start_after_a_decimal_and_a_decade_ago_are_read_right() -> None:
    text = (
        "Council tax\n\n"
        "Councillors voted on Wednesday night to raise council tax by 4.99% from April. "
        "A flat costs three times what it cost a decade ago."
    )
    assert [d for d, _ in _events(text, "2032-02-19")] == ["2032-02-18", "2032-04"]


def test_standings_records_verdicts_and_the_writers_interview_are_no_events() -> None:
    text = (
        "Fringe\n\n"
        "The Fringe ended on Monday with record sales, beating the previous high set in 2019. "
        "The pandemic winter of 2020 was hard for everyone. The AirCrisp 5L was its "
        "best-selling product in 2030. We spoke to her on Thursday. The firm recalled 86,000 "
        "AirCrisp 5L air fryers sold in the UK between September 2029 and March 2031."
    )
    assert [d for d, _ in _events(text, "2032-08-31")] == ["2032-08-30"]


def test_the_month_may_is_no_modal() -> None:
    text = (
        "Border\n\n"
        "The border reopens on December 1. Truckers' unions, which had staged protests at the "
        "crossing in May and again in August, welcomed the deal."
    )
    assert [d for d, _ in _events(text, "2031-11-20")] == ["2031-12-01", "2031-05", "2031-08"]


def test_minutes_counted_after_a_clock_time_but_dated_elsewhere_are_no_event() -> None:
    text = (
        "Mars\n\n"
        "The rover landed safely on Mars on Tuesday, ending a saga that began when the "
        "mission was approved in 2005. The rover touched down at 16:42 GMT, and its first "
        "signal reached mission control about 11 minutes later."
    )
    assert [d for d, _ in _events(text, "2032-03-17")] == ["2032-03-16", "2005"]


def test_a_day_in_a_clause_whose_subject_is_named_by_its_year_is_in_that_year() -> None:
    text = (
        "Fringe\n\n"
        "The Fringe ended on Monday. Last year's show opened on June 3. Registration for next "
        "year's race opens in September."
    )
    assert [d for d, _ in _events(text, "2032-08-31")] == ["2032-08-30", "2031-06-03", "2032-09"]


def test_a_role_held_in_years_and_a_count_of_days_are_no_events() -> None:
    text = (
        "Somerset\n\n"
        "Surrey, champions in 2022, 2023 and 2024, were without four players. "
        "Smith, elected in 2019, said he would stand down. "
        "Only four days in August saw rain, compared with 19 in 2031."
    )
    assert [d for d, _ in _events(text, "2031-09-27")] == ["2019"]


def test_that_month_is_in_the_year_told_before_it() -> None:
    text = (
        "Mayor\n\n"
        "Whaley was convicted in March 2030 and sentenced to 30 months in prison that July."
    )
    assert [d for d, _ in _events(text, "2031-11-15")] == ["2030-03", "2030-07"]


def test_weekday_mornings_and_a_day_named_as_a_name_are_no_dates() -> None:
    text = (
        "Canal\n\n"
        "Volunteers met on Saturday mornings to clear rubbish. The final round, often called "
        "Super Saturday, is on March 21. A boat sailed to Ambergate on Saturday morning."
    )
    assert [d for d, _ in _events(text, "2031-11-17")] == ["2032-03-21", "2031-11-15"]


def test_a_count_and_a_share_read_off_a_year_are_no_events() -> None:
    text = (
        "Societies\n\n"
        "The societies agreed to merge on Monday. There were 42 societies in Britain at the "
        "end of last year. Turnout in the 2029 governor's race was 54%."
    )
    assert [d for d, _ in _events(text, "2031-11-11")] == ["2031-11-10"]


def test_a_windows_end_and_a_readers_email_are_no_events() -> None:
    text = (
        "Fog live\n\n"
        "08:30 — The Met Office issued a yellow warning for fog last night, covering most of "
        "Gloucestershire and Worcestershire until 11:00 this morning.\n\n"
        '09:15 — A reader, Jo, emails: "I drive this stretch every day."'
    )
    assert [d for d, _ in _events(text, "2036-11-06")] == ["2036-11-05"]


def test_a_day_promised_in_the_present_perfect_lies_ahead() -> None:
    text = (
        "Lighthouse\n\n"
        "Munro has agreed to give the first tour on June 14. The club agreed to play a "
        "friendly on June 14."
    )
    assert [d for d, _ in _events(text, "2031-10-19")] == ["2032-06-14", "2031-06-14"]


def test_a_rent_for_a_month_is_no_event() -> None:
    text = "Fringe\n\nA one-bedroom flat now rents for about £4,500 for the month of August."
    assert _events(text, "2032-08-31") == []


def test_a_day_after_a_present_passive_is_not_moved_back_a_year() -> None:
    text = (
        "Nurse convicted\n\n"
        "A jury convicted the former nurse on Thursday. She faces life in prison when she is "
        "sentenced on Jan. 22."
    )
    assert [d for d, _ in _events(text, "2032-11-19")] == ["2032-11-18", "2033-01-22"]


def test_a_date_inside_a_condition_is_no_event() -> None:
    text = (
        "Cup run\n\n"
        'Harlow beat Brentwood on Saturday. "If we play like that on the 22nd, anything can '
        'happen," the manager said. If it rains on Tuesday, the replay will move to Wednesday. '
        '"If the offer had come in February, none of this would have happened." Fans get '
        "a discount if they register by March 15."
    )
    dates = [d for d, _ in _events(text, "2025-03-09")]
    assert dates == ["2025-03-08", "2025-03-12", "2025-03-15"]


def test_a_baseline_after_than_with_a_decimal_is_no_event() -> None:
    text = (
        "Fares\n\n"
        "Fares will rise on Sunday. This year's rise is capped at 4.6%, lower than the 4.9% rise "
        "in 2024."
    )
    assert [d for d, _ in _events(text, "2025-03-05")] == ["2025-03-09"]


def test_a_month_after_an_aside_does_not_take_the_asides_year() -> None:
    text = (
        "Library\n\n"
        "The council, founded in 1974, voted in March to close the library. My neighbour, "
        "who has lived here since 1971, spent February pumping water out of the cellar."
    )
    assert [d for d, _ in _events(text, "2025-11-10")] == ["1974", "2025-03", "2025-02"]


def test_a_month_after_a_future_passive_and_its_participle_lies_ahead() -> None:
    text = (
        "Spacewalk\n\n"
        "The failed pump will be packed up and brought home on a capsule in June so "
        "engineers can work out why it broke."
    )
    assert [d for d, _ in _events(text, "2037-04-15")] == ["2037-06"]


def test_a_live_pages_closing_word_is_no_event() -> None:
    text = (
        "Live: Storm\n\n"
        "08:20 — The warning was issued on Monday afternoon.\n\n"
        "16:00 — We're closing this live page now. We will be back tomorrow morning from 7am."
    )
    assert [d for d, _ in _events(text, "2025-01-14")] == ["2025-01-13"]


def test_any_weekday_a_day_when_nothing_happens_and_a_games_quarter_are_no_events() -> None:
    text = (
        "Posting dates\n\n"
        "Post offices will close at noon on Christmas Eve, which falls on a Saturday this year. "
        "There are no deliveries on Christmas Day, and deliveries resume on Tuesday 27 "
        "December. In 2031 a video of him restoring a 1930s Underwood was shared online. "
        "The Redwoods lost a tackle to a knee injury in the third quarter."
    )
    assert [d for d, _ in _events(text, "2039-11-20")] == ["2039-12-24", "2039-12-27", "2031"]


def test_a_closure_told_as_there_will_be_no_trains_over_a_range_stays() -> None:
    text = (
        "Timetable\n\n"
        "There will be no trains between the two towns from 25 December to 27 December "
        "while engineers replace a bridge."
    )
    assert [d for d, _ in _events(text, "2026-11-20")] == ["2026-12-25"]


def test_a_things_decade_every_day_except_and_a_stamped_look_ahead_are_no_events() -> None:
    text = (
        "Cinema\n\n"
        "The Regal reopened on Saturday with a double bill of musicals from the 1930s. "
        "Derek holds a brass lamp from the 1970s up to the light. Films will be shown every "
        "day except Monday.\n\n"
        "13:10 — What's next this week: the chemistry prize is announced tomorrow."
    )
    assert [d for d, _ in _events(text, "2037-07-01")] == ["2037-06-27", "2037-07-02"]


def test_a_periods_figure_told_before_its_move_is_no_event() -> None:
    text = (
        "Results\n\n"
        "Greenfield said on Thursday that profit rose. Sales in the first quarter were up "
        "4.2% on the same period last year. Revenue in March rose 4%."
    )
    assert [d for d, _ in _events(text, "2025-06-13")] == ["2025-06-12"]


def test_a_founding_told_twice_with_its_year_is_one_event() -> None:
    text = (
        "Battery site\n\n"
        '"Since we were founded in 2012, we have built 2GW of capacity," said Priya Shah.\n\n'
        "About Northwind Energy\n"
        "Northwind Energy is a UK developer. Founded in 2012, it employs 240 people."
    )
    assert [d for d, _ in _events(text, "2025-04-02")] == ["2012"]


def test_a_decade_told_with_a_habit_is_no_event() -> None:
    text = (
        "Shop\n\n"
        "Harold took over in 1979. In the 1990s, he says, there were weeks when nobody came "
        "in at all. Things were different in the 1960s, when the river was dredged every "
        "summer. In the 1970s the stalls were turned into a bingo hall."
    )
    assert [d for d, _ in _events(text, "2039-06-09")] == ["1979", "197"]


def test_a_years_count_of_them_taken_in_is_no_event() -> None:
    text = (
        "Rabbits\n\n"
        "Microchipping becomes compulsory on 1 October. The RSPCA took in more than 6,000 of "
        "them last year."
    )
    assert [d for d, _ in _events(text, "2039-06-09")] == ["2039-10-01"]


def test_how_far_something_had_got_by_a_day_is_no_event() -> None:
    text = (
        "Carnival\n\n"
        "Crews began cutting blocks of ice last week, and by Monday the walls were already "
        "shoulder high."
    )
    assert [d for d, _ in _events(text, "2037-01-21")] == ["2037-W03"]


def test_period_ends_baselines_monthly_sets_and_a_speakers_past_are_no_events() -> None:
    text = (
        "Flu\n\n"
        "Flu cases doubled in the week to Sunday, figures published on Thursday show. At the "
        "same point last year there were 900. Almost 60% have been vaccinated, a similar "
        'rate to last year. The board meets on the second Tuesday of every month. "She '
        'would operate all day," said Dr Paul Reeve, who trained under her in the 1980s.'
    )
    assert [d for d, _ in _events(text, "2025-12-04")] == ["2025-12-04"]


def test_an_average_read_off_a_week_is_no_event() -> None:
    text = (
        "Flu\n\n"
        "An average of 2,100 patients a day were in hospital with flu last week. The health "
        "secretary will visit a hospital on Friday."
    )
    assert [d for d, _ in _events(text, "2025-12-04")] == ["2025-12-05"]


def test_a_month_in_a_present_while_clause_under_a_future_lies_ahead() -> None:
    text = (
        "Ferry\n\n"
        "The company said a spare ship would cover the route while the regular ferry is in "
        "dry dock in January."
    )
    assert [d for d, _ in _events(text, "2025-10-13")] == ["2026-01"]


def test_opening_hours_on_plural_days_and_a_years_visitor_count_are_no_events() -> None:
    text = (
        "Library\n\n"
        "The library will reopen on Monday 21 July. Opening hours will be 9am to 7pm on "
        "weekdays and 10am to 4pm on Saturdays. More than 40,000 people used the library in "
        "2023, the last full year it was open."
    )
    assert [d for d, _ in _events(text, "2025-07-08")] == ["2025-07-21"]


def test_a_level_hoped_for_by_a_date_is_no_event() -> None:
    text = (
        "Library\n\n"
        "The library will reopen on Monday 21 July. Councillor Ben Hart said he hoped numbers "
        "would be higher by the end of 2026."
    )
    assert [d for d, _ in _events(text, "2025-07-08")] == ["2025-07-21"]


def test_a_statement_that_only_judges_or_says_talks_go_on_is_no_event() -> None:
    text = (
        "Fire\n\n"
        "A factory fire destroyed 40 homes in Leeds on Monday. Speaking on Thursday, the "
        "minister said the plan was fair. A spokesman told the BBC on Thursday that talks "
        "were continuing. The inquiry will open in July."
    )
    assert [d for d, _ in _events(text, "2025-06-13")] == ["2025-06-09", "2025-07"]


def test_each_year_in_a_born_on_this_day_list_is_titled_by_its_name() -> None:
    text = "On this day\n\nBorn on this day: Ludwig van Beethoven (1770), Jane Austen (1775)."
    assert _events(text, "2025-12-16") == [
        ("1770", "Ludwig van Beethoven is born"),
        ("1775", "Jane Austen is born"),
    ]


def test_a_qa_answer_that_is_only_a_date_is_titled_by_its_question() -> None:
    text = (
        "Clocks\n\n28 October 2025\n\nThe clocks went back on Sunday.\n\n"
        "When do the clocks go forward again?\nOn Sunday 29 March 2026.\n"
    )
    assert _events(text, "2025-10-28")[-1] == ("2026-03-29", "Clocks go forward again")


def test_a_typical_weekday_is_any_such_day() -> None:
    text = (
        "Market\n\nThe market reopened on Saturday. On a typical Saturday it draws 5,000 shoppers."
    )
    assert [d for d, _ in _events(text, "2026-07-01")] == ["2026-06-27"]


def test_a_list_of_dated_lines_runs_in_time_order() -> None:
    text = (
        "Beach summer: key dates\n\n"
        "By Dana Kowalski\n\n"
        "The beach lost the flag in 2039 and won it back last summer.\n\n"
        "Key dates\n\n"
        "- June 3: Full daily lifeguard coverage begins.\n"
        "- July 4: Fireworks over the ocean at 9:15 p.m.\n"
        "- Aug. 17-18: The 40th annual Sandcastle Contest.\n"
        "- Sept. 2: Labor Day, the last day of full lifeguard coverage.\n"
    )
    dates = [d for d, _ in _events(text, "2041-05-14")]
    assert dates[2:5] == ["2041-06-03", "2041-07-04", "2041-08-17"]
    assert "2041-09-02" in dates


def test_series_ends_states_by_a_decade_and_what_a_fee_is_for_are_no_events() -> None:
    text = (
        "Club news\n\n"
        "The bells were recast in June 2039. By the 2030s the wooden frame was rotting. The "
        "cheque, which has been around since at least 1659, survived. The Frostbite Series "
        "continues every Sunday until March. The Christmas dinner is on Friday 13 December. "
        "Subscriptions for 2042 are due by 31 January."
    )
    dates = [d for d, _ in _events(text, "2041-11-20")]
    assert dates == ["2039-06", "2041-12-13", "2042-01-31"]


def test_a_stamped_signpost_to_some_history_is_no_event() -> None:
    text = (
        "Live: Best in Show\n\n"
        "19:40 — The judges have picked the last group winner.\n\n"
        "20:15 — Some history while the judges warm up. Best in Show was first awarded here "
        "in 1928."
    )
    assert [d for d, _ in _events(text, "2041-03-09")] == ["2041-03-09T19:40", "1928"]


def test_a_season_counted_in_days_is_no_event() -> None:
    text = (
        "Ski centre\n\nThe centre closed on Sunday. Last winter it managed to open on only 11 days."
    )
    assert [d for d, _ in _events(text, "2041-03-09")] == ["2041-03-03"]


def test_a_holiday_named_beside_its_day_is_that_day_once() -> None:
    text = (
        "Riverside Park: what's on\n\n"
        "The city reopened the splash pad last week.\n\n"
        "Key dates\n\n"
        "- July 4: Independence Day, fireworks at 9 p.m. over the lake.\n"
        "- Sept. 2: Labor Day, the last day the pools are open.\n"
        "- Dec. 25: Christmas Day, the ice rink opens at noon.\n"
    )
    dates = [d for d, _ in _events(text, "2041-05-14")]
    assert dates == ["2041-W19", "2041-07-04", "2041-09-02", "2041-12-25"]


def test_a_holiday_after_a_clock_time_keeps_its_day() -> None:
    text = "Post office hours\n\nPost offices will close at 12.30pm on Christmas Eve."
    assert [d for d, _ in _events(text, "2041-12-01")] == ["2041-12-24"]


def test_a_clock_time_of_a_habit_or_a_generic_state_is_no_event() -> None:
    text = (
        "Why I love the night bus\n\n"
        "Every winter the same thing happens on my route. The pubs close, and by midnight "
        "the number 9 is the warmest room in town. Most nights the driver hums along to the "
        "radio until 2 a.m. The council voted on Tuesday to cut the route."
    )
    assert [d for d, _ in _events(text, "2041-11-06")] == ["2041-11-05"]


def test_a_clock_time_told_in_the_past_stays_an_event() -> None:
    text = "Fire in Leeds\n\nBy 2 a.m. the fire had spread to the roof, and crews arrived at 3 a.m."
    assert [d for d, _ in _events(text, "2041-11-06")] != []


def test_a_day_ahead_that_is_only_a_things_purpose_dates_no_past_happening() -> None:
    text = (
        "Posting dates\n\n"
        "The Harlow Post Office has published its last recommended posting dates for "
        "Christmas. Applications for seasonal jobs for December 2041 close on Nov. 30."
    )
    dates = [d for d, _ in _events(text, "2041-11-20")]
    assert dates == ["2041-11-30"]


def test_a_purpose_ahead_in_a_future_clause_is_still_an_event() -> None:
    text = "Concert\n\nThe choir will sing carols for Christmas on Dec. 24 in the square."
    assert [d for d, _ in _events(text, "2041-11-20")] == ["2041-12-24"]


def test_a_wish_after_if_is_a_condition_but_a_deadline_stays() -> None:
    text = (
        "Club news\n\n"
        "Kit orders must reach Sue by 13 December if you want them before Christmas. "
        "Members who sign up by 5 January get a free hat."
    )
    assert [d for d, _ in _events(text, "2041-11-20")] == ["2041-12-13", "2042-01-05"]


def test_next_years_show_in_a_that_clause_is_in_next_year() -> None:
    text = (
        "Show live\n\n"
        "22:00 — Organisers confirm that next year's show will run from 6 to 9 March. "
        "Registration for next year's race opens in September."
    )
    dates = [d for d, _ in _events(text, "2041-03-09")]
    assert "2042-03-06" in dates
    assert "2041-09" in dates


def test_how_things_stand_by_a_season_in_the_generic_present_is_no_event() -> None:
    text = (
        "Potholes\n\n"
        "Water gets into a small crack, freezes, and by spring the crack is a crater. "
        "The council will start repairs in March."
    )
    assert [d for d, _ in _events(text, "2043-11-20")] == ["2044-03"]


def test_a_promised_date_is_no_happening() -> None:
    text = (
        "Ferry\n\n"
        '"We were promised this ship in 2024, then last year, then this March," said Morag '
        "Lindsay. The ship was launched in 2023."
    )
    assert [d for d, _ in _events(text, "2027-05-20")] == ["2023"]


def test_a_law_a_greeting_a_repeat_and_a_rank_in_a_period_date_nothing() -> None:
    text = (
        "Parish council — Monday Briefing\n\n"
        "The Housing Act 1988 was amended in March, the council said. Happy New Year to all "
        'our readers. "Nobody wants a repeat of 2019," said the mayor. Our biggest concert of '
        "the year is on Saturday 14 December."
    )
    assert [d for d, _ in _events(text, "2041-12-02")] == ["2041-03", "2041-12-14"]


def test_a_share_of_a_period_is_a_statistic_but_a_happening_in_it_stays() -> None:
    text = (
        "Bins\n\n"
        "Last year about 12% of bins were missed. In 2040, 30% of households recycled food "
        "waste. In 2040 the council opened a new depot."
    )
    assert [d for d, _ in _events(text, "2041-12-02")] == ["2040"]


def test_a_plan_that_was_moved_and_a_state_till_a_date_are_no_events() -> None:
    text = (
        "Schools\n\n"
        "Mock exams that were due to be held this week have been moved to next week. The "
        "school will reopen on Thursday, with Year 9 studying at home until the end of the week."
    )
    dates = [d for d, _ in _events(text, "2045-01-09")]
    assert "2045-W02" not in dates
    assert "2045-01-12" in dates


def test_a_headline_naming_what_the_dates_are_for_is_no_event() -> None:
    text = (
        "Secondary school places for September 2046: the key dates for parents\n\n"
        "Applications open on 11 September 2045."
    )
    assert [d for d, _ in _events(text, "2045-09-01")] == ["2045-09-11"]


def test_a_date_after_a_law_named_by_its_year_is_read_from_the_publication_date() -> None:
    text = (
        "Dog owner fined\n\n"
        "He had admitted an offence under the Dogs (Protection of Livestock) Act 1953 at an "
        "earlier hearing in January."
    )
    assert [d for d, _ in _events(text, "2045-03-20")] == ["2045-01"]


def test_a_live_update_that_only_tells_what_is_going_on_is_no_event() -> None:
    text = (
        "Balloon week live\n\n"
        "Saturday 14 February 2043\n\n"
        "09:04 The first balloon has lifted off.\n\n"
        "10:30 The last balloons are landing in the fields near the dam.\n\n"
        "10:55 The festival ends on Sunday with the prize-giving."
    )
    dates = [d for d, _ in _events(text, "2043-02-14")]
    assert dates == ["2043-02-14T09:04", "2043-02-15"]


def test_a_first_live_update_of_what_is_going_on_stays() -> None:
    text = (
        "Fire live\n\n"
        "Saturday 14 February 2043\n\n"
        "09:04 Firefighters are battling a large fire at a warehouse in Leeds."
    )
    assert [d for d, _ in _events(text, "2043-02-14")] == ["2043-02-14T09:04"]


def test_a_state_told_in_a_quote_is_no_event_but_a_happening_is() -> None:
    text = (
        "Masters\n\n"
        '"He was better today," said Cole. "We were bottom of the league in '
        '2039," she said. "There was a fire in the clubhouse in 2038," she said. "The '
        'tenor bell was cast in 1612," he said.'
    )
    assert [d for d, _ in _events(text, "2041-04-12")] == ["2038", "1612"]


def test_a_level_held_until_a_date_is_a_forecast_not_a_happening() -> None:
    text = (
        "Harcourt results\n\n"
        "Harcourt expects inflation to stay above 3% until the end of 2042. The company "
        "will report first-half results on 14 April."
    )
    assert [d for d, _ in _events(text, "2041-10-03")] == ["2042-04-14"]


def test_a_noun_after_its_is_no_present_verb_for_the_tense() -> None:
    text = "Harcourt\n\nHarcourt cut its prices in January and again in April."
    assert [d for d, _ in _events(text, "2041-10-03")] == ["2041-01", "2041-04"]


def test_a_reported_state_dates_no_happening() -> None:
    text = (
        "Ceasefire talks\n\n"
        "The two sides agreed a ceasefire in Oslo on Monday. Diplomats said on Tuesday that "
        "the two sides remained far apart on prisoner exchanges."
    )
    assert [d for d, _ in _events(text, "2030-11-14")] == ["2030-11-11"]


def test_a_confirmed_plan_keeps_the_tense_of_its_that_clause() -> None:
    text = (
        "Club news\n\n"
        "The club has confirmed that the manager leaves in December. The council said that "
        "the plan was approved in March."
    )
    assert [d for d, _ in _events(text, "2041-10-08")] == ["2041-12", "2041-03"]


def test_a_second_step_on_the_same_month_goes_with_the_first() -> None:
    text = (
        "Lighthouse sold\n\n"
        "The light was fully automated in March 1998, and the last keepers left the same "
        "month. The tower was sold in 2031."
    )
    assert [d for d, _ in _events(text, "2036-05-25")] == ["1998-03", "2031"]


def test_a_live_update_that_only_tells_how_things_stand_is_no_event() -> None:
    text = (
        "Spacewalk live\n\n"
        "Tuesday 15 April 2037\n\n"
        "8:12 a.m. — Astronauts have switched their suits to battery power.\n\n"
        "3:16 p.m. — The hatch is closed and the spacewalk is over."
    )
    assert [d for d, _ in _events(text, "2037-04-15")] == ["2037-04-15T08:12"]


def test_chosen_for_a_happening_ahead_keeps_its_month_ahead() -> None:
    text = (
        "Lacrosse\n\n"
        "She has been selected for the U.S. team at the world championship in Tokyo in July. "
        "The club was fined in March."
    )
    assert [d for d, _ in _events(text, "2041-05-28")] == ["2041-07", "2041-03"]


def test_a_plan_told_as_it_stood_then_for_a_date_gone_by_is_no_event() -> None:
    text = (
        "Cheques\n\n"
        "In 2009 the banks' trade body announced that cheques would be phased out by 2018. "
        "The council said that the new bridge would open in 2043."
    )
    assert [d for d, _ in _events(text, "2041-10-06")] == ["2009", "2043"]


def test_another_season_like_a_year_is_a_byword() -> None:
    text = (
        "Rail closure\n\n"
        '"Nobody wants another summer like 2039," said Sara Quinn. Inspectors found cracks '
        "in the viaduct in 2039."
    )
    assert [d for d, _ in _events(text, "2041-05-15")] == ["2039"]
