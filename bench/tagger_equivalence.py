"""Check that the tagger's output is unchanged: a guard for speed-only changes.

Usage::

    python bench/tagger_equivalence.py ../shared/corpora/te3-train --save   # freeze
    python bench/tagger_equivalence.py ../shared/corpora/te3-train          # compare

Tags every TempEval-3 document (text and DCT), generated news articles
(``newsgen.corpus``'s articles, with no DCT and with a fixed one), the head of each
article (first 800 characters, no DCT, as the dateline reader sees it), one long
multi-article text, and small pathological inputs; stores every field of every Timex
(pickle under /tmp with ``--save``) or compares against the stored reference and prints
the first differences. Exit status 1 if anything differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import newsgen  # noqa: E402
import pathological  # noqa: E402
import reference  # noqa: E402
import te3  # noqa: E402

from timeline.parse.tagger import tag  # noqa: E402

Case = tuple[str, str, dt.date | None]
Row = tuple[int, int, str, str, str, str | None, str, str]  # every field of a Timex
SCORER = REPO.parent / "shared" / "tools" / "timex_eval.py"


def _te3(corpus: Path, scorer: Path) -> list[Case]:
    return [(f"te3/{d.name}", d.text, d.dct) for d in te3.load([corpus], scorer)]


def _cases(corpus: Path, scorer: Path, size: int) -> list[Case]:
    cases = _te3(corpus, scorer)
    # newsgen.corpus(size) is these articles joined with "\n".
    articles: list[str] = []
    total = index = 0
    while total < size:
        text = newsgen.article(index)
        articles.append(text)
        total += len(text) + 1
        index += 1
    fixed = dt.date(2015, 6, 15)
    for i, text in enumerate(articles):
        cases.append((f"news/{i}/none", text, None))
        cases.append((f"news/{i}/dct", text, fixed))
        cases.append((f"head/{i}", text[:800], None))
    long = "\n".join(articles[:200])
    cases.append(("long/none", long, None))
    cases.append(("long/dct", long, fixed))
    for name, make in pathological.CASES.items():
        cases.append((f"patho/{name}", make(20_000), None))
    return cases


def _run(cases: list[Case]) -> dict[str, tuple[Row, ...]]:
    out: dict[str, tuple[Row, ...]] = {}
    for name, text, dct in cases:
        out[name] = tuple(
            (t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.why)
            for t in tag(text, dct=dct)
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="TempEval-3 gold directory")
    parser.add_argument("--save", action="store_true", help="store the reference")
    parser.add_argument("--ref", type=Path, default=Path("/tmp/tagger_perf/reference.pkl"))
    parser.add_argument("--scorer", type=Path, default=SCORER, help="timex_eval.py")
    parser.add_argument("--size", type=int, default=2 * 10**6, help="generated characters")
    args = parser.parse_args()
    results = _run(_cases(args.corpus, args.scorer, args.size))
    n_timex = sum(len(v) for v in results.values())
    summary = f"{len(results)} documents, {n_timex} timexes"
    return reference.save_or_compare(results, args.ref, save=args.save, summary=summary, show=_show)


def _show(want: tuple[Row, ...] | None, got: tuple[Row, ...] | None) -> None:
    """Print the first timexes only the reference has (-) and only the new run has (+)."""
    wset: set[Row] = set(want or ())
    gset: set[Row] = set(got or ())
    for t in sorted(wset - gset, key=lambda t: t[0])[:5]:
        print(f"  - {t}")
    for t in sorted(gset - wset, key=lambda t: t[0])[:5]:
        print(f"  + {t}")


if __name__ == "__main__":
    sys.exit(main())
