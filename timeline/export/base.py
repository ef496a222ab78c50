"""The interface every exporter satisfies, and the options some formats take."""

from __future__ import annotations

import dataclasses
import enum
from typing import Protocol

from timeline.model import ExportFormat, Timeline


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


class Exporter(Protocol):
    """Renders a timeline as the bytes of one file format."""

    @property
    def format(self) -> ExportFormat:
        """The format this exporter writes."""
        ...

    @property
    def suffix(self) -> str:
        """The file name suffix, with its dot (``.ics``)."""
        ...

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The complete file, as bytes (``.ics`` needs exact CRLF line endings).

        Raises:
            timeline.errors.ExportError: The timeline cannot be written in this format.
        """
        ...
