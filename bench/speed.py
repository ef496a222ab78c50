"""Speed and memory of timeline against its peers. Prints numbers; asserts nothing.

Usage::

    python bench/speed.py ../shared/corpora/te3-train [--mb 10] [--peer-docs 60] [--cpu]

Measures, in one run:

* the tagger's throughput on the TempEval-3 texts and on generated news-like text, next
  to ``dateparser.search.search_dates`` (``languages=["en"]``, ``RELATIVE_BASE`` set) and
  ``datefinder`` (if installed) on the same texts, and the ratios;
* end-to-end throughput (analyse + render every format) on 1 MB and ``--mb`` MB of
  generated articles, so a non-linear cost shows, and on the project's hand-written
  articles (``data/`` and ``bench/gold*/``) and on the TempEval-3 texts (with their DCT as
  the publication date), real news that is less dense in dates;
* cold start: wall time of ``timeline --help`` and of exporting one short article to all
  formats, each in a fresh process (median of five);
* peak RSS of a fresh ``timeline export`` process for 1, 100 and 1,000 articles.

The peers are slow, so they run on the first ``--peer-docs`` documents only, and the
tagger is timed on exactly those documents for the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import newsgen  # noqa: E402
import te3 as te3_corpus  # noqa: E402

from timeline.model import ExportFormat  # noqa: E402
from timeline.parse import analyse  # noqa: E402
from timeline.parse.tagger import tag  # noqa: E402

Doc = tuple[str, dt.date | None]


# Wall time by default; --cpu switches the throughput rows to this process's CPU time, which
# other users' jobs on a shared machine disturb less (the cold-start rows stay wall time).
_CLOCK: list[Callable[[], float]] = [time.perf_counter]


def _rate(fn: Callable[[Doc], object], docs: Sequence[Doc]) -> tuple[float, float]:
    """(chars/s, docs/s) of ``fn`` over ``docs``."""
    chars = sum(len(text) for text, _ in docs)
    clock = _CLOCK[0]
    start = clock()
    for doc in docs:
        fn(doc)
    elapsed = clock() - start
    return chars / elapsed, len(docs) / elapsed


def _tagger(doc: Doc) -> object:
    return tag(doc[0], dct=doc[1])


def _search_dates(doc: Doc) -> object:
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc[1] or dt.date(2000, 1, 1), dt.time())
    return search_dates(doc[0], languages=["en"], settings={"RELATIVE_BASE": base})


def _datefinder(doc: Doc) -> object:
    import datefinder

    base = dt.datetime.combine(doc[1] or dt.date(2000, 1, 1), dt.time())
    return list(datefinder.find_dates(doc[0], base_date=base))


def _end_to_end(doc: Doc) -> object:
    from timeline.export import get_exporter
    from timeline.model import Timeline

    result = analyse(doc[0], source_id="bench.txt", published=doc[1])
    if not result.events:
        return None  # the command line stops here: "no dated events found"
    timeline = Timeline.of(title="bench", sources=(result.source,), events=result.events)
    return [get_exporter(f).render(timeline) for f in ExportFormat]


def _articles() -> list[Doc]:
    """The project's own articles (data/ and the bench gold sets): real news prose."""
    paths = sorted(REPO.glob("data/*.txt")) + sorted(REPO.glob("bench/gold*/*.txt"))
    return [(path.read_text(encoding="utf-8"), None) for path in paths]


def _generated(megabytes: float) -> list[Doc]:
    docs: list[Doc] = []
    total = 0
    index = 0
    while total < megabytes * 1_000_000:
        text = newsgen.article(index)
        docs.append((text, None))  # the dateline in the text gives the date
        total += len(text)
        index += 1
    return docs


def _row(name: str, rate: tuple[float, float], base: float | None = None) -> str:
    ratio = f"{base / rate[0]:8.1f}x" if base else ""
    return f"  {name:<34} {rate[0] / 1e6:8.3f} MB/s {rate[1]:10.1f} docs/s {ratio}"


def _wall(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, cwd=REPO)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# Linux keeps a process's peak RSS across fork and exec, so a child started straight from
# this (large) bench process would report the bench's own peak. A small Python process
# starts the export and reports the export's peak instead.
_RSS_PROBE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(proc.pid, 0)
if status != 0:
    sys.exit(proc.stderr.read().decode() if proc.stderr else "failed")
