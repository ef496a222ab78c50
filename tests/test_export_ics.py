from __future__ import annotations

import datetime as dt
import re

import icalendar
import vobject

from timeline import api
from timeline.model import Timeline


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
