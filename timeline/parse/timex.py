"""The tagger's output type: one TIMEX3-style temporal expression found in a text."""

from __future__ import annotations

import dataclasses
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclasses.dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its character span and TIMEX3 normalisation.

    Attributes:
        start: Offset of the first character of the expression in the text.
        end: Offset one past the last character (``text[start:end] == text_``).
        text: The exact characters of the expression.
        type: TIMEX3 type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value at the expression's own granularity, e.g. ``2014``,
            ``2019-05``, ``2019-05-14``, ``2019-W20``, ``2024-SP``, ``2021-Q3``, ``196``
            (decade), ``19`` (century), ``2019-05-14T10:30``, ``PRESENT_REF``, ``P2Y``.
            Placeholders (``XXXX-05-14``) when a needed anchor is missing.
        mod: TIMEX3 mod (APPROX, BEFORE, AFTER, START, MID, END, ...) or None.
        anchor: How the value was obtained: ``"absolute"`` (the text alone gives it),
            ``"dct"`` (resolved against the document creation time), ``"narrative"``
            (resolved against the previous date in the text), or ``"unresolved"``.
        why: One short human-readable sentence explaining a resolved value
            (empty for absolute dates).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    anchor: Literal["absolute", "dct", "narrative", "unresolved"] = "absolute"
    why: str = ""
