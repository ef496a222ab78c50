"""iCalendar export (RFC 5545), following the decisions in the project's ical notes.

Every event is an all-day event with an exclusive end. Dates known only to the
week, month, season, quarter, year or coarser are written, by default, as a one-day
marker on the first day of their period, with a visible cue in SUMMARY ("(2014, exact
date unknown)") and the exact value in ``X-TIMELINE-*`` properties; ``--imprecise span``
makes them cover their period instead and ``--imprecise skip`` leaves them out. Ranges
span their days.
UIDs are the events' uuid5 ids and DTSTAMP comes from the data, never the clock, so
the same input always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import urllib.parse

from timeline import __version__, values
from timeline.errors import ExportError
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions, Imprecise, sources_by_id
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.values import Granularity

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


# An enum member's value, or the member looked up on its class, costs a descriptor call
# each time (Python 3.11): the per-event code reads these instead.
_GRAIN_VALUE = {grain: grain.value for grain in Granularity}
_SPAN = Imprecise.SPAN
_PRECISE = frozenset({Granularity.DAY, Granularity.DATETIME})


def is_imprecise(event: Event) -> bool:
    """Whether the event's date or end is known only to the week or coarser."""
    if event.granularity not in _PRECISE:
        return True
    return event.end_date is not None and values.granularity(event.end_date) not in _PRECISE


def cue(
    date: str, end_date: str | None, mod: str | None, imprecise: Imprecise = Imprecise.MARKER
) -> str | None:
    """The note SUMMARY adds in parentheses after the title, if any.

    Args:
        date: The event's TIMEX3 value.
        end_date: The TIMEX3 value of a range's end, or None.
        mod: The TIMEX3 modifier, or None.
        imprecise: How imprecise dates are drawn (a marker needs "exact date unknown").

    Returns:
        E.g. ``2014, exact date unknown``, ``2016 to 2019``, or None for a plain day.
    """
    return _cue(date, end_date, mod, imprecise)


# A pure function of its arguments, asked for every event of every calendar.
@functools.lru_cache(maxsize=4096)
def _cue(date: str, end_date: str | None, mod: str | None, imprecise: Imprecise) -> str | None:
    when = values.label(date, mod=mod, short=True)
    if end_date is not None:
        return f"{when} to {values.label(end_date, short=True)}"
    grain = values.granularity(date)
    if grain is Granularity.DAY:
        return None
    if grain is Granularity.DATETIME:
        return f"{when}, local time"
    if imprecise is Imprecise.SPAN:
        return when
    if grain in (Granularity.WEEK, Granularity.MONTH):
        return f"{when}, exact day unknown"
    return f"{when}, exact date unknown"


def summary(event: Event, imprecise: Imprecise = Imprecise.MARKER) -> str:
    """SUMMARY: the title, plus a cue when the calendar shows more precision than known."""
    note = _cue(event.date, event.end_date, event.mod, imprecise)
    return event.title if note is None else f"{event.title} ({note})"


def _period_end(first: dt.date, unit: str) -> dt.date:
    """The exclusive end of one whole ``unit`` (year, month, week, day) from ``first``."""
    match unit:
        case "year":
            return dt.date(first.year + 1, 1, 1)
        case "month":
            year, month = divmod(first.month, 12)
            return dt.date(first.year + year, month + 1, 1)
        case "week":
            return first + dt.timedelta(days=7)
        case _:
            return first + dt.timedelta(days=1)


def _categories(event: Event, sources: dict[str, Source]) -> list[str]:
    """CATEGORIES: the documents the event comes from (their titles, else how they were named)."""
    names: list[str] = []
    for mention in event.mentions or (event.source,):
        source = sources.get(mention.source)
        name = " ".join(((source.title if source else None) or mention.source).split())
        if name and name not in names:
            names.append(name)
    return names


