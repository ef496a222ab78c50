"""TimelineJS 3 export: the JSON document Knight Lab's TimelineJS viewer loads.

Date parts are integers at the event's own granularity (a year event has only
``year``), text fields are HTML with the article text escaped, ``unique_id`` is the
event's stable uuid5 id, an ``end_date`` equal to the start is left out (TimelineJS
would drop it), and the source link sits in each slide's text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
from json.encoder import encode_basestring

from timeline import values
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions, sources_by_id
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.values import Granularity

_DatePart = dict[str, int]


def _parts(day: dt.date, grain: Granularity, value: str) -> _DatePart:
    """Integer date parts down to ``grain`` and no finer (TimelineJS needs ``year``)."""
    parts = {"year": day.year}
    if grain in (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY):
        return parts
    parts["month"] = day.month
    if grain in (Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF):
        return parts
    parts["day"] = day.day
    if grain is Granularity.DATETIME:
        clock = value.partition("T")[2]
        parts["hour"] = int(clock[:2])
        if clock[3:5]:
            parts["minute"] = int(clock[3:5])
    return parts


def _link(source: Source | None, fallback: str) -> str:
    name = html.escape((source.title if source else None) or fallback)
    if source is not None and source.url and source.url.startswith(("http://", "https://")):
        return f'Source: <a href="{html.escape(source.url)}">{name}</a>'
    return f"Source: {name}"


def _date_json(parts: _DatePart) -> str:
    """A slide's date parts, as ``json.dumps(indent=2)`` writes them inside a slide."""
    items = ",".join(f'\n        "{key}": {number:d}' for key, number in parts.items())
    return f"{{{items}\n      }}"


@functools.lru_cache(maxsize=4096)
def _dates_json(date: str, end_date: str | None) -> str:
    """A slide's ``start_date`` and, when it differs, ``end_date`` members, for an event
    with these values: both are pure functions of them (its start, end and granularity are
    derived from them), and dates repeat within and across timelines."""
    grain = values.granularity(date)
    first, last = values.bounds(date)
    if end_date is not None:
        last = values.bounds(end_date)[1]
    start = _parts(first, grain, date)
    value = end_date or date
    end_grain = values.granularity(value)
    day = last if end_grain is not Granularity.DATETIME else values.bounds(value)[0]
    end = _parts(day, end_grain, value)
    # TimelineJS compares only the parts the start has, and drops an equal end.
    if all(end.get(k) == v for k, v in start.items()):
        return f'"start_date": {_date_json(start)}'
    return f'"start_date": {_date_json(start)},\n      "end_date": {_date_json(end)}'


def _slide(event: Event, link: str) -> str:
    """One slide, exactly as ``json.dumps(slide, indent=2, ensure_ascii=False)`` writes it
    inside the ``events`` list (json's indented encoder runs in pure Python and was most
    of this export's time). ``link`` is the source line of the slide's text."""
    when = values.label(event.date, mod=event.mod)
    if event.end_date is not None:
        when = f"{when} to {values.label(event.end_date)}"
    text = [html.escape(event.description)] if event.description else []
    text.append(f"&ldquo;{html.escape(event.quote)}&rdquo;")
    text.append(link)
    lines = [
        f"{{\n      {_dates_json(event.date, event.end_date)}",
        f'"display_date": {encode_basestring(when)}',
        f'"text": {{\n        "headline": {encode_basestring(html.escape(event.title))},'
        f'\n        "text": {encode_basestring("<br>".join(text))}\n      }}',
        f'"unique_id": {encode_basestring(f"event-{event.id}")}',
        '"autolink": false\n    }',
    ]
    return ",\n      ".join(lines)


@dataclasses.dataclass(frozen=True)
class TimelineJsExporter:
    """Writes a TimelineJS 3 configuration (JSON)."""

    format: ExportFormat = ExportFormat.TIMELINEJS
    suffix: str = ".timelinejs"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The TimelineJS document as indented UTF-8 JSON (no options apply).

        Args:
            timeline: The timeline to write.
            options: Ignored.

        Returns:
            The document's bytes.
        """
        count = len(timeline.sources)
        intro = f"Dated events extracted from {count} document{'s' * (count != 1)}."
        sources = sources_by_id(timeline)
        links: dict[str, str] = {}  # the same link for every event of a source
        slides = []
        for event in timeline.events:
            name = event.source.source
            if (link := links.get(name)) is None:
                link = links[name] = _link(sources.get(name), name)
            slides.append(_slide(event, link))
        events = "[\n    " + ",\n    ".join(slides) + "\n  ]" if slides else "[]"
        title = encode_basestring(html.escape(timeline.title))
        head = (
            f'{{\n  "title": {{\n    "text": {{\n      "headline": {title},'
            f'\n      "text": {encode_basestring(intro)}\n    }}\n  }}'
        )
        return f'{head},\n  "events": {events}\n}}\n'.encode()
