"""Property tests: the parser and every exporter never raise, offsets hold, exports are valid.

The same checks run without limits in bench/fuzz_atheris.py.
"""

from __future__ import annotations

from fuzzcheck import check_bytes, check_html, check_text
from hypothesis import given
from hypothesis import strategies as st

# Pieces of news text around dates, so the fuzzer reaches the tagger's rules quickly.
WORDS = [
    "May",
    "may",
    "March",
    "Tuesday",
    "last week",
    "next year",
    "in",
    "on",
    "the",
    "of",
    "2019",
    "1969",
    "05/15/2019",
    "15.05.2019",
    "2019-05-15",
    "February 30",
    "0",
    "9999",
    "10000",
    "BC",
    "AD",
    "'80s",
    "1990s",
    "Q3",
    "spring",
    "ago",
    "since",
    "until",
    "from",
    "to",
    "-",
    "–",
    ",",
    ".",
    "\n",
    "\n\n",
    " ",
    "(",
    ")",
    '"',
    "said",
    "met",
    "Pompeo",
    "yesterday",
    "today",
    "tomorrow",
    "fortnight",
    "decade",
    "century",
    "mid-",
    "early",
]
newsy = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)
texts = st.text() | newsy


@given(texts)
def test_parser_and_exporters_never_raise(text: str) -> None:
    check_text(text)


@given(newsy)
def test_without_a_publication_date(text: str) -> None:
    check_text(text, published=None)


@given(st.binary(max_size=512) | newsy.map(lambda t: t.encode("cp1252", "replace")))
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    check_bytes(data)


@given(newsy, st.sampled_from(["p", "div", "article", "time", "script", "h1"]))
def test_any_page_gives_an_article_or_an_input_error(text: str, tag: str) -> None:
    check_html(
        f"<html><head><title>{text[:20]}</title></head><body><{tag}>{text}</{tag}></body></html>"
    )
