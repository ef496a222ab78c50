from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from pydantic import ValidationError

from timeline.model import Event, Mention, Source, Timeline, event_id
from timeline.schema import schema_text

_MENTION_FIELDS: dict[str, object] = {
    "source": "a.txt",
    "quote": "They met on Tuesday.",
    "quote_start": 10,
    "quote_end": 30,
    "timex": "on Tuesday",
    "timex_start": 19,
    "timex_end": 29,
}


def _mention(**changes: object) -> Mention:
    return Mention.model_validate({**_MENTION_FIELDS, **changes})


def test_models_are_frozen(sample_timeline: Timeline) -> None:
    with pytest.raises(ValidationError, match="frozen"):
        sample_timeline.events[0].title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"quote_end": 31}, id="quote-length"),
        pytest.param({"timex_end": 28}, id="timex-length"),
        pytest.param({"timex_start": 5, "timex_end": 15}, id="timex-outside-quote"),
        pytest.param({"quote_start": -1, "quote_end": 19}, id="negative"),
    ],
)
def test_mention_offsets_are_checked(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        _mention(**changes)


def test_mention_build_gives_what_validation_gives() -> None:
    built = Mention.build(**_MENTION_FIELDS)  # type: ignore[arg-type]
    validated = _mention()
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"quote_end": 31}, id="quote-length"),
        pytest.param({"timex_start": 5, "timex_end": 15}, id="timex-outside-quote"),
        pytest.param({"quote_start": -1, "quote_end": 19}, id="negative"),
        pytest.param({"source": ""}, id="empty-source"),
    ],
)
def test_mention_build_still_refuses_invalid_fields(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Mention.build(**(_MENTION_FIELDS | changes))  # type: ignore[arg-type]


def test_source_build_gives_what_validation_gives() -> None:
    built = Source.build(source_id="a.txt", url=None, title="Talks", published=dt.date(2019, 5, 14))
    validated = Source(id="a.txt", url=None, title="Talks", published=dt.date(2019, 5, 14))
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    with pytest.raises(ValidationError):
        Source.build(source_id="", url=None, title=None, published=None)


def test_event_bounds_follow_its_date() -> None:
    event = Event.build(date="2019-05", title="T", description="", mentions=(_mention(),))
    assert (event.start.isoformat(), event.end.isoformat()) == ("2019-05-01", "2019-05-31")
    data = event.model_dump(mode="json") | {"end": "2019-05-30"}
    with pytest.raises(ValidationError, match="bounds"):
        Event.model_validate(data)


def test_event_build_gives_what_validation_gives() -> None:
    # Event.build skips validating fields it derived itself: the result must be the
    # model that validating the same fields makes, down to the fields it counts as set.
    event = Event.build(
        date="2019-05-14",
        end_date="2019-05-16",
        mod="START",
        title="Talks open",
        description="They met.",
        mentions=(_mention(),),
        confidence=0.75,
        why="stated",
    )
    validated = Event.model_validate(dict(event))
    assert event == validated
    assert event.model_fields_set == validated.model_fields_set
    assert event.model_dump_json() == validated.model_dump_json()
    assert Event.model_validate_json(event.model_dump_json()) == event


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"confidence": 1.5}, id="confidence-above-one"),
        pytest.param({"confidence": -0.1}, id="negative-confidence"),
    ],
)
def test_event_build_still_refuses_invalid_fields(changes: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "date": "2019",
        "title": "T",
        "description": "",
        "mentions": (_mention(),),
    }
    with pytest.raises(ValidationError):
        Event.build(**(fields | changes))  # type: ignore[arg-type]


def test_event_build_accepts_what_validation_converts() -> None:
    # An int confidence and a list of mentions are not the exact types: validated, converted.
    event = Event.build(
        date="2019",
        title="T",
        description="",
        mentions=[_mention()],  # type: ignore[arg-type]
        confidence=1,
    )
    assert event.mentions == (_mention(),)
    assert isinstance(event.mentions, tuple)
    assert event.confidence == 1.0
    assert isinstance(event.confidence, float)


def test_event_id_is_stable_and_content_based() -> None:
    a = Event.build(
        date="2014", title="Russia  annexes Crimea", description="x", mentions=(_mention(),)
    )
    b = Event.build(
        date="2014",
        title="russia annexes crimea",
        description="y",
        mentions=(_mention(source="b.txt"),),
    )
    assert a.id == b.id == event_id("2014", None, "Russia annexes Crimea")
    assert a.id != event_id("2015", None, "Russia annexes Crimea")


def test_timeline_requires_sorted_unique_events(sample_timeline: Timeline) -> None:
    data = sample_timeline.model_dump(mode="json")
    data["events"] = list(reversed(data["events"]))
    with pytest.raises(ValidationError, match="sorted"):
        Timeline.model_validate(data)
    data["events"] = [data["events"][0], data["events"][0]]
    with pytest.raises(ValidationError, match="unique"):
        Timeline.model_validate(data)


def test_timeline_of_gives_what_validation_gives(sample_timeline: Timeline) -> None:
    # Timeline.of sorts the events itself and skips validating again: the result must be
    # the model validation makes, and duplicate ids must still be refused.
    events = tuple(reversed(sample_timeline.events))
    made = Timeline.of(title="T", sources=sample_timeline.sources, events=events)
    validated = Timeline(title="T", sources=sample_timeline.sources, events=made.events)
    assert made == validated
    assert made.model_fields_set == validated.model_fields_set
    assert made.model_dump_json() == validated.model_dump_json()
    with pytest.raises(ValidationError, match="unique"):
        Timeline.of(title="T", sources=(), events=(events[0], events[0]))
    with pytest.raises(ValidationError):
        Timeline.of(title="", sources=(), events=events)


def test_json_round_trip(sample_timeline: Timeline) -> None:
    text = sample_timeline.model_dump_json()
    assert Timeline.model_validate_json(text) == sample_timeline


def test_schema_is_pinned(golden: Callable[[str, bytes], None]) -> None:
    schema = json.loads(schema_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("timeline-1.schema.json")
    golden("timeline.schema.json", schema_text().encode())
