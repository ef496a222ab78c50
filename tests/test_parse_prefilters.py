"""The event layer's cheap pre-checks never rule out a match the full pattern would find.

The figure patterns run only when the window before the date holds a digit: each of them
needs one in every match. That is checked twice: on the parsed pattern (every match must
consume a digit), and on text drawn from each pattern by hypothesis, whose match must hold
a digit. Other patterns run only when their lower-cased window holds one of the words every
match of theirs holds (``_ends.may_hold``); that is checked on text drawn from each
pattern, and on the letters that case-insensitive matching folds into ASCII ones.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.parse import events, text
from timeline.parse._ends import lowered, may_hold

_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")

# The patterns that run only after events._DIGIT found a digit in their window.
NEEDS_A_DIGIT = [
    pytest.param(getattr(events, name), id=name)
    for name in """_STATE_COUNT _WITH_FIGURE _WORTH _AGE_TURNS _SHARE_HELD _FIGURE_CHANGE
    _OUTLOOK_FIGURE _FIGURE_FOR _RATE_BY _TOTAL_DURATION _VOLUME_IN _HEADCOUNT
    _BALANCE _PRICED _FIGURE_IMPACT _SHARE_OF _LEVEL_AT _RANK_STATE _CODE_OF _AVERAGE_OF
    _COUNT_SUBJECT""".split()
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
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_match_holds_a_digit(pattern: re.Pattern[str], data: st.DataObject) -> None:
    # Text the pattern matches, drawn from the pattern itself, with text around it.
    value = data.draw(st.from_regex(pattern))
    match = pattern.search(value)
    assert match is not None
    assert events._DIGIT.search(value, match.start(), match.end())


# Each pattern that runs only when may_hold finds one of its words in the window.
NEEDS_A_WORD = [
    pytest.param(getattr(events, pattern), getattr(events, words), id=pattern)
    for pattern, words in [
        ("_COMPARISON", "_COMPARISON_WORDS"),
        ("_THAN_BASELINE", "_THAN_WORDS"),
        ("_GOING_BACK", "_GOING_BACK_WORDS"),
        ("_BOUGHT_BEFORE", "_BOUGHT_BEFORE_WORDS"),
        ("_THING_FROM", "_THING_FROM_WORDS"),
        ("_SETTING", "_SETTING_WORDS"),
        ("_SHARE_MOVE", "_SHARE_MOVE_WORDS"),
        ("_HABITUAL", "_HABITUAL_WORDS"),
        ("_MEASURED_IN", "_MEASURED_WORDS"),
        ("_LASTS_INTO", "_LASTS_INTO_WORDS"),
        ("_RECORD_SINCE", "_RECORD_SINCE_WORDS"),
        ("_RECORD_OF", "_SUPERLATIVE_WORDS"),
        ("_RECORD_IN", "_SUPERLATIVE_WORDS"),
        ("_COUNTERFACTUAL", "_COUNTERFACTUAL_WORDS"),
        ("_CHANCE_OF", "_CHANCE_WORDS"),
        ("_RECURRING_BEFORE", "_RECURRING_WORDS"),
        ("_NO_COMMENT", "_NO_COMMENT_WORDS"),
        ("_REPORTED_AT", "_REPORTED_AT_WORDS"),
        ("_SO_FAR_BEFORE", "_SO_FAR_WORDS"),
        ("_WAS_DUE", "_WAS_DUE_WORDS"),
        ("_FIGURE_MOVE", "_MOVE_WORDS"),
        ("_IF_OPENS", "_IF_WORDS"),
    ]
] + [pytest.param(text._REPORTING_BEFORE, text._REPORTING_WORDS, id="_REPORTING_BEFORE")]


@pytest.mark.parametrize(("pattern", "words"), NEEDS_A_WORD)
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_match_holds_a_word(
    pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    value = data.draw(st.from_regex(pattern))
    match = pattern.search(value)
    assert match is not None
    assert may_hold(lowered(value, match.start(), match.end()), words)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (events._COUNTED_PARTICIPLE, events._COUNTED_WORDS),
        (events._COUNTED_STATE, events._NUMBER_WORDS),
    ],
)
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_count_holds_a_digit_or_a_word(
    pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    # These run when the window holds a digit or one of their words.
    value = data.draw(st.from_regex(pattern))
    match = pattern.search(value)
    assert match is not None
    window = value[match.start() : match.end()]
    assert events._DIGIT.search(window) or may_hold(lowered(window, 0, len(window)), words)


def test_stamp_line_needs_a_stamp_word() -> None:
    # _STAMP_LINE is tried on a whole line only when the line holds one of _STAMP_WORDS: its
    # top level is one sequence that opens with a look-ahead for them, up to the line's end.
    pattern = events._STAMP_LINE
    words = "|".join(events._STAMP_WORDS)
    assert pattern.pattern.startswith(r"[ \t]*(?=[^\n]*\b(?:" + words + r")\b)")
    assert all(op is not _const.BRANCH for op, _ in _parser.parse(pattern.pattern, pattern.flags))
    assert not pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "words", "value"),
    [
        (events._BOUGHT_BEFORE, events._BOUGHT_BEFORE_WORDS, "tickets bought ſince "),
        (events._GOING_BACK, events._GOING_BACK_WORDS, "dating bacK to "),
        (events._SHARE_MOVE, events._SHARE_MOVE_WORDS, "The İndex fell 3% on "),
        (events._HABITUAL, events._HABITUAL_WORDS, "they meet annually and "),
        (events._COMPARISON, events._COMPARISON_WORDS, "Sales were UP 4% ON "),
    ],
)
def test_folded_letters_leave_it_to_the_pattern(
    pattern: re.Pattern[str], words: tuple[str, ...], value: str
) -> None:
    assert pattern.search(value)
    assert may_hold(lowered(value, 0, len(value)), words)


def test_a_window_without_the_words_is_ruled_out() -> None:
    low = lowered("The council met on ", 0, 19)
    assert low == "the council met on "
    assert not may_hold(low, events._THAN_WORDS)
    assert lowered("bought ſince ", 0, 13) is None
