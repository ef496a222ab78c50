from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from conftest import ROOT, Checker

from timeline import api
from timeline.errors import ExportError
from timeline.export.base import ExportOptions, Imprecise
from timeline.model import Source, Timeline
from timeline.values import Granularity


def _ics(timeline: Timeline) -> bytes:
    return api.render(timeline, "ics")


def test_crlf_and_folding(sample_timeline: Timeline) -> None:
    data = _ics(sample_timeline)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode()  # folding never splits a UTF-8 character
    assert not data.startswith(b"\xef\xbb\xbf")


def test_events_parse_back_with_exclusive_all_day_ends(sample_timeline: Timeline) -> None:
    cal = icalendar.Calendar.from_ical(_ics(sample_timeline))
    vevents = list(cal.walk("VEVENT"))
    assert len(vevents) == len(sample_timeline.events)
    uids = [str(v["UID"]) for v in vevents]
    assert uids == [e.id for e in sample_timeline.events]
    assert len(set(uids)) == len(uids)
    for vevent, event in zip(vevents, sample_timeline.events, strict=True):
        start = vevent.decoded("DTSTART")
        assert type(start) is dt.date
        assert start == event.start
        if event.end_date is None:
            assert vevent.decoded("DTEND") == event.start + dt.timedelta(days=1)
        else:
            assert start + vevent.decoded("DURATION") == event.end + dt.timedelta(days=1)
        assert vevent.decoded("DTSTAMP") == dt.datetime(2019, 5, 15, tzinfo=dt.UTC)
        assert str(vevent["TRANSP"]) == "TRANSPARENT"
        assert str(vevent["X-TIMELINE-VALUE"]) == event.date


def test_imprecise_dates_say_so_in_the_summary(sample_timeline: Timeline) -> None:
    cal = icalendar.Calendar.from_ical(_ics(sample_timeline))
    summaries = {str(v["X-TIMELINE-VALUE"]): str(v["SUMMARY"]) for v in cal.walk("VEVENT")}
    assert summaries["2014"] == "Russia annexes Crimea (2014, exact date unknown)"
    assert summaries["2019-05-14"] == "Officials meet in Sochi; nothing agreed"
    assert summaries["196"].endswith("(The 1960s, exact date unknown)")


def test_vobject_reads_it(sample_timeline: Timeline) -> None:
    cal = vobject.readOne(_ics(sample_timeline).decode())
    assert len(cal.vevent_list) == len(sample_timeline.events)


def test_calendar_name_and_link_are_escaped(sample_timeline: Timeline) -> None:
    text = _ics(sample_timeline).decode().replace("\r\n ", "")
    assert "X-WR-CALNAME:Talks\\, Tensions & Crimea: a #1 story" in text
    assert "URL:https://example.org/news/2019/05/15/sample?x=1&y=2" in text
    assert re.search(r"DESCRIPTION:.*Source: https://example.org/news", text)
    assert "METHOD" not in text


# --- issue 5: --imprecise, --calendar-name, CATEGORIES, ical_check -------------------------


def _render(timeline: Timeline, **options: Any) -> bytes:
    return api.render(timeline, "ics", options=ExportOptions(**options))


def _by_value(data: bytes) -> dict[str, icalendar.Component]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(v["X-TIMELINE-VALUE"]): v for v in cal.walk("VEVENT")}


def test_imprecise_span_covers_the_period(sample_timeline: Timeline) -> None:
    events = _by_value(_render(sample_timeline, imprecise=Imprecise.SPAN))
    year = events["2014"]
    assert year.decoded("DTSTART") == dt.date(2014, 1, 1)
    assert year.decoded("DTEND") == dt.date(2015, 1, 1)
    assert str(year["SUMMARY"]) == "Russia annexes Crimea (2014)"
    decade = events["196"]  # ten years: DURATION, since X-TIMELINE-GRANULARITY says year
    assert "DTEND" not in decade
    assert decade.decoded("DTSTART") + decade.decoded("DURATION") == dt.date(1970, 1, 1)
    assert "DTEND" in events["2019-05-14"]
    assert events["2019-05-14"].decoded("DTEND") == dt.date(2019, 5, 15)


