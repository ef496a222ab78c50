"""Document metadata found in the text itself: headline, dateline and source link."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator

from timeline.parse.tagger import tag
from timeline.parse.timex import Timex

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?]")
_URL_LABEL = re.compile(
    r"(?:source|original\s+url|url|link|canonical|read more|originally published)\s*:?\s*$",
    re.IGNORECASE,
)
# A line with a year: four digits, or a numeric date with a two-digit year ("15/05/19").
_YEAR_LINE = re.compile(r"[^\n]*(?:\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2})[^\n]*")
# The same years as in _YEAR_LINE, factored so that each start is tried once.
_YEAR = re.compile(r"\d(?:\d{3}|\d?[/.-]\d{1,2}[/.-]\d{2})")
_HEAD_LINES = 6
_HEAD_CHARS = 800
_TITLE_MAX = 200


@dataclasses.dataclass(frozen=True, slots=True)
class Metadata:
    """What the text says about itself.

    Attributes:
        title: The headline (first line), if the first line looks like one.
        published: The dateline's date, if one was found near the top.
        dateline: The dateline's time expression, never itself an event.
        url: The article's own address, if the text states it.
    """

    title: str | None
    published: dt.date | None
    dateline: Timex | None
    url: str | None


def _head_end(text: str) -> int:
    """Offset where the document's head (its first few non-empty lines) ends."""
    seen = 0
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)  # the line with its line break
        if text[start:end].strip():
            seen += 1
        if seen >= _HEAD_LINES or end >= _HEAD_CHARS:
            return min(end, _HEAD_CHARS)
        start = end
    return min(len(text), _HEAD_CHARS)


def _year_line_ends(head: str) -> Iterator[int]:
    """Where each line with a year ends, in order: the ends of ``_YEAR_LINE.finditer(head)``,
    found lazily by one forward search (that pattern backtracks over every start of a
    line without a year, and the caller usually stops at the first line)."""
    pos = 0
    while (found := _YEAR.search(head, pos)) is not None:
        line_end = head.find("\n", found.end())
        if line_end < 0:
            line_end = len(head)
        yield line_end
        pos = line_end + 1


def find_dateline(text: str) -> Timex | None:
    """The publication date near the top of the text: the first full calendar date there.

    Only explicit dates count ("May 15, 2019", "15/05/2019", "2019-05-15"); a relative
    expression cannot be a dateline because it has nothing to be relative to.
    """
    head = text[: _head_end(text)]
    # A full date has a year, so only lines with one can hold the dateline: tag the head
    # up to each such line in turn (usually line 2) instead of all of it.
    tagged_to = 0
    for line_end in _year_line_ends(head):
        if line_end <= tagged_to:
            continue
        tagged_to = line_end
        for timex in tag(head[:tagged_to], dct=None):
            if timex.type in ("DATE", "TIME") and _DAY_VALUE.match(timex.value):
                try:
                    dt.date.fromisoformat(timex.value[:10])
                except ValueError:
                    continue
                if _dates_the_page(head, timex):
                    return timex
    return None


# Words besides the date on a dateline's own line, which is no sentence: "By Tom Ashdown |
# Thursday 18 June 2026", "Live coverage | Last updated Aug. 14, 2026, 7:40 a.m. PT".
_DATELINE_WORDS = 12
# After a wire dateline's date: "LONDON, Feb. 12, 2026 (Reuters) - ...", "Jan. 12, 2027 --",
# "February 6, 2024 /PRNewswire/".
_WIRE_AFTER = re.compile(r"\)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[-—–]{1,2}\s|/)")


def _dates_the_page(head: str, timex: Timex) -> bool:
    """Whether a date in the head is the page's own: on a short line that is no sentence (a
    dateline, a byline, "Updated ...") or opening a wire story, not in a sentence of the story
    ("Northfield will report its results on Feb. 4, 2026." is an event, not a dateline)."""
    line_start = head.rfind("\n", 0, timex.start) + 1
    line_end = head.find("\n", timex.end)
    if line_end < 0:
        line_end = len(head)
    words = len(_WORD.findall(head, line_start, timex.start)) + len(
        _WORD.findall(head, timex.end, line_end)
    )
    sentence = _SENTENCE_END.search(head[line_start:line_end]) is not None
    return (
        words <= 2
        or (words <= _DATELINE_WORDS and not sentence)
        or _WIRE_AFTER.match(head, timex.end) is not None
    )


_WORD = re.compile(r"[A-Za-z]{2,}")
_SENTENCE_END = re.compile(r"[a-z0-9][.!?][\"”’']?\s*$")


def find_url(text: str) -> str | None:
    """The article's own URL: one labelled as the source, else one alone on the last lines."""
    labelled = None
    for match in _URL.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        prefix = text[line_start : match.start()]
        previous_line = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start]
        if _URL_LABEL.search(prefix) or (
            not prefix.strip() and _URL_LABEL.search(previous_line.strip() or "-")
        ):
            labelled = match.group()
    if labelled:
        return labelled
    tail = text.rstrip().rsplit("\n", 1)[-1].strip()
    return tail if _URL.fullmatch(tail) else None


def find_title(text: str) -> str | None:
    """The first line, if it reads like a headline (short, not a date, not a sentence)."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) > _TITLE_MAX or _URL.match(line):
            return None
        return line
    return None


def find_metadata(text: str) -> Metadata:
    """Headline, dateline and source URL of a document.

    Args:
        text: The document text.

    Returns:
        The metadata; each field is None when the text does not state it.
    """
    dateline = find_dateline(text)
    published = dt.date.fromisoformat(dateline.value[:10]) if dateline else None
    title = find_title(text)
    if title and dateline and text.find(title) <= dateline.start < text.find(title) + len(title):
        title = None  # the first line is the dateline itself
    return Metadata(title=title, published=published, dateline=dateline, url=find_url(text))


# A line that opens a list item, a stamped update or an interview turn: never a wrapped
# continuation of the line before it.
_ITEM_START = re.compile(r"[ \t]*(?:[-*•·–—][ \t]|\d{1,2}[:.]\d{2}\b|\d{1,4}[.)][ \t]|[QA]\s*:)")
_LINE_CLOSED = frozenset('.!?:;"”’)]')


def unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs turned into spaces.

    Plain-text articles are often wrapped at a fixed width (wire copy, e-mail, archives);
    a sentence split over two lines is still one sentence. A break is soft when the text
    is wrapped (several lines reach near its common width, at most 100 characters), the
    line before it is long and ends with no sentence mark, and the next line is neither
    blank nor a list item. The result has the same length, so offsets into it are offsets
    into ``text`` (only those breaks differ).

    Args:
        text: The document text.

    Returns:
        ``text`` itself when nothing is wrapped, else the unwrapped copy.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return text
    width = lengths[(len(lengths) * 9) // 10]
    full = sum(1 for n in lengths if n >= width * 0.75)
    if not 40 <= width <= 100 or full < 3 or full < len(lengths) * 0.3:
        return text
    out = list(text)
    pos = 0
    for line, nxt in itertools.pairwise(lines):
        pos += len(line)  # the break after ``line``
        body = line.rstrip()
        if (
            len(body) >= width * 0.6
            and body[-1] not in _LINE_CLOSED
            and nxt.strip()
            and not _ITEM_START.match(nxt)
        ):
            out[pos] = " "
        pos += 1
    return "".join(out)
