"""`timeline export` options of issue 5, end to end through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import api
from timeline.cli import app
from timeline.model import Timeline

runner = CliRunner()


@pytest.fixture
def timeline_json(sample_timeline: Timeline, tmp_path: Path) -> Path:
    path = tmp_path / "t.json"
    path.write_bytes(api.render(sample_timeline, "json"))
    return path


def _export(path: Path, *args: str) -> str:
    result = runner.invoke(app, ["export", str(path), *args, "-o", "-"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_md_style_table_and_no_mermaid(timeline_json: Path) -> None:
    text = _export(timeline_json, "-f", "md", "--md-style", "table", "--no-mermaid")
    assert "| Date | Event | Source |" in text
    assert "mermaid" not in text


def test_imprecise_and_calendar_name(timeline_json: Path) -> None:
    text = _export(timeline_json, "-f", "ics", "--imprecise", "skip", "--calendar-name", "Mine")
    assert text.count("BEGIN:VEVENT") == 1
    assert "\nX-WR-CALNAME:Mine\n" in text  # the runner decodes stdout with universal newlines
    span = _export(timeline_json, "-f", "ics", "--imprecise", "span")
    assert "DTEND;VALUE=DATE:20150101" in span


def test_bad_option_values_are_usage_errors(timeline_json: Path) -> None:
    for args in (["--imprecise", "blur"], ["--md-style", "grid"], ["-f", "pdf"]):
        result = runner.invoke(app, ["export", str(timeline_json), *args, "-o", "-"])
        assert result.exit_code == 2, args
        assert "Error:" in result.stderr


def test_skip_leaving_nothing_fails_with_one_line(tmp_path: Path, timeline_json: Path) -> None:
    text = timeline_json.read_text(encoding="utf-8")
    years = Timeline.model_validate_json(text)
    only = years.model_copy(update={"events": tuple(e for e in years.events if len(e.date) == 4)})
    path = tmp_path / "years.json"
    path.write_bytes(api.render(only, "json"))
    result = runner.invoke(
        app, ["export", str(path), "-f", "ics", "--imprecise", "skip", "-o", "-"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no event is known to the day" in result.stderr
