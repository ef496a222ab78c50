from __future__ import annotations

import itertools

import pytest

from timeline.parse.text import (
    MAX_SENTENCE,
    Span,
    end_of_line,
    in_quotation,
    sentences,
    start_of_line,
)


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_short_sentences_are_kept_whole() -> None:
    assert _texts("They met on Tuesday. Mr. Putin spoke.\nNext line") == [
        "They met on Tuesday.",
        "Mr. Putin spoke.",
        "Next line",
    ]


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("2019 ", id="years"),
        pytest.param("5 May 2019, ", id="dates-commas"),
        pytest.param("x", id="no-spaces"),
    ],
)
def test_a_huge_line_is_cut_into_bounded_chunks(unit: str) -> None:
    text = unit * (50_000 // len(unit))
    spans = sentences(text)
    assert all(0 < s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_a_long_sentence_is_cut_at_a_clause_break() -> None:
    clause = "the council met and agreed " * 10
    text = "; ".join([clause.strip()] * 8) + "."
    for span in sentences(text)[:-1]:
        assert text[span.start : span.end].endswith(";")


def test_lines_and_quotes_by_offset() -> None:
    text = 'one\n"two" said "three\nfour'
    assert [start_of_line(text, p) for p in (0, 3, 4, 9, 22)] == [0, 0, 4, 4, 22]
    assert [end_of_line(text, p) for p in (0, 3, 4, 22)] == [3, 3, 21, 26]
    line = Span(4, 21)
    assert in_quotation(text, line, 6)
    assert not in_quotation(text, line, 11)
    assert in_quotation(text, line, 19)
    assert not in_quotation(text, Span(22, 26), 24)
