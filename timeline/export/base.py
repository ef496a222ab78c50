"""The interface every exporter satisfies."""

from __future__ import annotations

from typing import Protocol

from timeline.model import ExportFormat, Timeline


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

    def render(self, timeline: Timeline) -> bytes:
        """The complete file, as bytes (``.ics`` needs exact CRLF line endings).

        Raises:
            timeline.errors.ExportError: The timeline cannot be written in this format.
        """
        ...
