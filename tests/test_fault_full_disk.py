"""Faults: the disk fills up mid-export (exit 1, earlier exports untouched, no temp files)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from faults import POMPEO, export, one_error_line, outputs, untouched


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(POMPEO.read_bytes())
    real_fsync = os.fsync
    calls = 0

    def fsync_full(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == fail_at:  # the fail_at-th file of the export does not fit
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_full)
    result = export(doc, "--out-dir", out, "-f", "all")
    one_error_line(result, 1, f"{out}", "cannot write the file (No space left on device)")
    assert untouched(out)