def _web_url(source: Source | None) -> str | None:
    if source is None or not source.url:
        return None
    parts = urllib.parse.urlsplit(source.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return urllib.parse.quote(source.url, safe=":/?#[]@!$&'()*+,;=%~")


def _clip_utf8(text: str, limit: int) -> str:
    if len(text) * 4 <= limit:  # four octets at most per character: no need to encode
        return text
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode(errors="ignore") + "…"


def description(event: Event, source: Source | None) -> str:
    """DESCRIPTION: context, the quote, how the date was read, and the source link."""
    return _description(event, _web_url(source))


def _description(event: Event, link: str | None) -> str:
    """:func:`description`, with the source's web URL (``_web_url``) already found."""
    parts = [event.description] if event.description else []
    parts.append(f"Quote: “{event.quote}”")
    when = f"Date: {values.label(event.date, mod=event.mod)} ({_GRAIN_VALUE[event.granularity]})"
    parts.append(f"{when}. {event.why}" if event.why else f"{when}.")
    parts.append(f"Source: {link or event.source.source}")
    return _clip_utf8("\n\n".join(parts), _MAX_DESCRIPTION)


def stamp(timeline: Timeline) -> dt.datetime:
    """DTSTAMP for every event: midnight UTC of the newest publication date in the data."""
    published = [s.published for s in timeline.sources if s.published is not None]
    if not published:
        return _EPOCH
    newest = max(published)
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC)


# TEXT escapes (RFC 5545 §3.3.11); control characters other than TAB are dropped.
_TEXT_REPLACEMENTS = {"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"} | {
    chr(c): "" for c in range(32) if c not in (9, 10)
}
_CONTROL = re.compile(
    "[" + re.escape("".join(c for c, r in _TEXT_REPLACEMENTS.items() if not r)) + "]"
)
_FOLD = 75  # octets per physical line, CRLF excluded (RFC 5545 §3.1)


