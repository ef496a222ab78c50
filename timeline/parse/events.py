"""From time expressions to events: which dates anchor a happening, and what happened."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from timeline import values
from timeline.model import Event, Mention
from timeline.parse.tagger import find_ranges
from timeline.parse.text import Span, headline, sentences
from timeline.parse.timex import Timex

# How much a date's source is trusted: stated outright, resolved against the
# publication date, or resolved against the previous date in the narrative.
_CONFIDENCE = {"absolute": 0.9, "dct": 0.8, "narrative": 0.7, "unresolved": 0.0}


@dataclasses.dataclass(frozen=True, slots=True)
class _Candidate:
    start: Timex
    end: Timex | None
    sentence: Span


def _calendar_value(timex: Timex) -> str | None:
    """The timex's value if it names calendar days, else None (durations, X-placeholders)."""
    if timex.type not in ("DATE", "TIME"):
        return None
    return timex.value if values.is_resolved(timex.value) else None


def _why(timex: Timex) -> str:
    return timex.why or f"“{timex.text}” is stated in the text"


def _candidates(text: str, timexes: Sequence[Timex], exclude: Timex | None) -> list[_Candidate]:
    spans = sentences(text)
    range_end = dict(find_ranges(text, timexes))
    consumed = set(range_end.values())
    found: list[_Candidate] = []
    sentence_index = 0
    for i, timex in enumerate(timexes):
        if i in consumed or _calendar_value(timex) is None:
            continue
        if exclude is not None and timex.start < exclude.end and exclude.start < timex.end:
            continue
        while sentence_index < len(spans) and spans[sentence_index].end <= timex.start:
            sentence_index += 1
        if sentence_index == len(spans) or spans[sentence_index].start > timex.start:
            continue  # not inside any sentence (cannot happen for non-blank text)
        sentence = spans[sentence_index]
        end = timexes[range_end[i]] if i in range_end else None
        if end is not None and (
            _calendar_value(end) is None
            or values.bounds(end.value)[1] < values.bounds(timex.value)[0]
            or end.start >= sentence.end
        ):
            end = None
        found.append(_Candidate(timex, end, sentence))
    return found


def build_events(
    text: str, timexes: Sequence[Timex], *, source_id: str, exclude: Timex | None = None
) -> tuple[Event, ...]:
    """Turn tagged time expressions into events.

    Args:
        text: The document text the expressions were found in.
        timexes: The tagger's output for ``text``, resolved against its publication date.
        source_id: The document's ``Source.id``.
        exclude: An expression that is never an event (the dateline).

    Returns:
        Events in text order; mentions of one date in one sentence, and repeated
        mentions of the same happening, are merged into one event.
    """
    by_key: dict[str, Event] = {}
    for cand in _candidates(text, timexes, exclude):
        sentence = cand.sentence
        last = cand.end or cand.start
        quote = text[sentence.start : sentence.end]
        mention = Mention(
            source=source_id,
            quote=quote,
            quote_start=sentence.start,
            quote_end=sentence.end,
            timex=text[cand.start.start : last.end],
            timex_start=cand.start.start,
            timex_end=last.end,
        )
        title = headline(text, sentence, cand.start.start, last.end)
        why = _why(cand.start) if cand.end is None else f"{_why(cand.start)}; {_why(cand.end)}"
        event = Event.build(
            date=cand.start.value,
            end_date=cand.end.value if cand.end else None,
            mod=cand.start.mod,
            title=title,
            description=" ".join(quote.split()),
            mentions=(mention,),
            confidence=min(_CONFIDENCE[cand.start.anchor], 0.95),
            why=why,
        )
        # One event per (date, sentence); a repeated happening keeps every quote.
        key = event.id
        same_sentence = next(
            (
                k
                for k, e in by_key.items()
                if e.date == event.date
                and e.end_date == event.end_date
                and e.source.quote_start == sentence.start
            ),
            None,
        )
        if same_sentence is not None:
            continue
        if key in by_key:
            old = by_key[key]
            by_key[key] = old.model_copy(update={"mentions": (*old.mentions, mention)})
        else:
            by_key[key] = event
    return tuple(by_key.values())
