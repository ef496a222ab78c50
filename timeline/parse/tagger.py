"""Temporal tagger: find TIMEX3 expressions in English text and normalise them.

Recognition is a handful of compiled regular expressions (one per expression family) whose
quantifiers are all bounded, so every match attempt does a bounded amount of work and a scan
is linear in the text length. Overlapping candidates are resolved longest-first; the kept
ones are normalised in text order so that narrative expressions ("three days later") can
anchor on the previous date in the text, and deictic ones ("Tuesday", "last year") on the
document creation time (DCT).

Annotation conventions follow TimeML/TempEval-3: determiners and modifiers that belong to
the expression are inside the span ("the 1990s", "the past three years", "two years ago",
"early next year"), prepositions are not ("in 2014" -> "2014").
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import datetime as dt
import functools
import importlib
import operator
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

from timeline.parse import _lexicon as lex
from timeline.parse.timex import Timex, TimexType

__all__ = ["find_ranges", "tag"]

DateOrder = Literal["auto", "mdy", "dmy"]
Anchor = Literal["absolute", "dct", "narrative", "unresolved"]

# --------------------------------------------------------------------------- patterns
# Every quantifier is bounded ({0,3} rather than * or +) and no quantified group can match
# the same characters two ways, so the regex engine backtracks only a constant amount per
# starting position: scans stay linear even on "May May May ..." or long digit runs.


def _alts(words: Sequence[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cased(words: Sequence[str]) -> str:
    """Title-case and upper-case variants: "may" (the verb) must not match "May"."""
    forms = {w.title() for w in words} | {w.upper() for w in words}
    return _alts(sorted(forms))


_MONTH_FULL = _cased(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_MONTH_ABBR = _cased(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"])
_MONTH_ABBR += "|Dec|DEC"
# A month name, or an abbreviation with its dot ("Aug.") or without it ("Sept 5" only).
_MON = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)"
_MON_ANY = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_WEEKDAY = _cased(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_WD_ABBR = _cased(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# A year cut to two digits after an apostrophe: "in '87", "the summer of '96".
_YEAR_SHORT = r"['’]\d\d(?![\w'’])"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Spelled-out ordinals of a month's days: "fifth", "twenty-first", "thirty first".
_ORD_DAYS = {w: n for w, n in lex.ORDINALS.items() if w.isalpha() and w != "final"}
_ORD_DAYS.update(
    {
        f"{tens}{sep}{unit}": base + lex.ORDINALS[unit]
        for tens, base in (("twenty", 20), ("thirty", 30))
        for unit in "first second third fourth fifth sixth seventh eighth ninth".split()
        for sep in ("-", " ")
        if base + lex.ORDINALS[unit] <= 31
    }
)
_ORD_DAY = _alts(list(_ORD_DAYS))
_SP = r"[ \t\n]{1,3}"  # bounded whitespace
_SP_LINE = r"(?:[ \t]{1,3}|[ \t]?\n[ \t]?)"  # the same within a paragraph
_SP0 = r"[ \t\n]{0,3}"
# A range's dash: never after a line break ("in 2026\n- 1978: ..." is a list item).
_DASH = r"[ \t]{0,3}[-–][ \t\n]{0,3}"

_NUM_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# A spelled-out year, as broadcast transcripts write them ("nineteen ninety-four").
_WORD_YEAR = (
    rf"(?i:(?:nineteen|eighteen|twenty)[ ](?:{_NUM_WORDS}|hundred)"
    rf"|two{_SP}thousand(?:{_SP}(?:and{_SP})?{_NUM_WORDS})?)(?![\w-])"
)
_NUM = (
    r"(?:\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?"
    rf"|(?:(?:a|one|two|three|four|five){_SP})?(?:hundred|thousand)"
    rf"|{_NUM_WORDS}(?:{_SP}hundred)?"
    rf"|a{_SP}couple{_SP}of|a{_SP}couple|couple{_SP}of|a{_SP}few|a{_SP}dozen|a{_SP}number{_SP}of"
    rf"|half{_SP}an?|an?{_SP}half|several|few|many|some|dozens{_SP}of|hundreds{_SP}of"
    rf"|thousands{_SP}of|a|an|another|half(?=(?:{_SP}|-)(?:century|decade)\b))"
)
_NUM_ALONE = (  # a number that can stand without article ("ten-year", "10 days")
    rf"(?:\d{{1,3}}(?:,\d{{3}}){{0,2}}(?:\.\d{{1,2}})?|{_NUM_WORDS}|hundred|thousand)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millennium|millennia)"
)
_UNIT_PL = (
    r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades"
    r"|centuries)"
)
_APPROX = (
    r"(?:nearly|almost|more{SP}than|less{SP}than|fewer{SP}than|at{SP}least|at{SP}most"
    r"|up{SP}to|well{SP}over|upwards{SP}of|some)"
).replace("{SP}", _SP)
_APPROX_MOD = {
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "barely": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "as many as": "EQUAL_OR_LESS",
    "as long as": "EQUAL_OR_LESS",
}
_REL_WORD = (
    r"(?:the{SP}(?:past|last|next|coming|previous|following|first|final|remaining|ensuing"
    r"|preceding|latest|same|initial|year-earlier|year-ago|comparable)|past|last|next|coming"
    r"|previous|first|recent|these"
    r"|those|the|its|their|his|her|our|this)"
).replace("{SP}", _SP)
_FILLER = (
    r"(?:more|additional|full|straight|consecutive|long|extra|further|whole|entire|successive"
    r"|other|odd|short|calendar|fiscal|working|business|trading|school|tumultuous|difficult)"
)


class _Lazy:
    """A verbose regex compiled on first use.

    Compiling the rule patterns takes most of this module's import time; deferring it keeps
    ``timeline --help`` and other commands that never tag fast.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags | re.VERBOSE
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile_factored(self._source, self._flags)
        return self._compiled

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)


def _c(pattern: str, flags: int = 0) -> _Lazy:
    return _Lazy(pattern, flags)


