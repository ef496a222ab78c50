"""Bad input: dates that do not exist ("February 30, 2019") give no bogus day."""

from __future__ import annotations

import pytest

from timeline.parse import analyse

TEXT = "Filed by our reporter.\nThe deal was signed on {}. Nothing else happened.\n"


@pytest.mark.parametrize(
    ("date", "never"),
    [
        pytest.param("February 30, 2019", ("2019-02-30", "2019-03-02", "2019-02-28"), id="feb-30"),
        pytest.param("29 February 2019", ("2019-02-29", "2019-03-01", "2019-02-28"), id="feb-29"),
        pytest.param("April 31, 2020", ("2020-04-31", "2020-05-01", "2020-04-30"), id="apr-31"),
        pytest.param("2021-13-01", ("2021-13-01", "2022-01-01"), id="month-13"),
        pytest.param("32/01/2020", ("2020-01-32", "2020-02-01"), id="day-32"),
        pytest.param("00/00/0000", ("0000-00-00",), id="zeros"),
    ],
)
def test_invalid_dates_give_no_bogus_day(date: str, never: tuple[str, ...]) -> None:
    analysis = analyse(TEXT.format(date), source_id="bad.txt")
    dates = {e.date for e in analysis.events}
    assert not dates & set(never), dates
    for event in analysis.events:
        assert event.start <= event.end


def test_invalid_published_value_is_a_usage_error() -> None:
    from faults import POMPEO, export, one_error_line

    result = export(POMPEO, "--published", "2019-02-30")
    one_error_line(result, 2, "--published", "2019-02-30")
