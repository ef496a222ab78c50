"""The typed Python API behind the command line.

Example:
    >>> from timeline import api
    >>> timeline = api.extract_timeline(["data/pompeo-sochi-talks.txt"])
    >>> data = api.render(timeline, "json")
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from timeline.errors import NoEventsError, TimelineFileError, UsageError
from timeline.export import get_exporter
from timeline.export.base import DEFAULT_OPTIONS, ExportOptions
from timeline.html import HTML_SUFFIXES
from timeline.inputs import Summary, analyse_raw, build_timeline, default_jobs
from timeline.io import decode, read_bytes, write_all
from timeline.model import Event, ExportFormat, Source, Timeline
from timeline.parse import Analysis, DateOrder
from timeline.parse.events import merge_reports
from timeline.parse.tagger import tag as _tag
from timeline.parse.timex import Timex

__all__ = [
    "Analysis",
    "Summary",
    "analyse_file",
    "build_timeline",
    "default_jobs",
    "extract_timeline",
    "load_timeline",
    "merge",
    "parse_published",
    "render",
    "tag_file",
    "write_exports",
]

DATA_DIR = Path("data")
TEXT_SUFFIXES = (".txt", ".text", ".md")


def parse_published(value: str) -> dt.date:
    """Read a ``--published`` value: an ISO date (YYYY-MM-DD) or a written full date.

    Raises:
        UsageError: The value is not one calendar day.
    """
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    for timex in _tag(value, dct=None):
        if timex.text.strip() == value.strip() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
            try:
                return dt.date.fromisoformat(timex.value)
            except ValueError:
                break
    msg = f"--published: {value!r} is not a date; use YYYY-MM-DD, e.g. 2019-05-15"
    raise UsageError(msg)


def default_inputs(data_dir: Path = DATA_DIR) -> tuple[Path, ...]:
    """The sample articles: the text files in ``data/``, sorted by name.

    Raises:
        UsageError: There is no such folder or it holds no text files.
    """
    paths = (
        tuple(sorted(p for p in data_dir.iterdir() if p.suffix in TEXT_SUFFIXES))
        if data_dir.is_dir()
        else ()
    )
    if not paths:
        msg = f"no paths given and no sample articles in {data_dir}/; name a file to read"
        raise UsageError(msg)
    return paths


def analyse_file(
    path: Path | str,
    *,
    published: dt.date | None = None,
    date_order: DateOrder = "auto",
) -> Analysis:
    """Read a document (``-`` for stdin) and analyse it; a web page is reduced to its article.

    Raises:
        InputError: The file is missing, unreadable, empty, binary or too large.
    """
    name, data = read_bytes(path)
    raw = decode(data, name)
    html = True if Path(name).suffix.lower() in HTML_SUFFIXES else None
    return analyse_raw(raw, published=published, date_order=date_order, html=html)


def tag_file(
    path: Path | str, *, published: dt.date | None = None, date_order: DateOrder = "auto"
) -> tuple[Analysis, tuple[Timex, ...]]:
    """The time expressions of a document, resolved against its publication date."""
    result = analyse_file(path, published=published, date_order=date_order)
    return result, result.timexes


def _merge_events(events: Iterable[Event]) -> tuple[Event, ...]:
    return merge_reports(tuple(events))


def merge(analyses: Sequence[Analysis], *, title: str | None = None) -> Timeline:
    """One timeline from several analysed documents; the same event is listed once.

    Raises:
        NoEventsError: No document gave a dated event.
    """
    events = _merge_events(e for a in analyses for e in a.events)
    if not events:
        names = ", ".join(a.source.id for a in analyses)
        msg = f"{names}: no dated events found"
        raise NoEventsError(msg)
    sources: tuple[Source, ...] = tuple(a.source for a in analyses)
    if title is None:
        single = sources[0].title if len(sources) == 1 else None
        title = single or f"Timeline of {len(sources)} documents"
    return Timeline.of(title=title, sources=sources, events=events)


def load_timeline(path: Path | str) -> Timeline:
    """Read a timeline back: a JSON export, or any iCalendar file (ours or another app's).

    Args:
        path: A ``.json`` file in the schema ``timeline schema`` prints, or an ``.ics`` file.

    Returns:
        The timeline; calendar events become day or date-time events.

    Raises:
        InputError: The file is missing or unreadable.
        TimelineFileError: The content is not a valid timeline or calendar; the message
            names the file and the event and field (``t.json: events.3.start: ...``).

    Example:
        >>> timeline = load_timeline("exports/pompeo-sochi-talks.json")
    """
    name, data = read_bytes(path)
    if Path(path).suffix.lower() == ".ics":
        from timeline.export._ical_read import read_calendar

        return read_calendar(data, name)
    from pydantic import ValidationError

    try:
        return Timeline.model_validate_json(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        msg = f"{name}: {where}: {error['msg']}{more}"
        raise TimelineFileError(msg) from exc


def extract_timeline(
    paths: Sequence[Path | str],
    *,
    published: dt.date | None = None,
    title: str | None = None,
    date_order: DateOrder = "auto",
) -> Timeline:
    """Read documents and build one timeline from all of them.

    Raises:
        InputError: A file cannot be read as text.
        NoEventsError: No dated event was found.
    """
    analyses = [analyse_file(p, published=published, date_order=date_order) for p in paths]
    return merge(analyses, title=title)


def render(
    timeline: Timeline, fmt: ExportFormat | str, *, options: ExportOptions = DEFAULT_OPTIONS
) -> bytes:
    """The timeline in one format, as the bytes of the file.

    Args:
        timeline: The timeline to write.
        fmt: The format (``"ics"``, ``ExportFormat.MD``...).
        options: Options of the formats that take any (``--imprecise``, ``--md-style``...).

    Raises:
        UnknownFormatError: No such format.
        ExportError: The timeline cannot be written in that format.
    """
    return get_exporter(fmt).render(timeline, options)


def write_exports(
    timeline: Timeline,
    *,
    formats: Sequence[ExportFormat],
    out_dir: Path,
    stem: str,
    options: ExportOptions = DEFAULT_OPTIONS,
) -> tuple[Path, ...]:
    """Render every format first, then write each file atomically to ``out_dir/stem.suffix``.

    Raises:
        ExportError: The folder is missing or not writable; no file is half-written.
    """
    rendered = [(get_exporter(f), render(timeline, f, options=options)) for f in formats]
    files = [(out_dir / f"{stem}{exporter.suffix}", data) for exporter, data in rendered]
    write_all(files)  # all or nothing: an interrupted export changes no file
    return tuple(path for path, _ in files)
