"""Peak memory of ``timeline export FOLDER`` as the number of articles grows.

Usage::

    python bench/memory.py [--counts 100,1000] [--jobs 1,2] [--filler-kb 0]

Writes ``count`` generated articles (``bench/newsgen.py``) to a temporary folder, exports
the folder to JSON in a fresh process, and prints its peak RSS (and that of its
largest worker, for ``--jobs`` above 1), the events kept and the wall time. The
documents are not kept once parsed, so memory grows with the events kept only:
``--filler-kb 40`` pads every article with 40 KB of dateless text, and the peak
should barely move. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import newsgen  # noqa: E402

_FILLER = "Residents said the work would change the neighbourhood and asked for more talks. "


def _run(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    args = [sys.executable, "-m", "timeline", "export", str(folder), "-f", "json"]
    args += ["-o", str(out), "-j", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        msg = f"export failed: {err}"
        raise RuntimeError(msg)
    return usage.ru_maxrss / 1024, wall


def main() -> None:
    """Generate the folders, export each, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="100,1000")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--filler-kb", type=int, default=0)
    args = parser.parse_args()
    filler = (_FILLER * 12 + "\n\n") * max(0, args.filler_kb)
    print(f"{'articles':>8} {'input MB':>9} {'jobs':>4} {'events':>7} {'peak MB':>8} {'wall s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(c) for c in args.counts.split(",")):
            folder = Path(tmp) / f"a{count}"
            folder.mkdir()
            for i in range(count):
                (folder / f"{i:05d}.txt").write_text(newsgen.article(i) + "\n" + filler)
            size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            for jobs in (int(j) for j in args.jobs.split(",")):
                out = Path(tmp) / f"out{count}-{jobs}.json"
                peak, wall = _run(folder, out, jobs)
                events = len(json.loads(out.read_text())["events"])
                print(f"{count:>8} {size:>9.1f} {jobs:>4} {events:>7} {peak:>8.1f} {wall:>7.1f}")


if __name__ == "__main__":
    main()
