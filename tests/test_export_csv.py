"""CSV export: UTF-8, RFC 4180, and no formulas smuggled into spreadsheets."""

from __future__ import annotations

import csv
import io

import pytest

from timeline import api
from timeline.export._csv import _cell, neutralise
from timeline.model import Event, Mention, Source, Timeline


def _rows(timeline: Timeline) -> list[dict[str, str]]:
    data = api.render(timeline, "csv")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_rfc4180_shape(sample_timeline: Timeline) -> None:
    data = api.render(sample_timeline, "csv")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert data.split(b"\r\n")[0] == (
        b"date,end_date,granularity,start,end,when,title,description,quote,source,url,confidence,id"
    )
    rows = _rows(sample_timeline)
    assert [r["id"] for r in rows] == [e.id for e in sample_timeline.events]
    crimea = next(r for r in rows if r["date"] == "2014")
    assert crimea["source"] == "Talks, Tensions & Crimea: a #1 story"  # comma: quoted
    assert crimea["start"] == "2014-01-01"
    assert crimea["end"] == "2014-12-31"
    assert crimea["confidence"] == "0.9"


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1 rise", "'+1 rise"),
        ("-2 fall", "'-2 fall"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ('Plain, "quoted"\nline', 'Plain, "quoted"\nline'),
    ],
)
def test_formula_injection_is_neutralised(text: str, cell: str) -> None:
    assert neutralise(text) == cell
    mention = Mention(
        source=text,
        quote="x 2014",
        quote_start=0,
        quote_end=6,
        timex="2014",
        timex_start=2,
        timex_end=6,
    )
    event = Event.build(date="2014", title=text, description=text, mentions=(mention,))
    timeline = Timeline.of(title="T", sources=(Source(id=text),), events=(event,))
    (row,) = _rows(timeline)
    assert row["title"] == cell
    assert row["description"] == cell
    assert row["source"] == cell
    assert row["date"] == "2014"  # date and number columns stay as they are


@pytest.mark.parametrize(
    "text",
    ["plain", "", "a,b", 'say "hi"', '"', "two\nlines", "cr\rhere", "tab\there", "é — ’", "\x00"],
)
def test_cells_are_written_as_the_csv_module_writes_them(text: str) -> None:
    # The exporter joins its rows itself: every cell must come out as csv.writer's would.
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow([text, "x"])
    assert f"{_cell(text)},x\r\n" == out.getvalue()
