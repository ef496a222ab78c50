"""Reading .ics back: our own exports round-trip; Google/Outlook/Apple calendars map to events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from timeline import api
from timeline.cli import app
from timeline.errors import TimelineFileError
from timeline.export.base import ExportOptions, Imprecise
from timeline.model import Timeline
from timeline.values import Granularity

DATA = ROOT / "tests" / "data" / "ics"


def _dates(timeline: Timeline) -> list[tuple[str, str | None, str]]:
    return [(e.date, e.end_date, e.title) for e in timeline.events]


@pytest.mark.parametrize("imprecise", [Imprecise.MARKER, Imprecise.SPAN])
def test_our_calendar_round_trips(
    sample_timeline: Timeline, tmp_path: Path, imprecise: Imprecise
) -> None:
    path = tmp_path / "sample.ics"
    path.write_bytes(api.render(sample_timeline, "ics", options=ExportOptions(imprecise=imprecise)))
    back = api.load_timeline(path)
    assert back.title == sample_timeline.title
    assert [e.id for e in back.events] == [e.id for e in sample_timeline.events]
    for old, new in zip(sample_timeline.events, back.events, strict=True):
        assert (new.date, new.end_date, new.mod, new.granularity) == (
            old.date,
            old.end_date,
            old.mod,
            old.granularity,
        )
        assert (new.start, new.end, new.title) == (old.start, old.end, old.title)
        assert new.quote == old.quote
        assert new.description == old.description


def test_google_calendar() -> None:
    timeline = api.load_timeline(DATA / "google.ics")
    assert timeline.title == "Newsroom"
    assert _dates(timeline) == [
        ("2019-05-06T09:00", None, "Weekly editorial meeting"),  # RRULE: first occurrence
        ("2019-05-14T10:30", None, "Press conference in Sochi"),  # TZID wall-clock time
        ("2019-05-15T22:00", None, "Late call with Moscow bureau"),  # UTC
        ("2019-05-20", "2019-05-22", "Budget hearings"),  # DTEND is exclusive
    ]  # the moved occurrence (RECURRENCE-ID) and the cancelled event are left out
    weekly, press = timeline.events[:2]
    assert "recurring; first occurrence" in weekly.why
    assert press.why == f"DTSTART 2019-05-14T10:30 America/New_York in {DATA / 'google.ics'}"
    assert press.granularity is Granularity.DATETIME
    assert (
        press.description == "Pompeo and Lavrov, joint press conference. Livestream on the website."
    )
    assert press.quote == "Press conference in Sochi (2019-05-14T10:30 America/New_York)"
    assert press.quote[press.source.timex_start : press.source.timex_end] == press.source.timex


def test_outlook_calendar_with_windows_time_zone() -> None:
    timeline = api.load_timeline(DATA / "outlook.ics")
    assert timeline.title == str(DATA / "outlook.ics")  # no X-WR-CALNAME: named after the file
    assert _dates(timeline) == [
        ("2019-04-02T10:00", None, "Quartalsbericht – Vorbereitung"),
        ("2019-06-01", None, "Stadtfest"),
    ]
    assert "W. Europe Standard Time" in timeline.events[0].why


def test_apple_calendar_durations_and_floating_times() -> None:
    timeline = api.load_timeline(DATA / "apple.ics")
    assert _dates(timeline) == [
        ("2020-03-10T18:30", None, "School play"),  # DURATION:PT2H, same day
        ("2020-03-20T22:00", "2020-03-22", "Night shoot"),  # runs over two midnights
        ("2020-04-01T09:00", None, "Dentist"),  # floating time
        ("2020-07-04", None, "Independence Day"),  # yearly: first occurrence
    ]


@pytest.mark.parametrize("name", ["google.ics", "outlook.ics", "apple.ics"])
def test_foreign_calendar_exports_to_json_and_back_to_ics(name: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(DATA / name), "-f", "json", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    timeline = Timeline.model_validate_json(result.stdout)
    assert timeline.events
    again = tmp_path / "again.ics"
    again.write_bytes(api.render(timeline, "ics"))
    assert _dates(api.load_timeline(again)) == _dates(timeline)


def test_not_a_calendar_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nthis is not a content line\r\n")
    with pytest.raises(TimelineFileError, match=r"bad\.ics: not a valid iCalendar file"):
        api.load_timeline(path)


def test_event_without_start_names_the_event(tmp_path: Path) -> None:
    path = tmp_path / "nostart.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        b"SUMMARY:Lost\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(
        TimelineFileError, match=r"nostart\.ics: VEVENT 1 \('Lost'\) has no DTSTART"
    ):
        api.load_timeline(path)


def test_json_of_a_calendar_is_valid_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(DATA / "google.ics"), "-f", "json", "-o", "-"])
    assert json.loads(result.stdout)["schema_version"] == 1
