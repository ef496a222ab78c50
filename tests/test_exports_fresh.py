"""The committed exports/ are exactly what the code makes from data/ today."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_exports_are_up_to_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["export", "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in (ROOT / "exports").iterdir() if p.is_file()}
    assert sorted(fresh) == sorted(committed), "run: python -m timeline export"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"exports/ is stale ({', '.join(stale)}); run: python -m timeline export"
