from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

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
