"""timeline: turn news articles into event timelines (iCalendar, JSON, Markdown).

The public API is re-exported here and loaded on first use, so that importing the
package (as the command line does) stays cheap::

    import timeline

    tl = timeline.extract_timeline(["data/pompeo-sochi-talks.txt"])
    ics = timeline.render(tl, "ics")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from timeline.api import extract_timeline, load_timeline, render, write_exports
    from timeline.errors import TimelineError
    from timeline.model import Event, Mention, Source, Timeline
    from timeline.options import ExportFormat, ExportOptions
    from timeline.parse import analyse, tag

__all__ = [
    "Event",
    "ExportFormat",
    "ExportOptions",
    "Mention",
    "Source",
    "Timeline",
    "TimelineError",
    "__version__",
    "analyse",
    "extract_timeline",
    "load_timeline",
    "render",
    "tag",
    "write_exports",
]

_HOMES = {
    "Event": "timeline.model",
    "Mention": "timeline.model",
    "Source": "timeline.model",
    "Timeline": "timeline.model",
    "ExportFormat": "timeline.options",
    "ExportOptions": "timeline.options",
    "TimelineError": "timeline.errors",
    "analyse": "timeline.parse",
    "tag": "timeline.parse",
    "extract_timeline": "timeline.api",
    "load_timeline": "timeline.api",
    "render": "timeline.api",
    "write_exports": "timeline.api",
}


def __getattr__(name: str) -> Any:
    """Load a public name's module on first use (PEP 562)."""
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    msg = f"module 'timeline' has no attribute {name!r}"
    raise AttributeError(msg)
