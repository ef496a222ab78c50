"""Markdown export: a heading per year, the events as a list or a table, and a Mermaid chart.

The Markdown renders on GitHub and in most docs tools. In the list style each event's
quote sits in a collapsible ``<details>`` element; in the table style it is a footnote
(HTML inside table cells is not rendered the same way everywhere). The Mermaid block
sticks to the subset that Mermaid 10 and 11 both parse, with the escaping the project's
format notes give (entity codes without a leading ``&``).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re

from timeline import values
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions, MarkdownStyle, sources_by_id
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.values import Granularity

# Characters that would start emphasis, links, tables, HTML, code or strike-through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")

# Mermaid timeline escaping (formats.md §3.2): entity codes bypass the grammar. < and >
# are encoded too, so that a "<br/>" in the text can never reach Mermaid.
_MERMAID_ENTITIES = {
    ":": "#58;",
    "#": "#35;",
    "`": "#96;",  # a run of three would close the chart's code fence
    ";": "#59;",
    "%": "#37;",
    "&": "#38;",
    "<": "#60;",
    ">": "#62;",
}
_MERMAID_SPECIAL = re.compile("[:#;%&<>`]")
_MERMAID_KEYWORD = re.compile(r"^(title|section|timeline|acctitle|accdescr)\b", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """Escape text so it shows literally inside a Markdown list item or table cell.

    Args:
        text: Any text; line breaks become spaces.

    Returns:
        One line of Markdown that renders as the text.
    """
    text = " ".join(text.split())
    # Most titles need neither substitution: a search is cheaper than a sub's template.
    if _MD_SPECIAL.search(text):
        text = _MD_SPECIAL.sub(r"\\\1", text)
    if text[:1].isdecimal():  # what \d matches
        text = _ORDERED_LIST_START.sub(r"\1\\\2", text)
    return text


def escape_mermaid(text: str) -> str:
    """Escape text for a Mermaid ``timeline`` title, period or event (Mermaid 10 and 11).

    Args:
        text: Any text; line breaks become spaces.

    Returns:
        One line with the grammar's special characters and leading keywords encoded.
    """
    text = " ".join(text.split())
    if _MERMAID_SPECIAL.search(text):  # most text has none: no sub and no callback
        text = _MERMAID_SPECIAL.sub(lambda m: _MERMAID_ENTITIES[m.group()], text)
    if match := _MERMAID_KEYWORD.match(text):
        first = match.group()[0]
        text = f"#{ord(first)};{text[1:]}"
    return text


def _html_block_text(text: str) -> str:
    """Text inside an HTML block (no Markdown there): entities only, one line."""
    return html.escape(" ".join(text.split()), quote=False)


# An enum member looked up on its class costs a descriptor call each time (Python 3.11).
_DECADE = Granularity.DECADE
_CENTURY = Granularity.CENTURY


def _heading(event: Event) -> str:
    if event.granularity is _DECADE:
        return f"{event.date}0s"
    if event.granularity is _CENTURY:
        return values.label(event.date)
    return f"{event.start.year}"


def _when(date: str, end_date: str | None, mod: str | None, *, short: bool = False) -> str:
    when = values.label(date, mod=mod, short=short)
    if end_date is not None:
        when = f"{when} to {values.label(end_date, short=short)}"
    return when


# The escaped dates are pure functions of the values, which repeat within and across
# timelines.
@functools.lru_cache(maxsize=4096)
def _when_markdown(date: str, end_date: str | None, mod: str | None) -> str:
    return escape_markdown(_when(date, end_date, mod))


@functools.lru_cache(maxsize=4096)
def _period_mermaid(date: str, end_date: str | None, mod: str | None) -> str:
    return escape_mermaid(_when(date, end_date, mod, short=True))


def _url(url: str) -> str:
    for char, code in (("(", "%28"), (")", "%29"), (" ", "%20"), ("|", "%7C")):
        url = url.replace(char, code)
    return url.replace("<", "%3C").replace(">", "%3E")


def _source_link(source_id: str, source: Source | None) -> str:
    """How an event of the document ``source_id`` names it: a link when it has a web URL."""
    name = escape_markdown(source.title or source.id) if source else ""
    if source is not None and source.url and source.url.startswith(("http://", "https://")):
        return f"[{name or 'source'}]({_url(source.url)})"
    return f"source: {escape_markdown(source_id)}"


def _details(quote: str) -> str:
    return f"<details><summary>Quote</summary>{quote}</details>"


def _list_item(event: Event, link: str) -> list[str]:
    # The <details> line starts an HTML block inside the list item (CommonMark type 6),
    # so its text is HTML, not Markdown: entity-escape it and keep it on one line.
    return [
        f"- **{_when_markdown(event.date, event.end_date, event.mod)}**: "
        f"{escape_markdown(event.title)} ({link})",
        f"  {_details(_html_block_text(event.quote))}",
    ]


def _table_row(event: Event, link: str, note: int) -> str:
    # Cells never hold a newline or an unescaped pipe; GFM splits cells before inline parsing.
    event_cell = f"{escape_markdown(event.title)}[^{note}]"
    when = _when_markdown(event.date, event.end_date, event.mod)
    return f"| **{when}** | {event_cell} | {link} |"


def _footnote(event: Event, note: int) -> str:
    return f"[^{note}]: Quote: “{escape_markdown(event.quote)}”"


def _mermaid(timeline: Timeline) -> list[str]:
    title = escape_mermaid(timeline.title) or "Timeline"
    lines = ["```mermaid", "timeline", f"    title {title}"]
    previous = None
    for event in timeline.events:
        period = _period_mermaid(event.date, event.end_date, event.mod)
        title = escape_mermaid(event.title)
        if period != previous:
            # An empty event is a parse error; a period alone is valid.
            lines.append(f"    {period} : {title}" if title else f"    {period}")
        elif title:
            lines.append(f"        : {title}")
        previous = period
    lines.append("```")
    return lines


@dataclasses.dataclass(frozen=True)
class MarkdownExporter:
    """Writes GitHub-flavoured Markdown."""

    format: ExportFormat = ExportFormat.MD
    suffix: str = ".md"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The Markdown document, UTF-8, LF line endings, one final newline.

        Args:
            timeline: The timeline to write.
            options: ``md_style`` (list or table) and ``mermaid`` (add the chart) apply.

        Returns:
            The document's bytes.
        """
        lines = [f"# {escape_markdown(timeline.title)}", ""]
        count = len(timeline.events)
        lines += [
            f"{count} dated event{'s' * (count != 1)}. Dates keep the precision the text "
            "gives: a year stays a year.",
            "",
        ]
        table = options.md_style is MarkdownStyle.TABLE
        heading = None
        notes: list[str] = []  # the table style's quotes, written after each year's table
        sources = sources_by_id(timeline)
        links: dict[str, str] = {}  # the same link for every event of a source
        for number, event in enumerate(timeline.events, start=1):
            if (new := _heading(event)) != heading:
                if heading is not None:
                    lines += ["", *notes, ""] if notes else [""]
                    notes = []
                heading = new
                lines += [f"## {escape_markdown(heading)}", ""]
                if table:
                    lines += ["| Date | Event | Source |", "| --- | --- | --- |"]
            name = event.source.source
            if (link := links.get(name)) is None:
                link = links[name] = _source_link(name, sources.get(name))
            if table:
                lines.append(_table_row(event, link, number))
                notes.append(_footnote(event, number))
            else:
                lines += _list_item(event, link)
        if notes:
            lines += ["", *notes]
        if timeline.events and options.mermaid:
            lines += ["", "## Timeline chart", "", *_mermaid(timeline)]
        return ("\n".join(lines) + "\n").encode()
