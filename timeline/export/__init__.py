"""Export formats behind one small registry: a plain dict from format to exporter."""

from __future__ import annotations

from timeline.errors import UnknownFormatError
from timeline.export._csv import CsvExporter
from timeline.export._ical import IcsExporter
from timeline.export._json import JsonExporter
from timeline.export._markdown import MarkdownExporter
from timeline.export._timelinejs import TimelineJsExporter
from timeline.export.base import Exporter
from timeline.model import ExportFormat

__all__ = ["EXPORTERS", "Exporter", "get_exporter"]

EXPORTERS: dict[ExportFormat, Exporter] = {
    ExportFormat.ICS: IcsExporter(),
    ExportFormat.JSON: JsonExporter(),
    ExportFormat.MD: MarkdownExporter(),
    ExportFormat.TIMELINEJS: TimelineJsExporter(),
    ExportFormat.CSV: CsvExporter(),
}


def get_exporter(name: str | ExportFormat) -> Exporter:
    """The exporter for a format name.

    Raises:
        UnknownFormatError: No exporter has that name; the message lists the valid ones.
    """
    try:
        return EXPORTERS[ExportFormat(name)]
    except (ValueError, KeyError) as exc:
        valid = ", ".join(f.value for f in EXPORTERS)
        msg = f"unknown format {name!r}; choose one of: {valid}"
        raise UnknownFormatError(msg) from exc
