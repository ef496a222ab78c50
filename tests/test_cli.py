from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
POMPEO = ROOT / "data" / "pompeo-sochi-talks.txt"
runner = CliRunner()


def test_export_json_to_stdout() -> None:
    result = runner.invoke(
        app, ["export", str(POMPEO), "--published", "2019-05-15", "--format", "json", "-o", "-"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert {"2014", "2016", "2019-05-14", "2020"} <= {e["date"] for e in data["events"]}


def test_export_writes_every_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(POMPEO), "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        f"pompeo-sochi-talks.{suffix}" for suffix in ("csv", "ics", "json", "md", "timelinejs")
    ]
    assert "events ->" in result.stderr
    assert result.stdout == ""


def test_export_reads_stdin() -> None:
    text = "Published 4 March 2021\nThe council approved the plan last week.\n"
    result = runner.invoke(app, ["export", "-", "-f", "json", "-o", "-"], input=text)
    assert result.exit_code == 0, result.stderr
    assert [e["date"] for e in json.loads(result.stdout)["events"]] == ["2021-W08"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["export", "missing.txt"], 2, "missing.txt: no such file", id="missing"),
        pytest.param(["export", str(POMPEO), "-f", "pdf"], 2, "'pdf' is not one of", id="format"),
        pytest.param(
            ["export", str(POMPEO), "--published", "someday"], 2, "--published", id="published"
        ),
        pytest.param(["export", str(POMPEO), "-o", "x.json"], 2, "one format", id="output-all"),
        pytest.param(["export", "--bogus"], 2, "No such option", id="option"),
        pytest.param(["tag", str(ROOT)], 1, "is a directory", id="directory"),
    ],
)
def test_usage_and_input_errors(args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.stderr
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1, "one line on stderr"
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"%PDF-1.4 binary", "a PDF document, not text", id="pdf"),
        pytest.param(b"Nothing here has a date at all.\n", "no dated events", id="no-dates"),
    ],
)
def test_bad_files_fail_without_touching_outputs(
    tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    (out / "bad.json").write_bytes(b"precious")
    result = runner.invoke(app, ["export", str(bad), "--out-dir", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: {message}\n" or message in result.stderr
    assert result.stderr.count("\n") == 1
    assert (out / "bad.json").read_bytes() == b"precious"
    assert sorted(p.name for p in out.iterdir()) == ["bad.json"]


def test_unwritable_output_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(POMPEO), "--out-dir", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "does not exist" in result.stderr


def test_tag_prints_json_lines() -> None:
    result = runner.invoke(app, ["tag", str(POMPEO)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = POMPEO.read_text(encoding="utf-8")
    for row in rows:
        assert set(row) >= {"start", "end", "text", "type", "value"}
        assert text[row["start"] : row["end"]] == row["text"]
    values = {(r["text"], r["value"]) for r in rows}
    assert ("on Tuesday", "2019-05-14") in values or ("Tuesday", "2019-05-14") in values
    assert not any(r["text"].lower() == "we" for r in rows)


def test_events_table() -> None:
    result = runner.invoke(app, ["events", str(POMPEO)])
    assert result.exit_code == 0, result.stderr
    assert "2014" in result.stdout
    assert "Tuesday, 14 May 2019" in result.stdout


def test_schema_command() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"].endswith("timeline-1.schema.json")


def test_version_and_help_in_a_fresh_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    for command in ("export", "events", "tag", "schema"):
        assert command in done.stdout
    result = runner.invoke(app, ["--version"])
    assert result.stdout.startswith("timeline ")
