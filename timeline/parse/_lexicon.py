"""Word lists for the temporal tagger: months, weekdays, numbers, units, seasons.

Kept apart from the regexes in ``tagger.py`` so both the patterns and the normalisers read
the same tables. Keys are lower case.
"""

from __future__ import annotations

import datetime as dt

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Monday|Tuesday|...": the weekday names as a regex alternation.
WEEKDAY_ALT = "|".join(WEEKDAY_NAMES)

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# The month in which each season starts (northern hemisphere, as TimeML assumes).
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "F",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    # TIMEX3 writes the long units with one letter: E decade, C century, L millennium.
    "decade": "E",
    "century": "C",
    "centurie": "C",
    "millennium": "L",
    "millennia": "L",
}

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "thousand": 1000,
    "a thousand": 1000,
    "dozen": 12,
    "a dozen": 12,
    "half a": 0,
    "a couple of": 2,
    "a couple": 2,
    "couple": 2,
    "couple of": 2,
    "a pair of": 2,
}

# Vague quantities: the TIMEX3 value keeps an X for the number ("several years": PXY).
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "many", "some", "a number of", "numerous", "the few", "countless"}
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
}

# Parts of the day and their TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Adverbs and phrases that refer to the present, the past or the future as a whole.
REFS: dict[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "recent times": "PAST_REF",
    "in recent times": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the longer term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}


def number_value(words: str) -> int | None:
    """Value of a spelled-out or numeric cardinal ("two", "twenty-four", "18", "a"), else None.

    Vague quantities ("several") return None; callers turn them into an X.
    """
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    if w.replace(",", "").isdigit():
        return int(w.replace(",", ""))
    if w in SMALL_NUMBERS:
        return SMALL_NUMBERS[w]
    total = 0
    current = 0
    for part in w.split():
        if part == "and":
            continue
        if part in ("hundred", "thousand"):
            current = max(current, 1) * SMALL_NUMBERS[part]
            if part == "thousand":
                total += current
                current = 0
            continue
        value = SMALL_NUMBERS.get(part)
        if value is None:
            return None
        current += value
    return total + current


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n=-1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(name: str, year: int) -> dt.date | None:
    """Date of a named holiday in a year, or None if the name is unknown."""
    key = " ".join(name.lower().replace("'", "").replace("’", "").replace(".", "").split())
    key = key.replace(" jr ", " ")
    fixed = {
        "fourth of july": (7, 4),
        "july fourth": (7, 4),
        "st patricks day": (3, 17),
        "armistice day": (11, 11),
        "bastille day": (7, 14),
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new years day": (1, 1),
        "new years eve": (12, 31),
        "independence day": (7, 4),
        "veterans day": (11, 11),
        "halloween": (10, 31),
        "valentines day": (2, 14),
        "boxing day": (12, 26),
        "may day": (5, 1),
    }
    if key in fixed:
        month, day = fixed[key]
        return dt.date(year, month, day)
    if key in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 3, 4)
    if key == "black friday":
        return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1)
    if key == "cyber monday":
        return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=4)
    weekday_rules = {  # the nth weekday (Monday = 0) of a month
        "mothers day": (5, 6, 2),
        "fathers day": (6, 6, 3),
        "presidents day": (2, 0, 3),
        "martin luther king day": (1, 0, 3),
        "columbus day": (10, 0, 2),
    }
    if key in weekday_rules:
        month, weekday, n = weekday_rules[key]
        return nth_weekday(year, month, weekday, n)
    if key == "election day":
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if key == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if key in ("easter", "easter sunday"):
        return easter(year)
    if key == "good friday":
        return easter(year) - dt.timedelta(days=2)
    return None


def season_of(d: dt.date) -> str:
    """TIMEX3 season code of a date (meteorological seasons: December starts winter)."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]
