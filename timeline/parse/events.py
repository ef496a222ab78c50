"""From time expressions to events: which dates anchor a happening, and what happened.

The rules are general news-writing knowledge, not tuned to particular articles:

- Not events: the dateline, durations, sets, bare ``PRESENT_REF``, a date used only as a
  reference ("Wednesday's closing price", "fourth-quarter results"), the start of a trend
  ("has fallen since 2019"), a vague "years ago" inside a quote, the "today" of "thirty
  years ago today" and a present-tense "today" ("today only a few stretches survive").
- A date that only dates a statement ("officials said on Tuesday") is an event only when
  nothing else in the article happened that day.
- A coarse date in apposition to a finer one ("thirty years ago, on 9 November 1989")
  gives one event.
- Mentions of the same happening on the same date are merged, keeping every quote.
- A "today" inside a quote from the event the article reports is the day of that event.
- A weekday or day in a future-tense clause is not in the past.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence

from timeline import values
from timeline.model import Event, Mention
from timeline.parse import _verbs
from timeline.parse._ends import lowered, may_end_with, may_hold
from timeline.parse._lexicon import WEEKDAY_ALT, WEEKDAYS
from timeline.parse._names import TITLED_NAME
from timeline.parse.tagger import find_ranges, tag
from timeline.parse.text import (
    UPDATE_STAMP,
    Span,
    build_headline,
    clause_around,
    cut_title,
    end_of_line,
    gate_title,
    in_quotation,
    label_end,
    label_owner,
    name_topic,
    patient_antecedent,
    quote_attribution,
    reporting_date,
    says_object_pronoun,
    sentence_case,
    sentences,
    start_of_line,
    subject_of,
    title_problems,
    to_headline_tense,
)
from timeline.parse.timex import Timex

# How much a date's source is trusted: stated outright, resolved against the
# publication date, or resolved against the previous date in the narrative.
_CONFIDENCE = {"absolute": 0.9, "dct": 0.8, "narrative": 0.7, "unresolved": 0.0}

# Bounds of a value are asked for many times per candidate; the values repeat.
_bounds = functools.lru_cache(maxsize=4096)(values.bounds)
_is_resolved = functools.lru_cache(maxsize=4096)(values.is_resolved)

_POSSESSIVE = re.compile(r"['’]s\b")
_EVENT_NOUN = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:vote|votes|ballot|referendum|election|elections|final|semi-final"
    r"|match|game|race|protests?|march|rally|strike|meeting|talks|summit|hearing|debate"
    r"|launch|ceremony|crash|attack|earthquake|fire|blast|explosion|win|victory|defeat"
    r"|round|announcement|decision|ruling|verdict|auction|sale|storm|flood|flooding"
    r"|gala|concert|show|performance|premiere|parade|celebrations?|festival|derailment"
    r"|collision|shooting|stabbing|riot|raid|visit|trial|conference|opening|eruption"
    r"|landslide|walkout|tournament|congress|convention|funeral|wedding|speech|inquest)\b"
)
_TREND_SINCE = re.compile(
    r"\b(?:since|ever since)\s+(?:(?:at\s+least|about|around|roughly)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# what it can end with: see may_end_with
_TREND_SINCE_LAST = frozenset(("since", "the", "least", "about", "around", "roughly"))
_WHEN_FOLLOWS = re.compile(r",?\s+when\b")
_WHEN_PROPORTION = re.compile(
    r",?\s+when\s+(?:only\s+|just\s+)?(?:(?:fewer|more|less)\s+than\s+|under\s+|over\s+|about\s+)?"
    r"(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|\d[\d.]*\s*(?:%|percent|per\s+cent)"
    r"|one\s+in\s+\w+)\b",
    re.IGNORECASE,
)
_AGO_BEFORE = re.compile(r"\bago,?\s+$", re.IGNORECASE)
# The baseline of a comparison is no event: "up 23% from a year ago", "compared with
# 51.7% in the same period last year", "about 300 more than at the end of last year".
_COMPARISON = re.compile(
    r"(?:\b(?:up|down|higher|lower|more|less|fewer|rose|fell|increased|decreased)\b[^,;]{0,25}?"
    r"\b(?:from|than|over)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over"
    r"|just\s+under)\s+)?(?:[$£€]?\d[\d.,]*\s*(?:%|percent|million|billion|bn|m)?\s+"
    r"(?:(?:hours|days|tonnes|tons|people|homes|cases|barrels|litres|liters|units"
    r"|(?:square\s+)?(?:kilometres|kilometers|miles|metres|meters|hectares|acres))\s+)?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    # "down from 6,400 at the general election in 2024": the occasion of the baseline
    r"(?:(?:at|in)\s+(?:the|its|their|last\s+year's)\s+(?:[a-z-]+\s+){1,3}?(?=in\s|of\s))?"
    r"(?:at\s+|in\s+|on\s+|during\s+|of\s+)?(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?"
    r"|\bcompared\s+(?:with|to)\s+[^;]{0,40}?(?:\s(?:in|at|on|during)\s+(?:the\s+)?"
    r"(?:same\s+\w+\s+)?)?"
    # "rose to $412 million in the quarter, from $366 million a year earlier"
    r"|\bfrom\s+[$£€]?\d[\d.,]*\s*(?:%|percent|million|billion|bn|m)\s+(?:in\s+)?(?:the\s+)?"
    # "hoped to draw 300,000 visitors a year, against 210,000 in 2019"
    r"|\b(?:against|versus|vs\.?)\s+[$£€]?\d[\d.,]*\s*(?:%|percent|million|billion|bn|m)?\s+"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:in|at|during)\s+(?:the\s+)?)?"
    # "turnout looks down on 2019", "sales were up 4% on last year"
    r"|\b(?:(?:is|are|was|were|looks?|looked|looking|seems?|seemed|remains?|remained)"
    r"\s+(?:slightly\s+|sharply\s+|well\s+)?(?:up|down)\s+(?:[$£€]?\d[\d.,]*\s*(?:%|percent"
    r"|million|billion|bn|m)?\s+)?|\d[\d.,]*\s*(?:%|percent)\s+(?:up|down)\s+)on\s+(?:the\s+)?"
    r"(?:same\s+(?:period|quarter|month|week|time)\s+)?)$",
    re.IGNORECASE,
)
# A year that names a yardstick ("beat the 2020 record", "close to the 2019 level").
_BASELINE_NOUN = re.compile(
    r"\s+(?:record|records|level|levels|high|low|peak|figure|figures|total|average|mark"
    r"|baseline|benchmark)\b(?!\s+(?:was|were|is|are|has|had)\b)"
)
_BASELINE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|break|breaks|broke|breaking|top|tops|topped|exceed\w*|surpass\w*"
    r"|pass|passed|passing|match\w*|equal\w*|above|below|near|under|over|than|close\s+to"
    r"|back\s+to|(?:return|recover)\w*\s+to|short\s+of)"
    r"\s+(?:(?:the|its|their|his|her|pre-pandemic|prepandemic)\s+)?$",
    re.IGNORECASE,
)
_UP_ON = re.compile(
    r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:on|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "20% lighter than the phone it launched in 2023", "take longer than they did in 2010":
# the other side of a comparison is a baseline, not news.
_THAN_BASELINE = re.compile(
    r"\b(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)\s+than\s+"
    r"(?:(?:[^,;.!?]|(?<=\d)\.(?=\d)){0,40}?\s)?"
    r"(?:in|at|on|during|of|from)\s+(?:the\s+)?$"
    # "it looks exactly as it did in 1900", "just as they were in 2019": a likeness
    r"|\b(?:exactly|just|much|the\s+same|same|looks?|looked|remains?|remained|stays?|stayed)"
    r"\s+as\s+(?:it|they|he|she|we|you|I|this|that)\s+(?:did|was|were|had|used\s+to)"
    r"\s+(?:in|at|on|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A season or month that names a thing ("the spring budget", "the July cap").
_NAMES_A_THING = re.compile(
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)",
    re.IGNORECASE,
)
_THING_NOUNS = frozenset(
    """budget budgets statement cap caps figures figure data report reports numbers index
    edition issue collection timetable schedule term semester session sales rate rates
    forecast forecasts accounts payroll payrolls reading""".split()
)
# "Season tickets bought before Tuesday remain valid": a bound on which things count.
_BOUGHT_BEFORE = re.compile(
    r"\b[a-z]+s\s+(?:bought|issued|made|booked|purchased|sold|registered|filed|submitted"
    r"|received|signed|built|published|released)\s+(?:before|after|prior\s+to|since)\s+$",
    re.IGNORECASE,
)
_GOING_BACK = re.compile(
    r"\b(?:going|dating|stretching|reaching|goes|go|date|dates)\s+back\s+(?:to|as\s+far\s+as)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(
    r"(?:Christmas|Easter|Thanksgiving|Halloween|Hanukkah|Diwali|Eid|Ramadan|New\s+Year)",
    re.IGNORECASE,
)
_HOLIDAY_THING = re.compile(
    r"\s+(?:trading|shopping|sales|rush|period|holidays?|break|recess|season|getaway|lights"
    r"|market|markets|menu|party|parties|jumper|tree|trees|card|cards|decorations|travel"
    r"|dinner|dinners|lunch|lunches|meal|fair|concert|show)\b",
    re.IGNORECASE,
)
_WEATHER_AFTER = re.compile(r"\s+(?:heat|sunshine|weather|temperatures|rains)\b")
_THING_FROM = re.compile(
    r"\b(?:footage|images|photos|photographs|pictures|video|videos|recordings|records|data"
    r"|samples|documents|letters|emails|messages|notes|files)\s+(?:taken\s+|recorded\s+)?"
    r"(?:from|dated|dating\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GREETING_OR_ECHO = re.compile(
    r"\b(?:(?:Happy|Merry)\s+|(?:repeat|rerun|replay|echo|echoes|reminder|memories|shades"
    r"|lessons)\s+of\s+(?:the\s+)?)$"
)
# "Please tell Anna before Christmas" (but "Please note the office closes on Friday")
_PLEASE = re.compile(r"[\"“‘']?Please\s+(?!note\b|be\s+aware\b|remember\b)")
_PLEASE_INSIDE = re.compile(r"[,;:]\s+please\s+(?!note\b|be\s+aware\b|remember\b)")
_THING_FOR = re.compile(
    r"\b(?:places|tickets|applications|admissions|entries|bookings|registrations|budgets?"
    r"|intake|fixtures|timetables?|funding|allocations?)\s+for\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A plan replaced by a later one: "due to be held in the hall this week have been moved to"
# (no "were due" before it, which _names_a_thing asks for).
_MOVED_AFTER = re.compile(
    r"\s+(?:(?:have|has)\s+been|were|was|are|is)\s+(?:moved|postponed|pushed\s+back"
    r"|rescheduled|put\s+back|delayed|brought\s+forward)\s+(?:to|until|till)\b"
)
_ORDINAL_OF = re.compile(
    r"\b(?:first|last|final|next|only|second|third)\s+(?:[a-z-]+\s+){0,2}of\s+$", re.IGNORECASE
)
# "recalling 120,000 SUVs built between 2021 and 2023", "homes sold before 2010": a class
# of things named by when they were made (no comma: restrictive), not a happening
_CLASS_BY_DATE = re.compile(
    r"\b[A-Za-z]{3,}(?<![su])s\s+(?:built|made|manufactured|produced|sold|bought|registered|issued"
    r"|purchased|installed|fitted|constructed|delivered|shipped|printed|minted|imported)\s+"
    r"(?:(?:between|in|from|before|after|since|during|prior\s+to)\s+)?(?:the\s+)?$"
)
_SETTING_TAIL = (
    r"[Ss]et\s+(?:[^,.;:!?]{0,40}?\s)?(?:in|during)\s+(?:the\s+(?:[a-z]+\s+)?(?:of\s+)?)?$"
)
_SETTING = re.compile(
    r"\b(?:novel|film|story|book|play|series|drama|musical|opera|show|game)\b[^.;:!?]{0,40}?\b"
    + _SETTING_TAIL
)
_SETTING_OPENS = re.compile(r"\W*" + _SETTING_TAIL)
_REFERENCE_NOUN = re.compile(
    r"\s+(?:results|earnings|profits?|losses|loss|sales|figures|revenue|report|numbers)\b",
    re.IGNORECASE,
)
# A plan or figure for a period: the period names it ("its budget for next year").
_PERIOD_FIGURES = re.compile(
    r"\b(?:budgets?|spending\s+plans?|forecasts?|targets?|estimates|outlook|guidance"
    r"|accounts|plans|subscriptions|fees|membership|memberships|season\s+tickets|rates)\s+for\s+"
    r"(?:the\s+)?(?:(?:coming|current|next|financial|fiscal)\s+)?$",
    re.IGNORECASE,
)
_FISCAL_BEFORE = re.compile(
    r"\b(?:full-year|full\s+year|fiscal|financial\s+year)\s+$", re.IGNORECASE
)
_REPORT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:report|figures|data|results|numbers|statistics|survey|payrolls"
    r"|accounts|statement|earnings|sales|levels?|peak)\b"
)
# "will" looks ahead; "Will Foxley" is a name.
_FUTURE_CLAUSE = re.compile(
    r"\b(?:(?-i:will|WILL|Will(?!\s+[A-Z]))|shall|'ll|(?:is|are)\s+(?:expected|scheduled|due|set|forecast|poised|slated)"
    r"|forecast\s+to|expected\s+to|due\s+to|scheduled\s+to|planned\s+for)\b",
    re.IGNORECASE,
)
_PAST_WORD = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|went|came|made|took|met|said)\b")
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_ALT})\b", re.IGNORECASE)
_DISTRIBUTIVE = re.compile(r"(?:Each|Every)\s+[a-z]+\s")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_OF_OR_ONGOING = re.compile(
    r"\b(?:of|into|over|about|on|from|after|following|since|before|during)\s+$|"
    r"\b(?:is|are)\s+(?:still\s+)?[a-z]+ing\b"
)


def _day_possessive_at(title: str, day: str) -> int:
    """Where ``day`` stands as a possessive inside ``title`` ("next month's"), else -1."""
    at = title.lower().find(day.lower())
    while at >= 0 and not _POSSESSIVE.match(title, at + len(day)):
        at = title.lower().find(day.lower(), at + 1)
    return at


_PART_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)")
_END_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T24:00")
# A clock time alone ("at 23:40 GMT", "10pm"): it names no day of its own.
_CLOCK_ONLY = re.compile(
    r"(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h|hrs)?|noon|midday|midnight)"
    r"(?:\s+(?:[A-Z]{2,4}|local\s+time))?\.?",
    re.IGNORECASE,
)
# "a year ahead of schedule": how early, not when.
_SCHEDULE_OFFSET = re.compile(r"\s+(?:of|behind)\s+schedule\b", re.IGNORECASE)
# "Results for the first quarter", "revenue for the 52 weeks to 30 December": a period
# that names figures, not a happening.
_PERIOD_OF = re.compile(
    r"\b(?:results|earnings|figures|profits?|revenue|sales|data|statistics|numbers)\s+for\s+"
    r"(?:the\s+)?$"
    r"|\b(?:week|weeks|month|months|year|period|quarter)\s+(?:to|ending|ended)\s+$"
    # "reported a pre-tax profit of £1.9bn for 2027 last month"
    r"|\b(?:profits?|loss|losses|revenue|sales|earnings|income|dividend)\s+of\s+[$£€]?\d[\d.,]*"
    r"\s*(?:%|million|billion|bn|m|p)?\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERIOD_OF_LAST = frozenset(("for", "the", "to", "ending", "ended"))
# "Storm Isha could bring gusts ... on Sunday": a modal looks ahead.
_MODAL_BEFORE = re.compile(
    r"\b(?:could|(?-i:may)|might|would|can|should)\s+(?:well\s+|also\s+|now\s+)?(?!have\b)[a-z]+\b",
    re.IGNORECASE,
)
_NO_COMMENT = re.compile(
    r"\b(?:could\s+not|couldn['’]t)\s+be\s+reached\b|\bdeclined\s+to\s+comment\b"
    r"|\bdid\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment\b",
    re.IGNORECASE,
)
_PAST_MODAL = re.compile(
    r"\b(?:could|might|may)\s+not\b|\bcouldn['’]t\b|\b(?:neither|nor|nobody)\b"
    r"|\bcould\s+be\s+(?:reached|located|found|contacted)\b",
    re.IGNORECASE,
)
# A count read off on a date, not a happening: "212 patients were being treated on
# Thursday" (a counted subject in the progressive passive), "with more than 180,000
# tickets sold last year" (an absolute clause giving a figure).
_STATE_COUNT = re.compile(
    r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){1,3}(?:are|were)\s+(?:still\s+)?being\s+[a-z]+(?:ed|en)\b",
)
# A counted subject in a state or in care on a day ("Eleven vessels were waiting at
# anchor", "212 patients were treated for heat-related illness"): a count, no happening.
_NUMBER = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores"
    r"|hundreds|thousands)"
)
_COUNTED_STATE = re.compile(
    rf"\b{_NUMBER}\s+(?:[a-z-]+\s+){{1,3}}(?:(?:are|were)\s+(?:still\s+)?"
    r"(?:[a-z]{3,}ing|treated|admitted|hospitali[sz]ed|seen|logged|recorded|registered|counted"
    r"|detected)|had\s+(?:been\s+)?wait(?:ed|ing))\b",
    re.IGNORECASE,
)
# Counted things that a participle dates ("read 163 novels published between October 2026
# and September 2027", "2,000 homes built before 1919"): what they are, no happening.
_COUNTED_PARTICIPLE = re.compile(
    r"\b(?:\d[\d,.]*|(?i:hundreds|thousands|millions)\s+of)\s+(?:[a-z-]+\s+|[A-Z0-9][\w-]*\s+){0,4}"
    r"(?!(?:was|has|is|does|this|its|his|as)\s)[a-z]+s\s+"
    r"(?:[a-z]+ed|built|born|made|sold|written|grown|taken|given|seen)\s+[^.;,]{0,50}?"
    r"\b(?:in|between|before|after|since|during|from)\s+(?:the\s+)?$",
)
_FIGURE = (
    r"(?:[$£€]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|m)\b)?"
    r"|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion)\s+[a-z]+"
    r"|(?:pounds|euros|dollars|points)\b))"
)
# A running tally ("have gained 18% so far this year").
# A period's figure ("Revenue rose 61% to $212 million last year") and a level read off
# a day ("Lake Corran held 18.4% of its capacity on Monday").
_FIGURE_CHANGE = re.compile(
    r"^\W*(?:(?:its|the|their|annual|quarterly|net|full-year|total|pre-tax|operating|first-half"
    r"|core|underlying|adjusted)\s+){0,3}(?:revenue|revenues|sales|profits?|earnings|income"
    r"|turnover|output|exports|imports|inflation|unemployment|prices|shares|losses|costs"
    r"|margins?|deposits|lending)\s+(?:rose|fell|grew|jumped|climbed|dropped|slipped|slid"
    r"|gained|increased|decreased|declined|surged|slumped|soared|tumbled|edged\s+(?:up|down)"
    r"|doubled|halved)\b[^;:]*?\d",
    re.IGNORECASE,
)
_MOVE_VERB = (
    r"rose|fell|grew|jumped|climbed|dropped|slipped|slid|gained|lost|increased|decreased"
    r"|reached|totalled|totaled|amounted\s+to|hit(?:\s+a\s+record)?"
    r"|declined|surged|slumped|soared|tumbled|(?:has|have|had)\s+(?:risen|fallen|grown|jumped"
    r"|climbed|dropped|slipped|gained|lost|increased|decreased|declined|surged|soared)"
)
# "fell by about a third", "rose by two-thirds": a share of the figure.
_FRACTION = (
    r"(?:(?:a|one|two|three)[\s-]+)?(?:third|quarter|fifth|tenth|half)s?\b|two-thirds\b"
    r"|three-quarters\b"
)
_FIGURE_TO = r"[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|bn|m)?"
# Any figure's move over a period ("Fares rose by 4.9% in 2024 and by 5.9% in 2023", "They
# have risen 12% this year", "Visits fell from 900,000 in 2015 to 410,000 last year").
_FIGURE_MOVE = re.compile(
    rf"(?:\b(?:{_MOVE_VERB})|\band(?=\s+by\b))\s+(?:by\s+|to\s+)?(?:about\s+|around\s+|almost\s+"
    rf"|nearly\s+|more\s+than\s+|some\s+)?(?:{_FIGURE}|{_FRACTION})(?:\s+to\s+{_FIGURE_TO})?\s+"
    r"(?:(?:in|during|over|for|between)\s+(?:the\s+)?)?$"
    rf"|\b(?:{_MOVE_VERB})\s+from\s+[^;]{{0,40}}?\s+to\s+(?:more\s+than\s+|about\s+|almost\s+"
    r"|nearly\s+|over\s+|under\s+|fewer\s+than\s+|less\s+than\s+)?"
    rf"{_FIGURE_TO}\s+(?:(?:in|during|over|for|by)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "Trade between the two countries was worth £9.8bn last year": a value, not a happening.
_WORTH = re.compile(
    rf"\b(?:was|were|is|are|been)\s+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+"
    rf"|more\s+than\s+|nearly\s+|almost\s+)?{_FIGURE}[^,;.!?]{{0,20}}?\s+(?:in\s+|during\s+)?$",
    re.IGNORECASE,
)
_AGE_TURNS = re.compile(
    r"\bwho\s+(?:turns|turned|will\s+turn|would\s+have\s+turned)\s+\d{1,3}\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\W*(?:maybe|perhaps|possibly)\b[^.;:!?]{0,20}$", re.IGNORECASE)
# A day's move of a share price ("Arvika shares fell 3.2% on Thursday", "Nimbusgrid's
# shares, which fell 6% on Monday, recovered 2% on Wednesday"): the market's reaction, not
# news (but a debut's first day of trading is news).
_SHARE_MOVE = re.compile(
    rf"\b(?:shares|stocks?|share\s+price|index|S&P\s+500|Dow(?:\s+Jones)?|Nasdaq|FTSE(?:\s+100)?"
    rf"|Nikkei|DAX)\b[^.;:!?]{{0,80}}?\b(?:{_MOVE_VERB}|recovered|rallied"
    r"|sank|plunged|plummeted|rebounded|added|shed|closed\s+(?:up|down))\s+(?:by\s+)?"
    rf"(?:as\s+much\s+as\s+|about\s+|almost\s+|nearly\s+|more\s+than\s+)?(?:{_FIGURE}"
    r"|(?:a\s+(?:third|quarter|fifth|tenth)|half|two-thirds|three-quarters)\s+of\s+(?:their|its)"
    r"\s+value)"
    r"(?:[^.;:!?\d]{0,30}?)?\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_DEBUT = re.compile(
    r"\b(?:debut|first\s+day\s+of\s+trading|listing|flotation|IPO)\b", re.IGNORECASE
)
_PERFECT = re.compile(r"(?:has|have|had)\s", re.IGNORECASE)


def _period_move(before: str, value: str) -> bool:
    """A figure's move over a month or quarter ("rose 0.4% in February"), a running tally
    ("have risen 12% this year") or a move between two figures; a figure that rose in a
    year, told in the simple past, may be the news of that year."""
    move = _FIGURE_MOVE.search(before)
    if move is None:
        return False
    text = move.group()
    # "fell by 35% between 2020 and 2028": a move over a span of years is a trend
    between = text.rstrip().lower().endswith("between")
    return (
        not _YEAR_VALUE.fullmatch(value)
        or bool(_PERFECT.search(text))
        or " from " in text
        or between
    )


# "Sales fell 4% in 2023 after a decade of growth": a turn, told as a happening.
_TURN_AFTER = re.compile(r",?\s+(?:after|following|for\s+the\s+first\s+time)\b", re.IGNORECASE)
_SHARE_HELD = re.compile(
    r"\b(?:held|holds|hold|stood\s+at|was\s+at|were\s+at)\s+(?:only\s+|just\s+|about\s+)?"
    r"\d[\d.]*\s*(?:%|percent|per\s+cent)(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s*(?:on|in|at)?\s*$"
    # "Ardingly reservoir was 54% full on Monday": a level read off a day
    r"|\b(?:is|was|were|are|stood)\s+(?:only\s+|just\s+|about\s+)?\d[\d.]*\s*(?:%|percent"
    r"|per\s+cent)\s+(?:full|complete|capacity|occupied|booked)\s*(?:on|in|at)?\s*$",
    re.IGNORECASE,
)
# A habit ("about 1,700 home fires a year, and most occur between December and February").
_HABITUAL = re.compile(
    r"\b(?:a|each|every|per)\s+year\b|\bannually\b|\busually\b|\btypically\b|\bmost\s+years\b",
    re.IGNORECASE,
)
# A habit told around its date: "In the summer, he carries up to 200 people a day", "In
# winter, he sometimes waits hours for a passenger".
_HABIT_WORD = re.compile(
    r"(?<!than\s)(?<!after\s)(?<!before\s)(?<!within\s)(?<!for\s)(?<!over\s)(?<!in\s)"
    r"\b(?:a|each|every|per)\s+(?:day|week|month|year)\b|\b(?:annually|usually|typically"
    r"|sometimes|often|always|normally|generally|regularly|rarely|seldom|tends?\s+to)\b"
    r"|^\W*most\s+(?:[a-z-]+\s+)?(?:[a-z]+s|people)\s+(?!will\b|would\b|could\b|may\b|might\b"
    r"|have\b|had\b|were\b|was\b)[a-z]+",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\d{4}")
_COUNT_SUBJECT = re.compile(
    r"\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:people|visitors|passengers|patients|users"
    r"|customers|readers|viewers|fans|pupils|students|tourists|residents|members)\s+(?:used"
    r"|visited|attended|borrowed|watched|joined|signed\s+up|passed\s+through)\b[^.;,]{0,40}?\s"
    r"(?:in|during|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LEVEL_OUTLOOK = re.compile(
    r"\b(?:numbers|figures|prices|sales|levels|rates|costs|bills|demand|visitors|use"
    r"|usage|turnout|takings|income)\s+(?:would|will|could|should|might|to)\s+be\s+"
    r"(?:much\s+|even\s+|far\s+)?(?:higher|lower|bigger|smaller|better|worse|up|down|back)\b"
    r"[^,;:]{0,20}?\b(?:by|in)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
_ON_N_DAYS = re.compile(
    r"[^.;:!?]{0,50}?\bon\s+(?:only\s+|just\s+|fewer\s+than\s+|more\s+than\s+)?\d+\s+"
    r"(?:days|nights|occasions)\b"
)
_AVERAGE_OF = re.compile(r"\b(?:an?\s+)?average\s+of\s+(?:about\s+|around\s+|nearly\s+)?[$£€]?\d")
# A company's reporting period named without its number carries figures, not happenings.
_REPORTING_PERIODS = frozenset(
    ("the quarter", "the current quarter", "this quarter", "the period", "the half")
)
_FIGURE_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|points?|percent|costs?|revenue"
    r"|sales|margins?|profits?|earnings|income|growth)\b",
    re.IGNORECASE,
)
_NTH_TIME = re.compile(
    r"\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\s+time\s+(?:in\s+)?$",
    re.IGNORECASE,
)
_UNLIKELY = re.compile(r"\bunlikely\s+to\s+[a-z]+\b[^,;:]*$", re.IGNORECASE)
# Most of a coarse period, lived through rather than dated: "through most of the 2020s",
# "for much of 2019", "throughout the 1990s".
_MOST_OF_BEFORE = re.compile(
    r"\b(?:(?:through|for|during)\s+(?:most|much|all)\s+of|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SO_FAR_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date)\s+(?:in\s+|for\s+)?$", re.IGNORECASE)
# A forecast figure for a period ("now expects net interest income of about $27.5 billion
# for 2026") and a yearly figure by a year ("would save 14 billion euros a year by 2030").
_OUTLOOK_FIGURE = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicts?|predicted|anticipates?|anticipated|sees)\s+"
    rf"[^,;:]{{0,60}}?{_FIGURE}[^,;:]{{0,30}}?\b(?:for|by|in)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
# The period a reported figure covers ("reported a pre-tax profit of £1.9bn for 2027 last
# month"): the report is the happening, dated by its own date.
_FIGURE_FOR = re.compile(
    rf"\b(?:reported|posted|announced|reports|posts|announces|made|booked|recorded)\s+"
    rf"[^,;:]{{0,50}}?{_FIGURE}[^,;:]{{0,20}}?\bfor\s+(?:the\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
_RATE_BY = re.compile(
    rf"{_FIGURE}\s+(?:a|per|each|every)\s+(?:year|month|week|day)\s+(?:by|in|from)\s+"
    r"(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
# A period's total of hours or days ("spilled sewage for more than 3.6 million hours in
# 2024"): a statistic.
_TOTAL_DURATION = re.compile(
    r"\bfor\s+(?:more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+|some\s+)?"
    r"\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?(?:hours|days|minutes|weeks)\s+"
    r"(?:(?:in|during|over)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_WITH_FIGURE = re.compile(
    r"\bwith\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+"
    r"|almost\s+|some\s+|roughly\s+|just\s+(?:over|under)\s+)?[$£€]?\d[\d,.]*\s*"
    r"(?:%|percent|million|billion|thousand|m|bn)?\s+(?:[a-z-]+\s+){1,2}?"
    r"(?:[a-z]+ed|sold|made|taken|given|seen|won|lost|spent|paid|bought|built|grown)\s+"
    r"(?:(?:in|on|during|over)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A speculation about a season or year ("may attract offers in the summer"): no plan.
_SPECULATION = re.compile(
    r"\b(?:could|may|might)\s+(?:well\s+|also\s+)?(?!not\b|have\b|be\b)[a-z]+\b"
)
# A record's baseline ("the highest since records began at the site in 1975", but "the
# lowest since the first free election in 1991" names a happening) and a
# level read off ("inflation, which stood at 3.4% in September"): no happenings.
_SUPERLATIVE = (
    r"highest|lowest|biggest|largest|smallest|strongest|weakest|worst|best|hottest"
    r"|warmest|coldest|wettest|driest"
)
_RECORD_SINCE = re.compile(
    rf"\b(?:{_SUPERLATIVE}|most|fewest)\s+(?:[a-z-]+\s+){{0,5}}?since\s+(?:records\s+"
    r"(?:began|were\s+first\s+kept)|record-keeping\s+began)\b[^,;]{0,30}$",
    re.IGNORECASE,
)
_RECORDS_BEGAN = re.compile(
    r"\b(?:records|record-keeping|records\s+were\s+first\s+kept)\s+(?:began|started|begin)"
    r"\s+(?:in\s+|on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A figure's average over a period ("averaged 47 minutes in December").
_AVERAGED = re.compile(
    r"\baverag(?:ed|es|e\s+of|ing)\s+(?:about\s+|around\s+|just\s+(?:over|under)\s+|nearly\s+"
    r"|almost\s+|more\s+than\s+)?[$£€]?\d[\d.,]*\s*(?:%|[a-z]+)?(?:\s+[a-z]+){0,2}?"
    r"\s+(?:(?:in|during|over|for|across|between)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# How much rain fell in a period ("Only 61mm of rain fell between March and May").
_RAIN_FELL = re.compile(
    r"\d[\d.,]*\s*(?:mm|cm|inches|millimetres|millimeters|centimetres|centimeters)\s+of\s+"
    r"(?:rain|rainfall|snow)\s+(?:fell|falls|has\s+fallen|had\s+fallen|was\s+recorded)\s+"
    r"(?:(?:in|during|between|over|from|across)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_RECORD_OF = re.compile(
    rf"\b(?:{_SUPERLATIVE})\s+(?:[a-z-]+\s+)?(?:of|for|in|so\s+far\s+(?:this|in))\s+$",
    re.IGNORECASE,
)
# "the highest price paid at a London auction this year": a record's period
_RECORD_IN = re.compile(
    rf"\b(?:{_SUPERLATIVE}|most|fewest)\s+[^,;.!?]{{0,50}}$",
    re.IGNORECASE,
)
_SO_FAR = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)
_PERIOD_WORDS = frozenset(("the year", "this year", "the month", "this month", "the season"))
_CHANCE_OF = re.compile(
    r"\b(?:chance|chances|odds|probability|likelihood)\s+of\b[^,;]{0,40}$", re.IGNORECASE
)
_FOR_PERIOD = re.compile(r"\W*For\s+(?:the\s+)?(?:fiscal\s+)?")
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|should|could|might)\s+(?:not\s+)?have\s+(?!been\s+\d)[a-z]+\b[^,;]*$"
    r"|\b(?:almost|nearly)\s+(?:did\s+not|didn['’]t)\s+[a-z]+\b[^,;]*$",
    re.IGNORECASE,
)
_ORDINAL_TALLY = re.compile(
    r"\b(?:is|was|are|were|marks?|marked)\s+(?:the|its|their|his|her|(?:the\s+)?[\w-]+['’]s)\s+"
    r"(?:second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_RANK_STATE = re.compile(
    r"\b(?:was|were|is|are|ranked|stood|sat|placed|rated)\s+(?:only\s+|just\s+)?\d+(?:st|nd|rd|th)\b"
    r"[^,;.]{0,40}?\b(?:in|as\s+recently\s+as|as\s+late\s+as|back\s+in)\s+$",
    re.IGNORECASE,
)
_SUPERLATIVE_STATE = re.compile(
    r"\b(?:was|were|is|are|became|remained)\s+(?:its|their|the|his|her|our)\s+"
    r"(?:best[-\s]selling|most\s+[a-z]+|biggest|largest|busiest|highest|lowest|[a-z]{3,}est)\s+"
    r"[^,;.]{0,30}?\b(?:in|during|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PREVIOUS_RECORD = re.compile(
    r"\b(?:previous|old|last|former|earlier)\s+(?:high|record|best|peak|low|mark)\s+"
    r"(?:of\s+[^,;]{1,30}?\s+)?(?:(?:set|reached|recorded|established|achieved)\s+)?"
    r"(?:in|on|during|back\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A role held in a year, told in apposition ("Surrey, champions in 2022, 2023 and 2024,").
_ROLE_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|former\s+|defending\s+|reigning\s+|[a-z]+-time\s+)?(?:[a-z-]+\s+)?"
    r"(?:champions?|winners?|runners?-up|finalists?|semi-finalists?|holders?|title-holders?"
    r"|hosts?|medall?ists?)\s+(?:in|of)\s+(?:\d{4},?\s+(?:and\s+)?)*$",
    re.IGNORECASE,
)
_DAYS_COUNTED = re.compile(
    r"\b(?:only\s+|just\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|a\s+few)\s+(?:[a-z]+\s+)?days\s+(?:in|of|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DAYS_SAW = re.compile(r"\s+(?:saw|had|brought|were|recorded|reached)\b", re.IGNORECASE)
_THERE_WERE = re.compile(
    r"\W*there\s+(?:were|are|was|is|had\s+been|have\s+been)\s+(?:about\s+|around\s+|some\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+|just\s+|only\s+)?\d[\d,.]*\s",
    re.IGNORECASE,
)
_FIGURE_SUBJECT = re.compile(
    r"\W*(?:[A-Za-z'’-]+\s+){1,4}(?:in|of|for|during|at)\s+(?:the\s+|last\s+|this\s+)?"
)
# "Sales in the first quarter were up 4.2%", "Revenue in March rose 4%": a period's figure.
_FIGURE_NOUN_IN = re.compile(
    r"\W*(?:(?:its|the|their|our|his|her|[A-Z][\w'’&-]*(?:['’]s)?)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?i:sales|revenue|revenues|profits?|earnings|income|turnover|output|exports|imports"
    r"|inflation|unemployment|prices|costs|volumes|deposits|spending|growth|margins?)\s+"
    r"(?:in|for|during)\s+(?:the\s+)?"
)
_FIGURE_VERB_AFTER = re.compile(
    r"\s+(?:was|were|rose|fell|grew|jumped|climbed|dropped|slipped|increased|decreased|declined"
    r"|surged|slumped|edged\s+(?:up|down)|came\s+in|totalled|totaled|reached)\s+"
    r"(?:up\s+|down\s+|by\s+|at\s+|to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+"
    r"|more\s+than\s+|just\s+)?[$£€]?\d",
    re.IGNORECASE,
)
_WAS_SHARE = re.compile(
    r"[^,;.!?]{0,40}?\s(?:was|were|stood\s+at)\s+(?:about\s+|around\s+|just\s+|only\s+"
    r"|nearly\s+|almost\s+)?\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_LEVEL_AT = re.compile(
    r"\b(?:stood|stands|was|were|is|are|remained|hovered|sat)\s+at\s+[$£€]?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|million|billion|bn|m)?\s+(?:in|on|at)?\s*(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
# How long something lasts ("enough cash to last into 2027", "the quarter, which runs
# through December"): an extent, not a happening.
# A year's volume of countable things ("handled 4.1 million containers in 2025",
# "carried 14 million passengers last year"): a statistic, not a happening.
_VOLUME_IN = re.compile(
    r"\b(?:handled|carried|sold|shipped|served|welcomed|attracted|received|processed|exported"
    r"|imported|produced|transported|flew|drew|saw|had|logged|registered|counted|built|made"
    r"|assembled|delivered|scored|recorded|took\s+in|rescued|treated|admitted|used|visited"
    r"|borrowed|attended)\s+(?:only\s+|just\s+"
    r"|about\s+|around\s+|some\s+|nearly\s+|almost\s+"
    r"|more\s+than\s+|over\s+|a\s+record\s+|a\s+combined\s+|a\s+total\s+of\s+)?\d[\d.,]*\s*"
    r"(?:million|billion|thousand|m|bn)?\s+"
    r"(?:(?!(?:pounds|euros|dollars|francs|yen|shares|percent|per)\b)(?:[a-z-]+\s+){0,2}?[a-z]+s"
    r"|of\s+(?:them|these|those))\s+(?:(?:in|during|over|for)\s+(?:the\s+(?:year\s+to\s+)?)?)?$",
    re.IGNORECASE,
)
_ABOUT = (
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|fewer\s+than|only|just)\s+)?"
)
_COUNT = (
    _ABOUT + r"\d[\d.,]*(?:\s*(?:million|billion|thousand|m|bn))?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:[a-z]+s|people|children|men|women|staff)\b"
)
_VOLUME_VERB = (
    r"(?:handled|carried|sold|shipped|served|welcomed|attracted|received|processed|treated"
    r"|admitted|used|visited|claimed|applied\s+for|attended|bought|sought|took|made|saw|had"
    r"|recorded|registered|logged|produced|delivered|exported|imported|flew|drew|reported"
    r"|issued|filed|built)"
)
# A period told first, then its volume ("Last year about 1.2 million households received
# help", "Last winter hospitals treated 23,000 patients"): a statistic, no happening.
_FRONTED_VOLUME = re.compile(
    rf",?\s+(?:{_COUNT}\s+(?:were\s+|had\s+)?{_VOLUME_VERB}\b"
    rf"|(?:[A-Za-z-]+\s+){{1,3}}?{_VOLUME_VERB}\s+{_COUNT})"
)
_HEADCOUNT = re.compile(
    r"\b(?:employs|employed|had|has|have)\s+" + _ABOUT + r"\d[\d.,]*\s+(?:[a-z-]+\s+)?"
    r"(?:people|staff|workers|employees|members|pupils|students|beds)\s+"
    r"(?:(?:in|at|by|during)\s+)?(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?$",
    re.IGNORECASE,
)
_MEASURED_IN = re.compile(
    r"\b(?:rainfall|rain|snowfall|temperatures?|sunshine|turnout|attendance|inflation"
    r"|unemployment|output|growth|demand|traffic|ridership|emissions|footfall)\s+"
    r"(?:in|during|for|over)\s+(?:the\s+)?(?:[A-Z][a-z]+,?\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
_MEASURE_VERB = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?[A-Z][a-z]+)*\s+(?:was|were|is|are|stood|totalled|totaled|averaged"
    r"|came\s+in)\b"
)
_BALANCE = re.compile(
    r"\b(?:posted|reported|made|recorded|booked|ran|had|suffered)\s+(?:an?\s+)?(?:[a-z-]+\s+)?"
    r"(?:deficit|surplus|loss|profit|shortfall|overspend|underspend)\s+of\s+"
    + _ABOUT
    + _FIGURE
    + r"\s+(?:(?:in|for|during)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_PRICED = re.compile(
    r"\b(?:cost|costs|costed|was\s+priced\s+at|were\s+priced\s+at)\s+"
    + _ABOUT
    + _FIGURE
    + r"\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "A flat rents for about £4,500 for the month of August": a rent, no happening.
_RENTS_FOR = re.compile(
    r"\brent(?:s|ed)?\s+(?:out\s+)?(?:for|at)\s+"
    + _ABOUT
    + _FIGURE
    + r"[^,;.!?]{0,30}?\s+(?:in|for|during|of|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What something does to a period's figure ("would cut its profits by about £90 million in
# 2028", "added 0.3 points to growth in the quarter"): an estimate, no happening.
_FIGURE_IMPACT = re.compile(
    r"\b[a-z]+\s+(?:its|their|the|his|her|our)\s+(?:[a-z-]+\s+){0,2}?(?:profits?|earnings"
    r"|revenues?|sales|income|costs?|output|growth|GDP|turnover|margins?|bills?|spending)\s+"
    r"by\s+" + _ABOUT + _FIGURE + r"\s+(?:(?:in|for|during|over)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# A share of a whole over a period ("supplied 17% of Britain's electricity last year").
_SHARE_OF = re.compile(
    r"\b(?:supplied|provided|accounted\s+for|made\s+up|generated|produced|represented|covered"
    r"|met)\s+" + _ABOUT + r"\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\s+[^,;.]{0,50}?"
    r"\s+(?:(?:in|during|over)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_OR_SPAN_VALUE = re.compile(r"\d{4}(?:-[QH]\d)?$")
_ARTICLE_END = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")
_DECADE_AGO = re.compile(r"\bdecades?\b", re.IGNORECASE)
_DECADE_OR_CENTURY = re.compile(r"\d{2,3}")
_LASTS_INTO = re.compile(
    r"\b(?:last|lasts|run|runs)\s+(?:into|through)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE
)
# A plan given up or moved: "which had been due to begin on Aug. 19", "originally
# scheduled for March".
_FORMER_PLAN = re.compile(
    r"(?:\b(?:had\s+been|originally|initially|previously|first)\s+(?:been\s+)?(?:due|scheduled"
    r"|planned|expected|set|slated)|\b(?:was|were)\s+(?:supposed\s+|meant\s+)?to\s+[a-z]+)\b"
    r"(?:(?!\bbut\b)(?:[^,;:.!?]|(?<=\d)[.,](?=\d)))*$",
    re.IGNORECASE,
)
# "Then it was the fall of 2024.", "Then last summer.": a sentence that only adds a date
# to the one before it.
_ELLIPSIS_HEAD = re.compile(
    r"\W*(?:Then|And|Or|Now)\s+(?:it\s+was\s+)?(?:(?:in|on|by|to|until)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_ELLIPSIS_TAIL = re.compile(r"[\s.!…]*")


def _former_plan_went_on(text: str, spans: Sequence[Span], k: int, timex: Timex) -> bool:
    """Whether the date is a sentence that only adds a date to a former plan told in the
    sentences before it ("The line was supposed to open in 2022. Then it was the fall of
    2024. Then last summer.")."""
    sentence = spans[k]
    if not _ELLIPSIS_HEAD.fullmatch(text, sentence.start, timex.start):
        return False
    if not _ELLIPSIS_TAIL.fullmatch(text, timex.end, sentence.end):
        return False
    while k > 0:
        k -= 1
        prev = spans[k]
        if _FORMER_PLAN.search(text, prev.start, prev.end - 1):
            return True
        if not _ELLIPSIS_HEAD.match(text, prev.start):
            return False
    return False


_QUESTION_END = re.compile(r"\?[\"”’']?\s*$")
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_HOLIDAY_BESIDE = re.compile(r"\s*[:,—–-]?\s*(?:(?:on|is|was)\s+)?")
_DEICTIC_DAYS = frozenset(("today", "tomorrow", "yesterday", "tonight"))
_APPOSITION_GAP = re.compile(r"[\s,]*(?:(?:today|now|tonight)[\s,]*)?(?:on|in|at)?\s*")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_DETERMINER_END_LAST = frozenset("the a an its their his her this that".split())
_RANGE_START = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&|to|-|–)\s+$")
_EMBED_LINE = re.compile(r"[ \t]*[—–-]+\s*(?P<who>[^(\n]{1,60}?)\s*\(@\w+\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
# Inline patterns of the per-date checks, compiled once (not looked up per call).
_NAMES_DAY = re.compile(
    r"(?:day|yesterday|tomorrow)\b|\b(?:that|last|the\s+same|the\s+following|the\s+next)\s+"
    r"(?:morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
_QUARTER_VALUE = re.compile(r"-[QH]\d$")
_YEAR_OR_DEICTIC = re.compile(r"\d{4}|\b(?:next|this|coming)\b", re.IGNORECASE)
_ED_WORD = re.compile(r"\b[a-z]{3,}ed\b")
_DIGIT = re.compile(r"\d")
# Words that every match of a pattern holds, for may_hold (tests/test_parse_prefilters.py).
_COMPARISON_WORDS = (
    *"up down higher lower more less fewer rose fell increased decreased".split(),
    *"compared from against versus vs".split(),
)
_THAN_WORDS = ("than", "as")
_GOING_BACK_WORDS = ("back",)
_BOUGHT_BEFORE_WORDS = ("before", "after", "prior", "since")
_THING_FROM_WORDS = ("from", "dated")
_SETTING_WORDS = ("set",)
_SHARE_MOVE_WORDS = ("share", "stock", "index", "s&p", "dow", "nasdaq", "ftse", "nikkei", "dax")
_HABITUAL_WORDS = ("year", "annually", "usually", "typically")
_COUNTED_WORDS = ("hundreds", "thousands", "millions")
_MEASURED_WORDS = (
    *"rain snowfall temperature sunshine turnout attendance inflation unemployment".split(),
    *"output growth demand traffic ridership emissions footfall".split(),
)
_LASTS_INTO_WORDS = ("into", "through")
_RECORD_SINCE_WORDS = ("record",)
_SUPERLATIVE_WORDS = ("est", "worst", "most")  # "most" for _RECORD_IN
_COUNTERFACTUAL_WORDS = ("have", "almost", "nearly")
_CHANCE_WORDS = ("chance", "odds", "probability", "likelihood")
_NUMBER_WORDS = (
    *"two three four five six seven eight nine ten eleven twelve dozens scores".split(),
    *"hundreds thousands".split(),
)  # and a digit
_SO_FAR_WORDS = ("far", "date")
_WAS_DUE_WORDS = ("due", "scheduled", "expected", "set", "planned")
_MOVE_WORDS = (
    *"rose fell grew jumped climbed dropped slipped slid gained lost increased decreased".split(),
    *"reached totalled totaled amounted hit declined surged slumped soared tumbled risen".split(),
    *"fallen grown by".split(),
)
_RECURRING_WORDS = (
    "each",
    "every",
    "once",
    "twice",
    "times",
    "daily",
    "weekly",
    "monthly",
    "nightly",
)
_STAMP_WORDS = ("Updated", "Published", "Posted", "Modified")  # as written: case-sensitive
_NO_COMMENT_WORDS = ("reached", "comment")
_REPORTED_AT_WORDS = (
    *"call briefing conference interview statement podcast post broadcast webcast".split(),
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_LONG_WORD = re.compile(r"\b[a-z]{4,}\b")
_PAST_MARK = re.compile(r"\b(?:last|ago|earlier)\b")
_STOPWORDS = frozenset(
    """that this with from have were been will would their there they them then than what
    when which while said says also about after before into over more most some such only
    other could should being those these here where your ours just like very year years
    month week today said told""".split()
)


@dataclasses.dataclass(slots=True)
class _Candidate:
    start: Timex
    end: Timex | None
    sentence: Span
    value: str
    end_value: str | None
    why: str
    confidence: float
    span_start: int
    span_end: int
    quoted: bool
    stamp: bool = False  # a live-blog time stamp opening its line ("9:15 a.m. —")
    title: str | None = None  # a title found with the date ("three days after ...")
    heading: bool = False  # a date line heading the update below it ("Thursday, 9:50 p.m.")


def _calendar_value(timex: Timex) -> str | None:
    """The timex's value if it names calendar days, else None (durations, X-placeholders)."""
    if timex.type not in ("DATE", "TIME"):
        return None
    if (midnight := _END_OF_DAY.fullmatch(timex.value)) is not None:
        return midnight[1]  # "until midnight on Thursday": the end of that day
    part = _PART_OF_DAY.fullmatch(timex.value)
    if part and _NAMES_DAY.search(timex.text):
        # "tomorrow night" (2023-11-21TNI) names its day; a bare "overnight" only
        # sets the time of a happening dated elsewhere.
        return part[1]
    return timex.value if _is_resolved(timex.value) else None


def _why(timex: Timex) -> str:
    return timex.why or f"“{timex.text}” is stated in the text"


def _determiner_end(text: str, lo: int, hi: int) -> bool:
    """``_DETERMINER_END.search(text, lo, hi)``, with the last word looked at first."""
    return may_end_with(text, lo, hi, _DETERMINER_END_LAST) and bool(
        _DETERMINER_END.search(text, lo, hi)
    )


_SEGMENT_BREAK = re.compile(r"[,;()—–]")
_OPENING_IN = re.compile(r"\W*(?:(?:in|during)\s+)?(?:the\s+)?", re.IGNORECASE)


def _habit_around(text: str, timex: Timex, value: str, sentence: Span) -> bool:
    """A habit told in the comma-delimited part of a sentence that holds a coarse date
    with no year ("In the summer, he carries up to 200 people a day", "Heritage steam
    trips, which usually run from June to October, ...")."""
    if _YEAR_IN.search(timex.text) or _DAY_VALUE.match(value) or "T" in value:
        return False
    clause = clause_around(text, sentence, timex.start, timex.end)
    cut = _last_match(_SEGMENT_BREAK, text, sentence.start, timex.start)
    seg_start = cut.end() if cut is not None else sentence.start
    after = _SEGMENT_BREAK.search(text, timex.end, sentence.end)
    seg_end = after.start() if after is not None else sentence.end
    if _OPENING_IN.fullmatch(text, seg_start, timex.start):
        seg_end = max(seg_end, clause.end)  # "In winter, he sometimes waits ..."
    words = text[seg_start:seg_end]
    if not _HABIT_WORD.search(words) or _PLAN_TO.search(text, seg_start, timex.start):
        return False
    return not (_past_verb(words) or _FUTURE_CLAUSE.search(words) or _MODAL_BEFORE.search(words))


def _statistic_or_speculation(text: str, timex: Timex, value: str, sentence: Span) -> bool:
    """A figure read off on a date, or a coarse date in a clause that only speculates."""
    clause = clause_around(text, sentence, timex.start, timex.end)
    before = text[clause.start : timex.start]
    # Few windows before a date hold a digit, and every pattern guarded by ``figure`` needs
    # one (tests/test_parse_prefilters.py): one search rules them all out.
    figure = _DIGIT.search(text, min(sentence.start, clause.start), timex.start) is not None
    day = _DAY_VALUE.match(value) is not None
    # Every window below, lower-cased once for the words its patterns need.
    low = lowered(text, min(sentence.start, clause.start), timex.start)
    if figure and (
        _STATE_COUNT.search(before) or _WITH_FIGURE.search(text, clause.start, timex.start)
    ):
        return True
    if (
        not day
        and figure
        and _COUNT_SUBJECT.search(text, max(clause.start, timex.start - 120), timex.start)
    ):
        return True  # "More than 40,000 people used the library in 2023": a year's count
    if not day and _LEVEL_OUTLOOK.search(text, max(sentence.start, timex.start - 60), timex.start):
        return True  # "hoped numbers would be higher by the end of 2026": a level hoped for
    if not day and _ON_N_DAYS.match(text, timex.end, clause.end):
        return True  # "Last winter it managed to open on only 11 days": a count of days
    if figure and _AVERAGE_OF.search(text, max(clause.start, timex.start - 120), timex.start):
        return True  # "An average of 2,100 patients a day were in hospital last week"
    if not day and figure and _WORTH.search(before):
        return True  # "Trade was worth £9.8bn last year"
    if not day and _MOST_OF_BEFORE.search(before):
        return True  # "I taught maths through most of the 2020s": a span lived through
    if (figure and _AGE_TURNS.search(before)) or _HEDGE.match(text, sentence.start, timex.start):
        return True  # "Baudin, who turns 70 in August, ...": an age; "Maybe in 2027."
    if (
        may_hold(low, _SHARE_MOVE_WORDS)
        and _SHARE_MOVE.search(text, max(sentence.start, timex.start - 140), timex.start)
        and not _DEBUT.search(text, sentence.start, sentence.end)
    ):
        return True  # "Arvika shares fell 3.2% on Thursday": the market's reaction
    if (
        may_hold(low, _HABITUAL_WORDS)
        and _HABITUAL.search(text, sentence.start, timex.start)
        and not _YEAR_IN.search(timex.text)
    ):
        words = text[clause.start : clause.end]
        if not (
            day or _past_verb(words) or _FUTURE_CLAUSE.search(words) or _MODAL_BEFORE.search(words)
        ):
            return True  # "1,700 home fires a year, and most occur between December and February"
    if _habit_around(text, timex, value, sentence):
        return True  # "In winter, he sometimes waits hours", "trips, which usually run from June"
    if timex.text.lower() in _REPORTING_PERIODS and _FIGURE_WORD.search(
        text, clause.start, clause.end
    ):
        return True  # "the deal added about two points to growth in the quarter"
    if timex.text.lower().startswith("this ") and _NTH_TIME.search(before):
        return True  # "cut its forecast for the second time this year": a tally
    if _UNLIKELY.search(before):
        return True  # "Many are unlikely to return before the spring": what will not happen
    if (
        ((figure or may_hold(low, _NUMBER_WORDS)) and _COUNTED_STATE.search(before))
        or (figure and _SHARE_HELD.search(before))
        or ((figure or may_hold(low, _COUNTED_WORDS)) and _COUNTED_PARTICIPLE.search(before))
    ):
        return True  # "Eleven vessels were waiting at anchor on Monday night": a count
    if (
        not day
        and (
            (figure and _FIGURE_CHANGE.search(before))
            or (may_hold(low, _MOVE_WORDS) and _period_move(before, value))
        )
        and not _TURN_AFTER.match(text, timex.end)
    ):
        return True  # "Revenue rose 61% to $212 million last year": a period's figure
    if not day and (
        (may_hold(low, _SO_FAR_WORDS) and _SO_FAR_BEFORE.search(before))
        or (
            figure
            and (
                _OUTLOOK_FIGURE.search(before)
                or _FIGURE_FOR.search(before)
                or _RATE_BY.search(before)
                or _TOTAL_DURATION.search(before)
            )
        )
    ):
        return True  # "gained 18% so far this year", "expects income of $27.5 billion for 2026"
    if (
        figure
        and _YEAR_OR_SPAN_VALUE.match(value)
        and _VOLUME_IN.search(text, clause.start, timex.start)
    ):
        return True  # "Brannock handled 4.1 million containers in 2025": a year's volume
    if (
        not day
        and _OPENING_IN.fullmatch(text, sentence.start, timex.start)
        and _FRONTED_VOLUME.match(text, timex.end, sentence.end)
    ):
        return True  # "Last winter hospitals treated 23,000 patients": a period's volume
    if figure and _HEADCOUNT.search(before):
        return True  # "Brightway employed 14,500 people at the end of last year": a size
    if (
        may_hold(low, _MEASURED_WORDS)
        and _MEASURED_IN.search(text, max(sentence.start, timex.start - 60), timex.start)
        and _MEASURE_VERB.match(text, timex.end, sentence.end)
    ):
        return True  # "Rainfall in June was less than half the average": a measurement
    if not day and figure and _BALANCE.search(before):
        return True  # "The university, which posted a deficit of £14 million last year"
    if figure and (_PRICED.search(before) or _RENTS_FOR.search(before)):
        return True  # "a basket that cost £41 in February 2026": a price, no happening
    if not day and figure and _FIGURE_IMPACT.search(before):
        return True  # "the delay would cut its profits by about £90 million in 2028"
    if not day and figure and _SHARE_OF.search(before):
        return True  # "Offshore wind supplied 17% of Britain's electricity last year"
    if may_hold(low, _LASTS_INTO_WORDS) and _LASTS_INTO.search(
        text, max(sentence.start, timex.start - 30), timex.start
    ):
        return True
    lo = max(sentence.start, timex.start - 60)
    if (may_hold(low, _RECORD_SINCE_WORDS) and _RECORD_SINCE.search(text, lo, timex.start)) or (
        figure and _LEVEL_AT.search(text, lo, timex.start)
    ):
        return True
    if _RECORDS_BEGAN.search(text, lo, timex.start):
        return True  # "than in any month since records began in 2010": the records' start
    if not _DAY_VALUE.match(value) and (_AVERAGED.search(before) or _RAIN_FELL.search(before)):
        return True  # "response times averaged 47 minutes in December", "61mm of rain fell"
    if not day and may_hold(low, _CHANCE_WORDS) and _CHANCE_OF.search(before):
        return True  # "Markets price only a one-in-three chance of a move before March"
    if _QUARTER_VALUE.search(value) and _FOR_PERIOD.fullmatch(text, sentence.start, timex.start):
        return True  # "For the fiscal second quarter, the company forecast ...": a period
    if (
        may_hold(low, _COUNTERFACTUAL_WORDS)
        and _COUNTERFACTUAL.search(before)
        and not _determiner_end(text, clause.start, timex.start)
    ):
        return True  # "Marisol would have turned 30 next month", "should have entered service"
    if (
        timex.text.lower().startswith("this ")
        and not day
        and _ORDINAL_TALLY.search(text, clause.start, timex.start)
    ):
        return True  # "It was the second delay this week": a tally, not a happening
    if figure and _RANK_STATE.search(text, lo, timex.start):
        return True  # "The university was ranked 134th as recently as 2020": a standing
    if _SUPERLATIVE_STATE.search(text, lo, timex.start):
        return True  # "The AirCrisp 5L was its best-selling product in 2030": a standing
    if _PREVIOUS_RECORD.search(text, lo, timex.start):
        return True  # "beating the previous high set in 2019": the record beaten
    if not _DAY_VALUE.match(value) and _THERE_WERE.match(text, sentence.start, timex.start):
        return True  # "There were 42 societies at the end of last year": a count
    if (
        not _DAY_VALUE.match(value)
        and _FIGURE_SUBJECT.fullmatch(text, sentence.start, timex.start)
        and _WAS_SHARE.match(text, timex.end, sentence.end)
    ):
        return True  # "Turnout in the 2029 governor's race was 54%": a figure
    if (
        not day
        and _FIGURE_NOUN_IN.fullmatch(text, sentence.start, timex.start)
        and _FIGURE_VERB_AFTER.match(text, timex.end, sentence.end)
    ):
        return True  # "Sales in the first quarter were up 4.2%": a period's figure
    if _ROLE_APPOSITION.search(text, lo, timex.start):
        return True  # "Surrey, champions in 2022, 2023 and 2024, were without ...": a role
    if not _DAY_VALUE.match(value) and (
        _DAYS_COUNTED.search(text, max(sentence.start, timex.start - 30), timex.start)
        and _DAYS_SAW.match(text, timex.end, sentence.end)
    ):
        return True  # "Only four days in August saw rain": a count of days
    if may_hold(low, _SUPERLATIVE_WORDS) and (
        (
            _RECORD_OF.search(text, lo, timex.start)
            and (_SO_FAR.match(text, timex.end) or timex.text.lower() in _PERIOD_WORDS)
        )
        or (timex.text.lower() in _PERIOD_WORDS and _RECORD_IN.search(text, lo, timex.start))
    ):
        return True  # "the highest of the year so far": a record's period, not a happening
    # "If members vote for action, the first walkout could take place in December": a
    # plan with its condition stays.
    return (
        not day
        and timex.anchor != "absolute"
        and _SPECULATION.search(before) is not None
        and _CONDITION.search(text, sentence.start, sentence.end) is None
    )


def _is_reference(text: str, timex: Timex, sentence: Span) -> bool:
    """A date used only to name something else, or the start of a trend."""
    after = text[timex.end : timex.end + 12]
    if _POSSESSIVE.match(after):
        # "Sunday's protests drew 30,000", "Tuesday's vote clears the way": a day's
        # happening named by its day is an event; "Wednesday's closing price" is not.
        return not (_DAY_VALUE.match(timex.value) and _EVENT_NOUN.match(text, timex.end))
    if timex.anchor == "narrative" and _SCHEDULE_OFFSET.match(text, timex.end):
        return True  # "for 24 November, a year ahead of schedule"
    lo = max(sentence.start, timex.start - 40)
    if may_end_with(text, lo, timex.start, _PERIOD_OF_LAST) and _PERIOD_OF.search(
        text, lo, timex.start
    ):
        return True  # "Results for the first quarter are due on 16 April"
    if _QUARTER_VALUE.search(timex.value) and ("-" in timex.text or _REFERENCE_NOUN.match(after)):
        return True  # "fourth-quarter results"
    if _REFERENCE_NOUN.match(after) and _FISCAL_BEFORE.search(
        text, max(sentence.start, timex.start - 20), timex.start
    ):
        return True  # "full-year 2026 results", "fiscal 2025 earnings"
    if _REPORT_AFTER.match(after_long := text[timex.end : timex.end + 40]) and (
        _determiner_end(text, max(sentence.start, timex.start - 12), timex.start)
    ):
        return True  # "its February jobs report": the report's date is the event
    del after_long
    if _BASELINE_NOUN.match(text, timex.end) and _BASELINE_BEFORE.search(
        text, max(sentence.start, timex.start - 30), timex.start
    ):
        return True  # "on track to beat the 2020 record", "back to 2019 levels": a yardstick
    # The widest window below, lower-cased once for the words its patterns need.
    low = lowered(text, max(sentence.start, timex.start - 80), timex.start)
    if may_hold(low, _COMPARISON_WORDS) and _COMPARISON.search(
        text, max(sentence.start, timex.start - 60), timex.start
    ):
        return True  # "up 23% from a year ago", "300 more than at the end of last year"
    if _UP_ON.search(text, max(sentence.start, timex.start - 30), timex.start):
        return True  # "41,000 hours last year, up 12% on 2031": the baseline
    if _NAMES_A_THING.fullmatch(timex.text) and _determiner_end(
        text, max(sentence.start, timex.start - 12), timex.start
    ):
        follower = _NEXT_WORD.match(text, timex.end, sentence.end)
        if follower is not None and follower[1] in _THING_NOUNS:
            return True  # "in the spring budget", "announce the July cap on 27 May"
    if _HOLIDAY.fullmatch(timex.text) and _HOLIDAY_THING.match(text, timex.end):
        return True  # "after the Christmas trading period", "before the Easter recess"
    if _NAMES_A_THING.fullmatch(timex.text) and _WEATHER_AFTER.match(text, timex.end):
        return True  # "take off in summer heat": a kind of weather
    if _PERIOD_FIGURES.search(
        text, max(sentence.start, timex.start - 30), timex.start
    ) and not _DAY_VALUE.match(timex.value):
        return True  # "present its budget for next year by September 15": what it is for
    if may_hold(low, _GOING_BACK_WORDS) and _GOING_BACK.search(text, lo, timex.start):
        return True  # "satellite records going back to 1979": how far back something reaches
    if may_hold(low, _BOUGHT_BEFORE_WORDS) and _BOUGHT_BEFORE.search(text, lo, timex.start):
        return True  # "Season tickets bought before Tuesday remain valid": a bound
    if _GREETING_OR_ECHO.search(
        text, max(sentence.start, timex.start - 20), timex.start
    ) and not _WHEN_FOLLOWS.match(text, timex.end):
        # "Happy Christmas", "a repeat of 2010": a wish, a byword (but "memories of 2019,
        # when the Commission blocked a merger" tells what happened then)
        return True
    if _PLEASE.match(text, sentence.start) or _PLEASE_INSIDE.search(
        text, sentence.start, timex.start
    ):
        return True  # "Please tell Anna before Christmas": an instruction to the reader
    if _THING_FOR.search(text, max(sentence.start, timex.start - 30), timex.start):
        return True  # "Secondary school places for September 2046": what they are for
    if _MOVED_AFTER.match(text, timex.end, sentence.end):
        return True  # "exams due to be held this week have been moved to next week"
    if (
        _ORDINAL_OF.search(text, max(sentence.start, timex.start - 40), timex.start)
        and timex.text.lower() in _PERIOD_WORDS
    ):
        return True  # "Our last event of the year is carols on 20 December": which event
    if _CLASS_BY_DATE.search(text, lo, timex.start):
        return True  # "SUVs built between 2021 and 2023": which ones, not when
    if may_hold(low, _THING_FROM_WORDS) and _THING_FROM.search(text, lo, timex.start):
        return True  # "anyone with dashcam footage from Tuesday": a thing named by its date
    if _SETTING_OPENS.match(text, sentence.start, timex.start) or (
        may_hold(low, _SETTING_WORDS)
        and _SETTING.search(text, max(sentence.start, timex.start - 80), timex.start)
    ):
        return True  # "Set in Kent in the summer of 1976, the book ...": a story's setting
    if (
        may_hold(low, _THAN_WORDS)
        and _THAN_BASELINE.search(text, max(sentence.start, timex.start - 70), timex.start)
        and not _WHEN_FOLLOWS.match(text, timex.end)
    ):
        return True  # "20% lighter than the phone it launched in 2023": a baseline
    before = text[max(sentence.start, timex.start - 20) : timex.start]
    # "has fallen since 2019" (but "since 2019, when a dispute ...")
    since = may_end_with(before, 0, len(before), _TREND_SINCE_LAST) and _TREND_SINCE.search(before)
    if since and _WHEN_PROPORTION.match(text, timex.end):
        return True  # "has improved since the summer, when fewer than two-thirds of trains ..."
    return bool(since) and not _WHEN_FOLLOWS.match(text, timex.end)


# Words after a weekday that leave it a day ("Sunday night", "on Monday at", "said
# Tuesday that", "Friday was"), and words before it that make it one ("on", "last").
_DAY_FOLLOWERS = frozenset(
    """morning afternoon evening night midday noon at in on to for with and or but the a an
    that this it he she they we i his her its their our as after before when while by from
    into until till through of was were is are will would had has have could may might
    should did does do not also then there who which where about more over against amid
    despite during under without""".split()
)
_DAY_MAKERS = frozenset(
    """on last this next since until till by from before after early late and or to through
    thru between of every each said says announced told reported confirmed""".split()
)
_EVENT_NOUNS = frozenset(
    """vote votes ballot referendum election elections final match game race protest
    protests march rally strike meeting talks summit hearing debate launch ceremony
    trading session deadline""".split()
)
_CENTURY_ADJECTIVE = re.compile(r"(?:st|nd|rd|th)-century\b", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_OFFSET_WORD = re.compile(r"\b(?:later|earlier|sooner)\b", re.IGNORECASE)
# A period ranked by what it held ("July is their busiest month", "July had been the
# toughest month we have seen"): a statistic or a judgement.
_RANKED_PERIOD = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:typically\s+|usually\s+|often\s+"
    r"|traditionally\s+|also\s+|already\s+)?[\"“]?(?:the|its|their|our|his|her)\s+"
    r"(?:(?:most\s+[a-z]+|[a-z]+est|best|worst)\s+)(?:[a-z-]+\s+)?(?:month|year|day|week|season"
    r"|quarter|summer|winter|spring|autumn|period|time)\b"
    r"|\s+(?:is|was|will\s+be)\s+(?:no|little|not\s+much)\s+different\b",
    re.IGNORECASE,
)
# A verdict on a period that is the subject ("The pandemic winter of 2020 was hard for
# everyone", "Last year was tough"): how it felt, no happening.
_PERIOD_VERDICT = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+|so\s+"
    r"|particularly\s+|incredibly\s+|extremely\s+|pretty\s+)?(?:hard|difficult|tough|tricky"
    r"|challenging|good|bad|great|terrible|awful|brutal|grim|bleak|miserable|strange|weird"
    r"|memorable|wonderful|successful|quiet|frustrating|exhausting)\b",
    re.IGNORECASE,
)
_SUBJECT_HEAD = re.compile(r"\W*(?:the\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"(?:[;:,!?\n\"“]|\bthat)\s*$", re.IGNORECASE)
_DAYS_IN = re.compile(
    r"\bon\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several)\s+(?:separate\s+|more\s+|further\s+)?(?:days|dates|occasions)\s+"
    r"(?:in|during|between|across)\s+(?:[A-Z][a-z]+,?\s+(?:and\s+|or\s+)?){0,3}$",
)
_DESCRIBED_PERIOD = re.compile(
    r"\b(?:a|an)\s+(?:(?:very|particularly|especially|exceptionally|[a-z]+ly)\s+)?(?:wet|dry|cold"
    r"|hot|warm|mild|cool|sunny|rainy|snowy|stormy|windy|busy|quiet|difficult|tough|bleak|grim"
    r"|good|bad|strong|weak|record|miserable|glorious)\s+$",
    re.IGNORECASE,
)
# What a speaker believed or was in the middle of at a time: a state, no happening.
_QUOTED_STATE = re.compile(
    r",?\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:still\s+|all\s+|really\s+)?(?:believed|thought|knew|felt"
    r"|hoped|assumed|feared|wanted|loved|hated|(?:was|were)\s+(?:still\s+|all\s+)?[a-z]{3,}ing)\b"
)
_CURRENT_PERIODS = frozenset(("this year", "this time", "this season", "this month", "this week"))
_FIRST_PERSON_NOW = re.compile(
    r",?\s+(?:I|we)\s+(?:really\s+|truly\s+|do\s+)?(?:mean|think|believe|know|feel|hope|want|are|am)\b"
)
# '"Today we were lucky," she said.': how the speaker feels about the day, no happening.
_FIRST_PERSON_FEELING = re.compile(
    r",?\s+(?:I|we)\s+(?:were|was|are|am|feel|felt|got)\s+(?:(?:very|so|really|incredibly"
    r"|extremely|just)\s+)?(?:lucky|fortunate|proud|happy|delighted|relieved|grateful|thankful"
    r"|sad|heartbroken|devastated|gutted|thrilled|pleased|disappointed|blessed)\b"
)
_WAS_DUE = re.compile(
    r"\b(?:was|were)\s+(?:originally\s+)?(?:due|scheduled|expected|set|planned)\s+to\s+[a-z]+\b"
    r"(?:\s+[\w'’-]+){0,5}\s+(?:in|on|by|for)?\s*$",
    re.IGNORECASE,
)
_LATER_END = re.compile(r"\blater$", re.IGNORECASE)
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)
# "Ferries are cancelled for the rest of the day" happens that day.
_PART_OF_TODAY = re.compile(r"\b(?:day|night|evening|afternoon|morning)\b", re.IGNORECASE)
_REST_OF = re.compile(r"(?:the\s+)?rest\s+of\b", re.IGNORECASE)
_REST_OF_BEFORE = re.compile(r"\b(?:the\s+)?rest\s+of\s+$", re.IGNORECASE)
_UP_UNTIL = re.compile(r"\bup\s+(?:until|till|to)\s+$", re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(
    r",?\s+or\s+(?:later|earlier|after|before|newer|older|since)\b|\s+onwards?\b",
    re.IGNORECASE,
)
_NOUN_MARKERS = frozenset("the a an his her their its our my your at for in".split())
_MATCH_HALF = re.compile(r"(?:the\s+)?(?:first|second)\s+half", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_NEXT_WORD = re.compile(r"[ \t]+[\"“”']?([A-Za-z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(?:^|[\s\"“”'(])([A-Za-z][\w'’-]*)?[\"“”']?[ \t]*$")


_PLURAL_PART = re.compile(r"\s+(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)
_NAMED_AS = re.compile(r"\b(?:called|dubbed|named|nicknamed|known\s+as)\s+[\"“']?[A-Z][a-z]+\s+$")


_EXCEPT_BEFORE = re.compile(
    r"\b(?:every\s+day|daily|each\s+day|every\s+night|nightly|all\s+week|seven\s+days)"
    r"\s+(?:except|but|apart\s+from|other\s+than)\s+(?:on\s+)?(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))?$"
)
# A thing named with the decade it comes from ("a brass lamp from the 1970s", "a double bill
# of musicals from the 1930s"), not something that happened then.
_THING_FROM_DECADE = re.compile(
    r"\b(?:a|an|the|of|some|its|his|her|their|\d+)\s+(?:[a-z-]+\s+){0,2}"
    r"(?!(?:there|here|it|them|him|her|us|me|back|out|away|on|up|down|home|work)\b)"
    r"[a-z]{3,}(?<!ed)\s+from\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$"
)
_EVERY_PERIOD = re.compile(
    r"\b(?:every|each)\s+(?:day|night|week|weekend|month|year|spring|summer|autumn|fall|winter"
    r"|morning|evening|season|Sunday|Saturday)\b|\bused\s+to\b"
    r"|\bthere\s+(?:were|was)\s+(?:some\s+)?(?:days|nights|weeks|months|years|times)\s+when\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[;:.!?]|,\s+(?:and|but)\b")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause after ``pos`` ends: at the next stop or ', and'."""
    stop = _CLAUSE_STOP.search(text, pos, limit)
    return stop.start() if stop is not None else limit


_BY_END = re.compile(r"\b[Bb]y\s+$")
_ALREADY_STATE = re.compile(
    r"\b(?:was|were|is|are|stood)\s+already\b|\balready\s+(?:was|were|stood)\b"
    r"|\b(?:was|were)\s+(?:slowly\s+|badly\s+)?[a-z]{3,}ing\b|\bno\s+longer\b"
)
_WEEKDAY_END = re.compile(rf"(?:{WEEKDAY_ALT})$", re.IGNORECASE)
_ON_DAYS_AFTER = re.compile(
    r"[^.;:!?]{0,30}?\bon\s+(?:weekdays|weekends|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b"
)
_EVERY_UNTIL = re.compile(
    r"\b(?:every|each)\s+(?:[A-Z][a-z]+day|day|week|weekend|month|morning|evening|night)s?"
    r"\s+(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$"
)
_OF_EVERY = re.compile(r"\s+(?:of\s+)?(?:every|each)\s+(?:month|week|year|quarter)\b", re.I)
# A relative clause on the speaker after "said": who speaks, not what happened.
_SPEAKER_ASIDE = re.compile(
    r"[,\"”]\s+(?:said|says|added|explained)\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]*,"
    r"\s+(?:who|whose)\s+[^,;:.!?\"“”()]*$"
)
# A baseline ("At the same point last year", "a similar rate to last year").
_SAME_POINT = re.compile(
    r"\b(?:at|by|in|during|over|for)\s+the\s+same\s+(?:point|time|stage|period|week|month"
    r"|quarter)\s+(?:of\s+|in\s+)?(?:the\s+)?$"
    r"|\b(?:similar|comparable)\s+(?:[a-z]+\s+)?(?:to|with)\s+(?:that\s+(?:of|in)\s+)?$"
    r"|\bin\s+line\s+with\s+$",
    re.IGNORECASE,
)
_HOLIDAY_OR_SEASON = re.compile(
    r"Christmas|Easter|Hanukkah|Diwali|Eid|Thanksgiving|Ramadan|New\s+Year"
    r"|(?:spring|summer|autumn|fall|winter)",
    re.IGNORECASE,
)
_A_KIND_OF = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+(?<!first)(?<!second)\s+$")
_INDEFINITE_END = re.compile(
    r"\b(?:a|any|one|an?\s+(?:single|typical|average|normal|ordinary|busy|quiet|given))\s+$",
    re.IGNORECASE,
)
_THERE_IS_NO = re.compile(
    r"\bthere\s+(?:is|are)\s+no\s+(?!(?:later|earlier|sooner)\b)"
    r"[^,;:.!?()—–]{0,60}$",
    re.IGNORECASE,
)
_GAME_QUARTER = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final)\s+quarter", re.I)
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|quarterback|tackle|rebounds?|three-pointers?|free\s+throws"
    r"|points|scored|scoring|overtime|injury|injured|led|trailed|interception|fumble|punt"
    r"|lead|score|game|match|innings|half-time|halftime)\b",
    re.IGNORECASE,
)


def _attributive_weekday(text: str, timex: Timex, sentence: Span) -> bool:
    """A weekday that names no day: "played at Sunday services", "the Sunday charge",
    "drop Friday classes", the album "Sunday Water"."""
    if not _WEEKDAY.fullmatch(timex.text):
        return False
    after = _NEXT_WORD.match(text, timex.end, sentence.end)
    if after is None:
        return False
    follower = after[1]
    low = follower.lower()
    if low in _DAY_FOLLOWERS or low in _EVENT_NOUNS or low.endswith("ed"):
        return False
    if _WEEKDAY.fullmatch(follower) or re.fullmatch(_MONTH_NAMES, low):
        return False
    before = _WORD_BEFORE.search(text, max(sentence.start, timex.start - 30), timex.start)
    prev = before[1] if before is not None and before[1] else ""
    quoted_name = follower[0].isupper() and text[timex.start - 1 : timex.start] in "\"“'"
    if follower[0].isupper() and not quoted_name:
        return False  # "on Monday Trump said", a title-case headline
    if prev[:1].isupper() or prev.lower() in _DAY_MAKERS:
        return False  # "Super Tuesday", "on Sunday", "last Friday"
    if quoted_name:
        return True
    if prev.lower() in _NOUN_MARKERS:
        return True  # "at Sunday services", "the Sunday charge", "in Sunday parking charges"
    if not prev or low.endswith(("ing", "ly")):
        return False  # "in a rally Saturday demanding", "the government Saturday strongly"
    # "drop Friday classes" (but "told customers Monday about the bugs")
    return low.endswith("s") and not low.endswith("ss")


def _present_today(text: str, timex: Timex, sentence: Span) -> bool:
    """A "today" meaning nowadays: its clause has neither a past nor a future verb."""
    lowered = timex.text.lower()
    before = text[max(sentence.start, timex.start - 12) : timex.start]
    if lowered in ("this week", "this month", "this year", "today", "tonight") and (
        _AGO_BEFORE.search(before)
    ):
        return True  # "thirty years ago today": the anniversary, not a new event
    if lowered not in ("today", "this morning"):
        return False  # "marks its 50th birthday tonight": a tonight is never "nowadays"
    stop = text.find(",", timex.end, sentence.end)
    # "The quarry was first worked in the 1890s and employs 85 people today": the
    # conjunct holding "today" decides.
    conjunct = _last_match(_CONJUNCT, text, sentence.start, timex.start)
    begin = conjunct.end() if conjunct is not None else sentence.start
    clause = text[begin : stop if stop >= 0 else sentence.end]
    return not _PAST_WORD.search(clause) and not _FUTURE_CLAUSE.search(clause)


_CONJUNCT = re.compile(r"\s+(?:and|but)\s+(?=[a-z]+s\b)")
_PAST_PHRASE = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|did|"
    + _verbs.PAST_ALTERNATION
    + "|"
    + _verbs.PARTICIPLE_ALTERNATION
    + r")\b(?![^,;]*\b(?:will"
    r"|would|could|may|might|shall|expected|scheduled|due|planned|set\s+to|going\s+to)\b)"
)
_MONTH_VALUE = re.compile(r"\d{4}-(?:\d{2}|SP|SU|FA|WI)$")
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
# "when she is sentenced on Jan. 22": a present passive looks ahead
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are|am|be|being|gets?)\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn|ne)\b", re.IGNORECASE
)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn)\b")
_BOUND_WORD_BEFORE = re.compile(
    r"\b(?:until|till|to|by|before|through|from|into|for)\s+$", re.IGNORECASE
)
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)|(?<!\d),")


def _shift_past(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """A weekday, month or season with no year that was resolved after the publication
    date although the phrase that dates it is in the past tense ("approved the plan on
    Tuesday", "the plan, drawn up in January, would ..."): the previous such day or period."""
    timex = cand.start
    if published is None or timex.anchor != "dct" or cand.end is not None:
        return
    if _YEAR_OR_DEICTIC.search(timex.text):
        return
    # "on Monday 5 November" names its day: only a bare weekday can be a week out
    weekday = (
        _DAY_VALUE.match(cand.value)
        and _WEEKDAY.search(timex.text)
        and not _DIGIT.search(timex.text)
    )
    # "reported it to police on March 14" (in January): a day of a month with no year
    month_day = (
        not _WEEKDAY.search(timex.text)  # "Monday 5 November" is of the year its weekday fits
        and _DAY_VALUE.match(cand.value) is not None
        and _DIGIT.search(timex.text) is not None
        and _MONTH_WORD.search(timex.text) is not None
    )
    if not (weekday or month_day or _MONTH_VALUE.match(cand.value)):
        return
    if weekday and _FOR_BEFORE.search(text, max(0, timex.start - 5), timex.start):
        return  # "new try set for Saturday": what it is set for lies ahead
    if month_day and (
        _BOUND_WORD_BEFORE.search(text, max(0, timex.start - 9), timex.start)
        or _PERFECT_BEFORE.search(text, cand.sentence.start, timex.start)
        or _PRESENT_PASSIVE.search(text, cand.sentence.start, timex.start)
        or _bounds(cand.value)[0] <= published + dt.timedelta(days=31)
    ):
        # "was adjourned until March 3": a bound, which may lie ahead; "is booked for a
        # launch on Nov. 18" (on Nov. 12): a day within the month ahead is that day; "has
        # confirmed an extra holiday on 5 November", "when she is sentenced on Jan. 22":
        # what is confirmed or done to someone may lie ahead
        return
    if _bounds(cand.value)[0] <= published:
        return
    # the last comma that is no thousands separator ("plans for 1,200 homes on Thursday")
    comma = _last_match(_CLAUSE_COMMA, text, cand.sentence.start, timex.start)
    segment_start = comma.end() if comma is not None else cand.sentence.start
    segment = text[segment_start : timex.start]
    if (that := _last_match(_THAT_WORD, segment, 0, len(segment))) is not None:
        # "The club has confirmed that the manager leaves in December": what was
        # confirmed has its own tense
        segment = segment[that.end() :]
    if not _past_verb(segment, _PAST_PHRASE) or _FUTURE_OR_HYPOTHETICAL.search(segment):
        return
    if _CHOSEN_FOR.search(segment):
        return  # "has been selected for the team at the world championship in July": ahead
    if _planned_start(text, cand):
        return  # "held a protest against a plan to cut services from December"
    if _MOVED_TO.search(segment):
        return  # "Theft trial pushed to September": a postponement's new date lies ahead
    if _present_tense(segment) and not _past_verb(segment, _ED_WORD):
        return
    if weekday:
        new = dt.date.fromisoformat(cand.value) - dt.timedelta(days=7)
        cand.value = new.isoformat()
        cand.why = f"{timex.text}: the {new:%A} before the publication date (past tense)"
    elif month_day:
        day = dt.date.fromisoformat(cand.value)
        if day.month == 2 and day.day == 29:
            return  # no such day the year before
        cand.value = day.replace(year=day.year - 1).isoformat()
        cand.why = f"{timex.text}: the last such day before the publication date (past tense)"
    else:
        year, period = cand.value.split("-", 1)
        cand.value = f"{int(year) - 1}-{period}"
        cand.why = f"{timex.text}: the last such period before the publication date (past tense)"
    cand.confidence -= 0.1


def _narrative_past(
    text: str, cand: _Candidate, found: list[_Candidate], published: dt.date | None
) -> None:
    """ "will be rehoused by the end of 2028 under a compensation deal agreed in January": a
    month the tagger gave the year of a future date before it in the sentence, told in the
    past tense after that date, is the last such month before the publication date."""
    timex = cand.start
    if published is None or timex.anchor != "narrative" or cand.end is not None:
        return
    if not _MONTH_VALUE.match(cand.value) or _YEAR_OR_DEICTIC.search(timex.text):
        return
    if _bounds(cand.value)[0] <= published or not found:
        return
    anchor = found[-1]
    if anchor.sentence != cand.sentence or _bounds(anchor.value)[0] <= published:
        return
    between = text[anchor.span_end : timex.start]
    if not _past_verb(between, _PAST_PHRASE) or _FUTURE_OR_HYPOTHETICAL.search(between):
        return
    period = cand.value[5:]
    year = published.year
    while _bounds(f"{year}-{period}")[0] > published:
        year -= 1
    cand.value = f"{year}-{period}"
    cand.why = f"{timex.text}: the last such period before the publication date (past tense)"
    cand.confidence = _CONFIDENCE["dct"] - 0.1


def _coordinate_ahead(
    text: str, cand: _Candidate, found: list[_Candidate], published: dt.date | None
) -> None:
    """ "goes on sale in the United States on July 8 and in Europe in September": a
    month or season with no year told after a date still to come in its sentence, with
    no past verb between them, is the next such period, not the last one."""
    timex = cand.start
    match = _COARSE_VALUE.match(cand.value)
    if published is None or match is None or cand.end is not None or not found:
        return
    if timex.anchor != "dct" or _YEAR_OR_DEICTIC.search(timex.text):
        return
    if _bounds(cand.value)[1] >= published or _PAST_MARK.search(timex.text.lower()):
        return
    anchor = found[-1]
    if anchor.sentence != cand.sentence or _bounds(anchor.value)[0] <= published:
        return
    between = text[anchor.span_end : timex.start]
    if _past_verb(between, _PAST_PHRASE) or _SEGMENT_BREAK.search(between):
        return
    if _DATA_PERIOD_BEFORE.search(between):
        return  # "Monday: factory surveys for February are published": the data's month
    year = published.year
    while _bounds(f"{year}-{match['p']}")[1] < published:
        year += 1
    cand.value = f"{year}-{match['p']}"
    cand.why = f"{timex.text}: the next such period, after a date still to come before it"
    cand.confidence -= 0.1


# A period that figures are "for" or "of": the period the data covers, not a plan's.
_DATA_PERIOD_BEFORE = re.compile(r"\s(?:for|of)\s+(?:the\s+month\s+of\s+)?$")

_MOVED_TO = re.compile(
    r"\b(?:pushed|moved|delayed|postponed|deferred|rescheduled|put)(?:\s+back|\s+off)?"
    r"\s+(?:until|till|to|into)\s+(?:early\s+|late\s+|mid-)?$",
    re.IGNORECASE,
)


def _moved_ahead(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """ "Theft trial pushed to September": a month with no year that a postponement moves
    something to lies ahead, though the clause is in the past tense."""
    timex = cand.start
    if published is None or timex.anchor != "dct" or cand.end is not None:
        return
    if not _MONTH_VALUE.match(cand.value) or _YEAR_OR_DEICTIC.search(timex.text):
        return
    if _bounds(cand.value)[1] >= published:
        return
    if not _MOVED_TO.search(text, max(cand.sentence.start, timex.start - 40), timex.start):
        return
    year, period = cand.value.split("-", 1)
    cand.value = f"{int(year) + 1}-{period}"
    cand.why = f"{timex.text}: the next such month after the publication date (a new date)"
    cand.confidence -= 0.1


_WHEN_CLAUSE = re.compile(
    r",?\s+when\s+(?!(?:it|they|he|she|we|I|you|there)\b)"
    r"(?P<clause>[A-Za-z](?:[^,;:.!?\n\"“”]|(?<=\d)[.,](?=\d)){10,140}?)(?=[,;:.!?\n](?!\d)|$)"
)
# "memories of 2019", not a part of a time ("the early hours of 11 April")
_OF_BEFORE = re.compile(
    r"\b(?!(?:hours?|morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter"
    r"|spring|autumn|fall|end|start|beginning|middle|part|half|quarter|first|last|rest)\b)"
    r"[a-z]+\s+of\s+$"
)


# "I first wrote about the line in 2014, when the council voted to build it": the writer's
# own doing is no news; the when-clause is.
_FIRST_PERSON = re.compile(r"I\s+(?:first\s+|last\s+)?[a-z]+")


_BOUND_BEFORE = re.compile(
    r"\b(?:before|after|until|since)\s+(?:the\s+(?:morning|afternoon|evening|night|day)\s+of\s+)?$",
    re.IGNORECASE,
)


def _when_title(text: str, d: _Draft) -> str | None:
    """ "The crisis began last Thursday, when the Farmers' Party quit the coalition": a
    title of fewer than three content words, or one whose date only completes a noun
    ("The case revives memories of 2019, when ..."), takes the when-clause after the
    date."""
    if d.cand.quoted:
        return None
    # Looked for first: few dates have a when-clause after them.
    match = _WHEN_CLAUSE.match(text, d.cand.span_end, d.cand.sentence.end)
    if match is None:
        return None
    first_person = _FIRST_PERSON.match(text, d.cand.sentence.start) is not None
    # "37 errors in the nine weeks before the afternoon of Aug. 9, 2027, when two trains
    # collided": a date that bounds a period is named by its when-clause.
    bound = _BOUND_BEFORE.search(
        text, max(d.cand.sentence.start, d.cand.span_start - 40), d.cand.span_start
    )
    if (
        len(_words(d.title)) >= 3
        and not first_person
        and bound is None
        and not _OF_BEFORE.search(
            text, max(d.cand.sentence.start, d.cand.span_start - 30), d.cand.span_start
        )
    ):
        return None
    title, _ = to_headline_tense(match["clause"].strip())
    title = cut_title(re.sub(r"^(?:the|an?)\s+(?=[a-z])", "", title, flags=re.IGNORECASE))
    return title[0].upper() + title[1:]


def _possessive_past(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """ "Sunday's first round ... will go to a run-off, officials said on Monday": a
    weekday naming a happening is not dated by the sentence's future verb; when the
    sentence also speaks in the past, it is the Sunday before the publication date."""
    timex = cand.start
    if published is None or timex.anchor != "dct" or not _WEEKDAY.fullmatch(timex.text):
        return
    if not (_POSSESSIVE.match(text, timex.end) and _DAY_VALUE.match(cand.value)):
        return
    day = dt.date.fromisoformat(cand.value)
    if day <= published or (day - published).days > 7:
        return
    if not _PAST_WORD.search(text, timex.end, cand.sentence.end):
        return
    new = day - dt.timedelta(days=7)
    cand.value = new.isoformat()
    cand.why = f"{timex.text}: the {new:%A} before the publication date (the sentence reports it)"
    cand.confidence -= 0.1


# Present-tense verbs of a timetable: "Pre-orders open on Thursday" looks ahead.
_SCHEDULE_PRESENT = re.compile(
    r"\b(?:opens?|starts?|begins?|closes?|launch(?:es)?|resumes?|returns?|reopens?"
    r"|kicks?\s+off|takes?\s+effect|goes\s+on\s+sale|go\s+on\s+sale|ends?|debuts?"
    r"|premieres?|arrives?|faces?|hosts?|plays?|covers?|travels?|visits?)\b(?:\s+[\w'’$-]+){0,6}\s+$",
    re.IGNORECASE,
)


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``."""
    matches = list(pattern.finditer(text, lo, hi))
    return matches[-1] if matches else None


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_HEADLINE_TO = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\b(?:\s+[\w'’-]+){0,4}\s+$")


def _headline_plan(text: str, timex: Timex, before: str) -> bool:
    """A headline's "Museum to reopen Saturday": a plan (the headline is followed by a body)."""
    end = _first_line_end(text)
    if not 0 <= timex.start < end or not text[end:].strip():
        return False
    match = _HEADLINE_TO.search(before)
    return match is not None and _verbs.is_known_base(match["verb"])


_AFTER_WORD = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
_WITH_PHRASE = re.compile(r"[\s,]*with\s+(?:a|an|the)\s+", re.IGNORECASE)
# A participle after a count or determiner describes a noun ("Two added concerts go on
# sale Friday", "the revised timetable starts Monday"): no past verb.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|new)"
    r"|\d)\s+$",
    re.IGNORECASE,
)


def _past_verb(before: str, pattern: re.Pattern[str] = _PAST_WORD) -> bool:
    """Whether ``before`` holds a past verb, participles used as adjectives left out."""
    return any(
        not (m[0].endswith("ed") and _ATTRIBUTIVE_BEFORE.search(before, 0, m.start()))
        for m in pattern.finditer(before)
    )


def _nearer_ahead(value: str, published: dt.date) -> bool:
    """Whether the same day and month after ``published`` is nearer to it than ``value``."""
    day = dt.date.fromisoformat(value)
    try:
        ahead = day.replace(year=published.year)
        if ahead < published:
            ahead = day.replace(year=published.year + 1)
    except ValueError:
        return False
    return (ahead - published) < (published - day)


def _shift_future(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """A weekday or day-month in a future-tense clause ("will be sentenced on March 10",
    "Pre-orders open on Thursday") that was resolved into the past: the next such day
    after the publication date. A day-month the tagger gave the year of another date
    in the sentence ("pleaded guilty in 2020 ..., will be sentenced on March 10") is
    re-anchored to the publication date too."""
    timex = cand.start
    if cand.end is not None or not _DAY_VALUE.match(cand.value):
        return
    if published is None or cand.value >= published.isoformat():
        return
    year_less = _DIGIT.search(timex.text) and not _FOUR_DIGITS.search(timex.text)
    if timex.anchor != "dct" and not (timex.anchor == "narrative" and year_less):
        return
    clause = clause_around(text, cand.sentence, timex.start, timex.end)
    before = text[clause.start : timex.start]
    if "ago" in timex.text.lower():
        return
    modal = (
        _WEEKDAY.search(timex.text)
        and _MODAL_BEFORE.search(before)
        and not _PAST_MODAL.search(before)  # "could not be reached for comment on Monday"
    )
    if not modal and _WEEKDAY.search(timex.text):
        # "The zoo said the cubs would be microchipped and vaccinated on Thursday": what
        # was said to come, across the "and" that cut the clause.
        modal = _SAID_WOULD.search(text, cand.sentence.start, timex.start) is not None
    elif not modal and year_less and _SAID_WOULD.search(text, cand.sentence.start, timex.start):
        # "She said on Tuesday that the court would decide at a hearing on 14 September":
        # the tagger bent the date back for "said"; what was said to come is the nearest
        # such day when that one lies ahead.
        modal = _nearer_ahead(cand.value, published)
    future = _last_match(_FUTURE_CLAUSE, before, 0, len(before))
    if future is None and not modal and _WITH_PHRASE.match(text, clause.start):
        # "would try again Saturday, with a backup window on Sunday night": the phrase
        # belongs to the clause before it
        head = text[cand.sentence.start : clause.start]
        modal = bool(_MODAL_BEFORE.search(head)) and not _PAST_MODAL.search(head)
        future = _last_match(_FUTURE_CLAUSE, head, 0, len(head))
    if future is not None and _AFTER_WORD.search(before, future.end()):
        return  # "will begin a second recount on Sunday after a first recount on Friday"
    # A headline's "Museum to reopen Saturday after renovation": a plan.
    headline_plan = _headline_plan(text, timex, before)
    # "have organized a vigil for Saturday evening": planned for a day to come
    planned_for = _WEEKDAY.match(timex.text) is not None and _FOR_BEFORE.search(
        text, max(0, timex.start - 5), timex.start
    )
    # "Coming up this week: inflation figures on Tuesday": a look-ahead lists what comes.
    ahead = _LOOK_AHEAD.match(text, cand.sentence.start) is not None and not _past_verb(
        text[cand.sentence.start : timex.start]
    )
    # "has agreed to give the first tour on June 14": what is promised lies ahead
    promised = bool(year_less) and _PROMISED_TO.search(before) is not None
    if not (future is not None or modal or headline_plan or planned_for or ahead or promised):
        schedule = _SCHEDULE_PRESENT.search(
            before, max(clause.start, timex.start - 80) - clause.start
        )
        if (
            schedule is None
            or _past_verb(before)
            or timex.start < _first_line_end(text)  # headlines speak of the past in the present
        ):
            return
    if reporting_date(text, cand.sentence, timex.start):
        return  # "... will not hit Earth, scientists said on Thursday"
    day = dt.date.fromisoformat(cand.value)
    if _WEEKDAY.search(timex.text):
        new = day + dt.timedelta(days=7)
        cand.why = f"{timex.text}: the {new:%A} after the publication date (future tense)"
    elif year_less:
        year = published.year
        try:
            new = day.replace(year=year)
            if new < published:
                new = day.replace(year=year + 1)
        except ValueError:
            return
        cand.why = f"{timex.text}: the next such date after the publication date (future tense)"
    else:
        return
    cand.value = new.isoformat()
    cand.confidence -= 0.1


_PROMISED_TO = re.compile(
    r"\b(?:(?:has|have)\s+(?:already\s+)?(?:agreed|promised|pledged|arranged|offered|volunteered"
    r"|decided|planned)|(?:agrees|promises|pledges|plans|intends|hopes|aims|wants))\s+to\s+"
    r"[a-z]+\b[^,;:]*$",
    re.IGNORECASE,
)
_COLON_AFTER = re.compile(r"\s*:")
# A statement dated through the occasion it was made on.
_REPORTED_AT = re.compile(
    r"\b(?:said|says|told|tells|speaking|spoke|added|wrote|explained)\b(?:\s+(?:to\s+)?[\w'’]+){0,2}"
    r"\s+(?:on|during|in|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:call|briefing|conference|interview|statement|podcast|post|broadcast|webcast)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# The end of a window already dated, told in a participle ("a warning ..., covering most of
# Gloucestershire until 11:00 this morning").
_WINDOW_END = re.compile(
    r",\s+(?:covering|lasting|running|valid|in\s+force|in\s+place|effective)\b[^,;.!?]{0,60}?"
    r"\s+(?:until|till|to)\s+$",
    re.IGNORECASE,
)
# A reader's message quoted in a live blog ("A reader, Jo, emails: ...").
_READER_SAYS = re.compile(
    r"\W*(?:a|one|another)\s+reader\b[^.:;]{0,40}?\b(?:emails?|writes?|wrote|tells?\s+us"
    r"|messages?|says)\b",
    re.IGNORECASE,
)
# "We spoke to her on Thursday": when the writer asked, no happening.
_WRITER_ASKED = re.compile(
    r"\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:[\w'’]+\s+){1,3}?(?:on\s+)?$",
    re.IGNORECASE,
)
_LOOK_AHEAD = re.compile(
    r"[\s*#>•-]*(?:coming\s+up|still\s+to\s+come|looking\s+ahead|the\s+week\s+ahead|next\s+up"
    r"|on\s+the\s+agenda|in\s+the\s+diary|what(?:['’]s|\s+is)\s+(?:next|ahead|coming))\b",
    re.IGNORECASE,
)
_SAID_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|told\s+[\w'’]+)\s+(?:that\s+)?[^,;:.!?\"“”]{0,60}?"
    r"\bwould\s+(?!have\b|not\s+have\b)[a-z]+\b[^,;:.!?\"“”]*$",
    re.IGNORECASE,
)
_WARNING_FROM = re.compile(
    r"\b(?:warnings?|alerts?|watch|advisory|advisories)\b[^.;!?]{0,80}?"
    r"\b(?:from|between|until|till|through|covering)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)


_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|just\s+)?[a-z]{3,}(?:ed|en|wn|ne|de|ght)\b")


def _moved(value: str, days: int) -> str:
    day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
    return f"{day.isoformat()}{value[10:]}"


def _warning_window(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """ "has issued an amber alert from 9am on Saturday until 6pm on Tuesday": a warning
    covers days to come, so a weekday of its window resolved into the past is the next
    such day (and the window's end, when it is a weekday before the new start, too)."""
    timex = cand.start
    if published is None or timex.anchor != "dct" or not _WEEKDAY.search(timex.text):
        return
    if not _DAY_VALUE.match(cand.value[:10]) or cand.value[:10] >= published.isoformat():
        return
    if (published - dt.date.fromisoformat(cand.value[:10])).days > 6:
        return
    if not _WARNING_FROM.search(text, cand.sentence.start, timex.start):
        return
    if _PLUPERFECT.search(text, cand.sentence.start, timex.start):
        return  # "The agency had lifted the alert from level 2 to level 3 on Monday"
    cand.value = _moved(cand.value, 7)
    if cand.end_value is not None and cand.end_value[:10] < cand.value[:10]:
        if not _DAY_VALUE.match(cand.end_value[:10]):
            return
        cand.end_value = _moved(cand.end_value, 7)
    cand.why = f"{timex.text}: the next such day, {cand.value[:10]} (a warning looks ahead)"
    cand.confidence -= 0.1


def _range_ahead(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """ "The exhibition runs from Saturday through Sept. 6": a range still to come whose
    first day is a weekday resolved into the past, in a clause with no past verb, starts
    on the next such day."""
    timex = cand.start
    if published is None or cand.end_value is None or timex.anchor != "dct":
        return
    if not (_WEEKDAY.fullmatch(timex.text.strip()) and _DAY_VALUE.match(cand.value)):
        return
    start = dt.date.fromisoformat(cand.value)
    if not 0 < (published - start).days <= 6 or _bounds(cand.end_value)[1] < published:
        return
    clause = clause_around(text, cand.sentence, timex.start, timex.end)
    if _PAST_WORD.search(text, clause.start, timex.start):
        return
    new = start + dt.timedelta(days=7)
    if new > _bounds(cand.end_value)[0]:
        return
    cand.value = new.isoformat()
    cand.why = f"{timex.text}: the {new:%A} after the publication date (a range still to come)"
    cand.confidence -= 0.1


_WEEK_OF = re.compile(r"\bweek\s+(?:of|beginning|starting|commencing)\s+$", re.IGNORECASE)
_WEEKS_AGO = re.compile(
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+weeks?\s+ago",
    re.IGNORECASE,
)
_THIS_WEEKDAY = re.compile(
    rf"(?P<rel>this|the\s+following|the\s+next)\s+(?P<day>{WEEKDAY_ALT})",
    re.IGNORECASE,
)


def _this_or_following_weekday(
    cand: _Candidate, found: list[_Candidate], published: dt.date | None
) -> None:
    """ "this Saturday" is the Saturday of the publication date's week; "the following
    Monday" is the first Monday after the day the sentence named before it (as that day
    now stands, after any tense shift)."""
    timex = cand.start
    match = _THIS_WEEKDAY.fullmatch(timex.text.strip())
    if match is None or cand.end is not None or not _DAY_VALUE.match(cand.value):
        return
    weekday = WEEKDAYS[match["day"].lower()]
    if match["rel"].lower() == "this":
        if published is None or timex.anchor != "dct":
            return
        new = published + dt.timedelta(days=weekday - published.weekday())
        why = f"{timex.text}: the {new:%A} of the publication date's week"
    else:
        base = found[-1] if found else None
        if base is None or base.sentence != cand.sentence or not _DAY_VALUE.match(base.value):
            return
        day = dt.date.fromisoformat(base.value)
        new = day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        why = f"{timex.text}: the first {new:%A} after {base.value}, the day named before it"
    if new.isoformat() != cand.value:
        cand.value = new.isoformat()
        cand.why = why


_WEEKDAY_START = re.compile(rf"(?:{WEEKDAY_ALT})\b", re.IGNORECASE)


def _weekday_range_end(cand: _Candidate) -> None:
    """ "from Saturday night until Monday morning": a weekday ending a range is the first
    such day after its start, not one resolved a week on."""
    end = cand.end
    if end is None or cand.end_value is None or end.anchor != "dct":
        return
    match = _WEEKDAY_START.match(end.text.strip())
    if match is None or not _DAY_VALUE.match(cand.value[:10]):
        return
    if not _DAY_VALUE.match(cand.end_value[:10]):
        return
    start = dt.date.fromisoformat(cand.value[:10])
    weekday = WEEKDAYS[match.group().lower()]
    new = start + dt.timedelta(days=(weekday - start.weekday() - 1) % 7 + 1)
    if new.isoformat() != cand.end_value[:10]:
        cand.end_value = f"{new.isoformat()}{cand.end_value[10:]}"
        cand.why = f"{cand.why}; {end.text}: the first such day after {start}"


_AFTER_GAP = re.compile(r"\bafter\b", re.IGNORECASE)


def _before_the_main_day(text: str, cand: _Candidate, found: list[_Candidate]) -> None:
    """ "will begin a second recount on Sunday after a first recount on Friday": what
    comes after "after" happened before the day of the sentence's main clause, so a
    weekday the tagger resolved past that day is the one before it; and the after-clause
    ("after the draw was made on Saturday") is the title of its date."""
    timex = cand.start
    if timex.anchor != "dct" or cand.end is not None or not found:
        return
    if not (_WEEKDAY.search(timex.text) and _DAY_VALUE.match(cand.value)):
        return
    main = found[-1]
    if main.sentence != cand.sentence or main.end_value is not None:
        return
    main_day = main.value[:10]
    if not _DAY_VALUE.match(main_day):
        return
    after = _last_match(_AFTER_GAP, text, main.span_end, timex.start)
    if after is None:
        return
    if cand.value > main_day:
        new = dt.date.fromisoformat(cand.value) - dt.timedelta(days=7)
        if new.isoformat() > main_day:
            return
        cand.value = new.isoformat()
        cand.why = f"{timex.text}: the {new:%A} before {main_day}, the day it came before"
        cand.confidence -= 0.1
    # "a first recount on Friday cut the lead to 14 votes", "the draw was made on
    # Saturday": the after-clause is the title.
    head = _ON_AT_END.sub("", text[after.end() : timex.start].strip())
    rest = _CLAUSE_REST.match(text, timex.end, cand.sentence.end)
    if head and rest is not None and _verbs.past_base(rest["rest"].split(" ", 1)[0]):
        clause = f"{head} {rest['rest'].strip()}"
    elif len(head.split()) >= 3 and _PAST_PHRASE.search(head):
        clause = head
    else:
        return
    title, _ = to_headline_tense(clause)
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    cand.title = title[:1].upper() + title[1:]


_ON_AT_END = re.compile(r"\s*\b(?:on|at|in)$", re.IGNORECASE)
_CLAUSE_REST = re.compile(r"\s+(?P<rest>[a-z][^,;:.!?\n\"“”]{5,90})")


_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
_COARSE_VALUE = re.compile(r"(?P<y>\d{4})-(?P<p>\d{2}|SP|SU|FA|WI)$")
# "planned treatment", "expected returns": the participle as an adjective before its noun,
# no plan of the clause's own.
_ADJECTIVE_PLAN = re.compile(
    r"(?:planned|expected|scheduled|forecast)\s+(?!to\b|for\b|on\b|in\b|at\b|by\b|until\b"
    r"|from\b|next\b|this\b|later\b|soon\b|shortly\b)[a-z]{3,}\b"
)
_FUTURE_OR_HYPOTHETICAL = re.compile(
    r"\b(?:won['’]t|would|could|(?-i:may)|might|(?-i:will|WILL|Will(?!\s+[A-Z]))|shall|should|'ll|expected|scheduled|due|forecast|planned"
    r"|slated|upcoming|set\s+to|going\s+to)\b|\bby\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_IRREGULAR_PAST = re.compile(r"\b(?:" + _verbs.PAST_ALTERNATION + r")\b")


def _present_tense(clause: str) -> bool:
    """A clause whose verb is in the present ("the new campaign kicks off in August")."""
    if _past_verb(clause) or _IRREGULAR_PAST.search(clause):
        return False  # "won their most recent meeting ... in three sets" is told in the past
    return any(
        _verbs.present_base(m[0])
        and not _AFTER_DETERMINER.search(clause, max(0, m.start() - 8), m.start())
        for m in _LONG_WORD.finditer(clause)
    )


# "cut its prices": a word after a determiner is a noun, not a verb.
_AFTER_DETERMINER = re.compile(r"\b(?:its|their|his|her|our|my|your|the|these|those)\s+$")


_COORDINATE_VERB = re.compile(r"\b(?:but|and)\s+(?:then\s+)?(?P<verb>[a-z]+)\b")


_PASSIVE_BE = re.compile(r"\s+(?:not\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|ght)\b")


def _past_coordinate(before: str) -> bool:
    """ "had been due to rule by Feb. 14 but extended its review ... in January": a past
    verb coordinated after the last future word starts a past clause of its own."""
    ends = [m.end() for m in _FUTURE_OR_HYPOTHETICAL.finditer(before)]
    if ends and _PASSIVE_BE.match(before, ends[-1]):
        return False  # "will be packed up and brought home in June": one passive
    return bool(ends) and any(
        _verbs.past_base(m["verb"]) for m in _COORDINATE_VERB.finditer(before, ends[-1])
    )


# "the pair begin a 20-date UK tour in September": a timetable told in the present.
# Lower case only: "the Australian Open in January" names a tournament, not a timetable.
_SCHEDULE_AHEAD = re.compile(
    r"\b(?:open|start|begin|close|launch|resume|return|reopen|kick\s+off|take\s+effect|go\s+on"
    r"\s+sale|debut|premiere|arrive|tour|travel|visit)s?\b(?:\s+[\w'’$-]+){0,6}\s+$",
)
_TO_BASE = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\b")


def _infinitive_ahead(before: str, whole: str) -> bool:
    """ "clears the way for contractors to begin clearing the site in June": an infinitive
    of a known verb before the date, in a clause with no past verb, looks ahead."""
    if _past_verb(whole):
        return False
    return any(_verbs.is_known_base(m["verb"]) for m in _TO_BASE.finditer(before))


_PRESENT_SUBORDINATE = re.compile(
    r"\W*(?:while|when|until|once|after|before|as\s+soon\s+as)\s+[^,;:]*?\b(?:is|are|has|have)\b",
    re.IGNORECASE,
)
_WILL_WOULD = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b")
_AND_PARTICIPLE = re.compile(r"and\s+(?:then\s+)?[a-z]+(?:ed|en|wn|ne|ght)\b")
_FUTURE_PASSIVE_END = re.compile(
    r"\b(?:will|would|shall|(?<!used\s)to)\s+(?:then\s+)?be\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|ne|ght)(?:\s+(?:up|out|off|down|in|back|away))?\s*$",
    re.IGNORECASE,
)


def _shift_coarse(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """A month or season with no year that lies in the past although its clause speaks
    of the future ("would go before voters in November", "expected to decide by the
    summer", "kicks off in August"): the next such month or season. "This summer" is the
    summer of the publication year."""
    timex = cand.start
    match = _COARSE_VALUE.match(cand.value)
    if published is None or match is None or cand.end is not None:
        return
    if timex.anchor not in ("dct", "narrative") or _FOUR_DIGITS.search(timex.text):
        return
    lowered = timex.text.lower()
    if lowered.startswith("this ") and match["p"] in ("SP", "SU", "FA"):
        if int(match["y"]) != published.year:
            cand.value = f"{published.year}-{match['p']}"
            cand.why = f"{timex.text}: the {match['p']} season of the publication year"
        return
    if _bounds(cand.value)[1] >= published or _PAST_MARK.search(lowered):
        return
    clause = clause_around(text, cand.sentence, timex.start, timex.end)
    before = text[clause.start : timex.start]
    # "had been due to rule by Feb. 14 but extended its review in January": the
    # coordinate after "but" has its own tense.
    but = _last_match(_BUT, before, 0, len(before))
    if but is not None:
        before = before[but.end() :]
    whole = text[clause.start : clause.end]
    # "Helen Ward, who came to St Mary's in 2021, leaves at the end of July": the part
    # after the relative clause that gave the year is the date's own.
    comma = _last_match(_CLAUSE_COMMA, text, clause.start, timex.start)
    own = text[comma.end() : clause.end] if comma is not None else ""
    # "will be packed up and brought home in June": the passive goes on after "and".
    passive_ahead = _AND_PARTICIPLE.match(text, clause.start) is not None and (
        _FUTURE_PASSIVE_END.search(text, cand.sentence.start, clause.start) is not None
    )
    # "would cover the route while the regular ferry is in dry dock in January": a present
    # after "while", "when" or "until" under a future is ahead too.
    subordinate_ahead = (
        _PRESENT_SUBORDINATE.match(before) is not None
        and not _past_verb(before)
        and _WILL_WOULD.search(text, cand.sentence.start, clause.start) is not None
    )
    future = _FUTURE_OR_HYPOTHETICAL.search(before)
    if future is not None and _ADJECTIVE_PLAN.match(before, future.start()):
        future = None  # "patients waiting for planned treatment fell in January"
    if not (
        (future is not None and not _past_coordinate(before))
        or passive_ahead
        or subordinate_ahead
        # ("fell in January, ..., official figures show": the past verb before the date
        # is the clause's own, whatever present comes after it)
        or (_present_tense(whole) and not _past_verb(before))
        or (timex.anchor == "narrative" and bool(own) and _present_tense(own))
        or (timex.anchor == "dct" and _planned_start(text, cand))
        or _infinitive_ahead(before, whole)
        or (_SCHEDULE_AHEAD.search(before) is not None and not _past_verb(before))
    ):
        return
    if reporting_date(text, cand.sentence, timex.start):
        return
    year = published.year
    while _bounds(f"{year}-{match['p']}")[1] < published:
        year += 1
    cand.value = f"{year}-{match['p']}"
    cand.why = f"{timex.text}: the next such period after the publication date (future tense)"
    cand.confidence -= 0.1


_PLAN_TO = re.compile(
    r"\b(?:plans?|proposals?|proposed|bid|move|scheme)\s+to\s+[a-z]+\b(?:(?!\b(?:last|ago)\b)[^;:.!?])*$",
    re.IGNORECASE,
)
_START_BEFORE = re.compile(r"\b(?:starting|beginning|effective|from)\s+(?:in\s+)?$", re.IGNORECASE)
# ("to raise council tax by 4.99% from April": a decimal point ends no sentence)
_TO_VERB = re.compile(r"\bto\s+[a-z]+\b(?:[^;:.!?]|(?<=\d)\.(?=\d))*$")


def _planned_start(text: str, cand: _Candidate) -> bool:
    """ "voted on Monday night to move the district to a four-day week starting in
    August", "a separate plan to cut evening services from December": the start of a
    planned change, after the publication date."""
    timex = cand.start
    before = text[cand.sentence.start : timex.start]
    before = before[max(before.rfind("—"), before.rfind(" - "), before.rfind("–")) + 1 :]
    if _FOUR_DIGITS.search(before):
        return False
    if _PLAN_TO.search(before):
        return True
    if timex.start < _first_line_end(text) and _TO_VERB.search(before):
        return True  # a headline's "Schools to switch to a four-day week in August"
    return bool(_START_BEFORE.search(before) and _TO_VERB.search(before))


def _narrative_day(
    base: _Candidate,
    text: str,
    told: tuple[int, int],
    day: dt.date,
    why: str,
    span: tuple[int, int],
) -> _Candidate:
    """``base`` moved to ``day``, a date the narrative tells at ``told`` ("the following
    morning", "three days after") but the tagger left untagged; ``span`` is the new
    candidate's time-expression span."""
    timex = Timex(
        told[0],
        told[1],
        text[told[0] : told[1]],
        "DATE",
        day.isoformat(),
        anchor="narrative",
        why=why,
    )
    return dataclasses.replace(
        base,
        start=timex,
        end=None,
        value=day.isoformat(),
        end_value=None,
        why=why,
        confidence=_CONFIDENCE["narrative"],
        span_start=span[0],
        span_end=span[1],
    )


_FOLLOWING = re.compile(
    r"\b(?:(?:early|late)\s+)?(?:on\s+)?the\s+(?:following|next)\s+"
    r"(?:morning|day|evening|night|afternoon)\b|\bthe\s+day\s+after\b",
    re.IGNORECASE,
)


def _following_days(text: str, found: list[_Candidate], timexes: Sequence[Timex]) -> None:
    """ "struck an iceberg on April 14, 1912, ... and sank early the following morning":
    a day after a dated day in the same sentence, which the tagger leaves untagged."""
    starts = [t.start for t in timexes]
    extra: list[_Candidate] = []
    for cand in found:
        if not _DAY_VALUE.match(cand.value) or cand.end_value is not None:
            continue
        for match in _FOLLOWING.finditer(text, cand.span_end, cand.sentence.end):
            k = bisect.bisect_left(starts, match.start())
            if k < len(timexes) and timexes[k].start < match.end():
                break  # the tagger has a date here
            day = dt.date.fromisoformat(cand.value) + dt.timedelta(days=1)
            why = f"{match.group()}: the day after {cand.value}, the date before it"
            extra.append(_narrative_day(cand, text, match.span(), day, why, match.span()))
            break
    found.extend(extra)
    found.sort(key=lambda c: c.span_start)


_OFFSET_AFTER = re.compile(
    r"\s+(?P<dir>after|before)\s+(?P<clause>(?!(?:it|they|he|she|we|I|you|the\s+\w+\s*[,.;]|"
    r"that)\b)[A-Za-z][^,;:.!?\n\"“”()]{8,100}?)(?=[,;:.!?]|$)"
)
_OFFSET_DURATION = re.compile(r"P(?P<n>\d{1,2})(?P<unit>[DW])")


def _offset_clauses(text: str, found: list[_Candidate], timexes: Sequence[Timex]) -> None:
    """ "reached orbit early Monday ..., three days after high winds forced controllers to
    scrub the first attempt": a happening a stated number of days or weeks before (or
    after) a dated day of the same sentence, which the tagger leaves as a duration."""
    extra: list[_Candidate] = []
    for timex in timexes:
        size = _OFFSET_DURATION.fullmatch(timex.value)
        if timex.type != "DURATION" or size is None:
            continue
        match = _OFFSET_AFTER.match(text, timex.end)
        if match is None or not _PAST_PHRASE.search(match["clause"]):
            continue
        base = next(
            (
                c
                for c in reversed(found)
                if c.span_end <= timex.start
                and c.sentence.start <= timex.start < c.sentence.end
                and c.end_value is None
                and _DAY_VALUE.match(c.value)
            ),
            None,
        )
        if base is None or match.end() > base.sentence.end or base.quoted:
            continue
        days = int(size["n"]) * (7 if size["unit"] == "W" else 1)
        sign = -1 if match["dir"] == "after" else 1
        day = dt.date.fromisoformat(base.value) + dt.timedelta(days=sign * days)
        title, _ = to_headline_tense(match["clause"].strip())
        why = f"{timex.text} {match['dir']}: {day}, counted from {base.value}, the date before it"
        told = (timex.start, match.end("dir"))
        moved = _narrative_day(base, text, told, day, why, (timex.start, timex.end))
        extra.append(dataclasses.replace(moved, title=title[:1].upper() + title[1:]))
    if extra:
        found.extend(extra)
        found.sort(key=lambda c: c.span_start)


_NEW_YEAR = re.compile(
    r"\b(?:in|early\s+in|by)\s+(?P<x>the\s+new\s+year)\b(?!['’]s)", re.IGNORECASE
)


def _new_year(
    text: str,
    spans: Sequence[Span],
    found: list[_Candidate],
    timexes: Sequence[Timex],
    published: dt.date | None,
) -> None:
    """ "A history of the theatre will be published in the new year": written in the second
    half of a year, the next year (the tagger leaves the phrase untagged)."""
    if published is None or published.month < 7:
        return
    starts = [t.start for t in timexes]
    for match in _NEW_YEAR.finditer(text):
        k = bisect.bisect_left(starts, match.start("x"))
        if k < len(timexes) and timexes[k].start < match.end():
            continue  # the tagger has a date here
        sentence = next((sp for sp in spans if sp.start <= match.start() < sp.end), None)
        if sentence is None or match.end() > sentence.end:
            continue
        value = str(published.year + 1)
        why = f"the new year: {value}, the year after the publication date, {published}"
        timex = Timex(
            match.start("x"), match.end(), match["x"], "DATE", value, anchor="dct", why=why
        )
        found.append(
            _Candidate(
                start=timex,
                end=None,
                sentence=sentence,
                value=value,
                end_value=None,
                why=why,
                confidence=_CONFIDENCE["dct"] - 0.1,
                span_start=timex.start,
                span_end=timex.end,
                quoted=in_quotation(text, sentence, timex.start),
            )
        )
    found.sort(key=lambda c: c.span_start)


_FALLS_ON = re.compile(r"\s+(?:falls|fell|is|was|comes|came|lands|landed)\s+(?:on|in)\s+")
_MONTH_OR_DAY_VALUE = re.compile(r"(?P<y>\d{4})-(?P<rest>\d{2}(?:-\d{2})?)$")


def _start_in_end_year(start: Timex, value: str, end_value: str) -> str:
    """ "ran from May to August 2025": a range's start given without a year takes the
    year of its end (the year before when its month comes later in the year)."""
    own = _MONTH_OR_DAY_VALUE.match(value)
    end = _MONTH_OR_DAY_VALUE.match(end_value[:10])
    if own is None or end is None or _FOUR_DIGITS.search(start.text):
        return value
    year = int(end["y"]) - (own["rest"][:2] > end["rest"][:2])
    moved = f"{year}-{own['rest']}"
    return moved if moved[:7] <= end_value[:7] else value


_COUNTED_OFFSET = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|nights?|mornings?|evenings?)\s+(?:later|earlier|after"
    r"|before|on)\b|\b(?:the\s+)?(?:next|following)\s+(?:day|morning|week|night|evening)\b",
    re.IGNORECASE,
)
_CLOCK_OFFSET = re.compile(r"\b(?:minutes?|hours?|seconds?)\b", re.IGNORECASE)
_FINE_VALUE = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def _offset_within_coarse(timexes: Sequence[Timex], i: int, value: str) -> str:
    """ "founded in 2019. Two days later, it hired ...": a day counted from a year, month
    or season is no day the text gives; it lies in that period (known only as that period).
    Returns the value to use."""
    timex = timexes[i]
    if timex.anchor != "narrative" or not _FINE_VALUE.match(value):
        return value
    if not _COUNTED_OFFSET.search(timex.text):
        return value
    previous = next(
        (v for t in reversed(timexes[:i]) if (v := _calendar_value(t)) is not None), None
    )
    if previous is None or _FINE_VALUE.match(previous) or "T" in previous:
        return value
    lo, hi = _bounds(previous)
    own_lo, own_hi = _bounds(value)
    if not (lo <= own_lo and own_hi <= hi):
        return value
    return previous


# What is not expected, planned or waited for at a date: nothing happens then.
# ("not expected to reopen until late fall" dates the reopening.)
_NOT_EXPECTED = re.compile(
    r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:(?:be|been|yet|currently)\s+)?(?:(?:expect|plan"
    r"|intend|anticipate|foresee)(?:s|ed|ing)?\b(?:(?!\b(?:until|till|before)\b)[^,;:.!?()—–])"
    r"{0,50}?\s+(?:(?:in|on|at|during|by)\s+)?|wait(?:s|ed|ing)?\s+(?:until|till)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)


def _clock_offset_astray(timexes: Sequence[Timex], i: int, value: str) -> bool:
    """Whether minutes or hours counted after a clock time ("at 16:42 GMT ... about 11
    minutes later") were given a day other than that clock time's: a sub-step counted
    from some other date."""
    timex = timexes[i]
    if timex.anchor != "narrative" or not _CLOCK_OFFSET.search(timex.text):
        return False
    if not _COUNTED_OFFSET.search(timex.text) or i == 0:
        return False
    before = timexes[i - 1]
    if before.type != "TIME" or not _DAY_VALUE.match(before.value[:10]):
        return False
    if not _DAY_VALUE.match(value[:10]):
        return True
    # "at 23:55 ... twenty minutes later" may fall on the next day
    gap = dt.date.fromisoformat(value[:10]) - dt.date.fromisoformat(before.value[:10])
    return gap.days not in (0, 1)


# A plan told as it stood then, for a date now gone by: whether it happened is not told.
_WOULD_THEN = re.compile(
    r"\bthat\s+[^,;:.!?]{0,40}?\bwould\s+(?!have\b)(?:[a-z]+\s+){1,4}?(?:by|in|on|from)\s+"
    r"(?:the\s+)?$"
)
_CHOSEN_FOR = re.compile(
    r"\b(?:selected|picked|chosen|named|called\s+up|shortlisted|nominated|invited)\s+"
    r"(?:[a-z]+\s+)?(?:for|to)\b[^,;!?]*$"
)
_THAT_WORD = re.compile(r"\bthat\s+")
_THAT_OPENS = re.compile(r"\bthat\s+$")
_YEAR_POSSESSIVE = re.compile(r"(?:next|last|this|that)\s+year$", re.IGNORECASE)
_MONTH_DAY_VALUE = re.compile(r"\d{4}(-\d{2}(?:-\d{2})?)$")


def _year_of_named_period(text: str, cand: _Candidate, timexes: Sequence[Timex], i: int) -> None:
    """ "Next year's festival runs from August 6 to 30": a day or month with no year of
    its own, in the clause whose subject is named by its year, is in that year (but
    "registration for next year's race opens in September" is this year's)."""
    timex = cand.start
    if timex.anchor == "absolute" or _FOUR_DIGITS.search(timex.text) or i == 0:
        return
    own = _MONTH_DAY_VALUE.fullmatch(cand.value)
    if own is None:
        return
    named = timexes[i - 1]
    if (
        not (
            _OPENING_IN.fullmatch(text, cand.sentence.start, named.start)  # the subject's
            # "organisers announced that next year's show will run from 6 to 9 March"
            or _THAT_OPENS.search(text, max(cand.sentence.start, named.start - 12), named.start)
        )
        or not _YEAR_POSSESSIVE.search(named.text)
        or not _POSSESSIVE.match(text, named.end)
        or not _YEAR_VALUE.fullmatch(named.value)
        or _SEGMENT_BREAK.search(text, named.end, timex.start)
    ):
        return
    if cand.value.startswith(named.value):
        return
    cand.value = named.value + own[1]
    if cand.end_value is not None and (end := _MONTH_DAY_VALUE.fullmatch(cand.end_value)):
        cand.end_value = named.value + end[1]
    cand.why = f"{timex.text}: in {named.value}, the year of {named.text}'s"


def _follow_shifted_day(
    cand: _Candidate, shifted: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    """ "reported it to police on March 14, and he was arrested two days later": a day
    counted from the day before it moves with that day when a rule above moved it a year
    back (the tagger counted from the day it had). Returns the day's tagged and own dates
    for the next one."""
    if not _DAY_VALUE.match(cand.value) or cand.end is not None:
        return None
    tagged = (
        dt.date.fromisoformat(cand.start.value[:10])
        if _DAY_VALUE.match(cand.start.value[:10])
        else None
    )
    own = dt.date.fromisoformat(cand.value)
    if (
        tagged is not None
        and tagged == own
        and shifted is not None
        and cand.start.anchor == "narrative"
        and shifted[0] != shifted[1]
        and abs((tagged - shifted[0]).days) <= 31
    ):
        own = shifted[1] + (tagged - shifted[0])
        cand.value = own.isoformat()
        cand.why = f"{cand.start.text}: counted from {shifted[1]}, the day before it"
    return (tagged, own) if tagged is not None else None


# A headline that is a label and a date: "On this day: 21 October", "2024: the year in
# review" (a few words on the other side of the colon, no verb among them).
_HEADLINE_LABEL_BEFORE = re.compile(r"\s*(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+[ \t]*:[ \t]*")
_HEADLINE_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*(?:[\w'’-]+[ \t]+){0,5}[\w'’-]+[ \t]*")


def _labels_the_headline(text: str, timex: Timex) -> bool:
    """Whether ``timex`` with a short verbless label is the whole first line (the headline)."""
    head = len(text) - len(text.lstrip())
    line_end = text.find("\n", head)
    line_end = len(text) if line_end < 0 else line_end
    if timex.end > line_end:
        return False
    rest = text[timex.end : line_end]
    if _HEADLINE_LABEL_BEFORE.fullmatch(text, head, timex.start) and (
        not rest.strip(" \t.:;,!?") or text[head].isdigit()
    ):
        # "On this day: 21 October" and "2024: the year in review", but not
        # "Flood warning: 14 May storms batter the coast"
        label = text[head : timex.start] + rest
    elif timex.start == head and _HEADLINE_LABEL_AFTER.fullmatch(text, timex.end, line_end):
        label = rest  # "2024: the year in review"
    else:
        return False
    return not any(_finite_word(w.strip(":,")) for w in label.lower().split())


def _finite_word(word: str) -> bool:
    return (
        word in ("is", "are", "was", "were", "will", "has", "have", "had")
        or (word.endswith("ed") and len(word) > 4)
        or (word.endswith("s") and _verbs.present_base(word) is not None)
    )


# A parenthetical that cites where a figure comes from: "(2021 Census)", "(ONS, 2023)",
# "(source: Eurostat, 2022)", "(2023 estimate)".
_SOURCE_WORD = re.compile(r"[Cc]ensus|survey|estimates?|figures|data|source:|[A-Z]{2,8}\b")
_SOURCE_LOWER = frozenset("census survey estimate estimates figures data source:".split())


def _cites_a_source(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is the year of a parenthetical source ("(2021 Census)")."""
    opened = text.rfind("(", max(0, timex.start - 30), timex.start)
    if opened < 0 or text.find(")", opened, timex.start) >= 0:
        return False
    closed = text.find(")", timex.end, timex.end + 30)
    if closed < 0:
        return False
    rest = (text[opened + 1 : timex.start] + " " + text[timex.end : closed]).replace(",", " ")
    words = rest.split()
    return (
        bool(_SOURCE_WORD.search(rest))
        and len(words) <= 4
        and all(not w[:1].islower() or w in _SOURCE_LOWER for w in words)
    )


# A date inside an "if" clause ("If it rains on Saturday, ...", "if the offer had come in
# February"): the clause runs from "if" to the date with no clause break between.
_IF_OPENS = re.compile(r"\b(?:if|unless)\s+(?P<rest>[^,;:()—–\"“”]*)$", re.IGNORECASE)
# "asked if", "to see if": "if" as "whether", which reports a question, and "as if".
_IF_WHETHER = re.compile(
    r"\b(?:as|ask|asks|asked|asking|see|seeing|know|knowing|decide|decides|decided|deciding"
    r"|wonder|wonders|wondered|wondering|check|checks|checked|checking|unclear|unsure|sure"
    r"|clear|whether)\s+$",
    re.IGNORECASE,
)
_IF_WORDS = ("if", "unless")
_IF_WISH = re.compile(r"\b(?:want|wants|wish|wishes|hope|hopes|like|prefer|prefers)\b")
_DEADLINE_END = re.compile(r"\b(?:by|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _in_condition(text: str, timex: Timex, sentence: Span) -> bool:
    """A date that only tells the condition of something else."""
    lo = max(sentence.start, timex.start - 80)
    if not may_hold(lowered(text, lo, timex.start), _IF_WORDS):
        return False
    match = _IF_OPENS.search(text, lo, timex.start)
    if match is None or (
        _DEADLINE_END.search(match["rest"]) and not _IF_WISH.search(match["rest"])
    ):
        # "if they register by March 15": the deadline is an event ("if you want them
        # before Christmas" only wishes)
        return False
    return _IF_WHETHER.search(text, lo, match.start()) is None


# A clause set off by commas that tells something else ("The council, founded in 1974,
# ...", "my neighbour, who has lived here since 1971, ...").
_ASIDE_OPENS = re.compile(
    r",\s+(?:who|which|whose|(?:first\s+|once\s+)?(?:[a-z]{3,}ed|built|born|founded|set\s+up"
    r"|begun|won|run|made|sold|taken|given|known|seen|held))\b[^,;:()—–\"“”]*$"
)
_ASIDE_YEAR = "the year of the previous date in the sentence"
# A year that ends the name of a law: "the Dogs Act 1953", "the Civil Rights Act of 1964".
_LAW_NAME_BEFORE = re.compile(r"\bActs?\s+(?:of\s+)?$")


def _year_told_aside(text: str, timexes: Sequence[Timex], i: int) -> int:
    """Where the clause after an aside starts, when the date ``timexes[i]`` took its year
    from a date inside that aside; 0 otherwise."""
    timex = timexes[i]
    if i == 0 or _ASIDE_YEAR not in timex.why:
        return 0
    prev = timexes[i - 1]
    if _LAW_NAME_BEFORE.search(text, max(0, prev.start - 8), prev.start):
        return prev.end  # "an offence under the Dogs Act 1953 at a hearing in January"
    close = text.find(",", prev.end, timex.start)
    if close < 0 or not _ASIDE_OPENS.search(text, max(0, prev.start - 80), prev.start):
        return 0
    return close + 1


def _retold(text: str, timex: Timex, start: int, published: dt.date | None) -> Timex:
    """``timex`` read again in the text from ``start`` on, without the dates before it."""
    line_end = _line_end(text, timex.end)
    for other in tag(text[start:line_end], dct=published):
        if other.start + start == timex.start and other.end + start == timex.end:
            return dataclasses.replace(other, start=timex.start, end=timex.end)
    return timex


# "Born on this day: Ludwig van Beethoven (1770), Jane Austen (1775)": each year in
# brackets after a name in a list is that person's or thing's own.
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:^|[:;,\n]|\band)\s*(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|del"
    r"|der|di|la|le|of|the)){0,5})\s*\($"
)
_BRACKET_YEAR = re.compile(r"\(\d{4}\)")
_LIST_LABEL = re.compile(r"\W*(?P<label>Born|Died|Births|Deaths)\b", re.IGNORECASE)
_LABEL_VERB = {"born": "is born", "births": "is born", "died": "dies", "deaths": "dies"}


# A Q&A answer that is only its date ("When do the clocks go forward again?" / "On Sunday
# 29 March 2026."): the question names the happening.
_BARE_DATE_BEFORE = re.compile(r"[ \t]*(?:(?:on|in|from|by|at)\s+)?", re.IGNORECASE)
# (the answer's first sentence: "On 1 April. If your permit runs out before then, ...")
_BARE_DATE_AFTER = re.compile(r"[ \t]*(?:[.!](?=\s|$)|$)")
_WHEN_QUESTION = re.compile(
    r"When\s+(?:do|does|did|will|is|are|was|were)\s+(?P<rest>[^?]{5,80})\?$", re.IGNORECASE
)


def _answer_title(text: str, cand: _Candidate) -> None:
    """Title a Q&A answer that is only a date by its question."""
    line_start = start_of_line(text, cand.span_start)
    if not (
        _BARE_DATE_BEFORE.fullmatch(text, line_start, cand.span_start)
        and _BARE_DATE_AFTER.match(text, cand.span_end, _line_end(text, cand.span_end))
    ):
        return
    if (question := _WHEN_QUESTION.fullmatch(_previous_line(text, line_start))) is not None:
        rest = re.sub(r"^(?:the|a|an)\s+", "", question["rest"])  # headline style
        cand.title = rest[:1].upper() + rest[1:]


def _list_name_title(text: str, cand: _Candidate) -> None:
    """Title a year in brackets after a name in a list of births or deaths by that name."""
    timex = cand.start
    if (
        cand.end is not None
        or not _FOUR_DIGITS.fullmatch(timex.text)
        or text[timex.start - 1 : timex.start] != "("
        or text[timex.end : timex.end + 1] != ")"
    ):
        return
    sentence = cand.sentence
    if len(_BRACKET_YEAR.findall(text, sentence.start, sentence.end)) < 2:
        return
    named = _NAME_BEFORE_BRACKET.search(text, max(sentence.start, timex.start - 80), timex.start)
    if named is None:
        return
    label = _LIST_LABEL.match(text, start_of_line(text, sentence.start))
    if label is not None:
        cand.title = f"{named['name']} {_LABEL_VERB[label['label'].lower()]}"


_MONTH_DAY_TAIL = re.compile(r"(?P<y>\d{4})(?P<rest>-\d{2}(?:-\d{2})?)$")


_WEEKDAY_ONLY = re.compile(rf"(?:(?:next|last|this)\s+)?(?:{WEEKDAY_ALT})", re.IGNORECASE)


def _shifted_year(value: str | None, years: int) -> str | None:
    if value is None or (m := _MONTH_DAY_TAIL.match(value)) is None:
        return value
    return f"{int(m['y']) + years}{m['rest']}"


def _list_in_order(text: str, found: list[_Candidate], published: dt.date | None) -> None:
    """A list of dated lines ("- June 3: ...", "- Aug. 17-18: ...") runs in time order: a
    line whose yearless date the tagger put before the line above it, in the year before
    the publication, is in the next year."""
    if published is None:
        return
    last: dt.date | None = None
    last_line = -1
    for cand in found:
        if not _list_line(text, cand):
            continue  # "July 4: Fireworks ... at 9:15 p.m.": a time within a line
        line = start_of_line(text, cand.span_start)
        if last is not None and text.count("\n", last_line, line) > 2:
            last = None  # a blank line or more apart: another list
        value = cand.value[:10]
        if (
            last is not None
            and cand.start.anchor == "dct"
            and not _WEEKDAY_ONLY.fullmatch(cand.start.text)  # "Thursday": a week's list
            and not _FOUR_DIGITS.search(cand.start.text)
            and _MONTH_DAY_TAIL.match(value)
            and _bounds(value)[1] < last
            and _bounds(value)[1] < published
        ):
            moved = _shifted_year(value, 1)
            if moved is not None and _bounds(moved)[0] >= last:
                cand.value = _shifted_year(cand.value, 1) or cand.value
                cand.end_value = _shifted_year(cand.end_value, 1)
                cand.why = f"{cand.start.text}: after the line above it in the list"
        if _MONTH_DAY_TAIL.match(cand.value[:10]):
            last = _bounds(cand.value[:10])[0]
            last_line = line


def _candidates(
    text: str,
    spans: Sequence[Span],
    timexes: Sequence[Timex],
    exclude: Timex | None,
    published: dt.date | None,
) -> list[_Candidate]:
    range_end = dict(find_ranges(text, timexes))
    consumed = set(range_end.values())
    found: list[_Candidate] = []
    shifted: tuple[dt.date, dt.date] | None = None  # the last day's tagged and own dates
    sentence_index = 0
    for i, timex in enumerate(timexes):
        value = _calendar_value(timex)
        if i in consumed or value is None:
            continue
        if timex.anchor == "narrative" and (aside := _year_told_aside(text, timexes, i)):
            # "The council, founded in 1974, voted in March": March is not of 1974.
            timex = _retold(text, timex, aside, published)
            value = _calendar_value(timex)
            if value is None:
                continue
        if exclude is not None and timex.start < exclude.end and exclude.start < timex.end:
            continue
        if i < 3 and _labels_the_headline(text, timex):
            continue  # "On this day: 21 October", "2024: the year in review"
        if _cites_a_source(text, timex):
            continue  # "a population of about 48,000 (2021 Census)": the figure's source
        while sentence_index < len(spans) and spans[sentence_index].end <= timex.start:
            sentence_index += 1
        if sentence_index == len(spans) or spans[sentence_index].start > timex.start:
            continue  # not inside any sentence (cannot happen for non-blank text)
        sentence = spans[sentence_index]
        if timex.end > sentence.end:
            continue  # "May \n 2019": an expression across a sentence break has no quote
        end = timexes[range_end[i]] if i in range_end else None
        end_value = _calendar_value(end) if end is not None else None
        if end is not None and end_value is not None:
            value = _start_in_end_year(timex, value, end_value)
        if end is not None and (
            end_value is None
            or _bounds(end_value)[1] < _bounds(value)[0]
            or end.start >= sentence.end
        ):
            # "polls close at 10pm\n- 3 May: count begins": a list's dash is no range;
            # the rejected end is a date of its own.
            consumed.discard(range_end[i])
            end = end_value = None
        if (
            i + 1 < len(timexes)
            and timex.start <= sentence.start + 4
            and _FALLS_ON.fullmatch(text, timex.end, timexes[i + 1].start)
        ):
            continue  # "The next night falls on Feb. 21": the date it falls on is the event's
        if _is_reference(text, timex, sentence) or _present_today(text, timex, sentence):
            continue
        if _clock_offset_astray(timexes, i, value):
            continue  # "touched down at 16:42 GMT ... about 11 minutes later", counted elsewhere
        offset_within = (within := _offset_within_coarse(timexes, i, value)) != value
        if offset_within:
            if _CLOCK_OFFSET.search(timex.text):
                continue  # "in January ... four minutes later": a sub-step of no known day
            value = within
        if _WEEKS_AGO.fullmatch(timex.text) and _DAY_VALUE.match(value):
            # "two weeks ago" counts weeks: the week that many weeks back, not a day.
            year, week, _ = dt.date.fromisoformat(value).isocalendar()
            value = f"{year}-W{week:02d}"
        if (
            end is not None
            and _YEAR_VALUE.match(value)
            and text[timex.start - 1 : timex.start] == "("
            and text[end.end : end.end + 1] == ")"
        ):
            continue  # "Ms. Calloway (1936–2024)": a life span, not a happening
        if _UP_UNTIL.search(text, max(sentence.start, timex.start - 12), timex.start):
            continue  # "Up until Thursday, they had described him as a witness": a state's end
        if _LATER_END.search(timex.text) and _STILL.search(text, timex.end, sentence.end):
            continue  # "Eight years later she still cannot walk": how things stand
        if _RANKED_PERIOD.match(text, timex.end, sentence.end) and (
            timex.start == sentence.start
            or _CLAUSE_OPENS.search(text, max(sentence.start, timex.start - 12), timex.start)
        ):
            continue  # "July is their busiest month", "July had been the toughest month"
        if _PERIOD_VERDICT.match(text, timex.end, sentence.end) and _SUBJECT_HEAD.fullmatch(
            text, sentence.start, timex.start
        ):
            continue  # "The pandemic winter of 2020 was hard for everyone": a verdict
        if _DESCRIBED_PERIOD.search(
            text, max(sentence.start, timex.start - 30), timex.start
        ) and not _FOUR_DIGITS.search(timex.text):
            continue  # "after an unusually wet April": a kind of month, not a date
        if (
            _REST_OF.match(timex.text)
            or _REST_OF_BEFORE.search(text, max(sentence.start, timex.start - 12), timex.start)
        ) and not _PART_OF_TODAY.search(timex.text):
            continue  # "schools will stay closed for the rest of the week": how long
        if _THAN_AFTER.match(text, timex.end) and _OFFSET_WORD.search(timex.text):
            continue  # "two weeks later than planned": how late, not when
        if _THRESHOLD_AFTER.match(text, timex.end):
            continue  # "phones released in 2020 or later": a bound, not a happening
        if _MATCH_HALF.fullmatch(timex.text) and not _OF_AFTER.match(text, timex.end):
            continue  # "scored twice in the first half": a half of a match, not of a year
        if _attributive_weekday(text, timex, sentence):
            continue
        if _WEEKDAY.match(timex.text) and _INDEFINITE_END.search(
            text, max(sentence.start, timex.start - 16), timex.start
        ):
            continue  # "which falls on a Saturday this year": any Saturday, no day of its own
        if _HOLIDAY_OR_SEASON.fullmatch(timex.text) and _A_KIND_OF.search(
            text, max(sentence.start, timex.start - 24), timex.start
        ):
            continue  # "after a disappointing Christmas": a kind of season, not a happening
        if _WEEKDAY.match(timex.text) and _EXCEPT_BEFORE.search(
            text, max(sentence.start, timex.start - 40), timex.start
        ):
            continue  # "Films will be shown every day except Monday": a set, no day
        if _DECADE_OR_CENTURY.fullmatch(value) and _THING_FROM_DECADE.search(
            text, max(sentence.start, timex.start - 60), timex.start
        ):
            continue  # "a brass lamp from the 1970s", "musicals from the 1930s": a thing's age
        if _DECADE_OR_CENTURY.fullmatch(value) and _EVERY_PERIOD.search(
            text, timex.end, _clause_end(text, timex.end, sentence.end)
        ):
            continue  # "in the 1960s, when the river was dredged every summer": a habit
        if _BY_END.search(text, max(sentence.start, timex.start - 4), timex.start) and (
            _ALREADY_STATE.search(text, timex.end, _clause_end(text, timex.end, sentence.end))
        ):
            continue  # "by Monday the walls were already shoulder high": how far it had got
        if _generic_by_state(text, timex, sentence):
            continue  # "Water gets into a crack, freezes, and by spring the crack is a crater"
        if text[timex.end : timex.end + 2] in ("s ", "s.", "s,", "s;") and _WEEKDAY_END.search(
            timex.text
        ):
            continue  # "10am to 4pm on Saturdays": every Saturday, no day
        if timex.type == "TIME" and _ON_DAYS_AFTER.match(text, timex.end):
            continue  # "Opening hours will be 9am to 7pm on weekdays": a set, no day
        if _EVERY_UNTIL.search(text, max(sentence.start, timex.start - 40), timex.start):
            continue  # "continues every Sunday until March": the end of a series of days
        if _OF_EVERY.match(text, timex.end):
            continue  # "meets on the second Tuesday of every month": a set, no day
        if _SPEAKER_ASIDE.search(text, max(sentence.start, timex.start - 120), timex.start):
            continue  # 'said Dr Paul Reeve, who trained under her in the 1980s': who speaks
        if _SAME_POINT.search(text, max(sentence.start, timex.start - 50), timex.start):
            continue  # "At the same point last year there were 900": a baseline
        if end is None and _THERE_IS_NO.search(
            text, max(sentence.start, timex.start - 80), timex.start
        ):
            # "There are no deliveries on Christmas Day": nothing happens then ("There
            # will be no buses on 9 March" tells a disruption).
            continue
        if (
            _QUARTER_VALUE.search(value)
            and _GAME_QUARTER.fullmatch(timex.text)
            and _GAME_WORDS.search(text, sentence.start, sentence.end)
        ):
            continue  # "lost Okoro to a knee injury in the third quarter": of the game
        if _WEEKDAY.fullmatch(timex.text) and (
            _PLURAL_PART.match(text, timex.end)
            or _NAMED_AS.search(text, max(sentence.start, timex.start - 30), timex.start)
        ):
            continue  # "met on Saturday mornings": a habit; "often called Super Saturday": a name
        if (
            (opener := _LOOK_AHEAD.match(text, _stamp_end(text, sentence))) is not None
            and not text[opener.end() : timex.start].strip()
            and _COLON_AFTER.match(text, timex.end)
        ):
            continue  # "Coming up this week: ...": the heading of a list of what comes
        if _CENTURY_ADJECTIVE.search(timex.text) or _CENTURY_ADJECTIVE.match(
            text, timex.end - 2, timex.end + 9
        ):
            continue  # "the 13th-century carvings": the century describes a thing
        line_start = start_of_line(text, timex.start)
        if _WIRE_DATELINE.fullmatch(text, line_start, timex.start) and _WIRE_AFTER.match(
            text, timex.end
        ):
            continue  # "CHICAGO, July 27 (Reuters) -": a dateline without its year
        stamp = (
            timex.type == "TIME"
            and UPDATE_STAMP.match(text, line_start) is not None
            and _STAMP_LEAD.fullmatch(text, line_start, timex.start) is not None
        )
        if stamp and _FILLER.match(text, timex.end, sentence.end):
            continue  # "6:02 a.m. — Good morning.", "11:45 a.m. — That's all from us"
        line_end = _line_end(text, timex.end)
        if any(text.find(w, line_start, line_end) >= 0 for w in _STAMP_WORDS) and (
            _STAMP_LINE.fullmatch(text, line_start, line_end)
        ):
            continue  # "Updated: 10:42 AM EST, Thu November 2, 2023": when the page changed
        lo = max(sentence.start, timex.start - 40)
        if _RECURRING.match(text, timex.end) or (
            may_hold(lowered(text, lo, timex.start), _RECURRING_WORDS)
            and _RECURRING_BEFORE.search(text, lo, timex.start)
        ):
            continue  # "from 11 a.m. each weekday", "every Friday and Saturday night"
        if _DIGIT.search(text, lo, timex.start) and _CODE_OF.search(text, lo, timex.start):
            continue  # "quoting incident 0412 of 9 March": part of a reference number
        if _NOT_EXPECTED.search(text, max(sentence.start, timex.start - 80), timex.start):
            continue  # "does not expect one this summer", "could not wait until next year"
        if _WINDOW_END.search(text, max(sentence.start, timex.start - 90), timex.start):
            continue  # "issued a warning last night, covering ... until 11:00 this morning"
        if _READER_SAYS.match(text, _stamp_end(text, sentence), sentence.end):
            continue  # "09:15 — A reader, Jo, emails: ...": a reader's word, no happening
        if _WRITER_ASKED.search(text, max(sentence.start, timex.start - 40), timex.start):
            continue  # "We spoke to her on Thursday": the interview behind the article
        if _SIGN_OFF.match(text, sentence.start, sentence.end):
            continue  # "That's all for this week.", "See you next Friday."
        if _DISTRIBUTIVE.match(text, sentence.start):
            continue  # "Each child received three doses ... a year later": one per child
        if _in_condition(text, timex, sentence) and (
            _DAY_VALUE.match(value[:10])
            or (published is not None and _bounds(value)[1] < published)
        ):
            # "If we play like that on the 22nd, ...", "If the offer had come in February":
            # a condition, no happening ("If the Russians were engaged in that in 2020" warns
            # of a year ahead).
            continue
        if _statistic_or_speculation(text, timex, value, sentence):
            continue
        if _purpose_ahead(text, timex, value, sentence, published):
            continue
        if _names_a_thing(text, timex, sentence):
            continue
        if in_quotation(text, sentence, timex.start) and _past_state(text, timex, value, sentence):
            continue  # '"But he was better today," she said.': how things stood, told
        if _PROMISED.search(text, max(sentence.start, timex.start - 80), timex.start):
            continue  # '"We were promised this ship in 2024, then last year"': a promise
        if _QUESTION_END.search(text, sentence.start, sentence.end):
            continue  # "Will prices fall later this year?": a question asks, it tells nothing
        if (
            _DECADE_OR_CENTURY.fullmatch(value)
            and published is not None
            and _bounds(value)[0] > published
        ):
            continue  # "may face regular flooding by the 2050s": a projection, not a plan
        if (
            _DECADE_OR_CENTURY.fullmatch(value)
            and _DECADE_AGO.search(timex.text)
            and not _DIGIT.search(timex.text)
        ):
            continue  # "three times what it cost a decade ago": how long ago, no decade told
        if _ARTICLE_END.search(text, max(sentence.start, timex.start - 4), timex.start) and (
            (
                _DECADE_OR_CENTURY.fullmatch(value)
                and (_NOUN_AFTER.match(text, timex.end) or _NAME_AFTER.match(text, timex.end))
            )
            or (_YEAR_VALUE.fullmatch(value) and _NAME_AFTER.match(text, timex.end))
        ):
            continue  # "led by a 1990s triptych", "a 1968 Routemaster": it describes a thing
        if (
            _DECADE_OR_CENTURY.fullmatch(value)
            and _POSSESSIVE_END.search(text, max(sentence.start, timex.start - 8), timex.start)
            and _NOUN_AFTER.match(text, timex.end)
        ):
            continue  # "does not return to its 1980s levels": the decade describes a thing
        if (
            published is not None
            and _bounds(value)[1] < published
            and may_hold(lowered(text, sentence.start, timex.start), _WAS_DUE_WORDS)
            and _WAS_DUE.search(text, max(sentence.start, timex.start - 60), timex.start)
        ):
            continue  # "was due to finish in spring 2028, but it was delayed": a plan gone by
        if (
            published is not None
            and _FOUR_DIGITS.search(timex.text)  # a year told, not one the tense chose
            and _bounds(value)[1] < published
            and found
            and found[-1].sentence == sentence
            and _WOULD_THEN.search(text, max(sentence.start, timex.start - 80), timex.start)
        ):
            continue  # "In 2009 the banks announced that cheques would be phased out by 2018"
        if _FORMER_PLAN.search(text, max(sentence.start, timex.start - 100), timex.start):
            continue  # "classes, which had been due to begin on Aug. 19, will now start ..."
        if _former_plan_went_on(text, spans, sentence_index, timex):
            continue  # "The line was supposed to open in 2022. Then the fall of 2024."
        quoted = in_quotation(text, sentence, timex.start)
        if (
            quoted
            and not _DAY_VALUE.match(value)
            and _QUOTED_STATE.match(text, timex.end, sentence.end)
        ):
            continue  # '"In 2014 many of us still believed the ice was safe," she said.'
        if (
            quoted
            and timex.text.lower() in _CURRENT_PERIODS
            and _FIRST_PERSON_NOW.match(text, timex.end, sentence.end)
        ):
            continue  # '"This year I mean it," she said.': the speaker's now, no happening
        if (
            quoted
            and timex.text.lower() in ("today", "tonight", "this morning", "this afternoon")
            and _FIRST_PERSON_FEELING.match(text, timex.end, sentence.end)
        ):
            continue  # '"Today we were lucky," she said.': a feeling, no happening
        if quoted and "ago" in timex.text.lower():
            continue  # "Two years ago people were talking about relegation," she said.
        why = _why(timex) if end is None else f"{_why(timex)}; {_why(end)}"
        if offset_within:
            why = f"{timex.text}: within {value}, the period of the date before it"
        cand = _Candidate(
            start=timex,
            end=end,
            sentence=sentence,
            value=value,
            end_value=end_value,
            why=why,
            confidence=_CONFIDENCE[timex.anchor] - (0.1 if quoted else 0.0),
            span_start=timex.start,
            span_end=(end or timex).end,
            quoted=quoted,
            stamp=stamp,
        )
        if stamp and timex.anchor == "narrative" and published is not None:
            _stamp_on_page_day(text, cand, published)
        _list_name_title(text, cand)
        _answer_title(text, cand)
        if (first_of_two := _two_days(text, cand)) is not None:
            found.append(first_of_two)
        if _ANAPHORIC_PERIOD.fullmatch(timex.text) and _OF_FROM_BEFORE.search(
            text, max(sentence.start, timex.start - 6), timex.start
        ):
            continue  # "hospital records from that summer": a period named before
        _that_season(cand, found)
        _that_month(text, cand, found)
        _announced_past(text, cand, published)
        _possessive_past(text, cand, published)
        _shift_future(text, cand, published)
        _shift_coarse(text, cand, published)
        _shift_past(text, cand, published)
        _narrative_past(text, cand, found, published)
        _coordinate_ahead(text, cand, found, published)
        _moved_ahead(text, cand, published)
        _this_or_following_weekday(cand, found, published)
        _weekday_range_end(cand)
        _before_the_main_day(text, cand, found)
        _warning_window(text, cand, published)
        _range_ahead(text, cand, published)
        _year_of_named_period(text, cand, timexes, i)
        shifted = _follow_shifted_day(cand, shifted)
        if _WEEK_OF.search(text, max(sentence.start, timex.start - 16), timex.start) and (
            _DAY_VALUE.match(cand.value) and end is None
        ):
            # "during the week of Nov. 16": the week that day falls in.
            year, week, _ = dt.date.fromisoformat(cand.value).isocalendar()
            cand.value = f"{year}-W{week:02d}"
            cand.why = f"the week of {timex.text}: {cand.value}"
        found.append(cand)
    _following_days(text, found, timexes)
    _new_year(text, spans, found, timexes, published)
    _offset_clauses(text, found, timexes)
    _list_in_order(text, found, published)
    found = _join_consecutive_years(text, _join_day_ranges(text, found))
    found = _drop_counted_days(text, found)
    found = _drop_coarse_appositions(text, found)
    found = _drop_purpose_periods(text, found)
    found = _drop_same_period(found)
    # "a faint signal was picked up at 23:40 GMT", "polls close at 10pm on polling day": a
    # clock time alone, dated only by a date in an earlier sentence, may well be on
    # another day; it is no event of its own. Beside a date of its sentence ("voted on
    # Wednesday after a debate that stretched past midnight") it adds none either.
    # After the narrative has moved to another day ("Polls closed on Thursday ... a
    # recount, which began at noon"), a clock time resolved to the publication date is
    # no safer.
    # A live blog's stamp dates no sentence: "14:20 - ... closed the line at 1pm" is at 1pm.
    found = [c for c in found if not _clock_habit(text, c)]
    dated_sentences = {c.sentence for c in found if not _clock_only(c) and not c.stamp}
    days_told: list[tuple[int, str]] = [
        (c.span_start, c.value[:10]) for c in found if _DAY_VALUE.match(c.value[:10])
    ]
    found = [
        c
        for c in found
        if not _clock_only(c)
        or (
            c.sentence not in dated_sentences
            and (
                # a clock time in a stamped update is of the update's day
                _in_stamped_update(text, c)
                or (
                    c.start.anchor != "narrative"
                    and not any(at < c.span_start and day != c.value[:10] for at, day in days_told)
                )
            )
        )
    ]
    # A live-blog time stamp dates its update: an event only when nothing else in the
    # sentence is dated ("12:05 p.m. — The fire, which started Sunday, ...").
    # A stamp on a greeting or a teaser ("6:02 a.m. — Good morning. The capsule ... lifted
    # off at 3:11 a.m. Wednesday") dates nothing when its update dates something else.
    dated_elsewhere = {c.sentence for c in found if not c.stamp}
    dated_lines = {start_of_line(text, c.span_start) for c in found if not c.stamp}
    found = [
        c
        for c in found
        if not (
            c.stamp
            and (
                c.sentence in dated_elsewhere
                or (
                    _thin_update(text, c.sentence)
                    and start_of_line(text, c.span_start) in dated_lines
                )
            )
        )
    ]
    kept: list[_Candidate] = []
    for c in found:
        if _BLOG_PHATIC.match(text, _stamp_end(text, c.sentence)) and _in_stamped_update(text, c):
            continue  # "11:50 a.m. — ... We'll be back at noon."
        if c.stamp and not c.title and _thin_update(text, c.sentence):
            titled = _title_from_next_sentence(text, c)
            if not titled and (
                _BLOG_PHATIC.match(text, _stamp_end(text, c.sentence))
                or _UPDATE_STATE.match(text, c.sentence.end + 1)
            ):
                # "11:45 a.m. — That's all from us this morning. We'll be back.", "8:42
                # a.m. — Parachutes out. All three look good.": nothing happens
                continue
        elif c.stamp and not c.title and _UPDATE_STATE.match(text, _stamp_end(text, c.sentence)):
            continue  # "8:42 a.m. — Parachutes out. All three look good.": how things stand
        elif (
            c.stamp
            and kept
            and _UPDATE_ONGOING.match(text, _stamp_end(text, c.sentence), c.sentence.end)
        ):
            continue  # "10:30 The last balloons are landing in the fields": a scene, told live
        kept.append(c)
    found = kept
    found = _date_headings(text, spans, found, timexes)
    first_line_end = _first_line_end(text)
    if first_line_end > 0:
        # The headline repeats the article's news: its dates count only if the body
        # has nothing within them ("to strike in early December" vs "on 2 and 3 December").
        body = [c for c in found if c.span_start > first_line_end]
        found = [
            c
            for c in found
            if c.span_start > first_line_end or not any(_contains(c, b) for b in body)
        ]
    return found


_HEADING_REST = re.compile(r"[\s,.:;|()\[\]*#–—-]*")


def _date_headings(
    text: str, spans: Sequence[Span], found: list[_Candidate], timexes: Sequence[Timex]
) -> list[_Candidate]:
    """ "Thursday, 9:50 p.m." on a line of its own heads the update below it: the update
    is dated by it when it has no date of its own (its first sentence gives the title),
    and otherwise the heading adds no event."""
    starts = [sp.start for sp in spans]
    t_starts = [t.start for t in timexes]
    keep: list[_Candidate] = []
    for cand in found:
        sentence = cand.sentence
        if start_of_line(text, sentence.start) != sentence.start or (
            end_of_line(text, sentence.end) != sentence.end
        ):
            keep.append(cand)
            continue
        pos = sentence.start
        k = bisect.bisect_left(t_starts, sentence.start)
        heading = True
        while k < len(timexes) and timexes[k].start < sentence.end:
            if not _HEADING_REST.fullmatch(text, pos, timexes[k].start):
                heading = False
                break
            pos = max(pos, timexes[k].end)
            k += 1
        if not heading or not _HEADING_REST.fullmatch(text, pos, sentence.end):
            keep.append(cand)
            continue
        nxt = bisect.bisect_right(starts, sentence.start)
        if nxt >= len(spans) or cand.end is not None:
            continue
        following = spans[nxt]
        # the update runs to the next blank line: a date of its own anywhere in it wins
        para_end = text.find("\n\n", following.start)
        para_end = len(text) if para_end < 0 else para_end
        if any(following.start <= c.span_start < para_end for c in found):
            continue
        head = build_headline(text, following, following.start, following.start, absolute=False)
        if not head.title:
            keep.append(cand)
            continue
        cand.title = head.title
        cand.heading = True
        keep.append(cand)
    return keep


_STAMP_WORD = (
    r"(?:\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|AM|PM|[A-Z]{1,2}[SD]?T|UTC|GMT|at|on|of"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
)
# "Updated: 10:42 AM EST, Thu November 2, 2023", "Published 14 March 2028, 07:00 GMT |
# Updated 14 March 2028, 11:30 GMT", "Nov. 8, 2028, 9:00 a.m. ET | Updated Nov. 8, 2028".
_STAMP_KEY = r"(?:(?:Last\s+)?(?:Updated|Published|Posted|Modified|First\s+published)\b(?:\s+on)?)"
_STAMP_LINE = re.compile(
    r"[ \t]*(?=[^\n]*\b(?:Updated|Published|Posted|Modified)\b)"
    r"(?:(?:" + _STAMP_KEY + "|" + _STAMP_WORD + r")[\s,|:/.–—-]*)+"
)
_RECURRING_BEFORE = re.compile(
    rf"\b(?:each|every)\s+(?:{WEEKDAY_ALT})s?"
    r"\s+(?:and|or)\s+$"
    # "Flights will run three times a week in summer and twice a week in winter"
    r"|\b(?:(?:once|twice|\w+\s+times)\s+(?:a|an|per|each)\s+(?:day|week|month|year)"
    r"|daily|weekly|fortnightly|monthly|nightly)\s+(?:in|during|through|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CODE_OF = re.compile(r"\b[A-Za-z]+\s+(?:[A-Z]{0,4}[-/]?)\d[\w/-]*\s+of\s+$")
_RECURRING = re.compile(
    r"\s*(?:on\s+)?(?:each|every)\s+(?:day|weekday|morning|afternoon|evening|night|week"
    rf"|month|year|{WEEKDAY_ALT})\b"
)


# A live blog's greeting, sign-off or signpost after its stamp: no happening.
# What a live blog says to its readers, not about the news ("Good morning", "That's all
# from us this morning", "We'll be back at noon").
_READER_TALK = (
    r"(?:good\s+(?:morning|afternoon|evening|night)|hello|hi|welcome|that['’]s\s+(?:all|it)"
    r"|we(?:['’]ll|\s+will)\s+be\s+back|thanks?\s+(?:you\s+)?for\s+(?:reading|following|joining)"
    r"|stay\s+with\s+us|see\s+you|join\s+us\s+again|until\s+next\s+time"
    r"|that['’]s\s+a\s+wrap"
    r"|(?:our|the)\s+(?:live\s+)?(?:coverage|updates|blog)\s+(?:resumes|returns|continues"
    r"|will\s+(?:resume|return|continue))"
    r"|here(?:['’]s|\s+is|\s+are)\s+(?:what\s+(?:happened|we\s+know|you\s+need|to\s+(?:know"
    r"|watch|read)|(?:is|['’]s)\s+coming)|the\s+(?:latest|news)|our|your)"
    r"|we(?:['’]re|\s+are)\s+(?:now\s+)?(?:closing|ending|pausing|stopping|wrapping\s+up)"
    r"\s+(?:our|the|this)\s+(?:live\s+)?(?:coverage|updates|blog|page)"
    r"|we['’]ll\s+(?:pick\s+up|resume|continue|restart|pause|end|stop|wrap\s+up)\s+(?:our|the|this)"
    r"\s+(?:live\s+)?(?:coverage|updates|blog)"
    r")\b(?![-'’])"
)
# A sentence that is only a newsletter's or live blog's word to its readers ("That's all
# for this week.", "See you next Friday.", "Join us again tomorrow at 9am."): no happening.
_SIGN_OFF = re.compile(r"\s*(?:" + _READER_TALK + r")[^.!?]{0,60}[.!]?\s*$", re.IGNORECASE)
# A stamped update that is only that, or a signpost ("6:02 a.m. — Good morning.", "9:10
# a.m. — Now the handover.").
_FILLER = re.compile(
    r"\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[-—–:|]+\s*(?:(?:" + _READER_TALK + r")[^.!?]{0,80}"
    r"|Now\s+(?:for\s+)?(?:the\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"|(?:some|a\s+(?:quick|little|bit\s+of))\s+(?:history|background|context|numbers|recap"
    r"|catch-up)\b[^.!?:]{0,60})\s*[.!]*\s*$",
    re.IGNORECASE,
)


def _line_end(text: str, pos: int) -> int:
    return end_of_line(text, pos)


_WIRE_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]+,(?:\s*[A-Z][A-Za-z.]+,)?\s*")
# What may stand before a clock time that stamps a line: a bullet, an ISO date.
_STAMP_LEAD = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?(?:\d{4}-\d{2}-\d{2}[ T])?")
_WIRE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\))?\s*(?:[-—–]|/)")
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY_AFTER = re.compile(
    r"\s*(?P<op>and|to|through|thru|until|-|–)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:%|[:.]\d)|\s+(?:" + _MONTH_NAMES + r")\b"
    r"|\s+(?:[a-z]+s|people|of|percent|per|more|times|a\.m|p\.m|am|pm)\b)"
    r"(?:,?\s*(?P<year>\d{4})\b)?",
    re.IGNORECASE,
)
_WEEKDAY_GAP = re.compile(r"\s*(?P<op>and|to|through|until|-|–)\s*(?:on\s+)?", re.IGNORECASE)


_AND_GAP = re.compile(r"\s+and\s+")


def _next_year(a: str, b: str) -> bool:
    return bool(_YEAR_VALUE.match(a) and _YEAR_VALUE.match(b)) and int(b) == int(a) + 1


_MONTH_ONLY = re.compile(r"\d{4}-\d{2}")


def _next_month(a: str, b: str) -> bool:
    if not (_MONTH_ONLY.fullmatch(a) and _MONTH_ONLY.fullmatch(b)):
        return False
    months = int(a[:4]) * 12 + int(a[5:7])
    return int(b[:4]) * 12 + int(b[5:7]) == months + 1


def _join_consecutive_years(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """ "funded by the state in 2022 and 2023", "observed in October and November": two
    consecutive years or months told as a pair are one happening over both, as two
    consecutive days are ("in 1982 and 1995", "in March and June" stay two)."""
    drop: set[int] = set()
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if k in drop or a.end_value is not None or b.end_value is not None:
            continue
        if a.sentence != b.sentence or not _AND_GAP.fullmatch(text, a.span_end, b.span_start):
            continue
        if not (_next_year(a.value, b.value) or _next_month(a.value, b.value)):
            continue
        a.end_value, a.span_end = b.value, b.span_end
        a.why = f"{a.why}; {b.why}"
        drop.add(k + 1)
    return [c for k, c in enumerate(found) if k not in drop]


def _drop_counted_days(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """ "will strike on six days in July and August. The walkouts will take place on 16 and
    17 July, ...": a count of days in a period whose days are told too adds nothing."""
    days = [c for c in found if _DAY_VALUE.match(c.value[:10])]
    if not days:
        return found
    kept = []
    for c in found:
        if not _DAY_VALUE.match(c.value) and _DAYS_IN.search(
            text, max(c.sentence.start, c.span_start - 60), c.span_start
        ):
            lo, hi = _bounds(c.value)[0], _bounds(c.end_value or c.value)[1]
            if any(d is not c and lo <= _bounds(d.value[:10])[0] <= hi for d in days):
                continue
        kept.append(c)
    return kept


def _join_day_ranges(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """ "March 21 and 22", "from March 19 to 21, 2024", "on Wednesday and Thursday": one
    happening over consecutive days, which the tagger leaves as a day and a number (or two
    days)."""
    drop: set[int] = set()
    for k, cand in enumerate(found):
        if k in drop or cand.end_value is not None or not _DAY_VALUE.match(cand.value):
            continue
        day = dt.date.fromisoformat(cand.value)
        nxt = found[k + 1] if k + 1 < len(found) else None
        weekday = _WEEKDAY.fullmatch(cand.start.text.strip())
        gap = (
            _WEEKDAY_GAP.fullmatch(text, cand.span_end, nxt.span_start)
            if nxt is not None and weekday and nxt.sentence == cand.sentence
            else None
        )
        if gap and nxt is not None and nxt.end_value is None and _DAY_VALUE.match(nxt.value):
            delta = (dt.date.fromisoformat(nxt.value) - day).days
            if delta == 1 or (gap["op"].lower() != "and" and 1 < delta < 7):
                cand.end_value, cand.span_end = nxt.value, nxt.span_end
                cand.why = f"{cand.why}; {nxt.why}"
                drop.add(k + 1)
            continue
        gap = (
            _WEEKDAY_GAP.fullmatch(text, cand.span_end, nxt.span_start)
            if nxt is not None and not weekday and nxt.sentence == cand.sentence
            else None
        )
        if (
            gap is not None
            and nxt is not None
            and nxt.end_value is None
            and _DAY_VALUE.match(nxt.value)
            and _DIGIT.search(nxt.start.text)
            and not _WEEKDAY.search(nxt.start.text)
        ):
            # "which run May 30 to June 1", "will strike on 11 May and 12 May": two days
            # of one span (a pair joined by "and" only when they are consecutive)
            delta = (dt.date.fromisoformat(nxt.value) - day).days
            if delta == 1 or (gap["op"].lower() != "and" and 1 < delta <= 62):
                cand.end_value, cand.span_end = nxt.value, nxt.span_end
                cand.why = f"{cand.why}; {nxt.why}"
                drop.add(k + 1)
                continue
        match = _DAY_AFTER.match(text, cand.span_end, cand.sentence.end)
        if match is None or re.search(r"\d{1,2}\s+[A-Za-z]", cand.start.text) or weekday:
            continue  # "2 and 3 December" is _two_days's
        last = int(match["day"])
        year = int(match["year"]) if match["year"] else day.year
        try:
            first, end = day.replace(year=year), day.replace(year=year, day=last)
        except ValueError:
            continue
        if end <= first:
            continue
        cand.value, cand.end_value = first.isoformat(), end.isoformat()
        cand.span_end = match.end()
        cand.why = f"{cand.start.text}{match.group()}: {first} to {end}"
        drop.update(j for j in range(k + 1, len(found)) if found[j].span_start < match.end())
    return [c for k, c in enumerate(found) if k not in drop]


_DATE_LINE = re.compile(
    rf"^[ \t#*]*(?:(?:{WEEKDAY_ALT}),?\s+)?(?:\d{{1,2}}\s+)?"
    r"(?:" + _MONTH_NAMES + r")\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?[ \t*]*$",
    re.IGNORECASE | re.MULTILINE,
)


_ANAPHORIC_PERIOD = re.compile(
    r"that\s+(?P<p>spring|summer|autumn|fall|winter|year|month|week|day)", re.IGNORECASE
)
_OF_FROM_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.IGNORECASE)
_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _that_season(cand: _Candidate, found: list[_Candidate]) -> None:
    """ "during the summer of 2021 ... That summer, ...": "that summer" is the summer named
    last, not the summer of whatever date came just before it."""
    match = _ANAPHORIC_PERIOD.fullmatch(cand.start.text)
    code = _SEASON_CODE.get(match["p"].lower()) if match else None
    if code is None or cand.end is not None:
        return
    earlier = next((c for c in reversed(found) if c.value.endswith(f"-{code}")), None)
    if earlier is not None and earlier.value != cand.value:
        cand.value = earlier.value
        cand.why = f"{cand.start.text}: the season named before, {earlier.value}"
        cand.confidence = _CONFIDENCE["narrative"]


_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)


def _that_month(text: str, cand: _Candidate, found: list[_Candidate]) -> None:
    """ "convicted in March 2030 and sentenced ... that July": the month in the year of
    the date told before it."""
    timex = cand.start
    if timex.anchor == "absolute" or cand.end is not None or not found:
        return
    if not _MONTH_ONLY.fullmatch(cand.value) or _FOUR_DIGITS.search(timex.text):
        return
    if not _THAT_BEFORE.search(text, max(0, timex.start - 6), timex.start):
        return
    year = found[-1].value[:4]
    if not _FOUR_DIGITS.fullmatch(year) or cand.value.startswith(year):
        return
    cand.value = f"{year}{cand.value[4:]}"
    cand.why = f"that {timex.text}: in {year}, the year of the date told before it"
    cand.confidence = _CONFIDENCE["narrative"]


_THAT_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+that\s", re.IGNORECASE
)


def _announced_past(text: str, cand: _Candidate, published: dt.date | None) -> None:
    """ "The surprise announcement on Wednesday evening that the country will go to the
    polls": a future verb in the that-clause after a weekday does not date the weekday;
    with no future word before it, it is the last such day before the publication date."""
    timex = cand.start
    if published is None or timex.anchor != "dct" or cand.end is not None:
        return
    if not _WEEKDAY.match(timex.text) or _YEAR_OR_DEICTIC.search(timex.text):
        return
    if not _DAY_VALUE.match(cand.value) or not _THAT_AFTER.match(text, timex.end):
        return
    day = dt.date.fromisoformat(cand.value)
    if not 0 < (day - published).days <= 7:
        return
    before = text[cand.sentence.start : timex.start]
    if _FUTURE_OR_HYPOTHETICAL.search(before) or _SCHEDULE_PRESENT.search(before):
        return
    new = day - dt.timedelta(days=7)
    cand.value = new.isoformat()
    cand.why = (
        f"{timex.text}: the {new:%A} before the publication date (the clause after it is reported)"
    )
    cand.confidence -= 0.1


_SAID_AT_END = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|reported|confirmed|announced|added)\W*$"
)
# "6:45 a.m. — Sheriff Laura Benning says 14 homes were hit": the stamp dates the telling.
_SAYS_OPENING = re.compile(
    r"\s*(?:[\w'’.-]+\s+){1,7}?(?:says?|said|reports?|reported|confirms?|confirmed)\b"
    # "09:15 — A reader, Jo, emails: "I drive this stretch every day"": a message quoted
    r"|\s*(?:[\w'’.,-]+\s+){1,7}?(?:e-?mails|writes|wrote|tweets|tweeted|posts|posted"
    r"|messages|messaged|asks|asked|texts)\s*:"
)
_DISCLOSURE = frozenset({"publish", "releas", "report", "announc", "unveil", "reveal"})
_STAMP_START = re.compile(
    r"^[ \t]*(?:[-*•–][ \t]+)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}[:.]\d{2}\b", re.MULTILINE
)
# A stamp that gives its own day ("- 2027-02-22 03:14: ..."): the stamps after it are on it.
_DATED_STAMP = re.compile(r"^[ \t]*(?:[-*•–][ \t]+)?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}", re.M)


# A stamped update that only says how things stand ("The passengers are now weightless",
# "All three look good", "The hatch is open"): no happening of its own.
# "The burners are roaring.", "The last balloons are landing in the fields near the dam.":
# what is going on as the update is written, one sentence with no date of its own; "The
# hatch is closed and the spacewalk is over.": how things stand.
_UPDATE_ONGOING = re.compile(
    r"\W*(?:(?:(?i:the|a|an|all|both|our|its|their)|[a-z]+)\s+){1,4}?(?:is|are)\s+"
    r"(?:now\s+|still\s+)?"
    r"(?:[a-z]{3,}ing|over|closed|open|up|down|out|done|complete|finished|back|in|through)\b"
    r"[^.!?]*[.!]?\s*$"
)
_UPDATE_STATE = re.compile(
    r"(?:(?:the|all|both|a|an|our|its|their|[a-z]+|[A-Z][\w'’-]*)\s+){1,4}?"
    r"(?:is|are|looks?|seems?|remains?)\s+(?:now\s+|still\s+)?(?!\w+ing\b|\w+ed\b|to\b|due\b)"
)


def _thin_update(text: str, sentence: Span) -> bool:
    """Whether a stamped sentence says too little to title an event ("Good morning.",
    "Now the handover.", "Contact and capture!")."""
    body = text[_stamp_end(text, sentence) : sentence.end]
    return len(body.split()) < 4 or _BLOG_PHATIC.match(body) is not None


def _stamp_end(text: str, sentence: Span) -> int:
    """Where a stamped sentence's words start, after its clock time."""
    stamp = UPDATE_STAMP.match(text, sentence.start)
    return stamp.end() if stamp else sentence.start


_BLOG_PHATIC = re.compile(f"(?:{_READER_TALK})", re.IGNORECASE)


def _title_from_next_sentence(text: str, cand: _Candidate) -> bool:
    """Title a thin stamped update from its next sentence ("6:57 a.m. — Contact and
    capture! Dragon docked to the forward port ..." -> "Dragon docks to the forward port")."""
    line_end = _line_end(text, cand.sentence.end)
    rest = sentences(text[cand.sentence.end : line_end])
    if not rest:
        return False
    nxt = Span(cand.sentence.end + rest[0].start, cand.sentence.end + rest[0].end)
    if _BLOG_PHATIC.match(text, nxt.start) or _UPDATE_STATE.match(text, nxt.start):
        return False
    head = build_headline(text, nxt, nxt.start, nxt.start, absolute=False, speaker=None)
    if not head.title:
        return False
    own = text[_stamp_end(text, cand.sentence) : cand.sentence.end].strip().rstrip("!.")
    both = f"{own}: {head.title}"
    # "Liftoff! The booster roars away" -> "Liftoff: booster roars away from the pad"
    cand.title = both if own and not _BLOG_PHATIC.match(own) and len(both) <= 90 else head.title
    return True


def _stamp_on_page_day(text: str, cand: _Candidate, published: dt.date) -> None:
    """ "9:20 a.m. — At least three people were killed": a live blog's time stamp is of
    the page's day, not of a date in the update before it (updates run newest first),
    unless the blog heads its days with a date line."""
    first = _STAMP_START.search(text)
    head = first.start() if first is not None else cand.start.start
    # a date line above the first stamp ("Saturday 14 June 2031") heads that day's updates
    body = min(head, _first_line_end(text) + 1)
    if _DATE_LINE.search(text, body, cand.start.start) or _DATED_STAMP.search(
        text, head, cand.start.start
    ):
        return
    time = cand.value.partition("T")[2]
    if cand.value.startswith(published.isoformat()) or not time:
        return
    cand.value = f"{published.isoformat()}T{time}"
    cand.why = f"{cand.start.text}: a time stamp of the page's day, {published.isoformat()}"


def _in_stamped_update(text: str, cand: _Candidate) -> bool:
    """A clock time in a live blog's update ("13:40 - ... raised the alert at 1pm") is on
    the update's day, whatever the updates before it were about."""
    line_start = start_of_line(text, cand.span_start)
    return UPDATE_STAMP.match(text, line_start) is not None


def _clock_only(cand: _Candidate) -> bool:
    """A time of day with no day of its own ("at 23:40 GMT", "10pm")."""
    timex = cand.start
    # "every 15 minutes from 6 a.m. to 10 p.m.": a span of clock times has no day either.
    end_clock = cand.end is None or (
        cand.end.type == "TIME" and _CLOCK_ONLY.fullmatch(cand.end.text.strip()) is not None
    )
    return (
        timex.type == "TIME"
        and end_clock
        and not cand.stamp
        and _CLOCK_ONLY.fullmatch(timex.text.strip()) is not None
    )


_IS_ARE = re.compile(r"\b(?:is|are|has|have)\b")
_OCLOCK = re.compile(r"(?:at\s+)?[a-z]+\s+o['’]clock", re.IGNORECASE)
_CLOCK_HABIT = re.compile(
    r"\b(?:most|every|each|some|many|other)\s+(?:nights?|mornings?|evenings?|afternoons?|days?"
    r"|weekends?|weeks?|autumn|winter|spring|summer|year|season)\b"
    r"|\b(?:usually|typically|normally|often|always|sometimes|generally|regularly)\b",
    re.IGNORECASE,
)


def _clock_habit(text: str, cand: _Candidate) -> bool:
    """A time of day on no day in particular: a habit ("Most nights the driver hums along
    until 2 a.m.") or how things usually stand by then ("by eight o'clock the whole
    terrace smells like a bonfire"), told in the present."""
    timex = cand.start
    if (
        timex.type != "TIME"
        or cand.end is not None
        or cand.stamp
        or not (_CLOCK_ONLY.fullmatch(timex.text.strip()) or _OCLOCK.fullmatch(timex.text))
        or _in_stamped_update(text, cand)
    ):
        return False
    sentence = cand.sentence
    words = text[sentence.start : sentence.end]
    if _past_verb(words) or _IRREGULAR_PAST.search(words) or _FUTURE_OR_HYPOTHETICAL.search(words):
        return False
    # the habit may be set by the sentence before: "Every autumn the same thing happens on
    # my street. ... by eight o'clock the whole terrace smells like a bonfire."
    para = max(text.rfind("\n", 0, sentence.start) + 1, sentence.start - 200)
    if _CLOCK_HABIT.search(text, para, sentence.end):
        return True
    clause = text[cand.start.end : _clause_end(text, cand.start.end, sentence.end)]
    return _BY_END.search(
        text, max(sentence.start, cand.start.start - 4), cand.start.start
    ) is not None and (_present_tense(clause) or _IS_ARE.search(clause) is not None)


_ANOTHER_LIKE = re.compile(r"\banother\s+(?:[a-z-]+\s+){1,2}like\s+(?:the\s+|that\s+of\s+)?$")
_NAME_LABEL_BEFORE = re.compile(r"[—–:|]\s*$")
_NAME_LABEL_AFTER = re.compile(r"\s+[A-Z][a-z]+\s*$")
_SHARE_AFTER = re.compile(
    r",?\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|only\s+|just\s+"
    r"|more\s+than\s+|fewer\s+than\s+|less\s+than\s+|over\s+|under\s+)?"
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\b",
    re.IGNORECASE,
)
_WITH_ONGOING_UNTIL = re.compile(
    r"\bwith\s+[^,;:]{0,50}?\b[a-z]{3,}ing\b[^,;:]{0,40}\buntil\s+$", re.IGNORECASE
)
_LEVEL_UNTIL = re.compile(
    r"\b(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept|be|hover|hovers)\s+"
    r"(?:[a-z]+\s+)?(?:above|below|over|under|around|near|at)\s+[$£€]?\d[^,;:]{0,30}?\buntil\s+"
    r"(?:at\s+least\s+)?(?:the\s+(?:end|middle|start)\s+of\s+)?$",
    re.IGNORECASE,
)
_PLAN_MOVED = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?been\s+(?:moved|postponed|cancell?ed|delayed|pushed"
    r"|put\s+back|called\s+off|scrapped|brought\s+forward|rescheduled)\b",
    re.IGNORECASE,
)


_COPULA_BEFORE = re.compile(
    r"\b(?P<be>was|were)\s+(?:(?:still|then|once|already|also|briefly|largely|mostly|only)\s+)?"
    r"(?P<word>[\w%’'-]+)(?P<rest>[^,;:()—–\"“”]*)$"
)
_COPULA_NOT_STATE = frozenset(
    "on in at to from due set expected scheduled about able going supposed meant not never "
    "being born been held over there back out up off away home into under among by for with "
    "near across after before during until like just first last".split()
)
_DETERMINERS = frozenset("a an the his her their its our my your this that".split())
_THERE_BE = re.compile(r"\b(?:there|it)\s+$", re.IGNORECASE)
# Participles the verb lists may lack ("The tenor was cast in 1612").
_SHORT_PARTICIPLES = frozenset(
    "cast broadcast forecast hit cut set put shut spread split quit let bet burst cost hurt "
    "upset built sent spent lent bent dealt left lost kept swept won shot struck hung sung "
    "rung sold told held laid paid heard made read led fed fled bred met sat stuck spun dug "
    "found bound ground wound taught caught bought brought fought sought".split()
)
# "Her first polar journey was a crossing of the ice sheet in 2024": a happening named.
_HAPPENING_NOUN = re.compile(
    r"\b(?:journey|trip|landing|crossing|visit|attempt|launch|match|game|final|race|win"
    r"|victory|defeat|election|vote|strike|fire|flood|storm|crash|attack|meeting|opening"
    r"|closure|concert|show|festival|appearance|performance|title|event|first|last)\b",
    re.IGNORECASE,
)
# "were two outs from defeat in Game 2 on Wednesday before Garza's single tied it"
_SUBORDINATE_AFTER = re.compile(r"^[^.;!?]*?\b(?:before|when|until|as|after)\b")
_REST_HAPPENS = re.compile(r"\bto\s+[a-z]+|\b(?:who|that|which|when|where|and|but|as)\b")


def _past_state(text: str, timex: Timex, value: str, sentence: Span) -> bool:
    """How something stood at a date, told with "was"/"were" and no happening ("Rovers were
    bottom of the league in 2039", "The town was a busy port in the 1890s", "She was mayor
    in 2030", "The ground was full on Saturday"); "There was a fire in 2039", "was closed
    in 2039" and "was the first woman to climb it in 1975" tell happenings. Asked only of
    quotes: outside them the gold editors keep some such states."""
    clause = clause_around(text, sentence, timex.start, timex.end)
    match = _COPULA_BEFORE.search(text, clause.start, timex.start)
    if match is None or _THERE_BE.search(text, max(clause.start, match.start() - 8), match.start()):
        return False
    word = match["word"].lower()
    rest = match["rest"]
    if (
        word in _COPULA_NOT_STATE
        or match["word"][:1].isupper()  # "The last landing was Apollo 17 in December 1972"
        or word.endswith(("ed", "ing"))
        or _verbs.is_participle(word)
        or _verbs.past_base(word) is not None
        or _verbs.participle_base(word) is not None
        or word in _SHORT_PARTICIPLES
        or _HAPPENING_NOUN.search(text, clause.start, timex.start)
        or _SUBORDINATE_AFTER.search(text, timex.end, sentence.end)
        or _REST_HAPPENS.search(rest)
        or _past_verb(rest)
        or _IRREGULAR_PAST.search(rest)
    ):
        return False
    if _DAY_VALUE.match(value[:10]):
        # "The ground was full on Saturday", but "Rovers were 3-1 winners on Saturday" and
        # "The match was a draw on Saturday" tell what happened that day
        return word not in _DETERMINERS and not word[:1].isdigit()
    return True


def _names_a_thing(text: str, timex: Timex, sentence: Span) -> bool:
    """A date that only names a thing: "the Dogs (Protection of Livestock) Act 1953", the
    newsletter "— Friday Notes", the headline "School places for September 2046: ...";
    a share of a period ("Last year about 8% of applications arrived late"); a plan that
    was moved ("exams that were due to be held this week have been moved"); a state of
    some till a date ("with Year 7 learning online until the end of the week")."""
    lo = max(sentence.start, timex.start - 40)
    if _YEAR_VALUE.fullmatch(timex.value) and _LAW_NAME_BEFORE.search(text, lo, timex.start):
        return True
    if _ANOTHER_LIKE.search(text, lo, timex.start):
        return True  # "Nobody wants another summer like 2039": a byword
    if _SHARE_AFTER.match(text, timex.end) and _OPENING_IN.fullmatch(
        text, sentence.start, timex.start
    ):
        return True
    if _WITH_ONGOING_UNTIL.search(text, max(sentence.start, timex.start - 100), timex.start):
        return True
    if _LEVEL_UNTIL.search(text, max(sentence.start, timex.start - 90), timex.start):
        return True  # "expects inflation to stay above 3% until the end of 2042": a level
    if _WAS_DUE.search(text, max(sentence.start, timex.start - 60), timex.start) and (
        _PLAN_MOVED.search(text, timex.end, sentence.end)
    ):
        return True
    head = len(text) - len(text.lstrip())
    first_line_end = text.find("\n", head)
    if 0 <= first_line_end < timex.start or timex.start < head:
        return False
    line_end = first_line_end if first_line_end >= 0 else len(text)
    if (
        _WEEKDAY.fullmatch(timex.text)
        and _NAME_LABEL_BEFORE.search(text, head, timex.start)
        and _NAME_LABEL_AFTER.fullmatch(text, timex.end, line_end)
    ):
        return True
    colon = text.find(":", timex.end, line_end)
    purpose = _PLURAL_FOR.search(text, max(head, timex.start - 40), timex.start)
    if purpose is None or colon < 0 or text[timex.end : colon].strip():
        return False
    label = text[head : purpose.start()].lower().split()  # the words before "places for"
    return not any(_finite_word(w.strip(":,")) for w in label)


# "We were promised this ship in 2024, then last year, then this March": promised for.
_PROMISED = re.compile(
    r"\b(?:was|were|been|being)\s+promised\b(?:(?!\bbut\b)[^;:.!?])*$", re.IGNORECASE
)
# "posting dates for Christmas", "tickets for Friday's concert": a noun's purpose.
_NOUN_FOR = re.compile(r"\b[A-Za-z][a-z]{2,}s\s+for\s+(?:the\s+|this\s+|next\s+)?$")


def _purpose_ahead(
    text: str, timex: Timex, value: str, sentence: Span, published: dt.date | None
) -> bool:
    """A day ahead named as a thing's purpose in a clause told in the past ("Royal Mail
    has published its last posting dates for Christmas", "Tickets for Friday's concert
    sold out"): what happened did not happen then."""
    if published is None or _bounds(value)[0] <= published:
        return False
    if not _NOUN_FOR.search(text, max(sentence.start, timex.start - 40), timex.start):
        return False
    clause = clause_around(text, sentence, timex.start, timex.end)
    words = text[clause.start : clause.end]
    return (
        _past_verb(words) or _IRREGULAR_PAST.search(words) is not None
    ) and not _FUTURE_OR_HYPOTHETICAL.search(words)


_SEASON_OR_MONTH = re.compile(
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)",
    re.IGNORECASE,
)


def _generic_by_state(text: str, timex: Timex, sentence: Span) -> bool:
    """ "Water gets into a small crack, freezes, and by spring the crack is a crater": how
    things stand by a season of no year, in a sentence told in the generic present."""
    if not _SEASON_OR_MONTH.fullmatch(timex.text) or not _BY_END.search(
        text, max(sentence.start, timex.start - 4), timex.start
    ):
        return False
    words = text[sentence.start : sentence.end]
    if _past_verb(words) or _IRREGULAR_PAST.search(words) or _FUTURE_OR_HYPOTHETICAL.search(words):
        return False
    clause = text[timex.end : _clause_end(text, timex.end, sentence.end)]
    return _IS_ARE.search(clause) is not None or _present_tense(clause)


def _two_days(text: str, cand: _Candidate) -> _Candidate | None:
    """ "on 2 and 3 December": a range whose first day the tagger could not see alone.
    "on 3 and 28 December" names two separate days: the first is returned as its own
    candidate."""
    if cand.end is not None or not _DAY_VALUE.match(cand.value):
        return None
    match = _RANGE_START.search(
        text, max(cand.sentence.start, cand.span_start - 12), cand.span_start
    )
    if match is None:
        return None
    first = int(match.group(1))
    if not 1 <= first < int(cand.value[8:10]):
        return None
    if re.search(r"\b(?:and|&)\s+$", match.group(0)) and int(cand.value[8:10]) - first > 1:
        value = f"{cand.value[:8]}{first:02d}"
        why = f"{match.group(1)} {cand.start.text[len(cand.start.text.split()[0]) :].strip()}"
        cand.span_start = match.start()  # the title leaves out both days
        return dataclasses.replace(
            cand, value=value, why=f"{why}: {value}, the first of two days named together"
        )
    cand.end_value = cand.value
    cand.value = f"{cand.value[:8]}{first:02d}"
    cand.span_start = match.start()
    cand.why = f"{match.group(0)}{cand.start.text}: {cand.why}"
    return None


_SAME_PERIOD = re.compile(r"(?:the\s+)?same\s+(?:day|night|morning|evening|week|month|year)", re.I)


def _drop_same_period(found: list[_Candidate]) -> list[_Candidate]:
    """ "The light was automated in March 1998, and the last keepers left the same month":
    a second step told on the date just named in the sentence goes with it."""
    return [
        c
        for k, c in enumerate(found)
        if not (
            _SAME_PERIOD.fullmatch(c.start.text)
            and any(
                o.sentence == c.sentence and o.value == c.value and o.end is None for o in found[:k]
            )
        )
    ]


_PLURAL_FOR = re.compile(r"\b[a-z]{3,}(?<!s)s\s+for\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def _drop_purpose_periods(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """ "Applications for Reception places for September 2040 close on 15 January": a
    period that only says what the things are for, in a sentence whose happening has a
    day of its own."""
    day_sentences = {c.sentence for c in found if _DAY_VALUE.match(c.value[:10])}
    return [
        c
        for c in found
        if _DAY_VALUE.match(c.value[:10])
        or c.sentence not in day_sentences
        or c.end is not None
        or not _PLURAL_FOR.search(text, max(c.sentence.start, c.span_start - 40), c.span_start)
    ]


def _holiday_name(cand: _Candidate) -> bool:
    """A day named only by its holiday ("Labor Day", "Christmas Day"): no digit, no
    weekday, capitalised."""
    words = cand.start.text.split()
    return (
        cand.end is None
        and bool(words)
        and _DAY_VALUE.match(cand.value) is not None
        and not _DIGIT.search(cand.start.text)
        and not _WEEKDAY.search(cand.start.text)
        and all(w[:1].isupper() for w in words)
        and words[0].lower() not in _DEICTIC_DAYS
    )


def _drop_coarse_appositions(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """ "Thirty years ago, on 9 November 1989": keep the finer of two dates in apposition."""
    drop: set[int] = set()
    for k in range(1, len(found)):
        a, b = found[k - 1], found[k]
        gap = text[a.span_end : b.span_start]
        if a.sentence != b.sentence:
            continue
        if (
            _HOLIDAY_BESIDE.fullmatch(gap)
            and _DIGIT.search(a.start.text + b.start.text)
            and not (_clock_only(a) or _clock_only(b))
        ):
            # "Sept. 2: Labor Day, the last day ...", "on Christmas Day, Dec. 25": the
            # holiday names the stated day again (and may have been read in another year).
            if _holiday_name(b) and not _holiday_name(a) and _DAY_VALUE.match(a.value[:10]):
                drop.add(k)
                continue
            if _holiday_name(a) and not _holiday_name(b) and _DAY_VALUE.match(b.value[:10]):
                drop.add(k - 1)
                continue
        if len(gap) > 16 or not _APPOSITION_GAP.fullmatch(gap):
            # "the 2024 marathon will be held on April 15": the year only names the race.
            for k_coarse, fine in ((k - 1, b), (k, a)):
                coarse = found[k_coarse]
                attributive = _determiner_end(text, coarse.sentence.start, coarse.span_start)
                if attributive and _contains(coarse, fine) and not _contains(fine, coarse):
                    drop.add(k_coarse)
            continue
        times = [j for j, c in ((k - 1, a), (k, b)) if c.start.type == "TIME" and "T" in c.value]
        if len(times) == 1 and _DAY_VALUE.match(found[2 * k - 1 - times[0]].value):
            drop.add(times[0])  # "at 7 p.m. tonight": the day word says which day
            continue
        a_lo, a_hi = _bounds(a.end_value or a.value)
        b_lo, b_hi = _bounds(b.end_value or b.value)
        a_first, b_first = _bounds(a.value)[0], _bounds(b.value)[0]
        if a_first <= b_first and b_hi <= a_hi and (a_first, a_hi) != (b_first, b_hi):
            drop.add(k - 1)
        elif b_first <= a_first and a_hi <= b_hi and (a_first, a_hi) != (b_first, b_hi):
            drop.add(k)
        elif (a_first, a_hi) == (b_first, b_hi) and a.value != b.value:
            drop.add(k if "T" in a.value else k - 1)  # "at 7 p.m. tonight": one time
        elif a.start.anchor != "absolute" and b.start.anchor == "absolute":
            drop.add(k - 1)  # "Four days later, on July 20, 1969": the stated date wins
        elif b.start.anchor != "absolute" and a.start.anchor == "absolute":
            drop.add(k)
        elif a.start.anchor == "narrative" and b.start.anchor == "dct":
            drop.add(k - 1)  # "two weeks later, on 8 December": the named day wins
        elif b.start.anchor == "narrative" and a.start.anchor == "dct":
            drop.add(k)
        del a_lo, b_lo
    return [c for k, c in enumerate(found) if k not in drop]


def _first_line_end(text: str) -> int:
    """End of the first non-blank line (the headline, when the text has one)."""
    match = re.search(r"\S[^\n]*", text)
    return match.end() if match else -1


def _contains(a: _Candidate, b: _Candidate) -> bool:
    a_lo, a_hi = _bounds(a.value)[0], _bounds(a.end_value or a.value)[1]
    b_lo, b_hi = _bounds(b.value)[0], _bounds(b.end_value or b.value)[1]
    return a_lo <= b_lo and b_hi <= a_hi


def _lead_index(spans: Sequence[Span], text: str) -> int:
    """Index of the first body sentence (at least eight words, after the headline line)."""
    first_line_end = _first_line_end(text)
    for k, span in enumerate(spans):
        if span.start > first_line_end >= 0 and len(text[span.start : span.end].split()) >= 8:
            return k
    return -1


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude stem, so that "met"/"meets"/"meeting" and "Russia's"/"Russia" compare equal."""
    low = word.lower().strip("'’-")
    low = re.sub(r"['’]s$", "", low)
    if (base := _verbs.IRREGULAR_PAST.get(low)) is not None:
        return base
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            stem = low[: -len(suffix)]
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
                stem = stem[:-1]  # "banned", "planned", "stopped": "ban", "plan", "stop"
            return stem.rstrip("e")
    return low.rstrip("e")


@functools.lru_cache(maxsize=4096)
def _part_words(part: str) -> frozenset[str]:
    # A sentence is the context of each of its dates: its words are found once.
    return frozenset(_stem(w) for w in _WORD.findall(part) if w.lower() not in _STOPWORDS)


def _words(*parts: str) -> frozenset[str]:
    if len(parts) == 1:
        return _part_words(parts[0])
    return frozenset().union(*map(_part_words, parts))


_SPEAKING_DAY_OFFSET = {"today": 0, "tonight": 0, "this morning": 0, "tomorrow": 1, "yesterday": -1}


def _quoted_today_of_the_statement(text: str, cands: list[_Candidate], dct: dt.date | None) -> None:
    """ "'We will reach a deal today,' the minister said on Tuesday": a today, tomorrow or
    yesterday inside a quote counts from the day the sentence says the speaker spoke."""
    if dct is None:
        return
    for cand in cands:
        offset = _SPEAKING_DAY_OFFSET.get(cand.start.text.lower())
        if offset is None or not cand.quoted or cand.end is not None:
            continue
        spoke = next(
            (
                c
                for c in cands
                if c.sentence == cand.sentence
                and not c.quoted
                and c.end is None
                and _DAY_VALUE.match(c.value)
                and reporting_date(text, c.sentence, c.start.start)
            ),
            None,
        )
        if spoke is None or spoke.value == dct.isoformat():
            continue
        day = dt.date.fromisoformat(spoke.value) + dt.timedelta(days=offset)
        cand.value = day.isoformat()
        cand.why = (
            f"{cand.start.text} (in a quote): counted from {spoke.value}, the day the "
            f"speaker spoke ({spoke.start.text})"
        )
        cand.confidence = _CONFIDENCE["narrative"] - 0.1


def _reanchor_quoted_today(
    cands: list[_Candidate], lead: _Candidate | None, dct: dt.date | None
) -> None:
    """ "our talks here today" in a quote: the day the speaker spoke, the reported event."""
    if lead is None or dct is None or not _DAY_VALUE.match(lead.value):
        return
    lead_day = dt.date.fromisoformat(lead.value)
    if not 0 < (dct - lead_day).days <= 7:
        return
    for cand in cands:
        today = cand.start.text.lower() in ("today", "tonight", "this morning")
        if cand.quoted and today and cand.value == dct.isoformat():
            cand.value = lead.value
            cand.why = (
                f"{cand.start.text} (in a quote): the day the speaker spoke, "
                f"{lead_day:%A} {lead.value}, when the reported event took place"
            )
            cand.confidence -= 0.1


@dataclasses.dataclass(slots=True)
class _Draft:
    cand: _Candidate
    title: str
    planned: bool
    reporting: bool
    words: frozenset[str]
    mentions: list[Mention]
    embed: bool
    # The words the title was built from: the sentence, or the quote of an attributed
    # quotation ('"We will vote on Friday," Pruitt said' -> "We will vote on Friday").
    said: Span | None = None


def _mention(text: str, cand: _Candidate, source_id: str) -> Mention:
    sentence = cand.sentence
    return Mention.build(
        source=source_id,
        quote=text[sentence.start : sentence.end],
        quote_start=sentence.start,
        quote_end=sentence.end,
        timex=text[cand.span_start : cand.span_end],
        timex_start=cand.span_start,
        timex_end=cand.span_end,
    )


def _previous_line(text: str, pos: int) -> str:
    line_start = start_of_line(text, pos) - 1
    for line in reversed(text[max(0, line_start - 600) : max(0, line_start)].split("\n")):
        if line.strip():
            return re.sub(r"<[^>]*>|[*_]{2}", "", line).strip()
    return ""


def _draft(text: str, cand: _Candidate, source_id: str, speaker: str | None) -> _Draft:
    line_start = start_of_line(text, cand.sentence.start)
    embed = _EMBED_LINE.match(text, line_start)
    sentence = cand.sentence
    said = None
    # '"We will vote on Friday," Senate leader Ann Pruitt said': "Pruitt: We to vote".
    if (
        cand.quoted
        and not speaker
        and not cand.title
        and (attributed := quote_attribution(text, cand.sentence, cand.span_start))
    ):
        speaker, said = attributed
        sentence = said
    head = build_headline(
        text,
        sentence,
        cand.span_start,
        cand.span_end,
        absolute=cand.start.anchor == "absolute",
        speaker=speaker if cand.quoted else None,
    )
    title = cand.title or head.title
    context = text[cand.sentence.start : cand.sentence.end]
    if embed is not None:
        content = _previous_line(text, line_start)
        context = f"{content} {context}"
        title = f"{embed['who'].strip()}: {content}" if content else title
        title = re.sub(r"\s*pic\.twitter\.com/\S+|\s*https?://\S+", "", title)[:80].rstrip()
    elif cand.quoted and speaker and not title.startswith(speaker):
        title = f"{speaker}: {title}"
    title = _LINE_LEAD.sub("", title) or title
    if head.planned and not _SAYS_PLANNED.search(title):
        title = f"{title} (planned)"
    return _Draft(
        cand=cand,
        title=title,
        planned=head.planned,
        reporting=head.reporting,
        # A title found with the date (an after- or offset clause) names a happening
        # of its own: the rest of its sentence tells another one.
        words=_words(title, speaker or "") if cand.title else _words(title, context, speaker or ""),
        mentions=[_mention(text, cand, source_id)],
        embed=embed is not None,
        said=said,
    )


# "WASHINGTON (AP) —", "CHICAGO -" and a live-blog "9:15 a.m. —" open a line, not a title.
_LINE_LEAD = re.compile(
    r"^(?:[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]*)*\s*(?:\([^)]{1,30}\))?"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)\s+[-—–]+\s+"
)
_SAYS_PLANNED = re.compile(
    r"\b(?:to|expected|forecast|planned|due|scheduled|could|may|might|set to)\b"
)
_SPEAKER_LINE = re.compile(r"[ \t]*(?P<who>[A-Z][\w.'’ -]{1,40}?)(?:\s+to\s+[\w ]{1,30})?:\s*[\"“]")


def _speaker(text: str, sentence: Span) -> str | None:
    line_start = start_of_line(text, sentence.start)
    match = _SPEAKER_LINE.match(text, line_start)
    if match is None:
        return None
    who = match["who"].strip()
    if said := _SAID_END.search(who):
        return _said_speaker(who[: said.start()].split())
    return who


def _said_speaker(words: list[str]) -> str | None:
    """Who speaks in 'WHO said: "..."': a person by surname ('Ann Pruitt said:' -> "Pruitt"),
    a role by its role and body ('A spokeswoman for the council said:' -> "Council
    spokeswoman"), or a role alone ('A spokesperson said:' -> "Spokesperson")."""
    if words and words[0].lower() in _NOT_NAMES:
        words = words[1:]  # "A", "The": no name
    if not words:
        return None
    if words[0].islower() and (
        at := next((i for i, w in enumerate(words) if w in ("for", "at")), None)
    ):
        body = words[at + 1 :]
        if body and body[0].lower() in _NOT_NAMES:
            body = body[1:]
        if body and len(body) <= 3:
            phrase = " ".join([*body, *words[:at]])
            return phrase[:1].upper() + phrase[1:]
    names = [w for w in words if w[:1].isupper()]
    if names:
        return names[-1]
    if len(words) > 3:
        return None
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


_SAID_END = re.compile(r"\s+(?:said|says|added|wrote|warned|told(?:\s+\w+){1,2})$")


_NOT_NAMES = frozenset("the a an this that its their his her our".split())


def _names_someone(subject: str) -> bool:
    """Whether a subject has a proper name ("Pompeo"), not only "America's top diplomat"."""
    for i, word in enumerate(subject.split()):
        if not word[:1].isupper() or word.endswith(("'s", "’s")):
            continue
        if i == 0 and word.lower() in _NOT_NAMES:
            continue
        return True
    return False


def _delayed_identity(
    text: str, spans: Sequence[Span], lead_k: int, dated: set[Span]
) -> str | None:
    """A lead that names its subject only in the next sentence ("America's top diplomat
    sat down with Russia's leadership on Tuesday" / "Secretary of State Mike Pompeo met
    President Vladimir Putin ... in Sochi"): the title comes from the naming sentence."""
    if lead_k < 0 or lead_k + 1 >= len(spans):
        return None
    subject = subject_of(text, spans[lead_k])
    following = spans[lead_k + 1]
    if subject is None or _names_someone(subject) or following in dated:
        return None
    if TITLED_NAME.match(text, following.start) is None:
        return None
    head = build_headline(text, following, following.start, following.start, absolute=False)
    return None if head.planned or head.reporting else head.title


# "... in the seat since it was created": "it" after a subordinator inside the sentence,
# and the last noun phrase before it.
_SUBORDINATE_IT = re.compile(r"\b(?:since|after|when|before|until|because|once|while)\s+it\s")
_THE_NOUN = re.compile(r"\b(?:the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b")
_NOT_ANTECEDENT = frozenset(
    """lowest highest most least first last best worst same time year month week day
    morning evening night way end start number""".split()
)


def _it_in_sentence(text: str, sentence_start: int, date_start: int) -> str | None:
    """The thing "it" stands for when a subordinate clause inside a sentence says "it"
    and a noun phrase comes before it in the same sentence; None otherwise."""
    sub = next(reversed(list(_SUBORDINATE_IT.finditer(text, sentence_start, date_start))), None)
    if sub is None or sub.start() - sentence_start < 10:
        return None
    nps = list(_THE_NOUN.finditer(text, sentence_start, sub.start()))
    if not nps or nps[-1].end() < sub.start() - 3:
        return None  # the noun phrase must end right before the subordinator
    np = nps[-1]["np"]
    if any(w in _NOT_ANTECEDENT for w in np.split()) or _verbs.past_base(np.split()[-1]):
        return None
    return np


_PRONOUN_TITLE = re.compile(r"(?P<pronoun>It|They|Most)\s+(?=[a-z])(?!of\s)")
_PRONOUNS = frozenset(
    """it they he she we i this that these those there here anyone anybody someone somebody
    everyone everybody nobody each""".split()
)


_COUNTED_PLURAL = re.compile(
    r"\b(?:\d[\d,]*|many|several)\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z]{3,}s)\b"
)


# An object "it" in a title ("Harbor & Pine acquires it"), and a sentence that opens
# with "It".
_OBJECT_IT_TITLE = re.compile(
    r"(?<=[a-z] )it(?=$| (?:in|on|at|from|for|to|by|off|up|down|after|before|with|over)\b)"
)
_OPENS_IT = re.compile(r"It\s+(?=[a-z])")
_SUBJECT_MODIFIER = re.compile(r"\s(?:that|which|who)\s")


def _previous_subject(
    text: str, spans: Sequence[Span], k: int, pronoun: str, at: int
) -> str | None:
    """ "It lowers its forecast": the subject of the sentence before names "it"
    ("Pinecrest Foods Inc"), when it is a short noun phrase of the same number; "It was
    last seen", "They have been charged": the object of that sentence (the pronoun's
    sentence starts at ``at``)."""
    if owner := label_owner(text, at):
        return owner  # "The pier's story in brief: it opened in 1869"
    if k < 0 or spans[k].start <= _first_line_end(text):
        return None
    they = pronoun != "It"  # "They"/"Most" look for "them"
    if pronoun != "Most" and (
        patient := patient_antecedent(
            text, spans[k].start, spans[k].end, label_end(text, at, len(text))
        )
    ):
        return patient  # "Police arrested two men. They have been charged": the men
    if k > 0 and says_object_pronoun(text, spans[k].start, spans[k].end, they):
        k -= 1  # "The county closed it in March. It was built ...": the "it" before says who
        if spans[k].start <= _first_line_end(text):
            return None
    span = spans[k]
    # "- This spring: The reservoir starts filling.", "07:10 - Ferries were cancelled."
    span = Span(label_end(text, span.start, span.end), span.end)
    subject = subject_of(text, span)
    if subject is None:
        return None
    if says_object_pronoun(text, span.start, span.end, they):
        return None  # "The county closed it in March. It was built in 1932": not the county
    # "The trust that runs the canal, founded in 1971, ...": the trust.
    subject = _SUBJECT_MODIFIER.split(subject, maxsplit=1)[0]
    words = subject.split()
    longest = 6 if words and words[0] in ("The", "A", "An") else 5
    if not 1 <= len(words) <= longest or words[0].lower() in _PRONOUNS or "," in subject:
        return None
    if any(w.lower() in ("said", "says", "and", "who", "which") for w in words) or any(
        w == "of" and not nxt[:1].isupper() for w, nxt in itertools.pairwise(words)
    ):
        return None  # "The head of the agency" (but "The Bank of England" is a name)
    plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "'s", "’s", "us"))
    # "Pinecrest Foods Inc" is one company, "it" (but a sentence's first word is capitalised)
    named = words[-1][:1].isupper() and (len(words) > 1 or not plural)
    if (pronoun == "It") != (named or not plural):
        return None
    if re.match(r"(?:[Tt]he|[Aa]n?)\s+[a-z]", subject) or (
        re.match(r"(?:[Tt]he|[Aa]n?)\s", subject) and words[-1].islower()
    ):
        subject = subject.split(" ", 1)[1]  # "The Marsh Lane bridge" (but "The Hague")
    return subject[:1].upper() + subject[1:]


# "That was on the morning of 21 July.": a sentence that only dates what was told before.
_THAT_WAS = re.compile(
    r"(?:That|This|It)\s+(?:was|happened|came)\s+(?:(?:on|in|at)\s+)?(?:the\s+"
    r"(?:morning|afternoon|evening|night|day|week|end|start|middle)\s+of\s+)?$"
)


def _day_told_before(
    text: str, spans: Sequence[Span], starts: Sequence[int], cand: _Candidate
) -> str | None:
    """ "Volunteer Mo Aziz ... found the edge of a tile ... That was on the morning of 21
    July": the date of a sentence that says nothing else titles the happening told before
    it (a quote between them left out)."""
    sentence = cand.sentence
    if cand.quoted or not _THAT_WAS.fullmatch(text, sentence.start, cand.span_start):
        return None
    if text[cand.span_end : sentence.end].strip() not in (".", "!"):
        return None
    k = bisect.bisect_left(starts, sentence.start) - 1
    while k >= 0 and _QUOTE_OPENING.match(text, spans[k].start):
        k -= 1  # '"I knew straight away it wasn't drains," he says.'
    if k < 0 or spans[k].start <= _first_line_end(text):
        return None
    head = build_headline(text, spans[k], spans[k].start, spans[k].start, absolute=False)
    return head.title or None


def _looks_ahead(text: str, d: _Draft) -> bool:
    """A planned happening, or a clause that speaks of the future before its date."""
    cand = d.cand
    return d.planned or bool(_FUTURE_CLAUSE.search(text, cand.sentence.start, cand.span_start))


def _other_clause(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether two dates of one sentence lie in clauses of their own."""
    first = clause_around(text, a.sentence, a.start.start, a.start.end)
    second = clause_around(text, b.sentence, b.start.start, b.start.end)
    return first.end <= second.start or second.end <= first.start


def _absorb_coarse(text: str, drafts: list[_Draft], lead: Span | None) -> list[_Draft]:
    """ "300 performances for this summer" then "the festival, which runs from 4 to 27
    August": a relative season, month or year that a finer date of the same happening
    in the next sentences makes precise is one event, at the finer date. A plan the lead
    dates coarsely ("will be banned from next April", "will close this summer") is made
    precise by the first later planned date that starts within it ("Patrol boats will
    enforce the ban from 1 April 2024", "No trains will run from 22 July to 16 September")."""
    drop: set[int] = set()
    for k, coarse in enumerate(drafts):
        cand = coarse.cand
        if cand.end_value or not cand.start.text.lower().startswith(("this ", "next ")):
            continue
        lo, hi = _bounds(cand.value)
        for fine in drafts[k + 1 : k + 5]:
            if fine.cand.sentence.start - cand.sentence.end > 600:
                break
            if fine.cand.sentence == cand.sentence and _other_clause(text, cand, fine.cand):
                continue  # "Lisle will retire next year, and the board expects to name ..."
            f_lo = _bounds(fine.cand.value)[0]
            f_hi = _bounds(fine.cand.end_value or fine.cand.value)[1]
            if lo <= f_lo and f_hi <= hi and (f_lo, f_hi) != (lo, hi) and coarse.words & fine.words:
                fine.mentions.extend(coarse.mentions)
                drop.add(k)
                break
        else:
            if cand.sentence != lead or cand.quoted or not _looks_ahead(text, coarse):
                continue
            later = next(
                (
                    f
                    for f in drafts[k + 1 :]
                    if f.cand.sentence != cand.sentence
                    and lo <= _bounds(f.cand.value)[0] <= hi
                    and _bounds(f.cand.value) != (lo, hi)
                ),
                None,
            )
            if later is not None and not later.cand.quoted and _looks_ahead(text, later):
                later.mentions.extend(coarse.mentions)
                drop.add(k)
    return [d for k, d in enumerate(drafts) if k not in drop]


_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.IGNORECASE)
_PAIR = re.compile(
    r"(?P<x>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+and\s+(?P<y>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_YEAR_VALUE = re.compile(r"\d{4}$")


def _respectively(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """ "upgraded its factories in Hull and Wakefield last year, in March and October
    respectively": two events, each naming its own item ("... its factories in Hull",
    "... in Wakefield"), in the year the sentence's coarser date gives; the coarse date
    ("last year") adds no event of its own."""
    drop: set[int] = set()
    for k in range(len(drafts) - 1):
        a, b = drafts[k], drafts[k + 1]
        sentence = a.cand.sentence
        if b.cand.sentence != sentence or a.cand.end_value or b.cand.end_value:
            continue
        gap = text[a.cand.span_end : b.cand.start.start]
        if gap.strip().lower() != "and" or not _RESPECTIVELY.match(text, b.cand.span_end):
            continue
        pairs = list(_PAIR.finditer(text, sentence.start, a.cand.span_start))
        pair = pairs[-1] if pairs else None
        if pair is None:
            continue
        coarse = next(
            (
                j
                for j in range(max(0, k - 3), k)
                if drafts[j].cand.sentence == sentence and _YEAR_VALUE.match(drafts[j].cand.value)
            ),
            None,
        )
        both = f"{pair['x']} and {pair['y']}"
        base = drafts[coarse].title if coarse is not None else a.title
        for draft, item in ((a, pair["x"]), (b, pair["y"])):
            draft.title = base.replace(both, item) if both in base else f"{base} ({item})"
            draft.words |= _words(item)
            if coarse is not None and not re.search(r"\d", draft.cand.start.text):
                year = drafts[coarse].cand.value
                month = draft.cand.value[4:]
                if draft.cand.value[:4] != year and re.fullmatch(r"-\d{2}", month):
                    draft.cand.value = f"{year}{month}"
                    draft.cand.why += f"; in {year}, the year the sentence names"
        if coarse is not None:
            a.mentions.extend(drafts[coarse].mentions)
            drop.add(coarse)
    return [d for j, d in enumerate(drafts) if j not in drop]


_LIST_GAP = re.compile(
    r",?\s+(?:and\s+)?(?P<item>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the))*)\s+(?:in|on)\s+$"
)
_LIST_HEAD = re.compile(
    r"(?:^|[,;]\s+|\b[a-z]+(?:ed|ing|s)\s+)(?P<item>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and"
    r"|the))*)\s+(?:in|on)\s+$"
)


def _date_list_titles(text: str, drafts: list[_Draft]) -> None:
    """ "adding Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982": each
    date of a list names its own item; the first title, with its item swapped."""
    for k in range(1, len(drafts)):
        first = drafts[k - 1]
        sentence = first.cand.sentence
        run = [first]
        items = []
        for d in drafts[k:]:
            if d.cand.sentence != sentence or d.cand.quoted:
                break
            gap = _LIST_GAP.fullmatch(text, run[-1].cand.span_end, d.cand.span_start)
            if gap is None:
                break
            run.append(d)
            items.append(gap["item"])
        if len(run) < 2 or (k >= 2 and drafts[k - 2].cand.sentence == sentence):
            continue
        head = _LIST_HEAD.search(text, sentence.start, first.cand.span_start)
        if head is None or head["item"] not in first.title:
            continue
        for d, item in zip(run[1:], items, strict=True):
            d.title = first.title.replace(head["item"], item)
            d.words |= _words(item)


_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|BST)"
_DATE_LABEL = re.compile(
    rf"(?:(?:{WEEKDAY_ALT}),?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_NAMES + r")|(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}"
    r"|" + _CLOCK + r")(?:,?\s+(?:at\s+)?" + _CLOCK + r")?\s*(?::|\s[–—-])\s+(?=\S)",
    re.IGNORECASE,
)


_LIST_MARKUP = re.compile(r"^(?:[*•#>\s]|\*\*|__)+(?:[–—-]\s+)?(?=\w)")


def _without_date_label(title: str) -> str:
    """ "12 April: nominations open", "Saturday 13 April: Ashvale v Millford (3pm": a
    timetable line's date label and a cut-off time in brackets are no part of its title."""
    title = _LIST_MARKUP.sub("", title) or title  # "* **3 March** – Engineers found ..."
    label = _DATE_LABEL.match(title)
    if label is not None:
        rest = title[label.end() :]
        title = rest[:1].upper() + rest[1:]
    if title.count("(") > title.count(")"):
        cut = title.rfind("(")
        if cut > 0 and re.fullmatch(r"\(\s*" + _CLOCK + r"\.?\s*", title[cut:], re.IGNORECASE):
            title = title[:cut].rstrip(" ,;:")
    return title


_LIST_LABEL_END = re.compile(r"(?:,[^:\n]{0,20})?:\s")


def _list_line(text: str, cand: _Candidate) -> bool:
    """Whether the date labels a line of a list ("- 6 May: polling day.")."""
    line_start = start_of_line(text, cand.span_start)
    return _LIST_MARKUP_ONLY.fullmatch(text, line_start, cand.span_start) is not None and bool(
        _LIST_LABEL_END.match(text, cand.span_end)
    )


_LIST_MARKUP_ONLY = re.compile(r"[ \t]*(?:[-*•–—]\s*|\*\*)?")


def _said_words(title: str) -> frozenset[str]:
    """The content words of what a title says, without a speaker or label before a colon."""
    return _words(title.rsplit(": ", 1)[-1])


# What happens to a thing or person once, so that two mentions with the same date are one.
_ONCE_ONLY = frozenset(map(_stem, "founded established born incorporated".split()))


def _same_happening(a: _Draft, b: _Draft) -> bool:
    if a.embed or b.embed:
        return True
    if a.cand.heading and b.cand.heading:
        return a.title == b.title  # each date heading heads an update of its own
    if a.cand.sentence == b.cand.sentence:
        # "Schools were closed on Monday, and the airport suspended flights yesterday":
        # two clauses of one sentence whose titles share no word are two happenings.
        return a.title == b.title or bool(_words(a.title) & _words(b.title))
    if _words(a.title) & _words(b.title) & _ONCE_ONLY:
        return True  # "Since we were founded in 2012" ... "Founded in 2012, it employs ..."
    return len(a.words & b.words) >= 2


# What a statement reports when it tells no happening: direct speech that opens the
# sentence ('"People should not worry," she said on Sunday'), advice and obligation
# ("She said Friday that doctors would still need to monitor patients"), and what had
# happened at some time before ("said on Monday the company had made its final offer").
_QUOTE_OPENING = re.compile(r"[ \t]*[\"“]")
_ADVICE = re.compile(
    r"\b(?:should|must|ought\s+to|(?:would|will)\s+(?:still\s+)?(?:need|have)\s+to"
    r"|needs?\s+to|had|wanted\s+to|wants\s+to|hoped|hopes|would\s+like\s+to|believed|believes"
    r"|thought|thinks|felt|feels|regretted|regrets|welcomed|welcomes|(?:was|is|were|are)\s+"
    r"(?:still\s+)?(?:continuing|ongoing|confident|committed|aware|determined|working))\b",
    re.IGNORECASE,
)


# A judgement of what happened ("said on Tuesday that she was proud of the decision",
# "said on Wednesday the rise was 'unfair on pensioners'"): a reaction, no news.
_JUDGEMENT = (
    r"(?:proud|unfair|wrong|disappointed|disappointing|delighted|pleased|happy|angry|sad"
    r"|saddened|shocked|shocking|outrageous|unacceptable|ridiculous|absurd|disgraceful"
    r"|appalling|heartbroken|devastated|thrilled|baffled|furious|fair|reasonable|justified"
    r"|necessary|premature|a\s+(?:mistake|disgrace"
    r"|scandal|betrayal|shame|travesty|outrage|insult|joke|slap\s+in\s+the\s+face))"
)
_EVALUATION = re.compile(
    r"[^.;!?]{0,60}?\b(?:was|were|is|are|had\s+been|has\s+been|felt|feels|seemed)\s+"
    r"[\"“]?(?:(?:very|deeply|extremely|so|utterly|completely|simply|absolutely)\s+)?"
    + _JUDGEMENT
    + r"\b",
    re.IGNORECASE,
)
# "Diplomats said on Tuesday that the two sides remained far apart": how things stand, told.
_STATE_TOLD = re.compile(
    r"[^.;!?]{0,40}?\bthat\s+[^.;!?,]{0,60}?\b(?:remained|remains|remain|stayed|stays"
    r"|(?:was|were|is|are)\s+still)\b",
    re.IGNORECASE,
)
# "said on Wednesday that his side 'always struggle in the first session'": a habit, told.
_HABIT_SAID = re.compile(
    r"[^.;!?]{0,60}?[\s\"“](?:always|never|usually|typically|rarely|seldom)\s+[a-z]+",
    re.IGNORECASE,
)
_CALLED_IT = re.compile(
    r"[^.;!?]{0,40}?\bcalled\s+(?:the|this|that|it|his|her|their|its)\b[^.;!?]{0,40}?\s[\"“]?"
    + _JUDGEMENT
    + r"\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"[,!?][\"”’']?\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|added|wrote)"
    r"(?:\s+[\w'’.-]+){0,6}?\s+(?:on\s+)?$"
)


# The last sentence of a quote that began in a sentence before, then its attribution.
_QUOTE_ENDING = re.compile(
    r"[^\"“”\n]*[,.!?][\"”]\s+(?:[\w'’.,-]+\s+){0,6}?(?:said|says|told|added|wrote)"
    r"(?:\s+[\w'’.-]+){0,6}?\s+(?:on\s+)?$"
)


def _opinion_only(text: str, cand: _Candidate, reporting: bool) -> bool:
    """Whether a statement's date dates an opinion or advice, not news."""
    sentence = cand.sentence
    if _QUOTE_OPENING.match(text, sentence.start) and not cand.quoted:
        # the date of the attribution after the quote
        return _ATTRIBUTION.search(text, sentence.start, cand.start.start) is not None
    if not cand.quoted and _QUOTE_ENDING.match(text, sentence.start, cand.start.start):
        return True  # 'We are being priced out," Marlowe said in an interview Tuesday.'

    if _CALLED_IT.match(text, cand.start.end, sentence.end) and not cand.quoted:
        return True  # "In an interview on Thursday, Hart called the decision a mistake"
    return reporting and (
        _STATE_TOLD.match(text, cand.start.end, sentence.end) is not None
        or _ADVICE.search(text, cand.start.end, sentence.end) is not None
        or _EVALUATION.match(text, cand.start.end, sentence.end) is not None
        or _HABIT_SAID.match(text, cand.start.end, sentence.end) is not None
    )


def build_events(
    text: str,
    timexes: Sequence[Timex],
    *,
    source_id: str,
    exclude: Timex | None = None,
    title: str | None = None,
    published: dt.date | None = None,
) -> tuple[Event, ...]:
    """Turn tagged time expressions into events.

    Args:
        text: The document text the expressions were found in.
        timexes: The tagger's output for ``text``, resolved against its publication date.
        source_id: The document's ``Source.id``.
        exclude: An expression that is never an event (the dateline).
        title: The document's headline; it names the event of a lead sentence whose
            only date dates a statement ("NASA scientists said on Thursday").
        published: The publication date, for quotes that say "today".

    Returns:
        Events in text order; mentions of the same happening on the same date are
        merged into one event that keeps every quote.
    """
    spans = sentences(text)
    cands = _candidates(text, spans, timexes, exclude, published)
    lead_k = _lead_index(spans, text)
    lead_span = spans[lead_k] if lead_k >= 0 else None
    lead = next((c for c in cands if c.sentence == lead_span and not c.quoted), None)
    _quoted_today_of_the_statement(text, cands, published)
    _reanchor_quoted_today(cands, lead, published)

    speakers: dict[int, str | None] = {}  # a line's speaker, found once for all its dates
    drafts = []
    for c in cands:
        if (at := start_of_line(text, c.sentence.start)) not in speakers:
            speakers[at] = _speaker(text, c.sentence)
        drafts.append(_draft(text, c, source_id, speakers[at]))
    for d in drafts:
        # "9:20 a.m. — At least three people were killed, the sheriff's office said": the
        # stamp dates when the update was told, not the happening.
        if d.cand.stamp and (
            _SAID_AT_END.search(text, d.cand.sentence.start, d.cand.sentence.end)
            or _SAYS_OPENING.match(text, _stamp_end(text, d.cand.sentence), d.cand.sentence.end)
        ):
            d.reporting = True
        if may_hold(
            lowered(text, d.cand.sentence.start, d.cand.sentence.end), _NO_COMMENT_WORDS
        ) and _NO_COMMENT.search(text, d.cand.sentence.start, d.cand.sentence.end):
            d.reporting = True  # "could not be reached for comment on Monday": no happening
        lo = max(d.cand.sentence.start, d.cand.start.start - 80)
        if may_hold(lowered(text, lo, d.cand.start.start), _REPORTED_AT_WORDS) and (
            _REPORTED_AT.search(text, lo, d.cand.start.start)
        ):
            d.reporting = True  # "told reporters on a conference call on Wednesday"
    named_by_day: set[int] = set()
    for d in drafts:
        if (when := _when_title(text, d)) is not None:
            d.title = when
            d.words |= _words(when)
    for d in drafts:
        # "Sunday's protests drew 30,000" -> "Protests drew 30,000": the date is the event's.
        day = d.cand.start.text
        if d.title[: len(day)].lower() == day.lower() and _POSSESSIVE.match(d.title, len(day)):
            rest = d.title[len(day) + 2 :].lstrip()
            if rest:
                d.title = rest[0].upper() + rest[1:]
                named_by_day.add(id(d))
        elif (at := _day_possessive_at(d.title, day)) > 0 and _EVENT_NOUN.match(
            d.title, at + len(day)
        ):
            before, rest = d.title[:at], d.title[at + len(day) + 2 :].lstrip()
            if _OF_OR_ONGOING.search(before):
                # "the cause of last week's derailment near Crewe", "the winner of
                # Saturday's semi-final": the named happening is the event
                d.title = rest[0].upper() + rest[1:]
                named_by_day.add(id(d))
            else:  # "Mayor to attend next month's summit" -> "... the summit"
                d.title = f"{before}{'' if before.endswith('the ') else 'the '}{rest}"
    starts = [span.start for span in spans]
    for d in drafts:
        pronoun = _PRONOUN_TITLE.match(d.title)
        if (
            pronoun
            and pronoun["pronoun"] == "Most"
            and not text.startswith("Most ", d.cand.sentence.start)
        ):
            # "1,700 home fires a year, and most occur in winter": "Home fires mostly occur"
            and_most = text.find(", and most ", d.cand.sentence.start, d.cand.sentence.end)
            counted = list(_COUNTED_PLURAL.finditer(text, d.cand.sentence.start, max(and_most, 0)))
            if and_most > 0 and counted:
                np = counted[-1]["np"]
                d.title = f"{np[:1].upper()}{np[1:]} mostly {d.title[pronoun.end() :]}"
            pronoun = None
        if (
            not pronoun
            and (it := _OBJECT_IT_TITLE.search(d.title))
            and _OPENS_IT.match(text, label_end(text, d.cand.sentence.start, d.cand.span_start))
        ):
            # "It stood empty for decades until Harbor & Pine acquired it in 2033": the
            # "it" the sentence opens with, named by the sentence before
            k = bisect.bisect_left(starts, d.cand.sentence.start) - 1
            if named := _previous_subject(text, spans, k, "It", d.cand.sentence.start):
                thing = f"the {named[:1].lower()}{named[1:]}"
                if thing.lower() not in text.lower():
                    thing = named  # a name ("Harbour Lights"), not "the ..."
                d.title = f"{d.title[: it.start()]}{thing}{d.title[it.end() :]}"
        if (
            pronoun
            and pronoun["pronoun"] == "It"
            and (inside := _it_in_sentence(text, d.cand.sentence.start, d.cand.span_start))
        ):
            # "Turnout was the lowest in the seat since it was created in 1997": the seat
            d.title = f"{inside[:1].upper()}{inside[1:]} {d.title[pronoun.end() :]}"
            pronoun = None
        if pronoun:
            k = bisect.bisect_left(starts, d.cand.sentence.start) - 1
            word = pronoun["pronoun"]
            if named := _previous_subject(
                text, spans, k, "They" if word == "Most" else word, d.cand.sentence.start
            ):
                # "Most occurred in winter" after "Heater faults rose": "... mostly occur"
                named = f"{named} mostly" if word == "Most" else named
                d.title = f"{named} {d.title[pronoun.end() :]}"
    for d in drafts:
        if (told := _day_told_before(text, spans, starts, d.cand)) is not None:
            d.title = told
            d.words |= _words(told)
    dated = {c.sentence for c in cands}
    for d in drafts:
        if d.cand.sentence == lead_span and not (d.cand.quoted or d.reporting):
            if id(d) in named_by_day:
                break  # "Sunday's first round ...": the happening is named already
            if named := _delayed_identity(text, spans, lead_k, dated):
                d.title = named
                d.words |= _words(named)
            break
    # A date that only dates a statement is an event only if nothing else happened then.
    happened = {(d.cand.value, d.cand.end_value) for d in drafts if not d.reporting}
    # "The hall is due to reopen in spring 2026, the deputy leader said on Wednesday":
    # the sentence's news has its own date, so the statement's date adds nothing.
    dated_news = {d.cand.sentence for d in drafts if not d.reporting}
    # The lead's news already happened on a day of its own: its statement date adds nothing.
    past_days = {
        d.cand.sentence
        for d in drafts
        if not d.reporting
        and _DAY_VALUE.match(d.cand.value)
        and (published is None or d.cand.value <= published.isoformat())
    }
    # "4:35pm - ... A spokesperson said on Saturday that ...": a day whose clock times tell
    # happenings has them.
    happened_days = {
        d.cand.value[:10]
        for d in drafts
        if not d.reporting and d.cand.end_value is None and "T" in d.cand.value
    }
    kept: list[_Draft] = []
    for d in drafts:
        if d.reporting and (d.cand.value, d.cand.end_value) in happened:
            continue
        if d.reporting and d.cand.end_value is None and d.cand.value in happened_days:
            continue
        if (
            d.cand.stamp
            and d.reporting
            and ((d.cand.value[:10], None) in happened or d.cand.value[:10] in happened_days)
        ):
            continue  # a told update on a day that has its own happenings
        if d.reporting and d.cand.sentence in dated_news and d.cand.sentence != lead_span:
            continue
        if d.reporting and d.cand.sentence == lead_span and d.cand.sentence in past_days:
            continue  # "Sunday's first round will go to a run-off, officials said on Monday"
        if d.cand.sentence != lead_span and _opinion_only(text, d.cand, d.reporting):
            continue  # '"People should not worry," a spokeswoman said on Sunday'
        if d.reporting:
            d.cand.confidence -= 0.1
            if d.cand.sentence == lead_span and title and not title.rstrip().endswith("?"):
                d.title = sentence_case(title.strip(), text[text.find(chr(10)) + 1 :])
                # The headline's news now has this date: a later statement of the
                # same day ("Spokeswoman Lena Duarte said Tuesday that ...") adds nothing.
                happened.add((d.cand.value, d.cand.end_value))
        kept.append(d)

    kept = _respectively(text, _absorb_coarse(text, kept, lead_span))
    _date_list_titles(text, kept)
    merged: list[_Draft] = []
    by_date: dict[tuple[str, str | None], list[_Draft]] = {}
    by_time: dict[str, list[_Draft]] = {}  # timed events by their day
    mention_keys: dict[int, set[tuple[int, int, int]]] = {}
    # "We will get every resource to Cedar Falls today," Marsh said: a quoted "today" dates
    # when the speaker spoke; it joins an unquoted event of that day when there is one.
    unquoted = {d.cand.value for d in kept if not d.cand.quoted}
    attach = [
        d
        for d in kept
        if d.cand.quoted
        and d.cand.start.text.lower() in ("today", "tonight", "this morning")
        and d.cand.value in unquoted
    ]
    attached = {id(d) for d in attach}
    for d in kept:
        if id(d) in attached:
            continue
        group = by_date.setdefault((d.cand.value, d.cand.end_value), [])
        # Only the latest few events of a date are compared: linear for long documents.
        target = next((g for g in reversed(group[-8:]) if _same_happening(g, d)), None)
        if target is None and len(group) == 1 and _POSSESSIVE.match(text, d.cand.start.end):
            target = group[0]  # "Saturday's win was their fourth": the win told before
        if (
            target is None
            and len(group) == 1
            and _SUBJECT_ON.fullmatch(text, d.cand.sentence.start, d.cand.start.start)
            and _COPULA_AFTER.match(text, d.cand.span_end)
        ):
            target = group[0]  # "The election on 5 April was the first since ...": told before
        if target is None and _list_line(text, d.cand):
            # "Voters will choose a new mayor on Thursday 6 May" ... "- 6 May: polling day.",
            # "will get a pay rise tomorrow" ... "2032-04-01: the new rates take effect.": a
            # key-dates line on the lead's day tells the lead's happening again.
            target = next((g for g in group if g.cand.sentence == lead_span), None)
        if target is None and _words(d.title) & _DISCLOSURE:
            # "Their findings were published in Nature on Monday": the lead's news, told.
            target = next((g for g in group if g.cand.sentence == lead_span), None)
        if target is None and d.cand.end_value is None and "T" in d.cand.value:
            # "11:02 — The first whales have been refloated." ... "16:00 — Twenty whales
            # have been refloated.": one happening told again at a later time of its day.
            timed = by_time.setdefault(d.cand.value[:10], [])
            said = _said_words(d.title)
            target = next(
                (
                    g
                    for g in reversed(timed[-8:])
                    if g.planned == d.planned and len(_said_words(g.title) & said) >= 2
                ),
                None,
            )
            if target is None:
                # "will bring in a hosepipe ban from Friday" ... "The ban starts at 00:01 on
                # Friday 18 July": the lead's happening told again with its time.
                untimed = by_date.get((d.cand.value[:10], None), [])
                target = next(
                    (g for g in untimed if g.cand.sentence == lead_span and _same_happening(g, d)),
                    None,
                )
            if target is None:
                timed.append(d)
        if target is None:
            group.append(d)
            merged.append(d)
            continue
        # Offsets, not models: pydantic equality is slow, and a set keeps merging linear.
        known = mention_keys.get(id(target))
        if known is None:
            known = {(m.quote_start, m.timex_start, m.timex_end) for m in target.mentions}
            mention_keys[id(target)] = known
        for m in d.mentions:
            if (key := (m.quote_start, m.timex_start, m.timex_end)) not in known:
                known.add(key)
                target.mentions.append(m)
        target.words |= d.words
        if (target.embed or target.cand.quoted) and not (d.embed or d.cand.quoted):
            target.title, target.planned, target.embed = d.title, d.planned, False
            target.cand = dataclasses.replace(target.cand, quoted=False)
        target.cand.confidence = max(target.cand.confidence, d.cand.confidence) + 0.05

    for d in attach:
        group = by_date.get((d.cand.value, d.cand.end_value), [])
        target = next((g for g in group if _same_happening(g, d)), group[0] if group else None)
        if target is None:
            merged.append(d)
        else:
            target.mentions.extend(m for m in d.mentions if m not in target.mentions)
    merged.sort(key=lambda d: min(m.timex_start for m in d.mentions))

    events: list[Event] = []
    seen: set[str] = set()
    for d in merged:
        cand = d.cand
        d.title = _without_date_label(d.title)
        if title_problems(d.title):  # the quality gate: a broken title gets a fallback
            d.title = gate_title(
                d.title, text, d.said or cand.sentence, cand.span_start, cand.span_end
            )
            d.title = _without_date_label(d.title)
        d.title = name_topic(d.title, text, cand.sentence)  # "Draw made": whose draw
        mentions = tuple(sorted(d.mentions, key=lambda m: (m.quote_start, m.timex_start)))
        event = Event.build(
            date=cand.value,
            end_date=cand.end_value,
            mod=cand.start.mod,
            title=d.title,
            description=" ".join(mentions[0].quote.split()),
            mentions=mentions,
            confidence=round(min(max(cand.confidence, 0.05), 0.95), 2),
            why=cand.why,
        )
        if event.id in seen:
            continue
        seen.add(event.id)
        events.append(event)
    return tuple(events)


def _report_words(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return _words(event.title), _words(event.title, *(m.quote for m in event.mentions))


# Events of one date compared with each new one: bounded, so merging stays linear.
_MERGE_WINDOW = 32
# A sentence that opens with a happening named by its date ("The election on 5 April was
# ...", "The collapse, on 12 March, shocked ..."): the happening told before.
_SUBJECT_ON = re.compile(r"[ \t]*The\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+(?:on|in|of)\s+")
_COPULA_AFTER = re.compile(r",?\s+(?:was|were|is|are|had\s+been|has\s+been)\b")


def _one_happening(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Two reports of one date name one happening when their titles share two content
    words, or one title word and three words of titles and quotes together."""
    shared_titles = len(a[0] & b[0])
    return shared_titles >= 2 or (shared_titles >= 1 and len(a[1] & b[1]) >= 3)


def merge_reports(events: Sequence[Event]) -> tuple[Event, ...]:
    """Merge events from several articles that report the same happening.

    Two events are one happening when they have the same date value and their titles
    share two content words (stems: "met" and "meets" are one word), or one title word
    and three words of titles and quotes together. The entry keeps the id and title of
    the event with the smallest id and every mention, so the result does not depend on
    the order of the inputs, and that event keeps the id it has when exported alone.

    Args:
        events: Events from one or more documents.

    Returns:
        The merged events, grouped by date value (callers sort them).
    """
    groups: dict[tuple[str, str | None], list[tuple[Event, tuple[frozenset[str], ...]]]] = {}
    for event in sorted(events, key=lambda e: (e.date, e.end_date or "", e.id)):
        group = groups.setdefault((event.date, event.end_date), [])
        title_words, words = _report_words(event)
        lo = max(0, len(group) - _MERGE_WINDOW)
        target = next(
            (
                i
                for i in range(lo, len(group))
                if group[i][0].id == event.id
                or _one_happening((group[i][1][0], group[i][1][1]), (title_words, words))
            ),
            None,
        )
        if target is None:
            group.append((event, (title_words, words)))
            continue
        old, (old_title_words, old_words) = group[target]
        known = set(old.mentions)
        extra = tuple(m for m in event.mentions if m not in known)
        merged = old.model_copy(
            update={
                "mentions": (*old.mentions, *extra),
                "confidence": max(old.confidence, event.confidence),
            }
        )
        group[target] = (merged, (old_title_words | title_words, old_words | words))
    return tuple(e for group in groups.values() for e, _ in group)
