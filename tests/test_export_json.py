from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from timeline import api
from timeline.cli import app
from timeline.errors import TimelineFileError
from timeline.model import SCHEMA_ID, SCHEMA_VERSION, Timeline
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


# --- issue 5: the published schema, and JSON in / any format out ---------------------------

PUBLISHED = ROOT / "schema" / f"timeline-{SCHEMA_VERSION}.schema.json"


def test_published_schema_is_what_timeline_schema_prints() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == PUBLISHED.read_text(encoding="utf-8")


def test_schema_change_needs_a_version_bump() -> None:
    # Not a --update-goldens golden on purpose: a published schema never changes.
    assert PUBLISHED.exists(), f"commit the new schema: timeline schema > {PUBLISHED}"
    assert schema_text() == PUBLISHED.read_text(encoding="utf-8"), (
        f"the model's JSON Schema changed but SCHEMA_VERSION is still {SCHEMA_VERSION}; "
        "published schemas are immutable: bump SCHEMA_VERSION, SCHEMA_ID and the "
        "schema_version Literal in timeline/model.py, then commit "
        f"schema/timeline-{SCHEMA_VERSION + 1}.schema.json"
    )
    schema = json.loads(schema_text())
    assert schema["$id"] == SCHEMA_ID
    assert SCHEMA_ID.endswith(f"/timeline-{SCHEMA_VERSION}.schema.json")
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_every_committed_json_export_validates() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(PUBLISHED.read_text(encoding="utf-8")))
    exports = [p for p in (ROOT / "exports").glob("*.json") if ".timelinejs" not in p.name]
    for path in exports:
        validator.validate(json.loads(path.read_bytes()))


@pytest.mark.parametrize("fmt", ["ics", "md", "csv", "timelinejs", "json"])
def test_json_in_any_format_out(sample_timeline: Timeline, tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "t.json"
    source.write_bytes(api.render(sample_timeline, "json"))
    result = CliRunner().invoke(app, ["export", str(source), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == api.render(sample_timeline, fmt)


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        pytest.param(
            lambda d: d["events"][3].update(start="2019-02-30"), "events.3.start", id="date"
        ),
        pytest.param(lambda d: d["events"][1].pop("title"), "events.1.title", id="missing"),
        pytest.param(lambda d: d["events"][0].update(granularity="day"), "events.0", id="check"),
        pytest.param(lambda d: d.update(schema_version=2), "schema_version", id="version"),
    ],
)
def test_invalid_json_names_the_event_and_field(
    sample_timeline: Timeline, tmp_path: Path, edit: Callable[[dict[str, Any]], object], where: str
) -> None:
    data = json.loads(api.render(sample_timeline, "json"))
    edit(data)
    source = tmp_path / "t.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(source), "--format", "ics", "-o", "-"])
    assert result.exit_code == 1
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"Error: {source}: {where}"), result.stderr


def test_load_timeline_error_is_a_timeline_error(tmp_path: Path) -> None:
    source = tmp_path / "t.json"
    source.write_text('{"title": ', encoding="utf-8")
    with pytest.raises(TimelineFileError, match=r"t\.json: \(top level\): Invalid JSON"):
        api.load_timeline(source)
