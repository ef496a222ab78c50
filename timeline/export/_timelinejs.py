"""TimelineJS 3 export: the JSON document Knight Lab's TimelineJS viewer loads.

Date parts are integers at the event's own granularity (a year event has only
``year``), text fields are HTML with the article text escaped, ``unique_id`` is the
event's stable uuid5 id, an ``end_date`` equal to the start is left out (TimelineJS
would drop it), and the source link sits in each slide's text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from json.encoder import encode_basestring

from timeline import values
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions
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


def _end_parts(event: Event) -> _DatePart | None:
    value = event.end_date or event.date
    grain = values.granularity(value)
    day = event.end if grain is not Granularity.DATETIME else values.bounds(value)[0]
    end = _parts(day, grain, value)
    start = _parts(event.start, event.granularity, event.date)
    # TimelineJS compares only the parts the start has, and drops an equal end.
    return None if all(end.get(k) == v for k, v in start.items()) else end


def _link(source: Source | None, fallback: str) -> str:
    name = html.escape((source.title if source else None) or fallback)
    if source is not None and source.url and source.url.startswith(("http://", "https://")):
        return f'Source: <a href="{html.escape(source.url)}">{name}</a>'
    return f"Source: {name}"


def _slide(event: Event, timeline: Timeline) -> dict[str, object]:
    source = timeline.source(event.source.source)
    when = values.label(event.date, mod=event.mod)
    if event.end_date is not None:
        when = f"{when} to {values.label(event.end_date)}"
    text = [html.escape(event.description)] if event.description else []
    text.append(f"&ldquo;{html.escape(event.quote)}&rdquo;")
    text.append(_link(source, event.source.source))
    slide: dict[str, object] = {
        "start_date": _parts(event.start, event.granularity, event.date),
    }
    if (end := _end_parts(event)) is not None:
        slide["end_date"] = end
    slide |= {
        "display_date": when,
        "text": {"headline": html.escape(event.title), "text": "<br>".join(text)},
        "unique_id": f"event-{event.id}",
        "autolink": False,
    }
    return slide


def _dumps(value: object, indent: str = "\n") -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` for the str/int/bool/dict/list
    values of a slide; json's indented encoder runs in pure Python and was most of this
    export's time."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{encode_basestring(k)}: {_dumps(v, inner)}" for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join(_dumps(v, inner) for v in value) + indent + "]"
    msg = f"cannot write {type(value).__name__} in a TimelineJS document"
    raise TypeError(msg)


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
        data = {
            "title": {"text": {"headline": html.escape(timeline.title), "text": intro}},
            "events": [_slide(event, timeline) for event in timeline.events],
        }
        return (_dumps(data) + "\n").encode()
