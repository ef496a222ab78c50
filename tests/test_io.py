from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.errors import ExportError, InputError
from timeline.io import MAX_BYTES, decode, read_bytes, write_atomic


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\n", "empty", id="blank"),
        pytest.param(b"%PDF-1.7\n...", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG", id="png"),
        pytest.param(b"abc\x00def", "NUL", id="nul"),
        pytest.param(bytes(range(1, 32)) * 20, "control", id="controls"),
        pytest.param(b"a" * (MAX_BYTES + 1), "limit", id="huge"),
    ],
)
def test_bad_input_is_refused_with_the_file_name(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=rf"^doc\.txt: .*{problem}"):
        decode(data, "doc.txt")


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        pytest.param(b"Paris, 3 mai", "Paris, 3 mai", False, id="utf8"),
        pytest.param(b"\xef\xbb\xbfMay 2019", "May 2019", False, id="utf8-bom"),
        pytest.param("Zoë, 2019".encode("utf-16"), "Zoë, 2019", False, id="utf16"),
        pytest.param("café – 2019".encode("cp1252"), "café – 2019", True, id="cp1252"),
        pytest.param(b"caf\xe9 \x81 2019", "café \x81 2019", True, id="latin1"),
    ],
)
def test_encodings(data: bytes, text: str, warned: bool) -> None:
    doc = decode(data, "doc.txt")
    assert doc.text == text
    assert bool(doc.warnings) is warned


def test_read_bytes_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(tmp_path)


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ics"]


def test_write_atomic_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "out.ics", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_write_atomic_unwritable_folder_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            write_atomic(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"


def test_write_atomic_full_disk_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full on this system")
    # Simulate a full disk: the temporary file's writes fail with ENOSPC.
    real_fdopen = os.fdopen

    def fdopen_full(fd: int, *args: object, **kwargs: object) -> object:
        os.close(fd)
        return real_fdopen(os.open(full, os.O_WRONLY), "wb", buffering=0)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "fdopen", fdopen_full)
        with pytest.raises(ExportError, match="No space left"):
            write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ics"]
