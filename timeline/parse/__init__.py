"""The parser: text in, time expressions and events out. Pure functions, no clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

from timeline.model import Event, Mention, Source
from timeline.parse.document import find_metadata, unwrap
from timeline.parse.events import build_events
from timeline.parse.tagger import tag
from timeline.parse.timex import Timex

__all__ = ["Analysis", "DateOrder", "Timex", "analyse", "tag"]

DateOrder = Literal["auto", "mdy", "dmy"]


@dataclasses.dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the parser found in one document.

    Attributes:
        source: The document, with the publication date and URL it states (or was given).
        timexes: Every time expression, resolved against the publication date.
        events: The dated events, in text order.
        dateline: The expression that gave the publication date, if the text has one.
        warnings: What the user should know (no publication date, unresolved dates).
    """

    source: Source
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    dateline: Timex | None
    warnings: tuple[str, ...]


def _quoting(event: Event, text: str) -> Event:
    """``event`` with its quotes and time expressions cut from ``text`` at their offsets."""
    mentions = tuple(
        Mention.build(
            source=m.source,
            quote=text[m.quote_start : m.quote_end],
            quote_start=m.quote_start,
            quote_end=m.quote_end,
            timex=text[m.timex_start : m.timex_end],
            timex_start=m.timex_start,
            timex_end=m.timex_end,
        )
        for m in event.mentions
    )
    return Event.build(
        date=event.date,
        title=event.title,
        description=event.description,
        mentions=mentions,
        end_date=event.end_date,
        mod=event.mod,
        confidence=event.confidence,
        why=event.why,
    )


def analyse(
    text: str,
    *,
    source_id: str,
    published: dt.date | None = None,
    url: str | None = None,
    date_order: DateOrder = "auto",
) -> Analysis:
    """Find the time expressions and events of one document.

    Args:
        text: The document text.
        source_id: How to name the document (its path, ``-`` or a URL).
        published: The publication date; overrides the dateline found in the text.
        url: The article's address; overrides a URL stated in the text.
        date_order: How to read ambiguous numeric dates such as 03/04/2024.

    Returns:
        The analysis; relative expressions stay unresolved when no publication date
        is known (and a warning says so).

    Example:
        >>> result = analyse("May 15, 2019\\nThey met on Tuesday.", source_id="a.txt")
        >>> [e.date for e in result.events]
        ['2019-05-14']
    """
    meta = find_metadata(text)
    dct = published or meta.published
    flow = unwrap(text)  # hard-wrapped lines joined, at the same offsets
    timexes = tag(flow, dct=dct, date_order=date_order)
    source = Source.build(source_id=source_id, url=url or meta.url, title=meta.title, published=dct)
    events = build_events(
        flow,
        timexes,
        source_id=source_id,
        exclude=meta.dateline,
        title=meta.title,
        published=dct,
    )
    if flow is not text:
        # The evidence quotes the text as it was read, line breaks and all.
        timexes = tuple(dataclasses.replace(t, text=text[t.start : t.end]) for t in timexes)
        events = tuple(_quoting(event, text) for event in events)
    warnings: list[str] = []
    if dct is None:
        unresolved = [t for t in timexes if t.anchor == "unresolved" and t.type in ("DATE", "TIME")]
        if unresolved:
            examples = ", ".join(f"“{t.text}”" for t in unresolved[:3])
            warnings.append(
                f"{source_id}: no publication date found, so {len(unresolved)} relative "
                f"date(s) stay unresolved ({examples}); pass --published YYYY-MM-DD"
            )
    return Analysis(
        source=source,
        timexes=timexes,
        events=events,
        dateline=meta.dateline,
        warnings=tuple(warnings),
    )
