"""may_end_with: the last-word check in front of the end-anchored patterns never hides a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.parse import events, text
from timeline.parse._ends import may_end_with

# Each end-anchored pattern with the words it can end with, as the callers pass them.
GUARDED = [
    pytest.param(text._PREPOSITION, text._PREPOSITION_LAST, id="preposition"),
    pytest.param(text._DETERMINER_BEFORE, text._DETERMINER_LAST, id="determiner-before"),
    pytest.param(text._DEFINITE_END, text._DEFINITE_LAST, id="definite-end"),
    pytest.param(text._GERUND_OF, text._GERUND_OF_LAST, id="gerund-of"),
    pytest.param(text._DEMONYM_GERUND, text._THE_LAST, id="demonym-gerund"),
    pytest.param(events._PERIOD_OF, events._PERIOD_OF_LAST, id="period-of"),
    pytest.param(events._DETERMINER_END, events._DETERMINER_END_LAST, id="determiner-end"),
    pytest.param(events._TREND_SINCE, events._TREND_SINCE_LAST, id="trend-since"),
]

# Pieces that make matches likely, near misses ("befor", "xthe"), case variants and the
# letters that case-insensitive matching folds into ASCII ones (ſ, K, ı, İ).
_PIECE_LIST = [
    *"the a an its their his her our this that these those for to of in on as".split(),
    *"since ever ending ended results weeks late early as of as early as".split(),
    *"The THE Since xthe thex befor before ſince K ı İ Its".split(),
    "'s",
    "’s",
    " ",
    "  ",
    "\n",
    "\t",
    ",",
    "(",
    "2019",
    "é",
]
_PIECES = st.sampled_from(_PIECE_LIST)


_WORDS = st.sampled_from([p for p in _PIECE_LIST if p[:1].isalpha()])
_SPACES = st.sampled_from([" ", "  ", "\n", " \n", "\t"])


@pytest.mark.parametrize(("pattern", "words"), GUARDED)
@settings(max_examples=400)
@given(
    pieces=st.lists(_PIECES, max_size=8),
    ending=st.lists(st.tuples(_WORDS, _SPACES), max_size=3),
    data=st.data(),
)
def test_a_match_is_never_ruled_out(
    pattern: re.Pattern[str],
    words: frozenset[str],
    pieces: list[str],
    ending: list[tuple[str, str]],
    data: st.DataObject,
) -> None:
    # Random text that often ends like a match: "... in the ", "results for ".
    value = "".join(pieces) + "".join(word + space for word, space in ending)
    lo = data.draw(st.one_of(st.just(0), st.integers(0, len(value))))
    hi = data.draw(st.one_of(st.just(len(value)), st.integers(lo, len(value))))
    if pattern.search(value, lo, hi):
        assert may_end_with(value, lo, hi, words)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("results for the ", True),
        ("results for the", False),  # no whitespace at the end
        ("he met them ", False),
        ("the ſince ", True),  # folded by the pattern: it has to tell
        ("", False),
    ],
)
def test_last_word_decides(value: str, expected: bool) -> None:
    assert may_end_with(value, 0, len(value), frozenset({"the", "since"})) is expected


# Every word the guarded patterns name, and a few others.
_VOCABULARY = """the a an its their his her our this that these those on in at by during since until
    till from for of through throughout as before after around about circa over within
    between late early ever results earnings figures profit profits revenue sales weeks
    months year period quarter to ending ended said met shooting of a clerk""".split()


@pytest.mark.parametrize(("pattern", "words"), GUARDED)
def test_every_short_ending_that_matches_is_let_through(
    pattern: re.Pattern[str], words: frozenset[str]
) -> None:
    # Exhaustive over "<lead><word> [<word> ]" with the vocabulary: "results for the ",
    # "weeks ended ", "as early as ", "it's ".
    for lead in ("", "x ", "as ", "as early ", "ever ", "it", "(", "é"):
        for first in [*_VOCABULARY, "'s", "’s"]:
            for second in ["", *_VOCABULARY]:
                for space in (" ", "\n"):
                    value = f"{lead}{first}{space}{second}{space if second else ''}"
                    if pattern.search(value):
                        assert may_end_with(value, 0, len(value), words), value
