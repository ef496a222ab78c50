"""Export formats and their options: plain enums and a dataclass, cheap to import.

The command line builds its choices from these before it needs the model or the
parser, which keeps ``timeline --help`` quick.
"""

from __future__ import annotations

import dataclasses
import enum


class ExportFormat(enum.StrEnum):
    """Export formats; the values are the words ``--format`` accepts."""

    ICS = "ics"
    JSON = "json"
    MD = "md"
    TIMELINEJS = "timelinejs"
    CSV = "csv"


class Imprecise(enum.StrEnum):
    """How iCalendar shows events known only to the week, month, season, year or coarser."""

    MARKER = "marker"
    """A one-day all-day event on the first day of the period, with a cue in SUMMARY."""
    SPAN = "span"
    """An all-day event covering the whole period."""
    SKIP = "skip"
    """Leave such events out of the calendar."""


class MarkdownStyle(enum.StrEnum):
    """How Markdown lists the events under each year heading."""

    LIST = "list"
    TABLE = "table"


@dataclasses.dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """Options of the formats that have any; every exporter ignores what is not its own.

    Attributes:
        imprecise: iCalendar: how events coarser than a day appear.
        calendar_name: iCalendar: ``NAME``/``X-WR-CALNAME``; the timeline's title when None.
        md_style: Markdown: a bullet list or a table per year.
        mermaid: Markdown: add the Mermaid ``timeline`` chart.
    """

    imprecise: Imprecise = Imprecise.MARKER
    calendar_name: str | None = None
    md_style: MarkdownStyle = MarkdownStyle.LIST
    mermaid: bool = True


DEFAULT_OPTIONS = ExportOptions()
