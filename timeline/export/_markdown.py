"""Markdown export: a heading per year, one list item per event, and a Mermaid timeline.

The list renders on GitHub and in most docs tools; the Mermaid block sticks to the
subset that Mermaid 10 and 11 both parse, with the escaping the project's format
notes give (entity codes without a leading ``&``).
"""

from __future__ import annotations

import dataclasses
import re

from timeline import values
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.values import Granularity

# Characters that would start emphasis, links, tables, HTML or code in a list item.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")

# Mermaid timeline escaping (formats.md §3.2): entity codes bypass the grammar.
_MERMAID_ENTITIES = {":": "#58;", "#": "#35;", ";": "#59;", "%": "#37;", "&": "#38;"}
_MERMAID_SPECIAL = re.compile("[:#;%&]")
_MERMAID_KEYWORD = re.compile(r"^(title|section|timeline|acctitle|accdescr)\b", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """Escape text so it shows literally inside a Markdown list item or table cell."""
    text = " ".join(text.split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _ORDERED_LIST_START.sub(r"\1\\\2", text)


def escape_mermaid(text: str) -> str:
    """Escape text for a Mermaid ``timeline`` title, period or event (Mermaid 10 and 11)."""
    text = " ".join(text.split())
    text = _MERMAID_SPECIAL.sub(lambda m: _MERMAID_ENTITIES[m.group()], text)
    if match := _MERMAID_KEYWORD.match(text):
        first = match.group()[0]
        text = f"#{ord(first)};{text[1:]}"
    return text


def _heading(event: Event) -> str:
    if event.granularity is Granularity.DECADE:
        return f"{event.date}0s"
    if event.granularity is Granularity.CENTURY:
        return values.label(event.date)
    return f"{event.start.year}"


def _when(event: Event, *, short: bool = False) -> str:
    when = values.label(event.date, mod=event.mod, short=short)
    if event.end_date is not None:
        when = f"{when} to {values.label(event.end_date, short=short)}"
    return when


def _link(event: Event, source: Source | None) -> str:
    name = escape_markdown(source.title or source.id) if source else ""
    if source is not None and source.url and source.url.startswith(("http://", "https://")):
        url = source.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        return f" ([{name or 'source'}]({url}))"
    return f" (source: {escape_markdown(event.source.source)})"


def _mermaid(timeline: Timeline) -> list[str]:
    lines = ["```mermaid", "timeline", f"    title {escape_mermaid(timeline.title)}"]
    previous = None
    for event in timeline.events:
        period = escape_mermaid(_when(event, short=True))
        title = escape_mermaid(event.title)
        if period == previous:
            lines.append(f"        : {title}")
        else:
            lines.append(f"    {period} : {title}")
        previous = period
    lines.append("```")
    return lines


@dataclasses.dataclass(frozen=True)
class MarkdownExporter:
    """Writes GitHub-flavoured Markdown."""

    format: ExportFormat = ExportFormat.MD
    suffix: str = ".md"

    def render(self, timeline: Timeline) -> bytes:
        """The Markdown document, UTF-8, LF line endings, one final newline."""
        lines = [f"# {escape_markdown(timeline.title)}", ""]
        count = len(timeline.events)
        lines += [
            f"{count} dated event{'s' * (count != 1)}. Dates keep the precision the text "
            "gives: a year stays a year.",
            "",
        ]
        heading = None
        for event in timeline.events:
            if (new := _heading(event)) != heading:
                if heading is not None:
                    lines.append("")
                heading = new
                lines += [f"## {escape_markdown(heading)}", ""]
            source = timeline.source(event.source.source)
            lines.append(
                f"- **{escape_markdown(_when(event))}**: {escape_markdown(event.title)}"
                f"{_link(event, source)}"
            )
        if timeline.events:
            lines += ["", "## Timeline chart", "", *_mermaid(timeline)]
        return ("\n".join(lines) + "\n").encode()
