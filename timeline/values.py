"""TIMEX3 date values: their granularity and the calendar days they cover.

A value keeps the granularity the text gave it: ``2014`` is a whole year, ``2019-05``
a month, ``2019-W20`` an ISO week, ``2024-SP`` a season, ``2021-Q3`` a quarter,
``2021-H1`` a half-year, ``196`` the 1960s, ``19`` the 1900s (TIMEX3 centuries are the
hundreds digits: ``19`` is 1900-1999), ``2019-05-14`` a day and ``2019-05-14T10:30`` a
moment. :func:`bounds` gives the first and last calendar day each one covers.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re

from timeline.errors import DateParseError


class Granularity(enum.StrEnum):
    """How precisely a date value is known, from finest to coarsest."""

    DATETIME = "datetime"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


# Seasons follow the meteorological convention of the northern hemisphere
# (winter starts in December of the named year and runs into the next one).
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_DATETIME = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T(?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})")
_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_QUARTER = re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])")
_HALF = re.compile(r"(?P<y>\d{4})-H(?P<h>[12])")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may be 13 or 14 (months of the next year)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _month_start(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


def granularity(value: str) -> Granularity:
    """The granularity of a TIMEX3 date value.

    Args:
        value: A resolved TIMEX3 value such as ``2014`` or ``2019-05-14``.

    Returns:
        Its granularity.

    Raises:
        DateParseError: The value is not a resolved calendar date.
    """
    return _parse(value)[0]


def bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last calendar day (inclusive) covered by a TIMEX3 date value.

    Args:
        value: A resolved TIMEX3 value such as ``2014`` or ``2019-W20``.

    Returns:
        ``(first_day, last_day)``.

    Raises:
        DateParseError: The value is not a resolved calendar date, or names a day that
            does not exist.

    Example:
        >>> bounds("2019-05")
        (datetime.date(2019, 5, 1), datetime.date(2019, 5, 31))
    """
    _, first, last = _parse(value)
    return first, last


def is_resolved(value: str) -> bool:
    """Whether a TIMEX3 value names calendar days (no ``X`` placeholders, no ``*_REF``)."""
    try:
        _parse(value)
    except DateParseError:
        return False
    return True


# Values repeat within and across documents and every exporter asks again; the parse is a
# pure function of the string (errors are not cached: lru_cache does not keep exceptions).
@functools.lru_cache(maxsize=4096)
def _parse(value: str) -> tuple[Granularity, dt.date, dt.date]:
    try:
        return _parse_unchecked(value)
    except DateParseError:
        raise
    except ValueError as exc:  # dt.date() refuses day 30 of February, year 0, ...
        msg = f"date value {value!r} names no real calendar day ({exc})"
        raise DateParseError(msg, value=value) from exc


def _parse_unchecked(value: str) -> tuple[Granularity, dt.date, dt.date]:
    if m := _DATETIME.fullmatch(value):
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        dt.time(int(m["H"]), int(m["M"] or 0), int(m["S"] or 0))  # validates the time
        return Granularity.DATETIME, day, day
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        return Granularity.DAY, day, day
    if m := _WEEK.fullmatch(value):
        first = dt.date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        return Granularity.WEEK, first, first + dt.timedelta(days=6)
    if m := _MONTH.fullmatch(value):
        year, month = int(m["y"]), int(m["m"])
        return Granularity.MONTH, dt.date(year, month, 1), _month_end(year, month)
    if m := _SEASON.fullmatch(value):
        year = int(m["y"])
        first_month, last_month = _SEASONS[m["s"]]
        if year == 9999 and last_month > 12:
            last_month = 12
        return Granularity.SEASON, _month_start(year, first_month), _month_end(year, last_month)
    if m := _QUARTER.fullmatch(value):
        year, quarter = int(m["y"]), int(m["q"])
        first_month = 3 * quarter - 2
        return (
            Granularity.QUARTER,
            dt.date(year, first_month, 1),
            _month_end(year, first_month + 2),
        )
    if m := _HALF.fullmatch(value):
        year, half = int(m["y"]), int(m["h"])
        first_month = 6 * half - 5
        return Granularity.HALF, dt.date(year, first_month, 1), _month_end(year, first_month + 5)
    if _YEAR.fullmatch(value):
        year = int(value)
        return Granularity.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31)
    if _DECADE.fullmatch(value):
        first_year = max(int(value) * 10, 1)
        return Granularity.DECADE, dt.date(first_year, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if _CENTURY.fullmatch(value):
        first_year = max(int(value) * 100, 1)
        return (
            Granularity.CENTURY,
            dt.date(first_year, 1, 1),
            dt.date(int(value) * 100 + 99, 12, 31),
        )
    msg = f"{value!r} is not a calendar date value (expected e.g. 2014, 2019-05, 2019-05-14)"
    raise DateParseError(msg, value=value)


_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
_MOD_WORDS = {
    "START": "Early",
    "MID": "Mid",
    "END": "Late",
    "APPROX": "About",
    "BEFORE": "Before",
    "AFTER": "After",
    "ON_OR_BEFORE": "By",
    "ON_OR_AFTER": "From",
    "LESS_THAN": "Less than",
    "MORE_THAN": "More than",
    "EQUAL_OR_LESS": "At most",
    "EQUAL_OR_MORE": "At least",
}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def label(value: str, *, mod: str | None = None, short: bool = False) -> str:
    """A human label that shows a value's real granularity, nothing finer.

    Args:
        value: A resolved TIMEX3 date value.
        mod: An optional TIMEX3 modifier (``MID`` gives "Mid-2019").
        short: Leave out weekday names (for narrow places such as a Mermaid period).

    Returns:
        E.g. ``2014``, ``May 2019``, ``Tuesday, 14 May 2019``, ``Spring 2024``,
        ``the 1960s``, ``the 19th century``.

    Raises:
        DateParseError: The value is not a resolved calendar date.
    """
    return _label(value, mod, short)


@functools.lru_cache(maxsize=4096)
def _label(value: str, mod: str | None, short: bool) -> str:
    grain, first, _ = _parse(value)
    match grain:
        case Granularity.DATETIME:
            day = first.strftime("%d %B %Y").lstrip("0")
            time = value.partition("T")[2][:5]
            text = f"{day}, {time}" if short else f"{first:%A}, {day}, {time}"
        case Granularity.DAY:
            day = f"{first.day} {_MONTHS[first.month - 1]} {first.year}"
            text = day if short else f"{first:%A}, {day}"
        case Granularity.WEEK:
            text = f"Week of {first.day} {_MONTHS[first.month - 1]} {first.year}"
        case Granularity.MONTH:
            text = f"{_MONTHS[first.month - 1]} {first.year}"
        case Granularity.SEASON:
            text = f"{_SEASON_NAMES[value[-2:]]} {value[:4]}"
        case Granularity.QUARTER | Granularity.HALF:
            text = f"{value[5:]} {value[:4]}"
        case Granularity.YEAR:
            text = value
        case Granularity.DECADE:
            text = f"the {value}0s"
        case Granularity.CENTURY:
            text = f"the {_ordinal(int(value) + 1)} century"
    if mod and mod in _MOD_WORDS:
        word = _MOD_WORDS[mod]
        if text.startswith("the "):
            text = text[4:]
        text = f"{word}-{text}" if word == "Mid" else f"{word} {text}"
    return text[:1].upper() + text[1:]
