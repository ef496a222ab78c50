"""Bad input: binary files (PDF, images, random bytes) are refused, not parsed (exit 1)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from faults import export, one_error_line, outputs, untouched

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        pytest.param(
            "doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document", id="pdf"
        ),
        pytest.param("doc.txt", PNG, "a PNG image", id="png"),
        pytest.param("doc.html", JPEG, "a JPEG image", id="jpeg-named-html"),
        pytest.param("doc.txt", b"PK\x03\x04\x14\x00", "ZIP archive", id="docx"),
        pytest.param("doc.txt", random.Random(6).randbytes(4096), "binary", id="random"),
        pytest.param("doc.txt", bytes(range(1, 9)) * 300, "control characters", id="controls"),
    ],
)
def test_binary_file(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / name
    doc.write_bytes(content)
    result = export(doc, "--out-dir", out)
    one_error_line(result, 1, f"{doc}: ", problem)
    assert untouched(out)
