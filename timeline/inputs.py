"""Many inputs at once: folders walked by extension, each document read on its own.

A document that cannot be used is reported and skipped, never fatal unless asked
(``strict``). Documents are parsed in worker processes when ``jobs > 1``; results come
back in input order, so the output is the same for any number of jobs. Workers return
only what the timeline keeps (sources, events, warnings), never the document texts,
so memory grows with the events kept, not with the number of documents.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path

from timeline.errors import InputError, NoEventsError, TimelineError
from timeline.html import HTML_SUFFIXES, extract_article, looks_like_html
from timeline.io import RawDocument, decode, read_bytes
from timeline.model import Event, Source, Timeline
from timeline.parse import Analysis, DateOrder, analyse
from timeline.parse.events import merge_reports

__all__ = [
    "INPUT_SUFFIXES",
    "DocumentResult",
    "Summary",
    "analyse_raw",
    "build_timeline",
    "default_jobs",
    "expand_paths",
    "read_documents",
]

TEXT_SUFFIXES = (".txt", ".text", ".md")
TIMELINE_SUFFIXES = (".json", ".ics")
INPUT_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *TIMELINE_SUFFIXES)
"""What a folder is searched for (any case); a file named directly is read whatever its name."""

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True, slots=True)
class DocumentResult:
    """What one input gave: its sources, events and warnings, or why it was skipped.

    Attributes:
        name: The input as named in messages.
        sources: The documents it holds (one, or several for a timeline JSON file).
        events: Its events, in text order.
        warnings: What the user should know, each naming the file.
        error: Why it was skipped (``<file>: <problem>``), or None when it was read.
        title: The title of a timeline file read back.
        interrupted: The worker that read it was interrupted (Ctrl-C) before it finished.
    """

    name: str
    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    title: str | None = None
    interrupted: bool = False


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(paths: Iterable[Path | str]) -> Iterator[str]:
    """Each input as a name to read: files as given, folders walked recursively.

    In a folder, files with one of :data:`INPUT_SUFFIXES` are taken, in sorted order;
    hidden files and folders (``.git``, ``.DS_Store``) are left out. ``-`` is stdin.
    """
    for path in paths:
        if str(path) == "-" or not Path(path).is_dir():
            yield str(path)
            continue
        root = Path(path)
        found = (
            p
            for p in root.rglob("*")
            if p.suffix.lower() in INPUT_SUFFIXES and not _is_hidden(p, root) and p.is_file()
        )
        for p in sorted(found, key=lambda p: p.relative_to(root).parts):
            yield str(p)


def analyse_raw(
    raw: RawDocument,
    *,
    published: dt.date | None = None,
    date_order: DateOrder = "auto",
    html: bool | None = None,
) -> Analysis:
    """Analyse a decoded document; a web page is reduced to its article first.

    Args:
        raw: The decoded document.
        published: The publication date given by the user; overrides the page's.
        date_order: How to read ambiguous numeric dates.
        html: Whether it is a web page; None to sniff its start.

    Raises:
        InputError: A web page holds no article text.
    """
    if html is None:
        html = looks_like_html(raw.text)
    if not html:
        result = analyse(raw.text, source_id=raw.name, published=published, date_order=date_order)
    else:
        article = extract_article(raw.text, raw.name)
        result = analyse(
            article.text,
            source_id=raw.name,
            published=published or article.published,
            url=article.url,
            date_order=date_order,
        )
        update = {"text": article.text, "title": article.title or result.source.title}
        result = dataclasses.replace(result, source=result.source.model_copy(update=update))
    if raw.warnings:
        result = dataclasses.replace(result, warnings=(*raw.warnings, *result.warnings))
    return result


def read_document(
    name: str,
    *,
    data: bytes | None = None,
    published: dt.date | None = None,
    date_order: DateOrder = "auto",
) -> DocumentResult:
    """Read and analyse one input: text, Markdown, HTML, or a timeline (.json, .ics) to merge.

    Args:
        name: The file's path, or ``-`` for stdin.
        data: The bytes, when already read (stdin); else the file is read.
        published: The publication date to resolve relative dates against.
        date_order: How to read ambiguous numeric dates.

    Raises:
        InputError: The file cannot be used; the message names it and says why.
    """
    suffix = Path(name).suffix.lower()
    if name != "-" and suffix in TIMELINE_SUFFIXES:
        from timeline.api import load_timeline  # api imports this module

        timeline = load_timeline(name)
        return DocumentResult(
            name=name, sources=timeline.sources, events=timeline.events, title=timeline.title
        )
    if data is None:
        name, data = read_bytes(name)
    raw = decode(data, name)
    html = True if suffix in HTML_SUFFIXES else None
    result = analyse_raw(raw, published=published, date_order=date_order, html=html)
    return DocumentResult(
        name=name, sources=(result.source,), events=result.events, warnings=result.warnings
    )


def _work(job: tuple[str, bytes | None, dt.date | None, DateOrder]) -> DocumentResult:
    name, data, published, date_order = job
    try:
        return read_document(name, data=data, published=published, date_order=date_order)
    except TimelineError as exc:  # expected: the message names the file and the problem
        return DocumentResult(name=name, error=str(exc))


# Worker processes stop cooperatively. Ctrl-C reaches the whole process group (and
# the parent sends SIGINT itself when it stops early): a worker that is parsing
# abandons that document, and one that is not skips what is left, so the workers
# finish at once without printing tracebacks. They are never terminated: a worker
# killed while sending a result leaves half a message in the pipe, and the pool's
# reader thread then waits for the rest forever.
_worker_busy = False
_worker_stopping = False


def _on_worker_interrupt(signum: int, frame: object) -> None:
    global _worker_stopping
    _worker_stopping = True
    if _worker_busy:  # never while the result is being sent
        raise KeyboardInterrupt


def _init_worker() -> None:
    signal.signal(signal.SIGINT, _on_worker_interrupt)
    if hasattr(signal, "pthread_sigmask"):  # blocked by read_documents until now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _work_in_worker(job: tuple[str, bytes | None, dt.date | None, DateOrder]) -> DocumentResult:
    global _worker_busy
    name = job[0]
    try:
        if not _worker_stopping:
            _worker_busy = True
            return _work(job)
    except KeyboardInterrupt:
        pass
    finally:
        _worker_busy = False
    return DocumentResult(name=name, error=f"{name}: interrupted", interrupted=True)


def read_documents(
    names: Sequence[str],
    *,
    published: dt.date | None = None,
    date_order: DateOrder = "auto",
    jobs: int = 1,
    stdin: bytes | None = None,
    progress: Progress | None = None,
) -> Generator[DocumentResult, None, None]:
    """Read every input, in worker processes when ``jobs > 1``, yielding results in order.

    Args:
        names: The inputs (see :func:`expand_paths`).
        published: The publication date for every document.
        date_order: How to read ambiguous numeric dates.
        jobs: How many processes parse at once.
        stdin: The bytes of standard input, for the input named ``-``.
        progress: Called with ``(done, total)`` after each document.

    Yields:
        One result per input, in the order given; failures carry ``error``.
    """
    if stdin is None and "-" in names:
        stdin = read_bytes("-")[1]
    work = [(n, stdin if n == "-" else None, published, date_order) for n in names]
    total = len(work)
    if jobs <= 1 or total <= 1:
        for done, job in enumerate(work, 1):
            yield _work(job)
            if progress is not None:
                progress(done, total)
        return
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=min(jobs, total), initializer=_init_worker
    )
    try:
        chunk = max(1, min(16, total // (jobs * 8)))
        # The workers start (fork) inside map(). A Ctrl-C that reached one before its
        # initializer ran would print a traceback from the half-booted worker, so they start
        # with SIGINT blocked: it stays pending until _init_worker has set the handler.
        masked = hasattr(signal, "pthread_sigmask")
        if masked:
            before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            results = pool.map(_work_in_worker, work, chunksize=chunk)
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
        for done, result in enumerate(results, 1):
            if result.interrupted:
                # A worker saw Ctrl-C (it reaches the whole process group) before this
                # process did, or only the workers got it: either way the run is interrupted,
                # not a run whose inputs could not be read.
                raise KeyboardInterrupt
            yield result
            if progress is not None:
                progress(done, total)
    except BaseException:  # Ctrl-C, --strict or the caller closing the generator early
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop the workers now, without waiting for the documents they are parsing."""
    # The pool has no public list of its processes before Python 3.14.
    for process in list((pool._processes or {}).values()):
        if process.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(process.pid, signal.SIGINT)
    pool.shutdown(wait=True, cancel_futures=True)


