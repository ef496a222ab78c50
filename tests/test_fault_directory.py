"""Bad input: a folder where a file is needed (exit 1); export reads folders instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults import one_error_line
from typer.testing import CliRunner

from timeline.cli import app


@pytest.mark.parametrize("command", ["tag", "events"])
def test_directory_where_a_file_is_needed(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(app, [command, str(tmp_path)])
    one_error_line(result, 1, f"{tmp_path}: is a directory, not a file")


def test_output_path_is_a_directory(tmp_path: Path) -> None:
    from faults import POMPEO, export

    (tmp_path / "x.json").mkdir()
    result = export(POMPEO, "-f", "json", "-o", tmp_path / "x.json")
    one_error_line(result, 2, "x.json: is a directory")
    assert (tmp_path / "x.json").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]


def test_output_is_a_directory(tmp_path: Path) -> None:
    from faults import POMPEO, export

    result = export(POMPEO, "-f", "json", "-o", tmp_path)
    one_error_line(result, 2, f"{tmp_path}: is a directory; --output takes a file name")
    assert list(tmp_path.iterdir()) == []
    assert not tmp_path.with_suffix(".json").exists()
