"""A progress bar on stderr for long runs, shown only when stderr is a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def progress_bar(label: str = "Reading") -> Iterator[Callable[[int, int], None] | None]:
    """A ``(done, total)`` callback that draws a rich progress bar, or None when not a terminal.

    Redirected or piped stderr gets no bar (and no control codes): only the summary.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console  # lazy: only for interactive runs
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    # No refresh thread (auto_refresh=False): worker processes are forked while the bar
    # is shown, and forking a process that runs threads can deadlock the child.
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, refresh=True)

        yield update
