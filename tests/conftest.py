from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import settings

from timeline.model import Event, Mention, Source, Timeline

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"

settings.register_profile("default", deadline=None, max_examples=60)
settings.register_profile("ci", deadline=None, max_examples=200)
settings.load_profile("ci" if os.environ.get("CI") else "default")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="Rewrite tests/golden/* from the code."
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, bytes], None]:
    """Compare bytes with tests/golden/<name>, or rewrite it with --update-goldens."""

    def check(name: str, data: bytes) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-goldens"):
            path.write_bytes(data)
        assert path.exists(), f"no golden file {path}; run pytest --update-goldens"
        assert data == path.read_bytes(), f"{name} differs from its golden file"

    return check


SAMPLE_TEXT = (
    "Talks, Tensions & Crimea: a #1 story\n"
    "May 15, 2019\n"
    "Russia annexed Crimea in 2014. Officials met in Sochi on Tuesday; nothing was agreed.\n"
    "Works ran from 2016 to 2019 and the 1960s walls stay. Pompeo warned: no deals in 2020.\n"
)


def _mention(quote: str, timex: str) -> Mention:
    start = SAMPLE_TEXT.index(quote)
    timex_start = SAMPLE_TEXT.index(timex, start)
    return Mention(
        source="sample.txt",
        quote=quote,
        quote_start=start,
        quote_end=start + len(quote),
        timex=timex,
        timex_start=timex_start,
        timex_end=timex_start + len(timex),
    )


@pytest.fixture
def sample_timeline() -> Timeline:
    """A timeline built by hand (not parsed), with awkward characters on purpose."""
    crimea = _mention("Russia annexed Crimea in 2014.", "2014")
    sochi = _mention("Officials met in Sochi on Tuesday; nothing was agreed.", "Tuesday")
    works = _mention("Works ran from 2016 to 2019 and the 1960s walls stay.", "2016 to 2019")
    walls = _mention("Works ran from 2016 to 2019 and the 1960s walls stay.", "1960s")
    warn = _mention("Pompeo warned: no deals in 2020.", "2020")
    events = (
        Event.build(
            date="2014",
            title="Russia annexes Crimea",
            description="Annexation.",
            mentions=(crimea,),
            confidence=0.9,
            why="“2014” is stated in the text",
        ),
        Event.build(
            date="2019-05-14",
            title="Officials meet in Sochi; nothing agreed",
            description="Talks | in Sochi.",
            mentions=(sochi,),
            confidence=0.8,
            why="Tuesday: the Tuesday before Wednesday 2019-05-15",
        ),
        Event.build(
            date="2016",
            end_date="2019",
            title="Works run: phase *one*",
            description="Works.",
            mentions=(works,),
        ),
        Event.build(
            date="196", title="Title IX walls go up", description="Walls.", mentions=(walls,)
        ),
        Event.build(
            date="2020",
            title="Pompeo: no deals in 2020 & 50% #tags",
            description="Warning.",
            mentions=(warn,),
            mod="START",
        ),
    )
    source = Source(
        id="sample.txt",
        url="https://example.org/news/2019/05/15/sample?x=1&y=2",
        title="Talks, Tensions & Crimea: a #1 story",
        published=dt.date(2019, 5, 15),
    )
    return Timeline.of(title=source.title or "", sources=(source,), events=events)


# External format checkers (../shared/tools). Without them their tests skip with the reason,
# except in CI, which sets TIMELINE_REQUIRE_CHECKERS=1 so that a missing checker fails.
TOOLS = SHARED / "tools"
Checker = Callable[[str, Sequence[Path | str]], subprocess.CompletedProcess[str]]


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("TIMELINE_REQUIRE_CHECKERS") == "1":
        pytest.fail(f"{reason} (and TIMELINE_REQUIRE_CHECKERS=1 requires the checkers)")
    pytest.skip(reason)


def _require(path: Path, hint: str) -> None:
    if not path.exists():
        _unavailable(f"{path} is missing; {hint}")


@pytest.fixture
def format_checker() -> Checker:
    """Run ../shared/tools/<name> (md_check.mjs, timelinejs_check.mjs or ical_check.py)."""

    def run(name: str, args: Sequence[Path | str]) -> subprocess.CompletedProcess[str]:
        tool = TOOLS / name
        _require(tool, "the shared format checkers are not next to the project")
        if name.endswith(".py"):
            command = [sys.executable, str(tool)]
            hint = "run: bash ../shared/tools/install-ical-validators.sh"
            _require(Path(os.environ.get("ICALCHECK_VENV", "/tmp/icalcheck-venv")), hint)
            _require(Path(os.environ.get("ICALCHECK_NODE_DIR", "/tmp/icalcheck-node")), hint)
            if shutil.which("node") is None:
                _unavailable("node is not installed (ical_check.py runs ical.js with it)")
        else:
            node = shutil.which("node")
            if node is None:
                _unavailable("node is not installed")
            modules = Path(os.environ.get("FORMATCHECK_NODE_DIR", "/tmp/formatcheck-node"))
            _require(
                modules / "node_modules", "run: bash ../shared/tools/install-format-checkers.sh"
            )
            command = [str(node), str(tool)]
        return subprocess.run(
            [*command, *(str(a) for a in args)], capture_output=True, text=True, check=False
        )

    return run
