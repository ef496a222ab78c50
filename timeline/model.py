"""The data model: frozen pydantic models that every parser and exporter share.

A :class:`Timeline` holds :class:`Source` documents and :class:`Event` entries. Each
event carries its date as a TIMEX3 value at its real granularity (``2014`` stays a
year), the calendar days that value covers, and its evidence: the quote, where it
stands in the source text, and the time expression that dated it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import uuid
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from timeline import values
from timeline.options import ExportFormat
from timeline.values import Granularity

__all__ = [
    "SCHEMA_VERSION",
    "Event",
    "ExportFormat",
    "Granularity",
    "Mention",
    "Source",
    "Timeline",
    "event_id",
]

SCHEMA_VERSION: Literal[1] = 1
SCHEMA_ID = "https://timeline.invalid/schema/timeline-1.schema.json"

# Fixed forever: changing it would change every event id and calendar UID.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:timeline:event")
_NAMESPACE_BYTES = _NAMESPACE.bytes


# Date values repeat within and across documents; the parse is pure (errors are not cached).
@functools.lru_cache(maxsize=4096)
def _bounds(value: str) -> tuple[dt.date, dt.date]:
    return values.bounds(value)


@functools.lru_cache(maxsize=4096)
def _granularity(value: str) -> Granularity:
    return values.granularity(value)


Offset = Annotated[int, Field(ge=0)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """A document events were taken from.

    Attributes:
        id: How the user named it: a path as given, ``-`` for stdin, or a URL.
        url: The article's web address, when the document states it.
        title: The article's headline, when one was found.
        published: The publication date (document creation time) relative dates
            were resolved against, or None when unknown.
        text: The text the offsets point into, when it is not the file itself (the
            article text extracted from a web page); None for text files.
    """

    id: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    text: str | None = Field(
        default=None,
        description="The text offsets point into when it is not the file itself (web pages).",
        exclude_if=lambda value: value is None,  # text files: JSON stays as it was
    )

    @classmethod
    def build(
        cls, *, source_id: str, url: str | None, title: str | None, published: dt.date | None
    ) -> Source:
        """``Source(id=source_id, url=..., title=..., published=...)``, made without running
        validation when the fields have exactly the types it accepts and keeps unchanged
        (the parser makes one per document). Anything else goes through validation.

        Raises:
            pydantic.ValidationError: The fields are not a valid source.
        """
        if (
            cls is Source
            and type(source_id) is str
            and source_id
            and (url is None or type(url) is str)
            and (title is None or type(title) is str)
            and (published is None or type(published) is dt.date)
        ):
            fields = {
                "id": source_id,
                "url": url,
                "title": title,
                "published": published,
                "text": None,
            }
            return _trusted(cls, fields, ("id", "url", "title", "published"))
        return cls(id=source_id, url=url, title=title, published=published)


class Mention(_Frozen):
    """One piece of evidence for an event: a quote and the time expression in it.

    Offsets are character offsets into the source text as read (after decoding), so
    ``text[quote_start:quote_end] == quote`` and ``text[timex_start:timex_end] == timex``.
    """

    source: str = Field(min_length=1, description="Source.id of the document quoted.")
    quote: str = Field(min_length=1)
    quote_start: Offset
    quote_end: Offset
    timex: str = Field(min_length=1, description="The time expression, e.g. 'on Tuesday'.")
    timex_start: Offset
    timex_end: Offset

    @classmethod
    def build(
        cls,
        *,
        source: str,
        quote: str,
        quote_start: int,
        quote_end: int,
        timex: str,
        timex_start: int,
        timex_end: int,
    ) -> Mention:
        """``Mention(...)`` with these fields; when they have exactly the types and values
        validation accepts and keeps unchanged, the mention is made without running it
        (the parser makes one per event). Anything else goes through validation.

        Raises:
            pydantic.ValidationError: The fields are not a valid mention.
        """
        fields = {
            "source": source,
            "quote": quote,
            "quote_start": quote_start,
            "quote_end": quote_end,
            "timex": timex,
            "timex_start": timex_start,
            "timex_end": timex_end,
        }
        if (
            cls is Mention
            and type(source) is str
            and type(quote) is str
            and type(timex) is str
            and type(quote_start) is int
            and type(quote_end) is int
            and type(timex_start) is int
            and type(timex_end) is int
            and source
            and quote
            and timex
            and 0 <= quote_start <= timex_start
            and timex_end <= quote_end
            and quote_end - quote_start == len(quote)
            and timex_end - timex_start == len(timex)
        ):
            return _trusted(cls, fields, fields)
        return cls(**fields)

    @model_validator(mode="after")
    def _check_offsets(self) -> Mention:
        if self.quote_end - self.quote_start != len(self.quote):
            msg = "quote_end - quote_start must equal the length of quote"
            raise ValueError(msg)
        if self.timex_end - self.timex_start != len(self.timex):
            msg = "timex_end - timex_start must equal the length of timex"
            raise ValueError(msg)
        if not (self.quote_start <= self.timex_start and self.timex_end <= self.quote_end):
            msg = "the time expression must lie inside the quote"
            raise ValueError(msg)
        return self


class Event(_Frozen):
    """One dated entry of a timeline.

    Attributes:
        id: uuid5 of the event's canonical content (see :func:`event_id`); stable.
        date: TIMEX3 value of when it happened, at its own granularity (``2014``).
        end_date: For a range ("from 2016 to 2019"), the TIMEX3 value of its end.
        granularity: The granularity of ``date``.
        mod: TIMEX3 modifier from the text (``START``, ``MID``, ``END``, ``APPROX``, ...).
        start: First calendar day covered.
        end: Last calendar day covered (inclusive).
        title: A short headline.
        description: The sentence or two giving context.
        quote: The exact text of the first mention.
        source: The first mention: quote, time expression and offsets.
        mentions: Every mention, in order, the first included.
        confidence: How sure the parser is that this is a real, rightly dated event (0-1).
        why: How the date was resolved, in words.
    """

    id: str
    date: str
    end_date: str | None = None
    granularity: Granularity
    mod: str | None = None
    start: dt.date
    end: dt.date
    title: str = Field(min_length=1)
    description: str
    quote: str = Field(min_length=1)
    source: Mention
    mentions: tuple[Mention, ...] = ()
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    why: str = ""

    @model_validator(mode="after")
    def _check_date(self) -> Event:
        first, last = _bounds(self.date)
        if _granularity(self.date) is not self.granularity:
            msg = f"granularity {self.granularity.value!r} does not match date {self.date!r}"
            raise ValueError(msg)
        if self.end_date is not None:
            last = _bounds(self.end_date)[1]
        if (self.start, self.end) != (first, last):
            msg = f"start/end must be the bounds of {self.date!r}: {first} .. {last}"
            raise ValueError(msg)
        if self.quote != self.source.quote:
            msg = "quote must equal source.quote"
            raise ValueError(msg)
        return self

    @classmethod
    def build(
        cls,
        *,
        date: str,
        title: str,
        description: str,
        mentions: tuple[Mention, ...],
        end_date: str | None = None,
        mod: str | None = None,
        confidence: float = 1.0,
        why: str = "",
    ) -> Event:
        """Make an event, deriving its id, granularity and bounds from the date values.

        Raises:
            timeline.errors.DateParseError: ``date`` or ``end_date`` is not a calendar value.
        """
        first, last = _bounds(date)
        if end_date is not None:
            last = _bounds(end_date)[1]
        fields = {
            "id": event_id(date, end_date, title),
            "date": date,
            "end_date": end_date,
            "granularity": _granularity(date),
            "mod": mod,
            "start": first,
            "end": last,
            "title": title,
            "description": description,
            "quote": mentions[0].quote,
            "source": mentions[0],
            "mentions": mentions,
            "confidence": confidence,
            "why": why,
        }
        # The date fields are derived above, so they pass the checks of _check_date; when
        # the given fields have exactly the types and ranges validation would accept and
        # keep unchanged, the event is made without running it again (a third of the
        # parser's cost per event). Anything else goes through validation and its errors.
        if (
            cls is Event
            and type(title) is str
            and title
            and type(description) is str
            and type(why) is str
            and (mod is None or type(mod) is str)
            and (end_date is None or type(end_date) is str)
            and type(confidence) is float
            and 0.0 <= confidence <= 1.0
            and type(mentions) is tuple
            and all(type(m) is Mention for m in mentions)
        ):
            return _trusted(cls, fields, fields)
        return cls(**fields)


_set_attribute = object.__setattr__
_Model = TypeVar("_Model", bound=BaseModel)


def _trusted(cls: type[_Model], fields: dict[str, Any], given: Iterable[str]) -> _Model:
    """A model from fields that are known to be valid: what ``cls(**fields)`` returns
    when the fields named ``given`` are passed and the others are their defaults, without
    validating (``model_construct`` does the same, but slower, in Python)."""
    model = cls.__new__(cls)
    _set_attribute(model, "__dict__", fields)
    _set_attribute(model, "__pydantic_fields_set__", set(given))
    _set_attribute(model, "__pydantic_extra__", None)
    _set_attribute(model, "__pydantic_private__", None)
    return model


def event_id(date: str, end_date: str | None, title: str) -> str:
    """The stable id of an event: uuid5 of its date values and normalised title.

    The source is left out on purpose, so that an event keeps its id (and calendar
    UID) whether its article is exported alone or together with others.
    """
    # Exactly json.dumps([date, end_date, title], ensure_ascii=False) and
    # str(uuid.uuid5(_NAMESPACE, key)), without the encoder and UUID object overheads.
    end = "null" if end_date is None else encode_basestring(end_date)
    normal = " ".join(title.casefold().split())
    key = f"[{encode_basestring(date)}, {end}, {encode_basestring(normal)}]"
    digest = hashlib.sha1(_NAMESPACE_BYTES + key.encode("utf-8")).hexdigest()
    variant = "89ab"[int(digest[16], 16) & 3]
    return f"{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-{variant}{digest[17:20]}-{digest[20:32]}"


def _sort_key(event: Event) -> tuple[dt.date, dt.date, str, str]:
    return (event.start, event.end, event.title, event.id)


class Timeline(_Frozen):
    """A timeline: events in chronological order, with the documents they came from."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        json_schema_extra={
            "$id": SCHEMA_ID,
            "$schema": "https://json-schema.org/draft/2020-12/schema",
        },
    )

    schema_version: Literal[1] = SCHEMA_VERSION
    title: str = Field(min_length=1)
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Timeline:
        if list(self.events) != sorted(self.events, key=_sort_key):
            msg = "events must be sorted by (start, end, title, id); use Timeline.of()"
            raise ValueError(msg)
        ids = [event.id for event in self.events]
        if len(set(ids)) != len(ids):
            msg = "event ids must be unique"
            raise ValueError(msg)
        return self

    @classmethod
    def of(cls, *, title: str, sources: tuple[Source, ...], events: tuple[Event, ...]) -> Timeline:
        """Make a timeline, sorting the events chronologically."""
        ordered = tuple(sorted(events, key=_sort_key))
        # Sorted here, so only the other checks of validation are left: when the fields have
        # exactly the types validation keeps and the ids are unique, it is not run again
        # (it compares every event with its sorted copy, model by model).
        if (
            cls is Timeline
            and type(title) is str
            and title
            and type(sources) is tuple
            and all(type(s) is Source for s in sources)
            and all(type(e) is Event for e in ordered)
            and len({e.id for e in ordered}) == len(ordered)
        ):
            fields = {
                "schema_version": SCHEMA_VERSION,
                "title": title,
                "sources": sources,
                "events": ordered,
            }
            return _trusted(cls, fields, ("title", "sources", "events"))
        return cls(title=title, sources=sources, events=ordered)

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if the timeline has it."""
        return next((s for s in self.sources if s.id == source_id), None)
