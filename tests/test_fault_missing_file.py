"""Bad input: a file that does not exist (usage error, exit 2)."""

from __future__ import annotations

from pathlib import Path

from faults import POMPEO, export, one_error_line, outputs, untouched


def test_missing_file(tmp_path: Path) -> None:
    out = outputs(tmp_path)
    missing = tmp_path / "doc.txt"
    result = export(missing, "--out-dir", out)
    one_error_line(result, 2, f"{missing}: no such file")
    assert untouched(out)


def test_missing_file_among_good_ones(tmp_path: Path) -> None:
    out = outputs(tmp_path)
    result = export(POMPEO, tmp_path / "gone.txt", "--out-dir", out)
    one_error_line(result, 2, "gone.txt: no such file")
    assert untouched(out)
