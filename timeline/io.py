"""Reading documents safely and writing files atomically.

Inputs arrive as bytes: they are checked (empty, binary, too large), decoded (UTF-8
with or without BOM, UTF-16 with BOM, else a legacy single-byte encoding, with a
warning), and kept exactly as decoded so that every offset points into that text.
Outputs are written to a temporary file in the target folder and renamed over the
target, so an interrupted or failed export never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import ExportError, InputError

MAX_BYTES = 50 * 1024 * 1024
"""Largest document accepted (50 MiB): far above any article, small enough for memory."""

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


@dataclasses.dataclass(frozen=True, slots=True)
class RawDocument:
    """A document's decoded text, how to name it, and what was assumed while reading it."""

    name: str
    text: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, name: str) -> RawDocument:
    """Decode the bytes of a text document.

    Args:
        data: The file's bytes.
        name: How to name the file in messages.

    Returns:
        The decoded document, with a warning when a legacy encoding was assumed.

    Raises:
        InputError: The data is empty, binary or too large.
    """
    if not data.strip():
        msg = f"{name}: the file is empty"
        raise InputError(msg)
    if len(data) > MAX_BYTES:
        size, limit = len(data) / 2**20, MAX_BYTES // 2**20
        msg = f"{name}: the file is {size:.0f} MiB or more; the limit is {limit} MiB"
        raise InputError(msg)
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            msg = f"{name}: this is {kind}, not text"
            raise InputError(msg)
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            msg = f"{name}: the file starts with a UTF-16 mark but is not valid UTF-16"
            raise InputError(msg) from exc
    elif b"\x00" in data:
        msg = f"{name}: the file contains NUL bytes; it looks binary, not text"
        raise InputError(msg)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "Windows-1252 (cp1252)"
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                encoding = "Latin-1 (ISO-8859-1)"
            warnings.append(f"{name}: not valid UTF-8; decoded as {encoding}")
    text = text.removeprefix("\ufeff")
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > max(8, len(text) // 100):
        msg = f"{name}: the file has {controls} control characters; it looks binary, not text"
        raise InputError(msg)
    if not text.strip():
        msg = f"{name}: the file has no text"
        raise InputError(msg)
    return RawDocument(name=name, text=text, warnings=tuple(warnings))


def read_bytes(path: Path | str) -> tuple[str, bytes]:
    """Read a file, or standard input for ``-``, with errors that name it.

    Returns:
        ``(name, data)``: the name to use in messages and the bytes read.

    Raises:
        InputError: The file is missing, a directory, unreadable or too large.
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return "-", data
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # Refuse a large file before reading any of it (pipes and devices report 0).
            data = handle.read(MAX_BYTES + 1) if size <= MAX_BYTES else b""
    except FileNotFoundError as exc:
        msg = f"{name}: no such file"
        raise InputError(msg) from exc
    except IsADirectoryError as exc:
        msg = f"{name}: is a directory, not a file"
        raise InputError(msg) from exc
    except OSError as exc:
        msg = f"{name}: cannot read the file ({exc.strerror or exc})"
        raise InputError(msg) from exc
    if size > MAX_BYTES:
        msg = f"{name}: the file is {size / 2**20:.0f} MiB; the limit is {MAX_BYTES >> 20} MiB"
        raise InputError(msg)
    return name, data


def write_all(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files as one step: every temporary file first, then the renames.

    A failure or Ctrl-C while writing leaves every target as it was and no
    temporary file behind; only the renames, which are quick, come after that.

    Raises:
        ExportError: A folder is missing or not writable, or the disk is full.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(path, data), path))
        for tmp, path in staged:
            tmp.replace(path)
    except BaseException as exc:  # Ctrl-C included: never leave temporary files behind
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):
            target = staged[-1][1] if staged else files[0][0]
            msg = f"{target}: cannot write the file ({exc.strerror or exc})"
            raise ExportError(msg) from exc
        raise


def _stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path``; return its path."""
    folder = path.parent
    if not folder.is_dir():
        msg = f"{path}: the output folder {folder} does not exist"
        raise ExportError(msg)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink()
        if isinstance(exc, OSError):
            msg = f"{path}: cannot write the file ({exc.strerror or exc})"
            raise ExportError(msg) from exc
        raise
    return Path(tmp_name)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    The target is either left as it was or replaced whole; never half-written.

    Raises:
        ExportError: The folder is missing or not writable, or the disk is full.
    """
    write_all([(path, data)])
