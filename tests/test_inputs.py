from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputError
from timeline.inputs import build_timeline, expand_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
HTML = ROOT / "tests" / "data" / "html"
runner = CliRunner()

ARTICLE = "Published 4 March 2021\nThe council approved plan {n} on {n} February 2021.\n"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text(ARTICLE.format(n=1))
    (root / "sub" / "a.md").write_text(ARTICLE.format(n=2))
    (root / "sub" / "deeper" / "c.TXT").write_text(ARTICLE.format(n=3))
    (root / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / ".git" / "notes.txt").write_text(ARTICLE.format(n=4))
    (root / ".hidden.txt").write_text(ARTICLE.format(n=5))
    return root


def test_folders_are_walked_recursively_by_extension(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    names = [Path(n).relative_to(root).as_posix() for n in expand_paths([root])]
    assert names == ["b.txt", "sub/a.md", "sub/deeper/c.TXT"]


def test_files_and_stdin_are_taken_as_given(tmp_path: Path) -> None:
    odd = tmp_path / "article.story"
    odd.write_text("x")
    assert list(expand_paths([odd, "-"])) == [str(odd), "-"]


def test_export_folder_with_summary(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "empty.txt").write_bytes(b"")
    (root / "scan.html").write_bytes(b"%PDF-1.5 binary")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["export", str(root), "--out-dir", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert f"Warning: {root / 'empty.txt'}: the file is empty" in lines
    assert f"Warning: {root / 'scan.html'}: this is a PDF document, not text" in lines
    assert lines[-1].startswith("3 documents read, 2 skipped, 3 events -> ")
    data = json.loads((out / "in.json").read_text())
    assert [s["id"] for s in data["sources"]] == [
        str(root / n) for n in ("b.txt", "sub/a.md", "sub/deeper/c.TXT")
    ]


def test_strict_makes_a_bad_file_fatal(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(app, ["export", str(root), "--out-dir", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {root / 'empty.txt'}: the file is empty\n"
    assert list(out.iterdir()) == []


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match=r"none of the 2 inputs could be read; first: .*a\.txt"):
        build_timeline([tmp_path])


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no input files found"):
        build_timeline([tmp_path])


def test_jobs_give_byte_identical_output(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):
        (folder / f"{i:02d}.txt").write_text(
            f"Report {i}\nPublished {1 + i % 28} March 2021\n"
            f"The board met on Tuesday. Item {i} was approved in {1990 + i}.\n"
        )
    (folder / "broken.txt").write_bytes(b"\x00\x01")
    for path in [*DATA.glob("*.txt"), *HTML.iterdir()]:
        (folder / path.name).write_bytes(path.read_bytes())
    outputs = []
    for jobs in ("1", "2", "4"):
        result = runner.invoke(app, ["export", str(folder), "-f", "json", "-o", "-", "-j", jobs])
        assert result.exit_code == 0, result.stderr
        outputs.append((result.stdout, result.stderr))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(json.loads(outputs[0][0])["sources"]) == 24 + 4 + 3


def test_jobs_must_be_positive() -> None:
    result = runner.invoke(app, ["export", str(DATA), "-j", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    text = "The council approved the plan last week. Works start in 2022.\n"
    result = runner.invoke(app, ["export", "-", "-f", "json", "-o", "-"], input=text)
    assert result.exit_code == 0, result.stderr
    dates = [e["date"] for e in json.loads(result.stdout)["events"]]
    assert dates == ["2022"], "'last week' is not invented without a publication date"
    assert "no publication date found" in result.stderr
    assert "--published" in result.stderr


def test_progress_is_reported_in_order(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.format(n=i))
    seen: list[tuple[int, int]] = []
    timeline, summary = build_timeline(
        [tmp_path], jobs=2, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert summary.line() == "3 documents read, 3 events"
    assert len(timeline.sources) == 3


def test_folder_with_a_timeline_json_merges_it(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    exported = runner.invoke(
        app, ["export", str(HTML / "meta-published.html"), "-f", "json", "-o", "-"]
    )
    assert exported.exit_code == 0, exported.stderr
    (folder / "flood.json").write_text(exported.stdout)
    (folder / "note.txt").write_text(ARTICLE.format(n=9))
    timeline, summary = build_timeline([folder], jobs=1)
    assert summary.read == 2
    ids = [s.id for s in timeline.sources]
    assert ids == [str(HTML / "meta-published.html"), str(folder / "note.txt")]
    assert timeline.sources[0].url is not None
