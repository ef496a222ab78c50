"""The interface every exporter satisfies; the options it takes live in timeline.options."""

from __future__ import annotations

from typing import Protocol

from timeline.model import Source, Timeline
from timeline.options import (
    DEFAULT_OPTIONS,
    ExportFormat,
    ExportOptions,
    Imprecise,
    MarkdownStyle,
)

__all__ = [
    "DEFAULT_OPTIONS",
    "ExportOptions",
    "Exporter",
    "Imprecise",
    "MarkdownStyle",
    "sources_by_id",
]


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


def sources_by_id(timeline: Timeline) -> dict[str, Source]:
    """``Timeline.source`` for every id at once: the first source with each id (a merged
    timeline has many sources, and looking each event's up in the list is quadratic)."""
    index: dict[str, Source] = {}
    for source in timeline.sources:
        index.setdefault(source.id, source)
    return index
