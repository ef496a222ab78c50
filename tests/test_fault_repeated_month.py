"""Bad input: "May May May ..." is not a pile of dates and does not crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults import export, one_error_line

from timeline.parse import analyse


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("May " * 50_000, id="may"),
        pytest.param("May, " * 20_000, id="may-commas"),
        pytest.param("May 5 " * 20_000, id="may-5"),
        pytest.param("January February March " * 10_000, id="months"),
        pytest.param("Monday " * 20_000, id="weekdays"),
    ],
)
def test_repeated_month_names(text: str) -> None:
    analysis = analyse(text, source_id="may.txt")
    for event in analysis.events:
        assert text[event.source.quote_start : event.source.quote_end] == event.quote
    if text.startswith("May "):
        assert analysis.events == (), "a bare 'May' is the verb as often as the month"


def test_repeated_month_file(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("May " * 50_000)
    one_error_line(export(doc, "-f", "json", "-o", "-"), 1, f"{doc}: no dated events found")
