"""Run the temporal tagger over the TempEval-3 training corpus and print the scorer's table.

Usage::

    python bench/tempeval.py ../shared/corpora/te3-train [--half dev|test|all]

Documents are sorted by name; the dev half is the even positions, the test half the odd
ones. Each document is tagged with its creation time (DCT) as the anchor. The corpus and
the scorer are not part of the project: the scorer is found with ``--scorer`` (default
``../shared/tools/timex_eval.py`` relative to the repository root).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import te3  # noqa: E402

from timeline.parse.tagger import tag  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Tag the corpus, score it with timex_eval.py and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpus", type=Path, help="folder with the .tml files")
    ap.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--scorer", type=Path, default=REPO / "../shared/tools/timex_eval.py")
    ap.add_argument("--errors", type=Path, help="write the scorer's error JSONL here")
    args = ap.parse_args(argv)

    scorer = args.scorer.resolve()
    files = sorted(args.corpus.rglob("*.tml"), key=lambda p: (p.name, str(p)))
    if args.half != "all":
        keep = 0 if args.half == "dev" else 1
        files = [f for i, f in enumerate(files) if i % 2 == keep]
    if not files:
        sys.stderr.write(f"no .tml files under {args.corpus}\n")
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        docs_path = Path(tmp) / "docs.jsonl"
        subprocess.run(
            [
                sys.executable,
                str(scorer),
                "export",
                "--gold",
                *map(str, files),
                "--out",
                str(docs_path),
            ],
            check=True,
        )
        sys_path = Path(tmp) / "system.jsonl"
        chars = 0
        elapsed = 0.0
        with docs_path.open(encoding="utf-8") as src, sys_path.open("w", encoding="utf-8") as out:
            for line in src:
                doc = json.loads(line)
                text: str = doc["text"]
                t0 = time.perf_counter()
                timexes = tag(text, dct=te3.parse_dct(doc.get("dct")))
                elapsed += time.perf_counter() - t0
                chars += len(text)
                for t in timexes:
                    rec = {
                        "doc": doc["doc"],
                        "start": t.start,
                        "end": t.end,
                        "type": t.type,
                        "value": t.value,
                        "text": t.text,
                    }
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cmd = [
            sys.executable,
            str(scorer),
            "score",
            "--gold",
            *map(str, files),
            "--system",
            str(sys_path),
            "--title",
            f"timeline tagger on TempEval-3 train, {args.half} half",
        ]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        result = subprocess.run(cmd, check=True, capture_output=True, text=True)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
    rate = chars / elapsed if elapsed else float("inf")
    sys.stdout.write(f"tagger throughput: {chars} chars in {elapsed:.3f} s = {rate:,.0f} chars/s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
