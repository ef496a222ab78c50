"""One error hierarchy for the whole package; the CLI maps it to exit codes in one place."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 1


class UsageError(TimelineError, ValueError):
    """An option or argument has a value the command cannot use (exit code 2)."""

    exit_code = 2


class InputError(TimelineError, OSError):
    """An input file is missing, unreadable, empty, binary, too large or not text."""


class DateParseError(TimelineError, ValueError):
    """A date value cannot be understood.

    Attributes:
        value: The offending text.
        source: Where it came from (a path, URL, option name or JSON location).
    """

    def __init__(self, message: str, *, value: str = "", source: str = "") -> None:
        super().__init__(message)
        self.value = value
        self.source = source


class UnknownFormatError(TimelineError, ValueError):
    """An export format name is not in the registry (exit code 2)."""

    exit_code = 2


class NoEventsError(TimelineError):
    """A document (or a whole run) gave no dated events, so there is nothing to export."""


class TimelineFileError(TimelineError, ValueError):
    """A timeline file given as input (``.json`` or ``.ics``) is not valid; the message names
    the file and the event and field at fault (``t.json: events.3.start: ...``)."""


class ExportError(TimelineError):
    """An export could not be rendered or written."""
