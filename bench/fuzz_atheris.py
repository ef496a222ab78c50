"""Coverage-guided fuzzing of the whole pipeline with atheris (libFuzzer for Python).

Checks the same invariants as ``tests/test_fuzz.py`` (``tests/fuzzcheck.py``): the
parser and every exporter never raise on any text, every offset points at its quote
and time expression, every export is valid in its format; arbitrary bytes are decoded
or refused with an ``InputError`` naming the file; arbitrary markup gives an article
or an ``InputError``. Any other exception or failed assertion is a finding: libFuzzer
stops and writes the input to ``crash-<sha1>``.

atheris is not a test dependency; install it by hand (a wheel for CPython 3.11 on
Linux x86_64)::

    pip install atheris
    mkdir -p /tmp/fuzz-corpus && cp data/*.txt tests/data/html/* /tmp/fuzz-corpus/
    python bench/fuzz_atheris.py /tmp/fuzz-corpus -max_total_time=600 -max_len=4096 \\
        -timeout=30 -rss_limit_mb=4096

``-max_total_time`` is in seconds (600 = ten minutes); ``-timeout`` makes an input
that takes longer than 30 s a finding (a super-linear case); add ``-jobs=N
-workers=N`` for several processes. Re-run one finding with
``python bench/fuzz_atheris.py crash-<sha1>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

with atheris.instrument_imports():
    from fuzzcheck import check_bytes, check_html, check_text


def test_one_input(data: bytes) -> None:
    """One fuzz input: the first byte chooses the entry point, the rest is the input."""
    if not data:
        return
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:
        check_bytes(rest)
        return
    text = atheris.FuzzedDataProvider(rest).ConsumeUnicodeNoSurrogates(len(rest))
    if mode == 1:
        check_text(text)
    elif mode == 2:
        check_text(text, published=None)
    else:
        check_html(f"<html><body><article><p>{text}</p></article></body></html>")


def main() -> None:
    """Run libFuzzer with the command-line arguments (corpus folders, -max_total_time...)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
