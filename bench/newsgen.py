"""A deterministic generator of news-like articles, for benchmarks (not tests of quality).

Every article has a headline, a dateline and paragraphs that mix the date expressions
news text uses (absolute, relative, ranges, durations, numbers that are not dates).
The same seed always gives the same text.
"""

from __future__ import annotations

import datetime as dt
import random

_SUBJECTS = (
    "The council",
    "Officials",
    "The company",
    "Investigators",
    "The minister",
    "Researchers",
    "The union",
    "Local residents",
    "The central bank",
    "The coach",
    "Prosecutors",
    "The mayor",
)
_VERBS = (
    "approved a new budget",
    "announced a review",
    "opened an inquiry",
    "signed the agreement",
    "released the figures",
    "rejected the proposal",
    "met the delegation",
    "filed a lawsuit",
    "launched the programme",
    "confirmed the appointment",
    "raised interest rates",
    "completed the acquisition",
)
_FILLER = (
    "The decision drew criticism from opposition members, who said the plan lacked detail.",
    "Turnout was about 43%, with 2,014 votes cast across 12 polling stations.",
    "Shares rose 4.5% to $120.35 in early trading on the exchange.",
    "The bill passed in a 7-2 vote after a debate that lasted two hours.",
    "Version 3.12 of the software will be available to all 24/7 support customers.",
    "A spokesperson said the work would take three weeks and cost about $2014 per household.",
    "We may never know the full story, said one resident, who asked not to be named.",
    "Traffic on Route 9 was diverted for most of the afternoon.",
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _when(rng: random.Random, published: dt.date) -> str:
    year = rng.randint(1950, published.year)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    forms = (
        f"on {_MONTHS[month - 1]} {day}, {year}",
        f"on {day} {_MONTHS[month - 1]} {year}",
        f"in {_MONTHS[month - 1]} {year}",
        f"in {year}",
        "on Tuesday",
        "last week",
        "yesterday",
        "earlier this year",
        "next month",
        f"in the {year // 10 * 10}s",
        f"from {year} to {year + 2}",
        "three days later",
        f"on {month}/{day}/{year}",
        "two years ago",
        f"in the third quarter of {year}",
    )
    return rng.choice(forms)


def article(index: int, *, seed: int = 0) -> str:
    """Article number ``index``: about 1,500 characters of news-like text."""
    rng = random.Random(seed * 1_000_003 + index)
    published = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
    lines = [
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} — report {index}",
        f"{published:%B} {published.day}, {published.year}",
        "",
    ]
    for _ in range(4):
        sentences = []
        for _ in range(3):
            if rng.random() < 0.6:
                sentences.append(
                    f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {_when(rng, published)}."
                )
            else:
                sentences.append(rng.choice(_FILLER))
        lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def corpus(size: int, *, seed: int = 0) -> str:
    """Articles joined until the text is at least ``size`` characters long."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        text = article(index, seed=seed)
        parts.append(text)
        total += len(text) + 1
        index += 1
    return "\n".join(parts)
