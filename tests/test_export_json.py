from __future__ import annotations

import json

import jsonschema

from timeline import api
from timeline.model import Timeline
from timeline.schema import schema_text


def test_json_validates_against_the_published_schema(sample_timeline: Timeline) -> None:
    data = json.loads(api.render(sample_timeline, "json"))
    jsonschema.Draft202012Validator(json.loads(schema_text())).validate(data)
    assert data["schema_version"] == 1
    event = data["events"][0]
    for key in ("id", "date", "granularity", "start", "end", "title", "description", "quote"):
        assert key in event
    assert {"quote_start", "quote_end", "timex_start", "timex_end"} <= set(event["source"])


def test_json_reads_back_into_the_same_model(sample_timeline: Timeline) -> None:
    data = api.render(sample_timeline, "json")
    assert Timeline.model_validate_json(data) == sample_timeline
    assert data.endswith(b"}\n")
