"""Bad input: a 200 MB file is refused from its size, before it is read (exit 1)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from faults import export, one_error_line, outputs, untouched

from timeline.errors import InputError
from timeline.io import read_bytes


def _sparse(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: takes no disk space
    return path


def test_huge_file(tmp_path: Path) -> None:
    out = outputs(tmp_path)
    doc = _sparse(tmp_path / "doc.txt")
    result = export(doc, "--out-dir", out)
    one_error_line(result, 1, f"{doc}: the file is 200 MiB; the limit is 50 MiB")
    assert untouched(out)


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    doc = _sparse(tmp_path / "doc.txt")
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="200 MiB"):
            read_bytes(doc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2**20, "nothing of the file was read"
