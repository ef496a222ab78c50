from __future__ import annotations

import datetime as dt

import pytest

from timeline.errors import DateParseError
from timeline.values import Granularity, bounds, granularity, is_resolved, label

D = dt.date


@pytest.mark.parametrize(
    ("value", "grain", "first", "last"),
    [
        pytest.param("2014", Granularity.YEAR, D(2014, 1, 1), D(2014, 12, 31), id="year"),
        pytest.param("2019-05", Granularity.MONTH, D(2019, 5, 1), D(2019, 5, 31), id="month"),
        pytest.param("2020-02", Granularity.MONTH, D(2020, 2, 1), D(2020, 2, 29), id="leap"),
        pytest.param("2019-05-14", Granularity.DAY, D(2019, 5, 14), D(2019, 5, 14), id="day"),
        pytest.param("2019-W20", Granularity.WEEK, D(2019, 5, 13), D(2019, 5, 19), id="week"),
        pytest.param("2024-SP", Granularity.SEASON, D(2024, 3, 1), D(2024, 5, 31), id="spring"),
        pytest.param("2023-WI", Granularity.SEASON, D(2023, 12, 1), D(2024, 2, 29), id="winter"),
        pytest.param("2021-Q3", Granularity.QUARTER, D(2021, 7, 1), D(2021, 9, 30), id="q3"),
        pytest.param("2021-H2", Granularity.HALF, D(2021, 7, 1), D(2021, 12, 31), id="half"),
        pytest.param("196", Granularity.DECADE, D(1960, 1, 1), D(1969, 12, 31), id="decade"),
        pytest.param("18", Granularity.CENTURY, D(1800, 1, 1), D(1899, 12, 31), id="century"),
        pytest.param(
            "2019-05-14T10:30", Granularity.DATETIME, D(2019, 5, 14), D(2019, 5, 14), id="time"
        ),
    ],
)
def test_bounds_and_granularity(value: str, grain: Granularity, first: D, last: D) -> None:
    assert granularity(value) is grain
    assert bounds(value) == (first, last)
    assert is_resolved(value)


@pytest.mark.parametrize(
    "value", ["XXXX-05-14", "PRESENT_REF", "P2Y", "2019-02-30", "2019-13", "", "May", "0000"]
)
def test_unresolved_values_are_refused(value: str) -> None:
    assert not is_resolved(value)
    with pytest.raises(DateParseError, match="calendar"):
        bounds(value)


@pytest.mark.parametrize(
    ("value", "mod", "short", "text"),
    [
        ("2014", None, False, "2014"),
        ("2019-05", None, False, "May 2019"),
        ("2019-05-14", None, False, "Tuesday, 14 May 2019"),
        ("2019-05-14", None, True, "14 May 2019"),
        ("2024-SP", None, False, "Spring 2024"),
        ("2021-Q3", None, False, "Q3 2021"),
        ("196", None, False, "The 1960s"),
        ("18", None, False, "The 19th century"),
        ("2019", "MID", False, "Mid-2019"),
        ("2020", "START", False, "Early 2020"),
        ("2019-W20", None, False, "Week of 13 May 2019"),
    ],
)
def test_label_shows_real_granularity(value: str, mod: str | None, short: bool, text: str) -> None:
    assert label(value, mod=mod, short=short) == text