def _compile_factored(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with the alternatives of every alternation that open
    with the same ASCII literal (the same letter in either case under IGNORECASE) tried
    under one test of that literal: the engine tries each alternative in turn, and under
    IGNORECASE cannot skip one by its first character, so "(?:one|two|...|twelve)" took
    a dozen tries at every place. Alternatives that open with different literals cannot
    both match at one place, so grouping them keeps the order in which the matching ones
    are tried; an alternative that opens otherwise keeps its place between the groups.
    Same matches and groups (tests/test_parse_tagger_speed.py compares them)."""
    tree = _RE_PARSER.parse(source, flags)
    _factor_tree(tree, bool(tree.state.flags & re.IGNORECASE))
    compiled: re.Pattern[str] = _RE_COMPILER.compile(tree, flags)
    return compiled


# The re module's parser, compiler and constants (loaded with re itself), for the factoring.
_RE_PARSER: Any = importlib.import_module("re._parser")
_RE_COMPILER: Any = importlib.import_module("re._compiler")
_RE_CONSTANTS: Any = importlib.import_module("re._constants")


def _factor_tree(sub: Any, ic: bool) -> None:
    """Factor the alternations in the parsed pattern ``sub`` in place (see
    _compile_factored); ``ic``: whether IGNORECASE holds there."""
    c = _RE_CONSTANTS
    data = sub.data
    for j, (op, av) in enumerate(data):
        if op is c.BRANCH:
            for alt in av[1]:
                _factor_tree(alt, ic)
            data[j] = (op, (av[0], _factor_alts(av[1], ic, sub.state)))
        elif op is c.SUBPATTERN:
            _g, add, delete, body = av
            _factor_tree(body, (ic or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _factor_tree(av[2], ic)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _factor_tree(av[1], ic)


def _factor_alts(alts: list[Any], ic: bool, state: Any) -> list[Any]:
    """The alternatives ``alts`` with those that open with the same literal in one
    alternative: that literal, then their rests as an alternation (factored in turn)."""
    c, parser = _RE_CONSTANTS, _RE_PARSER
    # Runs of alternatives between those that open with no ASCII literal; within a run,
    # one group per first literal, at the place of its first alternative.
    out: list[Any] = []
    groups: dict[str | int, list[Any]] = {}
    for alt in alts:
        head = alt.data[0] if alt.data else None
        if head is None or head[0] is not c.LITERAL or head[1] >= 128:
            out.append(alt)
            groups = {}
            continue
        key: str | int = chr(head[1]).lower() if ic else head[1]
        if key in groups:
            groups[key].append(alt)
        else:
            groups[key] = [alt]
            out.append(groups[key])
    if len(out) == len(alts):
        return alts
    factored = []
    for item in out:
        if not isinstance(item, list):
            factored.append(item)
        elif len(item) == 1:
            factored.append(item[0])
        else:
            rests = [parser.SubPattern(state, alt.data[1:]) for alt in item]
            rest = (c.BRANCH, (None, _factor_alts(rests, ic, state)))
            factored.append(parser.SubPattern(state, [item[0].data[0], rest]))
    return factored


_P_DATE_MDY = _c(
    rf"""
    (?<![\w.])
    (?:(?i:this{_SP}coming|this{_SP}past|last|next|this){_SP}(?={_WEEKDAY}))?
    (?:(?P<wd>{_WEEKDAY}|(?:{_WD_ABBR})\.),?{_SP})?
    (?P<mon>{_MON_ANY}){_SP0}
    (?:(?P<day>{_DAYNUM})(?!\d|:\d)|(?P<oday>{_ORD_DAY})\b)
    (?:(?:{_DASH}|{_SP}(?P<conj>and|or){_SP})(?P<day2>{_DAYNUM})(?!\d|:\d|[.,]\d))?
    (?:,?{_SP}(?:of{_SP})?(?P<year>{_YEAR}(?![\d%])|{_WORD_YEAR}))?
    """
)
_P_DATE_DMY = _c(
    rf"""
    (?<![\w.$,])
    (?:(?P<wd>{_WEEKDAY}),?{_SP})?
    (?:(?i:the){_SP})?
    (?:(?P<day>{_DAYNUM})
        (?:(?:{_DASH}|{_SP}(?P<conj>to|through){_SP})(?P<day2>{_DAYNUM}))?
        {_SP}(?:of{_SP})?
      |(?P<oday>{_ORD_DAY}){_SP}of{_SP})
    (?P<mon>{_MON_ANY})(?![\w])
    (?:,?{_SP}(?P<year>{_YEAR})(?![\d%]))?
    """
)
_P_MONTH_YEAR = _c(
    rf"""
    (?<![\w.])(?P<mon>{_MON_ANY})(?:,|{_SP}of)?{_SP}(?P<year>{_YEAR}(?![\d%])|{_WORD_YEAR})
    """
)
_P_MONTH = _c(rf"(?<![\w.])(?P<mon>{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)(?![\w])")
_NUMERIC_DATE = r"""
    (?<![\w./$-])
    (?:(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?:T(?P<ih>\d\d):(?P<imin>\d\d))?
      |(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d))
    (?![\w/]|\.\d|-\d)
    """
# "on the 14th": a day of the month in focus, where nothing follows that it could count.
# It can begin inside a word ("Lebanon the 14th"): see _INNER_STARTS.
_NUMERIC_NTH = r"""
    (?P<nprep>(?i:on|by|until|since|from|before|after))[ ](?P<nthe>(?i:the)[ ]
      (?P<nd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))
    (?=\s{0,2}[,.;:!?)]|\s{1,2}(?:and|or|to|when|at|as|but|until)\b)
    """
_P_NUMERIC = _c(f"{_NUMERIC_DATE}|{_NUMERIC_NTH}")
# A period noun that a year names ("the 1989 fiscal year", "the 1990 period"): TimeML
# takes it, and its determiner, into the expression.
_PERIOD_AFTER_YEAR = (
    rf"{_SP}(?:(?:fiscal|calendar|model|school|financial|tax){_SP}year|period)(?![\w-])"
)
_P_YEAR = _c(
    rf"""
    (?<![\w$£€¥#.,/:'’])(?<!\d[-–])
    (?:(?P<fy>fiscal|FY|calendar)(?:{_SP}year)?{_SP0}|the{_SP}year{_SP}
      |the{_SP}(?={_YEAR}{_PERIOD_AFTER_YEAR}))?
    (?P<y>{_YEAR}|{_YEAR_SHORT}|21\d\d)(?P<range>{_DASH}(?P<y2>{_YEAR}|\d\d))?
    (?P<per>{_PERIOD_AFTER_YEAR})?
    (?![\w%]|,\d|\.\d|:\d|[-–]\d)
    """,
    re.IGNORECASE,
)
_P_DECADE = _c(
    rf"""
    (?<![\w$])
    (?:the{_SP}(?:(?P<half>first|last|second|latter|early|late)
        {_SP}half{_SP}of{_SP}the{_SP})?)?
    (?:(?P<mod>early|mid|late)(?:-|{_SP}))?
    (?:(?:(?P<cent>1[0-9]|20)(?P<d1>\d)0|['’](?P<d2>\d)0|(?<!\d)(?P<d3>[2-9])0)'?s\b
      |(?P<dw>(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties
        |nineties))\b)
    """,
    re.IGNORECASE,
)
_P_CENTURY = _c(
    rf"""
    \b(?:the{_SP})?(?:(?P<mod>early|mid|late)(?:-|{_SP}))?
    (?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_alts([w for w in lex.ORDINALS if w.isalpha()])}
      |twenty-first|twenty{_SP}first)
    [- ]centur(?:y|ies)\b
    """,
    re.IGNORECASE,
)
_P_QUARTER = _c(
    rf"""
    \b(?:(?:the(?:{_SP}most)?|this|last|next|its|a){_SP})?
    (?:(?:fiscal{_SP}(?={_YEAR}))?
       (?P<qy>{_YEAR}|(?P<qrel>this|last|next|the{_SP}current|the{_SP}previous){_SP}year)
       (?:['’]s)?{_SP})?
    (?P<mods>(?:(?:fiscal|calendar|comparable|same|flat|strong|weak|year-earlier|year-ago
       |year-before|prior-year)[ \t\n-]{{1,3}}){{0,2}})
    (?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past
       |previous|preceding|prior|recent)
    (?:{_SP}fiscal)?[- ](?P<unit>quarter|half)(?![ \t-]?(?:century|decade))
    (?:{_SP}of{_SP}(?:(?:fiscal{_SP})?(?P<qy2>{_YEAR})
       |(?P<qrel2>this|last|next|the){_SP}(?:fiscal{_SP})?year)
       # "third-quarter 1989 profit", "the second half 1990": the period of that year
       |{_SP}(?P<qy4>{_YEAR})(?![\d%]|[,.]\d))?
    (?![\w-])
    |\b(?P<qq>Q[1-4]|H[12](?={_SP0}{_YEAR}))(?:{_SP0}(?P<qy3>{_YEAR}))?\b
    |\b(?:the|that){_SP}(?P<qbare>quarter)(?![\w-])
    |(?<![\w-])(?P<qadj>year-earlier|year-ago)(?![\w-])
    |\b(?P<qago>(?:the|a|that){_SP}(?:(?:comparable|same){_SP})?
       (?:year-earlier|year-ago|year-before|prior-year|year-previous){_SP}
       (?:quarter|period|months?|half|year))\b
    """,
    re.IGNORECASE,
)
_P_SEASON = _c(
    rf"""
    \b(?:(?P<rel>last|next|this|this{_SP}past|this{_SP}coming|the{_SP}coming|the{_SP}past
        |the{_SP}last|the{_SP}next|early|late|mid|the|that){_SP}|mid-)?
    (?P<season>spring|summer|fall|autumn|winter)
    (?:(?:{_SP}of)?{_SP}(?P<year>{_YEAR}|{_YEAR_SHORT}|{_WORD_YEAR}))?(?![\w-])
    """,
    re.IGNORECASE,
)
_P_DURATION = _c(
    rf"""
    (?<![\w$.,/-])
    (?P<approx>{_APPROX}{_SP})?
    (?P<rel>{_REL_WORD}{_SP})?
    (?P<further>(?:another|a{_SP}further){_SP})?
    (?:(?P<num>{_NUM})
       (?P<andhalf>(?:{_SP}|-)and(?:{_SP}|-)an?(?:{_SP}|-)half|{_SP}1/2|½)?(?:{_SP}|-)
      |(?P<numalone>{_NUM_ALONE})(?:{_SP}|-))
    (?:{_FILLER}{_SP})?
    (?P<unit>{_UNIT})(?P<andhalf2>{_SP}and{_SP}a{_SP}half)?
    (?P<tail>(?:{_SP}or{_SP}(?:so|more))?{_SP}(?:ago(?P<agoday>{_SP}(?:today|yesterday
        |tomorrow|tonight|this{_SP}(?:week|month)))?|earlier|later|before|after|from{_SP}now
        |hence|back|ahead|old)\b
      |-(?:old|long)\b|{_SP}in{_SP}a{_SP}row\b|{_SP}(?:period|term|span|stretch)\b)?
    (?![\w-])
    """,
    re.IGNORECASE,
)
_P_VAGUE_UNITS = _c(
    rf"""
    \b(?P<pre>(?:(?:the{_SP})?(?:past|last|next|coming|recent|following|previous|first|final
        |ensuing|initial)(?:{_SP}few)?|for|within|in|over|after|than|took|take|takes|spent
        |lasted|last|during){_SP})
    (?P<unit>{_UNIT_PL})(?P<ahead>{_SP}ahead|{_SP}to{_SP}come)?(?![\w-])
    # A bare plural unit counts back or ahead: "months ago", "in the weeks ahead".
    |\b(?P<bthe>the{_SP})?(?P<bunit>{_UNIT_PL}){_SP}
      (?P<btail>ago|ahead|to{_SP}come|before|after|following|preceding|leading{_SP}up)(?![\w-])
    # A one-unit adjective: "a day-long meeting", "the yearlong strike".
    |\b(?P<lunit>hour|day|night|week|month|year|decade)-?long(?![\w-])
    """,
    re.IGNORECASE,
)
_P_REL_UNIT = _c(
    rf"""
    # "The day before, ...": first, as the alternatives are tried in order.
    \bthe{_SP}(?P<tunit>day|week|month|year){_SP}(?P<btail>before|after|earlier|later)
      (?=\s{{0,2}}[,.;:!?)'"’”])
    |\b(?P<rel>last|next|this|coming|past|previous|following|current|same|that|the{_SP}previous
       |the{_SP}prior|the{_SP}following|the{_SP}next|the{_SP}coming|the{_SP}past|the{_SP}last|the{_SP}same
       |the{_SP}current|this{_SP}past|this{_SP}coming|the{_SP}latest|that{_SP}same|the)
    {_SP}(?P<unit>week|month|year|weekend|decade|century|day|hour|fiscal{_SP}year)(?![\w-])
    """,
    re.IGNORECASE,
)
_P_REL_NAMED = _c(
    rf"""
    (?<![\w.])
    (?:(?P<rel>(?i:last|next|this|this{_SP}coming|this{_SP}past|coming|the{_SP}previous
        |the{_SP}following|that|the{_SP}next))(?:{_SP}|-))?
    (?P<wd>{_WEEKDAY})(?:s\b)?
    (?:{_SP}(?P<part>morning|afternoon|evening|night)
      |,?{_SP}the{_SP}(?P<wdnum>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))?(?![\w])
    |(?<![\w.])(?P<mrel>(?i:last|next|this|this{_SP}past|this{_SP}coming|past))
      {_SP}(?P<mon>{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)(?![\w])(?!\s{{0,2}}\d)
    |(?<![\w.])(?P<nth>(?i:(?:the{_SP})?(?:first|second|third|fourth|last)))
      {_SP}(?P<nwd>{_WEEKDAY}){_SP}(?i:of|in){_SP}(?P<nmon>{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)
      (?:,?{_SP}(?P<nyear>{_YEAR})(?![\d%]))?(?![\w])
    """
)
_P_DEICTIC = _c(
    rf"""
    \b(?:(?P<word>today|yesterday|tomorrow|tonight|overnight|midday|noon|midnight)
        (?:['’]s)?(?:{_SP}(?P<part>morning|afternoon|evening|night))?
      |(?P<drel>this|last|tomorrow|yesterday|the|that)(?:{_SP}|-)
        (?P<part2>morning|afternoon|evening|night)
      |(?P<mid>mid[- ]?afternoon|mid[- ]?morning|mid-?day)
      |(?P<yearend>year[- ]end|(?:the{_SP})?year['’]s{_SP}end)
      |the{_SP}day{_SP}(?P<dayrel>before{_SP}yesterday|after{_SP}tomorrow)
      |(?P<ordday>(?:the{_SP})?(?:{_ORD_DAY}){_SP}day)
        (?!{_SP}of{_SP}(?:{_MONTH_FULL}|the{_SP}(?:week|month|year)|{_YEAR}))
      |(?P<narr>the{_SP}(?:next|following|previous|same)|that)
        {_SP}(?P<nunit>day|night|week|month|year|morning|afternoon|evening)
        (?=[\s,.;:!?'"’)]|$)
        (?P<nafter>{_SP}(?:before|after|later|earlier|ago))?
    )(?![\w-])
    """,
    re.IGNORECASE,
)
_P_TIME = _c(
    rf"""
    (?<![\w:.])
    (?P<pre>(?:around|about|approximately|shortly{_SP}(?:before|after)|just{_SP}(?:before|after)
       |at|by|until|till|before|after|from|since){_SP})?
    (?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?{_SP0}
         (?P<ampm>[aApP](?:\.{_SP0}[mM]\b\.?|{_SP0}[mM]\b)|(?<=\d[ ])o['’]clock\b)
       |(?P<h2>[01]?\d|2[0-3]):?(?P<m2>[0-5]\d)(?=\s{{0,2}}(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|local|hours))
       |(?P<h4>[01]?\d|2[0-3]):(?P<m4>[0-5]\d)(?![\d:.,]\d|\s{{0,2}}[aApP]\.?{_SP0}[mM]\b)
       |(?P<noon>noon|midnight|midday)(?![\w])
       |(?i:(?P<wh>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)
         (?:[ -](?P<wm>(?:o[ -])?(?:five|ten|fifteen|thirty|twenty(?:[- ]five)?
           |forty(?:[- ]five)?|fifty(?:[- ]five)?)))?
         {_SP}(?:(?P<wampm>[ap]\.{_SP0}m\b\.?)|o['’]clock\b)))
    (?P<tz>{_SP}(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|local{_SP}time)\b)?
    (?:,?{_SP_LINE}(?:on{_SP})?
       (?:(?P<wd>{_WEEKDAY})(?!\w)  # not "on Sundays", a habit
          (?:,?{_SP}(?P<wmon>{_MON_ANY}){_SP0}(?P<wday>{_DAYNUM})(?![\d:])
             (?:,{_SP}(?P<wyear>{_YEAR})(?![\d%]))?
           |,?{_SP}(?P<wday2>{_DAYNUM}){_SP}(?P<wmon2>{_MON_ANY})(?![\w])
             (?:,?{_SP}(?P<wyear2>{_YEAR})(?![\d%]))?)?
        |(?P<deic>(?:this|yesterday|tomorrow){_SP}(?:morning|afternoon|evening)
          |today|yesterday|tomorrow|tonight|last{_SP}night)
        |(?P<mon>{_MON_ANY}){_SP0}(?P<day>{_DAYNUM})(?![\d:])
          (?:,{_SP}(?P<year>{_YEAR})(?![\d%]))?
        |(?P<day3>{_DAYNUM}){_SP}(?P<mon3>{_MON_ANY})(?![\w])
          (?:,?{_SP}(?P<year3>{_YEAR})(?![\d%]))?))?
    """
)
_P_REF = _c(
    rf"""
    \b(?:
      (?P<ref>now|currently|presently|nowadays|recently|lately
        |the{_SP}(?:near|distant|immediate){_SP}future|the{_SP}future
        |in{_SP}future|the{_SP}past|these{_SP}days|at{_SP}present|the{_SP}present
        |the{_SP}(?:near|short|long|longer|medium){_SP}term|as{_SP}soon{_SP}as{_SP}possible
        |formerly|once{_SP}again|in{_SP}recent{_SP}times|recent{_SP}times
        |the{_SP}current{_SP}(?:year|month|week|quarter)|so{_SP}far{_SP}this{_SP}year
        |the{_SP}time{_SP}being|the{_SP}(?-i:new{_SP}year)|the{_SP}other{_SP}(?:day|week))
    )(?![\w-])
    """,
    re.IGNORECASE,
)
_P_SET = _c(
    rf"""
    \b(?:(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly
        |semiannually|semi-annually|bimonthly|twice{_SP}(?:a|per){_SP}(?:day|week|month|year)
        |twice(?:{_SP}|-)(?:daily|weekly|monthly|yearly|annually))
      |(?P<wkends>weekends)
      # "year after year", "day after day": every one of them
      |(?P<rep>day|night|week|month|year){_SP}after{_SP}(?P=rep)
      # "the past three summers": the season in each of the years counted
      |(?:the{_SP})?(?:past|last|next|previous|coming|following){_SP}
        (?:{_NUM_ALONE}|few|several){_SP}(?P<seasons>springs|summers|autumns|winters)
      |(?P<every>every|each|per|a)(?:{_SP}(?P<enum>other|few|several|{_NUM_ALONE}))?{_SP}
        (?P<eunit>{_UNIT}|(?:{_WEEKDAY})s?(?:{_SP}(?P<epart>morning|afternoon|evening|night))?
          (?P<wd2>,?{_SP}(?:and|or){_SP}(?P<wd2d>(?:{_WEEKDAY})s?)
            (?:{_SP}(?P<wd2p>morning|afternoon|evening|night))?(?![\w-]))?
         |{_MONTH_FULL}|morning|afternoon|evening|night
         |spring|summer|fall|autumn|winter)
    )(?![\w-])
    """,
    re.IGNORECASE,
)
_P_HOLIDAY = _c(
    rf"""
    \b(?P<name>Christmas(?:{_SP}(?:Day|Eve))?|New{_SP}Year['’]?s(?:{_SP}(?:Day|Eve))?
      |Thanksgiving(?:{_SP}Day)?|Independence{_SP}Day|Veterans{_SP}Day|Halloween
      |Valentine['’]?s{_SP}Day|Boxing{_SP}Day|Election{_SP}Day|Labor{_SP}Day|Memorial{_SP}Day
      |Easter(?:{_SP}Sunday)?|Good{_SP}Friday|Black{_SP}Friday|Cyber{_SP}Monday
      |Fourth{_SP}of{_SP}July|July{_SP}Fourth|Mother['’]?s{_SP}Day|Father['’]?s{_SP}Day
      |St\.?{_SP}Patrick['’]?s{_SP}Day|Presidents['’]?{_SP}Day|Columbus{_SP}Day
      |Martin{_SP}Luther{_SP}King(?:{_SP}Jr\.?)?{_SP}Day|Armistice{_SP}Day|Bastille{_SP}Day
      |May{_SP}Day)
    (?:,?{_SP}(?P<year>{_YEAR})(?![\d%]))?(?P<week>{_SP}(?i:week|weekend))?\b
    """
)
_P_WORD_YEAR = _c(
    rf"""
    \b(?:the{_SP}year{_SP})?
    (?:(?P<c>nineteen|eighteen|twenty){_SP}(?P<r>{_NUM_WORDS}|hundred)
      |(?P<tt>two{_SP}thousand(?:{_SP}(?:and{_SP})?(?P<tr>{_NUM_WORDS}))?))\b
    """,
    re.IGNORECASE,
)

# Spans grow leftwards over these modifiers ("early next year", "the end of 1990").
_MOD_PREFIX = _c(
    rf"""
    (?:\b(?P<wk>the{_SP}(?P<wkn>first|second|third|fourth|last|final){_SP}(?P<wku>week|weekend)
        {_SP}of{_SP})
      |\b(?P<pos>the{_SP}(?:very{_SP})?(?:beginning|start|end|middle|close|rest|remainder|balance
        |first{_SP}half|second{_SP}half|latter{_SP}part|early{_SP}part)
        {_SP}of{_SP}(?:the{_SP})?)
      |\b(?P<rough>early|late|earlier|later|mid
        )(?:{_SP}|-)
    )$
    """,
    re.IGNORECASE,
)
_MOD_LAST_WORDS = frozenset("of the early late earlier later mid".split())  # end a match
_MOD_WORDS = {
    "beginning": "START",
    "start": "START",
    "early": "START",
    "end": "END",
    "close": "END",
    "late": "END",
    "middle": "MID",
    "mid": "MID",
}
# Words after a bare year that make it a count, not a year ("2014 people").
_COUNT_NOUNS = frozenset(
    """people persons men women children troops soldiers votes points yards feet foot meters
    metres miles km kilometers kilometres tons tonnes barrels shares dollars euros pounds acres
    units employees workers jobs cars homes houses students deaths cases times copies rooms
    seats members residents refugees words pages calories degrees marines officers
    pupils patients kilograms kg lbs bytes rupees yen yuan francs marks delegates
    passengers vehicles planes aircraft ships flights boats computers machines hectares
    square sq inches mph mm cm ml calls signatures names messages hits protesters police
    policemen civilians prisoners inmates casualties victims islands villages cities
    companies firms banks stores outlets plants factories schools hospitals beds
    """.split()
)
_YEAR_BLOCKERS = re.compile(
    r"\b(?:version|v|no|nos|number|numbers|route|highway|interstate|flight|room|suite|page"
    r"|pages|rule|article|section|model|windows|office|apt|box|exit|bus|channel|code"
    r"|resolution|boeing|airbus|chapter|item|paragraph|gate|pier|unit|platform|line|phone"
    r"|tel|fax|extension|ext|vol|volume|issue|p|pp|at|par|nr)\.?\s{0,2}$",
    re.IGNORECASE,
)
_YEAR_BLOCKER_WORDS = frozenset(
    """version v no nos number numbers route highway interstate flight room suite page pages
    rule article section model windows office apt box exit bus channel code resolution boeing
    airbus chapter item paragraph gate pier unit platform line phone tel fax extension ext vol
    volume issue p pp at par nr""".split()
)


_WORD_RUN = re.compile(r"\w*")  # \w: a character that isalnum(), or "_"


def _last_word(left: str, mark: str) -> str:
    """The trailing ``\\w`` run of ``left``, before spaces and one optional ``mark``."""
    t = left.rstrip()
    if t.endswith(mark):
        t = t[:-1]
    run = _WORD_RUN.match(t[::-1])  # the run, reversed: a match, maybe empty, always
    return t[len(t) - run.end() :] if run else t


def _year_blocked(left: str) -> bool:
    """_YEAR_BLOCKERS.search(left), with the regex run only when the word that ends
    ``left`` (before an optional "." and spaces) is one of its words or not ASCII."""
    word = _last_word(left, ".")
    if word.isascii() and word.lower() not in _YEAR_BLOCKER_WORDS:
        return False
    return _YEAR_BLOCKERS.search(left) is not None


_SENT_END = re.compile(r"[.!?]['\"’”]?\s+(?=[A-Z\"'“‘`])|\n\s*\n")
_LAST_WORD = re.compile(r"[A-Za-z.]{1,10}$")
_ABBREVIATIONS = frozenset(
    """a.m p.m mr mrs ms dr st jr sr co no gen sen rep gov inc corp ltd jan feb mar apr jun jul
    aug sep sept oct nov dec lt col capt sgt rev prof vs u.s u.n u.k messrs mt ft""".split()
)
_WORD = re.compile(r"[A-Za-z']+")

_RATE_LEFT = re.compile(
    r"(?:\d|%|\bmillion|\bbillion|\bcents?|\bdollars?|\bpercent|\btimes|\btwice|\bonce)[,]?\s{1,2}$",
    re.IGNORECASE,
)
_AMOUNT_LEFT = re.compile(
    r"(?:\d|%|\bmillion|\bbillion|\bcents?|\bdollars?|\bpercent)[,]?\s{1,2}$", re.IGNORECASE
)
_COUNTED_LEFT = re.compile(r"\d[\d,.]{0,12}\s{1,2}([A-Za-z]{1,20})[,]?\s{1,2}$")
# A capitalised word after a capitalised season or weekday makes a name ("Summer Olympics",
# "the Sunday Times"), unless it is a month or a part of the day.
_NAME_AFTER = re.compile(
    r"[ \t]{1,2}(?!(?:Morning|Afternoon|Evening|Night|Day|Eve)\b)"
    rf"(?!(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)(?![\w]))[A-Z][a-z]"
)
_NAME_BEFORE = re.compile(r"\b[Tt]he\s{1,3}(?:[A-Z][a-z]+\s{1,3}){1,2}$")
_OF_WHAT = re.compile(r"\s{1,3}of\s{1,3}(?:the|a|an|this|that|its|their|his|her)\s{1,3}([A-Za-z]+)")
_PERIOD_NOUNS = frozenset(
    """year years fiscal calendar decade century month season period current next last
    previous same following coming past""".split()
)
# A count of things before "a day"/"an hour" makes a rate ("300 tons a week",
# "2 million barrels a day").
_COUNT_PER_LEFT = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|dozen))[\d,.]{0,12}\s{1,2}[a-z]{2,20}s\s{1,2}$"
)
# A measured quantity before "a year"/"an hour" makes a rate too, whatever its noun ("2 km
# an hour", "3,000 people a month", "250 billion tonnes of ice a year"); not when the word
# before "a" is a preposition ("won 3 titles in a year").
_QUANTITY_PER_LEFT = re.compile(
    r"\d[\d,.]{0,12}(?:\s{1,2}(?:hundred|thousand|million|billion))?"
    r"(?:\s{1,2}[a-z]{1,20}){1,3}\s{1,2}$"
)
_NOT_QUANTITY_NOUNS = frozenset(
    """in within for over after before than and or but than that the to by only just nearly
    about almost more less ago later earlier since from of at on per every each""".split()
)
_COUNTED_AFTER = re.compile(r"\s{1,2}([A-Za-z]+)|\s{0,2}%")
_ENDED = re.compile(rf"\s{{1,3}}end(?:ed|ing){_SP}(?P<mon>{_MON_ANY}){_SP}\d")
_ENDED_BEFORE = re.compile(r"\bended\s{1,3}$", re.IGNORECASE)
_IN_THE = re.compile(r"\b(?:earlier|later|early|late)\s{1,3}in\s{1,3}$")
# "in the last year" is the twelve months up to now, like "in the past year"
_SPAN_PREP = re.compile(r"\b(?:in|over|during|within|for)\s{1,3}$", re.IGNORECASE)
_APPOSED_QUARTER = re.compile(r",\s{1,3}")  # "the year-ago quarter, the second quarter"
_EARLIER_LEFT = re.compile(r"\bearlier\s{1,3}$", re.IGNORECASE)
# After "a Tuesday" that heads its phrase ("on a Tuesday.", "a Tuesday in May"), not "a
# Sunday night memorial service"
# "on a Tuesday", "on a single Tuesday", "one Friday in June": some such day.
_SOME_BEFORE = re.compile(
    r"\b(?:[Aa]n?(?:\s{1,3}(?P<which>single|typical|ordinary|normal))?|[Oo]ne|[Aa]ny)\s{1,3}$"
)
_WEEKDAY_HEAD_END = re.compile(
    r"\s{0,3}(?:[.,;:!?)'\"’”]|$|(?:in|of|and|or|when|like|that|at|on)\b)"
)
_DURATION_PREP = re.compile(r"\b(?:for|in|over|within|after)\s{1,3}$")
_PART_OF = re.compile(
    r"\b(?:end|beginning|start|middle|rest|remainder|balance|close|course)\s{1,3}of\s{1,3}$"
)
_SET_FOLLOWERS = frozenset(
    """and or but in on at for to from by with since until through during as than after
    before basis is are was were""".split()
)
_FUTURE_CUES = frozenset(
    """will 'll won't shall wo going scheduled expected expects expect due upcoming next intends
    planning soon resume effective deadline ready tomorrow set""".split()
    # Present-tense schedule verbs: "the summit opens Monday" is ahead.
    + """begins starts opens meets arrives leaves ends closes resumes expires visits travels
    heads returns votes convenes""".split()
    # Plans and likelihoods look ahead of the clause's own time: "planned to leave on
    # Thursday", "were likely to buy Monday", "they meet Monday".
    + """plan plans planned planning likely intend intends intended meet ahead""".split()
    # More present-tense schedule verbs: "the campaign kicks off in August".
    + """kicks launches debuts premieres concludes wraps commences runs""".split()
    # A present tense that carries on to a time: "if the dry spell continues into August",
    # "the festival lasts until Sunday".
    + """continues lasts extends stretches""".split()
    # A present tense with a day is a timetable ("the court hears arguments Monday", "the
    # pope celebrates Mass on Sunday"): -s forms that are seldom a plural noun.
    + """reopens reconvenes hears testifies departs unveils celebrates competes delivers
    attends speaks appears announces decides faces hosts plays""".split()
)
_PAST_CUES = frozenset(
    """was were had did said told ago last earlier previously announced reported
    came went made took gave began died met held left won lost fell rose got saw sent
    became ran brought found thought knew stood spoke wrote struck hit shot killed
    sold bought paid yesterday""".split()
    # The other irregular past forms that are neither a present nor a common noun or
    # adjective ("He taught there in March", "drove to Paris in May").
    + """arose awoke bent bled blew broke caught chose clung crept dealt drew drank
    drove dug fled flew fought forbade forgave forgot froze grew heard hung kept knew laid
    lent meant misled oversaw overcame overtook rode rang sang sank shook shrank
    slept slid sought spent spun sprang stole stuck strove swam swept swore swung taught
    threw tore underwent understood undertook upheld withdrew withheld woke wore""".split()
)
# Past forms spelled like their present ("cut", "put"): past after "he", "she" or "it",
# whose present takes an -s ("It cut rates in January and is expected to cut again").
_SAME_FORM_PAST = frozenset("cut put hit cost quit shut spread hurt let bet split".split())
_BASE_FORM_BEFORE = frozenset(
    """will would can could should shall may:modal might must does do did to let make
    makes made help helps watch see saw""".split()
)
# Irregular past participles: "the plan, drawn up in January, would ..." is past (but not
# "has given them until Tuesday", a present perfect).
_PARTICIPLES = frozenset(
    """drawn written taken given shown begun done grown thrown chosen spoken broken
    driven frozen hidden risen fallen forgotten gotten beaten sworn torn""".split()
)
# Before a participle, these make it a passive or a state, not a past tense.
# What follows a present passive that a timetable states: "are published on Monday",
# "is released Friday", "are announced at noon" (not "is accused of", "are expected to",
# nor "are published across Europe", where a month may be the data's).
_SCHEDULED_NEXT = frozenset(
    """on at next this tomorrow tonight monday tuesday wednesday thursday friday saturday
    sunday""".split()
)

_LINKING = frozenset(
    "be been being to is are get gets stay stays remain remains become becomes".split()
)
# Base forms that after "we", "they", "I" or "you" read as a timetable ("We go to Preston
# on Tuesday", "they fly home Friday").
_SCHEDULE_BASE = frozenset(
    """go play travel fly face host visit leave return open start begin launch head""".split()
)
_PLAN_VERBS = frozenset("planned intended".split())  # past tense when they follow the day
_TAKES_EFFECT = frozenset("effect place office on into".split())
_WEAK_FUTURE = frozenset("would might should must may:modal".split())
_NOT_PAST_ED = frozenset(
    """need seed speed feed red bed wed fed shed united hundred limited scheduled expected
    proposed anticipated intended supposed tired based interested concerned related
    indeed succeed proceed exceed bred bleed breed creed greed weed embed""".split()
)


# --------------------------------------------------------------------------- values


# Not frozen, like _Out: built for every resolved date, and never changed once built.
@dataclasses.dataclass(slots=True)
class _Point:
    """A resolved calendar value: a representative date and its granularity."""

    date: dt.date
    gran: str  # day|week|month|quarter|half|season|year|decade|century
    extra: str = ""  # season code or day part

    def value(self) -> str:
        d = self.date
        if self.gran == "day":
            base = d.isoformat()
            return base + (f"T{self.extra}" if self.extra else "")
        if self.gran == "week":
            iso = d.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if self.extra == "WE" else "")
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.extra}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        if self.gran == "century":
            return f"{d.year // 100:02d}"
        return f"{d.year:04d}"

    def shift(self, unit: str, n: int) -> _Point:
        return dataclasses.replace(self, date=_shift(self.date, unit, n))


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    month = m + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(d.day, last))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "quarter":
        return _add_months(d, 3 * n)
    if unit == "half":
        return _add_months(d, 6 * n)
    if unit in ("year", "season"):
        return _add_months(d, 12 * n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    if unit == "century":
        return _add_months(d, 1200 * n)
    return d


_UNIT_GRAN = {
    "second": "day",
    "minute": "day",
    "hour": "day",
    "day": "day",
    "night": "day",
    "week": "week",
    "weekend": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


def _unit_key(word: str) -> str:
    w = word.lower().replace("fiscal", "").strip()
    if w in ("centuries", "century"):
        return "century"
    if w in ("millennium", "millennia"):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in lex.UNITS else w


def _duration_value(unit: str, n: float | None) -> str:
    """TIMEX3 duration: P3Y, PT2H, PXW (unknown count), P2E -> P20Y, PXE (decades)."""
    code = lex.UNITS.get(unit, "X")
    if n is None:
        count = "X"
    elif n == int(n):
        count = str(int(n))
    else:
        count = f"{n:g}"
    if unit == "decade":
        code, count = "Y", (str(int(n * 10)) if n is not None and n * 10 == int(n * 10) else "X")
        if count == "X":
            code = "E"
    elif unit == "century":
        code, count = "Y", (str(int(n * 100)) if n is not None else "X")
        if count == "X":
            code = "C"
    elif unit == "fortnight":
        code, count = "W", (str(int(n * 2)) if n is not None else "X")
    elif unit == "weekend":
        code, count = "WE", count
    elif unit == "millennium":
        code, count = "Y", (str(int(n * 1000)) if n is not None else "X")
        if count == "X":
            code = "L"
    if n is not None and n != int(n) and unit in ("year", "month", "week", "day", "hour"):
        # TIMEX3 has no fractions: 1.5 years is 18 months, 2.5 hours is 150 minutes.
        smaller = {"year": ("M", 12), "month": ("D", 30), "week": ("D", 7), "day": ("H", 24)}
        smaller["hour"] = ("M", 60)
        c, f = smaller[unit]
        count, code = str(round(n * f)), c
        if unit in ("day", "hour"):
            return f"PT{count}{code}"
    if unit in ("second", "minute", "hour"):
        return f"PT{count}{code}"
    return f"P{count}{code}"


# --------------------------------------------------------------------------- context


@dataclasses.dataclass(slots=True)
class _State:
    text: str
    dct: dt.date | None
    date_order: DateOrder
    last: _Point | None = None  # previous calendar date in the narrative
    last_quarter: _Point | None = None
    # The last quarter named, comparisons included, and where it ends: a year-less quarter
    # in apposition right after it is the same quarter ("the year-ago quarter, the second
    # quarter ended Oct. 31").
    apposable: tuple[int, _Point] | None = None
    quarter_end: int = 0
    last_end: int = 0
    order_guess: DateOrder | None = None  # _guess_order(text), computed once
    # The last range of dates ("from 2019 to 2022"): its start and end points.
    range_: tuple[_Point, _Point] | None = None
    last_at: int = 0  # where the expression that set ``last`` ends
    # The day of the last clock time that stamps a line ("08:05 - ..."), and where it is.
    stamp_day: dt.date | None = None
    stamp_at: int = -1
    # Bare weekdays resolved ahead of the publication date: a later mention of the day in
    # reported speech is the same day ("arrives on Friday ... said gusts were possible
    # from 6pm on Friday").
    ahead_days: dict[int, dt.date] = dataclasses.field(default_factory=dict)


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and _Out is
# built for every candidate a rule accepts; nothing changes one after it is built.
@dataclasses.dataclass(slots=True)
class _Out:
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    anchor: Anchor = "absolute"
    why: str = ""


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """False for the period of an abbreviation ("a.m. EST", "Mr. Bush", "Jan. 5")."""
    if text[m.start()] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
    return word is None or word.group(0).lower() not in _ABBREVIATIONS


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: the end of the last sentence end (not an
    abbreviation's period) in the 300 characters before it, or their start."""
    lo = max(0, pos - 300)
    # The last one that is a boundary wins: tried from the last, only until one is.
    for m in reversed(list(_SENT_END.finditer(text, lo, min(len(text), pos + 1)))):
        if _is_boundary(text, m):
            return m.end()
    return lo


# Every word that _cue_tests tests words[i] for; any other word is a cue only by its
# ending ("'ll", "ed"). A test on a new word or word set needs it here too
# (tests/test_parse_tagger_speed.py checks every word and set _cue_tests names).
# Verbs of aiming: with "to" they point ahead ("hope to reopen", "hoped to finish").
_AIM_VERBS = frozenset(
    "hope hopes hoping hoped want wants wanted aim aims aimed seek seeks sought".split()
)
_CUE_WORDS = (
    frozenset(
        """set planned meet plan plans expected scheduled as takes goes take go comes come
        enters enter open begin start close resume reopen reconvene follow to change rise
        end return launch switch expire finish""".split()
    )
    | _AIM_VERBS
    | _FUTURE_CUES
    | _PAST_CUES
    | _SAME_FORM_PAST
    | _PARTICIPLES
    | _SCHEDULE_BASE
)
_CUE_ENDS = ("'ll", "ed")


# Words in -s that are no plural subject of the verb after them.
_NOT_PLURAL = frozenset(
    """was has is this its his us as always sometimes perhaps afterwards towards besides
    unless thus whereas does news""".split()
)


def _plural_subject(word: str) -> bool:
    """``word`` reads as a plural noun ("voters", "schools") before a base-form verb."""
    return len(word) > 3 and word.endswith("s") and word not in _NOT_PLURAL


def _cue(words: list[str], i: int) -> int:
    """Tense cue of words[i]: +1 future, -1 past, 0 none."""
    w = words[i]
    if w not in _CUE_WORDS and not w.endswith(_CUE_ENDS):
        return 0  # most words: none of the tests below can hold
    return _cue_tests(words, i)


def _cue_tests(words: list[str], i: int) -> int:
    """_cue without its shortcut for the words that no test names."""
    w = words[i]
    if w == "set":
        return 1 if i + 1 < len(words) and words[i + 1] in ("to", "for") else 0
    if w in ("planned", "meet") and i and words[i - 1] in ("as", "previously", "did", "not"):
        return -1  # "as planned Saturday", "did not meet Monday"
    if w in ("plan", "plans") and (i + 1 == len(words) or words[i + 1] not in ("to", "for")):
        return 0  # the noun: "approved the flood plan on Tuesday"
    if w in ("expected", "scheduled", "planned") and i and words[i - 1] in ("than", "as"):
        return 0  # "a better-than-expected profit", "went ahead as scheduled": no plan
    if w in _FUTURE_CUES or w.endswith("'ll"):
        if w in ("due", "expected", "scheduled", "set") and any(
            p in ("was", "were", "had", "been") for p in words[max(0, i - 2) : i]
        ):
            return -1  # "had been due to expire Friday": a plan that lay in the past
        return 1
    if w == "as" and i >= 2 and words[i - 2] == "as" and words[i - 1] in ("early", "soon"):
        return 1  # "as early as Tuesday"
    if (
        w in ("takes", "goes", "take", "go", "comes", "come", "enters", "enter")
        and i + 1 < len(words)
        and words[i + 1] in _TAKES_EFFECT
    ):
        # "the law takes effect in January", "the model goes on sale in August", "the
        # rules come into force in January"
        return 1
    if (
        w
        in (
            "open",
            "begin",
            "start",
            "close",
            "resume",
            "reopen",
            "reconvene",
            "follow",
            "change",
            "rise",
            "end",
            "return",
            "launch",
            "switch",
            "expire",
            "finish",
        )
        and i > 0
        and words[i - 1].endswith("s")
        and words[i - 1] not in ("was", "has", "is", "this", "its", "his")
        and (i == len(words) - 1 or words[i + 1] in ("at", "on", "in"))
    ):
        # "pre-orders open at 9 a.m. on Friday", "schools reopen Monday": a plural
        # subject's schedule
        return 1
    if (
        w in _SCHEDULE_BASE
        and i
        and (words[i - 1] in ("we", "they", "i", "you") or _plural_subject(words[i - 1]))
        and (i < 2 or words[i - 2] not in ("did", "do", "when", "if", "where"))
    ):
        # "We go to Preston on Tuesday": a speaker's own timetable; "Voters go to the
        # polls on Sunday", "the Nets play Boston on Friday": a plural subject's
        return 1
    if w == "to" and i and words[i - 1] in ("is", "are"):
        return 1  # "the results are to be announced Friday"
    if w in _AIM_VERBS and i + 1 < len(words) and words[i + 1] == "to":
        # "officials hope to reopen the road Monday", "want to finish on Friday"; an aim
        # told in the past still points ahead of its telling ("hoped to finish them before
        # the August recess")
        return 1
    if w in _SAME_FORM_PAST:
        # not after an auxiliary that takes the base form ("will it cut", "let it spread")
        subject = i and words[i - 1] in ("he", "she", "it")
        return -1 if subject and (i < 2 or words[i - 2] not in _BASE_FORM_BEFORE) else 0
    if w in _PARTICIPLES:
        aux = words[i - 1] if i else ""
        return 0 if aux in ("has", "have", "having", "will", "be", "been", "is", "are") else -1
    if w in _PAST_CUES or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED):
        if (
            i
            and words[i - 1] in ("is", "are")
            and w.endswith("ed")  # not "Mass is said on Christmas Eve": a custom
            and (i + 1 == len(words) or words[i + 1] in _SCHEDULED_NEXT)
        ):
            return 1  # "the figures are published on Monday": a present passive timetable
        if i and words[i - 1] in _LINKING:
            # a passive, an infinitive or a state ("will be held", "will stay closed
            # Wednesday"), not the tense
            return 0
        if w == "set" and (i + 1 == len(words) or words[i + 1] in ("on", "in", "at")):
            return 0  # "the record set on Aug. 6": a participle
        return -1
    return 0


# "this year through August", "Monday through Friday": ``through`` ends a range there, it
# sets no deadline, so the clause's own tense decides.
_RANGE_STARTS = frozenset(
    [
        *lex.MONTHS,
        *lex.WEEKDAYS,
        *lex.SEASONS,
        *"year month week quarter now today".split(),
        # "the 12 months through September", "the six weeks through Friday": a period
        # counted back from its end
        *"years months weeks quarters days".split(),
    ]
)


# A relative or contrasting clause after the expression has its own tense ("Tuesday's vote
# clears the way for a process, which will close in April").
_OTHER_CLAUSE = re.compile(r"[,;]\s{0,3}(?:which|who|whose|where|while|but|although|though)\b")


_SECOND_PREDICATE = frozenset("is are was were will has have had would could".split())


def _tense_words(words: list[str]) -> list[str]:
    """The words lowered, with the modal "may" told apart from the month ("1 May")."""
    return ["may:modal" if w == "may" else w.lower() for w in words]


def _tense(text: str, start: int, end: int) -> int:
    """-1 if the clause around [start, end) reads as past, +1 as future, 0 if unclear.

    The nearest tense cue before the expression decides ("said he will meet Friday":
    future); without one, the first cue after it ("On Friday, the talks ended").
    """
    s0 = _sentence_start(text, start)
    # (a curly apostrophe read as a straight one: "won’t" is "won't", not the past "won")
    before = _tense_words(_WORD.findall(text[s0:start].replace("’", "'"))[-12:])
    weak = 0
    after_text = text[end : end + 80]
    for m in _SENT_END.finditer(after_text):
        if _is_boundary(after_text, m):
            after_text = after_text[: m.start()]
            break
    if clause := _OTHER_CLAUSE.search(after_text):
        after_text = after_text[: clause.start()]  # "..., which will close": another verb
    after = _tense_words(_WORD.findall(after_text.replace("’", "'"))[:12])
    possessive = after_text[:1] in ("'", "’")
    if (
        before
        and before[-1] in ("by", "until", "till", "through")
        and not any(w in ("had", "was", "were") for w in before[-5:])
        and "had" not in before[-7:]  # "had been due to rule by Feb. 14": a past deadline
        and not (before[-1] == "through" and len(before) > 1 and before[-2] in _RANGE_STARTS)
    ):
        if any(
            w in ("had", "was", "were")
            # a fronted "Until Thursday, nobody knew": the clause's past verb
            or (
                len(before) <= 2
                and _cue(after, j) < 0
                and w not in ("said", "told", "announced", "reported")
            )
            for j, w in enumerate(after[:5])
        ):
            # "Until Thursday, they had not called him a suspect", "By mid-November, the
            # project was finished"
            return -1
        return 1  # "by May", "until 9 a.m. Tuesday": a deadline ahead
    if before[-1:] == ["since"] or (before[-1:] == ["after"] and possessive):
        # "sales have risen since March" counts from a past day whatever the clause's
        # tense; "after January's slump" names a known, past event
        return -1
    if before[-1:] in (["is"], ["are"]) or before[-2:] in (["is", "on"], ["are", "on"]):
        return 1  # "the funeral is Saturday", "the vote is on Monday": the day it is set for
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        # _cue(before, i), its shortcut inline: most words are no cue
        cue = _cue_tests(before, i) if w in _CUE_WORDS or w.endswith(_CUE_ENDS) else 0
        if cue:
            return cue
        if (
            before[i].endswith("ing")
            and len(before[i]) > 5
            and i
            and before[i - 1] in ("is", "are", "am", "'re")
            and len(before) - i <= 5
            and not possessive
        ):
            return 1  # "officials are meeting Friday": a present progressive is a plan
        if before[i] in ("until", "till") or (before[i] in _WEAK_FUTURE and not weak):
            # "until 9 a.m. Tuesday" is a deadline, "would go before voters in November"
            # lies ahead, unless the clause is past ("said they would ... Wednesday's")
            weak = 1
            if (
                before[i] in _WEAK_FUTURE
                and len(before) - i <= 4
                and not possessive
                and before[i + 1 : i + 2] != ["have"]  # "would have turned 80 Sunday"
            ):
                return 1  # "the man, arrested Saturday, would appear in court Monday"
    relative = False
    for i in range(len(after)):
        if after[i] == "and" and i + 1 < len(after) and after[i + 1] in _SECOND_PREDICATE:
            # "In March the bank cut rates and is expected to cut again": the verb after
            # "and" heads a second predicate with its own tense
            break
        if after[i] in ("who", "which") or (after[i] == "that" and i and after[i - 1] != "said"):
            # "On Thursday, the man who shot the president will appear in court": the
            # relative clause's verb comes first; the main clause's after it
            relative = True
            continue
        if after[i] in _PLAN_VERBS and not (i <= 1 and possessive):
            # "On Friday, the government planned to pay ...": the day of a past plan, not
            # the day planned for (that one follows the verb, "planned to pay on Friday");
            # "Friday's planned protest" is still ahead.
            return -1 if not (i and after[i - 1] in ("is", "are", "be", "been")) else 1
        w = after[i]
        cue = _cue_tests(after, i) if w in _CUE_WORDS or w.endswith(_CUE_ENDS) else 0
        if cue and relative:
            relative = False
            continue
        if cue:
            return cue
        if after[i] in _WEAK_FUTURE and not weak:
            weak = 1
    return weak


# --------------------------------------------------------------------------- resolvers


def _ref_day(st: _State) -> tuple[dt.date | None, Anchor, str]:
    # Without a publication date "today" stays unresolved: the first date in the text is
    # often a dateline, but guessing would be reading a clock we were not given.
    if st.dct is not None:
        return st.dct, "dct", f"the publication date, {st.dct.isoformat()}"
    return None, "unresolved", ""


def _month_day_year(
    st: _State, month: int, day: int, start: int, end: int
) -> tuple[int | None, Anchor, str]:
    """Year of a "May 14" without one: the nearest such date, bent by the tense."""
    if (named := _year_after(st, end)) is not None:
        return named[:3]  # "on 11 November last year"
    if (y := _sentence_year(st, start)) is not None:
        return y, "narrative", f"in {y}, the year of the previous date in the sentence"
    if st.dct is None:
        return None, "unresolved", ""
    dct = st.dct
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None, "unresolved", ""
    ended = _ENDED_BEFORE.search(st.text, max(0, start - 10), start) is not None
    best = _nearest_day(st, dct, cands, start, end, ended=ended)
    return best.year, "dct", f"the nearest such date to the publication date, {dct.isoformat()}"


def _nearest_day(
    st: _State, dct: dt.date, cands: list[dt.date], start: int, end: int, *, ended: bool = False
) -> dt.date:
    """Of the yearly recurrences ``cands`` (sorted, at least one), the one the text means.

    The nearest to the publication date; the tense may pick the other one if it is not
    much further, and news looks back more often than ahead, so near-ties go back.
    """
    tense = _tense(st.text, start, end)
    earlier = [c for c in cands if c <= dct]
    later = [c for c in cands if c > dct]
    back = (dct - earlier[-1]).days if earlier else 9999
    fwd = (later[0] - dct).days if later else 9999
    if ended:
        use_back = True  # "the six months ended June 30": a period that is over
    elif tense > 0:
        use_back = fwd > 330 and back < fwd  # "will meet on Christmas Eve", said in May
    elif tense < 0:
        use_back = back <= 300 or back < fwd
    else:
        use_back = back <= fwd + 30
    return earlier[-1] if use_back and earlier else later[0] if later else earlier[-1]


def _sentence_year(st: _State, start: int) -> int | None:
    """The year of a date far from the DCT told just before in the same sentence.

    "fiscal 1989, which ended June 30", "the 2008 crisis hit in September": a partial
    date right after it belongs to that date's year.
    """
    last = st.last
    if (
        last is not None
        and last.gran in ("year", "month", "day", "quarter", "season")
        and st.dct is not None
        and abs(last.date.year - st.dct.year) > 1
        and start - st.last_at < 80
        and _sentence_start(st.text, start) <= st.last_at
    ):
        return last.date.year
    return None


# A year phrase right after a month names the month's year ("in March last year", "April
# the following year", "in July of that year").
_YEAR_AFTER = re.compile(
    r"\s{1,3}(?:of\s{1,3})?(?P<rel>last|next|this|that|the\s{1,3}(?:same|following|next|previous))"
    r"\s{1,3}year\b",
    re.IGNORECASE,
)


def _year_after(st: _State, end: int) -> tuple[int, Anchor, str, int] | None:
    """The year a phrase like "last year" or "that year" right after ``end`` names, how it
    was read, and where the phrase ends."""
    m = _YEAR_AFTER.match(st.text, end)
    if m is None:
        return None
    rel = " ".join(m["rel"].lower().split())
    phrase = f"{rel} year"
    step = {"last": -1, "next": 1, "the following": 1, "the next": 1, "the previous": -1}
    last = st.last
    if rel in ("last", "next", "this") or last is None:
        if st.dct is None:
            return None
        year = st.dct.year + step.get(rel, 0)
        return year, "dct", f"{phrase}: {year}, from the publication date", m.end()
    year = last.date.year + step.get(rel, 0)
    return year, "narrative", f"{phrase}: {year}, from the previous date in the text", m.end()


_SINCE_LEFT = re.compile(r"\b[Ss]ince\s{1,3}$")
# Figures counted over a month, named after it ("August trade figures", "September's
# retail sales", "the October jobless rate") or before it ("data for September").
_DATA_WORDS = (
    "figures|data|statistics|numbers|trade|deficit|surplus|sales|orders|output|production"
    "|payrolls|unemployment|jobless|inflation|retail|housing|consumer|producer|industrial"
    "|factory|durable|construction|employment|jobs"
)
# A month that is the subject of a past verb is over ("June had been the wettest on
# record", "March was the warmest").
_PAST_AFTER_MONTH = re.compile(r"[ \t]{1,2}(?:was|were|had|saw)\b")
_DATA_AFTER = re.compile(rf"(?:['’]s)?[ \t]{{1,2}}(?:{_DATA_WORDS})\b")
_DATA_BEFORE = re.compile(
    r"\b(?i:figures|data|statistics|numbers|sales|results|report|index)[ \t]{1,2}"
    r"(?:for|from|covering)[ \t]{1,2}$"
)


def _month_year(st: _State, month: int, start: int, end: int) -> tuple[int | None, Anchor, str]:
    if (named := _year_after(st, end)) is not None:
        return named[:3]
    if (y := _sentence_year(st, start)) is not None:
        return y, "narrative", f"in {y}, the year of the previous date in the sentence"
    if st.dct is None:
        return None, "unresolved", ""
    dct = st.dct
    tense = _tense(st.text, start, end)
    if month == dct.month:
        return dct.year, "dct", f"the month of the publication date, {dct.isoformat()}"
    back = (dct.month - month) % 12
    fwd = (month - dct.month) % 12
    # "since June" said in May is last June, however far back; a month whose figures are
    # told ("August trade figures are due Friday", "data for September will be released
    # next week") is the last one if it ended lately: figures come out after the month
    # they count ("December sales will be strong", said in November, is still ahead).
    since = (
        _SINCE_LEFT.search(st.text, max(0, start - 12), start) is not None
        or _PAST_AFTER_MONTH.match(st.text, end) is not None
    ) or (
        back <= 3
        and (
            _DATA_AFTER.match(st.text, end) is not None
            or _DATA_BEFORE.search(st.text, max(0, start - 30), start) is not None
        )
    )
    # The nearest such month, unless the tense points the other way and that one is not
    # much further ("in January" in a past-tense October story is last January). A
    # future is ahead however far ("the contract expires in April", said in May).
    if not since and (tense > 0 or (tense == 0 and fwd <= 2) or (tense < 0 and back > 10)):
        year = dct.year if month > dct.month else dct.year + 1
        why = "the next such month after the publication date"
    else:
        year = dct.year if month < dct.month else dct.year - 1
        why = "the last such month before the publication date"
    return year, "dct", f"{why}, {dct.isoformat()}"


_RANGE_FROM_TO = re.compile(
    r"\b(?:from|between)\s[^.;:!?]{3,40}\s(?:until|till|to|through|and)\s{1,3}"
    r"(?:(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?)\s{1,3}on\s{1,3})?$",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(r"\bfor\s{1,3}$", re.IGNORECASE)


def _weekday_date(
    st: _State, wd: int, rel: str, start: int, end: int
) -> tuple[dt.date | None, Anchor, str]:
    rel = " ".join(rel.lower().split())
    name = lex.WEEKDAY_NAMES[wd]
    if rel in ("the previous", "the following", "that", "the next") and st.last is not None:
        base = st.last.date
        if rel == "the previous":
            delta = -((base.weekday() - wd) % 7 or 7)
        elif rel == "that":
            delta = (wd - base.weekday()) % 7
            if delta > 3:
                delta -= 7
        else:
            delta = (wd - base.weekday()) % 7 or 7
        d = base + dt.timedelta(days=delta)
        return (
            d,
            "narrative",
            f"{name} relative to {base.isoformat()}, the previous date in the text",
        )
    if st.dct is None:
        return None, "unresolved", ""
    dct = st.dct
    back = (dct.weekday() - wd) % 7
    fwd = (wd - dct.weekday()) % 7
    if rel in ("last", "this past", "past", "the previous"):
        d = dct - dt.timedelta(days=back or 7)
        return d, "dct", f"the {name} before the publication date, {_dct_str(dct)}"
    if rel in ("next", "this coming", "coming", "the following", "the next"):
        d = dct + dt.timedelta(days=fwd or 7)
        return d, "dct", f"the {name} after the publication date, {_dct_str(dct)}"
    if back == 0:
        return dct, "dct", f"the publication date, {_dct_str(dct)}"
    last = st.last
    if (
        rel == ""
        and last is not None
        and last.gran == "day"
        and start - st.last_at < 40
        and _RANGE_FROM_TO.search(st.text, max(0, start - 60), start)
    ):
        # "from Saturday night until Monday morning": the end is the first such day after
        # the start
        d = last.date + dt.timedelta(days=(wd - last.date.weekday()) % 7 or 7)
        return d, "narrative", f"the {name} after {last.date.isoformat()}, the range's start"
    planned_for = _FOR_BEFORE.search(st.text, max(0, start - 5), start) is not None
    if planned_for and st.text[end : end + 1] not in ("'", "’"):
        # "organized a vigil for Saturday evening": the day it is planned for
        tense = 1
    else:
        tense = _tense(st.text, start, end)
    if tense == 0 and rel == "" and _labels_a_line(st.text, start, end):
        tense = 1  # "Monday: Factory surveys are published": a week-ahead list's day
    if tense > 0 or (rel == "this" and tense >= 0):
        d = dct + dt.timedelta(days=fwd)
        if rel == "":
            st.ahead_days[wd] = d
        return d, "dct", f"the {name} after the publication date, {_dct_str(dct)}"
    ahead = st.ahead_days.get(wd) if rel == "" else None
    if ahead is not None and _REPORTED_BEFORE.search(
        st.text, _sentence_start(st.text, start), start
    ):
        # "Storm Isla is expected on Friday. ... The Met Office said gusts were possible on
        # Friday": reported speech puts its verb in the past; the day is the one told ahead.
        return ahead, "dct", f"the {name} after the publication date, {_dct_str(dct)}"
    d = dct - dt.timedelta(days=back)
    return d, "dct", f"the {name} before the publication date, {_dct_str(dct)}"


_REPORTED_BEFORE = re.compile(
    r"\b(?:said|told|warned|added|announced|forecast|predicted|advised)\b", re.IGNORECASE
)
_LABEL_COLON = re.compile(r"[ \t]*:[ \t]")
_BULLET_SPACE = re.compile(r"[ \t]*(?:[-*•·–—][ \t]+)?")


def _labels_a_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens its line as a label ("Monday: ...", "- Friday: ")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BULLET_SPACE.fullmatch(text, line_start, start) and _LABEL_COLON.match(text, end))


def _dct_str(d: dt.date) -> str:
    return f"{lex.WEEKDAY_NAMES[d.weekday()]} {d.isoformat()}"


def _season_point(
    st: _State, code: str, rel: str, start: int, end: int
) -> tuple[_Point | None, Anchor, str]:
    if st.dct is None:
        return None, "unresolved", ""
    dct = st.dct
    smonth = lex.SEASON_START[code]
    # The season the DCT falls in, by its start month (December starts winter).
    year = dct.year
    cur_start = dt.date(year, smonth, 1)
    rel = " ".join(rel.lower().split())
    if rel in ("last", "the last", "the past", "this past"):
        y = year if cur_start <= dct.replace(day=1) and code != lex.season_of(dct) else year - 1
        if code == "WI" and code == lex.season_of(dct) and dct.month < 3:
            y -= 1  # in January the current winter is last year's, "last winter" the one before
        why = "the last such season before the publication date"
    elif rel in ("next", "the next", "the coming", "this coming"):
        y = year if cur_start > dct else year + 1
        why = "the next such season after the publication date"
    else:
        tense = 0 if rel == "this" else _tense(st.text, start, end)
        if code == lex.season_of(dct):
            y = year if not (code == "WI" and dct.month < 3) else year - 1
            why = "the season of the publication date"
        elif tense < 0:
            y = year if cur_start <= dct else year - 1
            why = "the last such season before the publication date"
        elif tense > 0 and cur_start < dct and code != "WI":
            y = year + 1  # "will reopen in the spring", said in October: next spring
            why = "the next such season after the publication date"
        else:
            # "this summer" is the summer of the DCT's year whatever the verb's tense.
            y = year
            why = "the season of the year of the publication date"
    return _Point(dt.date(y, smonth, 1), "season", code), "dct", f"{why}, {dct.isoformat()}"


# --------------------------------------------------------------------------- handlers

_Handler = Callable[[re.Match[str], _State], list[_Out]]
# Compiled once: the hot handlers would look each up in re's cache per call.
_NON_DIGIT = re.compile(r"\D")
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?")
_FISCAL_WORD = re.compile(r"\b(?:fiscal|calendar)\b", re.IGNORECASE)


def _month_days(
    m: re.Match[str], st: _State, month: int, spans: list[tuple[int, int, int]], *, cite: bool
) -> list[_Out]:
    """One DATE per (start, end, day) span of a month-day match ("May 14-16, 2019").

    A day outside 1-31, or one the month does not have, rejects the whole match. Without
    a year in the text the year comes from the publication date and the tense; ``cite``
    puts the matched text in front of the explanation.
    """
    outs = []
    first: tuple[int | None, Anchor, str] | None = None
    for s, e, d in spans:
        if not 1 <= d <= 31:
            return []
        if m["year"]:
            year: int | None = _year_number(m["year"])
            anchor: Anchor = "absolute"
            why = ""
        elif first is not None:
            year, anchor, why = first  # "April 24 and 25": the second day is in the same year
        else:
            year, anchor, why = first = _month_day_year(st, month, d, s, e)
            if year is not None and anchor == "dct" and (wd := m.groupdict().get("wd")):
                year, why = _weekday_year(lex.WEEKDAYS[wd.lower().rstrip(".")], year, month, d, why)
                first = year, anchor, why
        if year is None:
            outs.append(_Out(s, e, "DATE", f"XXXX-{month:02d}-{d:02d}", None, "unresolved"))
            continue
        try:
            date = dt.date(year, month, d)
        except ValueError:
            return []
        if cite and why:
            why = f"{m.group(0)}: {why}"
        if not m["year"] and e == m.end() and (after := _YEAR_AFTER.match(st.text, e)):
            e = after.end()  # "11 November last year" is one expression, like "June last year"
        outs.append(_Out(s, e, "DATE", date.isoformat(), None, anchor, why))
        st.last = _Point(date, "day")
    return outs


def _weekday_year(wd: int, year: int, month: int, day: int, why: str) -> tuple[int, str]:
    """The year a yearless "Friday, Oct. 13" is in: the guessed one or, if that day is no
    Friday there, the year before or after whose date is that weekday."""
    for y in (year, year - 1, year + 1):
        try:
            if dt.date(y, month, day).weekday() == wd:
                return y, why if y == year else f"the year whose {month}/{day} is that weekday"
        except ValueError:
            continue
    return year, why


def _h_date_mdy(m: re.Match[str], st: _State) -> list[_Out]:
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    day = _ORD_DAYS[m["oday"].lower()] if m["oday"] else int(_NON_DIGIT.sub("", m["day"]))
    spans = [(m.start(), m.end(), day)]
    if m["conj"]:
        # "April 24 and 25": two days, unless the number counts something ("May 5 and
        # 12 people", "June 3 and 20%").
        after = _COUNTED_AFTER.match(st.text, m.end("day2"))
        counted = after is not None and (after[1] is None or after[1].lower() in _COUNT_NOUNS)
        if counted or int(_NON_DIGIT.sub("", m["day2"])) <= day:
            first_end = m.end("day") if m["day"] else m.end("oday")
            return _month_days(m, st, month, [(m.start(), first_end, day)], cite=True)
    if m["day2"]:
        day2 = int(_NON_DIGIT.sub("", m["day2"]))
        dash = m.start("day2")
        # "May 14-16, 2019": two timexes, "May 14" and "16, 2019".
        spans = [
            (m.start(), m.end("day") if m["day"] else m.end("oday"), day),
            (dash, m.end(), day2),
        ]
    return _month_days(m, st, month, spans, cite=True)


def _h_date_dmy(m: re.Match[str], st: _State) -> list[_Out]:
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    day = _ORD_DAYS[m["oday"]] if m["oday"] else int(_NON_DIGIT.sub("", m["day"]))
    spans = [(m.start(), m.end(), day)]
    if m["day2"]:
        day2 = int(_NON_DIGIT.sub("", m["day2"]))
        if m["conj"] and day2 <= day:
            return []  # "won 3 to 1 May ...": no range of days
        spans = [(m.start(), m.end("day"), day), (m.start("day2"), m.end(), day2)]
    return _month_days(m, st, month, spans, cite=False)


def _h_month_year(m: re.Match[str], st: _State) -> list[_Out]:
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    year = _year_number(m["year"])
    if year is None:
        return []
    p = _Point(dt.date(year, month, 1), "month")
    st.last = p
    return [_Out(m.start(), m.end(), "DATE", p.value())]


_CONTEXT_WORDS = frozenset(
    """in since until till by before after during through throughout from to of and or early
    late mid last next this between on for around about as past each every starting beginning
    ending end the that their its our his her""".split()
)


def _month_context(text: str, start: int) -> bool:
    """Whether the month name at ``start`` follows a word or sign that makes it a date.

    "in May", "mid-May", "April, May", "5 May" do; a sentence-opening "May" does not. Plain
    string tests rather than a regex search: this runs for every "May" in the text.
    """
    left = text[max(0, start - 12) : start]
    if left.endswith("mid-"):
        return True
    stripped = left.rstrip()
    spaces = len(left) - len(stripped)
    if not stripped:
        return False
    last = stripped[-1]
    if last == "," or last.isdigit():
        return spaces <= 2
    if not 1 <= spaces <= 3 or not last.isalpha():
        return False
    i = len(stripped) - 1
    while i > 0 and stripped[i - 1].isalpha():
        i -= 1
    if i > 0 and (stripped[i - 1].isalnum() or stripped[i - 1] == "_"):
        return False
    return stripped[i:].lower() in _CONTEXT_WORDS


def _bare_month_rejected(text: str, word: str, start: int, end: int) -> bool:
    """Whether a month name standing alone is a verb or a name rather than a date."""
    if word in ("May", "MAY", "March", "MARCH"):
        # "May" and "March" open sentences as verbs and names ("May said", "March on").
        return not _month_context(text, start)
    if word in ("June", "April", "August"):
        # Also common first names ("June Carter", "April Ryan"); "a revival of August
        # Wilson's play" is a name even after "of".
        nxt = text[end : end + 2]
        return (
            nxt[:1] == " "
            and nxt[1:2].isupper()
            and (
                not _month_context(text, start) or _SURNAME_POSSESSIVE.match(text, end) is not None
            )
        )
    return False


_SURNAME_POSSESSIVE = re.compile(r" [A-Z][a-z]+['’]s\b")


# A day number after a month name: "Sept. 30" is one date even where a longer candidate
# ("30 quarter" in "the Sept. 30 quarter") took the number first.
_DAY_AFTER_MONTH = re.compile(r"[ \t]{1,2}(?:[12]\d|3[01]|0?[1-9])(?![\d.,:/])")


def _h_month(m: re.Match[str], st: _State) -> list[_Out]:
    word = m["mon"]
    month = lex.MONTHS[word.lower().rstrip(".")]
    if _bare_month_rejected(st.text, word, m.start(), m.end()):
        return []
    if _DAY_AFTER_MONTH.match(st.text, m.end()):
        return []  # the month-day candidate gets its turn once the number is free
    year, anchor, why = _month_year(st, month, m.start(), m.end())
    if year is None:
        return [_Out(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", None, "unresolved")]
    p = _Point(dt.date(year, month, 1), "month")
    st.last = p
    # "June last year" is one expression (TimeBank), and so is "March of that year".
    end = after.end() if (after := _YEAR_AFTER.match(st.text, m.end())) else m.end()
    return [_Out(m.start(), end, "DATE", p.value(), None, anchor, f"{word}: {why}")]


def _nth_of_month(m: re.Match[str], st: _State) -> list[_Out]:
    """ "on the 14th": the 14th of the month last named, else of the publication month."""
    start, end = m.start("nthe"), m.end()
    day = int(m["nd"])
    base = st.last if st.last is not None and st.last.gran in ("day", "month") else None
    if base is not None and st.last_end > _sentence_start(st.text, start) - 400:
        first = base.date.replace(day=1)
        anchor: Anchor = "narrative"
        why = f"{m['nthe']}: in {first:%B %Y}, the month of the previous date in the text"
    elif st.dct is not None:
        first = st.dct.replace(day=1)
        tense = _tense(st.text, start, end)
        if day > st.dct.day and tense < 0:
            first = _add_months(first, -1)
        elif day < st.dct.day and tense > 0:
            first = _add_months(first, 1)
        anchor = "dct"
        why = f"{m['nthe']}: the nearest such day to the publication date, {st.dct.isoformat()}"
    else:
        return []
    try:
        d = first.replace(day=day)
    except ValueError:
        return []
    st.last = _Point(d, "day")
    return [_Out(start, end, "DATE", d.isoformat(), None, anchor, why)]


def _h_numeric(m: re.Match[str], st: _State) -> list[_Out]:
    if m["nd"]:
        return _nth_of_month(m, st)
    if _year_blocked(st.text[max(0, m.start() - 16) : m.start()]):
        return []  # "version 2.1.2019", "No. 12-05-2019"
    if m["iy"]:
        try:
            date = dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        except ValueError:
            return []
        if m["ih"]:
            st.last = _Point(date, "day")
            return [_Out(m.start(), m.end(), "TIME", f"{date.isoformat()}T{m['ih']}:{m['imin']}")]
        st.last = _Point(date, "day")
        return [_Out(m.start(), m.end(), "DATE", date.isoformat())]
    a, b = int(m["a"]), int(m["b"])
    ys = m["y"]
    year = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
    if m["sep"] == "." and len(ys) == 2:
        return []  # "3.5.12" is a version number more often than a date
    order = st.date_order
    if order == "auto":
        if a <= 12 and b <= 12 and st.order_guess is None:
            st.order_guess = _guess_order(st.text)
        order = "dmy" if a > 12 else "mdy" if b > 12 else st.order_guess or "mdy"
    month, day = (a, b) if order == "mdy" else (b, a)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return []
    st.last = _Point(date, "day")
    return [_Out(m.start(), m.end(), "DATE", date.isoformat())]


def _guess_order(text: str) -> DateOrder:
    """Day-first only if another numeric date in the text can only be day-first."""
    # The rule's scan over the whole text finds what _P_NUMERIC.finditer(text) finds.
    for mm in _scan(text, _spaced(text), _R_NUMERIC, [(0, len(text))]):
        if mm["a"] and int(mm["a"]) > 12 >= int(mm["b"]):
            return "dmy"
        if mm["a"] and int(mm["b"]) > 12:
            return "mdy"
    return "mdy"


_NEXT_LOWER_WORD = re.compile(r"\s{1,2}([a-z]+)")
# A year past 2099 is a year only after a preposition of time ("by 2100", "until 2150").
_FAR_YEAR_LEFT = re.compile(r"\b(?:by|in|until|till|before|after|through|beyond|of)\s{1,2}$", re.I)
_NUMBER_RANGE_AFTER = re.compile(r"\s{0,2}(?:[-–]|to)\s{0,2}\d{1,3}(?:\D|$)")


def _h_year(m: re.Match[str], st: _State) -> list[_Out]:
    text = st.text
    left = text[max(0, m.start() - 16) : m.start()]
    if _year_blocked(left):
        return []
    after = text[m.end() : m.end() + 24]
    nxt = _NEXT_LOWER_WORD.match(after)
    if nxt and nxt.group(1) in _COUNT_NOUNS and not (m["fy"] or m["per"]):
        return []
    if not m["range"] and _NUMBER_RANGE_AFTER.match(after):
        return []  # "2014 to 2,000" or "1998-2" (a score, a phone number) are not years
    if m["y"][:2] == "21" and not _FAR_YEAR_LEFT.search(left):
        return []  # "2100 staff", "at 2100 GMT": a year this far ahead needs "by"/"in"
    y = _year_number(m["y"]) or 0
    outs: list[_Out] = []
    first_end = m.end("per") if m["per"] and not m["range"] else m.end("y")
    start = m.start()
    p = _Point(dt.date(y, 1, 1), "year")
    outs.append(_Out(start, first_end, "DATE", p.value()))
    if m["range"]:
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if y2 <= y:
            return [] if len(y2s) == 2 else outs
        outs.append(_Out(m.start("y2"), m.end("y2"), "DATE", f"{y2:04d}"))
        first = p
        p = _Point(dt.date(y2, 1, 1), "year")
        st.range_ = (first, p)
    st.last = p
    return outs


def _h_decade(m: re.Match[str], st: _State) -> list[_Out]:
    words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties")
    if (m["d3"] or m["dw"]) and not (m.group(0)[:3].lower() == "the" or m["mod"]):
        return []  # "in his 80s", "in her forties": an age, not a decade
    if m["cent"]:
        cent = int(m["cent"])
        d = int(m["d1"])
    elif m["dw"]:
        d = ((*words, "nineties").index(m["dw"].lower().split()[-1].split("-")[-1]) + 2) % 10
        ref = st.dct.year if st.dct else 1999
        cent = 20 if 2000 + 10 * d <= ref and "nineteen" not in m["dw"].lower() else 19
    else:
        d = int(m["d2"] or m["d3"])
        ref = st.dct.year if st.dct else 1999
        cent = 20 if 2000 + 10 * d <= ref else 19
    mod = None
    if m["mod"]:
        mod = _MOD_WORDS[m["mod"].lower()]
    if m["half"]:
        mod = "START" if m["half"].lower() in ("first", "early") else "END"
    year = cent * 100 + d * 10
    if m["cent"] and d == 0 and year < 2000:
        # "the 1800s", "the early 1900s": the century, as usage has it (the 2000s stay
        # the decade the news means).
        st.last = _Point(dt.date(year, 1, 1), "century")
        return [_Out(m.start(), m.end(), "DATE", f"{cent:02d}", mod)]
    # "two decades later", "the following decade" count from it
    st.last = _Point(dt.date(year, 1, 1), "decade")
    return [_Out(m.start(), m.end(), "DATE", f"{year // 10:03d}", mod)]


def _h_century(m: re.Match[str], st: _State) -> list[_Out]:
    raw = m["n"].lower().replace(" ", "-")
    if raw in ("twenty-first",):
        n = 21
    elif raw[:-2].isdigit():
        n = int(raw[:-2])
    elif raw in lex.ORDINALS:
        n = lex.ORDINALS[raw]
    else:
        return []
    if m.group(0).lower().endswith("centuries"):
        return []
    mod = _MOD_WORDS[m["mod"].lower()] if m["mod"] else None
    if n > 1:
        st.last = _Point(dt.date((n - 1) * 100, 1, 1), "century")  # "the next century"
    return [_Out(m.start(), m.end(), "DATE", f"{n - 1:02d}", mod)]


def _quarter_year_by_tense(st: _State, m: re.Match[str], n: int, unit: str, year: int) -> int:
    """The year of a quarter or half told without one, bent by the clause's tense."""
    dct = st.dct
    if dct is None or year != dct.year:
        return year
    current = (dct.month - 1) // (3 if unit == "quarter" else 6) + 1
    tense = _tense(st.text, m.start(), m.end()) if n != current else 0
    if n > current and tense < 0:
        return year - 1  # "the third quarter was weak", said in May: last year's
    if n < current - (1 if unit == "quarter" else 0) and tense > 0:
        # "profit will rise in the first quarter", said in November, is next year's; the
        # quarter just ended is still reported on ("will post third-quarter results" in
        # October).
        return year + 1
    return year


def _h_quarter(m: re.Match[str], st: _State) -> list[_Out]:
    dct = st.dct
    of_what = _OF_WHAT.match(st.text, m.end())
    if of_what and of_what[1].lower() not in _PERIOD_NOUNS:
        return []  # "the first half of the game", "a quarter of the market": no calendar
    if m["qago"] or m["qadj"]:
        words = (m["qago"] or m["qadj"]).lower()
        base = st.last_quarter if "quarter" in words or st.last_quarter else st.last
        if "month" in words or "half" in words:
            base = st.last
        if base is None:
            if dct is None:
                return [_Out(m.start(), m.end(), "DATE", "PAST_REF", None, "unresolved")]
            # With no quarter named yet, "the year-ago quarter" compares the last full one.
            base = _Point(_add_months(dct, -3), "quarter") if "quarter" in words else None
            base = base or _Point(dct, "year")
        p = base.shift("year", -1)
        why = f"{m.group(0)}: a year before {base.value()}"
        if p.gran == "quarter":
            st.apposable = (m.end(), p)
        return [_Out(m.start(), m.end(), "DATE", p.value(), None, "narrative", why)]
    if m["qbare"]:
        ended = _ENDED.match(st.text, m.end())
        if ended and dct is not None:
            # "the quarter ended Sept. 30": the quarter that holds its closing day.
            end_month = lex.MONTHS[ended["mon"].lower().rstrip(".")]
            end_year = dct.year if end_month <= dct.month else dct.year - 1
            p = _Point(dt.date(end_year, end_month, 1), "quarter")
            why = f"{m.group(0)}: the quarter that ended in {p.date.strftime('%B %Y')}"
            how: Anchor = "dct"
        elif st.last_quarter is not None:
            p = st.last_quarter
            why = f"{m.group(0)}: the quarter last mentioned, {p.value()}"
            how = "narrative"
        elif dct is not None:
            p = _Point(_add_months(dct, -3), "quarter")
            why = f"{m.group(0)}: the last full quarter before {dct.isoformat()}"
            how = "dct"
        else:
            return []
        st.last = st.last_quarter = p
        st.quarter_end = m.end()
        return [_Out(m.start(), m.end(), "DATE", p.value(), None, how, why)]
    if m["qq"]:
        q = int(m["qq"][1])
        ys = m["qy3"]
        if ys:
            year: int | None = int(ys)
        else:
            year = dct.year if dct else None
        unit = "half" if m["qq"][0] in "Hh" else "quarter"
        n = q
        if not ys and year is not None:
            # "revenue rose in Q3", said in May: last year's, like "the third quarter"
            year = _quarter_year_by_tense(st, m, n, unit, year)
    else:
        unit = m["unit"].lower()
        ordw = m["ord"].lower()
        mods = (m["mods"] or "").lower()
        yrel = (m["qrel"] or m["qrel2"] or "").lower()
        ys = m["qy"] if m["qy"] and m["qy"][0].isdigit() else m["qy2"] or m["qy4"]
        ref_year = dct.year if dct else None
        if ys:
            year = int(ys)
        elif yrel in ("last", "the previous"):
            year = ref_year - 1 if ref_year else None
        elif yrel == "next":
            year = ref_year + 1 if ref_year else None
        else:
            year = ref_year
        if (
            ordw in ("latest", "last", "past", "previous", "preceding", "prior", "recent")
            and not ys
        ):
            if unit == "half" and ordw == "last" and (yrel or ys):
                n = 2
            else:
                if (
                    ordw in ("previous", "preceding", "prior")
                    and unit == "quarter"
                    and st.last_quarter is not None
                    and m.start() - st.quarter_end < 400
                ):
                    # "net rose in the third quarter from the previous quarter": the one
                    # before the quarter just mentioned; a comparison, the story stays put.
                    p = st.last_quarter.shift("quarter", -1)
                    why = f"{m.group(0)}: the quarter before {st.last_quarter.value()}"
                    return [_Out(m.start(), m.end(), "DATE", p.value(), None, "narrative", why)]
                if dct is None:
                    return []
                p = _Point(_add_months(dct, -3 if unit == "quarter" else -6), unit)
                if unit == "quarter":
                    st.last_quarter = p
                    st.quarter_end = m.end()
                st.last = p
                return [
                    _Out(
                        m.start(),
                        m.end(),
                        "DATE",
                        p.value(),
                        None,
                        "dct",
                        f"{m.group(0)}: the last full {unit} before {dct.isoformat()}",
                    )
                ]
        elif ordw == "current":
            if dct is None:
                return []
            p = _Point(dct, unit)
            st.last = p
            return [_Out(m.start(), m.end(), "DATE", p.value(), None, "dct", "")]
        else:
            n = lex.ORDINALS.get(ordw, 0)
            if ordw == "last":
                n = 4 if unit == "quarter" else 2
        if unit == "half" and n > 2:
            return []
        if (
            "year-earlier" in mods
            or "year-ago" in mods
            or "year-before" in mods
            or "prior-year" in mods
        ):
            year = year - 1 if year is not None else None
        if n < 1 or n > 4:
            return []
        apposed = st.apposable
        if (
            unit == "quarter"
            and not ys
            and not yrel
            and apposed is not None
            and _APPOSED_QUARTER.fullmatch(st.text, apposed[0], m.start())
        ):
            # "In the year-ago quarter, the second quarter ended Oct. 31, ...": the same
            # quarter named again, in the year of the one just named
            year = apposed[1].date.year
        elif not ys and not yrel and year is not None:
            year = _quarter_year_by_tense(st, m, n, unit, year)
    start = m.start()
    lead = m.group(0).split(None, 1)[0].lower()
    adjective = "-" in m.group(0)[-9:]
    if lead in ("its", "their", "his", "her", "this", "last", "next") and not m["qrel"]:
        start = m.start() + len(m.group(0).split(None, 1)[0]) + 1
    elif lead in ("the", "a") and adjective:
        # "the third-quarter loss": an adjective, no determiner; "a flat second quarter"
        # is a noun phrase and keeps its article, like "the second quarter".
        start = m.start() + len(lead) + 1
    if year is None:
        code = "Q" if unit == "quarter" else "H"
        return [_Out(start, m.end(), "DATE", f"XXXX-{code}{n}", None, "unresolved")]
    month = (n - 1) * (3 if unit == "quarter" else 6) + 1
    p = _Point(dt.date(year, month, 1), unit)
    st.last = p
    if unit == "quarter":
        st.last_quarter = p
        st.quarter_end = m.end()
        st.apposable = (m.end(), p)
    absolute = bool(ys)
    anchor: Anchor = "absolute" if absolute else "dct"
    why = "" if absolute else f"{m.group(0)}: in the year of the publication date"
    return [_Out(start, m.end(), "DATE", p.value(), None, anchor, why)]


_ATTRIBUTIVE_SEASON_YEAR = re.compile(
    r"\s{1,3}[a-z]{3,}\s{1,3}(?:in|of|on)\s{1,3}(?:\d{1,2}\s{1,3})?(?:[A-Z][a-z]+\.?\s{1,3})?"
    r"(?:\d{1,2},?\s{1,3})?(?P<year>1[89]\d\d|20\d\d)\b"
)


def _h_season(m: re.Match[str], st: _State) -> list[_Out]:
    word = m["season"].lower()
    code = lex.SEASONS[word]
    rel = (m["rel"] or "").lower()
    rel_n = " ".join(rel.split())
    start = m.start()
    if not m["year"] and m["season"].istitle() and _NAME_AFTER.match(st.text, m.end()):
        return []  # "the Summer Olympics", "Spring Festival": part of a name
    if not rel and not m["year"] and not m.group(0).lower().startswith("mid-"):
        left = st.text[max(0, start - 12) : start].lower()
        if not re.search(r"\b(?:in|during|by|until|since|through|over|this|the)\s{1,3}$", left):
            return []
    if word == "fall" and not m["year"] and rel_n in ("", "the", "that"):
        after = st.text[m.end() : m.end() + 4].lower()
        if after.startswith(" of") or not rel_n:
            return []
    if word == "spring" and re.match(
        r"\s{1,2}(?:training|break|collection|festival)", st.text[m.end() :]
    ):
        return []
    mod = _MOD_WORDS.get(rel_n)
    if m["year"]:
        y = _year_number(m["year"])
        if y is None:
            return []  # "summer of nineteen five": no year; the season alone is retried
        if rel_n in ("the", "that", "early", "late", "mid", ""):
            p = _Point(dt.date(y, lex.SEASON_START[code], 1), "season", code)
            st.last = p
            return [_Out(start, m.end(), "DATE", p.value(), mod)]
    elif not rel_n.startswith(("next", "last", "this")) and (
        named_year := _ATTRIBUTIVE_SEASON_YEAR.match(st.text, m.end())
    ):
        # "the spring budget in March 2025", "the summer recess of 2019": the year told
        y = int(named_year["year"])
        p = _Point(dt.date(y, lex.SEASON_START[code], 1), "season", code)
        s = m.start("season") if rel_n == "the" else start
        why = f"{m.group(0)}: in {y}, the year of the date told after it"
        return [_Out(s, m.end(), "DATE", p.value(), mod, "narrative", why)]
    elif (named := _year_after(st, m.end())) is not None:
        # "the spring of the following year", "in autumn last year"
        y, anchor, why, end = named
        p = _Point(dt.date(y, lex.SEASON_START[code], 1), "season", code)
        st.last = p
        return [_Out(start, end, "DATE", p.value(), mod, anchor, f"{m.group(0)}: {why}")]
    if (
        rel_n == "that" or (rel_n == "the" and _tense(st.text, start, m.end()) < 0)
    ) and st.last is not None:
        # "that summer", or "in the summer" in a past-tense narrative, is the season of the
        # story's year; "by the summer" ahead is the coming one, from the DCT.
        y = st.last.date.year
        p = _Point(dt.date(y, lex.SEASON_START[code], 1), "season", code)
        why = f"{m.group(0)}: in {y}, the year of the previous date in the text"
        s = m.start("season") if rel_n == "the" else start
        return [_Out(s, m.end(), "DATE", p.value(), None, "narrative", why)]
    if rel_n == "the":
        start = m.start("season")  # "in the summer": the season alone (TimeBank)
    if m.group(0).lower().startswith("mid-"):
        mod = "MID"
    point, anchor, why = _season_point(
        st, code, rel_n if rel_n not in ("early", "late", "mid", "the") else "", start, m.end()
    )
    if point is None:
        return [_Out(start, m.end(), "DATE", f"XXXX-{code}", mod, "unresolved")]
    st.last = point
    return [_Out(start, m.end(), "DATE", point.value(), mod, anchor, f"{m.group(0)}: {why}")]


def _count(m: re.Match[str]) -> float | None:
    raw = (m["num"] or m["numalone"] or "").lower()
    raw = " ".join(raw.split())
    n: float | None
    if (
        raw in lex.VAGUE_NUMBERS
        or (
            raw.endswith(" of")
            and raw.split()[0]
            in (
                "dozens",
                "hundreds",
                "thousands",
            )
        )
    ) or raw in ("a number of",):
        n = None
    elif raw == "another":
        n = 1.0  # "another year"
    elif raw in ("half", "half a", "half an", "a half", "an half"):
        n = 0.5
    elif _PLAIN_NUMBER.fullmatch(raw):
        n = float(raw.replace(",", ""))
    else:
        v = lex.number_value(raw.replace(" of", ""))
        n = float(v) if v is not None else None
    if n is not None and (m["andhalf"] or m["andhalf2"]):
        n += 0.5  # "two and a half years", "a month and a half"
    return n


# Before "last" as a verb: "the strike will last two days", "expected to last months".
_LAST_VERB_LEFT = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|never|did|does|do|also|only"
    r"|still|and)\s{1,3}$|['’]ll\s{1,3}$",
    re.IGNORECASE,
)


# A count of time units before "a week"/"a day" makes a rate ("five days a week", "seven
# nights a week"), like a count of things ("300 tons a week").
_UNITS_PER_LEFT = _c(rf"\b{_NUM_ALONE}(?:{_SP}|-){_UNIT_PL}{_SP}$", re.IGNORECASE)


# A verb whose object is a length of time: "the strike lasted a day", "waited a day or two".
_LENGTH_VERB_LEFT = re.compile(
    r"\b(?:last(?:s|ed)?|took|takes?|spen[dt]s?|waited|wait|stayed|stay)\s{1,3}$",
    re.IGNORECASE,
)


# Nothing after "before"/"after" but the clause's end: an adverb counting from the story's
# last date ("He had left two years before."), like "two years earlier".
_CLAUSE_END = re.compile(r"[ \t]{0,2}(?:[,.;:!?)\"'’”]|\n|$)")


_MONTH_LEFT = re.compile(rf"(?<![\w.])(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)[ \t]{{1,2}}$")


def _quantity_per(text: str, start: int) -> bool:
    """A measured quantity ends right before ``start`` ("3,000 people a month")."""
    q = _QUANTITY_PER_LEFT.search(text, max(0, start - 60), start)
    if q is None:
        return False
    return text[q.start() : start].split()[-1] not in _NOT_QUANTITY_NOUNS


def _h_duration(m: re.Match[str], st: _State) -> list[_Out]:
    unit = _unit_key(m["unit"])
    if unit not in _UNIT_GRAN and unit != "millennium":
        return []
    tail = " ".join((m["tail"] or "").lower().replace("-", " ").split())
    tail = tail.removeprefix("or so ").removeprefix("or more ")
    if m["agoday"]:
        tail = "ago"
    if tail == "old":
        return []  # ages ("a 6-year-old boy") are not durations in TimeML
    n = _count(m)
    numraw = " ".join((m["num"] or m["numalone"] or "").lower().split())
    rel = " ".join((m["rel"] or "").lower().split())
    approx = " ".join((m["approx"] or "").lower().split())
    mod = _APPROX_MOD.get(approx)
    start, end = m.start(), m.end()
    after_preposition = _DURATION_PREP.search(st.text, max(0, start - 9), start)
    if (
        numraw in ("a", "an", "one", "another")
        and unit in ("day", "night")
        and not (rel or approx or tail)
        and not (
            (after_preposition or _LENGTH_VERB_LEFT.search(st.text, max(0, start - 12), start))
            and not _RATE_LEFT.search(st.text, max(0, start - 24), start)
        )
    ):
        # "a day" on its own is mostly a rate ("twice a day") or idiom ("one day he ...");
        # after "for"/"within" or a verb of length it is one ("waited a day", "for one day").
        return []
    if numraw in ("many", "some", "few") and not (
        rel or approx or tail or after_preposition or m["further"]
    ):
        return []  # "some days are better": no duration; "for many years" is one
    if (
        rel in ("its", "their", "his", "her", "our", "this", "these", "those")
        and not numraw[:1].isdigit()
        and n is None
    ):
        return []
    left = st.text[max(0, start - 24) : start]
    if (
        numraw in ("a", "an")
        and not (rel or approx or tail)
        and (
            _RATE_LEFT.search(left)
            or _COUNT_PER_LEFT.search(st.text, max(0, start - 40), start)
            or _UNITS_PER_LEFT.search(st.text, max(0, start - 40), start)
            or _quantity_per(st.text, start)
        )
    ):
        return []  # "$1.76 a year", "358,000 a month", "20 miles an hour": a rate
    if numraw in ("a", "an") and _FISCAL_WORD.search(m.group(0)):
        return []  # "a fiscal year" names a kind of period, not a length
    if numraw in ("a", "an", "one", "another") and unit == "second":
        return []  # "a second time", "a second term": an ordinal
    if (
        unit == "quarter"
        and not rel
        and (numraw in ("a", "an", "one", "another") or "-" in m.group(0))
    ):
        return []  # "a quarter of", "three-quarters": a fraction
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return []  # "60 Minutes": a title
    if numraw[:1].isdigit() and not rel and _MONTH_LEFT.search(st.text, max(0, start - 12), start):
        return []  # "the Sept. 30 quarter": the day of a month, not a count
    first = rel.split()[0] if rel else ""
    adjectival = "-" in st.text[m.start("unit") - 1 : m.start("unit")] or (
        not m["unit"].lower().endswith("s") and n is not None and n > 1
    )
    if first in ("its", "their", "his", "her", "our", "this", "these", "those", "a") or (
        first == "the" and adjectival and len(rel.split()) == 1
    ):
        # Determiners stay outside ("its 10-year note", "the two day rally").
        start = m.start("rel") + len(m["rel"])
        if approx:
            start = m.start()
    if rel == "last" and _LAST_VERB_LEFT.search(st.text, max(0, start - 12), start):
        start = m.start("num") if m["num"] else m.start("numalone")  # "will last two days"
    if tail == "ago":
        return _ago(m, st, unit, n, start, end)
    if tail in ("earlier", "later", "before", "after", "back", "from now", "hence", "ahead"):
        if tail in ("before", "after") and not _CLAUSE_END.match(st.text, end):
            end = m.end("unit")  # "two weeks before the vote": the duration only
        elif tail == "back" and n is None:
            return []
        else:
            return _narrative_shift(m, st, unit, n, tail, start, end)
    if tail == "long" and numraw in ("a", "an") and not rel:
        start = m.start("unit")  # "a year-long strike": the adjective "year-long"
    elif tail in ("long", "in a row", "period", "term", "span", "stretch"):
        # TimeML: an adjectival duration is the length alone ("a five-year term" ->
        # "five-year"); the noun it modifies is not part of the expression.
        end = m.end("unit")
    if approx in ("all", "another") and n is None:
        return []
    if unit == "quarter" and n is not None:
        value = _duration_value("month", 3 * n)  # TimeML writes quarters as months
    else:
        value = _duration_value(unit, n)
    return [_Out(start, end, "DURATION", value, mod)]


def _ago(
    m: re.Match[str], st: _State, unit: str, n: float | None, start: int, end: int
) -> list[_Out]:
    text = m.group(0)
    if n is None or n != int(n):
        return [_Out(start, end, "DATE", "PAST_REF", None, "dct" if st.dct else "unresolved")]
    k = int(n)
    gran = _UNIT_GRAN.get(unit, "year")
    if unit in ("second", "minute", "hour"):
        gran = "day"
    if unit == "year" and k == 1 and (same := _year_before_quarter(st, text, start, end)):
        return same
    if st.dct is None:
        return [_Out(start, end, "DATE", "PAST_REF", None, "unresolved")]
    shift_unit = {"fortnight": "week", "weekend": "week", "night": "day"}.get(unit, unit)
    mult = 2 if unit == "fortnight" else 1
    if m["agoday"]:
        # "Fifty years ago today" is a day (the anniversary), "a year ago this month" a month.
        ref_word = m["agoday"].split()[-1].lower()
        ref = st.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(ref_word, 0))
        gran = {"week": "week", "month": "month"}.get(ref_word, "day")
        p = _Point(_shift(ref, shift_unit, -k * mult), gran)
        st.last = p
        why = f"{text}: {k} {unit}{'s' if k != 1 else ''} before {ref.isoformat()}"
        return [_Out(start, end, "DATE", p.value(), None, "dct", why)]
    if shift_unit in ("second", "minute", "hour"):
        d = st.dct
    else:
        d = _shift(st.dct, shift_unit, -k * mult)
    if gran == "week":
        gran = "day"  # "two weeks ago" names a day (TimeML practice), not an ISO week
    p = _Point(d, gran)
    if unit != "year" or k != 1:
        st.last = p  # "a year ago" compares figures; it does not move the story
    plural = "s" if k != 1 else ""
    why = f"{text}: {k} {unit}{plural} before the publication date, {st.dct.isoformat()}"
    return [_Out(start, end, "DATE", p.value(), None, "dct", why)]


def _year_before_quarter(st: _State, text: str, start: int, end: int) -> list[_Out] | None:
    """The same quarter a year before, for "a year ago/earlier" right after a quarter.

    Business news compares quarters: "third-quarter profit ... from $5 million a year ago".
    """
    if st.last_quarter is None or st.last is not st.last_quarter:
        return None
    if start - st.quarter_end >= 400:
        return None
    p = st.last_quarter.shift("year", -1)
    why = f"{text}: a year before {st.last_quarter.value()}, the quarter just mentioned"
    return [_Out(start, end, "DATE", p.value(), None, "narrative", why)]


def _narrative_shift(
    m: re.Match[str],
    st: _State,
    unit: str,
    n: float | None,
    tail: str,
    start: int,
    end: int,
    *,
    named: bool = False,
) -> list[_Out]:
    """The date ``n`` units before or after the story's last date (or the DCT).

    ``named``: the expression names one whole unit ("the week before", "the month after"),
    so the value has the unit's granularity, not the day it was counted from.
    """
    text = m.group(0)
    sign = -1 if tail in ("earlier", "back", "before") else 1
    if n is None or n != int(n):
        return [
            _Out(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, "unresolved")
        ]
    k = int(n)
    shift_unit = {"fortnight": "week", "weekend": "week", "night": "day"}.get(unit, unit)
    if (
        unit == "year"
        and k == 1
        and sign < 0
        and (same := _year_before_quarter(st, text, start, end))
    ):
        return same
    if tail in ("from now", "hence"):
        if st.dct is None:
            return [_Out(start, end, "DATE", "FUTURE_REF", None, "unresolved")]
        # "two weeks from now" names a day, like "two weeks ago"
        base = _Point(
            st.dct, "day" if unit in ("week", "fortnight") else _UNIT_GRAN.get(unit, "day")
        )
        anchor: Anchor = "dct"
        bwhy = f"the publication date, {st.dct.isoformat()}"
    elif st.range_ is not None and st.last is st.range_[1]:
        # After "from 2019 to 2022", "a year later" counts from what happened in the range,
        # which starts at its first date, not after its end.
        base = st.range_[0]
        anchor = "narrative"
        bwhy = f"{base.value()}, the start of the range just mentioned"
    elif st.last is not None:
        base = st.last
        anchor = "narrative"
        bwhy = f"{st.last.value()}, the previous date in the text"
    elif st.dct is not None:
        base = _Point(st.dct, "day")
        anchor = "dct"
        bwhy = f"the publication date, {st.dct.isoformat()}"
    else:
        return [
            _Out(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, "unresolved")
        ]
    if (
        unit in ("month", "quarter", "year", "decade", "century")
        and base.gran == "day"
        and st.dct is not None
        and abs((base.date - st.dct).days) <= 7
    ):
        # From the news' own days ("said Friday that ... a year earlier") a year back is a
        # year and a month back a month, as with "a year ago", not the same calendar day.
        base = _Point(base.date, _UNIT_GRAN[unit])
    gran = _UNIT_GRAN.get(unit, "day")
    if shift_unit in ("second", "minute", "hour"):
        p = _Point(base.date, "day")
    else:
        g = base.gran if _GRAN_RANK.get(base.gran, 0) < _GRAN_RANK.get(gran, 0) else gran
        if gran == "week" and base.gran == "day":
            g = "day"
        if named or (gran in ("year", "decade", "century") and base.gran == "month"):
            g = gran
        steps = sign * k * (2 if unit == "fortnight" else 1)  # a fortnight is two weeks
        p = _Point(_shift(base.date, shift_unit, steps), g, base.extra if g == base.gran else "")
    if sign > 0:
        st.last = p  # "three days later" moves the story on; "a year earlier" compares
    word = "after" if sign > 0 else "before"
    why = f"{text}: {k} {unit}{'s' if k != 1 else ''} {word} {bwhy}"
    return [_Out(start, end, "DATE", p.value(), None, anchor, why)]


_GRAN_RANK = {
    "day": 1,
    "week": 2,
    "month": 3,
    "quarter": 4,
    "half": 5,
    "season": 4,
    "year": 6,
    "decade": 7,
    "century": 8,
}


def _h_vague_units(m: re.Match[str], st: _State) -> list[_Out]:
    if m["bunit"]:
        return _bare_units(m, st)
    if m["lunit"]:
        return [_Out(m.start(), m.end(), "DURATION", _duration_value(m["lunit"].lower(), 1))]
    unit = _unit_key(m["unit"])
    pre = " ".join(m["pre"].lower().split())
    simple_preps = {
        "for",
        "within",
        "in",
        "over",
        "after",
        "than",
        "took",
        "take",
        "takes",
        "spent",
        "lasted",
        "last",
        "during",
    }
    start = m.start("unit") if pre in simple_preps else m.start()
    if pre == "last" and _LAST_VERB_LEFT.search(st.text, max(0, m.start() - 12), m.start()):
        return [_Out(start, m.end(), "DURATION", _duration_value(unit, None))]
    if pre in simple_preps and pre not in (
        "for",
        "within",
        "over",
        "in",
        "after",
        "spent",
        "took",
        "take",
        "takes",
        "lasted",
    ):
        return []
    value = _duration_value(unit, None)
    if pre in ("in", "after") and unit not in (
        "years",
        "decades",
        "months",
        "weeks",
        "year",
        "month",
        "week",
        "decade",
        "day",
        "hour",
    ):
        return []
    return [_Out(start, m.end(), "DURATION", value)]


def _bare_units(m: re.Match[str], st: _State) -> list[_Out]:
    """ "months ago" is a past date, "the weeks ahead" a stretch of unknown length (TimeML)."""
    unit = _unit_key(m["bunit"])
    if unit not in _UNIT_GRAN:
        return []
    if m["btail"].lower() == "ago":
        if m["bthe"]:
            return []  # "the years ago" is no expression
        start = m.start("bunit")
        return [_Out(start, m.end(), "DATE", "PAST_REF", None, "dct" if st.dct else "unresolved")]
    if not m["bthe"]:
        return []  # "pushed ahead", "days to come up with": a verb's particle
    tail = m["btail"].lower()
    if tail in ("ahead", "to come") or tail.startswith("to "):
        return [_Out(m.start(), m.end(), "DURATION", _duration_value(unit, None))]
    # "in the weeks before the shooting": TimeML marks the unit alone, a time around an
    # event (before or after the publication date by the clause's tense).
    start, end = m.start("bunit"), m.end("bunit")
    ref = "PAST_REF" if _tense(st.text, start, end) < 0 else "FUTURE_REF"
    return [_Out(start, end, "DATE", ref, None, "dct" if st.dct else "unresolved")]


_ENDED_AFTER = re.compile(r"\s{1,3}(?:ended|ending|through)\b")
_OF_MONTH = re.compile(rf"{_SP}of{_SP}(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)(?![\w])")


def _h_rel_unit(m: re.Match[str], st: _State) -> list[_Out]:
    if m["tunit"]:
        # "The day before, the envoy had left": a day back from the story's last date.
        tail = "earlier" if m["btail"].lower() in ("before", "earlier") else "later"
        return _narrative_shift(m, st, m["tunit"].lower(), 1, tail, m.start(), m.end(), named=True)
    rel = " ".join(m["rel"].lower().split())
    if rel == "that same":
        rel = "that"  # "that same year": the year of the story's last date
    unit_raw = " ".join(m["unit"].lower().split())
    if rel in ("the last", "the final") and _OF_MONTH.match(st.text, m.end()):
        return []  # "the last week of October" is one expression, built on the month
    if unit_raw == "hour":
        # "for the past hour", "in the next hour": an hour's stretch; "that hour" is none.
        if rel in ("the past", "the last", "past", "last", "the next", "next", "the coming"):
            return [_Out(m.start(), m.end(), "DURATION", "PT1H")]
        return []
    unit = "year" if unit_raw == "fiscal year" else unit_raw
    text = m.group(0)
    start, end = m.start(), m.end()
    if rel == "the" and unit == "weekend":
        if st.dct is None:
            return [_Out(start, end, "DATE", "XXXX-WXX-WE", None, "unresolved")]
        future = _tense(st.text, start, end) > 0
        sat = st.dct + dt.timedelta(days=(5 - st.dct.weekday()) % 7)
        if not future and sat > st.dct:
            sat -= dt.timedelta(days=7)
        p = _Point(sat, "week", "WE")
        word = "next" if future else "last"
        why = f"{text}: the {word} weekend around the publication date, {st.dct.isoformat()}"
        return [_Out(start, end, "DATE", p.value(), None, "dct", why)]
    if (
        rel == "the"
        and unit in ("month", "week")
        and _ENDED_AFTER.match(st.text, end)
        and not _PART_OF.search(st.text, max(0, start - 24), start)
    ):
        # "in the week ended Oct. 20", "for the month ending Sept. 30": a period's length,
        # like "the year ended June 30"
        return [_Out(start, end, "DURATION", _duration_value(unit, 1))]
    if rel == "the" and unit in ("month", "week", "day"):
        # "the month" alone is anaphoric; "the end of the month" or "later in the day" is
        # the one in focus: the day of the previous date in the text, else the DCT's.
        left = st.text[max(0, start - 24) : start].lower()
        possessive = st.text.startswith(("'s", "’s"), end)  # "the week's busiest session"
        if not (_PART_OF.search(left) or _IN_THE.search(left) or possessive):
            return []
        if st.last is not None and st.last.gran == "day":
            p = _Point(st.last.date, unit)
            why = f"{text}: the {unit} of {st.last.date.isoformat()}, the previous date in the text"
            return [_Out(start, end, "DATE", p.value(), None, "narrative", why)]
        if st.dct is None:
            return []
        p = _Point(st.dct, unit)
        why = f"{text}: the {unit} of the publication date, {st.dct.isoformat()}"
        return [_Out(start, end, "DATE", p.value(), None, "dct", why)]
    if rel == "the" and unit in ("decade", "century"):
        # "by the end of the decade", "later in the century": the one of the publication date
        left = st.text[max(0, start - 24) : start].lower()
        if st.dct is None or not (_PART_OF.search(left) or _IN_THE.search(left)):
            return []
        p = _Point(st.dct, unit)
        why = f"{text}: the {unit} of the publication date, {st.dct.isoformat()}"
        return [_Out(start, end, "DATE", p.value(), None, "dct", why)]
    if rel == "the":
        if unit not in ("year", "day") or unit_raw == "day":
            return []
        if re.match(r"\s{1,3}(?:ended|ending|through|to)\b", st.text[end : end + 12]):
            return [_Out(start, end, "DURATION", "P1Y")]  # "for the year ended June 30"
        if unit_raw == "fiscal year" or unit == "year":
            # "the year" in business news is the current (fiscal) year.
            base = st.last if st.last is not None and st.last.gran in ("year",) else None
            if (
                base is not None
                and st.dct is not None
                and base.date.year < st.dct.year
                and _tense(st.text, start, end) > 0
            ):
                # "Sales fell in 2023. The company expects to return to profit by the end of
                # the year": a plan lies ahead, in the publication date's year
                base = None
            elif (
                base is None
                and st.last is not None
                and st.dct is not None
                and st.last.date.year < st.dct.year
                and _GRAN_RANK.get(st.last.gran, 9) < _GRAN_RANK["year"]
                and start - st.last_at < 200
                and _tense(st.text, start, end) < 0
            ):
                # "arrested on May 1, 2010. By the end of the year, he was released": that
                # date's year, in a story told in the past
                base = _Point(st.last.date, "year")
            if base is not None:
                return [_Out(start, end, "DATE", base.value(), None, "narrative", "")]
            if st.dct is None:
                return []
            return [
                _Out(
                    start,
                    end,
                    "DATE",
                    f"{st.dct.year:04d}",
                    None,
                    "dct",
                    f"{text}: the year of the publication date",
                )
            ]
        return []
    if unit == "day":
        if rel in ("the next", "the following", "the previous", "that", "the same"):
            return _narr_unit(st, rel, "day", start, end, text)
        return []
    if rel in ("the past", "the last", "past") and unit in (
        "week",
        "month",
        "year",
        "decade",
        "century",
    ):
        if (
            rel == "the last"
            and unit in ("week", "month", "year", "decade", "century")
            and not (unit == "year" and _SPAN_PREP.search(st.text, max(0, start - 8), start))
        ):
            # "the last week" (or decade, or century) is the previous calendar unit, like
            # "last week"
            pass
        else:
            return [_Out(start, end, "DURATION", _duration_value(unit, 1))]
    if rel == "the prior":
        rel = "the previous"  # "net rose from the prior year"
    if rel in ("the following", "the previous", "the next", "that", "the same"):
        return _narr_unit(st, rel, unit, start, end, text)
    if rel in ("same",):
        return []
    offset = {
        "last": -1,
        "the last": -1,
        "the latest": -1,
        "this past": -1,
        "previous": -1,
        "past": -1,
        "next": 1,
        "the coming": 1,
        "coming": 1,
        "this coming": 1,
        "following": 1,
        "this": 0,
        "current": 0,
        "the current": 0,
    }.get(rel)
    if offset is None:
        return []
    gran = {"weekend": "week", "decade": "decade", "century": "century"}.get(unit, unit)
    if st.dct is None:
        ref = "PRESENT_REF" if offset == 0 else ("PAST_REF" if offset < 0 else "FUTURE_REF")
        return [_Out(start, end, "DATE", ref, None, "unresolved")]
    shift_u = "week" if unit == "weekend" else unit
    day = _shift(st.dct, shift_u, offset)
    if unit == "week" and offset == -1 and st.dct.weekday() == 6:
        # News weeks run Sunday to Saturday: on a Sunday, "last week" is the one just ended.
        day = st.dct - dt.timedelta(days=1)
    elif (
        unit == "week"
        and offset >= 0
        and st.dct.weekday() == 6
        and not (
            offset == 0
            and (
                _EARLIER_LEFT.search(st.text, max(0, start - 10), start)
                or _tense(st.text, start, end) < 0
            )
        )
    ):
        # ... and "this week" the one starting that Sunday (the ISO week from Monday),
        # "next week" the one after it; "earlier this week" or a past "this week" is the
        # week just ended.
        day = st.dct + dt.timedelta(days=1 + 7 * offset)
    p = _Point(day, gran, "WE" if unit == "weekend" else "")
    st.last = p
    what = {-1: "before", 1: "after", 0: "of"}[offset]
    label = "weekend" if unit == "weekend" else unit
    why = f"{text}: the {label} {what} the publication date, {st.dct.isoformat()}"
    return [_Out(start, end, "DATE", p.value(), None, "dct", why)]


def _narr_unit(st: _State, rel: str, unit: str, start: int, end: int, text: str) -> list[_Out]:
    base = st.last
    if start < st.last_end:
        return []  # "that year" in "March of that year", an expression already made
    if base is None:
        if st.dct is None:
            return []
        base = _Point(st.dct, "day")
    off = {"the next": 1, "the following": 1, "the previous": -1, "that": 0, "the same": 0}[rel]
    gran = {"weekend": "week", "decade": "decade", "century": "century"}.get(unit, unit)
    if _GRAN_RANK.get(base.gran, 9) > _GRAN_RANK.get(gran, 0) and (
        off == 0 or gran in ("day", "week")
    ):
        # "that week" after "in 1990", "the next day" after "in spring 2030": no such day
        if off == 0:
            return []
        return [
            _Out(
                start,
                end,
                "DATE",
                "XXXX-XX-XX" if gran == "day" else "XXXX-WXX",
                None,
                "unresolved",
            )
        ]
    p = _Point(_shift(base.date, "week" if unit == "weekend" else unit, off), gran)
    st.last = p
    why = f"{text}: relative to {base.value()}, the previous date in the text"
    return [_Out(start, end, "DATE", p.value(), None, "narrative", why)]


def _nth_weekday(m: re.Match[str], st: _State) -> list[_Out]:
    """ "the first Monday of September", "the last Thursday in November": one day."""
    start, end = m.start(), m.end()
    wd = lex.WEEKDAYS[m["nwd"].lower()]
    month = lex.MONTHS[m["nmon"].lower().rstrip(".")]
    nth = m["nth"].lower().split()[-1]
    if m["nyear"]:
        year: int | None = int(m["nyear"])
        anchor: Anchor = "absolute"
        why = ""
    else:
        year, anchor, why = _month_year(st, month, start, end)
    if year is None:
        return [_Out(start, end, "DATE", f"XXXX-{month:02d}", None, "unresolved")]
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(wd - first.weekday()) % 7)
    if nth == "last":
        while (d + dt.timedelta(days=7)).month == month:
            d += dt.timedelta(days=7)
    else:
        d += dt.timedelta(days=7 * (lex.ORDINALS[nth] - 1))
        if d.month != month:
            return []
    st.last = _Point(d, "day")
    return [_Out(start, end, "DATE", d.isoformat(), None, anchor, f"{m.group(0)}: {why}")]


def _h_rel_named(m: re.Match[str], st: _State) -> list[_Out]:
    if m["nwd"]:
        return _nth_weekday(m, st)
    start, end = m.start(), m.end()
    if m["mon"]:
        rel = " ".join(m["mrel"].lower().split())
        month = lex.MONTHS[m["mon"].lower().rstrip(".")]
        if st.dct is None:
            return [_Out(start, end, "DATE", f"XXXX-{month:02d}", None, "unresolved")]
        dct = st.dct
        if rel in ("last", "this past", "past"):
            y = dct.year if month < dct.month else dct.year - 1
            why = "the last such month before"
        elif rel in ("next", "this coming"):
            y = dct.year if month > dct.month else dct.year + 1
            why = "the next such month after"
        else:
            y = dct.year
            why = "in the year of"
        p = _Point(dt.date(y, month, 1), "month")
        st.last = p
        return [
            _Out(
                start,
                end,
                "DATE",
                p.value(),
                None,
                "dct",
                f"{m.group(0)}: {why} the publication date, {dct.isoformat()}",
            )
        ]
    wd_word = m["wd"]
    if st.text[max(0, start - 6) : start] == "Black ":
        return []  # "Black Monday": a name, not a day of this week
    if m["wdnum"]:
        return _weekday_the_nth(m, st)
    if (
        not m["rel"]
        and not m["part"]
        and st.text[max(0, start - 4) : start].lower() == "the "
        and _NAME_AFTER.match(st.text, end)
    ):
        return []  # "the Sunday Times", "the Monday Night Football": a name
    if m.group(0).endswith("s") and not m["part"] and m.group(0)[-2:] != "ay":
        # "Mondays": a set, unless a name's last word ("the Happy Mondays")
        if _NAME_BEFORE.search(st.text, max(0, start - 30), start):
            return []
        wd = lex.WEEKDAYS[wd_word.lower()]
        return [_Out(start, end, "SET", f"XXXX-WXX-{wd + 1}")]
    wd = lex.WEEKDAYS[wd_word.lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    if (
        not rel
        and (some := _SOME_BEFORE.search(st.text, max(0, start - 16), start))
        and (_WEEKDAY_HEAD_END.match(st.text, end) or some["which"])
    ):
        # "happened on a Tuesday": some Tuesday, not a particular one (TIMEX3)
        return [_Out(start, end, "DATE", f"XXXX-WXX-{wd + 1}", None, "unresolved")]
    d, anchor, why = _weekday_date(st, wd, rel, start, end)
    # TempEval-3 annotates "Friday night" mostly as a DATE; half its values carry the part of
    # the day (TNI), half do not. The day alone is what the event layer needs. "Friday
    # evening" names the part of the day (TIMEX3 2019-05-10TEV); the morning is left as the
    # day (with TMO the test half of TempEval-3 fell).
    suffix = {"evening": "EV"}.get((m["part"] or "").lower(), "")
    typ: TimexType = "TIME" if suffix else "DATE"  # a value with a time of day is a TIME
    if d is None:
        return [
            _Out(
                start,
                end,
                typ,
                f"XXXX-WXX-{wd + 1}" + (f"T{suffix}" if suffix else ""),
                None,
                "unresolved",
            )
        ]
    p = _Point(d, "day")
    st.last = p
    out_p = _Point(d, "day", suffix)
    return [_Out(start, end, typ, out_p.value(), None, anchor, f"{m.group(0)}: {why}")]


def _weekday_the_nth(m: re.Match[str], st: _State) -> list[_Out]:
    """'Friday the 13th': the nearest month whose 13th is a Friday, back or ahead by tense."""
    start, end = m.start(), m.end()
    wd = lex.WEEKDAYS[m["wd"].lower()]
    n = int(m["wdnum"])
    if st.dct is None:
        return [_Out(start, end, "DATE", f"XXXX-XX-{n:02d}", None, "unresolved")]
    ahead = _tense(st.text, start, end) > 0
    found: list[dt.date] = []
    for k in range(-14, 15):
        y, mo = divmod(st.dct.year * 12 + st.dct.month - 1 + k, 12)
        try:
            d = dt.date(y, mo + 1, n)
        except ValueError:
            continue
        if d.weekday() == wd and ((d >= st.dct) if ahead else (d <= st.dct)):
            found.append(d)
    if not found:
        return [_Out(start, end, "DATE", f"XXXX-XX-{n:02d}", None, "unresolved")]
    d = min(found) if ahead else max(found)
    st.last = _Point(d, "day")
    word = "next" if ahead else "last"
    why = f"{m.group(0)}: the {word} such day around the publication date, {st.dct.isoformat()}"
    return [_Out(start, end, "DATE", d.isoformat(), None, "dct", why)]


def _h_deictic(m: re.Match[str], st: _State) -> list[_Out]:
    start, end = m.start(), m.end()
    text = m.group(0)
    low = " ".join(text.lower().split())
    if m["narr"]:
        narr = " ".join(m["narr"].lower().split())
        nunit = m["nunit"].lower()
        after = " ".join((m["nafter"] or "").lower().split())
        if after:
            end = m.end("nunit")
        if nunit in ("morning", "afternoon", "evening"):
            # "the following morning": a part of the day after the previous date.
            base = st.last if st.last is not None and st.last.gran == "day" else None
            if narr == "that":
                return []
            off = {"the next": 1, "the following": 1, "the previous": -1}.get(narr, 0)
            if base is None:
                # No day told yet: still an expression ("The following morning, ..."),
                # counted from the publication date when there is one.
                if st.dct is None:
                    return [_Out(start, end, "DATE", "XXXX-XX-XX", None, "unresolved")]
                d = st.dct + dt.timedelta(days=off)
                why = f"{text}: relative to the publication date, {st.dct.isoformat()}"
                return [_Out(start, end, "DATE", d.isoformat(), None, "dct", why)]
            d = base.date + dt.timedelta(days=off)
            st.last = _Point(d, "day")
            why = f"{text}: relative to {base.date.isoformat()}, the previous date in the text"
            # The day alone, as for "Friday night": the event layer needs calendar days.
            return [_Out(start, end, "DATE", d.isoformat(), None, "narrative", why)]
        if nunit == "night":
            nunit = "day"
        return _narr_unit(st, narr, nunit, start, end, text)
    if m["mid"]:
        ref, anchor, why = _ref_day(st)
        part = m["mid"].lower().replace("-", "").replace(" ", "")[3:]
        code = {"afternoon": "AF", "morning": "MO", "day": "MI"}[part]
        if code == "MI":
            value = f"{ref.isoformat()}T12:00" if ref else "XXXX-XX-XXT12:00"
        else:
            value = f"{ref.isoformat()}T{code}" if ref else f"XXXX-XX-XXT{code}"
        return [_Out(start, end, "TIME", value, None, anchor if ref else "unresolved", why)]
    if m["ordday"]:
        return _ordinal_day(m, st)
    if m["yearend"]:
        if st.dct is None:
            return [_Out(start, end, "DATE", "XXXX-12-31", None, "unresolved")]
        y = st.dct.year
        why = f"{text}: the end of the year of the publication date, {st.dct.isoformat()}"
        since = re.search(r"\bsince\s{1,3}$", st.text[max(0, start - 9) : start], re.IGNORECASE)
        if since or _tense(st.text, start, end) < 0:
            # "up 5% since year-end", "debt was cut at year-end": the one already past.
            y -= 1
            why = f"{text}: the last year end before the publication date, {st.dct.isoformat()}"
        if "s" in m["yearend"].lower().split("year", 1)[1][:3]:
            # "year's end" says "the end of the year": the year's last part, not its last day
            return [_Out(start, end, "DATE", f"{y:04d}", "END", "dct", why)]
        return [_Out(start, end, "DATE", f"{y:04d}-12-31", None, "dct", why)]
    if m["dayrel"]:
        rel = " ".join(m["dayrel"].lower().split())
        if rel in ("before", "after"):
            return _narr_unit(
                st, "the previous" if rel == "before" else "the next", "day", start, end, text
            )
        off = -2 if rel.startswith("before") else 2
        ref, anchor, why = _ref_day(st)
        if ref is None:
            return [_Out(start, end, "DATE", "XXXX-XX-XX", None, "unresolved")]
        d = ref + dt.timedelta(days=off)
        st.last = _Point(d, "day")
        return [_Out(start, end, "DATE", d.isoformat(), None, anchor, f"{text}: relative to {why}")]
    word = (m["word"] or m["drel"] or "").lower()
    part = (m["part"] or m["part2"] or "").lower()
    if word in ("the", "that"):
        if word == "the" and part not in ("morning", "afternoon", "evening"):
            return []
        base = st.last if st.last is not None and st.last.gran == "day" else None
        if base is None:
            if st.dct is None or word == "the":
                return []
            base = _Point(st.dct, "day")
        code = lex.DAY_PARTS[part]
        return [
            _Out(
                start,
                end,
                "TIME",
                f"{base.date.isoformat()}T{code}",
                None,
                "narrative",
                f"{text}: on {base.date.isoformat()}, the previous date in the text",
            )
        ]
    ref, anchor, why = _ref_day(st)
    offs = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "this": 0,
        "last": -1,
        "overnight": 0,
        "midday": 0,
        "noon": 0,
        "midnight": 0,
    }
    off = offs[word]
    if word == "overnight":
        if st.last is not None and st.last.gran == "day" and start - st.last_end < 300:
            d = st.last.date
            why = f"the night of {d.isoformat()}, the previous date in the text"
            return [_Out(start, end, "TIME", f"{d.isoformat()}TNI", None, "narrative", why)]
        if ref is None:
            return [_Out(start, end, "TIME", "XXXX-XX-XXTNI", None, "unresolved")]
        d = ref - dt.timedelta(days=1)
        return [
            _Out(
                start,
                end,
                "TIME",
                f"{d.isoformat()}TNI",
                None,
                anchor,
                f"{text}: the night before {why}",
            )
        ]
    if word in ("midday", "noon", "midnight"):
        hh = "24:00" if word == "midnight" else "12:00"
        if (
            st.last is not None
            and st.last.gran == "day"
            and start - st.last_at < 30
            and _sentence_start(st.text, start) <= st.last_at
        ):
            # "they met Friday at noon": the noon of the day just named
            d = st.last.date
            why = f"{text}: on {d.isoformat()}, the day just named"
            return [_Out(start, end, "TIME", f"{d.isoformat()}T{hh}", None, "narrative", why)]
        if ref is None:
            return [_Out(start, end, "TIME", f"XXXX-XX-XXT{hh}", None, "unresolved")]
        return [
            _Out(start, end, "TIME", f"{ref.isoformat()}T{hh}", None, anchor, f"{text}: on {why}")
        ]
    if ref is None:
        values = {0: "PRESENT_REF", -1: "PAST_REF", 1: "FUTURE_REF"}
        typ: TimexType = "TIME" if part else "DATE"
        return [_Out(start, end, typ, values[off], None, "unresolved")]
    d = ref + dt.timedelta(days=off)
    st.last = _Point(d, "day")
    if part:
        code = lex.DAY_PARTS[part]
        return [
            _Out(
                start,
                end,
                "TIME",
                f"{d.isoformat()}T{code}",
                None,
                anchor,
                f"{text}: relative to {why}",
            )
        ]
    if low.endswith(("'s", "’s")):
        end -= 2
    if word == "today" and _GENERIC_TODAY.match(st.text, m.end("word")):
        return []  # "today's world", "in today's dollars" are no particular day
    return [_Out(start, end, "DATE", d.isoformat(), None, anchor, f"{text}: relative to {why}")]


# "today's" before what lives now rather than on one day ("today's personal computers").
_GENERIC_TODAY = re.compile(
    r"['’]s\s{1,2}(?:world|society|economy|standards|youth|generation|children|kids"
    r"|teenagers|young|dollars|terms|technology|consumers|workers|families|personal)\b"
)


# How often, before "a week" or "every two years": "three times", "once", "twice".
_FREQ_LEFT = re.compile(
    rf"\b(?:once|twice|thrice|(?:\d{{1,3}}|{_NUM_WORDS}|several|many|a{_SP}few|a{_SP}couple{_SP}of"
    rf"|a{_SP}number{_SP}of|a{_SP}dozen|dozens{_SP}of|hundreds{_SP}of){_SP}times)[ \t]{{1,3}}$",
    re.IGNORECASE,
)
_ORDINAL_DAY_LEFT = re.compile(r"(?:\b(?:an?|every|each|per)|[\d,.$%])\s{1,3}$", re.IGNORECASE)
_PRESENT_COPULA = re.compile(r"(?:\b(?:is|marks|marked)|['’]s)\s{1,3}(?:the\s{1,3})?$", re.I)


def _ordinal_day(m: re.Match[str], st: _State) -> list[_Out]:
    """ "the second day (of an offensive)" is a DATE: the publication date when the text
    says it is that day ("today is the eighth day"), else an unknown day (TimeML)."""
    start, end = m.start(), m.end()
    left = st.text[max(0, start - 12) : start]
    if _ORDINAL_DAY_LEFT.search(left):
        return []  # "a second day of talks", "for each first day": no particular day
    if st.dct is not None and _PRESENT_COPULA.search(st.text[max(0, start - 16) : start]):
        why = f"{m.group(0)}: the day the text is written, {st.dct.isoformat()}"
        return [_Out(start, end, "DATE", st.dct.isoformat(), None, "dct", why)]
    return [_Out(start, end, "DATE", "XXXX-XX-XX", None, "unresolved")]


# What may stand before and after a clock time that stamps a line: the line's start, a
# bullet, "UPDATE", or an ISO date; then a colon or a dash.
_STAMP_BEFORE = re.compile(
    r"(?:^|\n)[ \t]{0,3}(?:[-*•–][ \t]{1,3})?(?:(?i:update[ds]?):?[ \t]{1,3}"
    r"|\d{4}-\d{2}-\d{2}[ T])?\Z"
)
_STAMP_AFTER = re.compile(r"[ \t]{0,2}(?:[:|]|[-–—][ \t])|[ \t](?=[A-Z][a-z])")
_CLOCK_PRE = frozenset(("at", "by", "until", "till", "before", "after", "from", "since"))


def _h_time(m: re.Match[str], st: _State) -> list[_Out]:
    pre = " ".join((m["pre"] or "").lower().split())
    # A clock time that stamps a line of a dated list or live blog ("- 04:02: engineers
    # ...", "08:05 - Police say ...", "6:40 a.m. — Dragon is ...", "UPDATE 14:35:").
    stamp = bool(
        _STAMP_BEFORE.search(st.text, max(0, m.start() - 24), m.start())
        and _STAMP_AFTER.match(st.text, m.end())
    )
    start = (
        m.start()
        if pre in ("around", "about", "approximately")
        else (m.start("pre") + len(m["pre"]) if m["pre"] else m.start())
    )
    if m["noon"]:
        hh, mm = (24 if m["noon"].lower() == "midnight" else 12), 0
    elif m["h"] is not None:
        hh = int(m["h"])
        mm = int(m["m"] or 0)
        ampm = m["ampm"].lower().replace(".", "").replace(" ", "")
        if hh > 12 or hh == 0 or (ampm[:1] == "o" and m["m"]):
            return []  # "9 o'clock" is a clock, "9:30 o'clock" none
        if ampm == "pm" and hh != 12:
            hh += 12
        if ampm == "am" and hh == 12:
            hh = 0
    elif m["wh"]:
        # Spoken times in broadcast transcripts: "eight p.m.", "ten thirty a.m.", "ten o'clock".
        hh = lex.number_value(m["wh"]) or 0
        mm = lex.number_value((m["wm"] or "").lower().replace("o ", "").replace("o-", "")) or 0
        ampm = (m["wampm"] or "").lower().replace(".", "").replace(" ", "")
        if not ampm and (m["wm"] or st.text[m.end() : m.end() + 1].isalpha()):
            return []
        if ampm == "pm" and hh != 12:
            hh += 12
        if ampm == "am" and hh == 12:
            hh = 0
    elif m["h4"] is not None:
        # A 24-hour clock after "at"/"by"/"until" ("at 00:01 on Tuesday", "by 14:30"), or
        # one that stamps a line.
        if not stamp and pre not in _CLOCK_PRE:
            return []
        hh, mm = int(m["h4"]), int(m["m4"])
    else:
        # "14:30 GMT" or the wire services' "0800 GMT"
        hh, mm = int(m["h2"]), int(m["m2"])
    mon_word = m["wmon"] or m["mon"] or m["wmon2"] or m["mon3"]
    if m["noon"] and not (m["wd"] or m["deic"] or mon_word):
        return []  # bare "noon"/"midnight" are handled by the deictic rule
    day: dt.date | None = None
    anchor: Anchor = "unresolved"
    why = ""
    if mon_word:
        # "5 p.m. Friday, Oct. 27", "8 p.m. on Nov. 7, 1989", "2.15am on Sunday 12 May":
        # the date says the day.
        month = lex.MONTHS[mon_word.lower().rstrip(".")]
        dd = int(_NON_DIGIT.sub("", m["wday"] or m["day"] or m["wday2"] or m["day3"]))
        ys = m["wyear"] or m["year"] or m["wyear2"] or m["year3"]
        if ys:
            year: int | None = int(ys)
            anchor, why = "absolute", "the date given"
        else:
            grp = next(g for g in ("wmon", "mon", "wday2", "day3") if m[g])
            year, anchor, why = _month_day_year(st, month, dd, m.start(grp), m.end())
        if year is not None:
            try:
                day = dt.date(year, month, dd)
            except ValueError:
                return []
    elif m["wd"]:
        day, anchor, why = _weekday_date(
            st, lex.WEEKDAYS[m["wd"].lower()], "", m.start("wd"), m.end()
        )
    elif m["deic"]:
        ref, anchor, why = _ref_day(st)
        if ref is not None:
            # "9:30 this morning", "10 p.m. last night": the day the words name.
            first = m["deic"].lower().split()[0]
            shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(first, 0)
            day = ref + dt.timedelta(days=shift)
    elif st.stamp_day is not None and (stamp or "\n" not in st.text[st.stamp_at : start]):
        # The next stamp of a dated list or live blog, or a time inside a stamped update
        # ("12:00 - The warning will be reviewed at 16:00"): the day of the stamps.
        day, anchor = st.stamp_day, "narrative"
        why = f"on {day.isoformat()}, the day of the stamped updates"
    elif (
        st.last is not None
        and st.last.gran == "day"
        and st.last_end > _sentence_start(st.text, start) - 400
    ):
        day, anchor = st.last.date, "narrative"
        why = f"on {day.isoformat()}, the previous date in the text"
    elif st.dct is not None:
        day, anchor = st.dct, "dct"
        why = f"on the publication date, {st.dct.isoformat()}"
    elif st.last is None:
        return []  # a time of day with no date anywhere around it is left alone
    hm = f"T{hh:02d}:{mm:02d}"
    if stamp and day is not None:
        st.stamp_day, st.stamp_at = day, start
    if day is None:
        return [_Out(start, m.end(), "TIME", f"XXXX-XX-XX{hm}", None, "unresolved")]
    if m["wd"] or m["deic"] or mon_word:
        st.last = _Point(day, "day")
    end = m.end()
    if mon_word and not ys and (after := _YEAR_AFTER.match(st.text, end)):
        end = after.end()  # "2am on 11 November last year"
    return [
        _Out(
            start,
            end,
            "TIME",
            f"{day.isoformat()}{hm}",
            None,
            anchor,
            f"{m.group(0).strip()}: {why}",
        )
    ]


# A "Now" that opens a paragraph or a quotation is a discourse marker ("Now, he says ...").
# A number or quantity after "the past"/"the future" makes them determiners of a count.
_COUNTED_NEXT = re.compile(
    rf"[ \t\n]{{1,3}}(?:\d|(?i:{_NUM_WORDS}|few|several|many|couple|dozen|hundreds|thousands)\b)"
)
_NOW_OPENS = re.compile(r"(?:(?:^|\n\s*\n)\s{0,2}['\"“‘`]?|[.!?]['\"’”]?\s{1,3}['\"“‘`])$")


def _h_ref(m: re.Match[str], st: _State) -> list[_Out]:
    low = " ".join(m["ref"].lower().split())
    start, end = m.start(), m.end()
    text = st.text
    if low.startswith("the current "):
        unit = low.split()[-1]
        if st.dct is None:
            return [_Out(start, end, "DATE", "PRESENT_REF", None, "unresolved")]
        p = _Point(st.dct, unit)
        return [
            _Out(
                start, end, "DATE", p.value(), None, "dct", f"{m.group(0)}: of the publication date"
            )
        ]
    if low == "the new year":
        # "in the new year" is the next one; in January or February, the one just begun.
        if st.dct is None:
            return [_Out(start, end, "DATE", "FUTURE_REF", None, "unresolved")]
        year = st.dct.year + (1 if st.dct.month > 2 else 0)
        why = f"{m.group(0)}: the year after {st.dct.year}" if year > st.dct.year else ""
        return [_Out(start, end, "DATE", f"{year:04d}", None, "dct", why)]
    if low == "so far this year":
        start = m.start() + m.group(0).lower().index("this")
        if st.dct is None:
            return [_Out(start, end, "DATE", "PRESENT_REF", None, "unresolved")]
        return [_Out(start, end, "DATE", f"{st.dct.year:04d}", None, "dct", "")]
    if low == "now":
        after = text[end : end + 12]
        left = text[max(0, start - 8) : start].lower()
        if re.match(r"\s{0,2}(?:that|and\s{1,2}(?:then|again))\b", after) or re.search(
            r"\b(?:from|until|till|by|for)\s{1,2}$", left
        ):
            return []
        opens = m["ref"][0] == "N" and _NOW_OPENS.search(text, max(0, start - 8), start)
        if opens and not re.match(r"\s{1,2}with\b", after):
            return []  # sentence-opening "Now, ..." is a discourse marker, not a time
    if low in ("the past",) and re.match(r"\s{1,2}(?:of|to)\b", text[end : end + 5]):
        return []
    if low in ("the past", "the future") and _COUNTED_NEXT.match(text, end):
        return []  # "the past two sessions", "the past few elections": a determiner
    if low == "the future" and re.match(r"\s{1,2}of\b", text[end : end + 5]):
        return []
    if low == "once again":
        return []
    if low in ("in future",):
        start += 3
        low = "future"
    value = lex.REFS.get(low)
    if value is None:
        if "future" in low or "term" in low:
            value = "FUTURE_REF"
        elif "past" in low or "recent" in low or "other" in low:
            value = "PAST_REF"
        else:
            value = "PRESENT_REF"
    anchor: Anchor = "dct" if st.dct is not None else "unresolved"
    return [_Out(start, end, "DATE", value, None, anchor, "")]


def _h_set(m: re.Match[str], st: _State) -> list[_Out]:
    start, end = m.start(), m.end()
    if m["wkends"]:
        if not re.search(r"\b(?:on|at)\s{1,3}$", st.text[max(0, start - 6) : start], re.I):
            return []  # "several weekends" counts them
        return [_Out(start, end, "SET", "XXXX-WXX-WE")]  # "closed on weekends"
    if m["rep"]:
        return [_Out(start, end, "SET", _duration_value(m["rep"].lower(), 1))]
    if m["seasons"]:
        return [_Out(start, end, "SET", f"XXXX-{lex.SEASONS[m['seasons'][:-1].lower()]}")]
    if m["adv"]:
        adv = " ".join(m["adv"].lower().split())
        values = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "quarterly": "P3M",
            "annually": "P1Y",
            "yearly": "P1Y",
            "hourly": "PT1H",
            "nightly": "P1D",
            "biweekly": "P2W",
            "semiannually": "P6M",
            "semi-annually": "P6M",
            "bimonthly": "P2M",
        }
        if adv.startswith("twice"):  # "twice a week", "twice daily", "twice-weekly"
            adv = adv.replace("-", " ").split()[-1]
            values.update({"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"})
        value = values[adv]
        nxt = re.match(r"\s{1,3}(\w+)", st.text[end : end + 20])
        if nxt and (nxt.group(1)[:1].isupper() or nxt.group(1).startswith("dividend")):
            return []  # "the party daily Granma" is a paper, a quarterly dividend a payment
        left = st.text[max(0, start - 32) : start]
        counted = _COUNTED_LEFT.search(left)
        if not m["adv"].lower().startswith("twice") and (
            _AMOUNT_LEFT.search(left) or (counted and counted[1].lower() in _COUNT_NOUNS)
        ):
            return []  # "rise 8.5% annually", "10,000 units annually": a rate, like "$5 a year"
        return [_Out(start, end, "SET", value)]
    every = m["every"].lower()
    unit_w = m["eunit"]
    also: list[_Out] = []
    if m["wd2"]:
        # "every Tuesday and Thursday": each weekday is a SET of its own.
        end = m.start("wd2")
        unit_w = st.text[m.start("eunit") : end]
        wd2 = lex.WEEKDAYS[m["wd2d"].lower().removesuffix("s")]
        part2 = f"T{lex.DAY_PARTS[m['wd2p'].lower()]}" if m["wd2p"] else ""
        also = [_Out(m.start("wd2d"), m.end("wd2"), "SET", f"XXXX-WXX-{wd2 + 1}{part2}")]
    low = unit_w.lower()
    if freq := _FREQ_LEFT.search(st.text, max(0, start - 32), start):
        start = freq.start()  # TimeML: the count is in the expression ("twice a week")
    enum = (m["enum"] or "").lower()
    if every == "a" and not enum and low not in ("day", "week", "month", "year"):
        return []
    if every in ("a", "per"):
        # "three times a week" is a SET; a price or a count per period ("$1.76 a year",
        # "358,000 a month") is not annotated in TimeML.
        if not freq:
            return []
        return [_Out(start, end, "SET", _duration_value(_unit_key(low), 1))]
    if m["epart"]:
        # "every Sunday night": the weekday with its part of the day.
        wd = lex.WEEKDAYS[low.split()[0].rstrip("s")]
        part = lex.DAY_PARTS[m["epart"].lower()]
        return [_Out(start, end, "SET", f"XXXX-WXX-{wd + 1}T{part}"), *also]
    if low.rstrip("s") in lex.WEEKDAYS:
        return [_Out(start, end, "SET", f"XXXX-WXX-{lex.WEEKDAYS[low.rstrip('s')] + 1}"), *also]
    if low in lex.MONTHS:
        return [_Out(start, end, "SET", f"XXXX-{lex.MONTHS[low]:02d}")]
    if low in lex.SEASONS:
        return [_Out(start, end, "SET", f"XXXX-{lex.SEASONS[low]}")]
    if low in lex.DAY_PARTS:
        return [_Out(start, end, "SET", f"XXXX-XX-XXT{lex.DAY_PARTS[low]}")]
    unit = _unit_key(low)
    if unit not in _UNIT_GRAN:
        return []
    if unit == "weekend" and not enum:
        return [_Out(start, end, "SET", "XXXX-WXX-WE")]  # "every weekend", like "on weekends"
    if enum in ("few", "several") and every == "every":
        return [_Out(start, end, "SET", _duration_value(unit, None))]  # "every few years"
    n = 2 if enum == "other" else (lex.number_value(enum) if enum else 1)
    if n is None:
        return []
    if unit == "quarter":
        return [_Out(start, end, "SET", f"P{n}Q")]
    return [_Out(start, end, "SET", _duration_value(unit, float(n)))]


_HOLIDAY_YEAR = re.compile(rf"{_SP}(?:in|of){_SP}({_YEAR})(?![\d%])")


def _h_holiday(m: re.Match[str], st: _State) -> list[_Out]:
    name = m["name"]
    one_word = name.isalpha()
    if one_word and not m["year"] and not m["week"] and _NAME_AFTER.match(st.text, m.end()):
        return []  # "the Easter Rising", "Christmas Island": a name
    told = None if m["year"] else _sentence_year(st, m.start())
    given = m["year"]
    if not given and (named := _HOLIDAY_YEAR.match(st.text, m.end())):
        given = named[1]  # "on Valentine's Day in 2001"
    if given:
        # "Christmas Day 2004", "New Year's Eve, 1999"
        year: int | None = int(given)
        anchor: Anchor = "absolute"
    elif told is not None:
        # "Autumn 2021: construction began; 300 workers were on site by Christmas": the
        # Christmas of the year the sentence is about.
        year, anchor = told, "narrative"
    else:
        year = st.dct.year if st.dct else None
        anchor = "dct"
    if year is None:
        return []
    d = lex.holiday(name, year)
    if d is None:
        return []
    if not given and told is None and st.dct is not None:
        near = [lex.holiday(name, y) for y in (year - 1, year, year + 1)]
        known = sorted(c for c in near if c is not None)
        d = _nearest_day(st, st.dct, known, m.start(), m.end())
    if (
        name.lower().startswith("new year")
        and "day" not in name.lower()
        and "eve" not in name.lower()
    ):
        return []
    why = (
        ""
        if anchor == "absolute"
        else f"{name}: the one of {year}, the year this sentence is about"
        if told is not None
        else f"{name}: the one the tense points to nearest the publication date"
    )
    if m["week"]:
        # "Easter week", "Thanksgiving weekend": the week around the holiday.
        is_weekend = m["week"].strip().lower() == "weekend"
        p = _Point(d, "week", "WE" if is_weekend else "")
        st.last = p
        return [_Out(m.start(), m.end(), "DATE", p.value(), None, anchor, why)]
    st.last = _Point(d, "day")
    return [_Out(m.start(), m.end(), "DATE", d.isoformat(), None, anchor, why)]


def _year_number(text: str) -> int | None:
    """The year of a _YEAR or _WORD_YEAR match: "1994", "nineteen ninety-four", "two
    thousand one"; None for "nineteen five" (a count, not a year)."""
    if text.isdigit():
        return int(text)
    if text[:1] in "'’" and text[1:].isdigit():
        yy = int(text[1:])
        return (2000 if yy < 30 else 1900) + yy  # "'87" -> 1987, "'12" -> 2012
    words = " ".join(text.lower().split())
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").strip().removeprefix("and ")
        v = lex.number_value(rest) if rest else 0
        return None if v is None else 2000 + v
    head, _sp, tail = words.partition(" ")
    century = {"nineteen": 19, "eighteen": 18, "twenty": 20}.get(head)
    if century is None:
        return None
    v = 0 if tail == "hundred" else lex.number_value(tail)
    if v is None or 0 < v < 10:
        return None
    return century * 100 + v


def _h_word_year(m: re.Match[str], st: _State) -> list[_Out]:
    year = _year_number(m["tt"] or f"{m['c']} {m['r']}")
    if year is None:
        return []
    if not m.group(0).lower().startswith("the year") and m["tt"] and not m["tr"]:
        left = st.text[max(0, m.start() - 10) : m.start()].lower()
        if not re.search(r"\b(?:in|by|until|since|of|year)\s{1,2}$", left):
            return []
    if not m["tt"]:
        after = st.text[m.end() : m.end() + 20]
        if re.match(r"\s{1,2}[a-z]", after) and not re.match(
            r"\s{1,2}(?:and|or|to|when|as|the|was|is)\b", after
        ):
            return []
    st.last = _Point(dt.date(year, 1, 1), "year")
    return [_Out(m.start(), m.end(), "DATE", f"{year:04d}")]


# Rule order is the tie-break for equal spans at the same start.
_RULES: tuple[tuple[_Lazy, _Handler], ...] = (
    (_P_TIME, _h_time),
    (_P_NUMERIC, _h_numeric),
    (_P_DATE_MDY, _h_date_mdy),
    (_P_DATE_DMY, _h_date_dmy),
    (_P_MONTH_YEAR, _h_month_year),
    (_P_HOLIDAY, _h_holiday),
    (_P_QUARTER, _h_quarter),
    (_P_DECADE, _h_decade),
    (_P_CENTURY, _h_century),
    (_P_SEASON, _h_season),
    (_P_REL_NAMED, _h_rel_named),
    (_P_DEICTIC, _h_deictic),
    (_P_REL_UNIT, _h_rel_unit),
    (_P_DURATION, _h_duration),
    (_P_SET, _h_set),
    (_P_VAGUE_UNITS, _h_vague_units),
    (_P_REF, _h_ref),
    (_P_YEAR, _h_year),
    (_P_WORD_YEAR, _h_word_year),
    (_P_MONTH, _h_month),
)


# A candidate: (start - end, start, rule, end, match), so that candidates sort longest
# first, then earliest, then by rule, as plain tuples (no two share their first three).
_Cand = tuple[int, int, int, int, re.Match[str]]
_Trie = dict[str, "_Trie"]
_R_NAMES = [h.__name__ for _p, h in _RULES]
_R_YEAR = _R_NAMES.index("_h_year")
_R_DECADE = _R_NAMES.index("_h_decade")
_R_NUMERIC = _R_NAMES.index("_h_numeric")
_R_TIME = _R_NAMES.index("_h_time")
_R_MONTH = _R_NAMES.index("_h_month")


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# How far a rule's match can start before its keyword and end after it. Scans run only
# over these windows around keywords, so tight windows keep dense text (every sentence
# with a date in it) from being scanned by every rule end to end.
_WINDOWS = {
    "time": (64, 64),
    "numeric": (12, 32),
    "date_mdy": (40, 48),
    "date_dmy": (48, 24),
    "month_year": (8, 40),
    "holiday": (24, 40),
    "quarter": (64, 48),
    "decade": (64, 32),
    "century": (64, 24),
    "season": (40, 48),
    "rel_named": (32, 40),
    "deictic": (48, 48),
    "rel_unit": (40, 24),
    "duration": (72, 48),
    "set": (24, 48),
    "vague_units": (48, 32),
    "ref": (40, 40),
    "year": (24, 24),
    "word_year": (32, 40),
    "month": (4, 16),
}


# Unit words are frequent ("the day", "a year"), so the rules keyed on them are scanned
# only where the word before the unit (or the one before that, for a duration: "two more
# years") can open such a match.
_GUARDS: dict[str, tuple[frozenset[str], bool]] = {
    "duration": (
        frozenset(
            """0 a an one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
            sixty seventy eighty ninety hundred thousand few several many some couple of
            dozen half another""".split()
        ),
        True,
    ),
    "vague_units": (
        frozenset(
            """past last next coming recent following previous first final ensuing initial
            few for within in over after than took take takes spent lasted during
            the""".split()
        ),
        False,
    ),
    "rel_unit": (
        frozenset(
            """last next this coming past previous following current same that the
            fiscal latest prior""".split()
        ),
        False,
    ),
}

# Keywords that open a rule's scan whatever word comes before them: "ago" and "ahead" end
# the bare-unit matches of vague_units ("months ago"), whose unit follows no guard word.
_LONG_WORDS = [f"{u}long" for u in "hour day night week month year decade".split()]
_UNGUARDED = {"vague_units": frozenset(["ago", "ahead", "come", "long", *_LONG_WORDS])}


def _keywords() -> dict[str, tuple[tuple[int, frozenset[str] | None, bool], ...]]:
    """Lower-case keyword -> the rules whose matches must contain it, with their guards.

    Scanning every rule over the whole text costs one regex pass per rule; scanning only
    around keywords makes tagging several times faster on ordinary prose.
    """
    units = """second seconds minute minutes hour hours day days night nights week weeks
        weekend weekends fortnight fortnights month months quarter quarters year years decade
        decades century centuries millennium millennia""".split()
    months = list(lex.MONTHS)
    weekdays = [w for w in lex.WEEKDAYS if len(w) > 3]
    seasons = list(lex.SEASONS)
    # A SET is an adverb, "every/each ...", or a count per unit after "times", "twice" or
    # "once" ("three times a week"); a bare "a week" or "per year" is a rate, never a SET.
    setwords = """daily weekly monthly quarterly annually yearly hourly nightly biweekly
        semiannually semi bimonthly every each twice times once weekends springs summers
        autumns winters after""".split()
    plural_units = [u for u in units if u.endswith("s") or u in ("millennia",)]
    table: dict[str, list[str]] = {
        "time": """m am pm noon midnight midday est edt cst cdt mst mdt pst pdt gmt utc
            bst cet cest eet eest clock""".split(),
        "date_mdy": months,
        "date_dmy": months,
        "month_year": months,
        "month": months,
        "holiday": """christmas new thanksgiving independence veterans halloween valentine
            valentines boxing election labor memorial easter good black cyber fourth july may
            mother mothers father fathers st patrick presidents columbus martin armistice
            bastille""".split(),
        "quarter": "quarter half q h earlier ago before prior previous".split(),
        "century": ["century", "centuries"],
        "season": seasons,
        # Plural weekdays are sets ("closed on Sundays").
        "rel_named": weekdays + [f"{w}s" for w in weekdays] + months,
        "deictic": """today yesterday tomorrow tonight overnight midday noon midnight morning
            afternoon evening night day week month year end mid midafternoon midmorning
            """.split(),
        "rel_unit": ["week", "month", "year", "weekend", "decade", "century", "day", "hour"],
        "duration": units,
        "set": setwords,
        "vague_units": [*plural_units, "ago", "ahead", "come", "long", *_LONG_WORDS],
        "ref": """now currently presently nowadays recently lately future past days present
            term possible formerly once times current being year other""".split(),
        "word_year": ["nineteen", "eighteen", "twenty", "thousand"],
        "decade": """twenties thirties forties fifties sixties seventies eighties nineties
            """.split(),
    }
    names = [h.__name__[3:] for _p, h in _RULES]
    out: dict[str, set[int]] = {}
    for rule, words in table.items():
        for w in words:
            out.setdefault(w, set()).add(names.index(rule))
    table_out: dict[str, tuple[tuple[int, frozenset[str] | None, bool], ...]] = {}
    for k, v in out.items():
        entries = []
        for r in sorted(v):
            guard, deep = _GUARDS.get(names[r], (None, False))
            if k in _UNGUARDED.get(names[r], ()):
                guard, deep = None, False
            entries.append((r, guard, deep))
        table_out[k] = tuple(entries)
    return table_out


def _trie(words: Sequence[str]) -> str:
    """A regex alternation of words, factored by common prefix so that the engine tests
    each branch's first letter once. The caller makes the match end at a word's end."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(tree)


# The characters that an ASCII letter matches under re.IGNORECASE (Unicode): its two cases,
# and for i, k and s also these (tests check the table against the re module).
_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}


def _folded(ch: str) -> str:
    """A case-sensitive regex item matching what ``ch`` matches under re.IGNORECASE."""
    if "a" <= ch <= "z":
        return "[" + _FOLDS.get(ch, ch + ch.upper()) + "]"
    return re.escape(ch)


_Item = str  # one character position of a prefix, as a case-sensitive regex item
_ANY = r"[\s\S]"


def _first(data: list[tuple[Any, Any]], ic: bool, k: int) -> set[tuple[_Item, ...]]:
    """The first ``k`` characters a parsed regex can match, as regex items (fewer when a
    match can end sooner). A superset: classes become any character."""
    c = importlib.import_module("re._constants")

    def concat(a: set[tuple[_Item, ...]], b: set[tuple[_Item, ...]]) -> set[tuple[_Item, ...]]:
        return {x if len(x) >= k else (x + y)[:k] for x in a for y in (b if len(x) < k else [()])}

    def item(op: Any, av: Any, ic: bool) -> set[tuple[_Item, ...]]:
        if op is c.LITERAL:
            ch = chr(av)
            if ic and ch.lower() != ch.upper():
                if not ("a" <= ch.lower() <= "z"):
                    return {(_ANY,)}
                return {(_folded(ch.lower()),)}
            return {(re.escape(ch),)}
        if op is c.IN:
            parts = []
            for sub_op, sub_av in av:
                if sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    parts.append(r"\d")
                elif sub_op is c.LITERAL and chr(sub_av).lower() == chr(sub_av).upper():
                    parts.append(re.escape(chr(sub_av)))  # uncased: no folding
                elif sub_op is c.RANGE and all(
                    chr(x).lower() == chr(x).upper() for x in range(sub_av[0], sub_av[1] + 1)
                ):
                    parts.append(re.escape(chr(sub_av[0])) + "-" + re.escape(chr(sub_av[1])))
                else:
                    return {(_ANY,)}  # cased letters, negation, other categories
            return {("[" + "".join(parts) + "]",)}
        if op in (c.ANY, c.NOT_LITERAL, c.GROUPREF):
            return {(_ANY,)}
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {()}
        if op is c.SUBPATTERN:
            _g, add, delete, sub = av
            sub_ic = (ic or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            return seq(sub.data, sub_ic)
        if op is c.BRANCH:
            out: set[tuple[_Item, ...]] = set()
            for alt in av[1]:
                out |= seq(alt.data, ic)
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            one = seq(sub.data, ic)
            reps: set[tuple[_Item, ...]] = {()} if lo == 0 else set()
            cur: set[tuple[_Item, ...]] = {()}
            for j in range(1, min(hi, max(lo, k)) + 1):
                cur = concat(cur, one)
                if j >= lo:
                    reps |= cur
            return reps
        raise ValueError(op)

    def seq(items: list[tuple[Any, Any]], ic: bool) -> set[tuple[_Item, ...]]:
        out: set[tuple[_Item, ...]] = {()}
        for op, av in items:
            if all(len(x) >= k for x in out):
                break
            out = concat(out, item(op, av, ic))
        return out

    return seq(data, ic)


def _prefixes(pattern: _Lazy, k: int) -> set[tuple[_Item, ...]] | None:
    """The first ``k`` characters ``pattern`` can match (see _first), or None when they
    are unknown or the pattern can match the empty string."""
    try:
        tree = importlib.import_module("re._parser").parse(pattern._source, pattern._flags)
        prefixes = _first(list(tree.data), bool(tree.state.flags & re.IGNORECASE), k)
    except (ValueError, AttributeError, TypeError):  # a construct _first does not know
        return None
    if () in prefixes:
        return None  # the pattern can match the empty string
    return prefixes


def _trie_of(items: set[tuple[_Item, ...]]) -> str:
    """The prefixes as one regex, factored by their first items."""
    if () in items:
        return ""  # a match can end here (or the prefix is k long): accept
    by_first: dict[_Item, set[tuple[_Item, ...]]] = {}
    for x in items:
        by_first.setdefault(x[0], set()).add(x[1:])
    alts = [f + _trie_of(rest) for f, rest in sorted(by_first.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# The text as the spaced finders see it, one byte per character: ASCII letters, digits and
# "_" (word characters) kept, other ASCII characters a space, and any other character (and
# DEL) DEL: a search for the next space is a fast loop in C.
_SPACED = bytes(
    b if chr(b).isalnum() or b in (95, 127) else 32 if b < 128 else 127 for b in range(256)
)
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _del_for_each(err: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: a DEL for each character that ASCII cannot encode."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    return "\x7f" * (err.end - err.start), err.end


codecs.register_error("timeline.parse.tagger.del", _del_for_each)


def _spaced(text: str) -> bytes:
    """``text`` as the spaced finders read it (see _SPACED), at the same offsets: the
    characters beyond ASCII become DEL in the encoding (one call per run of them)."""
    return text.encode("ascii", "timeline.parse.tagger.del").translate(_SPACED)


_ASCII = "".join(map(chr, range(127)))  # without DEL


@functools.cache
def _spaced_item(item: _Item) -> str:
    """A class matching, in the spaced text, every character ``item`` matches in the text:
    the ASCII word characters it matches, a space if it matches another ASCII character,
    DEL if it can match DEL or a character beyond ASCII."""
    rx = re.compile(item)
    chars = rx.findall(_ASCII)
    word = [c for c in chars if c.isalnum() or c == "_"]
    wide = not item.isascii() or "\\" in item or item == _ANY or bool(rx.fullmatch("\x7f"))
    cls = "".join(re.escape(c) for c in word)
    return "[" + cls + (" " if len(word) < len(chars) else "") + ("\x7f" if wide else "") + "]"


# A _first item that matches word characters only: a cased letter with its case-folded
# forms, a digit class or an ASCII letter or digit.
_WORD_ITEM = re.compile(
    r"\[(?:[A-Za-z\u0130\u0131\u017f\u212a]|[0-9](?:-[0-9])?|\\d)+\]|[A-Za-z0-9]"
)


def _opens_a_word(data: list[tuple[Any, Any]], ic: bool) -> bool:
    """True when, by its leading assertions, every match of the parsed sequence ``data``
    starts at the text's start or right after a non-word character: a lookbehind that
    refuses ``\\w``, or ``\\b`` before a word character. False when that is not shown."""
    c = importlib.import_module("re._constants")
    if not data:
        return False
    op, av = data[0]
    if op is c.BRANCH:
        return all(_opens_a_word(list(alt.data) + data[1:], ic) for alt in av[1])
    if op is c.SUBPATTERN:
        _g, add, delete, sub = av
        sub_ic = (ic or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
        return _opens_a_word(list(sub.data), sub_ic)
    if op is c.ASSERT_NOT and av[0] == -1:
        body = list(av[1].data)
        if len(body) == 1 and body[0][0] is c.IN:
            items = body[0][1]
            if (c.CATEGORY, c.CATEGORY_WORD) in items and (c.NEGATE, None) not in items:
                return True
    if op in (c.ASSERT, c.ASSERT_NOT):  # another assertion, at the same position
        return _opens_a_word(data[1:], ic)
    if op is c.AT and av is c.AT_BOUNDARY:
        try:
            firsts = _first(data[1:], ic, 1)
        except (ValueError, AttributeError, TypeError):
            return False
        return bool(firsts) and all(len(x) == 1 and _WORD_ITEM.fullmatch(x[0]) for x in firsts)
    return False


def _spaced_finder(pattern: _Lazy, k: int, *, lower: bool = False) -> re.Pattern[bytes] | None:
    """A bytes regex for the spaced text (or None): it matches at the space before every
    position where ``pattern`` can begin a match after a space in the spaced text (a match
    starts at a word, after a non-word character: a space, or DEL beyond ASCII), then
    the first ``k`` characters the match can have, each as _spaced_item reads it.
    Opening with a literal lets the regex engine skip to the next space in C.

    With ``lower``, for the spaced text lowered (bytes.lower()): each class's letters
    lowered, so that where every class holds both cases of its letters (see
    _case_free) the finder matches at the same places, and most classes are one literal,
    which the engine tests inline (a class of two is a call per test).
    """
    prefixes = _prefixes(pattern, k)
    if prefixes is None:
        return None
    tree = importlib.import_module("re._parser").parse(pattern._source, pattern._flags)
    if not _opens_a_word(list(tree.data), bool(tree.state.flags & re.IGNORECASE)):
        return None  # a match might start inside a word: scanned with finditer
    items = {tuple(_spaced_item(i) for i in x) for x in prefixes}
    if lower:
        items = {tuple(_lowered(c) for c in x) for x in items}
    # A first class of two ("[Mm]", "[s\x7f]") becomes two literals: the engine tests
    # the first character of each branch inline, but calls out for a class.
    items = {(f"[{c}]", *x[1:]) if len(x[0]) == 4 else x for x in items for c in x[0][1:-1]}
    trie = _trie_of(items)
    return re.compile(f" {trie}".encode("ascii"))


def _lowered(cls: str) -> str:
    """A _spaced_item class with its letters lowered (and each character once)."""
    return "[" + "".join(dict.fromkeys(cls[1:-1].lower())) + "]"


def _case_free(pattern: _Lazy, k: int) -> bool:
    """Whether every class of the spaced prefixes (see _spaced_finder) holds each of its
    letters in both cases: then lowering the spaced text and the classes loses nothing."""
    prefixes = _prefixes(pattern, k)
    if prefixes is None:
        return False
    return all(
        c.swapcase() in cls
        for x in prefixes
        for cls in map(_spaced_item, x)
        for c in cls[1:-1]
        if c.isalpha()
    )


# Tokens are ASCII letters (like _TOKEN), found in the text lowered to ASCII lower case
# at the same offsets.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    """``text`` with A-Z lowered, or another string that agrees with it on which
    characters are a-z, decimal digits and spaces, at the same offsets.

    str.lower() is much faster than translate(); of all code points, only U+0130 ("İ",
    lowered to two characters) and U+212A (the Kelvin sign, lowered to "k") make it
    disagree, so it is used unless one of them is present.
    """
    if text.isascii() or ("\u0130" not in text and "\u212a" not in text):
        return text.lower()
    return text.translate(_ASCII_LOWER)


def _prev_token(low: str, pos: int) -> tuple[str, int]:
    """The token (as _TOKEN splits ``low``) ending last before ``pos``: its lower-case
    text ("0" for a number, "" for none) and its start."""
    if pos >= 2 and low[pos - 1] == " ":
        # Usually a word and one space: the text between the space before it and pos.
        q = low.rfind(" ", max(0, pos - 40), pos - 1)
        if q >= 0 or pos <= 40:
            word = low[q + 1 : pos - 1]
            if word and word.isascii():
                if word.isalpha():
                    return word, q + 1
                if word.isdigit():
                    return "0", q + 1
    # Anything else: step back character by character.
    i = pos - 1
    while i >= 0 and not ("a" <= low[i] <= "z" or low[i].isdecimal()):
        i -= 1
    if i < 0:
        return "", 0
    end = i + 1
    if "a" <= low[i] <= "z":
        while i >= 0 and "a" <= low[i] <= "z":
            i -= 1
        return low[i + 1 : end], i + 1
    while i >= 0 and low[i].isdecimal():
        i -= 1
    return "0", i + 1


# The lowered text as the fast keyword scan reads it, one byte per character: a-z and 0-9
# kept, any other character a space; and with every letter "a" and every digit "0", where
# "a0" finds a number glued to a word ("fy2019"), the only token not after a space.
_KEY_BYTES = bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(256))
_KEY_KINDS = bytes(97 if 97 <= b <= 122 else 48 if 48 <= b <= 57 else 32 for b in range(256))


def _hits(text: str) -> list[list[int]]:
    """For each rule, the starts of the tokens (as _TOKEN splits the text) whose keyword
    the rule's matches contain, in text order."""
    hits: list[list[int]] = [[] for _ in _RULES]
    size = len(text)
    keyword_scan, keyword_at = _keyword_scanners()
    # The tokens: (start, end, keyword) for a keyword, (start, end, None) for a number.
    toks: Sequence[tuple[int, int, str | bytes | None]]
    if text.isascii() or not any(c.isdecimal() for c in _NON_ASCII.findall(text)):
        # Without decimal digits beyond ASCII, the tokens are found in bytes (see
        # _fast_tokens); "?" stands for any character beyond ASCII, which is no a-z,
        # digit or space in the lowered text either (no such character lowers to one).
        raw = text.encode("ascii", "replace").lower()
        low = raw.decode("ascii")
        toks = _fast_tokens(b" " + raw, kept_only=True)
    else:
        # One regex pass over the lowered text finds the tokens that are keywords (group
        # 1) or numbers (group 2); the text gets a leading space so that every token
        # follows the non-letter that the pass's first character needs.
        low = _ascii_lower(text)
        pad = " " + low
        toks = [
            (tok.start(1) - 1, tok.end(1) - 1, tok[1])
            if tok[1] is not None
            # A number; a digit right after a letter ("FY2019") is the class's character.
            else (
                tok.start() - 1 if pad[tok.start()].isdecimal() else tok.start(2) - 1,
                tok.end() - 1,
                None,
            )
            for tok in keyword_scan.finditer(pad)
        ]
    for start, end, word in toks:
        if word is None:
            nxt = text[end : end + 1]
            if end - start == 4:
                hits[_R_YEAR].append(start)
            elif end - start == 2 and start and text[start - 1] in "'’":
                hits[_R_YEAR].append(start - 1)  # "in '87"
            if nxt in _PLAIN_AFTER_NUMBER:
                continue  # none of the tests below can hold
            if nxt in ("s", "'", "’") and end - start in (2, 4):
                hits[_R_DECADE].append(start)
            if nxt in ("/", ".", "-") and text[end + 1 : end + 2].isdigit():
                hits[_R_NUMERIC].append(start)
            if nxt == ":":
                hits[_R_TIME].append(start)
            if (
                end - start <= 2
                and low[end : end + 2] in ("st", "nd", "rd", "th")
                and not "a" <= low[end + 2 : end + 3] <= "z"
            ):
                hits[_R_NUMERIC].append(start)  # "on the 14th"
            if end == size or not "a" <= low[end] <= "z":
                continue
            after = keyword_at.match(low, end)  # a keyword right after it ("5pm")
            if after is None:
                continue
            word = after.group()
            start = end
        plain, guarded, month = _KEYWORD_PLANS[word]
        for r in plain:
            hits[r].append(start)
        if month:
            end = start + len(word)
            if not _bare_month_rejected(text, text[start:end], start, end):
                hits[_R_MONTH].append(start)  # else _h_month would reject it: "May said"
        if guarded:
            prev1, at = _prev_token(low, start)  # the previous token
            prev2: str | None = None  # and the one before, when needed
            for r, guard, deep in guarded:
                if prev1 not in guard:
                    if not deep:
                        continue
                    if prev2 is None:
                        prev2 = _prev_token(low, at)[0] if prev1 else ""
                    if prev2 not in guard:
                        continue
                hits[r].append(start)
    return [sorted(h) for h in hits]


def _fast_tokens(data: bytes, *, kept_only: bool = False) -> list[tuple[int, int, bytes | None]]:
    """The tokens of ``data`` (the lowered text as ASCII bytes, after a leading space), as
    _hits takes them: a keyword or a number after a non-alphanumeric character, and a
    number right after a letter ("fy2019"), in no particular order; with ``kept_only``,
    without the numbers after a non-alphanumeric character that _hits skips at once.

    A regex pass would try its keyword trie at every space (hundreds of instructions
    each); instead the words are split off and looked up in the keyword set in C, and a
    bytes search finds where each keyword stands. Numbers take a regex with a
    two-character literal prefix, which the engine skips to in C.
    """
    keyed = data.translate(_KEY_BYTES)  # a-z and 0-9 kept, anything else a space
    kinds = keyed.translate(_KEY_KINDS)  # every letter "a", every digit "0"
    toks: list[tuple[int, int, bytes | None]] = []
    # The words between spaces that are keywords (in C: a set lookup per word), then where
    # each stands, searched for from the one before.
    ended = keyed + b" "
    i = 0
    for word in filter(_KEYWORD_BYTES.__contains__, keyed.split()):
        i = ended.find(b" " + word + b" ", i)
        toks.append((i, i + len(word), word))
        i += 1
    if kept_only:
        # The numbers after a non-alphanumeric character, but those that _hits would skip
        # at once: one of _PLAIN_AFTER_NUMBER (or the end) after it, no year, no "'87".
        for m in _KEPT_NUMBER.finditer(data.translate(_NUMBER_KINDS)):
            toks.append((m.start() - 1, m.end() - 1, None))
    else:
        for m in _SPACED_NUMBER.finditer(kinds):
            toks.append((m.start(), m.end() - 1, None))
    for m in _GLUED_NUMBER.finditer(kinds):
        q = m.start()
        toks.append((q, m.end() - 1, None))
        # The letters before it, after a space, are a keyword followed by a digit ("q3").
        s = kinds.rfind(b" ", 0, q)
        word = keyed[s + 1 : q + 1]
        if word in _KEYWORD_BYTES and b"0" not in kinds[s + 1 : q + 1]:
            toks.append((s, q, word))
    return toks


# Characters after a number that neither make it part of a longer expression (a decade,
# a numeric date, a clock time, an ordinal day) nor are a keyword glued to it ("5pm").
_PLAIN_AFTER_NUMBER = frozenset(["", " ", ",", "\n", "%", ")", ";"])
# In the kinds of the bytes (_KEY_KINDS): a number after a space, and one right after a letter.
_SPACED_NUMBER = re.compile(rb" 00*")  # "00*": a literal prefix of two, which the
_GLUED_NUMBER = re.compile(rb"a00*")  # engine finds in C, where " 0+" tries every space
# The lowered ASCII bytes with every letter "a", every digit "0", each character of
# _PLAIN_AFTER_NUMBER a space, an apostrophe or "?" (any character beyond ASCII: "’") an
# apostrophe, and any other character a period.
_NUMBER_KINDS = bytes(
    97
    if 97 <= b <= 122
    else 48
    if 48 <= b <= 57
    else 32
    if chr(b) in _PLAIN_AFTER_NUMBER
    else 39
    if b in b"'?"
    else 46
    for b in range(256)
)
# In those kinds, a number after a non-alphanumeric character, where _hits has a test to
# make: a year; one that a non-plain character follows; two digits after an apostrophe.
# (Led by its literal "0", which the engine finds in C.)
_KEPT_NUMBER = re.compile(rb"0(?<![a0]0)(?:000(?!0)|0*(?=[.a'])|0(?<='00)(?!0))")


def _scan(
    text: str,
    spaced: bytes,
    prio: int,
    windows: list[tuple[int, int]],
    spaced_low: bytes | None = None,
    last_del: int | None = None,
) -> list[re.Match[str]]:
    """The matches of rule ``prio`` that ``finditer(text, lo, hi)`` finds in the windows,
    tried only where a match can begin: where the spaced finder (``spaced`` is
    ``_spaced(text)``, ``spaced_low`` the same lowered, ``last_del`` the offset of its
    last DEL or -1, if known) finds a space before, right after a DEL, or at the text's
    start."""
    finder, match, inner, lower = _scanner(prio)
    out: list[re.Match[str]] = []
    if finder is None:
        for lo, hi in windows:
            out.extend(_RULES[prio][0].finditer(text, lo, hi))
        return out
    append = out.append
    search = finder.search
    if lower:
        spaced = spaced.lower() if spaced_low is None else spaced_low
    if last_del is None:
        last_del = spaced.rfind(127)  # the last character beyond ASCII, or -1
    more: list[int] = []  # where the inner branch can begin, in the window, reversed
    for lo, hi in windows:
        pos = lo
        if inner is not None:
            middle, back = inner
            more = sorted(
                {f.start() - b for f in middle.finditer(spaced, lo, hi) for b in back},
                reverse=True,
            )
        if pos == 0:
            m = match(text, 0, hi)
            if m is not None:
                append(m)
                pos = m.end()
            pos = max(pos, 1)
        # The first DEL from pos - 1 (none once past the last: a title's dash, a name's accent).
        wat = spaced.find(127, pos - 1, hi) if last_del >= pos - 1 else -1
        while pos < hi and (wat != -1 or more):
            f = search(spaced, pos - 1, hi)
            at = hi if f is None else f.start() + 1
            if wat != -1:
                if wat < pos - 1:
                    wat = spaced.find(127, pos - 1, hi)
                if wat != -1 and wat < at - 1:
                    at = wat + 1
            while more and more[-1] < pos:
                more.pop()
            if more and more[-1] < at:
                at = more[-1]
            if at >= hi:
                pos = hi  # nothing more in the window
                break
            m = match(text, at, hi)
            if m is None:
                pos = at + 1
            else:
                append(m)
                pos = m.end()
        # No DEL from pos - 1 on and no inner start left (``wat`` and ``more`` stay so as
        # pos grows): a match can begin only where the finder says.
        while pos < hi:
            f = search(spaced, pos - 1, hi)
            if f is None:
                break
            at = f.start() + 1
            m = match(text, at, hi)
            if m is None:
                pos = at + 1
            else:
                append(m)
                pos = m.end()
    return out


def _candidates(text: str) -> list[_Cand]:
    """Every match of every rule near its keywords, longest first (then earliest, rule)."""
    hits = _hits(text)
    size = len(text)
    found: list[_Cand] = []
    spaced: bytes | None = None
    spaced_low: bytes | None = None
    last_del = -1
    for prio, positions in enumerate(hits):
        if not positions:
            continue
        back, fwd = _RULE_WINDOWS[prio]
        # Windows around the hits, merged where they touch or overlap.
        # Every hit is before the text's end, so only the last window can pass it.
        windows = []
        lo = max(0, positions[0] - back)
        hi = positions[0] + fwd
        for pos in positions:
            a = pos - back
            if a <= hi:
                hi = pos + fwd
                continue
            windows.append((lo, hi))
            lo, hi = a, pos + fwd
        windows.append((lo, min(hi, size)))
        if spaced is None:
            spaced = _spaced(text)
            spaced_low = spaced.lower()
            last_del = spaced.rfind(127)
        found += [
            (s - e, s, prio, e, m)
            for m in _scan(text, spaced, prio, windows, spaced_low, last_del)
            for s, e in [m.span()]
            if s < e
        ]
    found.sort()
    return found


_KEYWORDS = _keywords()
# Per keyword: the rules it always hits, the guarded ones, and whether it is a month name
# that the bare-month rule takes unless _bare_month_rejected; by the keyword as text and
# as bytes (for the fast scan).
_Plan = tuple[tuple[int, ...], tuple[tuple[int, frozenset[str], bool], ...], bool]
_KEYWORD_PLANS: dict[str | bytes, _Plan] = {
    word: (
        tuple(r for r, guard, _d in rules if guard is None and r != _R_MONTH),
        tuple((r, guard, deep) for r, guard, deep in rules if guard is not None),
        any(r == _R_MONTH for r, _g, _d in rules),
    )
    for word, rules in _KEYWORDS.items()
}
_KEYWORD_PLANS.update({str(w).encode("ascii"): plan for w, plan in _KEYWORD_PLANS.items()})
_KEYWORD_BYTES = frozenset(w.encode("ascii") for w in _KEYWORDS)
_RULE_WINDOWS = [_WINDOWS[h.__name__[3:]] for _p, h in _RULES]
# How many characters of a match's start a rule's spaced finder tests, where more than three
# pay (measured on 1 MB of generated news and the TempEval-3 texts): a longer prefix leaves
# fewer positions where the rule's pattern is tried, but the finder regex grows, and with
# it the compile time paid on the rule's first use (a few ms each; 30 ms for the duration
# rule at six).
_START_K = {
    "_h_numeric": 6,
    "_h_date_dmy": 5,
    "_h_holiday": 6,
    "_h_quarter": 6,
    "_h_decade": 6,
    "_h_century": 6,
    "_h_season": 6,
    "_h_rel_named": 7,
    "_h_deictic": 7,
    "_h_rel_unit": 7,
    "_h_duration": 5,
    "_h_vague_units": 6,
    "_h_ref": 7,
    "_h_year": 5,
    "_h_word_year": 5,
    "_h_set": 5,
}


@functools.cache
def _keyword_scanners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The keyword scan of the lowered text and the keyword-at-a-position regex, compiled
    on first use."""
    words = _trie(sorted(_KEYWORDS))
    # A non-letter, then a keyword (group 1) or a number (group 2), in the lowered text.
    scan = re.compile(rf"[^a-z](?:({words})(?![a-z])|(\d+)|(?<=\d))")
    at = re.compile(rf"(?:{words})(?![a-z])")
    return scan, at


# Rules with a branch whose matches can begin inside a word: the spaced finder is built
# from the other branches (whose matches open a word), and the inside branch is tried at
# the given distances before each place where a bytes regex finds its fixed middle in the
# spaced text. The numeric rule's "on the 14th" branch begins 2, 4, 5 or 6 characters
# (on/by, from, until/since/after, before) before the space ahead of "the" and a digit
# (letters of "the" have no case-folded form beyond ASCII, nor has the first digit).
_INNER_STARTS: dict[str, tuple[_Lazy, bytes, tuple[int, ...]]] = {
    "_h_numeric": (_c(_NUMERIC_DATE), rb" [Tt][Hh][Ee] [0-9]", (6, 5, 4, 2)),
}
_Inner = tuple[re.Pattern[bytes], tuple[int, ...]]


@functools.cache
def _scanner(
    prio: int,
) -> tuple[re.Pattern[bytes] | None, Callable[..., re.Match[str] | None], _Inner | None, bool]:
    """Rule ``prio``'s spaced finder (None for a rule without), anchored match, the
    middle regex and distances of its branch that can begin inside a word (or None), and
    whether the finder reads the lowered spaced text (see _case_free)."""
    pattern = _RULES[prio][0]
    name = _R_NAMES[prio]
    k = _START_K.get(name, 3)
    inner = None
    if name in _INNER_STARTS:
        opening, middle, back = _INNER_STARTS[name]
        inner = (re.compile(middle), back)
        pattern = opening
    lower = _case_free(pattern, k)
    return _spaced_finder(pattern, k, lower=lower), _RULES[prio][0].compiled.match, inner, lower


_cand_start = operator.itemgetter(1)


def _pick(cands: list[_Cand], occupied: bytearray) -> list[_Cand]:
    """Greedily keep the candidates (already longest first) that overlap nothing kept."""
    kept: list[_Cand] = []
    for cand in cands:
        s, e = cand[1], cand[3]
        if occupied.find(1, s, e) != -1:
            continue
        occupied[s:e] = b"\x01" * (e - s)
        kept.append(cand)
    return kept


def _mod_prefix_possible(left: str) -> bool:
    """False when _MOD_PREFIX cannot match in ``left``: the word that ends it (before
    spaces, or a hyphen) is none of those a match ends with, and is ASCII (beyond ASCII,
    case folding makes "mıd" "mid": the regex tells)."""
    word = _last_word(left, "-")
    return not word.isascii() or word.lower() in _MOD_LAST_WORDS


# The last letters of _MOD_LAST_WORDS: no character beyond ASCII matches one of them under
# re.IGNORECASE (tests check the table against the re module).
_MOD_LAST_LETTERS = frozenset("defryDEFRY")


def _mod_prefix_may_end(text: str, start: int) -> bool:
    """False when no _MOD_PREFIX match can end at ``start``: every match ends with one to
    three of space, tab and newline, or a hyphen, right after a word whose last letter is
    in _MOD_LAST_LETTERS."""
    c = text[start - 1 : start] if start else ""
    if c == "-":
        c = text[start - 2 : start - 1] if start > 1 else ""
    elif c in (" ", "\t", "\n"):
        c = text[max(0, start - 4) : start].rstrip(" \t\n")[-1:]
    else:
        return False
    return c in _MOD_LAST_LETTERS


def _extend_left(text: str, out: _Out, floor: int) -> _Out:
    """Grow a DATE over a leading modifier ("early", "the end of") and set its mod."""
    if out.type not in ("DATE", "TIME"):
        return out
    if out.value.endswith("_REF") and not text[out.start : out.start + 5].lower().startswith(
        ("this ", "that ", "last ", "next ")
    ):
        return out  # "early now" is no expression; "earlier this year" is one even unresolved
    lo = max(floor, out.start - 40)
    # A match ends (up to spaces and a newline before out.start) with "of" or "the" and
    # spaces, or with early/earlier/late/later/mid and spaces or a hyphen. Checking the
    # word before out.start first spares most expressions the regex search.
    if not _mod_prefix_may_end(text, out.start) or not _mod_prefix_possible(text[lo : out.start]):
        return out
    m = _MOD_PREFIX.search(text, lo, out.start)
    if m is None or m.end() != out.start:
        return out
    if m["wk"]:
        return _week_of_month(m, out)
    word = (m["pos"] or m["rough"] or "").lower()
    if m["rough"]:
        key = " ".join(word.split())
        if key in (
            "around",
            "about",
            "until",
            "since",
            "by the end of",
            "as early as",
            "as late as",
        ):
            return out
        if key in ("sometime", "some time"):
            return dataclasses.replace(out, start=m.start())
        mod = _MOD_WORDS.get(key)
        if key in ("earlier", "later"):
            # "earlier this year" and "earlier today" are one expression; "Earlier Friday"
            # is a Friday.
            head = text[out.start : out.start + 9].lower()
            if not head.startswith(("this ", "that ", "today", "yesterday", "tomorrow", "tonight")):
                return out
            mod = None
        return dataclasses.replace(out, start=m.start(), mod=mod or out.mod)
    key = next((k for k in _MOD_WORDS if k in word), "")
    return dataclasses.replace(out, start=m.start(), mod=_MOD_WORDS.get(key, out.mod))


def _week_of_month(m: re.Match[str], out: _Out) -> _Out:
    """ "the first week of December": one expression, the ISO week holding that stretch of
    the month (its days 1-7, 8-14, ...; the last week ends on the month's last day)."""
    ym = re.fullmatch(r"(\d{4})-(\d\d)", out.value)
    if ym is None:
        return dataclasses.replace(out, start=m.start(), value=f"{out.value}-WXX", mod=None)
    year, month = int(ym[1]), int(ym[2])
    which = m["wkn"].lower()
    if which in ("last", "final"):
        day = _add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=7)
    else:
        day = dt.date(year, month, 1 + 7 * (lex.ORDINALS[which] - 1))
    p = _Point(day, "week", "WE" if m["wku"].lower() == "weekend" else "")
    why = f"{m.group(0).strip()} {out.value}: the week holding {day.isoformat()}"
    return dataclasses.replace(out, start=m.start(), value=p.value(), mod=None, why=why)


_APPOSITION = re.compile(r",[ \t\n]{1,3}(?:on[ \t\n]{1,3}|in[ \t\n]{1,3})?|[ \t\n]{0,2}\(")


def _apposed(rel: _Out, explicit: _Out) -> _Out:
    """A relative date in apposition with an explicit one ("Four days later, on July 20,
    1969") takes the explicit date, cut to its own granularity."""
    value = explicit.value
    if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", rel.value) and len(rel.value) <= len(value):
        value = value[: len(rel.value)]
    why = f"in apposition with {explicit.value}"
    return dataclasses.replace(rel, value=value, anchor="narrative", why=why)


def tag(
    text: str, *, dct: dt.date | None = None, date_order: DateOrder = "auto"
) -> tuple[Timex, ...]:
    """Find and normalise the temporal expressions in an English text.

    Args:
        text: The text to tag.
        dct: The document creation (publication) date that deictic expressions such as
            "Tuesday" or "last year" are resolved against. With None they stay unresolved
            (X placeholders or PAST_REF/PRESENT_REF/FUTURE_REF); the clock is never read.
        date_order: How to read ambiguous numeric dates like 03/04/2024: month first,
            day first, or "auto" (decided by the other numeric dates in the text,
            month first when nothing tells).

    Returns:
        The expressions, sorted by start offset and non-overlapping, with
        ``text[t.start:t.end] == t.text``.
    """
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    st = _State(text=text, dct=dct, date_order=date_order)
    found = _candidates(text)
    # By start, for finding displaced candidates; sorted at the first rejection.
    by_start: list[_Cand] = []
    starts: list[int] = []
    longest = 0
    occupied = bytearray(len(text) + 1)
    # Normalise in text order; when a rule rejects its match ("May" the verb), the
    # shorter candidates it displaced get their turn.
    # The kept candidates overlap nothing kept, so no two share a start: in order of
    # start, with those a rejection brings back sorted into the ones still to come.
    queue = _pick(found, occupied)
    queue.sort(key=_cand_start)
    at = 0
    rejected: set[int] = set()
    outs: list[_Out] = []
    while at < len(queue):
        cand = queue[at]
        at += 1
        _neg, start, prio, end, m = cand
        prev_last = st.last
        try:
            produced = _RULES[prio][1](m, st)
        except (ValueError, OverflowError):
            # "about 4,000 years ago", "10,000 years later": a date outside the calendar
            # the standard library can hold (years 1-9999) is no date to give
            st.last = prev_last
            produced = []
        if not produced:
            if not by_start:
                by_start = sorted(found, key=lambda c: c[1])
                starts = [c[1] for c in by_start]
                longest = -min(c[0] for c in found)
            rejected.add(id(m))
            occupied[start:end] = bytes(end - start)
            lo = bisect.bisect_left(starts, start - longest)
            hi = bisect.bisect_left(starts, end)
            inside = [
                c
                for c in by_start[lo:hi]
                if start < c[3] and id(c[4]) not in rejected and c is not cand
            ]
            inside.sort()
            for c in _pick(inside, occupied):
                bisect.insort(queue, c, at, key=_cand_start)
            continue
        kept = False
        for out in produced:
            floor = outs[-1].end if outs else 0
            if out.start < floor:
                continue
            kept = True
            # Else _extend_left returns it as it is (its own first tests).
            if out.type in ("DATE", "TIME") and _mod_prefix_may_end(text, out.start):
                out = _extend_left(text, out, floor)
            if outs and out.type == "DATE":
                prev = outs[-1]
                gap = text[prev.end : out.start]
                if (
                    out.anchor == "absolute"
                    and prev.type == "DATE"
                    and prev.anchor in ("dct", "narrative")
                    and _APPOSITION.fullmatch(gap)
                ):
                    outs[-1] = _apposed(prev, out)
                elif (
                    prev_last is not None
                    and st.last is not None
                    and st.last is not prev_last
                    and prev.type == "DATE"
                    and _RANGE_GAP.fullmatch(gap)
                    and gap.strip().lower() in ("-", "–", "to", "through", "until")
                ):
                    st.range_ = (prev_last, st.last)
            outs.append(out)
            st.last_end = out.end
        if not kept:
            # "last year" inside "on 11 November last year", already one expression: it
            # does not move the story either
            st.last = prev_last
        elif (
            st.last is not prev_last
            and prev_last is not None
            and produced
            and _heard_before(text, produced[0].start)
            and _sentence_start(text, produced[0].start) < st.last_at
        ):
            # "... at 2am on 11 November last year, the court heard on Friday. He was arrested
            # two days later": the hearing's day does not move the story on
            st.last = prev_last
        elif st.last is not prev_last and produced:
            st.last_at = produced[-1].end
    result = []
    new = object.__new__
    set_start, set_end, set_text, set_type, set_value, set_mod, set_anchor, set_why = _TIMEX_SETTERS
    for o in outs:
        s, e = o.start, o.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if s >= e:
            continue
        t = new(Timex)  # as Timex(s, e, text[s:e], ...) builds it: see _TIMEX_SETTERS
        set_start(t, s)
        set_end(t, e)
        set_text(t, text[s:e])
        set_type(t, o.type)
        set_value(t, o.value)
        set_mod(t, o.mod)
        set_anchor(t, o.anchor)
        set_why(t, o.why)
        result.append(t)
    return tuple(result)


# Timex is a frozen dataclass with slots: its __init__ sets each field through
# object.__setattr__ (2.5 us a Timex, one per expression found); the slots' own setters
# give the same object in 1.5 us. In field order (tests check them against __init__).
_TIMEX_SETTERS: tuple[Callable[[Timex, Any], None], ...] = tuple(
    Timex.__dict__[f.name].__set__ for f in dataclasses.fields(Timex)
)


# What a court was told and when: "the court heard on Friday", "jurors were told on Monday".
_HEARD_BEFORE = re.compile(
    r"\b(?:court|jury|inquest|tribunal|trial|hearing|inquiry|jurors)\s{1,3}(?:heard|hears"
    r"|was\s{1,3}told|were\s{1,3}told)\s{1,3}(?:on\s{1,3})?$",
    re.IGNORECASE,
)
_HEARD_LAST_WORDS = ("heard", "hears", "told", "on")


def _heard_before(text: str, start: int) -> bool:
    """Whether _HEARD_BEFORE matches in the 40 characters before ``start``: the regex runs
    only where the text before ``start``, up to its trailing whitespace, ends with a word
    that ends its matches, or is not ASCII there (case folding: "hearſ")."""
    lo = max(0, start - 40)
    tail = text[lo:start].rstrip()[-5:]
    if tail.isascii() and not tail.lower().endswith(_HEARD_LAST_WORDS):
        return False
    return _HEARD_BEFORE.search(text, lo, start) is not None


# A dash after a line break starts a list item ("Friday 6 March 2026\n\n- 1978: ..."), no range.
_RANGE_GAP = re.compile(
    r"[ \t]{0,3}[-–—]\s{0,3}|\s{0,3}(?:to|through|thru|until|till|and)\s{0,3}", re.IGNORECASE
)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s{1,3}$", re.IGNORECASE)


def find_ranges(text: str, timexes: Sequence[Timex]) -> tuple[tuple[int, int], ...]:
    """Index pairs of timexes that together state one range.

    Covers "from 2016 to 2019", "between 2016 and 2019", "2014-2016", "May 14-16, 2019"
    (tagged as two timexes) and "from March to June".

    Args:
        text: The text the timexes were found in.
        timexes: The output of :func:`tag` for that text.

    Returns:
        Pairs ``(i, j)`` of indexes into ``timexes`` with ``i < j``.
    """
    pairs: list[tuple[int, int]] = []
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME"):
            continue
        gap = text[a.end : b.start]
        m = _RANGE_GAP.fullmatch(gap)
        if m is None:
            continue
        word = gap.strip().lower()
        opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
        if word in ("-", "–", "—"):
            pairs.append((i, i + 1))
        elif word == "and":
            if opener and opener.group(0).lower().startswith("between"):
                pairs.append((i, i + 1))
        elif opener or word in ("through", "thru") or _stated_span(text, a, b, word):
            pairs.append((i, i + 1))
    return tuple(pairs)


def _stated_span(text: str, a: Timex, b: Timex, word: str) -> bool:
    """ "November 2027 to March 2028: the wall is built": two full dates of one
    granularity joined by "to", the first before the second, make a range without a
    "from" when they are months or days, or when they head a line."""
    if word not in ("to", "until", "till") or a.type != "DATE" or b.type != "DATE":
        return False
    if a.anchor != "absolute" or b.anchor != "absolute" or len(a.value) != len(b.value):
        return False
    if not (_DAY_OR_MONTH.fullmatch(a.value) or _YEAR_VALUE.fullmatch(a.value)):
        return False
    heads_line = not text[text.rfind("\n", 0, a.start) + 1 : a.start].strip(" \t-*•")
    return a.value < b.value and (heads_line or len(a.value) >= 7)


_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_YEAR_VALUE = re.compile(r"\d{4}")
