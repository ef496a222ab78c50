"""Growing pathological inputs through the tagger and the whole parser: time per MB.

Usage::

    python bench/pathological.py [--max-kb 1024] [--step 4] [--budget 20] [--cases may,digits]

For each case (repeated month names, long digit runs, long lines without spaces,
nested punctuation, ...) the input grows ``--step``-fold from 4 KB up to ``--max-kb``, and
both ``tag()`` and ``analyse()`` run on it. Each run is a fresh process with a time
limit of ``--budget`` seconds, so a quadratic case cannot hang the bench: it shows
as a time per MB that grows with the size (a linear one stays flat), then as
``>budget`` and the case stops growing. The last column is the ratio of the time
per MB to that of the previous size (``--step`` times smaller): about 1 is linear,
about ``--step`` is quadratic.

Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _nested(opening: str, closing: str, n: int) -> str:
    return _repeat(opening, n // 2) + _repeat(closing, n - n // 2)


CASES: dict[str, Callable[[int], str]] = {
    "may-repeated": lambda n: _repeat("May ", n),
    "may-5-repeated": lambda n: _repeat("May 5 ", n),
    "months-commas": lambda n: _repeat("January, February, March, ", n),
    "digits-run": lambda n: "7" * n,
    "years-spaced": lambda n: _repeat("2019 ", n),
    "dates-spaced": lambda n: _repeat("5 May 2019, ", n),
    "slashes": lambda n: _repeat("1/2/", n),
    "no-spaces": lambda n: "x" * n,
    "nested-parens": lambda n: _nested("(", ")", n),
    "nested-mixed": lambda n: _nested("([{<'\"", "\"'>}])", n),
    "dots-dashes": lambda n: _repeat("-.,;:", n),
    "prose-one-line": lambda n: _repeat("The council met on Tuesday and agreed in May 2019. ", n),
}


def _one(case: str, size: int, target: str) -> None:
    sys.path.insert(0, str(REPO))
    from timeline.parse import analyse
    from timeline.parse.tagger import tag

    text = CASES[case](size)
    tag("warm up on May 5, 2019", dct=None)
    start = time.perf_counter()
    if target == "tag":
        tag(text, dct=None)
    else:
        analyse(text, source_id=case)
    print(time.perf_counter() - start)


def _measure(case: str, size: int, target: str, budget: float) -> float | None:
    cmd = [sys.executable, __file__, "--one", case, str(size), target]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=budget, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        print(f"{case} {size} {target}: crashed\n{exc.stderr}", file=sys.stderr)
        raise
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run every case at growing sizes and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("--min-kb", type=int, default=4)
    parser.add_argument("--step", type=int, default=4, help="size factor between runs")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per run")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--targets", default="tag,analyse")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]), args.one[2])
        return
    print(f"{'case':<16} {'target':<8} {'size':>8} {'seconds':>9} {'s/MB':>9} {'ratio':>6}")
    for case in args.cases.split(","):
        for target in args.targets.split(","):
            previous: float | None = None
            kb = args.min_kb
            while kb <= args.max_kb:
                size = kb * 1024
                seconds = _measure(case, size, target, args.budget)
                if seconds is None:
                    print(f"{case:<16} {target:<8} {kb:>6}KB {'>' + str(args.budget):>9}")
                    break
                per_mb = seconds / (size / 2**20)
                ratio = f"{per_mb / previous:6.2f}" if previous else ""
                print(
                    f"{case:<16} {target:<8} {kb:>6}KB {seconds:9.3f} {per_mb:9.2f} {ratio:>6}",
                    flush=True,
                )
                previous = per_mb if per_mb > 0 else None
                kb *= args.step


if __name__ == "__main__":
    main()
