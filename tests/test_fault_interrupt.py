"""Faults: Ctrl-C in the middle of an export (exit 130, no half-written or stray files)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults import POMPEO, ROOT, export, outputs, untouched

from timeline.inputs import build_timeline


@pytest.mark.parametrize("at", [1, 2, 3])
def test_ctrl_c_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
    out = outputs(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_bytes(POMPEO.read_bytes())
    real_fsync = os.fsync
    calls = 0

    def fsync_interrupted(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == at:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_interrupted)
    result = export(doc, "--out-dir", out, "-f", "all")
    assert result.exit_code == 130
    assert result.stderr.endswith("Error: interrupted\n")
    assert "Traceback" not in result.output
    assert untouched(out)


def test_ctrl_c_while_reading_stops_the_workers(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_bytes(POMPEO.read_bytes())

    def interrupt(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_timeline([tmp_path], jobs=2, progress=interrupt)


def _export_in_background(folder: Path, out: Path) -> subprocess.Popen[bytes]:
    """``timeline export folder --out-dir out -j 2`` in a process group of its own, like a
    shell job, so that SIGINT can be sent to it and its workers at once."""
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", "export", str(folder), "--out-dir", str(out), "-j", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def test_sigint_in_a_real_process(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2000):  # enough that it is still running after a second
        (folder / f"{i:04d}.txt").write_bytes(POMPEO.read_bytes())
    out = outputs(tmp_path)
    proc = _export_in_background(folder, out)
    time.sleep(1.0)  # not a timing assertion: only to interrupt it mid-run
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode in (0, -signal.SIGINT):  # -2: interrupted while exiting, all written
        pytest.skip("the export finished before the interrupt")
    assert proc.returncode == 130, err
    assert err.decode().splitlines()[-1] == "Error: interrupted"
    assert b"Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["doc.ics", "doc.json", "doc.md"]
    assert untouched(out)
    assert not (out / "in.json").exists()


def test_ctrl_c_does_not_wait_for_a_slow_document(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    slow = "5 May 2019, " * 20_000  # one long 'sentence' of dates: slow to parse
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"Report {i}\n{slow}\n")
    out = outputs(tmp_path)
    proc = _export_in_background(folder, out)
    time.sleep(1.5)  # not a timing assertion: only to interrupt it while workers parse
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)  # a hang guard: the parse alone takes far longer
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("Ctrl-C waited for the documents being parsed")
    if proc.returncode in (0, -signal.SIGINT):  # -2: interrupted while exiting, all written
        pytest.skip("the export finished before the interrupt")
    assert proc.returncode == 130, err
    assert err.decode().splitlines()[-1] == "Error: interrupted"
    assert untouched(out)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_ctrl_c_before_a_worker_is_ready_waits_for_its_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A worker starts with SIGINT blocked (read_documents forks it so); a Ctrl-C that arrives
    # while it boots stays pending until _init_worker has set the handler, which then only
    # marks the worker as stopping instead of raising a traceback out of the boot code.
    from timeline import inputs

    monkeypatch.setattr(inputs, "_worker_stopping", False)
    handler = signal.getsignal(signal.SIGINT)
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        os.kill(os.getpid(), signal.SIGINT)  # pending: nothing happens yet
        assert signal.SIGINT in signal.sigpending()
        inputs._init_worker()  # sets the handler, unblocks: the pending signal lands there
        assert inputs._worker_stopping
        assert signal.SIGINT not in signal.sigpending()
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the workers must inherit the patched flag",
)
def test_a_worker_that_saw_ctrl_c_interrupts_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C reaches the workers and this process at once; when a worker's "interrupted"
    # result arrives first, the run is interrupted (exit 130), not "none could be read".
    from timeline import inputs

    names = []
    for i in range(4):
        path = tmp_path / f"a{i}.txt"
        path.write_text("May 2, 2023\nThe council met on Monday.\n", encoding="utf-8")
        names.append(str(path))
    monkeypatch.setattr(inputs, "_worker_stopping", True)  # as if SIGINT had reached them
    with pytest.raises(KeyboardInterrupt):
        list(inputs.read_documents(names, jobs=2))
    out = outputs(tmp_path)
    result = export(*names, "-j", "2", "--out-dir", out, "-f", "all")
    assert result.exit_code == 130, result.stderr
    assert result.stderr.endswith("Error: interrupted\n")
    assert untouched(out)
