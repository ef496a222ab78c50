"""Bad input: an empty or blank file (exit 1; skipped with a warning among others)."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults import POMPEO, export, one_error_line, outputs, untouched


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom"]
)
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    result = export(doc, "--out-dir", out)
    one_error_line(result, 1, str(doc), "empty" if content != b"\xef\xbb\xbf" else "")
    assert untouched(out)


def test_empty_file_among_others_is_skipped(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"")
    result = export(POMPEO, doc, "-f", "json", "-o", "-")
    assert result.exit_code == 0
    assert f"Warning: {doc}: the file is empty\n" in result.stderr
    assert "1 skipped" in result.stderr
    assert "Traceback" not in result.output
