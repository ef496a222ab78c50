"""Faults: the output folder is missing or not writable (exit 1, nothing changed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faults import POMPEO, export, one_error_line, outputs, untouched


def test_missing_output_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = export(POMPEO, "--out-dir", missing)
    one_error_line(result, 1, f"the output folder {missing} does not exist")
    assert not missing.exists()


def test_missing_folder_of_output_file(tmp_path: Path) -> None:
    result = export(POMPEO, "-f", "md", "-o", tmp_path / "nope" / "t.md")
    one_error_line(result, 1, "does not exist")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_unwritable_output_folder(tmp_path: Path) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(POMPEO.read_bytes())
    out.chmod(0o500)
    try:
        result = export(doc, "--out-dir", out)
    finally:
        out.chmod(0o700)
    one_error_line(result, 1, "cannot write the file", "Permission denied")
    assert untouched(out)


def test_unwritable_output_folder_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(POMPEO.read_bytes())
    import tempfile

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    result = export(doc, "--out-dir", out)
    one_error_line(result, 1, f"{out / 'doc.ics'}: cannot write the file (Permission denied)")
    assert untouched(out)
