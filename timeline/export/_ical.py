"""iCalendar export (RFC 5545), following the decisions in the project's ical notes.

Every event is an all-day event with an exclusive DTEND. Dates known only to the
week, month, season, quarter, year or coarser are written as a one-day marker on the
first day of their period, with a visible cue in SUMMARY ("(2014, exact date
unknown)") and the exact value in ``X-TIMELINE-*`` properties; ranges span their days.
UIDs are the events' uuid5 ids and DTSTAMP comes from the data, never the clock, so
the same input always gives the same bytes. This is the only module that imports
icalendar, and it does so lazily to keep the command line quick to start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import urllib.parse
from typing import TYPE_CHECKING

from timeline import __version__, values
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.values import Granularity

if TYPE_CHECKING:
    import icalendar

_PRODID = f"-//timeline//timeline {__version__}//EN"
_MAX_DESCRIPTION = 7000  # octets; Google drops text past about 8 KB
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

# The checker and calendar tools know these granularities; finer TIMEX3 kinds map
# to the unit their first day is aligned to, and the exact value rides along in
# X-TIMELINE-VALUE so nothing is lost.
_ICAL_GRANULARITY = {
    Granularity.DATETIME: "day",
    Granularity.DAY: "day",
    Granularity.WEEK: "week",
    Granularity.MONTH: "month",
    Granularity.SEASON: "month",
    Granularity.QUARTER: "month",
    Granularity.HALF: "month",
    Granularity.YEAR: "year",
    Granularity.DECADE: "year",
    Granularity.CENTURY: "year",
}


def _ical_date(event: Event) -> str:
    """``X-TIMELINE-DATE``: the ISO date of DTSTART at the coarse granularity."""
    first = event.start
    match _ICAL_GRANULARITY[event.granularity]:
        case "year":
            return f"{first.year:04d}"
        case "month":
            return f"{first.year:04d}-{first.month:02d}"
        case "week":
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}"
        case _:
            return first.isoformat()


def summary(event: Event) -> str:
    """SUMMARY: the title, plus a cue when the calendar shows more precision than known."""
    when = values.label(event.date, mod=event.mod, short=True)
    if event.end_date is not None:
        end = values.label(event.end_date, short=True)
        return f"{event.title} ({when} to {end})"
    match event.granularity:
        case Granularity.DAY:
            return event.title
        case Granularity.DATETIME:
            return f"{event.title} ({when}, local time)"
        case Granularity.WEEK | Granularity.MONTH:
            return f"{event.title} ({when}, exact day unknown)"
        case _:
            return f"{event.title} ({when}, exact date unknown)"


def _web_url(source: Source | None) -> str | None:
    if source is None or not source.url:
        return None
    parts = urllib.parse.urlsplit(source.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return urllib.parse.quote(source.url, safe=":/?#[]@!$&'()*+,;=%~")


def _clip_utf8(text: str, limit: int) -> str:
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode(errors="ignore") + "…"


def description(event: Event, source: Source | None) -> str:
    """DESCRIPTION: context, the quote, how the date was read, and the source link."""
    parts = [event.description] if event.description else []
    parts.append(f"Quote: “{event.quote}”")
    when = f"Date: {values.label(event.date, mod=event.mod)} ({event.granularity.value})"
    parts.append(f"{when}. {event.why}" if event.why else f"{when}.")
    link = _web_url(source)
    parts.append(f"Source: {link or event.source.source}")
    return _clip_utf8("\n\n".join(parts), _MAX_DESCRIPTION)


def stamp(timeline: Timeline) -> dt.datetime:
    """DTSTAMP for every event: midnight UTC of the newest publication date in the data."""
    published = [s.published for s in timeline.sources if s.published is not None]
    if not published:
        return _EPOCH
    newest = max(published)
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC)


@dataclasses.dataclass(frozen=True)
class IcsExporter:
    """Writes one VCALENDAR of all-day VEVENTs."""

    format: ExportFormat = ExportFormat.ICS
    suffix: str = ".ics"

    def render(self, timeline: Timeline) -> bytes:
        """The calendar, CRLF-terminated and folded at 75 octets by icalendar."""
        import icalendar

        cal = icalendar.Calendar()
        cal.add("prodid", _PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        # NAME and X-* are not TEXT-escaped by icalendar unless wrapped in vText.
        cal.add("name", icalendar.vText(timeline.title))
        cal.add("x-wr-calname", icalendar.vText(timeline.title))
        count = len(timeline.sources)
        cal.add(
            "x-wr-caldesc",
            icalendar.vText(f"Dated events extracted from {count} document{'s' * (count != 1)}"),
        )
        dtstamp = stamp(timeline)
        for event in timeline.events:
            cal.add_component(self._vevent(event, timeline, dtstamp))
        return bytes(cal.to_ical())

    @staticmethod
    def _vevent(event: Event, timeline: Timeline, dtstamp: dt.datetime) -> icalendar.Event:
        import icalendar

        vevent = icalendar.Event()
        vtext = icalendar.vText
        source = timeline.source(event.source.source)
        vevent.add("uid", event.id)
        vevent.add("dtstamp", dtstamp)
        vevent.add("dtstart", event.start)
        if event.end_date is None:
            vevent.add("dtend", event.start + dt.timedelta(days=1))
        else:
            # A range spans its days. DURATION rather than DTEND: X-TIMELINE-GRANULARITY
            # describes DTSTART, and a DTEND past one period would contradict it.
            vevent.add("duration", event.end - event.start + dt.timedelta(days=1))
        vevent.add("summary", summary(event))
        vevent.add("description", description(event, source))
        vevent.add("categories", ["Timeline", f"Date granularity: {event.granularity.value}"])
        if url := _web_url(source):
            vevent.add("url", url)
        vevent.add("transp", "TRANSPARENT")
        vevent.add("x-microsoft-cdo-alldayevent", vtext("TRUE"))
        vevent.add("x-microsoft-cdo-busystatus", vtext("FREE"))
        vevent.add("x-timeline-granularity", vtext(_ICAL_GRANULARITY[event.granularity]))
        vevent.add("x-timeline-date", vtext(_ical_date(event)))
        vevent.add("x-timeline-value", vtext(event.date))
        if event.end_date is not None:
            vevent.add("x-timeline-end-value", vtext(event.end_date))
        return vevent
