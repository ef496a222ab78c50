"""Tests for the tagger's speed shortcuts: each must give what the slow path gives."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.parse import tagger as tg
from timeline.parse.timex import Timex


def _cue_vocabulary() -> list[str]:
    """Every word _cue_tests names (its string constants, and the members of the module's
    word sets it names), and a few words that only their endings could make cues."""
    tree = ast.parse(inspect.getsource(tg._cue_tests))
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.add(node.value)
        elif isinstance(node, ast.Name) and isinstance(getattr(tg, node.id, None), frozenset):
            words |= getattr(tg, node.id)
    plain = ["the", "he", "vote", "walked", "red", "need", "we'll", "bed", "ed", "'ll", "may:modal"]
    return sorted({w for w in words if w and " " not in w} | set(plain))


_VOCABULARY = _cue_vocabulary()


def test_cue_shortcut_keeps_every_named_word() -> None:
    """A word that _cue_tests names, after and before any word it names, is never cut
    short by _cue."""
    for w in _VOCABULARY:
        for before in ["", *_VOCABULARY]:
            for after in ("", "to", "on", "effect"):
                words = [x for x in (before, w, after) if x]
                i = 1 if before else 0
                assert tg._cue(words, i) == tg._cue_tests(words, i), (words, i)
    for w in _VOCABULARY:  # two words before ("did they go")
        for first in ("did", "when", "was", "had"):
            words = [first, "they", w]
            assert tg._cue(words, 2) == tg._cue_tests(words, 2), words


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_VOCABULARY),
            st.text(alphabet="abdelst'", min_size=1, max_size=7),
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=0, max_value=5),
)
def test_cue_shortcut_is_the_full_tests(words: list[str], i: int) -> None:
    i = i % len(words)
    assert tg._cue(words, i) == tg._cue_tests(words, i)


def test_mod_last_letters_fold_to_nothing_else() -> None:
    """Under re.IGNORECASE, a last letter of a modifier word matches its two cases only."""
    every = "".join(map(chr, range(0x110000)))
    letters = "".join(sorted({c.lower() for c in tg._MOD_LAST_LETTERS}))
    assert set(re.findall(f"(?i)[{letters}]", every)) == set(tg._MOD_LAST_LETTERS)
    assert {w[-1] for w in tg._MOD_LAST_WORDS} <= set(tg._MOD_LAST_LETTERS)


_MOD_PIECES = [
    *"the end of The very start early Late mid- earlier later x of- İ ı ſ K 5 d".split(),
    " ",
    "  ",
    "\n",
    "\t",
    "\r",
    "-",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MOD_PIECES), max_size=8).map("".join))
def test_mod_prefix_may_end_never_rules_out_a_match(left: str) -> None:
    for lo in range(len(left) + 1):
        m = tg._MOD_PREFIX.search(left, lo, len(left))
        if m is not None and m.end() == len(left):
            assert tg._mod_prefix_may_end(left, len(left)), (left, lo)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Mr.", "a.m.", "Jan.", "end.", "Yes!", "Why?", " ", "\n", "\n\n", "x"]),
        max_size=40,
    ).map(" ".join),
    st.integers(min_value=0, max_value=400),
)
def test_sentence_start_is_the_last_boundary(text: str, pos: int) -> None:
    """The sentence start is the end of the last boundary, found from the first on."""
    pos = min(pos, len(text))
    lo = max(0, pos - 300)
    best = lo
    for m in tg._SENT_END.finditer(text, lo, min(len(text), pos + 1)):
        if tg._is_boundary(text, m):
            best = m.end()
    assert tg._sentence_start(text, pos) == best


def _lazy_patterns() -> list[tg._Lazy]:
    return [v for v in vars(tg).values() if isinstance(v, tg._Lazy)] + [
        opening for opening, _middle, _back in tg._INNER_STARTS.values()
    ]


_RULE_PIECES = (
    "the last next this past few two twenty-one 3 14 2014 '87 1990s May may MAY June Jan. "
    "Sept 5th first second quarter Q3 year years month week day days Monday Mon. a an "
    "of in on ago later earlier more than nearly about every each per fiscal FY spring "
    "mid- early late end now today tonight morning p.m. 10:30 12/05/2019 Christmas Eve "
    "İ ı ſ K , . - ’ ( 1/2 half and or to until since"
).split(" ")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_RULE_PIECES, " ", "  ", "\n"]), max_size=14).map(" ".join))
def test_factored_patterns_match_as_compiled(text: str) -> None:
    """Every lazily compiled pattern, factored, matches what re.compile's matches at
    every place, with the same groups."""
    for lazy in _lazy_patterns():
        plain = re.compile(lazy._source, lazy._flags)
        factored = lazy.compiled
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), factored.match(text, pos)
            assert (a is None) == (b is None), (lazy._source[:40], text, pos)
            if a is not None and b is not None:
                assert a.regs == b.regs, (lazy._source[:40], text, pos)  # every group's span


def test_factoring_groups_alternatives_by_first_literal() -> None:
    source = "(?:two|ten|[xy]|three|tw|Tx)(?P<g>a|b|ab)?"
    tree = importlib.import_module("re._parser").parse(source, re.IGNORECASE)
    tg._factor_tree(tree, True)
    branch = tree.data[0][1][1]  # the non-capturing group's alternation
    assert len(branch) == 3  # t(wo|en), [xy], t(hree|w|x): the class keeps its place
    want = re.compile(source, re.IGNORECASE)
    factored = tg._compile_factored(source, re.IGNORECASE)
    for text in ("two", "TWa", "tEn", "three", "x", "y", "twab", "Three b", "tw", "tx", "txb"):
        a, b = want.match(text), factored.match(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_plain_after_number_rules_out_only_what_cannot_hold() -> None:
    """_hits skips a number's remaining tests when the character after it is one of
    _PLAIN_AFTER_NUMBER: none of them opens a decade ("s", an apostrophe), a numeric
    date (/ . -), a clock time (:), an ordinal ("th") or a glued keyword ("5pm")."""
    for c in tg._PLAIN_AFTER_NUMBER:
        assert len(c) <= 1  # "": the text's end
        assert c == "" or c not in "s'’/.-:"
        assert not ("a" <= c.lower() <= "z")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0 7 12 1990 2019 87 5 , ; % ) ( \n s ' ’ / . - : th st pm am in May Q".split(" "),
                *"? $ é x 123 20190 fy".split(" "),
                " ",
                "\n",
                "—",
            ]
        ),
        max_size=20,
    ).map("".join)
)
@example("in '87, ’96 and 1990 12/5 7pm 12th fy2019? 20190 $5 é87")
def test_hits_find_what_a_full_token_scan_finds(text: str) -> None:
    """The rules _hits finds around numbers: the same as with no shortcut for the
    character after a number, and with every number after a non-alphanumeric character
    among the tokens (_KEPT_NUMBER leaves out those the shortcut would skip)."""
    saved, kept = tg._PLAIN_AFTER_NUMBER, tg._KEPT_NUMBER
    try:
        tg._PLAIN_AFTER_NUMBER = frozenset()
        tg._KEPT_NUMBER = re.compile(rb"0(?<![a0]0)0*")
        want = tg._hits(text)
    finally:
        tg._PLAIN_AFTER_NUMBER, tg._KEPT_NUMBER = saved, kept
    assert tg._hits(text) == want


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"court Court jury jurors inquest trial heard HEARD hears hearſ Hears told TOLD "
                "was were on ON On the Friday x".split(),
                " ",
                "  ",
                "\t",
                "\n",
                "\u2003",
                ",",
            ]
        ),
        max_size=16,
    ).map("".join)
)
def test_heard_before_agrees_with_its_regex(text: str) -> None:
    for start in range(len(text) + 1):
        want = tg._HEARD_BEFORE.search(text, max(0, start - 40), start) is not None
        assert tg._heard_before(text, start) == want, (text, start)


def test_timex_setters_build_what_init_builds() -> None:
    """tag() builds each Timex with the slots' setters (_TIMEX_SETTERS): in field order,
    they give an object equal to, and as frozen as, the one Timex(...) gives."""
    made = Timex(3, 11, "May 2019", "DATE", "2019-05", "START", "dct", "why not")
    values = [getattr(made, f.name) for f in dataclasses.fields(Timex)]
    built = object.__new__(Timex)
    for setter, value in zip(tg._TIMEX_SETTERS, values, strict=True):
        setter(built, value)
    assert built == made
    assert hash(built) == hash(made)
    assert repr(built) == repr(made)
    assert dataclasses.fields(Timex) == dataclasses.fields(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 4  # type: ignore[misc]


_SCAN_WORDS = (
    "May 5 2019 1990s Jan. 12 March 14th on the last next two years days ago a week later "
    "Friday morning Q3 the fiscal year 10:30 pm 12/5/2019 spring Christmas every quarter "
    "dayſ \u212aelvin — ’87 mid-2010 since"
).split()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_SCAN_WORDS, "x", "at", " ", "  ", ", ", ". ", "\n", "-"]), max_size=40
    ).map("".join),
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 40)), max_size=8),
)
@example("ab cd ef gh ij kl mn op January 1970 and May", [(0, 3), (2, 3), (2, 25)])
def test_scan_finds_what_finditer_finds_in_close_windows(
    text: str, steps: list[tuple[int, int]]
) -> None:
    """_scan finds in every rule the matches that finditer finds window by window, however
    close the windows are: each window is a gap and a length after the one before."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    end = 0
    for gap, size in steps:
        lo, end = end + gap, min(n, end + gap + size)
        if lo < end:
            windows.append((lo, end))
    spaced = tg._spaced(text)
    for r in range(len(tg._RULES)):
        compiled = tg._RULES[r][0].compiled
        want = [
            (m.span(), m.groups()) for lo, hi in windows for m in compiled.finditer(text, lo, hi)
        ]
        got = [(m.span(), m.groups()) for m in tg._scan(text, spaced, r, windows)]
        assert got == want, (tg._R_NAMES[r], windows)
