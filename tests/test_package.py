from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import timeline


@pytest.mark.parametrize("name", timeline.__all__)
def test_public_names_resolve(name: str) -> None:
    assert getattr(timeline, name) is not None


def test_unknown_name_raises() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = timeline.nope


def test_importing_the_cli_loads_no_parser_or_model() -> None:
    code = (
        "import sys, timeline.cli; "
        "print(sorted(m for m in ('pydantic', 'timeline.parse.tagger', 'dateparser', "
        "'icalendar', 'rich') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_extract_and_render_from_the_package() -> None:
    article = Path(__file__).resolve().parent.parent / "data" / "pompeo-sochi-talks.txt"
    tl = timeline.extract_timeline([article])
    assert {"2014", "2016", "2019-05-14", "2020"} <= {e.date for e in tl.events}
    assert timeline.render(tl, "ics").startswith(b"BEGIN:VCALENDAR\r\n")
