"""The invariants the fuzzers check: shared by tests/test_fuzz.py and bench/fuzz_atheris.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from timeline.errors import InputError
from timeline.export import EXPORTERS
from timeline.html import extract_article
from timeline.io import decode
from timeline.model import ExportFormat, Timeline
from timeline.parse import analyse

PUBLISHED = dt.date(2019, 5, 15)


def check_text(text: str, *, published: dt.date | None = PUBLISHED) -> Timeline:
    """Parse ``text``, check every offset, export to every format and check each export."""
    analysis = analyse(text, source_id="fuzz.txt", published=published)
    for timex in analysis.timexes:
        assert text[timex.start : timex.end] == timex.text, timex
    for event in analysis.events:
        assert event.start <= event.end
        for mention in event.mentions:
            assert text[mention.quote_start : mention.quote_end] == mention.quote, mention
            assert text[mention.timex_start : mention.timex_end] == mention.timex, mention
    events = tuple({e.id: e for e in reversed(analysis.events)}.values())  # ids unique
    timeline = Timeline.of(title="Fuzz", sources=(analysis.source,), events=events)
    if events:  # with none, the pipeline stops before exporting (NoEventsError)
        check_exports(timeline)
    return timeline


def check_exports(timeline: Timeline) -> None:
    """Every exporter writes the timeline, and each result is valid in its format."""
    for fmt, exporter in EXPORTERS.items():
        data = exporter.render(timeline)
        assert isinstance(data, bytes)
        text = data.decode("utf-8")
        if fmt is ExportFormat.JSON:
            assert Timeline.model_validate_json(data) == timeline
        elif fmt is ExportFormat.ICS:
            import icalendar

            calendar = icalendar.Calendar.from_ical(data)
            assert len(calendar.walk("VEVENT")) <= len(timeline.events)
            assert all(len(line) <= 75 for line in data.split(b"\r\n")), "folded lines"
        elif fmt is ExportFormat.TIMELINEJS:
            json.loads(text)
        elif fmt is ExportFormat.CSV:
            rows = list(csv.reader(io.StringIO(text, newline="")))
            assert len(rows) == len(timeline.events) + 1
        else:
            assert text.endswith("\n")


def check_bytes(data: bytes) -> None:
    """Arbitrary bytes are refused with an InputError or decoded and parsed cleanly."""
    try:
        raw = decode(data, "fuzz.bin")
    except InputError as exc:
        error = str(exc)
    else:
        check_text(raw.text)
        return
    assert error.startswith("fuzz.bin: "), error


def check_html(markup: str) -> None:
    """Arbitrary markup gives an article or an InputError naming the file, nothing else."""
    try:
        article = extract_article(markup, "fuzz.html")
    except InputError as exc:
        error = str(exc)
    else:
        assert article.text.strip()
        check_text(article.text, published=article.published or PUBLISHED)
        return
    assert error.startswith("fuzz.html: "), error
