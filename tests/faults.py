"""Shared checks for the tests/test_fault_*.py modules: one module per bad input or fault."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
POMPEO = ROOT / "data" / "pompeo-sochi-talks.txt"
PRECIOUS = b"an export the user already has"

runner = CliRunner()


def outputs(tmp_path: Path) -> Path:
    """An output folder that already holds an export of the same name."""
    out = tmp_path / "out"
    out.mkdir()
    for suffix in (".ics", ".json", ".md"):
        (out / f"doc{suffix}").write_bytes(PRECIOUS)
    return out


def untouched(out: Path) -> bool:
    """The earlier exports are as they were and nothing else was left behind."""
    names = sorted(p.name for p in out.iterdir())
    same = all((out / f"doc{s}").read_bytes() == PRECIOUS for s in (".ics", ".json", ".md"))
    return names == ["doc.ics", "doc.json", "doc.md"] and same


def export(*args: str | Path) -> Result:
    """Run ``timeline export`` in-process."""
    return runner.invoke(app, ["export", *(str(a) for a in args)])


def one_error_line(result: Result, code: int, *parts: str) -> None:
    """Exit ``code`` with exactly one ``Error:`` line naming every part, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stderr.startswith("Error: "), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for part in parts:
        assert part in result.stderr, (part, result.stderr)
    assert "Traceback" not in result.output
    assert result.stdout == ""