@dataclasses.dataclass(frozen=True, slots=True)
class Summary:
    """What a run read: for the closing line on stderr.

    Attributes:
        read: How many inputs were read.
        skipped: ``<file>: <problem>`` for each input that was skipped.
        events: How many events the timeline has.
        warnings: Every warning, in input order: the documents' own, then skips.
    """

    read: int
    skipped: tuple[str, ...]
    events: int
    warnings: tuple[str, ...]

    def line(self) -> str:
        """One line, e.g. ``3 documents read, 1 skipped, 12 events``."""
        docs = "document" if self.read == 1 else "documents"
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        events = "event" if self.events == 1 else "events"
        return f"{self.read} {docs} read{skipped}, {self.events} {events}"


class _Merger:
    """Merges events as they arrive; the same event (same id) is listed once."""

    def __init__(self) -> None:
        self.events: dict[str, Event] = {}

    def add(self, event: Event) -> None:
        old = self.events.get(event.id)
        if old is None:
            self.events[event.id] = event
            return
        known = set(old.mentions)
        extra = tuple(m for m in event.mentions if m not in known)
        self.events[event.id] = old.model_copy(
            update={
                "mentions": (*old.mentions, *extra),
                "confidence": max(old.confidence, event.confidence),
            }
        )


def build_timeline(
    paths: Sequence[Path | str],
    *,
    published: dt.date | None = None,
    title: str | None = None,
    date_order: DateOrder = "auto",
    jobs: int = 1,
    strict: bool = False,
    stdin: bytes | None = None,
    progress: Progress | None = None,
) -> tuple[Timeline, Summary]:
    """One timeline from files, folders (walked recursively) and stdin (``-``).

    An input that cannot be used is skipped and listed in the summary, unless
    ``strict``. The result is the same whatever ``jobs`` is.

    Args:
        paths: Files, folders or ``-``.
        published: The publication date for every document.
        title: The timeline's title; by default the article's headline, or a count.
        date_order: How to read ambiguous numeric dates.
        jobs: How many processes parse at once.
        strict: Fail on the first input that cannot be used.
        stdin: The bytes of standard input, for ``-``.
        progress: Called with ``(done, total)`` after each document.

    Returns:
        The timeline and a summary of what was read and skipped.

    Raises:
        InputError: ``strict`` and an input cannot be used, or none can.
        NoEventsError: No document gave a dated event.

    Example:
        >>> timeline, summary = build_timeline(["data"], jobs=2)
        >>> summary.line()  # doctest: +SKIP
        '4 documents read, 60 events'
    """
    names = list(expand_paths(paths))
    if not names:
        where = ", ".join(str(p) for p in paths)
        msg = f"{where}: no input files found (looked for {', '.join(INPUT_SUFFIXES)})"
        raise InputError(msg)
    merger = _Merger()
    sources: dict[str, Source] = {}
    warnings: list[str] = []
    skipped: list[str] = []
    last_title: str | None = None
    results = read_documents(
        names,
        published=published,
        date_order=date_order,
        jobs=jobs,
        stdin=stdin,
        progress=progress,
    )
    try:
        for result in results:
            if result.error is not None:
                if strict or len(names) == 1:
                    raise InputError(result.error)
                skipped.append(result.error)
                warnings.append(result.error)
                continue
            warnings.extend(result.warnings)
            last_title = result.title
            for source in result.sources:
                sources.setdefault(source.id, source)
            for event in result.events:
                merger.add(event)
    finally:
        results.close()  # stop the workers at once on an error or Ctrl-C
    if not sources:
        msg = f"none of the {len(names)} inputs could be read; first: {skipped[0]}"
        raise InputError(msg)
    if not merger.events:
        msg = f"{', '.join(sources)}: no dated events found"
        raise NoEventsError(msg)
    if title is None and len(names) == 1:
        title = last_title  # a single timeline file keeps its title
    if title is None:
        single = next(iter(sources.values())).title if len(sources) == 1 else None
        title = single or f"Timeline of {len(sources)} documents"
    timeline = Timeline.of(
        title=title,
        sources=tuple(sources.values()),
        events=merge_reports(tuple(merger.events.values())),
    )
    summary = Summary(
        read=len(names) - len(skipped),
        skipped=tuple(skipped),
        events=len(timeline.events),
        warnings=tuple(warnings),
    )
    return timeline, summary
