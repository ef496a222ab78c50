"""Unit tests for the temporal tagger (timeline.parse.tagger)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.parse.tagger import find_ranges, tag

# A Wednesday; all relative examples below are read against it.
DCT = dt.date(2019, 5, 15)


def _found(text: str, dct: dt.date | None = DCT, **kw: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct=dct, **kw)]  # type: ignore[arg-type]


def _check(text: str, expected: list[tuple[str, str, str]], dct: dt.date | None = DCT) -> None:
    assert _found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("It opened May 14, 2019.", [("May 14, 2019", "DATE", "2019-05-14")], id="mdy"),
        pytest.param(
            "Signed on 14 May 2019 here.", [("14 May 2019", "DATE", "2019-05-14")], id="dmy"
        ),
        pytest.param(
            "Filed Nov. 18 in court.", [("Nov. 18", "DATE", "2018-11-18")], id="abbr-no-year"
        ),
        pytest.param("Due 2019-05-14, then.", [("2019-05-14", "DATE", "2019-05-14")], id="iso"),
        pytest.param(
            "Sent 5/14/2019 by mail.", [("5/14/2019", "DATE", "2019-05-14")], id="us-numeric"
        ),
        pytest.param(
            "Sent 14/05/2019 by mail.", [("14/05/2019", "DATE", "2019-05-14")], id="eu-numeric"
        ),
        pytest.param(
            "The plan of May 2019 failed.", [("May 2019", "DATE", "2019-05")], id="month-year"
        ),
        pytest.param("It happened in 2014.", [("2014", "DATE", "2014")], id="year"),
        pytest.param("After 2014's annexation.", [("2014", "DATE", "2014")], id="year-possessive"),
        pytest.param("Before the 2016 election.", [("2016", "DATE", "2016")], id="year-adjective"),
        pytest.param(
            "The summit is set for Saturday, June 1.",
            [("Saturday, June 1", "DATE", "2019-06-01")],
            id="weekday-and-date",
        ),
        pytest.param(
            "They met on March eighth.", [("March eighth", "DATE", "2019-03-08")], id="ordinal-day"
        ),
    ],
)
def test_absolute_and_partial_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We will go there.", [], id="we"),
        pytest.param("Officials may decide later.", [], id="may-verb"),
        pytest.param("May I ask a question?", [], id="may-sentence-start"),
        pytest.param("Thousands march on the capital.", [], id="march-verb"),
        pytest.param("The sun was hot and she sat down.", [], id="sun-sat"),
        pytest.param("About 2,014 people came.", [], id="thousands-separator"),
        pytest.param("It costs $2014 in total.", [], id="dollars"),
        pytest.param("Drive along Route 9 north.", [], id="route-number"),
        pytest.param("The court ruled in a 7-2 vote.", [], id="vote-score"),
        pytest.param("Support is open 24/7 now.", [("now", "DATE", "PRESENT_REF")], id="24-7"),
        pytest.param("Prices rose 4% overall.", [], id="percent"),
        pytest.param("Install version 2.1.2019 first.", [], id="version-dotted"),
        pytest.param("Install macOS 10.14.6 first.", [], id="version-triple"),
        pytest.param("Upgrade to version 2019 soon.", [], id="version-word"),
        pytest.param("Call 555-2014 or 212-555-1999.", [], id="phone"),
        pytest.param("He flew 2019 miles alone.", [], id="count-noun"),
        pytest.param("A 6-year-old boy was found.", [], id="age"),
        pytest.param("Party daily Granma said so.", [], id="daily-newspaper"),
    ],
)
def test_not_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def test_time_of_day_without_any_date_is_left_alone() -> None:
    assert _found("Doors open at 7:30 p.m. sharp.", dct=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He arrived today.", [("today", "DATE", "2019-05-15")], id="today"),
        pytest.param("He left yesterday.", [("yesterday", "DATE", "2019-05-14")], id="yesterday"),
        pytest.param("He returns tomorrow.", [("tomorrow", "DATE", "2019-05-16")], id="tomorrow"),
        pytest.param("They vote tonight.", [("tonight", "DATE", "2019-05-15")], id="tonight"),
        pytest.param(
            "It rained last night.", [("last night", "TIME", "2019-05-14TNI")], id="last-night"
        ),
        pytest.param(
            "The envoys met on Monday.", [("Monday", "DATE", "2019-05-13")], id="weekday-past"
        ),
        pytest.param(
            "The envoys will meet on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="weekday-future",
        ),
        pytest.param(
            "They spoke last Friday.", [("last Friday", "DATE", "2019-05-10")], id="last-friday"
        ),
        pytest.param("Sales fell last week.", [("last week", "DATE", "2019-W19")], id="last-week"),
        pytest.param(
            "Rates rise next month.", [("next month", "DATE", "2019-06")], id="next-month"
        ),
        pytest.param("Growth slowed this year.", [("this year", "DATE", "2019")], id="this-year"),
        pytest.param(
            "It was announced earlier this year.",
            [("earlier this year", "DATE", "2019")],
            id="earlier-this-year",
        ),
        pytest.param("It flooded last July.", [("last July", "DATE", "2018-07")], id="last-july"),
        pytest.param(
            "The law passed in January.", [("January", "DATE", "2019-01")], id="in-january"
        ),
        pytest.param(
            "The law will pass in January.",
            [("January", "DATE", "2020-01")],
            id="in-january-future",
        ),
        pytest.param(
            "It closed two years ago.", [("two years ago", "DATE", "2017")], id="years-ago"
        ),
        pytest.param("It closed a decade ago.", [("a decade ago", "DATE", "200")], id="decade-ago"),
        pytest.param(
            "Wages stalled in the last decade.",
            [("the last decade", "DATE", "200")],
            id="the-last-decade-is-the-previous-decade",
        ),
        pytest.param(
            "Wages rose over the past decade.",
            [("the past decade", "DURATION", "P10Y")],
            id="the-past-decade-is-a-duration",
        ),
        pytest.param(
            "It closed three days ago.", [("three days ago", "DATE", "2019-05-12")], id="days-ago"
        ),
        pytest.param(
            "Talks end at the end of the month.",
            [("the end of the month", "DATE", "2019-05")],
            id="end-of-month",
        ),
    ],
)
def test_relative_to_publication_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The storm hit on June 3, 2010. Three days later the river rose.",
            [("June 3, 2010", "DATE", "2010-06-03"), ("Three days later", "DATE", "2010-06-06")],
            id="days-later",
        ),
        pytest.param(
            "Troops left on June 3, 2010. The next day the town was quiet.",
            [("June 3, 2010", "DATE", "2010-06-03"), ("The next day", "DATE", "2010-06-04")],
            id="the-next-day",
        ),
        pytest.param(
            "The mill opened in 1990. The following year it burned.",
            [("1990", "DATE", "1990"), ("The following year", "DATE", "1991")],
            id="following-year",
        ),
        pytest.param(
            "The deal closed on June 3, 2010. That week the shares fell.",
            [("June 3, 2010", "DATE", "2010-06-03"), ("That week", "DATE", "2010-W22")],
            id="that-week",
        ),
    ],
)
def test_relative_to_previous_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The plant closed in March last year.",
            [("March last year", "DATE", "2018-03")],
            id="month-last-year",
        ),
        pytest.param(
            "It reopens in June next year.",
            [("June next year", "DATE", "2020-06")],
            id="month-next-year",
        ),
        pytest.param(
            "She was hurt in 2011 and her season ended in March of that year.",
            [("2011", "DATE", "2011"), ("March of that year", "DATE", "2011-03")],
            id="month-of-that-year",
        ),
        pytest.param(
            "He left in 2011 and came back in April the following year.",
            [("2011", "DATE", "2011"), ("April the following year", "DATE", "2012-04")],
            id="month-the-following-year",
        ),
        pytest.param(
            "They married in 2009 and moved in the autumn of that year.",
            [("2009", "DATE", "2009"), ("the autumn of that year", "DATE", "2009-FA")],
            id="season-of-that-year",
        ),
    ],
)
def test_year_phrase_after_a_month_names_its_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


def test_clock_stamps_of_a_dated_list_or_live_blog_are_times_of_its_day() -> None:
    text = (
        "Saturday 9 November 2024\n\n"
        "08:05 - The warning runs from 10:00 today.\n\n"
        "09:40 - The race, due on 23 November, is off.\n\n"
        "12:00 - The warning will be reviewed at 16:00.\n"
    )
    assert [(t.text, t.value) for t in tag(text, dct=dt.date(2024, 11, 9))] == [
        ("Saturday 9 November 2024", "2024-11-09"),
        ("08:05", "2024-11-09T08:05"),
        ("10:00 today", "2024-11-09T10:00"),
        ("09:40", "2024-11-09T09:40"),
        ("23 November", "2024-11-23"),
        ("12:00", "2024-11-09T12:00"),
        ("16:00", "2024-11-09T16:00"),
    ]
    timeline = "Outage timeline:\n- 2027-02-22 03:14: a certificate expires.\n- 04:02: alarm.\n"
    assert [(t.text, t.value) for t in tag(timeline, dct=dt.date(2027, 2, 25))][1:] == [
        ("03:14", "2027-02-22T03:14"),
        ("04:02", "2027-02-22T04:02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The final score was 10:00 after extra time.",  # no stamp: a ratio
        "Read John 3:16 - it says so.",  # not a line stamp
    ],
)
def test_clock_like_numbers_that_stamp_nothing_are_left_alone(text: str) -> None:
    assert tag(text, dct=DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They met on Valentine's Day in 2003.",
            [("Valentine's Day", "DATE", "2003-02-14"), ("2003", "DATE", "2003")],
            id="holiday-in-year",
        ),
        pytest.param(
            "The levee broke on New Year's Eve, 1998.",
            [("New Year's Eve, 1998", "DATE", "1998-12-31")],
            id="holiday-comma-year",
        ),
        pytest.param(
            "The dock was busy in the 1960s and shut two decades later.",
            [("the 1960s", "DATE", "196"), ("two decades later", "DATE", "198")],
            id="decades-later",
        ),
        pytest.param(
            "Trade grew in the 1880s and collapsed in the following decade.",
            [("the 1880s", "DATE", "188"), ("the following decade", "DATE", "189")],
            id="the-following-decade",
        ),
        pytest.param(
            "The abbey rose in the 12th century and fell in the next century.",
            [("the 12th century", "DATE", "11"), ("the next century", "DATE", "12")],
            id="the-next-century",
        ),
    ],
)
def test_years_of_holidays_and_narrative_decades(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


def test_narrative_anchor_and_why() -> None:
    (first, later) = tag("The storm hit on June 3, 2010. Three days later it left.", dct=DCT)
    assert first.anchor == "absolute"
    assert later.anchor == "narrative"
    assert "2010-06-03" in later.why


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        pytest.param("Rents soared in the 1990s.", ("the 1990s", "DATE", "199"), None, id="decade"),
        pytest.param(
            "Mills thrived in the 1800s.", ("the 1800s", "DATE", "18"), None, id="hundreds-century"
        ),
        pytest.param(
            "Rents soared in the '80s.", ("the '80s", "DATE", "198"), None, id="decade-short"
        ),
        pytest.param(
            "Mills spread in the 19th century.",
            ("the 19th century", "DATE", "18"),
            None,
            id="century",
        ),
        pytest.param(
            "Opens in spring 2024.", ("spring 2024", "DATE", "2024-SP"), None, id="season-year"
        ),
        pytest.param(
            "It opens next spring.", ("next spring", "DATE", "2020-SP"), None, id="next-spring"
        ),
        pytest.param(
            "Profit will rise in the third quarter.",
            ("the third quarter", "DATE", "2019-Q3"),
            None,
            id="quarter",
        ),
        pytest.param(
            "Profit rose in the third quarter.",
            ("the third quarter", "DATE", "2018-Q3"),
            None,
            id="quarter-past-tense",
        ),
        pytest.param(
            "Budgets for fiscal 2023 fell.", ("fiscal 2023", "DATE", "2023"), None, id="fiscal"
        ),
        pytest.param("Work starts mid-2019.", ("mid-2019", "DATE", "2019"), "MID", id="mid-year"),
        pytest.param(
            "Work starts early 2020.", ("early 2020", "DATE", "2020"), "START", id="early-year"
        ),
        pytest.param("Work ends late 2026.", ("late 2026", "DATE", "2026"), "END", id="late-year"),
    ],
)
def test_coarse_and_fuzzy(text: str, expected: tuple[str, str, str], mod: str | None) -> None:
    (t,) = tag(text, dct=DCT)
    assert (t.text, t.type, t.value) == expected
    assert t.mod == mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The talks lasted two hours.", [("two hours", "DURATION", "PT2H")], id="hours"
        ),
        pytest.param("A trial of three weeks.", [("three weeks", "DURATION", "P3W")], id="weeks"),
        pytest.param(
            "He served six years in office.", [("six years", "DURATION", "P6Y")], id="years"
        ),
        pytest.param("A 10-year bond.", [("10-year", "DURATION", "P10Y")], id="adjective"),
        pytest.param(
            "Sales fell over the past three months.",
            [("the past three months", "DURATION", "P3M")],
            id="the-past-months",
        ),
        pytest.param(
            "It took more than four hours.",
            [("more than four hours", "DURATION", "PT4H")],
            id="more-than",
        ),
        pytest.param("It has grown for years.", [("years", "DURATION", "PXY")], id="vague"),
        pytest.param("It took two decades.", [("two decades", "DURATION", "P20Y")], id="decades"),
        # TIMEX3 units for an unknown count of long units: E decade, C century.
        pytest.param(
            "It has lasted for decades.", [("decades", "DURATION", "PXE")], id="vague-decades"
        ),
        pytest.param(
            "The feud went on for many centuries.",
            [("many centuries", "DURATION", "PXC")],
            id="vague-centuries",
        ),
    ],
)
def test_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The club meets every Monday.",
            [("every Monday", "SET", "XXXX-WXX-1")],
            id="every-monday",
        ),
        pytest.param("The paper appears weekly.", [("weekly", "SET", "P1W")], id="weekly"),
        pytest.param("Trains leave daily.", [("daily", "SET", "P1D")], id="daily"),
        pytest.param("Fees are paid each month.", [("each month", "SET", "P1M")], id="each-month"),
    ],
)
def test_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Prices are high now.", [("now", "DATE", "PRESENT_REF")], id="now"),
        pytest.param(
            "She currently leads.", [("currently", "DATE", "PRESENT_REF")], id="currently"
        ),
        pytest.param("He recently quit.", [("recently", "DATE", "PAST_REF")], id="recently"),
        pytest.param("Plans for the future.", [("the future", "DATE", "FUTURE_REF")], id="future"),
        pytest.param("It failed.\n\nNow, he says, it works.", [], id="now-opening-a-paragraph"),
        pytest.param('It failed. "Now we see it work."', [], id="now-opening-a-quotation"),
        pytest.param(
            "It failed. Now it works.", [("Now", "DATE", "PRESENT_REF")], id="now-in-a-paragraph"
        ),
    ],
)
def test_present_past_future_refs(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Doors will open at 10:30 a.m. on Friday.",
            [("10:30 a.m. on Friday", "TIME", "2019-05-17T10:30")],
            id="time-with-weekday",
        ),
        pytest.param(
            "It began at 9 p.m. Tuesday.", [("9 p.m. Tuesday", "TIME", "2019-05-14T21:00")], id="pm"
        ),
    ],
)
def test_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He met them on Tuesday.", [("Tuesday", "DATE", "XXXX-WXX-2")], id="weekday"),
        pytest.param("It rained last year.", [("last year", "DATE", "PAST_REF")], id="last-year"),
        pytest.param("It opened on May 14.", [("May 14", "DATE", "XXXX-05-14")], id="month-day"),
        pytest.param("Rent rose two years ago.", [("two years ago", "DATE", "PAST_REF")], id="ago"),
        pytest.param("It is raining today.", [("today", "DATE", "PRESENT_REF")], id="today"),
    ],
)
def test_unresolved_without_dct(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, dct=None) == expected
    assert all(t.anchor == "unresolved" for t in tag(text))


def test_without_dct_a_dateline_is_not_taken_for_the_publication_date() -> None:
    found = _found("Published 4 March 2021\nThe vote is today, and the next one on May 14.", None)
    assert found == [
        ("4 March 2021", "DATE", "2021-03-04"),
        ("today", "DATE", "PRESENT_REF"),
        ("May 14", "DATE", "XXXX-05-14"),
    ]


@pytest.mark.parametrize(
    ("order", "value"),
    [
        pytest.param("mdy", "2024-03-04", id="mdy"),
        pytest.param("dmy", "2024-04-03", id="dmy"),
        pytest.param("auto", "2024-03-04", id="auto-defaults-to-mdy"),
    ],
)
def test_ambiguous_numeric_date_order(order: str, value: str) -> None:
    (t,) = tag("Filed 03/04/2024 in court.", dct=DCT, date_order=order)  # type: ignore[arg-type]
    assert t.value == value


def test_auto_order_follows_unambiguous_dates_in_text() -> None:
    values = [t.value for t in tag("Filed 25/12/2023 and 03/04/2024.", dct=DCT)]
    assert values == ["2023-12-25", "2024-04-03"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        pytest.param("It ran from 2016 to 2019.", ((0, 1),), id="from-to"),
        pytest.param("It ran between 2016 and 2019.", ((0, 1),), id="between-and"),
        pytest.param("It ran 2014-2016.", ((0, 1),), id="dash"),
        pytest.param("Held May 14-16, 2019.", ((0, 1),), id="day-range"),
        pytest.param("Open from March to June.", ((0, 1),), id="months"),
        pytest.param("In 2016 and 2019 it won.", (), id="not-a-range"),
    ],
)
def test_find_ranges(text: str, pairs: tuple[tuple[int, int], ...]) -> None:
    timexes = tag(text, dct=DCT)
    assert find_ranges(text, timexes) == pairs


def test_day_range_values() -> None:
    assert _found("Held May 14-16, 2019.") == [
        ("May 14", "DATE", "2019-05-14"),
        ("16, 2019", "DATE", "2019-05-16"),
    ]


def test_seed_style_article() -> None:
    text = (
        "The secretary of state flew to Sochi on Tuesday for talks. We heard little.\n"
        "Ties have been strained since the 2014 annexation of Crimea and the 2016 U.S. "
        "presidential election. Asked about meddling in 2020, he said now is the time to talk."
    )
    found = tag(text, dct=DCT)
    values = {t.text: (t.type, t.value) for t in found}
    assert values["Tuesday"] == ("DATE", "2019-05-14")
    assert values["2014"] == ("DATE", "2014")
    assert values["2016"] == ("DATE", "2016")
    assert values["2020"] == ("DATE", "2020")
    assert values.get("now", ("DATE", "PRESENT_REF"))[1] == "PRESENT_REF"
    assert not any(t.text.lower() == "we" for t in found)
    tuesday = next(t for t in found if t.text == "Tuesday")
    assert tuesday.anchor == "dct"
    assert "2019-05-15" in tuesday.why


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("May " * 20_000, id="may-repeated"),
        pytest.param("1" * 100_000, id="digit-run"),
        pytest.param("the past " * 10_000, id="prefix-repeated"),
        pytest.param("a" * 50_000 + " 2019", id="long-word"),
    ],
)
def test_adversarial_inputs_terminate_with_valid_spans(text: str) -> None:
    for t in tag(text, dct=DCT):
        assert text[t.start : t.end] == t.text


def test_output_is_sorted_non_overlapping_and_pure() -> None:
    text = "On Monday, May 13, 2019, and in 2020 and two years ago, now and then, daily."
    first = tag(text, dct=DCT)
    assert first == tag(text, dct=DCT)
    for a, b in itertools.pairwise(first):
        assert a.end <= b.start
    for t in first:
        assert text[t.start : t.end] == t.text


_TEMPORAL_WORDS = st.sampled_from(
    "May March last next the of in 1990 1990s '80s 14 Jan. 2019-05-14 5/14/2019 two years ago "
    "later Monday night today now spring every daily noon 10 p.m. - to between and Q3 fiscal "
    "year-earlier quarter $ % 24/7 7-2".split()
)


@settings(deadline=None, max_examples=150)
@given(
    st.lists(st.one_of(_TEMPORAL_WORDS, st.text(max_size=6)), max_size=30).map(" ".join),
    st.sampled_from([None, DCT, dt.date(2000, 2, 29)]),
)
def test_any_text_gives_sorted_exact_spans(text: str, dct: dt.date | None) -> None:
    found = tag(text, dct=dct)
    assert found == tag(text, dct=dct)
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for i, j in find_ranges(text, found):
        assert 0 <= i < j < len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rock ruled the seventies.", [("the seventies", "DATE", "197")], id="decade-word"
        ),
        pytest.param(
            "Fans in the 80s loved it.", [("the 80s", "DATE", "198")], id="decade-no-apostrophe"
        ),
        pytest.param("A man in his 80s spoke.", [], id="age-not-decade"),
        pytest.param(
            "It opened on the eighth of March.",
            [("the eighth of March", "DATE", "2019-03-08")],
            id="ordinal-of-month",
        ),
        pytest.param(
            "Net rose in the quarter ended March 31.",
            [("the quarter", "DATE", "2019-Q1"), ("March 31", "DATE", "2019-03-31")],
            id="quarter-ended",
        ),
        pytest.param(
            "Net rose in the fourth quarter from the previous quarter.",
            [
                ("the fourth quarter", "DATE", "2018-Q4"),
                ("the previous quarter", "DATE", "2018-Q3"),
            ],
            id="previous-quarter-after-a-quarter",
        ),
        pytest.param(
            "Net rose 5% from the year-earlier quarter.",
            [("the year-earlier quarter", "DATE", "2018-Q1")],
            id="year-earlier-quarter-alone-is-the-last-full-one",
        ),
        pytest.param(
            "Revenue for the year ended March 31 fell.",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2019-03-31")],
            id="year-ended",
        ),
        pytest.param("It pays $1.76 a year.", [], id="rate-is-not-a-set"),
        pytest.param(
            "She calls twice a week.", [("twice a week", "SET", "P1W")], id="twice-a-week"
        ),
        pytest.param("Now, the council said, it is over.", [], id="discourse-now"),
        pytest.param(
            "Crowds gathered as Easter week began.",
            [("Easter week", "DATE", "2019-W16")],
            id="easter-week",
        ),
        pytest.param(
            "He left a week or so ago.",
            [("a week or so ago", "DATE", "2019-05-08")],
            id="or-so-ago",
        ),
        pytest.param("Talks must end by July.", [("July", "DATE", "2019-07")], id="by-month-ahead"),
        pytest.param(
            "The summit opens Monday.", [("Monday", "DATE", "2019-05-20")], id="schedule-present"
        ),
        pytest.param(
            "Troops left at 0800 GMT Monday.",
            [("0800 GMT Monday", "TIME", "2019-05-13T08:00")],
            id="wire-time",
        ),
        pytest.param(
            "They stayed for many years.", [("many years", "DURATION", "PXY")], id="many-years"
        ),
        pytest.param("Some days are good.", [], id="some-days-not-a-duration"),
        pytest.param(
            "The team planned to leave on Thursday.",
            [("Thursday", "DATE", "2019-05-16")],
            id="plan-looks-ahead",
        ),
        pytest.param(
            "They meet separately Monday.",
            [("Monday", "DATE", "2019-05-20")],
            id="present-plural-schedule",
        ),
        pytest.param(
            "Until Tuesday, they had not called him a suspect.",
            [("Tuesday", "DATE", "2019-05-14")],
            id="until-past-perfect",
        ),
        pytest.param(
            "Traders sold ahead of the weekend.",
            [("the weekend", "DATE", "2019-W20-WE")],
            id="ahead-of-weekend",
        ),
        pytest.param(
            "The index is up 5% since year-end.",
            [("year-end", "DATE", "2018-12-31")],
            id="since-year-end",
        ),
        pytest.param(
            "Debt will be cut by year-end.",
            [("year-end", "DATE", "2019-12-31")],
            id="by-year-end",
        ),
        pytest.param(
            "The attack began as planned Saturday night.",
            [("Saturday night", "DATE", "2019-05-11")],
            id="as-planned-is-past",
        ),
        pytest.param(
            "Kick-off is at 3.30pm. Doors open at 2 pm.",
            [("3.30pm", "TIME", "2019-05-15T15:30"), ("2 pm", "TIME", "2019-05-15T14:00")],
            id="pm-without-dots-leaves-the-full-stop",
        ),
        pytest.param(
            "The season opens on the first Monday of September.",
            [("the first Monday of September", "DATE", "2019-09-02")],
            id="nth-weekday-of-month",
        ),
        pytest.param(
            "The vote was held on the last Sunday in March 2018.",
            [("the last Sunday in March 2018", "DATE", "2018-03-25")],
            id="last-weekday-in-month-and-year",
        ),
        pytest.param(
            "The fair runs from 12 to 14 July.",
            [("12", "DATE", "2019-07-12"), ("14 July", "DATE", "2019-07-14")],
            id="dmy-day-range-with-to",
        ),
        pytest.param(
            "The firm will hire more staff in the new year.",
            [("the new year", "DATE", "2020")],
            id="the-new-year-is-the-next",
        ),
        pytest.param(
            "The strike will last 48 hours. Talks could last months.",
            [("48 hours", "DURATION", "PT48H"), ("months", "DURATION", "PXM")],
            id="last-as-a-verb-stays-out",
        ),
        pytest.param(
            "Prices fell in the last six weeks.",
            [("the last six weeks", "DURATION", "P6W")],
            id="last-as-an-adjective-stays-in",
        ),
        pytest.param(
            "Police were called at 2.15am on Sunday 12 May.",
            [("2.15am on Sunday 12 May", "TIME", "2019-05-12T02:15")],
            id="time-on-weekday-day-month",
        ),
        pytest.param(
            "The strike began at 00:01 on Tuesday.",
            [("00:01 on Tuesday", "TIME", "2019-05-14T00:01")],
            id="24-hour-clock-after-at",
        ),
        pytest.param("The score was 2:1 at the break.", [], id="a-score-is-no-time"),
        pytest.param(
            "Count begins at 9am\n\nSaturday 13 April: the final",
            [("9am", "TIME", "2019-05-15T09:00"), ("Saturday 13 April", "DATE", "2019-04-13")],
            id="a-time-does-not-reach-across-a-paragraph",
        ),
        pytest.param(
            "The company hopes to double sales by the end of the decade.",
            [("the end of the decade", "DATE", "201")],
            id="end-of-the-decade",
        ),
        pytest.param("He was the best player of the decade.", [], id="the-decade-alone-is-none"),
        pytest.param(
            "Sales in 1988 rose 4% from the prior year.",
            [("1988", "DATE", "1988"), ("the prior year", "DATE", "1987")],
            id="the-prior-year",
        ),
        pytest.param(
            "Net rose 5% in the third quarter of 2018 from the prior quarter.",
            [
                ("the third quarter of 2018", "DATE", "2018-Q3"),
                ("the prior quarter", "DATE", "2018-Q2"),
            ],
            id="the-prior-quarter",
        ),
        pytest.param(
            "The talks collapsed on Monday. The day before, the envoy had left.",
            [("Monday", "DATE", "2019-05-13"), ("The day before", "DATE", "2019-05-12")],
            id="the-day-before-counts-from-the-story",
        ),
        pytest.param(
            "The day before the vote, he resigned.", [], id="the-day-before-an-event-is-no-shift"
        ),
        pytest.param(
            "Sales rose in H1 2019. The H1 visa rule stays.",
            [("H1 2019", "DATE", "2019-H1")],
            id="half-year-code-with-its-year",
        ),
        pytest.param(
            "Trading ends at 14:00 BST, or 15:00 CET.",
            [("14:00 BST", "TIME", "2019-05-15T14:00"), ("15:00 CET", "TIME", "2019-05-15T15:00")],
            id="european-time-zones",
        ),
        pytest.param(
            "The fund was set up in March 2018. On the 14th, it collapsed.",
            [("March 2018", "DATE", "2018-03"), ("the 14th", "DATE", "2018-03-14")],
            id="on-the-nth-in-the-month-named",
        ),
        pytest.param(
            "The vote is on the 14th.",
            [("the 14th", "DATE", "2019-06-14")],
            id="on-the-nth-ahead-is-next-month",
        ),
        pytest.param("He lives on the 14th floor.", [], id="the-nth-floor-is-no-day"),
        pytest.param(
            "Thousands may march on Sunday.",
            [("Sunday", "DATE", "2019-05-19")],
            id="may-as-a-modal-looks-ahead",
        ),
        pytest.param(
            "The board must decide on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="must-looks-ahead",
        ),
        pytest.param(
            "He may have left on Monday.",
            [("Monday", "DATE", "2019-05-13")],
            id="may-have-is-past",
        ),
        pytest.param(
            "The tournament is held every few years.",
            [("every few years", "SET", "PXY")],
            id="every-few-years",
        ),
        pytest.param(
            "Crowds marched on May Day.", [("May Day", "DATE", "2019-05-01")], id="may-day"
        ),
        pytest.param(
            "The Easter Rising shaped Ireland. Christmas Island is remote.",
            [],
            id="a-holiday-word-in-a-name",
        ),
        pytest.param(
            "Mass is said on Christmas Eve.",
            [("Christmas Eve", "DATE", "2018-12-24")],
            id="a-two-word-holiday-stays",
        ),
    ],
)
def test_more_timeml_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def test_importing_tagger_does_not_import_dateparser() -> None:
    # The CLI's cold start must stay fast: dateparser is imported lazily by dates.py only.
    assert "timeline.parse.tagger" in sys.modules
    if "dateparser" in sys.modules:
        pytest.skip("another test imported dateparser first")
    assert "dateparser" not in sys.modules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Prices rose in May.", [("May", "DATE", "2019-05")], id="in-may"),
        pytest.param("Sales rose in April, May and June.", 3, id="month-list"),
        pytest.param("It peaked mid-May.", [("mid-May", "DATE", "2019-05")], id="mid-may"),
        pytest.param("May said no. March on!", [], id="verb-and-name"),
        pytest.param("June Carter sang.", [], id="first-name"),
    ],
)
def test_bare_month_context(text: str, expected: list[tuple[str, str, str]] | int) -> None:
    found = _found(text)
    if isinstance(expected, int):
        assert len(found) == expected
    else:
        assert found == expected


def test_repeated_month_names_are_dropped_before_scanning() -> None:
    # "May May May ..." used to become one rejected candidate per word (seconds per MB).
    text = "May " * 50_000
    assert tag(text, dct=DCT) == ()
    assert len(tag("June " * 50_000, dct=DCT)) == 1  # only the last is not a first name


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        pytest.param(
            "The ferry hit a reef on March 3, 1950, and capsized early the next morning.",
            dt.date(2020, 3, 1),
            [
                ("March 3, 1950", "DATE", "1950-03-03"),
                ("early the next morning", "DATE", "1950-03-04"),
            ],
            id="next-morning-after-narrative-date",
        ),
        pytest.param(
            "The mill closed in May 2018. A ruling is due by the spring.",
            dt.date(2025, 11, 2),
            [("May 2018", "DATE", "2018-05"), ("spring", "DATE", "2026-SP")],
            id="season-ahead-ignores-narrative-year",
        ),
        pytest.param(
            "The mill closed in May 2018. In the spring, workers protested.",
            dt.date(2025, 11, 2),
            [("May 2018", "DATE", "2018-05"), ("spring", "DATE", "2018-SP")],
            id="season-in-past-narrative",
        ),
        pytest.param(
            "The treaty would go to parliament in October.",
            dt.date(2021, 5, 3),
            [("October", "DATE", "2021-10")],
            id="conditional-month-ahead",
        ),
        pytest.param(
            "The farmers' market launches in July.",
            dt.date(2020, 4, 8),
            [("July", "DATE", "2020-07")],
            id="scheduled-present-month-ahead",
        ),
        pytest.param(
            "Organisers unveiled a bigger stage for this winter.",
            dt.date(2022, 9, 20),
            [("this winter", "DATE", "2022-WI")],
            id="this-season-is-dct-year-despite-past-verb",
        ),
        pytest.param(
            "The survey ran from 2010 to 2015; a follow-up came two years later.",
            dt.date(2021, 1, 5),
            [
                ("2010", "DATE", "2010"),
                ("2015", "DATE", "2015"),
                ("two years later", "DATE", "2012"),
            ],
            id="later-after-range-counts-from-start",
        ),
        pytest.param(
            "Two weeks later, on June 2, 1944, the fleet sailed.",
            dt.date(2019, 5, 15),
            [("Two weeks later", "DATE", "1944-06-02"), ("June 2, 1944", "DATE", "1944-06-02")],
            id="relative-in-apposition-takes-explicit-date",
        ),
        pytest.param(
            "Thirty years ago today, the wall fell.",
            dt.date(2019, 11, 9),
            [("Thirty years ago today", "DATE", "1989-11-09")],
            id="years-ago-today-is-a-day",
        ),
        pytest.param(
            "A decade ago this month, the bank failed.",
            dt.date(2018, 9, 15),
            [("A decade ago this month", "DATE", "2008-09")],
            id="ago-this-month-is-a-month",
        ),
        pytest.param(
            "The board rejected the budget plan on Monday.",
            dt.date(2019, 5, 15),
            [("Monday", "DATE", "2019-05-13")],
            id="noun-plan-is-no-future-cue",
        ),
        pytest.param(
            "The report, written by auditors in February, could change things.",
            dt.date(2019, 5, 15),
            [("February", "DATE", "2019-02")],
            id="irregular-participle-is-past",
        ),
        pytest.param(
            "The agency has given them until Friday to leave.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-17")],
            id="present-perfect-deadline-ahead",
        ),
        pytest.param(
            "Revenue for fiscal 1996, which ended Sept. 30, fell.",
            dt.date(2019, 5, 15),
            [("fiscal 1996", "DATE", "1996"), ("Sept. 30", "DATE", "1996-09-30")],
            id="partial-date-takes-year-of-same-sentence",
        ),
        pytest.param(
            "By Friday, the strike was over.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-10")],
            id="by-deadline-in-past-clause",
        ),
        pytest.param(
            "Sales have been flat this year through March.",
            dt.date(2019, 5, 15),
            [("this year", "DATE", "2019"), ("March", "DATE", "2019-03")],
            id="through-ends-a-range-not-a-deadline",
        ),
        pytest.param(
            "The store stays open through March.",
            dt.date(2019, 5, 15),
            [("March", "DATE", "2020-03")],
            id="through-alone-is-a-deadline-ahead",
        ),
        pytest.param(
            "On Tuesday, the union of school teachers and nurses in the region plans to march.",
            dt.date(2019, 5, 15),
            [("Tuesday", "DATE", "2019-05-21")],
            id="future-cue-after-a-long-subject",
        ),
        pytest.param(
            "Tuesday's vote clears the way for a tender process, which will close in June.",
            dt.date(2019, 5, 15),
            [("Tuesday", "DATE", "2019-05-14"), ("June", "DATE", "2019-06")],
            id="relative-clause-tense-is-not-the-clause-tense",
        ),
        pytest.param(
            "In the six months ended June 30, profit rose.",
            dt.date(2019, 5, 15),
            [("the six months", "DURATION", "P6M"), ("June 30", "DATE", "2018-06-30")],
            id="ended-day-is-over",
        ),
        pytest.param(
            "Police said the man, arrested Saturday, would appear in court Monday.",
            dt.date(2019, 5, 15),
            [("Saturday", "DATE", "2019-05-11"), ("Monday", "DATE", "2019-05-20")],
            id="would-just-before-is-ahead-despite-earlier-past-cues",
        ),
        pytest.param(
            "Relatives said they would fight Tuesday's ruling.",
            dt.date(2019, 5, 15),
            [("Tuesday", "DATE", "2019-05-14")],
            id="would-before-a-possessive-day-is-not-its-tense",
        ),
        pytest.param(
            "The results are to be announced Friday.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-17")],
            id="is-to-be-done-is-ahead",
        ),
        pytest.param(
            "Officials hope to reopen the road Monday.",
            dt.date(2019, 5, 15),
            [("Monday", "DATE", "2019-05-20")],
            id="hope-to-is-ahead",
        ),
        pytest.param(
            "Funeral services are Saturday.",
            dt.date(2019, 5, 15),
            [("Saturday", "DATE", "2019-05-18")],
            id="copula-day-is-the-day-set",
        ),
        pytest.param(
            "He would have turned 80 on Monday.",
            dt.date(2019, 5, 15),
            [("Monday", "DATE", "2019-05-13")],
            id="would-have-is-no-future",
        ),
        pytest.param(
            "The contract expires in April.",
            dt.date(2019, 5, 15),
            [("April", "DATE", "2020-04")],
            id="future-month-eleven-months-ahead",
        ),
        pytest.param(
            "The law takes effect in January.",
            dt.date(2019, 5, 15),
            [("January", "DATE", "2020-01")],
            id="takes-effect-is-ahead",
        ),
        pytest.param(
            "The company expects profit to rise in the first quarter.",
            dt.date(2019, 11, 4),
            [("the first quarter", "DATE", "2020-Q1")],
            id="future-quarter-already-past-is-next-year",
        ),
        pytest.param(
            "The company will post third-quarter results on Friday.",
            dt.date(2019, 11, 4),
            [("third-quarter", "DATE", "2019-Q3"), ("Friday", "DATE", "2019-11-08")],
            id="quarter-just-ended-stays-this-year",
        ),
        pytest.param(
            "They will meet on Christmas Eve.",
            dt.date(2019, 5, 15),
            [("Christmas Eve", "DATE", "2019-12-24")],
            id="holiday-ahead-in-future-clause",
        ),
        pytest.param(
            "They met on Christmas Eve.",
            dt.date(2019, 5, 15),
            [("Christmas Eve", "DATE", "2018-12-24")],
            id="holiday-past-in-past-clause",
        ),
        pytest.param(
            "The council will vote on the plan on Aug. 2.",
            dt.date(2019, 10, 10),
            [("Aug. 2", "DATE", "2020-08-02")],
            id="future-day-ten-months-ahead",
        ),
        pytest.param(
            "The 2008 crisis hit the bank in September.",
            dt.date(2019, 5, 15),
            [("2008", "DATE", "2008"), ("September", "DATE", "2008-09")],
            id="month-takes-year-of-same-sentence",
        ),
        pytest.param(
            "Prices rose last winter.",
            dt.date(2019, 1, 10),
            [("last winter", "DATE", "2017-WI")],
            id="last-winter-in-january-is-the-one-before-this",
        ),
        pytest.param(
            "They met Friday at noon.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-10"), ("noon", "TIME", "2019-05-10T12:00")],
            id="noon-of-the-day-just-named",
        ),
        pytest.param(
            "The verdict is due two weeks from now.",
            dt.date(2019, 5, 15),
            [("two weeks from now", "DATE", "2019-05-29")],
            id="weeks-from-now-is-a-day-like-weeks-ago",
        ),
        pytest.param(
            "He was arrested on March 3, 1990. A fortnight later, he escaped.",
            dt.date(2019, 5, 15),
            [("March 3, 1990", "DATE", "1990-03-03"), ("A fortnight later", "DATE", "1990-03-17")],
            id="fortnight-later-is-two-weeks",
        ),
        pytest.param(
            "The company said Friday it lost money, against a profit a year earlier.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-10"), ("a year earlier", "DATE", "2018")],
            id="year-earlier-than-a-news-day-is-a-year",
        ),
        pytest.param(
            "The agency said Friday that prices were up from a month earlier.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-10"), ("a month earlier", "DATE", "2019-04")],
            id="month-earlier-than-a-news-day-is-a-month",
        ),
        pytest.param(
            "He was arrested on March 3, 1990. A year later, he escaped.",
            dt.date(2019, 5, 15),
            [("March 3, 1990", "DATE", "1990-03-03"), ("A year later", "DATE", "1991-03-03")],
            id="year-later-than-a-story-day-is-a-day",
        ),
        pytest.param(
            "Sales rose. The fourth quarter will be weaker.",
            dt.date(2019, 5, 15),
            [("The fourth quarter", "DATE", "2019-Q4")],
            id="tense-is-read-in-the-timex-own-sentence",
        ),
        pytest.param(
            "Prices will fall. Friday was quiet.",
            dt.date(2019, 5, 15),
            [("Friday", "DATE", "2019-05-10")],
            id="sentence-opening-timex-ignores-the-sentence-before",
        ),
    ],
)
def test_tense_and_anchor_choices(
    text: str, dct: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected, dct)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They held the bridge for a month and a half.",
            [("a month and a half", "DURATION", "P45D")],
            id="unit-and-a-half",
        ),
        pytest.param(
            "She won a second six-year term.",
            [("six-year", "DURATION", "P6Y")],
            id="adjectival-duration-without-its-noun",
        ),
        pytest.param(
            "The show airs every Friday evening.",
            [("every Friday evening", "SET", "XXXX-WXX-5TEV")],
            id="set-weekday-with-day-part",
        ),
    ],
)
def test_duration_and_set_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def _hits_by_tokens(text: str) -> list[list[int]]:
    """The keyword scan written plainly: every _TOKEN, looked up one by one."""
    from timeline.parse import tagger as tg

    hits: list[list[int]] = [[] for _ in tg._RULES]
    prev1 = prev2 = ""
    for tok in re.finditer(r"[A-Za-z]+|\d+", text):
        word = tok.group()
        if word[0].isdigit():
            end = tok.end()
            nxt = text[end : end + 1]
            if len(word) == 4:
                hits[tg._R_YEAR].append(tok.start())
            elif len(word) == 2 and text[tok.start() - 1 : tok.start()] in ("'", "’"):
                hits[tg._R_YEAR].append(tok.start() - 1)  # "in '87"
            if nxt in ("s", "'", "’") and len(word) in (2, 4):
                hits[tg._R_DECADE].append(tok.start())
            if nxt in ("/", ".", "-") and text[end + 1 : end + 2].isdigit():
                hits[tg._R_NUMERIC].append(tok.start())
            if nxt == ":":
                hits[tg._R_TIME].append(tok.start())
            low_after = tg._ascii_lower(text[end : end + 3])
            ordinal = low_after[:2] in ("st", "nd", "rd", "th")
            if len(word) <= 2 and ordinal and not "a" <= low_after[2:3] <= "z":
                hits[tg._R_NUMERIC].append(tok.start())  # "on the 14th"
            prev2, prev1 = prev1, "0"
            continue
        low = word.lower()
        for r, guard, deep in tg._KEYWORDS.get(low, ()):
            if guard is None or prev1 in guard or (deep and prev2 in guard):
                if r == tg._R_MONTH and tg._bare_month_rejected(text, word, tok.start(), tok.end()):
                    continue
                hits[r].append(tok.start())
        prev2, prev1 = prev1, low
    return [sorted(h) for h in hits]


@pytest.mark.parametrize(
    "text",
    [
        "FY2019 and 5pm, 10am; Q3 2019's 1990s, the '90s; x3am 53am A320 mp3",
        "two more years, an additional year, a further 3 months, 12 days; last week",
        "İstanbul, two İ years; 5 \u212aelvin days; ΣΑΣ three days later",
        "١٢٣٤ years, ٢٠١٩ and 12:30 p.m. EST; 2019-05-14 5/14/2019",
        "days" + " " * 100 + "days" + "-" * 50 + "two" + "\n" * 45 + "years",
        "May May May, April Ryan said; in June Carter's day",
        "years at the start; 4 years",
    ],
)
def test_keyword_scan_matches_token_loop(text: str) -> None:
    from timeline.parse import tagger as tg

    assert [sorted(h) for h in tg._hits(text)] == _hits_by_tokens(text)
    assert tg._hits(text) == [sorted(h) for h in tg._hits(text)]  # text order


_SCAN_PIECES = [
    *"two years Year day 5 2019 pm May - İ x \u212a 's s : / the last ٣ a DAYS 90 th".split(),
    " ",
    "  ",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_SCAN_PIECES),
        max_size=40,
    ).map("".join)
)
def test_keyword_scan_matches_token_loop_fuzzed(text: str) -> None:
    from timeline.parse import tagger as tg

    assert tg._hits(text) == _hits_by_tokens(text)


def _tokens_by_runs(data: bytes) -> list[tuple[int, int, bytes | None]]:
    """_fast_tokens written plainly: every run of letters or digits in the bytes; a
    letter run after a space that is a keyword, and every digit run."""
    from timeline.parse import tagger as tg

    keyed = data.translate(tg._KEY_BYTES)
    toks: list[tuple[int, int, bytes | None]] = []
    for run in re.finditer(rb"[a-z]+|[0-9]+", keyed):
        a, b = run.span()
        if run.group()[:1].isdigit():
            toks.append((a - 1, b - 1, None))
        elif keyed[a - 1 : a] == b" " and run.group() in tg._KEYWORD_BYTES:
            toks.append((a - 1, b - 1, run.group()))
    return sorted(toks, key=lambda t: (t[0], t[1], t[2] or b""))


_BYTE_PIECES = [
    *b"q h may mayor pm am day days years year the x fy 3 2019 14 th st".split(),
    b" ",
    b"  ",
    b".",
    b"-",
    b"\xe9",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BYTE_PIECES), max_size=30).map(b"".join))
def test_fast_tokens_find_every_keyword_and_number(body: bytes) -> None:
    """The set lookup of words and the byte searches miss no token and add none,
    wherever a keyword stands (at the end, before a digit, repeated, inside a word)."""
    from timeline.parse import tagger as tg

    data = b" " + body.lower()
    got = sorted(tg._fast_tokens(data), key=lambda t: (t[0], t[1], t[2] or b""))
    assert got == _tokens_by_runs(data)


def test_ignorecase_fold_table_matches_re() -> None:
    from timeline.parse import tagger as tg

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(letter, every, re.IGNORECASE))
        assert matched == set(tg._FOLDS.get(letter, letter + letter.upper())), letter


def _starts_agree(text: str) -> None:
    """Every position where a rule can match (but the text's first) follows a space or DEL
    in the spaced text, after a space its spaced finder matches, and so the rule's scan
    finds the same matches as finditer, in any windows."""
    from timeline.parse import tagger as tg

    spaced = tg._spaced(text)
    assert len(spaced) == len(text)
    for r, name in enumerate(tg._R_NAMES):
        pattern = tg._RULES[r][0]
        for k in sorted({3, 5, tg._START_K.get(name, 3)}):
            finder = tg._spaced_finder(pattern, k)
            if finder is None:  # matches may start inside a word: the scan is finditer
                continue
            # Where every prefix class holds both cases, the lowered finder reads the
            # lowered spaced text.
            low = tg._spaced_finder(pattern, k, lower=True) if tg._case_free(pattern, k) else None
            for p in range(1, len(text)):
                for hi in (len(text), min(len(text), p + 5)):
                    if pattern.compiled.match(text, p, hi):
                        where = (name, k, text[p : p + 40])
                        assert spaced[p - 1] in (32, 127), where  # after a non-word character
                        if spaced[p - 1] == 32:
                            assert finder.match(spaced, p - 1, hi), where
                            if low is not None:
                                assert low.match(spaced.lower(), p - 1, hi), where
        n = len(text)
        for windows in ([(0, n)], [(3, n)], [(0, min(n, 9)), (min(n, 12), n)], [(5, min(n, 30))]):
            windows = [(lo, hi) for lo, hi in windows if lo < hi]
            want = [
                (m.span(), m.groups())
                for lo, hi in windows
                for m in pattern.compiled.finditer(text, lo, hi)
            ]
            got = [(m.span(), m.groups()) for m in tg._scan(text, spaced, r, windows)]
            assert got == want, (name, windows)


@pytest.mark.parametrize(
    "text",
    [
        "In the past three years, a year-earlier quarter; Q3 2019 and the 1990s. "
        "Last Tuesday morning, the day before yesterday, every Friday evening, nearly "
        "two-and-a-half years, some ſeveral dayſ, İts ten \u212aelvin weeks, mid-summer",
        "the previous fiscal year, this coming weekend, the near future, in the early "
        "21st century, late spring 2019, fourth-quarter profit, 2Q, the latter half",
        "“Last year” —two weeks ago—on May 5, 2019, 10:30 a.m. EST; 03/04/2024 and\x7fJune 5"
        "_2019 ٣ years, (Christmas Eve) at noon, weekly, the 1980s, ’90s",
        "Lebanon the 14th, Anon the 3rd and on the 5th; won by the 21st.",
    ],
)
def test_spaced_finders_cover_every_match(text: str) -> None:
    _starts_agree(text)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"the a an A last next this past three ten 10 1990 2019 year years Year day "
                "week month quarter half Q3 early mid late spring morning Friday Tuesday "
                "ago earlier later every each twice now recently future term ſome \u212a İ ı "
                "fiscal first second 21st century nearly more than about May June 5 30 "
                "p.m. 10:30 03/04 Christmas é ٣".split(),
                " ",
                "-",
                ",",
                ".",
                "'",
                "\n",
                "—",
                "’",
                "“",
                "\x7f",
                "_",
                "$",
                "/",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_spaced_finders_cover_every_match_fuzzed(text: str) -> None:
    _starts_agree(text)


@pytest.mark.parametrize(
    ("source", "opens"),
    [
        (r"(?<![\w.])foo", True),
        (r"\bfoo", True),
        (r"\b(?:the )?foo", True),
        (r"(?i)\bfoo|(?<!\w)bar", True),
        (r"foo", False),
        (r"\b\.foo", False),
        (r"(?<!x)foo", False),
        (r"(?<![^\w])foo", False),
        (r"\bfoo|bar", False),
        (r"\b(?:foo|\s)", False),
    ],
)
def test_spaced_finder_only_for_matches_that_open_a_word(source: str, opens: bool) -> None:
    from timeline.parse import tagger as tg

    assert (tg._spaced_finder(tg._Lazy(source, 0), 3) is not None) == opens


def test_spaced_finders_for_the_rules_that_open_a_word() -> None:
    from timeline.parse import tagger as tg

    # "on the 14th" can begin inside a word ("Anon the 3rd"), so the numeric rule's whole
    # pattern has no spaced finder; every other rule opens at a word.
    missing = [
        n
        for n, (p, _h) in zip(tg._R_NAMES, tg._RULES, strict=True)
        if tg._spaced_finder(p, 3) is None
    ]
    assert missing == ["_h_numeric"]
    # Its scan uses a finder for the branches that open a word, and tries the inner
    # branch before each " the <digit>".
    finder, _match, inner, _lower = tg._scanner(tg._R_NUMERIC)
    assert finder is not None
    assert inner is not None
    assert list(tg._INNER_STARTS) == ["_h_numeric"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"on On ON by until untİl since ſince SINCE from before after Lebanon Anon "
                "the The THE tHe 14th 3rd 1st 21st 31st 5th 05th 3 ٣ 1990 5/14/2019 and or "
                "to at é".split(),
                *[
                    f"{w} the {d}"
                    for w in "on by until since from before after Anon xbefore é".split()
                    for d in ("14th", "5th")
                ],
                " ",
                "  ",
                ",",
                ".",
                "-",
                "/",
                "\n",
                "\x7f",
                "’",
            ]
        ),
        max_size=24,
    ).map("".join)
)
def test_numeric_scan_finds_every_inner_match(text: str) -> None:
    """The numeric rule's "on the 14th" branch, which can begin inside a word, is found
    by its scan exactly as finditer finds it, in any windows."""
    from timeline.parse import tagger as tg

    spaced = tg._spaced(text)
    pattern = tg._RULES[tg._R_NUMERIC][0].compiled
    n = len(text)
    for windows in ([(0, n)], [(1, n)], [(0, n // 2), (n // 2 + 1, n)], [(3, max(3, n - 2))]):
        windows = [(lo, hi) for lo, hi in windows if lo < hi]
        want = [
            (m.span(), m.groups()) for lo, hi in windows for m in pattern.finditer(text, lo, hi)
        ]
        got = [(m.span(), m.groups()) for m in tg._scan(text, spaced, tg._R_NUMERIC, windows)]
        assert got == want, windows


@pytest.mark.parametrize(
    ("source", "flags", "free"),
    [
        (r"\bmay", re.IGNORECASE, True),
        (r"\b(?:May|June)", 0, False),
        (r"\b(?:(?i:last)|May)", 0, False),
        (r"(?<!\w)\d{4}", 0, True),
        (r"(?<!\w)since", re.IGNORECASE, True),  # "ſince": DEL stays in the class
    ],
)
def test_lowered_finder_only_where_every_class_holds_both_cases(
    source: str, flags: int, free: bool
) -> None:
    from timeline.parse import tagger as tg

    pattern = tg._Lazy(source, flags)
    assert tg._case_free(pattern, 3) == free
    if free:
        finder = tg._spaced_finder(pattern, 3, lower=True)
        assert finder is not None
        text = "x " + "MAY May may 2019 SINCE ſince"
        spaced = tg._spaced(text)
        want = [m.start() for m in pattern.compiled.finditer(text) if m.start() > 0]
        assert all(finder.match(spaced.lower(), p - 1) for p in want)


@given(st.text(max_size=60))
def test_spaced_text_keeps_ascii_word_characters_only(text: str) -> None:
    from timeline.parse import tagger as tg

    def byte(c: str) -> int:
        if c == "\x7f" or (c.isascii() and (c.isalnum() or c == "_")):
            return ord(c)
        return 32 if c.isascii() else 127

    assert tg._spaced(text) == bytes(map(byte, text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"no No. v pp at in the room ROOM Nr x 5 ſ \u212a nos İ _ $ ( .".split(), " ", "\n"]
        ),
        max_size=8,
    ).map("".join)
)
def test_year_blocked_is_the_regex(left: str) -> None:
    from timeline.parse import tagger as tg

    assert tg._year_blocked(left) == bool(tg._YEAR_BLOCKERS.search(left))


@given(st.text(alphabet=st.sampled_from([*"ab_9 .-\n\t", "ſ", "٣", "é", "\u2003"]), max_size=12))
def test_last_word_is_the_trailing_word_run(left: str) -> None:
    from timeline.parse import tagger as tg

    for mark in (".", "-"):
        t = left.rstrip()
        t = t[:-1] if t.endswith(mark) else t
        i = len(t)
        while i and (t[i - 1].isalnum() or t[i - 1] == "_"):
            i -= 1
        assert tg._last_word(left, mark) == t[i:]


_MOD_PIECES = [
    *"the end of The very start early Late mid- earlier later x of- İ ı ſ 5".split(),
    " ",
    "  ",
    "\n",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_MOD_PIECES),
        max_size=8,
    ).map("".join)
)
def test_mod_prefix_filter_is_necessary(left: str) -> None:
    from timeline.parse import tagger as tg

    if tg._MOD_PREFIX.search(left) is not None:
        assert tg._mod_prefix_possible(left)


@pytest.mark.parametrize("text", ["The fair runs 14-45 May.", "The fair runs May 14-45."])
def test_a_range_day_past_31_is_no_day(text: str) -> None:
    values = [t.value for t in tag(text, dct=None)]
    assert not any(v.endswith("-45") for v in values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The firm, which just months ago was failing, is growing.",
            [("months ago", "DATE", "PAST_REF")],
            id="bare-units-ago",
        ),
        pytest.param(
            "Funds may sell bonds in the weeks ahead.",
            [("the weeks ahead", "DURATION", "PXW")],
            id="the-weeks-ahead",
        ),
        pytest.param("Agents pushed ahead with the search.", [], id="pushed-ahead-no-unit"),
        pytest.param("He failed to come up with a plan.", [], id="to-come-no-unit"),
        pytest.param(
            "Today is the eighth day of the siege.",
            [("Today", "DATE", "2019-05-15"), ("the eighth day", "DATE", "2019-05-15")],
            id="ordinal-day-today",
        ),
        pytest.param(
            "He vowed to act on his first day in office.",
            [("first day", "DATE", "XXXX-XX-XX")],
            id="ordinal-day-possessive-outside",
        ),
        pytest.param("Talks went on for a second day.", [], id="a-second-day-is-no-date"),
        pytest.param(
            "Prices rose on the third day-long sale.",
            [("day-long", "DURATION", "P1D")],
            id="ordinal-day-adjective",
        ),
        pytest.param(
            "Net fell in the 1989 period and in the 1988 fiscal year.",
            [("the 1989 period", "DATE", "1989"), ("the 1988 fiscal year", "DATE", "1988")],
            id="year-with-period-noun",
        ),
        pytest.param(
            "Its 1990 model year cars sold well.",
            [("1990 model year", "DATE", "1990")],
            id="model-year-before-count-noun",
        ),
        pytest.param(
            "The 1996 attacks shocked many.", [("1996", "DATE", "1996")], id="the-year-adj"
        ),
        pytest.param(
            "After a flat second quarter, it posted a third-quarter loss.",
            [("a flat second quarter", "DATE", "2019-Q2"), ("third-quarter", "DATE", "2018-Q3")],
            id="article-with-quarter-noun",
        ),
        pytest.param(
            "Sales in the latest fiscal year rose.",
            [("the latest fiscal year", "DATE", "2018")],
            id="the-latest-fiscal-year",
        ),
        pytest.param(
            "The most recent quarter was weak.",
            [("The most recent quarter", "DATE", "2019-Q1")],
            id="the-most-recent-quarter",
        ),
    ],
)
def test_recognition_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Profit will rise 8.5% annually.", [], id="percent-annually-is-a-rate"),
        pytest.param("The plant makes 10,000 units annually.", [], id="count-annually-is-a-rate"),
        pytest.param(
            "The parades are held here annually.",
            [("annually", "SET", "P1Y")],
            id="annually-event-frequency",
        ),
        pytest.param(
            "They meet three times annually.",
            [("annually", "SET", "P1Y")],
            id="times-annually-stays-a-set",
        ),
        pytest.param(
            "He takes 2 pills twice a day.",
            [("twice a day", "SET", "P1D")],
            id="twice-a-day-after-a-count",
        ),
        pytest.param("She calls daily.", [("daily", "SET", "P1D")], id="verb-before-daily"),
        pytest.param(
            "The march is this coming Sunday, May 19.",
            [("this coming Sunday, May 19", "DATE", "2019-05-19")],
            id="relative-weekday-with-date",
        ),
        pytest.param(
            "Volume was the week's highest.",
            [("the week", "DATE", "2019-W20")],
            id="the-week-possessive",
        ),
        pytest.param("The week was long.", [], id="bare-the-week-stays-untagged"),
    ],
)
def test_recognition_rates_and_prefixes(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "After a year-long dispute, the strike ended.",
            [("year-long", "DURATION", "P1Y")],
            id="a-year-long-is-the-adjective",
        ),
        pytest.param(
            "The weeklong festival opened.", [("weeklong", "DURATION", "P1W")], id="weeklong"
        ),
        pytest.param("Take the long-term view, as long as it takes.", [], id="long-alone"),
        pytest.param(
            "The speech begins at eight p.m. tonight.",
            [("eight p.m. tonight", "TIME", "2019-05-15T20:00")],
            id="spoken-time",
        ),
        pytest.param(
            "They met at ten o'clock.",
            [("ten o'clock", "TIME", "2019-05-15T10:00")],
            id="spoken-oclock",
        ),
        pytest.param("He works two pm shifts.", [], id="undotted-pm-after-a-word"),
        pytest.param(
            "It began in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "DATE", "1994-WI")],
            id="season-of-spoken-year",
        ),
        pytest.param(
            "It opened on March fifth, nineteen ninety-eight.",
            [("March fifth, nineteen ninety-eight", "DATE", "1998-03-05")],
            id="date-with-spoken-year",
        ),
        pytest.param(
            "It opened in March two thousand one.",
            [("March two thousand one", "DATE", "2001-03")],
            id="month-with-spoken-year",
        ),
    ],
)
def test_recognition_adjectives_and_spoken_forms(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "His car was seen in the weeks before the shooting.",
            [("weeks", "DATE", "PAST_REF")],
            id="the-weeks-before-an-event",
        ),
        pytest.param(
            "In the days after the vote, markets will rise.",
            [("days", "DATE", "FUTURE_REF")],
            id="the-days-after-an-event",
        ),
        pytest.param("Days after, he left.", [], id="bare-days-after-stays-untagged"),
        pytest.param(
            "The following morning, he left.",
            [("The following morning", "DATE", "2019-05-16")],
            id="following-morning-without-a-day-told",
        ),
    ],
)
def test_recognition_units_around_events(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The offer expires at 5 p.m. Friday, May 17.",
            [("5 p.m. Friday, May 17", "TIME", "2019-05-17T17:00")],
            id="time-weekday-and-date",
        ),
        pytest.param(
            "The vote ended at 8 p.m. on Nov. 7, 2018.",
            [("8 p.m. on Nov. 7, 2018", "TIME", "2018-11-07T20:00")],
            id="time-date-and-year",
        ),
    ],
)
def test_recognition_time_with_full_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Summer Olympics opened.", [], id="season-in-a-name"),
        pytest.param("The Spring Festival began.", [], id="spring-festival"),
        pytest.param("She reads the Sunday Times.", [], id="weekday-in-a-name"),
        pytest.param("In the first half of the game, he scored.", [], id="half-of-a-game"),
        pytest.param(
            "Sales rose in the first half of the year.",
            [("the first half of the year", "DATE", "2019-H1")],
            id="half-of-the-year-stays",
        ),
        pytest.param(
            "It opens in Summer 2020.", [("Summer 2020", "DATE", "2020-SU")], id="season-year"
        ),
    ],
)
def test_recognition_names_are_not_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They met on March twenty-first, 2018.",
            [("March twenty-first, 2018", "DATE", "2018-03-21")],
            id="compound-ordinal-day",
        ),
        pytest.param(
            "It ends on the thirty-first of December 2019.",
            [("the thirty-first of December 2019", "DATE", "2019-12-31")],
            id="compound-ordinal-of-month",
        ),
    ],
)
def test_recognition_compound_ordinal_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The summit meets on April 24 and 25.",
            [("April 24", "DATE", "2019-04-24"), ("25", "DATE", "2019-04-25")],
            id="two-days-of-one-month",
        ),
        pytest.param(
            "It was held May 5 and 12 people came.",
            [("May 5", "DATE", "2019-05-05")],
            id="and-a-count-is-no-day",
        ),
        pytest.param(
            "Talks are set for Nov. 2 or 3, 2020.",
            [("Nov. 2", "DATE", "2020-11-02"), ("3, 2020", "DATE", "2020-11-03")],
            id="either-day-with-year",
        ),
    ],
)
def test_recognition_two_days_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He served 2 1/2 years.", [("2 1/2 years", "DURATION", "P30M")], id="mixed-fraction"
        ),
        pytest.param(
            "After a two-and-a-half-year slide, it rose.",
            [("two-and-a-half-year", "DURATION", "P30M")],
            id="hyphenated-and-a-half",
        ),
        pytest.param("Add 1/2 cup of sugar.", [], id="fraction-alone"),
    ],
)
def test_recognition_fractional_durations(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sales peaked in the first week of December 2018.",
            [("the first week of December 2018", "DATE", "2018-W48")],
            id="first-week-of-month",
        ),
        pytest.param(
            "Prices fell in the last week of April 2019.",
            [("the last week of April 2019", "DATE", "2019-W17")],
            id="last-week-of-month",
        ),
        pytest.param(
            "The fair is on the first weekend of June 2019.",
            [("the first weekend of June 2019", "DATE", "2019-W22-WE")],
            id="first-weekend-of-month",
        ),
    ],
)
def test_recognition_week_of_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Net rose in the fiscal 2018 first quarter.",
            [("the fiscal 2018 first quarter", "DATE", "2018-Q1")],
            id="fiscal-year-quarter",
        ),
        pytest.param(
            "Sales in fiscal 2018's fourth quarter fell.",
            [("fiscal 2018's fourth quarter", "DATE", "2018-Q4")],
            id="fiscal-year-possessive-quarter",
        ),
    ],
)
def test_recognition_fiscal_quarters(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Crowds gathered on the Fourth of July 2018.",
            [("Fourth of July 2018", "DATE", "2018-07-04")],
            id="fourth-of-july",
        ),
        pytest.param(
            "Sales peaked before Mother's Day 2018.",
            [("Mother's Day 2018", "DATE", "2018-05-13")],
            id="mothers-day",
        ),
        pytest.param(
            "Banks close on Martin Luther King Jr. Day 2019.",
            [("Martin Luther King Jr. Day 2019", "DATE", "2019-01-21")],
            id="mlk-day",
        ),
        pytest.param(
            "The fifth of May was cold.",
            [("The fifth of May", "DATE", "2019-05-05")],
            id="capital-the-ordinal-of-month",
        ),
    ],
)
def test_recognition_more_holidays(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Earlier today, the president spoke.",
            [("Earlier today", "DATE", "2019-05-15")],
            id="earlier-today",
        ),
        pytest.param(
            "Earlier Friday, he left.", [("Friday", "DATE", "2019-05-10")], id="earlier-weekday"
        ),
        pytest.param(
            "Rain fell for the past hour.",
            [("the past hour", "DURATION", "PT1H")],
            id="the-past-hour",
        ),
        pytest.param("The hour struck.", [], id="bare-hour"),
    ],
)
def test_recognition_day_words_and_hours(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def test_recognition_twice_daily_is_one_set() -> None:
    _check("They meet twice daily.", [("twice daily", "SET", "P1D")])


def test_a_deadline_that_had_been_set_lies_in_the_past() -> None:
    _check(
        "The agency had been due to rule by Feb. 14, but it waited.",
        [("Feb. 14", "DATE", "2019-02-14")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tickets go on sale on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="go-on-sale-is-ahead",
        ),
        pytest.param(
            "The exhibition runs from Saturday through Sept. 6.",
            [("Saturday", "DATE", "2019-05-18"), ("Sept. 6", "DATE", "2019-09-06")],
            id="runs-from-weekday-is-ahead",
        ),
        pytest.param(
            "Friends have organized a vigil for Saturday evening.",
            [("Saturday evening", "TIME", "2019-05-18TEV")],
            id="planned-for-a-weekday",
        ),
        pytest.param(
            "He was arrested for Saturday's attack.",
            [("Saturday", "DATE", "2019-05-11")],
            id="for-a-weekday-possessive-stays-past",
        ),
    ],
)
def test_weekday_direction_of_plans(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def test_a_weekday_ending_a_range_follows_its_start() -> None:
    _check(
        "Ambulances were diverted from Saturday night until Monday morning.",
        [("Saturday night", "DATE", "2019-05-11"), ("Monday morning", "DATE", "2019-05-13")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pre-orders open at 9 a.m. on Friday.",
            [("9 a.m. on Friday", "TIME", "2019-05-17T09:00")],
            id="plural-subject-schedule-is-ahead",
        ),
        pytest.param(
            "The doors remained open on Friday.",
            [("Friday", "DATE", "2019-05-10")],
            id="adjective-open-stays-past",
        ),
        pytest.param(
            "Schools reopen Monday.",
            [("Monday", "DATE", "2019-05-20")],
            id="plural-subject-verb-right-before-the-day",
        ),
        pytest.param(
            "The doors remained open Friday.",
            [("Friday", "DATE", "2019-05-10")],
            id="adjective-open-before-the-day-stays-past",
        ),
    ],
)
def test_plural_present_schedule_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Friday, the government planned to pay the first claims.",
            [("Friday", "DATE", "2019-05-10")],
            id="day-before-planned-is-the-day-of-the-plan",
        ),
        pytest.param(
            "Police said they planned to charge him on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="day-after-planned-is-planned-for",
        ),
        pytest.param(
            "Friday's planned protest was called off.",
            [("Friday", "DATE", "2019-05-17")],
            id="possessive-before-planned-is-ahead",
        ),
        pytest.param(
            "On Friday, a protest is planned outside parliament.",
            [("Friday", "DATE", "2019-05-17")],
            id="is-planned-is-ahead",
        ),
    ],
)
def test_weekday_before_a_plan_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The shop is closed on Sundays.",
            [("Sundays", "SET", "XXXX-WXX-7")],
            id="plural-weekday-is-a-set",
        ),
        pytest.param(
            "He works Mondays and Tuesdays.",
            [("Mondays", "SET", "XXXX-WXX-1"), ("Tuesdays", "SET", "XXXX-WXX-2")],
            id="two-plural-weekdays",
        ),
        pytest.param("The Happy Mondays played.", [], id="plural-weekday-in-a-name"),
    ],
)
def test_plural_weekdays_are_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The court hears arguments Monday.",
            [("Monday", "DATE", "2019-05-20")],
            id="hears-is-a-timetable",
        ),
        pytest.param(
            "On Sunday, the pope celebrates Mass.",
            [("Sunday", "DATE", "2019-05-19")],
            id="fronted-day-with-present-verb",
        ),
        pytest.param(
            "He faces trial on Monday.", [("Monday", "DATE", "2019-05-20")], id="faces-trial"
        ),
        pytest.param(
            "The court heard arguments Monday.",
            [("Monday", "DATE", "2019-05-13")],
            id="past-tense-stays-past",
        ),
    ],
)
def test_present_tense_timetable_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He was arrested on May 1, 2010. That same year, he was released.",
            [("May 1, 2010", "DATE", "2010-05-01"), ("That same year", "DATE", "2010")],
            id="that-same-year",
        ),
        pytest.param(
            "He was arrested on May 1, 2010, and released that same day.",
            [("May 1, 2010", "DATE", "2010-05-01"), ("that same day", "DATE", "2010-05-01")],
            id="that-same-day",
        ),
    ],
)
def test_that_same_unit_is_the_story_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He was arrested on May 1, 2010. By the end of the year, he was released.",
            [("May 1, 2010", "DATE", "2010-05-01"), ("the end of the year", "DATE", "2010")],
            id="past-story-keeps-its-year",
        ),
        pytest.param(
            "He was arrested on May 1, 2010. By the end of the year, he will be released.",
            [("May 1, 2010", "DATE", "2010-05-01"), ("the end of the year", "DATE", "2019")],
            id="future-is-the-publication-year",
        ),
    ],
)
def test_the_year_after_an_old_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials are meeting Friday to discuss the plan.",
            [("Friday", "DATE", "2019-05-17")],
            id="present-progressive-is-a-plan",
        ),
        pytest.param(
            "The president is traveling to Asia on Sunday.",
            [("Sunday", "DATE", "2019-05-19")],
            id="progressive-a-few-words-back",
        ),
        pytest.param(
            "The president was traveling to Asia on Sunday.",
            [("Sunday", "DATE", "2019-05-12")],
            id="past-progressive-stays-past",
        ),
        pytest.param(
            "Police are investigating Friday's shooting.",
            [("Friday", "DATE", "2019-05-10")],
            id="possessive-after-progressive-stays-past",
        ),
    ],
)
def test_present_progressive_with_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials want to finish the talks on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="want-to-looks-ahead",
        ),
        pytest.param(
            "Until Thursday, nobody knew.",
            [("Thursday", "DATE", "2019-05-09")],
            id="fronted-until-in-a-past-clause",
        ),
        pytest.param(
            "By Friday, the rebels controlled the city.",
            [("Friday", "DATE", "2019-05-10")],
            id="fronted-by-in-a-past-clause",
        ),
        pytest.param(
            "Until Thursday, officials said, the road will stay closed.",
            [("Thursday", "DATE", "2019-05-16")],
            id="fronted-until-said-is-no-tense",
        ),
    ],
)
def test_deadlines_and_wishes(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The shop is closed on weekends.",
            [("weekends", "SET", "XXXX-WXX-WE")],
            id="on-weekends",
        ),
        pytest.param(
            "At weekends, the shop is busy.",
            [("weekends", "SET", "XXXX-WXX-WE")],
            id="at-weekends",
        ),
        pytest.param(
            "He spent several weekends there.",
            [("several weekends", "DURATION", "PXWE")],
            id="counted-weekends-are-no-set",
        ),
    ],
)
def test_weekends_as_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister has resigned twice in the last year.",
            [("the last year", "DURATION", "P1Y")],
            id="in-the-last-year-is-twelve-months",
        ),
        pytest.param(
            "Over the last year, prices rose.",
            [("the last year", "DURATION", "P1Y")],
            id="over-the-last-year",
        ),
        pytest.param(
            "The minister resigned last year.",
            [("last year", "DATE", "2018")],
            id="last-year-is-the-calendar-year",
        ),
    ],
)
def test_the_last_year_as_a_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


def test_a_quarter_in_apposition_is_the_quarter_just_named() -> None:
    _check(
        "Profit rose in the third quarter. In the year-ago quarter, the second quarter "
        "ended Oct. 31, the company had a loss. Results for that quarter included a charge.",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("the year-ago quarter", "DATE", "1988-Q3"),
            ("the second quarter", "DATE", "1988-Q2"),
            ("Oct. 31", "DATE", "1988-10-31"),
            ("that quarter", "DATE", "1988-Q2"),
        ],
        dct=dt.date(1989, 10, 27),
    )


# Everyday news sentences (written for these tests), read against DCT, a Wednesday: the
# values TIMEX3 gives them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The bomb exploded on March 3, 2017. Two days later, police arrested two men.",
            [("March 3, 2017", "DATE", "2017-03-03"), ("Two days later", "DATE", "2017-03-05")],
            id="days-later-counts-from-the-story-date",
        ),
        pytest.param(
            "The company was founded in June 1998. The following month, it went public.",
            [("June 1998", "DATE", "1998-06"), ("The following month", "DATE", "1998-07")],
            id="the-following-month",
        ),
        pytest.param(
            "She arrived on Monday. The day before, she had called.",
            [("Monday", "DATE", "2019-05-13"), ("The day before", "DATE", "2019-05-12")],
            id="the-day-before",
        ),
        pytest.param(
            "The rate was 5% in 2010, up from 4% the previous year.",
            [("2010", "DATE", "2010"), ("the previous year", "DATE", "2009")],
            id="the-previous-year",
        ),
        pytest.param(
            "Sales rose 4% in April from the previous month.",
            [("April", "DATE", "2019-04"), ("the previous month", "DATE", "2019-03")],
            id="the-previous-month",
        ),
        pytest.param(
            "In the first quarter of 2016, sales rose 10% from a year earlier.",
            [
                ("the first quarter of 2016", "DATE", "2016-Q1"),
                ("a year earlier", "DATE", "2015-Q1"),
            ],
            id="a-year-earlier-after-a-quarter",
        ),
        pytest.param(
            "Profit fell 10% in the first half from the year-earlier period.",
            [("the first half", "DATE", "2019-H1"), ("the year-earlier period", "DATE", "2018-H1")],
            id="the-year-earlier-half",
        ),
        pytest.param(
            "Over the past decade, prices have doubled.",
            [("the past decade", "DURATION", "P10Y")],
            id="the-past-decade",
        ),
        pytest.param(
            "The project took a couple of years.",
            [("a couple of years", "DURATION", "P2Y")],
            id="a-couple-of-years",
        ),
        pytest.param(
            "He spent a year and a half in jail.",
            [("a year and a half", "DURATION", "P18M")],
            id="a-year-and-a-half",
        ),
        pytest.param(
            "The problem goes back to the early 1980s.",
            [("the early 1980s", "DATE", "198")],
            id="the-early-1980s",
        ),
        pytest.param(
            "The dispute dates back to the 19th century.",
            [("the 19th century", "DATE", "18")],
            id="the-19th-century",
        ),
        pytest.param(
            "The blast occurred yesterday afternoon.",
            [("yesterday afternoon", "TIME", "2019-05-14TAF")],
            id="yesterday-afternoon",
        ),
        pytest.param(
            "The report is issued every six months.",
            [("every six months", "SET", "P6M")],
            id="every-six-months",
        ),
        pytest.param(
            "The law takes effect in January.",
            [("January", "DATE", "2020-01")],
            id="takes-effect-in-a-past-month-is-next-year",
        ),
        pytest.param(
            "The law took effect in December.",
            [("December", "DATE", "2018-12")],
            id="took-effect-in-a-later-month-is-last-year",
        ),
    ],
)
def test_everyday_news_values(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Thursday, the man who shot the president will appear in court.",
            [("Thursday", "DATE", "2019-05-16")],
            id="main-verb-after-a-past-relative-clause",
        ),
        pytest.param(
            "On Friday, the man who will lead the team arrived.",
            [("Friday", "DATE", "2019-05-10")],
            id="main-verb-after-a-future-relative-clause",
        ),
        pytest.param(
            "On Friday, the company announced that it will cut jobs.",
            [("Friday", "DATE", "2019-05-10")],
            id="a-that-clause-after-the-verb-is-not-skipped",
        ),
    ],
)
def test_a_fronted_day_skips_a_relative_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister resigned last week.",
            [("last week", "DATE", "2019-W20")],
            id="last-week-is-the-week-just-ended",
        ),
        pytest.param(
            "The minister will resign this week.",
            [("this week", "DATE", "2019-W21")],
            id="this-week-is-the-week-starting",
        ),
        pytest.param(
            "The minister will resign next week.",
            [("next week", "DATE", "2019-W22")],
            id="next-week-is-the-one-after",
        ),
        pytest.param(
            "Earlier this week, the minister resigned.",
            [("Earlier this week", "DATE", "2019-W20")],
            id="earlier-this-week-has-ended",
        ),
    ],
)
def test_weeks_said_on_a_sunday(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected, dct=dt.date(2019, 5, 19))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The attack happened on a Tuesday.",
            [("Tuesday", "DATE", "XXXX-WXX-2")],
            id="a-tuesday-is-no-particular-day",
        ),
        pytest.param(
            "About 500 people attended a Sunday night memorial service.",
            [("Sunday night", "DATE", "2019-05-12")],
            id="the-article-of-a-noun-phrase-is-not-the-weekday's",
        ),
    ],
)
def test_an_indefinite_weekday(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The index rose in each of the past two sessions.", [], id="the-past-two-sessions"
        ),
        pytest.param("In the past few elections, turnout fell.", [], id="the-past-few-elections"),
        pytest.param(
            "He has failed in the past.", [("the past", "DATE", "PAST_REF")], id="the-past-a-noun"
        ),
        pytest.param(
            "Over the past three summers he sailed.",
            [("the past three summers", "SET", "XXXX-SU")],
            id="counted-seasons-are-a-set",
        ),
    ],
)
def test_the_past_before_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He ran three times a week.",
            [("three times a week", "SET", "P1W")],
            id="the-count-is-in-the-set",
        ),
        pytest.param(
            "The exam is given once every two years.",
            [("once every two years", "SET", "P2Y")],
            id="once-every-two-years",
        ),
        pytest.param(
            "They meet every Tuesday and Thursday.",
            [("every Tuesday", "SET", "XXXX-WXX-2"), ("Thursday", "SET", "XXXX-WXX-4")],
            id="coordinated-weekdays",
        ),
        pytest.param(
            "Year after year, prices rose.",
            [("Year after year", "SET", "P1Y")],
            id="year-after-year",
        ),
        pytest.param(
            "Twice-weekly flights resumed.", [("Twice-weekly", "SET", "P1W")], id="twice-weekly"
        ),
        pytest.param(
            "We go there every weekend.",
            [("every weekend", "SET", "XXXX-WXX-WE")],
            id="every-weekend",
        ),
        pytest.param("The mill produces 300 tons a week.", [], id="a-count-per-week-is-a-rate"),
        pytest.param("Iraq pumps 2 million barrels a day.", [], id="barrels-a-day"),
        pytest.param(
            "The rally lasted an hour.", [("an hour", "DURATION", "PT1H")], id="not-a-rate"
        ),
    ],
)
def test_sets_and_rates(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Families may not be able to wait another year.",
            [("another year", "DURATION", "P1Y")],
            id="another-year",
        ),
        pytest.param(
            "The talks will go on for another two weeks.",
            [("another two weeks", "DURATION", "P2W")],
            id="another-two-weeks",
        ),
        pytest.param(
            "It will take another few months.",
            [("another few months", "DURATION", "PXM")],
            id="another-few-months",
        ),
        pytest.param(
            "The contract was extended by a further two years.",
            [("a further two years", "DURATION", "P2Y")],
            id="a-further-two-years",
        ),
        pytest.param("He will live to fight another day.", [], id="another-day-is-an-idiom"),
        pytest.param(
            "Police patrol every Friday and Saturday night.",
            [("every Friday", "SET", "XXXX-WXX-5"), ("Saturday night", "SET", "XXXX-WXX-6TNI")],
            id="coordinated-weekday-with-part-of-day",
        ),
    ],
)
def test_another_and_a_further(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("It was founded in '87.", [("'87", "DATE", "1987")], id="in-87"),
        pytest.param(
            "It opened in the summer of '96.",
            [("the summer of '96", "DATE", "1996-SU")],
            id="summer-of-96",
        ),
        pytest.param(
            "In fiscal '89 results improved.", [("fiscal '89", "DATE", "1989")], id="fiscal-89"
        ),
        pytest.param("The '12 Olympics were in London.", [("'12", "DATE", "2012")], id="the-12"),
        pytest.param("He scored in the '80s.", [("the '80s", "DATE", "198")], id="still-a-decade"),
    ],
)
def test_years_cut_to_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "ranged"),
    [
        ("- November 2027 to March 2028: the wall is built.", True),
        ("Works run 3 May 2027 to 9 June 2027, the council said.", True),
        ("2019 to 2022: the long drought.", True),
        ("The fare went from £2 in 2019 to £3 in 2024.", False),
        ("The count rose by 2019 to 2,020 people.", False),
    ],
)
def test_two_full_dates_joined_by_to_are_a_range(text: str, ranged: bool) -> None:
    timexes = tag(text, dct=DCT)
    assert bool(find_ranges(text, timexes)) is ranged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funding came in the spring budget in March 2025.", ("spring", "2025-SP")),
        ("The bill passed before the summer recess of 2016.", ("summer", "2016-SU")),
    ],
)
def test_a_season_used_as_a_modifier_takes_the_year_told_after_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert (tag(text, dct=DCT)[0].text, tag(text, dct=DCT)[0].value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It opened at 9:30 this morning.",
            [("9:30 this morning", "TIME", "2019-05-15T09:30")],
            id="clock-this-morning",
        ),
        pytest.param(
            "He called at 10 p.m. last night.",
            [("10 p.m. last night", "TIME", "2019-05-14T22:00")],
            id="clock-last-night",
        ),
        pytest.param(
            "They meet at 8 p.m. tomorrow evening.",
            [("8 p.m. tomorrow evening", "TIME", "2019-05-16T20:00")],
            id="clock-tomorrow-evening",
        ),
        pytest.param(
            "It has stood over the past half century.",
            [("the past half century", "DURATION", "P50Y")],
            id="the-past-half-century",
        ),
        pytest.param(
            "Over the last half-decade, it grew.",
            [("the last half-decade", "DURATION", "P5Y")],
            id="half-decade",
        ),
        pytest.param(
            "Sales rose in the past half.",
            [("the past half", "DATE", "2018-H2")],
            id="still-a-half",
        ),
        pytest.param(
            "Schools will stay closed on Friday.",
            [("Friday", "DATE", "2019-05-17")],
            id="a-state-after-will-is-no-past",
        ),
    ],
)
def test_clock_with_a_day_word_and_half_centuries(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Every now and then, he calls.", [], id="now-and-then"),
        pytest.param("He calls now and again.", [], id="now-and-again"),
        pytest.param(
            "I saw him the other day.",
            [("the other day", "DATE", "PAST_REF")],
            id="the-other-day",
        ),
        pytest.param("He lived on the other side.", [], id="the-other-side"),
        pytest.param(
            "Prices are high now.", [("now", "DATE", "PRESENT_REF")], id="now-is-still-now"
        ),
    ],
)
def test_now_and_then_is_no_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Counts taken on a single Tuesday in May found 900 cyclists.", "XXXX-WXX-2"),
        ("It opened on one Friday in June.", "XXXX-WXX-5"),
    ],
)
def test_some_weekday_is_no_particular_day(text: str, expected: str) -> None:
    assert tag(text, dct=DCT)[0].value == expected


def test_a_month_after_a_possessive_is_a_date() -> None:
    (march,) = tag("The firm will credit customers on their March invoices.", dct=DCT)
    assert (march.text, march.value) == ("March", "2020-03")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("We go to Preston on Tuesday and we need to win.", "2025-03-11"),
        ("They fly home on Friday.", "2025-03-14"),
        ("We went to Preston on Tuesday.", "2025-03-04"),
    ],
)
def test_a_speakers_own_timetable_lies_ahead(sentence: str, value: str) -> None:
    # published Sunday 9 March 2025
    (timex,) = [t for t in tag(sentence, dct=dt.date(2025, 3, 9)) if t.type == "DATE"]
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell in 2023. The firm expects to profit by the end of the year.", "2025"),
        ("Sales fell in 2023. By the end of the year, the firm had cut 300 jobs.", "2023"),
    ],
)
def test_the_year_of_a_plan_is_the_publication_year(text: str, value: str) -> None:
    timexes = tag(text, dct=dt.date(2025, 8, 12))
    assert [t.value for t in timexes if t.text.endswith("the year")] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The vote was on March 3, 2017. He had left the week before.",
            [("March 3, 2017", "DATE", "2017-03-03"), ("the week before", "DATE", "2017-W08")],
            id="the-week-before-is-a-week",
        ),
        pytest.param(
            "The vote was on March 3, 2017. He left the month after.",
            [("March 3, 2017", "DATE", "2017-03-03"), ("the month after", "DATE", "2017-04")],
            id="the-month-after-is-a-month",
        ),
        pytest.param(
            "The vote was on March 3, 2017. He had left two days before.",
            [("March 3, 2017", "DATE", "2017-03-03"), ("two days before", "DATE", "2017-03-01")],
            id="n-units-before-at-the-clause-end",
        ),
        pytest.param(
            "The vote was on March 3, 2017. Three years after, he left.",
            [("March 3, 2017", "DATE", "2017-03-03"), ("Three years after", "DATE", "2020-03-03")],
            id="n-units-after-at-the-clause-end",
        ),
        pytest.param(
            "He left two days before the vote.",
            [("two days", "DURATION", "P2D")],
            id="n-units-before-an-event-stays-a-duration",
        ),
    ],
)
def test_units_before_or_after_the_story_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He waited a day or two.", [("a day", "DURATION", "P1D")]),
        ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
        ("He stayed for a day.", [("a day", "DURATION", "P1D")]),
        ("He earns $5 a day.", []),
        ("One day he will return.", []),
    ],
)
def test_a_day_after_a_verb_of_length_is_a_duration(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # 2019-05-15: read back, "Nov. 29" is 2018's, but 2019-11-29 is the Friday.
        ("The sale starts on Friday, Nov. 29.", DCT, "2019-11-29"),
        ("The game was played on Saturday, Dec. 29.", dt.date(2019, 1, 20), "2018-12-29"),
        ("He wrote on Tuesday, 1 January.", dt.date(2019, 12, 20), "2019-01-01"),
    ],
)
def test_a_weekday_picks_the_year_of_a_yearless_date(
    text: str, dct: dt.date, expected: str
) -> None:
    assert [t.value for t in tag(text, dct=dct)] == [expected]


def test_a_day_and_month_take_the_year_phrase_after_them() -> None:
    text = "He set fire to the shop at 2am on 11 November last year and left on 2 July next year."
    got = [(t.text, t.value) for t in tag(text, dct=dt.date(2024, 6, 3))]
    assert got == [
        ("2am on 11 November last year", "2023-11-11T02:00"),
        ("2 July next year", "2025-07-02"),
    ]


def test_the_day_a_court_heard_of_it_does_not_move_the_story() -> None:
    text = (
        "He set fire to the shop on 11 November last year, Norwich Crown Court heard on"
        " Friday. He was arrested two days later."
    )
    got = [(t.text, t.value) for t in tag(text, dct=dt.date(2024, 6, 3))]
    assert got[-1] == ("two days later", "2023-11-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third-quarter 2018 profit fell.", [("Third-quarter 2018", "DATE", "2018-Q3")]),
        ("Sales in the second half 2017 were weak.", [("the second half 2017", "DATE", "2017-H2")]),
        ("In the third quarter 1,995 jobs went.", [("the third quarter", "DATE", "2018-Q3")]),
        ("The deal will close before year's end.", [("year's end", "DATE", "2019")]),
        ("The year's end was quiet.", [("The year's end", "DATE", "2018")]),
    ],
)
def test_a_quarter_before_its_year_and_years_end(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The store is open seven days a week.", [("seven days", "DURATION", "P7D")]),
        ("He runs three days a week.", [("three days", "DURATION", "P3D")]),
        (
            "Sales for the balance of the year will rise.",
            [("the balance of the year", "DATE", "2019")],
        ),
    ],
)
def test_days_a_week_is_a_rate_and_the_balance_of_the_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He joined in June 2010. A year later he quit.",
            [("June 2010", "DATE", "2010-06"), ("A year later", "DATE", "2011")],
        ),
        (
            "Wages rose in January 2018, 3% above a year earlier.",
            [("January 2018", "DATE", "2018-01"), ("a year earlier", "DATE", "2017")],
        ),
    ],
)
def test_years_counted_from_a_month_are_years(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value with a time of day is a TIME (TIMEX3)
        ("He was killed Thursday evening.", [("Thursday evening", "TIME", "2019-05-09TEV")]),
        ("He was killed Thursday morning.", [("Thursday morning", "DATE", "2019-05-09")]),
    ],
)
def test_a_weekday_evening_names_the_part_of_the_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks began at 9 o'clock.", [("9 o'clock", "TIME", "2019-05-15T09:00")]),
        ("Doors open about 10:30 each day.", [("each day", "SET", "P1D")]),
    ],
)
def test_a_digit_hour_with_o_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose in the week ended May 10.",
            [("the week", "DURATION", "P1W"), ("May 10", "DATE", "2019-05-10")],
        ),
        (
            "For the month ending April 30, sales rose.",
            [("the month", "DURATION", "P1M"), ("April 30", "DATE", "2019-04-30")],
        ),
        ("Stocks fell on Friday the 13th.", [("Friday the 13th", "DATE", "2018-07-13")]),
        ("The vote will be on Monday, the 16th.", [("Monday, the 16th", "DATE", "2019-09-16")]),
        ("Since Black Monday, stocks have recovered.", []),
    ],
)
def test_week_ended_and_a_weekday_with_its_day_number(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the past verb of the month's own clause wins over a later future clause
        ("It cut rates in July and is widely expected to cut again.", "2018-07"),
        ("They will cut rates in July.", "2019-07"),
        ("Will it cut rates in July?", "2019-07"),
        # a second predicate after "and" has its own tense
        ("In January the bank cut rates and is expected to cut again.", "2019-01"),
        ("In January the bank and its unit will merge.", "2020-01"),
        ("He taught there in July and will teach again.", "2018-07"),
        ("She sold the house in July and plans to buy another.", "2018-07"),
        # "since" counts from a past month; "after July's slump" names a past one
        ("Sales have risen since June and are expected to rise further.", "2018-06"),
        ("After July's slump, analysts expect a rebound.", "2018-07"),
        ("The talks will resume in June.", "2019-06"),
    ],
)
def test_a_month_takes_the_tense_of_its_own_clause(text: str, expected: str) -> None:
    values = [t.value for t in tag(text, dct=DCT)]
    assert values == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period counted back from its end: "through" sets no deadline, the verb decides
        (
            "Prices rose 5% in the 12 months through March.",
            [("the 12 months", "DURATION", "P12M"), ("March", "DATE", "2019-03")],
        ),
        (
            "Sales rose in the six weeks through Friday.",
            [("the six weeks", "DURATION", "P6W"), ("Friday", "DATE", "2019-05-10")],
        ),
        ("Prices will be frozen through June.", [("June", "DATE", "2019-06")]),
    ],
)
def test_through_after_a_counted_period_ends_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures come out after the month they count, whatever the clause's tense
        ("April trade figures are due Friday.", "2019-04"),
        ("Figures for March will be released next week.", "2019-03"),
        ("February's retail sales will be reported Tuesday.", "2019-02"),
        ("The talks will resume in August.", "2019-08"),
        # a month that has not come yet: its figures are a forecast
        ("June sales will be strong.", "2019-06"),
    ],
)
def test_a_month_whose_figures_are_told_is_past(text: str, expected: str) -> None:
    assert tag(text, dct=DCT)[0].value == expected


def test_a_day_number_after_a_month_is_no_count() -> None:
    # "30 quarter" is no duration: the number is the day of "Sept."
    _check("The Sept. 30 quarter was strong.", [("Sept. 30", "DATE", "2018-09-30")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what lives now rather than on one day
        ("They are used in many of today's personal computers.", []),
        ("In today's dollars, it cost $5 million.", []),
        ("Today's meeting was canceled.", [("Today", "DATE", "2019-05-15")]),
    ],
)
def test_a_generic_today_is_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous calendar century, like "the last decade"; "the past century" a length
        ("The last century was busy.", [("The last century", "DATE", "19")]),
        ("Prices have risen over the past century.", [("the past century", "DURATION", "P100Y")]),
    ],
)
def test_the_last_century_is_the_previous_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river flows at 2 km an hour.", []),
        ("About 3,000 people a month cross the border.", []),
        ("The ice sheet lost 250 billion tonnes of ice a year.", []),
        # a preposition before "a year" makes it a length again
        ("He won 3 titles in a year.", [("a year", "DURATION", "P1Y")]),
    ],
)
def test_a_measured_quantity_per_unit_is_a_rate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 2100, seas could rise by a metre.", [("2100", "DATE", "2100")]),
        ("The tunnel will stay open until 2120.", [("2120", "DATE", "2120")]),
        ("The firm employs 2100 people.", []),
        # a clock time, not a year
        ("The train leaves at 2100 GMT.", [("2100 GMT", "TIME", "2019-05-15T21:00")]),
    ],
)
def test_a_year_past_2099_needs_a_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a past verb is over, even one month ahead of May
        ("The Met Office said June had been the wettest on record.", "2018-06"),
        ("Forecasters said June was the wettest month.", "2018-06"),
        # a present tense carried on into a month, and an aim told in the past, look ahead
        ("Bans could follow if the dry spell continues into August.", "2019-08"),
        ("He hoped to finish them before the August recess.", "2019-08"),
        ("They wanted to close the deal in September.", "2019-09"),
        # a rule that comes into force in a month that has passed this year
        ("The law comes into force in January.", "2020-01"),
        ("The treaty enters into force in March.", "2020-03"),
    ],
)
def test_a_month_told_as_over_or_ahead(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, dct=DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Q3" without a year bends to the tense like "the third quarter"
        ("Revenue rose in Q3.", "2018-Q3"),
        ("Revenue will rise in Q3.", "2019-Q3"),
        ("Results for H2 2017 were strong.", "2017-H2"),
    ],
)
def test_a_quarter_code_takes_the_tense(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, dct=DCT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural subject's base-form verb is a timetable, like "we go"
        ("Voters go to the polls on Sunday.", "2019-05-19"),
        ("The Nets play Boston on Friday.", "2019-05-17"),
        # not an adverb in -s before a past verb
        ("He always went there on Sunday.", "2019-05-12"),
    ],
)
def test_a_plural_subjects_timetable_lies_ahead(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, dct=DCT)] == [expected]


def test_a_clock_time_on_plural_weekdays_leaves_the_habit_whole() -> None:
    # "on Sundays" is a habit, not the day "Sunday" cut inside the word
    assert _found("Shops open at 10am on Sundays.") == [
        ("10am", "TIME", "2019-05-15T10:00"),
        ("Sundays", "SET", "XXXX-WXX-7"),
    ]
