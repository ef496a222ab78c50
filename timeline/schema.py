"""The published JSON Schema of the JSON export, generated from the model."""

from __future__ import annotations

import json

from timeline.model import Timeline


def schema_text() -> str:
    """The JSON Schema (draft 2020-12) as indented JSON text with a final newline."""
    return json.dumps(Timeline.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
