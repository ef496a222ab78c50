"""The only module that talks to dateparser.

English recognition and normalisation are done by :mod:`timeline.parse.tagger`; dateparser
is used where it is strong: turning an already recognised date string into a date,
especially in languages other than English. It is imported lazily inside the functions
because importing it costs about half a second, and the CLI must start fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

__all__ = ["SETTINGS", "normalise"]

# One fixed settings dict; RELATIVE_BASE is filled in per call from the publication date
# so that dateparser never falls back to the clock.
SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
    "REQUIRE_PARTS": [],
    "PARSERS": ["relative-time", "absolute-time"],
}


def normalise(
    text: str,
    *,
    dct: dt.date,
    languages: Sequence[str] | None = None,
    date_order: str | None = None,
) -> dt.date | None:
    """Turn a recognised date string into a calendar date with dateparser.

    Args:
        text: The date string only, e.g. ``"14 mai 2019"`` or ``"hace dos días"``.
        dct: The publication date that relative strings are resolved against (dateparser's
            ``RELATIVE_BASE``); the clock is never used.
        languages: ISO 639-1 codes to try, or None to let dateparser detect the language.
        date_order: ``"MDY"``, ``"DMY"`` or ``"YMD"`` for ambiguous numeric dates, or None.

    Returns:
        The date, or None if dateparser cannot read the string.
    """
    import dateparser  # lazy: keeps `import timeline` fast

    settings = dict(SETTINGS)
    settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day, 12, 0)  # noqa: DTZ001
    if date_order is not None:
        settings["DATE_ORDER"] = date_order
    parsed = dateparser.parse(
        text, languages=list(languages) if languages else None, settings=settings
    )
    return parsed.date() if parsed is not None else None
