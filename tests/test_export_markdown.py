from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, Checker
from hypothesis import given
from hypothesis import strategies as st

from timeline import api
from timeline.export._markdown import escape_markdown, escape_mermaid
from timeline.export.base import ExportOptions, MarkdownStyle
from timeline.model import Event, Mention, Source, Timeline


def test_markdown_shape(sample_timeline: Timeline) -> None:
    text = api.render(sample_timeline, "md").decode()
    assert text.startswith("# Talks, Tensions & Crimea: a \\#1 story\n")
    assert "## 2014\n\n- **2014**: Russia annexes Crimea ([" in text
    assert "- **Tuesday, 14 May 2019**: Officials meet in Sochi; nothing agreed" in text
    assert "## 1960s" in text
    assert "(https://example.org/news/2019/05/15/sample?x=1&y=2)" in text
    assert "```mermaid\ntimeline\n" in text


def test_mermaid_block_is_escaped(sample_timeline: Timeline) -> None:
    text = api.render(sample_timeline, "md").decode()
    block = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    for line in block.splitlines()[2:]:
        period, sep, events = line.partition(" : ")
        assert sep, line
        assert not re.search(r"[:#;%&]", period.replace("#", "").replace(";", "") + "")
        assert ":" not in events.replace(" : ", "")
    assert "#84;itle IX walls go up" in block


@given(st.text())
def test_mermaid_escape_leaves_no_grammar_characters(text: str) -> None:
    out = escape_mermaid(text)
    assert "\n" not in out
    assert "\r" not in out
    stripped = re.sub(r"#\d+;", "", out)
    assert not re.search(r"[:#;%&]", stripped)
    assert not re.match(r"(?i)(title|section|timeline|acctitle|accdescr)\b", out)


@given(st.text())
def test_markdown_escape_keeps_text_literal(text: str) -> None:
    out = escape_markdown(text)
    assert "\n" not in out
    assert not re.search(r"(?<!\\)[|*_\[\]`<>#]", out)
    assert not re.match(r"\d+[.)]", out)


# --- issue 5: quotes, table style, --no-mermaid, arbitrary titles, md_check ---------------

NASTY_TITLES = [
    "```",
    "Code fence ``` in the middle",
    "Title IX passes: schools must comply",
    "Section 230 ruling",
    "section Era: one",
    "timeline LR",
    "accTitle: x",
    "C# 1.0 | released; #1 priority",
    "*bold* _under_ [link](http://e.com) `code`",
    "50% %%{init: x}%% a &amp; b <br/> <b>x</b>",
    "2014. Russia annexed Crimea",
    "1999) list",
    "ends with colon:",
    "Москва – 東京 — café",
    "a\\|b \\ c ~~strike~~",
    "# heading-like",
]


def _timeline_with_titles(titles: list[str]) -> Timeline:
    text = "On 14 May 2019 it happened | with *pipes* & <tags>; in 2014 too."
    mention = Mention(
        source="t.txt",
        quote=text,
        quote_start=0,
        quote_end=len(text),
        timex="14 May 2019",
        timex_start=3,
        timex_end=14,
    )
    dates = ["2019-05-14", "2014", "2019-05", "196", "2019-05-14T10:30"]
    events = tuple(
        Event.build(
            date=dates[i % len(dates)],
            title=title,
            description="d",
            mentions=(mention,),
            end_date="2016" if dates[i % len(dates)] == "2014" and i % 2 else None,
        )
        for i, title in enumerate(titles)
    )
    unique = {e.id: e for e in events}
    source = Source(id="t.txt", url="https://example.org/a|b (c)", title="T | x")
    return Timeline.of(title="T: #1 | x", sources=(source,), events=tuple(unique.values()))


def _table_cells(row: str) -> list[str]:
    assert row.startswith("| "), row
    assert row.endswith(" |"), row
    return re.split(r"(?<!\\)\|", row[1:-1])


def _mermaid_lines(text: str) -> list[str]:
    return text.split("```mermaid\n", 1)[1].split("```", 1)[0].splitlines()


