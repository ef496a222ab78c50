"""JSON export: the model itself, versioned and described by the published JSON Schema."""

from __future__ import annotations

import dataclasses

from timeline.export.base import DEFAULT_OPTIONS, ExportOptions
from timeline.model import ExportFormat, Timeline


@dataclasses.dataclass(frozen=True)
class JsonExporter:
    """Writes ``Timeline.model_dump_json``; reads back with ``Timeline.model_validate_json``."""

    format: ExportFormat = ExportFormat.JSON
    suffix: str = ".json"

    def render(self, timeline: Timeline, options: ExportOptions = DEFAULT_OPTIONS) -> bytes:
        """The timeline as indented UTF-8 JSON with a final newline (no options apply)."""
        # model_dump_json(indent=2), without decoding the serializer's UTF-8 bytes only to
        # encode them again.
        return timeline.__pydantic_serializer__.to_json(timeline, indent=2) + b"\n"
