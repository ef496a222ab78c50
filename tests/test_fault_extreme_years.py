"""Bad input: years before 1 and after 9999 are not dates (and never crash)."""

from __future__ import annotations

import pytest

from timeline.parse import analyse

TEXT = "Filed by our reporter.\nThe records say it happened {}. Nothing else is known.\n"


@pytest.mark.parametrize(
    "when",
    [
        "in the year 0",
        "in 0000",
        "on 0000-01-01",
        "on January 1, 0000",
        "in 10000",
        "on 10000-01-01",
        "on 31 December 99999",
        "in 12345 AD",
        "in 44 BC",
        "in 3000 BC",
        "on 9999-12-31",
        "on 0001-01-01",
        "in the 99990s",
        "in the 100th century",
    ],
)
def test_extreme_years(when: str) -> None:
    analysis = analyse(TEXT.format(when), source_id="years.txt")
    for event in analysis.events:
        assert 1 <= event.start.year <= event.end.year <= 9999
        assert (
            TEXT.format(when)[event.source.timex_start : event.source.timex_end]
            == event.source.timex
        )


def test_extreme_years_export(tmp_path: object) -> None:
    from pathlib import Path

    from faults import export

    assert isinstance(tmp_path, Path)
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT.format("on 9999-12-31 and on 0001-01-01, not in 10000"))
    for fmt in ("ics", "json", "md"):
        result = export(doc, "-f", fmt, "-o", "-", "--published", "2020-01-01")
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 1), result.stderr
