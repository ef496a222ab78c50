"""The ``timeline`` command line: argument plumbing and error mapping, nothing else."""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup
from typer.exceptions import Abort, Exit, TyperException

from timeline import __version__
from timeline.errors import TimelineError, UsageError
from timeline.options import ExportFormat, ExportOptions, Imprecise, MarkdownStyle
from timeline.progress import progress_bar

# The API, model and parser are imported inside the commands that use them, so that
# `timeline --help` and usage errors answer at once.


class _Group(TyperGroup):
    """Every failure is one line on stderr: ``Error: <file>: <problem>``, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # typer would exit 130 silently; say so in one line
            raise Abort from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except TimelineError as exc:
            _fail(str(exc), exc.exit_code)
        except TyperException as exc:  # usage errors found while parsing arguments
            hint = f" (try '{self.name or 'timeline'} --help')"
            _fail(exc.format_message() + hint, exc.exit_code)
        except Abort:
            _fail("interrupted", 130)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    sys.exit(code)


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    help="Turn news articles into event timelines: iCalendar, JSON and Markdown.",
)


class FormatChoice(enum.StrEnum):
    """``--format`` words: each export format, or all of them."""

    ICS = ExportFormat.ICS.value
    JSON = ExportFormat.JSON.value
    MD = ExportFormat.MD.value
    TIMELINEJS = ExportFormat.TIMELINEJS.value
    CSV = ExportFormat.CSV.value
    ALL = "all"

    def formats(self) -> tuple[ExportFormat, ...]:
        """The export formats this choice stands for."""
        return tuple(ExportFormat) if self is FormatChoice.ALL else (ExportFormat(self.value),)


class DateOrderChoice(enum.StrEnum):
    """``--date-order`` words for ambiguous numeric dates such as 03/04/2024."""

    AUTO = "auto"
    MDY = "mdy"
    DMY = "dmy"


Paths = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Articles or folders to read (- for stdin). Default: the samples in data/."
    ),
]
Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD); overrides the dateline in the text."),
]
DateOrder = Annotated[
    DateOrderChoice,
    typer.Option(help="How to read ambiguous numeric dates like 03/04/2024."),
]


def _warn(lines: Sequence[str]) -> None:
    for line in lines:
        typer.echo(f"Warning: {line}", err=True)


def _check_paths(paths: Sequence[Path]) -> None:
    for path in paths:
        if str(path) != "-" and not path.exists():
            msg = f"{path}: no such file"
            raise UsageError(msg)


def _published(value: str | None) -> Any:
    from timeline import api

    return api.parse_published(value) if value is not None else None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise Exit


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Turn news articles into event timelines: iCalendar, JSON and Markdown."""


@app.command()
def export(
    paths: Paths = None,
    fmt: Annotated[FormatChoice, typer.Option("--format", "-f", help="Format to write.")] = (
        FormatChoice.ALL
    ),
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File to write (- for stdout); one format.")
    ] = None,
    out_dir: Annotated[Path, typer.Option(help="Folder for the exports.")] = Path("exports"),
    published: Published = None,
    title: Annotated[str | None, typer.Option(help="Timeline title.")] = None,
    date_order: DateOrder = DateOrderChoice.AUTO,
    imprecise: Annotated[
        Imprecise,
        typer.Option(help="ics: dates known to the week or coarser: marker, span or skip."),
    ] = Imprecise.MARKER,
    calendar_name: Annotated[
        str | None, typer.Option(help="ics: calendar name (default: the timeline title).")
    ] = None,
    md_style: Annotated[
        MarkdownStyle, typer.Option(help="md: events as a bullet list or a table.")
    ] = MarkdownStyle.LIST,
    mermaid: Annotated[
        bool, typer.Option("--mermaid/--no-mermaid", help="md: add a Mermaid timeline chart.")
    ] = True,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Parallel parsing processes. Default: CPUs."),
    ] = None,
    strict: Annotated[
        bool, typer.Option(help="Fail on the first input that cannot be read (default: skip it).")
    ] = False,
) -> None:
    """Export articles, or timeline .json / .ics files, as a timeline (merged when several)."""
    from timeline import api

    formats = fmt.formats()
    if output is not None and len(formats) != 1:
        msg = "--output writes one format; add --format ics, json, md, timelinejs or csv"
        raise UsageError(msg)
    if output not in (None, "-") and Path(str(output)).is_dir():
        msg = f"{output}: is a directory; --output takes a file name (--out-dir takes a folder)"
        raise UsageError(msg)
    options = ExportOptions(
        imprecise=imprecise, calendar_name=calendar_name, md_style=md_style, mermaid=mermaid
    )
    given = list(paths or ())
    _check_paths(given)
    date = _published(published)
    groups = [[p] for p in api.default_inputs()] if not given else [given]
    for group in groups:
        with progress_bar() as progress:
            timeline, summary = api.build_timeline(
                group,
                published=date,
                title=title,
                date_order=date_order.value,
                jobs=jobs or api.default_jobs(),
                strict=strict,
                progress=progress,
            )
        _warn(summary.warnings)
        if output == "-":
            sys.stdout.buffer.write(api.render(timeline, formats[0], options=options))
            sys.stdout.flush()
            typer.echo(summary.line(), err=True)
            continue
        if output is not None:
            target = Path(output)
            written = api.write_exports(
                timeline, formats=formats, out_dir=target.parent, stem=target.stem, options=options
            )
        else:
            stem = group[0].stem if len(group) == 1 and str(group[0]) != "-" else "timeline"
            written = api.write_exports(
                timeline, formats=formats, out_dir=out_dir, stem=stem, options=options
            )
        names = ", ".join(str(p) for p in written)
        typer.echo(f"{summary.line()} -> {names}", err=True)


@app.command()
def events(
    path: Annotated[Path, typer.Argument(help="Article to read (- for stdin).")],
    published: Published = None,
    date_order: DateOrder = DateOrderChoice.AUTO,
) -> None:
    """Show the events of an article as a table, with confidence and how each date was read."""
    from timeline import api

    _check_paths([path])
    analysis = api.analyse_file(path, published=_published(published), date_order=date_order.value)
    _warn(analysis.warnings)
    timeline = api.merge([analysis])
    from timeline.table import print_events

    print_events(timeline)


@app.command()
def tag(
    path: Annotated[Path, typer.Argument(help="Text to tag (- for stdin).")],
    published: Published = None,
    date_order: DateOrder = DateOrderChoice.AUTO,
) -> None:
    """Print one JSON line per time expression: start, end, text, type, value."""
    from timeline import api

    _check_paths([path])
    analysis, timexes = api.tag_file(
        path, published=_published(published), date_order=date_order.value
    )
    _warn(analysis.warnings)
    for t in timexes:
        row: dict[str, object] = {
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
        }
        if t.mod:
            row["mod"] = t.mod
        typer.echo(json.dumps(row, ensure_ascii=False))


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the JSON export."""
    from timeline import schema

    typer.echo(schema.schema_text(), nl=False)


def main() -> None:
    """Console entry point."""
    app()