def _assert_mermaid_safe(text: str) -> None:
    lines = _mermaid_lines(text)
    assert lines[0] == "timeline"
    assert lines[1].startswith("    title ")
    for line in lines[2:]:
        body = line.strip()
        period, sep, event = body.partition(" : ")
        if body.startswith(": "):  # continuation of the previous period
            period, sep, event = "", ":", body[2:]
        plain = re.sub(r"#\d+;", "", period + event)
        assert not re.search(r"[:#;%&<>`]", plain), line
        assert not re.match(r"(?i)(title|section|timeline|acctitle|accdescr)\b", period), line
        assert not re.match(r"(?i)(title|section|timeline|acctitle|accdescr)\b", event), line
        assert not sep or event.strip(), f"empty event: {line!r}"


def _render(timeline: Timeline, **options: object) -> str:
    return api.render(timeline, "md", options=ExportOptions(**options)).decode()  # type: ignore[arg-type]


def test_list_items_carry_the_quote_in_details(sample_timeline: Timeline) -> None:
    text = _render(sample_timeline)
    assert (
        "- **2014**: Russia annexes Crimea ([Talks, Tensions & Crimea: a \\#1 story]"
        "(https://example.org/news/2019/05/15/sample?x=1&y=2))\n"
        "  <details><summary>Quote</summary>Russia annexed Crimea in 2014.</details>\n"
    ) in text


def test_table_style(sample_timeline: Timeline) -> None:
    text = _render(sample_timeline, md_style=MarkdownStyle.TABLE)
    assert "## 2014\n\n| Date | Event | Source |\n| --- | --- | --- |\n| **2014** |" in text
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(rows) == len(sample_timeline.events)
    for row in rows:
        assert len(_table_cells(row)) == 3
    assert "- **" not in text
    assert "```mermaid" in text


def test_no_mermaid(sample_timeline: Timeline) -> None:
    text = _render(sample_timeline, mermaid=False)
    assert "mermaid" not in text
    assert "Timeline chart" not in text
    assert text.endswith("</details>\n")


def test_quote_html_is_escaped() -> None:
    text = _render(_timeline_with_titles(["x"]))
    assert "it happened | with *pipes* &amp; &lt;tags&gt;; in 2014 too.</details>" in text
    table = _render(_timeline_with_titles(["x"]), md_style=MarkdownStyle.TABLE)
    assert "| x[^1] |" in table
    assert "[^1]: Quote: “On 14 May 2019 it happened \\| with \\*pipes\\* & \\<tags\\>;" in table


@given(st.lists(st.text(min_size=1).filter(str.strip), min_size=1, max_size=4))
def test_arbitrary_titles_never_break_table_list_or_mermaid(titles: list[str]) -> None:
    timeline = _timeline_with_titles(titles)
    table = _render(timeline, md_style=MarkdownStyle.TABLE)
    rows = [line for line in table.splitlines() if line.startswith("| **")]
    assert len(rows) == len(timeline.events)
    for row in rows:
        assert len(_table_cells(row)) == 3, row
    listing = _render(timeline)
    items = [line for line in listing.splitlines() if line.startswith("- **")]
    assert len(items) == len(timeline.events)
    for item in items:
        assert re.fullmatch(
            r"- \*\*[^*]+\*\*: .* \(\[T \\\| x\]\(https://example.org/a%7Cb%20%28c%29\)\)", item
        ), item
    _assert_mermaid_safe(listing)


@pytest.mark.parametrize("title", NASTY_TITLES)
def test_nasty_titles_are_escaped(title: str) -> None:
    timeline = _timeline_with_titles([title])
    _assert_mermaid_safe(_render(timeline))
    row = next(
        r
        for r in _render(timeline, md_style=MarkdownStyle.TABLE).splitlines()
        if r.startswith("| **")
    )
    assert len(_table_cells(row)) == 3


def test_every_markdown_passes_md_check(
    sample_timeline: Timeline, tmp_path: Path, format_checker: Checker
) -> None:
    files: list[Path] = sorted((ROOT / "exports").glob("*.md"))
    nasty = _timeline_with_titles(NASTY_TITLES)
    for name, timeline in (("sample", sample_timeline), ("nasty", nasty)):
        for style in MarkdownStyle:
            path = tmp_path / f"{name}-{style.value}.md"
            path.write_bytes(api.render(timeline, "md", options=ExportOptions(md_style=style)))
            files.append(path)
    done = format_checker("md_check.mjs", files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 problems in " in done.stdout
