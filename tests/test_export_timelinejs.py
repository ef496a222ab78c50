"""TimelineJS 3 export: integer date parts, escaped HTML, stable ids, checked by TimelineJS."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, Checker
from hypothesis import given
from hypothesis import strategies as st

from timeline import api
from timeline.model import Event, Mention, Source, Timeline


def _doc(timeline: Timeline) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(api.render(timeline, "timelinejs"))
    return data


def _timeline(title: str, quote: str = "It happened in 2014.") -> Timeline:
    mention = Mention(
        source="a.txt",
        quote=quote,
        quote_start=0,
        quote_end=len(quote),
        timex=quote,
        timex_start=0,
        timex_end=len(quote),
    )
    dates = [("2014", None), ("2019-05", None), ("2019-05-14T10:30", None), ("2016", "2019")]
    events = tuple(
        Event.build(date=d, end_date=e, title=title, description="<d>", mentions=(mention,))
        for d, e in dates
    )
    source = Source(id="a.txt", url='https://example.org/a?x=1&y="2"', title="A <b> & B")
    return Timeline.of(title="T & <x>", sources=(source,), events=events)


def test_date_parts_are_integers_at_the_events_granularity(sample_timeline: Timeline) -> None:
    slides = {s["display_date"]: s for s in _doc(sample_timeline)["events"]}
    assert slides["2014"]["start_date"] == {"year": 2014}
    assert "end_date" not in slides["2014"]  # an end equal to the start is left out
    assert slides["Tuesday, 14 May 2019"]["start_date"] == {"year": 2019, "month": 5, "day": 14}
    assert slides["2016 to 2019"]["end_date"] == {"year": 2019}
    assert slides["The 1960s"]["start_date"] == {"year": 1960}
    assert slides["The 1960s"]["end_date"] == {"year": 1969}
    timed = {s["display_date"]: s for s in _doc(_timeline("x"))["events"]}
    assert timed["Tuesday, 14 May 2019, 10:30"]["start_date"] == {
        "year": 2019,
        "month": 5,
        "day": 14,
        "hour": 10,
        "minute": 30,
    }


def test_text_is_escaped_and_links_the_source() -> None:
    doc = _doc(_timeline("<script>alert(1)</script> & co", quote="a<b & 2014"))
    slide = doc["events"][0]
    assert slide["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert "&ldquo;a&lt;b &amp; 2014&rdquo;" in slide["text"]["text"]
    assert (
        'Source: <a href="https://example.org/a?x=1&amp;y=&quot;2&quot;">A &lt;b&gt; &amp; B</a>'
        in slide["text"]["text"]
    )
    assert doc["title"]["text"]["headline"] == "T &amp; &lt;x&gt;"


def test_unique_ids_are_the_stable_event_ids(sample_timeline: Timeline) -> None:
    ids = [s["unique_id"] for s in _doc(sample_timeline)["events"]]
    assert ids == [f"event-{e.id}" for e in sample_timeline.events]
    assert len(set(ids)) == len(ids)


@given(st.text(min_size=1).filter(str.strip))
def test_any_title_gives_valid_json_with_int_parts(title: str) -> None:
    for slide in _doc(_timeline(title))["events"]:
        for key in ("start_date", "end_date"):
            if key in slide:
                assert all(type(v) is int for v in slide[key].values())
        assert "<" not in slide["text"]["headline"]
        assert slide.get("end_date") != slide["start_date"]


@given(st.text(min_size=1).filter(str.strip), st.text(min_size=1).filter(str.strip))
def test_the_document_is_json_dumps_indented_form(title: str, quote: str) -> None:
    # The exporter writes the JSON text itself; it must be what json.dumps would write.
    data = api.render(_timeline(title, quote), "timelinejs")
    expected = json.dumps(json.loads(data), indent=2, ensure_ascii=False) + "\n"
    assert data == expected.encode()


def test_an_empty_timeline_is_json_dumps_indented_form() -> None:
    data = api.render(Timeline(title="Empty"), "timelinejs")
    assert json.loads(data)["events"] == []
    assert data == (json.dumps(json.loads(data), indent=2, ensure_ascii=False) + "\n").encode()


def test_timelinejs_check_accepts_every_export(
    sample_timeline: Timeline, tmp_path: Path, format_checker: Checker
) -> None:
    files = sorted((ROOT / "exports").glob("*.timelinejs"))
    for name, timeline in (("sample", sample_timeline), ("nasty", _timeline('a<b> & "c" |'))):
        path = tmp_path / f"{name}.timelinejs"
        path.write_bytes(api.render(timeline, "timelinejs"))
        files.append(path)
    done = format_checker("timelinejs_check.mjs", files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 problems in " in done.stdout
