"""Check that analyse()'s events and warnings are unchanged: a guard for speed-only changes.

Usage::

    python bench/events_equivalence.py --save   # freeze the reference
    python bench/events_equivalence.py          # compare against it

Runs ``timeline.parse.analyse`` on every .txt under data/ and bench/gold*/ (without a
publication date, and with the gold ``published`` date of the matching .json where there
is one), on generated news articles (``newsgen.article``) with and without a fixed
publication date, and on small pathological inputs (``pathological.CASES``). Stores every
field of every Event (``model_dump``), the source, the dateline and the warnings (pickle
under /tmp with ``--save``) or compares against the stored reference and prints the first
differences. Exit status 1 if anything differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import newsgen  # noqa: E402
import pathological  # noqa: E402
import reference  # noqa: E402

from timeline.parse import analyse  # noqa: E402

Case = tuple[str, str, dt.date | None]


def _cases(n_news: int) -> list[Case]:
    cases: list[Case] = []
    paths = sorted(REPO.glob("data/*.txt")) + sorted(REPO.glob("bench/gold*/*.txt"))
    for path in paths:
        name = str(path.relative_to(REPO))
        text = path.read_text(encoding="utf-8")
        cases.append((f"{name}/none", text, None))
        gold = path.with_suffix(".json")
        if gold.exists():
            published = json.loads(gold.read_text(encoding="utf-8")).get("published")
            if published:
                cases.append((f"{name}/gold", text, dt.date.fromisoformat(published[:10])))
    fixed = dt.date(2015, 6, 15)
    for i in range(n_news):
        text = newsgen.article(i)
        cases.append((f"news/{i}/none", text, None))
        if i % 4 == 0:
            cases.append((f"news/{i}/dct", text, fixed))
    for name, make in pathological.CASES.items():
        cases.append((f"patho/{name}", make(3_000), None))
        cases.append((f"patho/{name}/dct", make(3_000), fixed))
    return cases


def _run(cases: list[Case]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, text, dct in cases:
        result = analyse(text, source_id=name, published=dct)
        out[name] = {
            "events": [e.model_dump() for e in result.events],
            "source": result.source.model_dump(),
            "dateline": result.dateline,
            "warnings": result.warnings,
            "timexes": result.timexes,
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--save", action="store_true", help="store the reference")
    parser.add_argument("--ref", type=Path, default=Path("/tmp/events_ref/ref.pkl"))
    parser.add_argument("--news", type=int, default=400, help="generated articles")
    args = parser.parse_args()
    results = _run(_cases(args.news))
    n_events = sum(len(v["events"]) for v in results.values())
    summary = f"{len(results)} documents, {n_events} events"
    return reference.save_or_compare(results, args.ref, save=args.save, summary=summary, show=_show)


def _show(want: dict[str, Any] | None, got: dict[str, Any] | None) -> None:
    """Print how one document's fields differ (for events: the first differing event)."""
    if want is None or got is None:
        print(f"  missing on one side: want={want is not None} got={got is not None}")
        return
    for key in want:
        if want[key] == got[key]:
            continue
        if key == "events":
            wev, gev = want[key], got[key]
            if len(wev) != len(gev):
                print(f"  events: {len(wev)} -> {len(gev)}")
            for w, g in zip(wev, gev, strict=False):
                if w != g:
                    fields = [k for k in w if w[k] != g.get(k)]
                    print(f"  event {w['date']} {w['title']!r}: {fields}")
                    for k in fields[:3]:
                        print(f"    {k}: {w[k]!r} -> {g.get(k)!r}")
                    break
        else:
            print(f"  {key}: {want[key]!r} -> {got[key]!r}"[:400])


if __name__ == "__main__":
    sys.exit(main())
