"""Freeze results as a pickled reference, or compare new results with it.

Shared by ``tagger_equivalence.py`` and ``events_equivalence.py``, the guards for changes
that must not alter any output.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any


def save_or_compare(
    results: Mapping[str, Any],
    ref: Path,
    *,
    save: bool,
    summary: str,
    show: Callable[[Any, Any], None],
) -> int:
    """Store ``results`` at ``ref`` (``save``) or compare them with what is stored there.

    Args:
        results: One entry per document name.
        ref: The pickle file.
        save: Store instead of comparing.
        summary: What ``results`` holds ("722 documents, 4939 events"), for the last line.
        show: Prints how one document's reference entry and new entry differ (either may
            be None when the document is on one side only); called for the first ten.

    Returns:
        The exit status: 1 when any document differs, else 0.
    """
    if save:
        ref.parent.mkdir(parents=True, exist_ok=True)
        ref.write_bytes(pickle.dumps(dict(results)))
        print(f"saved {summary} to {ref}")
        return 0
    reference = pickle.loads(ref.read_bytes())
    bad = 0
    for name in sorted(set(reference) | set(results)):
        want, got = reference.get(name), results.get(name)
        if want == got:
            continue
        bad += 1
        if bad <= 10:
            print(f"DIFF {name}")
            show(want, got)
    if bad:
        print(f"{bad} of {len(reference)} documents differ")
        return 1
    print(f"identical: {summary}")
    return 0