def _text(value: str) -> str:
    """A TEXT value, escaped (RFC 5545 §3.3.11): the replacements of _TEXT_REPLACEMENTS,
    as str.replace calls (the backslash first, so that no added one is doubled)."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """One content line, folded at 75 octets of UTF-8, never inside a character; the
    line breaks between the folded parts included, the final one not."""
    if line.isascii():  # one octet per character: cut every 75 (then 74) characters
        if len(line) <= _FOLD:
            return line
        rest = range(_FOLD, len(line), _FOLD - 1)
        return "\r\n ".join([line[:_FOLD], *(line[k : k + _FOLD - 1] for k in rest)])
    data = line.encode()
    if len(data) <= _FOLD:
        return line
    parts = []
    start, width = 0, _FOLD
    while len(data) - start > width:
        cut = start + width
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: step back
            cut -= 1
        parts.append(data[start:cut])
        start, width = cut, _FOLD - 1  # continuation lines start with one space
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


# Three fixed lines of every VEVENT, as one string.
_FREE_ALL_DAY = (
    "TRANSP:TRANSPARENT\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-CDO-BUSYSTATUS:FREE"
)


# Date values and modifiers repeat within and across calendars.
@functools.lru_cache(maxsize=4096)
def _value_line(name: str, value: str) -> str:
    """The folded content line ``name:value``, the value escaped as TEXT."""
    return _fold(f"{name}:{_text(value)}")


def _date(day: dt.date) -> str:
    return day.isoformat().replace("-", "")  # YYYYMMDD: isoformat pads the year to four digits


@dataclasses.dataclass(frozen=True)
class IcsExporter:
    """Writes one VCALENDAR of all-day VEVENTs.

    The content lines are written here rather than by icalendar's general serializer,
    which spent most of an export's time folding lines; what they must look like is
    pinned by the golden files and checked in the tests by icalendar, vobject, ical
    and the project's .ics checker. icalendar reads calendars back (``_ical_read``).
    """

    format: ExportFormat = ExportFormat.ICS
    suffix: str = ".ics"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The calendar: UTF-8 without BOM, CRLF line ends, folded at 75 octets.

        Args:
            timeline: The timeline to write.
            options: ``imprecise`` and ``calendar_name`` apply.

        Returns:
            The calendar's bytes.

        Raises:
            ExportError: Nothing is left to write (no events, or ``--imprecise skip``
                removed every event), since a calendar without components is invalid.
        """
        events = timeline.events
        if not events:
            msg = f"{timeline.title}: the timeline has no events, and a calendar needs one"
            raise ExportError(msg)
        if options.imprecise is Imprecise.SKIP:
            events = tuple(e for e in events if not is_imprecise(e))
        if not events:
            msg = (
                f"{timeline.title}: no event is known to the day, so --imprecise skip leaves "
                "an empty calendar; use --imprecise marker or span"
            )
            raise ExportError(msg)
        name = _text(" ".join((options.calendar_name or "").split()) or timeline.title)
        count = len(timeline.sources)
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            _fold(f"PRODID:{_PRODID}"),
            "CALSCALE:GREGORIAN",
            _fold(f"NAME:{name}"),
            _fold(f"X-WR-CALNAME:{name}"),
            f"X-WR-CALDESC:Dated events extracted from {count} document{'s' * (count != 1)}",
        ]
        dtstamp = stamp(timeline).strftime("%Y%m%dT%H%M%SZ")
        sources = sources_by_id(timeline)
        categories: dict[tuple[str, ...], str] = {}  # one line per set of documents
        links: dict[str, tuple[str | None, str | None]] = {}  # per source: URL, URL line
        for event in events:
            lines += self._vevent(event, sources, dtstamp, options.imprecise, categories, links)
        lines.append("END:VCALENDAR\r\n")
        return "\r\n".join(lines).encode()

    @staticmethod
    def _vevent(
        event: Event,
        sources: dict[str, Source],
        dtstamp: str,
        imprecise: Imprecise,
        categories: dict[tuple[str, ...], str],
        links: dict[str, tuple[str | None, str | None]],
    ) -> list[str]:
        name = event.source.source
        if (link := links.get(name)) is None:
            url = _web_url(sources.get(name))
            link = links[name] = (url, _fold(f"URL:{url}") if url else None)
        # DATE values need years 0001-9999 (RFC 5545 §3.3.4). The model stores days as
        # dt.date, which cannot hold BCE years or years past 9999, so such an event can
        # never reach this point and needs no warning here.
        # Lines that can be longer than 75 octets are folded; the others (fixed words,
        # numbers and dates) are at most 40 ASCII characters.
        lines = [
            "BEGIN:VEVENT",
            _fold(f"UID:{event.id}"),
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{_date(event.start)}",
        ]
        unit = _ICAL_GRANULARITY[event.granularity]
        after = event.end + dt.timedelta(days=1)
        if event.end_date is None and imprecise is not _SPAN:
            lines.append(f"DTEND;VALUE=DATE:{_date(event.start + dt.timedelta(days=1))}")
        elif event.end_date is None and after == _period_end(event.start, unit):
            lines.append(f"DTEND;VALUE=DATE:{_date(after)}")  # one whole year, month or week
        else:
            # A range (or a season, quarter, decade... drawn as a span) covers its days.
            # DURATION rather than DTEND: X-TIMELINE-GRANULARITY describes DTSTART, and a
            # DTEND past one period would contradict it (the checker's granularity rule).
            lines.append(f"DURATION:P{(after - event.start).days}D")
        lines += [
            _fold(f"SUMMARY:{_text(summary(event, imprecise))}"),
            _fold(f"DESCRIPTION:{_text(_description(event, link[0]))}"),
        ]
        key = tuple(m.source for m in event.mentions or (event.source,))
        if (line := categories.get(key)) is None:
            names = ",".join(_text(c) for c in _categories(event, sources))
            line = categories[key] = _fold(f"CATEGORIES:{names}")
        lines.append(line)
        if link[1] is not None:
            lines.append(link[1])
        lines += [
            _FREE_ALL_DAY,
            f"X-TIMELINE-GRANULARITY:{unit}",
            f"X-TIMELINE-DATE:{_ical_date(event)}",
            _value_line("X-TIMELINE-VALUE", event.date),
        ]
        if event.end_date is not None:
            lines.append(_value_line("X-TIMELINE-END-VALUE", event.end_date))
        if event.mod is not None:
            lines.append(_value_line("X-TIMELINE-MOD", event.mod))
        lines.append("END:VEVENT")
        return lines
