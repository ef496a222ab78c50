from __future__ import annotations

import io
import sys

import pytest

from timeline.progress import progress_bar


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.StringIO()
    monkeypatch.setattr(sys, "stderr", fake)
    with progress_bar() as update:
        assert update is None
    assert fake.getvalue() == ""


def test_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    with progress_bar("Reading") as update:
        assert update is not None
        for done in range(1, 4):
            update(done, 3)
    assert "Reading" in fake.getvalue()
    assert "3/3" in fake.getvalue()
