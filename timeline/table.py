"""A readable terminal table of events (rich, imported only when a table is shown)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from timeline import values
from timeline.model import Timeline


def print_events(timeline: Timeline) -> None:
    """Print the events as a table on standard output."""
    table = Table(title=timeline.title, show_lines=False)
    table.add_column("When", no_wrap=True)
    table.add_column("Event")
    table.add_column("Conf.", justify="right")
    table.add_column("Why")
    for event in timeline.events:
        when = values.label(event.date, mod=event.mod)
        if event.end_date:
            when += f" to {values.label(event.end_date)}"
        table.add_row(when, event.title, f"{event.confidence:.2f}", event.why)
    Console(soft_wrap=False).print(table)
