"""Bad input: a 1 MB file on a single line is parsed without trouble (exit 0)."""

from __future__ import annotations

import json
from pathlib import Path

from faults import export


def test_one_megabyte_single_line(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    filler = "Lorem ipsum dolor sit amet. " * 20_000
    doc.write_text(f"{filler}The bridge opened on May 5, 2019. {filler}".strip())
    assert doc.stat().st_size > 2**20
    assert b"\n" not in doc.read_bytes()
    result = export(doc, "-f", "json", "-o", "-")
    assert result.exit_code == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    assert [e["date"] for e in events] == ["2019-05-05"]
    assert len(events[0]["quote"]) < 2_000, "the quote is a sentence, not the whole line"


def test_one_megabyte_without_spaces(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("x" * 2**20)
    result = export(doc, "-f", "json", "-o", "-")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {doc}: no dated events found\n"
