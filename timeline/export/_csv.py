"""CSV export for spreadsheets: UTF-8, RFC 4180 (CRLF rows, quoted where needed).

Text cells that a spreadsheet would run as a formula (starting with ``= + - @``, a tab
or a carriage return) get a leading apostrophe, the OWASP advice against CSV
injection; date and number columns are left as they are.
"""

from __future__ import annotations

import dataclasses

from timeline import values
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions, sources_by_id
from timeline.model import ExportFormat, Timeline
from timeline.values import Granularity

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


def _cell(text: str) -> str:
    """One field as ``csv.writer`` (QUOTE_MINIMAL, "," and CRLF) writes it in a row of
    several fields: quoted when it holds a quote, a comma or a line break, its quotes
    doubled. Text is scanned at C speed by ``in`` instead of character by character."""
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return f'"{text}"'
    return text


_HEADER_LINE = ",".join(_HEADER) + "\r\n"
_GRAIN_VALUE = {grain: grain.value for grain in Granularity}


@dataclasses.dataclass(frozen=True)
class CsvExporter:
    """Writes one row per event under a header row."""

    format: ExportFormat = ExportFormat.CSV
    suffix: str = ".csv"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The table as UTF-8 CSV with CRLF line endings (no options apply).

        The rows are what ``csv.writer(out, lineterminator="\\r\\n")`` writes (RFC 4180),
        joined here: the C writer copies every character of the long text cells one by
        one, and was most of this export's time.

        Args:
            timeline: The timeline to write.
            options: Ignored.

        Returns:
            The file's bytes.
        """
        sources = sources_by_id(timeline)
        rows = [_HEADER_LINE]
        for event in timeline.events:
            source = sources.get(event.source.source)
            when = values.label(event.date, mod=event.mod)
            if event.end_date is not None:
                when = f"{when} to {values.label(event.end_date)}"
            row = (
                _cell(event.date),
                _cell(event.end_date or ""),
                _GRAIN_VALUE[event.granularity],
                event.start.isoformat(),
                event.end.isoformat(),
                _cell(neutralise(when)),
                _cell(neutralise(event.title)),
                _cell(neutralise(event.description)),
                _cell(neutralise(event.quote)),
                _cell(neutralise((source.title if source else None) or event.source.source)),
                _cell(neutralise((source.url if source else None) or "")),
                f"{event.confidence:g}",
                _cell(event.id),
            )
            rows.append(",".join(row) + "\r\n")
        return "".join(rows).encode()
