"""Reading iCalendar files back into the model: ours losslessly, anyone's usefully.

Our own exports carry each event's TIMEX3 values in ``X-TIMELINE-VALUE`` /
``X-TIMELINE-END-VALUE`` (and ``X-TIMELINE-MOD``), so they come back at their real
granularity with the same ids. Calendars from Google, Outlook or Apple become day
events (all-day ``DATE`` values; several days make a range) and date-time events
(kept at the wall-clock time of their own time zone, which the ``why`` names);
a recurring event contributes its first occurrence (``DTSTART``). Like the writer,
this module imports icalendar lazily.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline import values
from timeline.errors import DateParseError, TimelineFileError
from timeline.export._ical import cue
from timeline.export.base import Imprecise
from timeline.model import Event, Mention, Source, Timeline

if TYPE_CHECKING:
    import icalendar

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")  # RFC 5545 §3.3.11
_QUOTE = re.compile(r"(?:\A|\n\n)Quote: “(?P<quote>.+?)”(?:\n\n|\Z)", re.DOTALL)


def _text(component: icalendar.Component, name: str) -> str:
    import icalendar

    value = component.get(name)
    if value is None:
        return ""
    text = str(value)
    if not isinstance(value, icalendar.vText):  # X- and NAME come back still TEXT-escaped
        text = _TEXT_ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], text)
    return " ".join(text.split())


def _title(vevent: icalendar.Component, date: str, end: str | None, mod: str | None) -> str:
    """SUMMARY without the cue our exporter added, so the title (and the id) round-trip."""
    text = _text(vevent, "SUMMARY")
    for mode in (Imprecise.MARKER, Imprecise.SPAN):
        note = cue(date, end, mod, mode)
        if note is not None and text.endswith(f" ({note})"):
            return text.removesuffix(f" ({note})")
    return text


def _timex_of(start: dt.date | dt.datetime, tzid: str | None) -> tuple[str, str]:
    """The TIMEX3 value of a DTSTART (its own wall-clock time), and its time zone's name."""
    if not isinstance(start, dt.datetime):
        return start.isoformat(), ""
    clock = f"{start:%H:%M}" if start.second == 0 else f"{start:%H:%M:%S}"
    if tzid:
        zone = f" {tzid}"
    elif start.tzinfo is not None and start.utcoffset() == dt.timedelta(0):
        zone = " UTC"
    else:
        zone = ""  # floating time: the same wall-clock time everywhere
    return f"{start:%Y-%m-%d}T{clock}", zone


def _last_day(vevent: icalendar.Component, start: dt.date | dt.datetime) -> dt.date | None:
    """The last calendar day an event covers, from DTEND (exclusive) or DURATION."""
    if "DTEND" in vevent:
        end = vevent.decoded("DTEND")
    elif "DURATION" in vevent:
        end = start + vevent.decoded("DURATION")
    else:
        return None
    if isinstance(end, dt.datetime):
        if isinstance(start, dt.datetime) and start.tzinfo is not None and end.tzinfo is not None:
            end = end.astimezone(start.tzinfo)
        # An end at midnight belongs to the day before (exclusive end).
        return (end - dt.timedelta(microseconds=1)).date()
    assert isinstance(end, dt.date)
    return end - dt.timedelta(days=1)


def _event(vevent: icalendar.Component, name: str, index: int) -> Event:
    where = f"{name}: VEVENT {index}"
    if "DTSTART" not in vevent:
        msg = f"{where} ({_text(vevent, 'SUMMARY')!r}) has no DTSTART"
        raise TimelineFileError(msg)
    start = vevent.decoded("DTSTART")
    recurring = " (recurring; first occurrence)" if "RRULE" in vevent or "RDATE" in vevent else ""
    ours = _text(vevent, "X-TIMELINE-VALUE")
    if ours:
        date = ours
        end_date = _text(vevent, "X-TIMELINE-END-VALUE") or None
        mod = _text(vevent, "X-TIMELINE-MOD") or None
        why = f"X-TIMELINE-VALUE {date} in {name}"
        zone = ""
    else:
        date, zone = _timex_of(start, vevent["DTSTART"].params.get("TZID"))
        mod = None
        last = _last_day(vevent, start)
        first = start.date() if isinstance(start, dt.datetime) else start
        end_date = last.isoformat() if last is not None and last > first else None
        why = f"DTSTART {date}{zone} in {name}{recurring}"
    try:
        values.bounds(date)
        if end_date is not None:
            values.bounds(end_date)
    except DateParseError as exc:
        msg = f"{where}: {exc}"
        raise TimelineFileError(msg) from exc
    title = _title(vevent, date, end_date, mod) or "(untitled event)"
    description = vevent.get("DESCRIPTION")
    details = str(description) if description is not None else ""
    found = _QUOTE.search(details) if ours else None
    if found:
        quote = " ".join(found["quote"].split())
        details = details[: found.start()]
        timex, timex_start = quote, 0
    else:
        timex = f"{date}{zone}"
        quote = f"{title} ({timex})"
        timex_start = len(title) + 2
    mention = Mention(
        source=name,
        quote=quote,
        quote_start=0,
        quote_end=len(quote),
        timex=timex,
        timex_start=timex_start,
        timex_end=timex_start + len(timex),
    )
    return Event.build(
        date=date,
        end_date=end_date,
        mod=mod,
        title=title,
        description=" ".join(details.split()),
        mentions=(mention,),
        why=why,
    )


def read_calendar(data: bytes, name: str) -> Timeline:
    """Turn the bytes of an ``.ics`` file into a timeline.

    Args:
        data: The file's bytes.
        name: How to name the file in messages and as the events' source.

    Returns:
        One event per VEVENT (cancelled events and changed occurrences of recurring
        events left out), in chronological order; the same event twice is kept once.

    Raises:
        TimelineFileError: The data is not iCalendar, or an event has no usable start.
    """
    import icalendar

    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except ValueError as exc:
        msg = f"{name}: not a valid iCalendar file ({exc})"
        raise TimelineFileError(msg) from exc
    events: dict[str, Event] = {}
    title = ""
    index = 0
    for calendar in calendars:
        title = title or _text(calendar, "X-WR-CALNAME") or _text(calendar, "NAME")
        for vevent in calendar.walk("VEVENT"):
            index += 1
            if "RECURRENCE-ID" in vevent or _text(vevent, "STATUS").upper() == "CANCELLED":
                continue
            event = _event(vevent, name, index)
            events.setdefault(event.id, event)
    source = Source(id=name, title=title or None)
    return Timeline.of(title=title or name, sources=(source,), events=tuple(events.values()))