print(usage.ru_maxrss)
"""


def _peak_rss_mb(args: list[str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, *args], cwd=REPO, capture_output=True, text=True
    )
    if done.returncode != 0:
        msg = f"{args[:4]}... failed: {done.stderr}"
        raise RuntimeError(msg)
    return int(done.stdout) / 1024


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="TempEval-3 corpus folder (te3-train)")
    parser.add_argument("--scorer", type=Path, default=REPO.parent / "shared/tools/timex_eval.py")
    parser.add_argument("--mb", type=float, default=10.0, help="size of the large generated run")
    parser.add_argument("--peer-docs", type=int, default=60, help="documents given to the peers")
    parser.add_argument("--cpu", action="store_true", help="throughput in CPU time, not wall time")
    args = parser.parse_args()
    if args.cpu:
        _CLOCK[0] = time.process_time

    te3: list[Doc] = [(d.text, d.dct) for d in te3_corpus.load([args.corpus], args.scorer)]
    peers = te3[: args.peer_docs]
    print(f"TempEval-3: {len(te3)} documents, {sum(len(t) for t, _ in te3):,} characters")
    _tagger(te3[0])  # warm up (compiles nothing new, but loads modules)
    full = _rate(_tagger, te3)
    print(_row("timeline tagger (all documents)", full))
    mine = _rate(_tagger, peers)
    print(f"on the first {len(peers)} documents ({sum(len(t) for t, _ in peers):,} chars):")
    print(_row("timeline tagger", mine))
    _search_dates(peers[0])  # dateparser's first call loads its language data
    sd = _rate(_search_dates, peers)
    print(_row("dateparser search_dates", sd) + f"   tagger is {mine[0] / sd[0]:.0f}x faster")
    try:
        df = _rate(_datefinder, peers)
        print(_row("datefinder", df) + f"   tagger is {mine[0] / df[0]:.0f}x faster")
    except ImportError:
        print("  datefinder: not installed (pip install datefinder)")

    print("generated news-like text:")
    one = _generated(1)
    gen_tag = _rate(_tagger, one)
    print(_row("timeline tagger, 1 MB", gen_tag))
    sd_gen = _rate(_search_dates, one[:40])
    print(
        _row("dateparser search_dates, 40 docs", sd_gen) + f"   tagger is "
        f"{gen_tag[0] / sd_gen[0]:.0f}x faster"
    )
    print("end to end (analyse + render every format), one process:")
    print(_row("1 MB", _rate(_end_to_end, one)))
    big = _generated(args.mb)
    print(_row(f"{args.mb:g} MB", _rate(_end_to_end, big)))
    real = _articles()
    size = sum(len(text) for text, _ in real)
    print(_row(f"{len(real)} hand-written articles ({size // 1000} KB)", _rate(_end_to_end, real)))
    size = sum(len(text) for text, _ in te3)
    print(_row(f"TempEval-3, {len(te3)} docs ({size // 1000} KB)", _rate(_end_to_end, te3)))

    print("cold start, fresh process (median of 5):")
    py = [sys.executable, "-m", "timeline"]
    print(f"  timeline --help                    {_wall([*py, '--help']):8.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        sample = str(REPO / "data" / "pompeo-sochi-talks.txt")
        export = [*py, "export", sample, "--out-dir", tmp]
        print(f"  export one article, all formats    {_wall(export):8.3f} s")
        print("peak RSS of one export process (all articles merged, JSON):")
        folder = Path(tmp) / "articles"
        folder.mkdir()
        paths = []
        for i in range(1000):
            path = folder / f"a{i:04d}.txt"
            path.write_text(newsgen.article(i, seed=7), encoding="utf-8")
            paths.append(str(path))
        for count in (1, 100, 1000):
            out = str(Path(tmp) / f"out{count}.json")
            rss = _peak_rss_mb([*py, "export", *paths[:count], "-f", "json", "-o", out])
            print(f"  {count:>5} articles                     {rss:8.1f} MB")


if __name__ == "__main__":
    main()
