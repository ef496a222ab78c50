"""Text helpers for the event layer: sentences with offsets, clauses and headlines."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable

from timeline.parse import _names, _verbs
from timeline.parse._ends import lowered, may_end_with, may_hold
from timeline.parse._lexicon import MONTHS, WEEKDAY_ALT, WEEKDAYS

# A period after these words does not end a sentence ("Mr. Putin", "Oct. 24", "U.S.").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm jr sr inc corp co ltd
    bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec calif fla mass wash
    penn ariz colo conn ill mich minn tenn tex va md mt ala ark del ga ind kan ky mo neb nev
    okla ore pa vt wis wyo ave blvd rd dept est fig approx
    a.m p.m u.s u.k u.n e.g i.e""".split()
)
# Titles stand before a name, never at the end of a sentence.
_TITLES = frozenset("mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm".split())
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_OPENING_QUOTE = re.compile(r"\s+[\"“‘]")
# Words that open a sentence and never follow an abbreviation inside one ("at 10 a.m. The
# team will ...", "Acme Inc. It said ...").
_OPENER = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|Our|This|These|Those|There"
    r"|But|However|Meanwhile|After|When|While)\s"
)
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


def _abbreviation(text: str, line_start: int, dot: int) -> str | None:
    if text[dot] != ".":
        return None
    match = _WORD_BEFORE.search(text, max(line_start, dot - 20), dot)
    if match is None or (match.start() > line_start and text[match.start() - 1].isalnum()):
        return None  # "the 1960s." ends a sentence: the "s" is no initial
    word = match.group(1).lower().rstrip(".")
    # Single letters are initials ("George H. W. Bush"), dotted words are acronyms.
    if len(word) == 1 or word in _ABBREVIATIONS or ("." in word and len(word) <= 5):
        return word
    return None


# A "sentence" longer than this (a line without full stops: a list, a table, adversarial
# input) is cut into chunks, so that everything done per date looks at a bounded window
# and the event layer stays linear in the text size.
MAX_SENTENCE = 1000
_CHUNK_BREAKS = ("; ", " — ", " – ", ", ")


def _chunks(text: str, span: Span, spans: list[Span]) -> None:
    """Append ``span`` to ``spans``, cut into pieces of at most :data:`MAX_SENTENCE`
    characters at a clause break, else at a space, in the second half of each piece."""
    start, end = span.start, span.end
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        cut = -1
        for mark in _CHUNK_BREAKS:
            found = text.rfind(mark, half, limit)
            if found >= 0:
                cut = found + len(mark.rstrip())
                break
        if cut < 0:
            found = text.rfind(" ", half, limit)
            cut = found if found >= 0 else limit
        if piece := _trimmed(text, start, cut):
            spans.append(piece)
        start = cut
    if piece := _trimmed(text, start, end):
        spans.append(piece)


# A list item's bullet, an interview's or an explainer's question and answer marks.
_LINE_MARK = re.compile(r"[ \t]*(?:[-*•·–—][ \t]+|(?:Q|A)\s*:[ \t]+)")


def sentences(text: str) -> tuple[Span, ...]:
    """Split a text into sentences, never across a line break.

    An abbreviation ends a sentence when an opening quote follows it
    ("... in Greenwich, Conn. “Mr. Hale lied ...”"), since a title never does. A
    sentence longer than :data:`MAX_SENTENCE` characters is cut into chunks at clause
    breaks, so that a 1 MB line gives bounded quotes.

    Args:
        text: The document text.

    Returns:
        Trimmed, non-empty sentence spans in order.
    """
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        if label := _LINE_MARK.match(text, start, line.end()):
            start = label.end()  # "- 1987: ...", "A: Services are due to start ...": not words
        for end_match in _SENTENCE_END.finditer(text, line.start(), line.end()):
            word = _abbreviation(text, line.start(), end_match.start())
            if word is not None and (
                word in _TITLES
                or not (
                    _OPENING_QUOTE.match(text, end_match.end())
                    or (len(word) > 1 and _OPENER.match(text, end_match.end()))
                )
            ):
                continue
            if span := _trimmed(text, start, end_match.end()):
                _chunks(text, span, spans)
            start = end_match.end()
        if span := _trimmed(text, start, line.end()):
            _chunks(text, span, spans)
    return tuple(spans)


@functools.lru_cache(maxsize=2)
def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


def start_of_line(text: str, pos: int) -> int:
    """Offset of the start of the line holding ``pos``, in logarithmic time (a search
    back to the line break would make many dates on one huge line quadratic).

    Args:
        text: The document text.
        pos: An offset into ``text``.

    Returns:
        The offset just after the last line break before ``pos``, or 0.
    """
    breaks = _line_breaks(text)
    k = bisect.bisect_left(breaks, pos) - 1
    return breaks[k] + 1 if k >= 0 else 0


def end_of_line(text: str, pos: int) -> int:
    """Offset of the line break at or after ``pos``, or ``len(text)``.

    Args:
        text: The document text.
        pos: An offset into ``text``.

    Returns:
        The end of the line holding ``pos``.
    """
    breaks = _line_breaks(text)
    k = bisect.bisect_left(breaks, pos)
    return breaks[k] if k < len(breaks) else len(text)


@functools.lru_cache(maxsize=2)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Offsets of the opening and closing curly quotes and of the straight quotes."""
    marks: tuple[list[int], list[int], list[int]] = ([], [], [])
    for match in re.finditer('[“”"]', text):
        marks['“”"'.index(match.group())].append(match.start())
    return marks


def _count(offsets: list[int], lo: int, hi: int) -> int:
    return bisect.bisect_left(offsets, hi) - bisect.bisect_left(offsets, lo)


def in_quotation(text: str, sentence: Span, pos: int) -> bool:
    """Whether ``pos`` lies inside direct speech (between quotation marks on its line).

    Args:
        text: The document text.
        sentence: The sentence holding ``pos``.
        pos: An offset into ``text``.

    Returns:
        True when an odd number of quotation marks stands between the line start and ``pos``.
    """
    lo = start_of_line(text, sentence.start)
    opening, closing, straight = _quote_marks(text)
    curly = _count(opening, lo, pos) - _count(closing, lo, pos)
    if curly:
        return curly > 0
    return _count(straight, lo, pos) % 2 == 1


_OPEN_QUOTE = re.compile(r"[\"“]")
_CLOSE_QUOTE = re.compile(r"[\"”]")
_SAY_VERB = (
    r"(?:said|says|told\s+(?:reporters|the\s+\w+|\w+)|added|wrote|warned|insisted|explained)"
)
# '"...," Senate Majority Leader Ann Pruitt told reporters' / '"...," said Ann Pruitt'
_QUOTE_SAID_AFTER = re.compile(
    r"[,.!?]?\s*[\"”]\s+(?:(?P<who>(?:[Tt]he\s+|[Aa]n?\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?)"
    # "the hospital's chief executive, Dr Anil Rao, told staff": the name in the apposition
    r"(?:,\s+(?P<appo>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),)?"
    r"\s+" + _SAY_VERB + r"|(?:said|says|added)\s+"
    r"(?P<who2>(?:[a-z’']+\s+){0,3}(?:[a-z]+,\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}))\b"
)
# 'Ann Pruitt said: "...' / 'Pruitt told reporters "...'
_QUOTE_SAID_BEFORE = re.compile(
    r"(?P<who>(?:[Tt]he\s+|[Aa]n?\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?)\s+"
    + _SAY_VERB
    + r"[:,]?\s*[\"“]$"
)


def quote_attribution(text: str, sentence: Span, pos: int) -> tuple[str, Span] | None:
    """Who says the direct quote holding ``pos``, and the quote's words: '"We will vote
    on Friday," Senate Majority Leader Ann Pruitt told reporters.' gives ("Pruitt", the span
    of "We will vote on Friday").

    Args:
        text: The document text.
        sentence: The sentence holding ``pos``, inside quotation marks.
        pos: An offset into ``text`` inside the quote.

    Returns:
        The speaker (a surname, or a role such as "Spokesman") and the quoted words, or
        None when the sentence does not say who speaks.
    """
    opening = None
    for found in _OPEN_QUOTE.finditer(text, start_of_line(text, sentence.start), pos):
        opening = found
    closing = _CLOSE_QUOTE.search(text, pos, sentence.end + 1)
    if opening is None or closing is None:
        return None
    inner = Span(opening.end(), closing.start())
    content = text[inner.start : inner.end].rstrip(" ,.!?")
    inner = Span(inner.start, inner.start + len(content))
    who = None
    lead = text[max(sentence.start, opening.start() - 80) : opening.end()]
    if after := _QUOTE_SAID_AFTER.match(text, inner.end, min(len(text), sentence.end + 1)):
        who = after["appo"] or after["who"] or after["who2"]
    elif before := _QUOTE_SAID_BEFORE.search(lead):
        who = before["who"]
    elif text[sentence.start : opening.start()].strip() == "" and _QUOTE_ENDS_SAID.search(
        text, start_of_line(text, sentence.start), opening.start()
    ):
        # '"We are frustrated," said Dee Marsh. "We expect test trams by the end of the
        # year."': a quote that goes on in the next sentence of the paragraph, same speaker
        who = _paragraph_speaker(text, start_of_line(text, sentence.start), opening.start())
    if who is None or inner.end - inner.start < 10:
        return None
    words = [w for w in who.split() if w.lower() not in ("the", "a", "an")]
    names = [w for w in words if w[:1].isupper()]
    if not words or words[0].lower() in ("he", "she", "they", "it", "we", "i"):
        name = (
            # ("she" after a paragraph that names no one in full: the article's person)
            _last_name(text, opening.start()) or _main_person(text, opening.start())
            if words and words[0].lower() in ("he", "she")
            else None
        )
        if name is None:
            return None
        return name, inner
    speaker = names[-1] if names else " ".join(words)
    if speaker.lower() in _NOT_SPEAKER_WORDS:
        return None
    return speaker[:1].upper() + speaker[1:], inner


_QUOTE_ENDS_SAID = re.compile(r"[\"”][^\"“”]*\.\s*$")


def _paragraph_speaker(text: str, lo: int, hi: int) -> str | None:
    """The speaker named after the last quote of ``text[lo:hi]`` (a paragraph's earlier
    sentences), if that quote is attributed."""
    who = None
    for mark in _CLOSE_QUOTE.finditer(text, lo, hi):
        found = _QUOTE_SAID_AFTER.match(text, max(lo, mark.start() - 1), hi)
        if found:
            who = found["appo"] or found["who"] or found["who2"]
    return who


_NOT_SPEAKER_WORDS = frozenset("statement report reports study documents records".split())


# Clause boundaries: semicolons, dashes, colons, a comma before a conjunction, a relative
# word or a participle, and a subordinator that opens a clause with its own subject.
_FINITE_WORD = (
    r"(?:[a-z]+(?:ed|s)|is|are|was|were|has|had|will|would|could|"
    + _verbs.PAST_ALTERNATION
    + r")\b"
)
# A capitalised subject must reach its verb: "before Kelsey Magistrates' Court on Friday" is
# a preposition's object, "after Smith resigned" a clause.
_SUBJECT_START = (
    r"(?:(?:he|she|it|they|we|i)\s"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+[a-z0-9]"
    # ("then-House Speaker Nancy Pelosi visited": a role's "then-" or "former" first)
    r"|(?:then-|ex-|former\s+)?[A-Z][\w'’.-]*(?:\s+(?:&|[A-Z0-9][\w'’.-]*)){0,3}"
    r"(?:\s+[a-z0-9][\w'’-]*){0,2}?\s+"
    r"(?:(?:[a-z]+ly\s+)?" + _FINITE_WORD + r"|[a-z]+\s+(?:their|the|a|an|its|his|her)\s)"
    r"|(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + _FINITE_WORD
    # "because the authority cut three routes": a past that looks like its base, with an
    # object after it (not "after the tax cut in May")
    + r"|(?:cut|put|set|hit|shut|let|quit|shed|split|spread|upset|cost)\s+"
    r"(?!(?:in|on|at|of|for|to|by|from|with|and|or|is|was|will|has)\b)[a-z0-9£$€]))"
)
# Every break starts with whitespace, ";", ":" or ",": the lookahead rejects other starts.
# A date a few words on: "next Saturday", "on 3 May", "by 2030" (not "in Ohio").
_DATE_AHEAD = (
    r"(?:(?:on|by|from|until|next|this|last)\s+(?:" + WEEKDAY_ALT + r"|\d)"
    r"|(?:on|by|from|until|in|next|this|last)\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"|(?:in|by)\s+\d{4}\b"
    r"|(?:in|by|from|until|next|this)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b)"
)
# Irregular pasts spelt like their base ("cut", "hit", "put").
_SAME_FORM_PAST = "|".join(
    sorted(p for p, b in _verbs.IRREGULAR_PAST.items() if p == b and len(p) > 2)
)
# A past spelt like its base before a number or an object's determiner ("cut 600 jobs",
# "hit a record").
_SAME_FORM_OBJECT = r"(?:" + _SAME_FORM_PAST + r")\s+(?:\d|(?:the|a|an|its|their|his|her|our)\s)"
# "and cut 600 jobs in the first half": a second predicate with a date of its own.
_AND_SAME_FORM_DATED = re.compile(
    r"\s(?=and\s+"
    + _SAME_FORM_OBJECT
    + r"[\w ,'’-]{0,40}?\s(?:"
    + _DATE_AHEAD
    + r"|(?:in|during)\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)))"
)
_NO_CALENDAR_NAME = (
    rf"(?!(?:{WEEKDAY_ALT}|"
    + "|".join(sorted(m.capitalize() for m in MONTHS if len(m) > 3))
    + r")\b)"
)
_CLAUSE_BREAK = re.compile(
    r"(?=[\s;:,])\s*(?:;|:\s|\s[—–]\s|\s--\s"
    r"|,\s+(?=(?:many|some|all|most|several|both|none|one|each)\s+of\s+(?:whom|which)\s)"
    r"|,\s+(?=then\s+[a-z]+\s)"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|which|who|whose|where|when|so|yet"
    r"|as|after|before|because|until|with|(?!including\b)[a-z]+ing)\b)"
    # (not "while", without a comma: "lost her ring while helping her father bring in the
    # harvest in 1968", "escaped while he was walking near the farm on 3 November": what
    # was going on is the background of the happening)
    r"|\s(?=(?:after|before|since|until)\s+[a-z]{3,}ing\s+(?!the\b|a\b|an\b)[a-z])"
    r"|\s(?=(?:after|before|when|because|until|once|whereas|although|since)\s+"
    # (not a day or month: "until Friday at the earliest" opens no clause)
    + _NO_CALENDAR_NAME
    + _SUBJECT_START
    + r")"
    # "appealing for witnesses after a jewellery shop in Redbridge was raided": a subordinate
    # clause whose subject is a noun phrase and whose verb is a passive
    r"|\s(?=(?:after|before|when|because|once|since)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:(?:[\w'’-]+\s+){0,4}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]{3,}ed\b"
    # "... after the sitting MP, Tom Greaves, resigned in January": a role, its name, a verb
    r"|(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+,\s+"
    r"(?:[a-z]+ly\s+)?(?!(?:announced|confirmed|revealed|warned|claimed|stated)\b)"
    r"[a-z]{3,}ed\b))"
    # "Garza hit a homer as Texas State beat UCLA 4-2 on Thursday to win the series": a
    # name and its past verb after "as" tell the main happening
    r"|\s(?=as\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]{3,}ed|beat|won|lost|took|came|went|fell"
    r"|rose|hit|saw|held|ran|struck|made)\s)"
    # "travel to Notts County on November 15 before a home game against Walsall a week
    # later": a happening of its own, named by its noun, with a date of its own
    r"|\s(?=(?:before|ahead\s+of|after)\s+(?:a|an|the|their|its|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:game|match|fixture|tie|clash|vote|ballot|election|referendum"
    r"|meeting|summit|hearing|trial|final|race|concert|launch|debate|visit|talks|conference)\b"
    r"[^,;.]{0,40}?\s(?:on\s|next\s|this\s|(?:a|one|two|three|four|five|six)\s+(?:day|week"
    r"|month)s?\s+later|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
    r"|\s(?=(?:and|but)\s+(?:(?:[a-z]+ly|last|also|first|then|later)\s+)?(?:was|were|has|had|will"
    r"|would|could|then|later|wants|plans|hopes|aims|expects|[a-z]+ed|"
    + _verbs.PAST_ALTERNATION
    + r")\s)"
    # "opened in 1994 and now carries 30 million passengers": a present state after it.
    r"|\s(?=and\s+(?:now|still)\s+[a-z]{3,}s\s)"
    # "opens on 16 June and closes on 1 September": a second verb with a date of its own.
    # "runs until 27 June and transfers to Broadway in the autumn": the same, a few words on.
    r"|\s(?=and\s+(?:" + _verbs.PRESENT_ALTERNATION + r")\s+(?:(?:on|in|at|from|until|by)\s"
    r"|[\w ]{1,40}?\s" + _DATE_AHEAD + r"))"
    # "closed two factories in the second quarter and cut 600 jobs": a past spelt like its
    # base, before a number or an object's determiner
    # "host Dunford on Tuesday and travel to Eastleigh next Saturday": the same, with a
    # base form after a plural subject and the date a few words on.
    r"|\s(?=and\s+(?:" + _verbs.BASE_ALTERNATION + r")\s+[\w ]{1,40}?\s" + _DATE_AHEAD + r")"
    # "we will open the line next spring and we will not ...": a new subject, a new clause.
    r"|\s(?=(?:and|but)\s+(?:we|I|he|she|they)\s+[a-z]))"
    r"\s*"
)
_COMPLEMENTIZER = re.compile(r"\b(?:that|whether)\s+")
_THAT_OBJECT = re.compile(r"(?:by|in|on|at|until|before|after|from|within|over)\s")
# "that" as a determiner: a singular noun, then a preposition, the date or the clause's end.
_THAT_NOUN = re.compile(
    r"that\s+(?P<noun>[a-z]{3,}(?<!s))\s*(?=[,.;]|(?:in|on|at|by|during|last|this|next|earlier"
    r"|later|the|a|an)\s)"
)
# Verbs whose object is a clause: "said that", "ruled that" keep "that" a complementizer.
_CLAUSE_VERBS = frozenset(
    """said says say told tells tell announced announces announce confirmed confirms confirm
    added adds warned warns argued argues claimed claims believed believes believe thought
    thinks think found finds ruled rules noted notes reported reports showed shows show
    suggested suggests decided decides agreed agrees insisted insists admitted admits denied
    denies feared fears hoped hopes expected expects predicted predicts stated states revealed
    reveals learned learns knew knows know meant means ensured ensures ensure concluded
    concludes accepted accepts acknowledged acknowledges estimated estimates indicated
    indicates signalled signals""".split()
)


def _that_determines(text: str, comp: re.Match[str]) -> bool:
    """Whether the "that" of ``comp`` is a determiner after a verb ("overturned that
    decision in March"), not a complementizer ("said that prices rose in March")."""
    if comp.group().startswith("whether"):
        return False
    found = _THAT_NOUN.match(text, comp.start())
    if found is None or _looks_finite(found["noun"]):
        return False
    before = text[max(0, comp.start() - 30) : comp.start()].split()
    if not before:
        return False
    verb = before[-1].lower()
    return verb not in _CLAUSE_VERBS and _looks_finite(verb)


_FOLLOWING_CLAUSE = re.compile(r",?\s+and\s+(?:that|then|would|will|is|was|has|had)\b|,\s+and\s+")
_PREPOSITION = re.compile(
    r"(?:\b(?:(?:late|early|somewhere|sometime|shortly|just|well|long)\s+)?"
    r"(?:on|in|at|by|during|since|until|till|from|for|of|through|past"
    r"|throughout|as of|as early as|as late as|before|after|around|about|circa|over|within"
    r"|between)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?(?:the\s+)?"
    r"(?:(?:late|early|mid)[\s-]+)?|\b(?:late|early)\s+)$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)\s+$", re.IGNORECASE
)
# The words those two patterns can end with (before the final spaces): see may_end_with.
_PREPOSITION_LAST = frozenset(
    """on in at by during since until till from for of through throughout as before after
    around about circa over within between the late early least earliest latest past""".split()
)
_DETERMINER_LAST = frozenset("the a an its their his her our this that these those s".split())
_AFTER_ADVERBIAL = re.compile(
    r"\s*(?:[,.;:!?)\]\"”’]|$|(?:and|but|to|when|after|before|as|while|with|that|because|amid"
    r"|following|if|where|which|who|the|a|an|at|in|on|from|for|by|into|during|through|over"
    r"|under|across|despite|since|until|then|so|or|it|he|she|they|we|I|was|were|is|are|will"
    r"|would|has|had|have)\b)"
)
_LEAD_CONNECTIVE = re.compile(
    r"^(?:(?:before|after|until|till|by|from|since|even)\s+then(?=,)|and|but|so|yet|then|also"
    r"|meanwhile|however|later|earlier|since then|that|while|when"
    r"|after|before|because|until|once|although|though|whereas|as|according to"
    r"|since(?=\s+(?:it|he|she|they|we|the|a|an|its|their|his|her)\s)|there(?=,)"
    r"|(?:next|first|finally|afterwards)(?=,))\b(?!['’])[,\s]*",
    re.IGNORECASE,
)
# "It matters because the county cut ...", "This was partly because ...", "The reason is
# that ...": a frame around the clause that tells what happened.
_COPULA_BECAUSE = re.compile(
    r"^(?:(?:it|this|that)\s+(?:is|was|matters|mattered|happened|happens)\s+"
    r"(?:(?:partly|largely|mainly|mostly|only|simply|in\s+part|not\s+least)\s+)?because"
    r"|the\s+(?:main\s+|simple\s+|real\s+)?reason\s+(?:is|was)(?:\s+simple)?(?:\s*:|\s+that))\s+",
    re.IGNORECASE,
)
_LEAD_AGO = re.compile(
    r"^[\w-]+\s(?:years?|months?|weeks?|days?|decades?)\sago(?:\stoday)?,?\s", re.IGNORECASE
)
_OF_MOST = re.compile(
    r"^Of\s+(?:the|its|their|these|those)\s+(?:\d[\d,]*\s+)?(?P<np>[^,\s][^,]{1,60}),\s+most\s+"
    r"(?=[a-z])"
)
_LEAD_TOPIC = re.compile(
    r"^(?:on|in|at|for|as for|regarding|across|during|throughout|under)\s+[^,]{1,70},\s+",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}?(?:[a-z0-9][\w'’-]*\s+){0,2}?[A-Z]?[\w'’-]+"
    r"(?:(?<=Inc|Ltd)\.|(?<=Co|Jr|Sr)\.|(?<=Corp|Bros)\.)?)\s+"
    r"(?:also\s+)?(?:ha[sd]\s+|have\s+)?"
    r"(?P<verb>said|says|say|told\s+\w+|"
    r"announced|reported|added|noted|confirmed|stated|explained|hoped|hopes|believed"
    r"|believes)\s+(?P<that>that\s+)?(?P<rest>.*)$",
)
# A speaker named in apposition to a role: "Owners, Tavistock Metals, say ...".
_NAMED_SPEAKER = re.compile(
    r"(?:[Tt]he\s+|[A-Z][a-z]+\s+)?(?:[a-z][\w'’-]*\s+){0,2}[A-Za-z][a-z'’-]*,\s+"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:&\s+)?[A-Z][\w.'’&-]*){0,3}),\s+"
    r"(?=(?:said|says|say|told|announced|confirmed)\s)"
)
# "Of the 212 reported faults", "Most of the reported faults": "reported" is an adjective.
_NOT_SPEAKER = re.compile(
    r"^(?:of|in|on|at|for|from|among|with|by)\s|\s(?:the|a|an|its|their|of)$", re.IGNORECASE
)
_HYPHENATED = re.compile(r"\S+-\S+")  # "better-than-expected": no verb
# "..., helped by", "profit helped by", "a scheme that will give": where the object ends
_OBJECT_END = re.compile(r",|\s\w+\s+by\s|\s(?:that|which|who)\s+(?:will|would)\s")
_OBJECT_START = re.compile(r"(?:a|an|the|its|their|his|her|plans|record)\s", re.IGNORECASE)
_MODAL_WORD = re.compile(r"\b(?:could|may|might|should|can|must)\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:it|he|she|they)\s+(?=\w)", re.IGNORECASE)
_TRAILING_REPORT = re.compile(
    r",\s+(?:(?!(?:be|been|being|was|were|is|are|has|have|had)\s)[\w'’.-]+\s+){1,5}"
    r"(?:said|says|added|noted|confirmed|announced|show|shows|showed)(?:\s+\w+)?$"
)
_REPORTED_WOULD = re.compile(r"^would\s+(?!have\b|not\b|be\s+[a-z]+ed\b)")
_NOT_TO = re.compile(r"^would\s+not\s+(?!have\b|be\s+[a-z]+ed\b)")
_RELATIVE_LEAD = re.compile(
    r"^(?:(?:many|some|all|most|several|both|none|one|each)\s+of\s+(?:whom|which)|who|which"
    r"|where|whose)\s+",
    re.IGNORECASE,
)
_PARTICIPLE_LEAD = re.compile(r"^[a-z]+ed\s")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
# A person's full name, a double-barrelled surname too ("Ana Ruiz-Kessler").
_PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)+\b(?!-)")
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " ,;:—–-\"'“”‘’()[]"
_FUNCTION_WORDS = frozenset(
    """the a an of to and or in on at by for with from as that which who its their his her
    our this these those than into about over after before while when but said""".split()
)
_DETERMINERS = frozenset(
    """the a an its their his her our this that these those my your some any each every
    another no of to in on at by for with from into as than against about among between
    without via like""".split()
)
_PLANNED = frozenset(
    "expected scheduled due set forecast poised slated likely going planned".split()
)
_MODALS = frozenset("would could should might may must can".split())
_NOT_VERBS = frozenset("need speed seed feed breed greed red bed shed hundred".split())
# (a field of study in -ics is one thing, "physics", "politics"; "clinics", "critics" and
# "topics" are many)
_SINGULAR_S = re.compile(
    r"(?:ss|us|is|['’]s|news|(?:phys|polit|econom|mathemat|athlet|statist|eth|electron|genet"
    r"|logist|graph|gymnast|linguist|robot|aerob|acoust|opt|analyt|informat|semant|dynam"
    r"|mechan|pharmaceut|civ|metr|ceram)ics)$"
)
MAX_TITLE = 80
_MAX_DRAFT = 400


# Inline patterns of the per-title rules, compiled once (not looked up per call).
_NAME_AFTER_SPACE = re.compile(r"\s[A-Z][a-z]")  # needed by every TITLED_NAME match
_DEFINITE_END = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
_DEFINITE_LAST = frozenset(("the", "its", "their"))
_HE_SHE = re.compile(r"(he|she)\s", re.IGNORECASE)
_THE_AGED = re.compile(r"(?:the\s+)?(?P<age>\d{1,3}-year-old)\s+(?=[a-z])", re.IGNORECASE)
_LEAD_ARTICLE_ANY = re.compile(r"^(?:the|an?)\s+(?=\w)", re.IGNORECASE)
# "him", and an object "her" ("a jury indicted her", "told her on Monday"), not "her car".
_HIM = re.compile(
    r"(?<=\s)(?:him\b|her(?=\s*$|\s+(?:in|on|at|for|with|after|before|over|to|as|from|by)\b))"
)
# Headlines drop a leading article, before a name too ("The Fed slows" -> "Fed slows").
_LEAD_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[a-zA-Z0-9£$€]")
_CAPITAL_WORD = re.compile(r"([A-Z][a-z]+)\s")


@functools.lru_cache(maxsize=2)
def _clauses_of(text: str) -> dict[tuple[int, int, int, int], Span]:
    return {}


