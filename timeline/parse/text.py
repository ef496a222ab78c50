"""Text helpers for the event layer: sentences with offsets, clauses and headlines."""

from __future__ import annotations

import dataclasses
import re

# A period after these words does not end a sentence ("Mr. Putin", "Oct. 24", "U.S.").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm jr sr inc corp co ltd
    bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec calif fla mass wash
    penn ariz colo conn ill mich minn tenn tex va md mt ave blvd rd dept est fig approx
    a.m p.m u.s u.k u.n e.g i.e""".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclasses.dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text: ``text[start:end]``, whitespace-trimmed."""

    start: int
    end: int


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, line_start, dot)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    # Single letters are initials ("George H. W. Bush"), dotted words are acronyms.
    return len(word) == 1 or word in _ABBREVIATIONS or ("." in word and len(word) <= 5)


def sentences(text: str) -> tuple[Span, ...]:
    """Split a text into sentences, never across a line break.

    Args:
        text: The document text.

    Returns:
        Trimmed, non-empty sentence spans in order.
    """
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end_match in _SENTENCE_END.finditer(text, line.start(), line.end()):
            if _is_abbreviation(text, line.start(), end_match.start()):
                continue
            if span := _trimmed(text, start, end_match.end()):
                spans.append(span)
            start = end_match.end()
        if span := _trimmed(text, start, line.end()):
            spans.append(span)
    return tuple(spans)


# Clause boundaries: semicolons, dashes, colons, and a comma before a conjunction or
# relative word. The title comes from the clause that holds the date.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:\s|\s[—–]\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|which|who|"
    r"where|and then|so|yet)\b))\s*"
)
_COMPLEMENTIZER = re.compile(r"\b(?:that|whether)\s+")
_FOLLOWING_CLAUSE = re.compile(r",?\s+and\s+(?:that|then|would|will|is|was|has|had)\b|,\s+and\s+")
_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|at|by|during|since|until|till|from|for|of|through|throughout|as of|"
    r"as early as|as late as|before|after|around|about|circa|over|within)\s+)?$",
    re.IGNORECASE,
)
_AFTER_ADVERBIAL = re.compile(
    r"\s*(?:[,.;:!?)\]\"”’]|$|(?:and|but|to|when|after|before|as|"
    r"while|with|that|because|amid|following|if|where|which|who|the|a|an)\b)"
)
_LEAD_CONNECTIVE = re.compile(
    r"^(?:and|but|so|then|also|meanwhile|however|later|earlier|since then|that)\b[,\s]*",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z]?[\w'’-]+)\s+(?:also\s+)?(?:said|says|told\s+\w+|"
    r"announced|reported|added|noted|confirmed|stated|explained)\s+(?:that\s+)?",
)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " ,;:—–-\"'“”‘’()[]"
MAX_TITLE = 80


def clause_around(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` that contains the expression ``text[start:end]``.

    Reported speech is entered ("Pompeo said that X" gives X) and a clause that
    follows the date's own ("... and that ...", "..., and ...") is left out.
    """
    clause_start, clause_end = sentence.start, sentence.end
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if brk.end() <= start:
            clause_start = brk.end()
        elif brk.start() >= end:
            clause_end = brk.start()
            break
    for comp in _COMPLEMENTIZER.finditer(text, clause_start, start):
        clause_start = comp.end()
    if follow := _FOLLOWING_CLAUSE.search(text, end, clause_end):
        clause_end = follow.start()
    return _trimmed(text, clause_start, clause_end) or sentence


def _cut(title: str, limit: int) -> str:
    if len(title) <= limit:
        return title
    cut = title[: limit + 1]
    for sep in (", ", " — ", " – ", " "):
        at = cut.rfind(sep)
        if at >= limit // 2:
            return cut[:at].rstrip(_EDGE_PUNCT)
    return cut[:limit].rstrip(_EDGE_PUNCT)


def headline(text: str, sentence: Span, start: int, end: int) -> str:
    """A short headline for the event dated by ``text[start:end]`` in ``sentence``.

    The clause holding the date is kept; the date itself is removed when it is an
    adverbial ("met on Tuesday", "In 2014, ...") and kept when it modifies a noun
    ("the 2016 election"); connectives, quotes and a reporting frame are dropped,
    and the result is cut at a word boundary.
    """
    clause = clause_around(text, sentence, start, end)
    before = text[clause.start : start]
    after = text[end : clause.end]
    if _AFTER_ADVERBIAL.match(after) or not after.strip():
        prep = _PREPOSITION.search(before)
        before = before[: prep.start()] if prep else before
        title = f"{before.rstrip(' ,')} {after.lstrip(' ,')}"
    else:
        title = text[clause.start : clause.end]
    title = _SPACES.sub(" ", title).strip(_EDGE_PUNCT + ".")
    title = _LEAD_CONNECTIVE.sub("", title)
    title = _REPORTING.sub(lambda m: f"{m['who']}: ", title, count=1) if len(title) > 60 else title
    title = title.strip(_EDGE_PUNCT + ".")
    if not title:
        title = text[sentence.start : sentence.end].strip(_EDGE_PUNCT + ".")
    title = _cut(title, MAX_TITLE)
    return title[:1].upper() + title[1:]
