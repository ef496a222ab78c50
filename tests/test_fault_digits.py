"""Bad input: 100,000 digits give no bogus dates and no crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults import export, one_error_line

from timeline.parse import analyse


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("7" * 100_000, id="one-run"),
        pytest.param("20190515" * 12_500, id="date-like-run"),
        # Linear since long sentences are cut into bounded chunks (bench/pathological.py,
        # case years-spaced); 200 was the most a quadratic event layer could afford.
        pytest.param(" ".join(["2019"] * 2000), id="years-apart"),
        pytest.param("1/2/" * 25_000, id="slashes"),
    ],
)
def test_digits_are_not_dates(text: str) -> None:
    analysis = analyse(text, source_id="digits.txt")
    for event in analysis.events:
        assert text[event.source.quote_start : event.source.quote_end] == event.quote
    if text[0] == "7":
        assert analysis.events == ()


def test_digits_file(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("7" * 100_000)
    one_error_line(export(doc, "-f", "json", "-o", "-"), 1, f"{doc}: no dated events found")