def test_imprecise_skip_keeps_only_days(sample_timeline: Timeline) -> None:
    events = _by_value(_render(sample_timeline, imprecise=Imprecise.SKIP))
    assert list(events) == ["2019-05-14"]


def test_imprecise_skip_of_everything_is_an_error(sample_timeline: Timeline) -> None:
    only_years = Timeline.of(
        title="Years",
        sources=sample_timeline.sources,
        events=tuple(e for e in sample_timeline.events if e.granularity is not Granularity.DAY),
    )
    with pytest.raises(ExportError, match="Years: no event is known to the day"):
        _render(only_years, imprecise=Imprecise.SKIP)


def test_calendar_name_option_is_escaped(sample_timeline: Timeline) -> None:
    text = _render(sample_timeline, calendar_name="News; world, 2019").decode()
    assert "\r\nNAME:News\\; world\\, 2019\r\n" in text
    assert "\r\nX-WR-CALNAME:News\\; world\\, 2019\r\n" in text


def test_text_escapes_backslash_first_and_drops_control_characters(
    sample_timeline: Timeline,
) -> None:
    name = "a\\; b,\tc\x00\x01d\\,"
    text = _render(sample_timeline, calendar_name=name).decode()
    # the tab is whitespace (collapsed to a space by the name option); NUL and SOH are dropped
    assert "\r\nNAME:a\\\\\\; b\\, cd\\\\\\,\r\n" in text


def test_categories_name_every_source_of_the_event(sample_timeline: Timeline) -> None:
    two = _two_articles(sample_timeline)
    cal = icalendar.Calendar.from_ical(_ics(two))
    for vevent in cal.walk("VEVENT"):
        categories = vevent["CATEGORIES"]
        assert isinstance(categories, icalendar.vCategory)
        assert [str(c) for c in categories.cats] == [
            "Talks, Tensions & Crimea: a #1 story",
            "Follow-up: talks end",
        ]


def _two_articles(single: Timeline) -> Timeline:
    """The same events reported again by a second article, merged with the first."""
    follow = Source(id="follow-up.txt", title="Follow-up: talks end", published=single_day())
    events = tuple(
        e.model_copy(
            update={"mentions": (*e.mentions, e.source.model_copy(update={"source": follow.id}))}
        )
        for e in single.events
    )
    return Timeline.of(title="Two articles", sources=(*single.sources, follow), events=events)


def single_day() -> dt.date:
    return dt.date(2019, 5, 16)


def _ical_check(
    format_checker: Checker, path: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    done = format_checker("ical_check.py", [path, "--timeline", "--require", "all", *extra])
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 problems in " in done.stdout.splitlines()[-1]
    return done


@pytest.mark.parametrize("imprecise", list(Imprecise))
def test_sample_passes_ical_check(
    imprecise: Imprecise, sample_timeline: Timeline, tmp_path: Path, format_checker: Checker
) -> None:
    path = tmp_path / "sample.ics"
    path.write_bytes(_render(sample_timeline, imprecise=imprecise))
    _ical_check(format_checker, path)


@pytest.mark.parametrize("path", sorted((ROOT / "exports").glob("*.ics")), ids=lambda p: p.name)
def test_committed_exports_pass_ical_check(path: Path, format_checker: Checker) -> None:
    _ical_check(format_checker, path)


def test_uids_stable_between_one_and_two_articles(
    sample_timeline: Timeline, tmp_path: Path, format_checker: Checker
) -> None:
    one, two = tmp_path / "one.ics", tmp_path / "two.ics"
    one.write_bytes(_ics(sample_timeline))
    two.write_bytes(_ics(_two_articles(sample_timeline)))
    _ical_check(format_checker, one, "--expect-stable", str(two))
    _ical_check(format_checker, two, "--expect-stable", str(one))


def test_empty_timeline_is_refused_with_a_reason() -> None:
    empty = Timeline(title="Nothing")
    with pytest.raises(ExportError, match="Nothing: the timeline has no events"):
        api.render(empty, "ics")
