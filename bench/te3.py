"""Reading the TempEval-3 corpus for the bench scripts (through the shared scorer's export)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """One corpus document: its name, raw text and creation time (DCT)."""

    name: str
    text: str
    dct: dt.date | None


def parse_dct(value: str | None) -> dt.date | None:
    """The day of a DCT value ("1998-02-06T22:19:00"), or None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def load(gold: Sequence[Path], scorer: Path) -> list[Document]:
    """The documents of ``gold`` (folders or .tml files), sorted by name.

    The text is exactly what ``timex_eval.py export`` gives, so offsets agree with the scorer.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "docs.jsonl"
        subprocess.run(
            [sys.executable, str(scorer), "export", "--gold", *map(str, gold), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return [
        Document(row["doc"], row["text"], parse_dct(row.get("dct")))
        for row in sorted(rows, key=lambda r: r["doc"])
    ]
