"""The event layer's cheap pre-checks never rule out a match the full pattern would find.

The figure patterns of ``events._statistic_or_speculation`` run only when the window before
the date holds a digit: each of them needs one in every match. That is checked twice: on
the parsed pattern (every match must consume a digit), and on text drawn from each pattern
by hypothesis, whose match must hold a digit.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.parse import events

_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")

# The patterns that run only after events._DIGIT found a digit in their window.
NEEDS_A_DIGIT = [
    pytest.param(getattr(events, name), id=name)
    for name in """_STATE_COUNT _WITH_FIGURE _WORTH _AGE_TURNS _SHARE_HELD _FIGURE_CHANGE
    _FIGURE_MOVE _OUTLOOK_FIGURE _FIGURE_FOR _RATE_BY _TOTAL_DURATION _VOLUME_IN _HEADCOUNT
    _BALANCE _PRICED _FIGURE_IMPACT _SHARE_OF _LEVEL_AT _RANK_STATE""".split()
]

_ASCII_DIGITS = frozenset(range(ord("0"), ord("9") + 1))


def _consumes_a_digit(items: Any) -> bool:
    """Whether every match of the parsed sequence ``items`` consumes a digit (a sufficient
    test: look-arounds and anything it does not know count as no digit)."""
    return any(_item_consumes_a_digit(op, av) for op, av in items)


def _item_consumes_a_digit(op: Any, av: Any) -> bool:
    if op is _const.LITERAL:
        return av in _ASCII_DIGITS
    if op is _const.IN:  # a class of digits only: \d, [0-9], [0-5]
        return all(
            (o is _const.CATEGORY and a is _const.CATEGORY_DIGIT)
            or (o is _const.LITERAL and a in _ASCII_DIGITS)
            or (o is _const.RANGE and a[0] in _ASCII_DIGITS and a[1] in _ASCII_DIGITS)
            for o, a in av
        )
    if op is _const.BRANCH:
        return all(_consumes_a_digit(branch) for branch in av[1])
    if op in (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT):
        return bool(av[0] >= 1 and _consumes_a_digit(av[2]))
    if op is _const.SUBPATTERN:
        return _consumes_a_digit(av[-1])
    if op is _const.ATOMIC_GROUP:
        return _consumes_a_digit(av)
    return False


@pytest.mark.parametrize("pattern", NEEDS_A_DIGIT)
def test_every_match_consumes_a_digit(pattern: re.Pattern[str]) -> None:
    assert _consumes_a_digit(_parser.parse(pattern.pattern, pattern.flags))


def test_the_check_sees_patterns_without_a_digit() -> None:
    for source in (r"\d?x", r"(?:\d|a)", r"(?=\d)\w+", r"[\d.]+", r"\d*"):
        assert not _consumes_a_digit(_parser.parse(source)), source
    for source in (r"a\d", r"(?:1|[0-9]x)", r"(?:\d+|x\d)", r"[0-5]{2,}"):
        assert _consumes_a_digit(_parser.parse(source)), source


@pytest.mark.parametrize("pattern", NEEDS_A_DIGIT)
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_match_holds_a_digit(pattern: re.Pattern[str], data: st.DataObject) -> None:
    # Text the pattern matches, drawn from the pattern itself, with text around it.
    value = data.draw(st.from_regex(pattern))
    match = pattern.search(value)
    assert match is not None
    assert events._DIGIT.search(value, match.start(), match.end())
