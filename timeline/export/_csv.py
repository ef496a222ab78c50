"""CSV export for spreadsheets: UTF-8, RFC 4180 (CRLF rows, quoted where needed).

Text cells that a spreadsheet would run as a formula (starting with ``= + - @``, a tab
or a carriage return) get a leading apostrophe, the OWASP advice against CSV
injection; date and number columns are left as they are.
"""

from __future__ import annotations

import csv
import dataclasses
import io

from timeline import values
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions, sources_by_id
from timeline.model import ExportFormat, Timeline

_HEADER = (
    "date",
    "end_date",
    "granularity",
    "start",
    "end",
    "when",
    "title",
    "description",
    "quote",
    "source",
    "url",
    "confidence",
    "id",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula.

    Args:
        text: The cell's text.

    Returns:
        The text, with ``'`` in front when it starts like a formula.
    """
    return f"'{text}" if text.startswith(_FORMULA_START) else text


@dataclasses.dataclass(frozen=True)
class CsvExporter:
    """Writes one row per event under a header row."""

    format: ExportFormat = ExportFormat.CSV
    suffix: str = ".csv"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The table as UTF-8 CSV with CRLF line endings (no options apply).

        Args:
            timeline: The timeline to write.
            options: Ignored.

        Returns:
            The file's bytes.
        """
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(_HEADER)
        sources = sources_by_id(timeline)
        rows = []
        for event in timeline.events:
            source = sources.get(event.source.source)
            when = values.label(event.date, mod=event.mod)
            if event.end_date is not None:
                when = f"{when} to {values.label(event.end_date)}"
            rows.append(
                (
                    event.date,
                    event.end_date or "",
                    event.granularity.value,
                    event.start.isoformat(),
                    event.end.isoformat(),
                    neutralise(when),
                    neutralise(event.title),
                    neutralise(event.description),
                    neutralise(event.quote),
                    neutralise((source.title if source else None) or event.source.source),
                    neutralise((source.url if source else None) or ""),
                    f"{event.confidence:g}",
                    event.id,
                )
            )
        writer.writerows(rows)
        return out.getvalue().encode()