def clause_around(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` that contains the expression ``text[start:end]``.

    Found once per document and place: the event layer asks for each date's clause
    twice, when it filters the dates and when it writes their headlines.

    Args:
        text: The document text.
        sentence: The sentence holding the expression.
        start: Offset of the expression.
        end: End offset of the expression.

    Returns:
        The clause: reported speech is entered ("Pompeo said that X" gives X), and
        clauses before and after the expression's own (after a semicolon, a dash, ", and",
        ", which", ", when", a participle or a subordinator with its own subject) are left out.
    """
    key = (sentence.start, sentence.end, start, end)
    known = _clauses_of(text)
    if (clause := known.get(key)) is None:
        clause = known[key] = _clause_around(text, sentence, start, end)
    return clause


_CAPITAL_NOUN_S = re.compile(
    r"\s*(?:after|before|when|because|until|while|once|whereas|although|since)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3}\s+(?P<word>[a-z]+s)"
    r"(?=\s+(?:on|in|at|by|from|for|with|of|to|next|this|last)\b|\s*[,.;:])"
)


# "held up after Italy and Greece objected": the name before "and" opens a clause's subject
# that "and" coordinates.
_NAME_AFTER_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|because|until|while|once|since|as|if|that)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)$"
)


# ", measuring 4.8, shook ...": a participle phrase between a subject and its verb.
_ING_INSERTION = re.compile(
    r"[a-z]{3,}ing\b[^,;]{1,40},\s+(?:(?:also|then|later|first)\s+)?(?:[a-z]{3,}ed|was|were"
    r"|is|are|has|had|have|will|would|" + _verbs.PAST_ALTERNATION + r")\b"
)


_INFINITIVE = re.compile(r"\bto\s+[a-z]{2,}\s")


def _coordinated_infinitive(text: str, lo: int, brk: re.Match[str], start: int) -> bool:
    """An "and" that joins a bare verb to an infinitive inside the subject ("new laws giving
    officers the power to seize dogs and take DNA samples came into force"): the verb after
    "and" is a base form, and a past verb follows it before the date."""
    if not (joint := _AND_BREAK.match(text, brk.start())):
        return False
    words = text[joint.end() : start].split()
    if len(words) < 3 or not words[0].islower() or not _verbs.is_known_base(words[0]):
        return False
    if _verbs.past_base(words[0]) is not None or not _INFINITIVE.search(text, lo, brk.start()):
        return False
    return any(
        w.islower() and _verbs.past_base(w) is not None and _verbs.present_base(w) is None
        for w in words[1:]
    )


def _clause_around(text: str, sentence: Span, start: int, end: int) -> Span:
    clause_start, clause_end = sentence.start, sentence.end
    parens = text.find("(", sentence.start, sentence.end) >= 0  # else nothing is opened
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if parens and text.count("(", sentence.start, brk.start()) > text.count(
            ")", sentence.start, brk.start()
        ):
            continue  # "(NASDAQ: VRDN)": no break inside parentheses
        if (noun := _CAPITAL_NOUN_S.match(text, brk.start())) and not (
            _verbs.present_base(noun["word"]) or _verbs.is_known_base(noun["word"][:-1])
        ):
            continue  # "appear before Bristol magistrates on Friday": a plural noun, no verb
        if (
            brk.end() <= start
            and _AND_BREAK.match(text, brk.start())
            and _WHO_OPENS.search(text, clause_start, brk.start())
            and _MAIN_AUX_AFTER.search(text, brk.end(), start)
        ):
            continue  # "A man who stole a bus and drove it away was jailed": a relative's "and"
        if brk.end() <= start and _ING_INSERTION.match(text, brk.end(), start):
            continue  # "The strongest aftershock, measuring 4.8, shook": an insertion
        if brk.end() <= start and _coordinated_infinitive(text, clause_start, brk, start):
            continue  # "Laws giving police the power to seize dogs and take DNA came into force"
        if brk.end() <= start:
            clause_start = brk.end()
        elif brk.start() >= end:
            clause_end = brk.start()
            break
    for comp in _COMPLEMENTIZER.finditer(text, clause_start, start):
        if comp.end() == start:
            continue  # "to pull an update that October": a determiner of the date
        if _THAT_OBJECT.match(text, comp.end()):
            continue  # "wants to double that by 2030": a pronoun object, no complementizer
        if _that_determines(text, comp):
            continue  # "the appeal court overturned that decision in March": a determiner
        if (rel := _restrictive_relative(text, clause_start, start)) and rel[1] > comp.end():
            continue  # "a sketch that hung unrecognised for decades sold on Wednesday"
        clause_start = comp.end()
    if follow := _FOLLOWING_CLAUSE.search(text, end, clause_end):
        clause_end = follow.start()
    if (
        clause_start == sentence.start
        and (opener := _OPENING_SUBORDINATE.match(text, sentence.start))
        and (main := _PRONOUN_MAIN.search(text, end, clause_end))
        and any(_looks_finite(word) for word in text[opener.end() : start].split())
    ):
        # "After my mum died in 2020 I ran every morning": no comma, but a new subject
        # and its verb begin the main clause
        clause_end = main.start()
    if second_dated := _AND_SAME_FORM_DATED.search(text, end, clause_end):
        clause_end = second_dated.start()  # "... in the second quarter and cut 600 jobs in ..."
    # "..., before lawmakers adjourn in mid-May": a bare plural subject and its verb.
    for sub in _BARE_SUBORDINATE.finditer(text, clause_start, start):
        if _verbs.is_known_base(sub["verb"]) or _verbs.past_base(sub["verb"]) is not None:
            clause_start = sub.start("sub")
    # "the Dayton plant would stop production in November and the Macon plant would close
    # in December": a second subject and finite verb after "and", once a verb came first.
    for join in _AND_SUBJECT.finditer(text, clause_start, start):
        if named := _NAME_AFTER_SUBORDINATOR.search(text, clause_start, join.start()):
            clause_start = named.start("name")  # "after Italy and Greece objected"
        elif _FINITE.search(text, clause_start, join.start()):
            clause_start = join.end()
    if (second := _AND_SUBJECT.search(text, end, clause_end)) and _FINITE.search(
        text, clause_start, second.start()
    ):
        clause_end = second.start()
    return _trimmed(text, clause_start, clause_end) or sentence


_AND_BREAK = re.compile(r"\s+(?:and|but)\s")
_WHO_OPENS = re.compile(r"(?<=[a-z]) who\s")
# The main clause's auxiliary after a relative clause, no comma before it.
_MAIN_AUX_AFTER = re.compile(r"(?<=[a-z]) (?:was|were|has been|have been|had been)\s")

_RESUMED_SAID = re.compile(r",\s+(?:said|says|told|added|announced|confirmed|warned)\s")
_BARE_SUBORDINATE = re.compile(
    r",?\s(?P<sub>(?:before|after|until|once|when)\s+(?P<noun>[a-z]{3,}s)\s+(?P<verb>[a-z]{3,}))\b"
)
# A finite past form: a regular past, an irregular one, or one spelt like its base.
_PAST_FORM = r"[a-z]{3,}ed|" + _verbs.PAST_ALTERNATION + "|" + _SAME_FORM_PAST
_OPENING_SUBORDINATE = re.compile(
    r"[\"“‘']?(?:After|When|Once|Since|Before|Until|As\s+soon\s+as|Because|Although|Though)\s"
)
# The main clause's subject pronoun and its verb, right after a subordinate clause.
_PRONOUN_MAIN = re.compile(
    r"(?<=[\w%)])\s+(?=(?:I|we|he|she|they)\s+(?:[a-z]+ly\s+)?(?:will|would|could|had|has"
    r"|have|was|were|is|are|am|" + _PAST_FORM + r")\s)"
)
_AND_SUBJECT = re.compile(
    r"\s+and\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:will|would|could|should|might|may|can|is\s+to|are\s+to)\s"
    # "brought flooding in November and Storm Bram cut power in December": a name and
    # its own past verb.
    r"|(?:[A-Z][\w'’-]+\s+){1,3}(?:" + _PAST_FORM + r")\s"
    # "Safety is our priority and it will publish the results by May", "sales were weak and
    # the company cut 300 jobs in March": a subject pronoun, or a determiner's noun and its
    # own past verb.
    r"|(?:he|she|it|we|they|I)\s+(?:[a-z]+ly\s+)?(?:will|would|could|should|might|may|can"
    r"|has|have|had|is|are|was|were|" + _PAST_FORM + r")\s"
    r"|(?:the|its|their)\s+(?:[a-z][\w'’-]+\s+){0,2}?[a-z]{3,}(?<!s)\s+(?:" + _PAST_FORM + r")\s"
    # "Construction began in October 2023 and tracks were completed in April": a noun
    # and its own passive.
    r"|(?:(?:the|its|their)\s+(?:[a-z][\w'’-]+\s+){0,2}?)?[a-z]{3,}\s+(?:was|were)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]{3,}ed\s)"
)
_RESTRICTIVE = re.compile(r"(?<=[A-Za-z])\s+(?P<rel>that|who)\s+(?=[a-z])")
_MAIN_AUX = frozenset("was were is are has had will would".split())


def _restrictive_relative(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A restrictive relative clause in the subject, before the main verb: in "A sketch
    by Turner that hung unrecognised for decades sold for £3.1m" the offsets of " that"
    and of "sold"; None when ``text[lo:hi]`` has no such clause."""
    rel = _RESTRICTIVE.search(text, lo, hi)
    if rel is None:
        return None
    before = text[lo : rel.start()].split()
    if not before or len(before) > 8 or any(_looks_finite(w) for w in before):
        return None
    noun = before[-1].strip(_EDGE_PUNCT)
    if rel["rel"] == "that" and not (noun[:1].isupper() or _relative_noun(noun)):
        return None
    words = list(re.finditer(r"\S+", text[rel.end() : hi]))
    if not words or not _looks_finite(words[0].group()):
        return None
    for k in range(2, min(len(words), 16)):
        word = words[k].group()
        low = word.lower()
        prev = words[k - 1].group().lower()
        if not word.islower() or prev in _DETERMINERS or prev in _MAIN_AUX or prev == "be":
            continue
        if prev in ("and", "or", "but"):
            continue  # "who stole a bus and drove it away was jailed": the relative goes on
        if _verbs.participle_base(prev.rstrip(",")) is not None and not prev.endswith(","):
            continue  # "that were thought lost ... will go": a participle's complement
        if low in _MAIN_AUX or (
            _verbs.past_base(low) is not None and not words[k - 1].group().endswith(",")
        ):
            return rel.start(), rel.end() + words[k].start()
    return None


_LEAD_CONDITION = re.compile(r"^(?:if|unless)\s[^,]{2,80},\s+(?:then\s+)?", re.IGNORECASE)
_WOULD = re.compile(r"\bwould\b")
_NOW = re.compile(r"\s+now\s+(?=[a-z])")
_WHEN_CLAUSE = re.compile(r",?\s+when\s+")
# "I first wrote about the line in 2014, when ...": the writer's own past is no news.
_FIRST_PERSON_MAIN = re.compile(
    r"\s*(?:I|We)\s+(?:first\s+)?(?:wrote|reported|heard|visited|met|came|moved|arrived)\b"
)
_WEAK_MAIN = re.compile(
    r"\b(?:would|will)\s+be\b|\b(?:is|was)\s+the\s+first\b|\bcompar\w*|\bsince\s*$|\bsince\s+\w+\s*$"
    r"|\b(?:anticipated|expected|predicted|forecast|feared|hoped)\s+(?:(?:in|on|at|by)\s+)?$"
    # "The worst moment came in the summer of 2028, when ...": the when-clause is the news
    r"|\b(?:worst|best|[a-z]{3,}est|first|last|low|high|turning)\s+(?:[a-z]+\s+)?"
    r"(?:came|was|happened|arrived)\s+(?:(?:in|on|at|during)\s+)?$"
)
_INSERTION = re.compile(r",.*,")
_THAT = re.compile(r"\s+that\b")
_PASSIVE_BEFORE = re.compile(
    r"\b(?P<aux>was|were|(?:will|would|could|is\s+to|are\s+to)\s+be)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en)|" + _verbs.PARTICIPLE_ALTERNATION + r")\b[^,;]*$"
)
_LEAD_AND = re.compile(r"^(?:and|but)\s+")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:plans?|wants?|aims?|intends?)\s+to|due\s+to)\s"
)
_AND_VERB = re.compile(
    r"(?:and|but)\s+(?=(?:(?:[a-z]+ly|last|also|first)\s+)?(?:was|were|has|had|will|would|could|then"
    r"|later|wants|plans|hopes|aims|expects|[a-z]+ed|(?="
    + _SAME_FORM_OBJECT
    + r")[a-z]+|"
    + _verbs.PAST_ALTERNATION
    + r"|(?:"
    + _verbs.BASE_ALTERNATION
    + r")s?(?=\s+[\w ]{1,40}?\s"
    + _DATE_AHEAD
    + r"))\b)"
)
_FINITE = re.compile(
    # (not the second half of "short-haired", "purpose-built")
    r"(?<!-)\b(?:was|were|is|are|has|had|have|will|would|" + _verbs.PAST_ALTERNATION + r")\b"
    r"|(?<!-)\b[a-z]{3,}ed\b"
)


# "Russia's annexation of Crimea in 2014" -> "Russia annexes Crimea".
_NOMINALISATIONS = {
    "annexation": "annex",
    "invasion": "invade",
    "occupation": "occupy",
    "acquisition": "acquire",
    "takeover": "take over",
    "purchase": "buy",
    "capture": "capture",
    "destruction": "destroy",
    "withdrawal": "withdraw",
    "recognition": "recognise",
    "founding": "found",
    "discovery": "discover",
    "liberation": "liberate",
    "unification": "unify",
}
_NOMINAL = re.compile(
    r"\b(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})['’]s\s(?:\d{4}\s)?(?P<noun>[a-z]+)"
    r"\sof\s(?P<obj>(?:the\s)?[A-Z][\w]*(?:\s[A-Z]\w*){0,2})"
)
_RELATIVE = re.compile(
    r",\s+(?P<rel>(?:many|some|all|most|several|both|none|one|each)\s+of\s+(?:whom|which)"
    r"|who|which|whose)\s"
)


def _last_relative(text: str, lo: int, hi: int) -> int | None:
    """Offset of the relative word of the last ", who"/", which" in ``text[lo:hi]``."""
    found = None
    for match in _RELATIVE.finditer(text, lo, hi):
        found = match.start("rel")
    return found


def subject_of(text: str, sentence: Span) -> str | None:
    """The subject of a sentence: the words before its first finite verb (at most six).

    Args:
        text: The document text.
        sentence: The sentence.

    Returns:
        The subject without comma insertions, or None when none is found.
    """
    return _subject_before(text, sentence, sentence.end)


_SUBJECT_TIME = re.compile(
    rf"\s+(?:on\s+(?:{WEEKDAY_ALT})"
    r"|today|yesterday|tonight|(?:earlier|later|this|last)\s+(?:this\s+)?(?:week|month|year))\b"
)


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten dozen many several few both other".split()
)
_LEAD_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s")
_WORD_AT = re.compile(r"[\w'’-]+")


# A name of one to four capitalised words, or "it", "he" or "she", and a present verb
# ("Halvern Robotics employs").
_NOT_NAMES = frozenset("It He She They This These Those We I There Here The A An".split())
_NAME_PRESENT = re.compile(
    r"(?P<name>(?:it|he|she)(?=[ \t])|[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3})[ \t]+"
    r"(?P<verb>[a-z]{3,}s)\b"
)


_NOUN_ONLY_ENDINGS = (
    "tions",
    "sions",
    "ments",
    "ances",
    "ences",
    "ities",
    "nesses",
    "ships",
    "isms",
    "ists",
)


def _present_after_noun(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "The hosepipe ban bars ...": a present verb two to four words after a determiner;
    "Halvern Robotics employs ...": one after a name."""
    if not _LEAD_DETERMINER.match(text, lo):
        named = _NAME_PRESENT.match(text, lo, hi)
        if named and named["name"] not in _NOT_NAMES and _verbs.present_base(named["verb"]):
            return _WORD_AT.match(text, named.start("verb"))
        return None
    words = list(_WORD_AT.finditer(text, lo, hi))[:5]
    for k in range(2, len(words)):
        word = words[k].group()
        prev = words[k - 1].group().lower()
        if "\n" in text[words[k - 1].end() : words[k].start()] or prev in _DETERMINERS:
            return None
        if (
            word.islower()
            and word.endswith("s")
            and not word.endswith(_NOUN_ONLY_ENDINGS)  # "The new observations were made"
            and not (word.endswith("ings") and len(word) > 7)  # "readings", not "brings"
            and word not in _DETERMINERS | _FUNCTION_WORDS
            and not _SINGULAR_S.search(word)
            and (_verbs.present_base(word) or not prev.endswith("s"))
            and prev not in _COUNT_WORDS
            and prev not in _ORDINAL_ADJECTIVES  # "The first swarms were spotted"
            and not prev[:1].isdigit()
        ):
            return words[k]
    return None


_ORDINAL_ADJECTIVES = frozenset(
    "first second third fourth fifth last next final other same".split()
)


_SAME_FORM_FINITE = re.compile(
    r"(?<=\s)(?:" + _SAME_FORM_PAST + r")\s+(?=(?:the|a|an|its|their|his"
    r"|her|our)\s)"
)
# Words after which "put", "set" or "cut" is no finite verb ("to put", "will set", "the cut").
_NOT_BEFORE_FINITE = (
    _MODALS
    | _DETERMINERS
    | frozenset("will shall did does do not and or but also then who which that".split())
)
_OPENING_PARTICIPLE_HEAD = re.compile(r"\s*(?:Born|[A-Z][a-z]+ed)\s+(?:in|on|at|by|as|from)\s")


_OPENS_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s")


# Adverbs that open a sentence before its subject.
_LEAD_ADVERB = re.compile(
    r"(?:Now|Today|Meanwhile|Still|Then|Instead|Yet|Also|Afterwards|Since then|So)\b,?\s+"
    r"(?=[A-Za-z])"
)


# A frame that opens a sentence before its subject, with no comma: "Under her leadership
# the company opened ...", "After the vote the mayor resigned".
_LEAD_FRAME = re.compile(
    r"(?:Under|After|Following|Despite|Amid|During|Within|Without|Before)\s+"
    r"(?:her|his|its|their|the|a|an|this|that|our|my)\s+"
    r"(?:(?!(?:of|in|on|at|for|to|with|by|from|and|or|the|a|an|was|were|is|are|had|has)\b)"
    r"[a-z0-9][\w'’-]*\s+){1,3}?"
    r"(?=(?:the|its|their|his|her)\s+[a-z][\w'’-]*\s|[A-Z][a-z])"
)


# A time phrase that opens a sentence before its subject ("On Tuesday officers arrested").
_LEAD_WHEN = re.compile(
    rf"(?:(?:On|Last|This|Next|Earlier|Later)\s+(?:{WEEKDAY_ALT}|week|month|year|weekend"
    r"|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|In\s+(?:\d{4}|(?:"
    + "|".join(sorted(m.capitalize() for m in MONTHS if len(m) > 4 or m == "may"))
    + r")(?:\s+\d{4})?))\s*,?\s+(?=[A-Za-z])"
)


def _plural_present(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "Councillors want to build", "Local residents hope": a verb's base form right after
    a plural noun, within the first five words."""
    words = list(_WORD_AT.finditer(text, lo, hi))[:5]
    for k in range(1, len(words)):
        prev, word = words[k - 1].group(), words[k].group()
        if (
            word.islower()
            and (_verbs.is_known_base(word) or word in _INTENT_VERBS)
            and _PLURAL_NOUN.fullmatch(prev)
            and not _verbs.present_base(prev)
            and not text[words[k - 1].end() : words[k].start()].strip()
        ):
            return words[k]
    return None


def _subject_before(text: str, sentence: Span, pos: int) -> str | None:
    """The subject of the clause before ``pos``: the words before its first verb."""
    lo = sentence.start
    if (owned := _OWNER_LABEL.match(text, lo)) and owned.end() <= pos:
        return label_owner(text, lo)  # "The pier's story in brief: it opened in 1869"
    if lead := _LEAD_ADVERB.match(text, lo, pos):
        lo = lead.end()  # "Now the council wants ...": the council
    if lead := _LEAD_WHEN.match(text, lo, pos):
        lo = lead.end()  # "On Monday police arrested ...": the police
    if lead := _LEAD_FRAME.match(text, lo, pos):
        lo = lead.end()  # "Under her leadership the company opened ...": the company
    match = _FINITE.search(text, lo, pos)
    if match is not None and match.group() in ("said", "says", "told", "announced"):
        # "The company said its new plant ... is on schedule and will begin": the
        # reported clause has its own subject.
        lo = match.end()
        if that := _THAT.match(text, lo):
            lo = that.end()
        match = _FINITE.search(text, lo, pos)
    while match is not None and _DETERMINER_BEFORE.search(text, lo, match.start()):
        match = _FINITE.search(text, match.end(), pos)  # "A subsidised water taxi would run"
    # "The ban bars customers from ...": a present verb soon after a determiner's noun.
    if present := _present_after_noun(text, lo, match.start() if match is not None else pos):
        match = present
    # "The agency put the date at ...": a past verb spelt like its base, before an object.
    same = _SAME_FORM_FINITE.search(text, lo, match.start() if match is not None else pos)
    if same is not None:
        prev = text[lo : same.start()].split()
        if prev and prev[-1].lower().strip(",") not in _NOT_BEFORE_FINITE:
            match = same
    if match is None:
        match = _plural_present(text, lo, pos)  # "Councillors want to build ..."
    if match is None:
        return None
    # "The trial, run by researchers from ..., enrolled": the insertion is not the subject.
    head = text[lo : match.start()]
    if (rel := _OPENS_RELATIVE.search(head)) and rel.start() > 0:
        head = head[: rel.start()]  # "Bellmont, which bought ...": the subject is before
    if (dash := max(head.rfind(" — "), head.rfind(" – "), head.rfind(" -- "))) >= 0:
        head = head[dash + 3 :]  # "SAN FRANCISCO, Jan. 9, 2024 — Orbis Labs"
    head = _SUBJECT_TIME.sub("", head)  # "Orbis Labs on Tuesday"
    if _OPENING_PARTICIPLE_HEAD.match(head) and "," in head:
        head = head[head.rfind(",") + 1 :]  # "Born in Savannah, Ga., in 1932, Benning"
    subject = _INSERTION.sub("", head).strip(_EDGE_PUNCT)
    words = subject.split()
    while len(words) > 1 and words[-1].lower() in _SUBJECT_ADVERBS:
        words.pop()  # "Varga, 61, first won power": the adverb is no part of the subject
    subject = " ".join(words)
    return subject if 0 < len(words) <= 12 else None


_AGE_AT_END = re.compile(r",\s+(?:aged\s+)?\d{1,3}$")


_ANTECEDENT_DETERMINERS = frozenset("the a an its their".split())
_SAID_WORDS = frozenset("said says announced confirmed added".split())


def _antecedent(text: str, sentence: Span, clause_start: int) -> str:
    """The noun phrase a relative or participial clause hangs on ("The race, which ...")."""
    before = text[sentence.start : clause_start].rstrip(" ,")
    if age := _AGE_AT_END.search(before):
        before = before[: age.start()]  # "Harold Brenner, 64, who ...": Brenner, not 64
    before = before[before.rfind(",") + 1 :] if "," in before else before
    words = before.split()
    if "that" in words[:-1]:
        # "Orr told a news conference that inflation, which peaked ...": inflation
        words = words[len(words) - words[::-1].index("that") :]
    if len(words) > 1 and words[0] in _SAID_WORDS and words[1][:1].isupper():
        # "Dr Okafor, said Ward 7, which sits above the laundry, ...": Ward 7
        words = words[1:]
    if text.startswith("who ", clause_start) and "of" in words[1:]:
        # "Dr Ines Okafor of the University of Leeds, who began ...": the person
        at = words.index("of", 1)
        if words[at - 1][:1].isupper() and words[at - 1].lower() not in _NOT_PERSON:
            words = words[:at]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _ANTECEDENT_DETERMINERS:
            if i > 1 and words[i - 1] == "of" and not text.startswith("who", clause_start):
                # "A $12 million renovation of the main stage, which began last spring":
                # the renovation began; the phrase runs from its own determiner
                dets = _ANTECEDENT_DETERMINERS
                j = next((k for k in range(i - 2, -1, -1) if words[k].lower() in dets), None)
                if (
                    j is not None
                    and not any(w.islower() and _looks_finite(w) for w in words[j + 1 : i - 1])
                    # (but "the main building in 2036 as part of a £90m rebuild that")
                    and not any(w.lower() in _FUNCTION_WORDS for w in words[j + 1 : i - 1])
                ):
                    i = j
            if not any(w.islower() and _looks_finite(w) for w in words[i + 1 :]):
                if words[i].lower() in ("its", "their") and len(words) > i + 1:
                    return " ".join(words[i + 1 :])  # "Its new plant in Valencia, which ..."
                return " ".join(words[i:])
            break  # "the NOAA and will replace GeoWatch-2, which": not one noun phrase
    if words and words[-1].lower() in _INDEFINITE_PRONOUNS:
        return words[-1]  # "Thank you to everyone who came ...": everyone
    # No determiner: a name ("Manager Leanne Foster"): its capitalised tail.
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    if not tail:
        # "The company blames energy prices, which doubled": the object after the verb
        verb = next(
            (
                k
                for k in range(len(words) - 2, 0, -1)
                if words[k].islower()
                and _looks_finite(words[k])
                and words[k - 1].lower() not in _DETERMINERS  # "a retired teacher"
            ),
            None,
        )
        if (
            verb is not None
            and len(words) - verb - 1 <= 3
            # "Voss said inflation, which ...": the speaker stays
            and _verbs.past_base(words[verb]) not in _SAY_VERBS | {"tell", "announce"}
            and _verbs.present_base(words[verb]) not in _SAY_VERBS | {"tell", "announce"}
        ):
            return " ".join(words[verb + 1 :])
    return " ".join(tail) or " ".join(words[-3:])


# A capitalised name ending with one of these names a place or a body, not a person.
_NOT_PERSON = _names.BODY_NOUNS | frozenset(
    """street road lane avenue square hall house church school college university hospital
    station airport bridge river park centre center office department ministry party club
    company group trust foundation museum gallery island bay valley hill lake county city
    town village beach harbour harbor medal award prize cup trophy police athletic united
    albion wanderers rovers rangers hotspur fc symphony orchestra philharmonic opera ballet
    choir band theatre theater festival league association society institute reporter
    correspondent editor infirmary clinic minster cathedral abbey mosque synagogue academy
    library stadium arena authority corporation inc ltd plc prison observatory laboratory
    zoo aquarium gazette herald telescope satellite probe rover spacecraft mission ship
    fund bank council agency service network magistrates""".split()
)


def _pronoun_start(text: str, sentence: Span, before: int) -> str | None:
    """The pronoun that opens the sentence, when it is the subject of the verb the clause
    at ``before`` shares ("They host Dunford on Tuesday and travel to Eastleigh ...")."""
    first = _OPENING_PRONOUN.match(text, sentence.start, before)
    return first.group().strip() if first else None


_OPENING_PRONOUN = re.compile(r"(?:It|He|She|They|We)\s+(?=[a-z])")


def _he_or_she(text: str, sentence: Span, before: int) -> str | None:
    """Whom a "he" or "she" that starts a clause means: the person named last, unless the
    sentence before has someone act on "him" or "her" ("Judge Carla Mendes ordered him to
    repay the money. He must report to prison by Jan. 15"): then the person the text is
    about."""
    lo = max(text.rfind(". ", 0, max(0, sentence.start - 2)), text.rfind("\n", 0, sentence.start))
    if _HIM.search(text, lo + 1, max(sentence.start, before)):
        # (or the sentence itself: "Officers stopped him, and he was interviewed")
        return _main_person(text, before) or _last_name(text, before)
    if (aged := _AGED_SUBJECT.match(text, lo + 1)) and aged.end() < sentence.start:
        return aged["name"]  # "Kett, 29, has scored 14 goals. He joined in 2024": Kett
    for owner in reversed(list(_POSSESSOR.finditer(text, sentence.start, before))):
        # "This is Castillo's second mission: she flew ...": a person named before in full
        name = owner["name"]
        if (
            name.lower() not in _NOT_PERSON
            # the pattern needs the name itself: none is compiled for a name not there
            and text.find(name, max(0, sentence.start - 4000), before) >= 0
            and re.search(
                rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b",
                text[max(0, sentence.start - 4000) : before],
            )
        ):
            return name
    return _previous_person(text, sentence) or _last_name(text, before)


_POSSESSOR = re.compile(r"\b(?P<name>[A-Z][a-z]+)['’]s\b")


# A sentence that opens on a surname and its verb: "Oakes was suspended in July".
_SURNAME_SUBJECT = re.compile(
    r"\s*(?P<first>[A-Z][a-z]+\s+)?(?P<name>[A-Z][\w'’-]+)\s+(?P<verb>[a-z]+)\b"
)


def _previous_person(text: str, sentence: Span) -> str | None:
    """The surname that opens the sentence before, as its subject, when the text introduced
    it with a first name ("Graham Oakes ... Oakes was arrested by Avon Police. He was
    charged in 2023": Oakes, not the police named last)."""
    end = len(text[: sentence.start].rstrip())
    lo = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end)) + 1
    if dateline := _DATELINE_LEAD.match(text, lo, end):
        lo = dateline.end()  # "AUGUSTA, Ga. (AP) — Jonah Okafor had never ..."
    found = _SURNAME_SUBJECT.match(text, lo, end)
    if found is None:
        return None
    name, verb = found["name"], found["verb"]
    if not (_looks_finite(verb) or verb in _SUBJECT_ADVERBS):
        return None  # "Green group leader Priya Nandakumar said": not a surname's verb
    if name.lower() in _NOT_PERSON or name.lower() in _FUNCTION_WORDS:
        return None
    if found["first"]:
        return name  # "Jonah Okafor had never finished better than 30th"
    introduced = re.search(rf"\b[A-Z][a-z]+\s+{re.escape(name)}\b", text[max(0, lo - 4000) : lo])
    return name if introduced else None


# A sentence that opens on a surname and an age: "Kett, 29, has scored 14 goals".
_AGED_SUBJECT = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+),\s+(?:aged\s+)?\d{1,3},\s")


# Before a name, a word that makes it a place ("in Baton Rouge", "at Cape Cod").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
_OPEN_QUOTES = frozenset("\"“‘'")
# A first word that names a storm, an operation or a place, never a person's first name.
_NOT_PERSON_FIRST = frozenset(
    """hurricane storm typhoon cyclone tropical operation project mount lake river cape
    fort port new north south east west upper lower greater los las""".split()
)
_PLACE_BEFORE_NAME = re.compile(
    r"\b(?:near|outside|above|below|across|towards|into|(?:summit|top|foot|side|slopes|banks"
    r"|edge|shores|mouth|village|town|city|county|island|isle|peak)\s+of)\s+(?:the\s+)?$"
)


def _last_name(text: str, before: int) -> str | None:
    """The surname of the person named last before ``before`` ("Martin Ellery" -> "Ellery";
    "Leeds Crown Court" is no person)."""
    for found in reversed(list(_PERSON_NAME.finditer(text, max(0, before - 300), before))):
        words = found.group().split()
        if words[0].lower() in _PLACE_START or _TITLE_BEFORE.search(text, 0, found.start()):
            continue  # "St Ives", "The Winter Tide": a place, a work's title
        if _PLACE_BEFORE_NAME.search(text, max(0, found.start() - 24), found.start()):
            continue  # "near the summit of Cir Mhor", "at Glen Rosa": a place
        if "\n" in found.group():
            words = found.group().rsplit("\n", 1)[1].split()  # the name on the last line
        if any(w.lower() in _CALENDAR_WORDS for w in words):
            continue  # "Tuesday 9 December": a dateline
        if (
            _PLACE_BEFORE.search(text, max(0, found.start() - 8), found.start())
            or text[found.start() - 1 : found.start()] in _OPEN_QUOTES
            or words[0].lower() in _NOT_PERSON_FIRST
        ):
            continue  # "born in Baton Rouge", "the album "Night Ferry"", "Hurricane Katrina"
        while words and words[0].lower() in _FUNCTION_WORDS:
            words.pop(0)  # "In Scotland" at a sentence's start
        if len(words) > 1 and words[-1].lower() not in _NOT_PERSON:
            return _names.surname(words)
    return None


def _sentence_person(text: str, lo: int, hi: int) -> str | None:
    """The surname of the one person named in full in ``text[lo:hi]`` ("The club appointed
    Dave Kemp in January and sacked him": "Kemp"); None for none or several."""
    found = {
        words[-1]
        for name in _NAME.findall(text, lo, hi)
        if len(words := name.split()) in (2, 3)
        and words[0].lower() not in _NOT_ENTITY
        and words[0].lower() not in _PLACE_START
        and not any(w.lower() in _NOT_PERSON or w.lower() in _CALENDAR_WORDS for w in words)
        and words[-1].lower() not in _TEAM_PLURALS
    }
    return found.pop() if len(found) == 1 else None


_PLACE_START = frozenset("st saint mount mt lake port fort cape san santa the".split())
# "the Winter Tide", "his Range Rover": a work's title, a thing someone owns.
_TITLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|his|her|their|its|my|our)\s+$")


_SINGULAR_NAMES = frozenset(
    "states nations netherlands philippines bahamas maldives times news olympics".split()
)


_SUBJECT_ADVERBS = frozenset(
    "last first later also never then still once already again just only finally recently"
    " previously originally eventually mostly mainly largely chiefly".split()
)
# "Most of the faults occurred": the number is that of the phrase after "of".
_PART_OF = frozenset("most many some several both few all none".split())


_HEAD_ENDS = frozenset("of at in from for with on around near across".split())


_PLURAL_NOUN = re.compile(r"[A-Za-z][a-z]+[^su's]s")
_HEAD_ENDS_TOO = frozenset("between among against".split())


def _is_plural(subject: list[str]) -> bool:
    while subject and subject[-1].lower() in _SUBJECT_ADVERBS and len(subject) > 1:
        subject = subject[:-1]  # "The Comets last won": the adverb is no part of the subject
    if (
        len(subject) > 1
        and subject[-1].endswith("ly")
        and subject[-2].islower()
        and _PLURAL_NOUN.fullmatch(subject[-2])
    ):
        subject = subject[:-1]  # "lawmakers narrowly (approved)"
    if len(subject) > 2 and subject[0].lower() in _PART_OF and subject[1].lower() == "of":
        subject = subject[2:]
    head = next(
        (
            i
            for i, w in enumerate(subject)
            if i
            and (
                w.lower() in _HEAD_ENDS
                or w.lower() in _HEAD_ENDS_TOO  # "The pact between the two towns"
                # "Ferries to Brodick", "The repairs to the flats" (but "Up to 40 people")
                or (w == "to" and i <= 2 and _PLURAL_NOUN.fullmatch(subject[i - 1]) is not None)
            )
        ),
        None,
    )
    if head is not None:
        after = subject[head + 1] if head + 1 < len(subject) else ""
        if not (
            subject[head].lower() == "of"
            and subject[head - 1][:1].isupper()
            and after[:1].isupper()
        ):
            subject = subject[:head]  # "Nurses at the trust", "Shares in Corvel": the head
        # (but "Bank of England" is one name)
    if not subject:
        return False
    reduced = next(
        (
            i
            for i, w in enumerate(subject)
            if i
            and w.islower()
            # "Counts taken on a Tuesday", "A project using bees from Sweden"
            and (_verbs.is_participle(w) or (w.endswith("ing") and _verbs.base_of_ing(w)))
        ),
        None,
    )
    if reduced is not None and (
        _PLURAL_NOUN.fullmatch(subject[reduced - 1]) or subject[reduced].endswith("ing")
    ):
        subject = subject[:reduced]  # "Counts taken on a Tuesday": the head is "counts"
    low = [w.lower().strip(",") for w in subject]
    if low[-1] in ("most", "many", "several", "both") and (len(low) == 1 or "," in subject[-2]):
        return True  # "Most occurred in winter", "Of the 40 pumps, most failed"
    joined = any(
        w == "and" and not _inside_name(subject, i) for i, w in enumerate(low)
    )  # "Patent Trial and Appeal Board" is one body, "Smith and Jones" two people
    if joined or low[-1] in ("they", "we", "people", "police", "i", "you"):
        return True
    if low[-1] in ("men", "women", "children") or (
        len(low) > 1 and low[-1] in ("staff", "crew") and low[0] in _COUNT_WORDS
    ):
        return True  # "Three men in overalls", "Two crew"
    last = subject[-1].strip(",")
    capitalised = sum(1 for w in subject if w[:1].isupper())
    if (
        low[0] == "the"
        and len(subject) <= 4
        and "of" not in low  # "The House of Representatives": one body
        and last[:1].isupper()
        and last.endswith("s")
        and not _SINGULAR_S.search(last.lower())
        and last.lower() not in _SINGULAR_NAMES
    ):
        return True  # "The Comets", "The Lakeshore Pilots": a team
    if capitalised >= 2 and last[:1].isupper():
        # "Bristol Rovers", "Leicester Tigers": a team named for its players is plural;
        # "Bernie Sanders", "Julia Roberts" are one person
        return last.lower() in _TEAM_PLURALS
    return (
        last.endswith("s")
        and not _SINGULAR_S.search(last.lower())
        and last.lower() not in _SINGULAR_IN_S
    )


# Plural nouns that end team names ("Bristol Rovers", "Chicago Bears") and never a surname.
_TEAM_PLURALS = frozenset(
    """rovers rangers wanderers raiders warriors tigers lions bears eagles hawks falcons
    giants jets kings knights saints spurs wolves bulls sharks blues reds magpies hornets
    pirates dolphins panthers cardinals celtics lakers packers steelers chiefs rams colts
    titans vikings saracens harlequins wasps bees owls foxes canaries seagulls hatters
    potters millers robins swans cherries hammers gunners toffees villans clarets baggies
    dragons scarlets ospreys leopards cheetahs bulldogs tykes""".split()
)


def _inside_name(words: list[str], at: int) -> bool:
    """Whether the "and" at ``words[at]`` joins words inside one capitalised name of a
    body: a capital before it and a run of capitals after it that ends in a body's noun
    ("Patent Trial and Appeal Board"; not "Brindle Lad and Kate Dwyer")."""
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words[at + 1 :]))
    return (
        at > 0
        and words[at - 1][:1].isupper()
        and len(run) >= 2
        and run[-1].lower().strip(",") in _BODY_HEADS
    )


_BODY_HEADS = _names.BODY_NOUNS | frozenset(
    """board authority commission agency service committee council association society
    institute trust bank group office department ministry court tribunal""".split()
)


# Common nouns that end in -s and are singular.
_SINGULAR_IN_S = frozenset("canvas gas atlas bias alias lens series species chassis".split())


def _present(base: str, plural: bool) -> str:
    if plural:
        return "are" if base == "be" else base
    return _verbs.third_person(base)


def _verb_base(word: str, prev: str, before: str = "") -> str | None:
    word = word.rstrip(",;:")
    low = word.lower()
    if not word.islower() or low in _NOT_VERBS or prev in _DETERMINERS:
        return None
    if (prev.replace(",", "").isdigit() or prev in _COUNT_WORDS) and before in _DETERMINERS:
        return None  # "the 212 reported faults", "the six damaged flats": an adjective
    if prev in _ADJECTIVAL and before in _DETERMINERS:
        return None  # "the first televised debate": a participle used as an adjective
    if (
        low.endswith("eed")
        and low not in _verbs.IRREGULAR_PAST
        and not _verbs.is_known_base(low[:-1])
    ):
        return None  # "need", "speed" (but "agreed", "freed")
    return _verbs.past_base(low)


def _with_tail(new: str, old: str) -> str:
    """``new`` with the trailing punctuation of ``old`` ("launched," -> "launches,")."""
    return new + old[len(old.rstrip(",;:")) :]


# A subject sure of what it did: "The team is confident that it has found the wreck".
_SURE_IT = re.compile(
    r"(?P<subject>[^,]{2,80}?) (?:is|are|was|were) (?:now )?(?:sure|confident|certain|convinced)"
    r" (?:that )?(?:it|they|he|she) (?P<rest>(?:has|have|had) [a-z]+(?:ed|en|un|ung|ound)\b.*)"
)
# What may follow a headline passive's participle: no object ("cancelled until Monday").
_PASSIVE_NEXT = frozenset(
    "until in on at for after over from as amid following pending because during".split()
) | {""}


# "hope to welcome": the intent is the verb; a plan needs no "to" before it.
_INTENT_VERBS = frozenset("hope plan aim expect want intend wish".split())
# "would have won", "would like to": no plan.
_NOT_PLANNED_AFTER_WOULD = frozenset("have like love prefer rather be".split())


def to_headline_tense(title: str) -> tuple[str, bool]:
    """Put a clause into headline tense ("Russia annexed Crimea" -> "Russia annexes Crimea").

    Args:
        title: A clause, subject first.

    Returns:
        The clause with its first verb group in the present ("will meet" becomes
        "to meet", "is expected to" becomes "expected to", "was built" becomes "built",
        "may" becomes "could"), cut before a second finite verb that starts another
        clause; and whether the clause speaks of a planned or expected event.
    """
    if sure := _SURE_IT.match(title):
        # "The team is sure it has uncovered a bathhouse": what the team is sure of.
        title = f"{sure['subject']} {sure['rest']}"
    words = title.split(" ")
    planned = False
    limit = min(len(words), 14)
    verb_at = -1
    active_past = False  # the main verb was an active past form, now in the present
    head_end = 0  # where the subject's head ends, before a reduced relative
    skip_to = 0  # the end of a relative clause on the subject
    if (who := _who_relative(words)) is not None:
        # "A man who stole a bus and drove it away was jailed": the main verb is after it
        head_end, skip_to = who
        limit = min(len(words), max(limit, skip_to + 2))
    for i in range(1, limit):
        if i < skip_to:
            continue
        w = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        after = words[i + 2].lower() if i + 2 < len(words) else ""
        prev = words[i - 1].lower()
        if prev == "be" and i >= 2 and words[i - 2].lower() == "to":
            continue  # "exams due to be held this week have been moved": no finite verb
        if w in ("will", "shall", "'ll"):
            if "that" in (x.lower() for x in words[:i]):
                pass  # "an announcement that the country will go" keeps "will"
            elif nxt == "not" and after.isalpha():
                words[i : i + 2] = ["not", "to"]  # "Council will not raise": "not to raise"
            else:
                words[i] = "to"
            planned, verb_at = True, i
            break
        if (
            w in ("is", "are", "was", "were")
            and nxt in _PLANNED
            and (nxt != "set" or after == "to")
        ):
            del words[i]
            planned, verb_at = True, i
            break
        if (
            w in ("is", "are", "was", "were")
            and nxt.rstrip(",;:").replace("-", "").isalpha()
            and nxt.islower()
            and _verbs.is_participle(nxt.rstrip(",;:"))
        ):
            del words[i]  # headline passive: "Mill built beside the river"
            verb_at = i
            break
        if (
            w in ("was", "were")
            and (nxt in _SUBJECT_ADVERBS or (nxt.endswith("ly") and len(nxt) > 4))
            and after.isalpha()
            and _verbs.is_participle(after)
        ):
            del words[i]  # "was last refurbished": "Station last refurbished"
            verb_at = i
            break
        if w in ("is", "are", "was", "were"):
            words[i] = "is" if w in ("is", "was") else "are"
            verb_at = i
            break
        if (
            w in ("has", "have")
            and nxt in ("since", "now", "already", "also", "just")
            and after == "been"
            and i + 3 < len(words)
            and words[i + 3].islower()
            and _verbs.is_participle(words[i + 3])
        ):
            del words[i : i + 3]  # "He has since been released on bail": "He released"
            verb_at = i
            break
        if w in ("has", "have", "had") and nxt:
            if (
                nxt == "been"
                and w in ("has", "have")
                and prev not in ("he", "she", "it", "they", "we", "i", "you")
                and after.isalpha()
                and after.islower()
                and _verbs.is_participle(after)
            ):
                del words[i : i + 2]  # "He has been released": "He released"
            elif nxt == "been" and i + 2 < len(words):
                words[i : i + 2] = [
                    "are" if w == "have" or (w == "had" and _is_plural(words[:i])) else "is"
                ]
            elif (base := _verbs.participle_base(nxt)) is not None and nxt.islower():
                words[i : i + 2] = [
                    _present(base, w == "have" or (w == "had" and _is_plural(words[:i])))
                ]
            else:
                words[i] = _present("have", w == "have" or (w == "had" and _is_plural(words[:i])))
            verb_at = i
            break
        if words[i] == "May":
            continue  # the month, not the modal
        if w in ("may", "might"):
            words[i] = "could"
            planned, verb_at = True, i
            break
        if w == "would" and nxt == "be" and _verbs.is_participle(after):
            words[i] = "to"  # "Contributions would be collected from 2026": what is planned
            planned, verb_at = True, i
            break
        if (
            w == "would"
            and (
                (nxt == "not" and after.isalpha() and _verbs.is_known_base(after))
                or (nxt.isalpha() and _verbs.is_known_base(nxt))
            )
            and nxt not in _NOT_PLANNED_AFTER_WOULD
            and not any(x.lower() in ("if", "unless", "that", "say", "says") for x in words[:i])
        ):
            # "Under the plan, staff would go back to a five-day week on 2 January": what
            # is planned ("Staff to go back ..."; "would not": "not to")
            words[i : i + 2 if nxt == "not" else i + 1] = ["not", "to"] if nxt == "not" else ["to"]
            planned, verb_at = True, i
            break
        if w in _MODALS or w in ("did", "does", "do", "not"):
            if w == "did":
                words[i] = "do" if _is_plural(words[:i]) else "does"
            verb_at = i
            break
        if (
            w in _PLAN_PARTICIPLES
            and nxt == "to"
            and prev not in _DETERMINERS
            and not words[i - 1].endswith(",")
            and not any(x.lower() in _FINITE_AUX for x in words[i + 2 :])
            and not _past_verb_ahead(words, i + 2)
        ):
            planned, verb_at = True, i  # "with production expected to move": a plan
            break
        if (
            nxt == "by"
            and _verbs.is_participle(w)
            and prev not in _DETERMINERS
            and not after[:1].isdigit()  # "Members voted by 70% to 30%": no agent
        ):
            head_end = head_end or i
            continue  # "an expedition led by Ballard found it": a reduced passive
        if (
            nxt == "to"
            and _verbs.is_participle(w)
            and after.isalpha()
            and after not in _DETERMINERS
            and any(
                words[k].islower() and _verb_base(words[k], words[k - 1].lower()) is not None
                for k in range(i + 3, min(len(words), i + 10))
                if words[k - 1].lower() != "to"
            )
        ):
            head_end = head_end or i
            continue  # "a satellite built to track storms reached orbit": a reduced passive
        if (
            nxt in _REDUCED_NEXT
            and prev not in _DETERMINERS
            and w.endswith(("ed", "en", "ken", "wn", "ght"))
            and (_verbs.participle_base(w) or _verbs.base_of_ed(w)) in _OBJECT_VERBS
            and _past_verb_ahead(words, i + 2)
        ):
            head_end = head_end or i
            continue  # "Spectra obtained with the Keck telescope confirmed it": no object
        before = words[i - 2].lower() if i >= 2 else ""
        if (
            words[i - 1].endswith(",")
            and _verbs.is_participle(w.rstrip(","))
            and not w.endswith(",")
            and any(x.endswith(",") for x in words[i + 1 : i + 8])
        ):
            head_end = head_end or i
            continue  # "Season tickets, priced from £349, go on sale": an appositive
        if (
            (base := _verb_base(words[i], prev, before)) in _verbs.TRANSITIVE_ONLY
            and _verbs.is_participle(w.rstrip(",;:"))
            and (nxt in _PASSIVE_NEXT or words[i].endswith((",", ";", ":")))
        ):
            verb_at = i  # "Final track section laid": a headline passive, no object
            break
        if base is not None:
            plural = _is_plural(words[: head_end or i])
            active_past = True  # "shut down early and stranded": the "and" verb tells
            words[i] = _with_tail(_present(base, plural), words[i])
            verb_at = i
            break
        if (
            words[i].islower()
            and _verbs.present_base(w.rstrip(",;"))
            and prev not in _DETERMINERS
            and nxt not in _MODALS
            and nxt not in ("will", "shall")
            and not (words[i].endswith(",") and _verbs.is_participle(nxt))  # "Passes, priced"
            # "Energy prices fell": a noun whose next word is the past verb
            and not (
                not words[i].endswith((",", ";", ":"))
                and i + 1 < len(words)
                and (
                    nxt in _verbs.IRREGULAR_PAST
                    or (nxt.endswith("ed") and _verb_base(words[i + 1], w) is not None)
                )
            )
        ):
            verb_at = i  # already present: "The festival runs" (not "Costs will peak")
            break
    if verb_at >= 0:
        words = _cut_second_verb(words, verb_at)
    if active_past:
        _coordinated_present(words, verb_at)
    return " ".join(words), planned


def _who_relative(words: list[str]) -> tuple[int, int] | None:
    """Where a relative clause on the subject opens ("who", among the first five words) and
    where the main clause's auxiliary after it stands, when no comma comes between."""
    opens = next((i for i in range(1, min(len(words), 5)) if words[i] == "who"), None)
    if opens is None:
        return None
    for k in range(opens + 2, min(len(words), opens + 24)):
        if words[k - 1].endswith((",", ";", ":")):
            return None
        if words[k] in ("was", "were", "has", "have", "had", "is", "are", "will"):
            return opens, k
    return None


# Verbs that take an object: a past form followed by a preposition is a participle.
_OBJECT_VERBS = _verbs.TRANSITIVE_ONLY | frozenset(
    """obtain collect gather record measure recover retrieve acquire observe photograph
    detect spot identify donate film take bring send make give write paint carve draw
    buy steal seize""".split()
)
_REDUCED_NEXT = frozenset("with in at from during using under on aboard near off".split())


def _past_verb_ahead(words: list[str], lo: int) -> bool:
    """Whether a finite past verb follows within eight words of ``lo``, with no comma or
    conjunction before it ("... with the Keck telescope confirmed")."""
    for k in range(lo, min(len(words), lo + 8)):
        low = words[k].lower()
        if low in ("and", "or", "but", "that", "which", "who") or words[k - 1].endswith(","):
            return False
        prev = words[k - 1].lower()
        if (
            words[k].islower()
            and prev not in _DETERMINERS
            and prev not in _AUXILIARIES
            and (
                low in _verbs.IRREGULAR_PAST_ONLY or (low.endswith("ed") and _verbs.base_of_ed(low))
            )
        ):
            return True
    return False


def _coordinated_present(words: list[str], verb_at: int) -> None:
    """A past verb after "and" goes into the present with the main verb, in place: "passed
    a medical and put pen to paper" -> "passes ... and puts"; a named subject may come
    between ("brought flooding and Storm Bram cut power" -> "... Storm Bram cuts power")."""
    for j in range(verb_at + 2, len(words)):
        if words[j - 1].lower() != "and":
            continue
        if j >= 3 and words[j - 3].lower() in _AUXILIARIES and _verbs.is_participle(words[j - 2]):
            return  # "would be microchipped and vaccinated": the participles of a passive
        k = j
        while k < min(len(words), j + 3) and words[k][:1].isupper() and words[k].isalpha():
            k += 1  # a named subject of its own
        if k >= len(words) or not words[k].isalpha() or not words[k].islower():
            return
        base = _verbs.past_base(words[k])
        if base is None or words[k] in _NOT_VERBS:
            return
        subject = words[j:k] if k > j else words[: max(1, verb_at)]
        words[k] = _present(base, _is_plural(subject))
        return


# Verbs after a comma that resume a main clause ("The race, which was canceled in 2020,
# drew 30,000 runners"; "The festival, which runs in August, will stage opera").
_RESUMING = _verbs.IRREGULAR_PAST_ONLY | frozenset(
    "was were said will would is are has had".split()
)
_ADVERBS = frozenset("first later also never then still once already again just only".split())
_ADJECTIVAL = frozenset("first second third last new old next only most more less".split())
_SUBORDINATORS = frozenset(
    "as when while because after before until once since unless although though".split()
)
# Past forms that are never participles ("took", not "taken"): built once, not per call.
_PAST_NOT_PARTICIPLE = _verbs.IRREGULAR_PAST_ONLY - _verbs.IRREGULAR_PARTICIPLE.keys()


_FINDING_VERBS = frozenset(
    "find show reveal suggest conclude confirm announce hope fear believe think".split()
)


# Verbs a participle completes as an adjective ("stay closed", "remain shut").
_COPULAR = frozenset(
    """be been being get got stay stays remain remains become becomes seem seems appear
    appears look looks keep keeps""".split()
)


def _cut_second_verb(words: list[str], verb_at: int) -> list[str]:
    """A second finite verb with no conjunction before it starts another clause:
    "Moscow meddled in the 2016 election soured relations" ends at "election"; after a
    subordinator it is put in the present too ("as cheaper imports took over")."""
    subordinator = -1
    if _verbs.present_base(words[verb_at].lower()) in _FINDING_VERBS:
        return words  # "Report finds the roof needed urgent repairs": a complement clause
    if verb_at + 1 < len(words) and (
        words[verb_at + 1].lower() in ("is", "are", "was", "were")
        or words[verb_at + 1] in _PAST_NOT_PARTICIPLE
    ):
        # "a consultation launched in 2020 drew 600 responses": two finite verbs in a row.
        return words[: verb_at + 1]
    if (
        verb_at + 2 < len(words)
        and words[verb_at + 1].lower().endswith("ing")
        and words[verb_at + 2].lower() in ("is", "are", "was", "were")
    ):
        # "a satellite that stopped working years ago is expected to": "stops working"
        return words[: verb_at + 2]
    for j in range(verb_at + 1, min(len(words), verb_at + 12)):
        low = words[j].lower()
        if words[j - 1].endswith(",") and (
            low in _RESUMING or (low.endswith("ed") and _verbs.base_of_ed(low) is not None)
        ):
            words[j - 1] = words[j - 1].rstrip(",")
            return words[:j]
    if verb_at + 1 < len(words) and words[verb_at + 1].lower() in _SUBORDINATORS:
        subordinator = verb_at + 1  # "closed when services moved": right after the verb
    for j in range(verb_at + 2, len(words)):
        prev = words[j - 1].lower()
        low = words[j].lower()
        if low in _SUBORDINATORS:
            subordinator = j
        if prev in ("and", "or", "but", "to", "had", "has", "have", "was", "were", "is", "are"):
            continue
        if prev in _ADJECTIVAL:
            continue  # "the first combined products": a participle used as an adjective
        if prev.endswith(("'s", "’s", "s'")) and j + 1 < len(words) and words[j + 1].islower():
            continue  # "a farmer's severed arm": an adjective after a possessive
        if "-" in prev and words[j - 2].lower() in ("a", "an", "the"):
            continue  # "a state-run paid leave program": an adjective after a compound one
        if prev.endswith("ly") and words[j - 2].lower() in ("be", "been", "being", "was", "were"):
            continue  # "to be formally dissolved"
        perfect = (
            low in ("has", "have")
            and j + 1 < len(words)
            and _verbs.participle_base(words[j + 1].lower()) is not None
        )  # "the country will go to the polls has set off a sprint"
        finite = (
            perfect
            or low in ("was", "were", "will", "said", "is", "are")
            or (
                (low.endswith("ed") or low in _verbs.IRREGULAR_PAST)
                and _verbs.IRREGULAR_PAST.get(low) != low
            )
        )
        if not (
            finite
            and (
                perfect
                or low in ("was", "were", "will", "said", "is", "are")
                or _verb_base(words[j], prev) is not None
            )
            and prev not in _COPULAR
            and _verbs.participle_base(prev) is None
        ):
            continue
        if prev.endswith(","):
            break
        if subordinator > verb_at and j - subordinator <= 4 and low not in ("was", "were"):
            base = _verb_base(words[j], prev)
            if (
                base is not None
                and not (j + 1 < len(words) and words[j + 1].lower() == "by")
                and prev not in _AUXILIARIES  # "while barriers are repaired": a passive
            ):
                words[j] = _present(base, _is_plural(words[subordinator + 1 : j]))
            continue
        if (
            subordinator > verb_at
            and j - subordinator <= 4
            and words[subordinator].lower() in ("unless", "although", "though")
            and j + 1 < len(words)
            and _verbs.is_participle(words[j + 1].lower())
        ):
            # "strike unless the plan was dropped": "unless the plan is dropped"
            words[j] = "are" if _is_plural(words[subordinator + 1 : j]) else "is"
            continue
        if j - verb_at >= 3 or (perfect and j - verb_at == 2):
            joined = [i for i in range(verb_at + 1, j - 1) if words[i].lower() in ("and", "but")]
            if joined and j - joined[-1] <= 4 and _opens_subject(words[joined[-1] + 1]):
                # "FTX collapsed and its founder was later jailed": the second clause's
                # subject goes with it
                return words[: joined[-1]]
            if prev in ("it", "they", "he", "she", "we", "you"):
                return words[: j - 1]  # "much of the money it held": a clause of its own
            that_at = [i for i in range(verb_at + 1, j - 1) if words[i].lower() == "that"]
            if that_at:
                main = words[verb_at].lower()
                if (_verbs.present_base(main) or main) in _SAYING_VERBS:
                    return words  # "Officials say that prices rose": what they say
                return words[: that_at[-1]]  # "backs the plan that the mayor proposed"
            return words[:j]
        break
    return words


# Verbs whose "that" clause is what the headline reports ("Officials say that prices rose").
_SAYING_VERBS = frozenset(
    """say tell claim announce warn argue report insist admit deny predict state add confirm
    reveal believe think expect estimate agree decide rule note""".split()
)


def _opens_subject(word: str) -> bool:
    """Whether ``word`` can open a new clause's subject after "and" ("its", "two", "Smith")."""
    low = word.lower()
    return low in _SUBJECT_DETERMINERS or low in _COUNT_WORDS or word[:1].isupper()


def sentence_case(title: str, text: str) -> str:
    """A Title Case headline in sentence case, keeping words the text capitalises.

    Args:
        title: The headline, e.g. "NASA Rules Out Apophis Impact for at Least a Century".
        text: The article, used to tell proper nouns ("Apophis") from other words.

    Returns:
        The headline with only its first word and proper nouns capitalised.
    """
    words = title.split()
    out = words[:1]
    for word in words[1:]:
        bare = word.strip(_EDGE_PUNCT + ".")
        if bare.isupper() or not bare[:1].isupper():
            out.append(word)
            continue
        lower = bare.lower()
        if re.search(rf"(?<![.!?]\s)(?<!^)\b{re.escape(bare)}\b", text) and not re.search(
            rf"\b{re.escape(lower)}\b", text
        ):
            out.append(word)
        else:
            out.append(word.replace(bare, lower, 1))
    return " ".join(out)


_ING_AFTER_NOUN = re.compile(
    r"\b(?P<prev>[a-z]+)\s(?=(?P<ing>[a-z]{4,}ing)\s+(?:the|a|an|its|their|his|her|\d)\b)"
)
_AUXILIARIES = frozenset("is are was were be been being am has have had do does did".split())


_GERUND_PREPOSITIONS = frozenset("for by after before of without on in".split())


def _has_verb_before(title: str, pos: int) -> bool:
    """Whether a verb comes before ``pos`` in ``title``, after a speaker's "Name: "."""
    colon = title.find(": ", 0, 45)
    words = title[colon + 2 if colon >= 0 else 0 : pos].split()
    return any(
        w == "to"
        or (
            w.islower() and (_looks_finite(w) or _verbs.is_participle(w) or _verbs.is_known_base(w))
        )
        for w in words[1:]
    )


def cut_title(title: str) -> str:
    """``title`` cut at a phrase boundary to at most :data:`MAX_TITLE` characters."""
    return _cut(title, MAX_TITLE)


_PARTICLES = (" over ", " up ", " out ", " off ", " down ", " on ", " in ", " back ")


def _inside_phrase(title: str, at: int) -> bool:
    """Whether the "and" at ``at`` joins words inside one name of three or more capitalised
    words ("the International Science and Engineering Fair"; not "England and Wales")."""
    if not title.startswith(" and ", at):
        return False
    before = title[:at].split(" ")
    after = title[at + 5 :].split(" ", 2)
    return (
        len(before) > 2
        and len(after) > 1
        and all(w[:1].isupper() for w in (*before[-2:], *after[:2]))
    )


def _cut(title: str, limit: int) -> str:
    if len(title) <= limit:
        return title
    colon = title.find(": ", 0, 45)
    if (
        colon > 0
        and (to_be := title.find(" to be ", colon)) > limit - 10
        and to_be - colon < limit - 10
        and not _has_verb_before(title, to_be)
    ):
        # "Zoological Society of London: post-mortem examinations on the dead animals to
        # be carried out": the speaker gives way before the predicate would
        body = title[colon + 2 :]
        return _cut(body[:1].upper() + body[1:], limit)
    best = -1
    for match in re.finditer(
        r",\s|\s[—–]\s|\s(?=(?:with|after|before|while|when|as|including"
        r"|because|despite|amid|following|for|in|at|on|from|during|by|over|near|into|under|across"
        r"|against|between|along|through|towards|toward"
        r"|to|and|but|which|who|unless|although|though|whatever|so\s+that)\s)",
        title,
    ):
        if match.start() <= limit and match.start() >= 25:
            if _inside_phrase(title, match.start()):
                continue  # "International Science and Engineering Fair"
            if title.startswith(" to be ", match.start()) and not _has_verb_before(
                title, match.start()
            ):
                continue  # "ZSL: post-mortem examinations on the dead animals to be carried out"
            best = match.start()
    for match in _ING_AFTER_NOUN.finditer(title):
        # "a festival marking the 700th anniversary": a participle phrase after a noun
        at = match.start("ing") - 1
        if (
            best < at <= limit
            and _verbs.base_of_ing(match["ing"]) is not None
            and match["prev"].lower() not in _FUNCTION_WORDS | _AUXILIARIES
        ):
            best = at
    if best < 0:
        cut = title[: limit + 1]
        best = cut.rfind(" ")
        if best < limit // 2:
            best = limit
    words = title[:best].rstrip(_EDGE_PUNCT).split(" ")
    while len(words) > 3 and words[-1].lower() in _FUNCTION_WORDS:
        words.pop()
    if (
        len(words) > 5
        and words[-2].lower() in _GERUND_PREPOSITIONS
        and _verbs.base_of_ing(words[-1].lower())
    ):
        words = words[:-2]  # "fined £96m for failing": the gerund's object was cut off
    if (
        title.startswith(" by ", best)
        and len(words) > 3
        and words[-1].islower()
        and _verbs.is_participle(words[-1])
        and words[-2].lower() not in _AUXILIARIES
        and any(w.islower() and _verbs.present_base(w) for w in words[1:-2])
    ):
        words.pop()  # "The fair takes place led by ...": the participle dangles without its "by"
    if (
        0 < colon < best
        and len(words) >= 2
        and words[-2].lower() == "to"
        and _verbs.is_known_base(words[-1].lower())
        and title.startswith(_PARTICLES, best)
    ):
        # "Mayor: combined authority to take over the 12 busiest school routes whatever
        # ...": the cut leaves "to take" without its particle; the speaker gives way
        body = title[colon + 2 :]
        shorter = _cut(body[:1].upper() + body[1:], limit)
        if len(shorter.split()) > len(words) - len(title[:colon].split()):
            return shorter
    return " ".join(words).rstrip(_EDGE_PUNCT)


_BODY_NAMES = {
    noun: re.compile(rf"\b(?:[A-Z][\w'’-]*\s+){{1,4}}{noun.capitalize()}\b")
    for noun in _names.BODY_NOUNS
}
_REFERENCE = re.compile(
    r"(?:the|our)\s+(?P<noun>[a-z]+)(?=\s+(?!of\s+[A-Z])[a-z]|\s*$)", re.IGNORECASE
)
_CAPITAL_SUBJECT = re.compile(
    r"^(?P<city>" + "|".join(_names.CAPITALS) + r")(?=\s+(?!is\b|was\b)[a-z])"
)
# How far back a coreference looks: bounded, so titles stay linear in the text size.
_REFERENCE_WINDOW = 4000


def shorten_names(title: str) -> str:
    """Name titled people by surname, as headlines do.

    Args:
        title: A headline.

    Returns:
        The headline with "Secretary of State Mike Pompeo" written "Pompeo".
    """
    if _NAME_AFTER_SPACE.search(title) is None:
        return title  # a titled name has a capitalised name after a space: none here
    return _names.TITLED_NAME.sub(lambda m: _names.surname(m["name"].split()), title)


def resolve_reference(text: str, pos: int, phrase: str) -> str | None:
    """The name that a definite role or body ("the secretary", "the council") refers to.

    Args:
        text: The document text.
        pos: Where the phrase stands; only text before it is searched.
        phrase: The phrase, starting with "the".

    Returns:
        The surname of the nearest person introduced with that title ("Secretary of State
        Mike Pompeo" for "the secretary") or the nearest name ending with the body noun
        ("Harwell Borough Council" for "the council"), or None.
    """
    match = _REFERENCE.match(phrase)
    if match is None:
        return None
    noun = match["noun"].lower()
    if noun in _names.ROLE_NOUNS:
        found = _titled_names(text)
    elif noun in _names.BODY_NOUNS:
        found = _body_names(text, noun)
    else:
        return None
    # The nearest match inside the window before ``pos`` that names this noun.
    lo = max(0, pos - _REFERENCE_WINDOW)
    k = bisect.bisect_right(found.ends, pos) - 1
    while k >= 0 and found.matches[k][0] >= lo:
        _, key, name = found.matches[k]
        if noun in key:
            return name
        k -= 1
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class _Matches:
    """Names found in a text, ordered by where they end: (start, key, name)."""

    ends: list[int]
    matches: list[tuple[int, str, str]]


@functools.lru_cache(maxsize=4)
def _titled_names(text: str) -> _Matches:
    found = [
        (m.end(), (m.start(), m["role"].lower(), m["last"]))
        for m in _names.TITLED_NAME_ANYWHERE.finditer(text)
    ]
    return _Matches([e for e, _ in found], [m for _, m in found])


@functools.lru_cache(maxsize=16)
def _body_names(text: str, noun: str) -> _Matches:
    found = [
        (m.end(), (m.start(), noun, re.sub(r"^(?:The|A)\s+", "", m.group())))
        for m in _BODY_NAMES[noun].finditer(text)
    ]
    return _Matches([e for e, _ in found], [m for _, m in found])


def _resolve_subject(text: str, pos: int, title: str) -> str:
    """ "The secretary said ..." -> "Pompeo said ..."; "Moscow denied" -> "Russia denies"."""
    if (ref := _REFERENCE.match(title)) and (name := resolve_reference(text, pos, title)):
        return f"{name}{title[ref.end() :]}"
    if city := _CAPITAL_SUBJECT.match(title):
        return f"{_names.CAPITALS[city['city']]}{title[city.end() :]}"
    return title


def _looks_finite(word: str) -> bool:
    low = word.lower()
    return (
        low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can")
        or low in _MODALS
        or (
            word.islower() and (_verbs.past_base(low) is not None or bool(_verbs.present_base(low)))
        )
    )


_SAY_VERBS = frozenset("say believe think claim argue insist hope fear".split())


def _noun_phrase_before(text: str, lo: int, hi: int) -> str | None:
    """The noun phrase that ends at ``hi`` ("the course record of 2:03:02")."""
    words = text[lo:hi].split()
    if not words:
        return None
    if not any(_looks_finite(w) or w in _SAY_VERBS for w in words) and len(words) <= 8:
        return " ".join(words)
    det = -1
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in ("the", "a", "an", "its", "their", "his", "her", "our"):
            det = i
            if i == 0 or words[i - 1].lower() != "of":
                break
    if det < 0:
        return None
    phrase = words[det:]
    copula = [i for i, w in enumerate(phrase) if w.lower() in ("is", "are", "was", "were")]
    if copula and copula[-1] + 1 < len(phrase):
        phrase = phrase[copula[-1] + 1 :]  # "the UK is minus 27.2C, set at": the complement
    return " ".join(phrase)


_RELATIVE_INSIDE = re.compile(r"\s(?:who|which|that|whose|where)\s")
_PARTICIPLE_HEAD = re.compile(r"(?:(?:first|later|originally|already|once|jointly)\s+)?(\w+)\b")


# "the slump that", "a factory in Ohio that": the noun a restrictive relative hangs on
_RELATIVE_THAT = re.compile(
    r"\b(?P<noun>[a-z][\w'’-]*|(?:in|of|at)\s+[A-Z][\w'’-]*)\s+(?P<that>that)\s+$"
)
# Nouns whose "that" opens a complement ("the fact that ..."), not a relative clause.
_COMPLEMENT_NOUNS = frozenset(
    """fact news claim claims hope hopes fear fears belief idea allegation allegations
    accusation accusations report reports warning warnings sign signs evidence view concern
    concerns argument assurance assurances suggestion suggestions notion chance possibility
    likelihood risk danger proof rumour rumours rumor rumors statement promise announcement
    announcements decision confirmation ruling finding findings expectation expectations
    assumption prospect pledge admission revelation message indication guarantee""".split()
)
_SUBJECT_INSERTION = re.compile(
    r"^(?P<subject>[^,]{2,60}),\s+(?P<insertion>[^,]{2,80},|(?:a|an|the)\s[^,]{2,80}?)\s+"
    r"(?:(?:today|yesterday|also|now|last|first|once|[a-z]+ly)\s+)?"
    r"(?P<verb>[a-z]{2,}ed|was|were|is|are|has|had|will|would|could|may|"
    + _verbs.PAST_ALTERNATION
    + r"|[a-z]{2,}(?=\s+(?:its|their|his|her|the|a|an)\s))\b"
)
_INCLUDING = re.compile(
    r",\s+(?:(?:including|such as|among them)\s[^,]{2,80}|[^,]{2,40}\samong\s(?:them|others)),"
)
_PARENTHETICAL = re.compile(r"\s*\([^()]{0,200}\)")
_LEAD_TIME = re.compile(
    r"^(?:(?:exactly|some|about|nearly|almost)\s+)?(?:(?:[\w-]+\s+){1,3}(?:days?|weeks?|months?"
    r"|years?|decades?|centur(?:y|ies))\s+(?:later|earlier|after\s+[^,]{1,40}|before\s+[^,]{1,40})"
    r"|today|yesterday|tonight|now|(?:earlier\s+|later\s+)?this\s+(?:year|month|week)"
    r"|(?:the\s+)?(?:next|following)\s+(?:day|week|month|year|morning)|in\s+\d{4})\s*,\s*",
    re.IGNORECASE,
)


# ", built by Lunar Vector,", ", which has since repaid its creditors,": an insertion.
_OPENS_INSERTION = re.compile(
    r"(?:which|who|whose|(?:first\s+|later\s+|originally\s+)?[a-z]+(?:ed|en)\s+(?:by|in|on|at"
    r"|from|for|with|as|to|(?:the\s+)?(?:following|next|previous|same|last|that)\s)"
    r"|(?:built|made|run|set|held|known|based|born|owned|led)\s)\b"
)


_SUBJECT_DETERMINERS = frozenset("the a an its their his her our".split())


_TIME_NOUNS = frozenset("morning afternoon evening night day week weekend month year".split())


def _relative_noun(word: str) -> bool:
    """Whether "<word> that" opens a relative clause: a noun, not a verb or adverb."""
    low = word.lower()
    if low in _COMPLEMENT_NOUNS or low.endswith("ly") or low in _FUNCTION_WORDS:
        return False
    if low in ("so", "such", "now", "clear", "sure", "aware", "said", "says", "told", "is"):
        return False
    if low in _TIME_NOUNS:
        return False  # "announced on Wednesday evening that ...": a time, then a complement
    return _verbs.past_base(low) is None and _verbs.present_base(low) is None


def _with_antecedent(antecedent: str, clause: str) -> str:
    """Put a relative clause's antecedent back: "<the slump> started ..." as subject, or
    "residents approved <a project> in 2021" as object when the clause has its own subject."""
    words = clause.split()
    for i, raw in enumerate(words[:5]):
        word = raw.strip(_EDGE_PUNCT + ".")
        if _looks_finite(word) or (word.islower() and _verbs.is_participle(word)):
            if all(w.lower() in _ADVERBS or w.endswith("ly") for w in words[:i]):
                return f"{antecedent} {clause}"  # "who first won his seat"
            j = i + 1
            if (
                word.lower() in ("was", "were", "is", "are", "has", "have", "had")
                and j < len(words)
                and words[j].islower()
                and _verbs.is_participle(words[j].strip(_EDGE_PUNCT + "."))
            ):
                if _verbs.participle_base(words[j].strip(_EDGE_PUNCT + ".")) not in _GIVE_VERBS:
                    return clause  # "such an outcry that the plan was dropped": no gap
                j += 1  # "which Metro was awarded in March": "Metro was awarded a grant"
            while j < len(words) and words[j].lower() in ("up", "off", "down", "out", "over"):
                j += 1
            if _LEAD_ARTICLE.match(antecedent):
                antecedent = antecedent[0].lower() + antecedent[1:]  # an object: "backs the plan"
            return " ".join([*words[:j], antecedent, *words[j:]])
    return f"{antecedent} {clause}"


# Verbs with two objects, whose passive still takes one: "a grant, which Metro was awarded".
_GIVE_VERBS = frozenset("award give offer grant send pay promise hand lend sell show".split())
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)


# A person and where they live, before the town: "Ann Lee of Mill Lane" (", Harwick,").
_ADDRESS_OF = re.compile(r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) of [A-Z][^,]*$")


_NAME_COMMA_VERB = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s+"
    r"(?=(?:[a-z]+ly\s+)?[a-z]{3,}ed\s[^,]*$)"
)
_AT_THE_EARLIEST = re.compile(r",?\s+at\s+the\s+(?:very\s+)?(?:earliest|latest)\b")


def _tidy(title: str) -> str:
    """Drop what a headline leaves out: parentheticals, "including ..." lists, an
    insertion between subject and verb, and a leading time adverbial ("Today,")."""
    title = _PARENTHETICAL.sub("", title)
    title = _AT_THE_EARLIEST.sub("", title)  # "finish counting at the earliest"
    title = _NAME_COMMA_VERB.sub(r"\g<name> ", title)  # "Tom Greaves, resigned": no comma
    title = _AGE_APPOSITION.sub("", title)  # "The men, aged 24, 31 and 45, were arrested"
    title = _INCLUDING.sub("", title)
    title = _LEAD_TIME.sub("", title)
    if (
        (ins := _SUBJECT_INSERTION.match(title))
        and _looks_finite(ins["verb"])
        and not (
            # "the scaffolding came down, the Chronicle called ...": a clause, not a subject
            any(_looks_finite(w) for w in ins["subject"].split()[1:])
            and not _RELATIVE_WORD.search(ins["subject"])
        )
        and ins["subject"].split()[0].lower()
        not in (_FUNCTION_WORDS - _SUBJECT_DETERMINERS)
        | {"across", "during", "under", "despite", "amid", "within", "without", "following"}
        and (
            not any(_looks_finite(w.strip(",")) for w in ins["insertion"].split())
            or _OPENS_INSERTION.match(ins["insertion"]) is not None
        )
    ):
        subject = ins["subject"]
        named = ins["insertion"].rstrip(",").split()
        if (address := _ADDRESS_OF.match(subject)) and all(w[:1].isupper() for w in named):
            subject = address["who"]  # "Ann Lee, 59, of Mill Lane, Harwick, was jailed"
        elif (
            len(named) == 1
            and named[0][:1].isupper()
            and len(subject.split()) == 2
            and subject.split()[0].lower() in ("her", "his", "their", "my", "our")
        ):
            subject = f"{subject} {' '.join(named)}"  # "Her husband, Len, died": both
        elif len(named) <= 4 and all(w[:1].isupper() or w.isdigit() for w in named):
            subject = " ".join(named)  # "The last crew, Apollo 17, left": "Apollo 17 leaves"
        title = f"{subject} {title[ins.start('verb') :]}"
    return title


_OBJECT_RELATIVE = re.compile(
    r"\b(?:a|an|the)\s+(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?P<verb>[a-z]{3,})\s+"
    r"(?:(?:on|in|at|during)\s+(?:the\s+)?)?$"
)


# "a £3,000 grant the town council gave it in March": a noun phrase, then a subject with
# "the" and a past verb (and perhaps a pronoun object) right before the date.
_CONTACT_RELATIVE = re.compile(
    r"(?<![\w'’])(?:[Aa]n?|[Tt]he)\s+"
    r"(?P<obj>(?:(?:[£$€]?\d[\d,.]*[a-z]*|(?!(?:the|an?)\s)[a-z][\w-]*)\s+){0,2}"
    r"(?!(?:the|an?)\s)[a-z][\w-]*)\s+"
    r"[Tt]he\s+(?P<who>(?:(?!(?:the|an?)\s)[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    r"(?P<verb>[a-z]{3,})\s+(?:(?:it|them|him|her|us|me)\s+)?"
    r"(?:(?:on|in|at|during)\s+(?:the\s+)?)?$"
)
# A head noun that is a time or a manner, not what the verb acts on ("the day the council
# voted in 2019", "the way the board handled it in May").
_NOT_CONTACT_HEAD = frozenset(
    "day days year years week weeks month months time times moment night morning evening "
    "afternoon season way reason place point".split()
)


_CONTACT_PREPOSITIONS = frozenset(
    """between among against through under over beyond within without behind beside toward
    towards into onto upon via per like near since during despite amid""".split()
)


def _not_contact_word(word: str) -> bool:
    """A word a plain noun phrase does not hold: a function word, a verb, a conjunction."""
    return (
        word in _FUNCTION_WORDS
        or word in _SUBORDINATORS
        or word in _AUXILIARIES
        or word in _HEAD_ENDS
        or word in _CONTACT_PREPOSITIONS
        or _looks_finite(word)
    )


def _object_relative(text: str, sentence: Span, start: int) -> str | None:
    """A date inside a reduced object relative: "under a law Gov. Jared Polis signed on
    Monday" gives "Polis signs law"; "a grant the town council gave it in March" gives
    "Town council gives the grant"."""
    found = _OBJECT_RELATIVE.search(text, max(sentence.start, start - 90), start)
    if found is None:
        contact = _CONTACT_RELATIVE.search(text, max(sentence.start, start - 90), start)
        if (
            contact is None
            or contact["obj"].split()[-1] in _NOT_CONTACT_HEAD
            or any(_not_contact_word(w) for w in contact["obj"].split())
            or any(_not_contact_word(w) for w in contact["who"].split())
            or contact["verb"] in _REPORT_VERBS
        ):
            return None
        base = _verbs.past_base(contact["verb"])
        if base is None or _verbs.present_base(contact["verb"]) is not None:
            return None
        who = contact["who"]
        verb = _present(base, _is_plural(who.split()))
        return f"{who[:1].upper()}{who[1:]} {verb} the {contact['obj']}"
    if found["obj"].split()[-1] in _FUNCTION_WORDS:
        return None
    if found["verb"] in _REPORT_VERBS and text[max(0, found.start() - 3) : found.start()].rstrip(
        " "
    ).endswith(","):
        return None  # "..., the regulator Ofwat announced on Tuesday": who reports it
    base = _verbs.past_base(found["verb"])
    if base is None or _verbs.present_base(found["verb"]) is not None:
        return None
    who = shorten_names(found["who"])
    return f"{who} {_verbs.third_person(base)} the {found['obj']}"


_REPORT_VERBS = frozenset(
    "announced said confirmed reported revealed stated added disclosed told warned".split()
)
_APPOSITIVE_HE_SHE = re.compile(r"(?:[^,]{1,60},\s+)?(?:he|she)\s+[a-z]")


def _participial(text: str, sentence: Span, start: int, end: int, absolute: bool) -> str | None:
    """A date inside a participial phrase: "the tax, approved by voters in 2004, is ..."."""
    lo, hi = sentence.start, sentence.end
    first = _CAPITAL_WORD.match(text[lo:start])
    born_she = (
        first is not None
        and first[1] == "Born"
        and (after_comma := text.find(", ", end, hi)) >= 0
        and _APPOSITIVE_HE_SHE.match(text, after_comma + 2, hi) is not None
    )  # "Born in Redruth in 1934, the daughter of a miner, she trained"
    if first and (born_she or _verbs.is_participle(first[1])) and "," not in text[lo:start]:
        # "Founded in 1949 by lecturers, the festival has grown": the subject follows.
        comma = text.find(", ", end, hi)
        if comma < 0:
            return None
        head = _subject_before(text, Span(comma + 2, hi), hi)
        if _APPOSITIVE_HE_SHE.match(text, comma + 2, hi) and (person := _main_person(text, lo)):
            head = person  # "Born in Redruth in 1934, the daughter of a miner, she trained"
        if head is None:
            return None
        phrase = _without_date(text, Span(lo, comma), start, end, absolute)
        phrase = _RELATIVE_INSIDE.split(phrase, maxsplit=1)[0].strip(_EDGE_PUNCT)
        return f"{head} {phrase[:1].lower()}{phrase[1:]}"
    comma = text.rfind(", ", lo, start)
    if comma < 0:
        return None
    head_word = _PARTICIPLE_HEAD.match(text, comma + 2, start)
    if head_word is None or not _verbs.is_participle(head_word[1]):
        return None
    if not head_word[1].islower() or text.find(",", comma + 2, start) >= 0:
        return None
    close = text.find(", ", end, hi)
    if close >= 0:
        after = text[close + 2 : hi].split()
        if len(after) > 1 and (after[0] in _SUBJECT_ADVERBS or after[0] in _NEAR_ADVERBS):
            after = after[1:]  # "..., nearly folded in the 2010s"
        # An insertion is followed by the main verb ("..., showed"), or ends a clause
        # that has its own verb ("threatened the record, set by Mutai in 2011, but ...").
        insertion = bool(after) and _looks_finite(after[0].strip(_EDGE_PUNCT))
    else:
        insertion = False
    before_words = text[lo:comma].split()
    opened = text.find(", ", lo, comma)
    if opened >= 0 and _OPENS_INSERTION.match(text, opened + 2, comma):
        return None  # "The lander, built by Lunar Vector, launched on 15 February"
    if not insertion and not any(_looks_finite(w) for w in before_words):
        return None  # "Hale, 54, pleaded guilty in 2020": the participle is the main verb
    if _last_relative(text, lo, comma) is not None:
        return None  # "Residents, many of whom lost their homes, marched on Saturday"
    if (named := _NAME_APPOSITIVE.match(text, lo, start)) and named.start("verb") <= comma + 2:
        return None  # "Harold Benning, a pianist ..., died on Saturday": the main verb
    head = _noun_phrase_before(text, lo, comma)
    if (that := _SUBJECT_THAT.match(text, lo, comma)) and _looks_finite(that["verb"]):
        # "The trust that runs the canal, founded in 1971, ...": the trust was founded.
        head = _noun_phrase_before(text, lo, that.end("np")) or head
    if head is None:
        return None
    lo_part, hi_part = comma + 2, close if close >= 0 else hi
    for second in _SECOND_PARTICIPLE.finditer(text, lo_part, hi_part):
        # "set at Braemar in 1895 and equalled in 1982": the participle of the date's part
        if second.end() <= start:
            lo_part = second.end()
        else:
            hi_part = min(hi_part, second.start())
            break
    phrase = _without_date(text, Span(lo_part, hi_part), start, end, absolute)
    phrase = _RELATIVE_INSIDE.split(phrase, maxsplit=1)[0]
    if (named := _ROLE_THEN_NAME.search(head)) and not phrase.startswith("by "):
        # "the sitting MP, Tom Greaves, resigned in January": the name did it, no role
        # and no stray comma ("Tom Greaves resigned"; but "the plan's author, Ann Lee,
        # named by ..." is left as it was)
        head = named["name"]
        verb, _, rest = phrase.strip(_EDGE_PUNCT).partition(" ")
        if (base := _verbs.past_base(verb)) is not None:
            phrase = f"{_verbs.third_person(base)} {rest}"  # headline tense: "resigns"
    return f"{head} {phrase.strip(_EDGE_PUNCT)}"


# A role and the name in apposition to it, ending where a verb would follow.
_ROLE_THEN_NAME = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+"
    r"(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)$"
)


_NEAR_ADVERBS = frozenset("nearly almost quickly soon briefly narrowly".split())
# A sentence's subject with a restrictive relative: "The trust that runs the canal".
_SUBJECT_THAT = re.compile(
    r"\s*(?P<np>(?:The|A|An|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:that|which|who)\s+"
    r"(?P<verb>[a-z]+)\b"
)
_OBJECT_OF = frozenset("by with under to of from".split())
_REDUCED_PARTICIPLE = re.compile(r"(?<=[a-z] )(?P<pp>[a-z]+)\s+(?:in|on)\s+$")


def _reduced_relative(text: str, sentence: Span, start: int, end: int) -> str | None:
    """A date that ends a sentence inside a participle after a noun, with no commas: "...
    below the threshold set by U.S. government guidelines adopted in 1995" -> "U.S.
    government guidelines adopted"; the clause before has a finite verb of its own."""
    found = _REDUCED_PARTICIPLE.search(text, max(sentence.start, start - 30), start)
    if found is None or text[end : sentence.end].strip(" .\n"):
        return None
    participle = found["pp"]
    if not participle.endswith("ed") or not _verbs.is_participle(participle):
        return None
    words = text[sentence.start : found.start()].split()
    if not words or words[-1].lower() in _AUXILIARIES or words[-1].lower() in _MODALS:
        return None  # "the tax was adopted in 2004": a passive, the main verb
    phrase: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if word.endswith((",", ";")) or low in _FUNCTION_WORDS:
            break
        if low in _PRONOUN_START:
            return None  # "a back injury he suffered in May": an object relative
        if phrase and _looks_finite(word):
            break  # the head before the participle is a noun ("rules"), the rest may not be
        if low.endswith("ly") or low in _ADVERBS or _verbs.is_participle(low):
            return None
        phrase.insert(0, word)
    if not phrase or len(phrase) > 5 or not phrase[-1][:1].islower():
        return None
    before = words[: len(words) - len(phrase)]
    if before and before[-1].lower() in ("a", "an", "the", "its", "their", "his", "her"):
        before = before[:-1]  # "under a plan announced in March": the plan announced
    if not before or before[-1].lower() not in _OBJECT_OF:
        return None  # only a preposition's object: "set by ... guidelines adopted in 1995"
    if not any(_looks_finite(w) for w in words[: len(words) - len(phrase)]):
        return None
    return f"{' '.join(phrase)} {participle}"


_SECOND_PARTICIPLE = re.compile(r"\s+and\s+(?=(?:later\s+|then\s+)?[a-z]+(?:ed|en)\s)")
_DEMONYM_GERUND = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?P<ger>[a-z]{3,}ing)\s+(?P<prep>in|into|with|on|against)\s+the\s+$"
)
_THE_LAST = frozenset(("the",))  # what _DEMONYM_GERUND ends with: see may_end_with
_NP_END = re.compile(
    r"\s+(?:and|but|or|which|that|who|where|when|as|after|before)\b|[,;:]|\.(?=\s+[A-Z]|\s*$)|$"
)
_EVENT_NOUN = re.compile(
    r"\s*(?P<noun>[a-z]+)\s+of\s+(?P<np>[^,;.]{2,60}?)"
    r"(?=\s+(?:that|which|who|and|but|in|on|at|by|during|when|after|before)\b|[,;.]|$)"
)


_GERUND_OF = re.compile(
    r"\bthe\s+(?P<ger>[a-z]{3,}ing)\s+of\s+(?P<np>(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:in|on|at|during)\s+$"
)
_GERUND_OF_LAST = frozenset(("in", "on", "at", "during"))


def _attributive_event(text: str, sentence: Span, start: int, end: int) -> str | None:
    """A date naming an event noun: "Russian meddling in the 2016 election",
    "the 2019 collapse of a freight bridge"."""
    before = text[max(sentence.start, start - 80) : start]
    if (
        may_end_with(before, 0, len(before), _THE_LAST)
        and (dem := _DEMONYM_GERUND.search(before))
        and dem["dem"] in _names.DEMONYMS
    ):
        base = _verbs.base_of_ing(dem["ger"])
        if base is not None:
            stop = _NP_END.search(text, end, sentence.end)
            noun_phrase = text[start : stop.start() if stop else sentence.end]
            country = _names.DEMONYMS[dem["dem"]]
            return f"{country} {_verbs.third_person(base)} {dem['prep']} the {noun_phrase}"
    if may_end_with(before, 0, len(before), _GERUND_OF_LAST) and (
        (gerund := _GERUND_OF.search(before)) and (base := _verbs.base_of_ing(gerund["ger"]))
    ):
        participle = _verbs.participle_of(base)
        if participle is not None and not _looks_finite(gerund["np"].split()[-1]):
            return f"{gerund['np']} {participle}"  # "the shooting of a clerk in August 1997"
    if may_end_with(before, 0, len(before), _DEFINITE_LAST) and _DEFINITE_END.search(before):
        event = _EVENT_NOUN.match(text, end, sentence.end)
        if event and (verb := _names.EVENT_NOUNS.get(event["noun"])):
            return f"{event['np']} {verb}"
    return None


_UNACCEPTABLE = re.compile(
    r"^(?:any\s+|further\s+|such\s+)?(?P<np>.{3,80}?)\s+(?:would|will|is|was|were)\s+"
    r"(?:be\s+|remain\s+)?(?:unacceptable|intolerable|not\s+(?:be\s+)?tolerated)\b"
)
_UNACCEPTABLE_WORD = re.compile("unacceptable|intolerable|tolerated")  # in every match
_FRAME_GAP = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:that\s+)?")
_IF_CLAUSE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\s+(?P<cond>[^,;.]{3,120}),\s+(?P<cons>[^.;]{3,200})"
)
_ANAPHOR = re.compile(r"\b(?:in|with|doing|do|did|does)\s+(?:that|so|it|this)\b")
_ACTIVITY = re.compile(
    r"\b(?P<np>[a-z]+(?:ence|ance|tion|sion|ment|ing)\s+(?:in|of|on|with|against)\s+"
    r"(?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+)(?=\s+(?:is|are|was|were|would|will|has|had)\b)"
)
_REPORT_FRAME = re.compile(
    r"(?P<who>(?:[A-Z][\w.'’-]*|the|The)(?:\s+[\w.'’-]+){0,4}?)\s+(?:said|says|told|warned"
    r"|stressed|insisted)\b"
)


def _reporter(text: str, sentence: Span) -> str | None:
    """Who speaks in "The secretary said he had told Lavrov that ...", resolved."""
    frame = _REPORT_FRAME.match(text, sentence.start, sentence.end)
    if frame is None:
        return None
    who = frame["who"]
    if who.lower().startswith("the "):
        return resolve_reference(text, sentence.start, who)
    return shorten_names(who)


def _warning(
    text: str, sentence: Span, clause: Span, start: int, end: int, speaker: str | None
) -> str | None:
    """A speaker who calls something unacceptable, or says what would follow if it
    happened, warns against it: "Pompeo warns against interference in the 2020 election"."""
    # _UNACCEPTABLE needs one of its words in the clause: only then is the frame looked for.
    if _UNACCEPTABLE_WORD.search(text, clause.start, clause.end):
        body_start = clause.start
        if frame := _REPORT_FRAME.match(text, clause.start, clause.end):
            # "The secretary said any interference ...": the frame without "that".
            body_start = frame.end()
            if gap := _FRAME_GAP.match(text, body_start):
                body_start = gap.end()
        body = text[body_start : clause.end]
        bad = _UNACCEPTABLE.match(body)
        if bad and body_start <= start < body_start + bad.end("np"):
            who = speaker or _reporter(text, sentence)
            if who:
                return f"{who} warns against {bad['np']}"
    cond = _IF_CLAUSE.search(text, sentence.start, sentence.end) if speaker else None
    if (
        speaker
        and cond is not None
        and cond.start("cond") <= start < cond.end("cond")
        and re.search(r"\b(?:would|will)\b", cond["cons"])
        and _ANAPHOR.search(cond["cond"])
    ):
        activity = None
        for found in _ACTIVITY.finditer(text, max(0, sentence.start - 400), sentence.start):
            activity = found["np"]
        if activity is not None:
            return f"{speaker} warns against {activity} in {text[start:end]}"
    return None


def _verbal(word: str) -> bool:
    low = word.lower().strip(_EDGE_PUNCT + ".")
    return _looks_finite(low) or _verbs.is_known_base(low) or _verbs.past_base(low) is not None


_AGE_APPOSITION = re.compile(
    r",\s+(?:aged\s+|ages\s+)?\d{1,3}(?:(?:,\s+|,?\s+and\s+)\d{1,3})*(?:,|(?=\s+[a-z]))"
)


_BARE_SUBJECT = re.compile(r"(?:[Tt]he\s+)?(?P<noun>[a-z]{3,})\s+(?=[a-z])")


_NOT_FUNCTION = r"(?!(?:the|a|an|of|and|or|in|on|at|to|for|with|by|from|under|after)\b)"


def _expand_definite(text: str, pos: int, title: str) -> str:
    """A short title whose subject is a bare "the warning" takes the fuller first mention
    ("its first red warning for extreme heat") from the text before it."""
    subject = _BARE_SUBJECT.match(title)
    if len(title) >= 30 or subject is None:
        return title
    window = text[max(0, pos - _REFERENCE_WINDOW) : pos]
    if subject["noun"] not in window:
        return title  # the pattern below needs the noun: no pattern is compiled for it
    noun = re.escape(subject["noun"])
    mention = None
    for found in re.finditer(
        # (the words before the noun are its modifiers: no determiner or preposition, so
        # "her leadership the company" is no mention of the company)
        rf"\b(?:a|an|its|their|his|her|our)\s+(?P<np>(?:{_NOT_FUNCTION}[a-z][\w-]*\s+){{1,3}}"
        rf"{noun}"
        rf"(?:\s+(?:for|of|on|over)\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)?)\b",
        window,
    ):
        mention = found["np"]
    if mention is None or len(mention) > 50:
        return title
    return f"{mention}{title[subject.end() - 1 :]}"


def _its_owner(text: str, pos: int, title: str) -> str:
    """ "Its founder dies": the founder's name from an appositive in the sentence ("Its
    founder, the director Tomas Adair, ...") or the owner named by the sentence before
    ("The Fed began ... Its policymakers will meet" -> "Fed's policymakers")."""
    if (hers := _HER_START.match(title)) and (person := _main_person(text, pos)):
        # "Her last exhibition opened in October": the person the text is about
        mark = "'" if person.endswith("s") else "'s"
        return f"{person}{mark} {title[hers.end() :]}"
    its = _ITS_START.match(title)
    if its is None:
        return title
    rest = title[its.end() :]
    named = _ITS_APPOSITIVE.match(text, pos)
    if named is not None and named["noun"] == its["noun"]:
        return f"{its['noun'].capitalize()} {named['name']}{rest}"
    owner = _previous_sentence_subject(text, pos, False)
    if owner is None:
        return title
    owner = _LEAD_ARTICLE_ANY.sub("", owner)
    if len(owner.split()) > 3 or not all(w[:1].isupper() for w in owner.split()):
        return title  # only a name owns it ("The Fed" -> "Fed's policymakers")
    mark = "'" if owner.endswith("s") else "'s"  # "Two Rivers' sales"
    return f"{owner}{mark} {its['noun']}{rest}"


_HER_START = re.compile(r"(?:Her|His)\s+(?=[a-z][\w-]*\s+[a-z])")
_ITS_START = re.compile(r"(?:Its|Their)\s+(?P<noun>[a-z][\w-]*)(?=\s|$)")
_ITS_APPOSITIVE = re.compile(
    r"\s*(?:Its|Their)\s+(?P<noun>[a-z][\w-]*),\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),"
)


def _balance_brackets(title: str) -> str:
    """A title cut inside a parenthetical loses the open bracket and what follows it
    ("Calloway (1936–2024" -> "Calloway"); a stray closing bracket goes; an open quote
    is closed."""
    depth = 0
    opened = -1
    kept: list[str] = []
    for i, char in enumerate(title):
        if char == "(":
            depth += 1
            opened = i if depth == 1 else opened
        elif char == ")":
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    if depth == 0:
        title = "".join(kept) if len(kept) != len(title) else title
    else:
        head = title[:opened].rstrip(_EDGE_PUNCT + " ")
        title = head if len(head.split()) >= 2 else title.replace("(", "", 1)
    if title.count('"') % 2 and re.search(r'(?:^|\s)"\w[^"]*$', title):
        title += '"'  # a quote whose closing mark went with the trailing punctuation
    if title.count("“") > title.count("”"):
        title += "”"
    return title


# "The 26-year-old company": an age says little about a body or a thing in a headline.
_AGE_OF_BODY = re.compile(
    r"\d{1,3}-year-old\s+(?=(?:company|firm|group|business|bank|club|university|college"
    r"|school|charity|chain|retailer|airline|brand|carmaker|maker|manufacturer|newspaper"
    r"|network|building|bridge|station)\b)"
)


_NAME_OF_PLACE = re.compile(
    r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,"
    r" (?P<verb>[a-z]+) "
)
# An opening participle phrase left as the title: "Sentencing Marsh at Maidstone Crown Court".
_SENTENCING_NAME = re.compile(
    r"(?P<ing>[A-Z][a-z]+ing) (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?= (?:at|in|on|to|for) |,)"
)
_PARTICIPLE_INSERT = re.compile(r"(?P<np>[^,]{2,40}), (?P<part>[a-z]+) [^,]{1,40}, (?=[a-z])")
_LEAD_THIS = re.compile(r"(?:This|These)\s+(?P<noun>[a-z][\w'’-]*)\s")
_ALSO = re.compile(r"(?<=[a-z]) also(?= [a-z])")


def _finish(text: str, pos: int, title: str) -> str:
    title = _SPACES.sub(" ", title).strip(_EDGE_PUNCT + ".")
    title = _its_owner(text, pos, _expand_definite(text, pos, title))
    title = _AGE_APPOSITION.sub("", _resolve_subject(text, pos, shorten_names(title)))
    if (home := _NAME_OF_PLACE.match(title)) and _looks_finite(home["verb"]):
        # "Kevin Marsh, 47, of Ashford, admitted": no comma left between subject and verb
        title = f"{home['who']} {title[home.start('verb') :]}"
    if (
        (doing := _SENTENCING_NAME.match(title))
        and (base := _verbs.base_of_ing(doing["ing"])) in _verbs.TRANSITIVE_ONLY
        and (done := _verbs.participle_of(base or "")) is not None
    ):
        # "Sentencing Marsh at Maidstone Crown Court": "Marsh sentenced at ..."
        # ("Sentencing Pell, Creed said ...": the main clause goes whole)
        rest = [] if title[doing.end("who")] == "," else title[doing.end("who") + 1 :].split(" ")
        # "..., the judge said he had shown no remorse": the main clause goes
        cut = next((i for i, w in enumerate(rest) if w.islower() and _looks_finite(w)), None)
        title = " ".join([doing["who"], done, *rest[:cut]])
    if absolute := _WITH_PLANNED.match(title):
        title = title[absolute.end() :]  # "with a masterplan expected to be adopted in 2026"
    if _LEAD_ARTICLE.match(title):
        title = title.split(" ", 1)[1]
    elif (this := _LEAD_THIS.match(title)) and not (
        _verbal(this["noun"]) or re.sub(r"['’]s$", "", this["noun"]) in _TIME_NOUNS
    ):
        title = title[this.start("noun") :]  # "This city first promised": "City first ..."
    title = _ALSO.sub("", title)  # "City also loses a court case": no earlier news to add to
    if (insert := _PARTICIPLE_INSERT.match(title)) and _verbs.is_participle(insert["part"]):
        title = f"{insert['np']} {title[insert.end() :]}"  # "Tickets, priced from £349, go"
    if age := _AGE_OF_BODY.match(title):
        title = title[age.end() :]
    if len(title) > MAX_TITLE:
        title = _without_descriptors(title)
    if len(title) > MAX_TITLE and (relative := _WHO_RELATIVE.search(title)):
        # "rules that a landlord who failed to protect a deposit must pay compensation":
        # the relative clause goes before the news is cut
        title = title[: relative.start()] + title[relative.end("rel") :]
    title = _balance_brackets(_cut(title, MAX_TITLE))
    title = _DANGLING_SO.sub("", _without_fragment(title))
    if (there := _TRAILING_THERE.search(title)) and len(title[: there.start()].split()) >= 3:
        title = title[: there.start()]  # "appointed head of surgery there": where, told before
    if (copula := _TRAILING_COPULA.search(title)) and copula.start() > 0:
        title = title[: copula.start()]  # "Parents' evening is on 26 March": no verb left
        if our := _LEAD_OUR.match(title):
            title = title[our.end() :]  # "Our spring fair is on Saturday": "Spring fair"
    if (named := _SURNAME_IN_S.match(title)) and _verbs.is_known_base(named["verb"]):
        # "Oakes begin diverting money": a surname in -s, not a plural, when the text
        # has it singular ("Graham Oakes, 59,", "Oakes was")
        singular = rf"\b{named['name']}(?:,\s+(?:aged\s+)?\d{{1,3}},|\s+(?:was|is|has)\b)"
        near = text[max(0, pos - _REFERENCE_WINDOW) : pos + 400]
        if re.search(singular, near) or _one_named(near, named["name"]):
            verb = _verbs.third_person(named["verb"])
            title = f"{named['name']} {verb}{title[named.end() :]}"
    return title[:1].upper() + title[1:]


def _one_named(text: str, name: str) -> bool:
    """Whether a name in -s ("Coles") is a person's surname in ``text``: it follows a first
    name after a role or inside a sentence ("Manager Rhian Coles", "said Rhian Coles"),
    never stands after "the" ("the Kestrels") and is no common noun ("rescuers")."""
    if (
        name.lower() in _TEAM_PLURALS
        or re.search(rf"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{name}\b", text)
        or re.search(rf"\b{name.lower()}\b", text)
    ):
        return False
    if any(m["last"] == name for m in _names.TITLED_NAME_ANYWHERE.finditer(text)):
        return True
    return re.search(rf"[a-z,;]\s+[A-Z][a-z]+\s+{name}\b", text) is not None


# "with" that opens an absolute phrase around a plan: "..., with a final masterplan expected
# to be adopted early next year".
# Participles of a plan that head a headline without an auxiliary ("Production expected to
# move to Poland").
_PLAN_PARTICIPLES = frozenset("expected scheduled due set slated poised planned likely".split())
_WITH_PLANNED = re.compile(
    r"[Ww]ith\s+(?=(?:[\w'’£$€%.,-]+\s+){1,5}?(?:"
    + "|".join(sorted(_PLAN_PARTICIPLES))
    + r")\s+to\s)"
)
_FINITE_AUX = _MAIN_AUX | {"have"}  # a later finite verb ends a plan's headline

# A relative clause on a person between its noun and the main clause's modal or auxiliary:
# "a landlord who failed to protect a tenant's deposit must pay".
_WHO_RELATIVE = re.compile(
    r"(?<=[a-z]) who(?P<rel>(?: (?![Ww]ho\b)[\w'’£$€%.-]+){2,12}?)"
    r"(?= (?:must|will|would|should|can|could|may|might|is|are|was|were|has|have|had) )"
)

_TRAILING_COPULA = re.compile(r"\s+(?:is|are|was|were|will\s+be)$")
_LEAD_OUR = re.compile(r"(?:Our|our)\s+(?=\w)")
# "Case to return to court so": "so that ..." was cut after its "so".
_TRAILING_THERE = re.compile(r"\s+(?:there|here)$")
_DANGLING_SO = re.compile(r"\s+so$")
_SURNAME_IN_S = re.compile(r"(?P<name>[A-Z][a-z]+s) (?P<verb>[a-z]+)\b")


# "Veteran Iowa senator and longtime committee chair Margaret Ellison announces ...": the
# words that describe a named person before the name.
_DESCRIBED_NAME = re.compile(
    r"(?P<desc>(?:[\w'’-]+ ){2,12}?)(?P<name>[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2})(?= [a-z]|: )"
)


def _without_descriptors(title: str) -> str:
    """A title too long for :data:`MAX_TITLE` without the descriptors before its subject's
    name, which would push the news past the cut: headlines name a person by name."""
    described = _DESCRIBED_NAME.match(title)
    if described is None:
        return title
    words = described["desc"].split()
    last = words[-1]
    if not last.isalpha() or not last.islower() or last in _FUNCTION_WORDS:
        return title  # "Residents of Mill Lane", "Police arrested Ann Lee": no role noun
    for i, word in enumerate(words):
        low = word.lower()
        if low in _FUNCTION_WORDS and low != "and":
            return title  # "Tickets for the Anna Lee show": a phrase, not a description
        if _verbal(word) and not (i == 0 and _verbs.is_participle(low)):
            return title  # "Police arrested ...": a verb, but "Retired fisherman ..."
    return title[described.start("name") :]


def _without_ing_modifier(title: str) -> str:
    """A title too long for :data:`MAX_TITLE` without the participle phrase that follows its
    subject's head ("New laws giving officers the power to seize dogs came into force" ->
    "New laws came into force"), when a past verb ends the phrase."""
    words = title.split()
    ing = next(
        (
            i
            for i, w in enumerate(words[:5])
            if i and w.endswith("ing") and w.islower() and _verbs.base_of_ing(w)
        ),
        None,
    )
    if ing is None or any(
        w.lower() in _FUNCTION_WORDS - {"and", "the", "a", "an"}
        or w.lower() in _AUXILIARIES
        or _verbs.past_base(w.lower()) is not None
        for w in words[:ing]
    ):
        return title  # "Ofsted published figures showing ...": the verb came first
    for j in range(ing + 2, min(len(words), ing + 16)):
        word = words[j]
        if not word.islower() or not word.isalpha():
            if word.strip(",.") != word:
                return title  # a comma ends the phrase first: an insertion, not a modifier
            continue
        if word in _AUXILIARIES or word in _MODALS:
            return title  # "figures showing that incidents had fallen": a clause of its own
        if _verbs.past_base(word) is not None and _verbs.present_base(word) is None:
            if _verbs.is_participle(word) and word not in _PAST_NOT_PARTICIPLE:
                return title  # "taken", "seized": perhaps still in the phrase
            return " ".join([*words[:ing], *words[j:]])
    return title


def _without_fragment(title: str) -> str:
    """``title`` without a trailing fragment that has no verb: ", four days into its maiden
    voyage"; a lone word left by a cut ("She resigned in December, days" before "after")."""
    tail = title.rfind(", ")
    fragment = title[tail + 2 :].split()[:8]
    if (tail > 12 or (tail > 4 and len(fragment) == 1 and fragment[0].islower())) and not any(
        _verbal(w) for w in fragment
    ):
        return title[:tail]
    return title


@dataclasses.dataclass(frozen=True, slots=True)
class Headline:
    """A title and what building it learned about the event.

    Attributes:
        title: The headline.
        planned: The clause speaks of a planned or expected event.
        reporting: The date only dates a statement ("officials said on Tuesday").
    """

    title: str
    planned: bool
    reporting: bool


_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|speaking|spoke|added|noted|stated|explained|commented"
    r"|wrote|writes)\b(?:\s+(?:to\s+)?[\w'’]+){0,2}\s+(?:on\s+|in\s+an?\s+\w+\s+on\s+)?$"
    # "..., Norwich Crown Court heard on Friday": when the court was told what went before
    r"|,\s+(?:[\w'’]+\s+){0,4}(?:court|jury|jurors|inquest|tribunal)\s+(?:heard|was\s+told"
    r"|were\s+told)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# Words every match of _REPORTING_BEFORE holds (see may_hold).
_REPORTING_WORDS = (
    *"said says told tells speaking spoke added noted stated explained commented".split(),
    *"wrote writes heard".split(),
)


def reporting_date(text: str, sentence: Span, start: int) -> bool:
    """Whether the date at ``start`` dates only a statement ("said on Tuesday").

    Args:
        text: The document text.
        sentence: The sentence holding the date.
        start: Offset of the date.

    Returns:
        True when a reporting verb stands just before the date.
    """
    lo = max(sentence.start, start - 50)
    return may_hold(lowered(text, lo, start), _REPORTING_WORDS) and bool(
        _REPORTING_BEFORE.search(text, lo, start)
    )


def headline(text: str, sentence: Span, start: int, end: int) -> str:
    """A short headline for the event dated by ``text[start:end]`` in ``sentence``.

    Args:
        text: The document text.
        sentence: The sentence holding the date.
        start: Offset of the date.
        end: End offset of the date (of the range's end for a range).

    Returns:
        The title; see :func:`build_headline`.
    """
    return build_headline(text, sentence, start, end).title


_BARE_WHO = re.compile(r"(?<=[a-z])\s+who\s+(?:(?:first|later|also|once)\s+)?(?P<verb>[a-z]+)\b")
_APPOSITIVE_OF = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:a|an|the)\s+[^,]{2,60}$"
)


_WH_CLAUSE_BEFORE = re.compile(r"\b(?:and|or|of|about|on|decide|know|knows|ask|asks)\s$")


def _bare_who(text: str, lo: int, hi: int) -> int | None:
    """Offset of the last " who" without a comma before it ("a man who died") whose verb
    is finite, in ``text[lo:hi]``."""
    found = None
    for match in _BARE_WHO.finditer(text, lo, hi):
        if _WH_CLAUSE_BEFORE.search(text, lo, match.start() + 1):
            continue  # "the level of the charge and who is exempt": a question, no relative
        if _looks_finite(match["verb"]):
            found = match.start() + len(match.group()) - len(match.group().lstrip())
    return found


def _appositive_name(text: str, sentence: Span, pos: int) -> str | None:
    """ "Dana Kirby, a Democrat from Burlington who ...": the name the appositive
    before ``pos`` describes, shortened to the surname."""
    found = _APPOSITIVE_OF.search(text, sentence.start, pos)
    if found is None:
        return None
    return shorten_names(found["name"])


_WITH_ING = re.compile(
    r"^with\s+(?P<np>(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"\s+(?P<ing>[a-z]{3,}ing)\b",
    re.IGNORECASE,
)
_WITH_PARTICIPLE = re.compile(
    r"^with\s+(?=(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?[\w,.£$%-]+"
    r"(?:\s+[a-z][\w-]*){0,3}\s+[a-z]+(?:ed|en|ld|lt|ht|ne|wn|un)$)",
    re.IGNORECASE,
)
_ANNOUNCED_TAIL = re.compile(
    r",\s+(?:(?:its|their|the)\s+)?(?P<who>(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s+"
    r"(?:announced|confirmed)$"
)


# A trailing adverbial that dates the announced happening ("to close in June").
_TRAILING_WHEN = re.compile(
    r"\s+(?:in|on|at|by|from|until|before|after)\s+"
    r"(?:(?:the|end|start|beginning|middle|of|early|late|mid|next|this|last)\s+){0,4}"
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October"
    rf"|{WEEKDAY_ALT}|\d{{4}}|spring|summer|autumn|fall|winter)\b"
    r"[^,;]{0,20}$"
)
_ANNOUNCED_ON = re.compile(r"\b(?:announced|confirmed)\s+(?:on\s+)?$")


def _announcer(title: str) -> str | None:
    """Who announced a clause ("..., its operator announced" -> "Operator"), else None."""
    found = _ANNOUNCED_TAIL.search(title)
    if found is None or any(_looks_finite(w) for w in found["who"].split()):
        return None
    who = found["who"]
    return who[:1].upper() + who[1:]


_PREPOSITION_BEFORE_NP = re.compile(
    r"\s(?:in|at|during|after|before|from|over|under)\s+(?:a|an|the|its|their)\s+[\w-]+$"
)
_AND_BASE = re.compile(r",?\s*and\s+(?P<verb>[a-z]+)\s")
_WOULD_VERB = re.compile(r"\b(?:would|will)\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_SAID_SUBJECT = re.compile(
    r"\s*(?P<who>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}?)\s+(?:said|says|announced|confirmed)\b"
)
_SAID_IT = re.compile(r"\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s")


def _reported_it(text: str, sentence: Span, pos: int) -> str | None:
    """Who "it" is in "Unite said it would fight the closure and called a rally": the
    sayer that opens the sentence, when "it" or "they" follows its reporting verb."""
    sayer = _SAID_SUBJECT.match(text, sentence.start, pos)
    if sayer is None or not _SAID_IT.match(text, sayer.end("who"), pos):
        return None
    return sayer["who"]


_OBJECT_IT_END = re.compile(r"\s+it$")
# "shelved the scheme in 2013": a verb's definite object, before a preposition or a comma.
_DEFINITE_OBJECT = re.compile(
    r"\b(?:[a-z]+(?:ed|t)|" + _verbs.PAST_ALTERNATION + r")\s+"
    r"(?P<np>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?=\s+(?:in|on|at|to|for|"
    r"from|over|after)\b|,)"
)


def _first_object(text: str, lo: int, hi: int) -> str | None:
    """The definite object of the first verb in ``text[lo:hi]`` ("shelved the scheme in
    2013": "the scheme"), else None."""
    found = _DEFINITE_OBJECT.search(text, lo, hi)
    return found["np"] if found else None


_VERB_IT = re.compile(r"(?P<verb>[a-z]+)\s+it(?=\s|$)")
_THEN_VERB = re.compile(r"^then\s+(?=[a-z]+\s)")
_LEAD_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?=[a-z])")
# "Before the cup tie, Harlow return ...": a scene-setting lead without a verb.
_LEAD_SCENE = re.compile(
    r"^(?:before|after|ahead\s+of|following)\s+(?:(?:the|a|an|this|that|their|its|his|her)\s+"
    r"(?:(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+(?=[A-Z])"
    # "After a decade at St Thomas' Hospital in London, she joined ...": a longer scene
    # before a pronoun or a determiner that opens the main clause.
    r"|[a-z][\w'’-]*(?:\s+[\w'’-]+){0,7},\s+(?=(?:the|its|their|he|she|they|we|it)\s))"
    # "After two dry summers, the board ...": a count of things, then the main clause.
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,\s+"
    r"(?=[A-Z]|(?:the|a|an|its|their|his|her|it|he|she|they|we)\s)"
    # "Under the deal, the depot would close ...": the terms, then the main clause.
    r"|under\s+(?:the|a|an|its|their|this|that|these)\s+(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:deal|plan|plans|scheme|proposal|proposals|agreement|terms|rules|changes|contract"
    r"|settlement|law|bill|order|timetable),\s+(?=[A-Za-z]))",
    re.IGNORECASE,
)
_GERUND_START = re.compile(
    r"(?:(?P<sub>before|after|while|since|until)\s+)?(?P<ing>[a-z]{3,}ing)\s+"
)
_REPORTED_PRESENT = {
    "said": "says",
    "says": "says",
    "told": "tells",
    "announced": "announces",
    "confirmed": "confirms",
    "reported": "reports",
}
_SAYS_WORD = re.compile(r"\b(?:said|says|told|tells|added|announced|reported|according)\b")
_CAPITAL_AFTER_VERB = re.compile(r" [A-Z][a-z]")
# Verbs whose passive takes a name after it ("was elected in 2019 and named Mayor").
_NAMING_VERBS = frozenset("name call dub elect appoint crown vote make award".split())
# Verbs with no passive: after "was elected ... and", "resigned" is active.
_INTRANSITIVE = frozenset(
    """retire resign die arrive emigrate immigrate graduate return collapse quit
    vanish disappear happen occur""".split()
)
# Words in -ing that work as prepositions: "..., including a bridge in 2019".
_PREPOSITION_INGS = frozenset(
    """including according following excluding regarding concerning starting beginning
    during notwithstanding pending barring considering involving featuring ending
    totalling totaling amounting bringing""".split()
)
_SUBORDINATOR_END = re.compile(r"\s(?:before|after|while|since|until)\s+$")
_SUBORDINATE_GERUND = re.compile(r"^(?:after|before|since|while|until)\s+(?P<ing>[a-z]{3,}ing)\s+")
_SUBORDINATE_IT = re.compile(r"^(?:since|after|before|when|because|until|while|once)\s+it\s+")
_IT_OWNER = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"(?P<np>(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"\s+(?:had|has|was|is|will|would|could|[a-z]+ed)\b"
)


def _sentence_subject_before(text: str, lo: int, hi: int) -> str | None:
    """The last "the <noun>" subject (a noun phrase before a finite verb) in
    ``text[lo:hi]``: whom a subordinate clause's "it" names."""
    found = None
    for match in _IT_OWNER.finditer(text, lo, hi):
        words = match["np"].split()
        if not any(w in _FUNCTION_WORDS or _verbs.past_base(w) for w in words):
            found = match["np"]
    return found


_NAME_APPOSITIVE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:a|an|the)\s[^;:]{2,160}?,\s+"
    r"(?:(?:also|later|then)\s+)?(?P<verb>[a-z]+)\s"
)


def _appositive_main(text: str, sentence: Span, start: int) -> tuple[str, Span] | None:
    """ "Harold Benning, a pianist whose chords gave sidemen a new sound, died on Saturday":
    the name and the main clause after its appositive; None when the sentence is not so."""
    found = _NAME_APPOSITIVE.match(text, sentence.start, start)
    if found is None:
        return None
    verb = found["verb"]
    if verb not in _MAIN_AUX and _verbs.past_base(verb) is None:
        return None
    return found["name"], Span(found.start("verb"), sentence.end)


_RESUME = re.compile(
    r",\s+(?=(?:was|were|is|are|has|had|have|will|would|could|can|(?P<verb>[a-z]{3,}s))\s)"
)
_JOIN_BEFORE = re.compile(r"(?:,\s+(?:and|but)\s+|;\s+)")


_THAT_BEFORE_CLAUSE = re.compile(r"\s(?:that|who|which)\s+$")


def _resumed_main(text: str, sentence: Span, clause: Span, start: int) -> tuple[str, Span] | None:
    """The subject and the rest of a main clause that resumes after an insertion holding
    the clause's start ("the King's Speech, setting out the programme, is due on 17 July":
    "the King's Speech" and "is due on 17 July"); None when there is no such insertion."""
    resumes = [
        r
        for r in _RESUME.finditer(text, clause.start, start)
        if r["verb"] is None
        or _verbs.present_base(r["verb"])
        or (_verbs.past_base(r["verb"]) and not _verbs.is_participle(r["verb"]))
    ]
    if not resumes:
        return None
    resume = resumes[-1]
    opening = text.rfind(", ", sentence.start, resume.start())
    if (
        opening >= clause.start
        and (that := _THAT_BEFORE_CLAUSE.search(text, sentence.start, clause.start))
        and "," not in text[sentence.start : that.start()]
    ):
        # "The bell that has hung over the gate since 1950, along with the pews, will be
        # sold": the relative clause and the insertion after it end at the resumed verb.
        opening = that.start()
    elif opening < 0 or opening >= clause.start:
        return None  # the clause holds its own subject
    lo = sentence.start
    for join in _JOIN_BEFORE.finditer(text, sentence.start, opening):
        lo = join.end()
    subject = text[lo:opening].split()
    if not 1 <= len(subject) <= 8:
        return None
    if not subject[0][:1].isupper() and subject[0] not in ("the", "a", "an"):
        return None
    if any(w.islower() and _looks_finite(w) for w in subject[1:]):
        return None
    return " ".join(subject), Span(resume.end(), clause.end)


_NP_STARTING = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]+)\s+"
    r"(?:starting|beginning)\s+(?:(?:in|on|from|at)\s+)?$"
)
_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_YEARS_AFTER = re.compile(r"^(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:in\s+)?(?:1[5-9]|20)\d\d\b)+")
_YEARS_BEFORE = re.compile(
    r"(?:\b(?:in|on)\s+)?\b(?:1[5-9]|20)\d\d(?:\s*,\s*(?:1[5-9]|20)\d\d)*\s*(?:,|and|or)\s*$"
)
_LIST_DATE = (
    rf"(?:{WEEKDAY_ALT}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
    r"(?:,?\s+(?:1[5-9]|20)\d\d)?"
)
_DATES_AFTER = re.compile(
    r"^(?:\s*,?\s+(?:and|or)\s+(?:again\s+|then\s+)?(?:(?:on|in)\s+)?" + _LIST_DATE + r")+\b"
)
_DATES_BEFORE = re.compile(
    r"\s+(?:on|in)\s+" + _LIST_DATE + r"(?:,\s+" + _LIST_DATE + r")*"
    r"\s*,?\s+(?:and|or)\s+(?:again\s+|then\s+)?$"
)
# "walkouts at Norda in January and at Alpen Air in February": the other place goes with
# the other date
_PLACE_DATE_AFTER = re.compile(
    r"^\s*,?\s+and\s+(?:at|in|on|from|to)\s+(?:the\s+)?[A-Z][^,;]{0,40}?\s+(?:in|on)\s+"
    + _LIST_DATE
    + r"\b"
)
_HAVE_END = re.compile(r"^\s*(?P<subject>\S.{0,60}?)\s+(?:have|has|had)\s*$")
_THAT_BEFORE = re.compile(r"\bthat\s+$")
# A date that labels a list item or an update, then the item: "1987: The board ...",
# "June 2017 - Ministers ..." (a hyphen only with spaces round it: "2014-15" is a range).
# A verbless lead before a colon ("Good news:", "Travel update:", "Breaking:").
_LEAD_LABEL = re.compile(r"(?P<words>[A-Z][^:.!?\d]{1,40}):\s+(?=[A-Za-z\"“])")
# "- 1987: ", "14:05 - ", "- Monday, Sept. 1 (Labor Day): ": what ends a date's label.
_LABEL_AFTER = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*:\s+|\s+[-–—]\s+)")
_BULLET_ONLY = re.compile(r"[\s*•·–—-]*")
# The end of a list item that is only a date ("- Friday 5 December", "- 6 May;").
_BARE_ITEM_END = re.compile(r"[\s.,;]*")
# A line that leads into a list: it ends with a colon ("Strikes will take place on:").
_LEAD_LINE = re.compile(r"[^\n]*\S:[ \t]*$")
# A list item line: a bullet first.
_ITEM_LINE = re.compile(r"[ \t]*[*•·–—-][ \t]")
# A preposition left at the end of a lead-in line once its list is gone.
_DANGLING_PREPOSITION = re.compile(r"\s+(?:on|in|at|from|by|during|for|between)$")


def _list_lead(text: str, start: int) -> Span | None:
    """The last sentence of the line that leads into the list holding ``start``, when the
    lines between are only list items or blank ("Strikes will take place on:")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM_LINE.match(text, line_start):
        return None
    pos = line_start - 1
    for _ in range(40):
        if pos <= 0:
            return None
        begin = text.rfind("\n", 0, pos) + 1
        if not text[begin:pos].strip() or _ITEM_LINE.match(text, begin):
            pos = begin - 1
            continue
        if not _LEAD_LINE.fullmatch(text, begin, pos):
            return None
        spans = sentences(text[begin:pos])
        if not spans:
            return None
        last = spans[-1]
        colon = text.rindex(":", begin, pos)
        return Span(begin + last.start, colon)
    return None


# A parenthetical in a list item's date label: "- Monday, Sept. 1 (Labor Day): ...".
_LABEL_PAREN = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# A label's dates before a parenthetical that holds the date: "- Monday, Sept. 1 (".
_LABEL_BEFORE_PAREN = re.compile(r"[\s*•·–—-]*(?:[A-Z0-9][\w.,'’-]*[ \t]+){1,4}\(")


def _item_label(text: str, sentence: Span, start: int, end: int) -> re.Match[str] | None:
    """The colon or dash that ends a list item's or an update's date label holding
    ``text[start:end]`` ("- 1987: ...", "14:05 - ...", "- Monday, Sept. 1 (Labor Day): ..."),
    else None."""
    if _BULLET_ONLY.fullmatch(text, sentence.start, start):
        after = end
        if paren := _LABEL_PAREN.match(text, end):
            after = paren.end()  # "Monday, Sept. 1 (Labor Day):"
        return _LABEL_AFTER.match(text, after)
    if _LABEL_BEFORE_PAREN.fullmatch(text, sentence.start, start) and text.startswith(")", end):
        return _LABEL_AFTER.match(text, end + 1)  # "Labor Day" in that parenthetical
    return None


_STARTING = re.compile(r"(?:starting|beginning|commencing|effective)\s+(?:(?:from|on|in|at)\s+)?")
_WEEKDAY_START = re.compile(rf"(?:{WEEKDAY_ALT})\b")
_NEAR_BEFORE = re.compile(r"\b(?:(?:next|last|this|coming|on|by|until)\s+)+$", re.IGNORECASE)


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|expects?|expected|predicted|warned"
    r"|promised|pledged)\b"
)
_SUBJECT_WOULD = re.compile(r"^(?P<subject>(?:\S+\s+){1,6}?)would\s+(?!have\b|be\s+able\b)")
_NOT_SUBJECT = frozenset("that which who whom whose if when because".split())


def _subject_word(word: str) -> bool:
    """Whether ``word`` may stand in the subject before a reported "would": a present form
    in -s is read as a plural noun there ("integration costs would peak")."""
    low = word.lower()
    if low in _NOT_SUBJECT:
        return False
    if not _looks_finite(word):
        return True
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and low not in _AUXILIARIES
        and low not in _MODALS
        and _verbs.past_base(low) is None
    )


def _reported_future(clause: str) -> str:
    """ "the Macon plant would close" in reported speech is the future of then: "will"
    ("would not" is "will not")."""
    found = _SUBJECT_WOULD.match(clause)
    if found is None or not all(_subject_word(w) for w in found["subject"].split()):
        return clause
    return f"{found['subject']}will {clause[found.end() :]}"


_RELATIVE_DATE = re.compile(
    r"(?:last|next|this|yesterday|today|tomorrow|tonight)\b(?!\s+(?:year|season)['’]s)",
    re.IGNORECASE,
)


_AGO_BEFORE = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|exactly|more\s+than)\s+)?(?:\d[\d,]*|an?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:years?"
    r"|decades?|centuries|century|months?|weeks?|days?)\s+ago(?:\s+(?:this|last)\s+(?:week"
    r"|month|year)|\s+today|\s+yesterday)?\s*,?\s*$",
    re.IGNORECASE,
)


# A month name just before a date that starts with its day: "on February 3 and February 5"
# read as "3 and February 5" leaves "February" behind unless it goes with the date.
_MONTH_JUST_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)


# A date that takes no preposition of its own ("last week"): an "on" before it belongs to
# the verb ("switched back on last week").
_PARTICLE_ON_DATE = re.compile(
    r"(?:last|next|this)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall)\b",
    re.IGNORECASE,
)
# A share of a period before its "of": "missed most of September", "for much of 2019".
_SHARE_OF = re.compile(
    r"(?:\b(?:for|in|during|through|throughout|over)\s+)?"
    r"\b(?:most|much|all|part|half|the\s+(?:rest|bulk|remainder))\s+$",
    re.IGNORECASE,
)


_PART_OF_DAY_OF = re.compile(
    r"\s(?:on|in|during)\s+the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+$",
    re.IGNORECASE,
)


def _without_date(text: str, clause: Span, start: int, end: int, absolute: bool) -> str:
    if text[start : start + 1].isdigit() and (
        month := _MONTH_JUST_BEFORE.search(text[max(clause.start, start - 12) : start])
    ):
        start -= len(month.group())
    before = text[clause.start : start]
    if part := _PART_OF_DAY_OF.search(before, max(0, len(before) - 40)):
        before = before[: part.start()] + " "  # "set off on the morning of 3 August"
    after = text[end : clause.end]
    if after.startswith(("'s", "’s")):
        return text[clause.start : clause.end]
    if _TRAILING_REPORT.fullmatch(after.rstrip(" .")):
        after = ""  # "cited it for 14 violations last year, records show"
    # Both patterns end at "$": searching only the tail keeps the cost per date bounded.
    tail = max(0, len(before) - 60)
    prep = (
        _PREPOSITION.search(before, tail)
        if may_end_with(before, tail, len(before), _PREPOSITION_LAST)
        else None
    )
    if (
        prep is not None
        and prep.group().lower().rstrip().endswith(" the")
        and not (_AFTER_ADVERBIAL.match(after) or not after.strip())
    ):
        prep = None  # "in the 2016 U.S. presidential election": the year names the election
    if prep is None and _THAT_BEFORE.search(before, tail) and _AFTER_ADVERBIAL.match(after):
        prep = _THAT_BEFORE.search(before, tail)  # "pulled an update that October."
    if (
        prep is not None
        and prep.group().lower().startswith("on")
        and _PARTICLE_ON_DATE.match(text, start, end)
    ):
        prep = None  # "switched back on last week": "on" is the verb's, not the date's
    if (
        prep is not None
        and prep.group().lower().startswith("of")
        and _SHARE_OF.search(before[: prep.start()], tail)
    ):
        # "missed most of September": the object is the share of the month, kept whole
        return text[clause.start : clause.end]
    attributive = (
        prep is None
        and not _RELATIVE_DATE.match(text, start, end)  # "came to see her last week"
        and may_end_with(before, tail, len(before), _DETERMINER_LAST)
        and _DETERMINER_BEFORE.search(before, tail) is not None
    )
    adverbial = not attributive and (
        prep is not None or not absolute or bool(_AFTER_ADVERBIAL.match(after)) or not after.strip()
    )
    if not adverbial:
        return text[clause.start : clause.end]
    before = before[: prep.start()] if prep else before
    if _BARE_YEAR.fullmatch(text, start, end):
        # "equalled in 1982 and 1995": the other years of the list go with this one
        after = _YEARS_AFTER.sub("", after)
        before = _YEARS_BEFORE.sub("", before)
    if (
        prep is not None
        and prep.group().lower().startswith("until")
        and (owner := _HAVE_END.search(before))
        and after.lstrip(" ,").startswith("to ")
    ):
        # "Voters have until 18 June to register": the date is a deadline.
        subject = owner["subject"]
        first = subject.split(" ", 1)[0]
        if not re.search(rf"[a-z,]\s+{re.escape(first)}\b", text):
            subject = first.lower() + subject[len(first) :]  # capitalised only as a start
        return f"Deadline for {subject} {after.lstrip(' ,')}"
    # "opened to traffic 250 years ago this week, on 4 April 1776": the count back from
    # now is the same date told again.
    before = _AGO_BEFORE.sub(" ", before)
    # "strike on March 12 and again on March 19": the other dates of a list go with this one.
    after = _PLACE_DATE_AFTER.sub("", _DATES_AFTER.sub("", after))
    before = _DATES_BEFORE.sub(" ", before)
    if _WEEKDAY_START.match(text, start) and (near := _NEAR_BEFORE.search(before)):
        before = before[: near.start()]  # "dissolved next Thursday, 30 May"
    rest = after.lstrip(" ,")
    verb_next = rest.split(" ", 1)[0]
    if after.lstrip().startswith(",") and _looks_finite(verb_next) and _RELATIVE_LEAD.match(before):
        return before.rstrip(" ,")  # "which opened in 2011, holds ...": the main verb is not
    if before.strip() and after.lstrip().startswith(",") and not _looks_finite(verb_next):
        # "Four days later, on July 20, 1969, Armstrong ...": keep one comma (but "The
        # tornado, in May 1999, destroyed ...": the insertion's commas go with it).
        return f"{before.rstrip(' ,')}, {rest}"
    return f"{before.rstrip(' ,')} {after.lstrip(' ,')}"


# A wire dateline opening the first sentence: "SAN JOSE, Calif., Oct. 30, 2025 (Reuters) - ",
# "CHICAGO, July 27 - ", "BOSTON, Oct. 5, 2022 — ". It is no part of any clause.
_OPENING_PHRASE = re.compile(
    r"(?:Born|[A-Z][a-z]{2,}ed|[A-Z][a-z]{2,}ing|(?P<irregular>[A-Z][a-z]{2,}))\s+(?:in|on|at|by|as|from|after|with|to)\s[^,;]{1,80},\s+"
    r"(?=(?:the|a|an|its|their|his|her|he|she|it|they|[A-Z][\w'’-]*|[a-z]+\s+[A-Z][\w'’-]*)\s)"
)
_DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3},(?:\s*[A-Z][\w.'’ ]{1,30},)?"
    r"[^\n()—–]{0,30}?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-—–])\s+"
)


# An opening participle of speaking: the main clause says what was said then.
_SPEAKING_OPENING = re.compile(r"(?:Speaking|Writing|Talking|Addressing|Testifying)\s")


def _opening_phrase(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """An opening participle phrase at ``pos`` ("Founded in 1911 by Cornelia Marsh, ",
    "Built in 1833 by Robert Stevenson, "), else None."""
    opening = _OPENING_PHRASE.match(text, pos, endpos)
    if opening and (word := opening["irregular"]) and not _verbs.is_participle(word.lower()):
        return None  # "During the war, ...", "Despite the rain, ..."
    return opening


def _past_dateline(text: str, sentence: Span, start: int) -> Span:
    """The sentence without a wire dateline before it, when the date comes after it."""
    lead = _DATELINE_LEAD.match(text, sentence.start, sentence.end)
    if lead is None or lead.end() > start or not re.search(r"\d", lead.group()):
        return sentence
    return Span(lead.end(), sentence.end)


# "09:15 The Met Office issued ...", "UPDATE 14:35: The zoo said ...": a live blog's clock
# time with no mark after it, or with a word before it, at the start of a line.
_BARE_STAMP = re.compile(
    r"[ \t]*(?:(?:UPDATE|Update|UPDATED|Updated)\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,4})?(?:\s*[-–—:|]\s+|\s+(?=[A-Z]))"
)


def _past_stamp(text: str, sentence: Span, start: int) -> Span:
    """The sentence after a live blog update's clock time ("15:10 - Ferries are ..."), or
    after a dated list item's stamp ("- 2027-02-22 03:14: a certificate expires")."""
    stamp = UPDATE_STAMP.match(text, sentence.start)
    if stamp is None and start_of_line(text, sentence.start) == sentence.start:
        stamp = _BARE_STAMP.match(text, sentence.start)
    if stamp:
        after = stamp.end()
        if (lead := _LEAD_LABEL.match(text, after, sentence.end)) and not any(
            _looks_finite(w) for w in lead["words"].split()
        ):
            after = lead.end()  # "09:40 - Good news for commuters: the bridge has reopened"
        return Span(after, sentence.end)
    return sentence


_AS_SUBJECT = re.compile(r"\sas\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*)\s)")


def _as_clause(text: str, clause: Span, start: int) -> int | None:
    """Where a closing as-clause with a subject and a finite verb of its own starts when
    the date is in it ("... as Northline's new timetable comes into force today")."""
    found = None
    for match in _AS_SUBJECT.finditer(text, clause.start, start):
        found = match
    if found is None or text.count(",", found.end(), start) or start - found.end() > 100:
        return None
    words = text[found.end() : start].split()
    for i, word in enumerate(words[1:7], 1):
        if _looks_finite(word) and word.islower():
            subject = words[:i]
            if any(w.lower() in _FUNCTION_WORDS - _DETERMINERS for w in subject[1:]):
                return None
            if _FINITE.search(text, clause.start, found.start()) is None:
                return None  # no main verb before: "as" is no subordinator here
            return found.end()
    return None


_APPOSITIVE_THAT = re.compile(r",\s+(?:a|an)\s+[^,]{1,40}$")
_OWN_DATE = re.compile(
    r"\b(?:in|on|by|since|until|last|this)\s+(?:January|February|March|April|May|June|July"
    rf"|August|September|October|November|December|{WEEKDAY_ALT}|week|month|year)\b"
    # "closed two factories in the second quarter and cut 600 jobs in the first half"
    r"|\b(?:in|during)\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b"
    r"|\b(?:in|during)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b"
)
_FOR_DATE = re.compile(r"\bfor\s+$")  # "set a hearing for 08/20/2026": the hearing's date
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being|had|has|have|will|would)\b")
_AND_PREDICATE = re.compile(
    r"(?<=[a-z0-9)])\s(?P<and>and)\s+(?:(?:[a-z]+ly|then|later|also)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?P<next>[\w'’]+))?"
)
_AFTER_PREDICATE = (
    _SUBJECT_DETERMINERS
    | _PREPOSITION_LAST
    | frozenset(
        "it them him her its their this that these those early again up down out off back".split()
    )
)


def _second_predicate(text: str, clause: Span, start: int) -> int | None:
    """Where the second of two joined predicates starts when the date is in it and the
    first has a date of its own ("The company filed for the listing in March and set a
    price range on April 13") or the date is a "for" date ("and set a hearing for 20
    August"): at its "and", after a first active predicate with a finite verb; the verb
    is a past form followed by an object's determiner, a preposition or a pronoun (not
    "police and armed forces")."""
    found = None
    for match in _AND_PREDICATE.finditer(text, clause.start, start):
        found = match
    if found is None or text.count(",", found.end(), start) or start - found.end() > 120:
        return None
    verb, after = found["verb"], (found["next"] or "").lower()
    if (
        verb in ("is", "are", "will")
        and after in _PLANNED | {"to", "be"}
        and not _RELATIVE_WORD.search(text, clause.start, found.start())
    ):
        # "have been charged and are due to appear in court on Friday": the plan is the
        # date's predicate
        return found.start("and")
    if verb in _AUXILIARIES or _verbs.past_base(verb) is None or verb.endswith("ing"):
        return None
    if after not in _AFTER_PREDICATE and not after.endswith("ly") and not after[:1].isdigit():
        return None
    first = text[clause.start : found.start()]
    if _FINITE.search(first) is None or _PASSIVE_AUX.search(first):
        return None  # "was arrested in May and charged ...": the passive rule's
    if not (_OWN_DATE.search(first) or _DATEISH.search(first) or _FOR_DATE.search(text, 0, start)):
        return None  # "sold its ground and put the money into a stand in 2019": one date
    return found.start("and")


# "..., but that status was lost": a demonstrative subject after a clause it refers back to.
_JOINED_DEMONSTRATIVE = re.compile(r",\s+(?:but|and|yet)\s+(?:that|this)\s+$")
_BARE_NOUN_VERB = re.compile(r"(?P<noun>[a-z]{3,})\s+(?:was|were|is|are|has|had|have)\s")


def _relative_subject(text: str, sentence: Span, pos: int) -> str | None:
    """The antecedent of a ", which"/", who" clause that runs on to ``pos`` ("the scheme
    from developer Northspan Data, which wants to start building ... and switch on ...":
    "Northspan Data"), a name in it before a common noun."""
    rel = _last_relative(text, sentence.start, pos)
    if rel is None or "," in text[rel:pos]:
        return None
    antecedent = _antecedent(text, sentence, rel)
    if not antecedent or antecedent.split()[0].lower() in _PRONOUN_START:
        return None
    return _LEAD_ARTICLE_ANY.sub("", antecedent)


def _object_person(before: str, finders: tuple[Callable[[], str | None], ...]) -> str | None:
    """The first name a finder gives for a "him" or "her" that is not named before it in the
    title: "Price handed the ring back to her" is never "... back to Price"."""
    for finder in finders:
        name = finder()
        if name and not re.search(rf"\b{re.escape(name)}\b", before):
            return name
    return None


def build_headline(
    text: str,
    sentence: Span,
    start: int,
    end: int,
    *,
    absolute: bool = True,
    speaker: str | None = None,
) -> Headline:
    """A headline for the event dated by ``text[start:end]``, with what it learned.

    The clause holding the date is kept (a relative clause gets its antecedent back:
    "Labour, which won control in 2012" gives "Labour wins control"); the date is removed
    when it is an adverbial ("met on Tuesday", "In 2014, ...") and kept when it modifies a
    noun ("the 2016 election"); connectives, a leading topic ("On Ukraine,") and a
    reporting frame are dropped or turned into a speaker prefix; the verb is put in
    headline tense; and the result is cut at a phrase boundary.

    Args:
        text: The document text.
        sentence: The sentence holding the date.
        start: Offset of the date.
        end: End offset of the date.
        absolute: The date is stated outright (a bare "2019" after a noun may modify it).
        speaker: Who says the sentence, when it is a quote ("Pompeo").

    Returns:
        The headline, whether the event is planned, and whether the date only dates a
        statement.
    """
    sentence = _past_stamp(text, _past_dateline(text, sentence, start), start)
    if answered := _answered_question(text, sentence, start, end):
        # "Q: When did you decide to come back?" / "Ferris: It was last March.": what the
        # question asks about happened then.
        return answered
    if (
        _THAT_WAS.fullmatch(text, sentence.start, start)
        and not text[end : sentence.end].strip(" .!")
        and (before := _sentence_before(text, sentence)) is not None
    ):
        # "That was on the morning of 21 July.": the sentence before tells what happened.
        if opening := _opening_phrase(text, before.start, before.end):
            before = Span(opening.end(), before.end)  # "Kneeling in a trench, Ann Roe found"
        head = build_headline(text, before, before.start, before.start, absolute=False)
        if title_problems(head.title) and (comma := text.find(", ", before.start, before.end)) > 0:
            # "Some time after the guard left, two people carried ...": the main clause
            main = Span(comma + 2, before.end)
            later = build_headline(text, main, main.start, main.start, absolute=False)
            if not title_problems(later.title):
                head = later
        return dataclasses.replace(head, reporting=False)
    if (
        _BULLET_ONLY.fullmatch(text, sentence.start, start)
        and _BARE_ITEM_END.fullmatch(text, end, sentence.end)
        and (list_lead := _list_lead(text, sentence.start)) is not None
    ):
        # "Strikes will take place on:\n- Friday 5 December\n- Monday 8 December": an item
        # that is only a date takes what happens from the line that leads into the list.
        head = build_headline(
            text, list_lead, list_lead.end, list_lead.end, absolute=False, speaker=speaker
        )
        title = _DANGLING_PREPOSITION.sub("", head.title)
        if title != head.title or not title_problems(title):
            return Headline(title, head.planned, False)
    if (label := _item_label(text, sentence, start, end)) is not None:
        # "- 1987: The water board proposes a dam", "14:05 - Flights are cancelled": the date
        # labels a list item or an update; the headline is the text after the label.
        body = Span(label.end(), sentence.end)
        if (lead_label := _LEAD_LABEL.match(text, body.start, body.end)) and not any(
            _looks_finite(w) for w in lead_label["words"].split()
        ):
            body = Span(lead_label.end(), body.end)  # "09:40 - Good news: the bridge ..."
        if body.end - body.start > 3:
            head = build_headline(
                text, body, body.start, body.start, absolute=False, speaker=speaker
            )
            return dataclasses.replace(head, reporting=reporting_date(text, sentence, start))
    clause = clause_around(text, sentence, start, end)
    if (
        (starting := _STARTING.match(text, clause.start))
        and starting.end() + 8 >= start
        and (comma := text.rfind(",", sentence.start, clause.start)) > sentence.start
    ):
        # "the bridge will be restored over four years, starting in the autumn": the
        # participle dates the clause before it.
        head = build_headline(text, sentence, comma, comma, absolute=False, speaker=speaker)
        return dataclasses.replace(head, reporting=reporting_date(text, sentence, start))
    if (starts := _NP_STARTING.search(text, max(sentence.start, start - 80), start)) and not any(
        w.lower() in _FUNCTION_WORDS for w in starts["np"].split()
    ):
        # "to move students to a four-day week starting in August": the week starts then.
        noun_phrase = starts["np"]
        return Headline(
            _finish(text, sentence.start, f"{noun_phrase} starts"),
            False,
            reporting_date(text, sentence, start),
        )
    if (
        (said_at := _RESUMED_SAID.search(text, end, clause.end))
        and _RELATIVE.search(text, sentence.start, clause.start)
        and text.count(",", sentence.start, clause.start) == 1
    ):
        # "The carrier, which was privatised in 1994 and floated in 1997, said ...": the
        # relative insertion ends where the main verb resumes
        clause = Span(clause.start, said_at.start())
    reporting = reporting_date(text, sentence, start)
    special = (
        _warning(text, sentence, clause, start, end, speaker)
        or _object_relative(text, sentence, start)
        or _attributive_event(text, sentence, start, end)
        or _participial(text, sentence, start, end, absolute)
        or _reduced_relative(text, sentence, start, end)
    )
    if special is not None:
        # Already in headline form (a passive participle stays: "Tax approved by voters").
        return Headline(_finish(text, sentence.start, special), False, reporting)
    prefix = ""
    if (when := _WHEN_CLAUSE.match(text, end)) and (
        _WEAK_MAIN.search(text, clause.start, start)
        or _FIRST_PERSON_MAIN.match(text, clause.start, start)
    ):
        # "the first strike since 2019, when a dispute over rosters cancelled 500 flights":
        # the when-clause says what happened then.
        clause = clause_around(text, sentence, when.end(), when.end() + 1)
        start = end = clause.start
    elif (
        (rel := _last_relative(text, sentence.start, start)) is not None
        and (comma := text.rfind(", ", rel, start)) > rel
        and comma >= clause.start
    ):
        # "An executive, who pleaded guilty in 2020, will be sentenced on March 10".
        prefix = _antecedent(text, sentence, rel)
        clause = Span(comma + 2, clause.end)
    elif (bare := _bare_who(text, clause.start, start)) is not None and (
        _restrictive_relative(text, clause.start, start) is None
    ):
        # "the results matched a man who died in prison in 2012": the relative clause
        # holds the date, and its antecedent is the subject.
        prefix = _appositive_name(text, sentence, bare) or _antecedent(text, sentence, bare)
        clause = Span(text.find(" ", bare) + 1, clause.end)
    elif resumed := _resumed_main(text, sentence, clause, start) or _appositive_main(
        text, sentence, start
    ):
        # "The drawings, made ... while the sculptor was working, were found in March 2023".
        prefix, clause = resumed
    elif (as_clause := _as_clause(text, clause, start)) is not None:
        # "Passengers will see the biggest change in years as Northline's new timetable
        # comes into force today": the as-clause holds the date's happening
        clause = Span(as_clause, clause.end)
    elif (second := _second_predicate(text, clause, start)) is not None and (
        shared := _subject_before(text, sentence, second)
    ):
        # "The company filed in March and set a price range on April 13": the date's own
        # predicate, with the subject they share.
        prefix, clause = shared, Span(text.find(" ", second) + 1, clause.end)
    if (opening := _opening_phrase(text, clause.start, len(text))) and opening.end() <= start:
        # "Founded in 1911 by Cornelia Marsh, the museum moved ... in 1927": the main clause.
        clause = Span(opening.end(), clause.end)
    elif (
        opening and _SPEAKING_OPENING.match(text, opening.start()) and opening.end() < sentence.end
    ):
        # "Speaking to reporters on Monday, the minister urged ...": what was said then
        clause = Span(opening.end(), max(clause.end, sentence.end))
        start = end = clause.start
    relative = _restrictive_relative(text, clause.start, start)
    if (
        relative is None
        and clause.start > sentence.start
        and _SUBORDINATE_START.match(text, clause.start)
        and (in_sentence := _restrictive_relative(text, sentence.start, start)) is not None
        and in_sentence[1] >= clause.start
    ):
        # "The clock that has stood in the square since the 1890s will be sold": the
        # clause break at "since" fell inside the subject's relative clause.
        relative, clause = in_sentence, Span(sentence.start, clause.end)
    if relative is not None:
        # "The councillor who stole £240,000 ... was jailed": the main verb's subject.
        clause_head = text[clause.start : relative[0]]
        title = _without_date(text, Span(relative[1], clause.end), start, end, absolute)
        title = f"{clause_head} {title}"
    else:
        title = _without_date(text, clause, start, end, absolute)
    if len(title) > _MAX_DRAFT:
        # A title keeps at most 80 characters: the rules below need only the clause's
        # head, and a bounded draft keeps a line of hundreds of dates cheap.
        title = title[: title.rfind(" ", 0, _MAX_DRAFT) + 1 or _MAX_DRAFT]
    if nominal := _NOMINAL.search(title):
        base = _NOMINALISATIONS.get(nominal["noun"].lower())
        if base is not None:
            verb = " ".join([_verbs.third_person(base.split()[0]), *base.split()[1:]])
            title = f"{nominal['who']} {verb} {nominal['obj']}"
    # ", the company said" ends a clause; dropped first, or it reads as an insertion.
    title = _SPACES.sub(" ", title).strip(_EDGE_PUNCT + ".")
    announced = _ANNOUNCED_ON.search(text, max(sentence.start, start - 30), start)
    announcer = _announcer(title) if announced else None
    title = _TRAILING_REPORT.sub("", title)
    lead = text[max(sentence.start, clause.start - 2) : clause.start]
    if prefix:
        if (it := _VERB_IT.match(title)) and (
            thing := _first_object(text, sentence.start, clause.start)
        ):
            # "won the series in 2021 and retained it four years later": the series
            title = f"{it['verb']} {thing}{title[it.end() :]}"
        title = f"{prefix} {title}"
    elif _RELATIVE_LEAD.match(title) or (
        "," in lead and _PARTICIPLE_LEAD.match(title) and not title.startswith("when")
    ):
        antecedent = _antecedent(text, sentence, clause.start)
        rest = _RELATIVE_LEAD.sub("", title)
        if title.lower().startswith("whose "):
            # "Holloway, whose $15 million gift was announced": "Holloway's ... gift"
            owner_words = antecedent.split()
            while len(owner_words) > 1 and not (
                owner_words[0][:1].isupper() and owner_words[0].lower() != "the"
            ):
                owner_words.pop(0)  # "The hall is named for Ada Lee, whose": "Ada Lee"
            whose = " ".join(owner_words)
            mark = "'" if whose.endswith("s") else "'s"
            title = f"{whose}{mark} {rest}"
        elif title.lower().startswith("where "):
            # "the House, where leaders said they expect a vote": a place, not an object.
            title = f"{rest} in {antecedent}"
        elif title.lower().startswith("who "):
            title = f"{antecedent} {rest}"  # "who" is always the subject
        else:
            title = _with_antecedent(antecedent, rest)
    elif (
        (that := _RELATIVE_THAT.search(text, sentence.start, clause.start))
        and _relative_noun(that["noun"])
        # "said yesterday that it would": a complementizer after a time, no relative
        and not _SAID_TIME_THAT.search(
            text, max(sentence.start, that.start() - 40), that.end("that")
        )
        and (
            len(title.split()) >= 3
            or _OWN_DATE.search(text, sentence.start, that.start())
            or _DATEISH.search(text, sentence.start, that.start())
            or _APPOSITIVE_THAT.search(text, sentence.start, that.start("that"))
        )
    ):
        # "the slump that started in mid-2022", "a project that residents approved in 2021";
        # a short one ("a drought that lasted from 2017 to 2020") when the main clause has
        # a date of its own ("rationed water in 2019, during a drought that ...") or the
        # noun renames it (", a lock-up that expires on Oct. 20")
        antecedent = _antecedent(text, sentence, that.start("that"))
        main_clause = _SPACES.sub(" ", text[sentence.start : that.start("that")]).strip(_EDGE_PUNCT)
        if (
            len(title.split(",", 1)[0].split()) <= 3
            and _PREPOSITION_BEFORE_NP.search(main_clause)
            and (subject := _subject_before(text, sentence, that.start("that")))
            and subject.split()[0].lower() not in _PRONOUN_START
            and len(main_clause) <= MAX_TITLE
            and "," not in main_clause
        ):
            # "Members voted by 88% for action in a ballot that closed last month": the
            # main clause says what the ballot did, "Ballot closes" too little
            title = main_clause
        else:
            title = _with_antecedent(antecedent, title)
    elif (
        (and_base := _AND_BASE.match(text, clause.start))
        and _verbs.is_known_base(and_base["verb"])
        and _verbs.past_base(and_base["verb"]) is None
        and _WOULD_VERB.search(text, sentence.start, clause.start)
        and (subject := _subject_before(text, sentence, clause.start))
    ):
        # "Marlin Yards said it would cut 900 jobs and close its yard in Bremen by 2026":
        # the yard's closing is planned too, by the company that said it.
        if subject.lower() in ("it", "they") and (
            sayer := _SAID_SUBJECT.match(text, sentence.start)
        ):
            subject = sayer["who"]
        rest = _LEAD_AND.sub("", title)
        if subject.lower() in _PRONOUN_START:
            pass
        elif and_base["verb"] in _INTENT_VERBS and rest.startswith(f"{and_base['verb']} to "):
            # "will lodge an application in July and hope to welcome guests in 2038"
            plural = _is_plural(subject.split())
            title = f"{subject} {_present(and_base['verb'], plural)}{rest[len(and_base['verb']) :]}"
        else:
            title = f"{subject} to {rest}"
    elif _AND_VERB.match(text, clause.start) and (
        subject := _relative_subject(text, sentence, clause.start)
        or _reported_it(text, sentence, clause.start)
        or _subject_before(text, sentence, clause.start)
        or _pronoun_start(text, sentence, clause.start)
    ):
        rest = _LEAD_AND.sub("", title)
        verb = rest.split(" ", 1)[0]
        if (
            (passive := _PASSIVE_BEFORE.search(text, sentence.start, clause.start))
            and _verbs.is_participle(verb)
            # "She was made a dame in 1996 and retired two years later": no passive
            and _verbs.base_of_ed(verb.lower()) not in _INTRANSITIVE
            # "was launched in 2021 and reached Kallisto in 2023": a name as its object
            and not (
                _CAPITAL_AFTER_VERB.match(rest, len(verb))
                and _verbs.base_of_ed(verb.lower()) not in _NAMING_VERBS
            )
        ):
            # "He was arrested in May 2020 and charged": passive too ("will be ... and
            # formally dissolved": "to be formally dissolved").
            rest = f"{passive['aux']} {rest}"
        elif (
            (passive := _PASSIVE_BEFORE.search(text, sentence.start, clause.start))
            and (verb.endswith("ly") or verb in _SUBJECT_ADVERBS)
            and _verbs.is_participle(rest.split(" ", 2)[1] if " " in rest else "")
        ):
            rest = f"{passive['aux']} {rest}"
        elif _verbs.is_known_base(verb) and _verbs.past_base(verb) is None:
            # "will host Dunford on Tuesday and travel to ... next Saturday": the base
            # form shares the first verb's tense and person.
            if _FUTURE_BEFORE.search(text, sentence.start, clause.start) and not (
                verb in _INTENT_VERBS and rest.startswith(f"{verb} to ")
            ):
                rest = f"to {rest}"  # (but "... and hope to welcome guests": "hopes to")
            if rest.startswith(f"{verb} ") and (
                not _is_plural(subject.split()) and subject.lower() not in ("they", "we", "i")
            ):
                rest = f"{_verbs.third_person(verb)}{rest[len(verb) :]}"
        if (it := _VERB_IT.match(rest)) and (
            thing := _first_object(text, sentence.start, clause.start)
        ):
            # "won the series in 2021 and retained it four years later": the series
            rest = f"{it['verb']} {thing}{rest[it.end() :]}"
        title = f"{subject} {rest}"
    if (sub_it := _SUBORDINATE_IT.match(title)) and (
        owner := _sentence_subject_before(text, sentence.start, clause.start)
    ):
        # "the company had looked at every option since it first warned ...": "it" is the
        # subject of the clause the subordinate clause hangs on.
        title = f"{owner} {title[sub_it.end() :]}"
    if (
        (gerund := _SUBORDINATE_GERUND.match(title))
        and (base := _verbs.base_of_ing(gerund["ing"]))
        and (subject := _subject_before(text, sentence, clause.start))
        and subject.split()[0].lower() not in _PRONOUN_START
    ):
        # "..., Benning played at services before moving to New York in the 1950s"
        title = f"{subject} {_verbs.third_person(base)} {title[gerund.end() :]}"
    if (
        (gerund := _GERUND_START.match(title))
        and (
            gerund["sub"]
            or _SUBORDINATOR_END.search(text, sentence.start, clause.start)
            # "She studied in Edinburgh, graduating with distinction in 1959": a participle
            # clause after the main one shares its subject.
            or (
                text[sentence.start : clause.start].rstrip().endswith(",")
                and gerund["ing"].lower() not in _PREPOSITION_INGS
                # (not "..., scientists said on Tuesday, releasing the results": whose
                # subject the reporting frame hides)
                and not _SAYS_WORD.search(text, sentence.start, clause.start)
            )
        )
        and (base := _verbs.base_of_ing(gerund["ing"]))
        and (subject := _subject_before(text, sentence, clause.start))
    ):
        # "Okafor said he would rest before teeing off at the Heritage on Thursday":
        # the subject tees off; a pronoun names the person it stands for.
        if subject.lower() in ("he", "she") and (name := _he_or_she(text, sentence, clause.start)):
            subject = name
        if subject.lower() not in _PRONOUN_START:
            title = f"{subject} {_verbs.third_person(base)} {title[gerund.end() :]}"
    absolute_with = _WITH_PARTICIPLE.match(title)
    if absolute_with:
        title = title[absolute_with.end() :]  # "with 180,000 tickets sold last year"
    elif (with_ing := _WITH_ING.match(title)) and (base := _verbs.base_of_ing(with_ing["ing"])):
        # "..., with the men's final following on Sunday": "Men's final follows"
        verb = _present(base, _is_plural(with_ing["np"].split()))
        if base != "follow" and (
            _WOULD_VERB.search(text, sentence.start, clause.start)
            or _FUTURE_BEFORE.search(text, sentence.start, clause.start)
        ):
            verb = f"will {base}"  # "demolition would begin ..., with the first residents
            # moving in by 2026": they are to move in
        title = f"{with_ing['np']} {verb}{title[with_ing.end() :]}"
    if (then := _THEN_VERB.match(title)) and (
        first_subject := _LEAD_NAME.match(
            _LEAD_SCENE.sub("", text[sentence.start : clause.start].lstrip()), 0
        )
    ):
        # "Harlow return to league action tomorrow, then travel to Hemel Hempstead on
        # Saturday": the second verb shares the first's subject.
        name = first_subject["name"]
        if name.lower() in _DETERMINERS:
            # "The council shelved the scheme in 2013, then revived it in 2017": the
            # council, and "it" is what it shelved.
            name = _subject_before(text, sentence, clause.start) or name
            if (it := _OBJECT_IT_END.search(title)) and (
                thing := _first_object(text, sentence.start, clause.start)
            ):
                title = f"{title[: it.start()]} {thing}"
        title = f"{name} {title[then.end() :]}"
    if (
        (demo := _JOINED_DEMONSTRATIVE.search(text, sentence.start, clause.start))
        and (bare_noun := _BARE_NOUN_VERB.match(title))
        and bare_noun["noun"] not in _TIME_NOUNS
        and (owner := _subject_before(text, sentence, demo.start()))
        and len(owner.split()) <= 3
        and owner.split()[0].lower() not in _PRONOUN_START
    ):
        # "Measles was declared eliminated in 2017, but that status was lost": whose
        # status, in headline compound ("Measles status lost"; "The firm won a contract,
        # but that deal collapsed": "Firm deal collapses")
        owner = _LEAD_ARTICLE_ANY.sub("", owner)
        title = f"{owner} {title}"

    if _UNTIL_BEFORE.search(text, max(sentence.start, start - 12), start):
        # "The extension will not open until summer 2027": it opens then
        title = _NOT_UNTIL.sub(lambda m: f"{m['aux'] or 'will'} ", title, count=1)
    noun_phrase = title.lower().startswith("according to ")
    title = _LEAD_CONNECTIVE.sub("", _LEAD_SCENE.sub("", _COPULA_BECAUSE.sub("", title)))
    hypothetical = False
    if (cond := _LEAD_CONDITION.match(title)) and len(title) - cond.end() > 10:
        # "If the council approves it, the tax would go before voters": what could happen.
        title = _WOULD.sub("could", title[cond.end() :], count=1)
        hypothetical = True
    title = _NOW.sub(" ", _tidy(title))
    if len(title.split()) < 3 and text[max(0, clause.start - 40) : clause.start].rstrip().endswith(
        " that"
    ):
        # "a tense count that finished yesterday": the relative clause says too little.
        whole = text[sentence.start : clause.start]
        cut = whole.rfind(" that ")
        head_word = whole[:cut].rsplit(None, 1)[-1] if cut > 0 else ""
        if (
            cut > 0
            and not _looks_finite(head_word)
            # "said on Friday that lawmakers adjourned": a complementizer after a date
            and not _SAYS_WORD.search(whole, max(0, cut - 40), cut)
        ):
            # (but "The minister said that prices rose in 2020": "that" is a complementizer)
            title = _SPACES.sub(" ", whole[:cut]).strip(_EDGE_PUNCT + ".")
    title = _LEAD_AGO.sub("", title)
    if (part := _OF_MOST.match(title)) and not _verbs.is_participle(part["np"].split()[-1]):
        # "Of the heater fault cases, most occurred": "Heater fault cases mostly occur"
        title = f"{part['np']} mostly {title[part.end() :]}"
    if (topic := _LEAD_TOPIC.match(title)) and len(title) - topic.end() > 20:
        title = title[topic.end() :]
    elif (frame := _LEAD_FRAME.match(title)) and len(title) - frame.end() > 20:
        title = title[frame.end() :]
    title = _TRAILING_REPORT.sub("", title)
    if len(title) > MAX_TITLE:
        title = _without_ing_modifier(_without_descriptors(title))
    reported = other_person = False
    named_person = ""  # the name put for "he" or "she": one person, whatever its spelling
    if named_speaker := _NAMED_SPEAKER.match(title):
        # "Owners, Tavistock Metals, say the furnace will ...": the name speaks
        title = f"{named_speaker['name']} {title[named_speaker.end() :]}"
    if (
        (report := _REPORTING.match(title))
        and not any(_looks_finite(w) for w in report["who"].split()[1:])
        and not _NOT_SPEAKER.search(report["who"])
    ):
        rest = report["rest"]
        if lead_time := _SUBJECT_TIME.match(f" {rest}"):
            rest = rest[lead_time.end() - 1 :].lstrip(" ,")  # "said on Tuesday it would"
            if rest.startswith("that ") and not _THAT_OBJECT.match(rest, 5):
                rest = rest[5:]  # "said on Monday that the pool would close"
        who_words = report["who"].split()
        many = who_words[-1].lower() in _IRREGULAR_PLURALS or _is_plural(who_words)
        if (
            _OTHER_PERSON.match(report["who"]) or _OTHER_PERSON.match(text, sentence.start) or many
        ) and (she := _HE_SHE.match(rest)):
            # "Prosecutors said he began taking money": not the prosecutors.
            # "Her publisher, Larkin & Frayne, said she died": "she" is neither the speaker
            # nor a name in the speaker's phrase, but the person the text is about.
            person = _main_person(text, sentence.start)
            if person and person not in text[sentence.start : clause.start]:
                title = f"{person} {rest[she.end() :]}"
            else:
                title = rest
                other_person = True
        elif (happens := _IT_HAPPENS.match(rest)) and (
            thing := _previous_thing(text, sentence.start)
        ):
            # "A special election must be held within 120 days. The clerk said it would
            # take place in February": "it" is the election, never the speaker
            thing = _LEAD_ARTICLE_ANY.sub("", thing)
            title = f"{thing[:1].upper()}{thing[1:]} to {rest[happens.end() :]}"
        elif _PRONOUN_SUBJECT.match(rest):
            # "Orbis said it would begin shipping": the future of then, "to begin".
            rest = _REPORTED_WOULD.sub("to ", _PRONOUN_SUBJECT.sub("", rest))
            title = f"{report['who']} {_NOT_TO.sub('not to ', rest)}"
        elif (
            len(rest) > 15
            and (_FINITE.search(rest) or _MODAL_WORD.search(rest))
            and not (
                # "Acme reported a better-than-expected profit, helped by ...": an object
                report["verb"] in ("reported", "announced", "confirmed")
                and not report["that"]
                and _OBJECT_START.match(rest)
                and not _FINITE.search(
                    object_ := _HYPHENATED.sub("", _OBJECT_END.split(rest, 1)[0])
                )
                and not _MODAL_WORD.search(object_)
            )
        ):
            # "it hoped a new operator could take over": a pronoun speaker adds nothing
            pronoun = report["who"].lower() in _PRONOUN_START
            title = rest if pronoun else f"{report['who']}: {rest}"
            reported = True
    if (
        not other_person
        and (m := _HE_SHE.match(title))
        and _OTHER_PERSON.match(text, sentence.start)
    ):
        # "Her agent, Lena Moss, said she died": "she" is the person the text is about.
        person = _main_person(text, sentence.start)
        if person and person not in text[sentence.start : clause.start]:
            title = f"{person} {title[m.end() :]}"
        other_person = True
    if other_person:
        pass  # no name for "she" here: the quality gate looks further
    elif (m := _HE_SHE.match(title)) and (name := _he_or_she(text, sentence, clause.start)):
        title = f"{name} {title[m.end() :]}"
        named_person = name
    elif (
        (m := _THE_AGED.match(title))
        and _looks_finite(title[m.end() :].split(" ", 1)[0])
        and re.search(rf"\b[Tt]he\s+{m['age']}\b", text[sentence.start : clause.end])
        and (name := _he_or_she(text, sentence, clause.start))
    ):
        # "The 24-year-old, who scored 21 goals last season, passed a medical on Tuesday":
        # the person the text named, as "he" would be
        title = f"{name} {title[m.end() :]}"
        named_person = name
    elif (him := _HIM.search(title)) and (
        name := _object_person(
            title[: him.start()],
            (
                lambda: _sentence_person(text, sentence.start, clause.start),
                lambda: _main_person(text, clause.start),
                lambda: _last_name(text, clause.start),
            ),
        )
    ):
        title = f"{title[: him.start()]}{name}{title[him.end() :]}"  # "Jury finds Ellery guilty"
    as_quoted = False  # a first-person quote with no one to put for "we": its own words
    if title[:3] in ("my ", "we ", "our"):
        title = title[:1].upper() + title[1:]  # "After my mum died": "My mum died"
    speaker_pronoun: str | None = None  # "she" in '"I lost my job," she said'
    if speaker and (first_person := _FIRST_PERSON.match(title)):
        # '"We will vote on Tuesday," Senate leader Ann Pruitt said': "Senate to vote";
        # '"I will stand down," said coach Mark Ellery': "Ellery to stand down".
        first_word = first_person["pronoun"]
        group = speaker if first_word in ("I", "My") else _quote_group(text, sentence)
        opinion = _OPINION.match(title, first_person.end())
        if (
            opinion
            and first_word in ("I", "We")
            and (first_person["verb"] or "am").lstrip("'’") in ("am", "m", "are")
            and (opinion["verb"] in ("sure", "confident")) == bool(first_person["verb"])
        ):
            # '"I think the scheme will be finished by 2028," said Ruth Bell': her view,
            # "Bell expects the scheme to be finished"; "I hope ..." -> "Bell hopes ..."
            view = title[opinion.end() :]
            verb = opinion["verb"].split()[-1]
            view_will = _SUBJECT_WILL.match(view)
            if view_will and verb not in ("hope", "fear"):
                who = view_will["subject"]
                who = "" if who.strip().lower() in ("i", "we") else who  # "expects to win"
                title = f"{speaker} expects {who}to {view[view_will.end() :]}"
            else:
                verb = "is" if verb in ("sure", "confident") else _verbs.third_person(verb)
                title = f"{speaker} {verb} {view}"
            named_person = speaker
        elif group is None:
            as_quoted = True
        elif (
            first_word == "I"
            and _MY_ME.search(title, first_person.end())
            and not (speaker_pronoun := _speaker_pronoun(text, sentence))
        ):
            as_quoted = True  # "I lost my job": whose job, when no "she said" tells
        else:
            if first_word == "I" and speaker_pronoun:
                own = _OWN_PRONOUNS[speaker_pronoun]
                title = _MY_ME.sub(lambda m: own[m.group()], title)
            if first_word in ("My", "Our"):
                group = f"{group}'" if group.endswith("s") else f"{group}'s"
            verb = _FIRST_PERSON_VERBS.get(first_person["verb"] or "", first_person["verb"] or "")
            rest = title[first_person.end() :]
            if verb == "is" and rest.startswith("going to "):
                verb, rest = "will", rest[len("going to ") :]  # "I am going to retire"
            title = f"{group} {verb}{' ' if verb else ''}{rest}"
            named_person = group
    title = title.strip(_EDGE_PUNCT + ".")
    if not title:
        title = text[sentence.start : sentence.end].strip(_EDGE_PUNCT + ".")
    title = _resolve_subject(text, sentence.start, shorten_names(title))
    who, colon, rest = title.partition(": ")
    if colon and len(who) < 40:
        rest = _reported_future(rest)
    elif reported or _SAID_BEFORE.search(text, sentence.start, clause.start):
        title = _reported_future(title)
    if noun_phrase or absolute_with:
        planned = False  # "according to results published in The Lancet": no main verb
    elif colon and len(who) < 40:
        if _OWN_START.match(rest) and not _names_a_person(who):
            # "The company said its rocket would try again": "Company: rocket to try again"
            rest = _OWN_START.sub("", rest)
        rest, planned = to_headline_tense(_LEAD_ARTICLE_ANY.sub("", rest))
        title = f"{who}: {rest}"
    elif as_quoted:
        planned = False  # "We will fight this in court" says it is planned
    else:
        title, planned = to_headline_tense(title)
        if (
            named_person.endswith("s")
            and title.startswith(f"{named_person} ")
            and _verbs.is_known_base(verb := title[len(named_person) + 1 :].split(" ", 1)[0])
        ):
            # "he walked" with "he" = Reyes: "Reyes walks", not the plural "walk"
            rest = title[len(named_person) + 1 + len(verb) :]
            title = f"{named_person} {_verbs.third_person(verb)}{rest}"
    if announcer and ": " not in title and len(title.split()) >= 3:
        # "The link will close in October, its operator announced on Friday": on Friday
        # the operator announced it.
        title = _TRAILING_WHEN.sub("", _LEAD_ARTICLE_ANY.sub("", title))
        first = title.split(" ", 1)[0]
        if first[1:].islower() and re.search(rf"\b{re.escape(first.lower())}\b", text):
            title = first.lower() + title[len(first) :]
        said = _verbs.past_base(announced.group().split()[0]) if announced else None
        verb = _present(said or "announce", _is_plural(announcer.split()))
        title = f"{announcer} {verb} {title}"
        planned = hypothetical = False
    if "would" in title:  # what the pattern needs
        title = _PRESENT_REPORT_WOULD.sub(r"\g<head>will ", title)
    if there := _THERE_NO.match(title):
        # "There will be no trains between A and B": "No trains between A and B"
        title = "No " + title[there.end() :]
    if (follows := _FOLLOWS.match(title)) and (done := _what_follows(text, sentence, clause)):
        # "The first 18 branches will close on 2 May, with a further 25 following in July":
        # the further 25 branches close then.
        noun, verb, will = done
        np = follows["np"]
        if gapped := _GAPPED_LAST.search(title, follows.end("np")):
            np = gapped["np"]
        if np.split()[-1].isdigit():
            np = f"{np} {noun}"
        title = f"{np} to {verb}" if will else f"{np} {verb}"
        planned = planned or will
    if (
        (it := _IT_OR_THEY.match(title))
        and clause.start > sentence.start
        and (frame := _REPORT_THAT.fullmatch(text, sentence.start, clause.start))
        and (frame["who"].lower() not in _PRONOUN_START)
        and _is_plural(frame["who"].split()) == (it.group().strip().lower() == "they")
    ):
        # "The chain announced last week that it will take ... in January": the chain
        title = f"{_LEAD_ARTICLE_ANY.sub('', frame['who'])} {title[it.end() :]}"
    return Headline(_finish(text, sentence.start, title), planned or hypothetical, reporting)


_SAID_TIME_THAT = re.compile(
    r"\b(?:said|says|announced|confirmed|told\s+\w+|warned|added)\s+(?:on\s+\w+|(?:last|this)"
    r"\s+\w+|yesterday|today|tonight|earlier)\s+that$"
)
_IT_OR_THEY = re.compile(r"(?:[Ii]t|[Tt]hey)\s+(?=[a-z])")
# A reporting frame that ends where its reported clause starts: "The supermarket chain
# announced last week that ".
_REPORT_THAT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[\w'’&.-]+\s+){0,4}?[\w'’&.-]+)\s+(?:said|says|announced"
    r"|confirmed|told\s+\w+)\s+(?:(?:on\s+\w+|last\s+\w+|this\s+\w+|yesterday|today)\s+)?"
    r"that\s+"
)


_FIRST_PERSON = re.compile(
    r"(?P<pronoun>I|We|My|Our)\s+(?:(?P<verb>am|are|have|were|'m|'ve|’m|’ve)\s+)?(?=[a-z])"
)
_OPINION = re.compile(
    r"(?:(?:still|really|also)\s+)?(?P<verb>think|believe|hope|expect|fear|reckon|suspect"
    r"|feel|guess|suppose|sure|confident)\s+(?:that\s+)?(?=[a-z]+\s|[A-Z])"
)
_SUBJECT_WILL = re.compile(r"(?P<subject>(?:[\w'’-]+\s+){1,5}?)(?:will|would)\s+(?!not\b)")
_FIRST_PERSON_VERBS = {
    "am": "is",
    "'m": "is",
    "’m": "is",
    "are": "is",
    "have": "has",
    "'ve": "has",
    "’ve": "has",
    "were": "was",
}
# The role nouns of a speaker's phrase ("Senate leader Ann Pruitt", "Corvel chief
# executive Lina Park"): the capitalised words before them name the speaker's group.
_GROUP_ROLES = frozenset(
    """leader majority minority chief executive boss manager spokesman spokeswoman
    spokesperson chair chairman chairwoman president director secretary minister head coach
    captain founder owner general""".split()
)


_MY_ME = re.compile(r"\b(?:my|me|myself)\b")
_SPEAKER_PRONOUN = re.compile(
    r"[,.!?]?\s*[\"”]\s+(?:(?P<who>she|he)\s+(?:said|says|added|told|recalled|explained)"
    r"|(?:said|says|added|recalled)\s+(?P<who2>she|he)\b)"
)
_OWN_PRONOUNS = {
    "she": {"my": "her", "me": "her", "myself": "herself"},
    "he": {"my": "his", "me": "him", "myself": "himself"},
}


def _speaker_pronoun(text: str, quote: Span) -> str | None:
    """ "she" or "he" when a quote's attribution says so ('"...," she said'), else None."""
    said = _SPEAKER_PRONOUN.match(text, quote.end, min(len(text), quote.end + 30))
    if said is None:
        said = _SPEAKER_PRONOUN.search(text, quote.start, min(len(text), quote.end + 30))
    return (said["who"] or said["who2"]) if said else None


def _quote_group(text: str, quote: Span) -> str | None:
    """The group a quote's "we" stands for: "Senate" when "Senate leader Ann Pruitt" says
    it, "Corvel" for "Corvel chief executive Lina Park", "Council" for "council leader Maya
    Brandt"; None when the speaker's phrase names no group."""
    after = _QUOTE_SAID_AFTER.match(text, quote.end, min(len(text), quote.end + 120))
    lead = text[max(0, quote.start - 81) : quote.start]
    before = None if after else _QUOTE_SAID_BEFORE.search(lead)
    who = (after["who"] or after["who2"]) if after else before["who"] if before else None
    if not who:
        return None
    group: list[str] = []
    for word in who.split():
        if word.lower() in _GROUP_ROLES:
            break
        if word.lower() in _DETERMINERS or not word.isalpha():
            return None
        group.append(word)
    else:
        return None  # no role: "Ann Pruitt" is a person, not a group
    if any(w.islower() for w in group) and not all(w.islower() for w in group):
        return None
    named = " ".join(group)  # "council leader Maya Brandt": the council
    return named[:1].upper() + named[1:] or None


# "Further 25 follows and the last 18 in the autumn", "Day tickets follow": what follows
# does what the clause before it said.
_FOLLOWS = re.compile(r"(?P<np>[A-Za-z][^,]{0,40}?) follows?(?: and\b.*| in\b.*)?$")
# "... follows in July and the last 18": the gapped last conjunct holds the date.
_GAPPED_LAST = re.compile(r" and (?P<np>(?:the |a |an )?[\w-]+(?: [\w-]+){0,3})$")
_ANTECEDENT_VP = re.compile(
    r"\b(?P<noun>[a-z]{3,}s)\s+(?:(?P<will>will|would|are\s+to)\s+)?"
    r"(?P<verb>go\s+on\s+sale|close|open|reopen|shut|start|begin|end|launch|arrive|leave)\b"
    # one thing ("the phone goes on sale in the US on 7 November"): its verb in the -s form
    r"|\b(?P<noun1>[a-z]{3,})\s+(?:(?P<will1>will|is\s+to)\s+(?P<base1>go\s+on\s+sale|close"
    r"|open|reopen|shut|start|begin|end|launch|arrive|leave)|(?P<verb1>goes\s+on\s+sale"
    r"|closes|opens|reopens|shuts|starts|begins|ends|launches|arrives|leaves))\b"
)


def _what_follows(text: str, sentence: Span, clause: Span) -> tuple[str, str, bool] | None:
    """The plural noun, the verb and whether it is planned in the clause that a "follows"
    follows ("The first 18 branches will close": ("branches", "close", True)), looked for
    in this sentence before ``clause`` and else in the sentence before."""
    found = list(_ANTECEDENT_VP.finditer(text, sentence.start, clause.start))
    if not found and (before := _sentence_before(text, sentence)) is not None:
        found = list(_ANTECEDENT_VP.finditer(text, before.start, before.end))
    if not found:
        return None
    last = found[-1]
    if last["noun"]:
        return last["noun"], _SPACES.sub(" ", last["verb"]), last["will"] is not None
    if last["base1"]:
        return last["noun1"] + "s", _SPACES.sub(" ", last["base1"]), True
    verb = _SPACES.sub(" ", last["verb1"])
    head, _, rest = verb.partition(" ")
    base = "go" if head == "goes" else head[:-2] if head.endswith("ches") else head[:-1]
    return last["noun1"] + "s", f"{base} {rest}".strip(), False


_SUBORDINATE_START = re.compile(r"\s*(?:since|until|after|before|when|while)\s", re.IGNORECASE)
_THAT_WAS = re.compile(
    r"(?:That|This|It)\s+(?:was|happened|came)\s+(?:(?:on|in|at|during)\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening|night|end|start|middle"
    r"|(?:early|small|late|final)\s+hours)\s+of\s+)?"
)
# An interview's answer that is only a date: "Ferris: It was last March.", "A: In 2019."
_ANSWER_LABEL = re.compile(r"(?P<who>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}):\s+")
_DATE_ANSWER = re.compile(
    r"(?:(?:That|This|It)\s+(?:was|happened|came|will\s+be)\s+(?:[a-z]+(?:ed|en|lt)\s+)?)?"
    r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y"
    r"|[Dd]uring)\s+)?"
)
_ANSWER_MARK_END = re.compile(r"\n[ \t]*A[ \t]*:[ \t]*$")
# The question it answers: "When did you decide to come back?", "When was the bridge built?"
_WHEN_QUESTION = re.compile(
    r"(?:(?:Q|[A-Z][\w'’.-]+)\s*:\s*)?(?:When|What\s+year|Which\s+year|What\s+day)\s+"
    r"(?P<aux>did|was|were|will)\s+(?P<rest>[^?]{3,120})\?"
)


def _answered_question(text: str, sentence: Span, start: int, end: int) -> Headline | None:
    """The headline of a when-question answered by a sentence that is only its date."""
    label = _ANSWER_LABEL.match(text, sentence.start)
    lo = label.end() if label else sentence.start
    if not _DATE_ANSWER.fullmatch(text, lo, start) or text[end : sentence.end].strip(" .!"):
        return None
    before = _ANSWER_MARK_END.sub("", text[max(0, sentence.start - 300) : sentence.start])
    before = before.rstrip()
    question = _WHEN_QUESTION.search(before, max(0, before.rfind("\n") + 1))
    if question is None or question.end() != len(before):
        return None
    words = question["rest"].split()
    verb_at = next(
        (k for k in range(1, len(words)) if words[k].islower() and _verbs.is_known_base(words[k])),
        None,
    )
    if question["aux"] in ("was", "were"):
        title, planned = question["rest"], False  # "the bridge built": a headline passive
    elif verb_at is None:
        return None
    else:
        subject = words[:verb_at]
        if [w.lower() for w in subject] == ["you"]:
            if label is None:
                return None
            subject = [label["who"].split()[-1]]
        planned = question["aux"] == "will"
        verb = "to " + words[verb_at] if planned else _present(words[verb_at], _is_plural(subject))
        title = " ".join([*subject, verb, *words[verb_at + 1 :]])
    if _LEAD_ARTICLE.match(title):
        title = title.split(" ", 1)[1]
    title = title[:1].upper() + title[1:]
    return Headline(title, planned, False) if len(title.split()) >= 2 else None


_QUOTE_START = re.compile(r"\s*[\"“‘']")


def _sentence_before(text: str, sentence: Span) -> Span | None:
    """The nearest of the three sentences before ``sentence`` that is no quote."""
    lo = text.rfind("\n", 0, max(0, sentence.start - 1500)) + 1
    spans = sentences(text[lo : sentence.start])
    for span in reversed(spans[-3:]):
        if not _QUOTE_START.match(text, lo + span.start) and span.end - span.start > 20:
            return Span(lo + span.start, lo + span.end)
    return None


_LEAD_PHRASE = re.compile(r"^(?:[A-Z][^,]{2,40},\s+)(?=(?:a|an|the)\s)")


def _previous_thing(text: str, start: int) -> str | None:
    """The singular subject of the sentence before ``start``, after a leading phrase
    ("Under the city charter, a special election must be held" -> "a special election")."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, start - 600), start + 2)]
    ends = [e for e in ends if e <= start]
    lo = ends[-2] if len(ends) >= 2 else max(0, text.rfind("\n", 0, max(0, start - 1)) + 1)
    lead = _LEAD_PHRASE.match(text[lo:start].lstrip())
    if lead is not None:
        lo = lo + (len(text[lo:start]) - len(text[lo:start].lstrip())) + lead.end()
    subject = _subject_before(text, Span(lo, start), start)
    if subject is None or "," in subject or not 1 <= len(subject.split()) <= 5:
        return None
    words = subject.split()
    while words and (words[-1].lower() in _MODALS or words[-1].lower() in _AUXILIARIES):
        words.pop()  # "a special election must be (held)"
    if not words or words[0].lower() in _PRONOUN_START or _is_plural(words):
        return None
    return " ".join(words)


# "it would take place", "it will be held": what happens is no speaker
_IT_HAPPENS = re.compile(
    r"it\s+(?:would|will)\s+(?=take\s+place\b|be\s+held\b|go\s+ahead\b|happen\b)", re.IGNORECASE
)
_OWN_START = re.compile(r"(?:its|their)\s+(?=[\w'’-]+\s)", re.IGNORECASE)


def _names_a_person(who: str) -> bool:
    """Whether a speaker reads as a person: a role ("Spokeswoman", "the minister") or a
    name of two or more capitalised words ("Maria Ortiz"); a body ("Company") does not."""
    words = who.split()
    if any(w.lower() in _names.ROLE_NOUNS for w in words):
        return True
    return sum(1 for w in words if w[:1].isupper()) >= 2


_OTHER_PERSON = re.compile(r"(?:Her|His|Their)\s")
_THERE_NO = re.compile(r"There\s+(?:to\s+be|will\s+be|is|are|was|were)\s+no\s+(?=\w)")
# "Raman hopes the first students would arrive": after a reporting verb in headline tense,
# the future of then is the future of now.
_PRESENT_REPORT_WOULD = re.compile(
    r"(?P<head>\b(?:says|hopes|expects|believes|thinks|fears|predicts|warns)\s+(?:that\s+)?"
    r"(?:(?!(?:that|which|who)\s)[\w'’-]+\s+){1,6}?)would\s+(?!have\b)"
)


# The quality gate: every title an event gets passes :func:`title_problems`, or is the
# least broken one the fallbacks could build.
_AUXILIARIES = frozenset(
    """was were is are am be been being has have had will would shall should could might
    may must can did does do""".split()
)
_END_PARTICLES = frozenset("in on off out over up down away back".split())
_NON_SUBJECT_START = _AUXILIARIES | frozenset(
    """and or but nor of to with in on at by for from as than when while after before since
    because if that which who whom whose where also then so yet said says""".split()
)
_PRONOUN_START = frozenset("it he she they this these those we i there here".split())
_DANGLING_END = frozenset(
    """and or but nor of the a an to in on at by for with from as than that which who whom
    whose its their his her our this these into onto about over after before while when
    is are was were be been has have had will would said says never""".split()
)
_PREPOSITIONS = frozenset(
    "of to in on at by for with from into onto about over after before out up".split()
)
_CONTENT_SKIP = _DANGLING_END | _AUXILIARIES | frozenset("not no".split())
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*")
_SPEAKER_PREFIX = re.compile(r"^[A-Z][^:]{0,40}:\s+")
_PLANNED_SUFFIX = re.compile(r"\s*\(planned\)$")
# A base form after an auxiliary that wants a participle ("was discover").
_OWN_PARTICIPLE = frozenset(
    "set put cut hit let shut spread cost hurt quit run come become".split()
)


def title_problems(title: str) -> tuple[str, ...]:
    """Why a built title is not a headline a reader would accept (empty when it is).

    The check is cheap and shallow: the title must open with a subject-like word (not
    an auxiliary, a connective or a lone participle), hold at least three content words,
    not end on a function word ("... and", "... set at"), not pair an auxiliary with a
    bare verb ("Was discover"), and not rest on a pronoun subject ("It lowers it").

    Args:
        title: The title, possibly with a speaker prefix ("Pompeo: ...") and a
            "(planned)" suffix.

    Returns:
        Short names of the problems found, in a fixed order.
    """
    body = _PLANNED_SUFFIX.sub("", _SPEAKER_PREFIX.sub("", title.strip()))
    words = _TITLE_WORD.findall(body)
    if not words:
        return ("empty",)
    problems: list[str] = []
    lows = [w.lower().rstrip(".") for w in words]
    first = lows[0]
    if first in _NON_SUBJECT_START:
        problems.append("verb-or-connective-start")
    elif (first == "born" or _verbs.is_participle(first)) and (
        len(lows) == 1 or lows[1] in _DANGLING_END
    ):
        problems.append("participle-start")  # "Born in Leith", "Discovered in"
    elif len(first) == 1 and first.isalpha() and first not in ("a", "i"):
        problems.append("fragment-start")  # "S protests in the capital"
    elif words[0].isupper() and len(first) > 2 and body[len(words[0]) : len(words[0]) + 1] == ",":
        problems.append("dateline")  # "CHICAGO, July 27 - ..."
    elif (
        first.endswith("ing")
        and _verbs.base_of_ing(first)
        and (len(lows) == 1 or lows[1] in _PREPOSITIONS or body[len(words[0]) :].startswith(","))
    ):
        problems.append("gerund-start")  # "Testifying before the Senate", "Starting, at"
    elif first in _verbs.IRREGULAR_PAST_ONLY and first not in _verbs.IRREGULAR_PARTICIPLE:
        problems.append("verb-start")  # "Ran drew more than 1,100 responses"
    content = [w for w in lows if w not in _CONTENT_SKIP]
    if len(content) < 3:
        problems.append("too-few-words")
    particle = lows[-1] in _END_PARTICLES and len(lows) > 1 and _verbal(lows[-2])
    if lows[-1] in _DANGLING_END and not particle and not body.rstrip().endswith((")", "”", '"')):
        problems.append("dangling-end")
    for aux, verb in itertools.pairwise(lows):
        if (
            aux in ("was", "were", "is", "are", "be", "been", "being", "has", "have", "had")
            and _verbs.is_known_base(verb)
            and verb not in _OWN_PARTICIPLE
            and verb not in _verbs.IRREGULAR_PARTICIPLE
        ):
            problems.append("broken-verb")
            break
    determiner = first in ("this", "these", "those") and len(lows) > 1 and not _verbal(lows[1])
    if first in _PRONOUN_START and first != "i" and not determiner:
        # "I walk the route": a column's writer, a subject no earlier clause can name
        problems.append("pronoun-subject")
    return tuple(problems)


def well_formed(title: str) -> bool:
    """Whether :func:`title_problems` finds nothing wrong with ``title``."""
    return not title_problems(title)


_NOT_ENTITY = frozenset(
    """the a an this that these those it he she they we i in on at by for with from and but
    or as of to after before when while since during last next monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december mr mrs ms dr jan feb mar apr jun jul aug sep sept
    oct nov dec published updated by""".split()
)


def full_name(text: str, word: str, before: int) -> str | None:
    """The longest capitalised name holding ``word`` said before ``before`` ("Webb" ->
    "James Webb Space Telescope"), when it is longer than the word."""
    best = None
    lo = max(0, before - _REFERENCE_WINDOW)
    if text.find(word, lo, before) < 0:
        return None  # every match holds the word: no pattern is compiled for it
    pattern = re.compile(
        rf"(?:[A-Z][\w'’-]*[ \t]+){{0,3}}{re.escape(word)}\b(?:[ \t]+[A-Z][\w'’-]*){{0,3}}"
    )
    for found in pattern.finditer(text, lo, before):
        words = found.group().split()
        while words and words[0].lower() in _NOT_ENTITY:
            words.pop(0)
        phrase = " ".join(words)
        if word not in words or phrase.endswith(("'s", "’s")):
            continue
        if best is None or len(phrase) > len(best):
            best = phrase
    return best if best and best != word else None


_DATE_GAP = re.compile(r"^\s*")
_OPENING_PARTICIPLE = re.compile(
    r"^(?P<part>Born|[A-Z][a-z]+ed)\b(?P<rest>[^,]{0,60}),\s+"
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])"
)
_APPOSITIVE_PASSIVE = re.compile(
    r"^(?:The|A|An)\s+[a-z][\w-]*,\s+(?P<name>[^,]{2,40}),.*\b(?:was|were)\s+"
    r"(?P<pp>[a-z]+)\s+(?:[a-z]+\s+)?$"
)


def _appositive_passive(text: str, sentence: Span, start: int) -> str | None:
    """ "The planet, LHS 1140 b, ... was discovered in 2017" -> "LHS 1140 b discovered"."""
    head = text[sentence.start : start]
    match = _APPOSITIVE_PASSIVE.match(head) if len(head) < 300 else None
    if match is None or not match["name"][:1].isupper() or not _verbs.is_participle(match["pp"]):
        return None
    return f"{match['name'].strip()} {match['pp']}"


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?$")
_NOT_UNTIL = re.compile(r"\b(?:(?P<aux>will|would|is|are)\s+not|won['’]t)\s+(?=[a-z]{3,}\b)")
_AND_STATE = re.compile(
    r",?\s+and\s+(?:(?:now|still)\s+[a-z]+s\b|(?:has|have)\s+(?:been|remained|stayed|sat)\s)"
)


def plain_title(text: str, sentence: Span, start: int, end: int) -> str:
    """A plain title: the clause around the date (or the sentence when the clause says
    too little) without the date, leading connectives and a reporting tail, cut at a
    phrase boundary; never clever, rarely broken."""
    clause = clause_around(text, sentence, start, end)
    for span in (clause, sentence):
        lo = max(span.start, min(start, span.end))
        hi = min(span.end, max(end, span.start))
        before = text[span.start : lo]
        if start >= span.start and (prep := _PREPOSITION.search(before, max(0, len(before) - 60))):
            before = before[: prep.start()]
        after = text[hi : span.end]
        glue = ", " if after.lstrip().startswith(",") and before.strip() else " "
        draft = f"{before.rstrip(' ,')}{glue}{after.lstrip(' ,')}"
        draft = _TRAILING_REPORT.sub("", _SPACES.sub(" ", draft).strip(_EDGE_PUNCT + "."))
        if _UNTIL_BEFORE.search(text, max(span.start, start - 12), start):
            # "The bridge won't reopen until March": it reopens then
            draft = _NOT_UNTIL.sub(lambda m: f"{m['aux'] or 'will'} ", draft, count=1)
        joined = draft.lower().startswith("and ")
        draft = _LEAD_CONNECTIVE.sub("", draft)
        words = draft.split(" ", 1)
        if joined and _verbal(words[0]) and (subject := subject_of(text, sentence)):
            draft = f"{subject} {draft}"  # "..., and sank early" -> "The liner sank"
        if opening := _OPENING_PARTICIPLE.match(draft):
            # "Born in Leith on 3 March 1932, Voss studied ..." -> "Voss born in Leith"
            draft = f"{opening['who']} {opening['part'].lower()}{opening['rest']}"
        if (topic := _LEAD_TOPIC.match(draft)) and len(draft) - topic.end() > 20:
            draft = draft[topic.end() :]
        elif (frame := _LEAD_FRAME.match(draft)) and len(draft) - frame.end() > 20:
            draft = draft[frame.end() :]
        if (state := _AND_STATE.search(draft)) and len(draft[: state.start()].split()) >= 2:
            # "The museum closed in 2019 and has been empty ever since": the state after
            # it is not the dated happening
            draft = draft[: state.start()]
        draft = _cut(draft.strip(_EDGE_PUNCT + "."), MAX_TITLE)
        if ", " in draft and re.fullmatch(r"[a-z]+", draft.rsplit(", ", 1)[1]):
            draft = _without_fragment(draft)  # a lone lower-case word: ", days"
        draft = draft[:1].upper() + draft[1:]
        if len([w for w in _TITLE_WORD.findall(draft) if w.lower() not in _CONTENT_SKIP]) >= 3:
            return draft
    return draft


def _subject_swap(title: str, subject: str) -> str:
    """``title`` with its first word (a pronoun or a bare noun) replaced by ``subject``."""
    rest = title.split(" ", 1)[1] if " " in title else ""
    subject = _short_subject(subject)
    if subject.split()[-1].islower():
        subject = _LEAD_ARTICLE_ANY.sub("", subject)  # "The Ferry Road footbridge" (not a name)
    if (
        title.split(" ", 1)[0].lower() in _PRONOUN_START
        and (aux := _IS_PARTICIPLE.match(rest))
        and _verbs.is_participle(aux["pp"])
    ):
        rest = rest[aux.end("aux") :].lstrip()  # "It is shown" -> "Canvas shown"
    return f"{subject} {rest}".strip()


def _short_subject(subject: str) -> str:
    """A long subject without its postmodifier ("The Marrowby Street Bridge over the Calder
    River" -> "The Marrowby Street Bridge")."""
    if len(subject) > 40 and (prep := _POSTMODIFIER.search(subject, 4)):
        return subject[: prep.start()]
    return subject


_POSTMODIFIER = re.compile(r"\s(?:over|in|at|on|near|across|from|between|for|with|under)\s")
_IS_PARTICIPLE = re.compile(
    r"(?P<aux>is|are)\s+(?:(?:[a-z]+ly|last|first|only|never|not)\s+)?(?P<pp>[a-z]+)\b"
)


_PERSON_NOUN = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|person|youth)"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?$"  # "man from Hightown"
)


def gate_title(
    title: str,
    text: str,
    sentence: Span,
    start: int,
    end: int,
) -> str:
    """The quality gate: ``title`` when :func:`title_problems` finds nothing, else the
    first well-formed fallback: a passive after an appositive ("The planet, LHS 1140 b,
    ... was discovered" -> "LHS 1140 b discovered"); the subject named (a pronoun given the
    sentence's own subject or, for "he"/"she", the person the article is about; a bare
    name in full: "Webb" -> "James Webb Space Telescope"; a bare noun with its name or
    modifiers: "Exhibition" -> "Hands at Work exhibition"); a dangling end trimmed; then a
    plain copy of the clause around the date (:func:`plain_title`). When none passes, the
    candidate with the fewest problems wins (the original on a tie).

    Args:
        title: The built title (a "Speaker: " prefix and "(planned)" suffix are kept).
        text: The document text.
        sentence: The sentence holding the date.
        start: Offset of the date.
        end: End offset of the date.

    Returns:
        The title to use.
    """
    problems = title_problems(title)
    if not problems:
        return title
    sentence = _past_stamp(text, sentence, start)
    prefix_match = _SPEAKER_PREFIX.match(title)
    prefix = prefix_match.group() if prefix_match else ""
    suffix_match = _PLANNED_SUFFIX.search(title)
    suffix = suffix_match.group() if suffix_match else ""
    body = title[len(prefix) : len(title) - len(suffix)]
    first = body.split(" ", 1)[0]
    candidates: list[str] = []
    if (
        problems == ("too-few-words",)
        and (until := _UNTIL_BEFORE.search(text, max(sentence.start, start - 12), start))
        and not _NOT_UNTIL.search(text, sentence.start, start)
        and not _NOT_UNTIL.search(body)
        and " " in body
    ):
        # "The production runs until 27 June": how long it runs is the news
        candidates.append(f"{body} {_SPACES.sub(' ', text[until.start() : end])}")
    if appositive := _appositive_passive(text, sentence, start):
        candidates.append(appositive)
    if "pronoun-subject" in problems and (earlier := _earlier_clause(text, sentence, start, body)):
        candidates.append(earlier)
    if "pronoun-subject" in problems:
        subject = subject_of(text, sentence)
        if subject and subject.split()[0].lower() not in _PRONOUN_START and len(subject) < 40:
            candidates.append(_subject_swap(body, subject))
        if first.lower() in ("he", "she") and (person := _main_person(text, sentence.start)):
            candidates.append(_subject_swap(body, person))
        if first.lower() in ("they", "it") and (
            earlier := _previous_sentence_subject(text, sentence.start, first.lower() == "they")
        ):
            candidates.append(_subject_swap(body, earlier))
    if "dangling-end" in problems:
        words = body.split()
        while len(words) > 3 and words[-1].lower().strip(_EDGE_PUNCT) in _DANGLING_END:
            words.pop()
        candidates.append(" ".join(words).rstrip(_EDGE_PUNCT))
    # The pattern needs the word itself: no pattern is compiled for a word not there.
    in_sentence = text.find(first, sentence.start, sentence.end) >= 0 and re.search(
        rf"\b{re.escape(first)}\b", text[sentence.start : sentence.end]
    )
    if (
        "too-few-words" in problems
        and in_sentence
        and first[:1].isupper()
        and (name := full_name(text, first, sentence.end))
    ):
        candidates.append(_subject_swap(body, name))
    if (
        "too-few-words" in problems
        and not in_sentence
        and first[:1].isupper()
        and (richer := _richer_subject(text, sentence, first.lower()))
    ):
        candidates.append(_subject_swap(body, richer))
    if (
        "too-few-words" in problems
        and not prefix
        and (frame := _REPORTING.match(text[sentence.start : sentence.end].strip()))
        and not _NOT_SPEAKER.search(frame["who"])
        and frame["who"].split()[0].lower() not in _PRONOUN_START
        and not any(_looks_finite(w) for w in frame["who"].split()[1:])
        and first.lower() in frame["rest"].lower()
        # a plan or a claim needs its source; "Lawmakers adjourn" does not
        and (
            first.lower() in ("its", "their", "his", "her")
            or (" to " in body and first.lower() not in _FUNCTION_WORDS)
        )
        and (said := _REPORTED_PRESENT.get(frame["verb"].split()[0]))
    ):
        # "The council said on Monday that the pool would close in March": "Council says
        # pool to close" (not "Pool to close", nor the sentence with its Monday)
        told = frame["verb"].split()[1:]
        who = _LEAD_ARTICLE_ANY.sub("", frame["who"])
        if said == "says" and _is_plural(who.split()):
            said = "say"  # "Senate leaders say ..."
        lead = body[0].lower() + body[1:] if first not in ("I",) and not _NAME.match(body) else body
        lead = re.sub(r"^(?:its|their|his|her)\s+", "", lead)
        candidates.append(" ".join([who, said, *told, lead]) + suffix)
    plain = plain_title(text, sentence, start, end)
    if not _SPEAKER_PREFIX.match(plain):
        plain = _present_plain(plain)  # "Ellery was arrested and charged" -> "arrested"
    terse = problems == ("too-few-words",)  # "Probe launches" beats "The probe, built by ..."
    elsewhere = terse and first.lower() not in plain.lower()  # a clause about another subject
    if not _DATEISH.search(plain) and not (terse and ", " in plain) and not elsewhere:
        # a plain copy that still holds a date may be another event's
        candidates.append(plain)
        pronoun = re.match(r"(?:he|she)\s+(?=\w)", plain, re.IGNORECASE)
        if pronoun and (person := _main_person(text, sentence.start)):
            candidates.append(f"{person} {plain[pronoun.end() :]}")
        elif (
            pronoun
            and (earlier := _previous_sentence_subject(text, sentence.start, False))
            and _PERSON_NOUN.search(earlier)
        ):
            # "A 27-year-old man was arrested. He has been released": the man
            candidates.append(f"{_LEAD_ARTICLE_ANY.sub('', earlier)} {plain[pronoun.end() :]}")
    scored = [(len(title_problems(c)), i + 1, c) for i, c in enumerate(candidates) if c]
    best = min([(len(problems), 0, body), *scored])
    if best[1] == 0:
        return title
    chosen = best[2]
    if _LEAD_ARTICLE.match(chosen):
        chosen = chosen.split(" ", 1)[1]  # headline style, as :func:`_finish` does
    chosen = _balance_brackets(chosen)
    chosen = chosen[:1].upper() + chosen[1:]
    if prefix and re.search(rf"\b{re.escape(prefix[:-2].strip())}\b", chosen, re.IGNORECASE):
        # "Investigators said the fire ...", "Project manager Sian Poole said ...": the
        # speaker is there already
        prefix = ""
    return f"{prefix}{chosen}{suffix}"


_AND_PAST = re.compile(r"(?<=\sand\s)(?P<verb>[a-z]+)\b")
_TRAILING_AND = re.compile(r"\s+(?:and|or|but)(?:\s+(?:[a-z]+ly|later|then|also|soon))?$")


def _present_plain(plain: str) -> str:
    """A plain fallback in headline tense, a verb after "and" too ("Construction began and
    ran over schedule" -> "Construction begins and runs over schedule")."""
    if (report := _REPORTING.match(plain)) and _PRONOUN_SUBJECT.match(report["rest"]):
        # "Benning announced that he would stop performing" -> "Benning to stop performing"
        rest = _REPORTED_WOULD.sub("to ", _PRONOUN_SUBJECT.sub("", report["rest"]))
        if rest.startswith("to "):
            return f"{report['who']} {rest}"
    converted = to_headline_tense(plain)[0]
    if len(converted.split()) < len(plain.split()) - 1:
        return plain  # the tense rule cut a clause ("Driver who stole a bus was jailed")
    converted = _TRAILING_AND.sub("", converted)
    plural = _is_plural(converted.split()[:1])

    def present(found: re.Match[str]) -> str:
        word = found["verb"]
        base = _verbs.past_base(word) if word not in _verbs.IRREGULAR_PARTICIPLE else None
        if base is None or word.endswith("ed"):
            return word  # "and charged": a participle sharing the first auxiliary
        return _present(base, plural)

    return _AND_PAST.sub(present, converted)


_DATEISH = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:next|last)\s+(?:week|month|year)\b|\b(?:tomorrow|yesterday)\b"
    rf"|\b(?:on|last|next|this)\s+(?:{WEEKDAY_ALT})\b"
    r"|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|after)\b(?!\s+than\b)"
    r"|\bthe\s+(?:following|next|previous)\s+(?:day|week|month|year|spring|summer|autumn"
    r"|winter)\b"
)


_MODIFIER = re.compile(r"[a-z][a-z-]{2,}|[A-Z][\w'’-]+")


def _richer_subject(text: str, sentence: Span, noun: str) -> str | None:
    """A bare noun subject ("Festival runs", "Warning issued") said fully: an appositive
    name in the sentence ("The exhibition, Hands at Work, will run"), a name that ends with
    the noun ("Kelvin Arts Festival") or the nearest mention with its modifiers ("its first
    red warning for extreme heat" -> "First red warning")."""
    word = re.escape(noun)  # the noun comes from the text: it may hold "[" or "("
    said = text[sentence.start : sentence.end]
    # The patterns below are compiled per noun; a literal test first skips those that
    # cannot match (an ASCII noun in an ASCII sentence matches case-insensitively only
    # where the lower-cased noun occurs in the lower-cased sentence).
    if (noun.isascii() and said.isascii() and noun.lower() not in said.lower()) or not re.search(
        rf"\b{word}\b", said, re.IGNORECASE
    ):
        return None
    own = (
        re.match(rf"(?:The|An?)\s+{word},\s+(?P<name>[A-Z][^,]{{2,40}}),", said)
        if f"{noun}," in said
        else None
    )
    if own is not None:
        return f"{own['name']} {noun}"
    lo = max(text.find("\n") + 1, sentence.end - _REFERENCE_WINDOW)  # not the headline
    names = []
    if text.find(noun.capitalize(), lo, sentence.end) >= 0:
        named = re.compile(
            rf"(?<![\w'’])(?:[A-Z][\w'’-]*\s+){{1,3}}{re.escape(noun.capitalize())}\b"
        )
        names = [m.group() for m in named.finditer(text, lo, sentence.end)]
        names = [" ".join(w for w in n.split() if w.lower() not in _NOT_ENTITY) for n in names]
        names = [n for n in names if len(n.split()) > 1]
    if names:
        return names[-1]
    if text.find(noun, lo, sentence.end) < 0:
        return None  # the mention below holds the noun
    mention = re.compile(
        rf"(?:\b(?:a|an|its|their|his|her|our|the)|['’]s)\s+((?:\S+\s+){{1,3}}){word}\b"
    )
    best = None
    for found in mention.finditer(text, lo, sentence.end):
        mods = found.group(1).split()
        if all(
            _MODIFIER.fullmatch(m)
            and m.lower() not in _CONTENT_SKIP
            and m.lower() not in _FUNCTION_WORDS
            and not (m.islower() and _verbal(m))
            for m in mods
        ):
            best = " ".join([*mods, noun])
    return best[:1].upper() + best[1:] if best else None


_CLAUSE_JOIN = re.compile(r";\s+|,\s+(?:and|but)\s+")
_ITS_OBJECT = re.compile(
    r"\b(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    r"(?=\s+(?:for|in|on|at|by|to|from|with|after|before|this|last)\b|\s*[;,.])"
)


def _earlier_clause(text: str, sentence: Span, start: int, body: str) -> str | None:
    """ "The company cut its forecast ...; it had lowered it in April": a pronoun subject
    (and a trailing "it") named by the clause before in the same sentence."""
    joins = list(_CLAUSE_JOIN.finditer(text, sentence.start, start))
    if not joins:
        return None
    join = joins[-1].start()
    subject = _subject_before(text, Span(sentence.start, join), join)
    if subject is None:
        words = text[sentence.start : join].split()[:6]
        verb = next((i for i, w in enumerate(words) if i and w.islower() and _verbal(w)), 0)
        subject = " ".join(words[:verb]) if verb else None
    subject = _short_subject(subject) if subject else subject
    if not subject or subject.split()[0].lower() in _PRONOUN_START or len(subject) > 40:
        return None
    title = _subject_swap(body, subject)
    if title.endswith(" it") and (obj := _ITS_OBJECT.search(text, sentence.start, join)):
        title = f"{title[:-3]} {obj.group()}"
    return title


_IRREGULAR_PLURALS = frozenset("men women people children police staff crew".split())


_INDEFINITE_PRONOUNS = frozenset(
    "anyone anybody someone somebody everyone everybody nobody each".split()
)


# A live blog's update that begins with its clock time: "13:40 - The agency raised ...".
UPDATE_STAMP = re.compile(
    r"[ \t]*(?:[-*•–][ \t]+)?(?:\d{4}-\d{2}-\d{2}[ T])?"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s*[-–—:|]\s+|[ \t](?=[A-Z][a-z]))"
)
# "it" as an object (but "said it may apply": the speaker's own "it" is a subject).
_OBJECT_IT = re.compile(
    r"(?<!\bsaid )(?<!\bsays )(?<!\bthat )(?<!\bwhether )(?<!\bif )(?<!\bannounced )"
    # "stored tobacco before it closed": the subject of a clause of its own
    r"(?<!\bbefore )(?<!\bafter )(?<!\bwhen )(?<!\buntil )(?<!\bsince )(?<!\bbecause )"
    r"(?<!\bonce )(?<!\bwhile )(?<!\band )(?<!\bbut )\bit\b(?!['’]s)"
)
_OBJECT_THEM = re.compile(r"\bthem\b")


def says_object_pronoun(text: str, lo: int, hi: int, plural: bool) -> bool:
    """Whether ``text[lo:hi]`` says "it" (or "them" when ``plural``): a sentence that does
    ("The county closed it in March.") is no antecedent for a following "It".

    Args:
        text: The document text.
        lo: Where the sentence starts.
        hi: Where it ends.
        plural: Look for "them" instead of "it".

    Returns:
        True when the pronoun is there.
    """
    return (_OBJECT_THEM if plural else _OBJECT_IT).search(text, lo, hi) is not None


# A list item's or an update's label: "- 1987: ", "This spring: ", "14:05 - ".
ITEM_LABEL = re.compile(r"\s*[*•·–—-]?\s*[^\n:.!?]{1,30}(?::|\s[-–—])\s+(?=[A-Z])")


def label_end(text: str, lo: int, hi: int) -> int:
    """Where the words of the sentence ``text[lo:hi]`` start, after a list item's label
    or a live blog's clock time ("- This spring: The reservoir ...", "07:10 - Ferries ...").

    Args:
        text: The document text.
        lo: Where the sentence starts.
        hi: Where it ends.

    Returns:
        The offset after the label, or ``lo`` when there is none.
    """
    if label := ITEM_LABEL.match(text, lo, hi):
        return label.end()
    while lo < hi and text[lo].isspace():
        lo += 1
    if stamp := UPDATE_STAMP.match(text, lo, hi):
        return stamp.end()
    return lo


# "The pier's story in brief: it opened in 1869": a label that names what "it" is.
_OWNER_LABEL = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<owner>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})['’]s\s+"
    r"[^:\n.]{1,30}:\s+(?:it|they)\s"
)


def label_owner(text: str, at: int) -> str | None:
    """Whom an "it" after a label means when the label names its owner ("The pier's story
    in brief: it opened in 1869" -> "Pier").

    Args:
        text: The document text.
        at: Where the sentence starts.

    Returns:
        The owner without its article, capitalised, or None.
    """
    if (found := _OWNER_LABEL.match(text, at)) is None:
        return None
    owner = found["owner"]
    return owner[:1].upper() + owner[1:]


# "It was last seen ...", "They have been charged ...", "It runs until 18:00": a pronoun
# that undergoes the happening, or a thing that lasts; it stands for what the sentence
# before acted on rather than for who acted.
_PATIENT_PRONOUN = re.compile(
    r"(?:It|They)\s+(?:(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be|had\s+to\s+be)"
    r"\s+(?:(?:last|first|later|then|also|now|since|never|formally|[a-z]+ly)\s+)?"
    r"(?P<participle>[a-z]+)"
    r"|(?:runs?|lasts?|expires?|will\s+(?:run|last|expire))\s+(?:until|till|for|through|from)"
    r")\b"
)
_COUNTS = "two three four five six seven eight nine ten eleven twelve several \\d+"
# "arrested two men, aged 34 and 41, at ...", "painted the picture in 1911": an active
# past verb's object, before a preposition, a comma or the sentence's end.
_VERB_OBJECT = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
    r"\b(?P<verb>[a-z]{3,}ed|" + _verbs.PAST_ALTERNATION + r")\s+"
    r"(?P<np>(?:the|a|an|" + _COUNTS.replace(" ", "|") + r")\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|on|at|to|for|from|over|after|before|during|near|with|by|and"
    r"|but|which|who|that|as|into|outside|inside|across)\b)"
)
_NOT_OBJECT_VERBS = frozenset("was were had said told became seemed remained".split())


def patient_antecedent(text: str, lo: int, hi: int, pronoun_at: int) -> str | None:
    """What an opening "It"/"They" stands for when its sentence has it undergo something
    ("They have been charged", "It was last seen") or last ("It runs until 18:00"): the
    object of the first active verb of the sentence before ("Police arrested two men ...",
    "Marrow painted the picture ..."), when its number agrees.

    Args:
        text: The document text.
        lo: Where the sentence before starts.
        hi: Where it ends.
        pronoun_at: Where the pronoun's sentence starts.

    Returns:
        The object without its article ("Two men", "Picture"), or None.
    """
    said = _PATIENT_PRONOUN.match(text, pronoun_at)
    if said is None or (
        said["participle"] is not None and not _verbs.is_participle(said["participle"])
    ):
        return None
    plural = text.startswith("They", pronoun_at)
    found = next(
        (
            m
            for m in _VERB_OBJECT.finditer(text, label_end(text, lo, hi), hi)
            if m["verb"] not in _NOT_OBJECT_VERBS
        ),
        None,
    )
    if found is None:
        return None
    words = found["np"].split()
    if any(w in _FUNCTION_WORDS or _verbs.is_participle(w) for w in words[1:]):
        return None  # "bought the site and ...", "found the bag dumped"
    counted = words[0] in _COUNT_WORDS or words[0].isdigit()
    if plural != (counted or _is_plural(words)):
        return None
    if words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def _previous_sentence_subject(text: str, start: int, plural: bool) -> str | None:
    """The subject of the sentence before ``start`` when it is a short noun phrase of the
    given number ("The men, aged 24 and 31, were arrested. They will appear ...")."""
    ends = [
        e for e in _SENTENCE_END.finditer(text, max(0, start - 600), start + 2) if e.end() < start
    ]
    lo = ends[-2].end() if len(ends) >= 2 else max(0, text.rfind("\n", 0, max(0, start - 1)) + 1)
    if owner := label_owner(text, start):
        return owner  # "The pier's story in brief: it opened in 1869"
    pronoun_at = label_end(text, start, len(text))
    if lo < start and (patient := patient_antecedent(text, lo, start, pronoun_at)):
        return patient  # "Police arrested two men. They have been charged ...": the men
    if len(ends) >= 3 and says_object_pronoun(text, lo, start, plural):
        # "The bridge reopened on Thursday. The county closed it in March. It was built in
        # 1932": the "it" before says who; the subject of the sentence before that.
        start, lo = ends[-2].end(), ends[-3].end()
    lo = label_end(text, lo, start)  # "- This spring: The reservoir starts filling."
    if lo >= start:
        return None
    subject = _subject_before(text, Span(lo, start), start)
    if subject is None:
        return None
    subject = _AGE_APPOSITION.sub("", subject).strip()
    words = subject.split()
    if not 1 <= len(words) <= 5 or words[0].lower() in _PRONOUN_START or "," in subject:
        return None
    if words[0].lower() in _INDEFINITE_PRONOUNS:
        return None  # "Anyone with a ticket ...": nobody in particular is "it"
    if says_object_pronoun(text, lo, start, plural):
        return None  # "The county closed it in March. It was built in 1932": not the county
    last = words[-1].lower()
    is_plural = last in _IRREGULAR_PLURALS or _is_plural(words)
    if is_plural != plural or not last.isalpha():
        return None
    if words[0].lower() in ("the", "a", "an") and len(words) > 1 and words[1].islower():
        # "The council wants ... It will decide" -> "Council to decide"
        return words[1][:1].upper() + " ".join(words[1:])[1:]
    return subject


# "Posted Oct. 8", "Updated Tuesday": no surnames (but "Theresa May", "Jean June").
_CALENDAR_WORDS = (frozenset(MONTHS) | frozenset(WEEKDAYS)) - {"may", "june"}


def _main_person(text: str, before: int) -> str | None:
    """The surname said most often before ``before`` of a person introduced by full name
    ("Eleanor Voss ... Voss ..." -> "Voss"): whom an unresolved "he" or "she" means."""
    lo = max(0, before - _REFERENCE_WINDOW)
    counts: dict[str, int] = {}
    for name in _PERSON_NAME.findall(text, lo, before):
        words = name.split()
        if words[0] == "By":
            continue  # a byline names the writer
        while words and words[0].lower() in _NOT_ENTITY:
            words.pop(0)
        if len(words) > 3:
            words = words[-2:]  # "Dunmore County Treasurer Gail Prentiss"
        if (
            len(words) in (2, 3)
            and words[-1].lower() not in _NOT_PERSON
            and words[-1].lower() not in _CALENDAR_WORDS
            and words[-1].lower() not in _TEAM_PLURALS
        ):
            counts.setdefault(words[-1], 0)
    if not counts:
        return None
    window = text[lo:before]
    for surname in counts:
        counts[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", window))
    return max(counts, key=lambda n: counts[n])


_RUN_OF_NAMES = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’.-]*)*")
_CAPITAL_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|Mr|Mrs|Ms|Dr)\.?\s+$")
_TITLE_VERB_WORDS = frozenset("to due expected set now first last again also".split())
_GENERIC_ACTORS = (
    _names.ROLE_NOUNS
    | _names.BODY_NOUNS
    | _PRONOUN_START
    | _INDEFINITE_PRONOUNS
    | frozenset("company firm government police union group people man woman".split())
)


def _names_in_line(line: str) -> list[str]:
    """Capitalised names in a headline, each run of capitals and its shorter parts
    ("NASA Rules Out Apophis Impact" -> "NASA Rules Out Apophis Impact", ..., "Apophis")."""
    names: list[str] = []
    for run in _RUN_OF_NAMES.finditer(line):
        words = re.sub(r"['’]s\b|[.,:;'’]+$", "", run.group()).split()
        for n in range(min(len(words), 4), 0, -1):
            for i in range(len(words) - n + 1):
                part = words[i : i + n]
                if part[0][:1].isupper() and part[-1][:1].isupper():
                    names.append(" ".join(part))
    return names


def _a_person(body: str, name: str) -> bool:
    """Whether ``name`` reads as a person in ``body``: after a given name or a title
    ("Jack Hallam", "Dr Rao"), before a surname ("Winifred Penhallow"), or said alone as
    one speaks or is described ("Hallam said", "Hallam, 24,")."""
    escaped = re.escape(name)
    for found in re.finditer(rf"\b{escaped}\b", body):
        before = _CAPITAL_BEFORE.search(body, max(0, found.start() - 20), found.start())
        given = before.group().split()[0] if before else ""
        if given in ("Mr", "Mrs", "Ms", "Dr") or (
            given
            and given.lower() not in _NOT_ENTITY
            and not re.search(rf"\b{given.lower()}\b", body)
        ):
            return True  # "Dr Rao", "Jack Hallam" (never "jack"; but "Asteroid Apophis")
        if re.match(r"\s+[A-Z][a-z]+\b", body[found.end() : found.end() + 30]):
            return True  # "Winifred Penhallow"
    words = name.split()
    last = re.escape(words[-1])
    if re.search(rf"\b{last},\s+\d{{1,3}},", body):
        return True  # "Hallam, 24, ..."
    plural = words[-1].endswith("s") and not _SINGULAR_S.search(words[-1])
    if len(words) not in (2, 3) or plural or not name.istitle():
        return False  # "Westbury Rovers ... Rovers": a team, not a surname
    alone = re.compile(rf"(?<![A-Z][a-z] )(?<![\w.]){last}\b(?!\s+[A-Z])")
    return sum(1 for _ in alone.finditer(body)) > body.count(name)


@functools.lru_cache(maxsize=4)
def _topic_names(text: str) -> tuple[str, ...]:
    """The names of the article's topic: names in the headline (the first line) that the
    body repeats and never writes in lower case ("Ashcombe and Wyre heads for second
    recount" ... "Counting staff in Ashcombe and Wyre"), people and demonyms left out;
    longest first."""
    first = re.search(r"\S[^\n]*", text)
    if first is None or len(first.group()) > 200 or "\n" not in text[first.end() :]:
        return ()  # no headline: a first line of one paragraph
    body = text[first.end() :]
    found: list[str] = []
    line = re.sub(r"^[^:]{1,20}:\s", "", first.group())  # "Live: ...", "Census 2026: ..."
    for name in dict.fromkeys(_names_in_line(line)):
        if name.lower() in _NOT_ENTITY or name in _names.DEMONYMS or any(name in f for f in found):
            continue
        if re.search(
            rf"\b(?:in|at|near|off|across)\s+(?:the\s+)?{re.escape(name)}\s+[a-z]{{3,}}\b", line
        ):
            continue  # "Capsule lands in Utah desert": where it happened, not what about
        if (
            re.search(rf"\b{re.escape(name)}\b", body)
            and not re.search(rf"\b{re.escape(name.lower())}\b", body)
            and not _a_person(body, name)
        ):
            found.append(name)
    return tuple(found)


_TIME_POSSESSIVE = re.compile(
    rf"(?:(?:This|Last|Next)\s+(?:week|month|year|season)|{WEEKDAY_ALT})['’]s\s+(?=[a-z])"
)


def _headline_modifiers(text: str, noun: str) -> str | None:
    """The words before ``noun`` in the headline when it says the noun with modifiers
    ("... in large African trial" -> "Large African") and the article has no topic name."""
    first = re.search(r"\S[^\n]*", text)
    if first is None or len(first.group()) > 200 or "\n" not in text[first.end() :]:
        return None
    found = re.search(rf"((?:[\w'’-]+\s+){{1,3}}){re.escape(noun)}\b", first.group(), re.IGNORECASE)
    if found is None:
        return None
    mods: list[str] = []
    for word in reversed(found.group(1).split()):
        low = word.lower()
        if low in _FUNCTION_WORDS or low in _CONTENT_SKIP or _verbal(word) or word.isdigit():
            break  # (but "100ml", "20mph" name the thing)
        mods.insert(0, word)
    if not mods or (mods[0] == first.group().split()[0] and not mods[0][1:].islower()):
        return None
    text_mods = " ".join(mods)
    return text_mods[:1].upper() + text_mods[1:]


# What belongs to no article's topic: the world's times, seasons and weather.
_UNOWNED_NOUNS = frozenset(
    """pandemic epidemic war recession night dawn dusk winter summer autumn spring storm
    drought heatwave frost snow rain weather eclipse""".split()
)


_DAY_NOUNS = frozenset("day night weekend evening".split())


def name_topic(title: str, text: str, sentence: Span) -> str:
    """A short title whose subject is a bare common noun ("Draw made", "Polls close")
    takes the name of the article's topic when this sentence or one of the two before
    says it
    ("... at the Marlow Championships on Tuesday, after the draw was made on Saturday" ->
    "Marlow Championships draw made").

    Args:
        title: The built title (a "(planned)" suffix is kept).
        text: The document text; its first line is the headline.
        sentence: The sentence holding the date.

    Returns:
        The title, named when it was short and generic.
    """
    suffix_match = _PLANNED_SUFFIX.search(title)
    suffix = suffix_match.group() if suffix_match else ""
    body = title[: len(title) - len(suffix)]
    if when := _TIME_POSSESSIVE.match(body):
        # "This month's measurements made": the time says nothing the date does not
        named = name_topic(
            f"{body[when.end() :][:1].upper()}{body[when.end() + 1 :]}", text, sentence
        )
        return f"{named}{suffix}" if named[:1] != body[when.end() :][:1].upper() else title
    words = body.split()
    if len(body) >= 25 or len(words) < 2 or ":" in body or not body[:1].isalpha():
        return title
    if any(w[:1].isupper() or not w[:1].isalpha() for w in words[1:]):
        return title  # a name or a number says which already ("Game 2 scheduled")
    verb = next(
        (
            i
            for i, w in enumerate(words[1:], 1)
            if w in _TITLE_VERB_WORDS or _verbal(w) or _verbs.is_participle(w)
        ),
        None,
    )
    if verb is None:
        if len(words) == 2 and words[1] in _DAY_NOUNS and len(names := _topic_names(text)) == 1:
            # "Closing day" in a key-dates list: the day of the one thing the text is about
            return f"{names[0]} {body[:1].lower()}{body[1:]}{suffix}"
        return title
    subject = [re.sub(r"['’]s$", "", w.lower()) for w in words[:verb]]
    if any(w in _GENERIC_ACTORS or w in _COUNT_WORDS for w in subject):
        return title  # "Company cuts 60 jobs", "Two to face each other": not a thing's
    if subject[-1] in _UNOWNED_NOUNS:
        return title  # "Pandemic halts lab work", "Lunar night sets in": no topic's own
    head = re.sub(r"['’]s$", "", words[0])  # "Obi's dad dies": Obi, whose dad
    if re.search(rf"(?<=[a-z,] ){re.escape(head)}\b", text) and not re.search(
        rf"\b{re.escape(head.lower())}\b", text
    ):
        return title  # capitalised inside a sentence and never in lower case: a name
    names = _topic_names(text)
    if not names:
        mods = _headline_modifiers(text, subject[-1]) if verb == 1 else None
        return f"{mods} {body[:1].lower()}{body[1:]}{suffix}" if mods else title
    first_line = re.search(r"\S[^\n]*", text)
    lo = max(sentence.start - 600, first_line.end() if first_line else 0)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, lo), sentence.start + 2)]
    ends = [e for e in ends if e <= sentence.start]
    lo = ends[-3] if len(ends) >= 3 else lo  # this sentence and the two before it
    for window in (text[sentence.start : sentence.end], text[lo : sentence.end]):
        for name in names:
            if not re.search(rf"\b{re.escape(name)}\b", window) or name.lower() in body.lower():
                continue
            if subject[-1] in name.lower().split():
                # "Bill introduced" -> "Clean Rivers Bill introduced"
                return f"{name} {' '.join(words[verb:])}{suffix}"
            return f"{name} {body[:1].lower()}{body[1:]}{suffix}"
    if len(words) == 2 and len(names) == 1:
        # "Bids due", "Drought lasts": two words say too little, and the article has one
        # topic (a Q&A's answers rarely repeat it)
        return f"{names[0]} {body[:1].lower()}{body[1:]}{suffix}"
    if verb == 1 and (mods := _headline_modifiers(text, subject[-1])):
        # "Limit brought in" under "100ml liquids limit to end ...": the headline's limit
        return f"{mods} {body[:1].lower()}{body[1:]}{suffix}"
    return title
